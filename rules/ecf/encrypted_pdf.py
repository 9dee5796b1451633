"""The PDF is encrypted or password-protected.

## What it checks
Whether the PDF uses encryption. A PDF that needs a password to open cannot be read
at all, so nothing else in it is checked; a PDF that opens without one but carries
"security" restrictions (no copying, no printing) is still encrypted, and is checked
as usual.

Not for the court's own orders, opinions and transcripts: these CM/ECF requirements bind
filers, not the court.

## Why it matters
CM/ECF must open, stamp and publish every page. Courts' electronic-filing
instructions require PDFs without passwords or security settings; an encrypted
upload is rejected or cannot be stamped, and a chambers copy cannot be printed from it.

## Example
Fires: fixtures/ecf/encrypted_needs_password.pdf ("Require a password to open the
document"); fixtures/ecf/encrypted_restrictions_only.pdf ("Restrict editing and printing").

Silent: fixtures/ecf/under_size_limit.pdf (saved with "No security").

## References
N.D. Cal. General Order No. 45; Civil L.R. 5-1; rules catalog NDCAL-ECF-SECURITY
(documented for other districts, unverified for N.D. Cal.: the severity can be changed
in the pack).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "encrypted-pdf"
FIX = "Save or print the PDF again with no password and no security settings (Document Properties > Security: No Security)."
FILE_LEVEL = True


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None or not doc.pdf.encrypted:
        return
    if doc.pdf.needs_password:
        yield Finding("The PDF needs a password to open; CM/ECF cannot accept it, and nothing else in it was checked.")
    else:
        yield Finding("The PDF is encrypted (it opens without a password but carries security restrictions); CM/ECF rejects encrypted PDFs.")
