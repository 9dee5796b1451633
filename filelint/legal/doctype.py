"""What kind of paper a filing is, from its title and first page.

The guess reads the caption's title (upper-case lines on the first page) and, for
letters, the salutation and subject line. Configuration (``document-types``) overrides
it by file name. Rules declare the types they apply to.
"""

from __future__ import annotations

import regex

from filelint.document import Band, Document, Line, Page
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import letter_counts

MOTION = "motion"
OPPOSITION = "opposition"
REPLY = "reply"
JOINT_LETTER = "joint-letter"
DECLARATION = "declaration"
PROPOSED_ORDER = "proposed-order"
STIPULATION = "stipulation"
EXHIBIT = "exhibit"
ORDER = "order"  # the court's own order: no counsel block, no page limit
OPINION = "opinion"  # a judge's or a panel's opinion, memorandum decision or slip opinion
TRANSCRIPT = "transcript"  # the court reporter's, not a party's paper
COMPLAINT = "complaint"
OTHER = "other"  # a party's paper of no type the rules know: rules for particular types do not run on it
COURT_TYPES = (ORDER, OPINION, TRANSCRIPT)  # the court's own papers: the filing packs do not apply to them
TYPES = (MOTION, OPPOSITION, REPLY, JOINT_LETTER, DECLARATION, PROPOSED_ORDER, STIPULATION, EXHIBIT, ORDER, OPINION,
         TRANSCRIPT, COMPLAINT, OTHER)
PARTY = "party"
COURT = "court"


def author_of(document_type: str) -> str:
    """Who wrote a paper of this type: the court (orders, opinions, transcripts) or a party."""
    return COURT if document_type in COURT_TYPES else PARTY

