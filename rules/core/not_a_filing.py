"""A text file shows no sign of being a court filing, so it is not checked.

## What it checks
That a ``.txt`` file reads as a court paper at all: somewhere in it a court, a case
number ("Case No.", "No. C-06-03891", "3:19-cv-06669"), a party ("Plaintiff",
"Defendants", "Acme v. Beta"), a judge ("Dear Judge Spero", "Honorable", "Your Honor"),
a kind of paper (motion, declaration, stipulation, order, brief, complaint, exhibit,
agreement), counsel ("Attorneys for", State Bar number, "/s/"), "penalty of perjury",
"IT IS SO ORDERED", an ECF file stamp, a section sign, or pleading-paper line numbers in
the margin. A file with none of these is reported once, as information, and no other
rule runs on it. PDFs are always checked; so is a text file that cannot be read.

## Why it matters
A repository of filings also holds notes, to-do lists and read-me files. Checked as
filings they fail every caption rule ("No case number was found") and a commit hook
blocks them, which teaches people to skip the hook. The test is deliberately generous:
one marker is enough, so a real draft, however rough, is still checked in full. To check
every text file as a filing anyway, ignore this rule (``ignore = ["FL008"]``); to keep
files out of the hook, scope it with ``files:`` or ``exclude:``.

## Example
Fires: a notes file reading ``To do before Friday: buy printer paper; call the landlord
about the heating.`` (fixtures/core/notes_not_a_filing.txt).

Silent: a letter, ``Dear Judge Spero: The parties write regarding their dispute over the
deposition schedule.``; an exhibit, ``SETTLEMENT TERMS Acme Corp shall pay §1,000,000.``
(fixtures/core/draft_with_tabs_and_page_breaks.txt); any caption.

## References
filelint documentation: which files are checked (README, "pre-commit").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.rule import RuleContext

NAME = "not-a-filing"
FIX = ("Nothing to fix if it is not a filing. If it is one, it needs its caption (court, parties, case number); "
       "to keep other text files out of the pre-commit hook, scope it with files: or exclude:.")
SEVERITY = "info"
GATE = True  # when it fires, no other rule runs on the file

# One is enough. Words are matched whole, in any case; "v." between names needs a capital after it.
MARKERS = lazy(
    r"""
      \bcourts?\b | \btribunal\b | \bchambers\b
    | \bcase\s*(?:no|number|\#) | \bno\.\s*[:\d] | \bcivil\s+action\b | \bdocket\b | \bdkt\b | \becf\b
    | \b\d{1,2}:\d{2}-[a-z]{2,3}-\d{3,6}\b | \b[a-z]-?\d{2}-\d{4,5}\b
    | \bplaintiffs?\b | \bdefendants?\b | \bpetitioners?\b | \brespondents?\b | \bappell(?:ant|ee)s?\b
    | \bdebtors?\b | \bclaimants?\b | \bintervenors?\b | \bmovants?\b | \bparties\b
    | \b(?-i:[A-Z])[\w.,&'’-]*\s+(?:v|vs)\.?\s+(?-i:[A-Z])
    | \bjudge\b | \bjustice\b | \bmagistrate\b | \bhonou?rable\b | \bhon\.\s | \byour\s+honou?r\b
    | \bmotions?\b | \bdeclar(?:ation|e|es|ed|ant)\b | \baffidavit\b | \bstipulat
    | \b(?-i:ORDERS?)\b | \border\s+(?:granting|denying|re|on|to\s+show|for|of\s+(?:dismissal|reference))\b
    | \b(?-i:BRIEF)\b | \b(?:opening|reply|opposition|responsive|amicus|letter|trial)\s+brief\b | \bbrief\s+in\b
    | \bmemorandum\b | \bcomplaint\b | \bpetition\b | \bsubpoena\b | \bexhibits?\b | \bagreement\b
    | \bsettlement\b | \bdiscovery\b | \bdeposition\b | \binterrogator | \bhearing\b | \btestimony\b
    | \bcounsel\b | \battorneys?\b | \bstate\s+bar\b | \besq\b | \bpro\s+se\b | \bin\s+pro(?:pria)?\s+per
    | \bperjury\b | \bit\s+is\s+(?:so\s+|hereby\s+)?ordered\b | \bsworn\b
    | (?:^|\s)/s/ | § | \bfiled\b | \bpage\s+\d+\s+of\s+\d+\b
    """,
    regex.IGNORECASE | regex.VERBOSE | regex.MULTILINE,
)
PLEADING_LINES = 10  # numbered margin lines: pleading paper, even with no words recognised


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.kind != "text" or not doc.readable or looks_like_a_filing(doc):
        return
    yield Finding("Not a filing; not checked: nothing in it reads as a court paper (no court, case number, "
                  "party, judge or kind of paper).")


def looks_like_a_filing(doc: Document) -> bool:
    """Whether any marker of a court paper appears, or the lines are numbered as on pleading paper."""
    lines = [line for page in doc.pages for line in page.lines]
    if sum(1 for line in lines if line.pleading_line) >= PLEADING_LINES:
        return True
    return MARKERS.search("\n".join(line.text for line in lines)) is not None
