"""The CM/ECF file stamp that the court prints at the top of every filed page.

``Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 3``, with the
variations seen across eras (rules catalog §8.2): spaces may vanish in extraction
(``Case3:10-cv-00257-JSW Document26 Filed03/02/10 Page1 of 4``), the year may have two
or four digits, attachments carry a suffix (``Document 43-2``), a second judge may be
appended, and other courts add ``PageID``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from filelint.legal.lazy_regex import lazy

STAMP_PATTERN = lazy(
    r"Case\s?(?P<office>\d{1,2}):(?P<yy>\d{2})\s?-\s?(?P<type>[a-z]{2,3})\s?-\s?(?P<seq>\d{3,5})"
    r"(?:\s?-\s?(?P<judges>[A-Z]{2,4}(?:\s?-\s?[A-Z]{2,4})*))?\s*"
    r"Document\s?(?P<doc>\d+)(?:\s?-\s?(?P<att>\d+))?\s*"
    r"Filed\s?(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})\s*"
    r"Page\s?(?P<page>\d+)\s*of\s*(?P<pages>\d+)"
    r"(?:\s*Page\s?ID\s?#?:?\s?\d+)?",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class EcfStamp:
    """One parsed file stamp."""

    text: str
    office: str
    year: int  # the case's two-digit year, as a number
    case_type: str
    sequence: int
    judges: str
    document: int
    attachment: int | None
    filed: dt.date | None
    page: int
    pages: int

    @property
    def case_key(self) -> tuple[int, int]:
        """What identifies the case regardless of judge initials and padding."""
        return (self.year, self.sequence)

    @property
    def document_label(self) -> str:
        """``45`` or ``43-2``."""
        return f"{self.document}-{self.attachment}" if self.attachment else str(self.document)


def _filed_date(month: str, day: str, year: str) -> dt.date | None:
    full_year = int(year) + (2000 if int(year) < 70 else 1900) if len(year) == 2 else int(year)
    try:
        return dt.date(full_year, int(month), int(day))
    except ValueError:
        return None


def parse_stamp(text: str) -> EcfStamp | None:
    """The first ECF stamp in ``text``, or None."""
    match = STAMP_PATTERN.search(text)
    if match is None:
        return None
    return EcfStamp(
        text=match.group(0),
        office=match["office"],
        year=int(match["yy"]),
        case_type=match["type"].lower(),
        sequence=int(match["seq"]),
        judges=(match["judges"] or "").upper(),
        document=int(match["doc"]),
        attachment=int(match["att"]) if match["att"] else None,
        filed=_filed_date(match["month"], match["day"], match["year"]),
        page=int(match["page"]),
        pages=int(match["pages"]),
    )


def looks_like_stamp(text: str) -> bool:
    """Whether a line carries a file stamp."""
    return STAMP_PATTERN.search(text) is not None
