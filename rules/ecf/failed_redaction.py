"""Text is still in the PDF under a black box: the redaction did not remove it.

## What it checks
Filled shapes on each page, in drawing order with their fill colour, and every
character's box. A character counts as hidden when most of its box lies under a dark
box (black, or nearly) that was drawn after it, or under a dark box when the character
is drawn on it in the box's own colour (black text on black "highlighting"). A box
with fewer than two hidden characters, a
thin rule (a line under a heading), a light box (a white form cell) and placeholder text
("REDACTED", "XXXX") are left alone, as is text drawn on top of a box (a white
"REDACTED" label). Unapplied redaction marks (Redact annotations) with text under them
are reported too. This follows Free Law Project's x-ray: shapes from the content
stream, characters whose boxes are mostly covered.

The hidden text itself is never printed: only how many characters, where.

It runs on every PDF, the court's own orders and opinions included: text left under a
box or hidden on a page is a leak whoever wrote the paper.

## Why it matters
A black box drawn over text hides it on screen and on paper, but the text is still in
the file: anyone can select, copy or extract it. Sealed figures, health details and
trade secrets have been exposed this way in public filings; Civil L.R. 79-5 and Fed. R.
Civ. P. 5.2 redactions must remove the text, not cover it.

## Example
Fires: fixtures/ecf/redaction_boxes_over_text.pdf (settlement figures covered by black
rectangles drawn over the text); fixtures/ecf/redaction_mark_not_applied.pdf (a redaction
mark never applied); fixtures/ecf/redaction_black_highlighting.pdf (black text on black
highlighting, which x-ray misses).

Silent: fixtures/ecf/redaction_done_right_with_traps.pdf (a box with nothing under it, a black
rule under a heading, a white form cell and the ECF stamp).

## References
Civil L.R. 79-5; Fed. R. Civ. P. 5.2; Free Law Project, x-ray (github.com/freelawproject/x-ray).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from filelint.diagnostic import Finding
from filelint.document import Box, Document, Page, Span
from filelint.rule import RuleContext
from filelint_rules.ecf import (
    PLACEHOLDER,
    Glyph,
    covered,
    covers_rows,
    glyphs,
    luminance,
    span_columns,
)

NAME = "failed-redaction"
FIX = "Redact with a tool that removes the text (e.g. Acrobat's Redact > Apply), then check by selecting the area: nothing should copy."
DARK = 0.35
MIN_HIDDEN = 2


def hidden_under(page: Page) -> dict[int, list[Glyph]]:
    """For each dark box (by index in page.shapes), the characters it hides."""
    boxes = [(i, box) for i, box in enumerate(page.shapes) if _redaction_like(box)]
    hidden: dict[int, list[Glyph]] = {}
    if not boxes:
        return hidden
    tops, lowest = _row_reach([box for _, box in boxes])
    for line in page.lines:
        for span in line.spans:
            # Only the boxes that reach the span's row and columns, cover most of its height and would hide its
            # text there can hide its characters; most spans have none, and then their characters are never made
            # (the rule had cost ~10% of a corpus run). What a box does to one character's height and colour it
            # does to all the span's. span_rows and _row_reach's test are written out: every span of a page
            # with a dark box passes here.
            top, bottom = span.y - 0.7 * span.size, span.y + 0.15 * span.size
            above = bisect_left(tops, bottom)
            if not (above > 0 and lowest[above - 1] > top):
                continue
            left, right = _columns(span)
            nearby = [(i, box) for i, box in boxes if box.top < bottom and box.bottom > top and box.x0 <= right
                      and box.x1 >= left and covers_rows(box, top, bottom) and _hides(box, span)]
            if not nearby:
                continue
            for char, x0, x1 in span_columns(span):
                # covers_columns(box, x0, x1) written out, min and max too (as they compare, a NaN too)
                width = x1 - x0
                covering = 0.6 * (0.1 if 0.1 > width else width)
                for index, box in nearby:
                    right_edge, left_edge = box.x1, box.x0
                    if ((right_edge if right_edge < x1 else x1) - (left_edge if left_edge > x0 else x0)) >= covering:
                        hidden.setdefault(index, []).append(Glyph(char, x0, x1, top, bottom, span, line))
                        break
    return {index: chars for index, chars in hidden.items() if _real_text(chars)}


def _row_reach(boxes: list[Box]) -> tuple[list[float], list[float]]:
    """What tells whether any of the boxes reaches into a row (top, bottom) without a look at each box: the
    boxes' tops in order, and the lowest bottom of each first few (a page may have dozens of boxes and hundreds
    of spans, almost none of them in a box's row). Some box reaches the row when, with ``above`` the number of
    tops above the row's bottom (``bisect_left(tops, bottom)``), ``above > 0 and lowest[above - 1] > top``."""
    # A coordinate that is not a number reaches no row (every comparison with it is false).
    ordered = sorted((box for box in boxes if box.top == box.top and box.bottom == box.bottom), key=lambda box: box.top)
    return [box.top for box in ordered], list(accumulate((box.bottom for box in ordered), max))


def _columns(span: Span) -> tuple[float, float]:
    """From the leftmost to the rightmost edge any of the span's characters can have."""
    edges = (*span.glyph_x, span.end_x)
    return min(edges), max(edges)


def _redaction_like(box: Box) -> bool:
    shade = luminance(box.fill)
    return shade is not None and shade <= DARK and box.bottom - box.top >= 4 and box.x1 - box.x0 >= 4


def _hides(box: Box, span: Span) -> bool:
    if box.order > span.order:
        return True  # painted over the text
    # Text drawn on the box in the box's own colour (black "highlighting") cannot be seen either.
    return span.fill is not None and box.fill is not None and max(
        abs(a - b) for a, b in zip(span.fill, box.fill)) < 0.15


def _real_text(chars: list[Glyph]) -> bool:
    text = "".join(glyph.char for glyph in chars)
    return len(text) >= MIN_HIDDEN and not PLACEHOLDER.match(text)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    for page in doc.pages:
        hidden = hidden_under(page)
        if hidden:
            count = sum(len(chars) for chars in hidden.values())
            first = min((glyph for chars in hidden.values() for glyph in chars), key=lambda g: (g.line.index, g.x0))
            boxes = len(hidden)
            yield Finding(
                f"{count} characters of text are still in the PDF under {boxes} black box{'es' if boxes > 1 else ''} "
                f"on page {page.number}; anyone can copy them out.",
                page=page.number, line=first.line.number,
            )
    yield from _unapplied_marks(doc)


def _unapplied_marks(doc: Document) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    for annotation in doc.pdf.annotations:
        if annotation.subtype != "Redact" or annotation.rect is None or annotation.page > doc.page_count:
            continue
        page = doc.pages[annotation.page - 1]
        x0, top, x1, bottom = annotation.rect
        box = Box(x0, top, x1, bottom)
        chars = [glyph for glyph in glyphs(page) if covered(glyph, box)]
        if _real_text(chars):
            yield Finding(f"A redaction mark on page {page.number} was never applied: {len(chars)} characters under it are still in the PDF.",
                          page=page.number, line=chars[0].line.number)
