"""The base class of every wizard page: shared state, change tracking for the autosave, draft values.

A page subclass
- builds its widgets in ``__init__`` (each named with ``desktop.ui.widgets.named``, labels with buddies),
  calls :meth:`CasePage.watch` on the inputs whose changes should be autosaved, and ends with
  ``self.retranslate_ui()``;
- sets every text in ``retranslate_ui()``;
- prepares itself from ``self.case`` (the :class:`~desktop.ui.wizards.context.CaseState`) in
  :meth:`CasePage.on_enter`, every time the page is entered;
- writes its result into ``self.case`` in ``validatePage()`` (return False, with the reason shown on the
  page, to stay);
- returns what the assistant typed as plain JSON from :meth:`CasePage.values` and puts it back in
  :meth:`CasePage.restore`, so that a draft reopens with the same values.

Going back keeps what was typed (``cleanupPage`` does not reset fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
    QWizardPage,
)

from desktop.ui.wizards.context import CaseState, WizardContext

if TYPE_CHECKING:
    from desktop.ui.wizards.base import CaseWizard

_NO_CONTEXT = "CunbaoNoSuchContext"  # a context no catalogue has: what Qt shows for a text not translated


def translate_as_written(cls: type, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``self.tr`` as lupdate files it: under the class whose code holds the text.

    PySide looks ``self.tr`` up under the object's own class, so a subclass (a wizard's own policy page, every
    wizard of CaseWizard) would show the texts of the class it extends untranslated; try each class in turn.
    """
    untranslated = QCoreApplication.translate(_NO_CONTEXT, source, disambiguation, n)
    for klass in cls.__mro__:
        if klass.__module__.startswith("PySide6"):
            break
        text = QCoreApplication.translate(klass.__name__, source, disambiguation, n)
        if text != untranslated:
            return text
    return untranslated


class CasePage(QWizardPage):
    key: ClassVar[str] = ""  # the page's name in a draft's "wizard" values; unique within a wizard

    sig_edited = Signal()
    """The assistant changed something on the page (starts the autosave clock)."""

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.entered = False  # entered at least once: its values belong in the draft
        self._pending: dict[str, Any] | None = None

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate_as_written(type(self), source, disambiguation, n)

    # --- for subclasses -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text of the page (titles, labels, accessible names)."""

    def on_enter(self) -> None:
        """Prepare the page from the shared state; runs every time the page is entered."""

    def values(self) -> dict[str, Any]:
        """What the assistant typed or chose on this page, as plain JSON, for the draft."""
        return {}

    def restore(self, values: dict[str, Any]) -> None:
        """Put back what :meth:`values` returned (a draft reopened)."""

    def on_close(self) -> None:
        """The wizard closed: stop anything still running (timers, folder watchers)."""

    def watch(self, *widgets: QWidget) -> None:
        """Autosave after changes to these inputs."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.sig_edited)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.sig_edited)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.sig_edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.sig_edited)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.sig_edited)
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.valueChanged.connect(self.sig_edited)
            else:
                raise TypeError(f"cannot watch a {type(widget).__name__}")

    def case_wizard(self) -> CaseWizard:
        from desktop.ui.wizards.base import CaseWizard

        wizard = self.wizard()
        if not isinstance(wizard, CaseWizard):
            raise RuntimeError(f"{type(self).__name__} is not on a case wizard")
        return wizard

    @staticmethod
    def show_problems(label: QLabel, lines: list[str]) -> None:
        """Problems in words with a sign, never by colour alone; an empty list hides the label."""
        label.setText("\n".join("⚠ " + line for line in lines))
        label.setVisible(bool(lines))

    # --- QWizardPage ----------------------------------------------------------------------------
    def set_pending_values(self, values: dict[str, Any] | None) -> None:
        """Values from a draft, put back the next time the page is entered."""
        self._pending = values

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.on_enter()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.restore(pending)
        self.entered = True

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        """Going back keeps what was typed (the default would reset registered fields)."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        # QWizard.next() ignores isComplete; a page that is not complete must not be left forward
        return self.isComplete()
