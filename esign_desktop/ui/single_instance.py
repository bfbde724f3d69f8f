"""One app process per data folder: a second launch hands over to the first and exits.

The first process listens on a QLocalServer whose name is derived from the data folder (and the user), so
two launches on one folder meet and launches on different folders never do. A later launch connects, sends one
JSON line `{"files": [...]}` (absolute paths of the PDFs it was asked to open) and waits for `ok`; the first
process brings its window forward and opens the files. The server accepts connections from this user only
(`UserAccessOption`). A socket left behind by a crashed run answers nothing and is replaced.

The command-line tool is not affected: it coordinates with the app through the database (docs/reliability.md).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

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
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def hand_over(self, files: Sequence[Path] = (), timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
        """True when a running app on this data folder took the request (this launch should then exit)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        message = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode() + b"\n"
        socket.write(message)
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(b"ok")
        if not answered:
            log.warning("the running app took the connection but did not confirm the hand-over")
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the app for this data folder; False when another process already is (hand over instead)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() is not QAbstractSocket.SocketError.AddressInUseError:
                log.warning("single instance: cannot listen (%s); continuing", server.errorString())
                return True  # do not refuse to start over this
            if self._someone_answers():
                return False
            QLocalServer.removeServer(self.name)  # left behind by a process that crashed
            if not server.listen(self.name):
                return not self._someone_answers()
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        log.info("single instance: listening as %s", self.name)
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _someone_answers(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
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
