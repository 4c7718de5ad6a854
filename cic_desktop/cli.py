"""Headless commands (`cic-desktop check|deadline|demo`): the same services as the GUI, no Qt.

Exit codes: 0 ok, 1 problems found, 2 usage error. Commands that only read never create a database.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date

from cic_desktop import APP_NAME, __version__
from cic_desktop.cli_ro import RomanianArgumentParser
from cic_desktop.config import DbTarget, resolve_db_target
from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import fmt_long
from cic_desktop.errors import CicError, DatabaseFolderMissingError, ValidationError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
GUI_COMMANDS = frozenset({"gui"})
HEADLESS_COMMANDS = (
    "agenda",
    "audit",
    "backup",
    "check",
    "deadline",
    "demo",
    "export",
    "import",
    "report",
    "restore",
    "search",
    "selftest",
)


def command_of(args: Sequence[str]) -> str | None:
    """The subcommand named in args (skipping `--db VALUE`), or None to open the GUI."""
    skip = False
    for token in args:
        if skip:
            skip = False
            continue
        if token == "--db":
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser() -> RomanianArgumentParser:
    from cic_desktop.domain.deadlines import rule_codes

    parser = RomanianArgumentParser(
        prog="cic-desktop",
        description=f"{APP_NAME} {__version__} — registrele Centrului de Informații pentru Cetățeni. "
        "Fără comandă se deschide fereastra programului.",
    )
    db_help = (
        "baza de date: cale către un fișier SQLite sau URL (conține „://”), "
        "de ex. postgresql+psycopg://utilizator@server/cic; implicit variabila CIC_DB sau fișierul "
        "din dosarul de date al utilizatorului"
    )
    parser.add_argument("--db", metavar="CALE_SAU_URL", help=db_help)
    commands = parser.add_subparsers(
        dest="command", metavar="COMANDA", title="comenzi", parser_class=RomanianArgumentParser
    )
    check = commands.add_parser("check", help="verifică schema și integritatea bazei de date")
    check.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    deadline = commands.add_parser(
        "deadline",
        help="calculează termenul legal și ținta internă pentru o regulă",
        epilog="Reguli: " + ", ".join(rule_codes()),
    )
    deadline.add_argument("rule", metavar="REGULA", help="codul regulii, de ex. OG27_ANSWER_30")
    deadline.add_argument(
        "start",
        metavar="DATA",
        help="data de început (AAAA-LL-ZZ): data înregistrării sau, pentru "
        "544_REFUSAL_5, data primirii",
    )
    deadline.add_argument("--json", action="store_true", help="rezultatul în format JSON")
    deadline.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    demo = commands.add_parser("demo", help="creează o bază de date demonstrativă separată")
    demo.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    backup = commands.add_parser(
        "backup",
        help="face o copie de siguranță verificată (parola, dacă e cazul, din CIC_BACKUP_PASSWORD)",
    )
    backup.add_argument(
        "--to",
        metavar="DOSAR",
        default=None,
        help="dosarul (de ex. un stick USB); implicit dosarul backups de lângă baza de date",
    )
    backup.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    restore = commands.add_parser(
        "restore",
        help="restaurează baza de date dintr-o copie de siguranță (fișierul actual se păstrează)",
    )
    restore.add_argument("file", metavar="FISIER", help="copia de siguranță (.sqlite sau .cicbak)")
    restore.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    registers = ["petitii", "informatii", "audiente"]
    imp = commands.add_parser(
        "import", help="importă un registru (.xlsx sau .csv) în aceeași machetă"
    )
    imp.add_argument(
        "register", choices=registers, metavar="REGISTRU", help="petitii | informatii | audiente"
    )
    imp.add_argument("file", metavar="FISIER", help="fișierul .xlsx sau .csv (UTF-8)")
    imp.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    exp = commands.add_parser(
        "export", help="exportă registrul unui an (.xlsx) sau îl tipărește (.pdf)"
    )
    exp.add_argument(
        "register", choices=registers, metavar="REGISTRU", help="petitii | informatii | audiente"
    )
    exp.add_argument("--year", type=int, required=True, metavar="AN")
    exp.add_argument("--format", choices=["xlsx", "pdf"], required=True)
    exp.add_argument("--out", required=True, metavar="FISIER")
    exp.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    rep = commands.add_parser("report", help="raportul statutar (petiții: semestrial)")
    rep.add_argument(
        "register",
        choices=["petitii", "544", "audiente"],
        metavar="RAPORT",
        help="petitii (semestrial) | 544 (raportul anual de evaluare) | audiente (statistica)",
    )
    rep.add_argument("--year", type=int, required=True, metavar="AN")
    rep.add_argument(
        "--semester",
        type=int,
        choices=[1, 2],
        default=None,
        help="1 sau 2 (obligatoriu pentru petitii)",
    )
    rep.add_argument(
        "--month", type=int, default=None, metavar="LUNA", help="1–12 (opțional, pentru audiente)"
    )
    rep.add_argument("--format", choices=["xlsx", "pdf"], required=True)
    rep.add_argument("--out", required=True, metavar="FISIER")
    rep.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    agenda = commands.add_parser(
        "agenda", help="agenda zilei: ce e scadent, întârziat sau de expediat"
    )
    agenda.add_argument("--date", default=None, metavar="AAAA-LL-ZZ", help="ziua (implicit azi)")
    agenda.add_argument("--format", choices=["text", "pdf"], default="text")
    agenda.add_argument("--out", default=None, metavar="FISIER", help="fișierul PDF")
    agenda.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    audit = commands.add_parser("audit", help="jurnalul de audit")
    audit.add_argument(
        "action",
        choices=["verify"],
        metavar="verify",
        help="verify: verifică lanțul de audit și sigiliile înregistrărilor",
    )
    audit.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    search = commands.add_parser(
        "search", help="caută în toate registrele după număr, nume sau cuvinte din conținut"
    )
    search.add_argument(
        "text",
        nargs="+",
        metavar="TEXT",
        help="de ex. „stefan pop”, „123/2026”, „123/15.01.2026” (fără diacritice merge la fel)",
    )
    search.add_argument(
        "--limit", type=int, default=50, metavar="N", help="cel mult N rânduri pe registru"
    )
    search.add_argument("--db", metavar="CALE_SAU_URL", default=None, help=db_help, dest="db_sub")
    commands.add_parser("selftest", help="verifică rapid că programul funcționează")
    return parser


def _parse_iso(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "start", f"Data „{text}” nu este o dată validă în formatul AAAA-LL-ZZ."
        ) from None


def _target(args: object) -> DbTarget | None:
    value = getattr(args, "db_sub", None) or getattr(args, "db", None)
    return resolve_db_target(value) if value else None


def cmd_deadline(args: object, out: Callable[[str], None]) -> int:
    from cic_desktop.domain.deadlines import compute_deadline, get_rule
    from cic_desktop.storage import read_days_off

    rule = get_rule(args.rule)  # type: ignore[attr-defined]
    start = _parse_iso(args.start)  # type: ignore[attr-defined]
    target = _target(args)
    days_off = read_days_off(target) if target else {}
    result = compute_deadline(rule, start, WorkingCalendar(days_off))
    if args.json:  # type: ignore[attr-defined]
        out(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    out(f"Regula: {rule.code} – {rule.title_ro} ({rule.law_ro})")
    out(f"Data de început: {fmt_long(start)} – {rule.start_event.label_ro}")
    if result.earliest_allowed:
        out(f"Data cea mai apropiată permisă: {fmt_long(result.legal_deadline)}")
    else:
        out(f"Termen legal: {fmt_long(result.legal_deadline)}")
        assert result.internal_target is not None
        out(f"Țintă internă: {fmt_long(result.internal_target)}")
    out(result.explanation)
    return EXIT_OK


def cmd_check(args: object, out: Callable[[str], None]) -> int:
    from cic_desktop.storage import check_report

    target = _target(args) or resolve_db_target(None)
    report = check_report(target)
    for line in report.lines:
        out(line)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_demo(args: object, out: Callable[[str], None]) -> int:
    from cic_desktop.demo import create_demo_database

    started = time.perf_counter()
    target = _target(args)
    path, summary = create_demo_database(target)
    for line in summary:
        out(line)
    out(f"Baza de date demonstrativă a fost creată în {time.perf_counter() - started:.1f} s:")
    out(str(path))
    return EXIT_OK


def _open_core(args: object):  # type: ignore[no-untyped-def]
    from cic_desktop.core import CicCore

    core = CicCore.open(_target(args) or resolve_db_target(None), create=False)
    staff = core.settings.staff()
    if staff:
        core.set_current_user(staff[0].id)
    return core


def _counts_text(counts: dict[str, int]) -> str:
    from cic_desktop.labels import REGISTER, RegisterCode

    parts = [f"{REGISTER[RegisterCode(code)]}: {n}" for code, n in sorted(counts.items())]
    return "; ".join(parts) or "nicio înregistrare"


def cmd_backup(args: object, out: Callable[[str], None]) -> int:
    import os
    from pathlib import Path

    destination = Path(args.to) if args.to else None  # type: ignore[attr-defined]
    with _open_core(args) as core:
        info = core.backup.create(
            destination=destination, password=os.environ.get("CIC_BACKUP_PASSWORD") or None
        )
    counts = (
        ", ".join(f"{code}: {n}" for code, n in sorted(info.counts.items())) or "nicio înregistrare"
    )
    out(f"Copie de siguranță verificată{' și criptată' if info.encrypted else ''}: {info.path}")
    out(f"Înregistrări: {counts}.")
    return EXIT_OK


def cmd_restore(args: object, out: Callable[[str], None]) -> int:
    import os
    from pathlib import Path

    source = Path(args.file)  # type: ignore[attr-defined]
    if not source.is_file():
        raise ValidationError("file", f"Copia de siguranță „{source}” nu există.")
    password = os.environ.get("CIC_BACKUP_PASSWORD") or None
    with _open_core(args) as core:
        contents = core.backup.inspect(source, password)
        out(
            f"Copia din {contents.created_at:%d.%m.%Y %H:%M} conține: "
            + _counts_text(contents.counts)
            + "."
        )
        if contents.missing:
            out(
                f"Înregistrări făcute după copie, care lipsesc din ea ({len(contents.missing)}): "
                + "; ".join(contents.missing[:20])
                + ("; …" if len(contents.missing) > 20 else "")
            )
        result = core.backup.restore(source, password)
    out(f"Restaurare încheiată. Fișierul de dinainte a fost păstrat în: {result.safety_copy}")
    for gap in result.gaps:
        out(gap)
    return EXIT_OK


def _out_path(value: str):  # type: ignore[no-untyped-def]
    from pathlib import Path

    path = Path(value)
    if not path.parent.is_dir():
        raise ValidationError("out", f"Dosarul „{path.parent}” nu există.")
    return path


def _year(value: int) -> int:
    if not 1990 <= value <= 2100:
        raise ValidationError("year", f"Anul {value} nu este valid.")
    return value


def cmd_import(args: object, out: Callable[[str], None]) -> int:
    from pathlib import Path

    path = Path(args.file)  # type: ignore[attr-defined]
    if not path.is_file():
        raise ValidationError("file", f"Fișierul „{path}” nu există.")
    with _open_core(args) as core:
        if args.register == "audiente":  # type: ignore[attr-defined]
            report = core.audience_outputs.import_register(path)  # type: ignore[assignment]
        elif args.register == "informatii":  # type: ignore[attr-defined]
            from cic_desktop.importing.public_info_import import import_public_info

            report = import_public_info(core, path)
        else:
            from cic_desktop.importing.petitions_import import import_petitions

            report = import_petitions(core, path)  # type: ignore[assignment]
    for line in report.lines():
        out(line)
    return EXIT_OK


def cmd_export(args: object, out: Callable[[str], None]) -> int:
    year, path = _year(args.year), _out_path(args.out)  # type: ignore[attr-defined]
    register, fmt = args.register, args.format  # type: ignore[attr-defined]
    with _open_core(args) as core:
        if register == "audiente":
            core.audience_outputs.export_register(year, fmt, path)
            what = "exportat" if fmt == "xlsx" else "tipărit"
            out(f"Registrul de audiențe pe {year} a fost {what} în {path}.")
            return EXIT_OK
        if register == "informatii":
            from cic_desktop.render.xlsx.public_info_export import export_public_info_xlsx

            if fmt == "xlsx":
                rows = export_public_info_xlsx(core, year, path)
                out(
                    f"Registrul solicitărilor de informații pe {year} ({rows} rânduri) "
                    f"a fost exportat în {path}."
                )
            else:
                core.books.print_public_info_book(year, path, full_year=True)
                out(f"Registrul solicitărilor de informații pe {year} a fost tipărit în {path}.")
            return EXIT_OK
        from cic_desktop.render.xlsx.petitions_export import export_petitions_xlsx

        if fmt == "xlsx":
            rows = export_petitions_xlsx(core, year, path)
            out(f"Registrul de petiții pe {year} ({rows} rânduri) a fost exportat în {path}.")
        else:
            result = core.books.print_petitions_book(year, path, full_year=True)
            out(
                f"Registrul de petiții pe {year} a fost tipărit în {path} "
                f"(filele {result.first_page}–{result.last_page})."
            )
    return EXIT_OK


def cmd_report(args: object, out: Callable[[str], None]) -> int:
    year, path = _year(args.year), _out_path(args.out)  # type: ignore[attr-defined]
    if args.register == "audiente":  # type: ignore[attr-defined]
        with _open_core(args) as core:
            stats = core.audience_outputs.statistics_data(year, args.month)  # type: ignore[attr-defined]
            core.audience_outputs.statistics(year, args.format, path, args.month)  # type: ignore[attr-defined]
        out(
            f"Statistica audiențelor pe {stats.period} ({stats.total.signups} înscrieri) "
            f"a fost scrisă în {path}."
        )
        return EXIT_OK
    if args.register == "544":  # type: ignore[attr-defined]
        from cic_desktop.render.pdf.report_544 import write_report_544_pdf
        from cic_desktop.render.xlsx.report_544 import write_report_544_xlsx
        from cic_desktop.reports.report_544 import build_report_544

        with _open_core(args) as core:
            answers = core.public_info_outputs.report_answers(year)
            report = build_report_544(core, year, answers=answers)
        writer = write_report_544_xlsx if args.format == "xlsx" else write_report_544_pdf  # type: ignore[attr-defined]
        writer(report, path)
        for check in report.failed_checks():
            out(f"Atenție – verificare neîndeplinită: {check.label}: {check.detail}")
        for warning in report.warnings():
            out(f"Atenție – {warning}")
        out(f"Raportul de evaluare a Legii nr. 544/2001 pe {year} a fost scris în {path}.")
        return EXIT_OK
    from cic_desktop.render.pdf.semester_report import write_semester_report_pdf
    from cic_desktop.render.xlsx.semester_report import write_semester_report_xlsx
    from cic_desktop.reports.petitions_semester import build_semester_report

    if args.semester is None:  # type: ignore[attr-defined]
        raise ValidationError("semester", "Indicați semestrul: --semester 1 sau --semester 2.")
    with _open_core(args) as core:
        report = build_semester_report(core, year, args.semester)  # type: ignore[attr-defined]
    if args.format == "xlsx":  # type: ignore[attr-defined]
        write_semester_report_xlsx(report, path)
    else:
        write_semester_report_pdf(report, path)
    out(
        f"Raportul semestrial pe semestrul {args.semester} al anului {year} "  # type: ignore[attr-defined]
        f"a fost scris în {path}."
    )
    return EXIT_OK


def cmd_agenda(args: object, out: Callable[[str], None]) -> int:
    from cic_desktop.agenda.build import agenda_text, build_agenda

    day = _parse_iso(args.date) if args.date else None  # type: ignore[attr-defined]
    if args.format == "pdf" and not args.out:  # type: ignore[attr-defined]
        raise ValidationError("out", "Pentru --format pdf indicați fișierul cu --out.")
    with _open_core(args) as core:
        agenda = build_agenda(core, day)
        institution = core.settings.institution().display_name
    if args.format == "pdf":  # type: ignore[attr-defined]
        from cic_desktop.render.pdf.agenda import write_agenda_pdf

        path = write_agenda_pdf(agenda, institution, _out_path(args.out))  # type: ignore[attr-defined]
        out(f"Agenda zilei a fost scrisă în {path}.")
        return EXIT_OK
    for line in agenda_text(agenda):
        out(line)
    return EXIT_OK


def cmd_search(args: object, out: Callable[[str], None]) -> int:
    from cic_desktop.search.text import results_text

    text = " ".join(args.text)  # type: ignore[attr-defined]
    with _open_core(args) as core:
        results = core.search.find(text, args.limit)  # type: ignore[attr-defined]
    for line in results_text(results):
        out(line)
    return EXIT_OK if results.groups else EXIT_PROBLEMS


def cmd_audit(args: object, out: Callable[[str], None]) -> int:
    from cic_desktop.audit_verify import verify_audit

    report = verify_audit(_target(args) or resolve_db_target(None))
    for line in report.lines():
        out(line)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


COMMANDS: dict[str, Callable[[object, Callable[[str], None]], int]] = {
    "agenda": cmd_agenda,
    "audit": cmd_audit,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "deadline": cmd_deadline,
    "search": cmd_search,
    "demo": cmd_demo,
}


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def run_headless(argv: Sequence[str]) -> int:
    _utf8_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    handler = COMMANDS.get(args.command)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE

    def out(line: str) -> None:
        print(line, flush=True)

    try:
        return handler(args, out)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (ValidationError, DatabaseFolderMissingError) as err:
        print(f"Eroare: {err.message_ro}", file=sys.stderr)
        return EXIT_USAGE
    except CicError as err:
        print(f"Eroare: {err.message_ro}", file=sys.stderr)
        return EXIT_PROBLEMS
