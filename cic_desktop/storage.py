"""Opening a database safely: check it, refuse what we must not touch, back up, then migrate."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy import exc as sa_exc

from cic_desktop.config import DbTarget
from cic_desktop.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseMissingError,
    DatabaseNewerError,
    DatabaseReadOnlyError,
    NotADatabaseError,
)
from db.engine import make_engine, sqlite_url
from db.migrate import (
    MigrationForeignKeyError,
    SchemaState,
    SchemaStatus,
    schema_status,
    upgrade,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def translate_error(error: BaseException, where: str = "") -> DatabaseError | None:
    """A Romanian explanation for a low-level database error, or None if it is not one we know."""
    message = str(getattr(error, "orig", error)).lower()
    place = f" ({where})" if where else ""
    if "readonly" in message or "read-only" in message or "read only" in message:
        return DatabaseReadOnlyError(
            f"Baza de date{place} poate fi doar citită: nu se pot salva modificări. "
            "Verificați drepturile asupra fișierului sau copiați-l într-un dosar în care puteți scrie."
        )
    if "malformed" in message:
        return DatabaseDamagedError(
            f"Baza de date{place} este deteriorată. Nu a fost modificată. "
            "Restaurați cea mai nouă copie de siguranță bună."
        )
    if "not a database" in message:
        return NotADatabaseError(
            f"Fișierul{place} nu este o bază de date CIC Desktop sau este deteriorat. "
            "Nu a fost modificat."
        )
    if "disk is full" in message or "database or disk is full" in message:
        return DatabaseError(
            f"Discul este plin{place}: înregistrarea nu a fost salvată. "
            "Eliberați spațiu și încercați din nou."
        )
    if "locked" in message or "busy" in message:
        return DatabaseError(
            f"Baza de date{place} este folosită de alt program și nu a putut fi scrisă acum. "
            "Încercați din nou peste câteva secunde."
        )
    if "unable to open" in message:
        return DatabaseMissingError(f"Baza de date{place} nu poate fi deschisă.")
    return None


@contextmanager
def translated_errors(where: str = "") -> Iterator[None]:
    try:
        yield
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.Error) as error:
        translated = translate_error(error, where)
        if translated is None:
            raise
        raise translated from error


def check_sqlite_file(target: DbTarget, *, create: bool) -> None:
    """Refuse a missing folder, a missing file (unless creating) and a file that is not SQLite."""
    path = target.path
    assert path is not None
    if not path.parent.is_dir():
        if create and target.is_default:
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            raise DatabaseFolderMissingError(
                f"Dosarul „{path.parent}” nu există. Alegeți un dosar existent pentru baza de date."
            )
    if not path.exists():
        if not create:
            raise DatabaseMissingError(f"Baza de date „{path}” nu există.")
        if target.read_only:
            raise DatabaseReadOnlyError(
                f"Baza de date „{path}” nu există și nu poate fi creată în modul doar-citire."
            )
        return
    if path.is_dir():
        raise NotADatabaseError(f"„{path}” este un dosar, nu un fișier de bază de date.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"Fișierul „{path}” nu este o bază de date CIC Desktop (SQLite). Nu a fost modificat."
        )


def engine_for(target: DbTarget) -> Engine:
    if target.path is not None:
        return make_engine(sqlite_url(target.path, read_only=target.read_only))
    assert target.url is not None
    return make_engine(target.url)


def read_status(engine: Engine, target: DbTarget) -> SchemaStatus:
    with translated_errors(target.describe()):
        return schema_status(engine)


def refuse_unusable(status: SchemaStatus, target: DbTarget) -> None:
    where = target.describe()
    if status.state is SchemaState.NEWER:
        raise DatabaseNewerError(
            f"Baza de date „{where}” a fost scrisă de o versiune mai nouă a programului CIC Desktop "
            f"(schema {status.current}; această versiune cunoaște schema până la {status.head}). "
            "Instalați versiunea cea mai nouă a programului. Fișierul nu a fost modificat."
        )
    if status.state is SchemaState.FOREIGN:
        raise NotADatabaseError(
            f"„{where}” conține alte tabele decât cele ale programului CIC Desktop; "
            "nu este o bază de date CIC Desktop. Nu a fost modificată."
        )


def refuse_damaged(engine: Engine, target: DbTarget) -> None:
    """A quick check at start-up: a damaged file is never written to (SPEC: nothing ever lost)."""
    with translated_errors(target.describe()), engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA quick_check"))]
    if rows != ["ok"]:
        logging.getLogger(__name__).error("quick_check of %s: %s", target.describe(), rows[:20])
        raise DatabaseDamagedError(
            f"Baza de date „{target.describe()}” este deteriorată. "
            "Nu a fost modificată. Restaurați cea mai nouă copie de siguranță bună."
        )


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API, checked after writing."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        raise DatabaseError(f"Copia de siguranță „{destination}” nu a trecut verificarea: {result}")
    return destination


def pre_migration_backup_path(path: Path, revision: str | None, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return path.parent / "backups" / f"{path.stem}.inainte-de-actualizare-{revision}-{stamp}.sqlite"


def prepare(target: DbTarget, *, create: bool, now: datetime) -> tuple[Engine, Path | None]:
    """Open, check and migrate; returns the engine and the pre-migration backup made, if any."""
    if target.path is not None:
        check_sqlite_file(target, create=create)
        if target.path.exists() and target.path.stat().st_size and not target.read_only:
            # Look before touching: the writable connection switches the file to WAL.
            probe_target = DbTarget(url=None, path=target.path, read_only=True)
            probe = engine_for(probe_target)
            try:
                refuse_unusable(read_status(probe, target), target)
                refuse_damaged(probe, target)
            finally:
                probe.dispose()
    engine = engine_for(target)
    try:
        status = read_status(engine, target)
        refuse_unusable(status, target)
        backup: Path | None = None
        if status.state in (SchemaState.EMPTY, SchemaState.OUTDATED):
            if target.read_only:
                raise DatabaseReadOnlyError(
                    f"Baza de date „{target.describe()}” trebuie actualizată, dar poate fi doar "
                    "citită. Nu a fost modificată."
                )
            if status.state is SchemaState.OUTDATED and target.path is not None:
                backup = backup_sqlite(
                    target.path, pre_migration_backup_path(target.path, status.current, now)
                )
            try:
                with translated_errors(target.describe()):
                    upgrade(engine)
            except MigrationForeignKeyError as err:
                raise DatabaseError(
                    f"Actualizarea bazei de date „{target.describe()}” a fost oprită: ar fi lăsat "
                    f"{len(err.links)} legături către înregistrări inexistente. Fișierul a rămas "
                    "neschimbat și poate fi folosit cu versiunea anterioară a programului; "
                    "trimiteți o copie a lui la asistență."
                ) from err
        return engine, backup
    except BaseException:
        engine.dispose()
        raise


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity_check and foreign_key_check; empty on a healthy file or another dialect."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        problems = [r for r in rows if r != "ok"]
        fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        problems += [f"legătură invalidă în tabelul {row[0]} (rândul {row[1]})" for row in fk]
    return problems


def open_existing_read_only(target: DbTarget) -> Engine:
    """An engine on an existing database that can never write to it (commands that only read)."""
    if target.path is not None:
        check_sqlite_file(target, create=False)
        target = DbTarget(url=None, path=target.path, read_only=True)
    engine = engine_for(target)
    try:
        status = read_status(engine, target)
        refuse_unusable(status, target)
        if status.state is SchemaState.EMPTY:
            raise DatabaseMissingError(f"Baza de date „{target.describe()}” este goală.")
        return engine
    except BaseException:
        engine.dispose()
        raise


def read_days_off(target: DbTarget) -> dict[date, str]:
    from db.models import ExtraDayOff

    engine = open_existing_read_only(target)
    try:
        with translated_errors(target.describe()), engine.connect() as conn:
            rows = conn.execute(select(ExtraDayOff.day, ExtraDayOff.note)).all()
        return {day: note for day, note in rows}
    finally:
        engine.dispose()


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: list[str]


def check_report(target: DbTarget) -> CheckReport:
    """Schema status and SQLite integrity, read-only: `cic-desktop check`."""
    lines = [f"Baza de date: {target.describe()}"]
    engine = open_existing_read_only(target)
    try:
        status = read_status(engine, target)
        ok = status.state is SchemaState.CURRENT
        if ok:
            lines.append(f"Schema: la zi (versiunea {status.current}).")
        else:
            lines.append(
                f"Schema: versiunea {status.current}, programul are {status.head}; "
                "va fi actualizată (cu copie de siguranță) la următoarea deschidere."
            )
        with translated_errors(target.describe()):
            problems = integrity_problems(engine)
        if problems:
            ok = False
            lines.append("Integritate: PROBLEME GĂSITE")
            lines.extend(f"  - {p}" for p in problems[:50])
        elif engine.dialect.name == "sqlite":
            lines.append("Integritate: în regulă (integrity_check, foreign_key_check).")
        if target.path is not None:
            ok = _backup_status(target.path, lines) and ok
        lines.append("Rezultat: în regulă." if ok else "Rezultat: probleme găsite.")
        return CheckReport(ok, lines)
    finally:
        engine.dispose()


def _backup_status(path: Path, lines: list[str]) -> bool:
    """The last good backup; more than a week old (or none) counts as a problem to fix."""
    from cic_desktop.services.backup import STALE_AFTER, newest_good_backup

    last = newest_good_backup(path)
    if last is None:
        lines.append("Copii de siguranță: NICIUNA. Faceți una acum (cic-desktop backup).")
        return False
    age = datetime.now() - last.created_at
    lines.append(f"Ultima copie de siguranță bună: {last.created_at:%d.%m.%Y %H:%M} ({last.path}).")
    if age > STALE_AFTER:
        lines.append(f"Atenție: ultima copie are {age.days} zile; faceți una nouă.")
        return False
    return True
