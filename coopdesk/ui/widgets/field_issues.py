"""Showing validation problems at their fields: a coloured border and a message right under the field.

The widget only displays what the services/domain found; it decides nothing. Each field gets a
message label (object name ``<widgetName>Issue``) the first time it has something to say; the label
is inserted into the field's own layout (a form-layout row below it, or the next box-layout slot).
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QLayoutItem, QWidget

from coopdesk.domain.errors import Severity

ISSUE_PROPERTY = "issue"  # "", "error" or "warning" on the field widget and on its message label

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


class FieldIssues:
    """Shows messages at the widgets of named fields (names are ParticipantDraft attributes)."""

    def __init__(self, widgets: dict[str, QWidget]) -> None:
        self._widgets = widgets
        self._labels: dict[str, QLabel] = {}
        self._tooltips: dict[str, str] = {}
        self._shown: dict[str, tuple[Severity, str]] = {}

    def show(self, messages: dict[str, tuple[Severity, str]]) -> None:
        """Replace what is shown: ``{field: (severity, text)}``; other fields are cleared."""
        for name in set(self._shown) - set(messages):
            self._apply(name, None, "")
        for name, (severity, text) in messages.items():
            if self._shown.get(name) != (severity, text):
                self._apply(name, severity, text)
        self._shown = dict(messages)

    def clear(self) -> None:
        self.show({})

    def message(self, name: str) -> str:
        return self._shown.get(name, (None, ""))[1]

    def severity(self, name: str) -> Severity | None:
        return self._shown.get(name, (None, ""))[0]

    def label(self, name: str) -> QLabel | None:
        return self._labels.get(name)

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
