"""The resident screen follows enrolment wizards on the real demo desk, and never shows the wrong resident."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services.cases import CaseType
from desktop.services.desk import Desk
from desktop.services.explanation import yuan_text
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentsService
from desktop.services.speech import wav_seconds
from desktop.store.models import Resident
from desktop.ui import labels
from desktop.ui.application import create_application
from desktop.ui.caption_panel import PHRASES, CaptionPanel, phrase_text
from desktop.ui.captions import Caption, CaptionReader, caption_bus, caption_min_pt, caption_pages
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.main_window import MainWindow
from desktop.ui.read_aloud import ReadAloudButton
from desktop.ui.resident_screen import ZERO_WIDTH_SPACE, ResidentScreen, breakable, captions_wanted, summary_of
from desktop.ui.resident_screen_gallery import gallery_shots
from desktop.ui.wizards.base import RESIDENT_FACING, Step
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.enrollment import EnrollmentWizard
from tests.desktop.ui.wizards.drive import TODAY, click_next, enrollable, residents, tick, type_text

Factory = Callable[[UUID | None], EnrollmentWizard]
SPACE = re.compile(r"\s+")


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    create_application()
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def make_wizard(qtbot: QtBot, desk: Desk, demo_dir: Path) -> Iterator[Factory]:
    ctx = WizardContext.for_desk(desk, PolicyService(demo_dir, county="640423"), TODAY)
    made: list[EnrollmentWizard] = []

    def make(resident_uuid: UUID | None = None) -> EnrollmentWizard:
        wizard = EnrollmentWizard(ctx, resident_uuid)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # before the desk closes: no autosave may reach a closed database
        wizard.autosave_timer.stop()
        wizard.ask_on_close = False
        wizard.done(0)


@pytest.fixture
def screen(qtbot: QtBot) -> ResidentScreen:
    create_application()
    shown = ResidentScreen()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def shown_text(screen: ResidentScreen) -> str:
    """Everything the screen shows in its labels."""
    return "\n".join(label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen))


def value(screen: ResidentScreen, key: str) -> str:
    return screen.rows[key][1].text()


def other_enrollable(desk: Desk, first: Resident) -> Resident:
    for r in residents(desk):
        age = TODAY.year - r.birth_date.year
        if r.id != first.id and not (r.enrolled or r.student or r.employee_pension or r.public_institution
                                     or r.receiving_pension) and 20 <= age <= 55:
            return r
    raise AssertionError("the demo village has only one resident who may enrol")


def to_review(qtbot: QtBot, wizard: EnrollmentWizard, leave_missing: int = 1) -> None:
    """Walk the wizard to the review page at tier 300, leaving the first ``leave_missing`` papers unticked."""
    while wizard.currentId() < Step.CHOICES:
        click_next(qtbot, wizard)
    choices = wizard.choices_page
    choices.tier_combo.setCurrentIndex(choices.tier_combo.findData("300"))
    qtbot.waitUntil(lambda: choices.explanation is not None and choices.explanation.tier == 300, timeout=3000)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    for row in list(wizard.documents_page.rows.values())[leave_missing:]:
        tick(qtbot, row.received)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW


def test_without_a_wizard_the_screen_shows_a_calm_welcome(screen: ResidentScreen) -> None:
    assert screen.welcome.isVisible()
    assert not screen.scroll_area.isVisible()
    assert screen.view is None
    assert all(not value(screen, key) for key in screen.rows)
    assert screen.property(RESIDENT_FACING) is True


def test_escape_closes_the_screen(qtbot: QtBot, screen: ResidentScreen) -> None:
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()


def test_the_type_is_very_large(screen: ResidentScreen) -> None:
    for key in ("name", "tier", "pension"):
        assert screen.rows[key][1].font().pointSizeF() >= 30
    for key in ("id", "case", "payers", "papers"):
        assert screen.rows[key][1].font().pointSizeF() >= 24
        assert screen.rows[key][0].font().pointSizeF() >= 24
    assert screen.step_label.font().pointSizeF() >= 24
    assert screen.welcome.font().pointSizeF() >= 30


def test_large_type_grows_further_in_elderly_mode_live(screen: ResidentScreen) -> None:
    app = create_application()
    try:
        apply_mode(app, DisplayMode.ELDERLY)
        body = app.font().pointSizeF()
        assert screen.rows["name"][1].font().pointSizeF() >= max(30, body * 1.8)
        assert screen.rows["papers"][1].font().pointSizeF() >= max(24, body * 1.4)
    finally:
        apply_mode(app, DisplayMode.NORMAL)
    assert screen.rows["name"][1].font().pointSizeF() >= 30


def test_the_screen_follows_an_enrolment_wizard_page_by_page(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                             screen: ResidentScreen) -> None:
    person = enrollable(desk)
    wizard = make_wizard(person.uuid)
    screen.follow(wizard)
    assert wizard.currentId() == Step.IDENTIFY
    assert screen.welcome.isVisible()
    assert person.name not in shown_text(screen)  # nothing personal while the assistant is identifying

    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.POLICY
    assert value(screen, "name") == person.name
    masked = wizard.case.resident.masked_id if wizard.case.resident else ""
    assert value(screen, "id") == masked
    assert masked != person.id_number
    assert person.id_number not in shown_text(screen)
    assert value(screen, "case") == labels.case_type("enrollment")
    assert value(screen, "tier") == ""
    assert value(screen, "payers") == ""

    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.CHOICES
    choices = wizard.choices_page
    choices.tier_combo.setCurrentIndex(choices.tier_combo.findData("500"))  # an edit shows at once
    qtbot.waitUntil(lambda: "500" in value(screen, "tier"), timeout=3000)
    choices.tier_combo.setCurrentIndex(choices.tier_combo.findData("300"))
    qtbot.waitUntil(lambda: "300" in value(screen, "tier"), timeout=3000)

    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.DOCUMENTS
    assert "300" in value(screen, "tier")
    assert screen.view is not None
    assert dict(screen.view.payers)["self"] == Decimal(300)
    assert "300" in value(screen, "payers")
    assert screen.view.monthly_pension is not None
    assert screen.view.monthly_pension > 0
    assert yuan_text(screen.view.monthly_pension) in value(screen, "pension")
    assert value(screen, "papers") == ""  # not known before the papers are checked

    first = next(iter(wizard.documents_page.rows))
    for row in list(wizard.documents_page.rows.values())[1:]:
        tick(qtbot, row.received)
    click_next(qtbot, wizard)
    assert wizard.currentId() == Step.REVIEW
    assert labels.paper(first) in value(screen, "papers")
    assert person.id_number not in shown_text(screen)


def test_the_summary_has_the_review_pages_facts(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                screen: ResidentScreen) -> None:
    wizard = make_wizard(enrollable(desk).uuid)
    screen.follow(wizard)
    to_review(qtbot, wizard)
    view, case, review = screen.view, wizard.case, wizard.review_page.plain_text()
    assert view is not None
    assert case.resident is not None
    assert (view.name, view.masked_id) == (case.resident.name, case.resident.masked_id)
    assert view.name in review
    assert view.masked_id in review
    assert view.tier == Decimal(case.data["tier"])
    assert view.start_year == case.data["start_year"]
    assert {k: v for k, v in case.data["payers"].items() if Decimal(v) > 0} == \
        {k: f"{v:.2f}" for k, v in view.payers}
    explanation = wizard.choices_page.explanation
    assert explanation is not None
    assert view.monthly_pension == explanation.monthly_total
    assert yuan_text(view.monthly_pension) in review
    missing = [p.kind for p in case.papers if p.mandatory and not p.received]
    assert list(view.missing_papers) == missing
    assert missing
    assert all(labels.paper(k) in review for k in view.missing_papers)
    assert all(labels.paper(k) in review for k in view.received_papers)


def test_closing_the_wizard_clears_the_resident_at_once(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                       screen: ResidentScreen) -> None:
    person = enrollable(desk)
    wizard = make_wizard(person.uuid)
    screen.follow(wizard)
    click_next(qtbot, wizard)
    assert value(screen, "name") == person.name
    wizard.keep_draft_and_close()
    assert not wizard.isVisible()
    assert screen.view is None
    assert screen.welcome.isVisible()
    assert person.name not in shown_text(screen)


def test_a_wizard_for_another_resident_clears_the_first_at_once(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                               screen: ResidentScreen) -> None:
    first = enrollable(desk)
    second = other_enrollable(desk, first)
    one = make_wizard(first.uuid)
    screen.follow(one)
    click_next(qtbot, one)
    assert value(screen, "name") == first.name

    two = make_wizard(second.uuid)
    screen.follow(two)
    assert first.name not in shown_text(screen)
    click_next(qtbot, two)
    assert value(screen, "name") == second.name
    assert first.name not in shown_text(screen)

    one.policy_page.sig_edited.emit()  # the assistant edits in the first wizard again: the screen turns to it
    assert one.currentPage() is one.policy_page
    assert second.name not in shown_text(screen)
    assert value(screen, "name") == first.name


def test_the_desk_menu_opens_the_screen_and_wizards_follow(qtbot: QtBot, desk: Desk) -> None:
    main = MainWindow(desk, {}, close_desk=False)
    qtbot.addWidget(main)
    main.show()
    assert main.resident_screen_action in main.desk_menu.actions()
    main.resident_screen_action.trigger()
    screen = main.resident_screen
    assert isinstance(screen, ResidentScreen)
    assert screen.isVisible()
    person = enrollable(desk)
    wizard = main.open_wizard("enrollment", person.uuid)
    assert isinstance(wizard, EnrollmentWizard)
    assert screen.wizard is wizard
    try:
        click_next(qtbot, wizard)
        assert value(screen, "name") == person.name
    finally:
        wizard.autosave_timer.stop()
        wizard.ask_on_close = False
        wizard.done(0)
    assert screen.view is None
    main.close()


def test_a_daijiao_case_shows_the_governments_part_and_the_subsidy(desk: Desk) -> None:
    person = enrollable(desk)
    case = CaseState(CaseType.DAIJIAO)
    profile = ResidentsService(desk.store, "demo", TODAY).profile(person.uuid)
    assert profile is not None
    case.resident = profile.summary
    case.data.update({"year": 2026, "government_pays": "100.00", "subsidy": "30.00"})
    view = summary_of(case, step=Step.REVIEW)
    assert view.name == person.name
    assert view.payers == (("government", Decimal(100)), ("subsidy", Decimal(30)))
    assert view.start_year == 2026
    assert view.monthly_pension is None
    assert summary_of(case, step=Step.IDENTIFY).empty  # nothing personal while identifying


def test_the_gallery_shows_the_summary_as_it_grows_then_the_captions_and_the_panel(desk: Desk, demo_dir: Path,
                                                                                 tmp_path: Path) -> None:
    app = create_application()
    ctx = GalleryContext(app, demo_dir, desk, PolicyService(demo_dir, county="640423"), tmp_path)
    shots = []
    for name, widget in gallery_shots(ctx):
        if isinstance(widget, ResidentScreen):
            shots.append((name, widget.view, widget.caption))
        else:
            assert isinstance(widget, CaptionPanel)
            shots.append((name, None, None))
            assert widget.words_edit.text()
        widget.close()
    assert [name for name, _view, _caption in shots] == [
        "welcome", "choosing_the_tier", "final_summary", "reading_captioned", "assistant_words", "caption_panel"]
    views = {name: view for name, view, _caption in shots}
    captions = {name: caption for name, _view, caption in shots}
    assert views["welcome"] is None
    half_way, final = views["choosing_the_tier"], views["final_summary"]
    assert half_way is not None
    assert half_way.step is Step.CHOICES
    assert half_way.tier is not None
    assert final is not None
    assert final.step is Step.REVIEW
    assert final.missing_papers
    assert all(captions[name] is None for name in ("welcome", "choosing_the_tier", "final_summary"))
    reading, said = captions["reading_captioned"], captions["assistant_words"]
    assert reading is not None
    assert reading.page == 1
    assert reading.resident_uuid == final.resident_uuid
    assert views["reading_captioned"] == final
    assert said is not None
    assert said.text == phrase_text(PHRASES[1][1])
    assert views["assistant_words"] is None


# --- captions --------------------------------------------------------------------------------------------

@pytest.fixture
def shown_captions(screen: ResidentScreen) -> Iterator[list[str]]:
    """Every caption the screen shows during the test, in order (the screen hears the bus before this list)."""
    seen: list[str] = []

    def look(_caption: Caption) -> None:
        text = caption_words(screen) if screen.caption_band.isVisibleTo(screen) else ""
        if text and (not seen or seen[-1] != text):
            seen.append(text)

    caption_bus().sig_caption.connect(look)
    yield seen
    caption_bus().sig_caption.disconnect(look)


def caption_words(screen: ResidentScreen) -> str:
    """The caption's words as shown, without the places a long number may break."""
    return screen.caption_label.text().replace(ZERO_WIDTH_SPACE, "")


