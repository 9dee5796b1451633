"""A noticed motion is not set on the judge's law-and-motion calendar (Fridays at 9:30 a.m., not a holiday).

## What it checks
The hearing date and time in the hearing block under the caption's title ("Date:",
"Time:", "Courtroom:") and in the notice paragraph ("PLEASE TAKE NOTICE that on ...").
It fires when the date is not the judge's law-and-motion day (Friday for Judge Spero),
when that day is a legal holiday, when the weekday written does not match the date,
when the time is not the judge's (9:30 a.m.), and when the block and the notice
paragraph disagree. A courtroom other than the pack's ("Courtroom A, 15th Floor" in
2007) is a warning: courtrooms change between eras (Courtroom G from 2012).

## Why it matters
The order: "Civil law and motion is heard on Friday mornings, at 9:30 a.m., in
Courtroom A, 15th Floor, United States District Court, 450 Golden Gate Avenue, San
Francisco, California." A motion noticed for another day is not on calendar and must be
re-noticed, which costs the 35 days of notice again (Civil L.R. 7-2(a)).

## Example
Fires::

    Date: Thursday, September 6, 2007
    Time: 10:00 a.m.

Silent::

    Date: Friday, September 7, 2007
    Time: 9:30 a.m.
    Courtroom: A, 15th Floor

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Civil L.R. 7-2(a);
5 U.S.C. § 6103 (legal holidays).
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.legal.court_calendar import WEEKDAYS, holiday_name, long_date
from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.hearing import HearingFacts, Setting, hearing_facts, parse_time
from filelint.rule import RuleContext

NAME = "hearing-not-on-law-and-motion-calendar"
FIX = "Notice the motion for a Friday at 9:30 a.m. that is not a legal holiday, in the judge's courtroom, the same in the hearing block and the notice."
TYPES = ("motion",)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    facts = hearing_facts(doc)
    if facts.setting is None:
        return
    yield from _day_and_time(facts.setting, ctx)
    if facts.block and facts.notice:
        yield from _disagreements(facts.block, facts.notice)
    yield from _courtroom(facts, ctx)


def _day_and_time(setting: Setting, ctx: RuleContext) -> Iterator[Finding]:
    day_name = ctx.param("law-and-motion-day")
    wanted_time, wanted_text = parse_time(ctx.param("law-and-motion-time"))
    if setting.date is not None:
        date = setting.date.date
        if setting.date.weekday_mismatch:
            yield Finding(f'The hearing date "{setting.date.text}" names the wrong weekday: {date:%B} {date.day}, {date.year} is a {WEEKDAYS[date.weekday()].title()}.', **setting.where)
        if WEEKDAYS[date.weekday()] != day_name.lower():
            yield Finding(f"The hearing is set for {long_date(date)}; civil law and motion is heard on {day_name}s.", **setting.where)
        elif holiday := holiday_name(date):
            yield Finding(f"The hearing is set for {long_date(date)}, a legal holiday ({holiday}); the court is closed.", **setting.where)
    if setting.time is not None and wanted_time is not None and setting.time != wanted_time:
        yield Finding(f"The hearing time is {setting.time_text}; civil law and motion is heard at {wanted_text}.", **setting.where)


def _disagreements(block: Setting, notice: Setting) -> Iterator[Finding]:
    if block.date and notice.date and block.date.date != notice.date.date:
        yield Finding(f'The hearing block gives "{block.date.text}" but the notice paragraph gives "{notice.date.text}".', **notice.where)
    if block.time and notice.time and block.time != notice.time:
        yield Finding(f'The hearing block gives "{block.time_text}" but the notice paragraph gives "{notice.time_text}".', **notice.where)


def _normalise_room(text: str) -> str:
    text = regex.sub(r"\b(?:courtroom|ctrm)\b\.?", " ", text.lower())
    return " ".join(regex.findall(r"[a-z0-9]+", text))


def _courtroom(facts: HearingFacts, ctx: RuleContext) -> Iterator[Finding]:
    wanted = ctx.param("courtroom")
    if facts.room and _normalise_room(wanted) not in _normalise_room(facts.room):
        yield Finding(f'The hearing block names "{facts.room}"; the judge sits in {wanted}.',
                      severity=Severity.WARNING, **facts.room_where)
