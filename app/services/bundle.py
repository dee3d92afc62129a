"""All services over one database, built once by the composition root."""

from dataclasses import dataclass, field

from app.database import Database
from app.services.inspections import InspectionService
from app.services.profile import ProfileService
from app.services.register import RegisterService


@dataclass
class Services:
    db: Database
    inspections: InspectionService = field(init=False)
    register: RegisterService = field(init=False)
    profile: ProfileService = field(init=False)

    def __post_init__(self) -> None:
        self.inspections = InspectionService(self.db.sessions)
        self.register = RegisterService(self.db.sessions)
        self.profile = ProfileService(self.db.sessions)
