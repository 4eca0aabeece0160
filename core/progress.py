"""Progress reporting and cancellation for long work, without knowing who is watching.

The UI adapts this to a QProgressDialog on its worker thread; the CLI prints; tests record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def _ignore(done: int, total: int, note: str) -> None:
    return None


def _never() -> bool:
    return False


class Cancelled(Exception):  # noqa: N818 - reads as "the work was cancelled", not an error
    """Raised by long work when its caller asked it to stop; nothing half-done is kept."""


@dataclass(frozen=True)
class Progress:
    """``report(done, total, note)`` after each step; ``cancelled()`` polled between steps."""

    report: Callable[[int, int, str], None] = _ignore
    cancelled: Callable[[], bool] = _never

    def check(self) -> None:
        """Raise :class:`Cancelled` if the caller asked to stop."""
        if self.cancelled():
            raise Cancelled


NO_PROGRESS = Progress()
