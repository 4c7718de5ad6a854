"""The word index behind the one search across registers, and the record of merged people."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class SearchWord(Base):
    """One word (lower case, no diacritics) of an entry's number, name or subject.

    A typed word matches when it is the start of an indexed word: a range scan on the primary key
    (`word >= 'ste' AND word < 'stf'`). The index of PostgreSQL (and of any server database);
    SQLite keeps the same words in an FTS5 table instead (`db.queries.search_fts`), so this table
    stays empty there.
    """

    __tablename__ = "search_word"
    __table_args__ = (Index("ix_search_word_entry", "entry_id"),)

    word: Mapped[str] = mapped_column(String(80), primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("registry_entry.id"), primary_key=True, autoincrement=False
    )


class SearchRegister(Base):
    """The slot of a register in the SQLite search index's sort keys (`db.queries.search_fts`).

    Given once, the first time an entry of the register is indexed, and never changed: the keys
    already stored depend on it. PostgreSQL searches `search_word` and leaves this table empty.
    """

    __tablename__ = "search_register"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, unique=True)


class PersonMerge(Base):
    """Two records of the same person made one: the merged record points to the kept one."""

    __tablename__ = "person_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    # What the merged record said, as it was (name, address, e-mail, phone).
    merged_name: Mapped[str] = mapped_column(String(300))
    merged_details: Mapped[str] = mapped_column(String(1000), default="")
    cases_moved: Mapped[int] = mapped_column(Integer, default=0)
    merged_at: Mapped[datetime]
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
