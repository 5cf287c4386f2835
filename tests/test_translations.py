"""Polish is the users' language: every source string has a Polish translation, and the .qm is current."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_string_is_translated_and_compiled():
    result = subprocess.run([sys.executable, str(ROOT / "resources" / "i18n" / "update.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_polish_is_loaded_by_default(tmp_path):
    from PySide6.QtCore import QCoreApplication

    from coopdesk.domain.enums import STAGE_LABELS, Stage
    from coopdesk.platform.i18n import install_translations

    app = QCoreApplication.instance()
    install_translations(app, "pl")
    assert QCoreApplication.translate("Labels", STAGE_LABELS[Stage.LEFT]) == "Udział zakończony"
    install_translations(app, "en")
    assert QCoreApplication.translate("Labels", STAGE_LABELS[Stage.LEFT]) == "Left the project"
