"""Preview of the fields the pdf layer found in a document (AcroForm widgets and {{kind:n}} text tags).

Non-modal: open it with `open()`. "Add" puts every ticked field in the envelope as one undo command.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.model import Field, Party, new_id
from esign_desktop.pdf import ImportedField, find_text_tags
from esign_desktop.pdf.acroform_import import scan_acroform
from esign_desktop.pdf.field_types import SkippedField, SkipReason
from esign_desktop.ui.editor.commands import FieldEditor
from esign_desktop.ui.editor.placement import PlacementRules
from esign_desktop.ui.editor.typed_units import TypedUnits
from esign_desktop.ui.labels import field_kind_label, party_name
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix


def find_importable_fields(path: Path) -> list[ImportedField | SkippedField]:
    """AcroForm widgets and text tags in page order, then the widgets not taken (with the reason).

    Parses the PDF: call it off the UI thread. Raises the pdf layer's PdfError (with a message for people)
    for an unreadable file.
    """
    widgets, skipped = scan_acroform(path)
    found = sorted(widgets + find_text_tags(path), key=lambda f: (f.page, f.rect.y0, f.rect.x0))
    return [*found, *skipped]


def _skip_text(reason: SkipReason) -> str:
    translate = QCoreApplication.translate
    texts = {
        SkipReason.FILLED_SIGNATURE: translate("ImportPreviewDialog", "already signed: not a new field"),
        SkipReason.STRAY_WIDGET: translate("ImportPreviewDialog", "belongs to no form field: ignored"),
        SkipReason.RADIO: translate("ImportPreviewDialog", "radio buttons: no such field at the service"),
        SkipReason.CHOICE: translate(
            "ImportPreviewDialog", "list or drop-down: no such field at the service"
        ),
    }
    return texts[reason]


def field_from_import(
    imported: ImportedField, document: int, parties: Sequence[Party], rules: PlacementRules
) -> Field:
    """A tag's party number n goes to the n-th party; widgets and unknown numbers to the sender."""
    party_id = ""
    if imported.party_order is not None and 1 <= imported.party_order <= len(parties):
        party_id = parties[imported.party_order - 1].id
    return Field(
        id=new_id(),
        kind=imported.kind,
        document=document,
        page=imported.page,
        rect=rules.finalise(imported.rect),
        party_id=party_id,
        required=imported.required or imported.party_order is not None,
        label=imported.label or imported.name,
        checkbox_default=imported.checkbox_default,
        value=imported.value,
    )


class ImportPreviewDialog(QDialog):
    """Signals:
    fields_added(list): the Fields added (after "Add").
    """

    fields_added = Signal(list)

    def __init__(
        self,
        found: Sequence[ImportedField | SkippedField],
        document: int,
        editor: FieldEditor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Fields found in the document"))
        self.found = [f for f in found if isinstance(f, ImportedField)]
        self.skipped = [f for f in found if isinstance(f, SkippedField)]
        self.document = document
        self.editor = editor
        state = editor.state
        units = TypedUnits(state.rules)
        layout = QVBoxLayout(self)
        if self.found:
            message = self.tr("Tick the fields to add. Tags are given to the party with their number.")
        else:
            message = self.tr("The document has no form fields and no {{signature:1}}-style tags.")
        layout.addWidget(QLabel(message, self))
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Kind"), self.tr("Page"), self.tr("Name"), self.tr("Party"), "x, y, w, h"]
        )
        for imported in self.found:
            party = "—"
            if imported.party_order is not None:
                index = imported.party_order - 1
                party = (
                    party_name(state.parties[index])
                    if index < len(state.parties)
                    else f"#{imported.party_order}"
                )
            try:
                page_size = state.page_size(document, imported.page)
                typed = units.to_typed(state.rules.finalise(imported.rect), imported.page, page_size)
                where = f"{typed.x:g}, {typed.y:g}, {typed.width:g}, {typed.height:g}{units.suffix}"
            except IndexError:
                where = "?"
            item = QTreeWidgetItem(
                [
                    field_kind_label(imported.kind),
                    str(imported.page),
                    imported.label or imported.name,
                    party,
                    where,
                ]
            )
            item.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
        layout.addWidget(self.tree)
        self.skipped_tree = QTreeWidget(self)
        self.skipped_tree.setObjectName("importSkipped")
        self.skipped_tree.setRootIsDecorated(False)
        self.skipped_tree.setHeaderLabels([self.tr("Not imported"), self.tr("Page"), self.tr("Name")])
        for skipped in self.skipped:
            self.skipped_tree.addTopLevelItem(
                QTreeWidgetItem([_skip_text(skipped.reason), str(skipped.page), skipped.name])
            )
        self.skipped_tree.setVisible(bool(self.skipped))
        layout.addWidget(self.skipped_tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(bool(self.found))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen(self) -> list[ImportedField]:
        chosen = []
        for row, imported in enumerate(self.found):
            item = self.tree.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                chosen.append(imported)
        return chosen

    def _on_buttons_accepted(self) -> None:
        state = self.editor.state
        fields = [field_from_import(f, self.document, state.parties, state.rules) for f in self.chosen()]
        self.editor.add(fields, self.tr("Import fields from the document"))
        self.fields_added.emit(fields)
        self.accept()
