"""Operations shared by the emulated APIs, the signing pages and the control API: a party acts, a case
finishes (final PDFs and receipt), cases expire; and the webhooks each change triggers."""

from __future__ import annotations

from esign_desktop.sandbox.assently.rendering import Spelling, case_model
from esign_desktop.sandbox.clock import format_timestamp
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.envelope import Envelope, Phase, Provider
from esign_desktop.sandbox.finishing import final_documents
from esign_desktop.sandbox.gmosign.rendering import GMO_EVENT_STATUS, webhook_payload
from esign_desktop.sandbox.lifecycle import act, expire
from esign_desktop.sandbox.profiles import Profile
from esign_desktop.sandbox.store import sha512_hex


class NotFoundError(LookupError):
    """No such envelope or party."""


def publish(context: SandboxContext, envelope: Envelope, events: list[str]) -> None:
    if not events:
        return
    if envelope.provider is Provider.ASSENTLY:
        _publish_assently(context, envelope, events)
    else:
        _publish_gmo(context, envelope, events)


def _publish_assently(context: SandboxContext, envelope: Envelope, events: list[str]) -> None:
    with context.store.transaction() as tx:
        hooks = tx.list_records("hooks", Provider.ASSENTLY)
    other = context.profiles.active(Profile.ASSENTLY_OTHER_STATUS_SPELLINGS)
    body = case_model(
        envelope, context.public_base_url, spelling=Spelling.OTHER if other else Spelling.RECORDED
    )
    callback = envelope.payload.get("EventCallback") or {}
    for event in events:
        headers = {"X-Sandbox-Event": event}
        for hook in hooks:
            if hook["EventPath"].lower() == event:
                context.webhooks.deliver(hook["callbackUrl"], body, headers)
        if callback and event in callback.get("Events", []):
            context.webhooks.deliver(callback["Url"], body, headers)


def _publish_gmo(context: SandboxContext, envelope: Envelope, events: list[str]) -> None:
    if envelope.payload.get("is_web_hook") != 1:
        return
    with context.store.transaction() as tx:
        hooks = tx.list_records("hooks", Provider.GMOSIGN)
    body = webhook_payload(envelope)
    for event in events:
        status = GMO_EVENT_STATUS.get(event)
        if status is None:
            continue
        for hook in hooks:
            wanted = {item.strip().lower() for item in str(hook["envelopeEvents"]).split(",")}
            if status.lower() in wanted:
                context.webhooks.deliver(hook["urlToPublishTo"], body, {"X-Sandbox-Event": status})


async def party_action(
    context: SandboxContext, provider: Provider, envelope_id: str, party_id: str, approve: bool
) -> Envelope:
    """Sign/approve or decline for one party; finishes the envelope when that was the last signature.
    Raises NotFoundError or LifecycleError."""
    with context.store.transaction() as tx:
        envelope = tx.get_envelope(provider, envelope_id)
        if envelope is None:
            raise NotFoundError(f"No {provider.value} envelope {envelope_id}.")
        if envelope.party(party_id) is None:
            raise NotFoundError(f"No party {party_id} in envelope {envelope_id}.")
        events = act(envelope, party_id, approve, context.clock.now())
        envelope.history.append({"on": context.clock.stamp(), "events": events, "party": party_id})
        tx.put_envelope(envelope)
    publish(context, envelope, events)
    if envelope.phase is Phase.SIGNED:
        envelope = await finish(context, envelope)
    return envelope


async def finish(context: SandboxContext, envelope: Envelope) -> Envelope:
    """Signed -> finished: stamp and sign every document, add the receipt. Runs outside the write lock for the
    PDF work; a crash in between leaves the case Signed, and the next start finishes it."""
    with context.store.transaction() as tx:
        originals = {doc.id: tx.get_blob(doc.blob_key) or b"" for doc in envelope.documents}
    completed_at = context.clock.now()
    envelope.finished_on = format_timestamp(completed_at)
    finals, receipt = await final_documents(envelope, originals, completed_at, context.certificate_dir)
    with context.store.transaction() as tx:
        current = tx.get_envelope(envelope.provider, envelope.id)
        if current is None or current.phase is not Phase.SIGNED:
            return current or envelope
        current.finished_on = envelope.finished_on
        prefix = f"{current.provider.value}/{current.id}/"
        for document in current.documents:
            document.signed_blob_key = f"{prefix}{document.id}/signed"
            tx.put_blob(document.signed_blob_key, finals[document.id])
        current.receipt_blob_key = f"{prefix}receipt"
        tx.put_blob(current.receipt_blob_key, receipt)
        if current.provider is Provider.ASSENTLY:
            _add_assently_final_documents(current, finals, receipt)
        current.phase = Phase.FINISHED
        current.history.append({"on": current.finished_on, "events": ["finished"]})
        tx.put_envelope(current)
    publish(context, current, ["finished"])
    return current


RECEIPT_DOCUMENT_ID = "receipt"


def _add_assently_final_documents(envelope: Envelope, finals: dict[str, bytes], receipt: bytes) -> None:
    documents = []
    for document in envelope.payload.get("Documents", []):
        signed = finals.get(document["Id"])
        if signed is not None:
            document = dict(document, Type="Signed", Size=len(signed), Hash=sha512_hex(signed))
        documents.append(document)
    documents.append(
        {
            "Id": RECEIPT_DOCUMENT_ID,
            "Filename": "receipt.pdf",
            "Data": None,
            "ContentType": "application/pdf",
            "Size": len(receipt),
            "Hash": sha512_hex(receipt),
            "Type": "Receipt",
            "FormFields": {},
        }
    )
    envelope.payload["Documents"] = documents


def sweep_expired(context: SandboxContext) -> int:
    """Expire every sent case whose expiry date has passed in sandbox time."""
    with context.store.transaction() as tx:
        due = tx.envelopes_due_to_expire(context.clock.stamp())
        changed: list[tuple[Envelope, list[str]]] = []
        for envelope in due:
            events = expire(envelope)
            envelope.history.append({"on": context.clock.stamp(), "events": events})
            tx.put_envelope(envelope)
            changed.append((envelope, events))
    for envelope, events in changed:
        publish(context, envelope, events)
    return len(changed)


async def finish_interrupted(context: SandboxContext) -> None:
    with context.store.transaction() as tx:
        signed = [envelope for envelope in tx.list_envelopes() if envelope.phase is Phase.SIGNED]
    for envelope in signed:
        await finish(context, envelope)