def caption_pt(screen: ResidentScreen) -> float:
    return screen.caption_label.font().pointSizeF()


def test_a_read_aloud_review_is_shown_word_for_word_in_captions_and_stop_clears(
        qtbot: QtBot, desk: Desk, make_wizard: Factory, screen: ResidentScreen, shown_captions: list[str]) -> None:
    wizard = make_wizard(enrollable(desk).uuid)
    screen.follow(wizard)
    to_review(qtbot, wizard)
    screen.captions_box.setChecked(True)
    review = wizard.review_page
    reader = ReadAloudButton(review.plain_text, review, engine="qt:mock")  # Qt's engine: reads in seconds
    seen = shown_captions
    reader.play()
    qtbot.waitUntil(lambda: len(seen) == len(reader.captions.pages), timeout=30_000)
    assert SPACE.sub("", "".join(seen)) == SPACE.sub("", review.plain_text())  # all that is said, no more
    assert caption_pt(screen) >= caption_min_pt(DisplayMode.NORMAL)
    assert caption_pt(screen) > screen.rows["name"][1].font().pointSizeF() - 1  # the largest type on the screen
    assert screen.scroll_area.isVisible()  # the summary stays in view above the captions
    reader.stop()
    assert not screen.caption_band.isVisible()
    assert screen.caption is None


