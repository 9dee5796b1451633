"""Text, footnotes or quotations are set smaller than 12 points.

## What it checks
The effective size of every run of text on the paper's pages (its font size scaled by
the PDF's text and transformation matrices, so 12-point type printed at 80% counts as
9.6 points), against the pack's ``min-type-size`` (12), with the rules catalog's half-point
tolerance: a run under 11.5 pt is reported; 11.52 pt (12-point type printed at 96%) is not. Left out: the ECF file stamp and
running header, the line-number gutter, page footers (unless the pack's
``type-size-includes-footers`` is true: whether footers must be 12-point is an open
question, and real filings use 8 to 10), footnote reference marks and other runs of
three letters or fewer, small capitals (capital letters drawn smaller beside full-size
ones, as in "GOLDMAN ISMAIL"), "(footnote continued)" notes, invisible text (an OCR
layer), and exhibits attached after the paper. Each run of small text is reported
once, with its size: "Footnote 3 at 10 pt". A Word draft (.docx) is judged by the
size Word gives each run (its own formatting, its character style, its paragraph style,
the document defaults, in that order), one finding per style that sets text too small,
naming it: "The style 'Footnote Text' is 10 pt".

## Why it matters
Civil L.R. 3-4(c)(2): "Text must be ... not smaller than 12-point standard font ...
Footnotes and quotations must also comply." Small footnotes are the most common way
briefs squeeze past the page limit, and judges strike them.

## Example
Fires: fixtures/ndcal/reply_with_small_footnote.pdf (a footnote set in 10-point type);
fixtures/word/motion_with_word_layout_errors.docx (its style 'Footnote Text' is 10 pt).

Silent: fixtures/ndcal/reply_with_superscripts_and_small_caps.pdf (12-point text and footnotes, a
superscript footnote number, small capitals in a citation); fixtures/ndcal/motion_ok.pdf;
fixtures/word/motion_on_word_pleading_paper.docx.

## References
N.D. Cal. Civil L.R. 3-4(c)(2) (verified, 2009 text); rules catalog NDCAL-3-4-c-2-TYPE.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Band, Document, Line, Span
from filelint.legal.lazy_regex import lazy
from filelint.legal.structure import Role
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "type-size"
FIX = "Set all text, footnotes and quotations in at least 12-point type."
TYPES = CAPTIONED + ("joint-letter",)
# Rules catalog NDCAL-3-4-c-2-TYPE: an error when a span is under 11.5 pt. PDF producers round and scale
# sizes (Word's 12-point type printed to fit comes out at 11.52 pt), so 11.5 pt and up is 12-point type.
TOLERANCE = 0.5
FOOTNOTE_START = lazy(r"^\s*(\d{1,3})\s*\S")
CONTINUED = lazy(r"^\W*(?:footnote\s+)?continued\W*$|^\W*continued\s+(?:on|from)\b", regex.IGNORECASE)
NOT_A_LETTER = lazy(r"[\W\d_]")  # compiled once: small_spans runs on every span of every page
JUDGED = (Role.CAPTION, Role.NOTICE, Role.CONTENTS, Role.AUTHORITIES, Role.BODY, Role.SIGNATURE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind == "docx":
        yield from _word_styles(doc, ctx)
        return
    if doc.kind != "pdf":
        return
    minimum = float(ctx.param("min-type-size"))
    bands = (Band.BODY, Band.FOOTER) if ctx.param("type-size-includes-footers") else (Band.BODY,)
    for page, role in zip(doc.pages, ctx.facts.page_roles):
        if role not in JUDGED or ctx.facts.scanned(page):
            continue
        lines = [line for line in page.lines if line.band in bands]
        for run, size in _small_runs(lines, minimum):
            first = run[0]
            at = _position(lines, first)
            what = _label(first, lines[at - 1] if at else None, page.height)
            yield Finding(f"{what} at {size:g} pt ({len(run)} line{'s' if len(run) > 1 else ''}); the minimum is {minimum:g} pt.",
                          page=page.number, line=first.number, excerpt=excerpt(first.text, 60))


def small_spans(line: Line, minimum: float) -> list[Span]:
    """The line's visible runs of real text below the minimum (not marks, small capitals or notes)."""
    floor = minimum - TOLERANCE
    largest = None  # the line's largest size, worked out only for small capitals (most lines have no small span)
    small = []
    for span in line.spans:
        if not span.visible or span.size >= floor:
            continue  # (most spans: their letters are never counted)
        letters = NOT_A_LETTER.sub("", span.text)
        if len(letters) <= 3 or CONTINUED.search(span.text):
            continue
        if letters.isupper():
            if largest is None:
                largest = max((other.size for other in line.spans), default=0.0)
            if largest >= floor:
                continue  # small capitals beside full-size letters
        small.append(span)
    return small


