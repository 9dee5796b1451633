"""Dates as filings write them, found with their span and read as calendar dates.

One pattern for every form a filing uses: "July 27, 2007", "Jul. 27, 2007", "July 27th,
2007", "JULY 27, 2007", "Sept. 5, 2007", "27 July 2007", "the 27th day of July, 2007",
"7/27/07", "07/27/2007", "07-27-2007", "07.27.2007" and "2007-07-27", with an optional
weekday in front ("Friday, September 7, 2007"). A date may wrap onto the next line ("July
27,⏎2007") but never runs across a blank line. Numbers are read month first, as U.S.
filings write them; a form that is no real date ("13/45/2007") is not a date, and neither
are case numbers ("06-03891", "No. 3:07-cv-1234"), Bates numbers or numbers inside other
numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from filelint.legal.lazy_regex import alternatives, finditer_alternatives, lazy

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Whitespace inside one paragraph: a line may wrap once, a blank line ends the date.
SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
GAP = r"[ \t]*\n?[ \t]*"
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
_MONTH_END = r"(?:\." + GAP + r"|" + SPACE + r")"  # "Sept. 5" or "Sept.5" or "July 27"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_NUMERIC_END = r"(?!\d|[\w/]|[.\-]\d)"
DATE_PATTERN = lazy(
    r"(?:(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)," + GAP + r"(?:the" + SPACE + r")?)?"
    r"(?:"
    # July 27, 2007 / Jul. 27, 2007 / July 27th, 2007 / July 27,⏎2007
    r"(?<![\w])" + _MONTH + _MONTH_END + r"(?P<day>\d{1,2})" + _ORDINAL + r"(?!\d)" + r"(?:," + GAP + r"|" + SPACE + r")" + _YEAR +
    # 27 July 2007 / 27th day of July, 2007
    r"|(?<![\w/.:\-])(?P<day>\d{1,2})" + _ORDINAL + SPACE + r"(?:day" + SPACE + r"of" + SPACE + r")?" + _MONTH + r"\.?,?"
    + SPACE + _YEAR +
    # 7/27/07, 07/27/2007, 07-27-2007, 07.27.2007 (a two-digit year only with slashes)
    r"|(?<![\w/.\-\u2013\u2014$§#]|\d:)(?P<num_month>\d{1,2})(?P<sep>[/\-.])(?P<num_day>\d{1,2})(?P=sep)"
    r"(?P<num_year>\d{4}|(?<=/\d{1,2}/)\d{2})" + _NUMERIC_END +
    # 2007-07-27
    r"|(?<![\w/.\-\u2013\u2014$§#]|\d:)(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})" + _NUMERIC_END +
    r")",
    regex.IGNORECASE,
)
EARLIEST_YEAR, LATEST_YEAR = 1800, 2199  # a four-digit number outside these is not a year in a filing


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

    @property
    def date_text(self) -> str:
        """The date as written, without the weekday, on one line ("March 14, 1979")."""
        text = self.text
        if self.weekday_written:
            text = regex.sub(r"^\w+,\s*(?:the\s+)?", "", text, flags=regex.IGNORECASE)
        return " ".join(text.split())

    @property
    def date_start(self) -> int:
        """Where the date itself (after any weekday) starts."""
        match = regex.match(r"\w+,\s*(?:the\s+)?", self.text, flags=regex.IGNORECASE) if self.weekday_written else None
        return self.start + (match.end() if match else 0)


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Every full date (month, day and year) in ``text`` (or in ``text[start:end]``)."""
    for match in DATE_PATTERN.finditer(text, start, len(text) if end is None else end):
        date = to_date(match)
        if date is not None:
            yield FoundDate(date, match.group(0), match.start(), match.end(), match["weekday"])


def to_date(match: regex.Match) -> dt.date | None:
    """The calendar date a match of DATE_PATTERN names, or None when it names none."""
    try:
        if match["month"]:
            year, month, day = int(match["year"]), MONTHS[match["month"].lower()[:3]], int(match["day"])
        elif match["iso_year"]:
            year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
        else:
            year, month, day = int(match["num_year"]), int(match["num_month"]), int(match["num_day"])
            if len(match["num_year"]) == 2:
                year += 2000 if year < 70 else 1900
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return None
        return dt.date(year, month, day)
    except (ValueError, KeyError, TypeError):
        return None


# ---------------------------------------------------------------- birth dates
# "born", "birth", "birthday", "birthdate", "date of birth", "DOB", "D.O.B.", "d/o/b".
# Searched one alternative at a time (finditer_alternatives): a filing is scanned for them whole.
BIRTH_CONTEXT = alternatives((
    r"\bdate[ \t\n]+of[ \t\n]+birth\b", r"\bborn\b",
    r"\bbirth(?:s|day|date)?\b(?![ \t\n]+of[ \t\n]+(?:the|a|an|this|that)\b|[ \t\n]+(?:party|parties|celebration|card|gift|present|dinner)\b)",
    r"\bnacimiento\b", r"(?<![\w.])D(?:\.[ \t]?|/)?O(?:\.[ \t]?|/)?B\b\.?"),
    regex.IGNORECASE, ("birth", "born", "birth", None, None))
# What may stand between the birth word and the date: a few words, no number, no new clause.
_BIRTH_LINK = lazy(r"[^\d;!?]{0,45}", regex.IGNORECASE)
_NEW_CLAUSE = lazy(r"\n[ \t]*\n|[.!?][\"”’)]*[ \t\n]+(?=\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|No|St)\.[ \t\n]+)"
                            r"|\b(?:and|but|while|whereas|until|after|before|since|filed|hired|served|dated|issued|signed|recorded|obtained)\b",
                            regex.IGNORECASE)
_DATE_THEN_BIRTH = lazy(r"[ \t]*[(\[,:\-\u2013\u2014]?[ \t]*(?:the[ \t]+|her[ \t]+|his[ \t]+|their[ \t]+)?$",
                                 regex.IGNORECASE)


def find_birth_dates(text: str) -> Iterator[FoundDate]:
    """Full dates that the words around them give as a birth date: "born on March 14, 1979",
    "DOB: 03/14/1979", "date of birth 14 March 1979", "03/14/1979 (date of birth)".

    Only the sentence around a birth word is read, so a hearing or filing date elsewhere is
    never taken for one, nor a year alone ("born in 1979") or an age.
    """
    seen: set[int] = set()
    for context in finditer_alternatives(BIRTH_CONTEXT, text):
        for found in _dates_after(text, context.end()) or _dates_before(text, context.start()):
            if found.start not in seen:
                seen.add(found.start)
                yield found


def _dates_after(text: str, end: int) -> list[FoundDate]:
    window_end = min(end + 80, len(text))
    for found in find_dates(text, end, window_end):
        link = text[end : found.start]
        if _BIRTH_LINK.fullmatch(link) and not _NEW_CLAUSE.search(link):
            return [found]
        return []
    return []


def _dates_before(text: str, start: int) -> list[FoundDate]:
    window_start = max(start - 45, 0)
    found = [d for d in find_dates(text, window_start, start) if _DATE_THEN_BIRTH.fullmatch(text[d.end : start])]
    return found[-1:]
