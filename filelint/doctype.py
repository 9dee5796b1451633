"""What kind of paper a filing is, from its title and first page.

The guess reads the caption's title (upper-case lines on the first page) and, for
letters, the salutation and subject line. Configuration (``document-types``) overrides
it by file name. Rules declare the types they apply to.
"""

from __future__ import annotations

import regex

from filelint.document import Band, Document

MOTION = "motion"
OPPOSITION = "opposition"
REPLY = "reply"
JOINT_LETTER = "joint-letter"
DECLARATION = "declaration"
PROPOSED_ORDER = "proposed-order"
STIPULATION = "stipulation"
EXHIBIT = "exhibit"
OTHER = "other"
TYPES = (MOTION, OPPOSITION, REPLY, JOINT_LETTER, DECLARATION, PROPOSED_ORDER, STIPULATION, EXHIBIT, OTHER)

# First match wins: the more specific titles come before the words they contain
# ("REPLY IN SUPPORT OF MOTION" is a reply; "DECLARATION ... IN SUPPORT OF MOTION" a declaration).
_TITLE_RULES = (
    (JOINT_LETTER, r"\bJOINT\s+(?:DISCOVERY\s+)?LETTER\b|\bJOINT\s+LETTER\s+BRIEF\b"),
    (STIPULATION, r"\bSTIPULAT(?:ION|ED)\b"),
    (PROPOSED_ORDER, r"\[?\s*PROPOSED\s*\]?\s+ORDER\b"),
    (DECLARATION, r"^\s*DECLARATION\s+OF\b|\bDECLARATION\s+OF\s+[A-Z]"),
    (REPLY, r"\bREPLY\b"),
    (OPPOSITION, r"\bOPPOSITION\b|\bOPPOSING\b|\bRESPONSE\s+(?:IN\s+OPPOSITION\s+)?TO\b.*\bMOTION\b"),
    (MOTION, r"\bMOTION\b"),
)
_TITLE_PATTERNS = tuple((kind, regex.compile(pattern)) for kind, pattern in _TITLE_RULES)
_LETTER = regex.compile(r"^\s*(?:Dear\s+(?:Judge|Magistrate|Hon)|Re:)", regex.MULTILINE | regex.IGNORECASE)
_JOINT_LETTER_BODY = regex.compile(r"\bjoint\s+(?:discovery\s+)?letter\b", regex.IGNORECASE)
_EXHIBIT_SHEET = regex.compile(r"^\s*EXHIBIT\s+[A-Z0-9]{1,4}\s*$", regex.MULTILINE)


def title_text(doc: Document) -> str:
    """The upper-case lines of the first page: where a caption's title sits."""
    page = doc.first_page
    if page is None:
        return ""
    lines = []
    for line in page.lines:
        if line.band is not Band.BODY:
            continue
        letters = [char for char in line.text if char.isalpha()]
        if len(letters) >= 4 and sum(char.isupper() for char in letters) / len(letters) > 0.8:
            lines.append(line.text)
    return "\n".join(lines)


def guess_type(doc: Document) -> str:
    """The document type read from the filing itself."""
    page = doc.first_page
    if page is None:
        return OTHER
    body = page.text()
    if _EXHIBIT_SHEET.search(body) and len(body.split()) <= 12:
        return EXHIBIT
    if _LETTER.search(body) and _JOINT_LETTER_BODY.search(body):
        return JOINT_LETTER
    title = title_text(doc)
    for kind, pattern in _TITLE_PATTERNS:
        if pattern.search(title):
            return kind
    return OTHER


CHAMBERS_COPY_LEGEND = regex.compile(r"CHAMBERS\s*['’]?\s*COP(?:Y|IES)", regex.IGNORECASE)


def has_chambers_copy_legend(doc: Document) -> bool:
    """The first page is labelled as a chambers copy (in any wording)."""
    return bool(doc.pages) and bool(CHAMBERS_COPY_LEGEND.search(doc.pages[0].text(tuple(Band))))


def is_discovery_motion(doc: Document) -> bool:
    """A motion about discovery: to compel, for a protective order, for discovery sanctions."""
    title = title_text(doc).upper()
    if not regex.search(r"\bMOTION\b", title):
        return False
    return bool(regex.search(
        r"\bCOMPEL|\bPROTECTIVE\s+ORDER|\bDISCOVERY|\bINTERROGATOR|\bDEPOSITION|\bSUBPOENA|\bREQUESTS?\s+FOR\s+(?:PRODUCTION|ADMISSION)|\bQUASH",
        title,
    ))
