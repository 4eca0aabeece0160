"""Gallery shots of the 代缴申请 wizard: every page with demo data, and each bad input (a resident not enrolled or
already drawing the pension, nothing typed yet, a disability certificate that does not fit the group or is
someone else's, an expired certificate, a certificate the county looks at by hand, two groups, missing papers).

Each shot gets a wizard of its own, driven to its page as an assistant would (the gallery closes every shot).
The helpers here serve the 缴费档次变更 gallery too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.residents import ResidentProfile
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.operation import run_blocking
from desktop.ui.wizards.base import CaseWizard, Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.daijiao import DaijiaoWizard

WAIT_MS = 5000  # the longest a shot waits for work on the worker (the tier comparison)


def wait_until(done: Callable[[], bool], ms: int = WAIT_MS) -> None:
    """Let the event loop run until ``done()`` (or the time is up: the shot shows what is there)."""
    clock = QElapsedTimer()
    clock.start()
    while not done() and clock.elapsed() < ms:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


class DemoPeople:
    """The demo residents the shots need, found through the services."""

    def __init__(self, wctx: WizardContext) -> None:
        self.wctx = wctx

        def load() -> list[ResidentProfile]:
            hits = wctx.residents.search("6404", limit=500)
            return [p for h in hits if (p := wctx.residents.profile(h.uuid)) is not None]

        self.profiles = run_blocking(load)

    def first(self, wanted: Callable[[ResidentProfile], bool]) -> ResidentProfile:
        """The first resident as wanted; any adult when the demo village has none (the shot then says why)."""
        found = next((p for p in self.profiles if wanted(p)), None)
        return found or next(p for p in self.profiles if p.summary.age >= 20)

    def id_number(self, uuid: UUID) -> str:
        return str(run_blocking(partial(self.wctx.registration.eligibility_input, uuid))["id_number"])


def paying(p: ResidentProfile) -> bool:
    return p.enrolled and not p.receiving_pension and 20 <= p.summary.age <= 55


def left_off(p: ResidentProfile) -> bool:
    """Paying in, on no list and with no disability certificate."""
    return paying(p) and not p.memberships and not p.certificates


def listed(group: str) -> Callable[[ResidentProfile], bool]:
    return lambda p: paying(p) and any(m.group == group and m.active for m in p.memberships)


def not_enrolled(p: ResidentProfile) -> bool:
    return not p.enrolled and not p.receiving_pension and 20 <= p.summary.age <= 55


def receiving(p: ResidentProfile) -> bool:
    return p.receiving_pension


def walk(wizard: CaseWizard, to: int) -> CaseWizard:
    """Show the wizard and press Next until the page ``to`` (or a page that does not let the wizard on)."""
    wizard.ask_on_close = False  # the gallery closes every shot: keep quiet, keep the draft
    wizard.show()
    while wizard.currentId() < to:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break
    QCoreApplication.processEvents()
    return wizard


def pick(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _wizard(wctx: WizardContext, person: ResidentProfile, to: Step = Step.POLICY) -> DaijiaoWizard:
    wizard = DaijiaoWizard(wctx, person.summary.uuid)
    walk(wizard, to)
    return wizard


def _choices(wctx: WizardContext, person: ResidentProfile, group: str, number: str, issued: str,
             until: str = "", subtype: str | None = None) -> DaijiaoWizard:
    wizard = _wizard(wctx, person, Step.CHOICES)
    page = wizard.choices_page
    pick(page.group_combo, group)
    if subtype is not None:
        pick(page.subtype_combo, subtype)
    page.number_edit.setText(number)
    page.issued_edit.setText(issued)
    page.until_edit.setText(until)
    return wizard


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    people = DemoPeople(wctx)
    person, on_dibao = people.first(left_off), people.first(listed("dibao"))
    number = people.id_number(person.summary.uuid)
    wizard = DaijiaoWizard(wctx)
    wizard.identify_page.id_edit.setText(number)
    wizard.identify_page.run_check()
    walk(wizard, Step.IDENTIFY)
    yield "identify_found", wizard
    yield "policy_left_off_the_lists", _wizard(wctx, person)
    yield "policy_already_listed", _wizard(wctx, on_dibao)
    yield "policy_not_enrolled", _wizard(wctx, people.first(not_enrolled))
    yield "policy_receiving_pension", _wizard(wctx, people.first(receiving))
    someone = people.first(lambda p: left_off(p) and p.summary.uuid != person.summary.uuid)
    yield from _choice_shots(wctx, person, number, people.id_number(someone.summary.uuid), on_dibao,
                             people.id_number(on_dibao.summary.uuid))
    yield from _closing_shots(wctx, person)
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))


def _choice_shots(wctx: WizardContext, person: ResidentProfile, number: str, someone_else: str,
                  on_dibao: ResidentProfile, dibao_number: str) -> Iterator[tuple[str, QWidget]]:
    yield "choices_empty", _wizard(wctx, person, Step.CHOICES)
    wizard = _choices(wctx, person, "fanpin_jiance", "", "")
    wizard.next()  # nothing typed yet: the page says what is missing
    yield "choices_missing", wizard
    yield "choices_dibao", _choices(wctx, person, "dibao", "NX-DB-2025-00417", "2025-03-01", "2026-12-31")
    yield "choices_monitoring_subtype", _choices(wctx, person, "fanpin_jiance", "JC-2025-0093", "2025年1月10日",
                                                  subtype="突发严重困难户")
    yield "choices_certificate_mismatch", _choices(wctx, person, "disab_ivm_34", number + "43", "2020-06-01")
    yield "choices_certificate_not_theirs", _choices(wctx, person, "disab_severe", someone_else + "41", "2020-06-01")
    yield "choices_certificate_read", _choices(wctx, person, "disab_ivm_34", number + "53", "2020-06-01")
    yield "choices_multiple_disability", _choices(wctx, person, "disab_ivm_34", number + "73", "2019-01-15")
    year = wctx.today.year
    yield "choices_expired", _choices(wctx, person, "tekun", "TK-17", "2019-03-05", f"{year - 1}-06-30")
    yield "choices_two_groups", _choices(wctx, on_dibao, "disab_severe", dibao_number + "61", "2021-08-02")


def _ready(wctx: WizardContext, person: ResidentProfile, received: bool, to: Step) -> DaijiaoWizard:
    wizard = _choices(wctx, person, "dibao", "NX-DB-2025-00417", "2025-03-01", "2026-12-31")
    wizard.next()
    for row in wizard.documents_page.rows.values():
        row.received.setChecked(received or row.kind != "dibao_cert")
    walk(wizard, to)
    return wizard


def _closing_shots(wctx: WizardContext, person: ResidentProfile) -> Iterator[tuple[str, QWidget]]:
    yield "documents", _ready(wctx, person, False, Step.DOCUMENTS)
    yield "review", _ready(wctx, person, True, Step.REVIEW)
    yield "confirm", _ready(wctx, person, True, Step.CONFIRM)
    wizard = _ready(wctx, person, False, Step.CONFIRM)
    wizard.confirm_page.agreed.setChecked(True)
    walk(wizard, Step.PRINT)
    yield "print_waiting_for_the_certificate", wizard
    wizard = _ready(wctx, person, True, Step.CONFIRM)
    wizard.confirm_page.agreed.setChecked(True)
    walk(wizard, Step.PRINT)
    yield "print_ready", wizard