def _position(lines: list[Line], line: Line) -> int:
    """``lines.index(line)``, with each line's cheap ``index`` compared before the dataclass's ``==`` (which
    compares every field, the spans too): equal lines have equal indexes."""
    return next(at for at, other in enumerate(lines) if other.index == line.index and other == line)


def _small_runs(lines: list[Line], minimum: float) -> Iterator[tuple[list[Line], float]]:
    """Consecutive lines of small text of about the same size."""
    run: list[Line] = []
    run_size = 0.0
    for line in lines:
        spans = small_spans(line, minimum)
        size = round(min(span.size for span in spans), 1) if spans else None
        if size is not None and run and abs(size - run_size) <= 0.6:
            run.append(line)
            continue
        if run:
            yield run, run_size
        run, run_size = ([line], size) if size is not None else ([], 0.0)
    if run:
        yield run, run_size


def _label(line: Line, previous: Line | None, height: float | None) -> str:
    """ "Footnote 3" when the run starts like a footnote low on the page (its number on the line or just above), else "Text"."""
    if not (height and line.y and line.y > height * 0.45):
        return "Text"
    match = FOOTNOTE_START.match(line.text)
    if match:
        return f"Footnote {match.group(1)}"
    if previous is not None and previous.text.strip().isdigit() and line.y - (previous.y or 0) < 8:
        return f"Footnote {previous.text.strip()}"
    return "Text"


def _word_styles(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """A Word draft's sizes as its styles declare them: one finding per style (or direct formatting) setting text too small."""
    minimum = float(ctx.param("min-type-size"))
    bands = (Band.BODY, Band.FOOTER) if ctx.param("type-size-includes-footers") else (Band.BODY,)
    groups: dict[tuple[str, float], list[tuple[int, Line]]] = {}
    for page, role in zip(doc.pages, ctx.facts.page_roles):
        if role not in JUDGED:
            continue
        for line in (line for line in page.lines if line.band in bands):
            for span in small_spans(line, minimum):
                groups.setdefault((span.size_from, round(span.size, 1)), []).append((page.number, line))
    for (source, size), places in groups.items():
        count = len(dict.fromkeys(line.number for _, line in places))
        page, first = places[0]
        where = f"{count} paragraph{'s' if count > 1 else ''}, the first at paragraph {first.number}"
        yield Finding(f"{_declared(source, size)} ({where}); the minimum is {minimum:g} pt.", page=page, line=first.number,
                      excerpt=excerpt(first.text, 60))


def _declared(source: str, size: float) -> str:
    """ "The style 'Footnote Text' is 10 pt": where Word takes the size from, to change it there."""
    if source.startswith("the style"):
        return f"The style {source.removeprefix('the style ')} is {size:g} pt"
    if source == "the document defaults":
        return f"The document's default size is {size:g} pt"
    if source.startswith("Word's built-in"):
        return f"No style sets a size, so Word uses its own {size:g} pt"
    return f"Text formatted directly at {size:g} pt"
