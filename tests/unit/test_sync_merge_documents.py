"""What the service tells about an envelope's documents is merged over what we know locally without losing
the page sizes (the services list documents by name and id only): the details pane says "2 pages" for a
2-page PDF after a sync, not "0"."""

from __future__ import annotations

from dataclasses import replace

from esign_desktop.domain.model import Document, Envelope, PageInfo, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.sync import merge_remote

A4 = PageInfo(595.0, 842.0)


def local_envelope() -> Envelope:
    document = Document(
        id="d1",
        file_name="lease.pdf",
        sha512="ab",
        size=1000,
        pages=(A4, A4),
        path="/drafts/lease.pdf",
        remote_id="R-D1",
    )
    return Envelope(
        local_id="L1",
        provider=ProviderKind.ASSENTLY,
        account_id="acc",
        remote_id="R1",
        status=EnvelopeStatus.SENT,
        documents=(document,),
    )


def test_a_sync_keeps_the_page_sizes_and_local_path_of_a_known_document() -> None:
    cached = local_envelope()
    told = Document(id="R-D1", file_name="lease.pdf", sha512="", size=1000, pages=(), remote_id="R-D1")
    seen = replace(cached, local_id="", documents=(told,))
    merged = merge_remote(cached, seen, "acc")
    assert merged.documents[0].page_count == 2
    assert merged.documents[0].path == "/drafts/lease.pdf"


def test_what_the_service_tells_wins_and_an_unknown_document_has_no_pages_to_keep() -> None:
    cached = local_envelope()
    three = Document(id="x", file_name="new.pdf", sha512="", size=5, pages=(A4, A4, A4), remote_id="R-D1")
    unknown = Document(id="y", file_name="annex.pdf", sha512="", size=5, pages=(), remote_id="R-D9")
    merged = merge_remote(cached, replace(cached, documents=(three, unknown)), "acc")
    assert [d.page_count for d in merged.documents] == [3, 0]
    assert merged.documents[1].path == ""
