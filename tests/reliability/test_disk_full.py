"""The disk fills up while a draft or a download is being saved: a clear message, the previous version intact.

Each case runs twice: with ENOSPC injected into the app's own writes (always possible), and on a real 4 MB
tmpfs filled to the last byte (needs the right to mount, e.g. root in a container; skipped otherwise).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.storage.atomic_file import sha512_of
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.errors import DiskFullError
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.pdf_factory import PageSpec, TextSpec, make_large_pdf, make_pdf
from tests.reliability.sandbox_process import SandboxProcess
from tests.reliability.sending import one_signer_envelope

pytestmark = pytest.mark.reliability

DISK_BYTES = 4 * 1024 * 1024


@contextlib.contextmanager
def tiny_disk(mount_point: Path) -> Iterator[Path]:
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES}", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); the injected-ENOSPC variant covers this case")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def fill(disk: Path) -> Path:
    """Write until the file system refuses; returns the filler file (delete it to free the space)."""
    filler = disk / "filler.bin"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
    with contextlib.suppress(OSError), filler.open("ab") as handle:  # the last few bytes too
        while True:
            handle.write(b"\0")
            handle.flush()
    return filler


def inject_enospc(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)


def draft(pdf: Path, version: int, local_id: str) -> Envelope:
    envelope = one_signer_envelope(ProviderKind.ASSENTLY, "", pdf, f"Draft version {version}", local_id)
    return replace(envelope, status=EnvelopeStatus.DRAFT)


def temporary_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".") and p.suffix in {".tmp", ".part"}]


@pytest.mark.parametrize("disk", ["injected", "tmpfs"])
def test_a_draft_saved_on_a_full_disk_keeps_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, disk: str
) -> None:
    with contextlib.ExitStack() as stack:
        root = stack.enter_context(tiny_disk(tmp_path / "disk")) if disk == "tmpfs" else tmp_path / "disk"
        paths = AppPaths.under(root / "home")
        database = Database.open(paths.database_file())
        stack.callback(database.close)
        drafts = DraftStore(database, paths)
        local_id = new_id()
        first = drafts.save(draft(make_pdf(tmp_path / "v1.pdf", [PageSpec()]), 1, local_id))
        second_pdf = make_large_pdf(tmp_path / "v2.pdf", 40)  # new content: a new copy must be written
        if disk == "tmpfs":
            filler = fill(root)
        else:
            inject_enospc(monkeypatch)

        with pytest.raises(DiskFullError) as refused:
            drafts.save(draft(second_pdf, 2, local_id))

        monkeypatch.undo()
        assert "disk is full" in refused.value.user_message
        assert "previously saved version is unchanged" in refused.value.user_message
        kept = drafts.load(local_id)
        assert kept is not None
        assert kept.name == "Draft version 1"
        assert [sha512_of(Path(d.path)) for d in kept.documents] == [d.sha512 for d in first.documents]
        assert temporary_files(paths.data) == []
        if disk == "tmpfs":
            filler.unlink()
            assert drafts.save(draft(second_pdf, 2, local_id)).name == "Draft version 2"  # works once freed


@pytest.mark.parametrize("disk", ["injected", "tmpfs"])
def test_a_download_on_a_full_disk_keeps_the_previous_file(
    sandbox: SandboxProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, disk: str
) -> None:
    info = sandbox.info
    context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
    account = context.accounts.add(
        ProviderKind.ASSENTLY, "Sandbox", Secret(info.assently_token), base_url=info.assently_base_url
    )
    pdf = make_pdf(tmp_path / "c.pdf", [PageSpec(texts=(TextSpec(72, 700, "Contract " * 8),))])
    envelope = one_signer_envelope(ProviderKind.ASSENTLY, account.id, pdf, f"Download {new_id()[:6]}")
    actions = EnvelopeActions(context)

    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tiny_disk(tmp_path / "disk")) if disk == "tmpfs" else tmp_path / "disk"

        async def scenario() -> tuple[bool, bool, str, dict[Path, bytes]]:
            try:
                outcome = await context.sender.send(envelope)
                assert outcome.sent, outcome.error
                remote = sandbox.envelope("assently", outcome.envelope.remote_id)
                sandbox.act("assently", remote["id"], remote["parties"][0]["id"])
                finished = replace(outcome.envelope, status=EnvelopeStatus.COMPLETED)
                first = await actions.download(finished, folder)
                previous = {path: path.read_bytes() for path in first.files}
                if disk == "tmpfs":
                    fill(folder)
                else:
                    inject_enospc(monkeypatch)
                second = await actions.download(finished, folder)
                monkeypatch.undo()
                return first.ok, second.ok, second.message, previous
            finally:
                await context.accounts.aclose()

        try:
            first_ok, second_ok, message, previous = asyncio.run(scenario())
            after = {path: path.read_bytes() for path in previous}
            leftovers = temporary_files(folder)
        finally:
            context.database.close()

    assert first_ok
    assert previous
    assert not second_ok
    assert "No space left on device" in message
    assert str(folder) in message
    assert after == previous  # byte for byte
    assert all(content.startswith(b"%PDF-") for content in after.values())
    assert leftovers == []
