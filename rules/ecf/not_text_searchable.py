"""Pages are pictures of paper with no text layer (scanned or image-only).

## What it checks
Pages that carry an image and no text of their own: nothing in the body, only (at
most) the ECF stamp CM/ECF added in the margin. A scan with an OCR text layer is
searchable and passes. A document whose every page is image-only is an error; image-only
pages in an otherwise searchable document are a warning each.

## Why it matters
The N.D. Cal. ECF instructions: "convert documents to PDF from the word-processing
application rather than scanning"; judges' orders ask for "text-searchable PDFs whenever
possible". A scanned brief cannot be searched, quoted, or read aloud by a screen reader,
and filelint itself cannot check its text.

## Example
Fires: a declaration printed, signed and scanned as a whole.

Silent: the same declaration saved as PDF from the word processor, with only the signed
signature page scanned and run through OCR.

## References
N.D. Cal. ECF "Best practices for creating PDFs"; rules catalog NDCAL-ECF-TEXT.
"""

from __future__ import annotations

from typing import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document, Page
from filelint.rule import RuleContext

NAME = "not-text-searchable"
FIX = "Save the PDF from the word processor instead of scanning it, or run OCR on the scanned pages."


def image_only(page: Page) -> bool:
    """An image and no text but the margins (where CM/ECF prints its stamp)."""
    return (page.has_images or bool(page.images)) and not any(line.text.strip() for line in page.body)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    pages = [page.number for page in doc.pages if image_only(page)]
    if not pages:
        return
    if len(pages) == doc.page_count:
        yield Finding(f"The whole document ({doc.page_count} page{'s' if doc.page_count > 1 else ''}) is scanned images with no text layer.")
        return
    for number in pages:
        yield Finding(f"Page {number} is a scanned image with no text layer.", page=number, severity=Severity.WARNING)
