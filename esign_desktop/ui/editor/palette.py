"""The field palette: who the next field is for (the party selected in the party list, or chosen here), and
one button per field kind, in two columns.

A kind button can be clicked (drawing tool: draw a rectangle, or click for the default size) or dragged onto
a page (default size where it is dropped). The keys S, D, T and C place the same kinds at the pointer.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from esign_desktop.domain.model import FieldKind
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.field_overlay import field_kind_mime
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.labels import field_kind_label, party_name
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

_KEYS = {FieldKind.SIGNATURE: "S", FieldKind.DATE: "D", FieldKind.TEXT: "T", FieldKind.CHECKBOX: "C"}


class FieldKindButton(QToolButton):
    """A checkable tool button that also starts a drag carrying its field kind."""

    def __init__(self, kind: FieldKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._press: QPoint | None = None
        self.setCheckable(True)
        self.setText(f"{field_kind_label(kind)}  ({_KEYS[kind]})")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(
            fill(
                self.tr("Click, then draw on a page; or drag onto a page; or press %1 over a page."),
                _KEYS[kind],
            )
        )
        self.setObjectName(f"palette_{kind.value}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._press
        if start is not None and (event.position().toPoint() - start).manhattanLength() >= 8:
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            drag.setMimeData(field_kind_mime(self.kind))
            drag.exec(Qt.DropAction.CopyAction)  # a drag-and-drop loop, not a dialog
            return
        super().mouseMoveEvent(event)


class FieldPalette(QWidget):
    """Signals:
    tool_selected(object): a FieldKind to draw, or None for the select tool.
    """

    tool_selected = Signal(object)

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldPalette")
        self.state = state
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        label = QLabel(self.tr("New fields for"), self)
        layout.addWidget(label, 0, 0, 1, 2)
        self.party_combo = QComboBox(self)
        self.party_combo.setObjectName("paletteParty")
        self.party_combo.setAccessibleName(self.tr("Party for new fields"))
        self.party_combo.setToolTip(self.tr("Selecting a party in the list of parties chooses it here too"))
        label.setBuddy(self.party_combo)
        layout.addWidget(self.party_combo, 1, 0, 1, 2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.select_button = QToolButton(self)
        self.select_button.setText(self.tr("Select (Esc)"))
        self.select_button.setCheckable(True)
        self.select_button.setChecked(True)
        self.group.addButton(self.select_button)
        self.kind_buttons: dict[FieldKind, FieldKindButton] = {}
        buttons: list[QToolButton] = [self.select_button]
        for kind in FieldKind:
            button = FieldKindButton(kind, self)
            self.group.addButton(button)
            self.kind_buttons[kind] = button
            buttons.append(button)
        for number, tool in enumerate(buttons):
            tool.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            layout.addWidget(tool, 2 + number // 2, number % 2)
        self.group.buttonClicked.connect(self._on_group_button_clicked)
        self.party_combo.activated.connect(self._on_party_combo_activated)
        state.context_changed.connect(self._refresh_parties)
        self._refresh_parties()

    def set_field_kinds(self, kinds: Iterable[FieldKind]) -> None:
        """Show only the kinds the provider supports."""
        allowed = set(kinds)
        for kind, button in self.kind_buttons.items():
            button.setVisible(kind in allowed)

    def show_tool(self, kind: object) -> None:
        """Reflect the overlay's current tool (e.g. after Esc)."""
        button = self.kind_buttons.get(kind) if isinstance(kind, FieldKind) else self.select_button
        if button is not None:
            button.setChecked(True)

    def _on_group_button_clicked(self, button: QToolButton) -> None:
        self.tool_selected.emit(button.kind if isinstance(button, FieldKindButton) else None)

    def _refresh_parties(self) -> None:
        self.party_combo.clear()
        for index, party in enumerate(self.state.parties):
            self.party_combo.addItem(party_name(party), party.id)
            self.party_combo.setItemData(index, party_colour(index), Qt.ItemDataRole.DecorationRole)
        self.party_combo.addItem(self.tr("Sender (fills before sending)"), "")
        found = self.party_combo.findData(self.state.active_party_id)
        self.party_combo.setCurrentIndex(max(found, 0))

    def _on_party_combo_activated(self, index: int) -> None:
        party_id = self.party_combo.itemData(index)
        self.state.set_active_party(party_id if isinstance(party_id, str) else "")
