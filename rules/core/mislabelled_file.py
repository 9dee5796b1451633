"""A file's name says one format and its content is another.

## What it checks
A file named ``.txt`` (or anything but ``.pdf``) whose bytes are a PDF. filelint
checks it as the PDF it is, and says so.

## Why it matters
CM/ECF and the people handling a filing go by the name: a PDF called ``motion.txt``
is easy to upload as the wrong document, or to leave out of a filing set.

## Example
Fires: a declaration exported as a PDF and saved as declaration.txt, whose first bytes are
%PDF-1.3 (fixtures/core/motion_pdf_named_txt.txt).

Silent: the same PDF named declaration.pdf (fixtures/spero/notice_of_motion_ok.pdf), and a
text draft that only quotes a PDF header: ``Declaration of the plaintiff's expert: the
produced file begins with the header %PDF-1.7 and was altered after it was produced.``

## References
N.D. Cal. ECF "Best practices for creating PDFs": file names.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "mislabelled-file"
FIX = "Rename the file so its extension matches its content (.pdf)."
SEVERITY = "warning"
FILE_LEVEL = True


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    for note in doc.notes:
        if "named as text but is a PDF" in note:
            yield Finding("The file is named as text but is a PDF; it was checked as a PDF.")