# Quotation marks a writer may put around a word ("the “joint” letter", "a 'joint' letter").
_QUOTE = "[\"'“”‘’]?"
# First match wins: the more specific titles come before the words they contain
# ("REPLY IN SUPPORT OF MOTION" is a reply; "DECLARATION ... IN SUPPORT OF MOTION" a declaration).
_TITLE_RULES = (
    (JOINT_LETTER, r"\bJOINT" + _QUOTE + r"\s+" + _QUOTE + r"(?:DISCOVERY\s+)?LETTER\b"),
    (STIPULATION, r"\bSTIPULAT(?:ION|ED)\b"),
    (PROPOSED_ORDER, r"\[?\s*PROPOSED\s*\]?\s+(?:[A-Z][A-Z'’\-]*\s+){0,3}?ORDER\b"),
    (DECLARATION, r"^\s*DECLARATION\s+OF\b|\bDECLARATION\s+OF\s+[A-Z]"),
    (OTHER, r"\bRESPONSE\s+TO\s+(?:THE\s+)?COURT['’]?S\s+(?:\S+\s+){0,3}?ORDER\b"),  # a party answering an order
    (REPLY, r"\bREPLY\b"),
    (OPPOSITION, r"\bOPPOSITION\b|\bOPPOSING\b|\bRESPONSE\s+(?:IN\s+OPPOSITION\s+)?TO\b.*\bMOTION\b"),
    (MOTION, r"\bMOTION\b|\bNOTICE\s+(?:OF\s+APPLICATION\s+)?AND\s+(?:EX\s+PARTE\s+)?APPLICATION\b|\bEX\s+PARTE\s+APPLICATION\b"),
    (COMPLAINT, r"^(?:REDACTED\s+)?(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH)\s+)?(?:CONSOLIDATED\s+)?(?:AMENDED\s+)?(?:VERIFIED\s+)?"
                r"(?:CLASS\s+ACTION\s+)?COMPLAINT\b"),
    # A deposition transcript filed as an exhibit ("CONFIDENTIAL DEPOSITION OF CRYSTAL M. LONG"), not a notice of one.
    (EXHIBIT, r"^[\W\d_]*(?:(?:CONFIDENTIAL|VIDEOTAPED|VIDEO|REMOTE|CONTINUED)\s+)*DEPOSITION\s+OF\s+[A-Z]"),
)
_TITLE_PATTERNS = tuple((kind, lazy(pattern, regex.MULTILINE)) for kind, pattern in _TITLE_RULES)
# A court order's title starts with ORDER (after "REDACTED", "AMENDED"...), unless the
# line before ends mid-phrase: "MOTION FOR AN / ORDER COMPELLING" is a motion.
_ORDER_TITLE = lazy(r"(?:^|;\s*)(?:REDACTED\s+|AMENDED\s+|SEALED\s+|FINAL\s+|FURTHER\s+)?ORDER\b")
_MID_PHRASE = lazy(r"\b(?:FOR|AN|A|AND|TO|OF|THE|PROPOSED\]?|\[PROPOSED\])\s*$")
# Caption columns are separated by a wide gap or by a column of ")" characters.
_COLUMN_BREAK = lazy(r"[ \t]{2,}|[ \t]*\)[ \t]*")
_COURT_TITLE = lazy(r"UNITED\s+STATES\s+DISTRICT\s+COURT|DISTRICT\s+OF\s+[A-Z]", regex.IGNORECASE)
_LETTER = lazy(r"^\s*(?:Dear\s+(?:Judge|Magistrate|Hon)|Re:)", regex.MULTILINE | regex.IGNORECASE)
_JOINT_LETTER_BODY = lazy(r"\bjoint" + _QUOTE + r"\s+" + _QUOTE + r"(?:discovery\s+)?letter\b", regex.IGNORECASE)
_TRANSCRIPT = lazy(r"\b(?:REPORTER['’]?S\s+)?TRANSCRIPT\s+OF\s+(?:PROCEEDINGS|HEARING|TELEPHONIC|TRIAL)", regex.IGNORECASE)
# "OPINION", "MEMORANDUM OPINION (AND ORDER)", "MEMORANDUM AND ORDER", "MEMORANDUM DECISION", "OPINION AND ORDER",
# "REPORT AND RECOMMENDATION": each a title line of its own.
_OPINION_TITLE = lazy(
    r"^(?:REDACTED\s+|AMENDED\s+|SEALED\s+|PUBLIC\s+)?(?:(?:MEMORANDUM\s+)?OPINION(?:\s+AND\s+ORDER)?|MEMORANDUM\s+(?:AND\s+ORDER|DECISION)"
    r"|(?:FINDINGS\s+AND\s+)?REPORT\s+AND\s+RECOMMENDATIONS?)\b",
    regex.MULTILINE,
)
# Marks only a court's opinion carries: its author's byline ("BUMB, United States District Judge"), a panel
# ("Quigless, P.J., Odenwald, J., and Dowd, J."), "Per Curiam", "delivered the opinion", a slip opinion's notice.
_OPINION_MARKS = lazy(
    r"^[ \t]*(?!(?:The[ \t]+)?Hon)[\p{Lu}][\p{L}.'’\- ]{1,60},[ \t]+(?:Chief[ \t]+|Senior[ \t]+)?(?:United[ \t]+States[ \t]+)?"
    r"(?:District|Magistrate|Circuit|Bankruptcy)[ \t]+Judge[ \t]*:?[ \t]*$"
    r"|\b[\p{Lu}][\p{L}'’\-]+,[ \t]+(?:P\.[ \t]?J\.|C\.[ \t]?J\.|J\.),[ \t]+.{0,80}\b[\p{Lu}][\p{L}'’\-]+,[ \t]+J\."
    r"|^[ \t]*PER[ \t]+CURIAM\b|\bdelivered[ \t]+the[ \t]+opinion\b|\bOPINION[ \t]+OF[ \t]+THE[ \t]+COURT\b"
    r"|\bNOTICE:[ \t]+This[ \t]+opinion[ \t]+is[ \t]+subject\b|\bSlip[ \t]+Opinion\b|^[ \t]*NOT[ \t]+FOR[ \t]+(?:CITATION|PUBLICATION)\b"
    r"|^[ \t]*Heard[ \t]+in[ \t]+the[ \t]+Supreme[ \t]+Court\b",
    regex.MULTILINE | regex.IGNORECASE,
)
# Words a caption's title uses to say what the paper is.
PAPER_WORDS = lazy(
    r"\b(?:MOTION|OPPOSITION|REPLY|RESPONSE|DECLARATION|AFFIDAVIT|NOTICE|STIPULATION|STIPULATED|ORDER|COMPLAINT|ANSWER|BRIEF"
    r"|MEMORANDUM|STATEMENT|REQUEST|APPLICATION|PETITION|CERTIFICATE|CERTIFICATION|OBJECTIONS?|REPORT|LETTER|PROOF|JOINT"
    r"|SUPPLEMENT(?:AL)?|ADMINISTRATIVE|TRANSCRIPT|JUDGMENT|VERDICT|SUBPOENA|DESIGNATION|EXHIBIT|INDEX|PROPOSED|CONSENT"
    r"|DECLINATION|REQUESTS?|INTERROGATORIES|DISCLOSURES?|BRIEFING|SUBMISSION|RESPONSES?|APPEAL|AGREEMENT|PLAN|OPINION)\b",
    regex.IGNORECASE,
)
ADMINISTRATIVE = lazy(r"\bADMINISTRATIVE\s+MOTION\b", regex.IGNORECASE)
# A memorandum filed apart from its notice of motion ("MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF ...").
MEMORANDUM_ONLY = lazy(r"^\s*(?:\S+\s+){0,3}MEMORANDUM\s+OF\s+POINTS", regex.IGNORECASE | regex.MULTILINE)
_EXHIBIT_SHEET = lazy(r"^\s*EXHIBIT\s+(?:NO\.\s*)?[A-Z0-9]{1,4}(?:-\d{1,3})?\s*$", regex.MULTILINE | regex.IGNORECASE)
# A letter to a magistrate judge about a discovery dispute, after the parties met and conferred.
_DISCOVERY_LETTER_BODY = lazy(
    r"\bmet\s+and\s+conferred\b|\bmeet[\s-]+and[\s-]+confer", regex.IGNORECASE)
