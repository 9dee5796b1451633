"""The file could not be read, so nothing else in it was checked.

## What it checks
That filelint could open and parse the file: a PDF that is truncated, damaged past
repair, empty, or not a PDF at all (a Word file saved as ``.pdf``), a text file that is
really binary data, a file that cannot be opened, a folder whose contents cannot be listed.

## Why it matters
CM/ECF rejects a PDF it cannot open, and a clerk cannot read a damaged one. More
immediately: filelint checked nothing else in this file, so a clean report for the
rest of the folder says nothing about it.

## Example
Fires: a Word document saved with a .pdf name (fixtures/core/motion_saved_as_docx.pdf: "it is
named .pdf but is not a PDF: it looks like a ZIP archive (a Word .docx file is one)"); a PDF cut
off half-way through (fixtures/core/truncated_motion.pdf); an empty file
(fixtures/core/empty.pdf); binary data named .txt (fixtures/core/binary_blob.txt).

Silent: a complete PDF produced by "Save as PDF" (fixtures/spero/notice_of_motion_ok.pdf), one
with a few stray bytes before its header (fixtures/core/motion_garbage_before_header.pdf), and a
plain-text draft: ``Plaintiff's reply in support of the motion to compel.``

## References
N.D. Cal. ECF "Best practices for creating PDFs": convert from the word processor.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "unreadable-file"
FIX = "Re-create the PDF from the word processor (File > Save as PDF) and check it opens."
FOLDER_FIX = "Give your user permission to list the folder (or move its filings out of it) and check again."
FILE_LEVEL = True


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.problem is not None and doc.problem.kind == "unreadable" and doc.kind == "folder":
        yield Finding(f"The folder's filings were not checked: {doc.problem.detail}.", fix=FOLDER_FIX)
    elif doc.problem is not None and doc.problem.kind == "unreadable":
        fix = None if doc.kind == "pdf" else "Save the draft as plain text (UTF-8), or check the PDF made from it."
        yield Finding(f"The file could not be read: {doc.problem.detail}.", fix=fix)
