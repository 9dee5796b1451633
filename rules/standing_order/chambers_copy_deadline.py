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
Fires: a copy stamped as filed on Friday, August 3, 2007 is due at noon on Monday, August 6:
``Case 3:06-cv-03891-SC Document 45 Filed 08/03/2007 Page 1 of 1 JCS'S CHAMBERS' COPY Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS).``
and fixtures/spero/chambers_copy_no_designation.pdf.

Silent: a chambers copy without a file stamp (JCS003 reports that instead),
``JCS'S CHAMBERS' COPY Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS).``,
and a stamped paper that is not a chambers copy,
``Case 3:06-cv-03891-SC Document 45 Filed 08/03/2007 Page 1 of 1 Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS).``

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Fed. R. Civ. P. 6(a);
rules catalog §9.2.
"""

from __future__ import annotations

from typing import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.court_calendar import long_date, next_business_day
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext

NAME = "chambers-copy-deadline"
FIX = "Deliver the conformed paper copy to chambers before the deadline."
SEVERITY = "info"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if not doc.pages or not ctx.chambers_copy:
        return
    stamp = ctx.facts.first_page_stamp
    if stamp is None or stamp.filed is None:
        return
    due = next_business_day(stamp.filed)
    lines = ctx.facts.ecf_stamp_lines(doc.pages[0])
    yield Finding(
        f"Filed {long_date(stamp.filed)}: lodge with chambers by 12:00 p.m. {long_date(due)}.",
        page=1, line=lines[0].number if lines else None, excerpt=excerpt(stamp.text),
    )
