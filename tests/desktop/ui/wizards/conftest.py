"""A signed-in demo desk and enrolment wizards on it (closed before the desk closes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.cases import Draft
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.application import create_application
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


WizardFactory = Callable[..., EnrollmentWizard]


@pytest.fixture
def make_wizard(qtbot: QtBot, ctx: WizardContext) -> Iterator[WizardFactory]:
    made: list[EnrollmentWizard] = []

    def make(resident_uuid: UUID | None = None, draft: Draft | None = None) -> EnrollmentWizard:
        wizard = EnrollmentWizard(ctx, resident_uuid, draft)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # before the desk closes: no autosave may reach a closed database
        wizard.autosave_timer.stop()
        wizard.done(0)


