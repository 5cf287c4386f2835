"""Demo data live only in a folder of their own: the demo marks its database (a setting), and a folder
that already holds data is refused (its people and accounts stay as they are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.tables import Setting
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coopdesk.services.app_services import Services

DEMO_KEY = "demo_database"


class DemoNeedsNewFolder(CoopdeskError):
    """``coopdesk demo`` on a folder that already holds data (demo accounts have published passwords)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder {path} already holds data: demo data go only into a new, empty folder (the demo "
        "accounts have published passwords). Nothing has been changed. Choose another folder with "
        "--data-dir, e.g. --data-dir {suggestion}",
    )


def mark_demo(session: Session) -> None:
    """In the demo's transaction: this database holds demo data (the window title says DEMO)."""
    if session.get(Setting, DEMO_KEY) is None:
        session.add(Setting(key=DEMO_KEY, value="1"))


def is_demo(services: Services) -> bool:
    """True when the demo made this database."""
    with services.db.read(services.ctx.actor) as s:
        return s.scalar(select(Setting.value).where(Setting.key == DEMO_KEY)) == "1"
