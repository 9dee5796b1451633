"""The document model every rule reads: built once per file by a reader.

A :class:`Document` holds pages; a :class:`Page` holds its text :class:`Line` s in
reading order, each tagged with the band it sits in (header, body, footer) and the
pleading-paper line it sits on. PDF-only facts (fonts, annotations, JavaScript...)
live in :class:`PdfFacts`. Everything here is immutable: rules read it, never change it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Band(str, Enum):
    """Where on the page a line sits."""

    HEADER = "header"  # top margin: the ECF file stamp, running heads
    BODY = "body"
    FOOTER = "footer"  # bottom margin: paper title, case number, page number
    MARGIN = "margin"  # text running another way: sideways banners, rotated stamps
    HIDDEN = "hidden"  # Word: kept in the file but not shown (deleted text, comments, hidden text, properties)


def _made(cls: type, fields: dict[str, Any]) -> Any:
    """An instance of the frozen dataclass ``cls`` with these fields (every one, in field order), made without its
    ``__init__``, which sets each field through ``object.__setattr__``: the same object in about half the time.
    For the objects the PDF readers make by the hundred thousand (``Span.placed``, ``Box.placed``, ``Line.placed``)."""
    made = object.__new__(cls)
    object.__setattr__(made, "__dict__", fields)
    return made


@dataclass(frozen=True)
class Span:
    """A run of text in one font at one effective size (PDF only).

    Coordinates are points on the page as displayed: ``x`` from the left edge, ``y``
    (the baseline) down from the top edge.
    """

    text: str
    font: str
    size: float  # effective size in points: font size scaled by the text and CTM matrices
    x: float
    y: float
    end_x: float = 0.0  # where the text ends
    visible: bool = True  # False for render mode 3 (invisible), as in OCR layers
    fill: tuple[float, float, float] | None = (0.0, 0.0, 0.0)
    order: int = 0  # drawing order on the page: what is drawn later covers it
    # Where each character starts; () where no reader placed them: the PDFium reader places the characters of
    # runs that a box which could hide them reaches (readers/pdfium.py), the pypdf reader every run's.
    glyph_x: tuple[float, ...] = ()
    size_from: str = ""  # Word: what declares the size ("the style 'Footnote Text'", "direct formatting")

    @classmethod
    def placed(cls, text: str, font: str, size: float, x: float, y: float, end_x: float, visible: bool,
               fill: tuple[float, float, float] | None, order: int, glyph_x: tuple[float, ...]) -> Span:
        """``Span(text, font, size, x, y, end_x, visible, fill, order, glyph_x)``, made in about half the time.

        The PDF readers make one per run, 100k over the corpus: see ``_made`` (tests/test_layout.py checks every
        field, a new one included).
        """
        return _made(cls, {"text": text, "font": font, "size": size, "x": x, "y": y, "end_x": end_x, "visible": visible,
                           "fill": fill, "order": order, "glyph_x": glyph_x, "size_from": ""})


@dataclass(frozen=True)
class Box:
    """A painted area on the displayed page: a filled shape or an image."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: tuple[float, float, float] | None = None  # None: an image, a pattern or an unknown colour
    order: int = 0
    is_rectangle: bool = True

    @classmethod
    def placed(cls, x0: float, top: float, x1: float, bottom: float, fill: tuple[float, float, float] | None, order: int,
               is_rectangle: bool) -> Box:
        """``Box(x0, top, x1, bottom, fill, order, is_rectangle)``, made as :meth:`Span.placed` is and for its reason
        (the PDFium reader makes one per filled subpath: 15k over the corpus)."""
        return _made(cls, {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": fill, "order": order,
                           "is_rectangle": is_rectangle})


@dataclass(frozen=True)
class Line:
    """One line of text on a page.

    ``index`` counts every line on the page from 1 (top to bottom). ``pleading_line``
    is the number printed in the pleading paper's left margin beside it, when the page
    has numbered lines. ``y`` is the baseline measured down from the top of the page
    as displayed (None for text files). A text draft's line also knows where it sits in the
    file (``file_line``, ``file_column``), for formats that open the file itself.
    """

    text: str
    index: int
    band: Band = Band.BODY
    pleading_line: int | None = None
    y: float | None = None
    x: float | None = None
    spans: tuple[Span, ...] = ()
    file_line: int | None = None  # text drafts: the line of the file it is on (1-based)
    file_column: int = 1  # text drafts: the column of the file where ``text`` starts (after a margin number)
    paragraph: int | None = None  # Word: the paragraph's number in the document (``index`` is that number too)

    @classmethod
    def placed(cls, text: str, index: int, band: Band, pleading_line: int | None, y: float, x: float,
               spans: tuple[Span, ...]) -> Line:
        """``Line(text, index, band, pleading_line, y, x, spans)``, made as :meth:`Span.placed` is and for its reason."""
        return _made(cls, {"text": text, "index": index, "band": band, "pleading_line": pleading_line, "y": y, "x": x,
                           "spans": spans, "file_line": None, "file_column": 1, "paragraph": None})

    @property
    def number(self) -> int:
        """The line number a diagnostic shows: pleading line where known."""
        return self.pleading_line if self.pleading_line is not None else self.index


