"""Body text is not double-spaced, or a page has more than 28 lines of text.

## What it checks
On the body pages of the paper (not the caption page, the tables or attachments),
the lines of main text: type of about the page's main size, leaving out footnotes
(from the first line that starts with a small footnote number) and block quotations
(two or more consecutive lines indented half an inch or more). It reports pages with
more than 28 lines of main text (an error) and pages whose main text is set closer than
double spacing, a median baseline-to-baseline distance under 20 points where double
spacing of 12-point type is 24 (a warning). Pages are reported together. PDF only.

## Why it matters
Civil L.R. 3-4(c)(2): "Text must be ... double-spaced, with no more than 28 lines per
page, except for the identification of counsel, title of the case, footnotes and
quotations." Tighter spacing is a way around the page limit, and judges strike it.

## Example
Fires: a brief set at 1.5 spacing, 36 lines a page.

Silent: double-spaced text on 28-line pleading paper, with single-spaced footnotes and
an indented, single-spaced block quotation.

## References
N.D. Cal. Civil L.R. 3-4(c)(2) (verified, 2009 text); rules catalog NDCAL-3-4-c-2-SPACING.
"""

from __future__ import annotations

from statistics import median
from typing import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document, Line, Page
from filelint.rule import RuleContext
from filelint.structure import Role, page_ranges, page_roles
from filelint_rules.ndcal import BRIEFS, main_size
from filelint_rules.ndcal.type_size import FOOTNOTE_START

NAME = "line-spacing"
FIX = "Double-space the text (exactly 24 points for 12-point type), at most 28 lines a page."
TYPES = BRIEFS + ("declaration", "stipulation", "other")
MAX_LINES = 28
MIN_PITCH = 20.0  # points; double spacing of 12-point type is 24
BLOCK_INDENT = 30.0  # points beyond the usual left edge
MIN_LINES_JUDGED = 8


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind != "pdf":
        return
    crowded, tight = [], []
    for page, role in zip(doc.pages, page_roles(doc)):
        if role is not Role.BODY:
            continue
        lines = main_text_lines(page)
        if len(lines) > MAX_LINES:
            crowded.append((page.number, len(lines)))
        pitch = _pitch(lines)
        if pitch is not None and pitch < MIN_PITCH:
            tight.append((page.number, pitch))
    if crowded:
        most = max(count for _, count in crowded)
        pages = [number for number, _ in crowded]
        yield Finding(f"{_pages(pages)} {_have(pages)} more than {MAX_LINES} lines of text (up to {most}).", page=pages[0])
    if tight:
        pages = [number for number, _ in tight]
        closest = min(pitch for _, pitch in tight)
        yield Finding(f"{_pages(pages)} {_have(pages)} text closer than double-spaced ({closest:.1f} pt between lines; double spacing is 24 pt).",
                      page=pages[0], severity=Severity.WARNING)


def main_text_lines(page: Page) -> list[Line]:
    """The page's main text: main-size lines above the footnotes, outside block quotations."""
    size = main_size(page)
    if size is None:
        return []
    lines = [line for line in page.body if line.spans and line.y is not None]
    lines = _above_footnotes(lines, size)
    lines = [line for line in lines if abs(max(span.size for span in line.spans) - size) <= 1.0]
    return _without_block_quotes(lines)


def _above_footnotes(lines: list[Line], size: float) -> list[Line]:
    for i, line in enumerate(lines):
        first = line.spans[0]
        if i > 3 and first.text.strip().isdigit() and first.size < size - 1 and FOOTNOTE_START.match(line.text):
            return lines[:i]
    return lines


def _without_block_quotes(lines: list[Line]) -> list[Line]:
    if not lines:
        return lines
    lefts = sorted(round(line.x or 0) for line in lines)
    margin = lefts[len(lefts) // 4]  # the usual left edge: most lines start there or at a paragraph indent
    indented = [(line.x or 0) - margin >= BLOCK_INDENT for line in lines]
    keep = []
    for i, line in enumerate(lines):
        in_block = indented[i] and ((i > 0 and indented[i - 1]) or (i + 1 < len(lines) and indented[i + 1]))
        if not in_block:
            keep.append(line)
    return keep


def _pitch(lines: list[Line]) -> float | None:
    gaps = [b.y - a.y for a, b in zip(lines, lines[1:]) if 0 < b.y - a.y < 40]
    return median(gaps) if len(lines) >= MIN_LINES_JUDGED and len(gaps) >= MIN_LINES_JUDGED - 2 else None


def _pages(numbers: list[int]) -> str:
    return f"{'Pages' if len(numbers) > 1 else 'Page'} {page_ranges(numbers)}"


def _have(numbers: list[int]) -> str:
    return "have" if len(numbers) > 1 else "has"
