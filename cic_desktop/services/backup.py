"""Backups the clerk controls: consistent online copies, verified, rotated, optionally encrypted;
and restoring one without ever giving a citizen's number twice.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cic_desktop import backup_crypto
from cic_desktop.audit_head import read_head, write_head
from cic_desktop.errors import CicError, DatabaseError, ValidationError
from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.watermark import read_watermarks

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

LOG_NAME = "jurnal-copii.json"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STALE_AFTER = timedelta(days=7)
ENCRYPTED_SUFFIX = ".cicbak"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # "auto" | "manual" | "safety"
    encrypted: bool
    verified: bool
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, shown by the restore wizard before anything is changed."""

    path: Path
    created_at: datetime | None
    schema: str | None
    counts: dict[str, int]
    missing: tuple[str, ...]  # numbers registered since, which the backup does not have


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path
    restored_from: Path
    gaps: tuple[str, ...]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    rows = conn.execute(
        "SELECT register_code, count(*) FROM registry_entry GROUP BY register_code"
    ).fetchall()
    return {code: n for code, n in rows}


def _check_file(path: Path) -> dict[str, int]:
    """Integrity check and counts of a SQLite backup file; raises if it is not sound."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise DatabaseError(f"Copia de siguranță „{path.name}” este deteriorată: {result}")
        return _counts(conn)
    except sqlite3.DatabaseError as err:
        raise DatabaseError(
            f"„{path.name}” nu este o copie de siguranță CIC Desktop validă ({err})."
        ) from err
    finally:
        conn.close()


def kept_moments(moments: list[datetime]) -> set[datetime]:
    """Rotation: the newest backup of each of the last 7 days, 4 ISO weeks and 12 months."""
    keep: set[datetime] = set()
    newest_first = sorted(moments, reverse=True)
    for bucket_of, limit in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for moment in newest_first:
            bucket = bucket_of(moment)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) <= limit:
                    keep.add(moment)
    return keep


def read_backup_log(db_path: Path) -> list[BackupInfo]:
    """The backups recorded for a database file, oldest first (works without opening it)."""
    try:
        items = json.loads((db_path.parent / "backups" / LOG_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return []
    result = []
    for item in items:
        try:
            result.append(
                BackupInfo(
                    Path(str(item["path"])),
                    datetime.fromisoformat(str(item["created_at"])),
                    str(item["kind"]),
                    bool(item["encrypted"]),
                    bool(item["verified"]),
                    dict(item.get("counts") or {}),
                )
            )
        except (KeyError, ValueError, TypeError, AttributeError):
            continue
    return sorted(result, key=lambda b: b.created_at)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest verified backup still on disk: what to offer when the database is damaged."""
    for info in reversed(read_backup_log(db_path)):
        if info.verified and info.kind != "safety" and info.path.exists():
            return info
    return None


