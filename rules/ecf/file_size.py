"""The PDF is larger than the court's limit for one filing.

## What it checks
The size of the file against the pack's ``max-file-size-mb`` (50 MB, counted as
50 x 1,048,576 bytes).

Not for the court's own orders, opinions and transcripts: these CM/ECF requirements bind
filers, not the court.

## Why it matters
N.D. Cal. CM/ECF accepts files of up to 50 MB: "Files larger than 50 MB must be split",
for instance a declaration filed separately from its exhibits, or exhibits in groups.
The 2007 limit is not known (rules catalog: unverified), so the limit is a parameter.

## Example
Fires: fixtures/ecf/over_size_limit.pdf (larger than the limit its settings give,
as a 74 MB declaration with scanned exhibits is larger than 50 MB).

Silent: fixtures/ecf/under_size_limit.pdf (the same declaration under the limit).

## References
N.D. Cal. ECF "Preparing your filing" (50 MB); rules catalog NDCAL-ECF-SIZE.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "file-size"
FIX = "Split the filing: file the declaration and its exhibits separately, or the exhibits in groups."
FILE_LEVEL = True
MEGABYTE = 1024 * 1024


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    limit = float(ctx.param("max-file-size-mb"))
    if doc.size_bytes > limit * MEGABYTE:
        yield Finding(f"The file is {doc.size_bytes / MEGABYTE:.1f} MB; the court accepts at most {limit:g} MB per file.")
