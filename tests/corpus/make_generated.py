"""Writes the corpus files no public test suite offered in a small, clearly licensed form.

Run from the repository root: `.venv/bin/python tests/corpus/make_generated.py`. The output is committed
(tests/corpus/files/gen-*.pdf) so the tests and other branches use the same bytes; rerunning rewrites them.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

FILES = Path(__file__).parent / "files"


def _page(pdf: pikepdf.Pdf, content: pikepdf.Object, **boxes: object) -> Dictionary:
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    page = Dictionary(
        Type=Name.Page,
        MediaBox=Array([0, 0, 595, 842]),
        Contents=content,
        Resources=Dictionary(Font=Dictionary(F1=font)),
    )
    for key, value in boxes.items():
        page[Name("/" + key)] = value
    return page


def _text(pdf: pikepdf.Pdf, text: str) -> pikepdf.Object:
    return pdf.make_stream(f"BT /F1 24 Tf 72 760 Td ({text}) Tj ET".encode("ascii"))


def _document(pages: list[Dictionary]) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    for page in pages:
        pdf.pages.append(pikepdf.Page(page))
    return pdf


def shared_content_stream() -> None:
    """Three pages whose /Contents is one and the same stream object (a stamp must stay on its own page)."""
    pdf = pikepdf.new()
    shared = pdf.make_indirect(_text(pdf, "One content stream shared by every page"))
    for _ in range(3):
        pdf.pages.append(pikepdf.Page(_page(pdf, shared)))
    pdf.save(FILES / "gen-shared-content-stream.pdf", deterministic_id=True)


def zero_size_boxes() -> None:
    """A zero-area CropBox (viewers fall back to the MediaBox) and a zero-area MediaBox (unusable)."""
    pdf = pikepdf.new()
    pdf.pages.append(
        pikepdf.Page(_page(pdf, _text(pdf, "Zero-size CropBox"), CropBox=Array([100, 100, 100, 100])))
    )
    pdf.save(FILES / "gen-zero-size-cropbox.pdf", deterministic_id=True)
    pdf = pikepdf.new()
    page = _page(pdf, _text(pdf, "Zero-size MediaBox"))
    page.MediaBox = Array([0, 0, 0, 0])
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(FILES / "gen-zero-size-mediabox.pdf", deterministic_id=True)


def owner_restricted() -> None:
    """Owner password only, with changing, assembling and form filling forbidden."""
    pdf = pikepdf.new()
    pdf.pages.append(pikepdf.Page(_page(pdf, _text(pdf, "Owner password, restrictions"))))
    allow = pikepdf.Permissions(
        modify_other=False, modify_assembly=False, modify_form=False, modify_annotation=False
    )
    pdf.save(
        FILES / "gen-owner-only-restricted.pdf",
        encryption=pikepdf.Encryption(owner="owner-secret", user="", allow=allow),
    )


def user_password() -> None:
    """A user password ("user-secret"), AES-256."""
    pdf = pikepdf.new()
    pdf.pages.append(pikepdf.Page(_page(pdf, _text(pdf, "User password"))))
    pdf.save(
        FILES / "gen-user-password-aes256.pdf",
        encryption=pikepdf.Encryption(owner="owner-secret", user="user-secret"),
    )


def broken_last_update() -> None:
    """A good file plus an incremental update whose cross-reference section points into nowhere."""
    pdf = pikepdf.new()
    pdf.pages.append(pikepdf.Page(_page(pdf, _text(pdf, "Broken last update"))))
    target = FILES / "gen-damaged-broken-last-update.pdf"
    pdf.save(
        target,
        deterministic_id=True,
        compress_streams=False,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
    )
    good = target.read_bytes()
    update = (
        b"\n5 0 obj\n<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (late) >>\n"
        b"xref\n0 1\n0000000000 65535 f \n5 1\n0000999999 00000 n \n"
        b"trailer\n<< /Size 6 /Root 1 0 R /Prev 99999999 >>\nstartxref\n"
        + str(len(good) + 5000).encode()
        + b"\n%%EOF\n"
    )
    target.write_bytes(good + update)


def page_tree_loop() -> None:
    """The page tree lists its own root among its kids (a loop) besides one real page."""
    pdf = pikepdf.new()
    pdf.pages.append(pikepdf.Page(_page(pdf, _text(pdf, "Page tree loop"))))
    target = FILES / "gen-damaged-page-tree-loop.pdf"
    pdf.save(
        target,
        deterministic_id=True,
        compress_streams=False,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
    )
    raw = target.read_bytes()
    old = b"<< /Count 1 /Kids [ 3 0 R ] /Type /Pages >>"
    new = b"<< /Kids [ 3 0 R 2 0 R ] /Type /Pages >>"
    assert old in raw
    target.write_bytes(raw.replace(old, new.ljust(len(old))))  # same length: the xref offsets stay right


def main() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    shared_content_stream()
    zero_size_boxes()
    owner_restricted()
    user_password()
    broken_last_update()
    page_tree_loop()


if __name__ == "__main__":
    main()
