"""GMO Sign <-> the unified model: the signature-request and template bodies, webhook payloads. No I/O.

Field names are sent exactly as the service spells them, typos included (`is_compliation_mail`,
`work_flow_comment` on the template request). Every coordinate goes through `placement()`, the one call into
the geometry module's GMO Sign convention.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from esign_desktop.domain.capabilities import GMOSIGN
from esign_desktop.domain.geometry import GMOSIGN_UNITS, GridConvention, GridPlacement
from esign_desktop.domain.model import Affiliation, Envelope, Field, FieldKind, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers import error_templates as templates
from esign_desktop.providers.errors import InvalidRequest, MalformedResponse
from esign_desktop.providers.json_shape import expect_object, optional_list, optional_str

YES, NO = 1, 2
REQUEST_SIGN, REQUEST_CHECK_ONLY = "1", "2"
COMPLETED_EVENT = "Completed"  # the only envelopeEvents value known [SW-G]

FONT_SIZES: tuple[str, ...] = tuple(f"{size:g}" for size in GMOSIGN.font_sizes)  # as the enum spells them
# Template signer_list knows only 0 = digital, 1 = e-signature [SW-G].
_TEMPLATE_SIGN_TYPES = frozenset({0, 1})
# partner_signer_list sign type 3, "Signature in person": attendant_email is then required [SW-G].
IN_PERSON = 3

LABEL = ProviderKind.GMOSIGN.label


Placer = Callable[[Field], GridPlacement]


def placement(placed: Field, coordinates: GridConvention = GMOSIGN_UNITS, rotation: int = 0) -> GridPlacement:
    """The one conversion from our page fractions to GMO Sign's 0..100 grid (docs/geometry.md), in the
    account's convention (default: our reading; calibration may have stored another)."""
    return coordinates.to_units(placed.rect, placed.page, rotation)


def placer(envelope: Envelope, coordinates: GridConvention = GMOSIGN_UNITS) -> Placer:
    """`placement` for the fields of `envelope`, each with its page's rotation."""

    def place(placed: Field) -> GridPlacement:
        pages = envelope.documents[placed.document].pages if placed.document < len(envelope.documents) else ()
        rotation = pages[placed.page - 1].rotation if 0 < placed.page <= len(pages) else 0
        return placement(placed, coordinates, rotation)

    return place


def font_size(points: float) -> str:
    """The nearest size GMO Sign accepts, as the string it expects."""
    return min(FONT_SIZES, key=lambda size: abs(float(size) - points))


def signer_no(party: Party) -> str:
    """GMO Sign links a signer's document list to the signer by e-mail, else phone number [SW-G]."""
    key = party.email or party.phone
    if not key:
        raise InvalidRequest(templates.NEEDS_CONTACT, LABEL, party.display_name)
    return key


def _sign_type(party: Party) -> int:
    code = party.sign_type or GMOSIGN.default_sign_type(party.affiliation)
    try:
        return int(code)
    except ValueError:
        raise InvalidRequest(templates.NOT_A_SIGN_TYPE, code, LABEL, party.display_name) from None


def _flag(value: bool) -> int:
    return YES if value else NO


def _box(prefix: str, placed: Field, place: Placer = placement) -> dict[str, object]:
    grid = place(placed)
    return {
        f"{prefix}_start_x": grid.start_x,
        f"{prefix}_start_y": grid.start_y,
        f"{prefix}_end_x": grid.end_x,
        f"{prefix}_end_y": grid.end_y,
        "page_no": grid.page_no,
    }


def _checkbox_type(placed: Field) -> str:
    """ "1" unticked optional, "2" unticked required, "3" ticked optional [SW-G]."""
    if placed.checkbox_default:
        return "3"
    return "2" if placed.required else "1"


def _tag(placed: Field) -> str:
    return placed.label or f"{placed.kind.value}_{placed.id[:8]}"


