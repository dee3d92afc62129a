"""Letters of lettered items ("a)", "b)", … "đ)", …) in the Vietnamese sequence (ND30 II.6đ)."""

from __future__ import annotations

LETTERS = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)  # fmt: skip


def letter(index: int) -> str:
    """The label of the item at 0-based `index`: 0 → "a", 4 → "đ", 22 → "y".

    ND30 has no letter after "y". Past it the sequence starts again with a round number:
    23 → "a1", …, 45 → "y1", 46 → "a2". That keeps every label short, distinct and in order
    within its round; a khoản with more than 23 points is better split anyway.
    """
    if index < 0:
        raise ValueError(f"letter index cannot be negative: {index}")
    round_, position = divmod(index, len(LETTERS))
    return LETTERS[position] + (str(round_) if round_ else "")


def letters(n: int) -> list[str]:
    """The first `n` labels: letters(8) → ["a", "b", "c", "d", "đ", "e", "g", "h"]."""
    if n < 0:
        raise ValueError(f"number of letters cannot be negative: {n}")
    return [letter(i) for i in range(n)]
