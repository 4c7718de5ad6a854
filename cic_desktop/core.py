"""CicCore: owns the engine and sessions; the services hang off it as attributes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from cic_desktop.audit_head import write_head
from cic_desktop.clock import Clock, SystemClock
from cic_desktop.config import DbTarget
from cic_desktop.services.audit import PENDING_AUDIT
from cic_desktop.storage import prepare, translated_errors
from cic_desktop.watermark import raise_watermarks
from db.audit_chain import seal_events
from db.queries.numbering import ISSUED_NUMBERS
from db.session import SessionFactory


class CicCore:
    """One open database. Every public service method is one unit of work."""

    def __init__(self, engine: Engine, target: DbTarget, *, clock: Clock | None = None) -> None:
        from cic_desktop.person_file.service import PersonFileService
        from cic_desktop.services.audience_outputs import AudienceOutputs
        from cic_desktop.services.audiences import AudiencesService
        from cic_desktop.services.backup import BackupService
        from cic_desktop.services.books import BooksService
        from cic_desktop.services.calendar import CalendarService
        from cic_desktop.services.dispatch import DispatchService
        from cic_desktop.services.letters import LettersService
        from cic_desktop.services.people import PeopleService
        from cic_desktop.services.petition_list import PetitionListService
        from cic_desktop.services.petitions import PetitionsService
        from cic_desktop.services.public_info import PublicInfoService
        from cic_desktop.services.public_info_outputs import PublicInfoOutputs
        from cic_desktop.services.registry import RegistryService
        from cic_desktop.services.search import SearchService
        from cic_desktop.services.settings import SettingsService
        from cic_desktop.services.years import YearsService

        self.engine = engine
        self.target = target
        self.clock: Clock = clock or SystemClock()
        self.sessions = SessionFactory(engine)
        self.current_user_id: int | None = None
        self.current_user_name: str = ""
        self.migration_backup: Path | None = None
        self.sidecar_write_failed = False
        self.settings = SettingsService(self)
        self.calendar = CalendarService(self)
        self.registry = RegistryService(self)
        self.people = PeopleService(self)
        self.person_file = PersonFileService(self)
        self.petitions = PetitionsService(self)
        self.petition_list = PetitionListService(self)
        self.audiences = AudiencesService(self)
        self.audience_outputs = AudienceOutputs(self)
        self.public_info = PublicInfoService(self)
        self.public_info_outputs = PublicInfoOutputs(self)
        self.backup = BackupService(self)
        self.letters = LettersService(self)
        self.books = BooksService(self)
        self.dispatch = DispatchService(self)
        self.years = YearsService(self)
        self.search = SearchService(self)

    @classmethod
    def open(cls, target: DbTarget, *, clock: Clock | None = None, create: bool = True) -> CicCore:
        """Check, back up and migrate the database, then open it (see storage.prepare)."""
        clock = clock or SystemClock()
        engine, backup = prepare(target, create=create, now=clock.now())
        core = cls(engine, target, clock=clock)
        core.migration_backup = backup
        return core

    def set_current_user(self, staff_id: int | None) -> None:
        """The clerk picked at start; every change records her."""
        self.current_user_id = staff_id
        self.current_user_name = self.settings.staff_name(staff_id) if staff_id else ""

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: the audit events it recorded are sealed and chained before commit."""
        head, issued = None, {}
        with translated_errors(self.target.describe()), self.sessions.write() as session:
            yield session
            session.flush()
            head = seal_events(session, session.info.pop(PENDING_AUDIT, []))
            issued = session.info.pop(ISSUED_NUMBERS, {})
        # Committed: now the copies kept outside the database file.
        try:
            raise_watermarks(self.target, issued)
            if head is not None:
                write_head(self.target, head)
        except OSError:
            self.sidecar_write_failed = True

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translated_errors(self.target.describe()), self.sessions.read() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CicCore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
