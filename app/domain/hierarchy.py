"""Organizations form a tree: no unit is its own parent, directly or through others."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")


def parent_cycle(start: K, parent_of: Callable[[K], K | None]) -> list[K]:
    """The keys (codes or ids) of the loop reached by following parents up from *start*
    ([] when there is none).

    *parent_of(key)* is empty ("", None) at a root. Linear: each key is visited once.
    """
    seen: dict[K, int] = {}
    chain: list[K] = []
    code = start
    while code and code not in seen:
        seen[code] = len(chain)
        chain.append(code)
        code = parent_of(code)
    return chain[seen[code] :] if code else []


def first_cycle(parents: dict[str, str]) -> list[str]:
    """The first loop among *parents* (code → parent code, "" at a root), in order of the
    dict; [] when it is a forest. Linear in the number of codes, however deep the chains."""
    done: set[str] = set()
    for start in parents:
        path: dict[str, int] = {}
        code = start
        while code and code not in done and code not in path:
            path[code] = len(path)
            code = parents.get(code, "")
        if code in path:
            chain = list(path)
            return chain[path[code] :]
        done.update(path)
    return []


def cycle_words(cycle: list[str]) -> str:
    """ "«A» là đơn vị cấp trên của chính nó" or "«A» → «B» → «A»"."""
    if len(cycle) == 1:
        return f"đơn vị «{cycle[0]}» là cấp trên của chính nó"
    loop = " → ".join(f"«{c}»" for c in [*cycle, cycle[0]])
    return f"các đơn vị cấp trên tạo thành vòng lặp {loop}"
