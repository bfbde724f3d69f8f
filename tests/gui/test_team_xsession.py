"""Team mode tried as a person would: the real app in a real X session (Xvfb, a window manager, dunst), on its
sandbox, against a real PostgreSQL role that needs a password. Team ▸ Database opens from the keyboard, a
password in the address is refused, a wrong password is named, the right one connects, and the window says
when the team database is unreachable and when it is back.

Swedish at 1366x768 (the widest texts on the smallest common screen). The driver, run by hand with other
languages and sizes, made docs/screenshots/team-*.png:
`python -m tests.gui.team_xsession_driver ja 1920x1080 OUT DSN_FILE` inside an X session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.postgres_server import PostgresServer

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

TOOLS = ("Xvfb", "openbox", "dunst", "dbus-daemon", "xdotool", "xprop", "import")
ROOT = Path(__file__).resolve().parents[2]
SIZE = "1366x768"


@pytest.fixture
def password_dsn(postgres_server: PostgresServer) -> Iterator[str]:
    role = f"anna_{uuid.uuid4().hex[:8]}"
    database = f"team_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'right-one'")
        connection.execute(f"CREATE DATABASE {database} OWNER {role}")
    hba = postgres_server.root / "data" / "pg_hba.conf"
    original = hba.read_text(encoding="utf-8")
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n{original}", encoding="utf-8")
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as connection:
        connection.execute("SELECT pg_reload_conf()")
    yield f"postgresql://{role}@127.0.0.1:{postgres_server.port}/{database}"
    hba.write_text(original, encoding="utf-8")
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as connection:
        connection.execute("SELECT pg_reload_conf()")
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.execute(f"DROP ROLE {role}")


@pytest.fixture
def x_session(tmp_path: Path) -> Iterator[dict[str, str]]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"needs {', '.join(missing)} (apt-get install xvfb openbox dunst dbus-daemon xdotool imagemagick)"
        )
    processes: list[subprocess.Popen[bytes]] = []
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SIZE}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    processes.append(xvfb)
    os.close(write)
    with os.fdopen(read) as handle:
        display = f":{handle.readline().strip()}"
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    processes.append(bus)
    assert bus.stdout is not None
    env = {
        **os.environ,
        "DISPLAY": display,
        "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().decode().strip(),
    }
    env.pop("QT_QPA_PLATFORM", None)  # a real window, not offscreen
    env.pop("ESIGN_USER_NAME", None)
    for command in (["openbox"], ["dunst"]):
        processes.append(
            subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
    wait_for_window_manager(env)
    try:
        yield env
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
            if process.stdout is not None:
                process.stdout.close()


def wait_for_window_manager(env: dict[str, str]) -> None:
    """Until openbox owns the screen (it sets _NET_SUPPORTING_WM_CHECK on the root window)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["xdotool", "getdisplaygeometry"], env=env, capture_output=True, check=False, timeout=10
        )
        wm = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=env,
            capture_output=True,
            check=False,
            timeout=10,
        )
        if probe.returncode == 0 and b"window id" in wm.stdout:
            return
        time.sleep(0.1)
    raise AssertionError("the window manager did not start")


def test_team_mode_in_a_real_x_session_in_swedish(
    x_session: dict[str, str], password_dsn: str, tmp_path: Path
) -> None:
    dsn_file = tmp_path / "dsn"
    dsn_file.write_text(password_dsn, encoding="utf-8")
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.team_xsession_driver", "sv", SIZE, str(out), str(dsn_file)],
        cwd=ROOT,
        env=x_session,
        capture_output=True,
        timeout=150,
        check=False,
    )
    report_file = out / f"report-sv-{SIZE}.json"
    assert report_file.is_file(), done.stderr.decode(errors="replace")[-3000:]
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert "error" not in report, report
    assert report["dialog_opened"] == "True"
    assert report["problem"].startswith("Ta bort lösenordet ur adressen")
    assert report["problem_height_ok"] == "True"
    assert report["wrong_password"].startswith("Servern godtog inte användaren eller lösenordet")
    assert report["right_password"].startswith("Ansluten till PostgreSQL")
    assert report["connected"] == "Team: ansluten som Anna Berg"
    assert report["strip"].startswith("Teamdatabasen har inte gått att nå sedan ")
    assert report["offline"].startswith("Team: frånkopplad sedan ")
    assert report["back"].startswith("Teamdatabasen går att nå igen")
    assert report["strip_after_back"] == "False"
    assert "secret" not in done.stdout.decode(errors="replace") + done.stderr.decode(errors="replace")
    assert done.returncode == 0
