"""The PDF carries file attachments or embedded media.

## What it checks
Files embedded in the PDF (its EmbeddedFiles list, or file-attachment annotations) and
embedded audio, video or rich media (Sound, Movie, Screen and RichMedia annotations).

Not for the court's own orders, opinions and transcripts: these CM/ECF requirements bind
filers, not the court.

## Why it matters
CM/ECF publishes the PDF, not what is packed inside it: an attachment is either lost or,
worse, filed without anyone reviewing it. Exhibits must be filed as PDF pages of their
own; media exhibits are lodged conventionally.

## Example
Fires: fixtures/ecf/embedded_spreadsheet.pdf (a declaration with the damages spreadsheet
attached inside the PDF).

Silent: fixtures/ecf/under_size_limit.pdf (the same declaration with nothing attached).

## References
Rules catalog NDCAL-ECF-SECURITY; N.D. Cal. ECF "Preparing your filing" (exhibits).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext

NAME = "embedded-files"
FIX = "Remove the attachments and file each exhibit as PDF pages (print it to PDF); lodge media with the clerk."
MEDIA = {"FileAttachment": "an attached file", "Sound": "a sound", "Movie": "a movie", "Screen": "embedded media",
         "RichMedia": "rich media (video or Flash)", "3D": "a 3D model"}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    for name in doc.pdf.embedded_files:
        yield Finding(f'The PDF has an embedded file: "{name}".')
    for annotation in doc.pdf.annotations:
        if annotation.subtype in MEDIA:
            yield Finding(f"Page {annotation.page} carries {MEDIA[annotation.subtype]}.", page=annotation.page)
