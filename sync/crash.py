"""Crash points for the fault tests: a named place where the process kills itself when told to.

``CUNBAO_CRASH_AT=name`` (or ``name:k`` for its k-th passage) makes :func:`crash_point` send SIGKILL to its own
process there, as a power cut or a task manager would: no ``finally``, no flush, no goodbye. Without the
variable it costs one dictionary lookup. The names are listed in :data:`POINTS`, so a test can pick them at
random and know it covered each.
"""

from __future__ import annotations

import os
import signal

VARIABLE = "CUNBAO_CRASH_AT"
POINTS = (
    "desk.before_push",  # the batch is built, nothing sent
    "desk.after_push_reply",  # the county committed and answered; the desk has not recorded the answer
    "desk.after_pull_reply",  # a page arrived; nothing of it written
    "desk.mid_pull_apply",  # a page half written in the desk's transaction
    "desk.mid_upload",  # a scan part sent
    "county.mid_push",  # some of a batch applied in the county's transaction
    "county.after_commit",  # the county committed; the answer not yet sent
    "county.mid_page",  # a pull page being built
)
_passed: dict[str, int] = {}


def crash_point(name: str) -> None:
    wanted = os.environ.get(VARIABLE)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _passed[name] = _passed.get(name, 0) + 1
    if _passed[name] >= int(count or 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
