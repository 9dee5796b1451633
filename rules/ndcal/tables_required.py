"""A brief of more than ten pages has no table of contents or no table of authorities.

## What it checks
A motion, opposition or reply with more than ``tables-required-over-pages`` (10) pages
of text, counted as for the page limit, must have a table of contents and a table of
authorities (pages headed "TABLE OF CONTENTS" and "TABLE OF AUTHORITIES", in any case,
"INDEX OF AUTHORITIES", with "Page" or "Page(s)" on the heading's line or not).

## Why it matters
Civil L.R. 7-4(a)(2): a brief or memorandum "in excess of ten pages" must contain "a
table of contents and a table of authorities". The threshold is from memory (rules
catalog: M), so it is a pack parameter.

## Example
Fires: fixtures/ndcal/opposition_without_tables.pdf (an opposition that starts its
argument right after the caption page).

Silent: fixtures/ndcal/reply_fifteen_pages_ok.pdf (both tables after the caption page);
fixtures/ndcal/reply_short_without_tables.pdf (a short reply needs none).

## References
N.D. Cal. Civil L.R. 7-4(a)(2); rules catalog NDCAL-7-4-a-TOC.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.structure import Role
from filelint.rule import RuleContext
from filelint_rules.ndcal import BRIEFS

NAME = "tables-required"
FIX = "Add a table of contents and a table of authorities after the caption page."
TYPES = BRIEFS


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    threshold = int(ctx.param("tables-required-over-pages"))
    count = len(ctx.facts.pages_of_text())
    if count <= threshold:
        return
    roles = set(ctx.facts.page_roles)
    missing = [name for role, name in ((Role.CONTENTS, "a table of contents"), (Role.AUTHORITIES, "a table of authorities"))
               if role not in roles]
    if missing:
        yield Finding(f"The brief has {count} pages of text but no {' and no '.join(name.removeprefix('a ') for name in missing)}.",
                      page=1)
