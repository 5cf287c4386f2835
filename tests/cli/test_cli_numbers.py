"""Numbers on the command line are checked by argparse: a wrong one is refused (exit 2) with a message."""

from __future__ import annotations

import pytest

from coopdesk.app import main
from coopdesk.services.app_services import database_path


@pytest.mark.parametrize("people", ["-5", "0", "1000001", "abc"])
def test_demo_refuses_a_wrong_number_of_people(tmp_path, capsys, people):
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "demo", "--data-dir", str(tmp_path), "--people", people])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--people" in err and "between 1 and 1000000" in err
    assert not database_path(tmp_path).exists()  # refused before anything was written


def test_demo_accepts_the_bounds(tmp_path, capsys):
    assert main(["--lang", "en", "demo", "--data-dir", str(tmp_path), "--people", "1"]) == 0
    assert "Created 1 participants" in capsys.readouterr().out