def test_the_review_pages_own_key_captions_once_captions_are_on(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                                 screen: ResidentScreen) -> None:
    person = enrollable(desk)
    wizard = make_wizard(person.uuid)
    screen.follow(wizard)
    to_review(qtbot, wizard)
    button = wizard.review_page.read_aloud
    assert not screen.captions_box.isChecked()  # a young resident with no hearing certificate: off to begin with
    with qtbot.waitSignal(button.sig_audio_ready, timeout=10_000) as ready:
        button.play_button.click()
    assert wav_seconds(Path(ready.args[0])) > 2.0  # the reading is still audio
    qtbot.waitUntil(lambda: button.captions.page >= 0, timeout=10_000)
    assert not screen.caption_band.isVisible()

    screen.captions_box.setChecked(True)
    button.repeat_button.click()
    first = caption_pages(wizard.review_page.plain_text())[0]
    qtbot.waitUntil(lambda: screen.caption_band.isVisible(), timeout=10_000)
    assert caption_words(screen) == first
    assert screen.caption is not None
    assert screen.caption.resident_uuid == person.uuid
    button.stop_button.click()
    assert not screen.caption_band.isVisible()


def test_a_reading_from_another_residents_case_never_shows(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                          screen: ResidentScreen) -> None:
    person = enrollable(desk)
    wizard = make_wizard(person.uuid)
    screen.follow(wizard)
    click_next(qtbot, wizard)
    screen.captions_box.setChecked(True)
    other = other_enrollable(desk, person)
    for resident, shown in ((other.uuid, False), (None, False), (person.uuid, True)):
        reader = CaptionReader()
        reader.begin("您每年交 300 元。", resident)
        reader.at_page(0)
        assert screen.caption_band.isVisible() is shown
        reader.stop()


