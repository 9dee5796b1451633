"""Where a motion says it will be heard: the hearing block under the title and the notice paragraph.

Judges' packs (the law-and-motion day) and the local rules (35 days' notice) both read
the same facts, so they are found here once. Labels in any case ("DATE:", "Hearing Date:",
"Date and Time:", "Time:", "Courtroom:", "Ctrm.:", "Place:"), dates in every form
:func:`find_dates` reads and times in every form :mod:`filelint.legal.times` reads; in the
block a bare "9:30" is a time. The notice paragraph's hearing date is the one a time
follows, not the date of an order it mentions; its courtroom counts when the block names none.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from filelint.document import Document, Page
from filelint.legal.court_calendar import FoundDate, find_dates
from filelint.legal.doctype import caption_page
from filelint.legal.lazy_regex import lazy  # a paper without a hearing never uses these: compiled on first use
from filelint.legal.textsearch import LineText, PlacedText, document_text
from filelint.legal.times import find_times, parse_field

# A block label starts a line, or follows the left column after a wide gap or a ")".
_LABEL = r"(?:^|[ \t]{2,}|\t|\))[ \t]*(?P<label>"
_VALUE = r"[ \t]*(?P<value>[^\n]*)$"
BLOCK_DATE = lazy(
    _LABEL + r"(?:Hearing[ \t]+)?Date(?:[ \t]+(?:and|&)[ \t]+Time)?[ \t]*:|Hearing[ \t]*:|Hearing[ \t]+Date[ \t]*/[ \t]*Time[ \t]*:)" + _VALUE,
    regex.MULTILINE | regex.IGNORECASE)
BLOCK_TIME = lazy(_LABEL + r"(?:Hearing[ \t]+)?Time[ \t]*:)" + _VALUE, regex.MULTILINE | regex.IGNORECASE)
BLOCK_ROOM = lazy(
    _LABEL + r"(?:Courtroom|Ctrm\.?|Crtrm\.?|Dept\.?|Department|Location|Place)[ \t]*:)" + _VALUE
    + r"|^[ \t]*(?P<label>(?:Courtroom|Ctrm\.?)[ \t]+(?:No\.[ \t]*)?[A-Z0-9]{1,2}\b)(?P<value>[^\n]*)$",
    regex.MULTILINE | regex.IGNORECASE)
NOTICE = lazy(r"PLEASE\s+TAKE\s+NOTICE|NOTICE\s+IS\s+HEREBY\s+GIVEN", regex.IGNORECASE)
NOTICE_WINDOW = 900  # characters: a notice paragraph gives date and time in its first sentences
NOTICE_ROOM = lazy(
    r"\b(?P<room>(?:Courtroom|Ctrm\.?)[ \t\n]+(?:No\.[ \t]*)?[A-Z0-9]{1,2}\b"
    r"(?:[ \t,\-\u2013\u2014]+(?:of[ \t]+the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+)[ \t]+(?:Floor|Fl\b\.?))?)",
    regex.IGNORECASE)
# A date that only says which order or paper the motion concerns ("the Order of July 30, 2007").
NOT_THE_HEARING = lazy(r"(?:\b(?:of|dated|filed|entered|served|issued|since|until|through|before)|\border\s+on)[ \t\n]*$",
                                regex.IGNORECASE)


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
    """``(hour, minute)`` on a 24-hour clock and the text it came from, from "9:30 a.m." (a labelled value)."""
    found = parse_field(text)
    return (found.clock, found.text) if found else (None, "")


def hearing_facts(doc: Document, page: Page | None = None, body: PlacedText | None = None) -> HearingFacts:
    """Read the hearing from the caption page's block and the notice paragraph.

    ``page`` is the caption page and ``body`` the document's body text, when already known.
    """
    page = page or caption_page(doc)
    if page is None:
        return HearingFacts(None, None, None, None)
    caption = LineText(page.body, page)
    body = body if body is not None else document_text(doc)
    notice = _notice(body)
    room, room_where = _room(caption, notice, body)
    return HearingFacts(_block(caption), notice, room, room_where)


def _block(text: PlacedText) -> Setting | None:
    date_match = BLOCK_DATE.search(text.text)
    time_match = BLOCK_TIME.search(text.text)
    if not date_match and not time_match:
        return None
    date = next(find_dates(date_match["value"]), None) if date_match else None
    time_value = time_match["value"] if time_match else ""
    if not time_value and date_match:  # "Date and Time: Friday, August 10, 2007, 9:30 a.m."
        time_value = date_match["value"][date.end:] if date else date_match["value"]
    found = next(find_times(time_value), None) or (parse_field(time_value) if time_match else None)
    anchor = date_match or time_match
    return Setting(date, found.clock if found else None, found.text if found else "", text.location(anchor.start("label")))


def _notice(text: PlacedText) -> Setting | None:
    match = NOTICE.search(text.text)
    if not match:
        return None
    paragraph = text.text[match.start() : match.start() + NOTICE_WINDOW].split("\n\n")[0]
    times = list(find_times(paragraph))
    date = _hearing_date(paragraph, times)
    time = _time_after(paragraph, date, times)
    return Setting(date, time.clock if time else None, time.text if time else "", text.location(match.start()), match.start())


def _hearing_date(paragraph: str, times: list) -> FoundDate | None:
    """The date the notice sets: the one a time follows, else the first not naming an earlier paper."""
    dates = [d for d in find_dates(paragraph) if not NOT_THE_HEARING.search(paragraph[max(0, d.start - 20) : d.start])]
    for date in dates:
        if any(0 <= t.start - date.end <= 40 for t in times):
            return date
    return dates[0] if dates else None


def _time_after(paragraph: str, date: FoundDate | None, times: list):
    if date is not None:
        near = [t for t in times if 0 <= t.start - date.end <= 40 or 0 <= date.start - t.end <= 40]
        if near:
            return near[0]
    return times[0] if times else None


def _room(caption: PlacedText, notice: Setting | None, body: PlacedText) -> tuple[str | None, dict | None]:
    """The courtroom: the hearing block's, else the one the notice paragraph names."""
    match = BLOCK_ROOM.search(caption.text)
    if match is not None:
        value = " ".join((match["label"] + " " + match["value"] if not match["label"].rstrip().endswith(":") else match["value"]).split())
        if value:
            return value, caption.location(match.start("label"))
    if notice is not None:
        paragraph = body.text[notice.offset : notice.offset + NOTICE_WINDOW].split("\n\n")[0]
        room = NOTICE_ROOM.search(paragraph)
        if room is not None:
            return " ".join(room["room"].split()), body.location(notice.offset + room.start())
    return None, None
