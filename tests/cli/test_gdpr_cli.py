"""coopdesk export-participants and coopdesk retention, signed in as a coordinator (or refused)."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from gdpr_people import full_draft, second_draft
from openpyxl import load_workbook

from coopdesk.app import main
from coopdesk.domain.enums import Role
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ProjectDraft
from coopdesk.services import accounts as accounts_module
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A coordinator (signed in through COOPDESK_USER/PASSWORD), a trainer, two people and an old project."""
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    folder = tmp_path / "data"
    services = open_services(folder, Context(actor=SYSTEM_ACTOR))
    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "boss password")
    services.as_actor(boss).accounts.create_user("tomek", "Tomek", Role.TRAINER, "temporary-123")
    work = Services(services.db, Context(actor=boss))
    zaz = work.participants.create(full_draft(work))
    zofia = work.participants.create(second_draft())
    work.consents.set(ConsentRecord(zaz.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2020, 1, 1)))
    old = work.projects.create(ProjectDraft("OLD-2014", "Projekt 2014-2020", date(2016, 1, 1), date(2018, 12, 31), 3,
                                            retention_base_date=date(2018, 12, 31)))
    work.projects.assign_project([zofia.id], old.id)
    new = work.projects.create(ProjectDraft("NEW-2026", "Projekt 2021-2027", date(2024, 1, 1), date(2026, 12, 31), 5))
    work.projects.assign_project([zaz.id], new.id)  # no base date yet: never due
    services.close()
    monkeypatch.setenv("COOPDESK_USER", "ewa")
    monkeypatch.setenv("COOPDESK_PASSWORD", "boss password")
    return folder, zaz, zofia


def test_export_participants_writes_every_participant_whatever_their_consents(data_dir, tmp_path, capsys):
    """Monitoring rests on the law: Zofia, who gave no consent, is written too; no withheld sheet."""
    folder, zaz, zofia = data_dir
    out = tmp_path / "partner.xlsx"
    assert main(["export-participants", "--data-dir", str(folder), "--out", str(out)]) == 0
    assert "udziałów w projektach: 2 (uczestników: 2)" in capsys.readouterr().out  # the CLI speaks Polish
    wb = load_workbook(out)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] == ["Uczestnicy"]  # + hidden lists
    people = [r[0] for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert sorted(people) == sorted([zaz.uuid, zofia.uuid])


def test_export_participants_of_one_project(data_dir, tmp_path, capsys):
    folder, _zaz, zofia = data_dir
    out = tmp_path / "old.xlsx"
    assert main(["export-participants", "--data-dir", str(folder), "--out", str(out), "--project", "OLD-2014"]) == 0
    assert "udziałów w projektach: 1 (uczestników: 1)" in capsys.readouterr().out
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    code = rows[0].index("Kod projektu")
    assert [(r[0], r[code]) for r in rows[1:]] == [(zofia.uuid, "OLD-2014")]
    missing = tmp_path / "none.xlsx"
    assert main(["export-participants", "--data-dir", str(folder), "--out", str(missing), "--project", "NOPE"]) == 2
    assert "Żaden projekt nie ma kodu NOPE." in capsys.readouterr().err and not missing.exists()


def test_retention_lists_then_anonymises_with_apply(data_dir, capsys):
    folder, _, zofia = data_dir
    assert main(["retention", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr()
    assert zofia.uuid in out.out and "OLD-2014\t31.12.2021" in out.out and "--apply" in out.err
    assert "Brak daty bazowej przechowywania (nic z tych projektów nie podlega anonimizacji): NEW-2026" in out.err
    assert main(["retention", "--data-dir", str(folder), "--apply"]) == 0
    capsys.readouterr()
    services = open_services(folder, Context(actor=SYSTEM_ACTOR))
    try:
        with services.db.engine.connect() as c:
            from sqlalchemy import text

            first, pesel, anonymised = c.execute(
                text("SELECT first_name, pesel, anonymised_at FROM participants WHERE id=:id"), {"id": zofia.id}
            ).one()
    finally:
        services.close()
    assert (first, pesel) == ("", None) and anonymised is not None
    assert main(["retention", "--data-dir", str(folder)]) == 0
    assert zofia.uuid not in capsys.readouterr().out


def test_a_trainer_is_refused(data_dir, tmp_path, monkeypatch, capsys):
    folder, _, _ = data_dir
    monkeypatch.setenv("COOPDESK_USER", "tomek")
    monkeypatch.setenv("COOPDESK_PASSWORD", "temporary-123")
    out = tmp_path / "nie.xlsx"
    assert main(["export-participants", "--data-dir", str(folder), "--out", str(out)]) == 2
    assert main(["retention", "--data-dir", str(folder), "--apply"]) == 2
    assert not out.exists()
    err = capsys.readouterr().err  # the permission message, in the interface language
    assert err.count("\n") == 2 and ("permission" in err or "uprawnień" in err)
