"""The papers: the checklist for the case, scans from files and from a watched scanner folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.enrollment import EnrollmentWizard
from tests.desktop.ui.wizards.conftest import WizardFactory
from tests.desktop.ui.wizards.drive import click_next, enrollable, tick


def _png(path: Path) -> Path:
    image = QImage(200, 140, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a4b00"))
    image.save(str(path))
    return path


def _to_documents(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory) -> EnrollmentWizard:
    wizard = make_wizard(enrollable(desk).uuid)
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    return wizard


def test_the_checklist_names_each_paper_and_what_it_proves(qtbot: QtBot, desk: Desk,
                                                          make_wizard: WizardFactory) -> None:
    page = _to_documents(qtbot, desk, make_wizard).documents_page
    assert list(page.rows) == ["id_card", "hukou_book"]
    for row in page.rows.values():
        assert row.details.text()
        assert row.received.accessibleName()
    assert page.rows["id_card"].brought.count() == 2  # the social security card may stand in for the ID card
    assert sorted(page.missing_papers()) == ["hukou_book", "id_card"]


def test_a_hardship_resident_also_brings_the_certificate(qtbot: QtBot, desk: Desk,
                                                        make_wizard: WizardFactory) -> None:
    wizard = make_wizard(enrollable(desk).uuid)
    click_next(qtbot, wizard)
    wizard.case.data["groups"] = ["dibao"]  # as the choices page writes it for a 代缴 claim
    assert [str(r.kind) for r in wizard.checklist()] == ["id_card", "hukou_book", "dibao_cert"]
    assert [str(r.kind) for r in wizard.checklist(proxy=True)][-2:] == ["proxy_authorization", "proxy_id_card"]


def test_a_file_that_is_no_scan_is_refused_in_words(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory,
                                                    tmp_path: Path) -> None:
    page = _to_documents(qtbot, desk, make_wizard).documents_page
    text = tmp_path / "notes.txt"
    text.write_text("not a scan", encoding="utf-8")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert page.add_files("hukou_book", [text, empty, tmp_path / "gone.jpg"]) == 0
    assert page.problems.text().count("⚠") == 3
    assert not page.rows["hukou_book"].received.isChecked()


def test_new_scans_in_the_watched_folder_appear_as_thumbnails_on_the_chosen_paper(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory, tmp_path: Path) -> None:
    wizard = _to_documents(qtbot, desk, make_wizard)
    page = wizard.documents_page
    folder = tmp_path / "scanner"
    folder.mkdir()
    _png(folder / "old.png")  # there before: belongs to somebody else
    page.watch_folder(folder)
    hukou = page.rows["hukou_book"]
    tick(qtbot, hukou.scanner_target)
    shutil.copy(_png(tmp_path / "page1.png"), folder / "hukou-page1.png")
    qtbot.waitUntil(lambda: len(hukou.thumb_buttons()) == 1, timeout=6000)
    assert hukou.received.isChecked()
    assert page.rows["id_card"].thumb_buttons() == []
    assert len(wizard.case.scans) == 1
    click_next(qtbot, wizard)
    paper = next(p for p in wizard.case.papers if p.kind == "hukou_book")
    assert paper.scans == (hukou.scans[0].content_hash,)


def test_a_scan_can_be_removed_again(qtbot: QtBot, desk: Desk, make_wizard: WizardFactory, tmp_path: Path) -> None:
    page = _to_documents(qtbot, desk, make_wizard).documents_page
    row = page.rows["id_card"]
    page.add_files("id_card", [_png(tmp_path / "a.png")])
    row.thumb_buttons()[0].menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: row.thumb_buttons() == [], timeout=2000)
    assert row.paper().scans == ()


def test_tab_goes_down_the_papers_and_their_scans_then_to_the_scanner_folder_button(
        qtbot: QtBot, desk: Desk, make_wizard: WizardFactory, tmp_path: Path) -> None:
    page = _to_documents(qtbot, desk, make_wizard).documents_page
    assert page.add_files("id_card", [_png(tmp_path / "front.png")]) == 1
    id_card, hukou = page.rows["id_card"], page.rows["hukou_book"]
    expected = [page.papers_scroll, id_card.received, id_card.scanner_target, id_card.add_button, id_card.brought,
                *id_card.thumb_buttons(), hukou.received, hukou.scanner_target, hukou.add_button, page.folder_button]
    visited, widget = [], page.papers_scroll  # the papers' list, above the folder button
    while len(visited) < len(expected):
        if widget in expected:  # the chain also holds the page's labels and the wizard's buttons
            visited.append(widget)
        widget = widget.nextInFocusChain()
    assert visited == expected
