"""One case, opened from a list, the resident page or a scanned reference: what it is, its papers and scans.

Papers brought in later are ticked here ("received now") and recorded through
``CasesService.update_papers``; the case moves on to "ready for the county" once nothing required is
missing. A case the county returned shows its reason with "Correct and send again": the case reopens in its
wizard (``CasesService.reopen``, then ``sig_correct``), and finishing the wizard updates this same case.
The dialog is non-modal: the assistant can look something up while it stays open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from desktop.messages import describe
from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.cases import OPEN_STATUSES, RETURNS, CaseRecord, CasesService, CaseStatus, Draft, Paper
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.ui import labels
from desktop.ui.cases_page import when
from desktop.ui.display_mode import mode_notifier
from desktop.ui.operation import Operation
from desktop.ui.theme import set_role
from desktop.ui.widgets import grow_to_words, named, wrapping_label

THUMBNAIL = QSize(120, 120)
PAPER_LINES = 6  # the papers list shows about this many lines, whatever the type size


class CaseView(QDialog):
    sig_changed = Signal(object)
    """The case was changed here (papers received): the new CaseRecord."""
    sig_open_resident = Signal(object)
    """The assistant wants the resident page: the resident's UUID."""
    sig_correct = Signal(object)
    """The assistant corrects the returned case: the Draft to resume in the case's wizard (the view closes)."""

    def __init__(self, desk: Desk, cases: CasesService, record: CaseRecord,
                 group_labels: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._group_labels = dict(group_labels or {})
        self.print_dialog: QDialog | None = None
        self._cases = cases
        self._record = record
        self._thumbnails: dict[str, bytes] = {}
        self.title = set_role(named(QLabel(), "case_title"), "title")
        self.status_label = named(wrapping_label("case_status"), "case_status")
        self.resident_label = wrapping_label("case_resident")
        self.returned_label = set_role(wrapping_label("case_returned"), "notice")
        self.correct_button = set_role(named(QPushButton(), "case_correct"), "primary")
        self.correct_button.clicked.connect(self.correct)
        self.data_box = QGroupBox()
        self.data_view = named(QTextBrowser(), "case_data")
        self.papers_box = QGroupBox()
        self.papers_list = named(QListWidget(), "case_papers")
        self.papers_list.itemChanged.connect(self._ticks_changed)
        self.papers_list.setWordWrap(True)
        self.papers_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.papers_hint = set_role(wrapping_label("papers_hint"), "hint")
        self.record_button = set_role(named(QPushButton(), "papers_record"), "primary")
        self.record_button.clicked.connect(self.record_papers)
        self.scans_box = QGroupBox()
        self.scans_list = named(QListWidget(), "case_scans")
        self.scans_list.setViewMode(QListView.ViewMode.IconMode)
        self.scans_list.setIconSize(THUMBNAIL)
        self.scans_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.problem = set_role(wrapping_label("case_problem"), "problem")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.reprint_button = named(QPushButton(), "case_reprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.resident_button = named(QPushButton(), "case_open_resident")
        self.resident_button.clicked.connect(lambda: self.sig_open_resident.emit(self._record.row.resident_uuid))
        self.buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.resident_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._build_layout()
        self.retranslate_ui()
        self.fit_font()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self.fit_font)
        self.resize(960, 780)
        self._load_scans()

    def _build_layout(self) -> None:
        QVBoxLayout(self.data_box).addWidget(self.data_view)
        papers = QVBoxLayout(self.papers_box)
        papers.addWidget(self.papers_list, 1)
        papers.addWidget(self.papers_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        papers.addLayout(row)
        QVBoxLayout(self.scans_box).addWidget(self.scans_list)
        middle = QHBoxLayout()
        middle.addWidget(self.data_box, 1)
        middle.addWidget(self.papers_box, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows rather than overlap in large type
        layout.addWidget(self.title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.resident_label)
        returned = QHBoxLayout()
        returned.addWidget(self.returned_label, 1)
        returned.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(returned)
        layout.addLayout(middle, 1)
        layout.addWidget(self.scans_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def fit_font(self, _mode: str = "") -> None:
        """Lists sized in lines of the current font, so large type keeps papers and scans readable."""
        line = QFontMetrics(QApplication.font()).height()
        self.scans_list.setFixedHeight(THUMBNAIL.height() + 2 * line)
        self.papers_list.setMinimumHeight(PAPER_LINES * line)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        grow_to_words(self)

    @property
    def record(self) -> CaseRecord:
        return self._record

    def retranslate_ui(self) -> None:
        row = self._record.row
        self.setWindowTitle(self.tr("Case %1").replace("%1", row.reference))
        self.title.setText(labels.case_type(row.case_type) + " · " + row.reference)
        self.status_label.setText(self.tr("Status: %1 · last changed %2 by %3")
                                  .replace("%1", labels.case_status(row.status))
                                  .replace("%2", when(row.updated_at)).replace("%3", row.updated_by))
        self.resident_label.setText(self.tr("Resident: %1 (%2)").replace("%1", row.resident_name)
                                    .replace("%2", row.resident_masked_id))
        reason = returned_reason(self._record)
        self.returned_label.setText(self.tr("Returned by the county: %1").replace("%1", reason))
        self.returned_label.setVisible(row.status == CaseStatus.RETURNED)
        self.correct_button.setVisible(row.status == CaseStatus.RETURNED)
        self.correct_button.setText(self.tr("Correct and send &again"))
        self.correct_button.setAccessibleName(self.tr("Correct the case in its form and send it to the county "
                                                      "again"))
        self.correct_button.setToolTip(self.tr("Opens the case's form with everything recorded so far. Change "
                                               "what the county asked for and have the resident confirm again; "
                                               "the same case then goes back to the county."))
        self.data_box.setTitle(self.tr("What was recorded"))
        self.papers_box.setTitle(self.tr("Papers"))
        self.scans_box.setTitle(self.tr("Scans and photos"))
        self.record_button.setText(self.tr("&Record papers received"))
        self.record_button.setAccessibleName(self.tr("Record the ticked papers as received now"))
        self.reprint_button.setText(self.tr("Re&print…"))
        self.reprint_button.setAccessibleName(self.tr("Print the case's forms again"))
        self.resident_button.setText(self.tr("Res&ident page"))
        self.resident_button.setAccessibleName(self.tr("Open the resident's page"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the case"))
        self.data_view.setAccessibleName(self.tr("What was recorded in the case"))
        self.papers_list.setAccessibleName(self.tr("Papers of the case; tick those brought in now"))
        self.scans_list.setAccessibleName(self.tr("Scans and photos of the case"))
        self.data_view.setHtml(self._data_html())
        self._fill_papers()
        self._fill_scan_names()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data ----------------------------------------------------------------------------------

    def _data_html(self) -> str:
        rows = data_rows(self._record.data)
        if not rows:
            return "<p>" + escape(self.tr("Nothing was recorded.")) + "</p>"
        cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"

    # --- papers --------------------------------------------------------------------------------

    def _fill_papers(self) -> None:
        self.papers_list.blockSignals(True)
        self.papers_list.clear()
        editable = self._record.row.status in OPEN_STATUSES  # the county has the others
        for paper in self._record.papers:
            item = QListWidgetItem(self._paper_text(paper))
            item.setData(Qt.ItemDataRole.UserRole, paper.kind)
            if paper.received or not editable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if paper.received else Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.papers_list.addItem(item)
        self.papers_list.blockSignals(False)
        missing = [p for p in self._record.papers if p.mandatory and not p.received]
        if not self._record.papers:
            self.papers_hint.setText(self.tr("This case has no papers checklist."))
        elif not editable:
            self.papers_hint.setText(self.tr("The county has this case now; its papers are no longer changed here."))
        elif missing:
            self.papers_hint.setText(self.tr("%n required paper(s) still missing. Tick what the resident "
                                             "brought in now, then record it.", "", len(missing)))
        else:
            self.papers_hint.setText(self.tr("All required papers are here."))
        self._ticks_changed()

    def _paper_text(self, paper: Paper) -> str:
        if paper.original and paper.copies:
            how = self.tr("original and %n copy(ies)", "", paper.copies)
        elif paper.original:
            how = self.tr("original shown")
        else:
            how = self.tr("%n copy(ies)", "", paper.copies)
        need = self.tr("required") if paper.mandatory else self.tr("if there is one")
        state = self.tr("received") if paper.received else self.tr("missing")
        proves = " " + self.tr("(proves %1)").replace("%1", labels.proves(paper.proves)) if paper.proves else ""
        return f"{labels.paper(paper.kind)} · {state}\n" + self.tr("%1, %2").replace("%1", how).replace("%2", need) \
            + proves

    def ticked_now(self) -> set[str]:
        kinds: set[str] = set()
        for number in range(self.papers_list.count()):
            item = self.papers_list.item(number)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                kinds.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return kinds

    def _ticks_changed(self, _item: QListWidgetItem | None = None) -> None:
        self.record_button.setEnabled(bool(self.ticked_now()))

    def record_papers(self) -> None:
        ticked = self.ticked_now()
        if not ticked:
            return
        papers = tuple(replace(p, received=True) if p.kind in ticked else p for p in self._record.papers)
        case_uuid = self._record.row.uuid
        self.record_button.setEnabled(False)
        Operation(lambda _p: self._cases.update_papers(case_uuid, papers), self._papers_recorded, self._failed,
                  self, self.tr("Recording the papers…"), cancellable=False).start()

    def _papers_recorded(self, record: CaseRecord) -> None:
        self._record = record
        self.problem.setVisible(False)
        self.retranslate_ui()
        self.sig_changed.emit(record)

    # --- correcting a returned case -----------------------------------------------------------------

    def correct(self) -> None:
        """Reopen the returned case as a draft (on the worker); the main window opens it in the wizard."""
        case_uuid = self._record.row.uuid
        self.correct_button.setEnabled(False)
        Operation(lambda _p: self._cases.reopen(case_uuid), self._reopened, self._correct_failed, self,
                  self.tr("Opening the case for correcting…"), cancellable=False).start()

    def _reopened(self, draft: Draft) -> None:
        self.correct_button.setEnabled(True)
        self.sig_correct.emit(draft)
        self.close()  # the wizard has the case now; this view would show it as it was

    def _correct_failed(self, exc: BaseException) -> None:
        self.correct_button.setEnabled(True)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText("⚠ " + (describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)))
        self.problem.setVisible(True)
        self._ticks_changed()

    # --- scans ---------------------------------------------------------------------------------

    def _fill_scan_names(self) -> None:
        self.scans_list.clear()
        for scan in self._record.scans:
            item = QListWidgetItem(scan.name)
            item.setData(Qt.ItemDataRole.UserRole, scan.content_hash)
            item.setToolTip(scan.name)
            data = self._thumbnails.get(scan.content_hash)
            if data is not None:
                item.setIcon(_thumbnail(data))
            self.scans_list.addItem(item)
        if not self._record.scans:
            self.scans_list.addItem(QListWidgetItem(self.tr("No scans or photos were added.")))

    def _load_scans(self) -> None:
        wanted = [s.content_hash for s in self._record.scans if s.mime.startswith("image/")]
        if not wanted:
            return

        def work(progress: Progress) -> dict[str, bytes]:
            out: dict[str, bytes] = {}
            for number, content_hash in enumerate(wanted):
                progress.check()
                out[content_hash] = self._cases.scan_bytes(content_hash)
                progress.report(number + 1, len(wanted), "")
            return out

        Operation(work, self._scans_loaded, self._failed, self, self.tr("Opening the scans…")).start()

    def _scans_loaded(self, images: dict[str, bytes]) -> None:
        self._thumbnails.update(images)
        self._fill_scan_names()

    # --- printing ------------------------------------------------------------------------------

    def reprint(self) -> QDialog:
        """The form, the receipt and the please-bring slip again, in the print dialog (non-modal)."""
        from desktop.ui import print_preview  # loaded on first printing: keeps the desk's start quick

        info = print_preview.desk_info(self._desk)
        documents = print_preview.case_printables(info, self._record, self._group_labels)
        dialog = print_preview.PrintDialog(documents, self._desk.settings.printer, self._record.row.reference, self)
        self.print_dialog = dialog
        dialog.open()
        return dialog


def _thumbnail(data: bytes) -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))


# --- the case data in words ------------------------------------------------------------------------

CONTEXT = "CaseData"
_KEYS = {
    "tier": QT_TRANSLATE_NOOP("CaseData", "Contribution tier"),
    "start_year": QT_TRANSLATE_NOOP("CaseData", "First year"),
    "year": QT_TRANSLATE_NOOP("CaseData", "Year"),
    "payers": QT_TRANSLATE_NOOP("CaseData", "Who pays"),
    "groups": QT_TRANSLATE_NOOP("CaseData", "Hardship groups"),
    "group": QT_TRANSLATE_NOOP("CaseData", "Hardship group"),
    "subtype": QT_TRANSLATE_NOOP("CaseData", "Kind"),
    "evidence": QT_TRANSLATE_NOOP("CaseData", "Evidence"),
    "government_pays": QT_TRANSLATE_NOOP("CaseData", "The county pays"),
    "subsidy": QT_TRANSLATE_NOOP("CaseData", "Subsidy"),
    "manual_review": QT_TRANSLATE_NOOP("CaseData", "Checked by hand at the county"),
    "old_tier": QT_TRANSLATE_NOOP("CaseData", "Tier until now"),
    "from_tier": QT_TRANSLATE_NOOP("CaseData", "Tier until now"),
    "new_tier": QT_TRANSLATE_NOOP("CaseData", "New tier"),
    "to_tier": QT_TRANSLATE_NOOP("CaseData", "New tier"),
    "keep_minimum": QT_TRANSLATE_NOOP("CaseData", "Keeps the 100-yuan tier"),
    "years_paid": QT_TRANSLATE_NOOP("CaseData", "Years paid"),
    "contribution_years": QT_TRANSLATE_NOOP("CaseData", "Years paid"),
    "missing_years": QT_TRANSLATE_NOOP("CaseData", "Years missing"),
    "arrears": QT_TRANSLATE_NOOP("CaseData", "Arrears"),
    "card": QT_TRANSLATE_NOOP("CaseData", "Paid into"),
    "start_month": QT_TRANSLATE_NOOP("CaseData", "Pension from"),
    "claim_month": QT_TRANSLATE_NOOP("CaseData", "Pension from"),
    "changes": QT_TRANSLATE_NOOP("CaseData", "Changes"),
    "field": QT_TRANSLATE_NOOP("CaseData", "Detail changed"),
    "new": QT_TRANSLATE_NOOP("CaseData", "New value"),
    "needs_new_id_document": QT_TRANSLATE_NOOP("CaseData", "Needs the new ID card"),
    "hukou_division": QT_TRANSLATE_NOOP("CaseData", "Household registered in"),
    "opened_on": QT_TRANSLATE_NOOP("CaseData", "Opened on"),
    RETURNS: QT_TRANSLATE_NOOP("CaseData", "Returned by the county before"),
    "note": QT_TRANSLATE_NOOP("CaseData", "Note"),
}
_HIDDEN = frozenset({"resident", "eligibility", "checks", "return_reason"})  # shown elsewhere or internal
_MONEY = frozenset({"tier", "old_tier", "new_tier", "from_tier", "to_tier", "government_pays", "subsidy"})
_RETURN_REASONS = {
    "materials_incomplete": QT_TRANSLATE_NOOP("CaseData", "Papers are incomplete"),
    "signature_missing": QT_TRANSLATE_NOOP("CaseData", "The resident's signature is missing"),
    "id_copy_unreadable": QT_TRANSLATE_NOOP("CaseData", "The copy of the ID card cannot be read"),
    "hukou_page_missing": QT_TRANSLATE_NOOP("CaseData", "The resident's own page of the household register is "
                                                        "missing"),
    "list_not_confirmed": QT_TRANSLATE_NOOP("CaseData", "The agency has not confirmed the group membership"),
}
_PAYERS = {
    "self": QT_TRANSLATE_NOOP("CaseData", "the resident"),
    "government": QT_TRANSLATE_NOOP("CaseData", "the county (代缴)"),
    "subsidy": QT_TRANSLATE_NOOP("CaseData", "subsidy"),
    "collective": QT_TRANSLATE_NOOP("CaseData", "the village collective"),
    "charity": QT_TRANSLATE_NOOP("CaseData", "charity"),
}


translate = QCoreApplication.translate  # the bare name lupdate recognises


def _tr(source: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this module's tables."""
    return translate(CONTEXT, source)


def _yuan(value: object) -> str:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    shown = f"{amount:.0f}" if amount == amount.to_integral() else f"{amount:.2f}"
    return translate("CaseData", "%1 yuan").replace("%1", shown)


def _value(key: str, value: object) -> str:
    if value is None:
        return translate("CaseData", "not known")
    if isinstance(value, bool):
        return translate("CaseData", "yes") if value else translate("CaseData", "no")
    if key in _MONEY:
        return _yuan(value)
    if key == "payers" and isinstance(value, Mapping):
        return "; ".join(_tr(_PAYERS.get(str(k), str(k))) + " " + _yuan(v) for k, v in value.items() if Decimal(str(v)))
    if key == "card" and isinstance(value, Mapping):
        account = str(value.get("account") or "")
        ssc = value.get("kind") == "ssc"
        kind = translate("CaseData", "social security card") if ssc else str(value.get("bank") or "")
        return kind + (" ****" + account[-4:] if account else "")  # a list of case data never shows a whole account
    if key == "changes" and isinstance(value, list):
        return "; ".join(f"{c.get('field', '')}: {c.get('old', '')} → {c.get('new', '')}" for c in value
                         if isinstance(c, Mapping))
    if key == RETURNS and isinstance(value, list):
        return "; ".join(_earlier_return(r) for r in value if isinstance(r, Mapping))
    if key == "arrears" and isinstance(value, Mapping):
        return translate("CaseData", "%1 year(s)").replace("%1", str(value.get("years", 0)))
    if isinstance(value, list):
        return "、".join(str(v.get("kind", v)) if isinstance(v, Mapping) else str(v) for v in value)
    return str(value)


def _earlier_return(earlier: Mapping[str, Any]) -> str:
    """When the county returned the case, why, and when it was corrected (the reason last: it is free text)."""
    text = translate("CaseData", "%1, corrected %2: %3")
    text = text.replace("%1", str(earlier.get("returned_on", ""))).replace("%2", str(earlier.get("corrected_on", "")))
    return text.replace("%3", county_reason(str(earlier.get("reason", ""))))


def data_rows(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The case's recorded choices as (label, value) lines in plain words; internal keys left out."""
    rows = [(_tr(_KEYS[key]) if key in _KEYS else key, _value(key, value))
            for key, value in data.items() if key not in _HIDDEN and value not in ("", [], {})]
    return sorted(rows, key=lambda row: row[0] == _tr(_KEYS["note"]))


def returned_reason(record: CaseRecord) -> str:
    """What the county said, in words: its own text, or the reason code of older cases."""
    return county_reason(record.returned_reason or str(record.data.get("return_reason") or ""))


def county_reason(reason: str) -> str:
    """A reason the county gave, in words: its own text as it is, a reason code in this desk's language."""
    if reason in _RETURN_REASONS:
        return _tr(_RETURN_REASONS[reason])
    return reason or translate("CaseData", "no reason was given")
