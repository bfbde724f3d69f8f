"""The JSON envelope format of docs/envelope-format.md: read by the CLI, saved and opened by the GUI.

`rect` is [x1, y1, x2, y2] in percent of the displayed page, origin top-left; pages are numbered from 1;
document paths are relative to the spec file.

Parsing is strict (pydantic, `strict=True`, unknown keys refused): no value is ever coerced (`"page": true`,
`"required": "no"`, `"any_one_of_group": null` are refused, not read as 1, True or "None"), and every problem
is named by its JSON path (`parties[0].any_one_of_group: must be text`).

Every problem is an AppError built from the templates below (its subject, where there is one, is the JSON path
or the file), with the fixed words of pydantic's kinds as Phrases, so the composer says it in the window's
language (ui/error_text.py lists them again for translation); `SpecError.problems` are the English sentences
(the CLI). A kind of pydantic problem not named here passes pydantic's own words through (`AS_SAID`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError
from pydantic import Field as Constraint

from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    Field,
    FieldKind,
    Party,
    PartyRole,
    ProviderKind,
    new_id,
)
from esign_desktop.pdf.errors import PdfError
from esign_desktop.pdf.preflight import domain_document, inspect_pdf

SPEC_VERSION = 1
MAX_SPEC_BYTES = 16 * 1024 * 1024
MAX_TEXT = 10_000  # characters in any one text value
MAX_DOCUMENTS = 100
MAX_PARTIES = 500
MAX_FIELDS = 10_000
MAX_ORDER = 1_000
MAX_EXPIRE_DAYS = 3_650
MIN_FONT_SIZE = 4.0
MAX_FONT_SIZE = 96.0

DocumentLoader = Callable[[Path], Document]

AS_SAID = "%1"
NO_SUCH_FILE = "no such file"
CANNOT_READ_FILE = "%1 cannot be read: %2"
FILE_TOO_LARGE = "%1 is larger than %2 MB; is it an envelope spec?"
NOT_READABLE_JSON = "%1 is not a readable JSON file: %2"
NOT_UTF8 = "the file is not UTF-8 text"
JSON_SYNTAX = "%1 (line %2, column %3)"  # %1: the json module's own (English) words
NESTED_TOO_DEEPLY = "the JSON is nested too deeply"
NUMBER_TOO_LONG = "a number is too long"
KEY_TWICE = "the key %1 appears twice in one object"
NOT_AN_OBJECT = "the spec must be a JSON object"
ONE_OF = "“%1” is one of %2"
FOUND_INSTEAD = "%1 (found %2)"
AT_LEAST = "must be at least %1"
MORE_THAN = "must be more than %1"
AT_MOST = "must be at most %1"
LESS_THAN = "must be less than %1"
AT_LEAST_ITEMS = "must have at least %1 item(s)"
AT_MOST_ITEMS = "must have at most %1 item(s)"
PATH_CANNOT_BE_OPENED = "%1 cannot be opened"
PATH_DOES_NOT_EXIST = "%1 does not exist"
PATH_CANNOT_BE_READ = "%1 cannot be read (%2)"
ID_USED_TWICE = "the id %1 is used twice"
NO_SUCH_DOCUMENT = "there is no document %1"
PAGE_OUT_OF_RANGE = "page %1 is out of range (the document has %2 pages)"
UNKNOWN_PARTY = "unknown party %1"
BAD_RECT = "“rect” must be [x1, y1, x2, y2] in percent, inside 0..100, not empty"
TEMPLATES: tuple[str, ...] = (
    AS_SAID,
    NO_SUCH_FILE,
    CANNOT_READ_FILE,
    FILE_TOO_LARGE,
    NOT_READABLE_JSON,
    NOT_UTF8,
    JSON_SYNTAX,
    NESTED_TOO_DEEPLY,
    NUMBER_TOO_LONG,
    KEY_TWICE,
    NOT_AN_OBJECT,
    ONE_OF,
    FOUND_INSTEAD,
    AT_LEAST,
    MORE_THAN,
    AT_MOST,
    LESS_THAN,
    AT_LEAST_ITEMS,
    AT_MOST_ITEMS,
    PATH_CANNOT_BE_OPENED,
    PATH_DOES_NOT_EXIST,
    PATH_CANNOT_BE_READ,
    ID_USED_TWICE,
    NO_SUCH_DOCUMENT,
    PAGE_OUT_OF_RANGE,
    UNKNOWN_PARTY,
    BAD_RECT,
)

# What our validators say (pydantic's "value_error"), then the fixed words for pydantic's kinds and for what a
# JSON value was found to be: Phrases, translated in the UI.
INVALID_CHARACTER = "contains an invalid character (a lone UTF-16 surrogate)"
NUL_CHARACTER = "contains a NUL character"
EMPTY = "must not be empty"
_TYPE_WORDS = {
    "string_type": "must be text",
    "string_unicode": INVALID_CHARACTER,
    "bool_type": "must be true or false",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "missing": "is required",
    "extra_forbidden": "is not a known key (check its spelling)",
    "finite_number": "must be a finite number",
    "string_too_long": "is too long",
}
_FOUND = {str: "text", bool: "true/false", type(None): "null", list: "a list", dict: "an object"}
A_NUMBER = "a number"
ANOTHER_TYPE = "another type"
PHRASES: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            INVALID_CHARACTER,
            NUL_CHARACTER,
            EMPTY,
            *_TYPE_WORDS.values(),
            *_FOUND.values(),
            A_NUMBER,
            ANOTHER_TYPE,
        )
    )
)


class SpecError(ValueError):
    """The spec cannot become an envelope; `details` are the reasons (AppErrors, most with their JSON path as
    subject), `problems` the same as English sentences."""

    def __init__(self, details: Sequence[AppError]) -> None:
        self.details = list(details)
        self.problems = [detail.message for detail in self.details]
        super().__init__("; ".join(self.problems))


def _no_surrogates(text: str) -> str:
    """Refuse lone surrogates ("\\ud800" in JSON): they cannot be shown, stored as UTF-8 or sent."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(INVALID_CHARACTER) from None
    if "\x00" in text:
        raise ValueError(NUL_CHARACTER)
    return text


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError(EMPTY)
    return text


