"""The page header and footer of every print-out: the centre (name, address, data-protection contact,
logo) and the project the person takes part in (number, title, programme / priority / action, lead
partner and partners, the strip of the funds' logos). A person in project A prints under A's header, in B
under B's, without a project under the centre's alone; a returning person under the project of their
current participation (the last one still open, else the last one).

The controller line ("Administrator danych") is the project's controllers, else the centre's name.
Drawing uses reportlab (PDF only): images keep their proportions inside their box, texts wrap.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import Project
from coopdesk.domain.centre import CentreInfo
from coopdesk.domain.records import ParticipationDraft, current_participation
from coopdesk.services.centre import CentreService
from coopdesk.services.context import Context

MM = 72 / 25.4  # points per millimetre
STRIP_MAX_H = 16 * MM  # the funds' logo strip: full text width, at most this high
LOGO_MAX_W, LOGO_MAX_H = 32 * MM, 15 * MM  # the centre's logo, left of the centre's name
GAP = 2.5 * MM


@dataclass(frozen=True)
class PageHeader:
    """What a print-out says about who prints it and under which project."""

    centre: CentreInfo
    centre_logo: bytes | None = None
    project_number: str = ""
    project_title: str = ""
    programme: str = ""
    priority: str = ""
    action: str = ""
    lead_partner: str = ""
    partners: str = ""
    controllers: str = ""
    logo_strip: bytes | None = None

    @property
    def controller_line(self) -> str:
        """The data controller(s) as printed: the project's, else the centre."""
        return " ".join(self.controllers.split()) or self.centre.name.strip()

    def centre_lines(self) -> list[str]:
        """Address and data-protection contact, one line each (empty parts left out)."""
        lines = [", ".join(p.strip() for p in self.centre.address.splitlines() if p.strip())]
        if self.centre.dpo_contact:
            lines.append(f"Inspektor ochrony danych: {self.centre.dpo_contact}")
        return [line for line in lines if line]

    def project_lines(self) -> list[str]:
        """The project's identity in Polish, for the header (nothing without a project)."""
        if not (self.project_number or self.project_title):
            return []
        lines = [" ".join(p for p in (f"Projekt {self.project_number}".strip(),
                                      f"„{self.project_title}”" if self.project_title else "") if p)]
        programme = ", ".join(p for p in (
            self.programme.strip(), f"priorytet {self.priority.strip()}" if self.priority.strip() else "",
            f"działanie {self.action.strip()}" if self.action.strip() else "",
        ) if p)
        if programme:
            lines.append(f"Program: {programme}")
        partners = "; ".join(p.strip() for p in self.partners.splitlines() if p.strip())
        who = "; ".join(p for p in (
            f"Partner wiodący: {self.lead_partner.strip()}" if self.lead_partner.strip() else "",
            f"partnerzy: {partners}" if partners else "",
        ) if p)
        if who:
            lines.append(who)
        return lines

    def footer_text(self) -> str:
        return " – ".join(p for p in (self.centre.name.strip(), self.project_number) if p)


def page_header(db: Database, ctx: Context, participant_id: int) -> PageHeader:
    """The header for a person's print-out: the centre and the project of the person's current
    participation (records.current_participation: the last one still open, else the last one)."""
    with db.read(ctx.actor) as s:
        rows = s.execute(
            select(Participation.id, Participation.project_id, Participation.exit_date)
            .where(Participation.participant_id == participant_id)
            .order_by(Participation.id)  # the record's order (Participant.participations)
        ).all()
    drafts = tuple(ParticipationDraft(id=i, project_id=project, exit_date=exit_on) for i, project, exit_on in rows)
    current = current_participation(drafts)
    return project_header(db, ctx, current.project_id if current is not None else None)


def project_header(db: Database, ctx: Context, project_id: int | None) -> PageHeader:
    """The header for a print-out of a project (None: the centre's alone)."""
    centre_service = CentreService(db, ctx)
    centre = centre_service.info()
    logo = centre_service.image(centre.logo)
    if project_id is None:
        return PageHeader(centre, logo)
    with db.read(ctx.actor) as s:
        row = s.get(Project, project_id)
        if row is None:
            return PageHeader(centre, logo)
        values = dict(
            project_number=row.number or "", project_title=row.name or "", programme=row.programme or "",
            priority=row.priority or "", action=row.action or "", lead_partner=row.lead_partner or "",
            partners=row.partners or "", controllers=row.controllers or "",
        )
        strip = row.logo_strip or ""
    return PageHeader(centre, logo, **values, logo_strip=centre_service.image(strip))


