"""The envelopes the list shows, with per-row caches for fast search and view counts. Qt-free."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from esign_desktop.domain.model import Envelope
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, SortValue, account_text, sort_value
from esign_desktop.ui.views_rules import EnvelopeView, ViewContext, views_of

# A total order even where the value is missing: rows without a value go last, then by row for stability.
SortKey = tuple[bool, SortValue, int]


class EnvelopeCollection:
    """Rows of envelopes keyed by local_id, plus what filtering and counting need per row.

    Mutations report which rows they touched so a Qt model can announce them; nothing here knows Qt.
    """

    def __init__(self) -> None:
        self._envelopes: list[Envelope] = []
        self._row_of: dict[str, int] = {}
        self._search_texts: list[str] = []
        self._views: list[frozenset[EnvelopeView]] = []
        self._counts: dict[EnvelopeView, int] = dict.fromkeys(EnvelopeView, 0)
        self._account_names: dict[str, str] = {}
        self._context = ViewContext()

    # Reading

    def __len__(self) -> int:
        return len(self._envelopes)

    def envelope(self, row: int) -> Envelope:
        return self._envelopes[row]

    def envelopes(self) -> list[Envelope]:
        return list(self._envelopes)

    def row_of(self, local_id: str) -> int | None:
        return self._row_of.get(local_id)

    def account_name(self, envelope: Envelope) -> str:
        return self._account_names.get(envelope.account_id, envelope.account_id)

    def counts(self) -> dict[EnvelopeView, int]:
        return dict(self._counts)

    @property
    def context(self) -> ViewContext:
        return self._context

    def matching_rows(self, view: EnvelopeView, terms: tuple[str, ...], rows: Iterable[int]) -> list[int]:
        """The given rows, in the given order, that are in `view` and contain every lower-case term."""
        views, texts = self._views, self._search_texts
        if not terms:
            if view is EnvelopeView.ALL:
                return list(rows)
            return [row for row in rows if view in views[row]]
        matching = list(rows)
        for term in terms:  # one cheap pass per term beats a generator per row
            matching = [row for row in matching if term in texts[row]]
        if view is EnvelopeView.ALL:
            return matching
        return [row for row in matching if view in views[row]]

    def accepts(self, row: int, view: EnvelopeView, terms: tuple[str, ...]) -> bool:
        text = self._search_texts[row]
        return view in self._views[row] and all(term in text for term in terms)

    def sort_key_function(self, column: EnvelopeColumn) -> Callable[[int], SortKey]:
        envelopes = self._envelopes

        def key(row: int) -> SortKey:
            envelope = envelopes[row]
            value = sort_value(envelope, column, self.account_name(envelope))
            if value is None:
                return True, None, row
            if isinstance(value, datetime):
                return False, value.timestamp(), row
            return False, value, row

        return key

    # Changing

    def replace_all(self, envelopes: Iterable[Envelope]) -> None:
        self._envelopes = []
        self._row_of = {}
        self._search_texts = []
        self._views = []
        self._counts = dict.fromkeys(EnvelopeView, 0)
        self.append(self._unique(envelopes).values())

    def split_upsert(self, envelopes: Iterable[Envelope]) -> tuple[list[Envelope], list[Envelope]]:
        """(envelopes already here, new envelopes), the last copy winning for repeated ids."""
        existing: list[Envelope] = []
        new: list[Envelope] = []
        for envelope in self._unique(envelopes).values():
            (existing if envelope.local_id in self._row_of else new).append(envelope)
        return existing, new

    def append(self, envelopes: Iterable[Envelope]) -> None:
        for envelope in envelopes:
            self._row_of[envelope.local_id] = len(self._envelopes)
            self._envelopes.append(envelope)
            self._search_texts.append(self._search_text(envelope))
            views = views_of(envelope, self._context)
            self._views.append(views)
            self._count(views, 1)

    def replace(self, envelope: Envelope) -> int:
        """Put a newer copy of an envelope in its row; returns the row."""
        row = self._row_of[envelope.local_id]
        self._envelopes[row] = envelope
        self._search_texts[row] = self._search_text(envelope)
        self._set_views(row, views_of(envelope, self._context))
        return row

    def remove_rows(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self._count(self._views[row], -1)
            del self._row_of[self._envelopes[row].local_id]
        del self._envelopes[first : last + 1]
        del self._search_texts[first : last + 1]
        del self._views[first : last + 1]
        for row in range(first, len(self._envelopes)):
            self._row_of[self._envelopes[row].local_id] = row

    def set_account_names(self, names: Mapping[str, str]) -> list[int]:
        """Account display names by account id; returns the rows whose text changed."""
        self._account_names = dict(names)
        changed = []
        for row, envelope in enumerate(self._envelopes):
            text = self._search_text(envelope)
            if text != self._search_texts[row]:
                self._search_texts[row] = text
                changed.append(row)
        return changed

    def set_context(self, context: ViewContext) -> list[int]:
        """New outbox, own addresses or time; returns the rows whose views changed."""
        self._context = context
        changed = []
        for row, envelope in enumerate(self._envelopes):
            if self._set_views(row, views_of(envelope, context)):
                changed.append(row)
        return changed

    def with_outbox(self, outbox_ids: Iterable[str]) -> ViewContext:
        return replace(self._context, outbox_ids=frozenset(outbox_ids))

    def _set_views(self, row: int, views: frozenset[EnvelopeView]) -> bool:
        old = self._views[row]
        if old == views:
            return False
        self._count(old, -1)
        self._count(views, 1)
        self._views[row] = views
        return True

    def _count(self, views: frozenset[EnvelopeView], delta: int) -> None:
        for view in views:
            self._counts[view] += delta

    def _search_text(self, envelope: Envelope) -> str:
        parts = [envelope.name, account_text(envelope, self.account_name(envelope)), envelope.sent_by]
        for party in envelope.parties:
            parts.append(party.name)
            parts.append(party.email)
        return "\n".join(parts).lower()

    @staticmethod
    def _unique(envelopes: Iterable[Envelope]) -> dict[str, Envelope]:
        return {envelope.local_id: envelope for envelope in envelopes}