Text = Annotated[str, Constraint(max_length=MAX_TEXT), AfterValidator(_no_surrogates)]
NonEmptyText = Annotated[Text, AfterValidator(_not_blank)]
Number = Annotated[float, Constraint(allow_inf_nan=False)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class DocumentSpec(_Strict):
    path: NonEmptyText


class PartySpec(_Strict):
    id: NonEmptyText
    role: Literal["signer", "approver", "recipient"] = "signer"
    affiliation: Literal["external", "in_house"] = "external"
    name: Text = ""
    email: Text = ""
    phone: Text = ""
    organisation: Text = ""
    sign_type: Text = ""
    access_code: Text = ""
    attendant_email: Text = ""
    language: Text = ""
    order: Annotated[int, Constraint(ge=1, le=MAX_ORDER)] = 1
    may_delegate: bool = False
    any_one_of_group: Text = ""


class FieldSpec(_Strict):
    document: Annotated[int, Constraint(ge=0, lt=MAX_DOCUMENTS)] = 0
    page: Annotated[int, Constraint(ge=1, le=1_000_000)]
    kind: Literal["signature", "date", "text", "checkbox"]
    party: Text = ""
    rect: Annotated[list[Annotated[Number, Constraint(ge=0, le=100)]], Constraint(min_length=4, max_length=4)]
    required: bool = True
    label: Text = ""
    placeholder: Text = ""
    font_size: Annotated[Number, Constraint(ge=MIN_FONT_SIZE, le=MAX_FONT_SIZE)] = 10.5
    checkbox_default: bool = False
    value: Text = ""


class EnvelopeSpec(_Strict):
    """The whole file; `version` is written as 1 and not interpreted on read yet."""

    version: Annotated[int, Constraint(ge=1, le=SPEC_VERSION)] = SPEC_VERSION
    name: NonEmptyText
    documents: Annotated[list[DocumentSpec], Constraint(min_length=1, max_length=MAX_DOCUMENTS)]
    parties: Annotated[list[PartySpec], Constraint(min_length=1, max_length=MAX_PARTIES)]
    fields: Annotated[list[FieldSpec], Constraint(max_length=MAX_FIELDS)] = []
    metadata: Annotated[dict[Text, Text], Constraint(max_length=100)] = {}
    message: Text = ""
    expire_after_days: Annotated[int, Constraint(ge=1, le=MAX_EXPIRE_DAYS)] = 30


def preflight_document(path: Path) -> Document:
    """The default document loader: the PDF preflight, refusing what cannot be sent."""
    return domain_document(inspect_pdf(path), path)


def read_spec(
    path: Path, provider: ProviderKind, load_document: DocumentLoader = preflight_document
) -> Envelope:
    """Parse and check a spec file; documents are opened with `load_document` (the PDF preflight)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SPEC_BYTES + 1)
    except FileNotFoundError:
        raise SpecError([AppError(NO_SUCH_FILE, subject=str(path))]) from None
    except OSError as error:
        raise SpecError([AppError(CANNOT_READ_FILE, path, error.strerror or type(error).__name__)]) from None
    if len(data) > MAX_SPEC_BYTES:
        raise SpecError([AppError(FILE_TOO_LARGE, path, MAX_SPEC_BYTES // (1024 * 1024))])
    try:
        raw = parse_json(data)
    except SpecError as error:
        raise SpecError([AppError(NOT_READABLE_JSON, path, detail) for detail in error.details]) from None
    return envelope_from_spec(raw, provider, path.parent, load_document)


def parse_json(data: bytes | str) -> object:
    """JSON text to Python values, refusing a key repeated in one object. Too deep nesting and oversized
    numbers become a SpecError, never a RecursionError or ValueError. NaN and Infinity are read as floats and
    refused by the model, so the message names where they are."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return json.loads(text, object_pairs_hook=_unique_keys)
    except UnicodeDecodeError:
        raise SpecError([AppError(NOT_UTF8)]) from None
    except json.JSONDecodeError as error:
        raise SpecError([AppError(JSON_SYNTAX, error.msg, error.lineno, error.colno)]) from None
    except RecursionError:
        raise SpecError([AppError(NESTED_TOO_DEEPLY)]) from None
    except ValueError as error:  # our hooks, and int() refusing more than 4,300 digits
        raise SpecError(
            [error.problem if isinstance(error, _JsonShapeError) else AppError(NUMBER_TOO_LONG)]
        ) from None


class _JsonShapeError(ValueError):
    def __init__(self, problem: AppError) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _JsonShapeError(AppError(KEY_TWICE, _shown(key)))
        result[key] = value
    return result


def envelope_from_spec(
    spec: object, provider: ProviderKind, base_dir: Path, load_document: DocumentLoader
) -> Envelope:
    """Validate the parsed JSON strictly, then check what needs the files (paths, page counts, party ids)."""
    if not isinstance(spec, Mapping):
        raise SpecError([AppError(NOT_AN_OBJECT, subject="$")])
    try:
        model = EnvelopeSpec.model_validate(dict(spec))
    except ValidationError as error:
        raise SpecError(_problems_of(error)) from None
    except RecursionError:
        raise SpecError([AppError(NESTED_TOO_DEEPLY, subject="$")]) from None
    problems: list[AppError] = []
    documents = _documents(model.documents, base_dir, load_document, problems)
    parties = _parties(model.parties, problems)
    fields = _fields(model.fields, documents, len(model.documents), {p.id for p in parties}, problems)
    if problems:
        raise SpecError(problems)
    return Envelope(
        local_id=new_id(),
        provider=provider,
        name=model.name,
        documents=tuple(documents),
        parties=tuple(parties),
        fields=tuple(fields),
        metadata=dict(model.metadata),
        message=model.message,
        expire_after_days=model.expire_after_days,
    )


def json_path(location: Sequence[int | str]) -> str:
    """("parties", 0, "id") -> "parties[0].id"; odd keys are quoted ASCII-safe."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.isidentifier() and part.isascii():
            path += f".{part}" if path else part
        else:
            path += f"[{json.dumps(part)}]"
    return path or "$"


_BOUND_WORDS = {
    "greater_than_equal": ("ge", AT_LEAST),
    "greater_than": ("gt", MORE_THAN),
    "less_than_equal": ("le", AT_MOST),
    "less_than": ("lt", LESS_THAN),
    "too_short": ("min_length", AT_LEAST_ITEMS),
    "too_long": ("max_length", AT_MOST_ITEMS),
}


def _problems_of(error: ValidationError) -> list[AppError]:
    problems = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        location = item["loc"]
        context = item.get("ctx") or {}
        where = json_path(location)
        if kind == "literal_error":
            word = location[-1] if location else ""
            words = str(context.get("expected", "")).replace(" or ", ", ").replace("'", "")
            problem = AppError(ONE_OF, word, words, subject=where)
        elif kind == "value_error":
            said = str(context.get("error", item["msg"]))
            problem = AppError(AS_SAID, Phrase(said) if said in PHRASES else said, subject=where)
        elif kind in _BOUND_WORDS:
            key, template = _BOUND_WORDS[kind]
            problem = AppError(template, context.get(key, "?"), subject=where)
        elif kind in _TYPE_WORDS:
            problem = AppError(AS_SAID, Phrase(_TYPE_WORDS[kind]), subject=where)
        else:
            problem = AppError(AS_SAID, item["msg"], subject=where)
        if kind in {
            "string_type",
            "bool_type",
            "int_type",
            "float_type",
            "list_type",
            "dict_type",
            "model_type",
        }:
            found = Phrase(_found(item.get("input")))
            problem = AppError(FOUND_INSTEAD, Phrase(_TYPE_WORDS[kind]), found, subject=where)
        problems.append(problem)
    return problems


def _found(value: object) -> str:
    """What the JSON held, named as JSON names it (the value itself is not repeated)."""
    return _FOUND.get(type(value)) or (A_NUMBER if isinstance(value, int | float) else ANOTHER_TYPE)


def _documents(
    specs: Sequence[DocumentSpec], base_dir: Path, load_document: DocumentLoader, problems: list[AppError]
) -> list[Document]:
    documents = []
    for index, item in enumerate(specs):
        where = f"documents[{index}].path"
        try:
            path = (base_dir / item.path).expanduser()
            exists = path.is_file()
        except (OSError, RuntimeError, ValueError):  # too long, ~user unknown, NUL...
            problems.append(AppError(PATH_CANNOT_BE_OPENED, _shown(item.path), subject=where))
            continue
        if not exists:
            problems.append(AppError(PATH_DOES_NOT_EXIST, _printable(str(path)), subject=where))
            continue
        try:
            documents.append(load_document(path))
        except PdfError as error:
            problems.append(AppError(AS_SAID, error, subject=where))
        except OSError as error:
            problems.append(
                AppError(PATH_CANNOT_BE_READ, _printable(str(path)), error.strerror, subject=where)
            )
    return documents


def _parties(specs: Sequence[PartySpec], problems: list[AppError]) -> list[Party]:
    parties: list[Party] = []
    seen: set[str] = set()
    for index, item in enumerate(specs):
        if item.id in seen:
            problems.append(AppError(ID_USED_TWICE, _shown(item.id), subject=f"parties[{index}].id"))
            continue
        seen.add(item.id)
        parties.append(
            Party(
                id=item.id,
                role=PartyRole(item.role),
                affiliation=Affiliation(item.affiliation),
                order=item.order,
                may_delegate=item.may_delegate,
                any_one_of_group=item.any_one_of_group,
                **{key: getattr(item, key) for key in _PARTY_TEXT},
            )
        )
    return parties


_PARTY_TEXT = (
    "name",
    "email",
    "phone",
    "organisation",
    "sign_type",
    "access_code",
    "attendant_email",
    "language",
)


def _fields(
    specs: Sequence[FieldSpec],
    documents: list[Document],
    document_count: int,
    party_ids: set[str],
    problems: list[AppError],
) -> list[Field]:
    fields = []
    loaded = len(documents) == document_count  # page counts are known only when every document loaded
    for index, item in enumerate(specs):
        where = f"fields[{index}]"
        if item.document >= document_count:
            problems.append(AppError(NO_SUCH_DOCUMENT, item.document, subject=f"{where}.document"))
            continue
        if loaded and item.page > documents[item.document].page_count:
            count = documents[item.document].page_count
            problems.append(AppError(PAGE_OUT_OF_RANGE, item.page, count, subject=f"{where}.page"))
            continue
        if item.party and item.party not in party_ids:
            problems.append(AppError(UNKNOWN_PARTY, _shown(item.party), subject=f"{where}.party"))
            continue
        rect = _rect(item.rect)
        if rect is None:
            problems.append(AppError(BAD_RECT, subject=f"{where}.rect"))
            continue
        fields.append(
            Field(
                id=new_id(),
                kind=FieldKind(item.kind),
                document=item.document,
                page=item.page,
                rect=rect,
                party_id=item.party,
                required=item.required,
                label=item.label,
                placeholder=item.placeholder,
                font_size=float(item.font_size),
                checkbox_default=item.checkbox_default,
                value=item.value,
            )
        )
    return fields


def _rect(raw: Sequence[float]) -> PageRect | None:
    if len(raw) != 4 or not all(math.isfinite(v) for v in raw):
        return None
    x1, y1, x2, y2 = (float(v) / 100 for v in raw)
    if min(x1, x2, y1, y2) < 0 or max(x1, x2, y1, y2) > 1:
        return None
    if x1 == x2 or y1 == y2:
        return None
    try:
        return PageRect.from_corners(x1, y1, x2, y2)
    except ValueError:  # too small to be a field
        return None


def _printable(text: str) -> str:
    """A path for a message: as is when printable, else ASCII-escaped (no terminal control characters)."""
    return text if text.isprintable() else json.dumps(text)[1:-1]


def _shown(text: str) -> str:
    """User text quoted for a message: control and odd characters escaped, long text shortened."""
    shown = text if len(text) <= 80 else text[:77] + "..."
    if shown.isprintable():
        return f"“{shown}”"
    return json.dumps(shown)


def write_spec_file(envelope: Envelope, path: Path) -> None:
    """Save `envelope` as an envelope file at `path` (document paths relative to its folder), atomically:
    a failed write leaves any earlier file whole. Raises OSError."""
    text = json.dumps(spec_from_envelope(envelope, path.parent), indent=2, ensure_ascii=False) + "\n"
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def spec_from_envelope(envelope: Envelope, base_dir: Path) -> dict[str, Any]:
    """The inverse of `envelope_from_spec`, for "Save as JSON" in the composer."""

    def document_path(document: Document) -> str:
        path = Path(document.path)
        try:
            return str(path.relative_to(base_dir))
        except ValueError:
            return str(path)

    return {
        "version": SPEC_VERSION,
        "name": envelope.name,
        "message": envelope.message,
        "expire_after_days": envelope.expire_after_days,
        "metadata": dict(envelope.metadata),
        "documents": [{"path": document_path(d)} for d in envelope.documents],
        "parties": [
            {
                "id": p.id,
                "role": p.role.value,
                "affiliation": p.affiliation.value,
                "order": p.order,
                "may_delegate": p.may_delegate,
                "any_one_of_group": p.any_one_of_group,
                **{key: getattr(p, key) for key in _PARTY_TEXT},
            }
            for p in envelope.parties
        ],
        "fields": [
            {
                "document": f.document,
                "page": f.page,
                "kind": f.kind.value,
                "party": f.party_id,
                "rect": [round(v * 100, 4) for v in (f.rect.x0, f.rect.y0, f.rect.x1, f.rect.y1)],
                "required": f.required,
                "label": f.label,
                "placeholder": f.placeholder,
                "font_size": f.font_size,
                "checkbox_default": f.checkbox_default,
                "value": f.value,
            }
            for f in envelope.fields
        ],
    }
