"""`coopdesk export participants --layout sl2014|smefs|plain --out FILE [--project] [--period-from/-to]
[--partner]` (issue 9): the not-ready list as warnings on stderr (no names), the file written all the same;
`export-participants` stays as the plain layout's alias; roles that may not export are refused."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from gdpr_people import full_draft, second_draft
from openpyxl import load_workbook

from coopdesk.app import main
from coopdesk.domain.enums import Degurba, Isced, LabourStatus, Role, SupportForm
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.services import accounts as accounts_module
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A coordinator (signed in from the environment), one account of each other role; Zażółć ready in
    OWES-A (2025), Zofia in OWES-B (2026) without DEGURBA: not ready."""
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    folder = tmp_path / "data"
    services = open_services(folder, Context(actor=SYSTEM_ACTOR))
    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "boss password")
    for name, role in (("tomek", Role.TRAINER), ("sara", Role.SPECIALIST), ("adam", Role.ADVISOR)):
        services.as_actor(boss).accounts.create_user(name, name.title(), role, "temporary-123")
    work = Services(services.db, Context(actor=boss))
    a = work.projects.create(ProjectDraft("OWES-A", "A", date(2024, 1, 1), date(2027, 12, 31))).id
    b = work.projects.create(ProjectDraft("OWES-B", "B", date(2024, 1, 1), date(2027, 12, 31))).id
    ready = {"degurba": Degurba.RURAL, "education": Isced.ISCED3, "labour_status": LabourStatus.INACTIVE,
             "gmina": "Koluszki"}
    zaz = work.participants.create(full_draft(work, participations=(ParticipationDraft(
        project_id=a, **ready, supports=(SupportEntry(SupportForm.ADVICE, date(2025, 2, 10), date(2025, 5, 1)),)),)))
    zofia = work.participants.create(second_draft(participations=(ParticipationDraft(
        project_id=b, education=Isced.ISCED1, labour_status=LabourStatus.INACTIVE, gmina="Kraków",
        supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 1)),)),)))
    services.close()
    monkeypatch.setenv("COOPDESK_USER", "ewa")
    monkeypatch.setenv("COOPDESK_PASSWORD", "boss password")
    return folder, zaz, zofia


def _rows(path, sheet=0) -> list[dict]:
    book = load_workbook(path)
    rows = list((book.worksheets[sheet] if isinstance(sheet, int) else book[sheet]).iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_smefs_with_the_not_ready_listed_as_warnings(data_dir, tmp_path, capsys):
    folder, zaz, zofia = data_dir
    out = tmp_path / "smefs.xlsx"
    assert main(["--lang", "en", "export", "participants", "--data-dir", str(folder), "--layout", "smefs",
                 "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "Exported 2 participations of 2 participants" in said.out
    assert "1 participations are not ready to report" in said.err
    assert f"{zofia.uuid} OWES-B: Degree of urbanisation (DEGURBA)" in said.err
    assert "Żak" not in said.err and "Zofia" not in said.err and zofia.pesel not in said.err  # no personal data
    assert {r["Techniczny identyfikator uczestnika"] for r in _rows(out)} == {zaz.uuid, zofia.uuid}


def test_sl2014_one_project_a_period_and_a_partner(data_dir, tmp_path, capsys):
    folder, zaz, _zofia = data_dir
    out = tmp_path / "sl.xlsx"
    argv = ["--lang", "en", "export", "participants", "--data-dir", str(folder), "--layout", "sl2014",
            "--out", str(out), "--period-from", "2025-01-01", "--period-to", "31.12.2025", "--partner", "WUP"]
    assert main(argv) == 0
    said = capsys.readouterr()
    assert "Changes since the last file to this partner: 1 new, 0 changed, 0 removed" in said.out
    assert "not ready" not in said.err  # Zofia's participation is outside the period
    rows = _rows(out, "Dane uczestników projektów")
    assert [r["Techniczny identyfikator uczestnika"] for r in rows] == [zaz.uuid]
    assert load_workbook(out).sheetnames[:3] == ["Dane uczestników projektów", "Formy wsparcia",
                                                "Zmiany od ostatniej wymiany"]
    assert main([*argv[:-2], "--project", "OWES-B"]) == 0  # the period leaves nothing of OWES-B
    assert _rows(out, "Dane uczestników projektów") == []


def test_bad_arguments_are_refused_in_words(data_dir, tmp_path, capsys):
    folder, _, _ = data_dir
    out = tmp_path / "x.xlsx"
    base = ["--lang", "en", "export", "participants", "--data-dir", str(folder), "--out", str(out)]
    assert main([*base, "--project", "NOPE"]) == 2
    assert "No project has the code NOPE." in capsys.readouterr().err
    assert main([*base, "--period-from", "2026-01-01", "--period-to", "2025-01-01"]) == 2
    assert "The period ends (2025-01-01) before it starts (2026-01-01)." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "--period-from", "2026-13-01"])
    assert "is not a date" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "--layout", "excel"])
    assert not out.exists()


def test_export_participants_stays_as_the_plain_layouts_alias(data_dir, tmp_path, capsys):
    folder, zaz, zofia = data_dir
    out = tmp_path / "plain.xlsx"
    assert main(["--lang", "en", "export-participants", "--data-dir", str(folder), "--out", str(out)]) == 0
    rows = _rows(out)
    assert {(r["Techniczny identyfikator uczestnika"], r["Kod projektu"]) for r in rows} == {
        (zaz.uuid, "OWES-A"), (zofia.uuid, "OWES-B")}
    assert "Formy wsparcia" in rows[0] and "Stopień niepełnosprawności" in rows[0]  # coopdesk's own columns


@pytest.mark.parametrize(("user", "code"), [("tomek", 2), ("sara", 2), ("adam", 2), ("ewa", 0)])
def test_every_role(data_dir, tmp_path, monkeypatch, capsys, user, code):
    folder, _, _ = data_dir
    if user != "ewa":
        monkeypatch.setenv("COOPDESK_USER", user)
        monkeypatch.setenv("COOPDESK_PASSWORD", "temporary-123")
    out = tmp_path / f"{user}.xlsx"
    for argv in (["export", "participants", "--layout", "smefs"], ["export-participants"]):
        assert main(["--lang", "en", *argv, "--data-dir", str(folder), "--out", str(out)]) == code
        assert out.exists() is (code == 0)
        if code:
            assert "permission" in capsys.readouterr().err
