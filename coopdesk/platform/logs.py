"""Logging to a rotating file in the data folder (never personal data at INFO level)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from coopdesk.platform.paths import AppPaths


def setup_logging(paths: AppPaths, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(paths.log_dir / "coopdesk.log", maxBytes=2_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
