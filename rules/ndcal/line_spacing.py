"""Body text is not double-spaced, or a page has more than 28 lines of text.

## What it checks
On the body pages of the paper (not the cover, caption page, tables or attachments),
the lines of main text: type of about the page's main size, leaving out what the rule
excepts or what is not running text: footnotes (from the first small footnote number at
the left margin in the lower part of the page), block quotations (two or more
consecutive lines indented half an inch or more), headings (bold or all-capital lines),
tables (lines split into columns, or between table borders) and the signature block (from "Dated:" or
"Respectfully submitted", and lines starting in the right half of the page). It reports pages with more than 28 lines of main text (an
error) and pages whose main text is set closer than double spacing, a median
baseline-to-baseline distance under 20 points where double spacing of 12-point type is
24 (a warning). Pages are reported together. A Word draft (.docx) is judged by the line
spacing each paragraph of running text declares (at least 60 characters, in the body, not a
heading, quotation, table, text box or footnote, before the signature block): three or more
paragraphs spaced closer than double (two lines, or 24 pt exactly or at least) are reported
by the style or formatting that sets it. How many lines fall on a page is Word's layout,
which a .docx does not record, so the 28-lines check runs on the PDF.

## Why it matters
Civil L.R. 3-4(c)(2): "Text must be ... double-spaced, with no more than 28 lines per
page, except for the identification of counsel, title of the case, footnotes and
quotations." Tighter spacing is a way around the page limit, and judges strike it.

## Example
Fires: fixtures/ndcal/reply_one_and_a_half_spaced.pdf (a reply set at 1.5 spacing);
fixtures/word/motion_with_word_layout_errors.docx (its style 'Normal' sets 1.5 lines).

Silent: fixtures/ndcal/reply_with_block_quote.pdf (double-spaced text with an indented,
single-spaced block quotation); fixtures/ndcal/motion_ok.pdf; fixtures/word/motion_on_word_pleading_paper.docx
(exactly 24 pt).

## References
N.D. Cal. Civil L.R. 3-4(c)(2) (verified, 2009 text); rules catalog NDCAL-3-4-c-2-SPACING.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter
from statistics import median

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Document, Line, Page
from filelint.legal.lazy_regex import lazy
from filelint.legal.structure import Role, page_ranges
from filelint.legal.textsearch import letter_counts
from filelint.rule import RuleContext
from filelint_rules.ndcal import BRIEFS, most_common_size

NAME = "line-spacing"
FIX = "Double-space the text (exactly 24 points for 12-point type), at most 28 lines a page."
TYPES = BRIEFS + ("declaration", "stipulation", "complaint", "other")
MAX_LINES = 28
MIN_PITCH = 20.0  # points; double spacing of 12-point type is 24
BLOCK_INDENT = 30.0  # points beyond the usual left edge
MIN_LINES_JUDGED = 8
SIGNATURE_START = lazy(r"^\s*(?:Dated|DATED|Date|DATE)\s*:|^\s*Respectfully\s+submitted", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind == "docx":
        yield from _word_paragraphs(doc, ctx)
        return
    if doc.kind != "pdf":
        return
    crowded, tight = [], []
    for page, role in zip(doc.pages, ctx.facts.page_roles):
        if role not in (Role.BODY, Role.NOTICE) or ctx.facts.scanned(page):
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
    """The page's running text: main-size lines above the footnotes, outside quotations, headings, tables and signatures."""
    body = page.body
    size = most_common_size(body)
    if size is None:
        return []
    # map over attrgetters: every line of every body page is read
    lines = [line for line in body if line.spans and line.y is not None and any(map(_VISIBLE, line.spans))]
    lines = _before_signature(_above_footnotes(lines, size, page.height or 792.0))
    right_half = (page.width or 612.0) * 0.45
    rules = _table_rules(page)  # most pages have none: then no line is in a table
    lines = [line for line in lines if abs(max(map(_SIZE, line.spans)) - size) <= 1.0
             and not _not_running_text(line) and (line.x or 0) < right_half and not (rules and _in_table(line, rules))]
    return _without_block_quotes(lines)


_VISIBLE, _SIZE = attrgetter("visible"), attrgetter("size")


