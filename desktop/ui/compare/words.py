"""Words of the compare screens that come from codes: worklist names, next steps, the ledger's words and
the comparison's progress notes, all translated through Qt from desktop/messages."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from core.compare import ActionKind, WorklistCode
from desktop.messages.compare import ACTIONS, LEDGER, WORKLISTS
from desktop.messages.compare_desk import LEDGER_SHEET, PROGRESS
from desktop.services.compare import ItemView

translate = QCoreApplication.translate  # the bare name lupdate recognises


def worklist_title(code: WorklistCode | str) -> str:
    return translate("Compare", WORKLISTS[str(code)])


def action_label(item: ItemView) -> str:
    """The next step in words, with the village, county or agency it names."""
    label = translate("Compare", ACTIONS[str(item.action)])
    return label.replace("%1", item.target_name or "")


def ledger_text(key: str) -> str:
    """The ledger file's words in the interface language (desktop.services.ledger_export's ``text``)."""
    source = LEDGER.get(key) or LEDGER_SHEET.get(key)
    return translate("Ledger", source) if source is not None else key


def progress_note(note: str) -> str:
    return translate("Compare", PROGRESS[note]) if note in PROGRESS else note


def group_names(keys: tuple[str, ...], labels: Mapping[str, str]) -> str:
    """Group keys as the policy pack names them, joined the Chinese way."""
    return "、".join(labels.get(k, k) for k in keys)


# Next steps the desk takes in a case wizard: the wizard's case type. Registering a stranger is the first
# part of the enrolment case (the wizard opened without a resident asks for the person).
WIZARDS: dict[ActionKind, str] = {
    ActionKind.ENROLLMENT: "enrollment",
    ActionKind.DAIJIAO: "daijiao",
    ActionKind.PENSION_CLAIM: "pension_claim",
    ActionKind.TIER_CHANGE: "tier_change",
    ActionKind.INFO_CHANGE: "info_change",
    ActionKind.REGISTER: "enrollment",
}
