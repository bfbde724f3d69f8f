"""Real PDF files for tests, written with reportlab (page content) and pypdf (boxes, widgets, encryption).

Every function writes one file and returns its path. Coordinates given to the factory are in the page's
*unrotated PDF user space* (points, origin bottom-left of the MediaBox, which reportlab always puts at 0,0):
that is where the bytes put things, so a test can check independently what an importer makes of them.

    make_pdf(tmp_path / "a.pdf", [PageSpec(595, 842, rotate=90, texts=[TextSpec(72, 700, "{{text:1}}")])])
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    TextStringObject,
)
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

A4 = (595.0, 842.0)
LETTER = (612.0, 792.0)

Box = tuple[float, float, float, float]


class WidgetKind(StrEnum):
    SIGNATURE = "signature"  # /FT /Sig
    TEXT = "text"  # /FT /Tx
    CHECKBOX = "checkbox"  # /FT /Btn


@dataclass(frozen=True, slots=True)
class TextSpec:
    """A string drawn with Helvetica; (x, y) is the baseline start in user space points."""

    x: float
    y: float
    text: str
    font_size: float = 12.0


@dataclass(frozen=True, slots=True)
class WidgetSpec:
    """An AcroForm widget at `rect` = (x0, y0, x1, y1) in user space points."""

    kind: WidgetKind
    rect: Box
    name: str
    label: str = ""  # written as /TU (the tooltip viewers show as the field's label)
    required: bool = False
    checked: bool = False  # checkbox only
    value: str = ""  # text only


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page. `rotate` is written verbatim (any int, e.g. -90 or 450) so normalisation can be tested."""

    width: float = A4[0]
    height: float = A4[1]
    crop_box: Box | None = None
    rotate: int = 0
    user_unit: float | None = None
    texts: Sequence[TextSpec] = ()
    widgets: Sequence[WidgetSpec] = ()
    media_origin: tuple[float, float] = (0.0, 0.0)  # MediaBox lower-left corner (a box offset), same size
    free_texts: Sequence[TextSpec] = ()  # FreeText annotations (with an appearance stream) showing the text


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """Document-wide extras."""

    javascript: str = ""  # document-level JavaScript (a preflight warning)
    inherit_boxes: bool = False  # move page 1's MediaBox and /Rotate up to the /Pages node (inherited)
    # "stream": every page's /Contents is page 1's content stream object; "array": every page's /Contents
    # is one shared indirect array holding page 1's stream (both occur in real files: templates, merges).
    shared_content: str = ""
    # /NeedAppearances on the AcroForm (viewers then redraw every widget). Signing clears it (pyHanko does, so
    # that a viewer cannot change a signed document), so a sealed form shows its stored appearances instead.
    need_appearances: bool = True
    xmp_metadata: bytes = b""  # the catalog's /Metadata stream, verbatim (may be broken XML on purpose)
    metadata: dict[str, str] = field(default_factory=dict)


