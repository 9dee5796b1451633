"""What each page of a filing is: caption, tables, body, signatures, or something attached after it.

Page limits count "pages of text": not the caption page or the tables (Chamberlin v. Hartog,
N.D. Cal. 2020), not a page holding only signatures, and not the declarations, exhibits,
proposed orders and proofs of service filed with the brief. The type-size and spacing rules
skip what is attached. This reads the roles once from the text, as real filings lay them
out: tables headed "TABLE OF CONTENTS", "Table of Authorities" or "INDEX OF AUTHORITIES"
(with "Page" or "Page(s)" on the same line or not), a last table page holding one entry,
co-counsel signature pages, exhibit slip sheets ("EXHIBIT A", "Exhibit 1").
"""

from __future__ import annotations

from enum import Enum

import regex

from filelint.document import Document, Line, Page
from filelint.legal.lazy_regex import alternatives, lazy


class Role(str, Enum):
    COVER = "cover"  # before the caption: a "redacted version" sheet, a cover page
    CAPTION = "caption"
    NOTICE = "notice"  # after the caption and before the memorandum: a notice of motion
    CONTENTS = "table of contents"
    AUTHORITIES = "table of authorities"
    BODY = "body"
    SIGNATURE = "signature"  # only the end of a signature block, or co-counsel's signatures
    SERVICE = "service"  # a certificate or proof of service
    EXHIBIT = "exhibit"  # an exhibit: its slip sheet and the pages after it
    ATTACHMENT = "attachment"  # a declaration or proposed order filed with the paper

    @property
    def attached(self) -> bool:
        """Filed with the paper but not part of it: its own rules (or none) apply."""
        return self in (Role.SERVICE, Role.EXHIBIT, Role.ATTACHMENT)

    @property
    def label(self) -> str:
        """How a message names pages in this role."""
        return _LABELS[self]


_LABELS = {
    Role.COVER: "cover", Role.CAPTION: "caption", Role.NOTICE: "notice of motion", Role.CONTENTS: "table of contents",
    Role.AUTHORITIES: "table of authorities", Role.BODY: "text", Role.SIGNATURE: "signatures only",
    Role.SERVICE: "proof of service", Role.EXHIBIT: "exhibits", Role.ATTACHMENT: "attached declaration or order",
}
TABLES = (Role.CONTENTS, Role.AUTHORITIES)

# A table's leader: dots, dashes or underscores running to a page number (or to "passim").
_DOT_LEADER = lazy(r"(?:[.\-_·…]\s?){4,}\s*(?:\d+(?:\s*[,-]\s*\d+)*|[ivxlc]+|passim)?\s*$", regex.MULTILINE | regex.IGNORECASE)
# "TABLE OF CONTENTS", "Table of Contents Page", "TABLE OF CONTENTS (continued)", "CONTENTS", "INDEX".
_CONTINUED = r"(?:[ \t]*[(\[]?[ \t]*(?:cont(?:inued|['’]d|\.)?)[ \t]*[)\]]?)?"
_PAGE_WORD = r"(?:[ \t]+Pages?(?:[ \t]*\([ \t]*s[ \t]*\))?|[ \t]+PAGE\(S\))?"
_CONTENTS = lazy(rf"^[ \t]*(?:TABLE[ \t]+OF[ \t]+CONTENTS|CONTENTS|INDEX){_CONTINUED}{_PAGE_WORD}[ \t]*$",
                          regex.MULTILINE | regex.IGNORECASE)
# "TABLE OF AUTHORITIES", "Index of Authorities", "TABLE OF CITED AUTHORITIES Page(s)".
_AUTHORITIES = lazy(
    rf"^[ \t]*(?:TABLE|INDEX)[ \t]+OF[ \t]+(?:CITED[ \t]+)?AUTHORITIES{_CONTINUED}{_PAGE_WORD}[ \t]*$",
    regex.MULTILINE | regex.IGNORECASE,
)
_SLIP_SHEET = lazy(r"^\s*EXHIBIT\s+(?:NO\.\s*)?[A-Z0-9]{1,4}(?:-\d{1,3})?\s*$", regex.MULTILINE | regex.IGNORECASE)
_SERVICE_TITLE = lazy(
    r"^\s*(?:CERTIFICATE|PROOF|DECLARATION)\s+OF\s+(?:ELECTRONIC\s+)?SERVICE\b", regex.MULTILINE | regex.IGNORECASE)
