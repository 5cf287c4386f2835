"""Settings → Centre and the project's identity (issue 7, "The data controller is a placeholder")."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image as PilImage
from sqlalchemy import select

from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.centre import CentreInfo
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied, ValidationFailed
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.services.centre import CentreService
from tests.conftest import as_user


def png(width: int = 120, height: int = 40, colour: str = "navy", fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", (width, height), colour).save(out, fmt)
    return out.getvalue()


CENTRE = CentreInfo(
    name="Stowarzyszenie Żółty Kąt – Ośrodek Wsparcia Ekonomii Społecznej",
    address="ul. Długa 5\n31-147 Kraków",
    dpo_name="Jan Kowalski", dpo_email="iod@zoltykat.pl", dpo_phone="12 345 67 89",
)


def _issues(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {i.field: i.render() for i in exc.value.issues}


def test_centre_is_saved_read_back_and_journaled(coordinator):
    centre = CentreService(coordinator.db, coordinator.ctx)
    assert centre.info() == CentreInfo()
    saved = centre.save(replace(CENTRE, logo=centre.store_image(png())))
    assert saved.name == CENTRE.name and saved.address == CENTRE.address
    assert saved.dpo_contact == "Jan Kowalski, iod@zoltykat.pl, 12 345 67 89"
    assert centre.image(saved.logo) == png()
    centre.save(replace(saved, dpo_phone="+48 600 100 200"))
    with coordinator.db.read() as s:
        entries = list(s.execute(select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
                                 .where(AuditEntry.table_name == "settings").order_by(AuditEntry.id)))
    assert ("create", "centre.name", None, CENTRE.name) in entries
    assert ("create", "centre.logo", None, saved.logo) in entries  # the image's hash, not its bytes
    assert ("update", "centre.dpo_phone", "12 345 67 89", "+48 600 100 200") in entries
    assert len([e for e in entries if e[1] == "centre.name"]) == 1  # unchanged values are not written again


def test_centre_is_validated_at_the_field(coordinator):
    centre = CentreService(coordinator.db, coordinator.ctx)
    with pytest.raises(ValidationFailed) as exc:
        centre.save(CentreInfo(name=" ", dpo_email="iod(at)zoltykat", dpo_phone="12", address="x" * 501))
    assert _issues(exc) == {
        "name": "Enter the centre's name (it is printed as the data controller).",
        "dpo_email": "Enter a valid e-mail address, e.g. iod@example.pl.",
        "dpo_phone": "Enter a phone number of at least 7 digits.",
        "address": "The text is too long.",
    }


@pytest.mark.parametrize(("data", "message"), [
    (b"", "The image file is empty."),
    (b"GIF89a" + b"\0" * 50, "Choose a PNG or JPEG image."),
    (png()[:60], "The image file is damaged or cannot be read."),
    (png(8, 8), "The image must be 16 to 8000 pixels wide and high."),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024), "The image is larger than 2 MB; save it smaller (e.g. 300 dpi, PNG or JPEG)."),
])
def test_a_logo_must_be_a_readable_png_or_jpeg_of_sane_size(coordinator, data, message):
    with pytest.raises(ValidationFailed) as exc:
        CentreService(coordinator.db, coordinator.ctx).store_image(data)
    assert _issues(exc) == {"logo": message}


def test_a_jpeg_is_accepted_and_stored_once(coordinator):
    centre = CentreService(coordinator.db, coordinator.ctx)
    jpeg = png(300, 100, "red", "JPEG")
    assert centre.store_image(jpeg) == centre.store_image(jpeg)


def test_only_the_coordinator_sets_the_centre(services):
    advisor = as_user(services, "anowak", Role.ADVISOR)
    centre = CentreService(advisor.db, advisor.ctx)
    with pytest.raises(PermissionDenied):
        centre.save(CENTRE)
    with pytest.raises(PermissionDenied):
        centre.store_image(png())
    assert centre.info() == CentreInfo()  # anyone may read it (print-outs need it)


IDENTITY = dict(
    number="FEMP.06.12-IP.01-0042/23", programme="Fundusze Europejskie dla Małopolski 2021–2027",
    priority="6. Fundusze Europejskie dla rynku pracy, edukacji i włączenia społecznego",
    action="6.12 Ekonomia społeczna", lead_partner="Małopolska Fundacja Rozwoju",
    partners="Stowarzyszenie Żółty Kąt\nSpółdzielnia Socjalna Łącznik",
    controllers="Zarząd Województwa Małopolskiego; Stowarzyszenie Żółty Kąt",
)


def test_a_project_keeps_its_identity_and_logo_strip(coordinator):
    strip = CentreService(coordinator.db, coordinator.ctx).store_image(png(1600, 160, "white"))
    draft = ProjectDraft(code="OWES-KRK", name="Małopolski OWES", **IDENTITY, logo_strip=strip)
    created = coordinator.projects.create(draft)
    for name, value in IDENTITY.items():
        assert getattr(created, name) == value
    assert created.logo_strip == strip
    updated = coordinator.projects.update(created.id, replace(draft, partners="Spółdzielnia Socjalna Łącznik"))
    assert updated.partners == "Spółdzielnia Socjalna Łącznik" and updated.number == IDENTITY["number"]


def test_project_identity_is_validated_at_the_field(coordinator):
    draft = ProjectDraft(code="P1", name="Projekt", number="FEMP 06 12 / 23", lead_partner="x" * 301,
                         logo_strip="0" * 64)
    with pytest.raises(ValidationFailed) as exc:
        coordinator.projects.create(draft)
    assert _issues(exc) == {
        "number": "Enter the project number as in the grant agreement, e.g. FEMP.06.12-IP.01-0001/23.",
        "lead_partner": "The text is too long.",
        "logo_strip": "The image file is damaged or cannot be read.",
    }
