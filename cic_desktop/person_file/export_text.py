"""The words and rows of the GDPR export, shared by the PDF and the Excel workbook."""

from __future__ import annotations

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.labels import PERSON_KIND
from cic_desktop.person_file.model import PersonCase, PersonFile

TITLE = "Datele cu caracter personal deținute despre persoana vizată"
INTRO = (
    "Extras întocmit la cererea de acces a persoanei vizate (art. 15 din Regulamentul (UE) "
    "2016/679): datele ei așa cum sunt ținute de {institution} în registrele centrului de "
    "informare pentru cetățeni, cazurile înregistrate de la ea și înregistrările unite."
)
CASE_HEADERS = (
    "Registrul",
    "Nr. și data",
    "Obiectul",
    "Starea",
    "Termen legal",
    "Răspuns / expediere",
)


def _day(value: object) -> str:
    return fmt(value) if value else ""  # type: ignore[arg-type]


def person_lines(file: PersonFile) -> list[tuple[str, str]]:
    p = file.person
    lines = [
        ("Nr. în evidență", str(p.id)),
        ("Tipul", file.kind_label),
        ("Nume și prenume / denumire", p.name),
        ("Adresa", p.address),
        ("E-mail", p.email),
        ("Telefon", p.phone),
        ("Înregistrată în evidență la", _day(file.created_at.date())),
    ]
    if file.updated_at:
        lines.append(("Ultima modificare", _day(file.updated_at.date())))
    return lines


def answer_text(case: PersonCase) -> str:
    parts = []
    if case.answered_on:
        parts.append(f"răspuns {fmt(case.answered_on)}")
    if case.sent_on:
        parts.append(f"expediat {fmt(case.sent_on)}")
    return ", ".join(parts)


def case_row(case: PersonCase) -> tuple[str, ...]:
    return (
        case.register_label,
        case.number_text,
        case.subject,
        case.state_label,
        _day(case.legal_deadline),
        answer_text(case),
    )


def merge_lines(file: PersonFile) -> list[list[tuple[str, str]]]:
    """One list of (label, value) per merged record: what it said when it was merged."""
    return [
        [
            ("Nr. în evidență", str(m.merged_id)),
            ("Tipul", PERSON_KIND.get(m.kind, m.kind)),  # type: ignore[call-overload]
            ("Nume și prenume / denumire", m.name),
            ("Adresa", m.address),
            ("E-mail", m.email),
            ("Telefon", m.phone),
            ("Unită cu nr.", str(m.kept_id)),
            ("Cazuri mutate", str(m.cases_moved)),
            ("Data unirii", f"{fmt(m.merged_at.date())}, ora {m.merged_at:%H:%M}"),
            ("Unită de", m.merged_by),
        ]
        for m in file.merges
    ]
