"""The first page lacks part of the counsel block: name, address, telephone, e-mail, State Bar number, party.

## What it checks
The upper left of the first page, above the court's title, must identify counsel:
name, address, telephone number, e-mail address and California State Bar number, and
whom they represent ("Attorneys for Plaintiff ..."); a first page that says counsel are
identified on the signature page is accepted. A party without a lawyer gives
name, address, telephone and e-mail, and says "Pro Se"; counsel admitted "pro hac vice"
are not members of the State Bar, and saying so stands in for the number. The diagnostic
lists what is missing. Addresses are recognised as filings write them: in capitals or not, with
abbreviations ("Ste. 500", "Calif. 94105", "CA 94111-4067"), by building name ("One
Market Plaza") or as a post-office box. With the pack's ``era = "2007"`` a fax number is
expected instead of an e-mail address (the older text of the rule asked for fax; e-mail
appears by 2009).

## Why it matters
Civil L.R. 3-4(a)(1): "The name, address, telephone number, email address, and State
Bar number of counsel (or, if pro se, the name, address, telephone number and email
address of the party) and the party represented must appear on the first page ... in
the space to the left of the center of the page, beginning on line one." The clerk
and opposing counsel rely on it to serve and reach counsel.

## Example
Fires: ``JANE R. ADVOCATE 100 Market Street, San Francisco, California 94105 Attorneys
for Plaintiff UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA`` (no State
Bar number, telephone or e-mail), and fixtures/ndcal/counsel_block_incomplete.pdf.

Silent: ``JANE R. ADVOCATE (SBN 123456) jadvocate@advocatelaw.example ONE MARKET PLAZA,
SPEAR TOWER, STE. 500 SAN FRANCISCO, CALIF. 94105 Tel. 415.555.0100 Attorneys for
Plaintiff LEADCLICK MEDIA, INC. UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF
CALIFORNIA``, and fixtures/ndcal/motion_ok.pdf.

## References
N.D. Cal. Civil L.R. 3-4(a)(1) (verified, current text); rules catalog NDCAL-3-4-a-1.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.contact import ADDRESS, BAR_NUMBER, EMAIL, FAX, PHONE, PRO_HAC_VICE, PRO_SE, REPRESENTS
from filelint.legal.doctype import COURT_NAME
from filelint.legal.lazy_regex import lazy
from filelint.rule import RuleContext
from filelint_rules.ndcal import CAPTIONED

NAME = "counsel-block"
FIX = "Put counsel's name, address, telephone, e-mail and State Bar number, and the party represented, at the top left of the first page."
TYPES = CAPTIONED
ELSEWHERE = lazy(
    r"counsel\s+(?:are\s+|is\s+)?(?:identified|listed|appear)\s+on\s+(?:the\s+)?signature\s+page", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    page = ctx.facts.readable_caption
    if page is None:
        return
    title = ctx.facts.court_title_line
    block = [line for line in page.body if title is None or line.index < title.index]
    if title is None:
        block = list(page.body[: max(len(page.body) // 3, 1)])
    if page.width and doc.kind == "pdf":
        block = [line for line in block if (line.x or 0) < page.width * 0.55]
    text = "\n".join(line.text for line in block)
    if title is not None:
        text += "\n" + title.text[: COURT_NAME.search(title.text).start()]  # a draft typed on one line
    if ELSEWHERE.search(text):
        return  # "[Counsel identified on signature page]": allowed when many parties are represented
    if not text.strip():
        yield Finding("The first page has no counsel block above the court's title.", page=page.number)
        return
    missing = [label for label, present in _requirements(text, ctx.param("era")) if not present]
    if missing:
        first = block[0] if block else title
        yield Finding(f"The counsel block lacks {_join(missing)}.", page=page.number, line=first.number)


def _requirements(text: str, era: str) -> list[tuple[str, bool]]:
    needs = [
        ("an address", bool(ADDRESS.search(text))),
        ("a telephone number", bool(PHONE.search(text))),
        ("a fax number", bool(FAX.search(text))) if era == "2007" else ("an e-mail address", bool(EMAIL.search(text))),
        ("the party represented (\"Attorneys for ...\")", bool(REPRESENTS.search(text))),
    ]
    if not PRO_SE.search(text):
        # Counsel admitted pro hac vice are not members of the State Bar: saying so stands in for the number.
        needs.insert(0, ("a State Bar number", bool(BAR_NUMBER.search(text) or PRO_HAC_VICE.search(text))))
    return needs


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
