"""A chambers copy is not the conformed copy: a page lacks the ECF file stamp, or the stamps disagree.

## What it checks
For a chambers copy, every page must carry the file stamp CM/ECF prints when the
document is filed, e.g. ``Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of
3``, and the stamps must agree: the same case, document number (``43-2`` for an
attachment) and filed date on every page, with "Page k of n" running 1 to n and n
equal to the number of pages. Stamps in every era's form are accepted (spaces may be
missing, ``Filed 03/02/10`` or ``Filed 07/30/2007``).

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. A conformed copy is the copy printed from
the filed PDF, which shows the docket number and filing date chambers use to find it.
A copy printed from the draft, or pages mixed from two filings, is not the conformed
copy.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); rules catalog
§8.2 (ECF stamp forms).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.ecf import EcfStamp
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext

NAME = "chambers-copy-not-conformed"
FIX = "Print the chambers copy from the PDF downloaded from CM/ECF after filing (the one with the blue file stamp on every page)."


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if not doc.pages or not ctx.chambers_copy:
        return
    stamped = list(zip(doc.pages, ctx.facts.ecf_stamps))
    if all(stamp is None for _, stamp in stamped):
        yield Finding("No page carries the ECF file stamp: this chambers copy is not the conformed (filed) copy.")
        return
    reference = next(stamp for _, stamp in stamped if stamp is not None)
    for page, stamp in stamped:
        if stamp is None:
            yield Finding(f"Page {page.number} has no ECF file stamp.", page=page.number)
            continue
        count_checked = stamp is reference or stamp.pages != reference.pages
        for problem in _disagreements(stamp, reference, page.number, doc.page_count if count_checked else None):
            yield Finding(problem, page=page.number, excerpt=excerpt(stamp.text))


def _disagreements(stamp: EcfStamp, reference: EcfStamp, page_number: int, page_count: int | None) -> Iterator[str]:
    """What is wrong with one page's stamp; the page count is checked once, not on every page."""
    if stamp.case_key != reference.case_key:
        yield f"The stamp names another case ({stamp.text.split(' Document')[0]}) than the first stamped page."
    if stamp.document_label != reference.document_label:
        yield f"The stamp says Document {stamp.document_label}; the first stamped page says Document {reference.document_label}."
    if stamp.filed != reference.filed:
        yield f"The stamp's filed date ({_date(stamp)}) differs from the first stamped page's ({_date(reference)})."
    if stamp.page != page_number:
        yield f"The stamp says Page {stamp.page}, but this is page {page_number} of the copy."
    if page_count is not None and stamp.pages != page_count:
        yield f"The stamp says the document has {stamp.pages} pages; this copy has {page_count}."


def _date(stamp: EcfStamp) -> str:
    return stamp.filed.strftime("%m/%d/%Y") if stamp.filed else "unreadable"
