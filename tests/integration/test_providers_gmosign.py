"""The real GMO Sign client against the real sandbox server: every action and a full life via the hook."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    Field,
    FieldKind,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.base import TemplateSend
from esign_desktop.providers.errors import AuthenticationError, NotFound, NotSupported
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from esign_desktop.sandbox.templates import GMO_TEMPLATE_IDS
from tests.integration.conftest import SandboxHandle, WebhookReceiver

pytestmark = pytest.mark.integration


def provider_for(sandbox: SandboxHandle, secret: str | None = None) -> GmoSignProvider:
    info = sandbox.info
    credentials = GmoSignCredentials(info.gmo_customer_id, secret or info.gmo_secret_key)
    return GmoSignProvider(credentials, base_url=info.gmosign_base_url)


def with_provider(sandbox: SandboxHandle, steps: Callable[[GmoSignProvider], Awaitable[None]]) -> None:
    async def main() -> None:
        provider = provider_for(sandbox)
        try:
            await steps(provider)
        finally:
            await provider.aclose()

    asyncio.run(main())


def make_envelope(folder: Path, pdf: bytes) -> Envelope:
    path = folder / "contract.pdf"
    path.write_bytes(pdf)
    document = Document(
        id="doc",
        file_name="contract.pdf",
        sha512="",
        size=len(pdf),
        pages=(PageInfo(595, 842),),
        path=str(path),
    )
    parties = (
        Party(
            id="in", name="Sato", email="sato@ours.example", affiliation=Affiliation.IN_HOUSE, sign_type="2"
        ),
        Party(id="out", name="Tanaka", email="tanaka@partner.example", organisation="Partner KK", order=2),
        Party(id="cc", name="Archive", email="archive@ours.example", role=PartyRole.RECIPIENT),
    )
    fields = (
        Field(
            id="s1",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.8, 0.4, 0.88),
            party_id="in",
        ),
        Field(
            id="s2",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.5, 0.8, 0.8, 0.88),
            party_id="out",
        ),
        Field(
            id="t1",
            kind=FieldKind.TEXT,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.1, 0.4, 0.13),
            value="Acme KK",
        ),
    )
    return Envelope(
        local_id=uuid.uuid4().hex,
        provider=ProviderKind.GMOSIGN,
        name="GMO integration contract",
        documents=(document,),
        parties=parties,
        fields=fields,
    )


def test_full_life_create_sign_hook_download(
    sandbox: SandboxHandle, webhook_receiver: WebhookReceiver, sample_pdf: bytes, tmp_path: Path
) -> None:
    envelope = make_envelope(tmp_path, sample_pdf)

    async def steps(provider: GmoSignProvider) -> None:
        await provider.test_connection()
        subscription = await provider.subscribe("Completed", webhook_receiver.url + "/gmo")
        created = await provider.create_envelope(envelope)
        assert created.status is EnvelopeStatus.SENT
        assert created.documents[0].remote_id
        await provider.send(created.remote_id)  # already sent: nothing happens
        state = sandbox.envelope("gmosign", created.remote_id)
        assert state["name"] == "GMO integration contract"
        assert [p["role"] for p in state["parties"]].count("signer") == 2
        for party in state["parties"]:
            if party["role"] == "signer":
                sandbox.act("gmosign", created.remote_id, party["id"]).raise_for_status()
        _path, _headers, body = await asyncio.to_thread(
            webhook_receiver.wait_for, lambda _p, _h, b: b.get("envelope_xid") == created.remote_id
        )
        event = provider.parse_status_event(body, subscription.event)
        assert event.status is EnvelopeStatus.COMPLETED
        assert event.document_ids
        out = tmp_path / "downloads"
        for document_id in event.document_ids:
            document = Document(
                id=document_id, file_name="signed.pdf", sha512="", size=0, pages=(), remote_id=document_id
            )
            path = await provider.download_document(created, document, out)
            fields = PdfReader(path).get_fields() or {}
            assert any(f.get("/FT") == "/Sig" and f.get("/V") is not None for f in fields.values())
        await provider.unsubscribe(subscription.remote_id)
        with pytest.raises(NotFound):
            await provider.unsubscribe(subscription.remote_id)

    with_provider(sandbox, steps)


def test_template_send(sandbox: SandboxHandle) -> None:
    async def steps(provider: GmoSignProvider) -> None:
        request = TemplateSend(
            local_id="t",
            template_id=GMO_TEMPLATE_IDS[0],
            name="From template",
            parties=(Party(id="p", name="Suzuki", email="suzuki@example.com"),),
            merge_values={"company": "Acme"},
        )
        remote_id = await provider.create_from_template(request)
        assert sandbox.envelope("gmosign", remote_id)["name"] == "From template"

    with_provider(sandbox, steps)


def test_huge_document_from_the_transfer_area(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    (sandbox.data_dir / "input" / "big.pdf").write_bytes(sample_pdf)

    async def steps(provider: GmoSignProvider) -> None:
        assert await provider.register_huge_document("big.pdf")
        with pytest.raises(NotFound):
            await provider.register_huge_document("missing.pdf")

    with_provider(sandbox, steps)


def test_status_queries_are_not_supported(sandbox: SandboxHandle) -> None:
    async def steps(provider: GmoSignProvider) -> None:
        with pytest.raises(NotSupported):
            await provider.get_envelope("anything")

    with_provider(sandbox, steps)


def test_wrong_secret_is_an_authentication_error(sandbox: SandboxHandle) -> None:
    async def main() -> None:
        provider = provider_for(sandbox, secret="not-the-secret-key")
        try:
            with pytest.raises(AuthenticationError) as caught:
                await provider.test_connection()
            assert "not-the-secret-key" not in str(caught.value)
        finally:
            await provider.aclose()

    asyncio.run(main())
