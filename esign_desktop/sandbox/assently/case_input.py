"""Validate and normalise the case JSON a client sends (createCase, updateCase, createCaseFromTemplate)."""

from __future__ import annotations

import base64
import binascii
import re
import secrets
import uuid
from dataclasses import dataclass, field
from typing import Any

from esign_desktop.sandbox.errors import AssentlyError
from esign_desktop.sandbox.pdf_inspection import UnreadablePdfError, open_pdf
from esign_desktop.sandbox.store import sha512_hex

SIGNATURE_TYPES = {
    "sms": "Sms",
    "electronicid": "ElectronicId",
    "touch": "Touch",
    "quickintent": "QuickIntent",
    "signbyhand": "SignByHand",
}

# Case properties a client may set; everything else in the body is ignored, as a lenient API would.
SETTABLE_SCALARS = {
    "Name": str,
    "NameAlias": str,
    "Description": str,
    "Visibility": str,
    "CancelUrl": str,
    "ContinueUrl": str,
    "ContinueName": str,
    "ContinueAuto": bool,
    "SendSignRequestEmailToParties": bool,
    "SendFinishEmailToCreator": bool,
    "SendFinishEmailToParties": bool,
    "SendRecallEmailToParties": bool,
    "RequestMessage": str,
    "RequestMessageSms": str,
    "FinishedMessage": str,
    "FinishedMessageSms": str,
    "Culture": str,
    "SignInSequence": bool,
    "IdentityCheck": bool,
    "IsEditable": bool,
    "MergeOnSend": bool,
    "UseGroupNames": bool,
    "ExpireAfterDays": int,
    "RemindAfterDays": int,
    "ApprovalRequired": bool,
    "Procedure": str,
    "AgentUsername": str,
    "CaseReferenceId": str,
}

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def bad_request(message: str, hint: str = "", code: str = "EX400") -> AssentlyError:
    return AssentlyError(400, code, message, hint)


@dataclass(slots=True)
class DocumentInput:
    id: str
    filename: str
    content_type: str
    form_fields: dict[str, Any]
    data: bytes | None  # None: an existing document kept as it is
    hash: str | None
    size: int | None


@dataclass(slots=True)
class CaseInput:
    id: str
    scalars: dict[str, Any] = field(default_factory=dict)
    parties: list[dict[str, Any]] | None = None
    approvers: list[dict[str, Any]] | None = None
    documents: list[DocumentInput] | None = None
    allowed_signature_types: list[str] | None = None
    metadata: dict[str, Any] | None = None
    notification_methods: list[str] | None = None
    event_callback: dict[str, Any] | None = None


def require_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    return body


def get_ci(body: dict[str, Any], name: str) -> Any:
    """Assently binds JSON properties case-insensitively (ASP.NET); so does the sandbox."""
    if name in body:
        return body[name]
    lowered = name.lower()
    for key, value in body.items():
        if key.lower() == lowered:
            return value
    return None


def has_ci(body: dict[str, Any], name: str) -> bool:
    lowered = name.lower()
    return any(key.lower() == lowered for key in body)


# A case Id that is not a GUID: the 2017 recording shows the real service holding case "my-case-id" [REC].
_PLAIN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


def parse_case_id(value: Any) -> str:
    """A GUID (normalised), or, as the recorded service accepted, a short plain identifier."""
    if not isinstance(value, str) or not value:
        raise bad_request("Id is required: a GUID chosen by the client.", "Send Id as a GUID string.")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        pass
    if not _PLAIN_ID.match(value):
        raise bad_request(f"Id {value!r} is not a GUID.", "Generate the case Id with uuid4().")
    return value


def parse_case(body: dict[str, Any]) -> CaseInput:
    case = CaseInput(id=parse_case_id(get_ci(body, "Id")))
    for name, expected in SETTABLE_SCALARS.items():
        if not has_ci(body, name):
            continue
        value = get_ci(body, name)
        if value is None:
            case.scalars[name] = None
            continue
        if expected is int and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise bad_request(f"{name} must be a whole number of days, 0 or more.")
        if expected is not int and not isinstance(value, expected):
            raise bad_request(f"{name} must be a {expected.__name__}.")
        case.scalars[name] = value
    if has_ci(body, "Parties"):
        case.parties = _parse_parties(get_ci(body, "Parties"), "Parties")
    if has_ci(body, "Approvers"):
        case.approvers = _parse_parties(get_ci(body, "Approvers"), "Approvers")
    if has_ci(body, "Documents"):
        case.documents = _parse_documents(get_ci(body, "Documents"))
    if has_ci(body, "AllowedSignatureTypes"):
        case.allowed_signature_types = parse_signature_types(get_ci(body, "AllowedSignatureTypes"))
    for key in ("Metadata", "MetaData"):
        if key in body:
            case.metadata = parse_metadata(body[key])
    if has_ci(body, "NotificationMethods"):
        methods = get_ci(body, "NotificationMethods")
        if not isinstance(methods, list) or not all(isinstance(item, str) for item in methods):
            raise bad_request('NotificationMethods must be a list of strings such as "Email".')
        case.notification_methods = methods
    if has_ci(body, "EventCallback"):
        case.event_callback = _parse_event_callback(get_ci(body, "EventCallback"))
    return case


