"""One window per database: the first app on a file holds a lock and a local server named by a
hash of the file's absolute path; a second one finds the lock taken, asks the first (through
its server) to come to the front, and is refused. The command line takes neither, so it can
still read while the window is open.

The lock (QLockFile) decides who is first, even when two start at the same moment, and frees
itself when its holder dies (it records the process id); the server only carries the wake-up.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"raise\n"


def key_of(db_path: Path) -> str:
    """The name shared by the lock and the server of *db_path* (any spelling of one path)."""
    digest = hashlib.sha256(str(Path(db_path).absolute().resolve()).encode("utf-8"))
    return f"tocongtac-{digest.hexdigest()[:24]}"


class SingleInstance(QObject):
    """Held while a window works on one database; `claim()` says whether this is the first."""

    def __init__(self, db_path: Path, on_wake: Callable[[], None], parent=None):
        super().__init__(parent)
        self.key = key_of(db_path)
        self.on_wake = on_wake
        self._lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{self.key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the first window on the database (it now answers wake-ups). False:
        another one is running; it has been asked to come to the front."""
        if not self._lock.tryLock(0):
            self._wake_other()
            return False
        QLocalServer.removeServer(self.key)  # a server file left by a process that died
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        self._server.listen(self.key)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _wake_other(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if socket.waitForConnected(1000):
            socket.write(_WAKE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _connected(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_WAKE.strip()):
            self.on_wake()
