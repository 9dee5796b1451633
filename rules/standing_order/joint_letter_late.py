"""A joint letter is dated later than the order allows after the in-person meet-and-confer.

## What it checks
The date of a joint discovery letter (its ECF filed date, else its "Dated:" line or the
date at the head of the letter) against the date of the in-person meeting the letter
describes, counted as the pack says: in business days, weekends and legal holidays
(Fed. R. Civ. P. 6(a), holidays on their observed dates) do not count, and neither does
the day of the meeting. The count and the kind of day are pack parameters
(``joint-letter-deadline-days``, ``joint-letter-deadline-kind``): orders differ, and one
judge's editions differ (business days in one, calendar days in another).

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. A late letter invites the Court to find the dispute was not pursued diligently.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Fed. R. Civ. P. 6(a);
rules catalog §9 (business days).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.court_calendar import FoundDate, add_days, business_days_between, find_dates, long_date
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import PlacedText, excerpt
from filelint.rule import RuleContext
from filelint_rules.standing_order import another_judges_matter
from filelint_rules.standing_order.discovery import in_person_meeting

NAME = "joint-letter-late"
FIX = "File the joint letter within the deadline, or explain the delay and seek leave."
TYPES = ("joint-letter",)
SEVERITY = "warning"
DATED = lazy(r"\bDated:?\s*", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if another_judges_matter(ctx):
        return
    text = ctx.facts.text()
    meeting = in_person_meeting(text)
    if meeting is None or meeting.date is None:
        return  # JCS005 reports a missing or undated meeting
    letter = _letter_date(doc, ctx, text)
    if letter is None:
        return
    letter_date, where = letter
    met = meeting.date.date
    days, kind = int(ctx.param("joint-letter-deadline-days")), ctx.param("joint-letter-deadline-kind")
    deadline = add_days(met, days, kind)
    if letter_date <= deadline:
        return
    elapsed = business_days_between(met, letter_date) if kind == "business" else (letter_date - met).days
    yield Finding(
        f"The letter is dated {long_date(letter_date)}, {elapsed} {kind} days after the in-person meeting on "
        f"{long_date(met)}; the order allows {days} {kind} days (the last day was {long_date(deadline)}).",
        **where,
    )


def _letter_date(doc: Document, ctx: RuleContext, text: PlacedText) -> tuple | None:
    """The letter's date and where it is written: the ECF stamp, "Dated:", or the letterhead date."""
    first = doc.pages[0]
    stamp = ctx.facts.first_page_stamp
    if stamp is not None and stamp.filed:
        lines = ctx.facts.ecf_stamp_lines(first)
        return stamp.filed, {"page": 1, "line": lines[0].number if lines else None, "excerpt": excerpt(stamp.text)}
    for match in DATED.finditer(text.text):
        found = next(find_dates(text.text[match.end() : match.end() + 40].split("\n\n")[0]), None)
        if found is not None:
            return found.date, text.location(match.start())
    for line in first.body[:8]:
        found: FoundDate | None = next(find_dates(line.text), None)
        if found is not None:
            return found.date, {"page": 1, "line": line.number, "excerpt": excerpt(line.text)}
    return None
