"""`coopdesk import participants FILE --data-dir DIR [--sheet] [--mapping] [--project] [--dry-run] [--valid-only]
[--rejects] [--create-similar]` (issue 9, point 7): exit 0 imported, 1 problems (row, column, message; nothing
written), 2 unreadable; duplicates decided without asking; roles that may not import are refused."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from openpyxl import load_workbook
from sqlalchemy import func, select

from coopdesk.app import main
from coopdesk.db.tables import Participant
from coopdesk.db.tables_participation import Participation
from coopdesk.domain.enums import Role
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.services import accounts as accounts_module
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from tests.services.participant_import_helpers import ANNA, BAD, JAN, PIOTR, xlsx


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A coordinator signed in from the environment, one account of each other role, project P1."""
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    folder = tmp_path / "data"
    services = open_services(folder, Context(actor=SYSTEM_ACTOR))
    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "boss password")
    for name, role in (("tomek", Role.TRAINER), ("sara", Role.SPECIALIST), ("adam", Role.ADVISOR)):
        services.as_actor(boss).accounts.create_user(name, name.title(), role, "temporary-123")
    Services(services.db, Context(actor=boss)).projects.create(ProjectDraft("P1", "Pierwszy"))
    services.close()
    monkeypatch.setenv("COOPDESK_USER", "ewa")
    monkeypatch.setenv("COOPDESK_PASSWORD", "boss password")
    return folder


def _state(folder) -> tuple[int, list]:
    services = open_services(folder, Context(actor=SYSTEM_ACTOR))
    try:
        with services.db.read(None) as s:
            people = s.execute(select(func.count()).select_from(Participant)).scalar_one()
            parts = s.execute(select(Participation.project_id)).scalars().all()
        return people, sorted(parts, key=str)
    finally:
        services.close()


def _import(folder, path, *extra) -> int:
    return main(["--lang", "en", "import", "participants", str(path), "--data-dir", str(folder), *extra])


def test_a_clean_file_is_imported(data_dir, tmp_path, capsys):
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN, ANNA])) == 0
    out = capsys.readouterr().out
    assert "new people: 2, new participations: 2, people updated: 0, already as in the file: 0" in out
    assert _state(data_dir)[0] == 2


def test_the_same_file_again_says_its_people_are_already_registered_as_in_it(data_dir, tmp_path, capsys):
    path = xlsx(tmp_path / "a.xlsx", [JAN, ANNA])
    assert _import(data_dir, path) == 0
    capsys.readouterr()
    assert _import(data_dir, path) == 0
    assert "new people: 0, new participations: 0, people updated: 0, already as in the file: 2" \
        in capsys.readouterr().out
    assert _state(data_dir)[0] == 2


def test_problems_are_listed_by_row_and_column_and_nothing_is_written(data_dir, tmp_path, capsys):
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN, BAD, ANNA])) == 1
    err = capsys.readouterr().err
    assert "row 3, column PESEL: PESEL must have exactly 11 digits." in err
    assert "row 3, column Nazwisko:" in err
    assert "Kowalski" not in err and "Xawery" not in err  # no personal data
    assert _state(data_dir)[0] == 0


def test_dry_run_writes_nothing(data_dir, tmp_path, capsys):
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN, ANNA]), "--dry-run") == 0
    assert "Rows checked: 2 (valid: 2, with errors: 0" in capsys.readouterr().out
    assert _import(data_dir, xlsx(tmp_path / "b.xlsx", [JAN, BAD]), "--dry-run") == 1
    assert _state(data_dir)[0] == 0


def test_valid_only_with_rejects(data_dir, tmp_path, capsys):
    rejects = tmp_path / "odrzucone.xlsx"
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN, BAD]), "--valid-only", "--rejects", str(rejects)) == 0
    assert "rows rejected: 1" in capsys.readouterr().out
    rows = list(load_workbook(rejects).active.iter_rows(values_only=True))
    assert rows[1][0] == "Xawery" and "11 digits" in rows[1][-1]
    assert _state(data_dir)[0] == 1


def test_an_unreadable_file_exits_with_2_and_the_reason(data_dir, tmp_path, capsys):
    fake = tmp_path / "photo.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert _import(data_dir, fake) == 2
    assert "not a spreadsheet" in capsys.readouterr().err
    assert _import(data_dir, tmp_path / "missing.xlsx") == 2


