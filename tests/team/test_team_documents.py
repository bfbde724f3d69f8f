"""A send queued on one desktop can be finished by another that has never seen its PDFs: they travel through
the team database (by SHA-512), are checked on arrival and leave the database once the send is done."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.outbox import OutboxState
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.team.test_two_desktops import _run, desktops, pdf, shared_account

pytestmark = pytest.mark.integration
__all__ = ["desktops", "pdf"]  # fixtures shared with the two-desktop tests


def _stored_hashes(context: ServiceContext) -> set[str]:
    assert context.team_database is not None
    with context.team_database.read() as connection:
        return {str(row[0]) for row in connection.execute("SELECT sha512 FROM team_documents").fetchall()}


@pytest.mark.parametrize("provider", [ProviderKind.ASSENTLY, ProviderKind.GMOSIGN])
def test_a_desktop_finishes_a_send_whose_pdf_only_the_first_desktop_had(
    desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    tmp_path: Path,
    pdf: Path,
    provider: ProviderKind,
) -> None:
    anna, bo = desktops
    own_copy = tmp_path / "anna-only" / "contract.pdf"
    own_copy.parent.mkdir()
    shutil.copy(pdf, own_copy)
    sha512 = hashlib.sha512(own_copy.read_bytes()).hexdigest()

    async def body() -> None:
        account = await shared_account(sandbox, provider, anna, bo)
        before = len(sandbox.envelopes())
        # Anna journals the send and her desktop dies before the first request; her file goes with it.
        entry = anna.sender.submit(envelope_for(account, own_copy, "Handed-over contract"))
        assert _stored_hashes(anna) == {sha512}
        shutil.rmtree(own_copy.parent)
        assert not list(bo.paths.draft_files_dir().glob("*.pdf"))

        [outcome] = await bo.sender.resume_all()
        assert outcome.sent, outcome.error
        assert bo.outbox.get(entry.id).state is OutboxState.SENT  # type: ignore[union-attr]
        fetched = bo.paths.draft_files_dir() / f"{sha512}.pdf"
        assert hashlib.sha512(fetched.read_bytes()).hexdigest() == sha512
        after = sandbox.envelopes()
        assert len(after) == before + 1
        assert outcome.envelope.documents[0].path == str(fetched)  # what Bo uploaded: Anna's bytes
        assert _stored_hashes(bo) == set()  # nothing left waiting needs the PDF

    _run(body, anna, bo)


def test_a_damaged_team_copy_is_refused_and_nothing_is_sent(
    desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    tmp_path: Path,
    pdf: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    anna, bo = desktops
    own_copy = tmp_path / "anna-only" / "contract.pdf"
    own_copy.parent.mkdir()
    shutil.copy(pdf, own_copy)

    async def body() -> None:
        account = await shared_account(sandbox, ProviderKind.ASSENTLY, anna, bo)
        before = len(sandbox.envelopes())
        entry = anna.sender.submit(envelope_for(account, own_copy, "Damaged in transit"))
        shutil.rmtree(own_copy.parent)
        assert anna.team_database is not None
        with anna.team_database.transaction("damaging the copy") as connection:
            connection.execute("UPDATE team_documents SET content = ?", (b"%PDF-1.7 not the same bytes",))

        [outcome] = await bo.sender.resume_all()
        assert not outcome.sent
        assert "damaged" in outcome.error
        assert bo.outbox.get(entry.id).state is OutboxState.FAILED  # type: ignore[union-attr]
        assert len(sandbox.envelopes()) == before
        assert not list(bo.paths.draft_files_dir().glob("*.pdf"))
        assert "is damaged" in caplog.text

    _run(body, anna, bo)


def test_the_drafts_tidy_keeps_the_pdf_of_a_queued_team_send(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, _bo = desktops
    assert anna.link is not None
    account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
    asyncio.run(anna.link.sync_once())
    draft = anna.drafts.save(envelope_for(account, pdf, "Queued, then the draft goes"))
    anna.sender.submit(draft)
    anna.drafts.delete(draft.local_id)  # sending removes the draft; its PDF is still needed
    assert Path(draft.documents[0].path).is_file()
    assert anna.drafts.collect_garbage() == 0
