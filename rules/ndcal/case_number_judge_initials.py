"""The caption's case number is missing, or is not followed by the assigned judge's initials.

## What it checks
The case number in the caption, in any era's form (``C 06-03891 SC``,
``3:06-cv-03891-SC``), followed by the initials of the district judge (or magistrate
judge) the case is assigned to. A complaint filed before a number is assigned has a
blank "Case No." and is left alone.

## Why it matters
Civil L.R. 3-4(a)(3)(C): the first page must show "the case number ... followed by the
initials of the assigned District Judge or Magistrate Judge and, if applicable, the
initials of the Magistrate Judge to whom the action is referred for discovery or other
pretrial activity." The initials route the paper to chambers.

## Example
Fires: ``Case No. 3:06-cv-03891``; ``CASE NO. C 07-01234``.

Silent: ``Case No. 3:06-cv-03891-SC``; ``No. C-06-03891 SC (JCS)``; ``Case No. ______``
(a complaint before a number is assigned).

## References
N.D. Cal. Civil L.R. 3-4(a)(3)(C) (verified); rules catalog §8.1 (case-number forms).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "case-number-judge-initials"
FIX = "Write the case number followed by the assigned judge's initials, e.g. \"Case No. 3:06-cv-03891-SC\"."
TYPES = CAPTIONED
BLANK_NUMBER = lazy(r"\bCase\s+No\.?\s*:?\s*(?:_{2,}|\s*$)", regex.IGNORECASE | regex.MULTILINE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    page = ctx.facts.readable_caption
    if page is None:
        return
    text = ctx.facts.caption_text
    number = next(iter(ctx.facts.case_numbers), None)
    if number is None:
        if not BLANK_NUMBER.search(text.text):
            yield Finding("No case number was found in the caption.", page=page.number)
        return
    if not number.judge:
        yield Finding(f'The case number "{number.bare}" is not followed by the assigned judge\'s initials.',
                      **text.location(number.start))
