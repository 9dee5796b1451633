"""Recognise pleading paper: the 1-28 line numbers printed down the left margin.

Both readers use this, so a PDF and its text export number lines the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_PLEADING_LINE = 28
MIN_NUMBERS = 5  # fewer than this in order is a numbered list, not pleading paper


def longest_increasing_run(numbers: Sequence[int]) -> list[int]:
    """Indexes of the longest run of strictly increasing numbers, in order.

    Margin numbers come out in page order; stray digits elsewhere in the margin
    (a page number, an exhibit tab) break the run and are left out.
    """
    best: list[int] = []
    # O(n^2) is fine: a page has at most a few dozen candidate numbers.
    chains: list[list[int]] = []
    for i, value in enumerate(numbers):
        chain = [i]
        for previous in chains:
            if numbers[previous[-1]] < value and len(previous) + 1 > len(chain):
                chain = previous + [i]
        chains.append(chain)
        if len(chain) > len(best):
            best = chain
    return best


def is_margin_number(text: str) -> int | None:
    """The number if ``text`` is only a pleading line number, else None."""
    stripped = text.strip()
    if stripped.isdigit() and len(stripped) <= 2:
        value = int(stripped)
        if 1 <= value <= MAX_PLEADING_LINE:
            return value
    return None


def nearest_number(y: float, numbered: Sequence[tuple[float, int]], pitch: float) -> int | None:
    """The pleading line whose margin number is level with ``y`` (within half a line)."""
    best: tuple[float, int] | None = None
    for number_y, number in numbered:
        distance = abs(number_y - y)
        if distance <= pitch * 0.55 and (best is None or distance < best[0]):
            best = (distance, number)
    return best[1] if best else None


def line_pitch(numbered: Sequence[tuple[float, int]]) -> float:
    """The median distance between consecutive margin numbers, per line."""
    gaps = sorted(
        (b_y - a_y) / (b - a)
        for (a_y, a), (b_y, b) in zip(numbered, numbered[1:])
        if b > a and b_y > a_y
    )
    return gaps[len(gaps) // 2] if gaps else 24.0
