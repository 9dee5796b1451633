"""PDF filings, read with pypdf. The only module in filelint that imports pypdf.

Each page's text comes from pypdf's extractor with a visitor that records, for every
run of text, its font and its *effective* size (font size scaled by the text matrix
and the current transformation matrix) and where it sits. Runs are grouped into lines
by baseline in the page's displayed orientation; pleading-paper margin numbers are
recognised and kept out of the text; header and footer bands are marked.

The reference reader (``--reader pypdf``): readers/pdfium.py, the default, builds the same Document with PDFium,
through the layout both share (readers/layout.py), and takes the object-level facts from here.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject

from filelint.document import Annotation, Band, Document, FontInfo, LoadProblem, Page, PdfFacts
from filelint.readers import layout, unreadable
from filelint.readers.library_warnings import MAX_KEPT, collected_library_warnings
from filelint.readers.page_images import covers_page, redaction_bars_only
from filelint.readers.pdf_content import PageContent, TextRun, interpret_page
from filelint.readers.pdf_objects import (
    TOO_DEEP,
    check_nesting,
    fixed_parse_budget,
    lost_data,
    note_problem,
    page_not_read,
    plain,
    resolve,
    tracking_problems,
)
from filelint.readers.pdf_parse import QuickReader
from filelint.readers.revisions import read_updates

MAX_XOBJECT_DEPTH = 8  # forms inside forms: stop before a cycle or a bomb


def read_pdf(data: bytes, shown: str, max_pages: int = 1000) -> Document:
    """Parse a PDF's bytes into a Document, or a Document with a problem.

    What pypdf logs or warns is collected, never printed: a repair becomes a note, and an
    object it could not read (like every object filelint could not read) becomes part of
    ``Document.unread``, which FL006 reports.
    """
    try:
        with collected_library_warnings() as messages, tracking_problems() as problems, fixed_parse_budget():
            document = read_with_pypdf(data, shown, messages, max_pages)
            return with_what_was_lost(document, messages, problems)
    except RecursionError:
        return unreadable(shown, len(data), "pdf", "the PDF could not be parsed: " + TOO_DEEP)
    except Exception as error:  # noqa: BLE001
        # pypdf documents that broken files "might cause other exceptions": this is
        # the one boundary where any of them becomes a diagnostic, not a crash.
        return unreadable(shown, len(data), "pdf", plain_reason(error))


def with_what_was_lost(document: Document, messages: list[str], problems: list[str]) -> Document:
    """Add the library's warnings that lost data, and every object that could not be read, to ``unread``;
    the rest of what the library said (repairs) becomes one note in filelint's words."""
    from dataclasses import replace

    lost = [reason for reason in map(lost_data, messages) if reason]
    if len(messages) >= MAX_KEPT:  # the library said more than is kept: what was dropped may have lost data
        lost.append(f"the PDF library reported more than {MAX_KEPT} problems while reading it; the rest were not examined")
    unread = list(document.unread)
    for reason in lost + problems:
        if not any(reason in earlier for earlier in unread):
            unread.append(reason)
    repairs = [plain(message) for message in messages if not lost_data(message)]
    notes = document.notes
    if repairs:
        more = f"; and {len(repairs) - 2} more" if len(repairs) > 2 else ""
        notes += (f"the PDF library repaired damage while reading it ({'; '.join(repairs[:2])}{more})",)
    return replace(document, unread=tuple(unread), notes=notes)


def plain_reason(error: Exception) -> str:
    """Why the file could not be parsed, never quoting the file's bytes back (the parser's messages do)."""
    text = str(error) or type(error).__name__
    if "EOF marker not found" in text or "Stream has ended unexpectedly" in text:
        return "the PDF is truncated or damaged past repair (its end is missing)"
    name = type(error).__name__
    if "startxref" in text or "xref" in text.lower():
        return f"the PDF's cross-reference table is damaged past repair ({name}: {plain(text, 80)})"
    return f"the PDF could not be parsed ({name}: {plain(text, 80)})"


