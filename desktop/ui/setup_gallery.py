"""Gallery shots of first run, accounts, the audit trail and the lock screen.

Every wizard page empty and with its problem shown; the accounts dialog (an assistant and a
deactivated account are added to the gallery's desk if missing) with its form; the audit trail before
and after the chain check; the lock screen, and with a wrong password and the sign-out question.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from core.problems import error
from core.progress import Cancelled
from desktop.messages import describe
from desktop.services.accounts import AccountsService
from desktop.services.errors import ServiceError
from desktop.ui.accounts_dialog import AccountForm, AccountsDialog, FormKind
from desktop.ui.audit_view import AuditTrailDialog
from desktop.ui.first_run import FirstRunWizard, PageId
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.idle_lock import LockScreen
from desktop.ui.operation import run_blocking

VILLAGE = "640423100004"  # 隆德县城关镇红崖社区
PRINTERS = ["HP LaserJet Pro M404", "Canon LBP2900", "Microsoft Print to PDF"]


def _settle(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while app is not None and time.monotonic() < deadline and not condition():
        app.processEvents()
        time.sleep(0.01)


def _type(edits: tuple[tuple[QLineEdit, str], ...]) -> None:
    for edit, text in edits:
        edit.setText(text)


def _wizard(ctx: GalleryContext, target: PageId, printers: list[str] = PRINTERS) -> FirstRunWizard:
    """A fresh wizard walked to ``target`` with good answers (the gallery closes, and so resets, each shot)."""
    wizard = FirstRunWizard(ctx.scratch / "new-desk", printers=printers, default_printer=PRINTERS[1])
    wizard.restart()  # a wizard not yet shown has no current page to go on from
    steps: list[tuple[PageId, Callable[[], object]]] = [
        (PageId.SERVICE_POINT, lambda: None),
        (PageId.ASSISTANT, lambda: wizard.service_point.choose(VILLAGE)),
        (PageId.PRINTER, lambda: _type(((wizard.assistant.name_edit, "马丽"), (wizard.assistant.username_edit, "mali"),
                                        (wizard.assistant.password_edit, "hongya-2024"),
                                        (wizard.assistant.repeat_edit, "hongya-2024")))),
        (PageId.SERVER, lambda: None),
        (PageId.SUMMARY, lambda: _type(((wizard.server.server_edit, "https://cunbao.longde.example"),))),
    ]
    for page_id, prepare in steps:
        if wizard.currentId() == target:
            break
        prepare()
        wizard.next()
        if wizard.currentId() != page_id:
            break  # a page refused: the shot shows where and why
    return wizard


def _wizard_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    yield "first_run_welcome", _wizard(ctx, PageId.WELCOME)
    demo = _wizard(ctx, PageId.WELCOME)
    demo.welcome.demo_radio.setChecked(True)
    demo.next()
    yield "first_run_demo", demo
    demo = _wizard(ctx, PageId.WELCOME)
    demo.welcome.demo_radio.setChecked(True)
    demo.next()
    demo.show_failure(demo.demo_page.problem, Cancelled())
    yield "first_run_demo_stopped", demo
    yield "first_run_service_point", _wizard(ctx, PageId.SERVICE_POINT)
    wizard = _wizard(ctx, PageId.SERVICE_POINT)
    page = wizard.service_point
    page.county_combo.setCurrentIndex(page.county_combo.findData(VILLAGE[:6]))
    page.filter_edit.setText("不存在的村")
    yield "first_run_service_point_no_match", wizard
    wizard = _wizard(ctx, PageId.SERVICE_POINT)
    wizard.service_point.choose(VILLAGE)
    yield "first_run_service_point_chosen", wizard
    yield "first_run_account", _wizard(ctx, PageId.ASSISTANT)
    wizard = _wizard(ctx, PageId.ASSISTANT)
    account = wizard.assistant
    _type(((account.name_edit, "马丽"), (account.username_edit, "Ma Li"), (account.password_edit, "hongya"),
           (account.repeat_edit, "hongy")))
    account.validatePage()
    yield "first_run_account_problem", wizard
    yield "first_run_printer", _wizard(ctx, PageId.PRINTER)
    yield "first_run_printer_none", _wizard(ctx, PageId.PRINTER, printers=[])
    yield "first_run_server", _wizard(ctx, PageId.SERVER)
    wizard = _wizard(ctx, PageId.SERVER)
    wizard.server.server_edit.setText("ftp://county")
    wizard.server.validatePage()
    yield "first_run_server_problem", wizard
    yield "first_run_summary", _wizard(ctx, PageId.SUMMARY)
    wizard = _wizard(ctx, PageId.SUMMARY)
    wizard.show_failure(wizard.summary.problem,
                        ServiceError(error("store.db_exists", path=str(wizard.data_dir / "cunbao.db"))))
    yield "first_run_summary_problem", wizard


def _ensure_accounts(ctx: GalleryContext) -> None:
    service = AccountsService(ctx.desk)
    present = {a.username for a in run_blocking(service.accounts)}
    if "mali" not in present:
        run_blocking(lambda: service.add_account("mali", "马丽", "hongya-2024", "assistant"))
    if "wangfang" not in present:
        run_blocking(lambda: service.add_account("wangfang", "王芳", "wangfang-2020", "assistant"))
        run_blocking(lambda: service.deactivate("wangfang"))


def _accounts_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    _ensure_accounts(ctx)
    dialog = AccountsDialog(ctx.desk)
    dialog.select("mali")
    yield "accounts", dialog
    form = AccountForm(FormKind.ADD, lambda _form: None)
    _type(((form.name_edit, "李强"), (form.username_edit, "liqiang"), (form.password_edit, "liqiang-1"),
           (form.repeat_edit, "liqiang-2")))
    yield "accounts_add", form
    form.show_problem(describe(error("account.password_mismatch")))
    yield "accounts_add_problem", form
    reset = AccountForm(FormKind.RESET, lambda _form: None, "马丽")
    reset.resize(reset.sizeHint().width(), reset.fontMetrics().height() * 12)  # as it opens, with room to type
    yield "accounts_new_password", reset


def _audit_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    trail = AuditTrailDialog(ctx.desk)
    yield "audit_trail", trail
    trail.verify()
    _settle(trail.verify_result.isVisible)
    yield "audit_trail_verified", trail
    trail.action_combo.setCurrentIndex(trail.action_combo.findData("sign_in"))
    yield "audit_trail_filtered", trail


def _lock_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    account = ctx.desk.account
    screen = LockScreen(account.display_name, account.username)
    screen.resize(1100, 700)
    screen.reset()
    yield "lock_screen", screen
    screen.show_problem(describe(error("keys.wrong_password", username=account.username)))
    screen.sign_out_button.click()
    yield "lock_screen_problem", screen


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    yield from _wizard_shots(ctx)
    yield from _accounts_shots(ctx)
    yield from _audit_shots(ctx)
    yield from _lock_shots(ctx)
