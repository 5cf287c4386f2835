"""Showing validation problems at their fields: a coloured border and a message right under the field.

The widget only displays what the services/domain found; it decides nothing. Each field gets a
message label (object name ``<widgetName>Issue``) the first time it has something to say; the label
is inserted into the field's own layout (a form-layout row below it, or the next box-layout slot).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from coopdesk.domain.errors import Severity

ISSUE_PROPERTY = "issue"  # "", "error" or "warning" on the field widget and on its message label
ERROR_COLOUR = "#b71c1c"

STYLE_SHEET = """
QLineEdit[issue="error"], QComboBox[issue="error"], QPlainTextEdit[issue="error"],
QTableWidget[issue="error"] { border: 1px solid #c62828; border-radius: 2px; }
QLineEdit[issue="warning"], QComboBox[issue="warning"], QPlainTextEdit[issue="warning"],
QTableWidget[issue="warning"] { border: 1px solid #c77800; border-radius: 2px; }
QLabel[issue="error"] { color: #b71c1c; }
QLabel[issue="warning"] { color: #8a5300; }
QLabel[required="true"] { font-weight: bold; }
"""


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def _contains(item: QLayoutItem | None, widget: QWidget) -> bool:
    if item is None:
        return False
    owner = item.widget()
    if owner is not None:
        return owner is widget or owner.isAncestorOf(widget)
    sub = item.layout()
    return sub is not None and any(_contains(sub.itemAt(i), widget) for i in range(sub.count()))


def _insert_below(layout: QLayout, widget: QWidget, message: QLabel) -> bool:
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                if _contains(layout.itemAt(row, role), widget):
                    layout.insertRow(row + 1, QWidget(), message)
                    return True
        return False
    if isinstance(layout, QBoxLayout):
        for index in range(layout.count()):
            if _contains(layout.itemAt(index), widget):
                layout.insertWidget(index + 1, message)
                return True
    return False


Problem = tuple[str, Severity, str]  # (field name, severity, translated text)


class FieldIssues:
    """Shows problems at the widgets of named fields (ParticipantDraft attribute names), a summary
    line naming the fields (by their buddy labels), red titles on the tabs holding errors, and can
    move the focus to the first error. ``where`` maps a field to the one showing it (None: summary only).
    """

    def __init__(
        self,
        widgets: dict[str, QWidget],
        summary: QLabel,
        tabs: QTabWidget,
        where: Callable[[str], str | None] | None = None,
    ) -> None:
        self._widgets = widgets  # in form order: the first error is the first of these
        self._summary = summary
        summary.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed: never markup
        self._tabs = tabs
        self._where = where or (lambda name: name if name in widgets else None)
        self._labels: dict[str, QLabel] = {}
        self._tooltips: dict[str, str] = {}
        self._shown: dict[str, tuple[Severity, str]] = {}
        self._titles = {label.buddy(): label for label in summary.window().findChildren(QLabel) if label.buddy()}
        summary.setVisible(False)

    def show(self, problems: list[Problem], focus: bool = False, after_save: bool = False) -> None:
        """Replace what is shown; other fields are cleared. ``focus`` goes to the first error."""
        merged: dict[str, tuple[Severity, list[str]]] = {}
        loose: list[str] = []
        for name, severity, text in problems:
            target = self._where(name)
            if target is None:
                loose.append(text)
                continue
            old, texts = merged.get(target, (Severity.WARNING, []))
            texts += [] if text in texts else [text]
            merged[target] = (Severity.ERROR if Severity.ERROR in (old, severity) else Severity.WARNING, texts)
        messages = {name: (severity, "\n".join(texts)) for name, (severity, texts) in merged.items()}
        for name in set(self._shown) - set(messages):
            self._apply(name, None, "")
        for name, (severity, text) in messages.items():
            if self._shown.get(name) != (severity, text):
                self._apply(name, severity, text)
        self._shown = messages
        errors = [name for name in self._widgets if self.severity(name) is Severity.ERROR]
        warnings = [name for name in self._widgets if self.severity(name) is Severity.WARNING]
        self._show_summary(errors, warnings, loose, after_save)
        self._mark_tabs(errors)
        if focus and errors:
            self.focus(errors[0])

    def clear(self) -> None:
        self.show([])

    def message(self, name: str) -> str:
        return self._shown.get(name, (None, ""))[1]

    def severity(self, name: str) -> Severity | None:
        return self._shown.get(name, (None, ""))[0]

    def label(self, name: str) -> QLabel | None:
        return self._labels.get(name)

    def focus(self, name: str) -> None:
        widget = self._widgets[name]
        for index in range(self._tabs.count()):
            if self._tabs.widget(index).isAncestorOf(widget):
                self._tabs.setCurrentIndex(index)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def title(self, name: str) -> str:
        label = self._titles.get(self._widgets[name])
        return label.text().replace("&", "").rstrip(":").strip() if label else name

    # --- internals -----------------------------------------------------------------------------
    def _show_summary(self, errors: list[str], warnings: list[str], loose: list[str], after_save: bool) -> None:
        if errors or loose:
            fields = ", ".join([self.title(n) for n in errors] + loose)
            if after_save:
                text = QCoreApplication.translate("FieldIssues", "Nothing was saved. Please correct: {fields}")
            else:
                text = QCoreApplication.translate("FieldIssues", "Please correct: {fields}")
            text, state = text.format(fields=fields), Severity.ERROR.value
        elif warnings:
            fields = ", ".join(self.title(n) for n in warnings)
            text = QCoreApplication.translate(
                "FieldIssues", "Please check (saving is still possible): {fields}"
            ).format(fields=fields)
            state = Severity.WARNING.value
        else:
            text, state = "", ""
        self._summary.setText(text)
        self._summary.setProperty(ISSUE_PROPERTY, state)
        repolish(self._summary)
        self._summary.setVisible(bool(text))

    def _mark_tabs(self, errors: list[str]) -> None:
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            bad = any(page.isAncestorOf(self._widgets[n]) for n in errors)
            self._tabs.tabBar().setTabTextColor(index, QColor(ERROR_COLOUR) if bad else QColor())

    def _apply(self, name: str, severity: Severity | None, text: str) -> None:
        widget = self._widgets[name]
        state = severity.value if severity else ""
        if name not in self._tooltips:
            self._tooltips[name] = widget.toolTip()
        original = self._tooltips[name]
        widget.setToolTip(f"{text}\n\n{original}".strip() if text else original)
        widget.setProperty(ISSUE_PROPERTY, state)
        repolish(widget)
        label = self._labels.get(name) or (self._make_label(name, widget) if text else None)
        if label is not None:
            label.setText(text)
            label.setProperty(ISSUE_PROPERTY, state)
            repolish(label)
            label.setVisible(bool(text))

    def _make_label(self, name: str, widget: QWidget) -> QLabel | None:
        label = QLabel()
        label.setObjectName(f"{widget.objectName()}Issue")
        label.setTextFormat(Qt.TextFormat.PlainText)  # '...such as <b>.', a name typed with markup
        label.setWordWrap(True)
        parent = widget.parentWidget()
        while parent is not None:
            layout = parent.layout()
            if layout is not None and _insert_below(layout, widget, label):
                self._labels[name] = label
                return label
            parent = parent.parentWidget()
        label.deleteLater()  # no layout to put it in: the border and tooltip still show the issue
        return None