def make_pdf(path: Path, pages: Sequence[PageSpec], options: PdfOptions | None = None) -> Path:
    """Write `pages` to `path` and return it."""
    options = options or PdfOptions()
    writer = PdfWriter(clone_from=io.BytesIO(_draw_pages(pages)))
    for page_spec, page in zip(pages, writer.pages, strict=True):
        if page_spec.crop_box is not None:
            page[NameObject("/CropBox")] = RectangleObject(page_spec.crop_box)
        if page_spec.rotate:
            page[NameObject("/Rotate")] = NumberObject(page_spec.rotate)
        if page_spec.user_unit is not None:
            page[NameObject("/UserUnit")] = FloatObject(page_spec.user_unit)
        if page_spec.media_origin != (0.0, 0.0):
            ox, oy = page_spec.media_origin
            page[NameObject("/MediaBox")] = RectangleObject(
                (ox, oy, ox + page_spec.width, oy + page_spec.height)
            )
        _add_free_texts(writer, page, page_spec.free_texts)
    if options.shared_content:
        _share_content(writer, options.shared_content)
    _add_widgets(writer, pages, options.need_appearances)
    if options.javascript:
        writer.add_open_action(JavaScript(options.javascript))
    if options.metadata:
        writer.add_metadata(options.metadata)
    if options.xmp_metadata:
        xmp = DecodedStreamObject()
        xmp.set_data(options.xmp_metadata)
        xmp.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
        writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    if options.inherit_boxes and pages:
        _move_boxes_to_page_tree(writer)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def make_encrypted_pdf(path: Path, user_password: str = "secret") -> Path:
    """A one-page PDF that needs `user_password` to open (AES-256)."""
    writer = PdfWriter(clone_from=io.BytesIO(_draw_pages([PageSpec(texts=[TextSpec(72, 700, "Locked")])])))
    writer.encrypt(user_password=user_password, owner_password=user_password + "-owner", algorithm="AES-256")
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def make_truncated_pdf(path: Path, keep_fraction: float = 0.5) -> Path:
    """A valid PDF cut short: the header is there, the cross-reference table and trailer are not."""
    full = _draw_pages([PageSpec(texts=[TextSpec(72, 700, f"Page {i}")]) for i in range(1, 4)])
    path.write_bytes(full[: max(16, int(len(full) * keep_fraction))])
    return path


def make_not_a_pdf(path: Path, content: bytes = b"PK\x03\x04 this is a zip file, not a PDF\n") -> Path:
    path.write_bytes(content)
    return path


def make_empty_pdf(path: Path) -> Path:
    """A syntactically valid PDF with zero pages."""
    writer = PdfWriter()
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def make_javascript_pdf(path: Path) -> Path:
    return make_pdf(path, [PageSpec()], PdfOptions(javascript="app.alert('hello');"))


def make_mixed_pdf(path: Path) -> Path:
    """Four pages: A4, A4 rotated 90, Letter landscape rotated 180, A5 with a CropBox and /Rotate -90."""
    return make_pdf(path, mixed_page_specs())


def mixed_page_specs() -> list[PageSpec]:
    a5 = (148 * mm, 210 * mm)
    return [
        PageSpec(*A4, texts=[TextSpec(72, 760, "{{signature:1}}")]),
        PageSpec(*A4, rotate=90, texts=[TextSpec(100, 500, "{{date:2}}")]),
        PageSpec(LETTER[1], LETTER[0], rotate=180),
        PageSpec(*a5, crop_box=(20, 30, a5[0] - 10, a5[1] - 40), rotate=-90),
    ]


def make_large_pdf(path: Path, n_pages: int) -> Path:
    """`n_pages` A4 pages, each with its number written on it."""
    return make_pdf(path, [PageSpec(texts=[TextSpec(72, 760, f"Page {i}")]) for i in range(1, n_pages + 1)])


