"""Demo data for the Legea 544 register: written requests through every outcome, the verbal log,
copying fees, complaints and a court case — registered day by day with the petitions."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput, TariffData

REQUESTS = [
    ("Copia contractului de salubrizare în vigoare și a anexelor sale.", "public_money"),
    ("Bugetul local pe anul în curs, pe capitole și subcapitole.", "public_money"),
    ("Lista autorizațiilor de construire emise în ultimele 6 luni.", "duties"),
    ("Numărul de posturi ocupate și vacante din aparatul de specialitate.", "duties"),
    ("Hotărârile consiliului local privind taxele locale pe anul viitor.", "regulations"),
    ("Declarațiile de avere și de interese ale primarului și viceprimarului.", "leaders"),
    ("Numele persoanei responsabile cu aplicarea Legii nr. 544/2001.", "law_544"),
    ("Programul de colectare a deșeurilor voluminoase.", "other"),
]
REQUESTERS = [
    ("Ioana Răducanu", "natural", "ioana.raducanu@example.ro", ""),
    ("Asociația „Comunitatea Activă”", "legal", "contact@comunitate-activa.example.ro", ""),
    ("Mihai Șerban", "natural", "", "Sat Valea Mare, nr. 12"),
    ("Ziarul Argeșul de Azi", "legal", "redactie@argesul.example.ro", ""),
    ("Cristina Oprea", "natural", "cristina.oprea@example.ro", ""),
]
REDIRECT_TO = ["Consiliul Județean Argeș", "Instituția Prefectului – Județul Argeș"]


@dataclass
class InfoStats:
    registered: int = 0
    answered: int = 0
    extended: int = 0
    refused: int = 0
    redirected: int = 0
    reclassified: int = 0
    verbal: int = 0
    complaints: int = 0
    plan: dict[date, list[tuple[str, int]]] = field(default_factory=dict)


def start(core: CicCore, first_day: date) -> InfoStats:
    core.public_info.add_tariff(
        TariffData(
            date(first_day.year, 1, 1),
            Decimal("0.50"),
            "Dispoziția primarului nr. 5/05.01 privind tariful de copiere (exemplu demonstrativ)",
        )
    )
    return InfoStats()


def day(core: CicCore, today: date, rng: random.Random, stats: InfoStats, next_working) -> None:  # type: ignore[no-untyped-def]
    """One working day: earlier requests move on, new ones come in, verbal ones are logged."""
    for action, entry_id in stats.plan.pop(today, []):
        _act(core, action, entry_id, today, rng, stats, next_working)
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        core.public_info.log_verbal(
            requester_kind=rng.choice(["natural", "natural", "legal"]),
            domain=rng.choice([d for _, d in REQUESTS]),
            outcome=rng.choice(["answered_on_spot", "answered_on_spot", "sent_to_written"]),
        )
        stats.verbal += 1
    if rng.random() < 0.35:
        information, domain = rng.choice(REQUESTS)
        name, kind, email, address = rng.choice(REQUESTERS)
        details = core.public_info.register(
            InfoRequestInput(
                information=information,
                channel="electronic" if email else "paper",
                domain=domain,
                domain_other="colectarea deșeurilor" if domain == "other" else "",
                delivery_preference="email" if email else "paper",
                requester_kind=kind,
                name=name,
                email=email,
                address=address,
                received_on=today - timedelta(days=rng.choice([0, 0, 2])),
            )
        )
        stats.registered += 1
        roll = rng.random()
        if roll < 0.55:
            action, when = "answer", today + timedelta(days=rng.randint(1, 8))
        elif roll < 0.7:
            action, when = "notice", today + timedelta(days=rng.randint(2, 7))
        elif roll < 0.8:
            action, when = "refuse", today + timedelta(days=rng.randint(0, 3))
        elif roll < 0.88:
            action, when = "redirect", today + timedelta(days=rng.randint(1, 4))
        elif roll < 0.93:
            action, when = "reclassify", today + timedelta(days=rng.randint(1, 4))
        else:
            action, when = "answer", (details.entry.legal_deadline or today) + timedelta(days=2)
        stats.plan.setdefault(next_working(when), []).append((action, details.id))


def _act(
    core: CicCore,
    action: str,
    entry_id: int,
    today: date,
    rng: random.Random,
    stats: InfoStats,
    next_working,
) -> None:  # type: ignore[no-untyped-def]
    service = core.public_info
    if action == "complaint":
        complaint = service.register_complaint(
            entry_id,
            summary="Reclamație administrativă împotriva refuzului (art. 21 din Legea nr. 544/2001).",
        )
        stats.complaints += 1
        stats.plan.setdefault(next_working(today + timedelta(days=7)), []).append(
            ("complaint_answer", complaint.entry.id)
        )
        return
    if action == "complaint_answer":
        service.answer_complaint(
            entry_id, outcome=rng.choice(["rejected", "favorable"]), answered_on=today
        )
        return
    current = service.details(entry_id)
    if not current.is_open:
        return
    if action == "answer":
        pages = rng.choice([0, 0, 0, 4, 12])
        service.answer(
            entry_id,
            answered_on=today,
            delivery_mode="electronic" if current.channel == "electronic" else "paper",
            copies_pages=pages,
            amount_collected=Decimal("0.50") * pages,
        )
        stats.answered += 1
        service.mark_sent(
            entry_id, sent_on=today, channel="email" if current.channel == "electronic" else "post"
        )
    elif action == "notice":
        service.send_extension_notice(entry_id, today)
        stats.extended += 1
        stats.plan.setdefault(next_working(today + timedelta(days=rng.randint(5, 15))), []).append(
            ("answer", entry_id)
        )
    elif action == "refuse":
        if rng.random() < 0.5:
            service.refuse(
                entry_id,
                refused_on=today,
                reason="exempt",
                exempt_letter="d",
                text="Informațiile conțin date cu caracter personal.",
            )
        else:
            service.refuse(entry_id, refused_on=today, reason="nonexistent")
        stats.refused += 1
        if rng.random() < 0.5:
            stats.plan.setdefault(next_working(today + timedelta(days=5)), []).append(
                ("complaint", entry_id)
            )
    elif action == "redirect":
        service.redirect(entry_id, rng.choice(REDIRECT_TO), today)
        stats.redirected += 1
    elif action == "reclassify":
        service.reclassify(entry_id, today)
        stats.reclassified += 1


def summary(stats: InfoStats) -> str:
    return (
        f"Solicitări de informații de interes public: {stats.registered} scrise (soluționate: "
        f"{stats.answered}, cu notificare de prelungire: {stats.extended}, respinse: "
        f"{stats.refused}, redirecționate: {stats.redirected}, reîncadrate ca petiții: "
        f"{stats.reclassified}), {stats.verbal} verbale, {stats.complaints} reclamații administrative"
    )
