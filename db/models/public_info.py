"""Requests for public information (Legea 544/2001), the verbal log, complaints, court cases."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class InfoRequest(Base):
    """The 544 details of a written request registered in the general registry."""

    __tablename__ = "info_request"
    __table_args__ = (Index("ix_info_request_state", "state"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"), primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    requester_kind: Mapped[str] = mapped_column(String(20))
    requester_email: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[str] = mapped_column(String(20))
    domain: Mapped[str] = mapped_column(String(20))
    domain_other: Mapped[str] = mapped_column(String(300), default="")
    delivery_preference: Mapped[str] = mapped_column(String(20))
    delivery_address: Mapped[str] = mapped_column(String(500), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    department_name: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20))
    notice_sent_on: Mapped[date | None]
    notice_late: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_on: Mapped[date | None]
    answer_number: Mapped[str] = mapped_column(String(60), default="")
    outcome: Mapped[str | None] = mapped_column(String(20))
    delivery_mode: Mapped[str | None] = mapped_column(String(20))
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    withheld_items: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str | None] = mapped_column(String(20))
    exempt_letter: Mapped[str | None] = mapped_column(String(2))
    refusal_text: Mapped[str] = mapped_column(Text, default="")
    redirected_to: Mapped[str] = mapped_column(String(300), default="")
    redirected_on: Mapped[date | None]
    reclassified_on: Mapped[date | None]
    copies_pages: Mapped[int] = mapped_column(Integer, default=0)
    copies_handed_on: Mapped[date | None]
    copy_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("copy_tariff.id"))
    amount_due: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    amount_collected: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    sent_on: Mapped[date | None]
    sent_channel: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    flagged_incomplete: Mapped[bool] = mapped_column(Boolean, default=False)


class CopyTariff(Base):
    """Copying fee per page, valid between two dates, set by an act (dispoziție / HCL)."""

    __tablename__ = "copy_tariff"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    lei_per_page: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    act_reference: Mapped[str] = mapped_column(String(300))


class VerbalRequest(Base):
    """A request answered at the desk or by phone: an unnumbered, quick log line."""

    __tablename__ = "verbal_request"
    __table_args__ = (Index("ix_verbal_request_asked_on", "asked_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_on: Mapped[date]
    requester_kind: Mapped[str] = mapped_column(String(20))
    domain: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    written_entry_id: Mapped[int | None] = mapped_column(ForeignKey("registry_entry.id"))
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class AdminComplaint(Base):
    """Reclamație administrativă (art. 21): its own registered entry, linked to the request."""

    __tablename__ = "admin_complaint"

    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"), primary_key=True)
    request_entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"))
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    answered_on: Mapped[date | None]
    answer_summary: Mapped[str] = mapped_column(Text, default="")


class CourtCase(Base):
    """Plângere în instanță (art. 22) about a request, with its outcome."""

    __tablename__ = "court_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"))
    court: Mapped[str] = mapped_column(String(300))
    case_number: Mapped[str] = mapped_column(String(100), default="")
    filed_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    decided_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class ReportAnswers(Base):
    """The clerk's answers and free texts of a statutory report, kept per report and year."""

    __tablename__ = "report_answers"

    report_code: Mapped[str] = mapped_column(String(30), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
