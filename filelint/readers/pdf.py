"""PDF filings, read with pypdf. The only module in filelint that imports pypdf.

Each page's text comes from pypdf's extractor with a visitor that records, for every
run of text, its font and its *effective* size (font size scaled by the text matrix
and the current transformation matrix) and where it sits. Runs are grouped into lines
by baseline in the page's displayed orientation; pleading-paper margin numbers are
recognised and kept out of the text; header and footer bands are marked.

A second reader (pypdfium2, say) would build the same Document from the same facts.
"""

from __future__ import annotations

import io
import logging
import math
import warnings as python_warnings
from dataclasses import dataclass
from typing import Any, Iterator

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from filelint import pleading
from filelint.document import Annotation, Band, Document, FontInfo, Line, LoadProblem, Page, PdfFacts, Span
from filelint.ecf import looks_like_stamp
from filelint.readers import unreadable

HEADER_FRACTION = 0.07  # top 0.77 in of a letter page: where CM/ECF prints its stamp
FOOTER_FRACTION = 0.08
MARGIN_FRACTION = 0.2  # pleading numbers sit in the left fifth of the page
MAX_XOBJECT_DEPTH = 8  # forms inside forms: stop before a cycle or a bomb


class _CollectWarnings(logging.Handler):
    """pypdf reports repairs through logging; keep them as facts, not stderr noise."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 50:
            self.messages.append(record.getMessage())


@dataclass
class _Run:
    """A visitor callback's text, placed on the displayed page."""

    text: str
    font: str
    size: float
    x: float
    top: float  # distance of the baseline from the top of the displayed page


def read_pdf(data: bytes, shown: str) -> Document:
    """Parse a PDF's bytes into a Document, or a Document with a problem."""
    logger = logging.getLogger("pypdf")
    handler = _CollectWarnings()
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore")  # repairs are recorded as facts, not printed
            return _read(data, shown, handler)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, AssertionError, ZeroDivisionError) as error:
        # pypdf documents that broken files "might cause other exceptions": this is
        # the one boundary where any of them becomes a diagnostic, not a crash.
        return unreadable(shown, len(data), "pdf", _plain_reason(error))
    finally:
        logger.removeHandler(handler)


def _plain_reason(error: Exception) -> str:
    text = str(error) or type(error).__name__
    if "EOF marker not found" in text or "Stream has ended unexpectedly" in text:
        return "the PDF is truncated or damaged past repair (its end is missing)"
    if "startxref" in text or "xref" in text.lower():
        return f"the PDF's cross-reference table is damaged past repair ({text})"
    return f"the PDF could not be parsed ({text})"


def _read(data: bytes, shown: str, warnings: _CollectWarnings) -> Document:
    reader = PdfReader(io.BytesIO(data), strict=False)
    encrypted = reader.is_encrypted
    if encrypted and not _opens_without_password(reader):
        facts = PdfFacts(version=_version(data), encrypted=True, needs_password=True)
        problem = LoadProblem("encrypted", "the PDF needs a password to open")
        return Document(shown, "pdf", len(data), pdf=facts, problem=problem)
    page_count = len(reader.pages)
    if page_count == 0:
        return unreadable(shown, len(data), "pdf", "the PDF has no pages")
    pages = tuple(_read_page(reader, index, warnings) for index in range(page_count))
    facts = _facts(reader, data, encrypted, warnings)
    return Document(shown, "pdf", len(data), pages=pages, pdf=facts)


def _opens_without_password(reader: PdfReader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError, ValueError):
        # pypdf raises DependencyError (a PyPdfError) for AES without `cryptography`.
        return False


def _version(data: bytes) -> str:
    start = data.find(b"%PDF-")
    return data[start + 5 : start + 8].decode("ascii", "replace") if start >= 0 else ""


# ---------------------------------------------------------------- pages


def _read_page(reader: PdfReader, index: int, warnings: _CollectWarnings) -> Page:
    page = reader.pages[index]
    box = page.mediabox
    media_w, media_h = float(box.width), float(box.height)
    rotation = int(page.rotation or 0) % 360
    width, height = (media_h, media_w) if rotation in (90, 270) else (media_w, media_h)
    runs: list[_Run] = []
    to_display = _display_transform(box, rotation)

    def visit(text: str, cm: list, tm: list, font: Any, font_size: float) -> None:
        if not text or not text.strip():
            return
        matrix = _multiply(tm, cm)
        size = abs(font_size) * math.hypot(matrix[2], matrix[3])
        x, top = to_display(matrix[4], matrix[5])
        name = _font_name(font)
        for k, piece in enumerate(text.split("\n")):
            if piece.strip():
                runs.append(_Run(piece, name, round(size, 2), x, top + k * size * 1.2))

    try:
        page.extract_text(visitor_text=visit)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            ZeroDivisionError) as error:
        warnings.messages.append(f"page {index + 1}: text could not be fully extracted ({error})")
    lines, numbers = _lines(runs, width, height)
    return Page(
        number=index + 1,
        lines=lines,
        width=round(width, 2),
        height=round(height, 2),
        media_width=round(media_w, 2),
        media_height=round(media_h, 2),
        rotation=rotation,
        has_images=_has_images(page.get("/Resources"), 0),
        pleading_numbers=numbers,
    )