def read_with_pypdf(data: bytes, shown: str, messages: list[str], max_pages: int) -> Document:
    reader = PdfReader(io.BytesIO(data), strict=False)
    encrypted = reader.is_encrypted
    if encrypted and not opens_without_password(reader):
        facts = PdfFacts(version=header_version(data), encrypted=True, needs_password=True)
        problem = LoadProblem("encrypted", "the PDF needs a password to open")
        return Document(shown, "pdf", len(data), pdf=facts, problem=problem)
    page_count = len(reader.pages)
    if page_count == 0:
        return unreadable(shown, len(data), "pdf", "the PDF has no pages")
    read_count = min(page_count, max_pages)
    unread = [f"only the first {read_count} of its {page_count} pages were read (the max-pages setting)"] if read_count < page_count else []
    pages = tuple(_read_page(reader, index, messages, unread) for index in range(read_count))
    facts = document_facts(reader, data, encrypted, messages)
    return Document(shown, "pdf", len(data), pages=pages, pdf=facts, unread=tuple(unread))


def opens_without_password(reader: PdfReader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError, ValueError):
        # pypdf raises DependencyError (a PyPdfError) for AES without `cryptography`.
        return False


def header_version(data: bytes) -> str:
    start = data.find(b"%PDF-")
    return data[start + 5 : start + 8].decode("ascii", "replace") if start >= 0 else ""


# ---------------------------------------------------------------- pages


def _read_page(reader: PdfReader, index: int, messages: list[str], unread: list[str]) -> Page:
    page = reader.pages[index]
    check_nesting(page)
    box = page.mediabox
    media_w, media_h = float(box.width), float(box.height)
    rotation = int(page.rotation or 0) % 360
    width, height = (media_h, media_w) if rotation in (90, 270) else (media_w, media_h)
    to_display = layout.display_transform(box, rotation)
    try:
        content = interpret_page(reader, page)
    except Exception as error:  # noqa: BLE001 - one damaged page must not lose the others
        unread.append(page_not_read(index, error))
        content = PageContent()
    unread.extend(f"page {index + 1}: {message}" for message in content.warnings)
    runs = [_place(run, to_display) for run in content.runs]
    lines, numbers = layout.lines([run for run in runs if run is not None], width, height)
    textless = not any(line.text.strip() for line in lines if line.band is Band.BODY)
    images = tuple(layout.box(*corners, to_display, None, 0, True) for corners in content.images)
    return Page(
        number=index + 1,
        lines=lines,
        width=round(width, 2),
        height=round(height, 2),
        media_width=round(media_w, 2),
        media_height=round(media_h, 2),
        rotation=rotation,
        has_images=bool(content.images) or page_has_images(page.get("/Resources"), 0),
        pleading_numbers=numbers,
        shapes=tuple(layout.box(shape.x0, shape.y0, shape.x1, shape.y1, to_display, shape.fill, shape.order, shape.is_rectangle)
                     for shape in content.shapes),
        images=images,
        redaction_image=textless and covers_page(images, width, height) and redaction_bars_only(page),
    )


def _place(run: TextRun, to_display) -> layout.Run | None:
    x, top = to_display(run.x, run.y)
    end_x, _ = to_display(run.end_x, run.end_y)
    ahead_x, ahead_top = to_display(run.x + run.direction[0], run.y + run.direction[1])
    horizontal = ahead_x - x > 0.9 and abs(ahead_top - top) < 0.3
    if horizontal:
        glyphs = tuple(round(to_display(gx, run.y)[0], 2) for gx in run.glyph_x)
    else:
        glyphs = ()
    visible = run.render_mode not in (3, 7) and not run.clipped
    return layout.Run(run.text, run.font, run.size, x, top, end_x if horizontal else x, horizontal,
                visible, run.fill, run.order, glyphs)


FORMS_TOO_DEEP = "forms nested too deeply; the innermost were not read"
MAX_FORM_FIELDS = 1000
MAX_ANNOTATIONS = 500  # per page


def page_has_images(resources: Any, depth: int) -> bool:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or _too_deep(depth, FORMS_TOO_DEEP):
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
        if subtype == "/Form" and page_has_images(xobject.get("/Resources"), depth + 1):
            return True
    return False


