"""Every print-out carries the centre and the person's project (issue 7, "The data controller is a
placeholder"): the Art. 15 PDF of a person in project A prints under A's header, in B under B's, without a
project under the centre's."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import full_draft
from test_centre import png

from coopdesk.domain.centre import CentreInfo
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.services.centre import CentreService
from coopdesk.services.demo import pesel_for
from coopdesk.services.printout import fit_image, page_header


def pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def pdf_images(path) -> list[tuple[int, int]]:
    """(width, height) in pixels of the images in the PDF (pdfimages -list)."""
    lines = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [(int(c[3]), int(c[4])) for c in (line.split() for line in lines.splitlines()[2:]) if c[2] == "image"]


@pytest.fixture
def centre_and_projects(services):
    centre = CentreService(services.db, services.ctx)
    centre.save(CentreInfo(
        name="Stowarzyszenie „Żółty Kąt” – Ośrodek Wsparcia Ekonomii Społecznej",
        address="ul. Długa 5, 31-147 Kraków", dpo_name="Jan Kowalski", dpo_email="iod@zoltykat.pl",
        dpo_phone="12 345 67 89", logo=centre.store_image(png(200, 100, "navy")),
    ))
    a = services.projects.create(ProjectDraft(
        "OWES-KRK", "Małopolski Ośrodek Wsparcia Ekonomii Społecznej – subregion krakowski",
        date(2024, 1, 1), date(2026, 12, 31), 5, "", number="FEMP.06.12-IP.01-0042/23",
        programme="Fundusze Europejskie dla Małopolski 2021–2027", priority="6. Fundusze Europejskie dla rynku pracy",
        action="6.12 Ekonomia społeczna", lead_partner="Małopolska Fundacja Rozwoju",
        partners="Spółdzielnia Socjalna Łącznik", controllers="Zarząd Województwa Małopolskiego",
        logo_strip=centre.store_image(png(1600, 160, "white")),
    ))
    b = services.projects.create(ProjectDraft(
        "AKTYWNI", "Aktywni razem – reintegracja w powiecie wielickim", date(2023, 7, 1), date(2025, 6, 30), 5, "",
        number="FEMP.06.09-IP.01-0013/22", programme="Fundusze Europejskie dla Małopolski 2021–2027",
        logo_strip=centre.store_image(png(1200, 100, "yellow")),
    ))
    return a, b


def _person(services, serial: int, project_id: int | None):
    pesel = pesel_for(date(1944, 5, 14), False, serial)
    person = services.participants.create(full_draft(services, pesel=pesel, first_name=f"Zażółć{'abcdefgh'[serial % 8]}"))
    if project_id is not None:
        services.projects.assign_project([person.id], project_id)
    return person


def test_each_person_prints_under_their_projects_header(services, centre_and_projects, tmp_path):
    a, b = centre_and_projects
    texts = {}
    for key, serial, project_id in (("a", 101, a.id), ("b", 102, b.id), ("none", 103, None)):
        person = _person(services, serial, project_id)
        out = services.gdpr.data_report(person.id, tmp_path / f"{key}.pdf")
        texts[key] = pdf_text(out)
        images = pdf_images(out)
        assert (200, 100) in images  # the centre's logo on every page of every print-out
        texts[key + "_images"] = images
    for key in ("a", "b", "none"):  # the centre on every print-out
        assert "Stowarzyszenie „Żółty Kąt” – Ośrodek Wsparcia Ekonomii Społecznej" in texts[key]
        assert "ul. Długa 5, 31-147 Kraków" in texts[key]
        assert "Inspektor ochrony danych: Jan Kowalski, iod@zoltykat.pl, 12 345 67 89" in texts[key]
    assert "FEMP.06.12-IP.01-0042/23" in texts["a"] and "FEMP.06.09-IP.01-0013/22" not in texts["a"]
    assert "subregion krakowski" in texts["a"] and "6.12 Ekonomia społeczna" in texts["a"]
    assert "Partner wiodący: Małopolska Fundacja Rozwoju" in texts["a"]
    assert "FEMP.06.09-IP.01-0013/22" in texts["b"] and "FEMP.06.12-IP.01-0042/23" not in texts["b"]
    assert "FEMP." not in texts["none"]
    assert (1600, 160) in texts["a_images"] and (1200, 100) not in texts["a_images"]
    assert (1200, 100) in texts["b_images"] and (1600, 160) not in texts["b_images"]
    assert set(texts["none_images"]) == {(200, 100)}  # no strip without a project
    # the controller: the project's controllers, else the centre (never a placeholder)
    assert "Administrator danych Zarząd Województwa Małopolskiego" in texts["a"]
    assert "Administrator danych Stowarzyszenie „Żółty Kąt”" in texts["b"]
    assert "Administrator danych Stowarzyszenie „Żółty Kąt”" in texts["none"]
    assert "ośrodek prowadzący projekt" not in texts["none"]


def test_without_centre_data_the_report_still_prints(services, tmp_path):
    person = _person(services, 104, None)
    header = page_header(services.db, services.ctx, person.id)
    assert header.controller_line == "" and header.centre_logo is None
    text = pdf_text(services.gdpr.data_report(person.id, tmp_path / "r.pdf"))
    assert "Informacja o przetwarzanych danych osobowych" in text


@pytest.mark.parametrize(("size", "box", "expected"), [
    ((1600, 160), (100.0, 20.0), (100.0, 10.0)),  # wide strip: the width limits
    ((200, 100), (30.0, 14.0), (28.0, 14.0)),  # the height limits
    ((50, 50), (30.0, 14.0), (14.0, 14.0)),
])
def test_images_keep_their_proportions(size, box, expected):
    w, h = fit_image(*size, *box)
    assert (round(w, 6), round(h, 6)) == expected
    assert abs(w / h - size[0] / size[1]) < 1e-9


def test_header_names_the_people_project(services, centre_and_projects):
    a, _ = centre_and_projects
    person = _person(services, 105, a.id)
    header = page_header(services.db, services.ctx, person.id)
    assert header.project_number == "FEMP.06.12-IP.01-0042/23"
    assert header.controller_line == "Zarząd Województwa Małopolskiego"
    assert replace(header, controllers="").controller_line.startswith("Stowarzyszenie")


def test_a_returning_person_prints_under_the_current_participations_project(services, centre_and_projects):
    """records.current_participation: the last one still open, else the last one."""
    from coopdesk.domain.enums import SupportForm
    from coopdesk.domain.records import ParticipationDraft, SupportEntry

    a, b = centre_and_projects

    def person(serial: int, exits: tuple[date | None, date | None]):
        parts = tuple(ParticipationDraft(project_id=pid, exit_date=exit_on,
                                         supports=(SupportEntry(SupportForm.ADVICE, date(2024, 3, 1)),))
                      for pid, exit_on in zip((b.id, a.id), exits, strict=True))
        return services.participants.create(full_draft(services, pesel=pesel_for(date(1944, 5, 14), False, serial),
                                                       participations=parts), confirm_duplicates=True)

    both_open = person(106, (None, None))
    assert page_header(services.db, services.ctx, both_open.id).project_number == a.number  # the last open
    later_ended = person(107, (None, date(2025, 1, 31)))
    assert page_header(services.db, services.ctx, later_ended.id).project_number == b.number  # still open
    all_ended = person(108, (date(2024, 6, 30), date(2025, 1, 31)))
    assert page_header(services.db, services.ctx, all_ended.id).project_number == a.number  # the last
