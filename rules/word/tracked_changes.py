"""A Word draft holds tracked changes not yet accepted or rejected: deleted text is still in the file.

## What it checks
Insertions, deletions and moves that Word's Track Changes recorded and nobody accepted or
rejected (``w:ins``, ``w:del``, ``w:moveFrom``, ``w:moveTo`` in the document, its tables,
text boxes and footnotes). Word prints the draft with the changes applied, but the file
keeps the deleted words and who deleted them when. One finding reports them all, at the
first change; the deleted text is quoted with identifying numbers masked (FR001-FR004 read
it too). Formatting-only changes are not counted.

## Why it matters
A draft sent to opposing counsel, a client's adversary or the court in Word form discloses
every earlier version a reader can show with one click: settlement figures struck out, a
client's name taken out, a social security number deleted rather than redacted. ABA Model
Rule 1.6(c) requires reasonable efforts to prevent such inadvertent disclosure, and
Fed. R. Civ. P. 5.2 a filing's personal identifiers redacted, not merely marked deleted.

## Example
Fires: fixtures/word/draft_with_what_word_hides.docx (a deleted sentence still holds a social security number).

Silent: fixtures/word/draft_accepted_and_cleaned.docx (the same draft with every change accepted).

## References
ABA Model Rule 1.6(c); ABA Formal Opinion 06-442; Fed. R. Civ. P. 5.2(a).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.word import counted, located, where

NAME = "tracked-changes"
FIX = "Review > Accept (or Reject) All Changes, turn Track Changes off, and save before the draft leaves the firm."
SEVERITY = "warning"
REMOVED = ("deletion", "moved away")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.word is None or not doc.word.revisions:
        return
    changes = doc.word.revisions
    removed = [item for item in changes if item.kind in REMOVED]
    first = removed[0] if removed else changes[0]
    kinds = ", ".join(counted(sum(c.kind == kind for c in changes), kind, kind + "s" if not kind.startswith("moved") else kind)
                      for kind in ("deletion", "insertion", "moved away", "moved here") if any(c.kind == kind for c in changes))
    who = f" by {first.author}" if first.author else ""
    lead = (f"deleted text is still in the file: the first, at {where(first)}{who}" if removed
            else f"the first, at {where(first)}{who}")
    yield Finding(f"{counted(len(changes), 'tracked change')} not yet accepted or rejected ({kinds}); {lead}.",
                  **located(first))
