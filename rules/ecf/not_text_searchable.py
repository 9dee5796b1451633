"""Pages are pictures of paper with no text layer (scanned or image-only).

## What it checks
Pages that carry a picture covering a quarter of the page or more and no text of their
own: nothing in the body, only (at most) the ECF stamp CM/ECF added in the margin. A scan
with an OCR text layer is searchable and passes. A page whose picture is nothing but black
redaction bars (a page redacted whole and flattened to an image) is not a scan: there is
no text to search. A narrow picture (a pleading paper's line-number strip, a logo, a
signature) does not make a page a scan. A document whose every page is image-only is an
error; image-only pages in an otherwise searchable document are a warning each.

Not for the court's own orders, opinions and transcripts: these CM/ECF requirements bind
filers, not the court.

## Why it matters
The N.D. Cal. ECF instructions: "convert documents to PDF from the word-processing
application rather than scanning"; judges' orders ask for "text-searchable PDFs whenever
possible". A scanned brief cannot be searched, quoted, or read aloud by a screen reader,
and filelint itself cannot check its text.

## Example
Fires: fixtures/ecf/scanned_without_text.pdf (a paper printed, signed and scanned as a
whole: an error); fixtures/ecf/partly_scanned.pdf (page 2 of three scanned: a warning).

Silent: fixtures/ecf/scanned_with_ocr_layer.pdf (a scan run through OCR);
fixtures/ecf/redacted_page_as_image.pdf (page 2 redacted whole, its black bars flattened to
a picture); fixtures/ecf/redaction_done_right_with_traps.pdf (saved from the word processor).

## References
N.D. Cal. ECF "Best practices for creating PDFs"; rules catalog NDCAL-ECF-TEXT.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document, Page
from filelint.rule import RuleContext

NAME = "not-text-searchable"
FIX = "Save the PDF from the word processor instead of scanning it, or run OCR on the scanned pages."
MIN_IMAGE_SHARE = 0.25  # of the page's area: less is a logo, a signature or a line-number strip, not a scan


def image_only(page: Page) -> bool:
    """A picture of paper with no text: a sizeable image, no text but the margins (where CM/ECF prints its stamp).

    A narrow picture (a pleading paper's line-number strip, a logo, a signature) does not make
    a page a scan, and a picture of nothing but black redaction bars is a page redacted whole.
    """
    if any(line.text.strip() for line in page.body) or page.redaction_image:
        return False
    if not page.images:
        return page.has_images  # images the reader could not place: judged by their presence
    area = (page.width or 612.0) * (page.height or 792.0)
    covered = sum((box.x1 - box.x0) * (box.bottom - box.top) for box in page.images)
    return covered >= MIN_IMAGE_SHARE * area


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    pages = [page.number for page in doc.pages if image_only(page)]
    if not pages:
        return
    if len(pages) == doc.page_count:
        yield Finding(f"The whole document ({doc.page_count} page{'s' if doc.page_count > 1 else ''}) is scanned images with no text layer.")
        return
    for number in pages:
        yield Finding(f"Page {number} is a scanned image with no text layer.", page=number, severity=Severity.WARNING)