def parse_signature_types(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise bad_request("AllowedSignatureTypes must be a list.")
    result: list[str] = []
    for item in value:
        key = item.lower() if isinstance(item, str) else None
        if key not in SIGNATURE_TYPES:
            raise bad_request(
                f"Unknown signature type {item!r}.", "Known types: " + ", ".join(SIGNATURE_TYPES.values())
            )
        result.append(SIGNATURE_TYPES[key])
    return result


def parse_metadata(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise bad_request("Metadata must be an object of names to simple values.")
    for key, item in value.items():
        if isinstance(item, dict | list):
            raise bad_request(f"Metadata value {key!r} is a complex object.", "Metadata values must be flat.")
    return dict(value)


def _parse_parties(value: Any, label: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad_request(f"{label} must be a list.")
    parties: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise bad_request(f"{label}[{index}] must be an object.")
        name = get_ci(item, "Name")
        if not isinstance(name, str) or not name.strip():
            raise bad_request(f"{label}[{index}].Name is required.")
        email = get_ci(item, "EmailAddress") or ""
        phone = get_ci(item, "MobilePhone") or ""
        if not isinstance(email, str) or not isinstance(phone, str):
            raise bad_request(f"{label}[{index}]: EmailAddress and MobilePhone must be strings.")
        party_id = get_ci(item, "Id")
        if party_id is not None and (not isinstance(party_id, str) or not party_id):
            raise bad_request(f"{label}[{index}].Id must be a non-empty string.")
        party_id = party_id or new_short_id(seen)
        if party_id in seen:
            raise bad_request(f"{label}: Id {party_id!r} is used twice.")
        seen.add(party_id)
        party: dict[str, Any] = {
            "Id": party_id,
            "Name": name,
            "EmailAddress": email,
            "MobilePhone": phone,
            "GroupName": get_ci(item, "GroupName"),
            "SocialSecurityNumber": get_ci(item, "SocialSecurityNumber"),
            "Culture": get_ci(item, "Culture") or "",
            "AnyoneCanSign": bool(get_ci(item, "AnyoneCanSign") or False),
        }
        parties.append(party)
    return parties


def _parse_documents(value: Any) -> list[DocumentInput]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad_request("Documents must be a list.")
    documents: list[DocumentInput] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise bad_request(f"Documents[{index}] must be an object.")
        document_id = get_ci(item, "Id") or new_short_id(seen)
        if not isinstance(document_id, str) or document_id in seen:
            raise bad_request(f"Documents[{index}].Id must be a unique string.")
        seen.add(document_id)
        filename = get_ci(item, "Filename")
        if not isinstance(filename, str) or not filename:
            raise bad_request(f"Documents[{index}].Filename is required.")
        raw = get_ci(item, "Data")
        data = _decode_pdf(raw, index) if raw is not None else None
        declared_hash = get_ci(item, "Hash")
        size = get_ci(item, "Size")
        if declared_hash is not None and not isinstance(declared_hash, str):
            raise bad_request(f"Documents[{index}].Hash must be a string.")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int)):
            raise bad_request(f"Documents[{index}].Size must be an integer.")
        if data is not None:
            digest = sha512_hex(data)
            if declared_hash is not None and declared_hash != digest:
                raise bad_request(
                    f"Documents[{index}].Hash does not match Data.",
                    "Hash must be the lowercase hex SHA-512 of the decoded file bytes.",
                )
            if size is not None and size != len(data):
                raise bad_request(f"Documents[{index}].Size is {size} but Data has {len(data)} bytes.")
        content_type = get_ci(item, "ContentType") or "application/pdf"
        documents.append(
            DocumentInput(
                id=document_id,
                filename=filename,
                content_type=str(content_type),
                form_fields=_parse_form_fields(get_ci(item, "FormFields"), index),
                data=data,
                hash=declared_hash,
                size=size,
            )
        )
    return documents


def _decode_pdf(raw: Any, index: int) -> bytes:
    if not isinstance(raw, str):
        raise bad_request(f"Documents[{index}].Data must be a base64 string.")
    try:
        data = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise bad_request(f"Documents[{index}].Data is not valid base64.") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise bad_request(f"Documents[{index}] is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB.")
    try:
        open_pdf(data)
    except UnreadablePdfError as error:
        raise bad_request(f"Documents[{index}]: {error}.", "Upload an unencrypted PDF.") from None
    return data


def _parse_form_fields(value: Any, index: int) -> dict[str, Any]:
    """[{Name, Value}] on create (as clients send them) or a Name -> Value map (as getCase returns them)."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return dict(value)
    if not isinstance(value, list):
        raise bad_request(f"Documents[{index}].FormFields must be a list of {{Name, Value}}.")
    fields: dict[str, Any] = {}
    for item in value:
        name = get_ci(item, "Name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name:
            raise bad_request(f"Documents[{index}].FormFields items need a Name.")
        fields[name] = get_ci(item, "Value")
    return fields


def _parse_event_callback(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request("EventCallback must be an object {Events, Url}.")
    events = get_ci(value, "Events") or []
    url = get_ci(value, "Url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise bad_request("EventCallback.Url must be an http(s) URL.")
    if not isinstance(events, list) or not all(isinstance(item, str) for item in events):
        raise bad_request("EventCallback.Events must be a list of event names.")
    return {"Events": [item.lower() for item in events], "Url": url}


def new_short_id(taken: set[str]) -> str:
    """Party and document ids look like Assently's: four lowercase hex digits."""
    while True:
        candidate = secrets.token_hex(2)
        if candidate not in taken:
            return candidate
