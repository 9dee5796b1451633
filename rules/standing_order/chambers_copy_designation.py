"""A chambers copy does not carry the judge's designation ("JCS'S CHAMBERS' COPY") on its first page.

## What it checks
For a chambers copy (a file named like ``*chambers*cop*``, a file checked with
``--chambers-copy``, or a file whose first page is labelled as one), the first page must
carry the judge's designation exactly, for Judge Spero ``JCS'S CHAMBERS' COPY``.
Typographic apostrophes (’) count as apostrophes and case does not matter; a near miss
("CHAMBERS COPY", "JCS CHAMBERS COPY", "JCS CHAMBERS' COPY") fires and quotes the
words required.

## Why it matters
The order: "the parties are required to lodge directly with chambers one conformed,
paper copy of each document, which is to be designated 'JCS'S CHAMBERS' COPY.'"
Chambers sorts the paper it receives by that legend; an unmarked copy can be taken
for a stray duplicate.

## Example
Fires (first page)::

    CHAMBERS COPY

Silent::

    JCS'S CHAMBERS' COPY

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); N.D. Cal.
"Courtesy Copies" page (Civil L.R. 5-1(e)(7): "Chambers Copy" on the first page).
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.textsearch import LineText, excerpt
from filelint_rules.standing_order import designation_pattern

NAME = "chambers-copy-designation"
FIX = "Stamp or type the designation at the top of the first page."
NEAR_MISS = regex.compile(r"(?:\b[A-Z]{2,4}\s*['’]?\s*S?\s+)?CHAMBERS\s*['’]?\s*COP(?:Y|IES)", regex.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if not doc.pages or not ctx.chambers_copy:
        return
    designation = ctx.param("designation")
    first = LineText(doc.pages[0].lines)
    if first.search(designation_pattern(designation)):
        return
    fix = f'Put "{designation}" at the top of the first page.'
    near = first.search(NEAR_MISS)
    if near is not None:
        line, match = near
        yield Finding(
            f'The first page reads "{" ".join(match.group(0).split())}"; the order requires the designation "{designation}".',
            page=1, line=line.number, excerpt=excerpt(line.text), fix=fix,
        )
    else:
        yield Finding(f'This chambers copy does not carry "{designation}" on its first page.', page=1, fix=fix)
