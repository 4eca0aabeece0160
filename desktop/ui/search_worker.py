"""Queries that follow the assistant's typing: run on the database worker, only the newest answer shown.

Typing "马玉兰" asks three questions in a row; answering all three in order would show stale lists
and queue work behind a slow one. :class:`LatestOnly` keeps at most one query running and one waiting
(each new request replaces the waiting one), and hands back an answer only if no newer request was
made meanwhile. The UI thread never waits: results arrive as queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.ui import operation


@dataclass(frozen=True)
class _Request:
    generation: int
    work: Callable[[], Any]
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None


class _Relay(QObject):
    sig_done = Signal(object, object)
    """A request finished on the worker: the request and its Future."""


class LatestOnly(QObject):
    """One stream of queries (the register search, the selected resident's page) on the database worker."""

    sig_busy = Signal(bool)
    """True while a query of this stream is running or waiting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._generation = 0
        self._running: _Request | None = None
        self._waiting: _Request | None = None
        self._stopped = False
        self.delivered = 0  # answers handed to the UI
        self.dropped = 0  # answers thrown away because a newer request had been made

    @property
    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def request(self, work: Callable[[], Any], on_result: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None) -> None:
        """Ask ``work()`` on the worker; ``on_result(answer)`` runs on the UI thread unless overtaken."""
        if self._stopped:
            return
        self._generation += 1
        request = _Request(self._generation, work, on_result, on_error)
        if self._running is None:
            self._start(request)
        else:
            if self._waiting is not None:
                self.dropped += 1  # never started: a newer request replaced it
            self._waiting = request
        self.sig_busy.emit(True)

    def stop(self) -> None:
        """No more queries and no more answers (the window is closing or the desk is locked)."""
        self._stopped = True
        self._waiting = None

    def _start(self, request: _Request) -> None:
        self._running = request
        # the store accepts one thread only: every query goes through the desk's single worker
        future = operation.submit(request.work)
        future.add_done_callback(lambda f: self._relay.sig_done.emit(request, f))

    def _finished(self, request: _Request, future: Future[Any]) -> None:
        self._running = None
        if self._stopped:
            return
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        if request.generation != self._generation:
            self.dropped += 1
            return
        if not self.busy:
            self.sig_busy.emit(False)
        error = future.exception()
        if error is not None:
            if request.on_error is not None:
                request.on_error(error)
            return
        self.delivered += 1
        request.on_result(future.result())
