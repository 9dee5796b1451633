"""Dates in filings, and court-day arithmetic under Fed. R. Civ. P. 6(a).

The one module that does date arithmetic; rules ask it. Legal holidays are the
federal holidays of 5 U.S.C. § 6103 on their observed dates (a Saturday holiday is
observed on Friday, a Sunday one on Monday), from the ``holidays`` library, which also
knows that Juneteenth became a holiday in 2021.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

import regex

if TYPE_CHECKING:
    import holidays

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_NAME = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_PATTERN = regex.compile(
    r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:" + _MONTH_NAME + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
    r"|(?P<num_month>\d{1,2})/(?P<num_day>\d{1,2})/(?P<num_year>\d{4}|\d{2})(?!\d))",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    """A date written in a filing, where it was written, and the weekday it claims."""

    date: dt.date
    text: str
    start: int
    end: int
    weekday_written: str | None  # "Friday" in "Friday, September 7, 2007"

    @property
    def weekday_mismatch(self) -> bool:
        """The text names a weekday the date does not fall on."""
        return bool(self.weekday_written) and WEEKDAYS[self.date.weekday()] != self.weekday_written.lower()


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every full date (month, day and year) in ``text``."""
    for match in DATE_PATTERN.finditer(text):
        date = _to_date(match)
        if date is not None:
            yield FoundDate(date, match.group(0), match.start(), match.end(), match["weekday"])


def _to_date(match: regex.Match) -> dt.date | None:
    try:
        if match["month"]:
            month = MONTHS[match["month"].lower()[:3]]
            return dt.date(int(match["year"]), month, int(match["day"]))
        year = int(match["num_year"])
        year += 2000 if year < 70 else (1900 if year < 100 else 0)
        return dt.date(year, int(match["num_month"]), int(match["num_day"]))
    except (ValueError, KeyError):
        return None


@lru_cache(maxsize=None)
def _holidays(year: int) -> holidays.HolidayBase:
    import holidays  # deferred: most filings name no date that needs the holiday calendar

    return holidays.US(years=year, observed=True)


def holiday_name(day: dt.date) -> str | None:
    """The legal holiday observed on ``day``, if any."""
    return _holidays(day.year).get(day)


def is_business_day(day: dt.date) -> bool:
    """Monday to Friday and not a legal holiday (Fed. R. Civ. P. 6(a)(6))."""
    return day.weekday() < 5 and holiday_name(day) is None


def next_business_day(day: dt.date) -> dt.date:
    """The first business day strictly after ``day``."""
    candidate = day + dt.timedelta(days=1)
    while not is_business_day(candidate):
        candidate += dt.timedelta(days=1)
    return candidate


def add_days(start: dt.date, count: int, kind: str = "business") -> dt.date:
    """The day ``count`` business (or calendar) days after ``start``, the trigger day excluded.

    A calendar-day period ending on a weekend or holiday runs to the next business
    day (Fed. R. Civ. P. 6(a)(1)(C)).
    """
    if kind == "calendar":
        end = start + dt.timedelta(days=count)
        return end if is_business_day(end) else next_business_day(end)
    day = start
    for _ in range(count):
        day = next_business_day(day)
    return day


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end``."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_business_day(day)
    return count


def long_date(day: dt.date) -> str:
    """``Monday, August 6, 2007``."""
    return f"{day.strftime('%A, %B')} {day.day}, {day.year}"
