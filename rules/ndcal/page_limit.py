"""A motion, opposition or reply is longer than its page limit.

## What it checks
The pages of text of a brief, counted as the court counts them: not a cover sheet, the
caption page, the table of contents or the table of authorities (however headed: "Table
of Contents  Page", "INDEX OF AUTHORITIES", a last table page holding one entry), not a
page holding only signatures (the end of a signature block, co-counsel's signatures), and
not declarations, exhibits, proposed orders or proofs of service filed with it. The
message lists the pages counted and the pages left out, and why, so the count can be
checked against the paper. Whether the notice of
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

A Word draft (.docx) does not record where Word's layout breaks its pages, so its pages
are not counted: an info finding says so, and the PDF made from it is where the limit is
checked.

## Example
Fires: fixtures/ndcal/reply_over_page_limit.pdf (a reply with 17 pages of argument after
its caption page and tables).

Silent: fixtures/ndcal/reply_fifteen_pages_ok.pdf (a caption page, a table of contents, a
table of authorities and 15 pages of text).

## References
N.D. Cal. Civil L.R. 7-2(b), 7-4(b), 7-11(a); rules catalog NDCAL-7-4-b, NDCAL-PAGE-COUNT.
The 25-page limit is verified; the 15-page reply limit is from memory (M) and is a pack
parameter. filelint cannot see an order granting leave to file excess pages: raise the
limit for that paper with ``[packs.ndcal] page-limits`` or ``per-file-ignores``.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.doctype import is_administrative
from filelint.legal.structure import left_out, page_ranges
from filelint.rule import RuleContext
from filelint_rules.ndcal import BRIEFS

NAME = "page-limit"
FIX = "Cut the brief to the limit, or ask the Court for leave to file excess pages before it is due."
TYPES = BRIEFS


def brief_kind(title: str, document_type: str) -> str:
    """The page-limit category: administrative-motion, motion, opposition or reply."""
    return "administrative-motion" if is_administrative(title) else document_type


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    kind = brief_kind(ctx.facts.title, ctx.document_type)
    limit = ctx.param("page-limits").get(kind)
    if doc.kind == "docx" and limit is not None:
        # Word decides where pages fall when it prints; a .docx records only hard breaks, so a
        # count here would pass any draft. Say it was not counted rather than stay silent.
        yield Finding(f"The pages of a Word draft are laid out by Word, not recorded in the file, so the {limit}-page "
                      "limit was not counted here; check the PDF made from this draft.", severity=Severity.INFO)
        return
    pages = ctx.facts.pages_of_text(count_notice=bool(ctx.param("page-limit-counts-notice")))
    if limit is None or len(pages) <= limit:
        return
    numbers = [page.number for page in pages]
    label = kind.replace("-", " ")
    skipped = left_out(ctx.facts.page_roles, set(numbers))
    yield Finding(
        f"The {label} has {len(pages)} pages of text; the limit is {limit}. Counted: pages {page_ranges(numbers)}."
        + (f" Not counted: {skipped}." if skipped else ""),
        page=numbers[limit],
    )
