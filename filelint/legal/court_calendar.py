"""Court-day arithmetic under Fed. R. Civ. P. 6(a), and the dates filings write (from ``dates``).

The one module that does date arithmetic; rules ask it. Legal holidays are the
federal holidays of 5 U.S.C. § 6103 on their observed dates (a Saturday holiday is
observed on Friday, a Sunday one on Monday), from the ``holidays`` library, which also
knows that Juneteenth became a holiday in 2021.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

# Finding dates in text lives in filelint.legal.dates; these names stay importable from here.
from filelint.legal.dates import DATE_PATTERN, MONTHS, WEEKDAYS, FoundDate, find_dates  # noqa: F401  (re-exported)

if TYPE_CHECKING:
    import holidays


@cache
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
