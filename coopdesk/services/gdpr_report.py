"""The Article 15 GDPR report of one person as a PDF (A4, reportlab, DejaVu fonts for Polish letters).

The report is a document for a Polish data subject, so its text is Polish and written here directly
(it is not interface text). Every style sets its font: reportlab's default Helvetica loses ą ę ł ń ś ź ż.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from coopdesk.db.protection import CODED_FIELDS, declarations
from coopdesk.domain.formats import format_date, format_datetime, format_local_datetime
from coopdesk.domain.gdpr import ConsentPurpose, Pending, PersonRetention, consent_state
from coopdesk.domain.protection import polish_labels, read_labels_pl, report_fields
from coopdesk.domain.records import ParticipationDraft
from coopdesk.resources import resource_path
from coopdesk.services import pl_terms as pl
from coopdesk.services.gdpr import JournalLine, PersonReport
from coopdesk.services.printout import PageHeader, header_painter

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

# Polish labels of the participant's fields and of their rows' columns, the fields a "read" entry lists
# (special-category data shown to a user, in short form), and the fields of the personal-data section:
# all declared beside the tables (coopdesk/db/tables.py; coopdesk/domain/protection.py).
FIELDS_PL: dict[str, str] = polish_labels(declarations())
READ_FIELDS_PL: dict[str, str] = read_labels_pl(declarations())
_RECORD_FIELDS: tuple[str, ...] = report_fields(declarations())
# A participation's lines (the participations table's columns marked for the report, in table order) and
# its supports' columns: both tables are declared with art15_section "participations".
_PARTICIPATION_FIELDS: tuple[str, ...] = tuple(
    name for table in declarations().values() if table.art15_section == "participations"
    for name, column in table.columns.items() if column.art15)
_SUPPORT_FIELDS: tuple[str, ...] = ("form", "support_start", "support_end")

# Polish words of the coded values; which column stores which enum is declared beside the tables.
_TERMS: dict[type, Mapping[Any, str]] = pl.by_enum()
_CODED = {name: (_TERMS[enum], enum) for name, enum in CODED_FIELDS.items() if enum in _TERMS}
ACTIONS_PL = {
    "create": "Utworzenie", "update": "Zmiana", "delete": "Usunięcie",
    "read": "Wgląd w dane wrażliwe", "restore": "Przywrócenie wartości",
}
_LEGAL_BASIS = (
    "Dane uczestnika projektu przetwarzamy w celu realizacji projektu współfinansowanego ze środków "
    "Unii Europejskiej (Europejski Fundusz Społeczny Plus): rekrutacji, udzielania wsparcia, "
    "monitorowania, sprawozdawczości, ewaluacji, kontroli i archiwizacji. Podstawą prawną jest "
    "art. 6 ust. 1 lit. c i e RODO w związku z przepisami o realizacji programów polityki spójności "
    "(ustawa wdrożeniowa na lata 2021–2027) oraz rozporządzeniami (UE) 2021/1060 i 2021/1057; dane "
    "szczególnych kategorii (np. niepełnosprawność) – art. 9 ust. 2 lit. g RODO. Zgoda nie jest "
    "podstawą tego przetwarzania."
)
_CONSENT_BASIS = (
    "Na podstawie odrębnych, dobrowolnych zgód (art. 6 ust. 1 lit. a RODO) przetwarzamy dane w celach "
    "wymienionych w części „Zgody”. Zgodę można wycofać w każdej chwili; wycofanie nie wpływa na "
    "zgodność z prawem przetwarzania dokonanego przed jej wycofaniem."
)
_RIGHTS = (
    "Przysługuje Pani/Panu prawo dostępu do danych i otrzymania ich kopii, prawo do sprostowania danych, "
    "do usunięcia danych lub ograniczenia przetwarzania (w zakresie, w jakim nie stoi temu na przeszkodzie "
    "obowiązek przechowywania dokumentacji projektu), prawo do wniesienia sprzeciwu oraz prawo wniesienia "
    "skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa)."
)
_RECIPIENTS = (
    "Odbiorcami danych mogą być: instytucja zarządzająca i pośrednicząca programem (w tym w systemie "
    "teleinformatycznym CST2021 / SM EFS), podmioty prowadzące kontrole, audyty i ewaluację oraz partner "
    "wiodący projektu – w zakresie danych monitorowania, na podstawie tych samych przepisów (nie zgody)."
)


def register_fonts() -> None:
    """Register the bundled DejaVu fonts once (resources/fonts; license text next to them)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resource_path("fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, textColor=colors.grey),
        "h": ParagraphStyle("h", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                            spaceBefore=10, spaceAfter=5),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                                spaceAfter=0),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.grey),
    }


