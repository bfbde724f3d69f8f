"""The Qt side of the draft session: its changes as a signal, and Undo/Redo actions that follow it.

The session itself (services/draft_session.py) is Qt-free; this adapter is the only thing the composer's
widgets connect to. It keeps QUndoStack's method names (canUndo, undo, count...) so the undo history reads the
same wherever it is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from esign_desktop.domain.model import Envelope
from esign_desktop.domain.validation import Problem
from esign_desktop.services.draft_session import Change, DraftSession, Rule, Selection
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix


class SessionAdapter(QObject):
    """One DraftSession for Qt widgets.

    Signals:
        changed(object): a services.draft_session.Change, after every edit, undo, redo or reset.
    """

    changed = Signal(object)

    def __init__(self, session: DraftSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unsubscribe = session.subscribe(self._on_session_change)
        self.destroyed.connect(lambda *_args: self._unsubscribe())

    @classmethod
    def for_envelope(
        cls, envelope: Envelope, rules: Iterable[Rule] = (), parent: QObject | None = None
    ) -> SessionAdapter:
        return cls(DraftSession(envelope, tuple(rules)), parent)

    # --- the draft --------------------------------------------------------------------------------------
    @property
    def envelope(self) -> Envelope:
        return self.session.envelope

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.session.problems

    def edit(
        self,
        change: Envelope | Callable[[Envelope], Envelope],
        text: str,
        *,
        merge_key: str | None = None,
        selection: Iterable[str] | None = None,
    ) -> bool:
        return self.session.edit(change, text, merge_key=merge_key, selection=selection)

    def reset(self, envelope: Envelope) -> None:
        self.session.reset(envelope)

    def set_selection_source(self, source: Callable[[], Selection]) -> None:
        self.session.set_selection_source(source)

    # --- QUndoStack's vocabulary ------------------------------------------------------------------------
    def canUndo(self) -> bool:
        return self.session.can_undo()

    def canRedo(self) -> bool:
        return self.session.can_redo()

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def count(self) -> int:
        return self.session.count()

    def undoText(self) -> str:
        return self.session.undo_text()

    def redoText(self) -> str:
        return self.session.redo_text()

    def create_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Undo and Redo actions whose text names the step and which are enabled only when possible."""
        undo = QAction(self.tr("Undo"), parent)
        undo.setObjectName("action_undo")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.triggered.connect(self.undo)
        redo = QAction(self.tr("Redo"), parent)
        redo.setObjectName("action_redo")
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        redo.triggered.connect(self.redo)

        def refresh(_change: object = None) -> None:
            undo.setEnabled(self.canUndo())
            redo.setEnabled(self.canRedo())
            undo.setText(fill(self.tr("Undo %1"), self.undoText()) if self.canUndo() else self.tr("Undo"))
            redo.setText(fill(self.tr("Redo %1"), self.redoText()) if self.canRedo() else self.tr("Redo"))
            undo.setIconText(self.tr("Undo"))  # buttons stay short; the menu and tooltip name the step
            redo.setIconText(self.tr("Redo"))
            undo.setToolTip(undo.text())
            redo.setToolTip(redo.text())

        self.changed.connect(refresh)
        refresh()
        return undo, redo

    def _on_session_change(self, change: Change) -> None:
        self.changed.emit(change)
