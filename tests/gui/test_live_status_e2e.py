"""End to end, the whole app against its built-in sandbox: a partial signature, an approval, a decline, a
completion and an expiry each reach the row, the details pane and a notification; a GMO Sign completion shows
"n of n signed". Nothing here is timed; the sync is woken where a person would wait for the next check."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from esign_desktop.application import Application
from esign_desktop.domain.model import Envelope, Party, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.sandbox.sample_document import build_sample_contract
from esign_desktop.sandbox.store import sha512_hex
from esign_desktop.services.status_monitor import Notice, NoticeKind
from esign_desktop.ui.event_trail import trail_rows
from tests.gui.test_app_live import Harness, until
from tests.integration.test_outbox_sender import envelope_for
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = [pytest.mark.gui, pytest.mark.timeout(90)]


@pytest.fixture
def harness(qapp: QApplication, qasync_loop: asyncio.AbstractEventLoop, app_home: Path) -> Harness:
    return Harness(qapp, qasync_loop, app_home)


def envelope_named(application: Application, name: str) -> Envelope | None:
    return next((e for e in application.window.envelope_model.collection.envelopes() if e.name == name), None)


def shown_texts(application: Application, local_id: str) -> list[str]:
    application.tray.flush()  # the grouping window would close by itself; the test does not wait for it
    return [s.text for s in application.tray.shown if local_id in s.local_ids]


def details_of(application: Application, local_id: str) -> tuple[str, str, list[str]]:
    """(status, progress, parties' status cells) as the details pane shows them once the row is selected."""
    assert application.window.select_envelope(local_id)
    details = application.window.details
    table = details.parties
    cells = [table.item(row, 3).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
    return details.status_label.text(), details.progress_label.text(), cells


class Cases:
    """Assently cases made directly on the sandbox (as another person's actions would be)."""

    def __init__(self, application: Application) -> None:
        assert application.sandbox is not None
        info = application.sandbox.info
        self.api = httpx.Client(
            base_url=f"{info.assently_base_url}/api/v2", headers={"Authorization": info.assently_token}
        )
        self.control = httpx.Client(base_url=info.base_url, headers=info.control_headers(), timeout=10)
        pdf = build_sample_contract()
        self.document = {
            "Filename": "contract.pdf",
            "Data": __import__("base64").b64encode(pdf).decode(),
            "Hash": sha512_hex(pdf),
            "Size": len(pdf),
        }

    def create(self, name: str, signers: int = 1, approver: bool = False, **extra: Any) -> str:
        case_id = str(uuid.uuid4())
        body: dict[str, Any] = {
            "Id": case_id,
            "Name": name,
            "AllowedSignatureTypes": ["touch"],
            "Parties": [
                {"Name": f"Signer {n + 1}", "EmailAddress": f"s{n}-{case_id[:6]}@example.com"}
                for n in range(signers)
            ],
            "Documents": [self.document],
            **extra,
        }
        if approver:
            body["Approvers"] = [
                {"Name": "Chief Approver", "EmailAddress": f"chief-{case_id[:6]}@example.com"}
            ]
        self.api.post("/createCase", json=body).raise_for_status()
        action = "requestApproval" if approver else "sendCase"
        self.api.post(f"/{action}", params={"Id": case_id}).raise_for_status()
        return case_id

    def parties(self, provider: str, case_id: str) -> list[dict[str, Any]]:
        answer = self.control.get(f"/_sandbox/envelopes/{provider}/{case_id}")
        answer.raise_for_status()
        parties: list[dict[str, Any]] = answer.json()["parties"]
        return parties

    def act(self, provider: str, case_id: str, party_id: str, decision: str = "sign") -> None:
        url = f"/_sandbox/envelopes/{provider}/{case_id}/parties/{party_id}/{decision}"
        self.control.post(url).raise_for_status()

    def advance_days(self, days: float) -> None:
        self.control.post("/_sandbox/clock", json={"advance_days": days}).raise_for_status()

    def close(self) -> None:
        self.api.close()
        self.control.close()


def test_each_kind_of_change_reaches_the_row_the_details_and_a_notification(harness: Harness) -> None:
    async def scenario() -> None:
        application = await harness.start()
        await until(lambda: envelope_named(application, "Demo case (sent)") is not None)
        cases = Cases(application)
        notices: list[Notice] = []
        application.controller.notices_ready.connect(notices.extend)
        run = uuid.uuid4().hex[:4]
        names = {kind: f"{kind} {run}" for kind in ("partial", "approval", "decline", "completion", "expiry")}
        ids = {
            "partial": cases.create(names["partial"], signers=2, SignInSequence=True),
            "approval": cases.create(names["approval"], approver=True),
            "decline": cases.create(names["decline"]),
            "completion": cases.create(names["completion"]),
            "expiry": cases.create(names["expiry"], ExpireAfterDays=1),
        }
        account_id = envelope_named(application, "Demo case (sent)").account_id  # type: ignore[union-attr]
        application.context.sync.wake(account_id)
        await until(lambda: all(envelope_named(application, n) is not None for n in names.values()), 60)
        rows = {kind: envelope_named(application, name) for kind, name in names.items()}
        local = {kind: row.local_id for kind, row in rows.items() if row is not None}
        assert rows["approval"].status is EnvelopeStatus.PENDING_APPROVAL  # type: ignore[union-attr]
        assert [p.order for p in rows["partial"].parties] == [1, 2]  # type: ignore[union-attr]
        assert all(p.signing_url for p in rows["partial"].parties)  # type: ignore[union-attr]

        first, _second = cases.parties("assently", ids["partial"])
        cases.act("assently", ids["partial"], first["id"])
        chief = next(p for p in cases.parties("assently", ids["approval"]) if p["name"] == "Chief Approver")
        cases.act("assently", ids["approval"], chief["id"])
        cases.act("assently", ids["decline"], cases.parties("assently", ids["decline"])[0]["id"], "decline")
        cases.act("assently", ids["completion"], cases.parties("assently", ids["completion"])[0]["id"])
        cases.advance_days(2)
        cases.close()
        application.context.sync.wake(account_id)

        def now(kind: str) -> Envelope:
            row = envelope_named(application, names[kind])
            assert row is not None
            return row

        await until(lambda: now("partial").signing_progress == (1, 2), 60)
        await until(lambda: now("approval").status is EnvelopeStatus.SENT, 60)
        await until(lambda: now("decline").status is EnvelopeStatus.REJECTED, 60)
        await until(lambda: now("completion").status is EnvelopeStatus.COMPLETED, 60)
        await until(lambda: now("expiry").status is EnvelopeStatus.EXPIRED, 60)

        assert details_of(application, local["partial"]) == ("Sent", "1 of 2 signed", ["Signed", "Waiting"])
        assert details_of(application, local["approval"])[0] == "Sent"
        assert "Approved" in details_of(application, local["approval"])[2]
        assert details_of(application, local["decline"])[0] == "Rejected"
        assert details_of(application, local["completion"])[:2] == ("Completed", "1 of 1 signed")
        assert details_of(application, local["expiry"])[0] == "Expired"
        # The Events tab tells who did what, the service's own record first.
        trail = [(row.what, row.who) for row in trail_rows(now("partial"))]
        assert ("Signed", "Signer 1") in trail

        await until(lambda: application.tray.pending_count() > 0 or bool(application.tray.shown))
        application.tray.flush()
        told = {(n.envelope.local_id, n.kind) for n in notices}
        assert (local["partial"], NoticeKind.SIGNED) in told
        assert (local["approval"], NoticeKind.SIGNED) in told
        assert (local["decline"], NoticeKind.DECLINED) in told
        assert (local["completion"], NoticeKind.COMPLETED) in told
        assert (local["expiry"], NoticeKind.EXPIRED) in told
        shown_ids = {local_id for shown in application.tray.shown for local_id in shown.local_ids}
        assert set(local.values()) <= shown_ids  # each one is in a notification (grouped: five at once)
        texts = "\n".join(shown.text for shown in application.tray.shown)
        assert "Signed by Signer 1 (1 of 2 signed)" in texts
        assert "Approved by Chief Approver" in texts
        # The in-window notice says the same.
        messages = [m.text for m in application.context.notifier.history]
        assert any(names["completion"] in text and "Completed" in text for text in messages)

    harness.run(scenario())


def test_a_gmo_completion_shows_every_party_signed(harness: Harness, tmp_path: Path) -> None:
    async def scenario() -> None:
        application = await harness.start()
        await until(lambda: envelope_named(application, "Demo case (sent)") is not None)
        gmo = next(a for a in application.context.accounts.list() if a.provider is ProviderKind.GMOSIGN)
        await until(lambda: bool(application.context.monitor.hooks.get(gmo.id)))
        pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
        base = envelope_for(gmo, pdf, f"GMO both {uuid.uuid4().hex[:4]}")
        second = Party(id="p2", name="Bo Berg", email=f"bo-{uuid.uuid4().hex[:6]}@example.com", sign_type="1")
        envelope = dataclasses.replace(base, parties=(*base.parties, second))
        outcome = await application.context.sender.send(envelope)
        assert outcome.sent, outcome.error
        cases = Cases(application)
        for party in cases.parties("gmosign", outcome.envelope.remote_id):
            cases.act("gmosign", outcome.envelope.remote_id, party["id"])
        cases.close()

        def row() -> Envelope | None:
            return envelope_named(application, envelope.name)

        await until(lambda: (r := row()) is not None and r.status is EnvelopeStatus.COMPLETED, 60)
        status, progress, cells = details_of(application, envelope.local_id)
        assert (status, progress, cells) == ("Completed", "2 of 2 signed", ["Signed", "Signed"])
        assert application.window.details.provider_status_label.text().lower() == "completed"
        assert any("Completed" in t for t in shown_texts(application, envelope.local_id))

    harness.run(scenario())
