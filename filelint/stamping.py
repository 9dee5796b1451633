"""Make a chambers copy: stamp the judge's designation on a conformed PDF, where the page is clear.

The only module besides the reader that uses pypdf, and the only one that writes a
PDF. It reads the filing as ``check`` does (same limits), refuses what is not this
judge's conformed, undesignated filing, finds a spot that covers no ink
(:mod:`filelint.page_ink`), adds one content stream (and one font) to the pages it stamps,
leaves every existing object as it was, reads the result back, and never writes over its
input.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)

from filelint import strokefont
from filelint.document import Document, Page
from filelint.errors import FilelintError
from filelint.page_ink import Ink, Rect, overprinted, page_ink
from filelint.readers import DEFAULT_MAX_PAGES, read_bytes, read_document
from filelint.readers.library_warnings import (
    collected_library_warnings,
    repairs_message,
)
from filelint.readers.pdf_private_api import add_indirect_object

FONT_RESOURCE = "/FilelintDesignation"
FONT_SIZE = 14.0
TOP_OFFSET = 48.0  # the preferred baseline, points below the displayed top edge: under the ECF stamp
EDGE = 18.0  # printers leave about a quarter inch at each edge unprinted
CLEARANCE = 2.0  # points of blank paper kept between the designation and anything else
SIDE_INSET = 72.0  # left- or right-aligned, the designation keeps an inch from the side edge
TOP_BAND, BOTTOM_BAND = 0.15, 0.85  # the margins searched: the top and bottom sixth or so of the page


@dataclass(frozen=True)
class Spot:
    """Where the designation goes on the displayed page: its first glyph's origin, from the left and top edges."""

    x: float
    baseline: float


class StampError(FilelintError):
    """The chambers copy could not be made; nothing was written."""


@dataclass(frozen=True)
class StampResult:
    """What was written, and any warnings for the user."""

    output: Path
    pages_stamped: int
    warnings: tuple[str, ...]
    margins: tuple[str, ...] = ()  # "top" or "bottom", for each page stamped


def make_chambers_copy(source: Path, output: Path, designation: str, every_page: bool = False,
                       force: bool = False, timeout: float | None = None,
                       max_pages: int = DEFAULT_MAX_PAGES, judge: str | None = None) -> StampResult:
    """Write ``output``: ``source`` with ``designation`` at the top of its first (or every) page.

    The same limits as ``filelint check``: ``timeout`` seconds for the whole job, at most
    ``max_pages`` pages, and only a regular file is ever opened. ``judge`` is the initials of
    the judge whose designation it is: a filing referred to another judge is refused, as is
    one that already carries a chambers-copy legend, unless ``force``.
    """
    from filelint.api import FileTimeout, time_limit

    _check_output(source, output)
    bad = strokefont.unsupported(designation)
    if bad:
        raise StampError(f"the designation contains characters filelint cannot stamp: {''.join(sorted(bad))}")
    try:
        with time_limit(timeout), collected_library_warnings() as library:
            document, data = _read(source, max_pages)
            warnings = _check_conformed(document, force)
            warnings += _check_not_designated(document, designation, force)
            warnings += _check_judge(document, judge, force)
            text = strokefont.normalise(designation)
            pages = document.pages if every_page else document.pages[:1]
            spots = [_clear_spot(page, document.path, text, force, warnings) for page in pages]
            stamped = _stamped(data, text, spots)
            _check_legible(stamped, document.path, text, len(spots))
        repairs = repairs_message(document.path, list(dict.fromkeys((*document.pdf.warnings, *library))))
        warnings += [repairs] if repairs else []
    except FileTimeout:
        raise StampError(f"making the chambers copy of {document_name(source)} took longer than {timeout:g} seconds, "
                         "so it was stopped and nothing was written (the time limit is the `timeout` setting)") from None
    _write(output, stamped)
    margins = tuple("top" if spot.baseline < page.height / 2 else "bottom" for page, spot in zip(pages, spots))
    return StampResult(output, len(spots), tuple(warnings), margins)


def document_name(path: Path) -> str:
    from filelint.api import display_path

    return display_path(path)


