"""Try a case wizard on a fresh demo desk: ``python -m desktop.ui.wizards [case_type]`` (default enrollment)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from desktop.services.cases import CaseType
from desktop.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.application import create_application
from desktop.ui.wizards import open_wizard


def main(argv: list[str]) -> int:
    app = create_application(argv)
    case_type = CaseType(argv[1] if len(argv) > 1 else CaseType.ENROLLMENT.value)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "desk"
        create_demo(data, PolicyService(data, county="640423").contribution_rules(), residents=200)
        desk = Desk.sign_in(data, DEMO_USER, DEMO_PASSWORD)
        try:
            wizard = open_wizard(None, desk, PolicyService(data, county=desk.county_code), case_type)
            wizard.finished.connect(app.quit)
            return app.exec()
        finally:
            desk.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