@dataclass(frozen=True)
class Page:
    """One page: geometry (PDF), lines, and what the reader learned about it."""

    number: int
    lines: tuple[Line, ...]
    width: float | None = None  # points, as displayed (rotation applied)
    height: float | None = None
    media_width: float | None = None  # points, MediaBox as stored
    media_height: float | None = None
    rotation: int = 0
    has_images: bool = False
    pleading_numbers: tuple[int, ...] = ()  # the margin numbers found (1..28 on pleading paper)
    shapes: tuple[Box, ...] = ()  # filled shapes, in drawing order
    images: tuple[Box, ...] = ()
    redaction_image: bool = False  # no text, and its picture is only black redaction bars (a page redacted whole)

    @property
    def has_text(self) -> bool:
        """Whether any line carries visible characters."""
        return any(line.text.strip() for line in self.lines)

    @property
    def ocr_only(self) -> bool:
        """A scan with an invisible OCR text layer: its text's sizes and places are guesses."""
        if not self.has_images:
            return False
        spans = [span for line in self.lines for span in line.spans]
        return bool(spans) and not any(span.visible for span in spans)

    @property
    def scanned(self) -> bool:
        """A page that is a picture of paper: an image covers most of it (any text is OCR)."""
        if self.ocr_only:
            return True
        if not self.images or not self.width or not self.height:
            return False
        area = self.width * self.height
        return any((box.x1 - box.x0) * (box.bottom - box.top) >= 0.7 * area for box in self.images)

    @property
    def image_only(self) -> bool:
        """A scanned page: pictures but no text layer."""
        return self.has_images and not self.has_text

    @property
    def has_numbered_lines(self) -> bool:
        """Whether the page is on numbered-line pleading paper."""
        return len(self.pleading_numbers) >= 10

    def band(self, band: Band) -> tuple[Line, ...]:
        """The lines in one band, top to bottom."""
        return tuple(line for line in self.lines if line.band is band)

    @property
    def body(self) -> tuple[Line, ...]:
        return self.band(Band.BODY)

    @property
    def header(self) -> tuple[Line, ...]:
        return self.band(Band.HEADER)

    @property
    def footer(self) -> tuple[Line, ...]:
        return self.band(Band.FOOTER)

    def text(self, bands: tuple[Band, ...] = (Band.BODY,)) -> str:
        """The page's text in the given bands, one line per line."""
        return "\n".join(line.text for line in self.lines if line.band in bands)


@dataclass(frozen=True)
class FontInfo:
    """A font resource used by the document."""

    name: str
    subtype: str
    embedded: bool
    pages: tuple[int, ...]


@dataclass(frozen=True)
class Annotation:
    """A page annotation (link, widget, redaction, file attachment...)."""

    page: int
    subtype: str
    contents: str = ""
    rect: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom on the displayed page
    action: str = ""  # the action it runs (JavaScript, Launch, URI...), if any
    interior: tuple[float, float, float] | None = None  # a drawn box's fill colour (/IC): an opaque box hides what is under it


@dataclass(frozen=True)
class IncrementalUpdate:
    """One save appended to the PDF after it was first written (the earlier version is still in the file)."""

    number: int  # 1: the first save after the original
    replaced_pages: tuple[int, ...] = ()  # pages whose earlier content or comments it replaced or removed
    added_pages: tuple[int, ...] = ()  # pages it only added to (a header, a stamp, an annotation, a new page)
    removed_pages: int = 0
    compared: bool = True  # False: the earlier version could not be read on its own

    @property
    def changes_nothing(self) -> bool:
        """Only document properties or a new cross-reference section (Word's empty update)."""
        return self.compared and not (self.replaced_pages or self.added_pages or self.removed_pages)