def make_signed_pdf(path: Path, signer_name: str = "Test Signer") -> Path:
    """A one-page PDF digitally signed (PAdES baseline) with a throwaway self-signed certificate.

    Uses pyHanko's synchronous API, so call it outside any running event loop (as in a plain test).
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    unsigned = _draw_pages([PageSpec(texts=[TextSpec(72, 700, "Signed document")])])
    signer = _self_signed_signer(signer_name)
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned))
    metadata = signers.PdfSignatureMetadata(field_name="Signature1")
    output = signers.sign_pdf(writer, metadata, signer=signer)
    path.write_bytes(output.getvalue())
    return path


def _self_signed_signer(common_name: str) -> SimpleSigner:
    from asn1crypto import keys, x509  # type: ignore[import-untyped]
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    certificate = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return signers.SimpleSigner(
        signing_cert=x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        signing_key=keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )


def _draw_pages(pages: Sequence[PageSpec]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for spec in pages:
        canvas.setPageSize((spec.width, spec.height))
        for text in spec.texts:
            canvas.setFont("Helvetica", text.font_size)
            canvas.drawString(text.x, text.y, text.text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _share_content(writer: PdfWriter, how: str) -> None:
    first = writer.pages[0].raw_get("/Contents")
    if how == "stream":
        for page in writer.pages:
            page[NameObject("/Contents")] = first
        return
    shared = writer._add_object(ArrayObject([first]))
    for page in writer.pages:
        page[NameObject("/Contents")] = shared


def _add_free_texts(writer: PdfWriter, page: object, texts: Sequence[TextSpec]) -> None:
    """FreeText annotations with their own appearance (a red frame and the text), as viewers draw them."""
    if not texts:
        return
    page = cast(DictionaryObject, page)
    annots = ArrayObject()
    font = _helvetica(writer)
    for text in texts:
        width, height = len(text.text) * text.font_size * 0.6 + 8, text.font_size * 1.6
        content = (
            f"1 0 0 RG 1 w 0.5 0.5 {width - 1:.2f} {height - 1:.2f} re S "
            f"BT /Helv {text.font_size:g} Tf 1 0 0 rg 4 {text.font_size * 0.4:.2f} Td ({text.text}) Tj ET"
        ).encode("latin-1")
        appearance = cast(DictionaryObject, _appearance(writer, width, height, content).get_object())  # type: ignore[attr-defined]
        appearance[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})}
        )
        annotation = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FreeText"),
                NameObject("/Rect"): RectangleObject((text.x, text.y, text.x + width, text.y + height)),
                NameObject("/Contents"): TextStringObject(text.text),
                NameObject("/DA"): TextStringObject(f"/Helv {text.font_size:g} Tf 1 0 0 rg"),
                NameObject("/F"): NumberObject(4),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): _appearance_ref(appearance)}),
            }
        )
        annots.append(writer._add_object(annotation))
    page[NameObject("/Annots")] = annots


def _appearance_ref(appearance: DictionaryObject) -> object:
    return appearance.indirect_reference


def _add_widgets(writer: PdfWriter, pages: Sequence[PageSpec], need_appearances: bool = True) -> None:
    fields = ArrayObject()
    for spec, page in zip(pages, writer.pages, strict=True):
        if not spec.widgets:
            continue
        annots = ArrayObject(page.get("/Annots", ArrayObject()))  # keeps FreeText annotations
        for widget in spec.widgets:
            annotation = _widget_dictionary(writer, widget)
            annotation[NameObject("/P")] = page.indirect_reference
            reference = writer._add_object(annotation)
            annots.append(reference)
            fields.append(reference)
        page[NameObject("/Annots")] = annots
    if fields:
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {
                NameObject("/Fields"): fields,
                NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
                NameObject("/DR"): DictionaryObject(
                    {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): _helvetica(writer)})}
                ),
                NameObject("/NeedAppearances"): BooleanObject(need_appearances),
            }
        )


def _widget_dictionary(writer: PdfWriter, widget: WidgetSpec) -> DictionaryObject:
    field_type = {WidgetKind.SIGNATURE: "/Sig", WidgetKind.TEXT: "/Tx", WidgetKind.CHECKBOX: "/Btn"}
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject(field_type[widget.kind]),
            NameObject("/T"): TextStringObject(widget.name),
            NameObject("/Rect"): RectangleObject(widget.rect),
            NameObject("/F"): NumberObject(4),  # print
            NameObject("/Ff"): NumberObject(2 if widget.required else 0),
        }
    )
    if widget.label:
        annotation[NameObject("/TU")] = TextStringObject(widget.label)
    if widget.kind is WidgetKind.TEXT:
        annotation[NameObject("/DA")] = TextStringObject("/Helv 10 Tf 0 g")
        if widget.value:
            annotation[NameObject("/V")] = TextStringObject(widget.value)
    if widget.kind is WidgetKind.CHECKBOX:
        state = NameObject("/Yes" if widget.checked else "/Off")
        annotation[NameObject("/V")] = state
        annotation[NameObject("/AS")] = state
        width = widget.rect[2] - widget.rect[0]
        height = widget.rect[3] - widget.rect[1]
        annotation[NameObject("/AP")] = DictionaryObject(
            {
                NameObject("/N"): DictionaryObject(
                    {
                        NameObject("/Yes"): _appearance(writer, width, height, b"0 g 1 1 m 3 3 l S"),
                        NameObject("/Off"): _appearance(writer, width, height, b""),
                    }
                )
            }
        )
    return annotation


def _appearance(writer: PdfWriter, width: float, height: float, content: bytes) -> object:
    stream = DecodedStreamObject()
    stream.set_data(content)
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): RectangleObject((0, 0, width, height)),
        }
    )
    return writer._add_object(stream)


def _helvetica(writer: PdfWriter) -> object:
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )


def _move_boxes_to_page_tree(writer: PdfWriter) -> None:
    """Put page 1's MediaBox and /Rotate on the /Pages node and remove them from every page (inheritance)."""
    pages_node = cast(DictionaryObject, writer._root_object["/Pages"].get_object())
    first = writer.pages[0]
    pages_node[NameObject("/MediaBox")] = RectangleObject(first.mediabox)
    if "/Rotate" in first:
        pages_node[NameObject("/Rotate")] = NumberObject(first["/Rotate"])
    for page in writer.pages:
        for key in ("/MediaBox", "/Rotate"):
            if key in page:
                del page[key]


