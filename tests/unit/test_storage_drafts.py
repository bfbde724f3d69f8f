from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esign_desktop.domain.model import Document, Envelope, PageInfo, ProviderKind
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.errors import DiskFullError, StorageError
from esign_desktop.storage.outbox import Outbox, OutboxState
from esign_desktop.storage.paths import AppPaths
from tests.pdf_factory import PageSpec, TextSpec, make_pdf
from tests.strategies import envelopes

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def database(paths: AppPaths) -> Database:
    return Database.open(paths.database_file())


@pytest.fixture
def drafts(database: Database, paths: AppPaths) -> DraftStore:
    return DraftStore(database, paths)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contract.pdf", [PageSpec(texts=[TextSpec(72, 700, "Contract")])])


@pytest.fixture
def other_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "annex.pdf", [PageSpec(texts=[TextSpec(72, 700, "Annex")]), PageSpec()])


def _document(doc_id: str, path: Path) -> Document:
    return Document(
        id=doc_id, file_name=path.name, sha512="", size=0, pages=(PageInfo(595, 842),), path=str(path)
    )


def _draft(name: str = "Lease", *documents: Document) -> Envelope:
    return Envelope(local_id="draft-1", provider=ProviderKind.ASSENTLY, name=name, documents=documents)


def _stored_files(paths: AppPaths) -> list[Path]:
    return sorted(paths.draft_files_dir().iterdir())


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(envelope=envelopes(documents_strategy=st.just(())))
def test_a_draft_reads_back_identical(drafts: DraftStore, envelope: Envelope) -> None:
    assert drafts.save(envelope) == envelope
    assert drafts.load(envelope.local_id) == envelope


def test_saving_copies_the_pdfs_into_the_store(drafts: DraftStore, paths: AppPaths, pdf: Path) -> None:
    stored = drafts.save(_draft("Lease", _document("d1", pdf)))
    [document] = stored.documents
    copy = Path(document.path)
    assert copy.parent == paths.draft_files_dir()
    assert copy.read_bytes() == pdf.read_bytes()
    assert document.sha512 == hashlib.sha512(pdf.read_bytes()).hexdigest()
    assert copy.name == f"{document.sha512}.pdf"
    assert document.size == pdf.stat().st_size
    assert drafts.load("draft-1") == stored
    pdf.write_bytes(b"changed later")  # the draft keeps its own copy
    assert Path(drafts.load("draft-1").documents[0].path).read_bytes() != b"changed later"  # type: ignore[union-attr]


def test_identical_files_are_stored_once(
    drafts: DraftStore, paths: AppPaths, pdf: Path, tmp_path: Path
) -> None:
    duplicate = tmp_path / "same-content.pdf"
    duplicate.write_bytes(pdf.read_bytes())
    drafts.save(_draft("A", _document("d1", pdf), _document("d2", duplicate)))
    drafts.save(dataclasses.replace(_draft("B", _document("d1", pdf)), local_id="draft-2"))
    assert len(_stored_files(paths)) == 1


def test_pdf_paths_override_and_resaving_does_not_copy_again(
    drafts: DraftStore, paths: AppPaths, pdf: Path, other_pdf: Path
) -> None:
    stored = drafts.save(_draft("Lease", _document("d1", pdf)), pdf_paths={"d1": other_pdf})
    assert Path(stored.documents[0].path).read_bytes() == other_pdf.read_bytes()
    before = _stored_files(paths)
    resaved = drafts.save(dataclasses.replace(stored, name="Lease v2"))
    assert resaved.documents == stored.documents
    assert _stored_files(paths) == before


def test_missing_source_file_is_a_clear_error(drafts: DraftStore, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=r"cannot read gone\.pdf"):
        drafts.save(_draft("x", _document("d1", tmp_path / "gone.pdf")))
    with pytest.raises(StorageError, match="Add the PDF again"):
        drafts.save(_draft("x", Document(id="d", file_name="a.pdf", sha512="ab", size=1, pages=())))


def test_list_and_delete(drafts: DraftStore, paths: AppPaths, pdf: Path, other_pdf: Path) -> None:
    first = drafts.save(_draft("First", _document("d1", pdf)))
    later = dataclasses.replace(first, updated_at=first.updated_at.replace(year=first.updated_at.year + 1))
    drafts.save(dataclasses.replace(later, local_id="draft-2", name="Second", documents=()), {})
    drafts.save(
        dataclasses.replace(
            _draft("Third", _document("d1", pdf), _document("d2", other_pdf)), local_id="draft-3"
        )
    )
    assert drafts.list()[0].name == "Second"
    assert {d.local_id for d in drafts.list()} == {"draft-1", "draft-2", "draft-3"}
    assert len(_stored_files(paths)) == 2
    assert drafts.delete("draft-3") is True
    assert len(_stored_files(paths)) == 1  # the annex went; the contract is still used by draft-1
    assert drafts.delete("draft-1") is True
    assert _stored_files(paths) == []
    assert drafts.delete("draft-1") is False
    assert drafts.load("draft-1") is None


