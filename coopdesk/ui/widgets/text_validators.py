"""Input validators for identifiers typed into line edits (what may be typed, not whether it is valid)."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator, QValidator

_POSTAL_PARTIAL = re.compile(r"^\d{0,2}(-\d{0,3})?$|^\d{3,5}$")
_POSTAL_DIGITS = re.compile(r"^(\d{2})(\d{3})$")


class PostalCodeValidator(QValidator):
    """Polish postal code ``NN-NNN``; ``00950`` is completed to ``00-950`` when the field is left."""

    def validate(self, text: str, pos: int):
        if not text or re.fullmatch(r"\d{2}-\d{3}", text):
            return QValidator.State.Acceptable, text, pos
        if _POSTAL_PARTIAL.match(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        match = _POSTAL_DIGITS.match(text)
        return f"{match.group(1)}-{match.group(2)}" if match else text


def digits_validator(max_digits: int, parent=None) -> QValidator:
    return QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{max_digits}}}"), parent)