def page_kinds() -> dict[str, PageSpec]:
    """One page of every kind the placement must handle, each with text spread over its visible area (so a
    lost or moved piece of content shows up when the page is rendered before and after)."""
    a5 = (148 * mm, 210 * mm)
    widgets = (
        WidgetSpec(WidgetKind.TEXT, (60, 700, 260, 720), "existing_text", value="Kept value"),
        WidgetSpec(WidgetKind.CHECKBOX, (300, 700, 314, 714), "existing_box", checked=True),
        WidgetSpec(WidgetKind.TEXT, (60, 650, 260, 670), "existing_empty"),
    )
    kinds = {
        "portrait": PageSpec(*A4),
        "rotate-90": PageSpec(*A4, rotate=90),
        "landscape-rotate-180": PageSpec(LETTER[1], LETTER[0], rotate=180),
        "rotate-270-cropped": PageSpec(*A4, crop_box=(30, 50, 560, 800), rotate=270),
        "rotate-450": PageSpec(*A4, rotate=450),
        "rotate-minus-90": PageSpec(*A4, rotate=-90),
        "rotate-990": PageSpec(*LETTER, rotate=990),
        "crop-offset": PageSpec(*A4, crop_box=(80, 120, 520, 760)),
        "crop-corners-swapped": PageSpec(*A4, crop_box=(520, 760, 80, 120), rotate=90),
        "media-offset": PageSpec(*A4, media_origin=(100.0, 200.0)),
        "user-unit-2": PageSpec(300, 400, user_unit=2.0),
        "a5": PageSpec(*a5, rotate=90),
        "free-text": PageSpec(
            *A4, free_texts=[TextSpec(300, 300, "DRAFT comment"), TextSpec(60, 500, "Note")]
        ),
        "form-fields": PageSpec(*A4, widgets=widgets),
    }
    return {name: replace(spec, texts=_spread_texts(spec)) for name, spec in kinds.items()}


def _spread_texts(spec: PageSpec) -> list[TextSpec]:
    x0, y0, x1, y1 = spec.crop_box or (
        spec.media_origin[0],
        spec.media_origin[1],
        spec.media_origin[0] + spec.width,
        spec.media_origin[1] + spec.height,
    )
    left, right = sorted((x0, x1))
    bottom, top = sorted((y0, y1))
    texts = []
    for row in range(5):
        for column in range(3):
            x = left + (right - left) * (0.05 + 0.32 * column)
            y = bottom + (top - bottom) * (0.08 + 0.2 * row)
            texts.append(TextSpec(x, y, f"r{row}c{column} content", font_size=9))
    return texts
