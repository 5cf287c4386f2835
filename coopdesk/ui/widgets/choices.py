"""Filling combo boxes with (label, value) choices and reading the chosen value back."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def fill_choices(combo: QComboBox, choices: Iterable[tuple[str, object]], empty: str | None = None) -> None:
    """Replace the items of ``combo``; ``empty`` (if not None) is a first entry meaning "no value"."""
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for text, value in choices:
        combo.addItem(text, value)
    combo.blockSignals(False)
    combo.setCurrentIndex(0 if combo.count() else -1)


def fill_enum(combo: QComboBox, labels: dict, empty: str | None = None) -> None:
    """Items from a domain label table (``{Enum member: English label}``), translated in "Labels"."""
    fill_choices(
        combo,
        ((QCoreApplication.translate("Labels", text), member.value) for member, text in labels.items()),
        empty,
    )


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value`` (an enum member, id or None); the first item if absent."""
    if isinstance(value, Enum):
        value = value.value
    index = combo.findData(value) if value is not None else -1
    if index < 0 and value is None:
        index = combo.findData(None)
    combo.setCurrentIndex(max(index, 0))


def selected_enum(combo: QComboBox, enum_type: type[Enum]):
    """The enum member of the current item, or None for the empty entry."""
    data = combo.currentData()
    return enum_type(data) if data is not None else None
