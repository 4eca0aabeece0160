"""A watched scanner folder: scanners and phones drop files there; each new, finished file is announced once.

A file is announced when its size has stayed the same for one settle interval (scanners write a page over
seconds). The folder is also looked at every few seconds, because network folders do not always notify.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SCAN_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".gif", ".webp", ".pdf"})
SETTLE_MS = 400
POLL_MS = 2000


def is_scan(path: Path) -> bool:
    return path.suffix.lower() in SCAN_SUFFIXES and not path.name.startswith(".")


class ScanFolderWatcher(QObject):
    sig_new_file = Signal(object)
    """A new scan is complete in the watched folder; the argument is its Path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._known: set[Path] = set()
        self._pending: dict[Path, int] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._look)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check_pending)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)

    def watch(self, folder: Path) -> None:
        """Watch ``folder``; files already in it are not announced (they belong to earlier residents)."""
        self.stop()
        self.folder = folder
        self._known = set(self._files())
        self._watcher.addPath(str(folder))
        self._poll.start()

    def stop(self) -> None:
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._poll.stop()
        self._settle.stop()
        self._pending.clear()
        self.folder = None

    def _files(self) -> list[Path]:
        if self.folder is None or not self.folder.is_dir():
            return []
        return [p for p in self.folder.iterdir() if p.is_file() and is_scan(p)]

    def _look(self) -> None:
        for path in self._files():
            if path not in self._known and path not in self._pending:
                self._pending[path] = -1
        if self._pending and not self._settle.isActive():
            self._settle.start()

    def _check_pending(self) -> None:
        for path, last_size in list(self._pending.items()):
            try:
                size = path.stat().st_size
            except OSError:
                del self._pending[path]  # gone again (a scanner's temporary file)
                continue
            if size > 0 and size == last_size:
                del self._pending[path]
                self._known.add(path)
                self.sig_new_file.emit(path)
            else:
                self._pending[path] = size
        if self._pending:
            self._settle.start()
