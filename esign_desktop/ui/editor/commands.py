"""Field edits as steps of the draft session's one undo history.

Each edit is one `DraftSession.edit` with the whole new field tuple (immutable Fields are shared, so this is
cheap even for hundreds of fields) and the selection to show after it; undo brings back the selection of the
time. Consecutive nudges of the same fields share a merge key: a run of arrow presses is one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.model import Field
from esign_desktop.ui.editor.editor_state import EditorState


class FieldEditor:
    """The field edits widgets ask for, each one step in the session's history."""

    def __init__(self, state: EditorState) -> None:
        self.state = state
        self.session = state.session

    def add(self, fields: Sequence[Field], text: str = "") -> None:
        if not fields:
            return
        text = text or QCoreApplication.translate("FieldEditor", "Add field")
        added = tuple(fields)
        self.session.edit(
            lambda e: replace(e, fields=(*e.fields, *added)), text, selection=[f.id for f in added]
        )

    def remove(self, field_ids: Iterable[str], text: str = "") -> None:
        text = text or QCoreApplication.translate("FieldEditor", "Delete fields")
        doomed = set(field_ids)
        if not doomed & {f.id for f in self.state.fields}:
            return
        self.session.edit(
            lambda e: replace(e, fields=tuple(f for f in e.fields if f.id not in doomed)), text, selection=()
        )

    def update(self, fields: Sequence[Field], text: str, merge_key: str | None = None) -> None:
        """Replace fields by id; nothing is recorded when nothing actually changes."""
        current = {f.id: f for f in self.state.fields}
        changed = [f for f in fields if f.id in current and current[f.id] != f]
        if not changed:
            return
        after = self.state.collection.with_updates(changed)
        self.session.edit(lambda e: replace(e, fields=after), text, merge_key=merge_key)
