"""The PDF's metadata or history reveals what the filing itself does not.

## What it checks
Document properties whose author, title or subject do not appear in the filing (a
drafter's name, another case's title, the word-processor file name), comments and
mark-up left in the file (notes, highlights, strike-outs, ink), and earlier versions
kept by incremental saves, from which deleted text can be recovered. Generic authors
("Microsoft Office User", "Administrator") are not reported. A warning.

## Why it matters
The properties and the saved history go to the public docket with the PDF. They have
revealed who drafted a filing, which other client it was adapted from, and text that
was deleted before filing.

## Example
Fires: Title "Microsoft Word - Smith settlement draft v7.docx"; a sticky note "check
with client"; a PDF saved three times with "fast save".

Silent: properties cleared (File > Properties) and the PDF saved with "Save As".

## References
N.D. Cal. ECF "Best practices for creating PDFs" (file names appear on the docket).
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Band, Document
from filelint.rule import RuleContext

NAME = "metadata"
FIX = "Clear the document properties, delete comments, and save a fresh copy (File > Save As, or print to PDF)."
SEVERITY = "warning"
COMMENTS = {"Text", "FreeText", "Popup", "Highlight", "Underline", "StrikeOut", "Squiggly", "Caret", "Ink", "Stamp"}
GENERIC_AUTHORS = regex.compile(r"^(?:microsoft\s+office\s+user|windows\s+user|user|owner|admin(?:istrator)?|author|"
                                r"unknown|default|pc|hp\s+authorized\s+customer|\W*)$", regex.IGNORECASE)
GENERIC_TITLES = regex.compile(r"^(?:pleading|untitled|none|document\d*|title|microsoft\s+word\s*-?\s*document\d*|\W*)$",
                                regex.IGNORECASE)
WORD_FILE = regex.compile(r"^\s*Microsoft\s+(?:Word|PowerPoint|Excel)\s+-\s+(?P<file>.+)$", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    text = _words(" ".join(page.text(tuple(Band)) for page in doc.pages))
    metadata = dict(doc.pdf.metadata)
    for key in ("Author", "Title", "Subject", "Keywords"):
        value = metadata.get(key, "").strip()
        problem = _property_problem(key, value, text)
        if problem:
            yield Finding(problem)
    comments = [a for a in doc.pdf.annotations if a.subtype in COMMENTS]
    if comments:
        pages = sorted({a.page for a in comments})
        yield Finding(f"The PDF carries {len(comments)} comment{'s' if len(comments) > 1 else ''} or mark-up "
                      f"(page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages[:10]))}).", page=pages[0])
    if doc.pdf.incremental_updates:
        saves = doc.pdf.incremental_updates
        yield Finding(f"The file keeps {saves} earlier version{'s' if saves > 1 else ''} (incremental saves): "
                      "text deleted before filing may be recoverable.")


def _property_problem(key: str, value: str, text: set[str]) -> str | None:
    if not value:
        return None
    shown = value if len(value) <= 80 else value[:79] + "…"
    word_file = WORD_FILE.match(value)
    if key == "Title" and word_file:
        return f'The PDF\'s title shows the word-processor file name "{word_file["file"].strip()}".'
    if (key == "Author" and GENERIC_AUTHORS.match(value)) or (key != "Author" and GENERIC_TITLES.match(value)):
        return None
    words = {word for word in _words(value) if len(word) >= 4}
    if words and not words & text:
        return f'The PDF\'s {key.lower()} "{shown}" does not appear in the filing.'
    return None


def _words(text: str) -> set[str]:
    return {word.lower() for word in regex.findall(r"[A-Za-z][A-Za-z'’]+", text)}
