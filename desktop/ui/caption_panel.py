"""给居民看的字: the assistant's panel for showing words to a resident who cannot hear them.

What the assistant types, or one of the common phrases picked with one key, goes over the caption bus
(desktop.ui.captions) to the resident screen, in very large type. Enter shows the typed words; Escape takes
the words off the screen. :func:`open_caption_panel` opens the one panel of a window (the main window's Desk
menu, the resident screen's own button).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.ui.captions import ASSISTANT, Caption, CaptionSource, caption_bus
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

MAX_CHARS = 80  # about three lines on the resident screen in large type
PHRASE_COLUMNS = 2
# (key, words): what assistants say most at the desk, one key each (Alt+1 ... Alt+8)
PHRASES: tuple[tuple[str, str], ...] = (
    ("wait", QT_TRANSLATE_NOOP("CaptionPanel", "Please wait a moment.")),
    ("papers", QT_TRANSLATE_NOOP("CaptionPanel", "Please show your ID card and household register.")),
    ("sign", QT_TRANSLATE_NOOP("CaptionPanel", "Please sign or press your fingerprint here.")),
    ("done", QT_TRANSLATE_NOOP("CaptionPanel", "Your business is done.")),
    ("again", QT_TRANSLATE_NOOP("CaptionPanel", "Please say that again.")),
    ("look", QT_TRANSLATE_NOOP("CaptionPanel", "Please look at the screen.")),
    ("right", QT_TRANSLATE_NOOP("CaptionPanel", "Is this right? Please nod or shake your head.")),
    ("seat", QT_TRANSLATE_NOOP("CaptionPanel", "Please take a seat.")),
)


def phrase_text(words: str) -> str:
    """A phrase in the desk's language."""
    return QCoreApplication.translate("CaptionPanel", words)


class CaptionPanel(QWidget):
    """A line to type in, Show and Clear, and the common phrases as buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        named(self, "caption_panel")
        self.shown = ""  # the words the panel last put on the screen; "" when it cleared them
        self.intro = set_role(wrapping_label("caption_panel_intro"), "hint")
        self.words_label = QLabel()
        self.words_edit = named(QLineEdit(), "caption_words")
        self.words_edit.setMaxLength(MAX_CHARS)
        self.words_edit.setClearButtonEnabled(True)
        self.words_label.setBuddy(self.words_edit)
        self.words_edit.returnPressed.connect(self.send)
        self.send_button = set_role(named(QPushButton(), "caption_send"), "primary")
        self.send_button.clicked.connect(self.send)
        self.clear_button = named(QPushButton(), "caption_clear")
        self.clear_button.clicked.connect(self.clear)
        self.phrases_label = set_role(QLabel(), "heading")
        self.phrase_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for number, (key, words) in enumerate(PHRASES):
            button = named(QPushButton(), f"caption_phrase_{key}")
            button.clicked.connect(lambda _c=False, w=words: self.show_words(phrase_text(w)))
            grid.addWidget(button, number // PHRASE_COLUMNS, number % PHRASE_COLUMNS)
            self.phrase_buttons[key] = button
        self.status = wrapping_label("caption_panel_status")
        row = QHBoxLayout()
        row.addWidget(self.words_label)
        row.addWidget(self.words_edit, 1)
        row.addWidget(self.send_button)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(row)
        column.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.phrases_label)
        column.addLayout(grid)
        column.addWidget(self.status)
        column.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Show words to the resident"))
        self.intro.setText(self.tr("For a resident who cannot hear you: what you send here shows in large type "
                                   "on the resident screen. Press Enter to show it, Escape to take it away."))
        self.words_label.setText(self.tr("&Words:"))
        self.words_edit.setAccessibleName(self.tr("Words to show the resident"))
        self.words_edit.setPlaceholderText(self.tr("type here, then press Enter"))
        self.send_button.setText(self.tr("&Show"))
        self.send_button.setAccessibleName(self.tr("Show the typed words on the resident screen"))
        self.clear_button.setText(self.tr("&Clear the screen"))
        self.clear_button.setAccessibleName(self.tr("Take the words off the resident screen"))
        self.phrases_label.setText(self.tr("Common phrases (one press shows them):"))
        for number, (key, words) in enumerate(PHRASES, start=1):
            button = self.phrase_buttons[key]
            button.setText(f"&{number}  {phrase_text(words)}")
            button.setAccessibleName(self.tr("Show: %1").replace("%1", phrase_text(words)))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)

    # -- showing and clearing ------------------------------------------------------------------------------

    def send(self) -> None:
        """Show the typed words; they stay in the line, selected, so the next words replace them."""
        words = self.words_edit.text().strip()
        if not words:
            return
        self.show_words(words)
        self.words_edit.selectAll()

    def show_words(self, words: str) -> None:
        self.shown = words
        caption_bus().publish(Caption(words, ASSISTANT, CaptionSource.ASSISTANT))
        self._show_status()

    def clear(self) -> None:
        """The line emptied and the resident screen cleared, whoever put words there."""
        self.words_edit.clear()
        self.shown = ""
        caption_bus().clear()
        self._show_status()

    def _show_status(self) -> None:
        self.status.setText(self.tr("Now on the resident screen: %1").replace("%1", self.shown) if self.shown
                            else self.tr("Nothing from you is on the resident screen."))


def open_caption_panel(owner: QWidget | None = None) -> CaptionPanel:
    """The owner's caption panel (made on first use), shown and ready to type in."""
    panel = owner.findChild(CaptionPanel) if owner is not None else None
    if not isinstance(panel, CaptionPanel):
        panel = CaptionPanel(owner)
    panel.show()
    panel.raise_()
    panel.activateWindow()
    panel.words_edit.setFocus()
    return panel
