"""The PDF carries JavaScript or other active content.

## What it checks
Document-level JavaScript, open actions and page or field actions that run JavaScript,
launch a program, submit a form, import data or open another file. The ordinary "open
at page 1" action that word processors write is not active content and passes.

Not for the court's own orders, opinions and transcripts: these CM/ECF requirements bind
filers, not the court.

## Why it matters
Courts' CM/ECF systems reject PDFs with scripts or launch actions, which can run on
every computer that opens a public filing; N.D. Cal.'s own rule is not spelled out in
the sources filelint was built from (rules catalog: unverified for N.D. Cal.), so this
follows the districts that document it.

## Example
Fires: fixtures/ecf/javascript_on_open.pdf (document-level JavaScript).

Silent: fixtures/ecf/opens_at_page_one.pdf (the ordinary "open at page 1" action).

## References
Rules catalog NDCAL-ECF-SECURITY (documented for D.N.J. and E.D. Okla.).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "active-content"
FIX = "Print the PDF to a new PDF (or use \"Save as Reduced Size PDF\" with scripts removed) before filing."


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    for item in doc.pdf.active_content:
        yield Finding(f"The PDF contains {item}.")
    actions = sorted({(annotation.page, annotation.action) for annotation in doc.pdf.annotations if annotation.action})
    for page, action in actions:
        yield Finding(f"A link or form field on page {page} runs {action}.", page=page)
