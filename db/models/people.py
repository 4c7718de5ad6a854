"""People and organisations who write to the town hall. No CNP or ID-card data, by design."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_search_key", "search_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    # Lower case, no diacritics: "stefan" finds "Ștefan" on SQLite and PostgreSQL alike.
    search_key: Mapped[str] = mapped_column(String(300))
    # The name in Romanian alphabetical order (db.sort_keys); kept by db.models.sorting.
    name_sort: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime | None]
    # Set when this record was merged into another one (see PersonMerge); it is kept, not deleted.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
