"""Rule logic shared by judges' standing-order packs.

A judge's pack supplies the strings (initials, chambers-copy designation); the logic
here is the same for every judge who uses the same kind of requirement.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.legal.casenumber import CaseNumber
from filelint.diagnostic import Finding, Severity

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


def designation_problems(number: CaseNumber, initials: str, where: dict) -> Iterator[Finding]:
    """What is wrong with how a case number names the judges, for ``initials``' referral."""
    judge = number.judge or "<district judge's initials>"
    joiner = "-" if number.case_type else " "  # 3:06-cv-03891-SC, but C-06-03891 SC
    wanted = f"{number_only(number)}{joiner}{judge} ({initials})"
    fix = f'Write it as "{wanted}".'
    if not number.judge:
        yield Finding(f'The case number "{number.bare}" is not followed by the district judge\'s initials.', fix=fix, **where)
    if number.referral == initials:
        return
    if number.referral_hyphen == initials:
        yield Finding(
            f'The case number "{number.text}" gives the referral as "-{initials}"; the order asks for the designation "({initials})".',
            severity=Severity.WARNING, fix=fix, **where,
        )
    elif number.referral:
        yield Finding(f'The case number is followed by "({number.referral})", not "({initials})".', fix=fix, **where)
    else:
        yield Finding(f'The case number "{number.bare}" is not followed by the designation "({initials})".', fix=fix, **where)


def number_only(number: CaseNumber) -> str:
    text = number.bare
    for initials in (number.referral_hyphen, number.judge):
        if initials and text.endswith(initials):
            text = text[: -len(initials)].rstrip(" -\t")
    return text
