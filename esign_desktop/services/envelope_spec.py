"""The JSON envelope format of docs/envelope-format.md: read by the CLI, saved and opened by the GUI.

`rect` is [x1, y1, x2, y2] in percent of the displayed page, origin top-left; pages are numbered from 1;
document paths are relative to the spec file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

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

DocumentLoader = Callable[[Path], Document]


class SpecError(ValueError):
    """The spec cannot become an envelope; `problems` names each reason."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


def preflight_document(path: Path) -> Document:
    """The default document loader: the PDF preflight, refusing what cannot be sent."""
    return domain_document(inspect_pdf(path), path)


def read_spec(
    path: Path, provider: ProviderKind, load_document: DocumentLoader = preflight_document
) -> Envelope:
    """Parse and check a spec file; documents are opened with `load_document` (the PDF preflight)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError([f"{path}: no such file"]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SpecError([f"{path} is not a readable JSON file: {error}"]) from None
    if not isinstance(raw, dict):
        raise SpecError([f"{path} must hold a JSON object"])
    return envelope_from_spec(raw, provider, path.parent, load_document)


def envelope_from_spec(
    spec: Mapping[str, Any], provider: ProviderKind, base_dir: Path, load_document: DocumentLoader
) -> Envelope:
    problems: list[str] = []
    name = spec.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append("“name” must be a non-empty string")
        name = ""
    documents = _documents(spec.get("documents"), base_dir, load_document, problems)
    parties = _parties(spec.get("parties"), problems)
    fields = _fields(spec.get("fields", []), documents, {p.id for p in parties}, problems)
    metadata = spec.get("metadata", {})
    if not isinstance(metadata, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()
    ):
        problems.append("“metadata” must map names to text values")
        metadata = {}
    message = spec.get("message", "")
    if not isinstance(message, str):
        problems.append("“message” must be text")
        message = ""
    expire = spec.get("expire_after_days", 30)
    if not isinstance(expire, int) or isinstance(expire, bool) or expire < 1:
        problems.append("“expire_after_days” must be a whole number of days, 1 or more")
        expire = 30
    if problems:
        raise SpecError(problems)
    return Envelope(
        local_id=new_id(),
        provider=provider,
        name=name,
        documents=tuple(documents),
        parties=tuple(parties),
        fields=tuple(fields),
        metadata=metadata,
        message=message,
        expire_after_days=expire,
    )


def _documents(
    raw: object, base_dir: Path, load_document: DocumentLoader, problems: list[str]
) -> list[Document]:
    if not isinstance(raw, list) or not raw:
        problems.append('“documents” must list at least one PDF: [{"path": "contract.pdf"}]')
        return []
    documents = []
    for index, item in enumerate(raw):
        path_text = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path_text, str) or not path_text:
            problems.append(f"documents[{index}] needs a “path”")
            continue
        path = (base_dir / path_text).expanduser()
        if not path.is_file():
            problems.append(f"documents[{index}]: {path} does not exist")
            continue
        try:
            documents.append(load_document(path))
        except PdfError as error:
            problems.append(f"documents[{index}]: {error.user_message}")
    return documents


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


def _parties(raw: object, problems: list[str]) -> list[Party]:
    if not isinstance(raw, list) or not raw:
        problems.append("“parties” must list at least one party")
        return []
    parties: list[Party] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"parties[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where} must be an object")
            continue
        party_id = item.get("id")
        if not isinstance(party_id, str) or not party_id:
            problems.append(f"{where} needs an “id” that fields can refer to")
            continue
        if party_id in seen:
            problems.append(f"{where}: the id “{party_id}” is used twice")
            continue
        seen.add(party_id)
        try:
            role = PartyRole(item.get("role", "signer"))
            affiliation = Affiliation(item.get("affiliation", "external"))
        except ValueError:
            problems.append(
                f"{where}: “role” is one of signer, approver, recipient and “affiliation” one of "
                "in_house, external"
            )
            continue
        texts = {key: item.get(key, "") for key in _PARTY_TEXT}
        if not all(isinstance(value, str) for value in texts.values()):
            problems.append(f"{where}: {', '.join(_PARTY_TEXT)} must be text")
            continue
        order = item.get("order", 1)
        if not isinstance(order, int) or isinstance(order, bool) or order < 1:
            problems.append(f"{where}: “order” must be a whole number, 1 or more")
            continue
        parties.append(
            Party(
                id=party_id,
                role=role,
                affiliation=affiliation,
                order=order,
                may_delegate=bool(item.get("may_delegate", False)),
                any_one_of_group=str(item.get("any_one_of_group", "")),
                **texts,
            )
        )
    return parties


def _fields(raw: object, documents: list[Document], party_ids: set[str], problems: list[str]) -> list[Field]:
    if not isinstance(raw, list):
        problems.append("“fields” must be a list")
        return []
    fields = []
    for index, item in enumerate(raw):
        where = f"fields[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where} must be an object")
            continue
        try:
            kind = FieldKind(str(item.get("kind")))
        except ValueError:
            problems.append(f"{where}: “kind” is one of {', '.join(k.value for k in FieldKind)}")
            continue
        document, page, party = item.get("document", 0), item.get("page"), item.get("party", "")
        if not isinstance(document, int) or not 0 <= document < max(len(documents), 1):
            problems.append(f"{where}: there is no document {document}")
            continue
        if documents and (not isinstance(page, int) or not 1 <= page <= documents[document].page_count):
            count = documents[document].page_count
            problems.append(f"{where}: page {page} is out of range (the document has {count} pages)")
            continue
        if party and party not in party_ids:
            problems.append(f"{where}: unknown party “{party}”")
            continue
        rect = _rect(item.get("rect"))
        if rect is None:
            problems.append(f"{where}: “rect” must be [x1, y1, x2, y2] in percent, inside 0..100, not empty")
            continue
        fields.append(
            Field(
                id=new_id(),
                kind=kind,
                document=document,
                page=page if isinstance(page, int) else 1,
                rect=rect,
                party_id=party or "",
                required=bool(item.get("required", True)),
                label=str(item.get("label", "")),
                placeholder=str(item.get("placeholder", "")),
                font_size=float(item.get("font_size", 10.5)),
                checkbox_default=bool(item.get("checkbox_default", False)),
                value=str(item.get("value", "")),
            )
        )
    return fields


def _rect(raw: object) -> PageRect | None:
    if not isinstance(raw, list) or len(raw) != 4:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in raw):
        return None
    x1, y1, x2, y2 = (float(v) / 100 for v in raw)
    if min(x1, x2, y1, y2) < 0 or max(x1, x2, y1, y2) > 1:
        return None
    if x1 == x2 or y1 == y2:
        return None
    return PageRect.from_corners(x1, y1, x2, y2)


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
