"""A real PostgreSQL server for the team-mode tests: the distribution's binaries, a cluster in a temp folder.

`initdb` and `pg_ctl` come from Debian's `postgresql` package (installed by tools/ensure-system-deps.sh). The
server listens on 127.0.0.1 on a free port and on a socket in its own folder. PostgreSQL refuses to run as
root, so under root (CI) the cluster belongs to the `postgres` system user and is started through `runuser`.

Each test gets a fresh database (`PostgresServer.create_database`), made from `template0` in a few
milliseconds, so tests never see each other's rows.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

_SEARCH_GLOBS = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/opt/postgresql*/bin")


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl: $ESIGN_PG_BIN, the newest Debian version, or PATH."""
    configured = os.environ.get("ESIGN_PG_BIN")
    if configured:
        return Path(configured)
    candidates: list[Path] = []
    for pattern in _SEARCH_GLOBS:
        candidates.extend(sorted(Path("/").glob(pattern.lstrip("/")), key=_version_key, reverse=True))
    for candidate in candidates:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailableError(
        "PostgreSQL's server binaries (initdb, pg_ctl) were not found: run tools/ensure-system-deps.sh as "
        "root, or `sudo apt-get install postgresql`, or set ESIGN_PG_BIN."
    )


def _version_key(path: Path) -> tuple[int, ...]:
    version = path.parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit()) or (0,)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """A running cluster; `dsn()` names a database on it, `admin_dsn()` the maintenance database."""

    bin_dir: Path
    root: Path
    port: int
    user: str
    _as_postgres: bool

    @classmethod
    def start(cls, root: Path | None = None) -> PostgresServer:
        bin_dir = find_bin_dir()
        as_postgres = os.geteuid() == 0
        root = root or Path(tempfile.mkdtemp(prefix="esign-pg-"))
        data = root / "data"
        sockets = root / "sockets"
        sockets.mkdir(parents=True, exist_ok=True)
        if as_postgres:
            shutil.chown(root, "postgres", "postgres")
            shutil.chown(sockets, "postgres", "postgres")
        user = "postgres" if as_postgres else (os.environ.get("USER") or "postgres")
        server = cls(bin_dir, root, free_port(), user, as_postgres)
        server._run(
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--username",
            user,
            "--no-sync",
        )
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(server.port),
            "unix_socket_directories": f"'{sockets}'",
            "fsync": "off",  # a test cluster: speed over durability
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "shared_buffers": "32MB",
        }
        with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        server._run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "start")
        server._wait_ready()
        return server

    def _run(self, *command: str) -> None:
        full = ["runuser", "-u", "postgres", "--", *command] if self._as_postgres else list(command)
        completed = subprocess.run(full, capture_output=True, text=True, timeout=120, check=False)
        if completed.returncode != 0:
            raise RuntimeError(
                f"{Path(command[0]).name} failed ({completed.returncode}): "
                f"{completed.stderr.strip() or completed.stdout.strip()}"
            )

    def _wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self.admin_dsn(), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def dsn(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin_dsn(self) -> str:
        return self.dsn("postgres")

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database, a copy of `template` (default: empty); returns its DSN."""
        with psycopg.connect(self.admin_dsn(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.dsn(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_dsn(), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def restart(self) -> None:
        """Stop and start again on the same port (connection-loss tests)."""
        data = str(self.root / "data")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", data, "-m", "fast", "stop")
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", data, "-l", str(self.root / "server.log"), "-w", "start"
        )
        self._wait_ready()

    def stop_temporarily(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "stop")

    def start_again(self) -> None:
        data = str(self.root / "data")
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", data, "-l", str(self.root / "server.log"), "-w", "start"
        )
        self._wait_ready()


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()
