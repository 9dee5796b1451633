"""A Word draft carries embedded objects or files: a spreadsheet, another document, an imported file.

## What it checks
Objects embedded in the draft through OLE (an Excel sheet, a chart with its workbook, a
PDF or another Word file shown as an icon), embedded packages, the workbook a chart pasted
from Excel keeps behind it, and files Word imports when it opens the draft (``altChunk``);
linked objects are reported too, since the link names a path. Pictures are not objects and
pass. One finding lists them, at the first one's paragraph.

## Why it matters
An embedded workbook carries every sheet and cell, not only the range shown on the page:
damages models, client lists, the data behind a chart. It travels with the draft and opens
with a double click. ABA Model Rule 1.6(c) requires reasonable efforts to prevent its
inadvertent disclosure.

## Example
Fires: fixtures/word/declaration_with_white_text_and_object.docx (an embedded spreadsheet in the second paragraph).

Silent: fixtures/word/declaration_with_white_on_dark_and_picture.docx (a picture, no object).

## References
ABA Model Rule 1.6(c); ABA Formal Opinion 06-442.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext
from filelint_rules.word import counted, where

NAME = "embedded-objects"
FIX = "Replace each object with a picture of what it shows (Paste Special > Picture), or attach the file separately on purpose."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.word is None or not doc.word.embedded:
        return
    items = doc.word.embedded
    first = items[0]
    names = ", ".join(item.detail for item in items[:4]) + (", ..." if len(items) > 4 else "")
    verb = "travels" if len(items) == 1 else "travel"
    yield Finding(f"{counted(len(items), 'embedded object')} {verb} with the draft: the first, {first.text}, at {where(first)}.",
                  page=first.page, line=first.paragraph, excerpt=excerpt(names, 80))
