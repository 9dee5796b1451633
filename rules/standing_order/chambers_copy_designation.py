"""A chambers copy does not carry the judge's designation (the pack's ``designation``) legibly on its first page.

## What it checks
For a chambers copy (a file named like ``*chambers*cop*``, a file checked with
``--chambers-copy``, or a file whose first page is labelled as one), the first page must
carry the judge's designation (the pack's ``designation``, e.g. ``XYZ'S CHAMBERS' COPY``) exactly.
Typographic apostrophes (’) count as apostrophes and case does not matter; a near miss
("CHAMBERS COPY", "XYZ CHAMBERS COPY", "XYZ CHAMBERS' COPY") fires and quotes the
words required.

In a PDF the designation must also be legible: it fires when the designation is printed
over other text (a stamp laid on a "REDACTED VERSION" banner), or under or on a filled
shape that hides it (a box drawn over it, a dark bar beneath it). An underline or a light
highlight does not count; images do not count either, since filelint cannot see which of
their pixels are ink.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found.
Chambers sorts the paper it receives by that legend; an unmarked copy can be taken
for a stray duplicate.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); N.D. Cal.
"Courtesy Copies" page (Civil L.R. 5-1(e)(7): "Chambers Copy" on the first page).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document, Line, Page
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import LineText, excerpt
from filelint.page_ink import overprinted
from filelint.rule import RuleContext
from filelint_rules.standing_order import designation_pattern

NAME = "chambers-copy-designation"
FIX = "Stamp or type the designation at the top of the first page."
NEAR_MISS = lazy(r"(?:\b[A-Z]{2,4}\s*['’]?\s*S?\s+)?CHAMBERS\s*['’]?\s*COP(?:Y|IES)", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if not doc.pages or not ctx.chambers_copy:
        return
    designation = ctx.param("designation")
    page = doc.pages[0]
    first = LineText(page.lines)
    fix = f'Put "{designation}" at the top of the first page.'
    found = list(first.finditer(designation_pattern(designation)))
    hidden = [(line, match, _overprint(first, page, line, match)) for line, match in found]
    if found and not all(what for _, _, what in hidden):
        return
    if found:
        line, match, what = hidden[0]
        yield Finding(
            f'The designation "{designation}" on the first page is {what}, so it is not legible.',
            page=1, line=line.number, excerpt=excerpt(line.text),
            fix=f'Stamp "{designation}" where the page is clear (filelint chambers-copy finds such a place).',
        )
        return
    near = first.search(NEAR_MISS)
    if near is not None:
        line, match = near
        yield Finding(
            f'The first page reads "{" ".join(match.group(0).split())}"; the order requires the designation "{designation}".',
            page=1, line=line.number, excerpt=excerpt(line.text), fix=fix,
        )
    else:
        yield Finding(f'This chambers copy does not carry "{designation}" on its first page.', page=1, fix=fix)


def _overprint(text: LineText, page: Page, line: Line, match: regex.Match) -> str | None:
    """What the designation is printed over or under, if anything (its text starts on ``line``)."""
    start = match.start() - text.starts[bisect_right(text.starts, match.start()) - 1]
    return overprinted(page, line, start, min(start + len(match.group(0)), len(line.text)))
