"""When the conformed chambers copy must reach chambers: noon on the next business day after filing.

## What it checks
For a chambers copy that carries its ECF file stamp, the deadline to lodge it: 12:00
p.m. Pacific time on the first business day after the filed date in the stamp
(weekends and legal holidays skipped, holidays on their observed dates). This is a
reminder, not a defect: filelint cannot know when the paper reaches chambers.

## Why it matters
The order: "Before noon on the next business day following the electronic filing, the
parties are required to lodge directly with chambers one conformed, paper copy of each
document." A document filed on a Friday is due at noon on Monday, or Tuesday when
Monday is a holiday.

## Example
Reports: a copy stamped ``Filed 08/03/2007`` (a Friday): "lodge with chambers by
12:00 p.m. Monday, August 6, 2007".

Silent: a copy without a file stamp (JCS003 reports that instead), or a paper that is
not a chambers copy.

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Fed. R. Civ. P. 6(a);
rules catalog §9.2.
"""

from __future__ import annotations

from typing import Iterator

from filelint.legal.court_calendar import long_date, next_business_day
from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.ecf import parse_stamp
from filelint.rule import RuleContext
from filelint.legal.textsearch import excerpt

NAME = "chambers-copy-deadline"
FIX = "Deliver the conformed paper copy to chambers before the deadline."
SEVERITY = "info"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if not doc.pages or not ctx.chambers_copy:
        return
    for line in doc.pages[0].lines:
        stamp = parse_stamp(line.text)
        if stamp is not None and stamp.filed is not None:
            due = next_business_day(stamp.filed)
            yield Finding(
                f"Filed {long_date(stamp.filed)}: lodge with chambers by 12:00 p.m. {long_date(due)}.",
                page=1, line=line.number, excerpt=excerpt(stamp.text),
            )
            return