def test_closing_the_wizard_takes_the_captions_away(qtbot: QtBot, desk: Desk, make_wizard: Factory,
                                                   screen: ResidentScreen) -> None:
    person = enrollable(desk)
    wizard = make_wizard(person.uuid)
    screen.follow(wizard)
    click_next(qtbot, wizard)
    screen.captions_box.setChecked(True)
    reader = CaptionReader()
    reader.begin("您每年交 300 元。", person.uuid)
    reader.at_page(0)
    assert screen.caption_band.isVisible()
    wizard.keep_draft_and_close()
    assert not screen.caption_band.isVisible()
    assert screen.caption is None
    assert screen.captions_box.isChecked()  # nobody shown: back to on


@pytest.mark.parametrize("mode", list(DisplayMode))
def test_the_assistants_words_reach_the_screen_in_the_modes_large_type(qtbot: QtBot, screen: ResidentScreen,
                                                                       mode: DisplayMode) -> None:
    app = create_application()
    try:
        apply_mode(app, mode)
        panel = screen.open_caption_panel()
        qtbot.addWidget(panel)
        assert isinstance(panel, CaptionPanel)
        screen.captions_box.setChecked(False)  # the switch is for readings: the assistant's words always show
        key, words = PHRASES[1]
        panel.phrase_buttons[key].click()
        assert screen.caption_band.isVisible()
        assert caption_words(screen) == phrase_text(words)
        assert caption_pt(screen) >= caption_min_pt(mode)
        type_text(qtbot, panel.words_edit, "请到二号窗口")
        QTest.keyClick(panel.words_edit, Qt.Key.Key_Return)
        assert caption_words(screen) == "请到二号窗口"
        QTest.keyClick(panel.words_edit, Qt.Key.Key_Escape)
        assert not screen.caption_band.isVisible()
    finally:
        apply_mode(app, DisplayMode.NORMAL)


