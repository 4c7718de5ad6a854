"""Audiences with the mayor, deputy mayor and secretary: programmes, sign-ups and their history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class AudienceSchedule(Base):
    """One recurring audience programme of an official (e.g. primar, Wednesdays 9–12, odd weeks)."""

    __tablename__ = "audience_schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("official.id"))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday ... 6 = Sunday
    recurrence: Mapped[str] = mapped_column(String(20))
    # Monthly only: 1..4 = the n-th weekday of the month, -1 = the last one.
    month_week: Mapped[int | None] = mapped_column(Integer)
    start_time: Mapped[str] = mapped_column(String(5))  # "09:00"
    end_time: Mapped[str] = mapped_column(String(5))
    slot_minutes: Mapped[int] = mapped_column(Integer, default=15)
    place: Mapped[str] = mapped_column(String(300), default="")
    signup_channels: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime | None]


class AudienceCancellation(Base):
    """A day on which a programme does not take place (the official is away)."""

    __tablename__ = "audience_cancellation"

    schedule_id: Mapped[int] = mapped_column(ForeignKey("audience_schedule.id"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Audience(Base):
    """A sign-up in the register of audiences (number from the audiences sequence on its entry)."""

    __tablename__ = "audience"
    __table_args__ = (
        # "official_id|YYYY-MM-DD|HH:MM" while the sign-up holds a slot; NULL for walk-ins,
        # annulled sign-ups and imported rows. NULLs never collide, so a slot is booked once.
        UniqueConstraint("slot_key", name="uq_audience_slot_key"),
        Index("ix_audience_day", "audience_day"),
        Index("ix_audience_person", "person_id"),
        Index("ix_audience_official_day", "official_id", "audience_day"),
    )

    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entry.id"), primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    official_id: Mapped[int | None] = mapped_column(ForeignKey("official.id"))
    # Snapshot as printed: "Ion Popescu, primar".
    official_name: Mapped[str] = mapped_column(String(300), default="")
    official_role: Mapped[str] = mapped_column(String(30), default="")
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("audience_schedule.id"))
    audience_day: Mapped[date]
    slot_time: Mapped[str | None] = mapped_column(String(5))  # None = walk-in without a slot
    slot_key: Mapped[str | None] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(300), default="")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_number: Mapped[str] = mapped_column(String(100), default="")
    domain_id: Mapped[int | None] = mapped_column(ForeignKey("petition_domain.id"))
    domain_name: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20))
    times_postponed: Mapped[int] = mapped_column(Integer, default=0)
    participants: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(20))
    resolution: Mapped[str] = mapped_column(Text, default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    department_name: Mapped[str] = mapped_column(String(200), default="")
    term: Mapped[date | None]
    outcome_on: Mapped[date | None]
    petition_entry_id: Mapped[int | None] = mapped_column(ForeignKey("registry_entry.id"))
    # Imported rows keep the petition reference as text ("12/15.01.2026").
    petition_reference: Mapped[str] = mapped_column(String(100), default="")
    answer_on: Mapped[date | None]
    answer_channel: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class AudienceMove(Base):
    """A postponement: the sign-up keeps its number and moves to a new slot; the old one is kept here."""

    __tablename__ = "audience_move"
    __table_args__ = (Index("ix_audience_move_entry", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("audience.entry_id"))
    from_day: Mapped[date]
    from_time: Mapped[str | None] = mapped_column(String(5))
    to_day: Mapped[date]
    to_time: Mapped[str | None] = mapped_column(String(5))
    reason: Mapped[str] = mapped_column(Text, default="")
    moved_at: Mapped[datetime]
    moved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
