"""Bad input through the services (issue 6 points 16 and 17): refused at the field with a message,
exports that never fail on one bad cell already in the database, and search text that cannot break SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.domain.errors import ValidationFailed
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.services.layouts import load_layout
from coopdesk.services.monitoring_export import MonitoringExportService

JAN = ParticipantDraft(first_name="Jan", last_name="Łukasik", pesel="44051401359", town="Łódź")
ZOFIA = ParticipantDraft(first_name="Zofia", last_name="Żak", pesel="02270803624", town="Kraków")

CONTROL = "This field contains control or invisible characters."
ONE_LINE = "This field must be a single line."
LETTERS = "A name must contain letters."
NAME_CHARS = "A name may contain only letters, spaces, hyphens and apostrophes."
EMOJI_OR_MARKUP = "A name cannot contain emoji, symbols or markup such as <b>."


def refusal(services, draft: ParticipantDraft) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as err:
        services.participants.create(draft)
    assert services.participants.count(ParticipantQuery()) == 0
    return [(i.field, i.render()) for i in err.value.issues]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": "Jan\x00"}, [("first_name", CONTROL)]),
        ({"last_name": "Łuka\x07sik"}, [("last_name", CONTROL)]),
        ({"last_name": "Łukasik\x1b[31m"}, [("last_name", CONTROL)]),
        ({"first_name": "Jan\nMaria"}, [("first_name", ONE_LINE)]),
        ({"town": "Łódź\nBałuty"}, [("town", ONE_LINE)]),
        ({"town": "Łódź\u2028Bałuty"}, [("town", ONE_LINE)]),
        ({"town": "Łó\x00dź"}, [("town", CONTROL)]),
        ({"email": "jan\x00@example.pl"}, [("email", CONTROL)]),
        ({"email": "jan@example.pl\r\nBcc: x@example.pl"}, [("email", ONE_LINE)]),
        ({"street": "Długa\u202e"}, [("street", CONTROL)]),  # right-to-left override
        ({"first_name": "\u200b\u200b"}, [("first_name", CONTROL)]),  # zero-width spaces only
        ({"first_name": "😀😀"}, [("first_name", EMOJI_OR_MARKUP)]),  # issue 7: said plainly
        ({"last_name": "---"}, [("last_name", LETTERS)]),
        ({"last_name": "' -"}, [("last_name", LETTERS)]),
        ({"last_name": "Łukasik 😀"}, [("last_name", EMOJI_OR_MARKUP)]),
        ({"last_name": "Łukasik; DROP"}, [("last_name", NAME_CHARS)]),
        ({"notes": "x" * 5_000_000}, [("notes", "At most 20000 characters.")]),
        ({"notes": "zapis\x00"}, [("notes", CONTROL)]),
        ({"street": "ulica " * 20_000}, [("street", "At most 150 characters.")]),
        ({"town": "T" * 101}, [("town", "At most 100 characters.")]),
        ({"email": "a" * 190 + "@example.pl"}, [("email", "At most 200 characters.")]),
        ({"first_name": "J" * 101}, [("first_name", "At most 100 characters.")]),
    ],
)
def test_bad_text_is_refused_at_its_field(coordinator, changes, expected):
    assert refusal(coordinator, replace(JAN, **changes)) == expected


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Zażółć", "Gęślą-Jaźń"),
        ("Seán", "O'Brien"),
        ("Jean-Luc", "D’Artagnan"),
        ("María José", "García Márquez"),
        ("Олена", "Шевченко"),
        ("Ζωή", "Παπαδοπούλου"),
        ("Z\u0307ofia", "Z\u0307ak"),  # letters with combining dots (pasted decomposed text)
        ("明", "王"),
    ],
)
def test_names_in_any_alphabet_are_accepted(coordinator, first, last):
    saved = coordinator.participants.create(replace(JAN, first_name=first, last_name=last))
    assert (saved.first_name, saved.last_name) == (first, last)


def test_notes_keep_their_line_breaks_and_text_at_the_limits_is_accepted(coordinator):
    notes = "Pierwsza linia\nDruga linia\r\n\tz wcięciem\n" + "x" * 100
    saved = coordinator.participants.create(
        replace(JAN, notes=notes, street="S" * 150, town="T" * 100, email="a" * 189 + "@example.pl",
                last_name="Ł" * 100)
    )
    assert saved.notes == notes.strip().replace("\r\n", "\n")  # Windows line ends become one
    assert (len(saved.street), len(saved.town), len(saved.email), len(saved.last_name)) == (150, 100, 200, 100)


def test_a_pesel_in_other_digits_is_read_as_ascii_or_refused(coordinator):
    from coopdesk.services.participants import DuplicateFound

    jan = coordinator.participants.create(JAN)
    # full-width digits (a Japanese or Chinese keyboard) are the same PESEL: before, a second Jan was saved
    with pytest.raises(DuplicateFound) as err:
        coordinator.participants.create(replace(JAN, pesel="４４０５１４０１３５９"), confirm_duplicates=True)
    assert [r.id for r in err.value.check.same_pesel] == [jan.id]
    with pytest.raises(ValidationFailed) as refused:
        coordinator.participants.create(replace(JAN, pesel="٤٤٠٥١٤٠١٣٥٩"))  # Arabic-Indic digits
    assert [(i.field, i.render()) for i in refused.value.issues] == [("pesel", "PESEL must have exactly 11 digits.")]


def test_line_breaks_pasted_into_notes_become_plain_line_breaks(coordinator):
    # Word's manual line break is a vertical tab; old Macs wrote \r; U+2028 is the Unicode line separator
    saved = coordinator.participants.create(replace(JAN, notes="jeden\x0bdwa\rtrzy\u2028cztery\r\npięć"))
    assert saved.notes == "jeden\ndwa\ntrzy\ncztery\npięć"


def test_a_bad_proof_document_is_refused_at_categories(coordinator):
    from coopdesk.domain.records import CategoryAssignment

    category = coordinator.dictionaries.categories()[0]
    draft = replace(JAN, categories=(CategoryAssignment(category.id, "PUP\x00 1/2026", date(2026, 1, 5)),))
    assert refusal(coordinator, draft) == [("categories", CONTROL)]


# --- exports never fail on one bad cell --------------------------------------------------------------------

def _consented(services, *drafts):
    people = [services.participants.create(d) for d in drafts]
    for p in people:
        services.consents.set(
            ConsentRecord(p.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 2, 3), date(2027, 12, 31)))
    return people


def _corrupt(services, participant_id: int, **values) -> None:
    """Write values that validation refuses straight into the table (data saved by an older version)."""
    with services.db.session(services.ctx.actor) as s:
        s.execute(update(ParticipantTable).where(ParticipantTable.id == participant_id).values(**values))


def test_the_lead_partner_export_survives_illegal_characters_in_the_database(coordinator, tmp_path):
    jan, zofia = _consented(coordinator, JAN, ZOFIA)
    _corrupt(coordinator, jan.id, last_name="Łuka\x07sik", street="Długa\x00\x1b 5", town="=1+2",
             gmina="@SUM(1)", powiat="x" * 40_000)
    out = tmp_path / "uczestnicy.xlsx"
    result = MonitoringExportService(coordinator.db, coordinator.ctx).export(out, "plain")
    assert result.people == 2

    ws = load_workbook(out)[load_layout("plain").sheet.name]
    header = [c.value for c in ws[1]]
    rows = {r[header.index("Imię")].value: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2)}
    jan_row = rows["Jan"]
    assert jan_row["Nazwisko"].value == "Łukasik"
    assert jan_row["Ulica"].value == "Długa 5"
    # text that looks like a formula stays text: the lead partner's Excel never runs it
    assert (jan_row["Adres – miejscowość"].value, jan_row["Adres – miejscowość"].data_type) == ("=1+2", "s")
    assert jan_row["Adres – gmina"].data_type == "s"
    assert len(jan_row["Adres – powiat"].value) == 32_767  # Excel's limit per cell (openpyxl cuts longer text)
    assert rows["Zofia"]["Nazwisko"].value == "Żak"


# --- search text that cannot break SQL ---------------------------------------------------------------------

def _names(services, text: str) -> list[str]:
    query = ParticipantQuery(text=text)
    rows = services.participants.list_page(query)
    assert services.participants.count(query) == len(rows)
    assert [r.last_name for r in services.participants.list_window(query, 1)] == [r.last_name for r in rows[1:]]
    return [r.last_name for r in rows]


def test_a_1200_word_query_searches_its_first_words(coordinator):
    jan, _ = coordinator.participants.create(JAN), coordinator.participants.create(ZOFIA)
    # before: sqlite3.OperationalError "Expression tree is too large (maximum depth 1000)"
    assert _names(coordinator, " ".join(["jan"] * 1200)) == ["Łukasik"]
    assert _names(coordinator, " ".join(["jan"] * 8 + ["zofia"] * 1192)) == ["Łukasik"]
    assert coordinator.participants.position(ParticipantQuery(text="jan " * 1200), jan.id) == 0


def test_a_100000_character_query_does_not_fail(coordinator):
    coordinator.participants.create(JAN)
    # before: sqlite3.OperationalError "LIKE or GLOB pattern too complex"
    assert _names(coordinator, "ł" * 100_000) == []
    assert _names(coordinator, "4" * 100_000) == []
    assert _names(coordinator, "łukasik" + " " * 100_000) == ["Łukasik"]
    assert _names(coordinator, "łukasik " + "x" * 100_000) == []


def test_a_nul_in_the_query_no_longer_matches_everyone(coordinator):
    coordinator.participants.create(JAN)
    coordinator.participants.create(ZOFIA)
    # before: the pattern ended at the NUL, "%" matched every row
    assert _names(coordinator, "\x00zzz") == []
    assert _names(coordinator, "ża\x00k") == ["Żak"]
