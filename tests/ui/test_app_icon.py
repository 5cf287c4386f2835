"""The program's icon: every window shows it (QApplication.setWindowIcon), in the sizes rendered from the
SVG; the desktop file name ties the windows to the menu entry (packaging/coopdesk.desktop)."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from coopdesk import app as app_module
from coopdesk.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_the_icon_has_every_size_from_16_to_256():
    icon = app_module.window_icon()
    assert not icon.isNull()
    assert {QSize(n, n) for n in SIZES} <= set(icon.availableSizes())
    for n in SIZES:
        image = QImage(str(resource_path("icons", f"coopdesk-{n}.png")))
        assert image.size() == QSize(n, n)
        assert image.pixelColor(n // 2, n // 2).alpha() == 255  # drawn, not an empty square
    assert resource_path("icons", "coopdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.fixture
def app_state():
    qapp = QApplication.instance()
    saved = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.windowIcon(), qapp.desktopFileName())
    yield qapp
    qapp.setApplicationName(saved[0])
    qapp.setApplicationDisplayName(saved[1])
    qapp.setWindowIcon(saved[2])
    qapp.setDesktopFileName(saved[3])


def test_the_program_sets_its_window_icon_first_thing(app_state, monkeypatch, tmp_path):
    from coopdesk.platform import paths
    from coopdesk.ui import startup

    def no_folder(_data_dir):
        raise OSError("read-only")

    monkeypatch.setattr(paths, "resolve_paths", no_folder)
    monkeypatch.setattr(startup, "tell_no_data_folder", lambda _data_dir, _exc: 2)
    assert app_state.windowIcon().isNull() or QSize(256, 256) not in app_state.windowIcon().availableSizes()
    assert app_module.run_gui(argparse.Namespace(data_dir=str(tmp_path), lang="en")) == 2
    assert QSize(256, 256) in app_state.windowIcon().availableSizes()
    assert app_state.desktopFileName() == "coopdesk"