def signer_points(fields: Sequence[Field], place: Placer = placement) -> dict[str, list[dict[str, object]]]:
    """A signer's fields on one document, in the four point lists."""
    points: dict[str, list[dict[str, object]]] = {
        "signing_points": [],
        "free_text_point": [],
        "date_text_point": [],
        "check_box_point": [],
    }
    for placed in fields:
        if placed.kind is FieldKind.SIGNATURE:
            points["signing_points"].append(_box("signing_point", placed, place))
        elif placed.kind is FieldKind.TEXT:
            points["free_text_point"].append(
                {
                    "tag": _tag(placed),
                    "is_required": "1" if placed.required else "2",
                    **_box("free_text_point", placed, place),
                    "font_size": font_size(placed.font_size),
                    "placeholder_text": placed.placeholder,
                }
            )
        elif placed.kind is FieldKind.DATE:
            points["date_text_point"].append(
                {
                    "tag": _tag(placed),
                    "is_required": "1" if placed.required else "2",
                    **_box("date_text_point", placed, place),
                    "font_size": font_size(placed.font_size),
                    "placeholder_text": placed.placeholder,
                }
            )
        else:
            points["check_box_point"].append(
                {
                    "tag": _tag(placed),
                    "check_box_type": _checkbox_type(placed),
                    **_box("check_box_point", placed, place),
                }
            )
    return {key: value for key, value in points.items() if value}


def sender_date_text(value: str, today: date) -> str:
    """A sender-filled date as "YYYYmmdd"; empty means today."""
    digits = re.sub(r"\D", "", value)
    if not value:
        return today.strftime("%Y%m%d")
    if len(digits) != 8:
        raise InvalidRequest(templates.NOT_A_PRINTABLE_DATE, value, LABEL)
    return digits


def sender_points(
    fields: Sequence[Field], today: date, place: Placer = placement
) -> dict[str, list[dict[str, object]]]:
    """Fields the sender fills before sending, stamped on the document itself (document_list)."""
    points: dict[str, list[dict[str, object]]] = {
        "fill_text_point": [],
        "date_text_point": [],
        "check_box_point": [],
    }
    for placed in fields:
        if placed.kind is FieldKind.TEXT:
            points["fill_text_point"].append(
                {
                    **_box("fill_text_point", placed, place),
                    "font_size": font_size(placed.font_size),
                    "fill_text": placed.value,
                }
            )
        elif placed.kind is FieldKind.DATE:
            points["date_text_point"].append(
                {
                    **_box("date_text_point", placed, place),
                    "font_size": font_size(placed.font_size),
                    "date_text": sender_date_text(placed.value, today),
                }
            )
        elif placed.kind is FieldKind.CHECKBOX:
            points["check_box_point"].append(
                {"check_box_type": _checkbox_type(placed), **_box("check_box_point", placed, place)}
            )
        else:
            raise InvalidRequest(templates.SIGNATURE_WITHOUT_SIGNER)
    return {key: value for key, value in points.items() if value}


def in_house_signer(party: Party) -> dict[str, object]:
    body: dict[str, object] = {
        "order_no": str(party.order),
        "is_or_sign": YES if party.any_one_of_group else NO,
        "sign_type": _sign_type(party),
        "email": signer_no(party),
        "is_signer_change": _flag(party.may_delegate),
        "is_send_mail": YES,
    }
    _add_optional(body, access_code=party.access_code, language=party.language)
    return body


def partner_signer(party: Party) -> dict[str, object]:
    body: dict[str, object] = {
        "order_no": str(party.order),
        "is_or_sign": YES if party.any_one_of_group else NO,
        "sign_type": _sign_type(party),
        "name": party.name,
        "is_signer_change": _flag(party.may_delegate),
        "is_send_mail": YES,
    }
    signer_no(party)
    if body["sign_type"] == IN_PERSON and not party.attendant_email.strip():
        raise InvalidRequest(templates.IN_PERSON_NEEDS_ATTENDANT, party.display_name, LABEL)
    _add_optional(
        body,
        organize_name=party.organisation,
        email=party.email,
        phone_number="" if party.email else party.phone,
        attendant_email=party.attendant_email.strip() if body["sign_type"] == IN_PERSON else "",
        access_code=party.access_code,
        language=party.language,
    )
    return body


