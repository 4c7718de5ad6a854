"""Petitions (OG 27/2002): the register-specific details of a registry entry."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class PetitionDomain(Base):
    """A local theme (urbanism, taxe și impozite locale, ...): a configurable list."""

    __tablename__ = "petition_domain"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Petition(Base):
    __tablename__ = "petition"
    __table_args__ = (
        Index("ix_petition_state", "state"),
        Index("ix_petition_person", "person_id"),
    )

    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"), primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # Snapshot at registration (name and address are on the registry entry).
    petitioner_kind: Mapped[str] = mapped_column(String(20))
    petitioner_email: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    domain_id: Mapped[int | None] = mapped_column(ForeignKey("petition_domain.id"))
    domain_name: Mapped[str] = mapped_column(String(200), default="")
    pages: Mapped[int] = mapped_column(Integer, default=1)
    annexes: Mapped[int] = mapped_column(Integer, default=0)
    source_institution: Mapped[str] = mapped_column(String(300), default="")
    source_reference: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    department_name: Mapped[str] = mapped_column(String(200), default="")
    internal_deadline: Mapped[date | None]
    assigned_on: Mapped[date | None]
    # Legal deadline before any extension (the entry carries the one in force).
    base_legal_deadline: Mapped[date | None]
    extension_days: Mapped[int | None] = mapped_column(Integer)
    extension_decided_on: Mapped[date | None]
    extension_approved_by: Mapped[str] = mapped_column(String(300), default="")
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    forwarded_to: Mapped[str] = mapped_column(String(300), default="")
    forwarded_on: Mapped[date | None]
    joined_to_id: Mapped[int | None] = mapped_column(ForeignKey("registry_entry.id"))
    filing_reason: Mapped[str | None] = mapped_column(String(20))
    filing_note: Mapped[str] = mapped_column(Text, default="")
    filed_on: Mapped[date | None]
    answered_on: Mapped[date | None]
    answer_number: Mapped[str] = mapped_column(String(60), default="")
    outcome: Mapped[str | None] = mapped_column(String(20))
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    signatory_mayor: Mapped[str] = mapped_column(String(200), default="")
    signatory_head: Mapped[str] = mapped_column(String(200), default="")
    sent_on: Mapped[date | None]
    sent_channel: Mapped[str | None] = mapped_column(String(20))
    registered_mail_no: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    flagged_incomplete: Mapped[bool] = mapped_column(Boolean, default=False)
    # The audience this petition was converted from (the audience points back).
    audience_entry_id: Mapped[int | None] = mapped_column(ForeignKey("registry_entry.id"))


class LetterTemplate(Base):
    """The commune's edited version of a default letter template (defaults ship in resources/)."""

    __tablename__ = "letter_template"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Letter(Base):
    """A letter as edited and printed for one case; kept with the case."""

    __tablename__ = "letter"
    __table_args__ = (Index("ix_letter_entry", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"))
    kind: Mapped[str] = mapped_column(String(30))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime | None]
