"""POST /customer/envelopes/signatures/request: validate RequestSignatureRequest and build the envelope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from esign_desktop.sandbox.envelope import DocumentRef, Envelope, Party, Phase, PlacedField, Provider, Role
from esign_desktop.sandbox.errors import GmoError
from esign_desktop.sandbox.gmosign.coordinates import CoordinateReading, page_rotation
from esign_desktop.sandbox.gmosign.validation import (
    LANGUAGES,
    YES_NO,
    check_font_size,
    int_at,
    invalid,
    list_at,
    order_at,
    point_at,
    str_enum_at,
    string_at,
)
from esign_desktop.sandbox.store import Transaction
from esign_desktop.sandbox.tokens import hex_id, signing_token

# list key in a *DocumentsList item -> (field name prefix, stamp kind)
SIGNER_POINTS = {
    "signing_points": ("signing_point", "signature"),
    "free_text_point": ("free_text_point", "text"),
    "date_text_point": ("date_text_point", "date"),
    "check_box_point": ("check_box_point", "checkbox"),
}
SENDER_POINTS = {
    "fill_text_point": ("fill_text_point", "text"),
    "date_text_point": ("date_text_point", "date"),
    "check_box_point": ("check_box_point", "checkbox"),
}
IN_PERSON = 3  # partner sign_type "Signature in person"
_FLAG_KEYS = (
    "is_signer_change",
    "is_attached_file",
    "is_drivers_license_format_check_use",
    "is_send_mail",
    "is_compilation_mail",
)


@dataclass(slots=True)
class RegisteredDocument:
    code: str
    name: str
    blob_key: str
    page_count: int
    control_number: str


def new_envelope_xid() -> str:
    return hex_id(32)


def new_control_number() -> str:
    return hex_id(24)


def build_signature_request(
    tx: Transaction,
    body: dict[str, Any],
    now: str,
    accept_reused_codes: bool = False,
    reading: CoordinateReading | None = None,
) -> Envelope:
    """`accept_reused_codes`: the deviation profile where a document code may serve more envelopes;
    `reading`: how coordinates are read (coordinates.py, deviation profiles); default: the contract."""
    reading = reading or CoordinateReading()
    envelope_name = string_at(body, "envelope_name", "", required=True)
    int_at(body, "is_detailed_response", "", required=True)
    is_web_hook = int_at(body, "is_web_hook", "", YES_NO) or 2
    int_at(body, "is_compilation_mail", "", YES_NO)
    for key in ("sender_name", "sender_post_name", "bounced_note_mail", "workflow_comment"):
        string_at(body, key, "")
    for index, folder in enumerate(list_at(body, "folder_list", "")):
        int_at(folder, "folder_id", f"folder_list[{index}].")

    documents = _documents(tx, list_at(body, "document_list", "", required=True), accept_reused_codes)
    our = list_at(body, "our_signer_list", "")
    partners = list_at(body, "partner_signer_list", "")
    if not our and not partners:
        raise invalid("our_signer_list or partner_signer_list must name at least one signer.")
    parties, links = _signers(our, partners)
    our_documents = list_at(body, "in_house_signer_envelope_documents_list", "", required=bool(our))
    partner_documents = list_at(body, "partner_signer_document_list", "")
    envelope = Envelope(
        provider=Provider.GMOSIGN,
        id=new_envelope_xid(),
        name=envelope_name,
        phase=Phase.DRAFT,
        created_on=now,
        temporary_id=0,
        payload={
            "is_web_hook": is_web_hook,
            "sender_name": body.get("sender_name") or "",
            "not_signer_list": _recipients(list_at(body, "not_signer_list", "")),
        },
    )
    by_code = {document.code: document for document in documents}
    fields: list[PlacedField] = []
    for list_name, items, kind in (
        ("in_house_signer_envelope_documents_list", our_documents, "our"),
        ("partner_signer_document_list", partner_documents, "partner"),
    ):
        for index, item in enumerate(items):
            path = f"{list_name}[{index}]."
            signer_no = string_at(item, "signer_no", path, required=True)
            party = links.get((kind, signer_no))
            if party is None:
                raise invalid(
                    f"{path}signer_no {signer_no!r} does not match the email or phone of a signer in the "
                    f"{'our_signer_list' if kind == 'our' else 'partner_signer_list'}."
                )
            document = _linked_document(item, path, by_code)
            if item.get("request_type") in (None, ""):
                raise invalid(f"{path}request_type is required.")
            str_enum_at(item, "request_type", path, {"1", "2", "3"})
            int_at(item, "is_document_attached_file", path, YES_NO)
            fields += _points(tx, item, path, document, SIGNER_POINTS, party.id, reading)
    for index, item in enumerate(list_at(body, "document_list", "")):
        fields += _points(
            tx, item, f"document_list[{index}].", by_code[item["document_code"]], SENDER_POINTS, None, reading
        )
    approvers = _approvers(list_at(body, "approver_list", ""))
    envelope.parties = parties + approvers
    envelope.fields = fields
    envelope.documents = [
        DocumentRef(doc.control_number, doc.name, _copy_blob(tx, envelope.id, doc)) for doc in documents
    ]
    for document in documents:
        upload = tx.get_upload(document.code) or {}
        tx.put_upload(document.code, {**upload, "used_by": envelope.id})
    return envelope


def _copy_blob(tx: Transaction, envelope_id: str, document: RegisteredDocument) -> str:
    key = f"gmosign/{envelope_id}/{document.control_number}/original"
    tx.put_blob(key, tx.get_blob(document.blob_key) or b"")
    return key


def _documents(
    tx: Transaction, items: list[dict[str, Any]], accept_reused_codes: bool
) -> list[RegisteredDocument]:
    if not items:
        raise invalid("document_list must name at least one registered document.")
    documents: list[RegisteredDocument] = []
    for index, item in enumerate(items):
        path = f"document_list[{index}]."
        code = string_at(item, "document_code", path, required=True)
        name = string_at(item, "document_name", path, required=True)
        upload = tx.get_upload(code)
        if upload is None:
            raise invalid(f"{path}document_code {code!r} is not registered; register the document first.")
        if upload.get("used_by") and not upload.get("reusable") and not accept_reused_codes:
            # reuse_flag 1 ("Reuse") exists, so a document registered without it serves one envelope.
            raise GmoError(
                409,
                "409",
                f"{path}document_code {code!r} is already used in an envelope; register the document again "
                "with reuse_flag 1 to send it once more.",
            )
        if any(document.code == code for document in documents):
            raise invalid(f"{path}document_code {code!r} is listed twice.")
        documents.append(
            RegisteredDocument(code, name, upload["blob_key"], upload["page_count"], new_control_number())
        )
    return documents


def _linked_document(
    item: dict[str, Any], path: str, by_code: dict[str, RegisteredDocument]
) -> RegisteredDocument:
    code = string_at(item, "document_code", path, required=True)
    if code not in by_code:
        raise invalid(f"{path}document_code {code!r} is not in document_list.")
    return by_code[code]


def _signers(
    our: list[dict[str, Any]], partners: list[dict[str, Any]]
) -> tuple[list[Party], dict[tuple[str, str], Party]]:
    parties: list[Party] = []
    links: dict[tuple[str, str], Party] = {}
    for index, item in enumerate(our):
        path = f"our_signer_list[{index}]."
        # "If you enter In house signer list, it is required": order_no, sign_type, email [SW-G].
        email = string_at(item, "email", path, required=True)
        int_at(item, "sign_type", path, (1, 2), required=True)
        order_at(item, "order_no", path, index + 1, text=True, required=True)
        string_at(item, "access_code", path)
        party = _signer(item, path, index, name=email, email=email, phone="")
        parties.append(party)
        links[("our", email)] = party
    for index, item in enumerate(partners):
        path = f"partner_signer_list[{index}]."
        email = string_at(item, "email", path)
        phone = string_at(item, "phone_number", path)
        if not email and not phone:
            raise invalid(f"{path}email or phone_number is required for a partner signer.")
        # "If you enter Partner signer list, it is required": sign_type, name [SW-G].
        sign_type = int_at(item, "sign_type", path, (0, 1, 3), required=True)
        name = string_at(item, "name", path, required=True)
        for key in ("organize_name", "phone_permit_date", "comment", "access_code", "description"):
            string_at(item, key, path)
        # "If you set Sign type 'Signature in person', it is required."
        string_at(item, "attendant_email", path, required=sign_type == IN_PERSON)
        _payment(item, path)
        party = _signer(item, path, index, name=name, email=email, phone=phone)
        parties.append(party)
        for key in (email, phone):
            if key:
                links[("partner", key)] = party
    return parties, links


def _payment(item: dict[str, Any], path: str) -> None:
    """The payment option's "required if" rules [SW-G]: amount for Each time (2) and Regularly (3), the
    subscription start for Regularly."""
    payment_type = int_at(item, "payment_type", path, (1, 2, 3))
    string_at(item, "amount", path, required=payment_type in {2, 3})
    regularly = payment_type == 3
    string_at(item, "subscription_start_year", path, required=regularly)
    months = {str(month) for month in range(1, 13)}
    for key, allowed in (("subscription_start_month", months), ("subscription_sale_date", {"1", "10", "20"})):
        if regularly and item.get(key) in (None, ""):
            raise invalid(f"{path}{key} is required when payment_type is 3 (Regularly).")
        str_enum_at(item, key, path, allowed)


def _signer(item: dict[str, Any], path: str, index: int, name: str, email: str, phone: str) -> Party:
    order = order_at(item, "order_no", path, index + 1, text=True)
    or_sign = int_at(item, "is_or_sign", path, YES_NO)
    for key in _FLAG_KEYS:
        int_at(item, key, path, YES_NO)
    str_enum_at(item, "language", path, LANGUAGES)
    return Party(
        id=new_signer_id(),
        name=name,
        email=email,
        phone=phone,
        token=signing_token(),
        role=Role.SIGNER,
        order=order,
        or_group=f"or:{order}" if or_sign == 1 else None,
    )


def new_signer_id() -> str:
    return hex_id(16)


def _approvers(items: list[dict[str, Any]]) -> list[Party]:
    approvers = []
    for index, item in enumerate(items):
        path = f"approver_list[{index}]."
        # "If you designate an approver, it is required": order_no (an integer here), name, email [SW-G].
        email = string_at(item, "email", path, required=True)
        string_at(item, "post_name", path)
        approvers.append(
            Party(
                id=new_signer_id(),
                name=string_at(item, "name", path, required=True),
                email=email,
                token=signing_token(),
                role=Role.APPROVER,
                order=order_at(item, "order_no", path, index + 1, text=False, required=True),
            )
        )
    return approvers


def _recipients(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recipients = []
    for index, item in enumerate(items):
        path = f"not_signer_list[{index}]."
        email = string_at(item, "email", path)
        phone = string_at(item, "phone_number", path)
        if not email and not phone:
            raise invalid(f"{path}email or phone_number is required for a recipient.")
        string_at(item, "name", path, required=True)  # "If you designate an recipient, it is required"
        for key in ("organize_name", "phone_permit_date", "comment"):
            string_at(item, key, path)
        str_enum_at(item, "language", path, LANGUAGES)
        recipients.append({"name": string_at(item, "name", path), "email": email, "phone_number": phone})
    return recipients


def _points(
    tx: Transaction,
    item: dict[str, Any],
    path: str,
    document: RegisteredDocument,
    kinds: dict[str, tuple[str, str]],
    party_id: str | None,
    reading: CoordinateReading,
) -> list[PlacedField]:
    fields: list[PlacedField] = []
    for list_key, (prefix, kind) in kinds.items():
        for index, point in enumerate(list_at(item, list_key, path)):
            point_path = f"{path}{list_key}[{index}]."
            page_no, start_x, start_y, end_x, end_y = point_at(point, prefix, point_path, document.page_count)
            left, top, right, bottom = reading.to_displayed(
                start_x, start_y, end_x, end_y, partial(_rotation, tx, document, page_no)
            )
            fields.append(
                PlacedField(
                    document_id=document.control_number,
                    page_no=page_no,
                    left=left,
                    top=top,
                    right=right,
                    bottom=bottom,
                    kind=kind,
                    party_id=party_id,
                    **_point_input(point, point_path, kind, sender=party_id is None),
                )
            )
    return fields


def _rotation(tx: Transaction, document: RegisteredDocument, page_no: int) -> int:
    return page_rotation(tx.get_blob(document.blob_key) or b"", page_no)


def _point_input(point: dict[str, Any], path: str, kind: str, sender: bool) -> dict[str, Any]:
    """What a field starts with and who fills it. A signer's field starts empty (its `tag` is an internal
    name, never shown or stamped); the signer fills it on the signing page. A sender's field is final."""
    check_font_size(point, path)
    string_at(point, "tag", path)
    if kind == "checkbox":
        box_type = str_enum_at(point, "check_box_type", path, {"1", "2", "3"})
        # "1" no initial check (optional), "2" no initial check (required), "3" initial check (optional)
        return {
            "checked": box_type == "3",
            "required": box_type == "2" and not sender,
            "editable": not sender,
        }
    required = str_enum_at(point, "is_required", path, {"1", "2"}) == "1"
    if kind == "signature":
        return {}
    if sender and kind == "text":
        return {"text": string_at(point, "fill_text", path)}
    if sender and kind == "date":
        return {"text": _date_text(string_at(point, "date_text", path), path)}
    return {"required": required, "editable": True, "placeholder": string_at(point, "placeholder_text", path)}


def _date_text(value: str, path: str) -> str:
    if not value:
        return ""
    try:
        return datetime.strptime(value, "%Y%m%d").strftime("%Y-%m-%d")
    except ValueError:
        raise invalid(f"{path}date_text must be a date written YYYYmmdd.") from None
