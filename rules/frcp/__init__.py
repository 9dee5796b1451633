"""Federal Rules of Civil Procedure: privacy of filings (Rule 5.2) and signatures (Rule 11)."""

from __future__ import annotations

import regex

from filelint.document import Band, Document
from filelint.legal.textsearch import PlacedText, document_text

PLACEHOLDER = regex.compile(r"^[X*#•·xX-]+$")


def all_text(doc: Document) -> PlacedText:
    """Every line of the filing, margins included: a number in a footer is still filed."""
    return document_text(doc, tuple(Band))


def near(text: str, start: int, end: int, pattern: regex.Pattern, before: int = 60, after: int = 40) -> bool:
    """Whether ``pattern`` occurs within a few words of text[start:end]."""
    return bool(pattern.search(text[max(start - before, 0) : end + after]))
