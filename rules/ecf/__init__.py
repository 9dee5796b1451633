"""CM/ECF technical requirements for PDFs filed electronically, and PDF integrity checks.

Shared geometry for the redaction and hidden-text rules lives here.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex

from filelint.document import Box, Line, Page, Span

PLACEHOLDER = regex.compile(r"^[\W_]*(?:redacted|x+|\*+|█+|#+|confidential|sealed|intentionally\s+(?:left\s+)?blank|[.\s]*)[\W_]*$",
                            regex.IGNORECASE)


def luminance(colour: tuple[float, float, float] | None) -> float | None:
    """0 for black, 1 for white; None when the colour is unknown (a pattern, an image)."""
    if colour is None:
        return None
    try:
        return _luminance(colour)
    except TypeError:  # a colour given as a list cannot be a cache key
        return _luminance.__wrapped__(colour)


# A page's hundreds of spans and shapes share a handful of colours: each is worked out once.
@lru_cache(maxsize=1024)
def _luminance(colour: tuple[float, float, float]) -> float:
    r, g, b = (min(max(c, 0.0), 1.0) for c in colour)
    return 0.299 * r + 0.587 * g + 0.114 * b


class Glyph(NamedTuple):
    """One character of a span, with its box on the displayed page (a named tuple: a redacted page makes
    thousands, and a frozen dataclass takes ~5x as long to make)."""

    char: str
    x0: float
    x1: float
    top: float
    bottom: float
    span: Span
    line: Line


def glyphs(page: Page) -> Iterator[Glyph]:
    """Every drawn character with its approximate box (ascender to descender)."""
    for line in page.lines:
        for span in line.spans:
            yield from span_glyphs(span, line)


def span_rows(span: Span) -> tuple[float, float]:
    """The top and bottom every character box of ``span`` has: a rule can pass over a span no box reaches
    without making its characters (most spans of most pages)."""
    return span.y - 0.7 * span.size, span.y + 0.15 * span.size


def span_glyphs(span: Span, line: Line) -> Iterator[Glyph]:
    """The drawn characters of one span, as :func:`glyphs` gives them."""
    top, bottom = span_rows(span)
    for char, x0, x1 in span_columns(span):
        yield Glyph(char, x0, x1, top, bottom, span, line)


def span_columns(span: Span) -> Iterator[tuple[str, float, float]]:
    """Each drawn character of a span with its left and right edge: a rule can test a character's columns
    before it makes its :class:`Glyph`."""
    starts = span.glyph_x
    if len(starts) != len(span.text):
        return  # a span without per-character positions (sideways text)
    ends = list(starts[1:]) + [span.end_x]
    for char, x0, x1 in zip(span.text, starts, ends):
        if char.strip():
            # min(x0, x1) and max(x0, x1) written out (as they compare, a NaN too): every character passes here
            yield char, x1 if x1 < x0 else x0, x1 if x1 > x0 else x0


def covered(glyph: Glyph, box: Box, fraction: float = 0.6) -> bool:
    """Whether most of the character's box lies under the painted box."""
    return covers_columns(box, glyph.x0, glyph.x1, fraction) and covers_rows(box, glyph.top, glyph.bottom, fraction)


def covers_columns(box: Box, x0: float, x1: float, fraction: float = 0.6) -> bool:
    """Whether most of the width from x0 to x1 lies under the box (the width test of :func:`covered`)."""
    width = max(x1 - x0, 0.1)
    return min(x1, box.x1) - max(x0, box.x0) >= fraction * width


def covers_rows(box: Box, top: float, bottom: float, fraction: float = 0.6) -> bool:
    """Whether most of the height from top to bottom lies under the box (the height test of :func:`covered`;
    every character of a span has the same, :func:`span_rows`)."""
    return min(bottom, box.bottom) - max(top, box.top) >= fraction * (bottom - top)
