"""A signed-in demo desk and enrolment wizards on it (closed before the desk closes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.cases import Draft
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.application import create_application
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.enrollment import EnrollmentWizard
from tests.desktop.ui.wizards.drive import TODAY


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    create_application()
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def ctx(desk: Desk, demo_dir: Path) -> WizardContext:
    return WizardContext.for_desk(desk, PolicyService(demo_dir, county="640423"), TODAY)


W = TypeVar("W", bound=CaseWizard)
WizardFactory = Callable[..., EnrollmentWizard]


class Wizards:
    """Opens wizards of any kind for a test and closes them all before the desk closes."""

    def __init__(self, qtbot: QtBot, ctx: WizardContext) -> None:
        self._qtbot, self._ctx = qtbot, ctx
        self.made: list[CaseWizard] = []

    def open(self, kind: type[W], resident_uuid: UUID | None = None, draft: Draft | None = None,
             context: WizardContext | None = None) -> W:
        """``context``: another day's services, e.g. a claim prepared before the 60th birthday."""
        wizard = kind(context or self._ctx, resident_uuid, draft)
        self._qtbot.addWidget(wizard)
        wizard.show()
        self._qtbot.waitExposed(wizard)
        self.made.append(wizard)
        return wizard

    def factory(self, kind: type[W]) -> Callable[..., W]:
        return partial(self.open, kind)


@pytest.fixture
def wizards(qtbot: QtBot, ctx: WizardContext) -> Iterator[Wizards]:
    opened = Wizards(qtbot, ctx)
    yield opened
    for wizard in opened.made:  # before the desk closes: no autosave may reach a closed database
        wizard.autosave_timer.stop()
        wizard.done(0)


@pytest.fixture
def make_wizard(wizards: Wizards) -> WizardFactory:
    return wizards.factory(EnrollmentWizard)
