"""The papers for this case (the wizard's ``checklist``, from ``core.documents.checklist``): what each one
is, whether the original is shown and how many copies are kept, what it proves, a "received" tick, and its
scans or photos as thumbnails.

Scans come from a file (Add file…) or from a watched scanner folder chosen on the page: each new file that
appears there goes to the paper marked "Scanner" (pick the paper, then scan). Every scan is encrypted and
kept at once through ``CasesService.store_scan``. Missing papers do not block: the case then waits for them
and the last page offers a "please bring" slip.
"""

from __future__ import annotations

import mimetypes
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.documents import covered
from desktop.messages import describe
from desktop.services.cases import Scan
from desktop.services.errors import ServiceError
from desktop.ui import labels
from desktop.ui.operation import run_blocking
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.pages.paper_row import PaperRow
from desktop.ui.wizards.pages.scanner import SCAN_SUFFIXES, ScanFolderWatcher
from desktop.ui.wizards.text import fill


class DocumentsPage(CasePage):
    key = "documents"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.rows: dict[str, PaperRow] = {}
        self.file_dialog: QFileDialog | None = None
        self.folder_dialog: QFileDialog | None = None
        self.watcher = ScanFolderWatcher(self)
        self.watcher.sig_new_file.connect(self._scanned)
        self.target_group = QButtonGroup(self)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        self.papers_scroll = named(QScrollArea(), "papers_scroll")
        self.papers_scroll.setWidgetResizable(True)
        self.papers_scroll.setWidget(self.list_widget)
        self.folder_label = wrapping_label("scanner_folder")
        self.folder_button = named(QPushButton(), "choose_scanner_folder")
        self.folder_button.clicked.connect(self._choose_folder)
        self.problems = wrapping_label("documents_problems")
        self.missing = wrapping_label("missing_papers")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.papers_scroll, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.problems)
        layout.addWidget(self.missing)
        self.problems.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Papers"))
        self.setSubTitle(self.tr("Tick each paper you have seen. Scan or photograph it: pick the paper marked "
                                 "\"Scanner\", then scan into the scanner folder, or add a file."))
        self.papers_scroll.setAccessibleName(self.tr("Papers for this application"))
        self.folder_button.setText(self.tr("Scanner &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder the scanner saves into"))
        self._show_folder()
        for row in self.rows.values():
            row.retranslate_ui()
        self._show_missing()

    # --- the checklist ------------------------------------------------------------------------------
    def on_enter(self) -> None:
        wizard = self.case_wizard()
        requirements = wizard.checklist(proxy=False)
        facts = wizard.known_facts()
        proofs = covered(requirements, facts.proofs) if facts is not None else {}
        old = self.rows
        self.rows = {}
        for row in old.values():
            self.target_group.removeButton(row.scanner_target)
            row.setParent(None)
        for requirement in requirements:
            kind = str(requirement.kind)
            row = old.get(kind) or self._new_row(requirement)
            row.requirement = requirement
            row.set_proof(proofs.get(requirement.kind))
            row.retranslate_ui()
            self.rows[kind] = row
            self.target_group.addButton(row.scanner_target)
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
        for kind, row in old.items():
            if kind not in self.rows:
                row.deleteLater()
        if self.rows and self.target_group.checkedButton() is None:
            first = next((r for r in self.rows.values() if r.proof is None), next(iter(self.rows.values())))
            first.scanner_target.setChecked(True)
        self._order_tabs()
        self._show_missing()

    def _order_tabs(self) -> None:
        """Tab as the page reads: the papers top to bottom, then the scanner folder button below them (the rows
        are made after the button, so Qt would put them after it)."""
        chain = [widget for row in self.rows.values() for widget in row.focus_chain()]
        for before, after in pairwise([*chain, self.folder_button]):
            QWidget.setTabOrder(before, after)

    def _new_row(self, requirement: Any) -> PaperRow:
        row = PaperRow(requirement)
        row.sig_add_files.connect(self._choose_files)
        row.sig_changed.connect(self._row_changed)
        return row

    def _row_changed(self) -> None:
        self._show_missing()
        self.sig_edited.emit()

    def missing_papers(self) -> list[str]:
        return [kind for kind, row in self.rows.items()
                if row.requirement.mandatory and not row.received.isChecked()]

    def verified_papers(self) -> list[str]:
        """The papers an agency list proves: not asked of the resident."""
        return [kind for kind, row in self.rows.items() if row.proof is not None]

    def _show_missing(self) -> None:
        missing = self.missing_papers()
        if missing:
            names = "、".join(labels.paper(k) for k in missing)
            text = "⚠ " + fill(self.tr("Still missing: %1. You can go on; the case will wait for these papers, and a "
                                       "\"please bring\" slip can be printed at the end."), names)
        else:
            text = "✔ " + self.tr("All required papers are here.")
        verified = self.verified_papers()
        if verified:
            text += "\n✔ " + fill(self.tr("Verified from the agencies' lists, not asked again: %1."),
                                  "、".join(labels.paper(k) for k in verified))
        self.missing.setText(text)

    # --- scans --------------------------------------------------------------------------------------
    def _choose_files(self, kind: str) -> None:
        dialog = named(QFileDialog(self, fill(self.tr("Scans or photos of %1"), labels.paper(kind))),
                       "scan_file_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        patterns = " ".join(f"*{suffix}" for suffix in sorted(SCAN_SUFFIXES))
        dialog.setNameFilter(fill(self.tr("Scans and photos (%1)"), patterns))
        if self.watcher.folder is not None:
            dialog.setDirectory(str(self.watcher.folder))
        dialog.filesSelected.connect(lambda files: self.add_files(kind, [Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()

    def add_files(self, kind: str, paths: list[Path]) -> int:
        """Keep each file as a scan of the paper ``kind``; returns how many were added (problems shown)."""
        problems: list[str] = []
        added = 0
        for path in paths:
            problem = self._add_file(kind, path)
            if problem:
                problems.append(problem)
            else:
                added += 1
        self.show_problems(self.problems, problems)
        if added:
            self._show_missing()
            self.sig_edited.emit()
        return added

    def _add_file(self, kind: str, path: Path) -> str | None:
        row = self.rows.get(kind)
        if row is None:
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            return fill(self.tr("The file %1 cannot be read (%2). Check that the scan has finished and try "
                                "again."), path.name, exc.strerror or str(exc))
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix.lower() not in SCAN_SUFFIXES:
            return fill(self.tr("%1 is not a picture or a PDF. Save the scan as JPG, PNG or PDF."), path.name)
        try:
            scan = run_blocking(lambda: self.ctx.cases.store_scan(data, path.name, mime))
        except ServiceError as exc:
            return fill("%1: %2", path.name, describe(exc.problem))
        self.case.scans[scan.content_hash] = scan
        row.add_scan(scan, data)
        return None

    def _scanned(self, path: Path) -> None:
        button = self.target_group.checkedButton()
        kind = next((k for k, row in self.rows.items() if row.scanner_target is button), None)
        if kind is not None:
            self.add_files(kind, [path])

    def _choose_folder(self) -> None:
        dialog = named(QFileDialog(self, self.tr("The folder the scanner saves into")), "scanner_folder_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.watch_folder(Path(folder)))
        self.folder_dialog = dialog
        dialog.open()

    def watch_folder(self, folder: Path) -> None:
        self.watcher.watch(folder)
        self._show_folder()
        self.sig_edited.emit()

    def _show_folder(self) -> None:
        folder = self.watcher.folder
        self.folder_label.setText(fill(self.tr("Scanner folder: %1 (new scans appear here by themselves)"),
                                       str(folder)) if folder else self.tr("No scanner folder chosen."))

    # --- leaving and drafts -------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.case.papers = tuple(row.paper() for row in self.rows.values())
        return True

    def values(self) -> dict[str, Any]:
        return {
            "papers": {kind: {"received": row.received.isChecked(), "brought": row.brought_kind(),
                              "scans": [s.content_hash for s in row.scans]} for kind, row in self.rows.items()},
            "scans": [{"content_hash": s.content_hash, "name": s.name, "mime": s.mime, "size": s.size}
                      for row in self.rows.values() for s in row.scans],
            "folder": str(self.watcher.folder) if self.watcher.folder else None,
            "scanner_target": next((k for k, r in self.rows.items() if r.scanner_target.isChecked()), None),
        }

    def restore(self, values: dict[str, Any]) -> None:
        scans = {s["content_hash"]: Scan(s["content_hash"], s["name"], s["mime"], int(s["size"]))
                 for s in values.get("scans", [])}
        self.case.scans.update(scans)
        for kind, saved in values.get("papers", {}).items():
            row = self.rows.get(kind)
            if row is None or row.proof is not None:  # a list proves it now: nothing typed to put back
                continue
            for content_hash in saved.get("scans", []):
                if content_hash in scans and content_hash not in {s.content_hash for s in row.scans}:
                    row.add_scan(scans[content_hash], self._scan_bytes(content_hash))
            row.received.setChecked(bool(saved.get("received", False)))
            row.set_brought_kind(str(saved.get("brought", kind)))
        target = self.rows.get(str(values.get("scanner_target")))
        if target is not None:
            target.scanner_target.setChecked(True)
        folder = values.get("folder")
        if folder and Path(folder).is_dir():
            self.watch_folder(Path(folder))
        self._show_missing()

    def _scan_bytes(self, content_hash: str) -> bytes:
        return run_blocking(lambda: self.ctx.cases.scan_bytes(content_hash))

    def on_close(self) -> None:
        self.watcher.stop()
