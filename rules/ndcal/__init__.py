"""N.D. Cal. Civil Local Rules: what every paper presented for filing must look like.

Shared pieces of the pack's rules live here; each rule is its own module. What a filing is
(its type, caption, title, page roles) is a fact the engine derives once, in
``filelint.legal``; rules read it from ``ctx.facts``.
"""

from __future__ import annotations

from filelint.document import Page
from filelint.legal.doctype import BRIEF_TYPES, CAPTIONED_TYPES

# Papers a party presents with a caption. Court orders, joint letters and exhibits are not.
CAPTIONED = CAPTIONED_TYPES
BRIEFS = BRIEF_TYPES


def main_size(page: Page) -> float | None:
    """The most common type size on a page, by characters."""
    sizes: dict[float, int] = {}
    rounded: dict[float, float] = {}  # a page has a few sizes and hundreds of spans: each size is rounded once
    for line in page.body:
        for span in line.spans:
            size = rounded.get(span.size)
            if size is None:
                size = rounded[span.size] = round(span.size, 1)
            sizes[size] = sizes.get(size, 0) + len(span.text.strip())
    return max(sizes, key=sizes.get) if sizes else None
