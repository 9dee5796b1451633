"""A filing on a referred motion does not list the case number with the district judge's initials and the referral designation.

## What it checks
Papers without a caption (a joint discovery letter) must still list the case number,
the district judge's initials and the referral designation ("(JCS)" for Judge Spero),
usually in the "Re:" line; the designation may be spaced ("( JCS )"), wrap onto the next
line, or be appended with a hyphen as the docket writes it ("-SC-JCS", noted as info).
Every paper's page footers that carry the case number should carry the referral
designation too: a footer with the number but without it is a warning, reported once with
the pages it is on. (Captions are checked by JCS001.) A paper before another magistrate
judge (its number names another referral, or it is addressed to another magistrate judge)
is left alone.

## Why it matters
The order: "All filings of documents relating to motions referred to the undersigned
shall list the civil case number and the district court judge's initials followed by
the designation '(JCS)'." Footers are what identify a page that comes loose from the
paper (Civil L.R. 3-4(c)(3)), so they should identify it the same way as the caption.

## Example
Fires: ``Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC. Dear Judge Spero: The parties submit this joint letter.``
and fixtures/spero/joint_letter_without_referral.pdf.

Silent: ``Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS). Dear Judge Spero: The parties submit this joint letter.``,
``Re: Ross v. AT&T Mobility LLC, Case 4:19-cv-06669-JST-DMR. Dear Magistrate Judge Ryu: The parties submit this joint letter.``
(another magistrate judge's matter), and fixtures/spero/joint_letter_ok.pdf.

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Civil L.R. 3-4(a)(3)(C),
3-4(c)(3).
"""

from __future__ import annotations

from typing import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.casenumber import find_case_numbers
from filelint.legal.structure import page_ranges
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext
from filelint_rules.standing_order import another_judges_matter, before_another_judge, designation_problems

NAME = "filing-reference-missing"
FIX = "List the case number, the district judge's initials and the referral judge's designation in parentheses."
UNCAPTIONED = ("joint-letter",)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if another_judges_matter(ctx):
        return
    initials = ctx.param("initials")
    if ctx.document_type in UNCAPTIONED:
        yield from _first_page_reference(ctx, initials)
    yield from _footers(doc, ctx, initials)


def _first_page_reference(ctx: RuleContext, initials: str) -> Iterator[Finding]:
    facts = ctx.facts
    if facts.caption_page is None:
        return
    if not facts.case_numbers:
        yield Finding(f'The first page does not list the case number with the district judge\'s initials and "({initials})".',
                      page=facts.caption_page.number)
        return
    number = facts.case_numbers[0]
    if number.judge != initials:
        yield from designation_problems(number, initials, facts.caption_text.location(number.start))


def _footers(doc: Document, ctx: RuleContext, initials: str) -> Iterator[Finding]:
    pages, first_line = [], None
    for page in doc.pages:
        for line in page.footer:
            number = next(find_case_numbers(line.text), None)
            if number is None or initials in (number.referral_judge, number.judge) or before_another_judge(ctx, number):
                continue
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
