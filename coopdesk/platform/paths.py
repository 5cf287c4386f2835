"""Where coopdesk keeps its data: QStandardPaths by default, ``--data-dir`` overrides it everywhere."""

from __future__ import annotations

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
        for d in (self.data_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / APPLICATION)


def resolve_paths(data_dir: str | Path | None) -> AppPaths:
    return AppPaths(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()).ensure()
