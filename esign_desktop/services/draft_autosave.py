"""Draft autosave: every edit reaches the disk within seconds, without blocking the UI.

`changed()` is cheap and may be called on every keystroke: edits are coalesced, and one save runs `delay`
seconds after the first unsaved edit (never two at once; an edit made during a save is saved right after it).
So an edit is on disk after at most `delay` plus the time of one or two saves. Saves run in an executor
because they hash and copy PDFs. A failed save (disk full, folder not writable) is reported through
`on_error` and the unsaved state is kept in memory; the next edit, or `flush()`, tries again.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from esign_desktop.domain.model import Document, Envelope
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.errors import StorageError

_log = logging.getLogger(__name__)

SaveErrorHandler = Callable[[StorageError], None]
SavedHandler = Callable[[Envelope], None]


@dataclass(slots=True)
class _Snapshot:
    envelope: Envelope
    pdf_paths: dict[str, Path] = field(default_factory=dict)


class DraftAutosaver:
    """Saves the latest state of one or more drafts to a DraftStore, on the running asyncio loop."""

    def __init__(
        self,
        store: DraftStore,
        delay: float = 1.0,
        *,
        on_error: SaveErrorHandler | None = None,
        on_saved: SavedHandler | None = None,
        executor: Executor | None = None,
    ) -> None:
        if delay < 0:
            raise ValueError("the autosave delay cannot be negative")
        self._store = store
        self._delay = delay
        self._on_error = on_error
        self._on_saved = on_saved
        self._executor = executor
        self._pending: dict[str, _Snapshot] = {}  # local_id -> newest unsaved state
        self._timer: asyncio.TimerHandle | None = None
        self._saving: asyncio.Task[None] | None = None
        self._save_again = False
        # (document id, source path) -> our stored copy, so a PDF is copied once per draft, not on every edit
        self._stored_copies: dict[tuple[str, str], Document] = {}
        self.last_error: StorageError | None = None

    @property
    def has_unsaved_changes(self) -> bool:
        return bool(self._pending) or self.is_saving

    @property
    def is_saving(self) -> bool:
        return self._saving is not None and not self._saving.done()

    def changed(self, envelope: Envelope, pdf_paths: Mapping[str, Path] | None = None) -> None:
        """Record the newest state of `envelope`; `pdf_paths` maps new documents' ids to their files.

        Call it on the event loop's thread.
        """
        previous = self._pending.get(envelope.local_id)
        paths = dict(previous.pdf_paths) if previous is not None else {}
        paths.update(pdf_paths or {})
        self._pending[envelope.local_id] = _Snapshot(envelope, paths)
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self._delay, self._on_timer)

    async def flush(self) -> bool:
        """Save whatever is unsaved now and wait for it; True when everything is on disk."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while True:
            if self._saving is not None and not self._saving.done():
                await asyncio.shield(self._saving)
                continue
            if not self._pending:
                return self.last_error is None
            self._start_save()
            assert self._saving is not None
            await asyncio.shield(self._saving)
            if self._pending and self.last_error is not None:
                return False

    def _on_timer(self) -> None:
        self._timer = None
        if self._saving is not None and not self._saving.done():
            self._save_again = True
        else:
            self._start_save()

    def _start_save(self) -> None:
        if not self._pending:
            return
        snapshots = list(self._pending.values())
        self._pending.clear()
        self._saving = asyncio.get_running_loop().create_task(self._save(snapshots), name="autosave draft")
        self._saving.add_done_callback(_report_unexpected_failure)

    async def _save(self, snapshots: list[_Snapshot]) -> None:
        loop = asyncio.get_running_loop()
        failed = False
        for snapshot in snapshots:
            envelope = self._with_stored_copies(snapshot)
            try:
                stored = await loop.run_in_executor(
                    self._executor, self._store.save, envelope, snapshot.pdf_paths
                )
            except StorageError as error:
                failed = True
                self.last_error = error
                self._keep_unsaved(snapshot)
                _log.warning("Autosave of a draft failed: %s", error.user_message)
                if self._on_error is not None:
                    self._on_error(error)
                continue
            self._remember_copies(snapshot, stored)
            if self._on_saved is not None:
                self._on_saved(stored)
        if not failed:
            self.last_error = None
        if self._save_again:
            self._save_again = False
            if self._pending:
                self._start_save()

    def _with_stored_copies(self, snapshot: _Snapshot) -> Envelope:
        """Point documents we already stored at our copy (same id, same source, same content)."""

        def reuse(document: Document) -> Document:
            if document.id in snapshot.pdf_paths:
                return document  # a new file for this document: copy it
            copy = self._stored_copies.get((document.id, document.path))
            return copy if copy is not None and copy.sha512 == document.sha512 else document

        return dataclasses.replace(
            snapshot.envelope, documents=tuple(reuse(d) for d in snapshot.envelope.documents)
        )

    def _keep_unsaved(self, snapshot: _Snapshot) -> None:
        """Keep a snapshot whose save failed, unless a newer edit replaced it (then keep its new files)."""
        newer = self._pending.get(snapshot.envelope.local_id)
        if newer is None:
            self._pending[snapshot.envelope.local_id] = snapshot
        else:
            newer.pdf_paths = {**snapshot.pdf_paths, **newer.pdf_paths}

    def _remember_copies(self, snapshot: _Snapshot, stored: Envelope) -> None:
        for original, copy in zip(snapshot.envelope.documents, stored.documents, strict=True):
            if copy.sha512:
                self._stored_copies[(original.id, original.path)] = dataclasses.replace(
                    original, path=copy.path, sha512=copy.sha512, size=copy.size
                )


def _report_unexpected_failure(task: asyncio.Task[None]) -> None:
    """A bug in a save must not vanish with the task: hand it to the loop's exception handler."""
    if task.cancelled() or task.exception() is None:
        return
    task.get_loop().call_exception_handler(
        {"message": "Autosaving a draft failed unexpectedly", "exception": task.exception(), "task": task}
    )
