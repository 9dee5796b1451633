"""Part of the file was not read, so part of it was not checked.

## What it checks
Whether filelint read every page of a PDF: it stops after the ``max-pages`` setting
(1,000 by default), it will not expand a content stream past pypdf's decompression
limits (a "compression bomb" of a few kilobytes can claim gigabytes), it stops a page
after two million drawing operations, it skips a page whose content is damaged, and it
reports every object the PDF library could not read (damaged, missing, or nested more than
100 levels deep). The finding says which part was left out and why. It is an error, so the
run does not pass as clean, except when only the ``max-pages`` setting stopped the reading
(a warning: that limit is the user's choice).

## Why it matters
A clean report covers only what was read. A damaged or oversized page can also be
rejected by CM/ECF or fail to print in chambers.

## Example
Fires: a PDF whose pages' content is compressed with a filter no PDF reader knows, so each
page is damaged (fixtures/core/motion_unknown_stream_filter.pdf); a PDF whose page 3 holds
a 1 GB stream of zeros compressed into 1 MB; a 1,200-page exhibit with max-pages = 1000.

Silent: every page read completely (fixtures/spero/notice_of_motion_ok.pdf); a text draft is
always read whole: ``Plaintiff's opposition to the motion to dismiss.``

## References
filelint documentation: limits.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "partly-read"
FIX = "If a page is damaged, re-create the PDF from the word processor; if the file is over the page or size limit, split it or raise max-pages."
SEVERITY = "warning"
FILE_LEVEL = True


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    for reason in doc.unread[:10]:
        severity = None if "(the max-pages setting)" in reason else Severity.ERROR
        yield Finding(f"Part of the file was not checked: {reason}.", severity=severity)
