"""The bounds of app.domain.limits as constrained types for the data file's pydantic models.

Each refusal names its JSON path (pydantic's location) and says what the bound is; the words
are in app.datafile.reader.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, TypeVar

from pydantic import AfterValidator, Field

from app.domain import limits

T = TypeVar("T")


def _year_in_range(value: dt.date) -> dt.date:
    if not limits.YEAR_MIN <= value.year <= limits.YEAR_MAX:
        raise ValueError("year_range")
    return value


# Text fields are bounded by the models' `str_max_length` (limits.TEXT_MAX); lists here.
Lines = Annotated[list[str], Field(max_length=limits.LINES_MAX)]
Recipients = Annotated[list[str], Field(max_length=limits.RECIPIENTS_MAX)]
Year = Annotated[int, Field(ge=limits.YEAR_MIN, le=limits.YEAR_MAX)]
DateInRange = AfterValidator(_year_in_range)
# A register number in ASCII digits ("٥٤" and "²" are digits to Python, not to the register).
NoticeNumber = Annotated[str, Field(pattern=r"^[0-9]{0,10}$")]
Items = Annotated[list[T], Field(max_length=limits.ITEMS_MAX)]
Many = Annotated[list[T], Field(max_length=limits.INSPECTIONS_MAX)]
