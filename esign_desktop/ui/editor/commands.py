"""Undoable edits of the fields: every change goes through one QUndoCommand kind on a QUndoStack.

A command swaps whole snapshots (tuples of immutable Fields share their elements, so this is cheap even for
hundreds of fields) and restores the selection with them. Consecutive nudges of the same fields merge into
one command, so a run of arrow presses is undone in one step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from esign_desktop.domain.model import Field
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

_MERGEABLE = 0x45_44  # any fixed id: commands merge only when their merge keys match too


class SetFieldsCommand(QUndoCommand):
    """Replace the whole field list with `after`; undo restores `before` and the selection of the time."""

    def __init__(
        self,
        state: EditorState,
        after: Sequence[Field],
        text: str,
        merge_key: str | None = None,
        select_after: Iterable[str] | None = None,
    ) -> None:
        super().__init__(text)
        self.state = state
        self.before = state.fields
        self.after = tuple(after)
        self.selection_before = state.selected_ids
        self.selection_after = frozenset(select_after) if select_after is not None else state.selected_ids
        self.merge_key = merge_key

    def redo(self) -> None:
        self.state.set_fields(self.after)
        self.state.select(self.selection_after)

    def undo(self) -> None:
        self.state.set_fields(self.before)
        self.state.select(self.selection_before)

    def id(self) -> int:
        return _MERGEABLE if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.selection_after = other.selection_after
        return True


class FieldEditor:
    """The edits widgets ask for, each pushed as one command on `stack`."""

    def __init__(self, state: EditorState, stack: QUndoStack) -> None:
        self.state = state
        self.stack = stack

    def add(self, fields: Sequence[Field], text: str = "") -> None:
        if not fields:
            return
        text = text or QCoreApplication.translate("FieldEditor", "Add field")
        after = (*self.state.fields, *fields)
        self.stack.push(SetFieldsCommand(self.state, after, text, select_after=[f.id for f in fields]))

    def remove(self, field_ids: Iterable[str], text: str = "") -> None:
        text = text or QCoreApplication.translate("FieldEditor", "Delete fields")
        doomed = set(field_ids)
        if not doomed & {f.id for f in self.state.fields}:
            return
        after = tuple(f for f in self.state.fields if f.id not in doomed)
        self.stack.push(SetFieldsCommand(self.state, after, text, select_after=()))

    def update(self, fields: Sequence[Field], text: str, merge_key: str | None = None) -> None:
        """Replace fields by id; nothing is pushed when nothing actually changes."""
        current = {f.id: f for f in self.state.fields}
        changed = [f for f in fields if f.id in current and current[f.id] != f]
        if not changed:
            return
        after = self.state.collection.with_updates(changed)
        self.stack.push(SetFieldsCommand(self.state, after, text, merge_key=merge_key))
