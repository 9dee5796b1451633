"""What kind of paper a filing is, from its title and first page.

The guess reads the caption's title (upper-case lines on the first page) and, for
letters, the salutation and subject line. Configuration (``document-types``) overrides
it by file name. Rules declare the types they apply to.
"""

from __future__ import annotations

import regex

from filelint.document import Band, Document, Page

MOTION = "motion"
OPPOSITION = "opposition"
REPLY = "reply"
JOINT_LETTER = "joint-letter"
DECLARATION = "declaration"
PROPOSED_ORDER = "proposed-order"
STIPULATION = "stipulation"
EXHIBIT = "exhibit"
ORDER = "order"  # the court's own order: no counsel block, no page limit
TRANSCRIPT = "transcript"  # the court reporter's, not a party's paper
COMPLAINT = "complaint"
OTHER = "other"
COURT_TYPES = (ORDER, TRANSCRIPT)  # the court's own papers: the filing packs do not apply to them
TYPES = (MOTION, OPPOSITION, REPLY, JOINT_LETTER, DECLARATION, PROPOSED_ORDER, STIPULATION, EXHIBIT, ORDER, TRANSCRIPT,
         COMPLAINT, OTHER)

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
    (COMPLAINT, r"^(?:REDACTED\s+)?(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH)\s+)?(?:CONSOLIDATED\s+)?(?:AMENDED\s+)?(?:VERIFIED\s+)?"
                r"(?:CLASS\s+ACTION\s+)?COMPLAINT\b"),
)
_TITLE_PATTERNS = tuple((kind, regex.compile(pattern, regex.MULTILINE)) for kind, pattern in _TITLE_RULES)
# A court order's title starts with ORDER (after "REDACTED", "AMENDED"...), unless the
# line before ends mid-phrase: "MOTION FOR AN / ORDER COMPELLING" is a motion.
_ORDER_TITLE = regex.compile(r"(?:^|;\s*)(?:REDACTED\s+|AMENDED\s+|SEALED\s+|FINAL\s+|FURTHER\s+)?ORDER\b")
_MID_PHRASE = regex.compile(r"\b(?:FOR|AN|A|AND|TO|OF|THE|PROPOSED\]?|\[PROPOSED\])\s*$")
# Caption columns are separated by a wide gap or by a column of ")" characters.
_COLUMN_BREAK = regex.compile(r"[ \t]{2,}|[ \t]*\)[ \t]*")
_COURT_TITLE = regex.compile(r"UNITED\s+STATES\s+DISTRICT\s+COURT|DISTRICT\s+OF\s+[A-Z]", regex.IGNORECASE)
_LETTER = regex.compile(r"^\s*(?:Dear\s+(?:Judge|Magistrate|Hon)|Re:)", regex.MULTILINE | regex.IGNORECASE)
_JOINT_LETTER_BODY = regex.compile(r"\bjoint\s+(?:discovery\s+)?letter\b", regex.IGNORECASE)
_TRANSCRIPT = regex.compile(r"\b(?:REPORTER['’]?S\s+)?TRANSCRIPT\s+OF\s+(?:PROCEEDINGS|HEARING|TELEPHONIC|TRIAL)", regex.IGNORECASE)
_EXHIBIT_SHEET = regex.compile(r"^\s*EXHIBIT\s+[A-Z0-9]{1,4}\s*$", regex.MULTILINE)


def caption_page(doc: Document) -> Page | None:
    """The page with the caption: the first of the first three that names the court, else the first with text.

    A redacted or sealed filing often has a cover page before its caption.
    """
    for page in doc.pages[:3]:
        if _COURT_TITLE.search(page.text()):
            return page
    return doc.first_page


def title_text(doc: Document, page: Page | None = None) -> str:
    """The upper-case column segments of the caption page: where a caption's title sits."""
    page = page or caption_page(doc)
    if page is None:
        return ""
    segments = []
    for line in page.body:
        for segment in _COLUMN_BREAK.split(line.text):
            letters = [char for char in segment if char.isalpha()]
            if len(letters) >= 4 and sum(char.isupper() for char in letters) / len(letters) > 0.8:
                segments.append(segment.strip())
    return "\n".join(segments)


def guess_type(doc: Document, page: Page | None = None, title: str | None = None) -> str:
    """The document type read from the filing itself (``page`` and ``title``: the caption's, when known)."""
    page = page or caption_page(doc)
    if page is None:
        return OTHER
    first = doc.first_page.text() if doc.first_page else ""
    if _EXHIBIT_SHEET.search(first) and len(first.split()) <= 12:
        return EXHIBIT  # an exhibit slip sheet in front
    body = page.text()
    if _LETTER.search(body) and _JOINT_LETTER_BODY.search(body):
        return JOINT_LETTER
    if _TRANSCRIPT.search(body):
        return TRANSCRIPT
    title = title_text(doc, page) if title is None else title
    if _is_court_order(title):
        return ORDER
    for kind, pattern in _TITLE_PATTERNS:
        if pattern.search(title):
            return kind
    return OTHER


CHAMBERS_COPY_LEGEND = regex.compile(r"CHAMBERS\s*['’]?\s*COP(?:Y|IES)", regex.IGNORECASE)


def has_chambers_copy_legend(doc: Document) -> bool:
    """The first page is labelled as a chambers copy (in any wording)."""
    return bool(doc.pages) and bool(CHAMBERS_COPY_LEGEND.search(doc.pages[0].text(tuple(Band))))


def _is_court_order(title: str) -> bool:
    lines = title.split("\n")
    for index, line in enumerate(lines):
        match = _ORDER_TITLE.search(line)
        if match is None or regex.search(r"STIPULAT|PROPOSED", line):
            continue
        if match.start() == 0 and index > 0 and _MID_PHRASE.search(lines[index - 1]):
            continue
        return True
    return False


def is_discovery_motion(doc: Document) -> bool:
    """A motion about discovery: to compel, for a protective order, for discovery sanctions."""
    title = title_text(doc).upper()
    if not regex.search(r"\bMOTION\b", title):
        return False
    return bool(regex.search(
        r"\bCOMPEL|\bPROTECTIVE\s+ORDER|\bDISCOVERY|\bINTERROGATOR|\bDEPOSITION|\bSUBPOENA|\bREQUESTS?\s+FOR\s+(?:PRODUCTION|ADMISSION)|\bQUASH",
        title,
    ))
