"""Times of day as filings write them, found with their span and read as a 24-hour clock.

Running text: a time counts only with its half of the day or a word that makes it one:
"9:30 a.m.", "9:30 AM", "9:30am", "9:30 A.M.", "9 a.m.", "9:30 a. m.", "9.30 a.m.",
"9:30 a.m" (no last period), "9:30 o'clock a.m.", "noon", "12:00 noon", "12 noon", and the
24-hour forms "13:30" and "0930 hours" / "09:30 hrs" ("0930" alone is a number, not a time). A
bare "9:30" in running text is not a time either: filings use that shape for ratios, verses and pin cites ("at 9:30" of a transcript page
and line), so it is never read as one there.

A labelled field is different: in a hearing block, "Time: 9:30" can only be a time, so
:func:`parse_field` reads a bare hour too. A court's day runs from about 7 in the morning to 6
in the evening, so a bare 7 to 11 is morning, 12 is noon and 1 to 6 is afternoon.
"nine-thirty" (spelled out) is not read: no filing in the corpus writes a hearing time so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from filelint.legal.lazy_regex import lazy

_HALF = r"(?P<half>[ap])[ \t]?\.?[ \t]?m(?:\.|\b)"  # a.m., AM, am, a. m., a.m (no final period)
_CLOCK = r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?"
TIME_PATTERN = lazy(
    r"(?<![\w:.,/$§-])(?:"
    + _CLOCK + r"[ \t]*(?:o['’]?clock[ \t]*)?" + _HALF  # 9:30 a.m. / 9 AM / 9:30 o'clock a.m.
    + r"|(?:(?P<noon_hour>12)(?::00)?[ \t]+)?(?P<noon>noon|midday)\b"  # noon, 12:00 noon
    + r"|(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)[ \t]*(?:hours|hrs\.?)(?!\w)"  # 0930 hours, 13:30 hrs
    + r"|(?P<h24b>1[3-9]|2[0-3]):(?P<m24b>[0-5]\d)(?![\d:])"  # 13:30: no a.m./p.m. reading exists
    + r")",
    regex.IGNORECASE,
)
BARE_CLOCK = lazy(r"^[ \t]*(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?(?![\d:])")
MORNING_FROM = 7  # a bare 7:00 to 11:59 in a hearing field is morning; 1 to 6 is afternoon


@dataclass(frozen=True)
class FoundTime:
    """A time written in a filing, where it was written, on a 24-hour clock."""

    hour: int
    minute: int
    text: str
    start: int
    end: int

    @property
    def clock(self) -> tuple[int, int]:
        return (self.hour, self.minute)


def find_times(text: str) -> Iterator[FoundTime]:
    """Every time of day in ``text`` that carries its half of the day (or is noon or 24-hour)."""
    for match in TIME_PATTERN.finditer(text):
        clock = _clock(match)
        if clock is not None:
            yield FoundTime(clock[0], clock[1], " ".join(match.group(0).split()), match.start(), match.end())


def first_time(text: str) -> FoundTime | None:
    return next(find_times(text), None)


def parse_field(value: str) -> FoundTime | None:
    """The time in a labelled field ("Time: 9:30 a.m.", "Time: 9:30"): a bare hour counts here."""
    found = first_time(value)
    if found is not None:
        return found
    match = BARE_CLOCK.search(value)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if not 1 <= hour <= 12:
        return None
    if hour < MORNING_FROM and hour != 12:
        hour += 12
    return FoundTime(hour, minute, match.group(0).strip(), match.start(), match.end())


def describe(clock: tuple[int, int]) -> str:
    """``(9, 30)`` -> "9:30 a.m."; ``(12, 0)`` -> "12:00 p.m."."""
    hour, minute = clock
    half = "a.m." if hour < 12 else "p.m."
    return f"{hour % 12 or 12}:{minute:02d} {half}"


def _clock(match: regex.Match) -> tuple[int, int] | None:
    if match["noon"]:
        return (12, 0)
    if match["h24"] is not None:
        return (int(match["h24"]), int(match["m24"]))
    if match["h24b"] is not None:
        return (int(match["h24b"]), int(match["m24b"]))
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if not 1 <= hour <= 12:
        return None
    return (hour % 12 + (12 if match["half"].lower() == "p" else 0), minute)
