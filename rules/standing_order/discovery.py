"""What a discovery paper says about the parties' meet-and-confer: shared by several rules."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from filelint.legal.court_calendar import FoundDate, find_dates
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import PlacedText, is_heading, sentences

MEETING = lazy(
    r"\bmet\s+and\s+conferred\b|\bmeet[- ]and[- ]confer\w*|\bconferred\b|\bmet\b|\bspoke\b|\bdiscussed\b"
    r"|\bexchanged\s+(?:letters|e-?mails?|correspondence)\b",
    regex.IGNORECASE,
)
IN_PERSON = lazy(
    r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bpersonally\s+met\b|\bmet\s+personally\b"
    # Where they met: at a law office or in the courthouse is in person.
    r"|\bat\s+(?:the\s+)?(?:law\s+)?offices?\s+of\b"
    # "at Defense LLP's offices", "in Advocate & Partners' conference room": a firm's capitalised name, then the place
    r"|\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w&.'’-]*(?:,?[ \t]+(?:[A-Z][\w&.'’-]*|&)){0,5})(?:['’]s?)?\s+(?:law\s+)?"
    r"(?:offices?|conference\s+room)\b"
    r"|\bat\s+(?:(?:plaintiffs?|defendants?)['’]?s?\s+)?counsel['’]s?\s+(?:law\s+)?offices?\b|\bat\s+(?:their|our)\s+(?:law\s+)?offices\b"
    r"|\bin\s+(?:the\s+)?(?:Juror|Jury)\s+(?:Conference\s+)?Room\b|\b(?:in|at)\s+(?:a|the|their|its)\s+conference\s+room\b"
    r"|\bat\s+the\s+(?:federal\s+)?courthouse\b",
    regex.IGNORECASE,
)
NOT_IN_PERSON = lazy(
    r"\b(?:not|never|no|declined|refused|unable|without)\b[^.;]{0,40}?(?:\bin[- ]person\b|\bface[- ]to[- ]face\b)",
    regex.IGNORECASE,
)
REMOTE = lazy(
    r"\btele(?:phone|phonic(?:ally)?|conference)\b|\bby\s+phone\b|\bphone\s+call|\bvideo(?:conference|\s+conference)?\b"
    # "letters" as a means, not the joint letter itself ("this joint letter", "the letter brief")
    r"|\bzoom\b|\bwebex\b|(?<!\b(?:joint|this|discovery|present|instant|the)\s+)\bletters?\b(?!\s+brief)"
    r"|\bcorrespondence\b|\be-?mails?\b|\bvoicemail\b",
    regex.IGNORECASE,
)
MODE_NAMES = (("video", "videoconference"), ("zoom", "videoconference"), ("webex", "videoconference"),
              ("teleconference", "teleconference"), ("phon", "telephone"), ("letter", "letters"),
              ("correspondence", "letters"), ("mail", "e-mail"), ("voicemail", "voicemail"))


def mode_name(words: str) -> str:
    """"telephonically", "by phone", "phone call" -> "telephone"; "Zoom" -> "videoconference"."""
    lowered = words.lower()
    if "voicemail" in lowered:
        return "voicemail"
    return next((name for key, name in MODE_NAMES if key in lowered), lowered)


JOINT_LETTER = lazy(r"\bjoint\s+(?:discovery\s+)?letter\b", regex.IGNORECASE)


@dataclass(frozen=True)
class Meeting:
    """One sentence describing a meet-and-confer."""

    start: int
    end: int
    anchor: int  # where to point: the first remote mode named, else the meeting words
    in_person: bool
    remote_modes: tuple[str, ...]
    dates: tuple[FoundDate, ...]

    @property
    def date(self) -> FoundDate | None:
        return self.dates[-1] if self.dates else None


def meetings(text: PlacedText) -> list[Meeting]:
    """Every sentence that describes counsel meeting and conferring.

    An in-person meeting whose sentence gives no date takes the date of the next sentence
    of the same paragraph ("Lead counsel met in person. The meeting took place on July 20, 2007.").
    """
    found = []
    spans = list(sentences(text.text))
    for index, (start, end) in enumerate(spans):
        sentence = text.text[start:end]
        # "II. MEET AND CONFER" is a heading; a sentence in capitals ending with a period is not.
        if (is_heading(sentence) and not sentence.rstrip().endswith(".")) or not MEETING.search(sentence):
            continue
        in_person = bool(IN_PERSON.search(sentence)) and not NOT_IN_PERSON.search(sentence)
        remote = list(REMOTE.finditer(sentence))
        modes = tuple(dict.fromkeys(mode_name(match.group(0)) for match in remote))
        anchor = start + (remote[0].start() if remote and not in_person else MEETING.search(sentence).start())
        dates = _dates(text.text, start, end)
        if in_person and not dates and index + 1 < len(spans):
            following = spans[index + 1]
            if "\n\n" not in text.text[end : following[0]]:
                dates = _dates(text.text, *following)
        found.append(Meeting(start, end, anchor, in_person, modes, dates))
    return found


def _dates(text: str, start: int, end: int) -> tuple[FoundDate, ...]:
    return tuple(FoundDate(d.date, d.text, start + d.start, start + d.end, d.weekday_written) for d in find_dates(text[start:end]))


def in_person_meeting(text: PlacedText) -> Meeting | None:
    """The last in-person meeting described (the one that produced the letter), preferring one with a date."""
    in_person = [meeting for meeting in meetings(text) if meeting.in_person]
    dated = [meeting for meeting in in_person if meeting.date]
    return (dated or in_person or [None])[-1]
