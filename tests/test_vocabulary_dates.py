"""The date vocabulary: every form filings write a date in, its span, the date it names, and look-alikes that are not dates."""

from __future__ import annotations

import datetime as dt

import pytest

from filelint.legal import court_calendar
from filelint.legal.dates import find_dates

D = dt.date

DATES = [  # (text, what is written as the date, the date)
    ("filed on July 27, 2007.", "July 27, 2007", D(2007, 7, 27)),
    ("served Jul. 27, 2007 by mail", "Jul. 27, 2007", D(2007, 7, 27)),
    ("Dated: July 27th, 2007", "July 27th, 2007", D(2007, 7, 27)),
    ("signed this 27 July 2007 in Oakland", "27 July 2007", D(2007, 7, 27)),
    ("met on 10 August 2007 at the offices", "10 August 2007", D(2007, 8, 10)),
    ("by letter of 7/27/07, counsel", "7/27/07", D(2007, 7, 27)),
    ("DOB 07-27-2007;", "07-27-2007", D(2007, 7, 27)),
    ("ISO date 2007-07-27 in a spreadsheet", "2007-07-27", D(2007, 7, 27)),
    ("on or before July 27,\n2007, the parties", "July 27,\n2007", D(2007, 7, 27)),
    ("DATED: JULY 27, 2007", "JULY 27, 2007", D(2007, 7, 27)),
    ("hearing on Sept. 5, 2007", "Sept. 5, 2007", D(2007, 9, 5)),
    ("Executed this 27th day of July, 2007, at San Francisco", "27th day of July, 2007", D(2007, 7, 27)),
    ("Friday, September 7, 2007 at 9:30 a.m.", "Friday, September 7, 2007", D(2007, 9, 7)),
    ("D.O.B. 03/14/1979", "03/14/1979", D(1979, 3, 14)),
    ("DOB: 1979-03-14", "1979-03-14", D(1979, 3, 14)),
    ("born 14 March 1979 in Fresno", "14 March 1979", D(1979, 3, 14)),
    ("born on 10 August\n2007", "10 August\n2007", D(2007, 8, 10)),
    ("date of birth 03.14.1979", "03.14.1979", D(1979, 3, 14)),
    ("on December 31, 1999.", "December 31, 1999", D(1999, 12, 31)),
    ("on 12/31/99", "12/31/99", D(1999, 12, 31)),
    ("Feb 29, 2008 (a leap day)", "Feb 29, 2008", D(2008, 2, 29)),
    ("(Nov. 1, 2007)", "Nov. 1, 2007", D(2007, 11, 1)),
    ("sent on March 3rd, 2007", "March 3rd, 2007", D(2007, 3, 3)),
    ("born 1 Jan. 1980", "1 Jan. 1980", D(1980, 1, 1)),
]

NOT_DATES = [
    "13/45/2007",  # no thirteenth month
    "February 30, 2007",  # no such day
    "2/29/2007",  # not a leap year
    "Case No. 06-03891 SC",
    "No. C-06-03891 SC (JCS)",
    "No. 3:07-cv-1234",
    "Bates ABC0001234",
    "LEAD-000123",
    "ZIP 94105-1234",
    "born in 1979",
    "in May 2007",
    "July 2007",
    "age 27",
    "section 12.3.07",  # a two-digit year only with slashes
    "7-27-07",
    "July 27,\n\n2007",  # a blank line ends the date
    "(415) 555-0134",
    "123-45-6789",
    "Dkt. No. 45-1",
    "$12.07.2007",
    "10.5.2007.3",
    "9:30 a.m.",
    "Interrogatory Nos. 3-7",
]


@pytest.mark.parametrize(("text", "written", "date"), DATES)
def test_every_form_of_date_is_found_with_its_span(text: str, written: str, date: dt.date) -> None:
    found = list(find_dates(text))
    assert [f.date for f in found] == [date]
    assert found[0].text == written
    assert text[found[0].start : found[0].end] == written


@pytest.mark.parametrize("text", NOT_DATES)
def test_look_alikes_are_not_dates(text: str) -> None:
    assert list(find_dates(text)) == []


def test_weekday_is_kept_apart_from_the_date() -> None:
    text = "on Friday, September 6, 2007"
    found = next(find_dates(text))
    assert found.weekday_written == "Friday" and found.weekday_mismatch
    assert found.date_text == "September 6, 2007" and text[found.date_start :] == "September 6, 2007"


def test_wrapped_date_reads_on_one_line() -> None:
    assert next(find_dates("July 27,\n  2007")).date_text == "July 27, 2007"


def test_search_window() -> None:
    text = "Filed July 27, 2007. Born March 14, 1979."
    assert [f.date for f in find_dates(text, start=20)] == [D(1979, 3, 14)]


def test_court_calendar_re_exports_the_finder() -> None:
    assert court_calendar.find_dates is find_dates
    assert court_calendar.FoundDate.__module__ == "filelint.legal.dates"
