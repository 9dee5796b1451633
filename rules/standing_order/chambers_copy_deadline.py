"""When the conformed chambers copy must reach chambers: noon on the next business day after filing.

## What it checks
For a chambers copy that carries its ECF file stamp, the deadline to lodge it: 12:00
p.m. Pacific time on the first business day after the filed date in the stamp
(weekends and legal holidays skipped, holidays on their observed dates). This is a
reminder, not a defect: filelint cannot know when the paper reaches chambers.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. A document filed on a Friday is due at noon on Monday, or Tuesday when
Monday is a holiday.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Fed. R. Civ. P. 6(a);
rules catalog §9.2.
"""

from __future__ import annotations

from collections.abc import Iterator

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