def _check_output(source: Path, output: Path) -> None:
    """Refuse an output that is the input, a folder, a link to nothing, or not a regular file; nothing is written."""
    shown = document_name(output)
    if output.is_symlink() and not output.exists():
        raise StampError(f"{shown} is a link to {document_name(Path(os.readlink(output)))}, which does not exist; "
                         "give the path of the file to write")
    if output.exists() and (output.resolve() == source.resolve() or _same_file(source, output)):
        raise StampError(f"{shown} is the input file; filelint never writes over the file it reads")
    if output.is_dir():
        raise StampError(f"{shown} is a folder; give the path of the file to write")
    if output.exists() and not output.is_file():
        raise StampError(f"{shown} is not a regular file (a pipe, socket or device); give the path of a file to write")
    if not output.parent.is_dir():
        raise StampError(f"the folder {document_name(output.parent)} for {shown} does not exist")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _read(source: Path, max_pages: int) -> tuple[Document, bytes]:
    """The source as check reads it (regular files only, within max-pages), and the bytes that were read."""
    shown = document_name(source)
    if not os.path.lexists(source):
        raise StampError(f"{shown}: no such file or folder")
    document = read_document(source, shown, max_pages=max_pages)
    if document.problem is not None:
        raise StampError(f"{shown} cannot be stamped: {document.problem.detail}")
    if document.kind != "pdf" or document.pdf is None:
        raise StampError(f"{shown} cannot be stamped: it is not a PDF")
    if document.unread:
        raise StampError(f"{shown} cannot be stamped: it was not fully read ({'; '.join(document.unread)})")
    if document.pdf.encrypted:
        raise StampError(f"{shown} is encrypted; save it without security settings first")
    try:
        data = source.read_bytes()  # a regular file: read_document checked
    except OSError as error:
        raise StampError(f"{shown} could not be read ({error.strerror or error})") from error
    if len(data) != document.size_bytes:
        raise StampError(f"{shown} changed while it was being read; try again when nothing is writing it")
    return document, data


def _check_conformed(document: Document, force: bool) -> list[str]:
    """Refuse a PDF that is not the filed copy (no ECF stamp on some page) unless forced."""
    from filelint.legal.ecf import looks_like_stamp

    unstamped = [page.number for page in document.pages if not any(looks_like_stamp(line.text) for line in page.lines)]
    if not unstamped:
        return []
    where = "any page" if len(unstamped) == document.page_count else "page(s) " + ", ".join(map(str, unstamped))
    message = f"{document.path} has no ECF file stamp on {where}: a chambers copy must be the conformed (filed) copy"
    if not force:
        raise StampError(message + " (use --force to stamp it anyway)")
    return [message + "; stamped anyway because of --force"]


def _check_not_designated(document: Document, designation: str, force: bool) -> list[str]:
    """Refuse a file whose first page already carries a chambers-copy legend (or these very words) unless forced."""
    from filelint.document import Band
    from filelint.legal.doctype import has_chambers_copy_legend

    first_page = " ".join(strokefont.normalise(document.pages[0].text(tuple(Band))).split())
    if not (has_chambers_copy_legend(document) or " ".join(strokefont.normalise(designation).split()) in first_page):
        return []
    message = f"{document.path} already carries a chambers copy legend on page 1"
    if not force:
        raise StampError(message + "; it is already a chambers copy (use --force to stamp it again)")
    return [message + "; stamped again because of --force"]


def _check_judge(document: Document, judge: str | None, force: bool) -> list[str]:
    """Refuse a filing whose case number names another referral judge than ``judge``, unless forced."""
    named = referral_judges(document)
    if judge is None or not named or judge.upper() in named:
        return []
    others = ", ".join(sorted(named))
    message = (f"{document.path} is in a matter referred to {others} (its case number says so), "
               f"but the designation is Judge {judge.upper()}'s")
    if not force:
        raise StampError(message + f" (use --judge {min(named)} for that judge's designation, or --force)")
    return [message + "; stamped anyway because of --force"]


def referral_judges(document: Document) -> set[str]:
    """The referral (magistrate) judges' initials the first page's case numbers and ECF stamp name.

    The stamp's first initials are the district judge's ("JST-DMR"); a caption that puts them in
    parentheses, as some courts do ("19 Cr. 725 (JPO)"), names no referral.
    """
    from filelint.legal.facts import DocumentFacts

    facts = DocumentFacts(document)
    named = {number.referral or number.referral_hyphen for number in facts.case_numbers}
    stamp = facts.first_page_stamp
    district = ""
    if stamp is not None and stamp.judges:
        district, *referrals = (part.strip() for part in stamp.judges.split("-"))
        named.update(referrals)
    return {initials for initials in named if initials and initials != district}


