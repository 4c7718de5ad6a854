"""Importing a historic 544 register (SPEC §1.9 columns, §6 numbering): round trip with the export,
all-or-nothing rejection with row numbers, historic rows flagged, verbal rows into the verbal log."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from cic_desktop.audit_verify import verify_audit
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput, TariffData
from cic_desktop.importing.issues import ImportRejectedError
from cic_desktop.importing.public_info_import import check_public_info_file, import_public_info
from cic_desktop.registers.public_info_register import COLUMNS, VERBAL_COLUMNS
from cic_desktop.render.xlsx.public_info_export import export_public_info_xlsx
from db.models import AuditEvent, InfoRequest, RegistryEntry, VerbalRequest
from tests.cic_desktop.petitions.conftest import petition
from tests.conftest import configure

D = date(2025, 3, 10)


def request(**changes: object) -> InfoRequestInput:
    base = dict(
        information="Copia contractului de salubrizare",
        channel="electronic",
        domain="public_money",
        delivery_preference="email",
        name="Ioana Răducanu",
        email="ioana@example.ro",
    )
    base.update(changes)
    return InfoRequestInput(**base)  # type: ignore[arg-type]


def build_small_year(core: CicCore, clock: FixedClock) -> dict[str, int]:
    clock.advance_to(D)
    pi = core.public_info
    pi.add_tariff(TariffData(date(2025, 1, 1), Decimal("0.60"), "Dispoziția nr. 40/2025"))
    ids = {
        "fav": pi.register(request(channel="paper", name="Ion Popescu", address="Str. Morii 3")).id,
        "ext": pi.register(request(requester_kind="legal", name="Asociația Civica")).id,
        "exempt": pi.register(request(information="Fișele medicale ale angajaților")).id,
        "none": pi.register(request(requester_kind="public_body", name="Consiliul Județean")).id,
        "redir": pi.register(request(domain="other", domain_other="starea pădurilor")).id,
        "partial": pi.register(request(domain="duties", information="Lista beneficiarilor")).id,
        "annul": pi.register(request(information="Înregistrată din greșeală")).id,
        "open": pi.register(request(domain="regulations", information="Regulamentul pieței")).id,
    }
    pi.log_verbal(requester_kind="natural", domain="duties", outcome="answered_on_spot")
    pi.log_verbal(
        requester_kind="legal",
        domain="law_544",
        outcome="sent_to_written",
        name="SC Exemplu SRL",
        written_entry_id=ids["ext"],
    )
    clock.advance_to(date(2025, 4, 20))
    pi.answer(
        ids["fav"],
        answered_on=date(2025, 3, 14),
        delivery_mode="paper",
        copies_pages=25,
        amount_collected=Decimal("10.00"),
    )
    pi.send_extension_notice(ids["ext"], date(2025, 3, 18))
    pi.answer(ids["ext"], answered_on=date(2025, 4, 2), delivery_mode="electronic")
    pi.refuse(ids["exempt"], refused_on=date(2025, 3, 12), reason="exempt", exempt_letter="d")
    pi.refuse(ids["none"], refused_on=date(2025, 3, 12), reason="nonexistent")
    pi.redirect(ids["redir"], "Direcția Silvică Argeș", date(2025, 3, 14))
    pi.answer(
        ids["partial"],
        answered_on=date(2025, 3, 19),
        delivery_mode="electronic",
        partial=True,
        withheld_items="CNP-urile beneficiarilor",
    )
    pi.annul(ids["annul"], "Înregistrare dublă")
    late = pi.send_extension_notice(ids["open"], date(2025, 3, 24))
    assert late.notice_late
    return ids


def sheet_rows(path: Path, index: int = 0) -> list[tuple[object, ...]]:
    workbook = load_workbook(path)
    sheet = workbook.worksheets[index]
    return [tuple(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


@pytest.fixture
def exported(configured_core: CicCore, clock: FixedClock, tmp_path: Path) -> Path:
    build_small_year(configured_core, clock)
    path = tmp_path / "registru_544_2025.xlsx"
    export_public_info_xlsx(configured_core, 2025, path)
    return path


def fresh_core(tmp_path: Path, template_db: Path, name: str = "fresh") -> CicCore:
    import shutil

    path = tmp_path / f"{name}.sqlite"
    shutil.copyfile(template_db, path)
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(date(2025, 4, 20)))
    configure(core)
    return core


def write_register(path: Path, rows: list[dict[str, object]], *, columns=COLUMNS) -> Path:  # type: ignore[no-untyped-def]
    if path.suffix == ".csv":  # control characters cannot be written into an .xlsx
        lines = [";".join(columns)]
        lines += [";".join(str(r.get(label) or "") for label in columns) for r in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Registru 544 – anul 2024"])
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row.get(label) for label in columns])
    workbook.save(path)
    return path


def row(number: str = "5/04.03.2024", **cells: object) -> dict[str, object]:
    base: dict[str, object] = {
        "Nr. și data înregistrării": number,
        "Solicitant (nume și prenume / denumire)": "Ion Popescu",
        "Tip solicitant": "persoană fizică",
        "Adresa / e-mail pentru răspuns": "ion@example.ro",
        "Modalitatea de adresare": "pe suport electronic",
        "Informația solicitată (pe scurt)": "Bugetul local pe 2024",
        "Domeniul de interes": "Acte normative, reglementări",
        "Compartimentul / persoana care soluționează": "Contabilitate",
        "Nr. și data răspunsului": "5/08.03.2024",
        "Modul de soluționare": "favorabil",
        "Modul de comunicare a răspunsului": "electronic",
    }
    base.update(cells)
    return base


def count(core: CicCore, model) -> int:  # type: ignore[no-untyped-def]
    with core.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# -- round trip ------------------------------------------------------------------------------------


def test_round_trip_gives_the_same_register(
    exported: Path, tmp_path: Path, template_db: Path
) -> None:
    target = fresh_core(tmp_path, template_db)
    try:
        report = import_public_info(target, exported)
        assert report.saved and report.imported == 8 and report.verbal == 2
        assert report.annulled == 1
        again = tmp_path / "again.xlsx"
        export_public_info_xlsx(target, 2025, again)
        assert sheet_rows(again) == sheet_rows(exported)
        assert sheet_rows(again, 1) == sheet_rows(exported, 1)
        with target.read() as session:
            states = {
                e.number: r.state
                for e, r in session.execute(
                    select(RegistryEntry, InfoRequest).join(
                        InfoRequest, InfoRequest.entry_id == RegistryEntry.id
                    )
                )
            }
            entries = session.scalars(select(RegistryEntry)).all()
            assert all(e.imported and e.sequence_code is None for e in entries)
            exempt = session.get(InfoRequest, next(e.id for e in entries if e.number == 3))
            assert exempt is not None and exempt.exempt_letter == "d"
        assert states == {
            1: "answered",
            2: "answered",
            3: "refused",
            4: "refused",
            5: "redirected",
            6: "answered",
            7: "registered",
            8: "registered",
        }
        assert verify_audit(target.target).ok
        with target.read() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
        assert sum(1 for e in events if e.entity == "registry_entry" and e.entity_id) == 8
        assert sum(1 for e in events if e.entity_id is None) == 1
        # The next registration continues after the highest imported number.
        nxt = target.public_info.register(request(information="Prima solicitare nouă"))
        assert nxt.entry.number == 9
    finally:
        target.close()


def test_check_reports_without_saving(exported: Path, tmp_path: Path, template_db: Path) -> None:
    target = fresh_core(tmp_path, template_db)
    try:
        report = check_public_info_file(target, exported)
        assert not report.saved and report.imported == 8
        assert report.lines()[0].startswith("Se pot importa 8 solicitări scrise")
        assert count(target, RegistryEntry) == 0 and count(target, VerbalRequest) == 0
    finally:
        target.close()


def test_importing_twice_is_refused(exported: Path, tmp_path: Path, template_db: Path) -> None:
    target = fresh_core(tmp_path, template_db)
    try:
        import_public_info(target, exported)
        with pytest.raises(ImportRejectedError) as caught:
            import_public_info(target, exported)
        assert "există deja în registrul solicitărilor" in str(caught.value)
        assert count(target, RegistryEntry) == 8
    finally:
        target.close()


# -- rejections (nothing written) ------------------------------------------------------------------


def _rejected(core: CicCore, path: Path) -> str:
    with pytest.raises(ImportRejectedError) as caught:
        import_public_info(core, path)
    assert count(core, RegistryEntry) == 0 and count(core, VerbalRequest) == 0
    return str(caught.value)


@pytest.fixture
def core24(configured_core: CicCore, clock: FixedClock) -> CicCore:
    clock.advance_to(date(2025, 2, 1))
    return configured_core


def test_missing_required_column(core24: CicCore, tmp_path: Path) -> None:
    columns = tuple(c for c in COLUMNS if c != "Modalitatea de adresare")
    path = write_register(tmp_path / "r.xlsx", [row()], columns=columns)
    text = _rejected(core24, path)
    assert "Rândul 2, coloana „Modalitatea de adresare”: Lipsește această coloană" in text


def test_bad_date(core24: CicCore, tmp_path: Path) -> None:
    path = write_register(
        tmp_path / "r.xlsx", [row(), row("6/31.02.2024", **{"Nr. și data răspunsului": ""})]
    )
    text = _rejected(core24, path)
    assert "Rândul 4, coloana „Nr. și data înregistrării”" in text


def test_duplicate_number_in_file(core24: CicCore, tmp_path: Path) -> None:
    path = write_register(tmp_path / "r.xlsx", [row(), row()])
    text = _rejected(core24, path)
    assert "Rândul 4" in text and "apare de două ori în fișier (și pe rândul 3)" in text


@pytest.mark.parametrize(
    ("cells", "column", "words"),
    [
        ({"Modalitatea de adresare": "porumbel"}, "Modalitatea de adresare", "nu este recunoscut"),
        ({"Tip solicitant": "extraterestru"}, "Tip solicitant", "nu este recunoscut"),
        ({"Informația solicitată (pe scurt)": "x" * 2001}, "Informația solicitată", "2000"),
        ({"Solicitant (nume și prenume / denumire)": "Ion\x07"}, "Solicitant", "de control"),
    ],
)
def test_row_errors(
    core24: CicCore, tmp_path: Path, cells: dict[str, object], column: str, words: str
) -> None:
    path = write_register(tmp_path / "r.csv", [row("4/04.03.2024"), row(**cells)])
    text = _rejected(core24, path)
    line = next(x for x in text.splitlines() if x.startswith("– Rândul 3"))
    assert column in line and words in line


# -- numbering -------------------------------------------------------------------------------------


def test_number_of_another_register_is_accepted_duplicate_in_544_refused(
    core24: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    clock.advance_to(date(2025, 1, 6))
    taken = core24.petitions.register(petition(subject="Drumul comunal")).entry.number
    assert taken == 1
    clock.advance_to(date(2025, 2, 1))
    path = write_register(
        tmp_path / "r.xlsx",
        [row("1/08.01.2025", **{"Nr. și data răspunsului": "1/10.01.2025"})],
    )
    report = import_public_info(core24, path)
    assert report.imported == 1
    assert any(
        "folosit și în „Registrul de evidență a petițiilor”" in w.text() for w in report.warnings
    )
    again = write_register(
        tmp_path / "r2.xlsx",
        [row("1/09.01.2025", **{"Nr. și data răspunsului": "1/10.01.2025"})],
    )
    with pytest.raises(ImportRejectedError, match="există deja"):
        import_public_info(core24, again)


def test_next_number_after_highest_imported_and_gaps_reported(
    core24: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    path = write_register(
        tmp_path / "r.xlsx",
        [
            row("3/04.01.2025", **{"Nr. și data răspunsului": "3/08.01.2025"}),
            row("40/20.01.2025", **{"Nr. și data răspunsului": "40/22.01.2025"}),
        ],
    )
    report = import_public_info(core24, path)
    assert report.years[0].missing[:3] == (1, 2, 4)
    assert "lipsesc numerele 1, 2, 4–39" in "\n".join(report.lines())
    created = core24.public_info.register(request())
    assert created.entry.number == 41


# -- historic rows ---------------------------------------------------------------------------------


def test_historic_rows_flagged_not_rejected(core24: CicCore, tmp_path: Path) -> None:
    path = write_register(
        tmp_path / "r.xlsx",
        [
            row(
                "1/04.03.2024",
                **{
                    "Modul de soluționare": "respins – informații exceptate",
                    "Modul de comunicare a răspunsului": None,
                    "Nr. și data răspunsului": "1/06.03.2024",
                },
            ),
            row(
                "2/04.03.2024",
                **{
                    "Compartimentul / persoana care soluționează": None,
                    "Nr. și data răspunsului": "2/05.03.2024",
                    "Termen de răspuns": date(2024, 3, 30),
                    "Reclamație administrativă / plângere în instanță": "reclamație respinsă",
                },
            ),
            row(
                "3/04.03.2024",
                **{
                    "Modul de soluționare": "redirecționat către ANAF",
                    "Nr. și data răspunsului": "3/07.03.2024",
                    "Modul de comunicare a răspunsului": None,
                    "Notificare prelungire (nr./data)": "3/05.03.2024",
                },
            ),
        ],
    )
    report = import_public_info(core24, path)
    assert report.imported == 3 and report.flagged_incomplete == 2
    text = "\n".join(report.lines())
    assert "diferă de cel calculat" in text and "nu se creează înregistrări" in text
    with core24.read() as session:
        requests = {
            e.number: r
            for e, r in session.execute(
                select(RegistryEntry, InfoRequest).join(
                    InfoRequest, InfoRequest.entry_id == RegistryEntry.id
                )
            )
        }
        assert requests[1].flagged_incomplete and requests[1].exempt_letter is None
        assert requests[1].refusal_reason == "exempt" and requests[1].state == "refused"
        assert requests[2].flagged_incomplete and "reclamație respinsă" in requests[2].notes
        assert requests[3].redirected_to == "ANAF" and requests[3].state == "redirected"
        assert requests[3].redirected_on == date(2024, 3, 7)
        assert requests[3].notice_sent_on == date(2024, 3, 5) and not requests[3].notice_late


def test_reclassified_rows_are_skipped(core24: CicCore, tmp_path: Path) -> None:
    path = write_register(
        tmp_path / "r.xlsx",
        [
            row("1/04.03.2024"),
            row("2/04.03.2024", **{"Modul de soluționare": "reîncadrat ca petiție"}),
        ],
    )
    report = import_public_info(core24, path)
    assert report.imported == 1 and report.skipped == 1
    assert any("reîncadrată ca petiție" in w.text() for w in report.warnings)


def test_verbal_rows_go_to_the_verbal_log(core24: CicCore, tmp_path: Path) -> None:
    path = write_register(
        tmp_path / "r.xlsx",
        [
            row("1/04.03.2024"),
            row(
                "2/05.03.2024",
                **{
                    "Modalitatea de adresare": "verbal",
                    "Nr. și data răspunsului": None,
                    "Modul de comunicare a răspunsului": "verbal",
                },
            ),
        ],
    )
    report = import_public_info(core24, path)
    assert report.imported == 1 and report.verbal == 1
    verbal = core24.public_info.verbal_requests(2024)
    assert len(verbal) == 1 and verbal[0].asked_on == date(2024, 3, 5)
    assert verbal[0].domain == "regulations" and verbal[0].name == "Ion Popescu"
    with core24.read() as session:
        assert session.scalar(select(func.count()).select_from(RegistryEntry)) == 1
    assert verify_audit(core24.target).ok


def test_verbal_sheet_alone(core24: CicCore, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    verbal = workbook.create_sheet("Solicitări verbale")
    verbal.append(["Solicitări verbale – anul 2024"])
    verbal.append(list(VERBAL_COLUMNS))
    verbal.append([1, date(2024, 5, 2), "persoană juridică", "Altele: pășuni", "răspuns pe loc"])
    path = tmp_path / "v.xlsx"
    workbook.save(path)
    report = import_public_info(core24, path)
    assert report.imported == 0 and report.verbal == 1
    (item,) = core24.public_info.verbal_requests(2024)
    assert item.requester_kind == "legal" and item.domain == "other" and "pășuni" in item.note
