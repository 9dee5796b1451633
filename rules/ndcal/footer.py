"""A page's footer does not carry the paper's title (or a fair abbreviation of it).

## What it checks
Every page of the paper, except exhibits and other papers attached after it, should
show the paper's title in its footer, abbreviated as lawyers do ("PL.'S NOT. OF MOT.
AND MOT. TO COMPEL", "OPP'N TO DEF'S ADMIN. MTN."). filelint takes the significant words
of the caption's title and looks for at least two of them, or their abbreviations, in
the footer band at the bottom of the page. Pages without are reported together, as a
warning. Needs a page footer: PDFs, text drafts on numbered lines, and Word drafts
(.docx), whose footers are read per section (first-page, even and default footers as Word
prints them) and reported by the section whose footer to change.

## Why it matters
Civil L.R. 3-4(c)(3): except for exhibits, each paper "must include at the bottom of
each page and below the page number, the title of the paper (e.g., 'Complaint,'
'Defendant's Motion for Summary Judgment,' etc.) or a clear and concise abbreviation."
A page separated from its paper can then be put back. The exact wording of the rule is
from secondary sources, so this is a warning.

## Example
Fires: fixtures/ndcal/footers_with_page_numbers_only.pdf (footers showing only a page
number); fixtures/word/motion_with_word_layout_errors.docx (a Word footer reading "Page").

Silent: fixtures/ndcal/motion_ok.pdf, whose footers read "PL.'S NOT. OF MOT. AND MOT. TO
COMPEL - C-06-03891 SC (JCS)"; fixtures/word/motion_on_word_pleading_paper.docx, whose Word
footer reads the same; and a text draft, which has no page footers yet:
``UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA PLAINTIFF'S MOTION TO
COMPEL``.

## References
N.D. Cal. Civil L.R. 3-4(c)(3) (secondary sources; rules catalog NDCAL-3-4-c-3).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.legal.structure import Role, page_ranges
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "footer"
FIX = "Put the paper's title, or a clear abbreviation of it, in the footer of every page."
TYPES = CAPTIONED
SEVERITY = "warning"
STOP_WORDS = {"AND", "THE", "FOR", "ITS", "HIS", "HER", "THEIR", "FROM", "WITH", "UNDER", "THIS", "THAT", "INC", "LLC", "LLP",
              "CORP", "CASE", "NOS", "FURTHER", "TO", "OF", "IN", "ON", "BY", "RE"}
ABBREVIATIONS = {"MTN": "MOTION", "MOT": "MOTION", "OPPN": "OPPOSITION", "OPP": "OPPOSITION", "DEFS": "DEFENDANTS",
                 "DEF": "DEFENDANT", "PLS": "PLAINTIFFS", "PL": "PLAINTIFF", "PLTF": "PLAINTIFF", "PLTFS": "PLAINTIFFS",
                 "MEM": "MEMORANDUM", "MPA": "MEMORANDUM", "DECL": "DECLARATION", "SUPP": "SUPPORT", "ISO": "SUPPORT",
                 "MSJ": "SUMMARY", "ADMIN": "ADMINISTRATIVE", "STIP": "STIPULATION", "PROP": "PROPOSED", "NOT": "NOTICE",
                 "RESP": "RESPONSE", "OBJ": "OBJECTIONS", "CERT": "CERTIFICATION", "DISC": "DISCOVERY"}
TITLE_START = lazy(
    r"\b(?:MOTION|OPPOSITION|REPLY|RESPONSE|DECLARATION|NOTICE|STIPULATION|STIPULATED|COMPLAINT|ANSWER|BRIEF|MEMORANDUM"
    r"|STATEMENT|REQUEST|APPLICATION|PETITION|CERTIFICATE|OBJECTIONS?|PROPOSED|JOINT|SUPPLEMENTAL|ADMINISTRATIVE)\b"
)
TITLE_END = lazy(r"^(?:DATE|TIME|HEARING|JUDGE|COURTROOM|CTRM|DEPT|PLACE|LOCATION)\b|\bDIVISION\b|\bDISTRICT\b")


def title_words(title: str) -> set[str]:
    """The significant words of the caption's title."""
    segments = title.upper().split("\n")
    start = next((i for i, segment in enumerate(segments) if TITLE_START.search(segment)), None)
    if start is None:
        return set()
    words: set[str] = set()
    for segment in segments[start : start + 6]:
        if TITLE_END.search(segment):
            break
        words.update(word for word in _tokens(segment) if len(word) >= 3 and word not in STOP_WORDS)
    return words


# Compiled once: a footer line's words are read on every page.
_WORD = lazy(r"[A-Za-z][A-Za-z'’.]*")
_MARKS = lazy(r"['’.]")


def _tokens(text: str) -> list[str]:
    return [_MARKS.sub("", word) for word in _WORD.findall(text.upper())]


def footer_matches(footer: str, words: set[str]) -> bool:
    """At least two title words, whole or abbreviated, appear in the footer."""
    found: set[str] = set()
    enough = min(2, len(words))
    if not enough:
        return True
    for token in _tokens(footer):
        token = ABBREVIATIONS.get(token, ABBREVIATIONS.get(token.rstrip("S"), token))
        if len(token) >= 3:
            found.update(word for word in words if word.startswith(token))
            if len(found) >= enough:  # the footer's other words cannot undo it
                return True
    return False


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    words = title_words(ctx.facts.title)
    if len(words) < 2:
        return  # no title to look for: document-title reports that
    if doc.kind == "text" and not any(page.has_numbered_lines for page in doc.pages):
        return  # a plain-text draft has no page footers yet
    missing = [
        page.number
        for page, role in zip(doc.pages, ctx.facts.page_roles)
        if not role.attached and role is not Role.COVER and page.body and not ctx.facts.scanned(page) and not footer_matches(" ".join(line.text for line in page.footer), words)
    ]
    if missing:
        noun = "Pages" if len(missing) > 1 else "Page"
        yield Finding(f"{noun} {page_ranges(missing)}: the footer does not show the paper's title or an abbreviation of it"
                      f"{_word_sections(doc, missing)}.", page=missing[0])


def _word_sections(doc: Document, pages: list[int]) -> str:
    """In a Word draft, which sections' footers to change (pages are those the file's breaks record)."""
    if doc.word is None:
        return ""
    sections = [str(s.number) for s in doc.word.sections if set(s.pages) & set(pages)]
    return f" (the footer{'s' if len(sections) > 1 else ''} of section{'s' if len(sections) > 1 else ''} {', '.join(sections)})"
