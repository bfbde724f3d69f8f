"""Fields as the pdf layer reads them from, and writes them into, a PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import FieldKind

# A text field (/Tx) whose own name has the word "date" (or 日付) is a date field: PDF has no date field type,
# so embed_form_fields names date fields this way and the importer reads them back by it.
DATE_NAME_PATTERN = re.compile(r"(?:^|[^a-z])date|日付", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ImportedField:
    """A field found in a PDF: an AcroForm widget, or a text tag such as `{{signature:1}}`.

    `party_order` is the tag's party number (1 = the first party); None for AcroForm widgets.
    """

    kind: FieldKind
    page: int  # 1-based
    rect: PageRect  # displayed fractions
    name: str = ""
    label: str = ""
    required: bool = False
    checkbox_default: bool = False
    value: str = ""
    party_order: int | None = None


@dataclass(frozen=True, slots=True)
class FieldToEmbed:
    """A field to add to a PDF as a real AcroForm field (Assently's placement model)."""

    kind: FieldKind
    page: int  # 1-based
    rect: PageRect
    name: str = ""  # a wish; the returned EmbeddedField carries the unique name actually used
    label: str = ""
    required: bool = True
    value: str = ""  # text/date default value
    font_size: float = 10.5
    checkbox_default: bool = False


@dataclass(frozen=True, slots=True)
class EmbeddedField:
    """What embed_form_fields wrote: the unique, fully qualified field name, per requested field in order."""

    name: str
    kind: FieldKind
    page: int
    rect: PageRect


class SkipReason(StrEnum):
    """Why an existing widget was not offered as a new field."""

    FILLED_SIGNATURE = "filled_signature"  # someone already signed it: not a place for a new signature
    STRAY_WIDGET = "stray_widget"  # a widget that belongs to no form field (viewers ignore it)
    RADIO = "radio"  # radio buttons: neither service has a field for a choice among buttons
    CHOICE = "choice"  # a list or drop-down: neither service has a field with fixed options


@dataclass(frozen=True, slots=True)
class SkippedField:
    """An existing widget (or a whole radio/choice field, reported once) the import did not take."""

    reason: SkipReason
    page: int  # 1-based: the page of its first widget
    name: str = ""
    rect: PageRect | None = None  # displayed fractions, when the widget lies on the page
