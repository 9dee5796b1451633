"""The PDFium reader's questions about a page's objects and characters, asked in C where that part was built.

``readers/pdfium.py`` asks PDFium about each page object (matrix, font, size, render mode, fill, clip) and each
character (its owner, the origins at the ends of runs) through ctypes: about a million calls on the shared
corpus, each at ctypes' fixed price. ``native/pdfium_pages.c`` asks the same questions of the same PDFium
functions (their addresses are handed over from pypdfium2's library; nothing is linked) and returns arrays of
numbers, from which this module builds the reader's own objects. It is built by ``pip install`` as the optional
extension ``_filelint_pdfium`` (setuptools skips it where no C compiler is at hand); without it, or with
``FILELINT_PURE_PYTHON=1`` in the environment, the reader asks every question from Python, and
``tests/test_reader_differential.py`` proves both ways build identical Documents.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
from array import array
from typing import Any

import pypdfium2_raw

LIBRARY = "_filelint_pdfium"
TEXT, PATH, IMAGE = 1, 2, 3
TEXT_DOUBLES, TEXT_INTS, SUBPATH_INTS, RUN_DOUBLES = 19, 12, 6, 8
WARNINGS = {1: "forms nested too deeply; the innermost were not read"}

# The PDFium functions the C code calls, in the order of its Api struct.
API = ("FPDFPage_CountObjects", "FPDFPage_GetObject", "FPDFFormObj_CountObjects", "FPDFFormObj_GetObject",
       "FPDFPageObj_GetType", "FPDFPageObj_GetMatrix", "FPDFPageObj_GetFillColor", "FPDFTextObj_GetFontSize",
       "FPDFTextObj_GetTextRenderMode", "FPDFTextObj_GetFont", "FPDFPageObj_GetClipPath", "FPDFClipPath_CountPaths",
       "FPDFClipPath_CountPathSegments", "FPDFClipPath_GetPathSegment", "FPDFPathSegment_GetPoint",
       "FPDFPathSegment_GetType", "FPDFPath_GetDrawMode", "FPDFPath_CountSegments", "FPDFPath_GetPathSegment",
       "FPDFText_GetTextObject", "FPDFText_GetCharOrigin", "FPDFFont_GetGlyphWidth", "FPDFText_GetLooseCharBox")


class _Vec(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("length", ctypes.c_long), ("capacity", ctypes.c_long),
                ("item", ctypes.c_long)]


VECTORS = ("items", "text_handles", "text_fonts", "text_doubles", "text_ints", "subpath_doubles", "subpath_ints",
           "points", "images", "pieces", "runs", "warnings", "subpath_shown", "image_shown", "subpath_kinds")


class _Page(ctypes.Structure):
    _fields_ = [*((name, _Vec) for name in VECTORS), ("objects", ctypes.c_long), ("max_objects", ctypes.c_long),
                ("max_depth", ctypes.c_int), ("failed", ctypes.c_int)]


class _Api(ctypes.Structure):
    _fields_ = [(name, ctypes.c_void_p) for name in API]


def _load() -> tuple[Any, Any] | None:
    if os.environ.get("FILELINT_PURE_PYTHON"):
        return None
    try:
        spec = importlib.util.find_spec(LIBRARY)
        if spec is None or not spec.origin:
            return None
        library = ctypes.CDLL(spec.origin)
    except (ImportError, OSError, ValueError):
        return None
    pdfium = pypdfium2_raw.bindings._libs["pdfium"]
    api = _Api(*(ctypes.cast(getattr(pdfium, name), ctypes.c_void_p).value for name in API))
    library.filelint_walk.restype = ctypes.POINTER(_Page)
    library.filelint_walk.argtypes = [ctypes.POINTER(_Api), ctypes.c_void_p, ctypes.c_long, ctypes.c_int]
    library.filelint_characters.restype = ctypes.c_int
    library.filelint_characters.argtypes = [ctypes.POINTER(_Api), ctypes.POINTER(_Page), ctypes.c_void_p,
                                            ctypes.c_char_p, ctypes.c_int]
    library.filelint_runs.restype = ctypes.c_int
    library.filelint_runs.argtypes = [ctypes.POINTER(_Page), ctypes.c_int, *[ctypes.c_double] * 4]
    library.filelint_glyphs.restype = None
    library.filelint_glyphs.argtypes = [ctypes.POINTER(_Api), ctypes.c_void_p, *[ctypes.c_void_p] * 4, ctypes.c_long,
                                        ctypes.c_void_p]
    library.filelint_free.restype = None
    library.filelint_free.argtypes = [ctypes.POINTER(_Page)]
    return library, api


_NATIVE = _load()


def available() -> bool:
    """Whether the C part was built and is used (``FILELINT_PURE_PYTHON`` unset)."""
    return _NATIVE is not None


_memory = ctypes.pythonapi.PyMemoryView_FromMemory  # a read-only memoryview over C memory: no copy, no ctypes type
_memory.restype, _memory.argtypes = ctypes.py_object, (ctypes.c_void_p, ctypes.c_ssize_t, ctypes.c_int)
_READ_ONLY = 0x100  # PyBUF_READ


def _values(vector: _Vec, code: str) -> Any:
    """The vector's values (``code``: a struct format, "d", "i" or "P"), read in place, valid until ``close``.

    A memoryview: reading its elements costs a tenth of a ctypes array's, and no ctypes array type is made for
    each length (ctypes keeps every such type for the life of the process)."""
    if not vector.length:
        return []
    return _memory(vector.data, vector.length * vector.item, _READ_ONLY).cast(code)


_CODES = {"text_handles": "P", "text_fonts": "P", "text_doubles": "d", "subpath_doubles": "d", "points": "d", "images": "d",
          "runs": "d", "subpath_shown": "d", "image_shown": "d"}  # the rest hold C ints


class PageObjects:
    """One page's objects and characters as the C part read them: the arrays of ``native/pdfium_pages.c``."""

    def __init__(self, page: int, max_objects: int, max_depth: int) -> None:
        library, api = _NATIVE
        self._library, self._api = library, ctypes.byref(api)
        self._page = library.filelint_walk(self._api, page, max_objects, max_depth)
        if not self._page:
            raise MemoryError("the page's objects could not be read (out of memory)")

    def text_count(self) -> int:
        """How many text objects the page has (forms' included)."""
        return self._page.contents.text_handles.length

    def characters(self, textpage: int, text: str) -> None:
        """Give each text object its characters (``text``: the page's text, one code point per character)."""
        if not self._library.filelint_characters(self._api, self._page, textpage, text.encode("utf-32-le", "surrogatepass"),
                                                 len(text)):
            raise MemoryError("the page's characters could not be read (out of memory)")

    def runs(self, rotation: int, box: tuple[float, float, float, float]) -> None:
        """Work out each text object's run on the displayed page (``rotation``; ``box``: the media box's left,
        bottom, right, top), where its matrix neither rotates nor skews it; and each filled subpath's and image's
        box there, and whether each subpath is a box (``_rectangle``; 2: four corners for Python to judge)."""
        if not self._library.filelint_runs(self._page, rotation, *box):
            raise MemoryError("the page's runs could not be placed (out of memory)")

    def glyphs(self, textpage: int, runs: list[tuple[list[tuple[int, int]], float, float]]) -> list[tuple[float, ...]]:
        """Where each character of these runs starts on the displayed page, rounded to hundredths as round(x, 2)
        does: each run given as its characters' places in the text page (start, end), and the scale and offset
        that take its x on the page to the displayed x."""
        flat = array("i", [index for pieces, _, _ in runs for piece in pieces for index in piece])
        counts = array("i", [len(pieces) for pieces, _, _ in runs])
        scales, offsets = array("d", [scale for _, scale, _ in runs]), array("d", [offset for _, _, offset in runs])
        total = sum(end - start for pieces, _, _ in runs for start, end in pieces)
        out = array("d", bytes(8 * total))
        # array.array, not ctypes arrays: ctypes would make (and keep) an array type for every length
        self._library.filelint_glyphs(self._api, textpage, *(values.buffer_info()[0] for values in (flat, counts, scales, offsets)),
                                      len(runs), out.buffer_info()[0])
        placed, at = [], 0
        for pieces, _, _ in runs:
            count = sum(end - start for start, end in pieces)
            placed.append(tuple(out[at:at + count]))
            at += count
        return placed

    def close(self) -> None:
        if self._page:
            self._library.filelint_free(self._page)
            self._page = None

    def arrays(self) -> dict[str, Any]:
        """Every array the C part filled, read in place (sequences of numbers, valid until ``close``): a page
        has millions of numbers, of which a few are read. A page the C part could not read whole (out of memory)
        is an error, never a page with objects missing."""
        page = self._page.contents
        if page.failed:
            raise MemoryError("the page's objects could not all be read (out of memory)")
        return {name: _values(getattr(page, name), _CODES.get(name, "i")) for name in VECTORS}

    def warnings(self, too_many: str) -> list[str]:
        return [WARNINGS.get(code, too_many) for code in _values(self._page.contents.warnings, "i")]