def _above_footnotes(lines: list[Line], size: float, height: float) -> list[Line]:
    left = min((line.x or 0) for line in lines) if lines else 0
    for i, line in enumerate(lines):
        first = line.spans[0]
        if ((line.y or 0) > height * 0.4 and first.text.strip().isdigit() and first.size < size - 1
                and (line.x or 0) <= left + 12):
            return lines[:i]
    return lines


def _table_rules(page: Page) -> list:
    """Thin vertical rules drawn as filled boxes, as word processors draw table borders.

    The pleading paper's own margin rules run the height of the page and are not tables.
    """
    height = page.height or 792.0
    return [box for box in page.shapes
            if box.x1 - box.x0 < 2.5 and 10 < box.bottom - box.top < 0.85 * height]


def _in_table(line: Line, rules: list) -> bool:
    """The line sits between two table borders that run beside it."""
    y = line.y or 0
    beside = [box for box in rules if box.top - 4 <= y <= box.bottom + 4]
    return any(box.x0 <= (line.x or 0) for box in beside) and any(box.x0 > (line.x or 0) for box in beside)


def _before_signature(lines: list[Line]) -> list[Line]:
    for i, line in enumerate(lines):
        if SIGNATURE_START.match(line.text):
            return lines[:i]
    return lines


def _not_running_text(line: Line) -> bool:
    """Headings and table rows."""
    if "  " in line.text.strip():
        return True  # a wide gap: columns of a table or caption
    for span in line.spans:  # all("bold" in span.font.lower() ...) of the spans with text, written out
        if span.text.strip() and "bold" not in span.font.lower():
            break
    else:
        return True
    letters, capitals = letter_counts(line.text)  # a page's every character is looked at
    return letters >= 3 and capitals / letters > 0.8


def _without_block_quotes(lines: list[Line]) -> list[Line]:
    if not lines:
        return lines
    counts: dict[int, int] = {}
    for line in lines:
        x = round(line.x or 0)
        counts[x] = counts.get(x, 0) + 1
    # The left margin: the leftmost edge two or more lines start from (a quotation may be longer).
    margin = min((x for x, count in counts.items() if count >= 2), default=min(counts))
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


RUNNING_TEXT = 60  # characters: a caption's and a heading's paragraphs are shorter; running text fills its lines
NOT_RUNNING_STYLES = ("heading", "title", "toc", "caption", "quote", "block", "footnote")


def _word_paragraphs(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """A Word draft's spacing as each paragraph of running text declares it, grouped by what declares it."""
    if doc.word is None:
        return
    skipped = {page.number for page, role in zip(doc.pages, ctx.facts.page_roles)
               if role.attached or role in (Role.COVER, Role.CONTENTS, Role.AUTHORITIES)}
    groups: dict[tuple[str, str], list[int]] = {}
    seen = False  # a caption's "Date:" line is no signature block: that follows the running text
    for paragraph in doc.word.paragraphs:
        if seen and SIGNATURE_START.match(paragraph.text):
            break
        if paragraph.page in skipped or not _running_paragraph(paragraph):
            continue
        seen = True
        if not paragraph.spacing.double_spaced:
            groups.setdefault((paragraph.spacing.declared_by, paragraph.spacing.describe()), []).append(paragraph.number)
    for (source, spacing), numbers in groups.items():
        if len(numbers) < 3:
            continue  # one or two paragraphs: a quotation or a list without a style saying so
        first = doc.word.paragraph(numbers[0])
        who = f"The style {source.removeprefix('the style ')}" if source.startswith("the style ") else source[0].upper() + source[1:]
        yield Finding(f"{who} sets {spacing} spacing for {len(numbers)} paragraphs of running text (the first at paragraph "
                      f"{numbers[0]}); the text must be double-spaced (24 pt for 12-point type).",
                      page=first.page, line=first.number, severity=Severity.WARNING)


def _running_paragraph(paragraph) -> bool:
    text = paragraph.text.strip()
    if paragraph.part != "body" or len(text) < RUNNING_TEXT or "\t" in paragraph.text:
        return False
    if any(word in paragraph.style.lower() for word in NOT_RUNNING_STYLES):
        return False
    letters, capitals = letter_counts(text)  # as the heading test of a PDF's lines counts them
    return not (letters and capitals / letters > 0.8)
