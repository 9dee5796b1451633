"""A Word draft holds hidden text: words formatted hidden that print nowhere but stay in the file.

## What it checks
Text formatted as hidden (Font > Hidden, ``w:vanish``) directly or through a character or
paragraph style, in the body, tables, text boxes and footnotes. Word neither shows nor
prints it unless "Hidden text" display is on, but the file keeps it and any reader can turn
it back on. One finding reports it all, at its first paragraph, naming where the hiding is
declared (direct formatting or a style), quoting it with identifying numbers masked
(FR001-FR004 read it too).

## Why it matters
Hiding is not deleting: text someone hid to take it out of a paper (a client's number, a
struck argument, notes) is disclosed with the draft. ABA Model Rule 1.6(c) requires
reasonable efforts against such disclosure, and Fed. R. Civ. P. 5.2 redaction of
identifiers, which hiding is not.

## Example
Fires: fixtures/word/draft_with_what_word_hides.docx (a note formatted hidden in the third paragraph).

Silent: fixtures/word/draft_accepted_and_cleaned.docx (the hidden note deleted).

## References
ABA Model Rule 1.6(c); Fed. R. Civ. P. 5.2(a).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.word import counted, located, where

NAME = "word-hidden-text"
FIX = "Show hidden text (File > Options > Display > Hidden text), delete what should not be there, and save; Inspect Document removes the rest."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.word is None:
        return
    hidden = [item for item in doc.word.hidden if item.text.strip()]
    if not hidden:
        return
    first = hidden[0]
    paragraphs = len({item.paragraph for item in hidden})
    yield Finding(f"Hidden text in {counted(paragraphs, 'paragraph')} (formatted hidden by {first.detail or 'its formatting'}); "
                  f"the first is at {where(first)}.", **located(first))
