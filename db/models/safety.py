"""Records that keep the registers trustworthy: explained number gaps and locked years."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class NumberGap(Base):
    """Numbers issued before a restore that the restored database does not hold, explained."""

    __tablename__ = "number_gap"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence_code: Mapped[str] = mapped_column(ForeignKey("sequence.code"))
    year: Mapped[int] = mapped_column(Integer)
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class YearLock(Base):
    """A year whose statutory reports are issued: its entries are read-only until unlocked."""

    __tablename__ = "year_lock"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    locked_at: Mapped[datetime]
    locked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(500), default="")