# --- drawing (reportlab) -------------------------------------------------------------------------------


def fit_image(width: int, height: int, max_w: float, max_h: float) -> tuple[float, float]:
    """The largest size of a ``width`` x ``height`` image inside ``max_w`` x ``max_h`` with its proportions."""
    scale = min(max_w / width, max_h / height)
    return width * scale, height * scale


def _reader(data: bytes) -> Any:  # an ImageReader (reportlab has no type hints: [tool.mypy] treats it as Any)
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(data))


def _fit(reader: Any, max_w: float, max_h: float) -> tuple[float, float]:
    if reader is None:
        return 0.0, 0.0
    width, height = reader.getSize()
    return fit_image(width, height, max_w, max_h)


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    grey: bool = False

    @property
    def leading(self) -> float:
        return self.size * 1.25


class HeaderLayout:
    """The header measured for a page width; ``height`` is known before the document is built (it sets the
    top margin) and ``draw`` paints it on every page."""

    def __init__(self, header: PageHeader, width: float, font: str, font_bold: str) -> None:
        from reportlab.lib.utils import simpleSplit

        self.header = header
        self.width = width
        self.strip = _reader(header.logo_strip) if header.logo_strip else None
        self.logo = _reader(header.centre_logo) if header.centre_logo else None
        self.strip_size = _fit(self.strip, width, STRIP_MAX_H)
        self.logo_size = _fit(self.logo, LOGO_MAX_W, LOGO_MAX_H)
        text_w = width - (self.logo_size[0] + GAP if self.logo else 0)

        def wrap(text: str, fnt: str, size: float, grey: bool = False, w: float = text_w) -> list[_Line]:
            return [_Line(t, fnt, size, grey) for t in simpleSplit(text, fnt, size, w)]

        self.centre_block: list[_Line] = []
        if header.centre.name.strip():
            self.centre_block += wrap(header.centre.name.strip(), font_bold, 9.5)
        for line in header.centre_lines():
            self.centre_block += wrap(line, font, 7.5, grey=True)
        self.project_block: list[_Line] = []
        for i, line in enumerate(header.project_lines()):
            self.project_block += wrap(line, font_bold if i == 0 else font, 8 if i == 0 else 7.5, i > 0, width)
        centre_h = max(self.logo_size[1], sum(x.leading for x in self.centre_block))
        project_h = sum(x.leading for x in self.project_block)
        parts = [h for h in (self.strip_size[1], centre_h, project_h) if h > 0]
        self.height = sum(parts) + GAP * (len(parts) - 1) + (GAP + 1 if parts else 0)

    def draw(self, canvas: Any, x: float, top: float) -> None:  # a reportlab Canvas
        """Paint the header with its top-left corner at (``x``, ``top``)."""
        if not self.height:
            return
        canvas.saveState()
        y = top
        if self.strip:
            w, h = self.strip_size
            canvas.drawImage(self.strip, x + (self.width - w) / 2, y - h, w, h, mask="auto")
            y -= h + GAP
        block_h = max(self.logo_size[1], sum(x_.leading for x_ in self.centre_block))
        text_x = x
        if self.logo:
            w, h = self.logo_size
            canvas.drawImage(self.logo, x, y - h, w, h, mask="auto")
            text_x = x + w + GAP
        self._lines(canvas, self.centre_block, text_x, y)
        if block_h:
            y -= block_h + GAP
        self._lines(canvas, self.project_block, x, y)
        y -= sum(x_.leading for x_ in self.project_block)
        canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
        canvas.setLineWidth(0.5)
        canvas.line(x, y - 1, x + self.width, y - 1)
        canvas.restoreState()

    @staticmethod
    def _lines(canvas: Any, lines: list[_Line], x: float, top: float) -> None:
        y = top
        for line in lines:
            y -= line.leading
            canvas.setFont(line.font, line.size)
            canvas.setFillColorRGB(*((0.35, 0.35, 0.35) if line.grey else (0, 0, 0)))
            canvas.drawString(x, y + (line.leading - line.size) * 0.6, line.text)


def header_painter(header: PageHeader | None, width: float, font: str, font_bold: str
                   ) -> tuple[float, Callable[[object, float, float], None]]:
    """(height, paint(canvas, x, top)) for a header; (0, no-op) without one."""
    if header is None:
        return 0.0, lambda *_: None
    layout = HeaderLayout(header, width, font, font_bold)
    return layout.height, layout.draw
