"""Importing historic registers: forgiving reading, all-or-nothing checks with row numbers."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PersonData
from cic_desktop.importing.petitions_import import (
    ImportRejectedError,
    check_petitions_file,
    import_petitions,
    read_petitions_file,
)
from cic_desktop.registers.petitions_register import (
    COL_ADDRESS,
    COL_ANSWER,
    COL_CHANNEL,
    COL_DEADLINE,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_EXTENSION,
    COL_INDEX,
    COL_KIND,
    COL_LINK,
    COL_NOTES,
    COL_NUMBER,
    COL_OUTCOME,
    COL_PETITIONER,
    COL_SENT,
    COL_SUBJECT,
    COLUMNS,
)
from db.models import AuditEvent, Person, Petition, RegistryEntry
from tests.cic_desktop.excel.files import line, write_csv, write_xlsx
from tests.cic_desktop.petitions.conftest import petition


def _nothing_written(core: CicCore) -> bool:
    with core.read() as session:
        entries = session.scalar(select(func.count()).select_from(RegistryEntry))
        imports = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "import")
        )
        people = session.scalar(select(func.count()).select_from(Person))
    return entries == imports == people == 0


def _rejected(core: CicCore, path: Path) -> list[tuple[int | None, str]]:
    with pytest.raises(ImportRejectedError) as caught:
        import_petitions(core, path)
    assert _nothing_written(core)
    assert caught.value.message_ro.startswith(f"Fișierul „{path.name}” nu a fost importat")
    return [(e.row_number, e.column) for e in caught.value.errors]


GOOD = [line("1/05.01.2026"), line("2/05.01.2026", **{COL_PETITIONER: "Ana Pop"})]


@pytest.mark.parametrize(
    ("bad", "column", "message"),
    [
        (
            {COL_SENT: "31.02.2026", COL_ANSWER: "3/20.01.2026", COL_OUTCOME: "favorabil"},
            COL_SENT,
            "nu există",
        ),
        ({COL_NUMBER: "3/5 ian 2026"}, COL_NUMBER, "nu este un număr de înregistrare"),
        ({COL_KIND: "plângere"}, COL_KIND, "Tipul petiției „plângere” nu este recunoscut"),
        ({COL_CHANNEL: "fax"}, COL_CHANNEL, "nu este recunoscut"),
        (
            {COL_SUBJECT: "x" * 100_000},
            COL_SUBJECT,
            "are 100000 de caractere; sunt permise cel mult 2000",
        ),
        ({COL_PETITIONER: "Ion\x07 Pop"}, COL_PETITIONER, "caractere de control"),
        ({COL_SUBJECT: "Cerere\x00"}, COL_SUBJECT, "caractere de control"),
        ({COL_SUBJECT: ""}, COL_SUBJECT, "Completați"),
        ({COL_LINK: "conexat la 99/01.01.2026"}, COL_LINK, "nu există nici în fișier"),
        ({COL_EXTENSION: "da"}, COL_EXTENSION, "scrieți și data"),
        ({COL_NOTES: "ANULAT – "}, COL_NOTES, "motivul anulării"),
        ({COL_NUMBER: "3/05.01.2027"}, COL_NUMBER, "este în viitor"),
    ],
)
def test_one_bad_row_rejects_the_whole_file(
    petitions_core: CicCore, tmp_path: Path, bad: dict[str, object], column: str, message: str
) -> None:
    path = write_csv(tmp_path / "registru.csv", [*GOOD, line("3/05.01.2026", **bad)])
    with pytest.raises(ImportRejectedError) as caught:
        import_petitions(petitions_core, path)
    assert [(e.row_number, e.column) for e in caught.value.errors] == [(4, column)]
    assert message in caught.value.errors[0].message_ro
    assert "Rândul 4, coloana" in caught.value.message_ro
    assert _nothing_written(petitions_core)


def test_a_missing_required_column_is_named(petitions_core: CicCore, tmp_path: Path) -> None:
    columns = [c for c in COLUMNS if c != COL_KIND]
    path = write_csv(tmp_path / "fara-tip.csv", GOOD, columns=columns)
    assert _rejected(petitions_core, path) == [(1, COL_KIND)]


def test_duplicates_within_the_file_and_against_the_database(
    petitions_core: CicCore, tmp_path: Path
) -> None:
    petitions_core.petitions.register(petition())  # 1/27.11.2026, issued by the app
    rows = [
        line("1/05.01.2026"),
        line("2/05.01.2026"),
        line("2/06.01.2026"),  # same number, same year
        line("2/06.01.2025"),  # another year: fine
    ]
    path = write_csv(tmp_path / "dubluri.csv", rows)
    with pytest.raises(ImportRejectedError) as caught:
        import_petitions(petitions_core, path)
    errors = caught.value.errors
    assert [(e.row_number, e.column) for e in errors] == [(4, COL_NUMBER)]
    assert "apare de două ori în fișier (și pe rândul 3)" in errors[0].message_ro
    path = write_csv(tmp_path / "dublura-bd.csv", [rows[0], rows[1]])
    with pytest.raises(ImportRejectedError) as caught:
        import_petitions(petitions_core, path)
    assert [(e.row_number, e.message_ro) for e in caught.value.errors] == [
        (2, "Petiția nr. 1 din anul 2026 există deja în baza de date.")
    ]
    assert len(petitions_core.registry.entries("petitions")) == 1


def test_every_problem_is_listed_at_once(petitions_core: CicCore, tmp_path: Path) -> None:
    rows = [
        line("1/05.01.2026", **{COL_KIND: "?"}),
        line("2/05.01.2026"),
        line("x", **{COL_CHANNEL: ""}),
    ]
    errors = _rejected(petitions_core, write_csv(tmp_path / "r.csv", rows))
    assert errors == [(2, COL_KIND), (4, COL_NUMBER), (4, COL_CHANNEL)]


def test_a_file_not_in_utf8_gets_a_clear_message(petitions_core: CicCore, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "vechi.csv",
        [line("1/05.01.2026", **{COL_PETITIONER: "Ștefan Șerban"})],
        bom=False,
        encoding="cp1250",
    )
    with pytest.raises(ImportRejectedError) as caught:
        import_petitions(petitions_core, path)
    message = caught.value.message_ro
    assert "„vechi.csv” nu este în codificarea UTF-8" in message
    assert "«CSV UTF-8" in message and "linia 1" in message  # the header's „ş”
    assert _nothing_written(petitions_core)


@pytest.mark.parametrize(
    ("delimiter", "bom"), [(";", True), (";", False), (",", True), (",", False)]
)
def test_csv_with_either_delimiter_with_or_without_bom(
    petitions_core: CicCore, tmp_path: Path, delimiter: str, bom: bool
) -> None:
    rows = [line("1/05.01.2026", **{COL_SUBJECT: "Drum, pod; șanț", COL_EXTENSION: "nu"})]
    path = write_csv(tmp_path / "r.csv", rows, delimiter=delimiter, bom=bom)
    parsed = read_petitions_file(path)
    assert parsed.ok and [r.subject for r in parsed.rows] == ["Drum, pod; șanț"]


def test_a_historic_workbook_with_gaps_and_missing_details(
    petitions_core: CicCore, tmp_path: Path
) -> None:
    core = petitions_core
    core.people.save(PersonData("natural", "Ion Pop", "Sat Izvoare nr. 1"))
    headers = [
        "nr crt",
        "NR. SI DATA INREGISTRARII",
        "Petiţionar (nume şi prenume – denumire)",
        "  tip   petiționar ",
        *COLUMNS[4:],
    ]
    rows = [
        line(
            "1/05.01.2026",
            **{
                COL_INDEX: 1,
                COL_SENT: datetime(2026, 1, 20),
                COL_ANSWER: "1/19.01.2026",
                COL_OUTCOME: "Favorabil",
            },
        ),
        line("2/05.01.2026", **{COL_INDEX: 2, COL_DOMAIN: "", COL_DEPARTMENT: "", COL_ADDRESS: ""}),
        line("3/06.01.2026", **{COL_LINK: "Conexată la nr. 2/05.01.2026", COL_DEPARTMENT: ""}),
        line(
            "4/07.01.2026",
            **{COL_KIND: "RECLAMAȚIE", COL_CHANNEL: "E-MAIL", COL_DEADLINE: "01.02.2026"},
        ),
        line(
            "6/2026-01-08", **{COL_LINK: "redirectionata catre Primăria Oradea", COL_DEPARTMENT: ""}
        ),
        line(
            "7/09/01/2026".replace("/09/01/", "/09.01."),
            **{COL_EXTENSION: "Da – până la 24.02.2026"},
        ),
        line(
            "8/12.01.2026",
            **{
                COL_LINK: "clasata - anonima",
                COL_PETITIONER: "",
                COL_ADDRESS: "",
                COL_DEPARTMENT: "",
            },
        ),
        line(
            "13/15.01.2026",
            **{
                COL_NOTES: "Anulat – greșeală de înregistrare",
                COL_DEPARTMENT: "Compartiment desființat",
            },
        ),
        line("14/15.01.2026", **{COL_NOTES: "ANULAT - greșeală de înregistrare"}),
    ]
    path = write_xlsx(
        tmp_path / "registru 2026.xlsx", rows, headers=headers, title="Registru petiții 2026"
    )
    before = check_petitions_file(core, path)
    assert not before.saved and _nothing_written_but_the_person(core)
    report = import_petitions(core, path)
    assert report.imported == 9
    assert [y.missing_text for y in report.years] == ["lipsesc numerele 5, 9–12"]
    assert (report.flagged_incomplete, report.people_linked, report.annulled) == (1, 1, 1)
    text = "\n".join(report.lines())
    assert "Anul 2026: 9 petiții, numerele 1–14; lipsesc numerele 5, 9–12." in text
    assert "Termenul din fișier (01.02.2026) diferă de cel calculat de program (09.02.2026)" in text
    assert "Compartimentul „Compartiment desființat” (rândul 11) nu există" in text
    numbers = {e.number: e.id for e in core.registry.entries("petitions", 2026)}
    details = {n: core.petitions.details(i) for n, i in numbers.items()}
    assert (details[1].state, details[1].sent_on, details[1].answered_on) == (
        "sent",
        date(2026, 1, 20),
        date(2026, 1, 19),
    )
    assert details[1].person_id is not None and details[2].flagged_incomplete
    assert details[3].joined_to_id == numbers[2]
    assert (details[4].kind, details[4].channel) == ("complaint", "email")
    assert (details[6].state, details[6].forwarded_to) == ("forwarded", "Primăria Oradea")
    assert (details[7].extension_days, details[7].entry.legal_deadline) == (15, date(2026, 2, 24))
    assert (details[8].state, details[8].filing_reason) == ("filed", "anonymous")
    assert not details[13].is_annulled and details[13].notes == "Anulat – greșeală de înregistrare"
    assert details[14].entry.annul_reason == "greșeală de înregistrare"
    assert all(d.entry.imported for d in details.values())
    # Today is 27.11.2026: the general sequence goes on after 14.
    assert core.petitions.register(petition()).entry.number == 15


def _nothing_written_but_the_person(core: CicCore) -> bool:
    with core.read() as session:
        return session.scalar(select(func.count()).select_from(RegistryEntry)) == 0


def test_text_and_real_dates_in_a_date_column(petitions_core: CicCore, tmp_path: Path) -> None:
    answered = {COL_ANSWER: "{n}/20.01.2026", COL_OUTCOME: "parțial"}
    sent = ["21.01.2026", "21/01/2026", "2026-01-21", datetime(2026, 1, 21), date(2026, 1, 21)]
    rows = [
        line(f"{n}/05.01.2026", **{k: v.format(n=n) for k, v in answered.items()}, **{COL_SENT: s})
        for n, s in enumerate(sent, start=1)
    ]
    parsed = read_petitions_file(write_xlsx(tmp_path / "date.xlsx", rows))
    assert parsed.ok, parsed.errors
    assert {r.sent_on for r in parsed.rows} == {date(2026, 1, 21)}
    assert {r.outcome for r in parsed.rows} == {"partial"}


def test_a_file_without_a_header_row(petitions_core: CicCore, tmp_path: Path) -> None:
    path = tmp_path / "altceva.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(ImportRejectedError, match="Nu am găsit rândul de antet"):
        import_petitions(petitions_core, path)
    old = tmp_path / "vechi.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportRejectedError, match="Formatul vechi .xls"):
        import_petitions(petitions_core, old)


def test_a_petitioner_merged_into_another_record_links_to_the_kept_one(
    petitions_core: CicCore, tmp_path: Path
) -> None:
    core = petitions_core
    core.petitions.register(petition(name="Ion Pop", address="Sat Izvoare nr. 1"))
    core.petitions.register(petition(name="Ion Pop", address="Str. Morii nr. 3"))
    with core.read() as session:
        ids = {p.address: p.id for p in session.scalars(select(Person))}
    kept, merged = ids["Str. Morii nr. 3"], ids["Sat Izvoare nr. 1"]
    core.person_file.merge(kept, merged)
    path = write_xlsx(tmp_path / "vechi.xlsx", [line("20/05.01.2026")])

    report = import_petitions(core, path)

    assert (report.people_linked, report.people_created) == (1, 0)
    entry_id = next(e.id for e in core.registry.entries("petitions", 2026) if e.number == 20)
    with core.read() as session:
        assert session.get(Petition, entry_id).person_id == kept  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(Person)) == 2
