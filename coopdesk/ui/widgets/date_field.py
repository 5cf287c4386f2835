"""An optional date a keyboard user types quickly: ``dd.MM.yyyy`` text, empty means "no date".

``QDateEdit`` cannot be empty, so this is a line edit with a validator: type ``14051944`` or
``14.5.1944`` and it becomes ``14.05.1944`` when you leave the field; clear the text to remove the
date. Up/Down move the date by a day, Alt+Down or F4 (or the calendar icon) opens a calendar.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap, QValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from coopdesk.domain import formats

_ALLOWED = re.compile(r"^[0-9.\-/ ]{0,10}$")
_DMY = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_date(text: str) -> date | None:
    """``date`` for ``dd.MM.yyyy`` (also ``d.M.yyyy``, ``ddMMyyyy``, ISO); None if empty or not a date."""
    text = text.strip()
    for pattern, order in ((_DMY, (3, 2, 1)), (_COMPACT, (3, 2, 1)), (_ISO, (1, 2, 3))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


_Date = date  # the type, for annotations inside DateField (whose method date() hides it)


def format_date(value: date | None) -> str:
    return formats.format_date(value)


class DateValidator(QValidator):
    """Accepts what can become a date; the final check is :func:`parse_date`."""

    def validate(self, text: str, pos: int):
        if not text.strip() or parse_date(text):
            return QValidator.State.Acceptable, text, pos
        if _ALLOWED.match(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return format_date(parse_date(text)) or text


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#777777"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, value: QDate) -> None:
        self.picked.emit(value)
        self.close()


class DateField(QLineEdit):
    """Optional date entry. ``date()`` is None when empty; ``has_valid_input()`` is False for typos."""

    dateChanged = Signal(object)  # emits date | None after a change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(DateValidator(self))
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setToolTip(self.tr("Type the date as dd.mm.yyyy; Alt+Down opens a calendar; empty means no date."))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._popup: _CalendarPopup | None = None
        self._calendar_action = QAction(_calendar_icon(), self.tr("Calendar"), self)
        self._calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._normalise)
        self._last: date | None = None
        self.textChanged.connect(self._emit_if_changed)

    # --- value ---------------------------------------------------------------------------------
    def date(self) -> date | None:
        return parse_date(self.text())

    def setDate(self, value: _Date | None) -> None:
        self.setText(format_date(value))

    def clear_date(self) -> None:
        self.clear()

    def has_valid_input(self) -> bool:
        """Empty or a real date (text like ``31.02.2024`` or ``12.3`` is not)."""
        return not self.text().strip() or self.date() is not None

    # --- behaviour -----------------------------------------------------------------------------
    def sizeHint(self):
        hint = super().sizeHint()
        text_width = self.fontMetrics().horizontalAdvance("00.00.00000")
        hint.setWidth(text_width + 48)
        return hint

    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        current = self.date()
        self._popup.calendar.setSelectedDate(
            QDate(current.year, current.month, current.day) if current else QDate.currentDate())
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        current = self.date()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and current is not None:
            step = 1 if key == Qt.Key.Key_Up else -1
            self.setDate(date.fromordinal(current.toordinal() + step))
            return
        super().keyPressEvent(event)

    def _picked(self, value: QDate) -> None:
        self.setDate(date(value.year(), value.month(), value.day()))
        self.setFocus()
        self.editingFinished.emit()

    def _normalise(self) -> None:
        value = self.date()
        if value is not None and self.text() != format_date(value):
            self.setDate(value)

    def _emit_if_changed(self) -> None:
        value = self.date()
        if value != self._last:
            self._last = value
            self.dateChanged.emit(value)
