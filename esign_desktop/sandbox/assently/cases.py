"""Build and change Assently cases from validated input (no HTTP here)."""

from __future__ import annotations

from typing import Any

from esign_desktop.sandbox.assently.case_input import CaseInput, DocumentInput, bad_request
from esign_desktop.sandbox.envelope import (
    DocumentRef,
    Envelope,
    Party,
    PartyState,
    Phase,
    PlacedField,
    Provider,
    Role,
)
from esign_desktop.sandbox.errors import AssentlyError
from esign_desktop.sandbox.finalise import FinaliseError, FormFieldPlacement, find_form_field_placements
from esign_desktop.sandbox.store import Transaction, sha512_hex
from esign_desktop.sandbox.tokens import signing_token, temporary_id

_CHECKED_VALUES = {"true", "on", "yes", "1", "/yes", "x"}


def blob_key(case_id: str, document_id: str) -> str:
    return f"assently/{case_id}/{document_id}/original"


def new_case(tx: Transaction, case: CaseInput, created_on: str, default_expire_days: int) -> Envelope:
    if tx.envelope_exists(Provider.ASSENTLY, case.id):
        raise AssentlyError(
            409, "EX409", f"A case with Id {case.id} already exists.", "Use a new GUID per case."
        )
    envelope = Envelope(
        provider=Provider.ASSENTLY,
        id=case.id,
        name="",
        phase=Phase.DRAFT,
        created_on=created_on,
        temporary_id=_unused_temporary_id(tx),
        payload={
            "Parties": [],
            "Approvers": [],
            "Documents": [],
            "AllowedSignatureTypes": [],
            "Metadata": {},
        },
    )
    envelope.payload["TemporaryIdIssuedOn"] = created_on
    apply_case(tx, envelope, case, default_expire_days)
    return envelope


def apply_case(tx: Transaction, envelope: Envelope, case: CaseInput, default_expire_days: int) -> None:
    """Set what the input names; collections replace: missing items removed, others updated or added."""
    payload = envelope.payload
    payload.update(case.scalars)
    if "Name" in case.scalars:
        envelope.name = case.scalars["Name"] or ""
    if case.allowed_signature_types is not None:
        payload["AllowedSignatureTypes"] = case.allowed_signature_types
    if case.metadata is not None:
        payload["Metadata"] = case.metadata
    if case.notification_methods is not None:
        payload["NotificationMethods"] = case.notification_methods
    if case.event_callback is not None or "EventCallback" in payload:
        payload["EventCallback"] = case.event_callback
    if case.parties is not None:
        payload["Parties"] = case.parties
    if case.approvers is not None:
        payload["Approvers"] = case.approvers
    if case.documents is not None:
        _replace_documents(tx, envelope, case.documents)
    expire_days = payload.get("ExpireAfterDays") or default_expire_days
    payload["_expire_after_days"] = int(expire_days)
    rebuild_parties(envelope)


def rebuild_parties(envelope: Envelope) -> None:
    previous = {party.id: party for party in envelope.parties}
    in_sequence = bool(envelope.payload.get("SignInSequence"))
    parties: list[Party] = []
    for index, item in enumerate(envelope.payload.get("Parties", [])):
        group = item.get("GroupName") or None
        parties.append(_party(item, Role.SIGNER, index if in_sequence else 0, group, previous))
    for item in envelope.payload.get("Approvers", []):
        parties.append(_party(item, Role.APPROVER, 0, None, previous))
    envelope.parties = parties


def _party(
    item: dict[str, Any], role: Role, order: int, group: str | None, previous: dict[str, Party]
) -> Party:
    old = previous.get(item["Id"])
    return Party(
        id=item["Id"],
        name=item["Name"],
        email=item.get("EmailAddress", ""),
        phone=item.get("MobilePhone", ""),
        token=old.token if old is not None else signing_token(),
        role=role,
        order=order,
        or_group=f"group:{group}" if group else None,
        state=PartyState.PENDING,
    )


