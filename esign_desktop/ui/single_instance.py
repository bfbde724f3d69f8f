"""One app process per data folder: a second launch hands over to the first and exits.

The first process listens on a QLocalServer whose name is derived from the data folder (and the user), so
two launches on one folder meet and launches on different folders never do. A later launch connects, sends one
JSON line `{"files": [...]}` (absolute paths of the PDFs it was asked to open) and waits for `ok`; the first
process brings its window forward and opens the files. The server accepts connections from this user only
(`UserAccessOption`). A socket left behind by a crashed run answers nothing and is replaced.

The start asks first (`hand_over`, before anything is shown) and listens once its window is painted: on Unix
the question goes over a plain Unix socket at the server's path, so QtNetwork (~7 ms) is not loaded before the
window shows. Who is the app is decided by a lock, not by the socket: QLocalServer with `UserAccessOption`
replaces a socket file that is there (a live one included), so on Unix `listen` first takes an exclusive
`flock` on `app.lock` in the data folder, held until the process ends (the system lets go of it when a
process is killed). Two launches at the same moment both show a window; the one that does not get the lock
hands over and quits.

The command-line tool is not affected: it coordinates with the app through the database (docs/reliability.md).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QDir, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

HAND_OVER_TIMEOUT_MS = 3000
_MAX_MESSAGE = 1_000_000  # bytes: a list of paths, never more


def instance_key(data_dir: Path) -> str:
    """The local server name for this user and data folder (a hash: short, and no path characters)."""
    try:
        folder = str(data_dir.resolve())
    except OSError:
        folder = str(data_dir.absolute())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    # The SHA-256 hashlib gives, from QtCore, loaded already (hashlib's OpenSSL costs ~3 ms of the start).
    key = QByteArray(f"{user}\0{folder}".encode())
    sha256 = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256)
    digest = bytes(sha256.toHex().data()).decode()[:24]
    return f"esign-desktop-{digest}"


class SingleInstance(QObject):
    """`hand_over()` in a later launch; `listen()` in the first one, which then emits `activation_requested`.

    Signals:
        activation_requested(list[str]): another launch on this data folder asked to be shown, with the
            files (absolute paths) it was given; possibly none.
    """

    activation_requested = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_key(data_dir)
        # Where QLocalServer puts a socket of that name on Unix (QDir::tempPath, as in earlier versions); this
        # one listens there by path, so the hand-over's plain socket finds it whatever Qt's naming rule.
        self.path = Path(QDir.tempPath()) / self.name
        self._address = str(self.path) if os.name == "posix" else self.name
        self._lock_path = data_dir / "app.lock"
        self._lock: int | None = None  # the descriptor holding the flock
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def hand_over(
        self, files: Sequence[Path] = (), timeout_ms: int = HAND_OVER_TIMEOUT_MS, *, wait_for_app_ms: int = 0
    ) -> bool:
        """True when a running app on this data folder took the request (this launch should then exit).
        `wait_for_app_ms`: keep trying that long while nobody listens yet (after `listen()` found the lock
        taken: the process holding it is between taking it and listening)."""
        message = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode() + b"\n"
        if os.name != "posix":
            return self._hand_over_with_qt(message, timeout_ms)
        # The C module under `socket`: `socket` itself builds its enums at import, ~4 ms of every start.
        import _socket

        deadline = time.monotonic() + wait_for_app_ms / 1000
        while True:
            connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
            try:
                connection.settimeout(timeout_ms / 1000)
                try:
                    connection.connect(str(self.path))
                except OSError:  # no app (no socket, or one a crashed run left that nobody answers)
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(0.05)
                    continue
                try:
                    connection.sendall(message)
                    answer = connection.recv(16)
                except OSError:
                    answer = b""
            finally:
                connection.close()
            if not answer.startswith(b"ok"):
                log.warning("the running app took the connection but did not confirm the hand-over")
            return True

    def _hand_over_with_qt(self, message: bytes, timeout_ms: int) -> bool:
        """Windows: the server is a named pipe, which QLocalSocket reaches."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(message)
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(b"ok")
        if not answered:
            log.warning("the running app took the connection but did not confirm the hand-over")
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the app for this data folder; False when another process already is (hand over instead)."""
        if not self._take_lock():
            return False
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._address):
            if server.serverError() is not QAbstractSocket.SocketError.AddressInUseError:
                log.warning("single instance: cannot listen (%s); continuing", server.errorString())
                return True  # do not refuse to start over this
            if self._someone_answers():
                return False
            QLocalServer.removeServer(self._address)  # left behind by a process that crashed
            if not server.listen(self._address):
                return not self._someone_answers()
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        log.info("single instance: listening as %s", self._address)
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            os.close(self._lock)  # lets go of the flock
            self._lock = None

    def _take_lock(self) -> bool:
        """False when another process holds this data folder's lock. Where there is no flock (Windows, where
        a pipe name that is taken makes listen fail instead) or the file cannot be made, True."""
        if self._lock is not None or os.name != "posix":
            return True
        import fcntl

        try:
            descriptor = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            log.warning("single instance: cannot open %s (%s); continuing", self._lock_path, error.strerror)
            return True
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(descriptor)
            return False
        self._lock = descriptor
        return True

    def _someone_answers(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self._address)
        answered = probe.waitForConnected(500)
        probe.abort()
        return answered

    def _on_new_connection(self) -> None:
        server = self._server
        socket = server.nextPendingConnection() if server is not None else None
        while socket is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            socket = server.nextPendingConnection() if server is not None else None

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < _MAX_MESSAGE:
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        files = _files_of(data.split(b"\n", 1)[0])
        log.info("another launch on this data folder handed over (%d file(s))", len(files))
        socket.write(b"ok\n")
        socket.flush()
        self.activation_requested.emit(files)

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()


def _files_of(line: bytes) -> list[str]:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list):
        return []
    return [f for f in files if isinstance(f, str) and f]