def _clear_spot(page: Page, shown: str, text: str, force: bool, warnings: list[str]) -> Spot:
    """The place nearest the top (then the bottom) where the designation covers no text, shape or image."""
    ink = list(page_ink(page))
    spot = _first_clear(page, text, ink)
    if spot is not None:
        return spot
    spot = _first_clear(page, text, [item for item in ink if item.what != "an image"])
    where = f"page {page.number} of {shown}"
    if spot is None:
        raise StampError(f"{where} has no clear place for the designation in its top or bottom margin (text or drawings "
                         "fill both), so nothing was written; print the designation by hand or make room for it")
    if not force:
        raise StampError(f"{where} has no clear place for the designation except over an image (a scanned page?), "
                         "whose ink filelint cannot see; use --force to stamp it there and check it by eye")
    warnings.append(f"{where}: the designation is printed over an image because of --force; check that it is legible")
    return spot


def _first_clear(page: Page, text: str, ink: list[Ink]) -> Spot | None:
    """The first clear spot: on a line of its own in the top margin, then the bottom; then beside other text."""
    width, height = page.width or 0.0, page.height or 0.0
    above, below = strokefont.ink_extent(FONT_SIZE)
    length = strokefont.text_width(text, FONT_SIZE)
    if length > width - 2 * EDGE:
        raise StampError(f"the designation is too long for a page {width:g} points wide")
    centred = (width - length) / 2
    sides = [width - SIDE_INSET - length, SIDE_INSET] if length <= width - 2 * SIDE_INSET else []
    bands = (_baselines(EDGE + above, height * TOP_BAND, TOP_OFFSET),
             _baselines(height * BOTTOM_BAND + above, height - EDGE - below, height - EDGE - below))
    blocked = [item.rect.grown(CLEARANCE) for item in ink]
    text_rows = [Rect(0, rect.top, width, rect.bottom) for item, rect in zip(ink, blocked) if item.what == "text"]
    for lefts, rows in (([centred], text_rows), ([centred, *sides], [])):
        for baselines in bands:
            if not baselines:
                continue
            reach = Rect(0, min(baselines) - above, width, max(baselines) + below)
            near = [rect for rect in (*blocked, *rows) if rect.touches(reach)]  # a dense page: test only the margin's ink
            for left in lefts:
                for baseline in baselines:
                    covered = Rect(left - 0.05 * FONT_SIZE, baseline - above, left + length, baseline + below)
                    if not any(covered.touches(rect) for rect in near):
                        return Spot(left, baseline)
    return None


def _baselines(first: float, last: float, preferred: float) -> list[float]:
    """Baselines a point apart from ``first`` to ``last``, nearest ``preferred`` first."""
    count = int(last - first) + 1 if last >= first else 0
    return sorted((first + step for step in range(count)), key=lambda baseline: abs(baseline - preferred))


