"""Case wizards: one guided, resumable form per kind of case (参保登记, 代缴申请, 缴费档次变更, 待遇领取, 信息变更).

Open one with :func:`open_wizard`; it returns a non-modal :class:`~desktop.ui.wizards.base.CaseWizard` that
saves a draft as the assistant works and emits ``sig_case_saved(UUID)`` when the case is saved.

The parts, for whoever writes the next wizard:

- :mod:`desktop.ui.wizards.base`: ``CaseWizard``, the frame (drafts, autosave, resume, closing, finishing)
  and the four hooks a wizard implements;
- :mod:`desktop.ui.wizards.page`: ``CasePage``, the base of every page (state, draft values, autosave);
- :mod:`desktop.ui.wizards.context`: ``WizardContext`` (the services) and ``CaseState`` (what the pages
  found out so far, shared by all pages of one wizard);
- :mod:`desktop.ui.wizards.pages`: the shared pages, in their usual order: ``IdentifyPage``, ``PolicyPage``
  (decisions and questions chosen by the wizard), the wizard's own choices page, ``DocumentsPage``,
  ``ReviewPage``, ``ConfirmPage`` (the commit page), ``PrintPage``;
- :mod:`desktop.ui.wizards.enrollment`: the 参保登记 wizard, the worked example.

A wizard for case type ``X`` lives in ``desktop/ui/wizards/<X.value>.py`` (enrollment.py, daijiao.py,
tier_change.py, pension_claim.py, info_change.py) and names its class in ``WIZARD``; nothing here needs
editing to add one.
"""

from __future__ import annotations

import importlib
from uuid import UUID

from PySide6.QtWidgets import QWidget

from desktop.services.cases import CaseType, Draft
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.context import WizardContext

__all__ = ["CaseWizard", "WizardContext", "available", "open_wizard", "wizard_class"]


def wizard_class(case_type: CaseType) -> type[CaseWizard]:
    """The wizard for a case type; LookupError when that wizard has not been written yet."""
    try:
        module = importlib.import_module(f"{__name__}.{case_type.value}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{case_type.value}":
            raise
        raise LookupError(f"no wizard for case type {case_type.value}") from exc
    wizard: type[CaseWizard] = module.WIZARD
    return wizard


def available() -> list[CaseType]:
    """The case types that have a wizard, for menus."""
    found = []
    for case_type in CaseType:
        try:
            wizard_class(case_type)
        except LookupError:
            continue
        found.append(case_type)
    return found


def open_wizard(parent: QWidget | None, desk: Desk, policy: PolicyService, case_type: CaseType,
                resident_uuid: UUID | None = None, draft: Draft | None = None) -> CaseWizard:
    """A wizard for a new case (for a resident already chosen, or not), or reopening ``draft``; shown, not modal."""
    if draft is not None:
        case_type = draft.case_type
    wizard = wizard_class(case_type)(WizardContext.for_desk(desk, policy), resident_uuid, draft, parent)
    wizard.show()
    return wizard
