"""One window per database: the first app on a file holds a lock and a local server named by a
hash of the file's absolute path; a second one finds the lock taken, asks the first (through
its server) to come to the front, and is refused. The command line takes neither, so it can
still read while the window is open.

The lock (app.window_lock, an OS file lock) decides who is first, even when two start at the
same moment, and is freed by the system when its holder ends; the server only carries the
wake-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.window_lock import WindowLock, key_of

_WAKE = b"raise\n"


class SingleInstance(QObject):
    """Held while a window works on one database; `claim()` says whether this is the first."""

    def __init__(self, db_path: Path, on_wake: Callable[[], None], parent=None):
        super().__init__(parent)
        self.key = key_of(db_path)
        self.on_wake = on_wake
        self._lock = WindowLock(db_path)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the first window on the database (it now answers wake-ups). False:
        another one is running; it has been asked to come to the front."""
        if not self._lock.acquire():
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
        self._lock.release()

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
