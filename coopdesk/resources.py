"""Where the read-only resources (data tables, translations, fonts, icons) are: package data of coopdesk
(coopdesk/assets), found with importlib.resources, so a checkout, an editable or a plain install and a
frozen (PyInstaller) build all find them. The translation sources (.ts) stay in resources/i18n."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

ASSETS = "assets"


def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "coopdesk" / ASSETS
    # An installed package lies in a folder (a wheel is never imported from a zip): a real path, which
    # Qt (QTranslator, QIcon) and reportlab (fonts) need.
    return Path(str(files("coopdesk").joinpath(ASSETS)))


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
