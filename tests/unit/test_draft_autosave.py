from __future__ import annotations

import asyncio
import dataclasses
import gc
import threading
from collections.abc import Mapping
from pathlib import Path

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, ProviderKind
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.draft_autosave import DraftAutosaver
from esign_desktop.storage.atomic_file import copy_hashed_atomically
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.errors import DiskFullError, StorageError
from esign_desktop.storage.paths import AppPaths
from tests.pdf_factory import PageSpec, TextSpec, make_pdf

# Generous upper bound for event-driven waits; the tests never sleep, they wait for a save to report.
WAIT = 5.0


class RecordingStore(DraftStore):
    """A real DraftStore that can fail the next saves and counts what it was asked to save."""

    def __init__(self, database: Database, paths: AppPaths) -> None:
        super().__init__(database, paths)
        self.failures_to_come = 0
        self.saved_names: list[str] = []
        self.gate: threading.Event | None = None
        self.entered = threading.Event()

    def save(self, envelope: Envelope, pdf_paths: Mapping[str, Path] | None = None) -> Envelope:
        self.entered.set()
        if self.gate is not None:
            self.gate.wait(WAIT)
        if self.failures_to_come:
            self.failures_to_come -= 1
            raise DiskFullError("Could not finish saving the draft: the disk is full.")
        self.saved_names.append(envelope.name)
        return super().save(envelope, pdf_paths)


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def store(paths: AppPaths) -> RecordingStore:
    return RecordingStore(Database.open(paths.database_file()), paths)


@pytest.fixture
def draft(tmp_path: Path) -> Envelope:
    pdf = make_pdf(tmp_path / "lease.pdf", [PageSpec(texts=[TextSpec(72, 700, "Lease")]), PageSpec()])
    return Envelope(
        local_id="draft-1",
        provider=ProviderKind.GMOSIGN,
        name="Lease v1",
        documents=(domain_document(inspect_pdf(pdf), pdf),),
        parties=(Party(id="anna", name="Anna", email="anna@example.com"),),
    )


def _edit(envelope: Envelope, step: int) -> Envelope:
    field = Field(
        id=f"f{step}",
        kind=FieldKind.SIGNATURE,
        document=0,
        page=1 + step % 2,
        rect=PageRect(0.1, 0.05 * step, 0.3, 0.05 * step + 0.04),
        party_id="anna",
    )
    return dataclasses.replace(envelope, name=f"Lease v{step}", fields=(*envelope.fields, field))


class SaveWaiter:
    """Collects on_saved/on_error reports and lets a test await the next one."""

    def __init__(self) -> None:
        self.saved: list[Envelope] = []
        self.errors: list[StorageError] = []
        self._event = asyncio.Event()

    def on_saved(self, envelope: Envelope) -> None:
        self.saved.append(envelope)
        self._event.set()

    def on_error(self, error: StorageError) -> None:
        self.errors.append(error)
        self._event.set()

    async def next_report(self) -> None:
        await asyncio.wait_for(self._event.wait(), WAIT)
        self._event.clear()


def _without_paths(envelope: Envelope) -> Envelope:
    return dataclasses.replace(
        envelope, documents=tuple(dataclasses.replace(d, path="") for d in envelope.documents)
    )


def test_edits_are_coalesced_and_the_draft_reopens_exactly(store: RecordingStore, draft: Envelope) -> None:
    async def scenario() -> tuple[Envelope, SaveWaiter]:
        waiter = SaveWaiter()
        saver = DraftAutosaver(store, delay=0.05, on_saved=waiter.on_saved)
        envelope = draft
        for step in range(1, 6):
            envelope = _edit(envelope, step)
            saver.changed(envelope)
        unsaved_before = saver.has_unsaved_changes
        await waiter.next_report()  # the timer saved without anyone flushing
        assert store.saved_names == ["Lease v5"]  # five edits, one save of the newest state
        assert (unsaved_before, saver.has_unsaved_changes) == (True, False)
        return envelope, waiter

    edited, waiter = asyncio.run(scenario())
    reopened = store.load(draft.local_id)
    assert reopened == waiter.saved[-1]  # exactly what was saved, our PDF copies included
    assert _without_paths(reopened) == _without_paths(edited)
    assert reopened.fields == edited.fields
    assert Path(reopened.documents[0].path).read_bytes() == Path(draft.documents[0].path).read_bytes()


