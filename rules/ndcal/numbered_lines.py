"""Pages of the paper are not on numbered-line (pleading) paper.

## What it checks
Each page of the paper itself (caption, tables and body; not exhibits or other papers
attached after it) carries the pleading paper's line numbers down the left margin.
filelint finds them from the page geometry: a column of numbers in the left fifth of
the page, increasing down the page. Pages without them are reported together. A Word
draft (.docx) is judged per section: Word's own line numbering counting every line
(``w:lnNumType``; every fifth line is not pleading paper) or a pleading template's numbers
printed from the header. A text draft is not yet on paper.

## Why it matters
Civil L.R. 3-4(c)(1): papers must be "on 8½ inch by 11 inch white paper with numbered
lines." Judges and opposing counsel cite "page:line"; without numbers they cannot.

## Example
Fires: fixtures/ndcal/reply_on_plain_paper.pdf (a reply typed on plain paper);
fixtures/word/motion_with_word_layout_errors.docx (a Word draft without line numbering).

Silent: fixtures/ndcal/motion_ok.pdf (on pleading paper, numbers 1 to 28 in the margin);
fixtures/word/motion_on_word_pleading_paper.docx (Word's line numbering, restarting each page).

## References
N.D. Cal. Civil L.R. 3-4(c)(1) (verified, 2009 text); rules catalog NDCAL-3-4-c-1.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.structure import Role, page_ranges
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "numbered-lines"
FIX = "Use the court's pleading-paper template (28 numbered lines) for every page of the paper."
TYPES = CAPTIONED
SEVERITY = "warning"
MIN_LINES = 5  # a page with a line or two of text (a signature page end) is not judged


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind == "docx":
        yield from _word_sections(doc)
        return
    if doc.kind != "pdf":
        return
    missing = [
        page.number
        for page, role in zip(doc.pages, ctx.facts.page_roles)
        if role in (Role.CAPTION, Role.NOTICE, Role.CONTENTS, Role.AUTHORITIES, Role.BODY, Role.SIGNATURE)
        and len(page.body) >= MIN_LINES and not page.has_numbered_lines and not ctx.facts.scanned(page)
    ]
    if missing:
        noun = "Pages" if len(missing) > 1 else "Page"
        yield Finding(f"{noun} {page_ranges(missing)} {'have' if len(missing) > 1 else 'has'} no numbered lines in the left margin.",
                      page=missing[0])


def _word_sections(doc: Document) -> Iterator[Finding]:
    """Word numbers every line itself (w:lnNumType counting by 1) or a pleading template prints 1-28 from the header."""
    if doc.word is None:
        return
    sections, plain = doc.word.sections, []
    for index, section in enumerate(sections):
        end = sections[index + 1].first_paragraph if index + 1 < len(sections) else len(doc.word.paragraphs) + 1
        texts = [p for p in doc.word.paragraphs[section.first_paragraph - 1 : end - 1] if p.part == "body" and p.text.strip()]
        numbering = section.line_numbering
        if len(texts) >= MIN_LINES and not section.header_numbers and not (numbering and numbering.count_by == 1):
            plain.append(section)
    if plain:
        first = plain[0]
        every = f" (Word numbers only every {first.line_numbering.count_by}th line)" if first.line_numbering else ""
        yield Finding(f"Section{'s' if len(plain) > 1 else ''} {', '.join(str(s.number) for s in plain)} "
                      f"{'have' if len(plain) > 1 else 'has'} no numbered lines{every}: turn on Layout > Line Numbers "
                      "(restart each page) or use the court's pleading template.",
                      page=first.pages[0] if first.pages else None, line=first.first_paragraph)
