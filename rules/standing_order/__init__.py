"""Rule logic shared by judges' standing-order packs.

A judge's pack supplies the strings (initials, chambers-copy designation); the logic
here is the same for every judge who uses the same kind of requirement.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.legal.casenumber import CaseNumber
from filelint.legal.parties import magistrate_judges_named

APOSTROPHES = "'’‘`´"


def designation_pattern(designation: str) -> regex.Pattern:
    """A pattern for a designation: any apostrophe counts, any spacing counts."""
    parts = []
    for char in designation:
        if char in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(regex.escape(char))
    pattern = "".join(parts).replace(r"\s+\s+", r"\s+")
    return regex.compile(pattern, regex.IGNORECASE)


def judge_surname(ctx) -> str:
    """The judge's surname, the last word of the pack's ``judge-title``."""
    return str(ctx.param("judge-title")).split()[-1]


def before_another_judge(ctx, number: CaseNumber | None) -> bool:
    """The paper is in a matter before another magistrate judge: never this judge's business.

    Its case number names another referral judge ("(DMR)", "-XYZ"), or its first page is
    addressed to another magistrate judge by name ("Dear Magistrate Judge Ryu:").
    """
    initials = ctx.param("initials")
    if number is not None and initials in (number.referral_judge, number.judge):
        return False  # the number itself names this judge, whoever the letter greets
    if number is not None and number.referral_judge:
        return True
    first = ctx.facts.document.first_page if ctx.facts is not None else None
    named = magistrate_judges_named(first.text()) if first is not None else []
    return bool(named) and judge_surname(ctx) not in named


def another_judges_matter(ctx) -> bool:
    """The filing (by its first case number or its addressee) is before another magistrate judge."""
    numbers = ctx.facts.case_numbers if ctx.facts is not None else ()
    return before_another_judge(ctx, numbers[0] if numbers else None)


def wanted_form(number: CaseNumber, initials: str) -> str:
    """The number as the order asks for it: "C-06-03891 SC (XYZ)" or "3:06-cv-03891-SC (XYZ)"."""
    judge = number.judge or "<district judge's initials>"
    joiner = "-" if number.case_type else " "  # 3:06-cv-03891-SC, but C-06-03891 SC
    return f"{number_only(number)}{joiner}{judge} ({initials})"


def designation_problems(number: CaseNumber, initials: str, where: dict) -> Iterator[Finding]:
    """What is wrong with how a case number names the judges, for ``initials``' referral."""
    fix = f'Write it as "{wanted_form(number, initials)}".'
    if not number.judge:
        yield Finding(f'The case number "{number.bare}" is not followed by the district judge\'s initials.', fix=fix, **where)
    if number.referral == initials:
        return
    if number.referral_hyphen == initials:
        # The court's own docket writes the referral so ("-SC-XYZ"): the designation is there.
        yield Finding(
            f'The case number "{number.text}" gives the referral as "-{initials}"; the order\'s form is "({initials})".',
            severity=Severity.INFO, fix=fix, **where,
        )
        return
    yield Finding(f'The case number "{number.bare}" is not followed by the designation "({initials})".', fix=fix, **where)


def number_only(number: CaseNumber) -> str:
    text = number.bare
    for initials in (number.referral_hyphen, number.judge):
        if initials and text.endswith(initials):
            text = text[: -len(initials)].rstrip(" -\t\u2010\u2011\u2012\u2013\u2014")
    return text
