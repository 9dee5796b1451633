"""A Word draft holds comments: notes between its authors that travel with the file.

## What it checks
Comments in the draft (Word's Review > New Comment), whether their anchor text is still there
or was deleted with it. One finding reports how many there are and who wrote them, at the
first comment's paragraph, quoting it (identifying numbers masked; FR001-FR004 read the
comments too).

## Why it matters
Comments are where drafting attorneys and clients say what the paper does not: doubts about
a witness, settlement authority, a note to check a client's records. A draft sent in Word form
with its comments discloses them, which ABA Model Rule 1.6(c) requires reasonable efforts
to prevent.

## Example
Fires: fixtures/word/draft_with_what_word_hides.docx (one comment on the second paragraph).

Silent: fixtures/word/draft_accepted_and_cleaned.docx (the comments deleted with Review > Delete All Comments).

## References
ABA Model Rule 1.6(c); ABA Formal Opinion 06-442.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.word import counted, located, where

NAME = "comments"
FIX = "Review > Delete > Delete All Comments in Document (answer them first), then save."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.word is None or not doc.word.comments:
        return
    comments = doc.word.comments
    first = comments[0]
    authors = sorted({c.author for c in comments if c.author})
    by = f" by {', '.join(authors[:3])}{' and others' if len(authors) > 3 else ''}" if authors else ""
    yield Finding(f"{counted(len(comments), 'comment')}{by} in the draft; the first is at {where(first)}.",
                  **located(first))
