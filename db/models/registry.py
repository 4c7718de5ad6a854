"""Registers, numbering sequences and the registry entries every register shares."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Sequence(Base):
    """A yearly numbering sequence (the general registry; audiences have their own)."""

    __tablename__ = "sequence"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class SequenceCounter(Base):
    """Highest number issued per (sequence, year); bumped in the same transaction as the entry."""

    __tablename__ = "sequence_counter"

    sequence_code: Mapped[str] = mapped_column(ForeignKey("sequence.code"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
    last_registered_on: Mapped[date | None]


class Register(Base):
    """A register (petitions, 544, ...) and which sequence its documents draw from (configuration)."""

    __tablename__ = "register"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sequence_code: Mapped[str] = mapped_column(ForeignKey("sequence.code"))


class RegistryEntry(Base):
    """One registered document or sign-up. Never deleted: annulled with a reason, keeping its number."""

    __tablename__ = "registry_entry"
    __table_args__ = (
        UniqueConstraint("sequence_code", "year", "number"),
        UniqueConstraint("register_code", "year", "number"),
        Index("ix_registry_entry_register_year", "register_code", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    register_code: Mapped[str] = mapped_column(ForeignKey("register.code"))
    # NULL for entries imported from a historic register: their numbers were not issued by the app.
    sequence_code: Mapped[str | None] = mapped_column(ForeignKey("sequence.code"))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_prefix: Mapped[str] = mapped_column(String(20), default="")
    registered_on: Mapped[date]
    received_on: Mapped[date]
    subject: Mapped[str] = mapped_column(Text, default="")
    correspondent_name: Mapped[str] = mapped_column(String(300), default="")
    correspondent_address: Mapped[str] = mapped_column(String(500), default="")
    # Diacritics-free lower-case name + subject + number, for free-text filters on any dialect.
    search_key: Mapped[str] = mapped_column(Text, default="")
    # The name in Romanian alphabetical order (db.sort_keys); kept by db.models.sorting.
    name_sort: Mapped[str] = mapped_column(String(300), default="")
    deadline_rule: Mapped[str | None] = mapped_column(String(40))
    legal_deadline: Mapped[date | None]
    internal_target: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="active")
    annul_reason: Mapped[str | None] = mapped_column(Text)
    annulled_on: Mapped[date | None]
    annulled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    imported: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class BookPrint(Base):
    """One printing of a registry book: which numbers, on which pages (so the next one continues)."""

    __tablename__ = "book_print"
    __table_args__ = (Index("ix_book_print_register_year", "register_code", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    register_code: Mapped[str] = mapped_column(ForeignKey("register.code"))
    year: Mapped[int] = mapped_column(Integer)
    full_year: Mapped[bool] = mapped_column(Boolean, default=False)
    first_index: Mapped[int] = mapped_column(Integer)
    last_index: Mapped[int] = mapped_column(Integer)
    first_page: Mapped[int] = mapped_column(Integer)
    last_page: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[datetime]
    printed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