_SERVICE_WORD = lazy(r"SERVICE", regex.IGNORECASE)  # in every _SERVICE_TITLE
_ATTACHED_TITLE = lazy(r"^\s*(?:DECLARATION\s+OF\b|\[?\s*PROPOSED\s*\]?\s+ORDER\b)", regex.MULTILINE)
_COURT = lazy(r"UNITED\s+STATES\s+DISTRICT\s+COURT", regex.IGNORECASE)
_NOTICE_START = lazy(r"\bPLEASE\s+TAKE\s+NOTICE\b|^\s*NOTICE\s+OF\s+MOTION\b", regex.IGNORECASE | regex.MULTILINE)
_MEMORANDUM_HEADING = lazy(r"^\s*MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES\s*$", regex.IGNORECASE | regex.MULTILINE)

# What a signature block is made of: the signing line, names with bar numbers, firms, addresses,
# telephone and e-mail, "Attorneys for ...", the e-filer's attestation.
# Each searched on its own (regex tries every alternative of an alternation at every character).
_SIGNATURE_MARKS = alternatives(
    (r"(?:^|[\s:(])/s/", r"\bBy:", r"\bRespectfully\s+submitted\b", r"\b(?:Attorneys?|Counsel)\s+for\b", r"^[ \t]*_{5,}"),
    regex.IGNORECASE | regex.MULTILINE)
_SIGNATURE_LINE = lazy(
    r"/s/|\bBy:|\bRespectfully\s+submitted\b|\bDated:?|\b(?:Attorneys?|Counsel)\s+(?:for|of\s+record)\b|\bpro\s+hac\s+vice\b"
    r"|\bBar\s+No\b|\bSBN\b|@|\bTel(?:ephone)?\b|\bFax\b|\bFacsimile\b|\battest|\bconcurrence\b|\bsignator|\bon\s+behalf\s+of\b"
    r"|\bLLP\b|\bLLC\b|\bP\.?C\.|\bPLLC\b|\bAPC\b|\bSuite\b|\bFloor\b|\bECF\s+user\b|\buser\s+ID\b",
    regex.IGNORECASE,
)


def page_roles(doc: Document) -> tuple[Role, ...]:
    """One role per page (rules read ``ctx.facts.page_roles``, computed once)."""
    from filelint.legal.doctype import caption_page

    return read_roles(doc, caption_page(doc))


def read_roles(doc: Document, caption: Page | None) -> tuple[Role, ...]:
    """One role per page, in page order, given the caption page (rules read ``ctx.facts.page_roles``)."""
    roles: list[Role] = []
    signing = False  # the page before ended in a signature block, which may run on over this page
    for page in doc.pages:
        previous = roles[-1] if roles else None
        body = page.body  # the page's body lines, picked from its lines once for both questions
        roles.append(_role(page, caption, previous, signing, "\n".join([line.text for line in body])))
        signing = roles[-1] is Role.SIGNATURE or _ends_signing(body)
    roles = _between_tables(_before_caption(roles))
    return tuple(_notice_without_tables(doc, roles))


def _before_caption(roles: list[Role]) -> list[Role]:
    """Pages before the caption are a cover; body pages between the caption and the tables are the notice."""
    if Role.CAPTION not in roles:
        return roles
    start = roles.index(Role.CAPTION)
    roles = [Role.COVER] * start + roles[start:]
    tables = [i for i, role in enumerate(roles) if role in TABLES]
    if tables:
        roles = [Role.NOTICE if start < i < tables[0] and role is Role.BODY else role for i, role in enumerate(roles)]
    return roles


def _between_tables(roles: list[Role]) -> list[Role]:
    """A body page sandwiched between table pages is a table page whose heading we missed."""
    return [
        roles[i - 1] if role is Role.BODY and 0 < i < len(roles) - 1 and roles[i - 1] in TABLES and roles[i + 1] in TABLES else role
        for i, role in enumerate(roles)
    ]


def _notice_without_tables(doc: Document, roles: list[Role]) -> list[Role]:
    """Without tables, the pages after the caption that open with the notice, up to the memorandum's heading."""
    if Role.CAPTION not in roles or any(role in TABLES for role in roles):
        return roles
    start = roles.index(Role.CAPTION) + 1
    if start >= len(roles) or roles[start] is not Role.BODY or not _NOTICE_START.search(doc.pages[start].text()):
        return roles
    end = start
    while end < len(roles) and roles[end] in (Role.BODY, Role.SIGNATURE) and not _MEMORANDUM_HEADING.search(doc.pages[end].text()):
        end += 1
    if end == len(roles) or roles[end] is not Role.BODY:
        return roles  # no memorandum follows: the whole paper is its text
    return [Role.NOTICE if start <= i < end and role is Role.BODY else role for i, role in enumerate(roles)]


