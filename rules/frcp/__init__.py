"""Federal Rules of Civil Procedure: privacy of filings (Rule 5.2) and signatures (Rule 11)."""

from __future__ import annotations

from collections.abc import Iterator

from filelint.document import Document
from filelint.legal.facts import DocumentFacts
from filelint.legal.textsearch import PlacedText, excerpt
from filelint.rule import RuleContext

# Document properties filed with the PDF; dates and the producing software hold nothing a filer typed.
NOT_TYPED_PROPERTIES = frozenset({"CreationDate", "ModDate", "Producer", "Creator", "Trapped", "PTEX.Fullbanner"})


def filing_text(doc: Document, ctx: RuleContext) -> PlacedText:
    """Every line of the filing, margins, footers and invisible layers included: all of it is filed."""
    facts = ctx.facts if ctx.facts is not None else DocumentFacts(doc)
    return facts.all_text


def metadata_properties(doc: Document) -> Iterator[tuple[str, str]]:
    """``(name, value)`` for each document property a filer or their software typed (Title, Author,
    Subject, Keywords and custom ones): they go to the public docket with the PDF."""
    if doc.pdf is None:
        return
    for name, value in doc.pdf.metadata:
        if name not in NOT_TYPED_PROPERTIES and value.strip():
            yield name, value


def metadata_location(name: str, value: str) -> dict:
    """Keyword arguments for a whole-file Finding about a document property."""
    return {"page": None, "line": None, "excerpt": excerpt(f"{name}: {value}")}
