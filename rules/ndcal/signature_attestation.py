"""Another signer's conformed "/s/" signature appears without an attestation of their concurrence.

## What it checks
The conformed signatures in the paper ("/s/ Jane R. Advocate"), not counting a proof of
service or declaration attached after it. When there are two or
more signers, the filer must attest that each other signatory concurred in the filing,
in the paper or attached: "I attest that concurrence in the filing of this document has
been obtained from each of the other signatories", or the older "I hereby attest that I
have on file all holographic signatures corresponding to any signatures indicated by a
conformed signature (/S/) within this e-filed document." Either wording counts.

## Why it matters
Civil L.R. 5-1 (General Order No. 45 in 2007): the ECF filer's login is their own
signature only; for anyone else's "/s/", the filer vouches that they agreed. Joint
letters and stipulations, signed by both sides, need it most.

## Example
Fires: ``STIPULATION AND [PROPOSED] ORDER EXTENDING TIME Dated: July 2, 2007 /s/ Jane R.
Advocate Attorneys for Plaintiff Dated: July 2, 2007 /s/ Robert T. Defense Attorneys for
Defendants`` (two signers, no attestation); fixtures/ndcal/stipulation_without_attestation.pdf.

Silent: the same stipulation ending ``STIPULATION /s/ Jane R. Advocate /s/ Robert T.
Defense ATTESTATION: I attest that concurrence in the filing of this document has been
obtained from Robert T. Defense.``; fixtures/ndcal/stipulation_with_attestation.pdf.

## References
N.D. Cal. Civil L.R. 5-1 (subsection numbers unverified); N.D. Cal. ECF "Signatures on
e-filed documents" (verified wording); rules catalog NDCAL-5-1-ATTEST.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.lazy_regex import lazy
from filelint.rule import RuleContext

NAME = "signature-attestation"
FIX = "Add the attestation: \"I attest that concurrence in the filing of this document has been obtained from each of the other signatories.\""
TYPES = ("motion", "opposition", "reply", "joint-letter", "declaration", "proposed-order", "stipulation", "complaint", "other")
CONFORMED = lazy(r"(?:^|[\s:])/?s/[ \t]*(?P<name>[A-Z][A-Za-z.'’\-]+(?:[ \t]+[A-Z][A-Za-z.'’\-]+){0,3})", regex.IGNORECASE)
ATTESTATION = lazy(
    r"\battest(?:s|ation)?\b|\bconcurrence\s+in\s+the\s+filing\b|\bholographic\s+signatures?\b", regex.IGNORECASE,
)


def signer_key(name: str) -> str:
    """"Jane R. Advocate" and "Jane Advocate" are one signer."""
    words = [word.strip(".").lower() for word in name.split() if len(word.strip(".")) > 1]
    return " ".join(words[:1] + words[-1:])


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = ctx.facts.text()
    attached = {page.number for page, role in zip(doc.pages, ctx.facts.page_roles) if role.attached}
    signers: dict[str, int] = {}
    for match in CONFORMED.finditer(text.text):
        page, _ = text.where(match.start())
        if page is not None and page.number in attached:
            continue  # a proof of service or declaration filed with the paper signs for itself
        signers.setdefault(signer_key(match["name"]), match.start("name"))
    if len(signers) < 2 or ATTESTATION.search(text.text):
        return
    second = sorted(signers.values())[1]
    yield Finding(f"{len(signers)} people sign with \"/s/\" but there is no attestation that the other signatories concurred.",
                  **text.location(second))
