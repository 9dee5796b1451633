"""A filing on a referred motion does not list the case number with the district judge's initials and "(JCS)".

## What it checks
Papers without a caption (a joint discovery letter) must still list the case number,
the district judge's initials and "(JCS)", usually in the "Re:" line. Every paper's page
footers that carry the case number should carry the referral designation too: a footer
with the number but without "(JCS)" is a warning, reported once with the pages it is on.
(Captions are checked by JCS001.)

## Why it matters
The order: "All filings of documents relating to motions referred to the undersigned
shall list the civil case number and the district court judge's initials followed by
the designation '(JCS)'." Footers are what identify a page that comes loose from the
paper (Civil L.R. 3-4(c)(3)), so they should identify it the same way as the caption.

## Example
Fires: a letter headed ``Re: LeadClick Media v. RelationServe Media, No. C-06-03891
SC``; a motion whose footers read ``MOT. TO COMPEL - C-06-03891 SC``.

Silent: ``Re: LeadClick Media v. RelationServe Media, No. C-06-03891 SC (JCS)``; footers
reading ``MOT. TO COMPEL - C-06-03891 SC (JCS)``.

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Civil L.R. 3-4(a)(3)(C),
3-4(c)(3).
"""

from __future__ import annotations

from typing import Iterator

from filelint.legal.casenumber import find_case_numbers
from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.structure import page_ranges
from filelint.legal.textsearch import LineText, excerpt
from filelint_rules.standing_order import designation_problems

NAME = "filing-reference-missing"
FIX = 'List the case number, the district judge\'s initials and "(JCS)", e.g. "No. C-06-03891 SC (JCS)".'
UNCAPTIONED = ("joint-letter",)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    initials = ctx.param("initials")
    if ctx.document_type in UNCAPTIONED:
        yield from _first_page_reference(doc, initials)
    yield from _footers(doc, initials)


def _first_page_reference(doc: Document, initials: str) -> Iterator[Finding]:
    page = doc.first_page
    if page is None:
        return
    text = LineText(page.body, page)
    number = next(find_case_numbers(text.text), None)
    if number is None:
        yield Finding(f'The first page does not list the case number with the district judge\'s initials and "({initials})".', page=page.number)
        return
    if number.judge != initials:
        yield from designation_problems(number, initials, text.location(number.start))


def _footers(doc: Document, initials: str) -> Iterator[Finding]:
    pages, first_line = [], None
    for page in doc.pages:
        for line in page.footer:
            number = next(find_case_numbers(line.text), None)
            if number is not None and initials not in (number.referral, number.judge):
                pages.append(page.number)
                first_line = first_line or (page.number, line)
                break
    if first_line is not None:
        page_number, line = first_line
        listed = page_ranges(pages)
        # Footers sit below the numbered lines: the finding is about the page, not a line.
        yield Finding(
            f'The footer case number lacks "({initials})" on page{"s" if len(pages) > 1 else ""} {listed}.',
            page=page_number, excerpt=excerpt(line.text), severity=Severity.WARNING,
            fix=f'Add "({initials})" after the district judge\'s initials in the footer.',
        )