def _replace_documents(tx: Transaction, envelope: Envelope, documents: list[DocumentInput]) -> None:
    existing = {item["Id"]: item for item in envelope.payload.get("Documents", [])}
    kept: list[dict[str, Any]] = []
    refs: list[DocumentRef] = []
    for index, document in enumerate(documents):
        old = existing.get(document.id)
        if old is not None:
            changed_data = document.data is not None and sha512_hex(document.data) != old["Hash"]
            changed_hash = document.hash is not None and document.hash != old["Hash"]
            changed_size = document.size is not None and document.size != old["Size"]
            if changed_data or changed_hash or changed_size:
                raise bad_request(
                    f"Documents[{index}] (Id {document.id}): data, size and hash cannot change.",
                    "Remove the document and add a new one with a new Id.",
                )
            kept.append(dict(old, Filename=document.filename, FormFields=document.form_fields))
        else:
            if document.data is None:
                raise bad_request(f"Documents[{index}].Data is required for a new document.")
            digest = tx.put_blob(blob_key(envelope.id, document.id), document.data)
            kept.append(
                {
                    "Id": document.id,
                    "Filename": document.filename,
                    "Data": None,
                    "ContentType": document.content_type,
                    "Size": len(document.data),
                    "Hash": digest,
                    "Type": "Original",
                    "FormFields": document.form_fields,
                }
            )
        refs.append(
            DocumentRef(id=document.id, name=document.filename, blob_key=blob_key(envelope.id, document.id))
        )
    for removed in set(existing) - {document.id for document in documents}:
        tx.delete_blobs(blob_key(envelope.id, removed))
    envelope.payload["Documents"] = kept
    envelope.documents = refs


def check_sendable(envelope: Envelope) -> None:
    payload = envelope.payload
    if not payload.get("Parties"):
        raise AssentlyError(400, "E041", "At least one signer is required.", "Add Parties before sending.")
    if not payload.get("Documents"):
        raise bad_request("At least one document is required.", "Add Documents before sending.")
    if not payload.get("AllowedSignatureTypes"):
        raise bad_request("AllowedSignatureTypes must name at least one signature type.")


def place_fields(tx: Transaction, envelope: Envelope) -> None:
    """Stamps go on the PDF form fields the documents carry, read from the uploaded files."""
    placed: list[PlacedField] = []
    signer_parties = [party for party in envelope.parties if party.role is Role.SIGNER]
    for document in envelope.payload.get("Documents", []):
        data = tx.get_blob(blob_key(envelope.id, document["Id"]))
        if data is None:
            continue
        values = document.get("FormFields") or {}
        signature_index = 0
        try:
            boxes = find_form_field_placements(data)
        except FinaliseError as error:
            raise bad_request(f"Document {document['Id']}: {error}.") from None
        # Signature fields the case names are the signing places; a case that names none signs in every
        # unsigned signature field of the document.
        named = {box.name for box in boxes if box.kind == "signature" and box.name in values}
        for box in boxes:
            if box.kind == "signature" and named and box.name not in named:
                continue
            field = _field_for(document["Id"], box, values, signer_parties, signature_index)
            if box.kind == "signature":
                signature_index += 1
            if field is not None:
                placed.append(field)
    envelope.fields = placed


def _field_for(
    document_id: str,
    box: FormFieldPlacement,
    values: dict[str, Any],
    signers: list[Party],
    signature_index: int,
) -> PlacedField | None:
    """Signature fields go to a signer; other fields are filled only when the case names them in FormFields
    (the document's own form fields stay as they are). A named field with a value is the sender's and final;
    one without a value is the signer's to fill: the signer its name mentions, else the first in order."""

    def placed(kind: str, party: Party | None = None, **extra: Any) -> PlacedField:
        return PlacedField(
            document_id=document_id,
            page_no=box.page,
            left=box.rect.x0,
            top=box.rect.y0,
            right=box.rect.x1,
            bottom=box.rect.y1,
            kind=kind,
            party_id=party.id if party is not None else None,
            field_name=box.name,
            **extra,
        )

    if box.kind == "signature":
        if not signers:
            return None
        return placed(
            "signature", _party_named_in(box.name, signers) or signers[signature_index % len(signers)]
        )
    if box.kind not in ("checkbox", "text") or box.name not in values:
        return None
    value = str(values.get(box.name) or "").strip()
    filler = _party_named_in(box.name, signers) or min(signers, key=lambda p: p.order, default=None)
    if box.kind == "checkbox":
        if value.lower() in _CHECKED_VALUES or filler is None:
            return placed("checkbox", checked=value.lower() in _CHECKED_VALUES)
        return placed("checkbox", filler, editable=True, required=box.required, checked=box.checked)
    kind = "date" if "date" in box.name.lower() else "text"
    if value or filler is None:
        return placed(kind, text=value)
    return placed(kind, filler, editable=True, required=box.required)


def _party_named_in(field_name: str, parties: list[Party]) -> Party | None:
    lowered = field_name.lower()
    for party in parties:
        for key in (party.id, party.email):
            if key and key.lower() in lowered:
                return party
    return None


def _unused_temporary_id(tx: Transaction) -> int:
    while True:
        candidate = temporary_id()
        if tx.find_by_temporary_id(candidate) is None:
            return candidate
