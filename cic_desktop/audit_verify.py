"""`cic-desktop audit verify`: walk the hash chain and the state seals, read-only."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from cic_desktop.audit_head import read_head
from cic_desktop.config import DbTarget
from cic_desktop.errors import DatabaseError
from cic_desktop.storage import open_existing_read_only, read_status, translated_errors
from db.audit_chain import ChainProblem, verify
from db.migrate import SchemaState


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    events: int
    problems: tuple[ChainProblem, ...]
    external_head: tuple[int, str] | None

    def lines(self) -> list[str]:
        lines = [f"Evenimente de audit verificate: {self.events}."]
        if self.external_head is None:
            lines.append(
                "Copia externă a capătului lanțului lipsește (nu se poate verifica "
                "dacă au fost șterse evenimente de la sfârșit)."
            )
        if self.ok:
            lines.append("Jurnalul de audit este intact: lanțul și sigiliile corespund.")
            return lines
        first = self.problems[0]
        where = f"evenimentul {first.event_id}" if first.event_id else "capătul lanțului"
        lines.append(f"JURNALUL DE AUDIT NU ESTE INTACT. Prima verigă ruptă: {where}.")
        lines.extend(f"  - {p.message_ro}" for p in self.problems[:100])
        if len(self.problems) > 100:
            lines.append(f"  … și încă {len(self.problems) - 100} probleme.")
        return lines


def verify_audit(target: DbTarget) -> AuditReport:
    external = read_head(target)
    engine = open_existing_read_only(target)
    try:
        status = read_status(engine, target)
        if status.state is SchemaState.OUTDATED:
            # The seals cover every column of today's tables: an older file is checked after the
            # program has brought it up to date (which keeps a backup and re-seals what moved).
            raise DatabaseError(
                f"Baza de date „{target.describe()}” are versiunea {status.current}, mai veche "
                f"decât a programului ({status.head}). Deschideți-o o dată cu programul (se face "
                "automat o copie de siguranță și este actualizată), apoi verificați jurnalul."
            )
        with translated_errors(target.describe()), Session(engine) as session:
            problems, events = verify(session, external)
    finally:
        engine.dispose()
    return AuditReport(not problems, events, tuple(problems), external)