def _resolve(value: Any) -> Any:
    return resolve(value)  # a failure is noted, and reported as part of the file not read


# ---------------------------------------------------------------- document facts


def document_facts(reader: PdfReader, data: bytes, encrypted: bool, messages: list[str]) -> PdfFacts:
    root = _resolve(reader.trailer.get("/Root"))
    root = root if isinstance(root, DictionaryObject) else DictionaryObject()
    names = _resolve(root.get("/Names"))
    names = names if isinstance(names, DictionaryObject) else DictionaryObject()
    updates = _incremental_updates(data)
    return PdfFacts(
        version=header_version(data),
        encrypted=encrypted,
        metadata=_metadata(reader),
        active_content=tuple(dict.fromkeys(_active_content(root, names, reader))),
        embedded_files=tuple(_embedded_files(names)),
        form_fields=tuple(_form_fields(root)),
        annotations=tuple(_annotations(reader)),
        fonts=tuple(_fonts(reader)),
        incremental_updates=updates,
        updates=read_updates(data, messages, len(reader.pages), _open_version) if updates else (),
        warnings=tuple(plain(message) for message in messages),
    )


def _metadata(reader: PdfReader) -> tuple[tuple[str, str], ...]:
    try:
        info = reader.metadata or {}
        return tuple((str(key).lstrip("/"), str(value)) for key, value in info.items())
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError):
        note_problem("the document properties (title, author, subject, keywords) could not be read")
        return ()


DANGEROUS_ACTIONS = {"/JavaScript": "JavaScript", "/Launch": "a launch action (runs a program)",
                     "/SubmitForm": "a form-submission action", "/ImportData": "a data-import action",
                     "/GoToR": "a link that opens another file", "/GoToE": "a link into an embedded file"}


def _action_kind(action: Any) -> str:
    action = _resolve(action)
    if isinstance(action, DictionaryObject):
        return DANGEROUS_ACTIONS.get(str(action.get("/S", "")), "")
    return ""


def _active_content(root: DictionaryObject, names: DictionaryObject, reader: PdfReader) -> Iterator[str]:
    """What would run when the PDF is opened or used: not the harmless "open at page 1" action."""
    if "/JavaScript" in names:
        yield "document-level JavaScript"
    kind = _action_kind(root.get("/OpenAction"))
    if kind:
        yield f"an open action that runs {kind}"
    additional = _resolve(root.get("/AA"))
    if isinstance(additional, DictionaryObject):
        for trigger in additional.values():
            if _action_kind(trigger):
                yield f"a document action that runs {_action_kind(trigger)}"
    for number, page in enumerate(reader.pages, start=1):
        page_actions = _resolve(page.get("/AA"))
        if isinstance(page_actions, DictionaryObject) and any(_action_kind(a) for a in page_actions.values()):
            yield f"a page action on page {number}"


def _open_version(data: bytes) -> PdfReader:
    """An earlier version of the file (its bytes up to one of its ``%%EOF`` markers), for readers/revisions.py
    (pypdf's reader, plain objects parsed faster: readers/pdf_parse.py)."""
    return QuickReader(data)


def _incremental_updates(data: bytes) -> int:
    """Saves appended to the file after it was first written; a linearized file has one extra %%EOF of its own."""
    markers = data.count(b"%%EOF", max(data.find(b"%PDF-"), 0))  # junk before the header is not a save
    linearized = b"/Linearized" in data[:2048]
    return max(markers - 1 - (1 if linearized else 0), 0)


def _too_deep(depth: int, what: str) -> bool:
    """Past the depth limit: stop there, and say that the rest was not read."""
    if depth > MAX_XOBJECT_DEPTH:
        note_problem(what)
        return True
    return False


def _name_tree_keys(node: Any, depth: int = 0) -> Iterator[str]:
    node = _resolve(node)
    if not isinstance(node, DictionaryObject) or _too_deep(depth, "the list of attached files nests too deeply; the rest was not read"):
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
        if len(fields) > MAX_FORM_FIELDS:
            note_problem(f"only the first {MAX_FORM_FIELDS} of its {len(fields)} form fields were read")
        for field in fields[:MAX_FORM_FIELDS]:
            field = _resolve(field)
            if isinstance(field, DictionaryObject):
                yield str(field.get("/T", "(unnamed)"))


