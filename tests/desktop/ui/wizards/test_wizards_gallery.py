"""The wizard gallery shows every page of the enrolment wizard and each bad input on the demo desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.cases import CasesService
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards_gallery import gallery_shots

EXPECTED = {
    "identify_empty": Step.IDENTIFY, "identify_bad_checksum": Step.IDENTIFY, "identify_found": Step.IDENTIFY,
    "identify_new_resident": Step.IDENTIFY, "identify_duplicate": Step.IDENTIFY, "policy_eligible": Step.POLICY,
    "policy_advice": Step.POLICY, "policy_employee_scheme": Step.POLICY, "policy_student": Step.POLICY,
    "enrollment_choices": Step.CHOICES, "enrollment_choices_daijiao": Step.CHOICES,
    "documents_empty": Step.DOCUMENTS, "documents_with_scans": Step.DOCUMENTS, "documents_bad_file": Step.DOCUMENTS,
    "review": Step.REVIEW, "confirm_fingerprint_no_witness": Step.CONFIRM, "confirm_proxy_bad_id": Step.CONFIRM,
    "print_waiting_for_papers": Step.PRINT, "print_ready": Step.PRINT,
}


def test_every_shot_shows_its_page_and_leaves_no_draft_behind(qtbot: QtBot, desk: Desk, demo_dir: Path,
                                                              tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    policy = PolicyService(demo_dir, county="640423")
    context = GalleryContext(app, demo_dir, desk, policy, tmp_path)
    seen: dict[str, int] = {}
    for name, widget in gallery_shots(context):
        if isinstance(widget, CaseWizard):
            seen[name] = widget.currentId()
            texts = "".join(label.text() for label in widget.currentPage().findChildren(QLabel)
                            if label.isVisible())
            bad = name.endswith(("bad_checksum", "duplicate", "bad_file", "no_witness", "bad_id"))
            assert not bad or "⚠" in texts, name
        else:
            assert isinstance(widget, QMessageBox)
            seen[name] = -1
        widget.close()
    assert seen == {**EXPECTED, "close_question": -1}
    assert CasesService(desk.store, "demo").drafts() == []
