"""A small non-modal dialog to name a layout to save, or to choose a saved layout to apply."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class LayoutDialogMode(StrEnum):
    SAVE = "save"
    APPLY = "apply"


class LayoutDialog(QDialog):
    """Name or choose a layout. Open it with open(), never exec().

    Signals:
        layout_chosen(str): the name the sender confirmed (to save under, or to apply).
    """

    layout_chosen = Signal(str)

    def __init__(self, mode: LayoutDialogMode, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setObjectName("layoutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        saving = mode is LayoutDialogMode.SAVE
        self.setWindowTitle(self.tr("Save layout") if saving else self.tr("Apply layout"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("layoutName")
        self.name_edit.setAccessibleName(self.tr("Layout name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Lease, two tenants"))
        self.name_edit.setVisible(saving)
        self.name_list = QListWidget(self)
        self.name_list.setObjectName("layoutNames")
        self.name_list.setAccessibleName(self.tr("Saved layouts"))
        for name in names:
            self.name_list.addItem(QListWidgetItem(name))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if saving else self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Saving under an existing name replaces that layout.")
            if saving
            else (
                self.tr("Choose a layout.")
                if names
                else self.tr("No layouts are saved for this service yet.")
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.name_list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_list.currentItemChanged.connect(self._on_name_list_current_changed)
        self.name_list.itemActivated.connect(lambda _item: self.accept())
        self._update_ok()

    def chosen_name(self) -> str:
        if self.mode is LayoutDialogMode.SAVE:
            return self.name_edit.text().strip()
        item = self.name_list.currentItem()
        return item.text() if item is not None else ""

    def accept(self) -> None:
        name = self.chosen_name()
        if not name:
            return
        super().accept()
        self.layout_chosen.emit(name)

    def _on_name_list_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and self.mode is LayoutDialogMode.SAVE:
            self.name_edit.setText(current.text())
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_name()))
