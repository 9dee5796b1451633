"""The caption has no title describing the paper.

## What it checks
That the caption, beside or below the parties' names, carries a title saying what the
paper is: a motion, opposition, reply, declaration, notice, stipulation, proposed
order, complaint, answer, brief, statement, application, certificate and so on.

## Why it matters
Civil L.R. 3-4(a)(3)(D): the first page must give "a title describing the paper." The
docket entry, the clerk's routing and the judge's reading all start from it.

## Example
Fires: a caption with the parties and case number but no title.

Silent::

    PLAINTIFF'S NOTICE OF MOTION AND
    MOTION TO COMPEL FURTHER
    INTERROGATORY RESPONSES

## References
N.D. Cal. Civil L.R. 3-4(a)(3)(D) (verified); rules catalog NDCAL-3-4-a-3.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.legal.doctype import title_text
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED, readable_caption

NAME = "document-title"
FIX = "Put a title describing the paper in the caption, e.g. \"PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL\"."
TYPES = CAPTIONED
PAPER_WORDS = regex.compile(
    r"\b(?:MOTION|OPPOSITION|REPLY|RESPONSE|DECLARATION|AFFIDAVIT|NOTICE|STIPULATION|STIPULATED|ORDER|COMPLAINT|ANSWER|BRIEF"
    r"|MEMORANDUM|STATEMENT|REQUEST|APPLICATION|PETITION|CERTIFICATE|CERTIFICATION|OBJECTIONS?|REPORT|LETTER|PROOF|JOINT"
    r"|SUPPLEMENT(?:AL)?|ADMINISTRATIVE|TRANSCRIPT|JUDGMENT|VERDICT|SUBPOENA|DESIGNATION|EXHIBIT|INDEX|PROPOSED|CONSENT"
    r"|DECLINATION|REQUESTS?|INTERROGATORIES|DISCLOSURES?|BRIEFING|SUBMISSION|RESPONSES?|APPEAL|AGREEMENT|PLAN)\b"
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    page = readable_caption(doc)
    if page is None or PAPER_WORDS.search(title_text(doc)):
        return
    yield Finding("The caption has no title describing the paper.", page=page.number)
