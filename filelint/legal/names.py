"""People's names as filings write them.

A name is two to four words, each starting with a capital: any script's letters ("José
García", "Zoë Ó Briain"), Mc/Mac/O'/D' forms and hyphenated names ("Mary-Kate O'Neil",
"McDonald"), names in capitals ("JACOB MILLER"), a middle initial ("Jane R. Advocate")
and particles ("Ludwig van Beethoven", "María de la Cruz"). Case matters here: it is what
tells a name from other words. Initials ("J.M.", "J. M.") are not a name, and neither are
the words of a caption or a role ("Plaintiff", "United States", "District Court").
Pseudonyms ("Jane Doe", "John Roe", "Minor A") are names a filing chose in place of one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from filelint.legal.lazy_regex import alternatives, finditer_alternatives, lazy

_LETTERS = r"[\p{L}\p{M}]"
_APOSTROPHE = r"['\u2019]"
# One word of a name: "José", "McDonald", "O'Neil", "D'Angelo", "Mary-Kate", "JACOB".
_WORD = (r"\p{Lu}(?:" + _APOSTROPHE + r"\p{Lu})?" + _LETTERS + r"+(?:" + _APOSTROPHE + r"\p{Ll}+)?"
         r"(?:-\p{Lu}" + _LETTERS + r"+)*")
_PARTICLE = r"(?:de|del|della|da|di|dos|das|du|van|von|der|den|la|le|bin|ibn|al|y|Ó|Ní|Nic|Mac|St\.)"
_INITIAL = r"\p{Lu}\."
_SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # one paragraph: a name may wrap once
NOT_NAME_WORDS = frozenset(
    """a and the of in on at by for to with from or as his her their its our my your this that these those
    plaintiff plaintiffs defendant defendants petitioner petitioners respondent respondents appellant appellee
    declarant claimant counsel court judge justice magistrate clerk jury witness deponent party parties
    minor minors child children son daughter grandson granddaughter nephew niece ward student infant baby boy girl
    guardian litem ad next friend mother father parent parents mr mrs ms miss dr hon esq jr sr ii iii
    united states america district northern southern eastern western central california county city state
    superior supreme circuit federal civil local rule rules order motion exhibit declaration complaint
    inc llc llp corp company school hospital department county agency bank trust
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
PSEUDONYM_SURNAMES = frozenset({"doe", "roe", "moe", "poe"})
PSEUDONYM_FIRST = frozenset({"minor", "child", "student", "juvenile", "victim", "patient", "employee", "witness"})

NAME = lazy(
    r"(?<![\p{L}\p{M}'\u2019.-])(?P<name>" + _WORD + r"(?:" + _SPACE + r"(?:" + _INITIAL + _SPACE + r")?"
    r"(?:" + _PARTICLE + _SPACE + r"){0,2}" + _WORD + r"){1,3})(?![\p{L}\p{M}])"
)
INITIALS = lazy(r"^(?:\p{Lu}\.[ \t]?){1,4}$|^\p{Lu}{1,3}$")
PSEUDONYM_LETTER = lazy(r"^(?:minor|child|student|juvenile|victim|patient|employee|witness|doe)[ \t]+(?:\p{Lu}|\d{1,2})\.?$",
                                 regex.IGNORECASE)


@dataclass(frozen=True)
class FoundName:
    text: str
    start: int
    end: int

    @property
    def one_line(self) -> str:
        return " ".join(self.text.split())


def name_words(name: str) -> list[str]:
    return [word for word in regex.split(r"\s+", name.strip()) if word]


def _is_name_word(word: str) -> bool:
    return word.lower().strip(".") not in NOT_NAME_WORDS


def person_name(text: str) -> str | None:
    """``text`` trimmed to the person's name it holds ("Plaintiff Jacob Miller" -> "Jacob Miller"), or None."""
    words = name_words(text)
    while words and not _is_name_word(words[0]):
        words.pop(0)
    while words and not _is_name_word(words[-1]):
        words.pop()
    if not words or any(not _is_name_word(word) for word in words):
        return None
    full_words = [word for word in words if not regex.fullmatch(_INITIAL, word) and not regex.fullmatch(_PARTICLE, word)]
    return " ".join(words) if len(full_words) >= 2 else None


def find_names(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundName]:
    """People's names in ``text`` (or in ``text[start:end]``), each trimmed to the name itself."""
    for match in NAME.finditer(text, start, len(text) if end is None else end):
        yield from _names_in(match["name"], match.start("name"))


def _names_in(candidate: str, offset: int) -> Iterator[FoundName]:
    """Split a run of capitalised words at the words no name holds ("Plaintiff", "The")."""
    run: list[tuple[int, int]] = []
    for word in regex.finditer(r"\S+", candidate):
        if _is_name_word(word.group(0)):
            run.append(word.span())
            continue
        yield from _run_name(candidate, run, offset)
        run = []
    yield from _run_name(candidate, run, offset)