def _d(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_local_datetime(value)
    return format_date(value)


def _local(at: datetime) -> datetime:
    """Journal times are UTC; the report shows local time."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def field_value(name: str, value: object) -> str:
    """A record field as the report writes it (coded values in Polish words)."""
    if value is None or value == "":
        return ""
    if name in _CODED:
        table, enum = _CODED[name]
        try:
            return pl.term(table, enum(value))
        except ValueError:
            return str(value)
    if isinstance(value, date):
        return _d(value)
    if value in ("true", "false", True, False):
        return "tak" if value in ("true", True) else "nie"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return _d(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def field_label(journal_field: str, action: str = "") -> str:
    """``category:BEZR.proof_date`` -> "Kategoria BEZR – Data dokumentu"."""
    if not journal_field:
        return ""
    head, _, attribute = journal_field.partition(".")
    child, _, key = head.partition(":")
    if child == "category":
        label = f"Kategoria {key}"
    elif child == "consent":
        try:
            label = f"Zgoda: {pl.PURPOSE[ConsentPurpose(key)]}"
        except ValueError:
            label = f"Zgoda: {key}"
    elif child == "share":
        label = f"Udostępnienie sprawy: {key}"
    elif child == "stage_history":
        label = "Historia etapów"
    elif child == "participation":
        label = "Udział w projekcie"
    elif child == "support":
        label = "Wsparcie"
    else:
        if action == "read":
            return ", ".join(READ_FIELDS_PL.get(f, FIELDS_PL.get(f, f)) for f in journal_field.split(","))
        return FIELDS_PL.get(journal_field, journal_field)
    return f"{label} – {FIELDS_PL.get(attribute, attribute)}" if attribute else label


def journal_value(field: str, text: str | None, lookups: dict[str, dict[str, str]] | None = None) -> str:
    """A journal value: JSON objects of created/deleted rows become "Pole: wartość" lines.

    ``lookups`` names referenced records (e.g. ``{"project_id": {"3": "OWES-2026"}}``).
    """
    if not text:
        return ""
    lookups = lookups or {}

    def one(name: str, value: object) -> str:
        named = lookups.get(name, {}).get(str(value))
        return named if named else field_value(name, value)

    attribute = field.partition(".")[2] or field
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            return text
        if isinstance(data, dict):
            return "; ".join(f"{FIELDS_PL.get(k, k)}: {one(k, v)}" for k, v in data.items())
    return one(attribute, text)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _h(text: str, st: dict[str, ParagraphStyle], room: float = 35 * mm) -> list[Flowable]:
    """A section heading that never ends a page alone (a page break first when less than ``room`` is left)."""
    return [CondPageBreak(room), _p(text, st["h"])]


def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle], header: bool = True) -> Table:
    data = [
        [_p(str(v), st["cellb"] if header and i == 0 else st["cell"]) for v in row]
        for i, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B0B0B0")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")))
    table.setStyle(TableStyle(style))
    return table


def build_story(r: PersonReport, controller: str = "") -> list[Flowable]:
    """The report's content; ``controller``: the data controller line from the page header (printout.py)."""
    st = _styles()
    p = r.person
    width = A4[0] - 36 * mm
    story: list[Flowable] = [
        _p("Informacja o przetwarzanych danych osobowych", st["title"]),
        _p("(art. 15 RODO – prawo dostępu osoby, której dane dotyczą)", st["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    who = f"{p.first_name} {p.last_name}".strip()
    facts = [
        ["Osoba", who],
        ["Identyfikator w systemie", p.uuid],
        ["Administrator danych", controller or r.centre_name or "ośrodek prowadzący projekt"],
        ["Data sporządzenia", _d(r.generated_on)],
        ["Sporządził(a)", r.generated_by],
    ]
    if r.anonymised_at:
        facts.append(["Dane zanonimizowane", _d(_local(r.anonymised_at))])
    story.append(_table(facts, [0.3 * width, 0.7 * width], st, header=False))

    story += [*_h("1. Cele i podstawy prawne przetwarzania", st), _p(_LEGAL_BASIS, st["body"]),
              _p(_CONSENT_BASIS, st["body"])]

    story += _h("2. Dane osobowe", st)
    rows = [["Pole", "Wartość"]]
    rows += [[FIELDS_PL[f], field_value(f, getattr(p, f))] for f in _RECORD_FIELDS]
    rows.append(["Doradca prowadzący", p.advisor_name])
    story.append(_table(rows, [0.38 * width, 0.62 * width], st))

    story += _participations(p.participations, r.lookups, st, width)

    story += _h("4. Przesłanki zagrożenia wykluczeniem i dokumenty potwierdzające", st)
    if p.categories:
        rows = [["Kod", "Kategoria", "Dokument potwierdzający", "Data dokumentu"]]
        rows += [[c.category_code, c.category_name, c.proof_document, _d(c.proof_date)] for c in p.categories]
        story.append(_table(rows, [0.1 * width, 0.45 * width, 0.3 * width, 0.15 * width], st))
    else:
        story.append(_p("Brak.", st["body"]))

    story += _h("5. Historia etapów udziału", st)
    if p.stage_history:
        rows = [["Data", "Etap", "Zmienił(a)", "Uwaga"]]
        rows += [[_d(h.changed_on), pl.term(pl.STAGE, h.stage), h.changed_by, h.note] for h in p.stage_history]
        story.append(_table(rows, [0.15 * width, 0.35 * width, 0.22 * width, 0.28 * width], st))
    else:
        story.append(_p("Brak.", st["body"]))

    story += _h("6. Zgody", st)
    rows = [["Cel", "Stan", "Wyrażona", "Ważna do", "Wycofana", "Uwagi"]]
    for purpose in ConsentPurpose:
        c = r.consents.get(purpose)
        state = pl.term(pl.CONSENT_STATE, consent_state(c, r.generated_on))
        rows.append([pl.PURPOSE[purpose], state, _d(c.given_on) if c else "", _d(c.expires_on) if c else "",
                     _d(c.withdrawn_on) if c else "", c.note if c else ""])
    story.append(_table(rows, [0.23 * width, 0.14 * width, 0.14 * width, 0.14 * width, 0.14 * width,
                               0.21 * width], st))

    story += _retention(r.retention, r.retention_notes, st)

    story += _h("8. Odbiorcy danych", st)
    story.append(_p(_RECIPIENTS, st["body"]))
    if r.shared_with:
        story.append(_p("Sprawa jest udostępniona w ośrodku następującym osobom: " + ", ".join(r.shared_with)
                        + ".", st["body"]))

    if r.journal:
        rows = [["Kiedy", "Kto", "Czynność", "Czego dotyczy", "Zmiana"]]
        rows += [_journal_row(e, r.lookups) for e in r.journal]
        widths = [0.13 * width, 0.11 * width, 0.15 * width, 0.21 * width, 0.40 * width]
        first_rows = _table(rows[:2], widths, st).wrap(width, A4[1])[1]  # the heading keeps these with it
        story += _h("9. Historia zmian i wglądu w dane (dziennik zdarzeń)", st, first_rows + 15 * mm)
        story.append(_table(rows, widths, st))
    else:
        story += _h("9. Historia zmian i wglądu w dane (dziennik zdarzeń)", st)
        story.append(_p("Brak wpisów.", st["body"]))

    story += [*_h("10. Przysługujące prawa", st), _p(_RIGHTS, st["body"])]
    return story


def _participations(items: tuple[ParticipationDraft, ...], lookups: dict[str, dict[str, str]],
                    st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Section 3: each participation (person x project) with its project, the data at entry, the support
    forms, the exit and the employment after it - the lines the tables declare for the report."""
    story = _h("3. Udział w projektach", st)
    if not items:
        return [*story, _p("Brak.", st["body"])]
    for number, part in enumerate(items, 1):
        project = f"{part.project_code} – {part.project_name}" if part.project_code else "bez projektu"
        rows = [["Pole", "Wartość"]]
        for name in _PARTICIPATION_FIELDS:
            if name == "project_id":
                rows.append([FIELDS_PL[name], project])
                continue
            value = getattr(part, name, None)
            shown = lookups.get(name, {}).get(str(value)) or field_value(name, value)
            if name == "employment_fte" and value is not None:
                shown = f"{value:g}".replace(".", ",")
            if shown:
                rows.append([FIELDS_PL[name], shown])
        title = _p(f"Udział {number}: {project}", st["cellb"])
        story += [CondPageBreak(30 * mm), title, Spacer(1, 1.5 * mm),
                  _table(rows, [0.38 * width, 0.62 * width], st)]
        if part.supports:
            supports = [[FIELDS_PL[f] for f in _SUPPORT_FIELDS]]
            supports += [[field_value("form", x.form), _d(x.start_date), _d(x.end_date)] for x in part.supports]
            story += [Spacer(1, 1.5 * mm), _table(supports, [0.5 * width, 0.25 * width, 0.25 * width], st)]
        story.append(Spacer(1, 3 * mm))
    return story


def _retention(retention: PersonRetention | None, notes: dict[str, str],
               st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Section 7: the rule, each participation's keep-until date (or "not yet set"), and the outcome."""
    story = [*_h("7. Okres przechowywania", st), _p(
        "Dane przechowujemy przez okres archiwizacji dokumentacji projektu: liczony od 31 grudnia roku, w "
        "którym instytucja zarządzająca dokonała ostatniej płatności na rzecz projektu, i wynoszący 5 lat "
        "(10 lat, gdy projekt był objęty pomocą publiczną). Gdy uczestniczy Pani/Pan w kilku projektach, "
        "obowiązuje najpóźniejszy z tych terminów. Po nim dane identyfikujące zostaną usunięte, a zachowane "
        "zostaną wyłącznie dane statystyczne bez możliwości identyfikacji (rok urodzenia, płeć, gmina).",
        st["body"])]
    lines = []
    for item in retention.participations if retention else ():
        rule = item.project
        if rule is None:
            lines.append("udział bez projektu: termin nie został jeszcze ustalony (brak projektu)")
            continue
        if rule.keep_until is None or rule.base_date is None:
            text = (f"projekt {rule.code}: termin nie został jeszcze ustalony (nie jest jeszcze znana data "
                    "ostatniej płatności instytucji zarządzającej)")
        else:
            years = max(rule.years, rule.state_aid_years) if rule.state_aid else rule.years
            text = (f"projekt {rule.code}: do {_d(rule.keep_until)} ({years} lat od {_d(rule.base_date)}"
                    + (", pomoc publiczna" if rule.state_aid else "") + ")")
        if rule.legal_hold:
            text += "; usuwanie danych jest wstrzymane (blokada prawna)"
        if notes.get(rule.code):
            text += f"; podstawa: {notes[rule.code]}"
        lines.append(text)
    if lines:
        story.append(_p("\n".join(f"• {line}" for line in lines), st["body"]))
    if retention is not None and retention.keep_until is not None and retention.pending in (None, Pending.NOT_YET):
        story.append(_p(f"Dane przechowujemy do {_d(retention.keep_until)}.", st["body"]))
    elif retention is not None and retention.pending is Pending.LEGAL_HOLD:
        story.append(_p("Usuwanie danych jest wstrzymane do czasu zakończenia sprawy (blokada prawna).",
                        st["body"]))
    else:
        story.append(_p("Termin przechowywania nie został jeszcze ustalony; zostanie określony, gdy będzie "
                        "znana data ostatniej płatności w każdym projekcie, w którym Pani/Pan uczestniczy.",
                        st["body"]))
    return story


def _journal_row(e: JournalLine, lookups: dict[str, dict[str, str]]) -> list[str]:
    old, new = journal_value(e.field, e.old, lookups), journal_value(e.field, e.new, lookups)
    if e.action == "update" or e.action == "restore":
        change = f"było: {old or '(puste)'}\njest: {new or '(puste)'}"
    elif e.old is None and e.new is None and e.action in ("create", "update", "delete"):
        change = "(wartości usunięte z dziennika)"
    else:
        change = new or old
    return [format_datetime(e.at, seconds=True).replace(" ", "\n"), e.username, ACTIONS_PL.get(e.action, e.action), field_label(e.field, e.action), change]


def write_report(report: PersonReport, out: Path, header: PageHeader | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Path:
    """Render ``report`` to ``out``, each page under ``header`` (the centre and the person's project,
    services/printout.py). The caller writes to a temporary name (services/export_file.py).

    ``progress(done, total)`` as the report's parts are laid out; an exception it raises (a cancel), or
    any error, leaves no file at ``out``."""
    register_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    footer = f"Informacja art. 15 RODO – {report.person.uuid} – sporządzono {_d(report.generated_on)}"
    header_h, paint_header = header_painter(header, A4[0] - 36 * mm, FONT, FONT_BOLD)
    issuer = header.footer_text() if header else ""

    def on_page(canvas: Any, doc: Any) -> None:  # reportlab's Canvas and document
        paint_header(canvas, 18 * mm, A4[1] - 10 * mm)
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        if issuer:
            canvas.drawString(18 * mm, 13.5 * mm, issuer)
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Strona {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
        topMargin=(10 * mm + header_h + 4 * mm) if header_h else 16 * mm,
        bottomMargin=21 * mm if issuer else 18 * mm, title="Informacja art. 15 RODO",
        author=(header.controller_line if header else "") or report.centre_name or "coopdesk",
        subject=report.person.uuid,
    )
    parts = [0]  # how many flowables reportlab lays out (told once, before the first)
    if progress is not None:
        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                parts[0] = value
            elif kind == "PROGRESS":
                progress(value, parts[0])

        doc.setProgressCallBack(on_progress)
    try:
        doc.build(build_story(report, header.controller_line if header else ""), onFirstPage=on_page,
                  onLaterPages=on_page)
        if progress is not None:
            progress(parts[0], parts[0])  # the last moment a cancel is heard
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return out
