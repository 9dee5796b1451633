"""A page is not 8 1/2 by 11 inches (A4 and legal pages are rejected).

## What it checks
Every page of the paper (exhibits attached to it are left alone) measures 612 x 792 points (8.5 x 11 inches), either way up (a
rotated or landscape page is fine), within two points. Pages of other sizes are
reported together, by size: "Pages 1-3 are 595 x 842 pt (A4)". A Word draft (.docx) is
judged by the page size each section declares (Layout > Size), one finding per section. A
text draft has no page size.

## Why it matters
Civil L.R. 3-4(c)(1): papers presented for filing must be "on 8½ inch by 11 inch white
paper with numbered lines". A4 pages, common in documents from abroad, print cropped
or shrunk in chambers and on the docket.

## Example
Fires: fixtures/ndcal/declaration_on_a4.pdf (a declaration exported on A4 pages);
fixtures/word/motion_with_word_layout_errors.docx (a Word draft whose section is set to A4).

Silent: fixtures/ndcal/motion_ok.pdf (US Letter pages); fixtures/word/motion_on_word_pleading_paper.docx.

## References
N.D. Cal. Civil L.R. 3-4(c)(1) (verified, 2009 text); rules catalog NDCAL-3-4-c-1.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.structure import page_ranges
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "page-size"
FIX = "Set the page size to US Letter (8.5 x 11 in) in the word processor and make the PDF again."
TYPES = CAPTIONED + ("joint-letter",)
LETTER = (612.0, 792.0)
TOLERANCE = 2.0
KNOWN = {(595, 842): "A4", (612, 1008): "legal", (842, 1191): "A3", (420, 595): "A5"}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind == "docx":
        yield from _word_sections(doc)
        return
    if doc.kind != "pdf":
        return
    wrong: dict[tuple[int, int], list[int]] = {}
    for page, role in zip(doc.pages, ctx.facts.page_roles):
        # Exhibits are what they are (a foreign contract may be A4); the paper itself must be letter size.
        if role.attached or page.media_width is None or _is_letter(page.media_width, page.media_height):
            continue
        size = (round(min(page.media_width, page.media_height)), round(max(page.media_width, page.media_height)))
        wrong.setdefault(size, []).append(page.number)
    for (short, long), pages in wrong.items():
        name = next((f" ({label})" for (w, h), label in KNOWN.items() if abs(w - short) <= 3 and abs(h - long) <= 3), "")
        noun = "Pages" if len(pages) > 1 else "Page"
        yield Finding(f"{noun} {page_ranges(pages)} {'are' if len(pages) > 1 else 'is'} {short} x {long} pt{name}, not 612 x 792 pt (8.5 x 11 in).",
                      page=pages[0])


def _word_sections(doc: Document) -> Iterator[Finding]:
    """A Word draft declares its page size per section; Word prints every page of the section so."""
    for section in doc.word.sections if doc.word else ():
        if _is_letter(section.width, section.height):
            continue
        short, long = round(min(section.width, section.height)), round(max(section.width, section.height))
        name = next((f" ({label})" for (w, h), label in KNOWN.items() if abs(w - short) <= 3 and abs(h - long) <= 3), "")
        yield Finding(f"Section {section.number}'s page size is {short} x {long} pt{name}, not 612 x 792 pt (8.5 x 11 in): "
                      "set Layout > Size to Letter.", page=section.pages[0] if section.pages else None, line=section.first_paragraph)


def _is_letter(width: float, height: float) -> bool:
    return any(abs(width - w) <= TOLERANCE and abs(height - h) <= TOLERANCE for w, h in (LETTER, LETTER[::-1]))