def _run_name(candidate: str, run: list[tuple[int, int]], offset: int) -> Iterator[FoundName]:
    if not run:
        return
    text = candidate[run[0][0] : run[-1][1]]
    if person_name(text):
        yield FoundName(text, offset + run[0][0], offset + run[-1][1])


def is_initials(text: str) -> bool:
    """"J.M.", "J. M.", "JM": initials, which Rule 5.2(a)(3) allows for a minor."""
    return bool(INITIALS.match(text.strip()))


def is_pseudonym(name: str) -> bool:
    """"Jane Doe", "John Roe", "Minor A", "Child 1": a name chosen to hide the person's own."""
    words = [word.lower().strip(".,") for word in name_words(name)]
    if not words:
        return False
    return (any(word in PSEUDONYM_SURNAMES for word in words) or words[0] in PSEUDONYM_FIRST
            or bool(PSEUDONYM_LETTER.match(" ".join(name.split()))))


# ---------------------------------------------------------------- minors
_AGE = r"(?P<age>\d{1,2})"
# "a minor", "the minor child", "(age 12)", "aged 12", "12 years old", "a 12-year-old", "minor son".
# Searched one alternative at a time (finditer_alternatives): a filing is scanned for them whole.
MINOR_CONTEXT = alternatives((
    r"\bminor(?:s)?\b(?:[ \t\n]+(?:child(?:ren)?|son|daughter|plaintiff|defendant|grandson|granddaughter|student|"
    r"victim|girl|boy|sibling|brother|sister|nephew|niece))?"
    # "a minor league pitcher", "a minor role": the adjective, not a person
    r"(?![ \t\n]*-?[ \t\n]*(?:league|role|part|injur|change|point|issue|error|detail|amount|portion|modification|"
    r"revision|defect|offen[cs]e|violation|infraction|key|planet|party|shareholder|stake|interest|premise)\w*)",
    r"\bage[ds]?[ \t\n]+" + _AGE + r"\b", r"\b" + _AGE + r"[ \t\-]+(?:years?|yrs?\.?)[ \t\-]+old\b"),  # "12 year old" too
    regex.IGNORECASE, ("minor", None, (" old", "\told", "-old")))  # "age" is in almost every filing ("page")
ADULT_AGE = 18
# Between a name and what follows it: "Jacob Miller, a minor", "Jacob Miller (age 12)", "Jacob Miller, who is 12 years old".
_NAME_THEN_CONTEXT = lazy(
    r"[ \t]*,?[ \t\n]*(?:\([ \t]*)?(?:(?:who|is|was|then|now|only|just)[ \t\n]+){0,3}(?:(?:a|an|the|her|his|their)[ \t\n]+)?$",
    regex.IGNORECASE)
# Between a minor word and the name after it: "the minor, Jacob Miller", "minor son: Jacob Miller", "minor child
# named Jacob Miller".
_CONTEXT_THEN_NAME = lazy(r"[ \t]*[,:]?[ \t\n]*(?:\([ \t]*)?(?:(?:named|called|known[ \t]+as)[ \t\n]+)?",
                                   regex.IGNORECASE)


@dataclass(frozen=True)
class MinorName:
    """A person's full name that the words next to it give as a minor's."""

    name: FoundName
    context: str  # "a minor", "age 12"


def find_minor_names(text: str) -> Iterator[MinorName]:
    """Full names given for a minor: "Jacob Miller, a minor", "the minor, Jacob Miller", "JACOB
    MILLER (age 12)". Initials, pseudonyms ("Jane Doe") and anyone 18 or older are left out."""
    reported: set[int] = set()
    for context in finditer_alternatives(MINOR_CONTEXT, text):
        age = int(context["age"]) if context.groupdict().get("age") else None
        if age is not None and age >= ADULT_AGE:
            continue
        for name in _name_before(text, context.start()) + _name_after(text, context.end()):
            if name.start not in reported and not is_pseudonym(name.text):
                reported.add(name.start)
                yield MinorName(name, " ".join(context.group(0).split()))


def _name_before(text: str, start: int) -> list[FoundName]:
    window = max(start - 120, 0)
    names = [name for name in find_names(text, window, start) if _NAME_THEN_CONTEXT.fullmatch(text[name.end : start])]
    return names[-1:]


def _name_after(text: str, end: int) -> list[FoundName]:
    link = _CONTEXT_THEN_NAME.match(text, end)
    position = link.end() if link else end
    match = NAME.match(text, position)
    if match is None:
        return []
    names = list(_names_in(match["name"], match.start("name")))
    return names[:1] if names and names[0].start == position else []
