"""One paper of the checklist: received or not, original and copies, what it proves, its scans as thumbnails."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.documents import ListProof, Requirement
from desktop.services.cases import Paper, Scan
from desktop.ui import labels
from desktop.ui.documents.receipts import list_name
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.text import fill

THUMB_LINES = 4  # a thumbnail is as tall as four lines of text, so it grows with the type size


class PaperRow(QFrame):
    sig_add_files = Signal(str)
    """The assistant wants to add files to this paper; the argument is the paper kind."""
    sig_changed = Signal()
    """Received ticked or unticked, or a scan removed."""

    def __init__(self, requirement: Requirement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requirement = requirement
        self.kind = str(requirement.kind)
        self.scans: list[Scan] = []
        self.proof: ListProof | None = None  # an agency list proves this paper: ticked, locked, not asked
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.received = named(QCheckBox(), f"received_{self.kind}")
        self.received.toggled.connect(self.sig_changed)
        self.details = wrapping_label(f"details_{self.kind}")
        self.brought_label = QLabel()
        self.brought = named(QComboBox(), f"brought_{self.kind}")
        self.brought_label.setBuddy(self.brought)
        for kind in (requirement.kind, *requirement.alternatives):
            self.brought.addItem(labels.paper(kind), str(kind))
        self.brought.currentIndexChanged.connect(self.sig_changed)
        self.scanner_target = named(QRadioButton(), f"scanner_target_{self.kind}")
        self.add_button = named(QPushButton(), f"add_scan_{self.kind}")
        self.add_button.clicked.connect(lambda: self.sig_add_files.emit(self.kind))
        self.thumbs = QHBoxLayout()
        self.thumbs.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.received, 1)
        head.addWidget(self.scanner_target)
        head.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details)
        if requirement.alternatives:
            choice = QHBoxLayout()
            choice.addWidget(self.brought_label)
            choice.addWidget(self.brought, 1)
            layout.addLayout(choice)
        layout.addLayout(self.thumbs)
        for before, after in pairwise(self.focus_chain()):  # as read: the head line, then the choice below
            QWidget.setTabOrder(before, after)
        self.retranslate_ui()

    def focus_chain(self) -> list[QWidget]:
        """The row's controls in reading order: the head line, the paper brought, then the thumbnails."""
        choice = [self.brought] if self.requirement.alternatives else []  # else not laid out, in no window
        return [self.received, self.scanner_target, self.add_button, *choice, *self.thumb_buttons()]

    def set_proof(self, proof: ListProof | None) -> None:
        """Lock the paper as proven by a list (ticked, nothing to scan), or unlock it when no list proves it."""
        if proof == self.proof:
            return
        was_proven, self.proof = self.proof is not None, proof
        proven = proof is not None
        self.received.setEnabled(not proven)
        if proven or was_proven:
            self.received.setChecked(proven)
        choice = (self.brought, self.brought_label) if self.requirement.alternatives else ()  # else not laid out
        for widget in (self.scanner_target, self.add_button, *choice):
            widget.setVisible(not proven)
        if proven:
            self.set_brought_kind(self.kind)  # the list proves the certificate itself, not a stand-in
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        req = self.requirement
        name = labels.paper(self.kind)
        if self.proof is not None:
            self._show_proof(name, self.proof)
            return
        self.received.setText(fill(self.tr("%1 — received") if req.mandatory else self.tr("%1 — received (if any)"),
                                   name))
        self.received.setAccessibleName(fill(self.tr("%1 received"), name))
        if req.kept_original:
            how = self.tr("the original is handed in and kept")
        elif req.original and req.copies:
            how = self.tr("show the original, keep %n copy(ies)", "", req.copies)
        elif req.original:
            how = self.tr("show the original")
        else:
            how = self.tr("keep %n copy(ies)", "", req.copies)
        need = self.tr("required") if req.mandatory else self.tr("only if it applies")
        self.details.setText(fill(self.tr("%1; proves %2; %3."), how, labels.proves(req.proves), need))
        self.brought_label.setText(self.tr("Brou&ght:"))
        self.brought.setAccessibleName(fill(self.tr("Which paper was brought for %1"), name))
        for index in range(self.brought.count()):
            self.brought.setItemText(index, labels.paper(str(self.brought.itemData(index))))
        self.scanner_target.setText(self.tr("Scanner"))
        self.scanner_target.setToolTip(self.tr("New files in the scanner folder are added to this paper"))
        self.scanner_target.setAccessibleName(fill(self.tr("Scanner files go to %1"), name))
        self.add_button.setText(self.tr("Add file…"))
        self.add_button.setAccessibleName(fill(self.tr("Add a scan or photo of %1"), name))
        for button in self.thumb_buttons():
            self._name_thumb(button, button.property("scan_name"))

    def _show_proof(self, name: str, proof: ListProof) -> None:
        self.received.setText(fill(self.tr("%1 — verified from a list"), name))
        self.received.setAccessibleName(fill(self.tr("%1 verified from a list, no need to bring it"), name))
        self.details.setText("✔ " + fill(self.tr("Verified from the %1 (list date %2, file %3); no need to bring "
                                                 "it."), list_name(proof.agency), proof.as_of.isoformat(),
                                         proof.file_name))

    def add_scan(self, scan: Scan, data: bytes) -> None:
        """Show a scan as a thumbnail (a page icon when it is not a picture) and tick the paper received."""
        self.scans.append(scan)
        size = self.fontMetrics().height() * THUMB_LINES
        image = QImage.fromData(data)
        button = named(QToolButton(), f"thumb_{self.kind}_{len(self.scans)}")
        if image.isNull():
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        else:
            small = image.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            button.setIcon(QIcon(QPixmap.fromImage(small)))
        button.setIconSize(QSize(size, size))
        button.setProperty("content_hash", scan.content_hash)
        button.setProperty("scan_name", scan.name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        remove = menu.addAction(self.tr("Remove this scan"))
        remove.triggered.connect(lambda: self.remove_scan(scan.content_hash))
        button.setMenu(menu)
        self._name_thumb(button, scan.name)
        self.thumbs.insertWidget(self.thumbs.count() - 1, button)
        chain = self.focus_chain()
        QWidget.setTabOrder(chain[-2], button)  # made last but shown below the row's other controls, in order
        self.received.setChecked(True)

    def _name_thumb(self, button: QToolButton, name: object) -> None:
        text = fill(self.tr("Scan %1 (click to remove)"), name)
        button.setToolTip(text)
        button.setAccessibleName(text)

    def remove_scan(self, content_hash: str) -> None:
        self.scans = [s for s in self.scans if s.content_hash != content_hash]
        for button in self.thumb_buttons():
            if button.property("content_hash") == content_hash:
                self.thumbs.removeWidget(button)
                button.hide()
                button.deleteLater()
                break
        self.sig_changed.emit()

    def thumb_buttons(self) -> list[QToolButton]:
        items = (self.thumbs.itemAt(number) for number in range(self.thumbs.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), QToolButton)]

    def brought_kind(self) -> str:
        return str(self.brought.currentData() or self.kind)

    def set_brought_kind(self, kind: str) -> None:
        index = self.brought.findData(kind)
        if index >= 0:
            self.brought.setCurrentIndex(index)

    def paper(self) -> Paper:
        """The paper as received; when an alternative was brought (社保卡 for the ID card) it is named instead."""
        if self.proof is not None:
            return Paper.verified(self.requirement, self.proof)
        brought = self.brought_kind()
        others = tuple(k for k in (self.kind, *map(str, self.requirement.alternatives)) if k != brought)
        return replace(Paper.from_requirement(self.requirement), kind=brought, alternatives=others,
                       received=self.received.isChecked(), scans=tuple(s.content_hash for s in self.scans))