def test_flush_saves_at_once_and_reports_success(store: RecordingStore, draft: Envelope) -> None:
    async def scenario() -> bool:
        saver = DraftAutosaver(store, delay=3600)
        saver.changed(_edit(draft, 1))
        return await saver.flush()

    assert asyncio.run(scenario()) is True
    loaded = store.load(draft.local_id)
    assert loaded is not None
    assert loaded.name == "Lease v1"


def test_a_failed_save_is_reported_kept_in_memory_and_retried_on_the_next_change(
    store: RecordingStore, draft: Envelope, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> tuple[SaveWaiter, Envelope]:
        waiter = SaveWaiter()
        saver = DraftAutosaver(store, delay=0.01, on_saved=waiter.on_saved, on_error=waiter.on_error)
        store.failures_to_come = 1
        first = _edit(draft, 1)
        saver.changed(first)
        await waiter.next_report()
        assert [type(e) for e in waiter.errors] == [DiskFullError]
        error_after_failure = saver.last_error
        assert saver.has_unsaved_changes
        assert store.load(draft.local_id) is None
        second = _edit(first, 2)
        saver.changed(second)
        await waiter.next_report()
        assert isinstance(error_after_failure, DiskFullError)
        assert saver.last_error is None
        return waiter, second

    waiter, second = asyncio.run(scenario())
    assert len(waiter.saved) == 1
    loaded = store.load(draft.local_id)
    assert loaded is not None
    assert loaded.fields == second.fields


def test_flush_returns_false_while_the_disk_stays_full(
    store: RecordingStore, draft: Envelope, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> tuple[bool, bool]:
        saver = DraftAutosaver(store, delay=3600)
        saver.changed(_edit(draft, 1))
        store.failures_to_come = 1
        failed = await saver.flush()
        retried = await saver.flush()
        return failed, retried

    assert asyncio.run(scenario()) == (False, True)
    assert store.saved_names == ["Lease v1"]


def test_an_edit_made_during_a_save_is_saved_right_after_it(store: RecordingStore, draft: Envelope) -> None:
    async def scenario() -> SaveWaiter:
        waiter = SaveWaiter()
        saver = DraftAutosaver(store, delay=0.01, on_saved=waiter.on_saved)
        store.gate = threading.Event()
        saver.changed(_edit(draft, 1))
        assert await asyncio.to_thread(store.entered.wait, WAIT)
        saver.changed(_edit(draft, 2))  # the first save is still blocked in the executor
        store.gate.set()
        await waiter.next_report()
        if len(waiter.saved) < 2:
            await waiter.next_report()
        return waiter

    waiter = asyncio.run(scenario())
    assert [e.name for e in waiter.saved] == ["Lease v1", "Lease v2"]


def test_each_pdf_is_copied_once_not_on_every_save(
    store: RecordingStore, draft: Envelope, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies: list[Path] = []
    real_copy = copy_hashed_atomically

    def counting_copy(source: Path, *args: object, **kwargs: object) -> tuple[Path, str, int]:
        copies.append(source)
        return real_copy(source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("esign_desktop.storage.drafts.copy_hashed_atomically", counting_copy)

    async def scenario() -> None:
        saver = DraftAutosaver(store, delay=3600)
        envelope = draft
        for step in range(1, 4):
            envelope = _edit(envelope, step)
            saver.changed(envelope)
            assert await saver.flush()

    asyncio.run(scenario())
    assert copies == [Path(draft.documents[0].path)]
    assert store.saved_names == ["Lease v1", "Lease v2", "Lease v3"]


def test_the_draft_survives_the_saver_being_dropped_without_flush(
    store: RecordingStore, draft: Envelope, paths: AppPaths
) -> None:
    """The GUI-less equivalent of a window destroyed without closing: no flush, no goodbye."""

    async def scenario() -> Envelope:
        waiter = SaveWaiter()
        saver = DraftAutosaver(store, delay=0.02, on_saved=waiter.on_saved)
        edited = _edit(_edit(draft, 1), 2)
        saver.changed(edited)
        await waiter.next_report()
        del saver
        gc.collect()
        return edited

    edited = asyncio.run(scenario())
    fresh_store = DraftStore(Database.open(paths.database_file()), paths)  # as after a restart
    reopened = fresh_store.load(draft.local_id)
    assert reopened is not None
    assert _without_paths(reopened) == _without_paths(edited)
