"""Duplicate as draft of an envelope whose PDF copies are gone (a sent envelope's copies are tidied away)."""

from __future__ import annotations

from pathlib import Path

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, Party, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.envelope_spec import preflight_document
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.paths import AppPaths
from tests.pdf_factory import PageSpec, make_pdf


def _field(field_id: str, document: int) -> Field:
    return Field(
        id=field_id,
        kind=FieldKind.SIGNATURE,
        document=document,
        page=1,
        rect=PageRect(0.1, 0.1, 0.3, 0.2),
        party_id="p1",
    )


def test_a_document_whose_pdf_is_gone_is_left_out_with_its_fields_and_named(tmp_path: Path) -> None:
    context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
    try:
        account = context.accounts.store.add(Account(provider=ProviderKind.ASSENTLY, name="A", base_url=""))
        kept = preflight_document(make_pdf(tmp_path / "kept.pdf", [PageSpec()]))
        gone = preflight_document(make_pdf(tmp_path / "gone.pdf", [PageSpec()]))
        Path(gone.path).unlink()
        sent = Envelope(
            local_id=new_id(),
            provider=ProviderKind.ASSENTLY,
            account_id=account.id,
            remote_id="case-1",
            name="Contract",
            status=EnvelopeStatus.COMPLETED,
            documents=(gone, kept),
            parties=(Party(id="p1", name="Aiko", email="aiko@example.com"),),
            fields=(_field("on-gone", 0), _field("on-kept", 1)),
        )
        context.cache.upsert(sent)
        shown: list[str] = []
        context.notifier.subscribe(lambda message: shown.append(message.text))

        draft = EnvelopeActions(context).duplicate_as_draft(sent)

        assert [d.file_name for d in draft.documents] == ["kept.pdf"]
        assert [(f.id, f.document) for f in draft.fields] == [("on-kept", 0)]
        assert draft.status is EnvelopeStatus.DRAFT
        assert not draft.remote_id
        assert context.drafts.load(draft.local_id) is not None
        assert any("“gone.pdf”" in text and "Add it again" in text for text in shown)
    finally:
        context.database.close()


def test_a_document_still_on_disk_is_copied_without_a_word(tmp_path: Path) -> None:
    context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
    try:
        account = context.accounts.store.add(Account(provider=ProviderKind.GMOSIGN, name="G", base_url=""))
        document: Document = preflight_document(make_pdf(tmp_path / "c.pdf", [PageSpec()]))
        sent = Envelope(
            local_id=new_id(),
            provider=ProviderKind.GMOSIGN,
            account_id=account.id,
            remote_id="x1",
            name="NDA",
            status=EnvelopeStatus.SENT,
            documents=(document,),
            parties=(Party(id="p1", name="Aiko", email="aiko@example.com"),),
            fields=(_field("f", 0),),
        )
        shown: list[str] = []
        context.notifier.subscribe(lambda message: shown.append(message.text))
        draft = EnvelopeActions(context).duplicate_as_draft(sent)
        assert [d.file_name for d in draft.documents] == ["c.pdf"]
        assert [f.id for f in draft.fields] == ["f"]
        assert shown == []
    finally:
        context.database.close()