def _multiply(a: list, b: list) -> list[float]:
    """Product of two PDF matrices [a b c d e f] (a applied first)."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _display_transform(box: Any, rotation: int):
    """Map user-space (x, y) to (x, distance from top) on the page as displayed."""
    left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    if rotation == 90:
        return lambda x, y: (y - bottom, x - left)
    if rotation == 180:
        return lambda x, y: (right - x, y - bottom)
    if rotation == 270:
        return lambda x, y: (top - y, right - x)
    return lambda x, y: (x - left, top - y)


def _font_name(font: Any) -> str:
    if isinstance(font, dict):
        name = str(font.get("/BaseFont", font.get("/Name", "")))
        return name.lstrip("/").split("+", 1)[-1]
    return ""


def _lines(runs: list[_Run], width: float, height: float) -> tuple[tuple[Line, ...], tuple[int, ...]]:
    """Group runs into lines, take out margin numbers, assign bands and pleading lines."""
    margin_runs, text_runs = _split_margin_numbers(runs, width)
    grouped = _group_by_baseline(text_runs)
    numbered = sorted((run.top, int(run.text.strip())) for run in margin_runs)
    pitch = pleading.line_pitch(numbered) if numbered else 24.0
    header_limit, footer_limit = _band_limits(numbered, pitch, height)
    lines = []
    for index, group in enumerate(grouped, start=1):
        top = group[0].top
        text = _join(group)
        band = Band.BODY
        if top < header_limit or (top < height * 0.15 and looks_like_stamp(text)):
            band = Band.HEADER
        elif top > footer_limit:
            band = Band.FOOTER
        spans = tuple(Span(r.text, r.font, r.size, round(r.x, 2), round(top, 2)) for r in group)
        number = pleading.nearest_number(top, numbered, pitch) if band is Band.BODY else None
        lines.append(Line(text, index, band, number, round(top, 2), round(group[0].x, 2), spans))
    return tuple(lines), tuple(number for _, number in numbered)


def _split_margin_numbers(runs: list[_Run], width: float) -> tuple[list[_Run], list[_Run]]:
    """Separate the pleading paper's margin numbers from the text."""
    candidates = sorted(
        (run for run in runs if run.x < width * MARGIN_FRACTION and pleading.is_margin_number(run.text)),
        key=lambda run: run.top,
    )
    chain = pleading.longest_increasing_run([int(run.text.strip()) for run in candidates])
    if len(chain) < pleading.MIN_NUMBERS:
        return [], runs
    margin = [candidates[i] for i in chain]
    chosen = {id(run) for run in margin}
    return margin, [run for run in runs if id(run) not in chosen]


def _group_by_baseline(runs: list[_Run]) -> list[list[_Run]]:
    """Runs whose baselines are within a fraction of the type size form one line."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (round(r.top, 1), r.x)):
        if lines:
            current = lines[-1]
            tolerance = max(2.0, 0.35 * min(current[0].size or 12, run.size or 12))
            if abs(run.top - current[0].top) <= tolerance:
                current.append(run)
                continue
        lines.append([run])
    return [sorted(line, key=lambda r: r.x) for line in lines]


def _join(group: list[_Run]) -> str:
    """Join a line's runs; a wide gap (a second column) becomes two spaces."""
    text = group[0].text
    for previous, run in zip(group, group[1:]):
        estimated_end = previous.x + 0.6 * previous.size * len(previous.text)
        if run.x - estimated_end > 1.5 * max(previous.size, 1):
            text = text.rstrip() + "  " + run.text.lstrip()
        else:
            text += run.text
    return text.strip()


def _band_limits(numbered: list[tuple[float, int]], pitch: float, height: float) -> tuple[float, float]:
    """Where the header ends and the footer begins (distance from the top)."""
    header = height * HEADER_FRACTION
    footer = height * (1 - FOOTER_FRACTION)
    if numbered:
        first_top, first_number = numbered[0]
        last_top, last_number = numbered[-1]
        header = min(header, first_top - pitch * (first_number - 1) - pitch * 0.6)
        footer = max(last_top + pitch * (pleading.MAX_PLEADING_LINE - last_number) + pitch * 0.6, header + 1)
    return header, footer


def _has_images(resources: Any, depth: int) -> bool:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or depth > MAX_XOBJECT_DEPTH:
        return False
    xobjects = _resolve(resources.get("/XObject"))
    if not isinstance(xobjects, DictionaryObject):
        return False
    for value in xobjects.values():
        xobject = _resolve(value)
        if not isinstance(xobject, DictionaryObject):
            continue
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            return True
        if subtype == "/Form" and _has_images(xobject.get("/Resources"), depth + 1):
            return True
    return False


