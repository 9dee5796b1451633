"""What each page of a filing is: caption, tables, body, or something attached after it.

Page limits count "pages of text" without the caption page and the tables, and without
declarations, exhibits and proposed orders filed with the brief; the type-size and
spacing rules skip what is attached. This reads the roles once from the text.
"""

from __future__ import annotations

from enum import Enum

import regex

from filelint.legal.doctype import caption_page
from filelint.document import Document, Page


class Role(str, Enum):
    COVER = "cover"  # before the caption: a "redacted version" sheet, a cover page
    CAPTION = "caption"
    NOTICE = "notice"  # after the caption and before the tables: a notice of motion
    CONTENTS = "table of contents"
    AUTHORITIES = "table of authorities"
    BODY = "body"
    ATTACHMENT = "attachment"  # a declaration, exhibit, proposed order or proof of service after the paper


# A table's leader: dots, dashes or underscores running to a page number (or to "passim").
_DOT_LEADER = regex.compile(r"(?:[.\-_·…]\s?){4,}\s*(?:\d+(?:\s*[,-]\s*\d+)*|[ivxlc]+|passim)?\s*$", regex.MULTILINE | regex.IGNORECASE)
_CONTENTS = regex.compile(r"^\s*TABLE\s+OF\s+CONTENTS\s*$", regex.MULTILINE | regex.IGNORECASE)
_AUTHORITIES = regex.compile(r"^\s*TABLE\s+OF\s+AUTHORITIES\s*$", regex.MULTILINE | regex.IGNORECASE)
_SLIP_SHEET = regex.compile(r"^\s*EXHIBIT\s+[A-Z0-9]{1,4}\s*$", regex.MULTILINE)
_ATTACHED_TITLE = regex.compile(
    r"^\s*(?:DECLARATION\s+OF\b|\[?\s*PROPOSED\s*\]?\s+ORDER\b|(?:CERTIFICATE|PROOF)\s+OF\s+SERVICE\b)",
    regex.MULTILINE,
)
_COURT = regex.compile(r"UNITED\s+STATES\s+DISTRICT\s+COURT", regex.IGNORECASE)


def page_roles(doc: Document) -> tuple[Role, ...]:
    """One role per page, in page order (rules read ``ctx.facts.page_roles``, computed once)."""
    return read_roles(doc, caption_page(doc))


def read_roles(doc: Document, caption: Page | None) -> tuple[Role, ...]:
    """One role per page, given the caption page."""
    roles: list[Role] = []
    for page in doc.pages:
        previous = roles[-1] if roles else None
        roles.append(_role(page, caption, previous))
    return tuple(_between_tables(_before_caption(roles)))


def _before_caption(roles: list[Role]) -> list[Role]:
    """Pages before the caption are a cover; body pages between the caption and the tables are the notice."""
    if Role.CAPTION not in roles:
        return roles
    start = roles.index(Role.CAPTION)
    roles = [Role.COVER] * start + roles[start:]
    tables = [i for i, role in enumerate(roles) if role in (Role.CONTENTS, Role.AUTHORITIES)]
    if tables:
        roles = [Role.NOTICE if start < i < tables[0] and role is Role.BODY else role for i, role in enumerate(roles)]
    return roles


def _between_tables(roles: list[Role]) -> list[Role]:
    """A body page sandwiched between table pages is a table page whose heading we missed."""
    tables = (Role.CONTENTS, Role.AUTHORITIES)
    return [
        roles[i - 1] if role is Role.BODY and 0 < i < len(roles) - 1 and roles[i - 1] in tables and roles[i + 1] in tables else role
        for i, role in enumerate(roles)
    ]


def _role(page: Page, caption: Page | None, previous: Role | None) -> Role:
    text = page.text()
    if page is caption:
        return Role.CAPTION
    if previous is Role.ATTACHMENT or _starts_attachment(text):
        return Role.ATTACHMENT
    if _CONTENTS.search(text):
        return Role.CONTENTS
    if _AUTHORITIES.search(text):
        return Role.AUTHORITIES
    if previous in (Role.CONTENTS, Role.AUTHORITIES) and len(_DOT_LEADER.findall(text)) >= 3:
        return previous
    return Role.BODY


def _starts_attachment(text: str) -> bool:
    words = len(text.split())
    if _SLIP_SHEET.search(text) and words <= 12:
        return True
    # A new paper with its own caption, or a proof of service heading its page.
    head = "\n".join(text.splitlines()[:12])
    return bool(_ATTACHED_TITLE.search(head)) and (bool(_COURT.search(text)) or words < 400)


def counted_pages(doc: Document, count_notice: bool = True, roles: tuple[Role, ...] | None = None) -> list[Page]:
    """The pages of text that count toward a page limit: not the cover, caption, tables or attachments."""
    counted = (Role.BODY, Role.NOTICE) if count_notice else (Role.BODY,)
    roles = page_roles(doc) if roles is None else roles
    return [page for page, role in zip(doc.pages, roles) if role in counted]


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
