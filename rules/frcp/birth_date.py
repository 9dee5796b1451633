"""An individual's full date of birth appears in the filing (only the year may).

## What it checks
Full dates (month, day and year, written out or as ``03/14/1979``) that follow "born",
"birth", "birthday", "DOB" or "D.O.B." within a few words of the same sentence. Dates elsewhere (filing dates, the
ECF stamp, hearing dates) are left alone, and so is a year on its own ("born in 1979").
The output masks the day and month.

## Why it matters
Fed. R. Civ. P. 5.2(a)(2): a filing may include only "the year of the individual's
birth." A full birth date is half of what identity thieves need.

## Example
Fires: ``Ms. Doe (DOB: 03/14/1979) worked for Defendant.``

Silent: ``Ms. Doe, born in 1979, worked for Defendant from July 30, 2007.``

## References
Fed. R. Civ. P. 5.2(a)(2); rules catalog FRCP-5.2-a-2.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.legal.court_calendar import find_dates
from filelint.diagnostic import Finding, Secret
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.frcp import all_text

NAME = "birth-date"
FIX = "Give only the year of birth (\"born in 1979\"); redact the month and day."
BIRTH = regex.compile(r"\bborn\b|\bbirth(?:day|date)?\b|\bD\.?\s?O\.?\s?B\b", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = all_text(doc)
    for found in find_dates(text.text):
        before = text.text[max(found.start - 30, 0) : found.start]
        # "DOB: 03/14/1979", "born on March 14, 1979": the word leads to the date within the sentence.
        if BIRTH.search(before) and not regex.search(r"[.;]\s", before[BIRTH.search(before).end():]):
            value = found.text.removeprefix(found.weekday_written or "").lstrip(", ")
            yield Finding(f"A full date of birth appears: {value}. Only the year may be filed.",
                          secrets=(Secret(value),), **text.location(found.start))
