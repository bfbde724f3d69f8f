"""The field editor's view of the draft session: the fields indexed per page, the selection, and the context
every editor widget shares (parties, page sizes, the provider's placement rules, the party for new fields).

It never changes the draft: it follows the session's changes (fields, parties, documents) and restores the
selection an undo or redo brings back. Edits go through FieldEditor (commands.py) to the session.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from esign_desktop.domain.capabilities import capabilities_for
from esign_desktop.domain.model import Document, Envelope, Field, Party, ProviderKind, new_id
from esign_desktop.services.draft_session import Change, ChangeReason
from esign_desktop.ui.editor.field_collection import FieldCollection
from esign_desktop.ui.editor.placement import PageSize, PlacementRules
from esign_desktop.ui.editor.session_adapter import SessionAdapter
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix


class EditorState(QObject):
    """Fields being edited, which of them are selected, and where new fields go.

    Signals:
        fields_changed(): `fields` is a new snapshot.
        selection_changed(): `selected_ids` changed.
        context_changed(): parties, documents, rules, active party or current document changed.
    """

    fields_changed = Signal()
    selection_changed = Signal()
    context_changed = Signal()

    def __init__(self, session: SessionAdapter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if session is None:
            session = SessionAdapter.for_envelope(
                Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY), parent=self
            )
        self.session = session
        self.collection = FieldCollection()
        self.rules = PlacementRules()
        self._selected: frozenset[str] = frozenset()
        self.parties: tuple[Party, ...] = ()
        self.page_sizes: tuple[tuple[PageSize, ...], ...] = ()  # per document, per page (displayed points)
        self.current_document = 0
        self.active_party_id = ""
        self._document_ids: tuple[str, ...] = ()
        session.set_selection_source(lambda: self._selected)
        session.changed.connect(self._on_session_changed)
        self._follow(session.envelope, context=True, fields=True)

    # --- following the session ----------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        reset = change.reason is ChangeReason.RESET
        if reset:
            self.current_document = 0
        context = reset or change.parties_changed or change.documents_changed or change.provider_changed
        self._follow(change.envelope, context=context, fields=reset or change.fields_changed)
        if change.selection is not None:
            self.select(change.selection)

    def _follow(self, envelope: Envelope, *, context: bool, fields: bool) -> None:
        if context:
            rules = PlacementRules.for_capabilities(capabilities_for(envelope.provider))
            self.set_context(envelope.parties, envelope.documents, rules)
        if fields:
            self.collection.replace_all(envelope.fields)
            kept = frozenset(i for i in self._selected if i in self.collection)
            self.fields_changed.emit()
            if kept != self._selected:
                self._selected = kept
                self.selection_changed.emit()

    # --- fields -----------------------------------------------------------------------------------------
    @property
    def fields(self) -> tuple[Field, ...]:
        return self.collection.fields

    # --- selection --------------------------------------------------------------------------------------
    @property
    def selected_ids(self) -> frozenset[str]:
        return self._selected

    def selected_fields(self) -> list[Field]:
        """Selected fields in document order."""
        return [field for field in self.collection.fields if field.id in self._selected]

    def select(self, ids: Iterable[str]) -> None:
        wanted = frozenset(i for i in ids if i in self.collection)
        if wanted != self._selected:
            self._selected = wanted
            self.selection_changed.emit()

    def toggle_selected(self, field_id: str) -> None:
        self.select(self._selected ^ {field_id})

    def clear_selection(self) -> None:
        self.select(())

    # --- context ----------------------------------------------------------------------------------------
    def set_context(
        self,
        parties: Sequence[Party],
        documents: Sequence[Document],
        rules: PlacementRules,
    ) -> None:
        self.parties = tuple(parties)
        known = dict(zip(self._document_ids, self.page_sizes, strict=False))
        self._document_ids = tuple(d.id for d in documents)
        self.page_sizes = tuple(
            tuple((p.width, p.height) for p in doc.pages) or known.get(doc.id, ()) for doc in documents
        )
        self.rules = rules
        if self.active_party_id not in {p.id for p in self.parties}:
            self.active_party_id = self.parties[0].id if self.parties else ""
        self.current_document = min(self.current_document, max(len(documents) - 1, 0))
        self.context_changed.emit()

    def set_page_sizes(self, document: int, sizes: Sequence[PageSize]) -> None:
        """Replace one document's page sizes (e.g. when QtPdf gives them and preflight did not)."""
        per_document = list(self.page_sizes)
        while len(per_document) <= document:
            per_document.append(())
        per_document[document] = tuple(sizes)
        self.page_sizes = tuple(per_document)
        self.context_changed.emit()

    def set_active_party(self, party_id: str) -> None:
        if party_id != self.active_party_id:
            self.active_party_id = party_id
            self.context_changed.emit()

    def set_current_document(self, document: int) -> None:
        if document != self.current_document:
            self.current_document = document
            self.clear_selection()
            self.context_changed.emit()

    def page_size(self, document: int, page: int) -> PageSize:
        """Displayed size in points of 1-based `page`."""
        return self.page_sizes[document][page - 1]

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def party_index(self, party_id: str) -> int:
        """Position in the party list (colours follow it); -1 for the sender or an unknown party."""
        return next((i for i, p in enumerate(self.parties) if p.id == party_id), -1)
