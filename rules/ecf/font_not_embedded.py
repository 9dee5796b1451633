"""A font that draws the filing's visible text is not embedded in the PDF.

## What it checks
Every font that draws visible text in the filing is embedded in the file. Left out: text
in invisible mode (the OCR layer of a scan) and the file stamp CM/ECF prints on filed
pages (the court's font, not counsel's). A font that only those use never counts.

A standard face, or a common alias of one, that is not embedded is only info: Times,
Helvetica, Courier, Symbol and ZapfDingbats (the PDF standard 14) and their Windows names
Times New Roman, Arial and Courier New, however the PDF spells them (a subset prefix
"ABCDEF+", style suffixes ",Bold", "-BoldMT", "PSMT"). Every PDF reader carries these or
a font with the same metrics, and courts that publish a font list approve exactly these
(Bankr. E.D. Tex.: "the fonts used must either be in the approved font list, or be
embedded"). Any other font not embedded (Garamond, Arial Black, Wingdings) is reported
with the pack's ``unembedded-font-severity``: info by default, because no rule filelint
can cite requires it (a court's recommendation is a good practice); set it to "warning" or
"error" in ``[packs.ecf]`` to enforce it.

One finding per file lists the fonts and the pages that use them.

Not for the court's own orders, opinions and transcripts: these requirements bind filers.

## Why it matters
A reader without the font substitutes another, so the filing can print with different
line breaks, page breaks or symbols from the one counsel signed (section signs and
special characters fail first). PDF/A, the archival PDF courts may require, needs every
font embedded. N.D. Cal.'s own text on fonts is not in the sources filelint was built
from (rules catalog: no row), so the severity for non-standard fonts is a pack parameter.

## Example
Fires: fixtures/ecf/font_not_embedded.pdf (a brief in "Garamond Premier" that the PDF
printer did not embed); fixtures/ecf/font_standard_14.pdf (Times-Roman not
embedded: info).

Silent: fixtures/ecf/font_embedded.pdf (saved with "Embed fonts in the file");
fixtures/ecf/scanned_with_ocr_layer.pdf (a scan whose invisible OCR layer uses a font
that is not embedded).

## References
Bankr. E.D. Tex. "Recommendations for
Electronically Filed Documents" (approved font list); rules catalog: no N.D. Cal. row.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.structure import page_ranges
from filelint.rule import RuleContext

NAME = "font-not-embedded"
FIX = "Make the PDF again with fonts embedded (in Word: Options > Save > Embed fonts in the file; or print to PDF)."
# The standard 14 and their Windows twins, longest first so that "CourierNew" is not read as "Courier" + "New".
STANDARD_FAMILIES = ("timesnewroman", "zapfdingbats", "couriernew", "helvetica", "courier", "symbol", "times", "arial")
STANDARD_STYLES = {"", "roman", "regular", "normal", "bold", "italic", "oblique", "bolditalic", "boldoblique"}
SUBSET_PREFIX = regex.compile(r"^[A-Z]{6}\+")
SEPARATORS = regex.compile(r"[\s,_-]+")


def standard_face(name: str) -> bool:
    """Whether a font name is one of the standard 14 or a common alias (Times New Roman, Arial, Courier New)."""
    plain = SEPARATORS.sub("", SUBSET_PREFIX.sub("", name)).lower()
    plain = plain.removesuffix("mt")
    family = next((family for family in STANDARD_FAMILIES if plain.startswith(family)), None)
    if family is None:
        return False
    style = plain[len(family):].removeprefix("ps").removeprefix("mt")
    return style in STANDARD_STYLES


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    missing = {font.name for font in doc.pdf.fonts if not font.embedded}
    if not missing:
        return
    used = _pages_using(doc, ctx, missing)
    if not used:
        return
    other = {name: pages for name, pages in used.items() if not standard_face(name)}
    standard = {name: pages for name, pages in used.items() if standard_face(name)}
    parts = []
    if other:
        parts.append(f"{_count(other, 'font')} not embedded: {_listing(other)}")
    if standard:
        parts.append(f"{'also ' if other else ''}{_count(standard, 'standard face')} not embedded, which every reader "
                     f"substitutes with the same metrics: {_listing(standard)}")
    message = "; ".join(parts)
    severity = Severity(ctx.param("unembedded-font-severity")) if other else Severity.INFO
    first = min(pages[0] for pages in (other or used).values())  # where the worst of them is first used
    yield Finding(message[0].upper() + message[1:] + ".", page=first, severity=severity)


def _pages_using(doc: Document, ctx: RuleContext, missing: set[str]) -> dict[str, list[int]]:
    """For each font in ``missing``, the pages where it draws visible text other than the court's stamp."""
    used: dict[str, list[int]] = {}
    for page in doc.pages:
        unseen = set(missing)  # on this page: once each font is seen, the rest of its lines can add nothing
        for line in page.lines:
            fonts = {span.font for span in line.spans if span.font in unseen and span.visible and span.text.strip()}
            if not fonts:
                continue
            if ctx.facts and ctx.facts.carries_stamp(page, line):
                continue  # CM/ECF's file stamp, in the court's font
            for font in fonts:
                used.setdefault(font, []).append(page.number)
            unseen -= fonts
            if not unseen:
                break
    return used


def _count(fonts: dict[str, list[int]], noun: str) -> str:
    return f"{len(fonts)} {noun}{'s' if len(fonts) > 1 else ''}"


def _listing(fonts: dict[str, list[int]]) -> str:
    return ", ".join(f'"{name}" (page{"s" if len(pages) > 1 else ""} {page_ranges(pages)})'
                     for name, pages in sorted(fonts.items()))
