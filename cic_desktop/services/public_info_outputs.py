"""What the 544 register hands out: the receipt, letters kept with the request, and the annual
report's answers stored per year."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop.domain.deadlines import get_rule
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_petitions import LetterData
from cic_desktop.errors import ValidationError
from cic_desktop.render.pdf.receipt import ReceiptData, build_receipt_pdf, receipt_text
from cic_desktop.reports.report_544 import Report544Answers
from cic_desktop.services import audit
from cic_desktop.services.case_steps import clean_letter_body, keep_letter
from cic_desktop.services.years import ensure_unlocked
from db.enums import AuditAction
from db.models import InfoRequest, Letter, RegistryEntry, ReportAnswers

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

DOCUMENT_TYPE = "cerere de informații de interes public (Legea nr. 544/2001)"
LETTER_KINDS_544 = (
    "answer",
    "extension_notice",
    "refusal",
    "redirect_notice",
    "reclassify_notice",
    "complaint_answer",
)
REPORT_544 = "report_544"


class PublicInfoOutputs:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- receipt -------------------------------------------------------------------------------

    def receipt(self, entry_id: int) -> ReceiptData:
        d = self._core.public_info.details(entry_id)
        delivery = (
            f"pe e-mail, la adresa {d.delivery_address}"
            if d.delivery_preference != "paper"
            else f"pe format de hârtie, la adresa {d.delivery_address}"
        )
        return ReceiptData(
            institution=self._core.settings.institution(),
            number_text=d.entry.number_text,
            registered_at=d.entry.created_at,
            document_type=DOCUMENT_TYPE,
            subject=d.entry.subject,
            petitioner=d.entry.correspondent_name,
            clerk=self._core.current_user_name,
            term_text=get_rule("544_ANSWER_10").receipt_term_ro,
            deadline=d.entry.legal_deadline if d.notice_sent_on is None else None,
            delivery=delivery,
            show_time=not d.entry.imported,
            person_label="Solicitant",
        )

    def print_receipt(self, entry_id: int, path: str | Path) -> Path:
        return build_receipt_pdf(self.receipt(entry_id), path)

    def receipt_text(self, entry_id: int) -> str:
        return receipt_text(self.receipt(entry_id))

    # -- letters kept with the request ---------------------------------------------------------

    def save_letter(self, entry_id: int, kind: str, body: str) -> LetterData:
        if kind not in LETTER_KINDS_544:
            raise ValidationError("kind", "Tip de scrisoare necunoscut.")
        body = clean_letter_body(body)
        stored_kind = f"info_{kind}"
        with self._core.write() as session:
            entry = session.get(RegistryEntry, entry_id)
            if entry is None or (
                kind != "complaint_answer" and session.get(InfoRequest, entry_id) is None
            ):
                raise ValidationError("entry", "Solicitarea nu există.")
            ensure_unlocked(session, entry.year)
            return keep_letter(session, self._core, entry_id, stored_kind, body, kind)

    def saved_letter(self, entry_id: int, kind: str) -> LetterData | None:
        with self._core.read() as session:
            row = session.execute(
                select(Letter).where(Letter.entry_id == entry_id, Letter.kind == f"info_{kind}")
            ).scalar_one_or_none()
            return (
                None
                if row is None
                else LetterData(row.id, kind, row.body, row.created_at, row.updated_at)
            )

    # -- the annual report's answers -----------------------------------------------------------

    def report_answers(self, year: int) -> Report544Answers:
        with self._core.read() as session:
            row = session.get(ReportAnswers, (REPORT_544, year))
        if row is None:
            return Report544Answers()
        data = json.loads(row.data_json)
        known = {f.name for f in fields(Report544Answers)}
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
        return Report544Answers(**values)

    def save_report_answers(self, year: int, answers: Report544Answers) -> Report544Answers:
        cleaned = {}
        for f in fields(Report544Answers):
            value = getattr(answers, f.name)
            if isinstance(value, str):
                value = clean_text(
                    value, field=f.name, label="Răspuns", max_length=4000, multiline=True
                )
            cleaned[f.name] = value
        clean = Report544Answers(**cleaned)
        with self._core.write() as session:
            row = session.get(ReportAnswers, (REPORT_544, year))
            payload = json.dumps(asdict(clean), ensure_ascii=False)
            if row is None:
                row = ReportAnswers(
                    report_code=REPORT_544,
                    year=year,
                    data_json=payload,
                    updated_at=self._core.clock.now(),
                    updated_by_id=self._core.current_user_id,
                )
                session.add(row)
            else:
                row.data_json, row.updated_at = payload, self._core.clock.now()
                row.updated_by_id = self._core.current_user_id
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="report_answers",
                entity_id=year,
                summary=f"Răspunsuri raport Legea nr. 544/2001 pe {year}",
            )
        return clean