def test_files_of_an_unsent_outbox_entry_survive_deleting_the_draft(
    drafts: DraftStore, database: Database, paths: AppPaths, pdf: Path
) -> None:
    account = AccountStore(database).add(
        Account(provider=ProviderKind.ASSENTLY, name="A", base_url="https://a")
    )
    stored = drafts.save(dataclasses.replace(_draft("Lease", _document("d1", pdf)), account_id=account.id))
    outbox = Outbox(database)
    entry = outbox.enqueue(stored, remote_id="case-1")
    drafts.delete(stored.local_id)
    assert Path(stored.documents[0].path).is_file()
    for state in (OutboxState.CREATING, OutboxState.CREATED, OutboxState.SENDING, OutboxState.SENT):
        outbox.transition(entry.id, state)
    assert drafts.collect_garbage() == 1
    assert _stored_files(paths) == []


def test_garbage_collection_removes_old_temporary_files_only(drafts: DraftStore, paths: AppPaths) -> None:
    old = paths.draft_files_dir() / ".incoming.dead.tmp"
    young = paths.draft_files_dir() / ".incoming.busy.tmp"
    for path in (old, young):
        path.write_bytes(b"half a copy")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    assert drafts.collect_garbage() == 1
    assert not old.exists()
    assert young.exists()


def test_write_interrupted_mid_transaction_keeps_the_previous_version(
    drafts: DraftStore, pdf: Path, other_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = drafts.save(_draft("Version 1", _document("d1", pdf)))

    def fail_half_way(*_args: object) -> None:
        raise RuntimeError("power cut after the draft row was written")

    monkeypatch.setattr(DraftStore, "_link_files", fail_half_way)
    with pytest.raises(RuntimeError):
        drafts.save(_draft("Version 2", _document("d1", other_pdf)))
    assert drafts.load("draft-1") == previous


def test_disk_full_while_copying_a_pdf(
    drafts: DraftStore, paths: AppPaths, pdf: Path, other_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = drafts.save(_draft("Version 1", _document("d1", pdf)))
    before = _stored_files(paths)

    def no_space(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFullError) as caught:
        drafts.save(_draft("Version 2", _document("d1", other_pdf)))
    monkeypatch.undo()
    assert "disk is full" in caught.value.user_message
    assert "previously saved version is unchanged" in caught.value.user_message
    assert drafts.load("draft-1") == previous
    assert _stored_files(paths) == before  # no half-written or temporary file left behind


def test_disk_full_inside_the_database(drafts: DraftStore, database: Database) -> None:
    previous = drafts.save(_draft("Version 1"))
    with database.read() as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    bulky = dataclasses.replace(_draft("Version 2"), metadata={"notes": "x" * 200_000})
    with pytest.raises(DiskFullError, match="disk is full"):
        drafts.save(bulky)
    assert drafts.load("draft-1") == previous


_WRITER = textwrap.dedent(
    """
    import dataclasses, sys
    from pathlib import Path
    from esign_desktop.domain.model import Document, Envelope, PageInfo, ProviderKind
    from esign_desktop.storage.database import Database
    from esign_desktop.storage.drafts import DraftStore
    from esign_desktop.storage.paths import AppPaths

    paths = AppPaths.from_environment()
    store = DraftStore(Database.open(paths.database_file()), paths)
    source = Path(sys.argv[1])
    pdf = source.read_bytes()
    number = 0
    while True:
        number += 1
        source.write_bytes(pdf + b"%% version " + str(number).encode() + b"\\n")
        document = Document(id="d", file_name="c.pdf", sha512="", size=0, pages=(PageInfo(595, 842),))
        draft = Envelope(
            local_id="draft-1", provider=ProviderKind.GMOSIGN, name=f"version {number}",
            documents=(document,), metadata={"number": str(number), "padding": "x" * (50_000 + number)},
        )
        store.save(draft, {"d": source})
        print(number, flush=True)
    """
)


def test_killed_while_saving_leaves_a_complete_version(paths: AppPaths, pdf: Path) -> None:
    paths.database_file()
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(pdf)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    confirmed = 0
    try:
        while confirmed < 15:
            line = process.stdout.readline()
            assert line, "the writer stopped on its own"
            confirmed = int(line)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    with Database.open(paths.database_file()) as database:
        draft = DraftStore(database, paths).load("draft-1")
    assert draft is not None
    number = int(draft.metadata["number"])
    assert number >= confirmed
    assert draft.name == f"version {number}"
    assert len(draft.metadata["padding"]) == 50_000 + number
    stored_pdf = Path(draft.documents[0].path).read_bytes()
    assert stored_pdf.endswith(f"%% version {number}\n".encode())
    assert hashlib.sha512(stored_pdf).hexdigest() == draft.documents[0].sha512
