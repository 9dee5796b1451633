"""A motion's or opposition's memorandum does not state the issues to be decided.

## What it checks
A memorandum of points and authorities supporting or opposing a noticed motion should
have a statement of the issues to be decided, under a heading such as "STATEMENT OF
ISSUES TO BE DECIDED", "ISSUES TO BE DECIDED", "ISSUES PRESENTED" or "QUESTIONS
PRESENTED". A warning; replies and administrative motions are left alone.

## Why it matters
Civil L.R. 7-4(a)(3): a brief or memorandum must contain "a statement of the issues to
be decided". The requirement's wording is from memory (rules catalog: M), so it is a
warning.

## Example
Fires: a memorandum that goes from "INTRODUCTION" straight to "ARGUMENT".

Silent: "I. STATEMENT OF THE ISSUE TO BE DECIDED" followed by the issue.

## References
N.D. Cal. Civil L.R. 7-4(a)(3); rules catalog NDCAL-7-4-a-ISSUES.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.legal.doctype import title_text
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.textsearch import document_text
from filelint_rules.ndcal import ADMINISTRATIVE

NAME = "issues-to-be-decided"
FIX = "Add a heading \"STATEMENT OF ISSUES TO BE DECIDED\" and state them briefly."
TYPES = ("motion", "opposition")
SEVERITY = "warning"
ISSUES = regex.compile(
    r"ISSUES?\s+(?:TO\s+BE\s+DECIDED|PRESENTED)|QUESTIONS?\s+PRESENTED|STATEMENT\s+OF\s+(?:THE\s+)?ISSUES?"
    r"|Issues?\s+to\s+be\s+Decided|Issues?\s+Presented|Questions?\s+Presented|Statement\s+of\s+(?:the\s+)?Issues?",
)
MEMORANDUM = regex.compile(r"MEMORANDUM\s+OF\s+POINTS|POINTS\s+AND\s+AUTHORITIES|Memorandum\s+of\s+Points", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if ADMINISTRATIVE.search(title_text(doc)):
        return
    text = document_text(doc).text
    if MEMORANDUM.search(text) and not ISSUES.search(text):
        yield Finding("The memorandum has no statement of the issues to be decided.", page=1)
