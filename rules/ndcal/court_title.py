"""The caption does not give the court's title ("UNITED STATES DISTRICT COURT" / "NORTHERN DISTRICT OF CALIFORNIA") and division.

## What it checks
The caption page must name the court: "UNITED STATES DISTRICT COURT" and "NORTHERN
DISTRICT OF CALIFORNIA" (an error if either is missing). A missing division (San
Francisco, Oakland, San Jose or Eureka) is a warning. On pleading paper the court's
title should begin on line 8 or below, leaving the lines above for counsel; a title
starting higher is a warning.

## Why it matters
Civil L.R. 3-4(a)(3)(A): "Commencing on the eighth line of the first page (unless
additional space is needed for the listing of counsel), the title of the Court,
including the appropriate Division or location." Papers are routed by court and
division.

## Example
Fires: ``UNITED STATES DISTRICT COURT ACME, INC. v. WIDGET CORP.`` (no district);
``DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA`` (no court title); and
fixtures/ndcal/caption_title_too_high.pdf (the title on line 4).

Silent: ``United States District Court, Northern District of California, San Francisco
Division``; ``UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA
OAKLAND DIVISION``; fixtures/ndcal/motion_ok.pdf.

## References
N.D. Cal. Civil L.R. 3-4(a)(3)(A) (verified); rules catalog NDCAL-3-4-a-3. Whether the
division was required in 2007 is unverified: it is only a warning.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "court-title"
FIX = "Begin the caption on line 8 with UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA, and the division."
TYPES = CAPTIONED
DISTRICT = lazy(r"NORTHERN\s+DISTRICT\s+OF\s+CALIFORNIA", regex.IGNORECASE)
DIVISION = lazy(r"\b(?:SAN\s+FRANCISCO|OAKLAND|SAN\s+JOSE|EUREKA|McKINLEYVILLE)(?:\s+DIVISION)?\b", regex.IGNORECASE)
EARLIEST_LINE = 8


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    page = ctx.facts.readable_caption
    if page is None:
        return
    title = ctx.facts.court_title_line
    if title is None:
        yield Finding('The caption does not name the court ("UNITED STATES DISTRICT COURT").', page=page.number)
        return
    where = {"page": page.number, "line": title.number, "excerpt": excerpt(title.text)}
    body = list(page.body)
    start = body.index(title)
    near_title = "\n".join(line.text for line in body[start : start + 4])  # not the counsel's address
    if not DISTRICT.search(ctx.facts.caption_text.text):
        yield Finding('The caption does not name the district ("NORTHERN DISTRICT OF CALIFORNIA").', **where)
    elif not DIVISION.search(near_title):
        yield Finding("The caption does not name the division (San Francisco, Oakland, San Jose or Eureka).",
                      severity=Severity.WARNING, **where)
    if title.pleading_line is not None and title.pleading_line < EARLIEST_LINE:
        yield Finding(f"The court's title begins on line {title.pleading_line}; it should begin on line {EARLIEST_LINE} or below.",
                      severity=Severity.WARNING, **where)
