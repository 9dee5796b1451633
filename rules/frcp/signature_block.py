"""The paper is not signed, or its signer's address, e-mail or telephone is missing.

## What it checks
That a party's paper (a motion, opposition, reply, joint letter, stipulation,
complaint or declaration) carries a signature: a conformed "/s/ Name" (or "s/ Name",
"/s/Name", "/S/ NAME"), a signature line ("By: ______" or a line of underscores above a
name), an electronic signature ("DocuSigned by:", "Digitally signed by"), or a signature
image on the signature page. Unsigned is an error. For papers signed by counsel or a
party (not declarations, whose declarant signs for themselves), the signer's address,
e-mail address and telephone number must appear in a signature block (co-counsel
signature pages included: the most complete block counts), in the letterhead or in the
counsel block on the caption page; what is missing from all of them is a warning.
Papers the court writes (orders, opinions, transcripts) are not a party's paper and are
not checked.

## Why it matters
Fed. R. Civ. P. 11(a): "Every pleading, written motion, and other paper must be signed
by at least one attorney of record in the attorney's name--or by a party personally if
the party is unrepresented. The paper must state the signer's address, e-mail address,
and telephone number ... The court must strike an unsigned paper unless the omission is
promptly corrected."

## Example
Fires: a motion that ends with "Respectfully submitted," and the firm's name but no
signature, fixtures/privacy/motion_unsigned.pdf; or one signed "/s/ Jane R. Advocate"
with no address, e-mail or telephone anywhere, fixtures/privacy/motion_signed_without_contact_details.pdf.

Silent: "By: /s/ Jane R. Advocate" above her name, with her address, e-mail and telephone
in the signature block, as in ``NOTICE OF MOTION AND MOTION TO COMPEL. Plaintiff moves to
compel. Respectfully submitted, By: /s/ Jane R. Advocate Jane R. Advocate (SBN 123456)
ADVOCATE LLP, 100 Market Street, San Francisco, CA 94105, Tel. (415) 555-0100,
jadvocate@advocate.example``.

## References
Fed. R. Civ. P. 11(a); Civil L.R. 5-1 (conformed signatures); rules catalog FRCP-11-a.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.contact import has_address, has_email, has_phone
from filelint.legal.facts import DocumentFacts
from filelint.legal.lazy_regex import alternatives, finditer_alternatives
from filelint.rule import RuleContext

NAME = "signature-block"
FIX = "Sign the paper (\"/s/ Name\" on the signature line for an e-filed paper) and give the signer's address, e-mail and telephone."
TYPES = ("motion", "opposition", "reply", "joint-letter", "stipulation", "complaint", "declaration")
# Searched one alternative at a time (finditer_alternatives): the whole paper is scanned for them.
SIGNED = alternatives(
    (r"(?:^|[\s:(\[])/?s/[ \t]*\p{L}", r"\bBy:?[ \t]*_{3,}", r"^[ \t]*_{8,}[ \t]*$", r"\(signature\)", r"\bSignature:",
     r"\bDocuSigned[ \t]+by\b", r"\bDigitally[ \t]+signed[ \t]+by\b", r"\belectronically[ \t]+signed[ \t]+by\b"),
    regex.MULTILINE | regex.IGNORECASE,
    ("s/", "___", "________", None, None, None, None, None),  # the others are as quickly scanned for as looked for
)
BLOCK_BEFORE, BLOCK_AFTER = 300, 700  # characters around a signature in which the signer's details appear
DETAILS = (("address", has_address), ("e-mail address", has_email), ("telephone number", has_phone))


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts if ctx.facts is not None else DocumentFacts(doc, ctx.settings.document_type)
    if facts.court_authored:
        return
    text = facts.text()
    signatures = list(finditer_alternatives(SIGNED, text.text))
    if not signatures:
        if not _signature_image(doc):
            yield Finding("The paper is not signed: no \"/s/\" signature, signature line or signature image was found.",
                          page=doc.page_count or None)
        return
    if ctx.document_type == "declaration":
        return
    front = _front_matter(doc, facts)
    in_front = {label for label, present in DETAILS if present(front)}  # the same for every signature
    shortfalls = [(_missing(text.text[max(m.start() - BLOCK_BEFORE, 0) : m.start() + BLOCK_AFTER], in_front), m)
                  for m in signatures]
    missing, match = min(shortfalls, key=lambda item: len(item[0]))  # the most complete signature block counts
    if missing:
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        yield Finding(f"The signer's {listed} {'is' if len(missing) == 1 else 'are'} not given (in the signature "
                      "block, the letterhead or the caption page's counsel block).",
                      severity=Severity.WARNING, **text.location(match.start()))


def _front_matter(doc: Document, facts: DocumentFacts) -> str:
    """The first page (letterhead, counsel block) and the caption page, where counsel's details usually are."""
    pages = [page for page in (doc.pages[0] if doc.pages else None, facts.caption_page) if page is not None]
    return "\n\n".join(dict.fromkeys(page.text() for page in pages))


def _missing(block: str, in_front: set[str]) -> list[str]:
    return [label for label, present in DETAILS if label not in in_front and not present(block)]


def _signature_image(doc: Document) -> bool:
    """A scanned signature: a picture (not a whole-page scan) on one of the last two pages."""
    for page in doc.pages[-2:]:
        area = (page.width or 612) * (page.height or 792)
        if any((box.x1 - box.x0) * (box.bottom - box.top) < 0.3 * area for box in page.images):
            return True
    return bool(doc.pages) and all(page.scanned for page in doc.pages[-1:])
