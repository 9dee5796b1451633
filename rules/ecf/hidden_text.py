"""Text is in the PDF but cannot be seen: invisible, white on white, or off the page.

## What it checks
Text drawn in invisible mode (render mode 3) or wholly outside the clipping path, on a
page that is not a scan (a scan's OCR layer is invisible on purpose), text filled white (or nearly) with nothing dark painted
under it, text placed outside the page, text smaller than one point, and text covered by a
filled box annotation (a white box laid over a word, the correction typed on top). Each page with
such text is reported once, with how many characters; the hidden words are not printed.

It runs on every PDF, the court's own orders and opinions included: text left under a
box or hidden on a page is a leak whoever wrote the paper.

## Why it matters
Hidden text is still read by search engines, copy and paste, screen readers and
filelint's own checks, so a filing can say something different to a machine than to the
judge: a hidden party name, a hidden number, or hidden text laid over the visible text
so that copying a quotation yields different words.

## Example
Fires: fixtures/ecf/hidden_text_invisible.pdf (a sentence drawn invisibly);
fixtures/ecf/hidden_text_white_on_white.pdf (white text on the white page).

Silent: fixtures/ecf/white_text_on_black_box.pdf (white text on a black box);
fixtures/ecf/scanned_with_ocr_layer.pdf (a scan's invisible OCR layer).

## References
Free Law Project, x-ray (hidden text over visible text is its known failure case);
N.D. Cal. ECF "Best practices for creating PDFs".
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Box, Document, Line, Page, Span
from filelint.rule import RuleContext
from filelint_rules.ecf import Glyph, covered, glyphs, luminance

# Annotations that draw a box or shape, filled with their interior colour over the page.
FILLED_SHAPES = {"Square", "Circle", "Polygon"}

_BLACK = (0.0, 0.0, 0.0)  # most text's colour: told from white without working out its shade
NAME = "hidden-text"
FIX = "Delete the hidden text (select all on the page to find it) and make the PDF again."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    boxes = _filled_annotation_boxes(doc)
    for page in doc.pages:
        counts = {"invisible": 0, "white on white": 0, "outside the page": 0, "smaller than 1 pt": 0,
                  "under a filled annotation box": 0}
        first_line = None
        for line, span, reason in _hidden_spans(page):
            counts[reason] += len(span.text.strip())
            first_line = first_line or line
        covered_glyphs = _under_annotations(page, boxes.get(page.number, []))
        if covered_glyphs:
            counts["under a filled annotation box"] += len(covered_glyphs)
            first_line = first_line or covered_glyphs[0].line
        kinds = [f"{count} characters {reason}" for reason, count in counts.items() if count]
        if kinds:
            yield Finding(f"Page {page.number} has hidden text: {', '.join(kinds)}.", page=page.number,
                          line=first_line.number if first_line else None)


def _hidden_spans(page: Page) -> Iterator[tuple[Line, Span, str]]:
    """The spans of the page whose letters or digits cannot be seen, each with its line and how it is hidden.

    Every span of every page passes through here (100k over the corpus), most of them shown plainly: the tests
    are written out in the loop, and a span's characters are looked at only when a test finds it hidden."""
    width, height = page.width or 612.0, page.height or 792.0
    scanned = None  # asked only of a page with invisible text (the answer looks at all its spans)
    for line in page.lines:
        for span in line.spans:
            visible, y, size = span.visible, span.y, span.size  # each read once
            if not visible and scanned is None:
                scanned = page.scanned
            if not (visible or scanned):
                reason = "invisible"
            elif span.end_x < 0 or span.x > width or y < 0 or y - size > height:
                reason = "outside the page"
            elif size < 1.0:
                reason = "smaller than 1 pt"
            elif visible and span.fill != _BLACK and _white(span.fill) and not _on_dark(span, page):
                reason = "white on white"
            else:
                continue
            if any(map(str.isalnum, span.text)):  # dot leaders and rules drawn as text hide nothing
                yield line, span, reason


def _white(fill: tuple[float, float, float] | None) -> bool:
    shade = luminance(fill)
    return shade is not None and shade >= 0.95


def _on_dark(span: Span, page: Page) -> bool:
    """Something dark (a shape or an image) painted under the text before it, so white text shows."""
    x = (span.x + span.end_x) / 2
    y = span.y - span.size * 0.3
    for box in page.shapes:
        if box.order < span.order and box.x0 <= x <= box.x1 and box.top <= y <= box.bottom:
            shade = luminance(box.fill)
            if shade is None or shade < 0.8:
                return True
    return any(box.x0 <= x <= box.x1 and box.top <= y <= box.bottom for box in page.images)


def _filled_annotation_boxes(doc: Document) -> dict[int, list[Box]]:
    """Per page, the boxes of filled shape annotations: drawn over the page, they hide the text under them."""
    boxes: dict[int, list[Box]] = {}
    for annotation in doc.pdf.annotations if doc.pdf else ():
        if annotation.subtype in FILLED_SHAPES and annotation.interior is not None and annotation.rect is not None:
            boxes.setdefault(annotation.page, []).append(Box(*annotation.rect))
    return boxes


def _under_annotations(page: Page, boxes: list[Box]) -> list[Glyph]:
    """The letters and digits a filled annotation box covers (corpus akd_19cv227_1: a white box over a typo,
    the correction typed in a text box on top, so copying yields different words than the page shows)."""
    if not boxes:
        return []
    return [glyph for glyph in glyphs(page) if glyph.char.isalnum() and any(covered(glyph, box) for box in boxes)]
