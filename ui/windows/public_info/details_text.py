"""What the file of a 544 request shows, as „label: value” rows (only what is known)."""

from __future__ import annotations

from datetime import date

from cic_desktop.domain.dates_ro import fmt, fmt_long
from cic_desktop.dto_public_info import InfoRequestDetails
from cic_desktop.labels import (
    DELIVERY_MODE,
    DELIVERY_PREFERENCE,
    EXEMPT_LETTERS,
    INFO_CHANNEL,
    INFO_DOMAIN,
    PERSON_KIND,
    REFUSAL_REASON,
    SEND_CHANNEL,
    DeliveryMode,
    DeliveryPreference,
    InfoChannel,
    InfoDomain,
    PersonKind,
    RefusalReason,
    SendChannel,
)

Rows = list[tuple[str, str]]


def _d(value: date | None) -> str:
    return fmt(value) if value else ""


def _keep(rows: Rows) -> Rows:
    return [(label, value) for label, value in rows if value]


def _lei(amount: object) -> str:
    return f"{amount} lei".replace(".", ",")


def deadline_rows(d: InfoRequestDetails) -> Rows:
    e = d.entry
    notice = ""
    if d.notice_sent_on:
        notice = f"trimisă la {fmt(d.notice_sent_on)}" + (" (după termen)" if d.notice_late else "")
    return _keep(
        [
            ("Termen de răspuns", fmt_long(e.legal_deadline) if e.legal_deadline else ""),
            ("Notificare de prelungire până la", fmt_long(d.notice_deadline)),
            ("Notificare de prelungire", notice),
            ("Refuz motivat până la (5 zile de la primire)", fmt_long(d.refusal_deadline)),
            ("Redirecționare până la", fmt_long(d.redirect_deadline)),
        ]
    )


def request_rows(d: InfoRequestDetails) -> Rows:
    e = d.entry
    domain = INFO_DOMAIN[InfoDomain(d.domain)]
    if d.domain_other:
        domain += f" – {d.domain_other}"
    return _keep(
        [
            ("Înregistrată la", fmt_long(e.registered_on)),
            ("Primită la", _d(e.received_on) if e.received_on != e.registered_on else ""),
            ("Modalitatea de adresare", INFO_CHANNEL[InfoChannel(d.channel)]),
            ("Informația solicitată", e.subject),
            ("Domeniul de interes", domain),
            ("Compartimentul", d.department_name),
            ("Observații", d.notes),
        ]
    )


def person_rows(d: InfoRequestDetails) -> Rows:
    return _keep(
        [
            ("Nume și prenume / denumire", d.entry.correspondent_name),
            ("Tip solicitant", PERSON_KIND[PersonKind(d.requester_kind)]),
            ("Adresa", d.requester_address),
            ("E-mail", d.requester_email),
            ("Dorește răspunsul", DELIVERY_PREFERENCE[DeliveryPreference(d.delivery_preference)]),
            ("Adresa pentru răspuns", d.delivery_address),
        ]
    )


def outcome_rows(d: InfoRequestDetails) -> Rows:
    refusal = ""
    if d.refusal_reason:
        refusal = REFUSAL_REASON[RefusalReason(d.refusal_reason)]
        if d.exempt_letter:
            refusal += (
                f", art. 12 alin. (1) lit. {d.exempt_letter}) – {EXEMPT_LETTERS[d.exempt_letter]}"
            )
    copies = ""
    if d.copies_pages:
        copies = (
            f"{d.copies_pages} pagini, predate la {_d(d.copies_handed_on)}; de plată "
            f"{_lei(d.amount_due)}, încasat {_lei(d.amount_collected)}"
        )
    sent = ""
    if d.sent_on:
        channel = SEND_CHANNEL[SendChannel(d.sent_channel)] if d.sent_channel else ""
        sent = f"{fmt(d.sent_on)}, {channel}"
    return _keep(
        [
            ("Răspuns nr.", d.answer_number),
            ("Data răspunsului", _d(d.answered_on)),
            ("Răspuns parțial", "da" if d.partial else ""),
            ("Informații nefurnizate", d.withheld_items),
            (
                "Modul de comunicare",
                DELIVERY_MODE[DeliveryMode(d.delivery_mode)] if d.delivery_mode else "",
            ),
            ("Motivul respingerii", refusal),
            ("Motivarea refuzului", d.refusal_text),
            ("Redirecționată către", d.redirected_to),
            ("Redirecționată la", _d(d.redirected_on)),
            ("Reîncadrată ca petiție la", _d(d.reclassified_on)),
            ("Copii", copies),
            ("Expediat", sent),
        ]
    )


def annulment_rows(d: InfoRequestDetails) -> Rows:
    e = d.entry
    if e.status != "annulled":
        return []
    return _keep([("Anulată la", _d(e.annulled_on)), ("Motivul", e.annul_reason or "")])