def test_the_project_option_and_the_project_column(data_dir, tmp_path, capsys):
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN]), "--project", "P1") == 0
    assert _import(data_dir, xlsx(tmp_path / "b.xlsx", [[*ANNA[:7], "P1"]])) == 0
    assert _import(data_dir, xlsx(tmp_path / "c.xlsx", [PIOTR])) == 0
    people, projects = _state(data_dir)
    assert people == 3 and projects.count(None) == 1 and len(set(projects) - {None}) == 1
    assert _import(data_dir, xlsx(tmp_path / "d.xlsx", [JAN]), "--project", "NOPE") == 2
    assert "NOPE" in capsys.readouterr().err
    assert _import(data_dir, xlsx(tmp_path / "e.xlsx", [[*PIOTR[:7], "NOPE"]])) == 1
    assert "row 2, column Projekt:" in capsys.readouterr().err


def test_duplicates_pesel_updates_close_name_is_a_problem_unless_create_similar(data_dir, tmp_path, capsys):
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN]), "--project", "P1") == 0
    back = [*JAN[:7], ""]
    assert _import(data_dir, xlsx(tmp_path / "b.xlsx", [back])) == 0  # no project: a new participation
    assert "new people: 0, new participations: 1" in capsys.readouterr().out
    assert _state(data_dir)[0] == 1
    similar = ["Jan", "Kowalsky", "80030500154", "M", date(1980, 3, 5), "Gdańsk", "", ""]
    assert _import(data_dir, xlsx(tmp_path / "c.xlsx", [similar])) == 1
    assert "row 2: A person with a similar name" in capsys.readouterr().err
    assert _state(data_dir)[0] == 1
    assert _import(data_dir, xlsx(tmp_path / "c.xlsx", [similar]), "--create-similar") == 0
    assert _state(data_dir)[0] == 2


def test_help_explains_the_exit_codes_and_duplicates(capsys):
    with pytest.raises(SystemExit):
        main(["import", "participants", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--create-similar" in text and "Exit codes" in text and "never overwritten" in text


@pytest.mark.parametrize("user, allowed", [("tomek", False), ("sara", False), ("adam", True)])
def test_roles(data_dir, tmp_path, monkeypatch, capsys, user, allowed):
    monkeypatch.setenv("COOPDESK_USER", user)
    monkeypatch.setenv("COOPDESK_PASSWORD", "temporary-123")
    code = _import(data_dir, xlsx(tmp_path / "a.xlsx", [JAN]))
    if allowed:
        assert code == 0 and _state(data_dir)[0] == 1
    else:
        assert code == 2 and "permission" in capsys.readouterr().err
        assert _state(data_dir)[0] == 0


def test_rows_repeating_each_other(data_dir, tmp_path, capsys):
    twin = ["Anna", "Nowack", "92071400184", "K", date(1992, 7, 14), "Sopot", "", ""]  # close name, born the same day
    assert _import(data_dir, xlsx(tmp_path / "a.xlsx", [ANNA, ANNA])) == 1
    assert "row 3: The row repeats row 2 of the file" in capsys.readouterr().err
    assert _import(data_dir, xlsx(tmp_path / "b.xlsx", [ANNA, twin])) == 1
    assert _import(data_dir, xlsx(tmp_path / "c.xlsx", [ANNA, ANNA]), "--create-similar") == 1  # same PESEL: never
    assert _state(data_dir)[0] == 0
    assert _import(data_dir, xlsx(tmp_path / "d.xlsx", [ANNA, twin]), "--create-similar") == 0
    assert _state(data_dir)[0] == 2


def test_the_command_speaks_polish_by_default(data_dir, tmp_path, capsys):
    """Every line the command prints is translated (its texts are ones lupdate finds)."""
    path = xlsx(tmp_path / "a.xlsx", [JAN, BAD])
    assert main(["import", "participants", str(path), "--data-dir", str(data_dir), "--dry-run"]) == 1
    said = capsys.readouterr()
    assert "Sprawdzone wiersze: 2 (poprawne: 1, z błędami: 1, duplikaty: 0); nic nie zapisano" in said.out
    assert "wiersz 3, kolumna Nazwisko: To pole jest wymagane." in said.err
    assert main(["import", "participants", str(path), "--data-dir", str(data_dir)]) == 1
    assert "Wiersze z błędami: 1 – nic nie zaimportowano" in capsys.readouterr().err
    assert main(["import", "participants", str(xlsx(tmp_path / "b.xlsx", [ANNA])), "--data-dir", str(data_dir)]) == 0
    assert "Zaimportowano z b.xlsx – nowe osoby: 1, nowe udziały w projektach: 1" in capsys.readouterr().out