_DISCOVERY_WORDS = lazy(r"\bdiscovery\b|\binterrogator|\brequests?\s+for\s+production\b|\bdeposition", regex.IGNORECASE)
# Orders titled by their kind, the word ORDER last: "SUGGESTION OF REMAND AND TRANSFER ORDER", "SCHEDULING ORDER".
_KIND_OF_ORDER = lazy(
    r"\b(?:TRANSFER|SCHEDULING|PRETRIAL|PRE-TRIAL|CASE\s+MANAGEMENT|REMAND|INTERIM|FINAL|STANDING|MINUTE|REFERRAL)\s+ORDER\s*$",
    regex.MULTILINE)
_PARTY_REQUEST = lazy(r"PROPOSED|STIPULAT|\bMOTION\b|\bAPPLICATION\b|\bREQUEST\b|\bJOINT\b")


# Papers a party presents with a caption (Civil L.R. 3-4): the court's own papers, joint letters and
# exhibits are not; "other" is a party's paper of a kind the rules do not name.
CAPTIONED_TYPES = (MOTION, OPPOSITION, REPLY, DECLARATION, PROPOSED_ORDER, STIPULATION, COMPLAINT, OTHER)
BRIEF_TYPES = (MOTION, OPPOSITION, REPLY)
COURT_NAME = lazy(r"UNITED\s+STATES\s+DISTRICT\s+COURT", regex.IGNORECASE)


def court_title_line(page: Page) -> Line | None:
    """The caption page's line naming the court ("UNITED STATES DISTRICT COURT")."""
    return next((line for line in page.body if COURT_NAME.search(line.text)), None)


def caption_page(doc: Document) -> Page | None:
    """The page with the caption: the first of the first three that names the court, else the first with text.

    A redacted or sealed filing often has a cover page before its caption.
    """
    for page in doc.pages[:3]:
        if _COURT_TITLE.search(page.text()):
            return page
    return doc.first_page


def title_text(doc: Document, page: Page | None = None) -> str:
    """The caption's title: the upper-case column segments of the caption page, one per line.

    A caption typed in title case ("Plaintiff's Notice of Motion and Motion to Compel") has
    no upper-case title; its title-case segments are added when no upper-case segment names
    a kind of paper.
    """
    page = page or caption_page(doc)
    if page is None:
        return ""
    segments = [segment for line in page.body for segment in _segments(line.text)]
    upper = [text for text, case in segments if case == "upper"]
    if any(PAPER_WORDS.search(text) for text in upper):
        return "\n".join(upper)
    return "\n".join(text for text, case in segments if case in ("upper", "title"))


def _segments(line: str) -> list[tuple[str, str]]:
    """A line's caption-column segments, each with its case: "upper", "title" or "" (prose)."""
    found = []
    for segment in _COLUMN_BREAK.split(line):
        segment = segment.strip()
        letters, capitals = letter_counts(segment)  # every caption line is read
        if letters < 4:
            continue
        if capitals / letters > 0.8:
            found.append((segment, "upper"))
        elif _is_title_case(segment):
            found.append((segment, "title"))
    return found


