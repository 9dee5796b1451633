"""A noticed motion is not set on the judge's law-and-motion calendar (day, time and courtroom from the pack).

## What it checks
The hearing date and time in the hearing block under the caption's title ("Date:",
"Hearing Date:", "Date and Time:", "Time:", "Courtroom:", "Ctrm.:", "Place:") and in the
notice paragraph ("PLEASE TAKE NOTICE that on ..."), in every form filings write them
("Friday, August 10, 2007", "10 August 2007", "8/10/07"; "9:30 a.m.", "9:30 AM", "9:30am",
a bare "9:30" in the block). It fires when the date is not the judge's law-and-motion day
(the pack's ``law-and-motion-day``), when that day is a legal
holiday, when the weekday written does not match the date, when the time is not the
judge's (``law-and-motion-time``), when the order sits only in some weeks of the month
(``law-and-motion-weeks``, "first and third") and the date falls in another, and when the block and the notice paragraph
disagree. A courtroom other than the pack's (``courtroom``, when the order names one, however
abbreviated: "Ctrm. A, 15th Fl.", "Courtroom A - 15th Floor") is a warning: courtrooms change
between editions. In a referred case only discovery motions are the magistrate judge's to hear,
unless the hearing block names her; a block naming another judge is that judge's calendar.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. A motion noticed for another day is not on calendar and must be
re-noticed, which costs the 35 days of notice again (Civil L.R. 7-2(a)).

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Civil L.R. 7-2(a);
5 U.S.C. § 6103 (legal holidays).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.court_calendar import WEEKDAYS, holiday_name, long_date
from filelint.legal.doctype import is_discovery_motion
from filelint.legal.hearing import HearingFacts, Setting
from filelint.legal.lazy_regex import lazy
from filelint.legal.parties import judges_presiding
from filelint.legal.times import describe, parse_field
from filelint.rule import RuleContext
from filelint_rules.standing_order import another_judges_matter, judge_surname

NAME = "hearing-not-on-law-and-motion-calendar"
FIX = "Notice the motion for the judge's law-and-motion day and time, on a day that is not a legal holiday, in the judge's courtroom, the same in the hearing block and the notice."
TYPES = ("motion",)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
FLOOR = lazy(r"\b(?:(?P<number>\d{1,2})(?:st|nd|rd|th)?|(?P<word>[a-z]+))[ \t]+(?:floor|fl)\b\.?", regex.IGNORECASE)
ROOM = lazy(r"(?:\b(?:courtroom|ctrm|crtrm|dept|department)\b\.?[ \t]*(?:no\.[ \t]*)?)?\b(?P<room>[A-Z]|\d{1,2})\b(?![ \t]*(?:st|nd|rd|th)\b)",
                     regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts.hearing
    if facts.setting is None or another_judges_matter(ctx) or not heard_by_this_judge(doc, ctx):
        return
    yield from _day_and_time(facts.setting, ctx)
    if facts.block and facts.notice:
        yield from _disagreements(facts.block, facts.notice)
    yield from _courtroom(facts, ctx)


def heard_by_this_judge(doc: Document, ctx: RuleContext) -> bool:
    """Whether the motion is heard by the magistrate judge, not by the district judge in a referred case.

    In a case assigned to the magistrate judge ("-XYZ") every motion is hers; in a referred case
    ("(XYZ)") only the referred matters, discovery motions, are, unless the hearing block names her.
    A hearing block naming another judge ("Judge: Hon. William Alsup") is that judge's calendar.
    """
    facts, surname = ctx.facts, judge_surname(ctx)
    presiding = judges_presiding(facts.caption_text.text if facts.caption_text is not None else "")
    if presiding:
        return surname in presiding
    number = facts.case_numbers[0] if facts.case_numbers else None
    if number is not None and number.judge == ctx.param("initials"):
        return True
    return is_discovery_motion(doc, facts.title) or number is None or not number.referral_judge


def _day_and_time(setting: Setting, ctx: RuleContext) -> Iterator[Finding]:
    day_name = ctx.param("law-and-motion-day")
    wanted = parse_field(ctx.param("law-and-motion-time"))
    if setting.date is not None:
        date = setting.date.date
        if setting.date.weekday_mismatch:
            yield Finding(f'The hearing date "{_one_line(setting.date.text)}" names the wrong weekday: {date:%B} {date.day}, {date.year} is a {WEEKDAYS[date.weekday()].title()}.', **setting.where)
        weeks = _weeks(ctx.params.get("law-and-motion-weeks", "every"))
        off_day = WEEKDAYS[date.weekday()] != day_name.lower()
        if off_day or weeks and (date.day - 1) // 7 + 1 not in weeks:
            yield Finding(f"The hearing is set for {long_date(date)}; civil law and motion is heard on {_calendar(day_name, weeks)}.", **setting.where)
        elif holiday := holiday_name(date):
            yield Finding(f"The hearing is set for {long_date(date)}, a legal holiday ({holiday}); the court is closed.", **setting.where)
    if setting.time is not None and wanted is not None and setting.time != wanted.clock:
        yield Finding(f"The hearing time is {setting.time_text}; civil law and motion is heard at {describe(wanted.clock)}", **setting.where)


def _weeks(text: str) -> tuple[int, ...]:
    """Which weeks of the month the calendar sits: () for every week, (1, 3) for "first and third"."""
    return tuple(ORDINALS[word] for word in regex.findall(r"[a-z]+", text.lower()) if word in ORDINALS)


def _calendar(day_name: str, weeks: tuple[int, ...]) -> str:
    """ "Thursdays", or "the first and third Thursdays of the month"."""
    if not weeks:
        return f"{day_name}s"
    names = {number: word for word, number in ORDINALS.items()}
    return f"the {' and '.join(names[week] for week in weeks)} {day_name}s of the month"


def _disagreements(block: Setting, notice: Setting) -> Iterator[Finding]:
    if block.date and notice.date and block.date.date != notice.date.date:
        yield Finding(f'The hearing block gives "{_one_line(block.date.text)}" but the notice paragraph gives "{_one_line(notice.date.text)}".', **notice.where)
    if block.time and notice.time and block.time != notice.time:
        yield Finding(f'The hearing block gives "{block.time_text}" but the notice paragraph gives "{notice.time_text}".', **notice.where)


def _one_line(text: str) -> str:
    """A date as written, on one line however it wrapped ("Friday, September⏎14, 2007")."""
    return " ".join(text.split())


def room_parts(text: str) -> tuple[str | None, int | None]:
    """("A", 15) from "Courtroom A, 15th Floor", "Ctrm. A, 15th Fl.", "A - Fifteenth Floor"."""
    floor_match = FLOOR.search(text)
    floor = None
    if floor_match is not None:
        floor = int(floor_match["number"]) if floor_match["number"] else ORDINALS.get(floor_match["word"].lower())
    rest = text[: floor_match.start()] + " " + text[floor_match.end():] if floor_match else text
    room = ROOM.search(rest)
    return (room["room"].upper() if room else None), floor


def _courtroom(facts: HearingFacts, ctx: RuleContext) -> Iterator[Finding]:
    wanted = ctx.params.get("courtroom")  # optional: not every judge's order names a courtroom
    if not wanted or not facts.room:
        return
    (want_room, want_floor), (room, floor) = room_parts(wanted), room_parts(facts.room)
    if room is None and floor is None:
        return  # "Location: 450 Golden Gate Avenue": no courtroom named
    differs = (room is not None and want_room is not None and room != want_room) or (
        floor is not None and want_floor is not None and floor != want_floor)
    if differs:
        yield Finding(f'The hearing names "{facts.room}"; the judge sits in {wanted}.',
                      severity=Severity.WARNING, **facts.room_where)
