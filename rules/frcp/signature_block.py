"""The paper is not signed, or its signer's address, e-mail or telephone is missing.

## What it checks
That a party's paper (a motion, opposition, reply, joint letter, stipulation,
complaint or declaration) carries a signature: a conformed "/s/ Name" (or "s/ Name"),
a signature line ("By: ______" or a line of underscores above a name), or a signature
image on the signature page. Unsigned is an error. For papers signed by counsel or a
party (not declarations, whose declarant signs for themselves), the signer's address,
e-mail address and telephone number must appear in the signature block or in the
counsel block on the first page; what is missing from both is a warning.

## Why it matters
Fed. R. Civ. P. 11(a): "Every pleading, written motion, and other paper must be signed
by at least one attorney of record in the attorney's name--or by a party personally if
the party is unrepresented. The paper must state the signer's address, e-mail address,
and telephone number ... The court must strike an unsigned paper unless the omission is
promptly corrected."

## Example
Fires: a motion that ends with "Respectfully submitted," and the firm's name but no
signature.

Silent: "By: /s/ Jane R. Advocate" above her name, with her address, e-mail and telephone
in the counsel block.

## References
Fed. R. Civ. P. 11(a); Civil L.R. 5-1 (conformed signatures); rules catalog FRCP-11-a.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.textsearch import document_text
from filelint.legal.contact import ADDRESS, EMAIL, PHONE

NAME = "signature-block"
FIX = "Sign the paper (\"/s/ Name\" on the signature line for an e-filed paper) and give the signer's address, e-mail and telephone."
TYPES = ("motion", "opposition", "reply", "joint-letter", "stipulation", "complaint", "declaration")
SIGNED = regex.compile(
    r"(?:^|[\s:(])/?s/[ \t]*[A-Z]|\bBy:?[ \t]*_{3,}|^[ \t]*_{8,}[ \t]*$|\(signature\)|\bSignature:",
    regex.MULTILINE | regex.IGNORECASE,
)
SIGNATURE_BLOCK = 700  # characters after the signature in which the signer's details usually appear


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = document_text(doc)
    signatures = list(SIGNED.finditer(text.text))
    if not signatures:
        if not _signature_image(doc):
            yield Finding("The paper is not signed: no \"/s/\" signature, signature line or signature image was found.",
                          page=doc.page_count or None)
        return
    if ctx.document_type == "declaration":
        return
    first_page = doc.pages[0].text() if doc.pages else ""
    shortfalls = [(_missing(text.text, match.start(), first_page), match) for match in signatures]
    missing, match = min(shortfalls, key=lambda item: len(item[0]))  # the most complete signature block counts
    if missing:
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        yield Finding(f"The signer's {listed} {'is' if len(missing) == 1 else 'are'} not given.",
                      severity=Severity.WARNING, **text.location(match.start()))


def _missing(text: str, start: int, first_page: str) -> list[str]:
    block = text[max(start - 300, 0) : start + SIGNATURE_BLOCK]
    return [label for label, pattern in (("address", ADDRESS), ("e-mail address", EMAIL), ("telephone number", PHONE))
            if not pattern.search(block) and not pattern.search(first_page)]


def _signature_image(doc: Document) -> bool:
    """A scanned signature: a picture (not a whole-page scan) on one of the last two pages."""
    for page in doc.pages[-2:]:
        area = (page.width or 612) * (page.height or 792)
        if any((box.x1 - box.x0) * (box.bottom - box.top) < 0.3 * area for box in page.images):
            return True
    return bool(doc.pages) and all(page.scanned for page in doc.pages[-1:])
