"""The fonts embedded form fields are drawn with: Helvetica for Western text, a Japanese CID font otherwise.

Neither font is embedded in the file. Helvetica is one of the 14 standard fonts; HeiseiKakuGo-W5 is a standard
Adobe-Japan1 CID font that Japanese-capable viewers supply or substitute (Acrobat, pdf.js and poppler all do),
so the app never depends on a font file on the user's machine. See docs/pdf-fonts.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

# Glyph widths of the proportional Latin CIDs 1..95 and 231..632 of HeiseiKakuGo-W5 (Adobe's metrics, as
# reportlab ships them); every other CID, including all kana and kanji, is 1000 units wide (/DW).
# fmt: off
_HEISEI_KAKU_GOTHIC_WIDTHS: tuple[int | tuple[int, ...], ...] = (
    1, (277, 305, 500, 668, 668, 906, 727, 305, 445, 445, 508, 668, 305, 379, 305, 539),
    17, 26, 668,
    27, (
        305, 305, 668, 668, 668, 566, 871, 727, 637, 652, 699, 574, 555, 676, 687, 242, 492, 664, 582,
        789, 707, 734, 582, 734, 605, 605, 641, 668, 727, 945, 609, 609, 574, 445, 668, 445, 668, 668,
        590, 555, 609, 547, 602, 574, 391, 609, 582, 234, 277, 539, 234, 895, 582, 605, 602, 602, 387,
        508, 441, 582, 562, 781, 531, 570, 555, 449, 246, 449, 668,
    ),
    231, 632, 500,
)
# fmt: on
_MAX_CMAP_BLOCK = 100  # the CMap format allows at most 100 entries between beginbfrange and endbfrange


@dataclass(frozen=True, slots=True)
class FieldFont:
    """A font as a form field names it (/DA, /DR) and the bytes a string becomes in its encoding."""

    resource_name: str  # the key in /DR /Font and in /DA, e.g. "/Helv"
    base_font: str
    ascent: int  # font units (1/1000 of the size), for centring the text line in the widget
    descent: int
    cjk: bool

    def can_show(self, text: str) -> bool:
        if self.cjk:
            return True
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            return False
        return True

    def encode(self, text: str) -> bytes:
        """`text` as the string operand of Tj in this font's encoding."""
        if self.cjk:
            # UniJIS-UCS2-H reads two-byte UCS-2 codes; characters beyond the BMP show as blanks.
            return text.encode("utf-16-be")
        return text.encode("cp1252", errors="replace")

    def add_to(self, writer: PdfWriter) -> IndirectObject:
        """The font dictionary as a new object of `writer`, for /DR and appearance stream resources."""
        return writer._add_object(self._dictionary(writer))

    def _dictionary(self, writer: PdfWriter) -> DictionaryObject:
        if not self.cjk:
            return DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(f"/{self.base_font}"),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        descendant = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/CIDFontType0"),
                NameObject("/BaseFont"): NameObject(f"/{self.base_font}"),
                NameObject("/CIDSystemInfo"): DictionaryObject(
                    {
                        NameObject("/Registry"): TextStringObject("Adobe"),
                        NameObject("/Ordering"): TextStringObject("Japan1"),
                        NameObject("/Supplement"): NumberObject(2),
                    }
                ),
                NameObject("/FontDescriptor"): _japanese_descriptor(self),
                NameObject("/DW"): NumberObject(1000),
                NameObject("/W"): _width_array(_HEISEI_KAKU_GOTHIC_WIDTHS),
            }
        )
        return DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type0"),
                NameObject("/BaseFont"): NameObject(f"/{self.base_font}-UniJIS-UCS2-H"),
                NameObject("/Encoding"): NameObject("/UniJIS-UCS2-H"),
                NameObject("/DescendantFonts"): ArrayObject([descendant]),
                # Lets text extraction and pypdf's form filling map the codes back to characters.
                NameObject("/ToUnicode"): writer._add_object(_ucs2_to_unicode_cmap()),
            }
        )


HELVETICA = FieldFont("/Helv", "Helvetica", ascent=718, descent=-207, cjk=False)
JAPANESE_GOTHIC = FieldFont("/HeiKakuGo", "HeiseiKakuGo-W5", ascent=752, descent=-221, cjk=True)


def font_for_texts(*texts: str) -> FieldFont:
    """Helvetica when it can show every one of `texts` (a value, a label), else the Japanese CID font.

    The label counts too: a field labelled in Japanese will most likely be filled in in Japanese.
    """
    return HELVETICA if all(HELVETICA.can_show(text) for text in texts) else JAPANESE_GOTHIC


def _japanese_descriptor(font: FieldFont) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject(f"/{font.base_font}"),
            NameObject("/Flags"): NumberObject(4),  # symbolic: glyphs outside the Latin set
            NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-92, -250, 1010, 922)]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(font.ascent),
            NameObject("/Descent"): NumberObject(font.descent),
            NameObject("/CapHeight"): NumberObject(737),
            NameObject("/XHeight"): NumberObject(553),
            NameObject("/StemV"): NumberObject(114),
        }
    )


def _width_array(compact: tuple[int | tuple[int, ...], ...]) -> ArrayObject:
    """The /W array: `first [w1 w2 ...]` runs and `first last w` ranges, as in the tuple."""
    array = ArrayObject()
    for item in compact:
        if isinstance(item, tuple):
            array.append(ArrayObject([NumberObject(width) for width in item]))
        else:
            array.append(NumberObject(item))
    return array


def _ucs2_to_unicode_cmap() -> DecodedStreamObject:
    """A /ToUnicode CMap saying that every two-byte code is the UCS-2 character of that value."""
    high_bytes = [high for high in range(256) if not 0xD8 <= high <= 0xDF]  # no surrogate halves
    blocks = []
    for start in range(0, len(high_bytes), _MAX_CMAP_BLOCK):
        chunk = high_bytes[start : start + _MAX_CMAP_BLOCK]
        lines = "\n".join(f"<{high:02X}00> <{high:02X}FF> <{high:02X}00>" for high in chunk)
        blocks.append(f"{len(chunk)} beginbfrange\n{lines}\nendbfrange")
    body = "\n".join(blocks)
    stream = DecodedStreamObject()
    stream.set_data(
        (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{body}\n"
            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        ).encode("ascii")
    )
    return stream
