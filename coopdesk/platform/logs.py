"""Logging to a rotating file in the data folder (never personal data at INFO level).

When the log file cannot be written (a read-only or full data folder), logging goes to the terminal
(stderr) instead and ``setup_logging`` returns the error, so that the caller can tell the user."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler

from coopdesk.platform.paths import AppPaths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, verbose: bool = False) -> OSError | None:
    """Log to ``<data_dir>/logs/coopdesk.log``; None when that works, else the OSError met (the log
    then goes to stderr)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return None
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            paths.log_dir / "coopdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        problem = None
    except OSError as exc:
        handler, problem = logging.StreamHandler(sys.stderr), exc
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if problem is not None:
        logging.getLogger(__name__).warning("cannot write the log file in %s (%s); logging to stderr",
                                            paths.log_dir, problem.strerror or type(problem).__name__)
    return problem
