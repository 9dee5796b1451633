"""A joint letter leaves out a party's final position or final proposed compromise on an issue.

## What it checks
A joint discovery letter is split into issues at its issue headings ("Issue No. 1",
"DISPUTE 2", "Interrogatory No. 4:", "Request for Production Nos. 12-14", "A. RFP 3").
For every issue still in dispute, each party needs its position and its proposed
compromise, under labels as parties write them: in any case and number ("PLAINTIFF'S
POSITION:", "Plaintiffs' final position:", "Position of Defendants", "Defendants'
Compromise Proposal"), by name or by the short name the caption, the "Re:" line or the
letter defines ("Acme's Position", "Mr. Ross's position."), at the start of a line or
of a sentence. A compromise offered in prose inside a party's part ("As a compromise,
Defendants offered ...") counts as that party's. The parties are the ones the letter
labels (and the other side of the case when it labels only one). A letter laid out party
by party (each party's position covering every issue) is judged as a whole; an issue
marked resolved or withdrawn is skipped; a letter that labels no party's part at all gets
one finding, not one per issue. The diagnostic names the issue by its heading line and
says whose position or compromise is missing.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. Without both sides' compromises the
Court cannot decide the dispute on the letter.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); rules catalog
(discovery letter content).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.legal.parties import DEFENDANT, PLAINTIFF, PartyLabel, find_labels, names_a_compromise, possessive
from filelint.legal.textsearch import PlacedText, excerpt
from filelint.rule import RuleContext
from filelint_rules.standing_order import another_judges_matter

NAME = "joint-letter-incomplete"
FIX = "For every issue still in dispute, give each party's final position and final proposed compromise under its own label."
TYPES = ("joint-letter",)
KINDS = {"position": "position", "compromise": "proposed compromise"}

_NUMBERING = r"^[ \t]*(?:(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)][ \t]+|\([a-z0-9]{1,3}\)[ \t]+)?"
_NUMBERS = r"(?:Nos?\.?[ \t]*)?\d+(?:[ \t]*(?:[-–,&]|and|through)[ \t]*\d+)*"
NAMED_ISSUE = lazy(
    _NUMBERING + r"(?P<heading>(?i:(?:disputed[ \t]+)?(?:issue|dispute)(?:[ \t]+no\.?)?(?:[ \t]*(?:\d+|[IVX]+)\b|[ \t]+(?-i:[A-Z])\b)"
    r"|(?:interrogator(?:y|ies)|requests?[ \t]+for[ \t]+(?:production|admission)|rfps?|rfas?|rogs?|document[ \t]+requests?"
    r"|deposition[ \t]+topics?)[ \t]+" + _NUMBERS + r"(?=[ \t]*(?:[:.\-–—(]|$)))[^\n]*)$",
    regex.MULTILINE,
)
ROMAN_SECTION = lazy(r"^[ \t]*(?P<heading>[IVX]{1,5}\.[ \t]+[A-Z][^\n]{0,90})$", regex.MULTILINE)
NOT_AN_ISSUE = lazy(
    r"introduction|background|conclusion|meet\s*and\s*confer|certif|attest|summary|facts|procedural|history|signature",
    regex.IGNORECASE,
)
RESOLVED = lazy(r"\((?:resolved|withdrawn|moot)\)|\bhas\s+been\s+(?:resolved|withdrawn)\b|\bparties\s+(?:have\s+)?resolved\b"
                         r"|\bno\s+longer\s+in\s+dispute\b", regex.IGNORECASE)
WRAPPED = lazy(r"[a-z,;]$")  # a line ending mid-sentence: the next line continues it


@dataclass(frozen=True)
class Issue:
    heading: str
    start: int
    end: int
    named: bool  # headed "Issue No. 2" or "Interrogatory No. 5", not a bare roman-numeral section


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if another_judges_matter(ctx):
        return
    text = ctx.facts.text()
    labels = list(find_labels(text.text, ctx.facts.parties))
    if not labels:
        yield Finding("No party's position or proposed compromise is labelled in this letter; the order asks for each "
                      "party's final position and final proposed compromise on every issue.", page=1)
        return
    sides = _sides(labels, ctx)
    for issue in _issues(text, labels):
        yield from _missing(text, issue, [label for label in labels if issue.start <= label.start < issue.end], sides)


def _sides(labels: list[PartyLabel], ctx: RuleContext) -> dict[str, str]:
    """Each side the letter labels, with the words it uses for it; the other side of the case if only one is."""
    sides: dict[str, str] = {}
    for label in labels:
        sides.setdefault(label.side, label.who)
    if len(sides) == 1:
        (only,) = sides
        other = {PLAINTIFF: DEFENDANT, DEFENDANT: PLAINTIFF}.get(only)
        if other is not None:
            several = len(ctx.facts.parties.on_side(other)) > 1
            sides[other] = other.title() + ("s" if several else "")
    return sides


def _issues(text: PlacedText, labels: list[PartyLabel]) -> list[Issue]:
    """The issues in order; the whole letter as one when it has no issue headings or goes party by party."""
    whole = [Issue("the dispute", 0, len(text.text), True)]
    headings = _headings(text.text)
    if not headings or labels[0].start < headings[0][1]:
        return whole
    keys = [" ".join(heading.lower().split()[:3]) for heading, _, _ in headings]
    if len(set(keys)) < len(keys):  # the same issue headed under each party's part
        return whole
    bounds = [start for _, start, _ in headings] + [len(text.text)]
    return [Issue(heading, bounds[i], bounds[i + 1], named) for i, (heading, _, named) in enumerate(headings)]


def _headings(text: str) -> list[tuple[str, int, bool]]:
    found = []
    for pattern, named in ((NAMED_ISSUE, True), (ROMAN_SECTION, False)):
        for match in pattern.finditer(text):
            heading = match["heading"].strip()
            line_start = match.start()
            if NOT_AN_ISSUE.search(heading) or _continues_a_sentence(text, line_start):
                continue
            if any(start == line_start for _, start, _ in found):
                continue
            found.append((" ".join(match.group(0).split()), line_start, named))
    return sorted(found, key=lambda item: item[1])


def _continues_a_sentence(text: str, line_start: int) -> bool:
    previous = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1].rstrip()
    return len(previous) > 60 and bool(WRAPPED.search(previous))


def _missing(text: PlacedText, issue: Issue, labels: list[PartyLabel], sides: dict[str, str]) -> Iterator[Finding]:
    section = text.text[issue.start : issue.end]
    if RESOLVED.search(section[: len(issue.heading) + 200]):
        return
    if not labels and not issue.named:
        return  # a section such as "II. DISPUTED ISSUES" that holds the issues' headings
    given = {(label.side, label.kind) for label in labels}
    for label, following in zip(labels, labels[1:] + [None]):
        part = text.text[label.end : following.start if following else issue.end]
        if label.kind == "position" and names_a_compromise(part):
            given.add((label.side, "compromise"))
    missing = [f"{possessive(who)} {words}" for side, who in sides.items() for kind, words in KINDS.items()
               if (side, kind) not in given]
    if missing:
        where = text.location(issue.start)
        if issue.heading != "the dispute":
            where["excerpt"] = excerpt(issue.heading)
        yield Finding(f'The issue "{excerpt(issue.heading, 60)}" lacks {_join(missing)}.', **where)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