@dataclass(frozen=True)
class PdfFacts:
    """Whole-file PDF facts that CM/ECF and the privacy rules care about."""

    version: str = ""
    encrypted: bool = False
    needs_password: bool = False
    metadata: tuple[tuple[str, str], ...] = ()
    active_content: tuple[str, ...] = ()  # JavaScript, launch actions, form submission...
    embedded_files: tuple[str, ...] = ()
    form_fields: tuple[str, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    fonts: tuple[FontInfo, ...] = ()
    incremental_updates: int = 0  # saves appended after the first (linearization not counted)
    updates: tuple[IncrementalUpdate, ...] = ()  # what the last of those saves changed, compared page by page
    warnings: tuple[str, ...] = ()  # what pypdf had to repair while reading


@dataclass(frozen=True)
class LineSpacing:
    """A Word paragraph's declared line spacing: ``rule`` "auto" gives ``value`` in lines (2.0 is double),
    "exact" and "atLeast" in points; ``declared_by`` names where it is set ("the style 'Body Text'")."""

    rule: str = "auto"
    value: float = 1.0
    declared_by: str = "Word's default"

    @property
    def double_spaced(self) -> bool:
        """Double spacing or more: two lines (auto), or at least 24 pt (exact, at least)."""
        return self.value >= 1.95 if self.rule == "auto" else self.value >= 23.5

    def describe(self) -> str:
        if self.rule == "auto":
            return {1.0: "single", 1.5: "1.5 lines", 2.0: "double"}.get(round(self.value, 2), f"{self.value:g} lines")
        return f"{'exactly' if self.rule == 'exact' else 'at least'} {self.value:g} pt"


@dataclass(frozen=True)
class WordParagraph:
    """One paragraph of a Word document as declared (Word lays it out when the file is opened)."""

    number: int
    page: int  # counted at the page breaks the file records
    part: str  # "body", "table", "text box", "footnote"
    style: str  # the paragraph style's name as Word shows it
    spacing: LineSpacing = LineSpacing()
    text: str = ""


@dataclass(frozen=True)
class LineNumbering:
    """Word's own line numbering (``w:lnNumType``) in a section."""

    count_by: int = 1
    start: int = 1
    restart: str = "newPage"  # "newPage", "newSection" or "continuous"


@dataclass(frozen=True)
class WordSection:
    """A section's page setup, in points."""

    number: int
    width: float
    height: float
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    line_numbering: LineNumbering | None = None
    header_numbers: tuple[int, ...] = ()  # a pleading-paper template's margin numbers, printed from the header
    pages: tuple[int, ...] = ()
    first_paragraph: int = 1


@dataclass(frozen=True)
class WordItem:
    """Something a Word file holds that the page does not show: a tracked change, a comment, hidden,
    white or tiny text, an embedded object. ``paragraph`` and ``page`` locate it (page as recorded)."""

    kind: str
    text: str
    paragraph: int
    page: int
    author: str = ""
    date: str = ""
    detail: str = ""
    story: str = ""  # where outside the body it is: "the header of section 1" ("" for the body and footnotes)


@dataclass(frozen=True)
class WordFacts:
    """Whole-file facts of a Word (.docx) draft."""

    paragraphs: tuple[WordParagraph, ...] = ()
    sections: tuple[WordSection, ...] = ()
    revisions: tuple[WordItem, ...] = ()  # tracked insertions, deletions and moves not yet accepted or rejected
    comments: tuple[WordItem, ...] = ()
    hidden: tuple[WordItem, ...] = ()  # text formatted hidden (w:vanish)
    faint: tuple[WordItem, ...] = ()  # text in white (or near white) or at 2 pt and under
    embedded: tuple[WordItem, ...] = ()  # OLE objects, embedded packages, imported files
    properties: tuple[tuple[str, str], ...] = ()  # document properties with a value (core, extended, custom)
    recorded_page_breaks: int = 0  # hard page breaks and section breaks that start a new page
    footnotes: int = 0

    def paragraph(self, number: int) -> WordParagraph | None:
        return self.paragraphs[number - 1] if 0 < number <= len(self.paragraphs) else None


@dataclass(frozen=True)
class LoadProblem:
    """Why a file could not be read (the file-level rules report it)."""

    kind: str  # "unreadable" or "encrypted"
    detail: str


@dataclass(frozen=True)
class Document:
    """A parsed filing. ``kind`` is ``"pdf"``, ``"docx"`` (a Word draft) or ``"text"``."""

    path: str
    kind: str
    size_bytes: int
    pages: tuple[Page, ...] = ()
    pdf: PdfFacts | None = None
    word: WordFacts | None = None
    encoding: str | None = None  # text files: how the bytes were decoded
    problem: LoadProblem | None = None
    notes: tuple[str, ...] = field(default=())
    unread: tuple[str, ...] = field(default=())  # why parts of the file were not read (limits, damage)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def readable(self) -> bool:
        """Whether the pages could be read (rules over text need this)."""
        return self.problem is None

    @property
    def first_page(self) -> Page | None:
        """The caption page: the first page that has any text."""
        return next((page for page in self.pages if page.has_text), None)

    def lines(self) -> Iterator[tuple[Page, Line]]:
        """Every line of every page, in order."""
        for page in self.pages:
            for line in page.lines:
                yield page, line

    def text(self) -> str:
        """The whole document's text, pages separated by form feeds."""
        return "\f".join(page.text(tuple(Band)) for page in self.pages)
