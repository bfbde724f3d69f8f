"""The importer offers only widgets that can become new fields, and reports the rest with the reason."""

from __future__ import annotations

import warnings
from pathlib import Path

import pikepdf

from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf.acroform_import import import_acroform_fields, scan_acroform
from esign_desktop.pdf.field_types import SkipReason
from tests.corpus.corpus import FILES_DIR
from tests.pdf_factory import PageSpec, WidgetKind, WidgetSpec, make_pdf


def test_filled_signature_fields_are_not_offered_again() -> None:
    found, skipped = scan_acroform(FILES_DIR / "signed-approval-twice.pdf")
    assert not [f for f in found if f.kind is FieldKind.SIGNATURE]
    assert [(s.reason, s.name) for s in skipped] == [
        (SkipReason.FILLED_SIGNATURE, "Sig1"),
        (SkipReason.FILLED_SIGNATURE, "Sig2"),
    ]


def test_empty_signature_fields_are_offered() -> None:
    found, skipped = scan_acroform(FILES_DIR / "form-two-fields.pdf")
    assert [(f.kind, f.name) for f in found] == [(FieldKind.SIGNATURE, "Sig1"), (FieldKind.SIGNATURE, "Sig2")]
    assert skipped == []


def test_radio_and_choice_fields_are_reported_once_per_field() -> None:
    found, skipped = scan_acroform(FILES_DIR / "form-button-widgets.pdf")
    assert {f.kind for f in found} == {FieldKind.CHECKBOX}
    radios = [s for s in skipped if s.reason is SkipReason.RADIO]
    assert len(radios) == 1
    assert radios[0].page == 1
    assert radios[0].rect is not None
    _, skipped = scan_acroform(FILES_DIR / "form-choice-widgets.pdf")
    assert {s.reason for s in skipped} == {SkipReason.CHOICE}


def test_a_widget_outside_the_form_is_stray(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "form.pdf",
        [PageSpec(widgets=(WidgetSpec(WidgetKind.TEXT, (100, 100, 200, 120), "kept"),))],
    )
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        stray = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                T=pikepdf.String("stray"),
                Rect=pikepdf.Array([300, 300, 400, 320]),
            )
        )
        pdf.pages[0].Annots.append(stray)
        with warnings.catch_warnings():  # pikepdf rightly notices the stray widget
            warnings.simplefilter("ignore", pikepdf.exceptions.PageCopyWarning)
            pdf.save(path)

    found, skipped = scan_acroform(path)

    assert [f.name for f in found] == ["kept"]
    assert [(s.reason, s.name) for s in skipped] == [(SkipReason.STRAY_WIDGET, "stray")]
    assert [f.name for f in import_acroform_fields(path)] == ["kept"]
