"""PDF filings, read with PDFium (pypdfium2), the default reader: the same Document as ``readers/pdf.py``, built faster.

PDFium parses the content streams in C. This module walks each page's objects once, in drawing
order (text, filled paths, images, and the objects inside forms, with the form's matrix applied),
and asks PDFium's text page for each character's text object, unicode and origin in one pass.
Every text object becomes one run, exactly as one text-showing operator is one run for the pypdf
reader, so the layout that follows (lines, bands, pleading numbers, spans) is the pypdf reader's
own code, shared, not a copy (``readers/layout.py``).

Object-level facts that PDFium does not expose (metadata, incremental updates, JavaScript,
attachments, annotations, form fields, fonts, encryption) stay with pypdf, which reads them without
interpreting any content stream. ``tests/test_reader_differential.py`` proves both readers build
the same Document over every fixture and corpus PDF, and lists each difference that remains.
"""

from __future__ import annotations

import ctypes
import functools
import math
import re
import threading
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import and_, eq, is_, is_not, not_, or_, sub
from typing import Any

import pypdfium2 as pdfium
import pypdfium2_raw

from filelint.document import Band, Box, Document, LoadProblem, Page, PdfFacts
from filelint.readers import layout, pdfium_native, unreadable
from filelint.readers import pdf as reference
from filelint.readers.library_warnings import collected_library_warnings
from filelint.readers.page_images import covers_page, redaction_bars_only
from filelint.readers.pdf_content import IDENTITY, Matrix, _axis_aligned_box, multiply
from filelint.readers.pdf_objects import TOO_DEEP, check_nesting, fixed_parse_budget, page_not_read, resolve, tracking_problems

MAX_DEPTH = 8  # forms inside forms, as the pypdf reader
MAX_OBJECTS = 2_000_000  # per page: as the pypdf reader's operation limit
# PDFium's text page takes time quadratic in the text objects that share a line out of order (measured: 40k
# one-word objects on one line 4 s, 80k 35 s), inside one C call that the time limit cannot interrupt; real
# pages have hundreds (the corpus: 672 at most). A page with more is read by the pypdf reader, whose time limit
# holds.
MAX_TEXT_OBJECTS = 20_000
TEXT, PATH, IMAGE, FORM = 1, 2, 3, 5
MOVETO = 2
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")  # "ABCDEF+Arial": a font subset's tag (PDFium may have dropped it already)
LINE_END_HYPHEN = "\ufffe"  # how PDFium's text page marks a hyphen that ends a line

STRIDE = 8  # characters between two questions to PDFium's text page about whose a character is
# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms): PDFium reorders them.
LINE_BREAK = re.compile("[\r\n]")
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")

_void = ctypes.c_void_p
_LOCK = threading.Lock()  # PDFium is not thread-safe: one document at a time in a process
_lib = pypdfium2_raw.bindings._libs["pdfium"]


def _function(name: str, restype: Any, *argtypes: Any) -> Any:
    """A lean prototype over PDFium's C function: handles are plain addresses, so a call costs
    ctypes' minimum (pypdfium2's typed pointers double the cost of the per-character calls)."""
    function = getattr(_lib, name)
    prototype = ctypes.CFUNCTYPE(restype, *argtypes)
    return prototype(ctypes.cast(function, _void).value)


_float_p = ctypes.POINTER(ctypes.c_float)
_int_p = ctypes.POINTER(ctypes.c_int)


