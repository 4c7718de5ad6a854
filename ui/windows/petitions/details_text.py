"""What the file of a petition shows, as „label: value” rows (only what is known)."""

from __future__ import annotations

from datetime import date

from cic_desktop.domain.dates_ro import count_ro, days_ro, fmt, fmt_long
from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.labels import (
    FILING_REASON,
    PERSON_KIND,
    PETITION_CHANNEL,
    PETITION_KIND,
    PETITION_OUTCOME,
    SEND_CHANNEL,
    FilingReason,
    PersonKind,
    PetitionChannel,
    PetitionKind,
    PetitionOutcome,
    SendChannel,
)

Rows = list[tuple[str, str]]


def _d(value: date | None) -> str:
    return fmt(value) if value else ""


def _keep(rows: Rows) -> Rows:
    return [(label, value) for label, value in rows if value]


def state_text(d: PetitionDetails) -> str:
    if d.is_annulled:
        return "ANULAT"
    if d.state == "joined" and d.joined_to_number:
        return f"{d.state_label} la nr. {d.joined_to_number}"
    return d.state_label


def deadline_rows(d: PetitionDetails) -> Rows:
    e = d.entry
    extension = ""
    if d.extension_days:
        extension = (
            f"prelungit cu {days_ro(d.extension_days)} (art. 9), decis la "
            f"{_d(d.extension_decided_on)}, aprobat de {d.extension_approved_by}"
        )
        if d.extension_reason:
            extension += f"; motiv: {d.extension_reason}"
    return _keep(
        [
            ("Termen legal de răspuns", fmt_long(e.legal_deadline) if e.legal_deadline else ""),
            ("Termen inițial (30 de zile)", _d(d.base_legal_deadline) if d.extension_days else ""),
            ("Prelungire", extension),
            ("Țintă internă", fmt_long(e.internal_target) if e.internal_target else ""),
            ("Termen intern al compartimentului", _d(d.internal_deadline)),
        ]
    )


def petition_rows(d: PetitionDetails) -> Rows:
    e = d.entry
    source = d.source_institution
    if source and d.source_reference:
        source += f", nr. {d.source_reference}"
    return _keep(
        [
            ("Înregistrată la", fmt_long(e.registered_on)),
            ("Primită la", _d(e.received_on) if e.received_on != e.registered_on else ""),
            ("Tipul petiției", PETITION_KIND[PetitionKind(d.kind)]),
            ("Modalitatea de primire", PETITION_CHANNEL[PetitionChannel(d.channel)]),
            ("Transmisă de", source),
            ("Obiectul", e.subject),
            ("Domeniul", d.domain_name),
            (
                "Număr de file și anexe",
                f"{count_ro(d.pages, 'filă', 'file')}, {count_ro(d.annexes, 'anexă', 'anexe')}",
            ),
            ("Observații", d.notes),
            ("Înregistrare importată", "da, dintr-un registru vechi" if e.imported else ""),
        ]
    )


def person_rows(d: PetitionDetails) -> Rows:
    name = d.entry.correspondent_name or "(anonim: fără date de identificare)"
    kind = PERSON_KIND.get(PersonKind(d.petitioner_kind), "") if d.petitioner_kind else ""
    return _keep(
        [
            ("Nume / denumire", name),
            ("Tip", kind),
            ("Adresa", d.petitioner_address),
            ("E-mail", d.petitioner_email),
        ]
    )


def workflow_rows(d: PetitionDetails) -> Rows:
    filing = ""
    if d.filing_reason:
        filing = FILING_REASON[FilingReason(d.filing_reason)]
        if d.filing_note:
            filing += f" – {d.filing_note}"
        filing += f", la {_d(d.filed_on)}"
    forwarded = f"{d.forwarded_to}, la {_d(d.forwarded_on)}" if d.forwarded_to else ""
    return _keep(
        [
            ("Stare", state_text(d)),
            ("Compartimentul", d.department_name),
            ("Repartizată la", _d(d.assigned_on)),
            ("Redirecționată către", forwarded),
            ("Conexată la nr.", d.joined_to_number),
            ("Petiții conexate la aceasta", ", ".join(d.joined_here)),
            ("Clasată", filing),
        ]
    )


def answer_rows(d: PetitionDetails) -> Rows:
    outcome = PETITION_OUTCOME[PetitionOutcome(d.outcome)] if d.outcome else ""
    sent = ""
    if d.sent_on:
        channel = SEND_CHANNEL[SendChannel(d.sent_channel)] if d.sent_channel else ""
        sent = f"{_d(d.sent_on)}, {channel}"
        if d.registered_mail_no:
            sent += f", recomandata nr. {d.registered_mail_no}"
    return _keep(
        [
            ("Nr. și data răspunsului", d.answer_number),
            ("Modul de soluționare", outcome),
            ("Temei legal", d.legal_basis),
            ("Rezumatul răspunsului", d.answer_summary),
            ("Semnează primarul", d.signatory_mayor),
            ("Semnează șeful compartimentului", d.signatory_head),
            ("Expediată", sent),
        ]
    )


def annulment_rows(d: PetitionDetails) -> Rows:
    if not d.is_annulled:
        return []
    return _keep(
        [
            ("Anulată la", _d(d.entry.annulled_on)),
            ("Motivul", d.entry.annul_reason or ""),
        ]
    )
