"""A joint letter leaves out a party's final position or final proposed compromise on an issue.

## What it checks
A joint discovery letter is split into issues at its issue headings ("Issue No. 1",
"Interrogatory No. 4", "Request for Production No. 12", "I. ..."). For every issue
still in dispute, each party needs a paragraph giving its position and one giving its
proposed compromise, labelled as parties label them ("Plaintiff's Position",
"Defendants' Final Proposed Compromise"). The parties are the ones the letter labels
anywhere (plaintiff and defendant when it labels none). An issue marked resolved or
withdrawn is skipped. The diagnostic names the issue by its heading and says whose
position or compromise is missing.

## Why it matters
The order: the joint letter "shall include a description of every issue in dispute
and, with respect to each such issue, a detailed summary of each party's final
substantive position and its final proposed compromise on each issue." The 2007 order
says the same of letters under its standing procedure: "a detailed substantive
description of each side's position on each such issue, and a description of each
side's proposed compromise on each such issue." Without both sides' compromises the
Court cannot decide the dispute on the letter.

## Example
Fires (no compromise from defendants)::

    Issue No. 2: Interrogatory No. 5
    Plaintiff's Position: ...
    Defendants' Position: ...
    Plaintiff's Proposed Compromise: ...

Silent: the same issue with "Defendants' Proposed Compromise: ..." added, or headed
"Issue No. 2: Interrogatory No. 5 (Resolved)".

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); rules catalog
JCS-2007-DISC-LETTER-CONTENT.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.textsearch import PlacedText, document_text, excerpt

NAME = "joint-letter-incomplete"
FIX = "For every issue still in dispute, give each party's final position and final proposed compromise under its own label."
TYPES = ("joint-letter",)

HEADING = regex.compile(
    r"^\s*(?:(?:Issue|Dispute|Disputed\s+Issue)\s+(?:No\.\s*)?(?:\d+|[IVX]+|[A-Z])\b"
    r"|(?:Interrogatory|Request\s+for\s+Production|Request\s+for\s+Admission|RFP|RFA)\s+No[s]?\.\s*\d+"
    r"|[IVX]{1,5}\.\s+[A-Z])[^\n]*$",
    regex.MULTILINE | regex.IGNORECASE,
)
_PARTY = r"(?P<party>Plaintiffs?|Defendants?|Respondents?|Petitioners?|Movants?|[A-Z][A-Za-z&.\-]+(?:\s+[A-Z][A-Za-z&.\-]+){0,2})['’]?s?['’]?"
POSITION = regex.compile(_PARTY + r"\s+(?:Final\s+)?(?:Substantive\s+)?Position\b")
COMPROMISE = regex.compile(_PARTY + r"\s+(?:Final\s+)?(?:Proposed\s+)?Compromise\b")
NOT_AN_ISSUE = regex.compile(
    r"introduction|background|conclusion|meet\s*and\s*confer|certif|attest|summary|facts|procedural|history|signature",
    regex.IGNORECASE,
)
RESOLVED = regex.compile(r"\((?:resolved|withdrawn)\)|\bhas\s+been\s+(?:resolved|withdrawn)\b|\bparties\s+(?:have\s+)?resolved\b", regex.IGNORECASE)


def party_key(label: str) -> str:
    """"Defendants'" and "Defendant's" are one party."""
    key = regex.sub(r"['’]s?$|['’]$", "", label.strip()).lower()
    return key[:-1] if key.endswith("s") and key[:-1] in ("plaintiff", "defendant", "respondent", "petitioner", "movant") else key


def possessive(label: str) -> str:
    """"Defendants" -> "Defendants'", "Plaintiff" -> "Plaintiff's"."""
    label = regex.sub(r"['’]s?$", "", label)
    return label + ("'" if label.endswith("s") else "'s")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = document_text(doc)
    issues = _issues(text)
    labels = {party_key(m["party"]): m["party"] for pattern in (POSITION, COMPROMISE) for m in pattern.finditer(text.text)}
    parties = labels or {"plaintiff": "Plaintiff", "defendant": "Defendant"}
    for heading, start, end in issues:
        section = text.text[start:end]
        if RESOLVED.search(section[:400]):
            continue
        gave = {kind: {party_key(m["party"]) for m in pattern.finditer(section)}
                for kind, pattern in (("position", POSITION), ("proposed compromise", COMPROMISE))}
        missing = [f"{possessive(parties[party])} {kind}" for party in parties for kind, given in gave.items() if party not in given]
        if missing:
            where = text.location(start)
            where["excerpt"] = excerpt(heading)
            yield Finding(f'The issue "{excerpt(heading, 60)}" lacks {_join(missing)}.', **where)


def _issues(text: PlacedText) -> list[tuple[str, int, int]]:
    """(heading, start, end) of each issue; the whole letter when it has no headings."""
    headings = [
        match for match in HEADING.finditer(text.text)
        if not (POSITION.search(match.group(0)) or COMPROMISE.search(match.group(0)) or NOT_AN_ISSUE.search(match.group(0)))
    ]
    if not headings:
        return [("the dispute", 0, len(text.text))]
    bounds = [match.start() for match in headings] + [len(text.text)]
    return [(match.group(0).strip(), bounds[i], bounds[i + 1]) for i, match in enumerate(headings)]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