def _is_title_case(segment: str) -> bool:
    """Most words capitalised, small words aside: a heading, not a sentence."""
    words = [word for word in _TITLE_WORD.findall(segment) if word.lower() not in _SMALL_WORDS]
    if len(words) < 2 or segment.rstrip().endswith((",", ";")) and len(words) > 8:
        return False
    return sum(word[0].isupper() for word in words) / len(words) >= 0.8


_TITLE_WORD = lazy(r"[\p{L}][\p{L}'’\-]*")  # compiled once: regex.findall(source, ...) looks it up each call
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "re", "the", "to", "under",
                "upon", "with", "its", "his", "her", "their", "s", "v", "vs"}


def guess_type(doc: Document, page: Page | None = None, title: str | None = None) -> str:
    """The document type read from the filing itself (``page`` and ``title``: the caption's, when known)."""
    page = page or caption_page(doc)
    if page is None:
        return OTHER
    first = doc.first_page.text() if doc.first_page else ""
    if _EXHIBIT_SHEET.search(first) and len(first.split()) <= 12:
        return EXHIBIT  # an exhibit slip sheet in front
    body = page.text()
    if _LETTER.search(body) and (_JOINT_LETTER_BODY.search(body)
                                 or _DISCOVERY_LETTER_BODY.search(body) and _DISCOVERY_WORDS.search(body)):
        return JOINT_LETTER
    if _TRANSCRIPT.search(body):
        return TRANSCRIPT
    title = (title_text(doc, page) if title is None else title).upper()
    if _is_court_order(title):
        return ORDER
    if _is_opinion(title, doc, page):
        return OPINION
    for kind, pattern in _TITLE_PATTERNS:
        match = pattern.search(title)
        if match and not (kind == JOINT_LETTER and _titled_before(title, match.start())):
            return kind
    return OTHER


def _titled_before(title: str, start: int) -> bool:
    """A paper's own title comes first: "JOINT LETTER" in a capitals sentence below a motion's title names
    the letter the motion speaks of, not the paper."""
    return any(pattern.search(title[:start]) for kind, pattern in _TITLE_PATTERNS if kind in BRIEF_TYPES + (DECLARATION,))


def _is_opinion(title: str, doc: Document, page: Page) -> bool:
    """A judge's opinion: so titled, or marked as one on the caption page (a byline, a panel, "Per Curiam")."""
    if _OPINION_TITLE.search(title):
        return True
    if regex.search(r"PROPOSED|STIPULAT", title):
        return False
    return bool(_OPINION_MARKS.search(page.text()))


CHAMBERS_COPY_LEGEND = lazy(r"CHAMBERS\s*['’]?\s*COP(?:Y|IES)", regex.IGNORECASE)


def has_chambers_copy_legend(doc: Document) -> bool:
    """The first page is labelled as a chambers copy (in any wording)."""
    return bool(doc.pages) and bool(CHAMBERS_COPY_LEGEND.search(doc.pages[0].text(tuple(Band))))


def _is_court_order(title: str) -> bool:
    if _KIND_OF_ORDER.search(title) and not _PARTY_REQUEST.search(title):
        return True
    lines = title.split("\n")
    for index, line in enumerate(lines):
        match = _ORDER_TITLE.search(line)
        if match is None or regex.search(r"STIPULAT|PROPOSED", line):
            continue
        if match.start() == 0 and index > 0 and _MID_PHRASE.search(lines[index - 1]):
            continue
        return True
    return False


def is_administrative(title: str) -> bool:
    """An administrative motion (Civil L.R. 7-11): decided without a hearing, five pages."""
    return bool(ADMINISTRATIVE.search(title))


def is_memorandum_only(title: str) -> bool:
    """The paper is a memorandum of points and authorities filed apart from the notice of motion."""
    return bool(MEMORANDUM_ONLY.search(title))


def is_discovery_motion(doc: Document, title: str | None = None) -> bool:
    """A motion about discovery: to compel, for a protective order, for discovery sanctions."""
    title = (title_text(doc) if title is None else title).upper()
    if not regex.search(r"\bMOTION\b", title):
        return False
    return bool(regex.search(
        r"\bCOMPEL|\bPROTECTIVE\s+ORDER|\bDISCOVERY|\bINTERROGATOR|\bDEPOSITION|\bSUBPOENA|\bREQUESTS?\s+FOR\s+(?:PRODUCTION|ADMISSION)|\bQUASH",
        title,
    ))