class BackupService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- where -------------------------------------------------------------------------------

    def _db_path(self) -> Path:
        path = self._core.target.path
        if path is None:
            raise CicError(
                "Copiile de siguranță ale unei baze PostgreSQL se fac cu instrumentele serverului "
                "(pg_dump), de către administratorul acestuia."
            )
        return path

    def auto_dir(self) -> Path:
        return self._db_path().parent / "backups"

    def _log_path(self) -> Path:
        return self.auto_dir() / LOG_NAME

    def _read_log(self) -> list[dict[str, object]]:  # raw, for appending
        try:
            return list(json.loads(self._log_path().read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return []

    def _append_log(self, info: BackupInfo) -> None:
        log = self._read_log()
        log.append(
            {
                "path": str(info.path),
                "created_at": info.created_at.isoformat(),
                "kind": info.kind,
                "encrypted": info.encrypted,
                "verified": info.verified,
                "counts": info.counts,
            }
        )
        self.auto_dir().mkdir(parents=True, exist_ok=True)
        tmp = self._log_path().with_suffix(".tmp")
        tmp.write_text(json.dumps(log[-500:], ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self._log_path())

    # -- making backups ----------------------------------------------------------------------

    def create(
        self,
        *,
        destination: Path | None = None,
        password: str | None = None,
        kind: str = "manual",
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> BackupInfo:
        """A consistent copy (SQLite online backup API, safe while the app writes), verified."""
        source = self._db_path()
        if password is not None:
            backup_crypto.check_password(password)
        folder = destination or (self.auto_dir() / ("auto" if kind == "auto" else ""))
        if not folder.is_dir():
            if destination is not None:
                raise ValidationError("destination", f"Dosarul „{folder}” nu există.")
            folder.mkdir(parents=True, exist_ok=True)
        now = self._core.clock.now()
        stem = f"cic-{now:%Y%m%d-%H%M%S}"
        final = folder / (stem + (ENCRYPTED_SUFFIX if password else ".sqlite"))
        progress(0.05, "Se copiază baza de date…")
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            copy = Path(tmp) / "copie.sqlite"
            self._online_copy(source, copy)
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(0.6, "Se verifică copia…")
            counts = _check_file(copy)
            if password:
                progress(0.8, "Se criptează copia…")
                final.write_bytes(backup_crypto.encrypt(copy.read_bytes(), password))
                restored = backup_crypto.decrypt(final.read_bytes(), password)
                if restored != copy.read_bytes():
                    raise DatabaseError("Copia criptată nu a putut fi verificată.")
            else:
                shutil.copyfile(copy, final)
                if _check_file(final) != counts:
                    raise DatabaseError("Copia scrisă pe disc nu corespunde bazei de date.")
        self._write_manifest(final, now, kind, counts)
        info = BackupInfo(final, now, kind, bool(password), True, counts)
        self._append_log(info)
        if kind == "auto":
            self.rotate()
        progress(1.0, "Copia de siguranță este gata.")
        return info

    @staticmethod
    def _online_copy(source: Path, copy: Path) -> None:
        src = sqlite3.connect(source, timeout=30)
        try:
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)  # one step: a single consistent snapshot, even mid-burst
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()

    def _write_manifest(
        self, final: Path, now: datetime, kind: str, counts: dict[str, int]
    ) -> None:
        head = read_head(self._core.target)
        manifest = {
            "created_at": now.isoformat(),
            "kind": kind,
            "counts": counts,
            "audit_head": list(head) if head else None,
            "numbers": {f"{s}/{y}": n for (s, y), n in read_watermarks(self._core.target).items()},
        }
        final.with_name(final.name + ".json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def auto_backup_due(self) -> bool:
        """No automatic backup yet today."""
        today = self._core.clock.today()
        return not any(b.created_at.date() == today and b.kind == "auto" for b in self.backups())

    def auto_backup_if_due(self) -> BackupInfo | None:
        """At most one automatic backup per calendar day (on close, or first start of a day)."""
        if not self.auto_backup_due():
            return None
        return self.create(kind="auto")

    def backups(self) -> list[BackupInfo]:
        return read_backup_log(self._db_path())

    def last_good_backup(self) -> BackupInfo | None:
        good = [b for b in self.backups() if b.verified and b.kind != "safety"]
        return good[-1] if good else None

    def backup_is_stale(self) -> bool:
        last = self.last_good_backup()
        return last is None or self._core.clock.now() - last.created_at > STALE_AFTER

    def rotate(self) -> list[Path]:
        """Keep 7 daily, 4 weekly and 12 monthly automatic backups; delete the others."""
        autos = [b for b in self.backups() if b.kind == "auto" and b.path.exists()]
        keep = kept_moments([b.created_at for b in autos])
        removed = []
        for backup in autos:
            if backup.created_at not in keep:
                backup.path.unlink(missing_ok=True)
                backup.path.with_name(backup.path.name + ".json").unlink(missing_ok=True)
                removed.append(backup.path)
        return removed

    # -- restoring ---------------------------------------------------------------------------

    @contextmanager
    def _plain_copy(self, path: Path, password: str | None) -> Iterator[Path]:
        with path.open("rb") as handle:
            head = handle.read(16)
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "restaurare.sqlite"
            if backup_crypto.is_encrypted(head):
                if not password:
                    raise ValidationError(
                        "password", "Copia este protejată cu parolă: introduceți parola."
                    )
                plain.write_bytes(backup_crypto.decrypt(path.read_bytes(), password))
            else:
                shutil.copyfile(path, plain)
            _check_file(plain)
            yield plain

    def inspect(self, path: Path, password: str | None = None) -> BackupContents:
        with self._plain_copy(path, password) as plain:
            conn = sqlite3.connect(f"file:{plain.as_posix()}?mode=ro", uri=True)
            try:
                counts = _counts(conn)
                schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                stamp = conn.execute("SELECT max(occurred_at) FROM audit_event").fetchone()[0]
                have = set(
                    conn.execute(
                        "SELECT register_code, year, number FROM registry_entry"
                    ).fetchall()
                )
            finally:
                conn.close()
        manifest = self._manifest(path)
        created = manifest.get("created_at") if manifest else stamp
        from cic_desktop.registers.numbers import missing_since

        missing = missing_since(self._core, have)
        return BackupContents(
            path,
            datetime.fromisoformat(str(created)) if created else None,
            schema,
            counts,
            tuple(missing),
        )

    @staticmethod
    def _manifest(path: Path) -> dict[str, object]:
        try:
            return dict(json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return {}

    def restore(self, path: Path, password: str | None = None) -> RestoreResult:
        """Replace the database by a backup. The current file is kept as a safety copy first.

        The core must be closed afterwards and reopened on the same target (the GUI reopens it).
        """
        live = self._db_path()
        now = self._core.clock.now()
        watermarks = read_watermarks(self._core.target)
        with self._plain_copy(path, password) as plain:
            self._check_schema(plain)
            safety = self.auto_dir() / f"inainte-de-restaurare-{now:%Y%m%d-%H%M%S}.sqlite"
            safety.parent.mkdir(parents=True, exist_ok=True)
            self._online_copy(live, safety)
            _check_file(safety)
            self._append_log(BackupInfo(safety, now, "safety", False, True, {}))
            self._core.engine.dispose()
            src = sqlite3.connect(plain)
            try:
                dst = sqlite3.connect(live, timeout=30)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        gaps = self._after_restore(path, watermarks)
        return RestoreResult(safety, path, tuple(gaps))

    def _check_schema(self, plain: Path) -> None:
        from db.migrate import known_revisions

        conn = sqlite3.connect(f"file:{plain.as_posix()}?mode=ro", uri=True)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.DatabaseError:
            raise DatabaseError("Fișierul ales nu este o copie de siguranță CIC Desktop.") from None
        finally:
            conn.close()
        if version not in known_revisions():
            raise DatabaseError(
                "Copia a fost făcută de o versiune mai nouă a programului; instalați versiunea "
                "cea mai nouă înainte de restaurare. Nu s-a modificat nimic."
            )

    def _after_restore(self, source: Path, watermarks: dict[tuple[str, int], int]) -> list[str]:
        """Sequences continue above every number ever issued; the gaps are explained and audited."""
        from sqlalchemy import select

        from cic_desktop.services import audit
        from db.audit_chain import GENESIS
        from db.enums import AuditAction
        from db.migrate import schema_status, upgrade
        from db.models import AuditHead, NumberGap, SequenceCounter

        core = self._core
        status = schema_status(core.engine)
        if status.current != status.head:
            upgrade(core.engine)
        gaps: list[str] = []
        with core.sessions.write() as session:
            head = session.get(AuditHead, 1)
            # The chain continues from the restored head; the outside copy follows it.
            write_head(core.target, (head.last_event_id, head.last_hash) if head else (0, GENESIS))
        with core.write() as session:
            for (sequence, year), highest in sorted(watermarks.items()):
                counter = session.execute(
                    select(SequenceCounter).where(
                        SequenceCounter.sequence_code == sequence, SequenceCounter.year == year
                    )
                ).scalar_one_or_none()
                restored = counter.last_number if counter else 0
                if highest <= restored:
                    continue
                if counter is None:
                    counter = SequenceCounter(sequence_code=sequence, year=year, last_number=0)
                    session.add(counter)
                reason = (
                    f"Numerele {restored + 1}–{highest}/{year} au fost emise înainte de restaurarea "
                    f"din {core.clock.now():%d.%m.%Y}, din copia de siguranță „{source.name}”; "
                    "documentele respective nu se află în copia restaurată și trebuie "
                    "reînregistrate. Numerele nu se refolosesc."
                )
                counter.last_number = highest
                session.add(
                    NumberGap(
                        sequence_code=sequence,
                        year=year,
                        first_number=restored + 1,
                        last_number=highest,
                        reason=reason,
                        created_at=core.clock.now(),
                        created_by_id=core.current_user_id,
                    )
                )
                gaps.append(reason)
            audit.record(
                session,
                core,
                action=AuditAction.RESTORE,
                entity="database",
                entity_id=None,
                summary=f"Restaurare din „{source.name}”. " + " ".join(gaps),
            )
        return gaps
