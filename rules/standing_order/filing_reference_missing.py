"""A filing on a referred motion does not list the case number with the district judge's initials and the referral designation.

## What it checks
Papers without a caption (a joint discovery letter) must still list the case number,
the district judge's initials and the referral designation (the pack's ``initials`` in
parentheses, "(XYZ)"), usually in the "Re:" line; the designation may be spaced ("( XYZ )"), wrap
onto the next line, or be appended with a hyphen as the docket writes it ("-SC-XYZ", noted as info).
Every paper's page footers that carry the case number should carry the referral
designation too: a footer with the number but without it is a warning, reported once with
the pages it is on. (Captions are checked by the pack's referral-caption rule.) A paper before another magistrate
judge (its number names another referral, or it is addressed to another magistrate judge)
is left alone.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. Footers are what identify a page that comes loose from the
paper (Civil L.R. 3-4(c)(3)), so they should identify it the same way as the caption.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Civil L.R. 3-4(a)(3)(C),
3-4(c)(3).
"""

from __future__ import annotations

from collections.abc import Iterator

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
