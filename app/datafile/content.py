"""What a data file holds, as the plain data classes the services take and return."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import dto


@dataclass
class DataFileContent:
    organizations: list[dto.OrganizationData] = field(default_factory=list)
    inspections: list[dto.InspectionData] = field(default_factory=list)
    # The last synchronised content of inspections changed since (app.sync), by their uuid.
    bases: list[dto.InspectionData] = field(default_factory=list)
