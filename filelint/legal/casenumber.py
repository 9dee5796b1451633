"""N.D. Cal. case numbers in every form the court has used (rules catalog §8.1).

``C 05-03649 JW``, ``Case No. C07-02151 CW``, ``No. C-06-00672-VRW``,
``No. C10-80238 MISC CRB (XYZ)``, ``Case No. 13-cv-00453-JST (XYZ)``,
``3:06-cv-03891-SC``, with hyphens, en or em dashes, upper- or lower-case types, a
wrap after a hyphen or before the judges' initials, and the referral written ``(XYZ)``,
``( XYZ )``, ``[XYZ]`` or ``-XYZ``. Two numbers name the same case when their year and sequence
agree: zero-padding differs between eras (``06-2057`` is ``06-02057``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from filelint.legal.lazy_regex import lazy

_DASH = r"[-\u2010-\u2014]"  # hyphen, en dash, em dash
_SEP = r"[ \t]?" + _DASH + r"[ \t]*\n?[ \t]*"  # a number may wrap after a hyphen ("3:06-cv-⏎03891")
_NUMBER = r"""
    (?P<lead>\b(?:Case[ \t]+)?No(?:s?\.|s?:|\b)[ \t]*:?[ \t]*)?
    (?P<number>
        (?:(?P<prefix>C)[ \t]?-?[ \t]?)?
        (?:(?P<office>[1-5])[ \t]?:[ \t]?)?
        (?P<yy>\d{2})""" + _SEP + r"""
        (?:(?P<type>(?i:cv|mc|cr|md))""" + _SEP + r""")?
        (?P<seq>\d{3,5})(?!\d)
        (?:[ \t]?-?[ \t]?(?P<misc>MISC\b))?
    )
    (?:(?:[ \t]?""" + _DASH + r"""[ \t]?|[ \t]+)(?P<judge>[A-Z]{2,4})\b(?!['’])
       |[ \t]*\n[ \t]*(?P<judge_wrapped>[A-Z]{2,4})\b(?=[ \t]*(?:[(\[]|\n|$)))?  # "No. C-06-03891" / "SC (XYZ)" across a line break
    (?:[ \t]*\n?[ \t]*[(\[][ \t]*(?P<referral>(?i:[A-Z]{2,4}))[ \t]*[)\]]
       |[ \t]?""" + _DASH + r"""[ \t]?(?P<referral_hyphen>[A-Z]{2,4})\b)?
"""
NOT_A_JUDGE = frozenset({"PR", "MISC", "ADR"})  # "PR": a prisoner's pro se case, not a judge
CASE_NUMBER = lazy(_NUMBER, regex.VERBOSE)


@dataclass(frozen=True)
class CaseNumber:
    """One case number as written, with its parts."""

    text: str
    year: int
    sequence: int
    case_type: str  # "cv", "mc", "cr" or "" for the pre-2008 forms
    judge: str  # the assigned judge's initials, "" when missing
    referral: str  # the referral magistrate judge's initials in "(XYZ)", "" when missing
    referral_hyphen: str  # initials appended with a hyphen ("-XYZ"), "" when missing
    start: int
    end: int

    @property
    def key(self) -> tuple[int, int]:
        """Year and sequence: what stays the same across forms and eras."""
        return (self.year, self.sequence)

    @property
    def bare(self) -> str:
        """The number without judges' initials."""
        return regex.split(r"[(\[]", self.text)[0].strip()

    @property
    def referral_judge(self) -> str:
        """The referral magistrate judge's initials however written ("(XYZ)", "( XYZ )", "-XYZ"), "" when none."""
        initials = self.referral or self.referral_hyphen
        return "" if initials in NOT_A_JUDGE else initials

    def same_case(self, other: CaseNumber) -> bool:
        return self.key == other.key


def _from_match(match: regex.Match) -> CaseNumber:
    return CaseNumber(
        text=" ".join(match.group(0).split()),
        year=int(match["yy"]),
        sequence=int(match["seq"]),
        case_type=(match["type"] or "").lower(),
        judge=match["judge"] or match["judge_wrapped"] or "",
        referral=(match["referral"] or "").upper(),
        referral_hyphen=match["referral_hyphen"] or "",
        start=match.start(),
        end=match.end(),
    )


def find_case_numbers(text: str) -> Iterator[CaseNumber]:
    """Case numbers in ``text`` that carry a marker of being one.

    A bare ``06-3891`` could be anything; it counts only after "No." or "Case No.",
    or with a ``C`` prefix, an office number (``3:``) or a type (``cv``). In a caption's
    right-hand column the judges' initials may wrap under the number, with the left
    column's words between ("Plaintiff,   (XYZ)"): they are read from the next line's
    right-hand segment.
    """
    yield from _case_numbers(text)


@lru_cache(maxsize=8)
def _case_numbers(text: str) -> tuple[CaseNumber, ...]:
    """find_case_numbers' answer, kept for the few texts last asked about: each judge's pack asks of the same
    first page whether its number names that judge."""
    return tuple(_with_wrapped_initials(number, text) if not number.referral_judge else number
                 for number in map(_from_match, _marked(CASE_NUMBER.finditer(text))))


def _marked(matches: Iterator[regex.Match]) -> Iterator[regex.Match]:
    """The matches that carry a marker of being a case number."""
    return (match for match in matches if match["lead"] or match["prefix"] or match["office"] or match["type"])


_COLUMNS = lazy(r"\t|[ \t]{2,}|[ \t]*(?<!\(s)\)[ \t]+")
_WRAPPED_INITIALS = lazy(r"^(?:(?P<judge>[A-Z]{2,4})[ \t]*)?(?:[(\[][ \t]*(?P<referral>[A-Za-z]{2,4})[ \t]*[)\]])?$")


def _with_wrapped_initials(number: CaseNumber, text: str) -> CaseNumber:
    """The number with the initials its column continues with on the next line, if it ends its line."""
    rest_of_line = text[number.end :].split("\n", 1)
    if rest_of_line[0].strip() or len(rest_of_line) < 2:
        return number
    next_line = rest_of_line[1].split("\n", 1)[0]
    segments = [segment.strip() for segment in _COLUMNS.split(next_line.strip()) if segment.strip()]
    if len(segments) < 2:
        return number  # a line of one column was read by the pattern itself
    match = _WRAPPED_INITIALS.match(segments[-1])
    if match is None or not (match["judge"] or match["referral"]) or (match["judge"] and number.judge):
        return number
    return replace(number, judge=number.judge or match["judge"] or "", referral=(match["referral"] or "").upper(),
                   text=f"{number.text} {segments[-1]}")


def parse_case_number(text: str) -> CaseNumber | None:
    """Parse a case number given on its own (configuration, command line)."""
    match = CASE_NUMBER.search(text.strip())
    return _from_match(match) if match else None
