"""POST /customer/envelopes/templates/{templateId}/transaction: send an envelope from a stored template."""

from __future__ import annotations

from typing import Any

from esign_desktop.sandbox.envelope import DocumentRef, Envelope, Party, Phase, PlacedField, Provider, Role
from esign_desktop.sandbox.gmosign.signature_request import (
    new_control_number,
    new_envelope_xid,
    new_signer_id,
)
from esign_desktop.sandbox.gmosign.validation import (
    LANGUAGES,
    YES_NO,
    int_at,
    invalid,
    list_at,
    order_at,
    string_at,
)
from esign_desktop.sandbox.store import Transaction
from esign_desktop.sandbox.templates import template_blob_key
from esign_desktop.sandbox.tokens import signing_token


def build_template_envelope(
    tx: Transaction, template: dict[str, Any], body: dict[str, Any], now: str
) -> Envelope:
    name = string_at(body, "envelope_name", "", required=True)
    is_web_hook = int_at(body, "is_web_hook", "", YES_NO, required=True)
    int_at(body, "is_compliation_mail", "", YES_NO)
    for key in ("sender_name", "sender_post_name", "bounced_note_mail", "work_flow_comment"):
        string_at(body, key, "")
    for index, item in enumerate(list_at(body, "inset_item_list", "")):
        string_at(item, "name", f"inset_item_list[{index}].", required=True)
        string_at(item, "value", f"inset_item_list[{index}].")
    signer_items = list_at(body, "signer_list", "", required=True)
    if not signer_items:
        raise invalid("signer_list must name at least one signer.")
    stored_signers = template["signers"]
    envelope = Envelope(
        provider=Provider.GMOSIGN,
        id=new_envelope_xid(),
        name=name,
        phase=Phase.DRAFT,
        created_on=now,
        temporary_id=0,
        payload={"is_web_hook": is_web_hook, "template_id": template["template_id"], "signer_details": {}},
    )
    documents = []
    for document in template["documents"]:
        control_number = new_control_number()
        key = f"gmosign/{envelope.id}/{control_number}/original"
        tx.put_blob(
            key,
            tx.get_blob(template_blob_key(Provider.GMOSIGN, template["template_id"], document["id"])) or b"",
        )
        documents.append(DocumentRef(control_number, document["document_name"], key))
    envelope.documents = documents
    fields: list[PlacedField] = []
    for index, item in enumerate(signer_items):
        path = f"signer_list[{index}]."
        int_at(item, "signer_type", path, (1, 2), required=True)
        int_at(item, "sign_type", path, (0, 1), required=True)
        use_template = int_at(item, "use_template", path, YES_NO)
        for key in ("is_signer_change", "is_attached_file", "is_send_mail"):
            int_at(item, key, path, YES_NO)
        int_at(item, "payment_type", path, (0, 1, 2))
        language = item.get("language")
        if language is not None and language not in LANGUAGES:
            raise invalid(f"{path}language must be ja or en.")
        stored = stored_signers[index] if index < len(stored_signers) else None
        if use_template == 1:
            if stored is None:
                raise invalid(
                    f"{path}use_template is 1 but the template defines only {len(stored_signers)} signer(s)."
                )
            signer_name, email, organize = stored["name"], stored["email"], stored.get("organize_name", "")
        else:
            email = string_at(item, "email", path, required=True)
            signer_name = string_at(item, "name", path) or email
            organize = string_at(item, "organize_name", path)
        party = Party(
            id=new_signer_id(),
            name=signer_name,
            email=email,
            token=signing_token(),
            order=order_at(item, "order_no", path, index + 1, text=True),
        )
        envelope.parties.append(party)
        envelope.payload["signer_details"][party.id] = {"organize_name": organize}
        if stored is not None:
            for point in stored["signing_points"]:
                for document in documents:
                    fields.append(
                        PlacedField(
                            document_id=document.id,
                            page_no=point["page_no"],
                            left=point["start_x"] / 100,
                            top=point["start_y"] / 100,
                            right=point["end_x"] / 100,
                            bottom=point["end_y"] / 100,
                            kind="signature",
                            party_id=party.id,
                        )
                    )
    for index, item in enumerate(list_at(body, "approver_list", "")):
        path = f"approver_list[{index}]."
        email = string_at(item, "email", path, required=True)
        envelope.parties.append(
            Party(
                id=new_signer_id(),
                name=string_at(item, "name", path) or email,
                email=email,
                token=signing_token(),
                role=Role.APPROVER,
                order=order_at(item, "order_no", path, index + 1, text=True),
            )
        )
    envelope.fields = fields
    return envelope
