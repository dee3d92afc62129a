"""`search` and `reindex`."""

from __future__ import annotations

import argparse

from app.services.bundle import Services
from app.services.search import SearchFilters, resolve_section


def run_search(args: argparse.Namespace, services: Services) -> int:
    """One line per hit: inspection id, date, unit, section, snippet (tab-separated); a phrase of
    the library has "-" for the first three."""
    section = resolve_section(args.section) if args.section is not None else None
    filters = SearchFilters(year=args.year, unit=args.unit, section=section)
    result = services.search.search(args.query, filters, limit=None)
    for group in result.groups:
        header = group.inspection
        if header is None:
            first = ["-", "-", "-"]
        else:
            date = header.date.strftime("%d/%m/%Y") if header.date else "-"
            first = [str(header.id), date, header.unit_name or "-"]
        for hit in group.hits:
            print("\t".join([*first, hit.section_label, hit.snippet.text]))
    return 0


def run_reindex(args: argparse.Namespace, services: Services) -> int:
    extra, missing = services.search.stale()
    count = services.search.rebuild()
    fixed = f" (đã sửa {extra + missing} chỗ lệch so với dữ liệu)" if extra or missing else ""
    print(f"Đã dựng lại chỉ mục tìm kiếm: {count} mục{fixed}.")
    return 0