def _stamped(data: bytes, text: str, spots: list[Spot]) -> bytes:
    """The PDF with ``text`` stamped at ``spots`` on its first pages (one spot a page)."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    writer = PdfWriter(clone_from=reader)
    font = add_indirect_object(writer, _font_dictionary(writer))
    for page, spot in zip(writer.pages, spots):
        _stamp(page, writer, font, text, spot)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _check_legible(stamped: bytes, shown: str, text: str, pages: int) -> None:
    """Read the stamped pages back as check will, and refuse a designation that is missing or printed over something."""
    document = read_bytes(stamped, shown, "pdf", max_pages=pages)
    for page in document.pages:
        found = [(line, line.text.find(text)) for line in page.lines if text in line.text]
        if not found:
            raise StampError(f"the designation could not be read back from page {page.number} of the copy; nothing was written")
        for line, start in found:
            what = overprinted(page, line, start, start + len(text))
            if what is not None:
                raise StampError(f"the designation would be {what} on page {page.number}; nothing was written")


def _write(output: Path, data: bytes) -> None:
    try:
        output.write_bytes(data)
    except OSError as error:
        raise StampError(f"{document_name(output)} could not be written ({error.strerror or error})") from error


def _font_dictionary(writer: PdfWriter) -> DictionaryObject:
    procs = DictionaryObject()
    differences = ArrayObject()
    for char in sorted(strokefont.GLYPHS):
        stream = DecodedStreamObject()
        stream.set_data(strokefont.glyph_program(char))
        name = strokefont.glyph_name(char)
        procs[NameObject("/" + name)] = add_indirect_object(writer, stream)
        differences.extend([NumberObject(ord(char)), NameObject("/" + name)])
    first, last = min(map(ord, strokefont.GLYPHS)), max(map(ord, strokefont.GLYPHS))
    widths = ArrayObject(NumberObject(strokefont.ADVANCE) for _ in range(first, last + 1))
    cmap = DecodedStreamObject()
    cmap.set_data(strokefont.to_unicode_cmap())
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type3"),
        NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-100, -200, 500, 700)]),
        NameObject("/FontMatrix"): ArrayObject([FloatObject(v) for v in (0.001, 0, 0, 0.001, 0, 0)]),
        NameObject("/CharProcs"): procs,
        NameObject("/Encoding"): DictionaryObject({NameObject("/Type"): NameObject("/Encoding"),
                                                   NameObject("/Differences"): differences}),
        NameObject("/FirstChar"): NumberObject(first),
        NameObject("/LastChar"): NumberObject(last),
        NameObject("/Widths"): widths,
        NameObject("/ToUnicode"): add_indirect_object(writer, cmap),
    })


def _stamp(page, writer: PdfWriter, font, text: str, spot: Spot) -> None:
    """Append one content stream drawing ``text`` at ``spot`` on the displayed page."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    resources = DictionaryObject(resources)  # a new dictionary: shared resources stay untouched
    fonts = resources.get("/Font")
    fonts = DictionaryObject(fonts.get_object()) if fonts is not None else DictionaryObject()
    fonts[NameObject(FONT_RESOURCE)] = font
    resources[NameObject("/Font")] = fonts
    page[NameObject("/Resources")] = resources
    matrix = _text_matrix(page, spot)
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = f"q 0 g BT {FONT_RESOURCE} {FONT_SIZE:g} Tf {' '.join(f'{v:.2f}' for v in matrix)} Tm ({escaped}) Tj ET Q"
    # Wrap the old content in q ... Q so a transformation it leaves behind cannot move the stamp.
    before = _stream(writer, b"q\n")
    after = _stream(writer, b"\nQ\n" + ops.encode("latin-1") + b"\n")
    page[NameObject("/Contents")] = ArrayObject([before, *_content_references(page), after])


def _content_references(page) -> list:
    """The page's existing content streams, as references, so the streams themselves stay untouched."""
    if "/Contents" not in page:
        return []
    raw = page.raw_get("/Contents")
    resolved = raw.get_object()
    if isinstance(resolved, ArrayObject):
        return [resolved.raw_get(i) if hasattr(resolved, "raw_get") else item for i, item in enumerate(resolved)]
    return [raw]


def _stream(writer: PdfWriter, data: bytes):
    stream = DecodedStreamObject()
    stream.set_data(data)
    return add_indirect_object(writer, stream)


def _text_matrix(page, spot: Spot) -> tuple[float, ...]:
    """The text matrix that puts the designation upright at ``spot`` on the page as displayed."""
    box = page.mediabox
    left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    rotation = int(page.rotation or 0) % 360
    x_shown, y_shown = spot.x, spot.baseline
    if rotation == 90:
        return (0, 1, -1, 0, left + y_shown, bottom + x_shown)
    if rotation == 180:
        return (-1, 0, 0, -1, right - x_shown, bottom + y_shown)
    if rotation == 270:
        return (0, -1, 1, 0, right - y_shown, top - x_shown)
    return (1, 0, 0, 1, left + x_shown, top - y_shown)


def designation_for(initials: str | None, designation: str | None, packs, config) -> tuple[str, str | None]:
    """The words to stamp and the initials of the judge they are for, from the packs' parameters (and their overrides)."""
    offered = {}
    for pack in packs:
        params = {**pack.params, **config.params_for(pack.id)}
        if "initials" in params and "designation" in params:
            offered[str(params["initials"]).upper()] = str(params["designation"])
    if designation:
        return designation, initials.upper() if initials else None
    if initials is None:
        if len(offered) != 1:
            choices = ", ".join(sorted(offered)) or "none is installed"
            raise StampError(f"choose the judge with --judge or referral-judge (packs with a chambers-copy designation: {choices})")
        initials = next(iter(offered))
    if initials.upper() not in offered:
        raise StampError(f"no installed pack gives a chambers-copy designation for judge {initials!r}; use --designation")
    return offered[initials.upper()], initials.upper()
