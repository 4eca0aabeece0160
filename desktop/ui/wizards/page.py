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

A page with more than five fields puts them in sections (``layout.field_section``) and hands those to
:meth:`CasePage.group_fields`: in 适老化 mode it then shows at most five fields at a time (DOMAIN §4.6), Next and
Back stepping through the groups before they leave the page, and says on it which group is shown. Such a page
says whether it may be left in :meth:`CasePage.page_complete` rather than ``isComplete``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import SIGNAL, SLOT, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.ui.display_mode import current_mode, figures, mode_notifier
from desktop.ui.theme import set_role
from desktop.ui.widgets import wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import count_fields, visible_fields

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


Section = QWidget | tuple[QWidget, ...]  # what large type shows or hides together


class FieldGroups(QObject):
    """A page's sections shown a group at a time, each group at most the mode's fields per page.

    The groups are worked out again whenever they are shown, so a section that grows (the identify page's
    new-resident form appearing) or a mode switch moves the split; sections are only hidden, so nothing typed
    is lost. In a mode without a limit every section shows and the step line is hidden.
    """

    def __init__(self, page: QWizardPage, sections: Sequence[Section]) -> None:
        super().__init__(page)
        self.page = page
        self.sections = [(s,) if isinstance(s, QWidget) else tuple(s) for s in sections]
        self.index = 0
        self.groups: list[list[tuple[QWidget, ...]]] = [self.sections]
        self.step_label = set_role(wrapping_label("field_group_step"), "lead")
        self.step_label.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self._mode_changed)

    def limit(self) -> int | None:
        app = QApplication.instance()
        return figures(current_mode(app)).max_fields_per_page if app is not None else None

    def split(self) -> list[list[tuple[QWidget, ...]]]:
        """The sections in groups, in order; a new group starts where one more section would pass the limit."""
        limit = self.limit()
        if limit is None:
            return [list(self.sections)]
        groups: list[list[tuple[QWidget, ...]]] = [[]]
        for section in self.sections:
            before = self.count(groups[-1])
            after = self.count([*groups[-1], section])
            if after > limit and after > before and before > 0:
                groups.append([section])
            else:
                groups[-1].append(section)
        return groups

    @staticmethod
    def count(sections: Sequence[tuple[QWidget, ...]]) -> int:
        return count_fields(FieldGroups.fields(sections))

    @staticmethod
    def fields(sections: Sequence[tuple[QWidget, ...]]) -> list[QWidget]:
        return [field for section in sections for part in section for field in visible_fields(part)]

    def ahead(self) -> bool:
        """More groups after the one shown: Next shows the next group instead of leaving the page."""
        return self.index < len(self.groups) - 1

    def show(self, index: int | None = None) -> None:
        """Show group ``index`` (the one shown now when None), after splitting the sections again."""
        self.groups = self.split()
        wanted = self.index if index is None else index
        self.index = max(0, min(wanted, len(self.groups) - 1))
        for number, group in enumerate(self.groups):
            for section in group:
                for part in section:
                    part.setVisible(number == self.index)
        self._show_step()
        self.page.completeChanged.emit()  # Next's state follows whether groups are ahead
        self.offer_back()

    def offer_back(self) -> None:
        """Back is offered on a later group, also on a wizard's first page (where QWizard disables it)."""
        wizard = self.page.wizard()
        if wizard is not None and wizard.currentPage() is self.page and self.index > 0:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def step(self, by: int) -> bool:
        """Show the next (1) or previous (-1) group; False when there is none that way."""
        self.groups = self.split()
        if not 0 <= self.index + by < len(self.groups):
            return False
        self.show(self.index + by)
        self.focus_first()
        return True

    def reveal(self, widget: QWidget) -> None:
        """Show the group holding ``widget`` (a page pointing at what its check found missing)."""
        self.groups = self.split()
        index = self._group_of(widget)
        if index is not None and index != self.index:
            self.show(index)

    def _group_of(self, widget: QWidget | None) -> int | None:
        return next((number for number, group in enumerate(self.groups)
                     if widget is not None and any(part is widget or part.isAncestorOf(widget)
                                                   for section in group for part in section)), None)

    def focus_first(self) -> None:
        """Keyboard users start on the group's first field (the chosen answer of a radio group)."""
        fields = [f for f in self.fields(self.groups[self.index]) if f.isEnabled()]
        chosen = [f for f in fields if not isinstance(f, QRadioButton) or f.isChecked()]
        if chosen:
            chosen[0].setFocus()

    def _show_step(self) -> None:
        total = len(self.groups)
        self.step_label.setText(self.tr("Part %1 of %2").replace("%1", str(self.index + 1))
                                .replace("%2", str(total)))
        self.step_label.setVisible(total > 1)

    def _mode_changed(self, _mode: str) -> None:
        """Keep the group of the field being worked on when the groups split or merge."""
        self.groups = self.split()
        self.show(self._group_of(self.page.focusWidget()))  # the field last worked on, window active or not

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.step_label and event.type() == QEvent.Type.LanguageChange:
            self._show_step()
        return False


