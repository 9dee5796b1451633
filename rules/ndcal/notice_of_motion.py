"""A motion does not open with notice of the hearing date and time and the relief sought.

## What it checks
A noticed motion (not an administrative motion under Civil L.R. 7-11, and not a
memorandum filed on its own) must open, after the caption, with a notice paragraph
("PLEASE TAKE NOTICE that on <date>, at <time>, ...") that gives the hearing date and
time (a date or time given only in the hearing block under the title is accepted),
followed by (or including) a statement of the relief sought ("will and hereby
does move for an order ...").

## Why it matters
Civil L.R. 7-2(b): "in one filed document not exceeding 25 pages in length, a motion
must contain: (1) In the first paragraph, notice of the motion including date and time
of hearing; (2) In a separately headed section, a concise statement of what relief or
Court action the movant seeks". A motion without notice is not on calendar. The
paragraph structure is from memory (rules catalog: M); the notice itself is not in
doubt.

## Example
Fires: ``PLAINTIFF'S MOTION TO COMPEL FURTHER RESPONSES TO INTERROGATORIES`` (no notice
at all); fixtures/ndcal/motion_without_notice.pdf.

Silent: ``PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL. PLEASE TAKE NOTICE THAT ON
FRIDAY, SEPTEMBER 7, 2007, AT 9:30 A.M., PLAINTIFF WILL AND HEREBY DOES MOVE FOR AN ORDER
COMPELLING DEFENDANTS TO ANSWER INTERROGATORY NOS. 3 THROUGH 7.``;
fixtures/ndcal/motion_ok.pdf.

## References
N.D. Cal. Civil L.R. 7-2(b); rules catalog NDCAL-7-2-b.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.doctype import is_administrative, is_memorandum_only
from filelint.legal.lazy_regex import lazy
from filelint.rule import RuleContext

NAME = "notice-of-motion"
FIX = "Open with \"PLEASE TAKE NOTICE that on <date>, at <time>, in Courtroom ..., <party> will and hereby does move for an order ...\"."
TYPES = ("motion",)
RELIEF = lazy(
    r"\b(?:will|hereby|does|do)\s+(?:and\s+hereby\s+(?:does|do)\s+)?move\b|\bmoves?\s+(?:the\s+Court\s+)?(?:for|to)\b"
    r"|\brelief\s+(?:sought|requested)\b|\bseeks?\s+an?\s+order\b|\brequests?\s+(?:that\s+the\s+Court|an?\s+order)\b",
    regex.IGNORECASE,
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    title = ctx.facts.title
    if is_administrative(title) or is_memorandum_only(title):
        return
    page = ctx.facts.caption_page
    hearing = ctx.facts.hearing
    notice = hearing.notice
    if notice is None:
        yield Finding('The motion does not open with a notice of motion ("PLEASE TAKE NOTICE that on <date>, at <time> ...").',
                      page=page.number if page else 1)
        return
    block = hearing.block
    given = {"date": notice.date or (block.date if block else None), "time": notice.time or (block.time if block else None)}
    missing = [what for what, value in given.items() if value is None]
    if missing:
        yield Finding(f"The notice of motion does not give the hearing {' or '.join(missing)}.", **notice.where)
    text = ctx.facts.text().text  # the text the notice's offset refers to
    if not RELIEF.search(text[notice.offset : notice.offset + 2500]):
        yield Finding("The notice of motion is not followed by a statement of the relief sought.", **notice.where)