def _annotations(reader: PdfReader) -> Iterator[Annotation]:
    for number, page in enumerate(reader.pages, start=1):
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, ArrayObject):
            continue
        rotation = int(page.rotation or 0) % 360
        to_display = layout.display_transform(page.mediabox, rotation)
        if len(annots) > MAX_ANNOTATIONS:
            note_problem(f"page {number}: only the first {MAX_ANNOTATIONS} of its {len(annots)} annotations were read")
        for annot in annots[:MAX_ANNOTATIONS]:
            annot = _resolve(annot)
            if isinstance(annot, DictionaryObject):
                subtype = str(annot.get("/Subtype", "")).lstrip("/")
                additional = _resolve(annot.get("/AA"))
                triggers = additional.values() if isinstance(additional, DictionaryObject) else ()
                action = _action_kind(annot.get("/A")) or next((k for k in map(_action_kind, triggers) if k), "")
                yield Annotation(number, subtype, str(_resolve(annot.get("/Contents")) or ""),
                                 _annotation_rect(annot, to_display), action, _interior(annot))


def _interior(annot: DictionaryObject) -> tuple[float, float, float] | None:
    """A box or circle annotation's fill colour (/IC: grey, RGB or CMYK), None when it is not filled."""
    values = _resolve(annot.get("/IC"))
    try:
        numbers = [float(_resolve(v)) for v in values] if isinstance(values, ArrayObject) else []
    except (TypeError, ValueError):
        return None
    if len(numbers) == 1:
        return (numbers[0],) * 3
    if len(numbers) == 3:
        return (numbers[0], numbers[1], numbers[2])
    if len(numbers) == 4:
        c, m, y, k = numbers
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def _annotation_rect(annot: DictionaryObject, to_display) -> tuple[float, float, float, float] | None:
    rect = _resolve(annot.get("/Rect"))
    try:
        x0, y0, x1, y1 = (float(_resolve(v)) for v in rect[:4])
    except (TypeError, ValueError, IndexError):
        return None
    box = layout.box(x0, y0, x1, y1, to_display, None, 0, True)
    return (box.x0, box.top, box.x1, box.bottom)


def _fonts(reader: PdfReader) -> Iterator[FontInfo]:
    seen: dict[tuple[str, str, bool], list[int]] = {}
    # Pages share resource and font dictionaries (pypdf hands back one object for one indirect reference):
    # each is looked into once.
    # Each memo holds the object it is keyed by, so that an id is never reused while the memo lives.
    keys_of_resources: dict[int, tuple[Any, list[tuple[str, str, bool]]]] = {}
    key_of_font: dict[int, tuple[Any, tuple[str, str, bool]]] = {}
    for number, page in enumerate(reader.pages, start=1):
        resources = _resolve(page.get("/Resources"))
        _, keys = keys_of_resources.get(id(resources), (None, None))
        if keys is None:
            keys = [_font_key(font, key_of_font) for font in _page_fonts(resources, 0)]
            keys_of_resources[id(resources)] = (resources, keys)
        for key in keys:
            pages = seen.setdefault(key, [])
            if number not in pages:
                pages.append(number)
    for (name, subtype, embedded), pages in seen.items():
        yield FontInfo(name, subtype, embedded, tuple(pages))


def _font_key(font: DictionaryObject, known: dict[int, tuple[Any, tuple[str, str, bool]]]) -> tuple[str, str, bool]:
    if id(font) not in known:
        known[id(font)] = (font, (_font_name(font), str(font.get("/Subtype", "")).lstrip("/"), _embedded(font)))
    return known[id(font)][1]


def _page_fonts(resources: Any, depth: int) -> Iterator[DictionaryObject]:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or _too_deep(depth, FORMS_TOO_DEEP):
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


def _font_name(font: Any) -> str:
    if isinstance(font, dict):
        name = str(font.get("/BaseFont", font.get("/Name", "")))
        return name.lstrip("/").split("+", 1)[-1]
    return ""


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
