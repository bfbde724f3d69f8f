"""Demo data: a handful of envelopes in every status on both services, made with the sample contract."""

from __future__ import annotations

import asyncio
import base64
import uuid
from typing import Any

from esign_desktop.sandbox import actions
from esign_desktop.sandbox.assently.case_input import parse_case
from esign_desktop.sandbox.assently.cases import new_case, place_fields
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.envelope import Envelope, PartyState, Role
from esign_desktop.sandbox.gmosign.routes import register_pdf
from esign_desktop.sandbox.gmosign.signature_request import build_signature_request
from esign_desktop.sandbox.lifecycle import expire, open_for_signing, recall, request_approval
from esign_desktop.sandbox.sample_document import build_sample_contract
from esign_desktop.sandbox.store import sha512_hex
from esign_desktop.sandbox.templates import SAMPLE_SIGNATURE_BOXES

_SEEDED = "seeded"
# Fixed ids so a demo (and its documentation) can name them; uuid5 keeps them valid GUIDs.
_NAMESPACE = uuid.UUID("6f1c0e1e-6f1e-4c57-9a7c-5a0d1b0c0de0")

ASSENTLY_SCENARIOS = (
    "draft",
    "pending_approval",
    "sent",
    "half_signed",
    "finished",
    "rejected",
    "recalled",
    "expired",
)
GMO_SCENARIOS = ("sent", "pending_approval", "half_signed", "completed", "declined", "expired")


def seed_demo(context: SandboxContext) -> list[Envelope]:
    """seed_demo_async for callers without a running event loop (the command line)."""
    return asyncio.run(seed_demo_async(context))


async def seed_demo_async(context: SandboxContext) -> list[Envelope]:
    """Create the demo envelopes once per data folder; returns them (empty if already seeded)."""
    with context.store.transaction() as tx:
        if tx.get_setting(_SEEDED):
            return []
        tx.set_setting(_SEEDED, True)
    pdf = build_sample_contract()
    created = [await _assently(context, scenario, pdf) for scenario in ASSENTLY_SCENARIOS]
    created += [await _gmo(context, scenario, pdf) for scenario in GMO_SCENARIOS]
    with context.store.transaction() as tx:
        return [tx.get_envelope(envelope.provider, envelope.id) or envelope for envelope in created]


def _assently_body(scenario: str, pdf: bytes) -> dict[str, Any]:
    body: dict[str, Any] = {
        "Id": str(uuid.uuid5(_NAMESPACE, f"assently-{scenario}")),
        "Name": f"Demo case ({scenario.replace('_', ' ')})",
        "AllowedSignatureTypes": ["touch", "electronicid"],
        "SignInSequence": scenario == "half_signed",
        "Parties": [
            {"Name": "Alice Andersson", "EmailAddress": "alice@example.com"},
            {"Name": "Bo Berg", "EmailAddress": "bo@example.com"},
        ],
        "Documents": [
            {
                "Filename": "sample-contract.pdf",
                "Data": base64.b64encode(pdf).decode("ascii"),
                "Hash": sha512_hex(pdf),
                "Size": len(pdf),
            }
        ],
        "Metadata": {"demo": True, "scenario": scenario},
    }
    if scenario == "pending_approval":
        body["Approvers"] = [{"Name": "Carl Chef", "EmailAddress": "carl@example.com"}]
    return body


async def _assently(context: SandboxContext, scenario: str, pdf: bytes) -> Envelope:
    now = context.clock.now()
    with context.store.transaction() as tx:
        envelope = new_case(
            tx,
            parse_case(_assently_body(scenario, pdf)),
            context.clock.stamp(),
            context.default_expire_after_days,
        )
        envelope.payload["_expire_after_days"] = context.default_expire_after_days
        if scenario == "pending_approval":
            request_approval(envelope)
            envelope.payload["ApprovalRequestedOn"] = context.clock.stamp()
        elif scenario != "draft":
            place_fields(tx, envelope)
            open_for_signing(envelope, now, context.default_expire_after_days)
        if scenario == "recalled":
            recall(envelope)
        if scenario == "expired":
            expire(envelope)
        tx.put_envelope(envelope)
    return await _play(context, envelope, scenario)


async def _gmo(context: SandboxContext, scenario: str, pdf: bytes) -> Envelope:
    with context.store.transaction() as tx:
        code = register_pdf(tx, pdf, "sample-contract.pdf", None, None, "demo", context.clock.stamp())
        signers = [("dana@example.jp", "Dana Doi"), ("eiji@example.jp", "Eiji Endo")]
        body: dict[str, Any] = {
            "envelope_name": f"Demo envelope ({scenario.replace('_', ' ')})",
            "is_detailed_response": 1,
            "is_web_hook": 1,
            "document_list": [{"document_code": code, "document_name": "sample-contract.pdf"}],
            "partner_signer_list": [
                {"order_no": str(index + 1), "name": name, "email": email, "sign_type": 1}
                for index, (email, name) in enumerate(signers)
            ],
            "partner_signer_document_list": [
                {
                    "signer_no": email,
                    "document_code": code,
                    "request_type": "1",
                    "signing_points": [_signing_point(index)],
                }
                for index, (email, _) in enumerate(signers)
            ],
        }
        if scenario == "pending_approval":
            body["approver_list"] = [{"order_no": 1, "name": "Fumi Fujita", "email": "fumi@example.jp"}]
        envelope = build_signature_request(tx, body, context.clock.stamp())
        envelope.payload["_expire_after_days"] = context.default_expire_after_days
        if scenario == "pending_approval":
            request_approval(envelope)
        else:
            open_for_signing(envelope, context.clock.now(), context.default_expire_after_days)
        if scenario == "expired":
            expire(envelope)
        tx.put_envelope(envelope)
    return await _play(context, envelope, scenario)


def _signing_point(index: int) -> dict[str, int]:
    start_x, start_y, end_x, end_y = SAMPLE_SIGNATURE_BOXES[index]
    return {
        "signing_point_start_x": start_x,
        "signing_point_start_y": start_y,
        "signing_point_end_x": end_x,
        "signing_point_end_y": end_y,
        "page_no": 2,
    }


async def _play(context: SandboxContext, envelope: Envelope, scenario: str) -> Envelope:
    """Act as the parties until the envelope reaches the scenario's status."""
    signers = [party for party in envelope.parties if party.role is Role.SIGNER]
    if scenario in {"half_signed", "finished", "completed"}:
        to_sign = signers[:1] if scenario == "half_signed" else signers
        for party in to_sign:
            envelope = await actions.party_action(
                context, envelope.provider, envelope.id, party.id, approve=True
            )
    elif scenario in {"rejected", "declined"}:
        waiting = next(party for party in signers if party.state is PartyState.WAITING)
        envelope = await actions.party_action(
            context, envelope.provider, envelope.id, waiting.id, approve=False
        )
    return envelope