def test_readings_are_captioned_without_asking_for_a_multiple_disability_and_the_old(desk: Desk) -> None:
    service = ResidentsService(desk.store, "demo", TODAY)
    profiles = [p for r in residents(desk) if (p := service.profile(r.uuid)) is not None and p.certificates]
    kinds = {(p.summary.age >= 65, any(c.category == 7 for c in p.certificates)): p for p in profiles}
    young_multiple, young_other, old_other = kinds[(False, True)], kinds[(False, False)], kinds[(True, False)]
    assert captions_wanted(service, young_multiple.summary)
    assert not captions_wanted(service, young_other.summary)
    assert captions_wanted(service, old_other.summary)


def test_the_captions_switch_and_the_panel_key_are_named_and_reachable(qtbot: QtBot, screen: ResidentScreen) -> None:
    for widget in (screen.captions_box, screen.panel_button):
        assert widget.accessibleName()
        assert widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert screen.captions_box.isChecked()  # nobody shown yet
    screen.panel_button.click()
    panel = screen.findChild(CaptionPanel)
    assert isinstance(panel, CaptionPanel)
    qtbot.addWidget(panel)
    assert panel.isVisible()


def test_a_long_number_in_a_caption_may_break_but_reads_the_same() -> None:
    shown = breakable("身份证号码 6404**********3726")
    assert shown.replace(ZERO_WIDTH_SPACE, "") == "身份证号码 6404**********3726"
    assert shown.count(ZERO_WIDTH_SPACE) == 1
    assert max(len(run) for run in shown.split(ZERO_WIDTH_SPACE)) <= 15
    assert breakable("您每年交 300 元。") == "您每年交 300 元。"


def test_on_a_wide_screen_the_captions_stand_beside_the_whole_summary(qtbot: QtBot, desk: Desk,
                                                                      make_wizard: Factory) -> None:
    screen = ResidentScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    person = enrollable(desk)
    wizard = make_wizard(person.uuid)
    screen.follow(wizard)
    to_review(qtbot, wizard)
    reader = CaptionReader()
    reader.begin("身份证号码 6404**********3726\n您每年交 300 元，政府每年补贴 40 元。", person.uuid)
    screen.captions_box.setChecked(True)
    reader.at_page(0)
    qtbot.wait(50)
    assert screen.width() == 1280  # nothing pushed the screen wider
    band, summary = screen.caption_band.geometry(), screen.summary_panel.geometry()
    assert band.left() > summary.right()
    assert band.width() > 300
    name = screen.rows["name"][1]
    assert name.visibleRegion().boundingRect().width() == name.width()  # the name is not cut
    reader.stop()
