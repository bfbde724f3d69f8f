"""End to end on every page kind, both services: the real provider clients send, the real sandbox signs (the
signer types into its own fields), the client downloads, and PDFium renders the original and the result.

- every stamp lands where the field was placed: the changed pixels span the requested rectangle to 1 % of
  the page, on every page kind (rotations incl. odd /Rotate values, crop and media box offsets, UserUnit,
  mixed sizes, FreeText annotations, existing form fields);
- nothing else on any page changes, and a page without fields comes back pixel-identical;
- the stamp shows what the signer typed (never GMO Sign's internal tag).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, Party, ProviderKind
from esign_desktop.pdf.preflight import domain_document, inspect_pdf
from esign_desktop.providers.assently import AssentlyProvider, PersonalAccessToken
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from tests.integration.conftest import SandboxHandle
from tests.pdf_factory import PdfOptions, make_pdf, page_kinds
from tests.rendering import Fractions, changed_box, changed_inside, render_pages

pytestmark = pytest.mark.integration

TOLERANCE = 0.01
SIGNATURE = PageRect(0.12, 0.30, 0.42, 0.40)
TEXT = PageRect(0.55, 0.62, 0.90, 0.68)
SIGNER = "Erika Mustermann"
KINDS = list(page_kinds())
FIELD_PAGES = list(range(1, len(KINDS) + 1, 2))  # every other page; the others must not change at all

Provider = AssentlyProvider | GmoSignProvider


def fractions(rect: PageRect) -> Fractions:
    return rect.x0, rect.y0, rect.x1, rect.y1


def typed_on(page: int) -> str:
    return f"Typed on page {page}"


def make_envelope(path: Path, provider: ProviderKind) -> Envelope:
    document = domain_document(inspect_pdf(path), path)
    fields: list[Field] = []
    for page in FIELD_PAGES:
        fields.append(Field(f"s{page}", FieldKind.SIGNATURE, 0, page, SIGNATURE, party_id="p"))
        fields.append(Field(f"t{page}", FieldKind.TEXT, 0, page, TEXT, party_id="p", required=True))
    return Envelope(
        local_id=uuid.uuid4().hex,
        provider=provider,
        name=f"Every page kind ({provider.value})",
        documents=(document,),
        parties=(Party(id="p", name=SIGNER, email="erika@example.com"),),
        fields=tuple(fields),
    )


def run(provider: Provider, steps: Callable[[Provider], Awaitable[None]]) -> None:
    async def main() -> None:
        try:
            await steps(provider)
        finally:
            await provider.aclose()

    asyncio.run(main())


def sign_typing(sandbox: SandboxHandle, service: str, remote_id: str) -> None:
    """The signer types "Typed on page N" into each of its text fields and signs."""
    state = sandbox.envelope(service, remote_id)
    [party] = state["parties"]
    values: dict[str, str | bool] = {
        str(index): typed_on(placed["page_no"])
        for index, placed in enumerate(state["fields"])
        if placed["party_id"] == party["id"] and placed["editable"] and placed["kind"] == "text"
    }
    assert len(values) == len(FIELD_PAGES)
    refused = sandbox.act(service, remote_id, party["id"], fields={})
    assert refused.status_code == 400, "required fields left empty must be refused"
    assert "Fill in the required text field on page 1" in refused.json()["message"]
    sandbox.act(service, remote_id, party["id"], fields=values).raise_for_status()
    assert sandbox.envelope(service, remote_id)["phase"] == "finished"


def check_output(original: bytes, signed: bytes) -> None:
    before, after = render_pages(original), render_pages(signed, len(KINDS))
    asked = [fractions(SIGNATURE), fractions(TEXT)]
    for number, (old, new) in enumerate(zip(before, after, strict=True), start=1):
        kind = KINDS[number - 1]
        if number not in FIELD_PAGES:
            assert changed_box(old, new) is None, f"page {number} ({kind}) has no field but changed"
            continue
        assert changed_box(old, new, ignore=asked) is None, (
            f"page {number} ({kind}) changed outside its fields"
        )
        for rect in asked:
            got = changed_inside(old, new, rect, margin=0.03)
            assert got is not None, f"page {number} ({kind}): no stamp at {rect}"
            assert got == pytest.approx(rect, abs=TOLERANCE), (
                f"page {number} ({kind}): at {got}, placed {rect}"
            )
    document = pdfium.PdfDocument(signed)
    try:
        for number in FIELD_PAGES:
            text = document[number - 1].get_textpage().get_text_range()
            assert typed_on(number) in text, f"page {number}: the typed value is not shown"
            assert SIGNER in text
            assert "text_" not in text  # GMO Sign's internal tag is never stamped
    finally:
        document.close()


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Stored appearances only: sealing clears /NeedAppearances (see PdfOptions), which would redraw the
    # existing checkbox differently in PDFium and hide a real difference behind an expected one.
    options = PdfOptions(need_appearances=False)
    return make_pdf(tmp_path_factory.mktemp("e2e") / "every-kind.pdf", list(page_kinds().values()), options)


def test_gmo_sign_every_page_kind(sandbox: SandboxHandle, every_kind: Path, tmp_path: Path) -> None:
    info = sandbox.info
    provider = GmoSignProvider(
        GmoSignCredentials(info.gmo_customer_id, info.gmo_secret_key), base_url=info.gmosign_base_url
    )
    envelope = make_envelope(every_kind, ProviderKind.GMOSIGN)
    original = every_kind.read_bytes()

    async def steps(client: Any) -> None:
        created = await client.create_envelope(envelope)
        sign_typing(sandbox, "gmosign", created.remote_id)
        remote = created.documents[0].remote_id
        document = Document(id="d", file_name="signed.pdf", sha512="", size=0, pages=(), remote_id=remote)
        path = await client.download_document(created, document, tmp_path / "out")
        check_output(original, await asyncio.to_thread(path.read_bytes))

    run(provider, steps)


def test_assently_every_page_kind(sandbox: SandboxHandle, every_kind: Path, tmp_path: Path) -> None:
    info = sandbox.info
    provider = AssentlyProvider(info.assently_base_url, PersonalAccessToken(info.assently_token))
    envelope = make_envelope(every_kind, ProviderKind.ASSENTLY)
    original = every_kind.read_bytes()

    async def steps(client: Any) -> None:
        created = await client.create_envelope(envelope)
        await client.send(created.remote_id)
        sign_typing(sandbox, "assently", created.remote_id)
        done = await client.get_envelope(created.remote_id)
        path = await client.download_document(done, done.documents[0], tmp_path / "out")
        check_output(original, await asyncio.to_thread(path.read_bytes))

    run(provider, steps)


@pytest.mark.parametrize("how", ["stream", "array"])
def test_shared_content_streams_on_both_services(sandbox: SandboxHandle, tmp_path: Path, how: str) -> None:
    """Pages that share one content stream (or one /Contents array): fields on page 2 only."""
    kinds = page_kinds()
    pages = [kinds["portrait"]] * 3
    path = make_pdf(tmp_path / "shared.pdf", pages, PdfOptions(shared_content=how))
    original = path.read_bytes()
    info = sandbox.info
    for kind in (ProviderKind.GMOSIGN, ProviderKind.ASSENTLY):
        document = domain_document(inspect_pdf(path), path)
        envelope = Envelope(
            local_id=uuid.uuid4().hex,
            provider=kind,
            name="Shared content",
            documents=(document,),
            parties=(Party(id="p", name=SIGNER, email="erika@example.com"),),
            fields=(Field("s", FieldKind.SIGNATURE, 0, 2, SIGNATURE, party_id="p"),),
        )
        client: Provider = (
            GmoSignProvider(
                GmoSignCredentials(info.gmo_customer_id, info.gmo_secret_key), base_url=info.gmosign_base_url
            )
            if kind is ProviderKind.GMOSIGN
            else AssentlyProvider(info.assently_base_url, PersonalAccessToken(info.assently_token))
        )
        out = tmp_path / kind.value

        async def steps(
            client: Any, kind: ProviderKind = kind, out: Path = out, envelope: Envelope = envelope
        ) -> None:
            created = await client.create_envelope(envelope)
            service = kind.value
            if kind is ProviderKind.ASSENTLY:
                await client.send(created.remote_id)
            [party] = sandbox.envelope(service, created.remote_id)["parties"]
            sandbox.act(service, created.remote_id, party["id"]).raise_for_status()
            if kind is ProviderKind.ASSENTLY:
                done = await client.get_envelope(created.remote_id)
                path = await client.download_document(done, done.documents[0], out)
            else:
                remote = created.documents[0].remote_id
                doc = Document(id="d", file_name="s.pdf", sha512="", size=0, pages=(), remote_id=remote)
                path = await client.download_document(created, doc, out)
            before, after = render_pages(original), render_pages(await asyncio.to_thread(path.read_bytes), 3)
            assert changed_box(before[0], after[0]) is None, f"{kind.value}: page 1 changed"
            assert changed_box(before[2], after[2]) is None, f"{kind.value}: page 3 changed"
            got = changed_inside(before[1], after[1], fractions(SIGNATURE), margin=0.03)
            assert got == pytest.approx(fractions(SIGNATURE), abs=TOLERANCE)

        run(client, steps)
