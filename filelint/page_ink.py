"""Where a page carries ink: its text, filled shapes and images, as boxes on the page as displayed.

Two users: the chambers-copy command places the designation where it covers nothing, and
JCS002 notices a designation printed over (or under) something, which makes both illegible.
Coordinates are the Document model's: points from the left edge and down from the top edge.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from filelint.document import Band, Box, Line, Page, Span

# A face's ink reaches about 0.7 of the type size above the baseline and 0.2 below; a
# little more is taken so accents and descenders count.
ASCENT = 0.8
DESCENT = 0.22
# What counts as printing over: at least this share of the smaller type size, both ways
# (lines of body text touch; a stamp on a banner overlaps by most of a line).
OVERPRINT_SHARE = 0.3
WHITE = 0.95  # a fill this light (luminance, 0-1) paints nothing text could be lost in
LIGHT = 0.7  # black text stays legible on a fill this light (a yellow highlight is 0.89), not on a darker one


@dataclass(frozen=True)
class Rect:
    """A box on the displayed page."""

    x0: float
    top: float
    x1: float
    bottom: float

    def overlap(self, other: Rect) -> tuple[float, float]:
        """Width and height of the intersection (zero or less when apart)."""
        return (min(self.x1, other.x1) - max(self.x0, other.x0), min(self.bottom, other.bottom) - max(self.top, other.top))

    def touches(self, other: Rect) -> bool:
        width, height = self.overlap(other)
        return width > 0 and height > 0

    def grown(self, by: float) -> Rect:
        return Rect(self.x0 - by, self.top - by, self.x1 + by, self.bottom + by)


@dataclass(frozen=True)
class Ink:
    """Something painted on the page: its box and, in plain words, what it is."""

    rect: Rect
    what: str  # "text", "sideways text", "a filled shape", "an image", "the pleading paper's line numbers"


def span_rect(span: Span, sideways: bool = False) -> Rect:
    """The box a run of text inks. Sideways text keeps no width, so its box is a generous square."""
    if sideways:
        reach = max(len(span.text.strip()), 1) * 0.6 * span.size
        return Rect(span.x - span.size, span.y - reach, span.x + span.size, span.y + reach)
    return Rect(span.x, span.y - ASCENT * span.size, max(span.end_x, span.x), span.y + DESCENT * span.size)


def page_ink(page: Page, images: bool = True, skip: Iterable[Span] = ()) -> Iterator[Ink]:
    """Everything painted on ``page`` that other text would be lost in (white fills and invisible text paint nothing)."""
    skipped = {id(span) for span in skip}
    for line in page.lines:
        for span in line.spans:
            if span.visible and span.text.strip() and id(span) not in skipped:
                sideways = line.band is Band.MARGIN
                yield Ink(span_rect(span, sideways), "sideways text" if sideways else "text")
    for shape in page.shapes:
        if not _white(shape.fill):
            yield Ink(_rect(shape), "a filled shape")
    if images:
        for image in page.images:
            yield Ink(_rect(image), "an image")
    if page.has_numbered_lines and page.width and page.height:
        # The reader keeps the margin numbers out of the lines; they sit in the left fifth.
        yield Ink(Rect(0, page.height * 0.07, page.width * 0.2, page.height * 0.93), "the pleading paper's line numbers")


def _rect(box: Box) -> Rect:
    return Rect(box.x0, box.top, box.x1, box.bottom)


def _luminance(fill: tuple[float, float, float]) -> float:
    red, green, blue = fill
    return 0.299 * red + 0.587 * green + 0.114 * blue


def _white(fill: tuple[float, float, float] | None) -> bool:
    return fill is not None and _luminance(fill) >= WHITE


def _light(fill: tuple[float, float, float] | None) -> bool:
    return fill is not None and _luminance(fill) >= LIGHT


def spans_of(line: Line, start: int, end: int) -> tuple[Span, ...]:
    """The spans of ``line`` that hold ``line.text[start:end]`` (all of them when the text cannot be traced)."""
    found, cursor = [], 0
    for span in line.spans:
        piece = span.text.strip()
        at = line.text.find(piece, cursor) if piece else -1
        if at < 0:
            return line.spans
        cursor = at + len(piece)
        if at < end and cursor > start:
            found.append(span)
    return tuple(found) or line.spans


def overprinted(page: Page, line: Line, start: int, end: int) -> str | None:
    """How the text ``line.text[start:end]`` is made illegible ("printed over other text"...); None when it is clear.

    Other visible text counts when the two overlap by a good part of a line; a filled shape
    counts when it is drawn after the text (it covers it) or is too dark to read black text on.
    Images do not count: filelint cannot see which of their pixels are ink.
    """
    spans = [span for span in spans_of(line, start, end) if span.visible and span.text.strip()]
    if not spans or line.band is Band.MARGIN:
        return None
    size = min(span.size for span in spans)
    doubled = [other for other_line in page.lines for other in other_line.spans if _same_words_again(spans, other)]
    for ink in page_ink(page, images=False, skip=[*spans, *doubled]):
        if ink.what.endswith("text") and _overprints_text(spans, ink.rect, size):
            return "printed over other text"
    for shape in page.shapes:
        if any(_hides(span, shape) for span in spans):
            if any(shape.order > span.order for span in spans):
                return "covered by a box drawn over it"
            return "printed on a filled shape too dark to read it on"
    return None


def _same_words_again(spans: list[Span], other: Span) -> bool:
    """The same words drawn again a hair's breadth away: how word processors fake bold type, not an overprint."""
    return any(other is not span and other.text.strip() == span.text.strip()
               and abs(other.x - span.x) <= 0.1 * span.size and abs(other.y - span.y) <= 0.1 * span.size
               for span in spans)


def _overprints_text(spans: list[Span], other: Rect, size: float) -> bool:
    least = OVERPRINT_SHARE * size
    for span in spans:
        width, height = span_rect(span).overlap(other)
        if width >= least and height >= min(least, other.bottom - other.top):
            return True
    return False


def _hides(span: Span, shape: Box) -> bool:
    """Whether ``shape`` covers the body of ``span``'s letters (an underline below the baseline does not)."""
    body = Rect(span.x, span.y - 0.65 * span.size, max(span.end_x, span.x), span.y - 0.05 * span.size)
    width, height = body.overlap(_rect(shape))
    if width <= 0.5 or height <= 0.5:
        return False
    if shape.order > span.order:
        return True  # painted afterwards, whatever its colour: it covers the letters
    return not _light(shape.fill)
