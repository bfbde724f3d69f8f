"""Every file of the public corpus gets its expected preflight verdict, and each refusal a person can act on
(password, restrictions, repair) leads to a working copy that passes preflight."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf import FieldToEmbed, embed_form_fields, import_acroform_fields, inspect_pdf
from esign_desktop.pdf.errors import (
    CertificateEncryptedPdf,
    DamagedPdf,
    PasswordRequired,
    PdfError,
    RepairablePdf,
    RestrictedPdf,
    UnsupportedPage,
    WrongPassword,
)
from esign_desktop.pdf.intake import decrypted_copy, repair_copy, unrestricted_copy
from tests.corpus.corpus import CorpusFile, corpus_files

_REFUSALS: dict[str, type[PdfError]] = {
    "password": PasswordRequired,
    "restricted": RestrictedPdf,
    "certificate": CertificateEncryptedPdf,
    "repairable": RepairablePdf,
    "damaged": DamagedPdf,
    "unsupported_page": UnsupportedPage,
}

FILES = corpus_files()


def test_the_manifest_lists_every_file_and_the_corpus_stays_small() -> None:
    on_disk = {path.name for path in FILES[0].path.parent.glob("*.pdf")}
    assert on_disk == {entry.file for entry in FILES}
    assert sum((FILES[0].path.parent / name).stat().st_size for name in on_disk) < 3 * 1024 * 1024


@pytest.mark.parametrize("entry", FILES, ids=lambda entry: entry.file)
def test_preflight_verdict(entry: CorpusFile, tmp_path: Path) -> None:
    if entry.verdict == "ok":
        report = inspect_pdf(entry.path)
        assert sorted(w.code.value for w in report.warnings) == sorted(entry.warnings)
        assert report.page_count == entry.pages
        return
    with pytest.raises(_REFUSALS[entry.verdict]) as refused:
        inspect_pdf(entry.path)
    assert type(refused.value) is _REFUSALS[entry.verdict]
    assert entry.file in refused.value.user_message
    copy = tmp_path / "working-copy.pdf"
    if entry.verdict == "password":
        with pytest.raises(WrongPassword):
            decrypted_copy(entry.path, copy, entry.password + "-wrong")
        decrypted_copy(entry.path, copy, entry.password)
    elif entry.verdict == "restricted":
        unrestricted_copy(entry.path, copy)
    elif entry.verdict == "repairable":
        repair_copy(entry.path, copy)
    else:
        return
    report = inspect_pdf(copy)  # the working copy is used from then on: it must pass
    assert report.page_count == entry.pages
    assert entry.path.read_bytes() != copy.read_bytes()
    _embeds_a_field(copy, tmp_path / "with-field.pdf", allow_signed=report.has_signatures)


def _embeds_a_field(source: Path, target: Path, *, allow_signed: bool = False) -> None:
    field = FieldToEmbed(kind=FieldKind.SIGNATURE, page=1, rect=PageRect(0.1, 0.8, 0.4, 0.88), name="sig")
    embedded = embed_form_fields(source, [field], target, allow_signed=allow_signed)
    assert [e.name for e in embedded] == ["sig"]


def test_usage_rights_form_takes_fields_and_the_copy_drops_only_the_usage_rights(tmp_path: Path) -> None:
    source = next(e.path for e in FILES if e.kind == "usage_rights")
    report = inspect_pdf(source)
    assert not report.has_signatures
    assert report.signatures.usage_rights
    target = tmp_path / "with-field.pdf"
    _embeds_a_field(source, target)
    root = PdfReader(target).trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    perms = root.get("/Perms")
    assert perms is None or "/UR3" not in perms.get_object()
    assert len(PdfReader(target).get_fields() or {}) == len(PdfReader(source).get_fields() or {}) + 1


def test_certificate_encryption_is_not_called_damaged() -> None:
    for entry in FILES:
        if entry.kind == "certificate_encryption":
            with pytest.raises(CertificateEncryptedPdf) as refused:
                inspect_pdf(entry.path)
            assert not isinstance(refused.value, DamagedPdf)
            assert "cut short" not in refused.value.user_message
            assert "certificate" in refused.value.user_message.lower()


def test_restricted_files_name_their_restrictions() -> None:
    path = next(e.path for e in FILES if e.file == "gen-owner-only-restricted.pdf")
    with pytest.raises(RestrictedPdf) as refused:
        inspect_pdf(path)
    assert "changing the document" in refused.value.restrictions
    assert "filling in form fields" in refused.value.restrictions
    assert "GMO Sign" in refused.value.user_message
    assert "Assently" in refused.value.user_message


@pytest.mark.parametrize("entry", [e for e in FILES if e.verdict == "ok"], ids=lambda entry: entry.file)
def test_import_reads_every_usable_file(entry: CorpusFile) -> None:
    found = import_acroform_fields(entry.path)
    assert all(1 <= field.page <= entry.pages for field in found)


def test_a_non_ascii_password_opens_old_and_new_encryption(tmp_path: Path) -> None:
    for name in ("pdfium-encrypted-hello-world-r3.pdf", "pdfium-encrypted-hello-world-r6.pdf"):
        copy = tmp_path / name
        decrypted_copy(FILES[0].path.parent / name, copy, "hôtel")  # RC4 wants Latin-1, AES-256 UTF-8
        assert inspect_pdf(copy).page_count == 1
