"""The caption's case number lacks the district judge's initials or the referral designation, e.g. "(XYZ)".

## What it checks
On the caption page of a filing in a matter referred to the magistrate judge, the case
number must be followed by the assigned district judge's initials and then the referral
judge's initials in parentheses, in any era's form and however the line wraps:

- ``No. C-06-03891 SC (XYZ)`` (2007 style), ``Case No. C 06-03891 SC ( XYZ )``
- ``Case No. 3:06-cv-03891-SC (XYZ)`` (current style), with hyphens or en dashes

It fires when the designation is missing, when the district judge's initials are missing,
or when the number is not the case configured as ``case-number`` (numbers are compared by
year and sequence, so ``06-3891`` equals ``06-03891``). A missing number is reported only on
a readable caption that names the court: a scanned page or a paper without a caption is
left to the rules that read those. Initials appended with a hyphen
(``3:06-cv-03891-SC-XYZ``, as the court's docket writes them) are recognised and only noted
(info). It stays silent where the paper is before another magistrate judge (its number
names another referral, "(DMR)" or "-DMR", or its first page is addressed to another
magistrate judge by name), and where the assigned judge *is* the magistrate judge
(``13-cv-00453-XYZ``, a consent case): there is no referral to designate.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. Civil L.R. 3-4(a)(3)(C) likewise asks
for the assigned judge's initials and, if applicable, the referral judge's. Without
them, papers go to the wrong chambers, and papers that do not comply may not
be considered.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Civil L.R.
3-4(a)(3)(C); rules catalog §8.1 (case-number forms).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.casenumber import parse_case_number
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext
from filelint_rules.standing_order import before_another_judge, designation_problems

NAME = "referral-caption"
# Papers with a caption; joint letters and exhibits carry the number elsewhere (JCS010).
TYPES = ("motion", "opposition", "reply", "declaration", "proposed-order", "stipulation", "complaint", "other")
FIX = "List the case number, the district judge's initials and the referral judge's designation in parentheses."


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    if facts.caption_page is None:
        return
    page, initials = facts.caption_page, ctx.param("initials")
    if not facts.case_numbers:
        # Only a caption (the court named, its text readable, not an OCR guess) can be said to lack the number;
        # scans and pages without text are reported by the rules that read them.
        captioned = facts.readable_caption is not None and facts.court_title_line is not None and page.has_text
        if captioned and not before_another_judge(ctx, None):
            yield Finding(
                f'No case number was found on the caption page; it must list the case number, the district judge\'s initials and "({initials})".',
                page=page.number,
            )
        return
    number = facts.case_numbers[0]
    line = facts.caption_text.line_at(number.start)
    where = {"page": page.number, "line": line.number, "excerpt": excerpt(line.text)}
    configured = parse_case_number(ctx.settings.case_number) if ctx.settings.case_number else None
    if configured is not None and not number.same_case(configured):
        yield Finding(
            f'The caption\'s case number "{number.bare}" is not this matter\'s case number "{ctx.settings.case_number}".',
            fix=f'Use the case number "{ctx.settings.case_number}" (check the docket).',
            **where,
        )
    if number.judge == initials or before_another_judge(ctx, number):
        return  # the magistrate judge presides, or another one has the referral: nothing to designate
    yield from designation_problems(number, initials, where)