_ROUTED = "cunbao_field_groups_routed"


def route_buttons(wizard: QWizard) -> None:
    """Next, Save and Back step through the current page's field groups before leaving it.

    QWizard.next() and back() are not virtual: its buttons call the C++ slots, so overriding them in Python
    would never run. The buttons are connected to :func:`step_forward` and :func:`step_back` instead, once.
    """
    if wizard.property(_ROUTED):
        return
    wizard.setProperty(_ROUTED, True)
    routes = ((QWizard.WizardButton.NextButton, "next()", step_forward),
              (QWizard.WizardButton.CommitButton, "next()", step_forward),
              (QWizard.WizardButton.BackButton, "back()", step_back))
    for which, slot, step in routes:
        button = wizard.button(which)
        # only QWizard's own connection: a blanket disconnect() would drop anyone else's too
        QObject.disconnect(button, SIGNAL("clicked()"), wizard, SLOT(slot))
        button.clicked.connect(lambda _checked=False, step=step: step(wizard))


def _groups(wizard: QWizard) -> FieldGroups | None:
    page = wizard.currentPage()
    return page.field_groups if isinstance(page, CasePage) else None


def step_forward(wizard: QWizard) -> None:
    groups = _groups(wizard)
    if groups is None or not groups.step(1):
        wizard.next()


def step_back(wizard: QWizard) -> None:
    """Back to the previous group, or to the previous page showing its last group."""
    groups = _groups(wizard)
    if groups is not None and groups.step(-1):
        return
    wizard.back()
    groups = _groups(wizard)
    if groups is not None:
        groups.show(len(groups.split()) - 1)


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
        self.field_groups: FieldGroups | None = None
        self._groups_wired = False

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

    def group_fields(self, *sections: Section) -> FieldGroups:
        """Show these sections (in reading order) at most the mode's fields at a time; put the returned
        groups' ``step_label`` ("Part 2 of 3") at the top of the page. A section is a widget (a
        ``layout.field_section``, inside which the page may hide and show things) or the widgets of one row of
        a grid, which the page then leaves visible."""
        self.field_groups = FieldGroups(self, sections)
        self.field_groups.show(0)
        return self.field_groups

    def page_complete(self) -> bool:
        """Whether the page may be left forward (a page with field groups says it here, not in isComplete)."""
        return super().isComplete()

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
        groups = self.field_groups
        if groups is not None:
            wizard = self.wizard()
            if wizard is not None and not self._groups_wired:
                route_buttons(wizard)
                # after the wizard's own handler, which would disable Back on its first page
                self.completeChanged.connect(groups.offer_back)
                self._groups_wired = True
            groups.show(0)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        """True also while field groups are ahead: Next shows them before the page is checked."""
        groups = self.field_groups
        return (groups is not None and groups.ahead()) or self.page_complete()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        """Going back keeps what was typed (the default would reset registered fields)."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        # QWizard.next() ignores isComplete; a page that is not complete must not be left forward (nor a page
        # with field groups ahead, which a reopened draft's walk passes by calling next())
        return self.page_complete() if self.field_groups is not None else self.isComplete()
