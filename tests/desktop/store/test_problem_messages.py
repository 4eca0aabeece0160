from __future__ import annotations

import re

from core.problems import registered_codes
from desktop.messages.store import MESSAGES
from desktop.store.problems import AttachmentProblem, AuditProblem, BackupProblem, DatabaseProblem, KeyProblem

STORE_AREAS = {"store", "keys", "audit", "backup", "attachment"}


def test_every_store_code_has_a_message_and_every_message_a_code() -> None:
    declared = {
        str(c) for e in (DatabaseProblem, KeyProblem, AuditProblem, BackupProblem, AttachmentProblem) for c in e
    }
    registered = {code for code in registered_codes() if code.split(".")[0] in STORE_AREAS}
    assert declared == registered == set(MESSAGES)


def test_messages_use_only_the_parameters_the_store_passes() -> None:
    allowed = {"path", "revision", "username", "seq", "sha"}
    used = {name for text in MESSAGES.values() for name in re.findall(r"\{(\w+)\}", text)}
    assert used <= allowed
