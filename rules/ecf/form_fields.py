"""The PDF has form fields that were never flattened.

## What it checks
Interactive form fields (an AcroForm with fields): text boxes, check boxes and
signature fields that can still be edited. An empty AcroForm dictionary passes.

Not for the court's own orders, opinions and transcripts: these CM/ECF requirements bind
filers, not the court.

## Why it matters
A filed document must read the same for everyone who opens it. Field values can be
changed, hidden by a reader's settings, or printed differently, and CM/ECF's stamp does
not lock them. Official forms should be printed or flattened to PDF before filing.

## Example
Fires: fixtures/ecf/fillable_form.pdf (a fillable field left in the filing).

Silent: fixtures/ecf/empty_form_dictionary.pdf (an empty form dictionary, no fields).

## References
N.D. Cal. ECF "Best practices for creating PDFs".
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "form-fields"
FIX = "Flatten the form (print it to PDF, or Acrobat: Print Production > Flatten) before filing."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None or not doc.pdf.form_fields:
        return
    fields = doc.pdf.form_fields
    sample = ", ".join(f'"{name}"' for name in fields[:3])
    yield Finding(f"The PDF has {len(fields)} unflattened form field{'s' if len(fields) > 1 else ''} ({sample}{', ...' if len(fields) > 3 else ''}).")
