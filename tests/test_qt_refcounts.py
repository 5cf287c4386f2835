"""PySide6 6.12.0 loses a reference to True on every signal emitted from Python and to None on some void
calls (QLocale.setDefault, QLockFile): a long session aborts with "bool_dealloc"/"none_dealloc". coopdesk
pins PySide6 below 6.12 (pyproject.toml); this test fails on a PySide6 with that bug."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emitting_a_signal_keeps_the_references_to_true():
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.changed.emit(i)
    assert sys.getrefcount(True) - before > -50  # 6.12.0: -200


def test_setting_the_default_locale_keeps_the_references_to_none():
    locale = QLocale()
    before = sys.getrefcount(None)
    for _ in range(200):
        QLocale.setDefault(locale)
    assert sys.getrefcount(None) - before > -50  # 6.12.0: -200