_count_objects = _function("FPDFPage_CountObjects", ctypes.c_int, _void)
_get_object = _function("FPDFPage_GetObject", _void, _void, ctypes.c_int)
_form_count = _function("FPDFFormObj_CountObjects", ctypes.c_int, _void)
_form_object = _function("FPDFFormObj_GetObject", _void, _void, ctypes.c_ulong)
_object_type = _function("FPDFPageObj_GetType", ctypes.c_int, _void)
# The *_at prototypes take the address to write into as a plain integer (a slot of a ctypes array).
_object_matrix_at = _function("FPDFPageObj_GetMatrix", ctypes.c_int, _void, _void)
_fill_colour_at = _function("FPDFPageObj_GetFillColor", ctypes.c_int, _void, _void, _void, _void, _void)
_font_size_at = _function("FPDFTextObj_GetFontSize", ctypes.c_int, _void, _void)
_render_mode = _function("FPDFTextObj_GetTextRenderMode", ctypes.c_int, _void)
_text_font = _function("FPDFTextObj_GetFont", _void, _void)
_base_font_name = _function("FPDFFont_GetBaseFontName", ctypes.c_ulong, _void, ctypes.c_char_p, ctypes.c_ulong)
_draw_mode_at = _function("FPDFPath_GetDrawMode", ctypes.c_int, _void, _void, _void)
_count_segments = _function("FPDFPath_CountSegments", ctypes.c_int, _void)
_get_segment = _function("FPDFPath_GetPathSegment", _void, _void, ctypes.c_int)
_segment_point = _function("FPDFPathSegment_GetPoint", ctypes.c_int, _void, _float_p, _float_p)
_segment_point_at = _function("FPDFPathSegment_GetPoint", ctypes.c_int, _void, _void, _void)
_segment_type = _function("FPDFPathSegment_GetType", ctypes.c_int, _void)
_clip_path = _function("FPDFPageObj_GetClipPath", _void, _void)
_clip_count = _function("FPDFClipPath_CountPaths", ctypes.c_int, _void)
_clip_segments = _function("FPDFClipPath_CountPathSegments", ctypes.c_int, _void, ctypes.c_int)
_clip_segment = _function("FPDFClipPath_GetPathSegment", _void, _void, ctypes.c_int, ctypes.c_int)
_count_chars = _function("FPDFText_CountChars", ctypes.c_int, _void)
_get_text = _function("FPDFText_GetText", ctypes.c_int, _void, ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
_get_unicode = _function("FPDFText_GetUnicode", ctypes.c_uint, _void, ctypes.c_int)
_char_object = _function("FPDFText_GetTextObject", _void, _void, ctypes.c_int)
# The origin's x and y are written at two addresses passed as plain integers (slots of two ctypes arrays).
_char_origin_at = _function("FPDFText_GetCharOrigin", ctypes.c_int, _void, ctypes.c_int, _void, _void)


class _FSRect(ctypes.Structure):
    _fields_ = [(name, ctypes.c_float) for name in ("left", "top", "right", "bottom")]


_glyph_width_at = _function("FPDFFont_GetGlyphWidth", ctypes.c_int, _void, ctypes.c_uint, ctypes.c_float, _void)
_loose_box = _function("FPDFText_GetLooseCharBox", ctypes.c_int, _void, ctypes.c_int, ctypes.POINTER(_FSRect))


def read_pdf(data: bytes, shown: str, max_pages: int = 1000, all_glyphs: bool = False) -> Document:
    """Parse a PDF's bytes into a Document, as ``readers.pdf.read_pdf`` does, with PDFium reading the pages.

    Each character's position (``Span.glyph_x``) is asked of PDFium only for the runs that a filled shape which
    could hide text (``could_hide``) or a marking annotation reaches, the only places a rule looks at single
    characters (what a dark box or a redaction mark covers);
    ``all_glyphs`` asks it for every run, as the differential test compares them with the pypdf reader's."""
    try:
        with _LOCK, collected_library_warnings() as messages, tracking_problems() as problems, fixed_parse_budget():
            document = _read(data, shown, messages, max_pages, all_glyphs)
            return reference.with_what_was_lost(document, messages, problems)
    except RecursionError:
        return unreadable(shown, len(data), "pdf", "the PDF could not be parsed: " + TOO_DEEP)
    except Exception as error:  # noqa: BLE001 - as the pypdf reader: a broken file is a diagnostic, never a crash
        return unreadable(shown, len(data), "pdf", reference.plain_reason(error))


def _read(data: bytes, shown: str, messages: list[str], max_pages: int, all_glyphs: bool) -> Document:
    from filelint.readers.pdf_parse import QuickReader

    reader = QuickReader(data)  # pypdf's reader, parsing plain objects faster (the same objects)
    encrypted = reader.is_encrypted
    if encrypted and not reference.opens_without_password(reader):
        facts = PdfFacts(version=reference.header_version(data), encrypted=True, needs_password=True)
        return Document(shown, "pdf", len(data), pdf=facts, problem=LoadProblem("encrypted", "the PDF needs a password to open"))
    page_count = len(reader.pages)
    if page_count == 0:
        return unreadable(shown, len(data), "pdf", "the PDF has no pages")
    read_count = min(page_count, max_pages)
    unread = [f"only the first {read_count} of its {page_count} pages were read (the max-pages setting)"] if read_count < page_count else []
    try:
        document = pdfium.PdfDocument(data, password="" if encrypted else None)
    except pdfium.PdfiumError:
        # A file pypdf repairs and PDFium refuses is still read, by the reference reader.
        return reference.read_with_pypdf(data, shown, messages, max_pages)
    try:
        if len(document) != page_count:
            # The two libraries disagree on the page tree: the reference reader decides.
            return reference.read_with_pypdf(data, shown, messages, max_pages)
        pages = tuple(_read_page(document, reader, index, unread, all_glyphs) for index in range(read_count))
    except _TooManyTexts:
        return reference.read_with_pypdf(data, shown, messages, max_pages)
    finally:
        document.close()
    facts = reference.document_facts(reader, data, encrypted, messages)
    reader.release()
    return Document(shown, "pdf", len(data), pages=pages, pdf=facts, unread=tuple(unread))


# ---------------------------------------------------------------- pages


class _TooManyTexts(Exception):
    """A page has more than MAX_TEXT_OBJECTS text objects: the file is read by the pypdf reader."""


class _TextObject:
    """One text object of the page: one object per text object, compared by identity (grouping characters by
    their owner); slots, as there are hundreds of thousands of them in a long filing."""

    __slots__ = ("handle", "matrix", "clip", "font", "size", "render_mode", "fill", "font_handle", "text", "pieces",
                 "last_x", "last_y", "before_last_x", "end", "advance", "order")

    def __init__(self, handle: int, matrix: Matrix, clip: tuple[float, float, float, float] | None, font: str,
                 size: float, render_mode: int, fill: tuple[float, float, float] | None, font_handle: int) -> None:
        self.handle, self.matrix, self.clip, self.font = handle, matrix, clip, font  # matrix: on the page (forms applied)
        self.size, self.render_mode, self.fill, self.font_handle = size, render_mode, fill, font_handle  # size: Tf's
        self.text = ""
        self.pieces: list[tuple[int, int]] = []  # its characters' places in the text page (start, end)
        self.last_x: float | None = None  # the last character's origin (page space); None: no characters
        self.last_y = 0.0
        self.before_last_x: float | None = None  # the origin's x of the character before it, if any
        self.end: tuple[float, float, float, float] | None = None  # the last character's loose box: l, r, b, t
        self.advance: float | None = None  # the last character's advance width, in text space
        self.order = 0


@dataclass
class _Shape:
    box: tuple[float, float, float, float]
    fill: tuple[float, float, float] | None
    is_rectangle: bool
    order: int = 0


@dataclass
class _Drawn:
    """What a page draws, in drawing order: text objects, filled subpaths (a list per fill) and images."""

    items: list[Any] = field(default_factory=list)
    texts: list[_TextObject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fonts: dict[int, str] = field(default_factory=dict)
    clips: dict[tuple, tuple[float, float, float, float] | None] = field(default_factory=dict)  # by clip (_clip_box)
    objects: int = 0


def _read_page(document: Any, reader: Any, index: int, unread: list[str], all_glyphs: bool) -> Page:
    pypdf_page = reader.pages[index]
    check_nesting(pypdf_page)
    # A damaged /MediaBox makes the pypdf reader give up on the file; PDFium would assume a letter page. The
    # reference decides, so both readers report the same file the same way (tests/test_reader_differential.py).
    _ = pypdf_page.mediabox
    problem = _content_problem(reader, pypdf_page, index)
    if problem:
        unread.append(problem)
        return _unread_page(pypdf_page, index)
    page = document[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        rotation = page.get_rotation() % 360
        media_w, media_h = right - left, top - bottom
        width, height = (media_h, media_w) if rotation in (90, 270) else (media_w, media_h)
        to_display = layout.display_transform(_MediaBox(left, bottom, right, top), rotation)
        everywhere = all_glyphs or _marked(pypdf_page)
        drawn = _Drawn()
        native = pdfium_native.PageObjects(page.raw, MAX_OBJECTS, MAX_DEPTH) if pdfium_native.available() else None
        try:
            if native is None:
                _walk(page.raw, _count_objects(page.raw), _get_object, IDENTITY, drawn, 0)
            if (native.text_count() if native is not None else len(drawn.texts)) > MAX_TEXT_OBJECTS:
                raise _TooManyTexts
            textpage = page.get_textpage()
            try:
                if native is None:
                    content = _python_content(drawn, textpage.raw, to_display, everywhere)
                else:
                    content = _native_content(native, textpage.raw, to_display, (rotation, left, bottom, right, top), everywhere)
            finally:
                textpage.close()
        finally:
            if native is not None:
                native.close()
    finally:
        page.close()
    runs, shape_boxes, image_boxes, warnings = content
    unread.extend(f"page {index + 1}: {message}" for message in warnings)
    lines, numbers = layout.lines(runs, width, height)
    textless = not any(line.text.strip() for line in lines if line.band is Band.BODY)
    return Page(
        number=index + 1,
        lines=lines,
        width=round(width, 2),
        height=round(height, 2),
        media_width=round(media_w, 2),
        media_height=round(media_h, 2),
        rotation=rotation,
        has_images=bool(image_boxes) or reference.page_has_images(pypdf_page.get("/Resources"), 0),
        pleading_numbers=numbers,
        shapes=shape_boxes,
        images=image_boxes,
        redaction_image=textless and covers_page(image_boxes, width, height) and redaction_bars_only(pypdf_page),
    )


UNMARKING_ANNOTATIONS = {"/Link", "/Widget", "/Popup"}  # annotations that draw nothing over the page's text


def _marked(pypdf_page: Any) -> bool:
    """Whether the page has an annotation that may lie over its text (a redaction mark, a filled shape, a note):
    the rules then look at the characters under it, so every run's characters are placed."""
    annotations = resolve(pypdf_page.get("/Annots"))
    if not isinstance(annotations, list):
        return False
    for annotation in annotations:
        annotation = resolve(annotation)
        if not hasattr(annotation, "get") or annotation.get("/Subtype") not in UNMARKING_ANNOTATIONS:
            return True
    return False


LIGHT = 0.5  # luminance: a fill at least this light hides no text (the failed-redaction rule's "dark" is 0.35)


def could_hide(box: Any) -> bool:
    """A filled shape that could hide the text under it: not light, or of a colour not known (a pattern)."""
    return box.fill is None or _dark(box.fill)


@functools.lru_cache(maxsize=1024)
def _dark(fill: tuple[float, float, float]) -> bool:
    """Whether the fill is not light (pages repeat a few fills over thousands of shapes: each is judged once)."""
    red, green, blue = (min(max(level, 0.0), 1.0) for level in fill)
    return 0.299 * red + 0.587 * green + 0.114 * blue < LIGHT


ROW = 36.0  # points: the boxes that could hide text are filed by the rows of this height they reach


Content = tuple[list[layout.Run], tuple, tuple, list[str]]  # runs, shape boxes, image boxes, warnings


def _python_content(drawn: _Drawn, textpage: int, to_display, everywhere: bool) -> Content:
    """The page's runs, shapes and images from ``_walk``'s objects, every question asked from Python."""
    _characters(textpage, drawn)
    shapes, images = _number(drawn)
    shape_boxes = tuple(layout.box(*shape.box, to_display, shape.fill, shape.order, shape.is_rectangle) for shape in shapes)
    image_boxes = tuple(layout.box(*corners, to_display, None, 0, True) for corners in images)
    objects = [obj for obj in drawn.texts if obj.order]
    runs = [_run(obj, to_display) for obj in objects]
    boxes = None if everywhere else _hiding(shape_boxes, lambda: min(map(_type_size, objects), default=0.0), runs)
    placed = [(run, obj.pieces, obj.matrix[5]) for obj, run in zip(objects, runs)
              if run.horizontal and obj.pieces and (boxes is None or (boxes and _reached(run, boxes)))]
    if placed:
        _place_glyphs(placed, textpage, to_display)
    return runs, shape_boxes, image_boxes, drawn.warnings


def _type_size(obj: _TextObject) -> float:
    return abs(obj.size) * math.hypot(obj.matrix[2], obj.matrix[3])


def _hiding(boxes: tuple, smallest_of: Callable[[], float], runs: list[layout.Run]) -> dict[int, list[tuple[float, float, float, float, float]]]:
    """The boxes that could hide a character of some run on the page (``could_hide``, tall enough for the smallest
    type on the page, ``smallest_of()``, asked only if a box could hide: see ``_reached``), as (top, bottom, left,
    right, height), by ROW.

    A box taller than any page is filed only in the rows that some run's reach can look in (``_looked_in``): a
    dark box drawn a billion points tall is filed in a page's rows, not in millions of rows no run looks in."""
    rows: dict[int, list[tuple[float, float, float, float, float]]] = {}
    smallest = looked_in = None
    for box in boxes:
        if not could_hide(box):
            continue
        smallest = smallest_of() if smallest is None else smallest
        height = box.bottom - box.top
        if height >= 0.4 * smallest:
            first, last = int(box.top // ROW), int(box.bottom // ROW)
            if last - first > TALLEST_ROWS:
                looked_in = looked_in or _looked_in(runs)
                first, last = max(first, looked_in[0]), min(last, looked_in[1])
            for row in range(first, last + 1):
                rows.setdefault(row, []).append((box.top, box.bottom, box.x0, box.x1, height))
    return rows


TALLEST_ROWS = 200  # 7,200 pt: far taller than any page a court takes


def _looked_in(runs: list[layout.Run]) -> tuple[int, int]:
    """The first and last row that ``_reached`` can look in for any of these runs (or none: an empty range)."""
    if not runs:
        return 0, -1
    reach = max(max(run.size for run in runs), 1.0)
    tops = [run.top for run in runs]
    return int((min(tops) - reach) // ROW), int((max(tops) + reach) // ROW)


def _reached(run: layout.Run, rows: dict) -> bool:
    """Whether a box comes within a type size of the run, tall enough to hide a character of it (not an underline
    or a table's rule): a superset of the boxes the rules find over a character (``ecf.covered``: 60% of its
    height, which is 0.85 of the type size)."""
    reach = max(run.size, 1.0)
    left, right = min(run.x, run.end_x) - 2 * reach, max(run.x, run.end_x) + 2 * reach
    top, bottom, tall = run.top - reach, run.top + reach, 0.4 * run.size
    for row in range(int(top // ROW), int(bottom // ROW) + 1):
        for box_top, box_bottom, x0, x1, height in rows.get(row, ()):
            if box_top < bottom and box_bottom > top and x0 <= right and x1 >= left and height >= tall:
                return True
    return False


def _content_problem(reader: Any, pypdf_page: Any, index: int) -> str | None:
    """Why the page's content streams (and its forms') cannot be read, in the pypdf reader's words, or None.

    PDFium inflates a stream whole and draws nothing from one it cannot decode, saying nothing either way; so
    each stream is first inflated as pypdf inflates it, under its decompression limit (``QuickReader.check_*``:
    plain Flate here, the rest by pypdf): a compression bomb or an unknown filter stops here, and the page is
    reported as not read, as the pypdf reader reports it.
    """
    try:
        reader.check_contents(pypdf_page)
        _inflate_forms(reader, pypdf_page.get("/Resources"), 0)
    except Exception as error:  # noqa: BLE001 - the same boundary as the pypdf reader's page
        return page_not_read(index, error)
    return None


def _inflate_forms(reader: Any, resources: Any, depth: int) -> None:
    resources = resolve(resources)
    xobjects = resolve(resources.get("/XObject")) if hasattr(resources, "get") else None
    if depth > MAX_DEPTH or not hasattr(xobjects, "values"):
        return
    for xobject in xobjects.values():
        xobject = resolve(xobject)
        if hasattr(xobject, "get") and xobject.get("/Subtype") == "/Form":
            reader.check_stream(xobject)
            _inflate_forms(reader, xobject.get("/Resources"), depth + 1)


def _unread_page(pypdf_page: Any, index: int) -> Page:
    """A page whose content was not read: its geometry from pypdf (PDFium parses the content when it loads a page)."""
    box = pypdf_page.mediabox
    media_w, media_h = float(box.width), float(box.height)
    rotation = int(pypdf_page.rotation or 0) % 360
    width, height = (media_h, media_w) if rotation in (90, 270) else (media_w, media_h)
    return Page(number=index + 1, lines=(), width=round(width, 2), height=round(height, 2), media_width=round(media_w, 2),
                media_height=round(media_h, 2), rotation=rotation,
                has_images=reference.page_has_images(pypdf_page.get("/Resources"), 0))


@dataclass
class _MediaBox:
    left: float
    bottom: float
    right: float
    top: float


def _number(drawn: _Drawn) -> tuple[list[_Shape], list[tuple[float, float, float, float]]]:
    """Drawing order as the pypdf reader counts it: each shown text that is not blank, each fill, each image."""
    order = 0
    shapes, images = [], []
    for item in drawn.items:
        if isinstance(item, _TextObject):
            if item.text.strip():
                order += 1
                item.order = order
        elif isinstance(item, list):
            order += 1
            for shape in item:
                shape.order = order
                shapes.append(shape)
        else:
            order += 1
            images.append(item)
    return shapes, images


def _walk(holder: int, count: int, get: Any, parent: Matrix, drawn: _Drawn, depth: int) -> None:
    """Every object in drawing order (``get(holder, i)``: the page's or a form's); a form's objects in its own
    space, mapped by ``parent``. Each fact is asked of PDFium for all the objects at once (``map`` over the
    ctypes function, writing into arrays), so no Python code runs per object and per question."""
    if depth > MAX_DEPTH:
        drawn.warnings.append("forms nested too deeply; the innermost were not read")
        return
    count = max(count, 0)
    handles = list(map(get, repeat(holder, count), range(count)))
    kinds = list(map(_object_type, handles))
    matrices = _matrices(handles)
    if parent is not IDENTITY:
        matrices = list(map(multiply, matrices, repeat(parent, count)))
    texts = iter(_text_objects(_of_kind(handles, kinds, TEXT), _of_kind(matrices, kinds, TEXT), parent, drawn))
    paths = iter(_paths(_of_kind(handles, kinds, PATH), _of_kind(matrices, kinds, PATH)))
    for handle, kind, own in zip(handles, kinds, matrices):
        drawn.objects += 1
        if drawn.objects > MAX_OBJECTS:
            drawn.warnings.append(f"more than {MAX_OBJECTS} drawing objects; the rest was not read")
            return
        if kind == TEXT:
            text = next(texts)
            drawn.texts.append(text)
            drawn.items.append(text)
        elif kind == PATH:
            shapes = next(paths)
            if shapes:
                drawn.items.append(shapes)
        elif kind == IMAGE:
            corners = [_apply(own, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            drawn.items.append((min(xs), min(ys), max(xs), max(ys)))
        elif kind == FORM:
            _walk(handle, _form_count(handle), _form_object, own, drawn, depth + 1)


def _of_kind(values: list, kinds: list[int], kind: int) -> list:
    return list(compress(values, map(kind.__eq__, kinds)))


def _matrices(handles: list[int]) -> list[Matrix]:
    """Each object's matrix, PDFium writing the six numbers of each into its slot of one array."""
    count = len(handles)
    numbers, _ = _slots(ctypes.c_float, 6 * count)
    start, step = numbers.buffer_info()[0], 6 * ctypes.sizeof(ctypes.c_float)
    deque(map(_object_matrix_at, handles, range(start, start + step * count, step)), maxlen=0)
    return list(zip(*[iter(numbers.tolist())] * 6))


_TYPECODES = {ctypes.c_float: "f", ctypes.c_double: "d", ctypes.c_uint: "I", ctypes.c_int: "i"}


def _slots(ctype: Any, count: int) -> tuple[array, range]:
    """An array of ``count`` values and the address of each of its slots, for PDFium to write into.

    An ``array.array``, not a ctypes array: ctypes makes (and keeps for the life of the process) an array type
    for every length asked."""
    values = array(_TYPECODES[ctype], bytes(ctypes.sizeof(ctype) * count))
    start, step = values.buffer_info()[0], ctypes.sizeof(ctype)
    return values, range(start, start + step * count, step)


def _text_objects(handles: list[int], matrices: list[Matrix], parent: Matrix, drawn: _Drawn) -> list[_TextObject]:
    """The text objects' font, size, render mode, fill and clip, each asked for all of them at once."""
    count = len(handles)
    if not count:
        return []
    sizes, size_slots = _slots(ctypes.c_float, count)
    deque(map(_font_size_at, handles, size_slots), maxlen=0)
    modes = list(map(_render_mode, handles))
    fonts = list(map(_text_font, handles))
    for font in set(fonts).difference(drawn.fonts):
        drawn.fonts[font] = _font_name(font) if font else ""
    names = list(map(drawn.fonts.__getitem__, fonts))
    fills = _fills(handles)
    clips = _clip_boxes(handles, parent, drawn)
    return list(map(_TextObject, handles, matrices, clips, names, sizes.tolist(), modes, fills,
                    map(_or_zero, fonts)))


def _or_zero(value: int | None) -> int:
    return value or 0


def _fills(handles: list[int], transparent_is_unknown: bool = False) -> list[tuple[float, float, float] | None]:
    """Each object's fill colour as levels from 0 to 1 (None: a pattern, not known to be dark or light; with
    ``transparent_is_unknown``, also a fill made mostly transparent, which hides nothing)."""
    count = len(handles)
    channels = [_slots(ctypes.c_uint, count) for _ in range(4)]
    known = list(map(_fill_colour_at, handles, *(slots for _, slots in channels)))
    red, green, blue, alpha = (values.tolist() for values, _ in channels)
    levels = _LEVELS
    return [(levels[r], levels[g], levels[b]) if ok and not (transparent_is_unknown and a < 128) else None
            for ok, r, g, b, a in zip(known, red, green, blue, alpha)]


def _clip_boxes(handles: list[int], parent: Matrix, drawn: _Drawn) -> list[tuple[float, float, float, float] | None]:
    """Each object's clip box (``_clip_box``); PDFium says at once which objects have none."""
    clips = list(map(_clip_path, handles))
    counts = list(map(_clip_count, clips))
    return [None if paths <= 0 else _clip_box(clip, paths, parent, drawn) for clip, paths in zip(clips, counts)]


def _font_name(font: int) -> str:
    buffer = ctypes.create_string_buffer(256)
    length = _base_font_name(font, buffer, 256)
    name = buffer.raw[: max(length - 1, 0)].decode("utf-8", "replace") if length else ""
    return SUBSET_TAG.sub("", name, count=1)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _paths(handles: list[int], matrices: list[Matrix]) -> list[list[_Shape]]:
    """Each path's filled subpaths, each its own box, as the pypdf reader records a fill ([] for a path that is
    not filled); the draw modes and fills asked for all the paths at once."""
    count = len(handles)
    fill_modes, fill_slots = _slots(ctypes.c_int, count)
    strokes, stroke_slots = _slots(ctypes.c_int, count)
    known = list(map(_draw_mode_at, handles, fill_slots, stroke_slots))
    filled = [bool(ok and mode) for ok, mode in zip(known, fill_modes.tolist())]
    fills = iter(_fills(list(compress(handles, filled)), transparent_is_unknown=True))
    return [_subpaths(handle, matrix, next(fills)) if is_filled else []
            for handle, matrix, is_filled in zip(handles, matrices, filled)]


def _subpaths(handle: int, matrix: Matrix, fill: tuple[float, float, float] | None) -> list[_Shape]:
    count = max(_count_segments(handle), 0)
    segments = list(map(_get_segment, repeat(handle, count), range(count)))
    xs, x_slots = _slots(ctypes.c_float, count)
    ys, y_slots = _slots(ctypes.c_float, count)
    deque(map(_segment_point_at, segments, x_slots, y_slots), maxlen=0)
    points = list(map(_apply, repeat(matrix, count), xs.tolist(), ys.tolist()))
    moves = compress(range(1, count), map(eq, map(_segment_type, segments[1:]), repeat(MOVETO)))
    starts = [0, *moves] if count else []
    shapes = []
    for start, end in zip(starts, [*starts[1:], count]):
        subpath = points[start:end]
        xs_, ys_ = [p[0] for p in subpath], [p[1] for p in subpath]
        shapes.append(_Shape((min(xs_), min(ys_), max(xs_), max(ys_)), fill, _rectangle(subpath)))
    return shapes


def _rectangle(points: list[tuple[float, float]]) -> bool:
    """Four corners (the ``re`` operator, or m/l), a fifth closing the path: a box."""
    corners = points[:4] if len(points) == 5 and _near(points[0], points[4]) else points
    if len(corners) == 4 and _axis_aligned_box(corners):
        return True
    # ``re`` under a rotated matrix: a parallelogram of four corners, as the pypdf reader counts it.
    if len(corners) == 4:
        (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
        # A box of no width drawn corner by corner is a line to the pypdf reader (its corners are not four).
        sides = min(math.hypot(bx - ax, by - ay), math.hypot(dx - ax, dy - ay))
        return abs(ax + cx - bx - dx) < 0.01 and abs(ay + cy - by - dy) < 0.01 and sides >= 0.05
    return False


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 0.01 and abs(a[1] - b[1]) < 0.01


_LEVELS = tuple(round(level / 255, 4) for level in range(256))  # PDFium's 0-255 levels as the 0-1 the Document holds


def _fill(known: int, red: int, green: int, blue: int) -> tuple[float, float, float] | None:
    """A fill the C part read (known or not, and PDFium's 0-255 levels) as the Document holds it."""
    return (_LEVELS[red], _LEVELS[green], _LEVELS[blue]) if known else None


def _clip_box(clip: int, paths: int, parent: Matrix, drawn: _Drawn) -> tuple[float, float, float, float] | None:
    """The bounding box of a clip of ``paths`` paths on the page.

    Objects drawn under one clip share its paths in PDFium: a segment's handle is the address of its point in
    the shared path, so the first segment of each path names the clip, and its box is worked out once a page."""
    counts = [_clip_segments(clip, path) for path in range(paths)]
    key = (parent, tuple(counts), tuple(_clip_segment(clip, path, 0) if n > 0 else 0 for path, n in enumerate(counts)))
    if key not in drawn.clips:
        drawn.clips[key] = _clip_points_box(clip, counts, parent)
    return drawn.clips[key]


def _clip_points_box(clip: int, counts: list[int], parent: Matrix) -> tuple[float, float, float, float] | None:
    box = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(len(counts)):
        points = []
        for i in range(counts[path]):
            _segment_point(_clip_segment(clip, path, i), ctypes.byref(x), ctypes.byref(y))
            points.append(_apply(parent, x.value, y.value))
        if not points:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        this = (min(xs), min(ys), max(xs), max(ys))
        box = this if box is None else (max(box[0], this[0]), max(box[1], this[1]), min(box[2], this[2]), min(box[3], this[3]))
    return box


def _characters(textpage: int, drawn: _Drawn) -> None:
    """Give each text object its characters: one pass over the text page.

    The text comes in one call, each character's owner from ``_owned_pieces``; of the positions, only the last
    character's origin (where the run ends) and the one before it (the character spacing) are asked here, for
    all objects at once: the others are asked for the runs that need them (``_place_glyphs``)."""
    text = _page_text(textpage)
    if not text:
        return
    count = len(text)
    by_handle = {obj.handle: obj for obj in drawn.texts}
    for owner, start, end in _owned_pieces(textpage, count, text, by_handle):
        if owner is not None:
            owner.pieces.append((start, end))
    owning = [obj for obj in drawn.texts if obj.pieces]
    for obj in owning:
        obj.text = _text_of(text, obj.pieces)
    _ends(textpage, owning)


def _text_of(text: str, pieces: list[tuple[int, int]]) -> str:
    chars = text[pieces[0][0]:pieces[0][1]] if len(pieces) == 1 else "".join(text[a:b] for a, b in pieces)
    return chars.replace(LINE_END_HYPHEN, "-") if LINE_END_HYPHEN in chars else chars


def _page_text(textpage: int) -> str:
    """The text page's text, one code point per character (a line-end hyphen as LINE_END_HYPHEN)."""
    count = _count_chars(textpage)
    if count <= 0:
        return ""
    buffer = array("H", bytes(2 * (count + 1)))  # not a ctypes buffer: see _slots
    written = _get_text(textpage, 0, count, buffer.buffer_info()[0]) - 1  # UTF-16 units, without the closing NUL
    text = buffer.tobytes()[: count * 2].decode("utf-16-le", "replace")
    # One by one where the text is not one unit per character: a character past U+FFFF takes two units, and a
    # control character (CPDF_TextPage::IsControlChar: 0x2, 0x3, 0x93-0x98, 0xFFFE) has a place in the page but
    # none in its text, which shifted every later character onto the wrong place (nysd_13cv4384's headers).
    if written != count or len(text) != count:
        text = "".join(map(chr, map(_get_unicode, repeat(textpage, count), range(count)))).replace("\x02", LINE_END_HYPHEN)
    if LINE_END_HYPHEN in text:
        # 0xFFFE marks a line-end hyphen (its Unicode 0x2) and also a character with no Unicode at all (0), which
        # is not a hyphen: U+0000, as the pypdf reader shows it (cand_18cv5814's icon font in a web-archive banner).
        chars = list(text)
        for match in re.finditer(LINE_END_HYPHEN, text):
            if not _get_unicode(textpage, match.start()):
                chars[match.start()] = "\x00"
        text = "".join(chars)
    return text


def _ends(textpage: int, objects: list[_TextObject]) -> None:
    """Where each object's last character starts, and the pen's advance after it (``_pen_after``)."""
    lasts = [obj.pieces[-1][1] - 1 for obj in objects]
    last_x, last_y = _origins_at(textpage, lasts)
    befores = [(last - 1 if obj.pieces[-1][1] - obj.pieces[-1][0] >= 2 else
                (obj.pieces[-2][1] - 1 if len(obj.pieces) > 1 else None)) for obj, last in zip(objects, lasts)]
    with_before = [i for i, before in enumerate(befores) if before is not None]
    before_x, _ = _origins_at(textpage, [befores[i] for i in with_before])
    for obj, x, y in zip(objects, last_x, last_y):
        obj.last_x, obj.last_y = x, y
    for i, x in zip(with_before, before_x):
        objects[i].before_last_x = x
    fonted = [obj for obj in objects if obj.font_handle]
    widths = _glyph_widths([obj.font_handle for obj in fonted], [ord(obj.text[-1]) for obj in fonted],
                           [obj.size for obj in fonted])
    spacings = _char_spacings(fonted)
    for obj, width, spacing in zip(fonted, widths, spacings):
        if width is not None:
            obj.advance = width + spacing  # in text space: the matrix carries it onto the page
    box = _FSRect()
    for obj in objects:
        if obj.advance is None and _loose_box(textpage, obj.pieces[-1][1] - 1, ctypes.byref(box)):
            obj.end = (box.left, box.right, box.bottom, box.top)


def _origins_at(textpage: int, indices: list[int]) -> tuple[list[float], list[float]]:
    """The origin (x, y) of each character at ``indices`` of the text page, asked all at once."""
    xs, x_slots = _slots(ctypes.c_double, len(indices))
    ys, y_slots = _slots(ctypes.c_double, len(indices))
    deque(map(_char_origin_at, repeat(textpage, len(indices)), indices, x_slots, y_slots), maxlen=0)
    return xs.tolist(), ys.tolist()


def _glyph_widths(fonts: list[int], codes: list[int], sizes: list[float]) -> list[float | None]:
    """Each glyph's advance width at its size, in text space (None: PDFium does not know it)."""
    widths, slots = _slots(ctypes.c_float, len(fonts))
    known = list(map(_glyph_width_at, fonts, codes, sizes, slots))
    return [width if ok and width > 0 else None for ok, width in zip(known, widths.tolist())]


def _char_spacings(objects: list[_TextObject]) -> list[float]:
    """The character spacing (Tc) the pen moves after each glyph, as measured between each object's last two
    characters (PDFium keeps Tc to itself); 0 where that pair holds a space, which word spacing may widen too."""
    measured = [i for i, obj in enumerate(objects)
                if obj.before_last_x is not None and obj.text[-2:-1] not in ("", " ") and obj.matrix[0] != 0]
    spacings = [0.0] * len(objects)
    pairs = [objects[i] for i in measured]
    widths = _glyph_widths([obj.font_handle for obj in pairs], [ord(obj.text[-2]) for obj in pairs],
                           [obj.size for obj in pairs])
    for i, obj, width in zip(measured, pairs, widths):
        if width is not None:
            spacing = (obj.last_x - obj.before_last_x) / obj.matrix[0] - width
            spacings[i] = spacing if abs(spacing) > 0.001 * abs(obj.size or 1) else 0.0
    return spacings


def _native_content(native: pdfium_native.PageObjects, textpage: int, to_display, page_box: tuple, everywhere: bool) -> Content:
    """The page's runs, shapes and images from what the C part read (``pdfium_native``), as ``_python_content``
    makes them from ``_walk``'s objects: the same numbering, the same boxes, the same runs. ``page_box``: the
    page's rotation, then its media box's left, bottom, right and top."""
    text = _page_text(textpage)
    if text:
        native.characters(textpage, text)
    native.runs(page_box[0], page_box[1:])
    found = _NativeTexts(native.arrays(), text)
    orders, shape_boxes, image_boxes = found.numbered()
    ordered = [t for t, order in enumerate(orders) if order]
    runs = found.runs(ordered, orders, to_display)
    boxes = None if everywhere else _hiding(shape_boxes, lambda: found.smallest_type_size(ordered), runs)
    placed = [(run, found.pieces_of(t), found.doubles[T_DOUBLES * t + 5]) for t, run in zip(ordered, runs)
              if run.horizontal and found.counts[t] and (boxes is None or (boxes and _reached(run, boxes)))]
    if placed:
        mapped = [(pieces, *_display_x(to_display, y)) for _, pieces, y in placed]
        for (run, _, _), glyph_x in zip(placed, native.glyphs(textpage, mapped)):
            run.glyph_x = glyph_x
    return runs, shape_boxes, image_boxes, native.warnings(f"more than {MAX_OBJECTS} drawing objects; the rest was not read")


T_DOUBLES, T_INTS, RUN_DOUBLES = pdfium_native.TEXT_DOUBLES, pdfium_native.TEXT_INTS, pdfium_native.RUN_DOUBLES


class _NativeTexts:
    """The C part's arrays for one page, read column by column (see native/pdfium_pages.c for their layout)."""

    def __init__(self, arrays: dict[str, list], text: str) -> None:
        self.arrays, self.doubles, self.ints = arrays, arrays["text_doubles"], arrays["text_ints"]
        self.places, self.pieces = arrays["runs"], arrays["pieces"]
        self.firsts, self.counts = self.ints[10::T_INTS], self.ints[11::T_INTS]
        parts = list(map(text.__getitem__, map(slice, self.pieces[0::2], self.pieces[1::2])))  # each piece's text
        self.texts = [parts[first] if count == 1 else "".join(parts[first:first + count])
                      for first, count in zip(self.firsts, self.counts)]
        if LINE_END_HYPHEN in text:
            self.texts = [chars.replace(LINE_END_HYPHEN, "-") for chars in self.texts]
        names = {font: _font_name(font) if font else "" for font in set(arrays["text_fonts"])}
        self.fonts = list(map(names.__getitem__, arrays["text_fonts"]))

    def pieces_of(self, t: int) -> list[tuple[int, int]]:
        start, stop = 2 * self.firsts[t], 2 * (self.firsts[t] + self.counts[t])
        return list(zip(self.pieces[start:stop:2], self.pieces[start + 1:stop:2]))

    def fill(self, t: int) -> tuple[float, float, float] | None:
        return _fill(*self.ints[T_INTS * t + 1:T_INTS * t + 5])

    def numbered(self) -> tuple[list[int], tuple[Box, ...], tuple[Box, ...]]:
        """Drawing order as ``_number`` counts it: each text's order (0: blank), then the boxes of the filled
        subpaths and of the images on the displayed page (``layout.box``'s, the C part's numbers). Every item but
        a blank text takes the next number; the texts are the text items in item order, so the counting runs in
        C (``accumulate``) over the items."""
        items, texts = self.arrays["items"], self.texts
        kinds = items[0::3]
        at_item = list(compress(range(len(kinds)), map(pdfium_native.TEXT.__eq__, kinds)))  # each text's item
        blank = list(map(or_, map(not_, texts), map(str.isspace, texts)))  # what str.strip() leaves empty
        steps = [1] * len(kinds)
        deque(map(steps.__setitem__, compress(at_item, blank), repeat(0)), maxlen=0)
        numbers = list(accumulate(steps))
        orders = [0 if is_blank else numbers[item] for item, is_blank in zip(at_item, blank)]
        # A path's subpaths follow one another in item order: each takes its path's number.
        paths = list(compress(range(len(kinds)), map(pdfium_native.PATH.__eq__, kinds)))
        shape_orders = chain.from_iterable(map(repeat, map(numbers.__getitem__, paths), (items[3 * item + 2] for item in paths)))
        flags, shown = self.arrays["subpath_ints"], self.arrays["subpath_shown"]
        fills = list(map(_fill, flags[0::6], flags[1::6], flags[2::6], flags[3::6]))
        shapes = tuple(map(Box.placed, shown[0::4], shown[1::4], shown[2::4], shown[3::4], fills, shape_orders,
                           self._rectangles()))
        pictures = self.arrays["image_shown"]
        images = tuple(map(Box.placed, pictures[0::4], pictures[1::4], pictures[2::4], pictures[3::4], repeat(None),
                           repeat(0), repeat(True)))
        return orders, shapes, images

    def _rectangles(self) -> list[bool]:
        """Whether each subpath is a box (``_rectangle``): the C part's answer, or Python's where it left four
        corners to judge (2)."""
        kinds, flags, points = self.arrays["subpath_kinds"], self.arrays["subpath_ints"], self.arrays["points"]
        rectangles = list(map(bool, kinds))
        for subpath in compress(range(len(kinds)), map((2).__eq__, kinds)):
            first, many = flags[6 * subpath + 4], flags[6 * subpath + 5]
            rectangles[subpath] = _rectangle(list(zip(points[2 * first:2 * (first + many):2], points[2 * first + 1:2 * (first + many):2])))
        return rectangles

    def smallest_type_size(self, ordered: list[int]) -> float:
        """The least ``_type_size`` of these texts (0 for none): the C part's run size where it placed the run (there
        it is the same number)."""
        sizes = self._column(self.places, 1, RUN_DOUBLES, ordered)
        for i in self._left_to_python(ordered):
            sizes[i] = _type_size(self.text_object(ordered[i]))
        return min(sizes, default=0.0)

    def runs(self, ordered: list[int], orders: list[int], to_display) -> list[layout.Run]:
        """The runs of these texts: placed by the C part, or by ``_run`` where it left them (a rotated matrix)."""
        places, texts, fonts, ints, make = self.places, self.texts, self.fonts, self.ints, layout.Run
        runs = []
        for t in ordered:
            at = RUN_DOUBLES * t
            if not places[at]:
                obj = self.text_object(t)
                obj.order = orders[t]
                runs.append(_run(obj, to_display))
                continue
            _, x, top, end_x, horizontal, visible, size = places[at + 1:at + RUN_DOUBLES]  # size: round(size, 2)
            fill = _fill(*ints[T_INTS * t + 1:T_INTS * t + 5])
            runs.append(make(texts[t], fonts[t], size, x, top, end_x, bool(horizontal), bool(visible), fill, orders[t], ()))
        return runs

    def _left_to_python(self, ordered: list[int]) -> list[int]:
        """The places in ``ordered`` of the texts whose run the C part did not work out (a rotated or skewed matrix)."""
        return list(compress(range(len(ordered)), map(not_, self._column(self.places, 0, RUN_DOUBLES, ordered))))

    @staticmethod
    def _column(values: Any, field: int, width: int, ordered: list[int]) -> list:
        """Field ``field`` of rows ``width`` wide, of each of these texts."""
        return list(map(values[field::width].__getitem__, ordered))

    def text_object(self, t: int) -> _TextObject:
        """The text object as ``_walk`` and ``_characters`` make it (for ``_run`` where the C part left the run)."""
        row, flags = self.doubles[T_DOUBLES * t:T_DOUBLES * (t + 1)], self.ints[T_INTS * t:T_INTS * (t + 1)]
        font = self.arrays["text_fonts"][t]
        obj = _TextObject(self.arrays["text_handles"][t], tuple(row[0:6]), tuple(row[6:10]) if flags[5] else None,
                          self.fonts[t], row[10], flags[0], self.fill(t), font or 0)
        if flags[11]:
            obj.pieces, obj.text = self.pieces_of(t), self.texts[t]
            obj.last_x, obj.last_y = row[11], row[12]
            obj.before_last_x = row[13] if flags[7] else None
            obj.advance = row[14] if flags[8] else None
            obj.end = tuple(row[15:19]) if flags[9] else None
        return obj


def _owned_pieces(textpage: int, count: int, text: str, by_handle: dict[int, _TextObject]) -> list[tuple]:
    """The text page as pieces (owner, start, end): consecutive characters of one text object, after
    ``_spaces_joined`` (owner None: characters PDFium made up, such as line breaks)."""
    owners = _owners(textpage, count, text, by_handle)
    _spaces_joined(owners, text)
    changes = list(compress(range(1, count), map(is_not, owners[1:], owners[:-1])))  # found in C
    starts, ends = [0, *changes], [*changes, count]
    return list(zip(map(owners.__getitem__, starts), starts, ends))


def _owners(textpage: int, count: int, text: str, by_handle: dict[int, _TextObject]) -> list[_TextObject | None]:
    """The text object each character of the text page belongs to (None: a character PDFium made up).

    Left-to-right text keeps each object's characters together, in drawing order: so PDFium is asked every
    STRIDE characters, and between two answers naming the same object, with no line break between, every
    character is that object's; elsewhere (where one object ends and the next begins) each character is asked.
    Every step is a ``map`` over a C function (PDFium's or a list's), no Python code per character or per
    stride. Right-to-left text, which PDFium reorders, is asked character by character."""
    if count <= STRIDE or RIGHT_TO_LEFT.search(text):
        return list(map(by_handle.get, map(_char_object, repeat(textpage, count), range(count))))
    asked = list(range(0, count - 1, STRIDE)) + [count - 1]
    answers = list(map(by_handle.get, map(_char_object, repeat(textpage, len(asked)), asked)))
    breaks = [match.start() for match in LINE_BREAK.finditer(text)]
    breaks_before = list(map(bisect_left, repeat(breaks, len(asked)), asked))
    # A stride is one object's where both its ends are that object's and no line break lies between them.
    one_owner = map(and_, map(is_, answers[:-1], answers[1:]), map(eq, breaks_before[:-1], breaks_before[1:]))
    owned = list(map(and_, one_owner, map(is_not, answers[:-1], repeat(None))))
    owners = list(chain.from_iterable(map(repeat, answers[:-1], map(sub, asked[1:], asked[:-1]))))
    owners.append(answers[-1])
    mixed = list(compress(range(len(owned)), map(not_, owned)))
    inside = list(chain.from_iterable(map(range, [asked[k] + 1 for k in mixed], [asked[k + 1] for k in mixed])))
    asked_owners = map(by_handle.get, map(_char_object, repeat(textpage, len(inside)), inside))
    deque(map(owners.__setitem__, inside, asked_owners), maxlen=0)
    return owners


def _spaces_joined(owners: list, text: str) -> None:
    """A space PDFium made up for a wide gap inside one text object (a TJ offset) belongs to that object,
    as the pypdf reader puts one there; line breaks and gaps between objects belong to none."""
    unowned = compress(range(len(owners)), map(is_, owners, repeat(None)))  # found in C: most characters have an owner
    for i in [i for i in unowned if 0 < i < len(owners) - 1 and text[i] == " "]:
        if owners[i - 1] is not None and owners[i - 1] is owners[i + 1]:
            owners[i] = owners[i + 1]


def _place_glyphs(placed: list[tuple[layout.Run, list[tuple[int, int]], float]], textpage: int, to_display) -> None:
    """Where each character of these runs starts on the displayed page (each run is horizontal there: its x
    is an affine map of the page's x): ``placed`` holds each run, its characters' places in the text page and
    its text matrix's y. PDFium is asked where every character starts at once (``_origins_at``); the C part
    has its own (``PageObjects.glyphs``)."""
    indices = list(chain.from_iterable(range(start, end) for _, pieces, _ in placed for start, end in pieces))
    xs = _origins_at(textpage, indices)[0]
    at = 0
    for run, pieces, y in placed:
        count = sum(end - start for start, end in pieces)
        scale, offset = _display_x(to_display, y)
        run.glyph_x = _placed(xs[at:at + count], scale, offset)
        at += count


def _display_x(to_display, y: float) -> tuple[float, float]:
    """The scale and offset that take x on the page, along the baseline at height y, to x on the displayed page."""
    offset = to_display(0.0, y)[0]
    return to_display(1.0, y)[0] - offset, offset


def _run(obj: _TextObject, to_display) -> layout.Run:
    """The object's run on the displayed page, its characters not yet placed (``_place_glyphs`` or the C part's
    ``glyphs`` place those needed)."""
    m = obj.matrix
    x, y = m[4], m[5]
    size = abs(obj.size) * math.hypot(m[2], m[3])
    length = math.hypot(m[0], m[1]) or 1.0
    direction = (m[0] / length, m[1] / length)
    end_x, end_y = _pen_after(obj, direction) if obj.last_x is not None else (x, y)
    dx, top = to_display(x, y)
    ahead_x, ahead_top = to_display(x + direction[0], y + direction[1])
    horizontal = ahead_x - dx > 0.9 and abs(ahead_top - top) < 0.3
    end_dx, _ = to_display(end_x, end_y)
    clipped = obj.clip is not None and not _inside(obj.clip, (x + end_x) / 2, y + size * 0.3)
    visible = obj.render_mode not in (3, 7) and not clipped
    return layout.Run(obj.text, obj.font, round(size, 2), dx, top, end_dx if horizontal else dx, horizontal,
                      visible, obj.fill, obj.order, ())


def _placed(starts: list[float], scale: float, offset: float) -> tuple[float, ...]:
    """``round(scale * x + offset, 2)`` of every start; on an upright page (scale 1 or -1, the same floats
    exactly) by ``map`` alone, no Python code per character."""
    if scale == 1.0:
        return tuple(map(round, map(offset.__add__, starts), repeat(2, len(starts))))
    if scale == -1.0:
        return tuple(map(round, map(offset.__sub__, starts), repeat(2, len(starts))))
    return tuple([round(scale * gx + offset, 2) for gx in starts])


def _pen_after(obj: _TextObject, direction: tuple[float, float]) -> tuple[float, float]:
    """Where the pen stands after the last character: its origin moved along the baseline by its advance
    (the far side of PDFium's loose character box, which is as wide as the glyph's advance)."""
    origin_x, origin_y = obj.last_x, obj.last_y
    if obj.advance is not None:
        m = obj.matrix
        return origin_x + obj.advance * m[0], origin_y + obj.advance * m[1]
    if obj.end is None:
        return origin_x, origin_y
    left, right, bottom, top = obj.end
    advance = max((cx - origin_x) * direction[0] + (cy - origin_y) * direction[1]
                  for cx in (left, right) for cy in (bottom, top))
    return origin_x + advance * direction[0], origin_y + advance * direction[1]


def _inside(clip: tuple[float, float, float, float], x: float, y: float) -> bool:
    return clip[0] - 1 <= x <= clip[2] + 1 and clip[1] - 1 <= y <= clip[3] + 1
