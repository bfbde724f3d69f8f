"""The real Assently client against the real sandbox server: every action and a full life."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, PageInfo, Party, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.assently import ApiKeyCredentials, AssentlyProvider, PersonalAccessToken
from esign_desktop.providers.assently_mapping import case_id_for
from esign_desktop.providers.base import EnvelopeQuery, TemplateSend
from esign_desktop.providers.errors import (
    AuthenticationError,
    Conflict,
    InvalidRequest,
    NetworkError,
    NotFound,
)
from esign_desktop.providers.http import RetryPolicy
from tests.integration.conftest import SandboxHandle, WebhookReceiver

pytestmark = pytest.mark.integration


def provider_for(sandbox: SandboxHandle) -> AssentlyProvider:
    return AssentlyProvider(sandbox.info.assently_base_url, PersonalAccessToken(sandbox.info.assently_token))


def with_provider(sandbox: SandboxHandle, steps: Callable[[AssentlyProvider], Awaitable[None]]) -> None:
    async def main() -> None:
        provider = provider_for(sandbox)
        try:
            await steps(provider)
        finally:
            await provider.aclose()

    asyncio.run(main())


def make_envelope(folder: Path, pdf: bytes, signers: int = 2) -> Envelope:
    path = folder / "contract.pdf"
    path.write_bytes(pdf)
    document = Document(
        id="doc",
        file_name="contract.pdf",
        sha512=hashlib.sha512(pdf).hexdigest(),
        size=len(pdf),
        pages=(PageInfo(595, 842),),
        path=str(path),
    )
    parties = tuple(
        Party(id=f"p{i}", name=f"Signer {i}", email=f"signer{i}@example.com", order=i, sign_type="touch")
        for i in range(1, signers + 1)
    )
    fields = tuple(
        Field(
            id=f"sig{i}",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.7 + 0.1 * (i - 1), 0.4, 0.75 + 0.1 * (i - 1)),
            party_id=f"p{i}",
        )
        for i in range(1, signers + 1)
    )
    return Envelope(
        local_id=uuid.uuid4().hex,
        provider=ProviderKind.ASSENTLY,
        name="Integration agreement",
        documents=(document,),
        parties=parties,
        fields=fields,
        metadata={"ref": "it-1"},
    )


def signed_signature_fields(path: Path) -> int:
    fields = PdfReader(path).get_fields() or {}
    return sum(1 for field in fields.values() if field.get("/FT") == "/Sig" and field.get("/V") is not None)


def test_full_life_create_send_sign_complete_download(
    sandbox: SandboxHandle, sample_pdf: bytes, tmp_path: Path
) -> None:
    envelope = make_envelope(tmp_path, sample_pdf)

    async def steps(provider: AssentlyProvider) -> None:
        await provider.test_connection()
        assert await provider.envelope_exists(envelope) is None
        created = await provider.create_envelope(envelope)
        assert created.remote_id == case_id_for(envelope.local_id)
        assert await provider.envelope_exists(envelope) == created.remote_id
        draft = await provider.get_envelope(created.remote_id)
        assert draft.status is EnvelopeStatus.DRAFT
        assert draft.metadata == {"ref": "it-1"}

        await provider.send(created.remote_id)
        sent = await provider.get_envelope(created.remote_id)
        assert sent.status is EnvelopeStatus.SENT
        assert {p.status for p in sent.parties} == {PartyStatus.WAITING}

        for party in sandbox.envelope("assently", created.remote_id)["parties"]:
            sandbox.act("assently", created.remote_id, party["id"]).raise_for_status()
        done = await provider.get_envelope(created.remote_id)
        assert done.status is EnvelopeStatus.COMPLETED
        assert {p.status for p in done.parties} == {PartyStatus.SIGNED}

        progress: list[int] = []
        out = tmp_path / "downloads"
        path = await provider.download_document(
            done, done.documents[0], out, lambda written, _total: progress.append(written)
        )
        assert path.parent == out
        assert path.read_bytes().startswith(b"%PDF")
        assert path.read_bytes() != sample_pdf
        assert signed_signature_fields(path) >= 1
        assert progress
        assert progress[-1] == path.stat().st_size
        receipt = await provider.download_receipt(done, out)
        assert receipt.read_bytes().startswith(b"%PDF")
        assert receipt != path

    with_provider(sandbox, steps)


def test_remind_recall_delete_and_metadata(sandbox: SandboxHandle, sample_pdf: bytes, tmp_path: Path) -> None:
    envelope = make_envelope(tmp_path, sample_pdf)

    async def steps(provider: AssentlyProvider) -> None:
        created = await provider.create_envelope(envelope)
        await provider.update_metadata(created.remote_id, {"ref": "changed", "owner": "it"})
        assert (await provider.get_envelope(created.remote_id)).metadata == {"ref": "changed", "owner": "it"}
        await provider.update_envelope(created)
        await provider.send(created.remote_id)
        await provider.remind(created.remote_id)
        assert len(sandbox.envelope("assently", created.remote_id)["reminders"]) >= 1
        with pytest.raises((Conflict, InvalidRequest)):
            await provider.update_envelope(created)  # only drafts can be edited
        await provider.recall(created.remote_id)
        assert (await provider.get_envelope(created.remote_id)).status is EnvelopeStatus.RECALLED
        await provider.delete(created.remote_id)
        with pytest.raises(NotFound):
            await provider.get_envelope(created.remote_id)
        assert await provider.envelope_exists(envelope) is None

    with_provider(sandbox, steps)


def test_list_with_status_filter_and_paging(
    sandbox: SandboxHandle, sample_pdf: bytes, tmp_path: Path
) -> None:
    async def steps(provider: AssentlyProvider) -> None:
        ids = []
        for index in range(3):
            folder = tmp_path / str(index)
            folder.mkdir()
            ids.append(
                (await provider.create_envelope(make_envelope(folder, sample_pdf, signers=1))).remote_id
            )
        listed = await provider.list_envelopes(EnvelopeQuery(status=EnvelopeStatus.DRAFT, page_size=2))
        assert listed.next_page is None  # walked to the end inside
        remote_ids = [e.remote_id for e in listed.envelopes]
        assert len(remote_ids) == len(set(remote_ids))
        assert set(ids) <= set(remote_ids)
        assert all(e.status is EnvelopeStatus.DRAFT for e in listed.envelopes)
        one_page = await provider.find_cases_page(page=1, page_size=2, status=EnvelopeStatus.DRAFT)
        assert len(one_page) == 2

    with_provider(sandbox, steps)


def test_templates_temporary_id_and_approval(sandbox: SandboxHandle) -> None:
    async def steps(provider: AssentlyProvider) -> None:
        templates = await provider.list_templates()
        assert templates
        request = TemplateSend(
            local_id=uuid.uuid4().hex,
            template_id=templates[0].remote_id,
            name="From template",
            parties=(Party(id="t", name="Template Signer", email="t@example.com"),),
        )
        remote_id = await provider.create_from_template(request)
        envelope = await provider.get_envelope(remote_id)
        assert envelope.name == "From template"
        assert envelope.documents
        temporary_id = sandbox.envelope("assently", remote_id)["temporary_id"]
        assert (await provider.get_by_temporary_id(int(temporary_id))).remote_id == remote_id

    with_provider(sandbox, steps)


def test_hook_subscription_delivers_events(
    sandbox: SandboxHandle, webhook_receiver: WebhookReceiver, sample_pdf: bytes, tmp_path: Path
) -> None:
    envelope = make_envelope(tmp_path, sample_pdf, signers=1)

    async def steps(provider: AssentlyProvider) -> None:
        subscription = await provider.subscribe("sent", webhook_receiver.url + "/assently")
        created = await provider.create_envelope(envelope)
        await provider.send(created.remote_id)
        _path, _headers, body = await asyncio.to_thread(
            webhook_receiver.wait_for, lambda _p, _h, b: b.get("Id") == created.remote_id
        )
        event = provider.parse_status_event(body, "sent")
        assert event.remote_id == created.remote_id
        assert event.status is EnvelopeStatus.SENT
        await provider.unsubscribe(subscription.remote_id)
        with pytest.raises(NotFound):
            await provider.unsubscribe(subscription.remote_id)

    with_provider(sandbox, steps)


def test_basic_credentials_work_and_bad_ones_are_refused(sandbox: SandboxHandle) -> None:
    info = sandbox.info

    async def main() -> None:
        good = AssentlyProvider(
            info.assently_base_url, ApiKeyCredentials(info.assently_api_key, info.assently_api_secret)
        )
        bad = AssentlyProvider(info.assently_base_url, PersonalAccessToken("pat-wrong-token-value"))
        try:
            await good.test_connection()
            with pytest.raises(AuthenticationError) as caught:
                await bad.test_connection()
            assert "pat-wrong-token-value" not in str(caught.value)
        finally:
            await good.aclose()
            await bad.aclose()

    asyncio.run(main())


def test_reads_survive_injected_faults(sandbox: SandboxHandle, sample_pdf: bytes, tmp_path: Path) -> None:
    envelope = make_envelope(tmp_path, sample_pdf, signers=1)

    async def main() -> None:
        async def no_wait(_seconds: float) -> None:
            return None

        provider = AssentlyProvider(
            sandbox.info.assently_base_url,
            PersonalAccessToken(sandbox.info.assently_token),
            retry=RetryPolicy(attempts=12),
            sleep=no_wait,
        )
        try:
            created = await provider.create_envelope(envelope)
            sandbox.set_faults(error_rate=0.3, drop_rate=0.1)
            for _ in range(15):
                assert (await provider.get_envelope(created.remote_id)).remote_id == created.remote_id
        finally:
            await provider.aclose()

    asyncio.run(main())


def test_lost_create_response_is_not_retried_and_the_exists_check_finds_it(
    sandbox: SandboxHandle, sample_pdf: bytes, tmp_path: Path
) -> None:
    envelope = make_envelope(tmp_path, sample_pdf, signers=1)

    async def steps(provider: AssentlyProvider) -> None:
        sandbox.set_faults(lost_response_rate=1.0)
        with pytest.raises(NetworkError):
            await provider.create_envelope(envelope)
        sandbox.set_faults(lost_response_rate=0.0)
        remote_id = await provider.envelope_exists(envelope)
        assert remote_id == case_id_for(envelope.local_id)
        assert [e["id"] for e in sandbox.envelopes()].count(remote_id) == 1

    with_provider(sandbox, steps)
