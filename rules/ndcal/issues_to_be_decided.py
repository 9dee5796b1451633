"""A motion's or opposition's memorandum does not state the issues to be decided.

## What it checks
A memorandum of points and authorities supporting or opposing a noticed motion should
have a statement of the issues to be decided: the rule's own words anywhere, in any case
("Statement of Issues to Be Decided", "the issue to be decided is whether ..."), or a
heading that names the issues ("Issues Presented", "QUESTIONS PRESENTED", "Overview of
Plaintiff's Claim and the Issues Before the Court", "Issues for Decision"); "the issues
presented in this litigation are manageable" in a sentence of the argument states none.
A warning; replies and administrative motions are left alone.

## Why it matters
Civil L.R. 7-4(a)(3): a brief or memorandum must contain "a statement of the issues to
be decided". The requirement's wording is from memory (rules catalog: M), so it is a
warning.

## Example
Fires: ``PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL; MEMORANDUM OF POINTS AND
AUTHORITIES: I. INTRODUCTION; II. ARGUMENT; III. CONCLUSION`` (straight from the
introduction to the argument);
fixtures/ndcal/motion_without_statement_of_issues.pdf.

Silent: ``PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL MEMORANDUM OF POINTS AND
AUTHORITIES I. Statement of Issues to Be Decided Whether Defendants must answer.``;
fixtures/ndcal/motion_ok.pdf.

## References
N.D. Cal. Civil L.R. 7-4(a)(3); rules catalog NDCAL-7-4-a-ISSUES.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.doctype import is_administrative
from filelint.legal.lazy_regex import alternatives, lazy
from filelint.rule import RuleContext

NAME = "issues-to-be-decided"
FIX = "Add a heading \"STATEMENT OF ISSUES TO BE DECIDED\" and state them briefly."
TYPES = ("motion", "opposition")
SEVERITY = "warning"
# The rule's own words, anywhere in the text (each alternative searched on its own: regex tries every
# alternative of an alternation at every character of the paper).
ISSUES = alternatives(
    (r"\bissues?\s+to\s+be\s+(?:decided|determined|resolved)\b", r"\bstatement\s+of\s+(?:the\s+)?(?:issues?|questions?)\b"),
    regex.IGNORECASE,
)
# Words that name the issues only in a heading: "Overview of Plaintiff's Claim and the Issues Before the Court",
# "QUESTIONS PRESENTED"; in a sentence ("the issues presented in this litigation are manageable") they state none.
HEADING_ISSUES = lazy(
    r"\bissues?\s+(?:before\s+the\s+court|presented|raised|for\s+(?:decision|determination|resolution|the\s+court))\b"
    r"|\bquestions?\s+(?:presented|raised|for\s+decision)\b",
    regex.IGNORECASE,
)
MEMORANDUM = alternatives((r"MEMORANDUM\s+OF\s+POINTS", r"POINTS\s+AND\s+AUTHORITIES"), regex.IGNORECASE)
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "be", "its", "re", "s"}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if is_administrative(ctx.facts.title):
        return
    text = ctx.facts.text().text
    if not _any(MEMORANDUM, text) or _any(ISSUES, text):
        return
    # A line's words are in the whole text: one search of it spares one of each line on most papers.
    if HEADING_ISSUES.search(text) and any(HEADING_ISSUES.search(line) and _is_heading(line) for line in text.splitlines()):
        return
    yield Finding("The memorandum has no statement of the issues to be decided.", page=1)


def _any(patterns: tuple[regex.Pattern, ...], text: str) -> bool:
    """Whether the alternation of ``patterns`` matches anywhere in ``text``."""
    return any(pattern.search(text) for pattern in patterns)


def _is_heading(line: str) -> bool:
    """A short line in capitals or title case, perhaps numbered ("II.", "B."): not a sentence of the argument."""
    words = regex.findall(r"[^\W\d_][\w'’-]*", regex.sub(r"^\s*(?:[IVXLC]+|[A-Z]|\d+)[.)]\s+", "", line))
    if not words or len(words) > 16:
        return False
    significant = [word for word in words if word.lower() not in SMALL_WORDS]
    return bool(significant) and sum(word[0].isupper() for word in significant) / len(significant) >= 0.8
