"""Rule logic shared by judges' standing-order packs.

A judge's pack supplies the strings (initials, chambers-copy designation); the logic
here is the same for every judge who uses the same kind of requirement.
"""

from __future__ import annotations

import regex

from filelint.document import Band, Document
from filelint.rule import RuleContext

APOSTROPHES = "'’‘`´"
LEGEND = regex.compile(r"CHAMBERS\s*['’]?\s*COP(?:Y|IES)", regex.IGNORECASE)


def designation_pattern(designation: str) -> regex.Pattern:
    """A pattern for a designation: any apostrophe counts, any spacing counts."""
    parts = []
    for char in designation:
        if char in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(regex.escape(char))
    pattern = "".join(parts).replace(r"\s+\s+", r"\s+")
    return regex.compile(pattern, regex.IGNORECASE)


def first_page_text(doc: Document) -> str:
    """Everything printed on the first page, margins included."""
    return doc.pages[0].text(tuple(Band)) if doc.pages else ""


def is_chambers_copy(doc: Document, ctx: RuleContext) -> bool:
    """Named or flagged as a chambers copy, or labelled as one on its first page."""
    return ctx.settings.chambers_copy or bool(LEGEND.search(first_page_text(doc)))
