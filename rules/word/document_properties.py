"""A Word draft's properties name people or places: author, last editor, company, manager, a template's path.

## What it checks
The document properties Word writes into every file (File > Info > Properties): Author and
Last modified by (core properties), Company and Manager (extended properties), comments in
the properties, custom properties, and the path of an attached template (which names the
user's folders: ``C:\\Users\\...``). One finding lists the fields that hold something.
Title, subject, keywords, category and a template's bare name ("Normal.dotm") are not
reported; FR001-FR004 read every property for identifying numbers.

## Why it matters
Properties go wherever the file goes and show who drafted a paper, for whom and where:
a ghost-written brief's real author, a contract attorney's firm, a client's name in a custom
field. ABA Model Rule 1.6(c) requires reasonable efforts to prevent inadvertent disclosure,
and ABA Formal Opinion 06-442 names metadata as such a risk.

## Example
Fires: fixtures/word/draft_with_what_word_hides.docx (Author holds the drafting attorney's name).

Silent: fixtures/word/draft_accepted_and_cleaned.docx (the properties removed by Inspect Document; a title remains).

## References
ABA Model Rule 1.6(c); ABA Formal Opinion 06-442.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext
from filelint_rules.word import secrets_in

NAME = "document-properties"
FIX = "File > Info > Check for Issues > Inspect Document > Document Properties and Personal Information > Remove All; then save."
SEVERITY = "warning"
IDENTIFYING = ("Author", "Last modified by", "Company", "Manager", "Comments", "Attached template")
STANDARD = ("Title", "Subject", "Keywords", "Category", "Content status", "Template", "HyperlinkBase")
A_PATH = lazy(r"[\\/]")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.word is None:
        return
    found = [(name, value) for name, value in doc.word.properties if _identifying(name, value)]
    if not found:
        return
    listed = "; ".join(f"{name}: {value}" for name, value in found)
    yield Finding(f"The draft's properties name people or places: {', '.join(name for name, _ in found)}.",
                  excerpt=excerpt(listed, 120), secrets=secrets_in(listed))


def _identifying(name: str, value: str) -> bool:
    if name == "Attached template":
        return bool(A_PATH.search(value))
    return name in IDENTIFYING or name not in STANDARD  # custom properties are named by whoever set them
