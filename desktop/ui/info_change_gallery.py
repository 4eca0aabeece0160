"""Gallery shots of the 信息变更 wizard: every page with a demo resident, the changes that apply at once
(phone, address) and those that wait for the county (name, ID number), and each bad input: nothing ticked,
another resident's ID number, a new number that brings another birth date, a bad phone, missing papers.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import partial
from uuid import UUID

from PySide6.QtWidgets import QWidget

from core.ids import make_resident_id
from desktop.services.residents import ResidentSummary
from desktop.ui.gallery_context import GalleryContext, pause
from desktop.ui.operation import run_blocking
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.info_change import InfoChangeWizard

SETTLE_MS = 50  # the pages work synchronously; this lets layouts and the print panel settle
NEW_ADDRESS = "宁夏回族自治区固原市隆德县沙塘镇十八里村三组12号"


def _settle() -> None:
    pause(SETTLE_MS)


def _people(wctx: WizardContext) -> list[ResidentSummary]:
    found = {r.uuid: r for prefix in ("6404", "6422") for r in wctx.residents.search(prefix, limit=2000)}
    return [r for r in sorted(found.values(), key=lambda r: r.birth_date) if r.phone and 25 <= r.age <= 70]


def _id_number(wctx: WizardContext, uuid: UUID) -> str:
    return str(run_blocking(partial(wctx.registration.eligibility_input, uuid))["id_number"])


def _free_id(wctx: WizardContext, birth: date, sex: str) -> str:
    for sequence in range(101 if sex == "M" else 100, 999, 2):
        number = make_resident_id("640423", birth, sequence)
        if run_blocking(partial(wctx.registration.check_id, number)).existing is None:
            return number
    raise LookupError("no free ID number")


def _wizard(wctx: WizardContext, resident: UUID | None = None, to: Step = Step.IDENTIFY) -> InfoChangeWizard:
    """A wizard of its own for each shot (the gallery closes every shot), driven to its page."""
    made = InfoChangeWizard(wctx, resident)
    made.ask_on_close = False  # keep quiet on closing; the drafts are discarded at the end
    made.show()
    while made.currentId() < to:
        before = made.currentId()
        made.next()
        if made.currentId() == before:
            break
    _settle()
    return made


def _contact(made: InfoChangeWizard) -> None:
    page = made.choices_page
    page.boxes["phone"].setChecked(True)
    page.phone_edit.setText("139 0954 0000")
    page.boxes["address"].setChecked(True)
    page.address_edit.setText(NEW_ADDRESS)


def _identity(wctx: WizardContext, made: InfoChangeWizard, person: ResidentSummary) -> None:
    page = made.choices_page
    page.boxes["name"].setChecked(True)
    page.name_edit.setText("马玉蓝")
    page.boxes["id_number"].setChecked(True)
    page.id_edit.setText(_free_id(wctx, person.birth_date, person.sex))


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    people = run_blocking(partial(_people, wctx))
    person, other = people[0], people[1]
    made = _wizard(wctx)
    made.identify_page.id_edit.setText(_id_number(wctx, person.uuid))
    made.identify_page.run_check()
    yield "identify_found", made
    yield "choices_empty", _wizard(wctx, person.uuid, Step.CHOICES)
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    _contact(made)
    yield "choices_phone_and_address", made
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    _identity(wctx, made, person)
    yield "choices_name_and_id_number", made
    yield from _bad_choices(wctx, person, other)
    yield from _closing(wctx, person)
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))


def _bad_choices(wctx: WizardContext, person: ResidentSummary,
                 other: ResidentSummary) -> Iterator[tuple[str, QWidget]]:
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    made.next()
    yield "choices_nothing_ticked", made
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    made.choices_page.boxes["id_number"].setChecked(True)
    made.choices_page.id_edit.setText(_id_number(wctx, other.uuid))
    made.next()
    yield "choices_id_number_taken", made
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    born = date(person.birth_date.year, 1 if person.birth_date.month != 1 else 2, 15)
    made.choices_page.boxes["id_number"].setChecked(True)
    made.choices_page.id_edit.setText(_free_id(wctx, born, person.sex))
    made.next()
    yield "choices_id_number_brings_birth_date", made
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    made.choices_page.boxes["phone"].setChecked(True)
    made.choices_page.phone_edit.setText("0954-12")
    made.choices_page.boxes["birth_date"].setChecked(True)
    made.next()
    yield "choices_bad_phone_and_birth_date", made


def _to_review(wctx: WizardContext, person: ResidentSummary, identity: bool) -> InfoChangeWizard:
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    if identity:
        _identity(wctx, made, person)
    else:
        _contact(made)
    made.next()
    made.documents_page.rows["new_id_card" if identity else "id_card"].received.setChecked(True)
    made.next()
    _settle()
    return made


def _saved(made: InfoChangeWizard) -> InfoChangeWizard:
    made.next()
    made.confirm_page.agreed.setChecked(True)
    made.next()
    _settle()
    return made


def _closing(wctx: WizardContext, person: ResidentSummary) -> Iterator[tuple[str, QWidget]]:
    made = _wizard(wctx, person.uuid, Step.CHOICES)
    _identity(wctx, made, person)
    made.next()
    yield "documents_new_id_card", made
    yield "review_name_and_id_number", _to_review(wctx, person, identity=True)
    yield "review_phone_and_address", _to_review(wctx, person, identity=False)
    made = _to_review(wctx, person, identity=False)
    made.next()
    yield "confirm", made
    yield "print_waiting_for_papers", _saved(_to_review(wctx, person, identity=True))
    yield "print_register_changed", _saved(_to_review(wctx, person, identity=False))
