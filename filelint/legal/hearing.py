"""Where a motion says it will be heard: the hearing block under the title and the notice paragraph.

Judges' packs (the law-and-motion day) and the local rules (35 days' notice) both read
the same facts, so they are found here once.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from filelint.legal.court_calendar import FoundDate, find_dates
from filelint.legal.doctype import caption_page
from filelint.document import Document, Page
from filelint.legal.textsearch import LineText, PlacedText, document_text

# A block label starts a line, or follows the left column after a wide gap or a ")".
_LABEL = r"(?:^|[ \t]{2,}|\))(?P<label>"
BLOCK_DATE = regex.compile(_LABEL + r"(?:Hearing\s+)?Date\s*:)[ \t]*(?P<value>.+)$", regex.MULTILINE | regex.IGNORECASE)
BLOCK_TIME = regex.compile(_LABEL + r"(?:Hearing\s+)?Time\s*:)[ \t]*(?P<value>.+)$", regex.MULTILINE | regex.IGNORECASE)
BLOCK_ROOM = regex.compile(_LABEL + r"(?:Courtroom|Ctrm\.?|Dept\.?|Location|Place)\s*:)[ \t]*(?P<value>.+)$", regex.MULTILINE | regex.IGNORECASE)
NOTICE = regex.compile(r"PLEASE\s+TAKE\s+NOTICE|NOTICE\s+IS\s+HEREBY\s+GIVEN", regex.IGNORECASE)
NOTICE_WINDOW = 900  # characters: a notice paragraph gives date and time in its first sentences
TIME = regex.compile(r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s*m\.?", regex.IGNORECASE)


@dataclass(frozen=True)
class Setting:
    """A hearing date and time as written in one place, and where."""

    date: FoundDate | None
    time: tuple[int, int] | None
    time_text: str
    where: dict
    offset: int = 0  # where it starts in the text it was read from


@dataclass(frozen=True)
class HearingFacts:
    """The hearing block, the notice paragraph and the courtroom line, as found."""

    block: Setting | None
    notice: Setting | None
    room: str | None
    room_where: dict | None

    @property
    def setting(self) -> Setting | None:
        """The hearing as the paper sets it: the block if it has a date or time, else the notice."""
        for setting in (self.block, self.notice):
            if setting is not None and (setting.date or setting.time):
                return setting
        return None


def parse_time(text: str) -> tuple[tuple[int, int] | None, str]:
    """``(hour, minute)`` on a 24-hour clock and the text it came from, from "9:30 a.m."."""
    match = TIME.search(text)
    if not match:
        return None, ""
    hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "p" else 0)
    return (hour, int(match["minute"] or 0)), match.group(0)


def hearing_facts(doc: Document, page: Page | None = None, body: PlacedText | None = None) -> HearingFacts:
    """Read the hearing from the caption page's block and the notice paragraph.

    ``page`` is the caption page and ``body`` the document's body text, when already known.
    """
    page = page or caption_page(doc)
    if page is None:
        return HearingFacts(None, None, None, None)
    caption = LineText(page.body, page)
    room = BLOCK_ROOM.search(caption.text)
    return HearingFacts(
        _block(caption),
        _notice(body if body is not None else document_text(doc)),
        room["value"].strip() if room else None,
        caption.location(room.start("label")) if room else None,
    )


def _block(text: PlacedText) -> Setting | None:
    date_match = BLOCK_DATE.search(text.text)
    time_match = BLOCK_TIME.search(text.text)
    if not date_match and not time_match:
        return None
    date = next(find_dates(date_match["value"]), None) if date_match else None
    time, time_text = parse_time(time_match["value"]) if time_match else (None, "")
    anchor = date_match or time_match
    return Setting(date, time, time_text, text.location(anchor.start("label")))


def _notice(text: PlacedText) -> Setting | None:
    match = NOTICE.search(text.text)
    if not match:
        return None
    paragraph = text.text[match.start() : match.start() + NOTICE_WINDOW].split("\n\n")[0]
    date = next(find_dates(paragraph), None)
    time, time_text = parse_time(paragraph)
    return Setting(date, time, time_text, text.location(match.start()), match.start())
