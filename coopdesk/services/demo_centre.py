"""The demo centre and its projects, with their identity on print-outs (settings, projects, stand-in logos).

Used by services/demo.py; the people's data are made there.
"""

from __future__ import annotations

import io
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.tables import Setting
from coopdesk.db.tables_security import Project
from coopdesk.resources import resource_path
from coopdesk.services.centre import put_image

# The centre's projects (Fundusze Europejskie dla Małopolski 2021-2027, priority 6, action 6.12 "Ekonomia
# społeczna"): code, name, start, end; who is recruited while a project runs may be put into it. The oldest
# one has ended and its last payment came in 2025, so its retention is counted from 31 Dec 2025; the OWES
# grants of the Kraków project are state aid (10 years).
DEMO_PROGRAMME = "Fundusze Europejskie dla Małopolski 2021–2027"
DEMO_PRIORITY = "6. Fundusze Europejskie dla rynku pracy, edukacji i włączenia społecznego"
DEMO_PROJECTS = (
    ("OWES-KRK", "Małopolski Ośrodek Wsparcia Ekonomii Społecznej – subregion krakowski",
     date(2024, 1, 1), date(2026, 12, 31), {
         "number": "FEMP.06.12-IP.01-0042/23", "action": "6.12 Ekonomia społeczna",
         "lead_partner": "Fundacja Rozwoju Przedsiębiorczości Społecznej „Wspólnota”",
         "partners": "Stowarzyszenie Ośrodek Wsparcia „Wspólna Sprawa”\nSpółdzielnia Socjalna „Łącznik”",
         "controllers": "Zarząd Województwa Małopolskiego (w zakresie monitorowania programu); "
                        "Stowarzyszenie Ośrodek Wsparcia „Wspólna Sprawa”", "state_aid": True}),
    ("OWES-ZACH", "Spółdzielnia zaczyna się od ludzi – wsparcie osób zagrożonych wykluczeniem",
     date(2025, 3, 1), date(2027, 6, 30), {
         "number": "FEMP.06.12-IP.01-0107/24", "action": "6.12 Ekonomia społeczna",
         "lead_partner": "Stowarzyszenie Ośrodek Wsparcia „Wspólna Sprawa”", "partners": "Gmina Wieliczka"}),
    ("AKTYWNI", "Aktywni razem – reintegracja społeczna i zawodowa w powiecie wielickim",
     date(2023, 7, 1), date(2025, 6, 30), {
         "number": "FEMP.06.09-IP.01-0013/23", "action": "6.9 Aktywna integracja",
         "lead_partner": "Stowarzyszenie Ośrodek Wsparcia „Wspólna Sprawa”", "retention_base_date": date(2025, 12, 31)}),
)
# The demo centre (settings, printed on documents) when none is set yet
DEMO_CENTRE = {
    "name": "Stowarzyszenie Ośrodek Wsparcia „Wspólna Sprawa” (DEMO)", "address": "ul. Długa 5\n31-147 Kraków",
    "dpo_name": "", "dpo_email": "iod@wspolnasprawa.example.pl", "dpo_phone": "12 345 67 89",
}


def ensure_projects(s: Session) -> list[tuple[int, date, date]]:
    """The demo centre and projects with their identity on print-outs (reused when present), as
    (id, start, end); ORM inserts, so journaled."""
    existing = {p.code: p for p in s.scalars(select(Project))}
    strip = _demo_image(s, (2400, 200), "white", "Fundusze Europejskie  |  Rzeczpospolita Polska  |  "
                        "Dofinansowane przez Unię Europejską  |  Małopolska  (DEMO)", "#1f3f8f")
    if s.get(Setting, "centre.name") is None:
        logo = _demo_image(s, (480, 200), "#1f3f8f", "Wspólna Sprawa", "white")
        s.add_all(Setting(key=f"centre.{k}", value=v) for k, v in {**DEMO_CENTRE, "logo": logo}.items() if v)
    out = []
    for code, name, start, end, identity in DEMO_PROJECTS:
        row = existing.get(code)
        if row is None:
            row = Project(code=code, name=name, start_date=start, end_date=end, retention_years=5,
                          retention_note="umowa o dofinansowanie, § 21 (EFS+ 2021–2027)", programme=DEMO_PROGRAMME,
                          priority=DEMO_PRIORITY, logo_strip=strip, **identity)
            s.add(row)
            s.flush()
        if row.start_date and row.end_date:
            out.append((row.id, row.start_date, row.end_date))
    return out


def _demo_image(s: Session, size: tuple[int, int], background: str, text: str, colour: str) -> str:
    """A plain PNG with a text (a stand-in for a logo), stored in ``images``; its SHA-256."""
    from PIL import Image as PilImage
    from PIL import ImageDraw, ImageFont

    picture = PilImage.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), 10)
    font = font.font_variant(size=max(10, int(10 * min(size[0] * 0.9 / draw.textlength(text, font=font),
                                                       size[1] * 0.4 / 10))))
    draw.text((size[0] / 2, size[1] / 2), text, fill=colour, font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return put_image(s, buffer.getvalue(), "image/png", size)
