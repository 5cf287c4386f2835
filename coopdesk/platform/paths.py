"""Where coopdesk keeps its data: QStandardPaths by default, ``--data-dir`` overrides it everywhere."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "coopdesk"
APPLICATION = "coopdesk"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "coopdesk.ini"

    def ensure(self) -> AppPaths:
        """Create the data folder (an existing read-only one is accepted: what cannot be written there is
        reported where it is written) and, where possible, the log folder."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # read-only or full: logging falls back to stderr (logs.py)
            self.log_dir.mkdir(parents=True, exist_ok=True)
        return self

    def write_problem(self) -> OSError | None:
        """Why nothing can be written in the data folder (read-only, full, no permission), or None.

        Writes and removes a small probe file, which is what saving needs (a journal, a lock file)."""
        return write_problem(self.data_dir)


PROBE_BYTES = 8192


def write_problem(folder: Path) -> OSError | None:
    """The OSError met when writing a small file in ``folder`` (then removed), or None when it works."""
    probe = Path(folder) / f".coopdesk-write-probe-{os.getpid()}"
    try:
        with probe.open("wb") as fh:
            fh.write(b"\0" * PROBE_BYTES)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    return None


def default_data_dir() -> Path:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / APPLICATION)


def resolve_paths(data_dir: str | Path | None) -> AppPaths:
    return AppPaths(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()).ensure()
