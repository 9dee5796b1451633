"""The caption's case number lacks the district judge's initials or the referral "(JCS)".

## What it checks
On the caption page of a filing in a matter referred to a magistrate judge, the case
number must be followed by the assigned district judge's initials and then the
referral judge's initials in parentheses:

- ``No. C-06-03891 SC (JCS)`` (2007 style)
- ``Case No. C 06-03891 SC (JCS)``
- ``Case No. 3:06-cv-03891-SC (JCS)`` (current style)

It fires when "(JCS)" is missing, when the district judge's initials are missing, or
when the number is not the case configured as ``case-number`` (numbers are compared by
year and sequence, so ``06-3891`` equals ``06-03891``). Initials appended with a
hyphen (``-SC-JCS``) are a warning: the order asks for the parenthesised designation.
A case number whose assigned judge *is* the magistrate judge (``19-cv-08243-JCS``, a
consent case) needs no referral designation and is left alone.

## Why it matters
The referral order says: "All filings of documents relating to motions referred to
the undersigned shall list the civil case number and the district court judge's
initials followed by the designation '(JCS)'." Civil L.R. 3-4(a)(3)(C) likewise asks
for the assigned judge's initials and, if applicable, the referral judge's. Without
them, papers go to the wrong chambers, and the order warns that papers not in
compliance "will not be considered by the Court."

## Example
Fires (no referral designation)::

    LEADCLICK MEDIA, INC.,          No. C-06-03891 SC
      Plaintiff,

Silent::

    LEADCLICK MEDIA, INC.,          No. C-06-03891 SC (JCS)
      Plaintiff,

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Civil L.R.
3-4(a)(3)(C); rules catalog §8.1 (case-number forms).
"""

from __future__ import annotations

from typing import Iterator

from filelint.legal.casenumber import find_case_numbers, parse_case_number
from filelint.diagnostic import Finding
from filelint.legal.doctype import caption_page
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.textsearch import LineText, excerpt
from filelint_rules.standing_order import designation_problems

NAME = "referral-caption"
# Papers with a caption; joint letters and exhibits carry the number elsewhere (JCS010).
TYPES = ("motion", "opposition", "reply", "declaration", "proposed-order", "stipulation", "complaint", "other")
FIX = 'List the case number, the district judge\'s initials and "(JCS)", e.g. "No. C-06-03891 SC (JCS)".'


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    page = caption_page(doc)
    if page is None:
        return
    initials = ctx.param("initials")
    text = LineText(page.body)
    found = [(text.line_at(number.start), number) for number in find_case_numbers(text.text)]
    if not found:
        yield Finding(
            f'No case number was found on the caption page; it must list the case number, the district judge\'s initials and "({initials})".',
            page=page.number,
        )
        return
    line, number = found[0]
    where = {"page": page.number, "line": line.number, "excerpt": excerpt(line.text)}
    configured = parse_case_number(ctx.settings.case_number) if ctx.settings.case_number else None
    if configured is not None and not number.same_case(configured):
        yield Finding(
            f'The caption\'s case number "{number.bare}" is not this matter\'s case number "{ctx.settings.case_number}".',
            fix=f'Use the case number "{ctx.settings.case_number}" (check the docket).',
            **where,
        )
    if number.judge == initials:
        return  # the magistrate judge presides: there is no referral to designate
    yield from designation_problems(number, initials, where)
