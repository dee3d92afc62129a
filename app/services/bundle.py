"""All services over one database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.database import Database
from app.services.carryover import CarryOverService
from app.services.directory import DirectoryService
from app.services.entry_fields import EntryFieldService
from app.services.exports import ExportService
from app.services.inspections import InspectionService
from app.services.phrases import PhraseService
from app.services.profile import ProfileService
from app.services.register import RegisterService
from app.services.reports import ReportService
from app.services.search import SearchService
from app.services.transfer import TransferService

if TYPE_CHECKING:
    from app.sync.service import SyncService


@dataclass
class Services:
    db: Database
    inspections: InspectionService = field(init=False)
    register: RegisterService = field(init=False)
    profile: ProfileService = field(init=False)
    phrases: PhraseService = field(init=False)
    carryover: CarryOverService = field(init=False)
    transfer: TransferService = field(init=False)
    reports: ReportService = field(init=False)
    directory: DirectoryService = field(init=False)
    entry_fields: EntryFieldService = field(init=False)
    search: SearchService = field(init=False)
    exports: ExportService = field(init=False)
    _sync: Any = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        self.inspections = InspectionService(self.db.sessions)
        self.register = RegisterService(self.db.sessions)
        self.profile = ProfileService(self.db.sessions)
        self.phrases = PhraseService(self.db.sessions)
        self.carryover = CarryOverService(self.db.sessions, self.inspections)
        self.transfer = TransferService(self.db.sessions)
        self.reports = ReportService(self.db.sessions)
        self.directory = DirectoryService(self.db.sessions)
        self.entry_fields = EntryFieldService(self.db.sessions)
        self.search = SearchService(self.db.sessions)
        self.exports = ExportService(self.inspections, self.profile, self.reports)

    @property
    def sync(self) -> SyncService:
        """Work moving between laptops, built on first use: it needs the data file's models
        (pydantic), which the start-up of the app and of most commands does without."""
        if self._sync is None:
            from app.sync.service import SyncService

            self._sync = SyncService(self.db.sessions)
        return self._sync