def _resolve(value: Any) -> Any:
    try:
        return value.get_object() if isinstance(value, IndirectObject) else value
    except (PyPdfError, ValueError, KeyError, RecursionError):
        return None


# ---------------------------------------------------------------- document facts


def _facts(reader: PdfReader, data: bytes, encrypted: bool, warnings: _CollectWarnings) -> PdfFacts:
    root = _resolve(reader.trailer.get("/Root"))
    root = root if isinstance(root, DictionaryObject) else DictionaryObject()
    names = _resolve(root.get("/Names"))
    names = names if isinstance(names, DictionaryObject) else DictionaryObject()
    return PdfFacts(
        version=_version(data),
        encrypted=encrypted,
        metadata=_metadata(reader),
        javascript="/JavaScript" in names or _has_javascript_action(root),
        open_action="/OpenAction" in root or "/AA" in root,
        embedded_files=tuple(_embedded_files(names)),
        form_fields=tuple(_form_fields(root)),
        annotations=tuple(_annotations(reader)),
        fonts=tuple(_fonts(reader)),
        incremental_updates=max(data.count(b"%%EOF") - 1, 0),
        warnings=tuple(warnings.messages),
    )


def _metadata(reader: PdfReader) -> tuple[tuple[str, str], ...]:
    try:
        info = reader.metadata or {}
        return tuple((str(key).lstrip("/"), str(value)) for key, value in info.items())
    except (PyPdfError, ValueError, KeyError, TypeError):
        return ()


def _has_javascript_action(root: DictionaryObject) -> bool:
    action = _resolve(root.get("/OpenAction"))
    return isinstance(action, DictionaryObject) and action.get("/S") == "/JavaScript"


def _name_tree_keys(node: Any, depth: int = 0) -> Iterator[str]:
    node = _resolve(node)
    if not isinstance(node, DictionaryObject) or depth > MAX_XOBJECT_DEPTH:
        return
    entries = _resolve(node.get("/Names"))
    if isinstance(entries, ArrayObject):
        yield from (str(_resolve(key)) for key in entries[0::2])
    kids = _resolve(node.get("/Kids"))
    if isinstance(kids, ArrayObject):
        for kid in kids:
            yield from _name_tree_keys(kid, depth + 1)


def _embedded_files(names: DictionaryObject) -> Iterator[str]:
    yield from _name_tree_keys(names.get("/EmbeddedFiles"))


def _form_fields(root: DictionaryObject) -> Iterator[str]:
    form = _resolve(root.get("/AcroForm"))
    fields = _resolve(form.get("/Fields")) if isinstance(form, DictionaryObject) else None
    if isinstance(fields, ArrayObject):
        for field in fields[:1000]:
            field = _resolve(field)
            if isinstance(field, DictionaryObject):
                yield str(field.get("/T", "(unnamed)"))


def _annotations(reader: PdfReader) -> Iterator[Annotation]:
    for number, page in enumerate(reader.pages, start=1):
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, ArrayObject):
            continue
        for annot in annots[:500]:
            annot = _resolve(annot)
            if isinstance(annot, DictionaryObject):
                subtype = str(annot.get("/Subtype", "")).lstrip("/")
                yield Annotation(number, subtype, str(_resolve(annot.get("/Contents")) or ""))


def _fonts(reader: PdfReader) -> Iterator[FontInfo]:
    seen: dict[tuple[str, str, bool], list[int]] = {}
    for number, page in enumerate(reader.pages, start=1):
        for font in _page_fonts(page.get("/Resources"), 0):
            key = (_font_name(font), str(font.get("/Subtype", "")).lstrip("/"), _embedded(font))
            pages = seen.setdefault(key, [])
            if number not in pages:
                pages.append(number)
    for (name, subtype, embedded), pages in seen.items():
        yield FontInfo(name, subtype, embedded, tuple(pages))


def _page_fonts(resources: Any, depth: int) -> Iterator[DictionaryObject]:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or depth > MAX_XOBJECT_DEPTH:
        return
    fonts = _resolve(resources.get("/Font"))
    if isinstance(fonts, DictionaryObject):
        for font in fonts.values():
            font = _resolve(font)
            if isinstance(font, DictionaryObject):
                yield font
    xobjects = _resolve(resources.get("/XObject"))
    if isinstance(xobjects, DictionaryObject):
        for xobject in xobjects.values():
            xobject = _resolve(xobject)
            if isinstance(xobject, DictionaryObject) and xobject.get("/Subtype") == "/Form":
                yield from _page_fonts(xobject.get("/Resources"), depth + 1)


def _embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # Type 3 glyphs are drawn by the file itself
    descriptor = _resolve(font.get("/FontDescriptor"))
    if font.get("/Subtype") == "/Type0":
        descendants = _resolve(font.get("/DescendantFonts"))
        if isinstance(descendants, ArrayObject) and descendants:
            child = _resolve(descendants[0])
            descriptor = _resolve(child.get("/FontDescriptor")) if isinstance(child, DictionaryObject) else None
    if not isinstance(descriptor, DictionaryObject):
        return False
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
