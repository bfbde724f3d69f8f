"""One app process per data folder (issue 17, "One process owns a data folder"), with real processes: the
second launch hands over to the first (files included) and exits 0; the CLI keeps working beside the app."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.services.app_logging import LOG_FILE_NAME
from esign_desktop.storage.paths import HOME_ENV
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.gui

LISTENING = "single instance: listening"


def env_for(home: Path) -> dict[str, str]:
    return dict(os.environ, **{HOME_ENV: str(home), "QT_QPA_PLATFORM": "offscreen"})


def log_of(home: Path) -> str:
    logs = list(home.rglob(LOG_FILE_NAME))
    return "".join(path.read_text(encoding="utf-8", errors="replace") for path in logs)


def wait_for_log(home: Path, text: str, count: int = 1, process: subprocess.Popen[str] | None = None) -> None:
    """Poll the app's log (bounded: a bug fails the test instead of hanging it)."""
    for _ in range(1200):
        if log_of(home).count(text) >= count:
            return
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the app exited ({process.returncode}) before logging {text!r}")
        time.sleep(0.05)
    raise AssertionError(f"the app never logged {text!r}")


def launch(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "esign_desktop.app", "--no-sandbox", *args],
        env=env_for(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)


@pytest.fixture
def first(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    home = tmp_path / "home"
    process = launch(home)
    try:
        wait_for_log(home, LISTENING, process=process)
        yield home, process
    finally:
        stop(process)


def test_a_second_launch_hands_its_files_to_the_first_and_exits_0(
    first: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    home, app = first
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    second = subprocess.run(
        [sys.executable, "-m", "esign_desktop.app", "--no-sandbox", str(pdf)],
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stderr  # (English: the test runs with the default language)
    wait_for_log(home, "handed over (1 file(s))", process=app)
    assert app.poll() is None  # the first one is still running
    assert log_of(home).count(LISTENING) == 1  # the second one never became an app (nor opened the database)


def test_the_cli_works_beside_the_app(first: tuple[Path, subprocess.Popen[str]]) -> None:
    home, app = first
    listed = subprocess.run(
        [sys.executable, "-m", "esign_desktop.cli", "accounts", "list"],
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert app.poll() is None


def test_another_data_folder_gets_its_own_app(
    first: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    other_home = tmp_path / "other"
    other = launch(other_home)
    try:
        wait_for_log(other_home, LISTENING, process=other)
        assert other.poll() is None
    finally:
        stop(other)


def test_a_crashed_app_does_not_block_the_next_launch(tmp_path: Path) -> None:
    home = tmp_path / "home"
    crashed = launch(home)
    wait_for_log(home, LISTENING, process=crashed)
    stop(crashed)  # SIGKILL: its local socket is left behind
    again = launch(home)
    try:
        wait_for_log(home, LISTENING, count=2, process=again)
        assert again.poll() is None
    finally:
        stop(again)


def test_the_server_name_is_the_sha256_every_version_has_used(tmp_path: Path) -> None:
    """A launch of this version finds a running older one (hashlib's digest then, QtCore's now)."""
    import hashlib

    from esign_desktop.ui.single_instance import instance_key

    for folder in (tmp_path, tmp_path / "日本語 mapp"):
        folder.mkdir(exist_ok=True)
        digest = hashlib.sha256(f"{os.getuid()}\0{folder.resolve()}".encode()).hexdigest()[:24]
        assert instance_key(folder) == f"esign-desktop-{digest}"


def test_a_launch_at_the_same_moment_cannot_listen_and_hands_over(
    tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Both ask before showing (nobody listens yet); the first to listen wins, the other hands over after."""
    from esign_desktop.ui.single_instance import SingleInstance

    winner, loser = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert not winner.hand_over()
    assert not loser.hand_over()
    try:
        assert winner.listen()
        assert winner.path.exists()  # the path the plain-socket hand-over connects to
        assert not loser.listen()
        received: list[list[str]] = []
        winner.activation_requested.connect(received.append)
        with caplog.at_level(logging.WARNING):
            assert loser.hand_over([tmp_path / "a.pdf"], timeout_ms=300)  # nobody answers "ok" in one thread
        assert "did not confirm" in caplog.text
        qtbot.waitUntil(lambda: bool(received), timeout=5000)
        assert received == [[str(tmp_path / "a.pdf")]]
        winner.close()  # the app quit: the next launch becomes the app
        assert loser.listen()
    finally:
        winner.close()
        loser.close()


def test_a_socket_nobody_answers_on_is_no_app(tmp_path: Path) -> None:
    """What a killed app leaves behind: the file exists, nothing listens."""
    import socket

    from esign_desktop.ui.single_instance import SingleInstance

    (tmp_path / "data").mkdir()
    instance = SingleInstance(tmp_path / "data")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as left_behind:
        left_behind.bind(str(instance.path))
    try:
        assert instance.path.exists()
        assert not instance.hand_over(timeout_ms=300)
        assert instance.listen()  # and it is replaced
    finally:
        instance.close()
        instance.path.unlink(missing_ok=True)


def test_two_launches_at_the_same_moment_leave_one_app(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    launches = [launch(home), launch(home)]
    try:
        deadline = time.monotonic() + 60
        while all(p.poll() is None for p in launches) and time.monotonic() < deadline:
            time.sleep(0.05)
        ended = [p for p in launches if p.poll() is not None]
        assert len(ended) == 1, "one of them hands over and ends"
        _, stderr = ended[0].communicate(timeout=30)
        assert ended[0].returncode == 0, stderr
        assert "already open" in stderr
        [app] = [p for p in launches if p is not ended[0]]
        wait_for_log(home, LISTENING, process=app)
        time.sleep(0.5)
        assert app.poll() is None
        assert log_of(home).count(LISTENING) == 1
    finally:
        for process in launches:
            stop(process)


def test_a_launch_that_finds_the_lock_taken_waits_for_its_holder_to_listen(tmp_path: Path) -> None:
    """The holder takes the lock, then listens: a hand-over in between keeps trying (what made two launches at
    the same moment both stay open once in CI)."""
    import socket
    import threading

    from esign_desktop.ui.single_instance import SingleInstance

    instance = SingleInstance(tmp_path)
    received: list[bytes] = []

    def listen_late() -> None:
        time.sleep(0.4)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(str(instance.path))
            server.listen(1)
            connection, _ = server.accept()
            with connection:
                received.append(connection.recv(1000))
                connection.sendall(b"ok\n")

    late = threading.Thread(target=listen_late)
    late.start()
    try:
        assert not instance.hand_over(wait_for_app_ms=0)  # nobody yet, and not waiting
        assert instance.hand_over([tmp_path / "a.pdf"], wait_for_app_ms=5000)
        assert received == [b'{"files": ["' + str(tmp_path / "a.pdf").encode() + b'"]}\n']
    finally:
        late.join(timeout=10)
        instance.path.unlink(missing_ok=True)
    started = time.monotonic()
    assert not instance.hand_over(wait_for_app_ms=300)  # nobody ever listens: it gives up
    assert time.monotonic() - started >= 0.3