def _role(page: Page, caption: Page | None, previous: Role | None, signing: bool, text: str) -> Role:
    """The page's role; ``text``: its ``text()``."""
    if page is caption:
        return Role.CAPTION
    attached = _attachment_starting(text)
    if attached is not None:
        return attached
    if previous is not None and previous.attached:
        return previous
    lowered = text.lower()
    if ("contents" in lowered or "index" in lowered) and _CONTENTS.search(text):
        return Role.CONTENTS
    if "authorities" in lowered and _AUTHORITIES.search(text):
        return Role.AUTHORITIES
    if previous in TABLES and _continues_table(text):
        return previous
    if caption is not None and page.number > caption.number and signatures_only(page, signing, text, lowered):
        return Role.SIGNATURE
    return Role.BODY


def _attachment_starting(text: str) -> Role | None:
    """The attachment this page starts, if it starts one."""
    # Words are counted only as far as a test needs (a page has hundreds): split(None, n) stops after n splits.
    if len(text.split(None, 12)) <= 12 and _SLIP_SHEET.search(text):  # a slip sheet says little: most pages are not searched
        return Role.EXHIBIT
    # A new paper with its own caption, or a proof of service heading its page.
    # Each title is looked for only where a word it must have is (regex searches for a word ~20x faster).
    head = "\n".join(text.splitlines()[:12])
    if _SERVICE_WORD.search(head) and _SERVICE_TITLE.search(head):
        return Role.SERVICE
    if (("DECLARATION" in head or "PROPOSED" in head) and _ATTACHED_TITLE.search(head)
            and (bool(_COURT.search(text)) or len(text.split(None, 399)) < 400)):  # fewer than 400 words
        return Role.ATTACHMENT
    return None


def _continues_table(text: str) -> bool:
    """A page of table entries after a table page: dot leaders and no running prose."""
    leaders = len(_DOT_LEADER.findall(text))
    if leaders >= 3:
        return True
    return leaders >= 1 and not any(_is_prose(line) for line in text.splitlines() if not _DOT_LEADER.search(line))


def signatures_only(page: Page, continued: bool = False, text: str | None = None, lowered: str | None = None) -> bool:
    """The page holds only a signature block, or the rest of one begun on the page before (``continued``).
    ``text``: the page's ``text()``, and ``lowered`` that lowered, when the caller has them already."""
    if not (continued or _signs(page.text() if text is None else text, lowered)):
        return False  # most pages: one look at the page, no line-by-line reading
    lines = [line.text for line in page.body if _WORD.search(line.text)]
    return bool(lines) and not any(_is_prose(line) and not _SIGNATURE_LINE.search(line) for line in lines)


_WORD = lazy(r"[^\W\d_]{2}")


def _ends_signing(body: tuple[Line, ...]) -> bool:
    """A page's last lines (of its ``body``) are a signature block (a co-counsel list may run on to the next page)."""
    return _signs("\n".join([line.text for line in body[-25:]]))


_MARK_WORDS = ("/s/", "by:", "respectfully", "attorney", "counsel", "_____")


def _signs(text: str, lowered: str | None = None) -> bool:
    """``text`` has a signature mark; the plain-word test first keeps a 400-page exhibit fast. ``lowered``:
    ``text.lower()``, when the caller has it."""
    lowered = text.lower() if lowered is None else lowered
    return any(word in lowered for word in _MARK_WORDS) and any(mark.search(text) for mark in _SIGNATURE_MARKS)


_PROSE_WORD = lazy(r"[^\W\d_][^\W\d_'’.-]*")  # compiled once: regex.findall(source, ...) looks it up each call


def _is_prose(line: str) -> bool:
    """A line of running text: several words, many of them in lower case."""
    words = _PROSE_WORD.findall(line)
    if len(words) < 6:
        return False
    return sum(word[0].islower() for word in words) / len(words) >= 0.4


def counted_pages(doc: Document, roles: tuple[Role, ...], count_notice: bool = True) -> list[Page]:
    """The pages of text that count toward a page limit: not the cover, caption, tables, signatures or attachments."""
    counted = (Role.BODY, Role.NOTICE) if count_notice else (Role.BODY,)
    return [page for page, role in zip(doc.pages, roles) if role in counted]


def left_out(roles: tuple[Role, ...], counted: set[int]) -> str:
    """The pages not counted, by why: "caption 1; table of contents 2; signatures only 21; proof of service 22"."""
    groups: dict[Role, list[int]] = {}
    for number, role in enumerate(roles, start=1):
        if number not in counted:
            groups.setdefault(role, []).append(number)
    return "; ".join(f"{role.label} {page_ranges(numbers)}" for role, numbers in groups.items())


def page_ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5"."""
    parts, start = [], None
    for i, number in enumerate(numbers):
        if start is None:
            start = number
        if i + 1 == len(numbers) or numbers[i + 1] != number + 1:
            parts.append(str(start) if start == number else f"{start}-{number}")
            start = None
    return ", ".join(parts)
