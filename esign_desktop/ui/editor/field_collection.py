"""The fields being edited: a Qt-free, immutable-snapshot list of domain Fields with a per-page index."""

from __future__ import annotations

from collections.abc import Iterable

from esign_desktop.domain.model import Field


class FieldCollection:
    """Holds a tuple of Fields; replacing it rebuilds the lookups painting and hit testing need."""

    def __init__(self, fields: Iterable[Field] = ()) -> None:
        self._fields: tuple[Field, ...] = ()
        self._by_id: dict[str, Field] = {}
        self._by_page: dict[tuple[int, int], tuple[Field, ...]] = {}
        self.replace_all(fields)

    @property
    def fields(self) -> tuple[Field, ...]:
        return self._fields

    def replace_all(self, fields: Iterable[Field]) -> None:
        snapshot = tuple(fields)
        by_id = {field.id: field for field in snapshot}
        if len(by_id) != len(snapshot):
            raise ValueError("two fields share an id")
        by_page: dict[tuple[int, int], list[Field]] = {}
        for field in snapshot:
            by_page.setdefault((field.document, field.page), []).append(field)
        self._fields = snapshot
        self._by_id = by_id
        self._by_page = {key: tuple(values) for key, values in by_page.items()}

    def get(self, field_id: str) -> Field | None:
        return self._by_id.get(field_id)

    def __contains__(self, field_id: object) -> bool:
        return field_id in self._by_id

    def __len__(self) -> int:
        return len(self._fields)

    def on_page(self, document: int, page: int) -> tuple[Field, ...]:
        """Fields on one page, in stacking order (the last is drawn on top)."""
        return self._by_page.get((document, page), ())

    def with_updates(self, updated: Iterable[Field]) -> tuple[Field, ...]:
        """All fields with those in `updated` replaced by id (order kept); unknown ids are ignored."""
        changes = {field.id: field for field in updated}
        return tuple(changes.get(field.id, field) for field in self._fields)
