"""The caption has no title describing the paper.

## What it checks
That the caption, beside or below the parties' names, carries a title saying what the
paper is: a motion, opposition, reply, declaration, notice, stipulation, proposed
order, complaint, answer, brief, statement, application, certificate and so on.

## Why it matters
Civil L.R. 3-4(a)(3)(D): the first page must give "a title describing the paper." The
docket entry, the clerk's routing and the judge's reading all start from it.

## Example
Fires: ``UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA ACME, INC.,
Plaintiff, v. WIDGET CORP., Defendant. Case No. 3:07-cv-01234-SC`` (parties and number,
no title); fixtures/ndcal/caption_without_title.pdf.

Silent: ``UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA Plaintiff's
Notice of Motion and Motion to Compel Further Interrogatory Responses`` (a title in
title case counts); fixtures/ndcal/motion_ok.pdf.

## References
N.D. Cal. Civil L.R. 3-4(a)(3)(D) (verified); rules catalog NDCAL-3-4-a-3.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.doctype import PAPER_WORDS
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "document-title"
FIX = "Put a title describing the paper in the caption, e.g. \"PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL\"."
TYPES = CAPTIONED


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    page = ctx.facts.readable_caption
    if page is None or PAPER_WORDS.search(ctx.facts.title):
        return
    yield Finding("The caption has no title describing the paper.", page=page.number)
