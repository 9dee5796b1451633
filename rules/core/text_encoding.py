"""A text draft is not UTF-8, so it was read as Windows-1252.

## What it checks
That a ``.txt`` draft is UTF-8 (with or without a byte-order mark) or UTF-16 with a
byte-order mark. Anything else is read as Windows-1252 (cp1252), the encoding older
Windows word processors save "plain text" in, and this note says so.

## Why it matters
If the guess is wrong, curly quotes, section signs and accented names come out as
different characters, and checks that look for exact words ("JCS'S CHAMBERS' COPY")
can miss or misfire. It is information, not a defect in the filing.

## Example
Fires: a draft saved by Notepad as "ANSI", with a section sign stored as the single byte
0xA7 and curly quotes as 0x93 and 0x94 (fixtures/core/draft_windows_1252.txt).

Silent: the same draft saved as "UTF-8", with or without a byte-order mark, or as
"Unicode" (UTF-16 with a byte-order mark, fixtures/core/draft_utf16.txt):
``Plaintiff's reply brief, § 2: “the Court should grant it.”``

## References
filelint documentation: input formats.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "text-encoding"
FIX = "Save the draft as UTF-8 (in most editors: Save As > Encoding > UTF-8)."
SEVERITY = "info"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind == "text" and doc.encoding == "cp1252":
        yield Finding("The file is not UTF-8; it was read as Windows-1252 (cp1252).")
