"""The school a person completed, picked by its Polish name (today's or the pre-2017 one), showing the ISCED
level it maps to (issue 8).

An editable combo box: typing filters the list with ``coopdesk.domain.education.search_school_types``
(case and Polish diacritics ignored, either name or an everyday alias: "zawodowka" finds "Branżowa szkoła I
stopnia (zasadnicza szkoła zawodowa)"); Enter or leaving the field picks the first match, an empty text
picks nothing. Each entry says its ISCED level. An older record that has only an ISCED code (from before
the picker) shows "ISCED 2 (school not picked)" until a school is picked; that code is kept when saving.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coopdesk.domain.education import SchoolType, search_school_types
from coopdesk.domain.enums import ISCED_LABELS, Isced

CODE_ROLE = Qt.ItemDataRole.UserRole
LEGACY = "\x00isced"  # the data of the entry standing for an ISCED code without a school type


def _isced_text(isced: Isced) -> str:
    return QCoreApplication.translate("Labels", ISCED_LABELS[isced])


class SchoolTypePicker(QComboBox):
    """``code()`` is the picked school type's code ("" for none); ``education()`` its ISCED code, or the
    stored code of an older record while no school is picked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._types: tuple[SchoolType, ...] = ()
        self._legacy: Isced | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(34)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(self.tr("type part of the school's name"))
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]  # overloaded signal
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._finished)
        self.currentIndexChanged.connect(self._index_changed)

    # --- the form's side -----------------------------------------------------------------------
    def set_types(self, types: Sequence[SchoolType]) -> None:
        self._types = tuple(types)
        self._refill()

    def set_value(self, code: str, education: Isced | None) -> None:
        """Show a stored participation: its school type, else its bare ISCED code, else nothing."""
        self._legacy = education if not code else None
        self.blockSignals(True)
        self._refill()
        index = self.findData(code) if code else (self.findData(LEGACY) if self._legacy else 0)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.lineEdit().setCursorPosition(0)
        self._update_tooltip()

    def code(self) -> str:
        data = self.currentData(CODE_ROLE)
        return data if data and data != LEGACY else ""

    def education(self) -> Isced | None:
        code = self.code()
        if code:
            return next(t.isced for t in self._types if t.code == code)
        return self._legacy if self.currentData(CODE_ROLE) == LEGACY else None

    def matches(self) -> list[str]:
        """The entries offered for what is typed now (the completer's list)."""
        return self._matches.stringList()

    # --- internals -----------------------------------------------------------------------------
    def _entry(self, t: SchoolType) -> str:
        name = f"{t.name} ({t.name_pre_2017})" if t.name_pre_2017 else t.name
        return f"{name} \u2192 ISCED {t.isced_level}"

    def _refill(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        if self._legacy is not None:
            self.addItem(self.tr("{isced} (school not picked)").format(isced=_isced_text(self._legacy)), LEGACY)
        for t in self._types:
            self.addItem(self._entry(t), t.code)
            tip = self.tr("ISCED 2011 level {level}: {isced}").format(level=t.isced_level, isced=_isced_text(t.isced))
            self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(0)
        self.blockSignals(False)

    def _typed(self, text: str) -> None:
        self._matches.setStringList([self._entry(t) for t in search_school_types(text, self._types)])
        self.completer().setCompletionPrefix("")
        if self._matches.rowCount():
            self.completer().complete()

    def _completed(self, index: QModelIndex) -> None:
        self._pick(index.data())

    def _pick(self, entry_text: str) -> None:
        index = self.findText(entry_text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    def _finished(self) -> None:
        """Leaving the field: what is typed becomes its first match (nothing for an empty text)."""
        text = self.currentText()
        if text == self.itemText(self.currentIndex()):
            return
        if not text.strip():
            self.setCurrentIndex(0)
            return
        found = search_school_types(text, self._types)
        if found:
            self._pick(self._entry(found[0]))
        else:
            self.setEditText(self.itemText(self.currentIndex()))  # nothing matches: the choice stays

    def _index_changed(self, _index: int) -> None:
        self.lineEdit().setCursorPosition(0)  # a long name shows its beginning
        self._update_tooltip()
        self.changed.emit()

    def _update_tooltip(self) -> None:
        isced = self.education()
        self.setToolTip(
            self.tr("Maps to: {isced}").format(isced=_isced_text(isced)) if isced is not None
            else self.tr("Type part of the name of the school the person completed last (today's or the pre-2017 name).")
        )
