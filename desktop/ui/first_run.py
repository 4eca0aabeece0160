"""First run: set up the service point and its first account, or make a demo desk to practise on.

Welcome → (demo → Finish) or (service point → your account → printer → county server → summary → Finish).
Finish does the work on the database worker with a progress dialog; the wizard closes only when the
desk exists, leaving ``desk`` (signed in) or ``demo`` (the demo's report: sign in next) behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core.progress import Cancelled, Progress
from desktop.messages import describe
from desktop.services.demo import DEFAULT_RESIDENTS, DEMO_PASSWORD, DEMO_USER, DemoReport
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.setup import KdfParams, create_desk, try_demo
from desktop.ui.first_run_pages import (
    AssistantPage,
    PageId,
    PrinterPage,
    ServerPage,
    ServicePointPage,
    problem_label,
    show_problem,
)
from desktop.ui.operation import Operation
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

__all__ = ["FirstRunWizard", "PageId"]


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapping_label("intro")
        self.setup_radio = named(QRadioButton(), "setup_choice")
        self.setup_radio.setChecked(True)
        self.setup_note = set_role(wrapping_label("setup_note"), "hint")
        self.demo_radio = named(QRadioButton(), "demo_choice")
        self.demo_note = set_role(wrapping_label("demo_note"), "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for radio, note in ((self.setup_radio, self.setup_note), (self.demo_radio, self.demo_note)):
            layout.addSpacing(self.fontMetrics().height() // 2)
            layout.addWidget(radio)
            note.setIndent(self.fontMetrics().height() * 2)
            layout.addWidget(note)
        layout.addStretch(1)
        self.registerField("demo", self.demo_radio)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Cunbao"))
        self.setSubTitle(self.tr("This computer has no Cunbao data yet. How do you want to start?"))
        self.intro.setText(self.tr("Cunbao keeps the social-security work of a village service point: the residents "
                                   "register, applications, papers and printing. Everything stays on this "
                                   "computer, encrypted."))
        self.setup_radio.setText(self.tr("&Set up this service point"))
        self.setup_note.setText(self.tr("Choose your village, make your own account and choose the printer. "
                                        "Takes about two minutes."))
        self.demo_radio.setText(self.tr("Try with &demo data"))
        self.demo_note.setText(self.tr("A practice desk full of invented residents, to learn the program. Do not "
                                       "enter real residents into it."))
        self.setup_radio.setAccessibleName(self.tr("Set up this service point"))
        self.demo_radio.setAccessibleName(self.tr("Try with demo data"))

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return int(PageId.DEMO if self.demo_radio.isChecked() else PageId.SERVICE_POINT)


class DemoPage(QWizardPage):
    def __init__(self, make_demo: Callable[[], bool], residents: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_demo = make_demo
        self._residents = residents
        self.text = wrapping_label("demo_text")
        self.sign_in_note = set_role(wrapping_label("demo_sign_in"), "notice")
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.sign_in_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("A village of invented people, to practise on."))
        self.text.setText(self.tr("Cunbao will make a database of %1 invented residents with their households, "
                                  "groups, contributions and some cases. Their ID numbers are valid in form but "
                                  "belong to nobody. It takes a minute or less.").replace("%1", str(self._residents)))
        self.sign_in_note.setText(self.tr("Afterwards, sign in with the user name \"%1\" and the password \"%2\".")
                                  .replace("%1", DEMO_USER).replace("%2", DEMO_PASSWORD))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Make the demo"))

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return -1

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self._make_demo()


class SummaryPage(QWizardPage):
    def __init__(self, create: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.place_value, self.code_value, self.account_value, self.printer_value, self.server_value, \
            self.folder_value = (wrapping_label(n) for n in ("summary_place", "summary_code", "summary_account",
                                                             "summary_printer", "summary_server", "summary_folder"))
        self.place_label, self.code_label, self.account_label, self.printer_label, self.server_label, \
            self.folder_label = (QLabel() for _ in range(6))
        form = QFormLayout()
        for label, value in ((self.place_label, self.place_value), (self.code_label, self.code_value),
                             (self.account_label, self.account_value), (self.printer_label, self.printer_value),
                             (self.server_label, self.server_value), (self.folder_label, self.folder_value)):
            form.addRow(label, value)
        self.remember = set_role(wrapping_label("remember"), "notice")
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Ready to set up"))
        self.setSubTitle(self.tr("Check what you chose. Go back to change anything."))
        self.place_label.setText(self.tr("Service point:"))
        self.code_label.setText(self.tr("Statistical code:"))
        self.account_label.setText(self.tr("Your account:"))
        self.printer_label.setText(self.tr("Printer:"))
        self.server_label.setText(self.tr("County server:"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.remember.setText(self.tr("Write down your user name and password and keep them in a safe place. If "
                                      "every password is forgotten, nobody can open the data again."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the desk"))

    def show_choices(self, place: str, code: str, account: str, printer: str, server: str, folder: str) -> None:
        for label, text in ((self.place_value, place), (self.code_value, code), (self.account_value, account),
                            (self.printer_value, printer), (self.server_value, server), (self.folder_value, folder)):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self._create()


class FirstRunWizard(QWizard):
    def __init__(self, data_dir: Path, printers: Sequence[str] | None = None, default_printer: str | None = None,
                 kdf_params: KdfParams | None = None, demo_residents: int = DEFAULT_RESIDENTS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.desk: Desk | None = None
        self.demo: DemoReport | None = None
        self.busy = False
        self._kdf = kdf_params
        self._demo_residents = demo_residents
        self.welcome = WelcomePage()
        self.demo_page = DemoPage(self._start_demo, demo_residents)
        self.service_point = ServicePointPage()
        self.assistant = AssistantPage()
        self.printer = PrinterPage(printers, default_printer)
        self.server = ServerPage()
        self.summary = SummaryPage(self._start_create)
        for page_id, page in ((PageId.WELCOME, self.welcome), (PageId.DEMO, self.demo_page),
                              (PageId.SERVICE_POINT, self.service_point), (PageId.ASSISTANT, self.assistant),
                              (PageId.PRINTER, self.printer), (PageId.SERVER, self.server),
                              (PageId.SUMMARY, self.summary)):
            self.setPage(int(page_id), page)
        self.setStartId(int(PageId.WELCOME))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.currentIdChanged.connect(self._entered)
        height = self.fontMetrics().height()
        self.resize(height * 44, height * 34)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up Cunbao"))

    def _entered(self, page_id: int) -> None:
        if page_id == PageId.SUMMARY:
            village = self.service_point.village
            self.summary.show_choices(
                village.full_name if village else "",
                village.code if village else "",
                self.tr("%1 (user name %2), supervisor").replace("%1", self.assistant.name_edit.text().strip())
                .replace("%2", self.assistant.username_edit.text().strip()),
                self.printer.printer or self.tr("none: documents are saved as PDF files"),
                self.server.server_edit.text().strip() or self.tr("none yet"),
                str(self.data_dir),
            )

    # --- the work behind Finish -------------------------------------------------------------------

    def _start_create(self) -> bool:
        if self.desk is not None:
            return True
        data_dir, kdf = self.data_dir, self._kdf
        code, username = self.service_point.code_edit.text(), self.assistant.username_edit.text().strip()
        name, password = self.assistant.name_edit.text(), self.assistant.password_edit.text()
        printer, server = self.printer.printer, self.server.server_edit.text()

        def work(_progress: Progress) -> Desk:
            return create_desk(data_dir, code, username, name, password, printer, server, kdf_params=kdf)

        self._run(work, self._created, self.summary.problem, self.tr("Creating the encrypted database…"), False)
        return False

    def _start_demo(self) -> bool:
        if self.demo is not None:
            return True
        data_dir, kdf, residents = self.data_dir, self._kdf, self._demo_residents

        def work(progress: Progress) -> DemoReport:
            return try_demo(data_dir, progress, residents=residents, kdf_params=kdf)

        self._run(work, self._demo_made, self.demo_page.problem,
                  self.tr("Creating a demo database of synthetic residents…"), True)
        return False

    def _run(self, work: Callable[[Progress], object], done: Callable[[object], None], problem: QLabel,
             label: str, cancellable: bool) -> None:
        self.busy = True
        show_problem(problem, "")
        self._set_buttons_enabled(False)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._set_buttons_enabled(True)
            self.show_failure(problem, exc)

        Operation(work, done, failed, self, label, cancellable).start()

    def show_failure(self, problem: QLabel, exc: BaseException) -> None:
        """Why the desk was not made, on the page where Finish was pressed."""
        if isinstance(exc, ServiceError):
            show_problem(problem, describe(exc.problem))
        elif isinstance(exc, Cancelled):
            show_problem(problem, self.tr("Stopped: nothing was saved. Press the button again to start over."))
        else:
            show_problem(problem, self.tr("Something went wrong: %1").replace("%1", str(exc)))

    def _created(self, desk: object) -> None:
        assert isinstance(desk, Desk)
        self.desk, self.busy = desk, False
        self.accept()

    def _demo_made(self, report: object) -> None:
        assert isinstance(report, DemoReport)
        self.demo, self.busy = report, False
        self.accept()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def reject(self) -> None:
        if not self.busy:  # the database is half made: closing now would leave it so
            super().reject()


if __name__ == "__main__":  # try the wizard on its own: python -m desktop.ui.first_run [EMPTY_FOLDER]
    import sys
    import tempfile

    from desktop.ui.application import create_application

    application = create_application(sys.argv)
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "desk"
    FirstRunWizard(folder).show()
    sys.exit(application.exec())