def approver(party: Party, order_as_text: bool = False) -> dict[str, object]:
    """`order_no` is an integer in the signature request and a string in the template request [SW-G]."""
    body: dict[str, object] = {
        "order_no": str(party.order) if order_as_text else party.order,
        "name": party.name,
    }
    _add_optional(body, post_name=party.organisation, email=party.email)
    return body


def recipient(party: Party, with_phone: bool = True) -> dict[str, object]:
    body: dict[str, object] = {"name": party.name}
    _add_optional(
        body,
        organize_name=party.organisation,
        email=party.email,
        phone_number=party.phone if with_phone and not party.email else "",
        language=party.language,
    )
    return body


def signature_request(
    envelope: Envelope,
    document_codes: Sequence[str],
    today: date,
    coordinates: GridConvention = GMOSIGN_UNITS,
) -> dict[str, object]:
    """The RequestEnvelopeSignature body; `document_codes[i]` is the registered code of document i.
    Fields are placed in the account's coordinate convention `coordinates`."""
    place = placer(envelope, coordinates)
    if len(document_codes) != len(envelope.documents):
        raise ValueError("one registered document code per document is needed")
    signers = sorted(envelope.signers, key=lambda p: p.order)
    if not signers:
        raise InvalidRequest(templates.NEEDS_A_SIGNER, LABEL)
    for placed in envelope.fields:
        owner = envelope.party(placed.party_id) if placed.party_id else None
        if placed.party_id and (owner is None or owner.role is not PartyRole.SIGNER):
            raise InvalidRequest(templates.FIELD_OF_NON_SIGNER)
    document_list = []
    for index, (document, code) in enumerate(zip(envelope.documents, document_codes, strict=True)):
        own_fields = [f for f in envelope.fields if f.document == index and not f.party_id]
        document_list.append(
            {
                "document_code": code,
                "document_name": document.file_name,
                **sender_points(own_fields, today, place),
            }
        )
    body: dict[str, object] = {
        "envelope_name": envelope.name,
        "is_detailed_response": 1,
        "is_web_hook": YES,
        "document_list": document_list,
    }
    in_house = [p for p in signers if p.affiliation is Affiliation.IN_HOUSE]
    partners = [p for p in signers if p.affiliation is not Affiliation.IN_HOUSE]
    if in_house:
        body["our_signer_list"] = [in_house_signer(p) for p in in_house]
        body["in_house_signer_envelope_documents_list"] = _signer_documents(
            envelope, in_house, document_codes, place
        )
    if partners:
        body["partner_signer_list"] = [partner_signer(p) for p in partners]
        body["partner_signer_document_list"] = _signer_documents(envelope, partners, document_codes, place)
    approvers = sorted((p for p in envelope.parties if p.role is PartyRole.APPROVER), key=lambda p: p.order)
    if approvers:
        body["approver_list"] = [approver(p) for p in approvers]
    recipients = [p for p in envelope.parties if p.role is PartyRole.RECIPIENT]
    if recipients:
        body["not_signer_list"] = [recipient(p) for p in recipients]
    if envelope.message:
        body["workflow_comment"] = envelope.message
    return body


def _signer_documents(
    envelope: Envelope, signers: Sequence[Party], document_codes: Sequence[str], place: Placer = placement
) -> list[dict[str, object]]:
    """Every signer sees every document: "sign" where they have fields, "check" elsewhere."""
    items: list[dict[str, object]] = []
    for party in signers:
        for index, code in enumerate(document_codes):
            fields = [f for f in envelope.fields_of(party.id) if f.document == index]
            items.append(
                {
                    "signer_no": signer_no(party),
                    "document_code": code,
                    "request_type": REQUEST_SIGN if fields else REQUEST_CHECK_ONLY,
                    **signer_points(fields, place),
                }
            )
    return items


