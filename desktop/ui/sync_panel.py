"""Sync in the desk's window: the status in the status bar, "Sync now", a sync every few minutes while the desk
is open, and registering the desk with the county server.

A sync waits on the network, so it runs on a thread of its own, never on the database worker that the screens
use: a slow county link must not freeze a search. The status says, in words and never by colour alone, whether
the last sync reached the county, how many changes wait to go up, how many were set aside, and when the last
push and pull happened.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.problems import Problem, Severity
from core.progress import Cancelled, Progress
from desktop.messages import describe
from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.errors import ServiceError
from desktop.services.sync import SetAside, SyncReport, SyncService, SyncStatus
from desktop.ui.operation import run_blocking, submit
from desktop.ui.widgets import grow_to_words, named, wrapping_label
from sync.protocol import looks_like_code

AUTO_SYNC_MS = 10 * 60 * 1000  # every ten minutes while the desk is open
FIRST_SYNC_MS = 15 * 1000  # and soon after it opens
_sync_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cunbao-sync")


class _Relay(QObject):
    sig_done = Signal(object)
    """A future finished on the sync thread; handled on the UI thread."""


def on_ui_thread(done: Callable[[Future[Any]], None], parent: QObject) -> Callable[[Future[Any]], None]:
    """A done-callback for a future of another thread that calls ``done`` on the UI thread, unless ``parent``
    went away meanwhile (then there is nobody to tell)."""
    relay = _Relay(parent)
    relay.sig_done.connect(done, Qt.ConnectionType.QueuedConnection)
    relay.sig_done.connect(relay.deleteLater, Qt.ConnectionType.QueuedConnection)

    def finished(future: Future[Any]) -> None:
        with contextlib.suppress(RuntimeError):
            relay.sig_done.emit(future)

    return finished


def run_on_sync_thread(work: Callable[[], Any], done: Callable[[Future[Any]], None], parent: QObject) -> None:
    _sync_thread.submit(work).add_done_callback(on_ui_thread(done, parent))


class SyncStatusWidget(QWidget):
    """The status bar's sync part: what the last sync did and what waits, and a button to sync now."""

    sig_synced = Signal(object)
    """A sync finished (its SyncReport): the screens may show what came down."""

    def __init__(self, service: SyncService, parent: QWidget | None = None, auto: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.service = service
        self.running = False
        self.last_problem: str | None = None
        self.label = named(QLabel(), "sync_label")
        self.button = named(QPushButton(), "sync_now")
        self.button.clicked.connect(self.sync_now)
        # the button keeps its words whole; the status wraps onto a second line in large type instead
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.set_aside_button = named(QPushButton(), "sync_set_aside")
        self.set_aside_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_aside_button.clicked.connect(self.show_set_aside)
        self.set_aside_button.hide()
        row.addWidget(self.label)
        row.addWidget(self.set_aside_button)
        row.addWidget(self.button)
        self.status: SyncStatus | None = None
        self._cancel = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.sync_quietly)
        self.retranslate_ui()
        if auto:  # follows the desk by itself: reads its state now, and syncs on a timer
            self.timer.start()
            QTimer.singleShot(FIRST_SYNC_MS, self, self.sync_quietly)
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("S&ync now"))
        self.set_aside_button.setText(self.tr("Set aside (&J)…"))
        self.set_aside_button.setAccessibleName(self.tr("Changes the county set aside"))
        self.button.setAccessibleName(self.tr("Sync with the county now"))
        self._show()

    def refresh(self) -> None:
        """Read the counts again (after any local change the main window tells of)."""
        submit(self.service.status).add_done_callback(on_ui_thread(self._status_read, self))

    def _status_read(self, future: Future[SyncStatus]) -> None:
        if future.exception() is None:
            self.status = future.result()
            self._show()

    def sync_now(self) -> None:
        self._start(quiet=False)

    def sync_quietly(self) -> None:
        if self.status is not None and self.status.registered:
            self._start(quiet=True)

    def _start(self, quiet: bool) -> None:
        if self.running:
            return
        self.running = True
        self.button.setEnabled(False)
        self.label.setText(self.tr("Syncing with the county…"))
        progress = Progress(cancelled=self._cancel.is_set)
        run_on_sync_thread(lambda: self.service.sync(progress), self._finished, self)

    def _finished(self, future: Future[SyncReport]) -> None:
        self.running = False
        self.button.setEnabled(True)
        error = future.exception()
        if isinstance(error, ServiceError):
            self.last_problem = describe(error.problem)
        elif isinstance(error, Cancelled):
            self.last_problem = None
        elif error is not None:
            self.last_problem = str(error)
        else:
            self.last_problem = None
            self.sig_synced.emit(future.result())
        self.refresh()

    def show_set_aside(self) -> None:
        dialog = SetAsideDialog(self.service, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    def stop(self, wait_seconds: float = 60.0) -> None:
        """The desk is closing: no new sync, a running one stops at its next step (nothing is lost)."""
        self.timer.stop()
        self._cancel.set()
        _sync_thread.submit(lambda: None).result(timeout=wait_seconds)

    def _show(self) -> None:
        status = self.status
        if self.running:
            return
        if status is None:
            self.label.setText("")
            return
        self.set_aside_button.setVisible(bool(status.quarantined))
        if not status.registered:
            self.label.setText(self.tr("Not registered with the county server: work stays on this desk."))
            self.button.setEnabled(False)
            return
        self.button.setEnabled(True)
        state = self.tr("Offline") if self.last_problem else self.tr("In step with the county")
        waiting = self.tr("%n change(s) waiting to go up", "", status.pending)
        parts = [state, waiting]
        if status.quarantined:
            parts.append(self.tr("%n set aside", "", status.quarantined))
        last = status.last_pull or status.last_push
        if last:
            parts.append(self.tr("last sync %1").replace("%1", _local_time(last)))
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(self.last_problem or "")


class RegisterDialog(QDialog):
    """Register this desk with the county server: its address and the one-time code the county issued."""

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_dialog")
        self.service = service
        self.registered = False
        self.intro = wrapping_label("register_intro")
        self.server = named(QLineEdit(), "register_server")
        self.server.setPlaceholderText("https://192.168.1.10:8443")
        self.code = named(QLineEdit(), "register_code")
        self.code.setPlaceholderText("K7QM-2XPA-9D4F")
        self.server_label, self.code_label = QLabel(), QLabel()
        self.server_label.setBuddy(self.server)
        self.code_label.setBuddy(self.code)
        self.problem = wrapping_label("register_problem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.server_label, self.server)
        form.addRow(self.code_label, self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Register with the county server"))
        self.intro.setText(self.tr("Type the county server's address and the registration code the county office "
                                   "gave you. The code works once. Nothing on this desk is changed or sent until "
                                   "the first sync."))  # fmt: skip
        self.server_label.setText(self.tr("Server &address:"))
        self.code_label.setText(self.tr("Registration &code:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def register(self) -> None:
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server.startswith("https://") or not looks_like_code(code):
            # refused here, before anything is sent: a typing slip should not count against the county's limit
            self._show_problem(self.tr("Type an address starting with https:// and the code of 12 letters and "
                                       "digits, as the county gave them."))  # fmt: skip
            return
        self.buttons.setEnabled(False)
        run_on_sync_thread(lambda: self.service.register(server, code), self._done, self)

    def _done(self, future: Future[str]) -> None:
        self.buttons.setEnabled(True)
        error = future.exception()
        if isinstance(error, ServiceError):
            self._show_problem(describe(error.problem))  # what was typed stays, to be corrected
            return
        if error is not None:
            self._show_problem(str(error))
            return
        self.registered = True
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.show()
        grow_to_words(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        grow_to_words(self)  # large type wraps the words onto more lines

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _local_time(stamp: str) -> str:
    """A stored UTC time as this computer's clock shows it (for people to read only)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class SetAsideDialog(QDialog):
    """The changes the county refused, each with its reason in words; the assistant may discard one, saying why
    (the audit trail keeps what it changed and the reason). Nothing here is deleted on its own."""

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("set_aside_dialog")
        self.service = service
        self.items: list[SetAside] = []
        self.intro = wrapping_label("set_aside_intro")
        self.list = named(QListWidget(), "set_aside_list")
        self.list.setWordWrap(True)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.reason = named(QLineEdit(), "set_aside_reason")
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.discard_button = named(QPushButton(), "set_aside_discard")
        self.discard_button.clicked.connect(self.discard)
        self.problem = wrapping_label("set_aside_problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.discard_button)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Changes the county set aside"))
        self.intro.setText(self.tr("The county did not accept these changes. Each says why. Correct the record "
                                   "and save it again, or discard the change; later changes of the same record "
                                   "wait until you do."))  # fmt: skip
        self.list_label.setText(self.tr("&Changes set aside:"))
        self.reason_label.setText(self.tr("&Why discard it:"))
        self.discard_button.setText(self.tr("&Discard the chosen change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def reload(self) -> None:
        self.show_items(run_blocking(self.service.set_aside))

    def show_items(self, items: list[SetAside]) -> None:
        self.items = items
        self.list.clear()
        for item in self.items:
            kind = _word(RECORD_KINDS, item.entity_type)
            what = self.tr("%1 of a %2 record, made %3").replace("%1", _word(OPERATIONS, item.operation)).replace(
                "%2", kind).replace("%3", item.made_at.replace("T", " "))  # fmt: skip
            # the county's reason names the record and the fields; the outbox keeps its code, the rest is here
            params: dict[str, str | int] = {"entity": kind, "field": "、".join(item.fields), "fields": len(item.fields)}
            self.list.addItem(f"{what}\n{describe(Problem(item.problem, Severity.ERROR, None, params))}")
        self.discard_button.setEnabled(bool(self.items))

    def discard(self) -> None:
        row, reason = self.list.currentRow(), " ".join(self.reason.text().split())
        if row < 0 or not reason:
            self._problem(self.tr("Choose a change and say why it is discarded."))
            return
        try:
            run_blocking(lambda: self.service.discard(self.items[row].mutation_id, reason))
        except ServiceError as exc:
            self._problem(describe(exc.problem))
        self.reason.clear()
        self.reload()

    def _problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.show()
        grow_to_words(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        grow_to_words(self)


# What the assistant calls the records and changes the outbox names by table and operation.
RECORD_KINDS = {
    "cases": QT_TRANSLATE_NOOP("SyncWords", "case"),
    "residents": QT_TRANSLATE_NOOP("SyncWords", "resident"),
    "households": QT_TRANSLATE_NOOP("SyncWords", "household"),
    "attachments": QT_TRANSLATE_NOOP("SyncWords", "scan"),
    "contributions": QT_TRANSLATE_NOOP("SyncWords", "contribution"),
    "group_memberships": QT_TRANSLATE_NOOP("SyncWords", "hardship group"),
    "disability_certificates": QT_TRANSLATE_NOOP("SyncWords", "disability certificate"),
    "list_snapshots": QT_TRANSLATE_NOOP("SyncWords", "agency list"),
}
OPERATIONS = {
    "create": QT_TRANSLATE_NOOP("SyncWords", "A new"),
    "update": QT_TRANSLATE_NOOP("SyncWords", "A change"),
    "delete": QT_TRANSLATE_NOOP("SyncWords", "A deletion"),
}


def _word(words: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("SyncWords", words[key]) if key in words else key
