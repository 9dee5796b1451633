"""A Word draft holds text no reader sees: white (or near-white) on the page, or at two points or less.

## What it checks
Runs of visible characters whose effective colour is white or within a few percent of it
(``w:color`` FFFFFF, F5F5F5, or the theme's background colour) on a page without a dark
highlight, run shading, paragraph shading or table-cell shading behind them, and runs whose
effective size is 2 pt or less, whichever style or default declares it. One finding
reports them, at the first, quoting it with identifying numbers masked (FR001-FR004 read
it too). White text on a dark fill is visible and passes.

## Why it matters
White and tiny text print as nothing but stay in the file and in the PDF made from it:
searchable, copyable, read by anyone who selects the page. It is a common way of "removing"
text that removes nothing. ABA Model Rule 1.6(c) requires reasonable efforts against such
disclosure; Fed. R. Civ. P. 5.2 requires identifiers redacted.

## Example
Fires: fixtures/word/declaration_with_white_text_and_object.docx (a white sentence, and a note at 1 pt).

Silent: fixtures/word/declaration_with_white_on_dark_and_picture.docx (white type on a dark banner; a 9 pt footnote).

## References
ABA Model Rule 1.6(c); Fed. R. Civ. P. 5.2(a).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.word import counted, located, where

NAME = "faint-text"
FIX = "Select all (Ctrl+A) and set the font colour to Automatic and the size to the text's own; delete what should not be there."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.word is None or not doc.word.faint:
        return
    items = doc.word.faint
    first = items[0]
    white = sum(item.kind == "white" for item in items)
    tiny = len(items) - white
    parts = [counted(white, "run") + " in white" if white else "", counted(tiny, "run") + " at 2 pt or less" if tiny else ""]
    how = f"in white ({first.detail})" if first.kind == "white" else f"at {first.detail}"
    yield Finding(f"Text no reader sees: {' and '.join(p for p in parts if p)}; the first is {how}, at {where(first)}.",
                  **located(first))
