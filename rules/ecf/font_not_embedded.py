"""A font used on a page is not embedded in the PDF.

## What it checks
Every font that draws text in the filing, except the stamp CM/ECF adds to filed pages,
is embedded in the file. A non-embedded font from the standard 14 (Times, Helvetica,
Courier, Symbol, ZapfDingbats) or from their Windows twins (Times New Roman, Arial,
Courier New) is a warning, because every PDF reader substitutes a font with the same
metrics; any other non-embedded font is an error.

## Why it matters
A reader without the font substitutes another, so the filing can print with different
line breaks, page breaks or symbols from the one counsel signed (section signs and
special characters fail first). PDF/A, the archival PDF courts prefer, requires every
font embedded.

## Example
Fires: a brief whose "Garamond Premier" was not embedded by the PDF printer.

Silent: the same brief saved with "Embed fonts in the file".

## References
N.D. Cal. ECF "Best practices for creating PDFs".
"""

from __future__ import annotations

from typing import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.ecf import looks_like_stamp
from filelint.rule import RuleContext
from filelint.legal.structure import page_ranges

NAME = "font-not-embedded"
FIX = "Make the PDF again with fonts embedded (in Word: Options > Save > Embed fonts in the file; or print to PDF)."
# The Windows names of the standard faces: readers substitute metric-compatible fonts for them too.
METRIC_TWINS = ("TimesNewRoman", "Arial", "CourierNew")
STANDARD_14 = {"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
               "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier", "Courier-Bold", "Courier-Oblique",
               "Courier-BoldOblique", "Symbol", "ZapfDingbats"}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    missing = {font.name for font in doc.pdf.fonts if not font.embedded}
    used: dict[str, list[int]] = {}
    for page in doc.pages:
        for line in page.lines:
            if looks_like_stamp(line.text):
                continue  # the court's stamp, not counsel's font
            for span in line.spans:
                if span.font in missing and span.text.strip() and page.number not in used.setdefault(span.font, []):
                    used[span.font].append(page.number)
    for name, pages in sorted(used.items()):
        standard = name in STANDARD_14 or name.replace(" ", "").startswith(METRIC_TWINS)
        yield Finding(
            f'The font "{name}" is not embedded (used on page{"s" if len(pages) > 1 else ""} {page_ranges(pages)})'
            + ("; it is a standard face (Times, Helvetica/Arial, Courier), which readers substitute." if standard else "."),
            page=pages[0], severity=Severity.WARNING if standard else Severity.ERROR,
        )
