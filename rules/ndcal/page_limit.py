"""A motion, opposition or reply is longer than its page limit.

## What it checks
The pages of text of a brief, counted as the court counts them: not a cover sheet, the
caption page, the table of contents or the table of authorities, and not declarations,
exhibits, proposed orders or proofs of service filed with it. Whether the notice of
motion's pages count is an open question (Civil L.R. 7-2(b) puts notice and memorandum
"in one filed document not exceeding 25 pages"); the pack counts them, and
``page-limit-counts-notice = false`` does not. Limits are pack parameters by type
(``page-limits``): 25 pages for a motion (notice and memorandum together) and for an
opposition, 15 for a reply, 5 for an administrative motion under Civil L.R. 7-11.

## Why it matters
Civil L.R. 7-2(b) and 7-4(b): "Unless the Court expressly orders otherwise pursuant to
a party's request made prior to the due date, briefs or memoranda filed with
opposition papers may not exceed 25 pages of text and the reply brief may not exceed 15
pages of text." Civil L.R. 7-11(a): administrative motions may not exceed 5 pages. Judges
strike or disregard the excess; in Putian v. Meta (N.D. Cal. 2022) an over-length motion
was stricken, the cover page and tables not counting toward the limit.

## Example
Fires: a reply with 17 pages of argument after its caption page and tables.

Silent: a 25-page motion with a caption page, a 2-page table of contents and a 3-page
table of authorities (25 pages of text).

## References
N.D. Cal. Civil L.R. 7-2(b), 7-4(b), 7-11(a); rules catalog NDCAL-7-4-b, NDCAL-PAGE-COUNT.
The 25-page limit is verified; the 15-page reply limit is from memory (M) and is a pack
parameter. filelint cannot see an order granting leave to file excess pages: raise the
limit for that paper with ``[packs.ndcal] page-limits`` or ``per-file-ignores``.
"""

from __future__ import annotations

from typing import Iterator

from filelint.diagnostic import Finding
from filelint.legal.doctype import title_text
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.structure import counted_pages, page_ranges
from filelint_rules.ndcal import ADMINISTRATIVE, BRIEFS

NAME = "page-limit"
FIX = "Cut the brief to the limit, or ask the Court for leave to file excess pages before it is due."
TYPES = BRIEFS


def brief_kind(doc: Document, document_type: str) -> str:
    """The page-limit category: administrative-motion, motion, opposition or reply."""
    return "administrative-motion" if ADMINISTRATIVE.search(title_text(doc)) else document_type


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    kind = brief_kind(doc, ctx.document_type)
    limit = ctx.param("page-limits").get(kind)
    pages = counted_pages(doc, count_notice=bool(ctx.param("page-limit-counts-notice")))
    if limit is None or len(pages) <= limit:
        return
    numbers = [page.number for page in pages]
    label = kind.replace("-", " ")
    yield Finding(
        f"The {label} has {len(pages)} pages of text (pages {page_ranges(numbers)}, not counting the caption page, "
        f"tables and attachments); the limit is {limit}.",
        page=numbers[limit],
    )
