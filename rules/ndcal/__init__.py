"""N.D. Cal. Civil Local Rules: what every paper presented for filing must look like.

Shared pieces of the pack's rules live here; each rule is its own module.
"""

from __future__ import annotations

import regex

from filelint.document import Document, Line, Page

# Papers a party presents with a caption. Court orders, joint letters and exhibits are not.
CAPTIONED = ("motion", "opposition", "reply", "declaration", "proposed-order", "stipulation", "complaint", "other")
BRIEFS = ("motion", "opposition", "reply")
COURT_TITLE = regex.compile(r"UNITED\s+STATES\s+DISTRICT\s+COURT", regex.IGNORECASE)
ADMINISTRATIVE = regex.compile(r"\bADMINISTRATIVE\s+MOTION\b", regex.IGNORECASE)
MEMORANDUM_ONLY = regex.compile(r"^\s*(?:\S+\s+){0,3}MEMORANDUM\s+OF\s+POINTS", regex.IGNORECASE | regex.MULTILINE)


def readable_caption(doc: Document) -> Page | None:
    """The caption page, unless its only text is an OCR layer over a scan (too unreliable to judge)."""
    from filelint.legal.doctype import caption_page

    page = caption_page(doc)
    return None if page is None or page.scanned else page


def court_title_line(page: Page) -> Line | None:
    """The line with "UNITED STATES DISTRICT COURT" on the caption page."""
    return next((line for line in page.body if COURT_TITLE.search(line.text)), None)


def main_size(page: Page) -> float | None:
    """The most common type size on a page, by characters."""
    sizes: dict[float, int] = {}
    for line in page.body:
        for span in line.spans:
            sizes[round(span.size, 1)] = sizes.get(round(span.size, 1), 0) + len(span.text.strip())
    return max(sizes, key=sizes.get) if sizes else None