def template_request(
    name: str, parties: Sequence[Party], merge_values: Mapping[str, str], message: str
) -> dict[str, object]:
    """The SendEnvelope (template transaction) body."""
    signers = sorted((p for p in parties if p.role is PartyRole.SIGNER), key=lambda p: p.order)
    if not signers:
        raise InvalidRequest(templates.NEEDS_A_SIGNER, LABEL)
    body: dict[str, object] = {
        "envelope_name": name,
        "is_web_hook": YES,
        "is_compliation_mail": NO,  # sic: the service's spelling
        "signer_list": [_template_signer(p) for p in signers],
    }
    approvers = sorted((p for p in parties if p.role is PartyRole.APPROVER), key=lambda p: p.order)
    if approvers:
        body["approver_list"] = [approver(p, order_as_text=True) for p in approvers]
    recipients = [p for p in parties if p.role is PartyRole.RECIPIENT]
    if recipients:
        body["not_signer_list"] = [recipient(p, with_phone=False) for p in recipients]
    if merge_values:
        body["inset_item_list"] = [{"name": key, "value": value} for key, value in merge_values.items()]
    if message:
        body["work_flow_comment"] = message  # sic
    return body


def _template_signer(party: Party) -> dict[str, object]:
    """A signer_list item. What the template request cannot express is refused, never changed: it has no
    phone number field and knows only sign types 0 and 1 [SW-G]."""
    if not party.email:
        raise InvalidRequest(templates.TEMPLATE_NEEDS_EMAIL, party.display_name, LABEL)
    sign_type = _sign_type(party) if party.affiliation is Affiliation.EXTERNAL else 1
    if sign_type not in _TEMPLATE_SIGN_TYPES:
        raise InvalidRequest(templates.TEMPLATE_SIGN_TYPE, LABEL, party.display_name)
    body: dict[str, object] = {
        "signer_type": 1 if party.affiliation is Affiliation.IN_HOUSE else 2,
        "sign_type": sign_type,
        "order_no": str(party.order),
        "name": party.name,
        "is_signer_change": _flag(party.may_delegate),
        "is_send_mail": YES,
    }
    _add_optional(
        body,
        organize_name=party.organisation,
        email=party.email,
        access_code=party.access_code,
        language=party.language,
    )
    return body


def _add_optional(body: dict[str, object], **values: str) -> None:
    body.update({key: value for key, value in values.items() if value})


def hook_event(payload: object) -> tuple[str, str, tuple[str, ...]]:
    """(envelope_xid, envelope_name, document ids) from the Connect callback body [SW-G]."""
    data = expect_object(payload, "the event")
    remote_id = optional_str(data, "envelope_xid")
    if not remote_id:
        raise MalformedResponse(templates.EVENT_WITHOUT_ENVELOPE, LABEL)
    document_ids = tuple(
        optional_str(expect_object(item, "a document"), "documentId")
        for item in optional_list(data, "document_list")
    )
    return remote_id, optional_str(data, "envelope_name"), tuple(d for d in document_ids if d)


HOOK_STATUS: Mapping[str, EnvelopeStatus] = {COMPLETED_EVENT.lower(): EnvelopeStatus.COMPLETED}


def planned_document_code(envelope: Envelope, index: int) -> str:
    """Our document_code for document `index`: the same for every attempt at sending this envelope's
    content, different for any other envelope or content."""
    document = envelope.documents[index]
    key = f"{envelope.local_id}:{index}:{document.sha512}"
    return f"esd-{uuid.uuid5(_CODE_NAMESPACE, key).hex}"


_CODE_NAMESPACE = uuid.UUID("0b5c4a62-6f0e-4f43-9a43-5e1a8b2f7d10")
