"""Column types SQLite lacks natively, and how the vocabularies of db/enums.py are stored."""

from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, Enum, String
from sqlalchemy.types import TypeDecorator


def stored_enum(enum_class: type[StrEnum], length: int) -> Enum:
    """A column of *enum_class* stored as the members' values ("kiem_tra") in VARCHAR(*length*),
    without a CHECK constraint (the schema stays as the migrations made it). Writing a string
    that is no member's value, or reading one back, raises instead of passing it through."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=length,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class TextList(TypeDecorator):
    """A list of strings as a JSON array; anything else is refused before it is written."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        items = list(value)
        if not all(isinstance(item, str) for item in items):
            raise TypeError(f"a TextList holds strings only, not {items!r:.80}")
        return items

    def process_result_value(self, value, dialect):
        return None if value is None else list(value)


class DecimalText(TypeDecorator):
    """An exact decimal stored as its text ("46.4"); SQLite's NUMERIC would round through float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return format(Decimal(value), "f")

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)
