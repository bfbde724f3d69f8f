"""The properties panel: typed x/y/w/h in the provider's units, the party, and the per-kind properties.

Every change is one undo command through FieldEditor; the panel re-reads the state after each, so what it
shows is always what is stored (for GMO Sign, the snapped integers the service receives).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.model import Field, FieldKind
from esign_desktop.ui.editor.commands import FieldEditor
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.typed_units import TypedGeometry, TypedUnits
from esign_desktop.ui.labels import field_kind_label, party_name
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

_TEXT_KINDS = (FieldKind.TEXT, FieldKind.DATE)


class PropertiesPanel(QWidget):
    """Edits the selected fields. Geometry needs exactly one field; the rest applies to all selected."""

    def __init__(self, state: EditorState, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.state = state
        self.editor = editor
        self._refreshing = False
        self._font_sizes: tuple[float, ...] = ()
        outer = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)

        self.x_spin = self._spin("x")
        self.y_spin = self._spin("y")
        self.width_spin = self._spin("width")
        self.height_spin = self._spin("height")
        self.party_combo = QComboBox(self)
        self.party_combo.setObjectName("propertyParty")
        self.required_check = QCheckBox(self.tr("Required"), self)
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("propertyLabel")
        self.placeholder_edit = QLineEdit(self)
        self.font_combo = QComboBox(self)
        self.checked_check = QCheckBox(self.tr("Ticked by default"), self)
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(self.tr("Filled in by you before sending"))

        self.form.addRow(self.tr("X"), self.x_spin)
        self.form.addRow(self.tr("Y"), self.y_spin)
        self.form.addRow(self.tr("Width"), self.width_spin)
        self.form.addRow(self.tr("Height"), self.height_spin)
        self.form.addRow(self.tr("Party"), self.party_combo)
        self.form.addRow("", self.required_check)
        self.form.addRow(self.tr("Label / tag"), self.label_edit)
        self.form.addRow(self.tr("Placeholder"), self.placeholder_edit)
        self.form.addRow(self.tr("Font size"), self.font_combo)
        self.form.addRow("", self.checked_check)
        self.form.addRow(self.tr("Value"), self.value_edit)

        for spin in (self.x_spin, self.y_spin, self.width_spin, self.height_spin):
            spin.editingFinished.connect(self._on_geometry_edited)
        self.party_combo.activated.connect(self._on_party_combo_activated)
        self.required_check.toggled.connect(
            lambda on: self._apply(self.tr("Change required"), lambda f: replace(f, required=on))
        )
        self.label_edit.editingFinished.connect(
            lambda: self._apply(self.tr("Change label"), lambda f: replace(f, label=self.label_edit.text()))
        )
        self.placeholder_edit.editingFinished.connect(
            lambda: self._apply(
                self.tr("Change placeholder"),
                lambda f: replace(f, placeholder=self.placeholder_edit.text()),
                kinds=_TEXT_KINDS,
            )
        )
        self.font_combo.activated.connect(self._on_font_combo_activated)
        self.checked_check.toggled.connect(
            lambda on: self._apply(
                self.tr("Change checkbox default"),
                lambda f: replace(f, checkbox_default=on),
                kinds=(FieldKind.CHECKBOX,),
            )
        )
        self.value_edit.editingFinished.connect(
            lambda: self._apply(
                self.tr("Change value"), lambda f: replace(f, value=self.value_edit.text()), kinds=_TEXT_KINDS
            )
        )
        state.selection_changed.connect(self.refresh)
        state.fields_changed.connect(self.refresh)
        state.context_changed.connect(self.refresh)
        self.refresh()

    def _spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(f"property_{name}")
        spin.setKeyboardTracking(False)
        spin.setAccessibleName(name)
        return spin

    @property
    def units(self) -> TypedUnits:
        return TypedUnits(self.state.rules)

    def set_font_sizes(self, sizes: Sequence[float]) -> None:
        """The provider's list of font sizes."""
        self._font_sizes = tuple(sizes)
        self.refresh()

    # --- showing --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._refreshing = True
        try:
            self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        selected = self.state.selected_fields()
        self.setEnabled(bool(selected))
        kinds = {f.kind for f in selected}
        if not selected:
            self.summary.setText(self.tr("Select a field to edit its properties."))
        elif len(selected) == 1:
            only = selected[0]
            self.summary.setText(fill(self.tr("%1 field on page %2"), field_kind_label(only.kind), only.page))
        else:
            self.summary.setText(fill(self.tr("%1 fields selected"), len(selected)))
        single = selected[0] if len(selected) == 1 else None
        for spin in (self.x_spin, self.y_spin, self.width_spin, self.height_spin):
            self._set_row_visible(spin, single is not None)
        if single is not None:
            self._show_geometry(single)
        self.party_combo.clear()
        for party in self.state.parties:
            self.party_combo.addItem(party_name(party), party.id)
        self.party_combo.addItem(self.tr("Sender (fills before sending)"), "")
        party_ids = {f.party_id for f in selected}
        self.party_combo.setCurrentIndex(
            self.party_combo.findData(next(iter(party_ids))) if len(party_ids) == 1 else -1
        )
        first = selected[0] if selected else None
        self.required_check.setChecked(first is not None and all(f.required for f in selected))
        self.label_edit.setText(first.label if single is not None and first is not None else "")
        has_text = bool(kinds) and kinds <= set(_TEXT_KINDS)
        for widget in (self.placeholder_edit, self.font_combo, self.value_edit):
            self._set_row_visible(widget, has_text)
        self._set_row_visible(self.checked_check, kinds == {FieldKind.CHECKBOX})
        if first is not None:
            self.placeholder_edit.setText(first.placeholder if single is not None else "")
            self.value_edit.setText(first.value if single is not None else "")
            self.checked_check.setChecked(all(f.checkbox_default for f in selected))
        self.font_combo.clear()
        for size in self._font_sizes:
            self.font_combo.addItem(f"{size:g} pt", size)
        if first is not None:
            self.font_combo.setCurrentIndex(self.font_combo.findData(first.font_size))

    def _show_geometry(self, field: Field) -> None:
        page_size = self.state.page_size(field.document, field.page)
        typed = self.units.to_typed(field.rect, field.page, page_size)
        max_x, max_y = self.units.maximum(page_size)
        for spin, value, maximum in (
            (self.x_spin, typed.x, max_x),
            (self.y_spin, typed.y, max_y),
            (self.width_spin, typed.width, max_x),
            (self.height_spin, typed.height, max_y),
        ):
            spin.setDecimals(self.units.decimals)
            spin.setSuffix(self.units.suffix)
            spin.setRange(0, maximum)
            spin.setSingleStep(1)
            spin.setValue(value)

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    # --- editing --------------------------------------------------------------------------------------------
    def _apply(
        self,
        text: str,
        change: Callable[[Field], Field],
        kinds: Sequence[FieldKind] | None = None,
    ) -> None:
        if self._refreshing:
            return
        selected = [f for f in self.state.selected_fields() if kinds is None or f.kind in kinds]
        self.editor.update([change(f) for f in selected], text)

    def _on_geometry_edited(self) -> None:
        if self._refreshing:
            return
        selected = self.state.selected_fields()
        if len(selected) != 1:
            return
        field = selected[0]
        typed = TypedGeometry(
            self.x_spin.value(), self.y_spin.value(), self.width_spin.value(), self.height_spin.value()
        )
        page_size = self.state.page_size(field.document, field.page)
        rect = self.units.from_typed(typed, field.page, page_size)
        self.editor.update([replace(field, rect=self.state.rules.finalise(rect))], self.tr("Change position"))
        self.refresh()  # the typed values may have been pulled back inside the page

    def _on_party_combo_activated(self, index: int) -> None:
        party_id: Any = self.party_combo.itemData(index)
        if isinstance(party_id, str):
            self._apply(self.tr("Change party"), lambda f: replace(f, party_id=party_id))

    def _on_font_combo_activated(self, index: int) -> None:
        size: Any = self.font_combo.itemData(index)
        if isinstance(size, (int, float)):
            self._apply(
                self.tr("Change font size"), lambda f: replace(f, font_size=float(size)), kinds=_TEXT_KINDS
            )
