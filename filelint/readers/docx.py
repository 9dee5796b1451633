"""Word drafts (.docx), read with python-docx and, where it has no API, the package's XML.

The reader builds the same :class:`~filelint.document.Document` the PDF and text readers
build, so every rule that reads text runs unchanged:

* each paragraph (body, table cells, text boxes, then its footnotes and endnotes) is a line of the body
  band, a soft line break starting another line of the same paragraph; headers and footers
  are the header and footer bands of each page of their section (first-page, even and
  default headers as Word chooses them);
* each run is a :class:`~filelint.document.Span` with its *effective* size, in Word's order
  of precedence: the run's own formatting, its character style, its paragraph's style (and
  the styles those are based on), the document defaults, Word's built-in 10 pt;
  ``Span.size_from`` names where the size was declared, so a rule can name the style to change;
* what Word keeps but does not show (deleted text of tracked changes, comments, hidden text,
  document properties) becomes lines of the hidden band beside the paragraph it belongs to,
  which the privacy rules read with everything else; :class:`~filelint.document.WordFacts`
  lists it for the rules about what Word hides.

Word decides where pages break when it lays the document out; a .docx records only the
hard page breaks and the section breaks that start a new page. Pages are counted at those
breaks, a finding's line is its paragraph's number, and a note on the document says so.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

from filelint.document import (
    Band,
    Document,
    Line,
    LineNumbering,
    Page,
    Span,
    WordFacts,
    WordItem,
    WordParagraph,
    WordSection,
)
from filelint.readers import unreadable
from filelint.readers.docx_package import SAFE_PARSER, NotAPackage, open_package
from filelint.readers.docx_styles import Styles, on_off

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TWIPS = 20.0  # twentieths of a point
LETTER_TWIPS = (12240, 15840)
PAGE_BREAK = "\f"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DELETED = (W + "del", W + "moveFrom")
INSERTED = (W + "ins", W + "moveTo")
NEW_PAGE_SECTIONS = ("nextPage", "oddPage", "evenPage")
REMOVED_KINDS = ("deletion", "moved away")
EMBEDDED_KINDS = {
    REL + "oleObject": "an embedded object (OLE: a spreadsheet, a chart, another file)",
    REL + "package": "an embedded file (an Office document inside this one)",
    REL + "aFChunk": "an imported file (altChunk) that Word merges in when it opens the draft",
}
PAGES_NOTE = ("Word lays out pages when it opens or prints a .docx, and the file records only hard page breaks "
              "and section breaks: {counted}, and a finding's line is the number of its paragraph from the start "
              "of the document{rendered}")


def read_docx(data: bytes, shown: str, max_pages: int = 1000) -> Document:
    """Read a Word package into a Document; anything wrong with it becomes a problem or ``unread``, never an exception."""
    try:
        package = open_package(data)
        return _read(package, data, shown, max_pages)
    except NotAPackage as reason:
        return unreadable(shown, len(data), "docx", str(reason))
    except etree.XMLSyntaxError as error:
        return unreadable(shown, len(data), "docx", _xml_reason(error))
    except RecursionError:
        return unreadable(shown, len(data), "docx", "its XML is nested too deeply to read")
    except Exception as error:  # noqa: BLE001 - python-docx documents no exceptions; a broken file must not crash the run
        return unreadable(shown, len(data), "docx", _package_reason(error))


def _xml_reason(error: etree.XMLSyntaxError) -> str:
    text = str(error)
    if "depth" in text.lower():
        return "it is not a valid Word package: its XML nests more than 256 levels deep (a possible attack), so it was not read"
    return f"it is not a valid Word package: a part's XML is damaged (line {getattr(error, 'lineno', '?')})"


def _package_reason(error: Exception) -> str:
    text = str(error).split("\n")[0][:120]
    if "is not a Word file" in text:
        found = text.split("content type is", 1)[-1].strip(" '")
        return f"it is not a Word document: its main part is of type {found[:80]!r} (a template, macro-enabled or other Office file)"
    if isinstance(error, KeyError):
        return "it is not a valid Word package: a part it refers to is missing"
    return f"it is not a valid Word package ({type(error).__name__})"


def _read(package, data: bytes, shown: str, max_pages: int) -> Document:
    import io

    import docx  # deferred: only Word drafts need it

    word = docx.Document(io.BytesIO(package.rebuilt()))
    reader = _Reader(word, package)
    reader.read_body()
    pages = reader.pages(max_pages)
    unread = list(package.unread) + reader.unread
    if len(reader.page_lines) > max_pages:
        unread.append(f"only the first {max_pages} of its {len(reader.page_lines)} recorded pages were read (the max-pages setting)")
    breaks = reader.recorded_breaks
    counted = (f"pages are counted at the {breaks} page break{'s' if breaks != 1 else ''} the file records" if breaks
               else "it records none, so the draft is read as one page")
    rendered = reader.rendered_pages()
    rendered = f" (when Word last saved it, it laid the draft out on {rendered} pages)" if rendered > 1 else ""
    note = PAGES_NOTE.format(counted=counted, rendered=rendered)
    facts = WordFacts(
        paragraphs=tuple(reader.paragraphs), sections=tuple(reader.sections), revisions=tuple(reader.revisions),
        comments=tuple(reader.comments), hidden=tuple(reader.hidden), faint=tuple(reader.faint),
        embedded=tuple(reader.embedded), properties=tuple(reader.properties), recorded_page_breaks=breaks,
        footnotes=reader.footnote_count,
    )
    return Document(shown, "docx", len(data), pages=pages, word=facts, notes=(note,), unread=tuple(unread))


@dataclass
class _Run:
    text: str
    span: Span | None  # None: not shown (deleted or hidden)


@dataclass
class _SectionSetup:
    element: object
    first_paragraph: int
    pages: list[int] = field(default_factory=list)


class _Reader:
    """One pass over the document: paragraphs to pages, hidden things to items."""

    def __init__(self, word, package) -> None:
        self.word = word
        self.part = word.part
        self.styles = Styles(self._styles_element())
        self.unread: list[str] = []
        self.paragraphs: list[WordParagraph] = []
        self.revisions: list[WordItem] = []
        self.comments: list[WordItem] = []
        self.hidden: list[WordItem] = []
        self.faint: list[WordItem] = []
        self.embedded: list[WordItem] = []
        self.properties: list[tuple[str, str]] = []
        self.sections: list[WordSection] = []
        self.page_lines: list[list[Line]] = [[]]
        self.recorded_breaks = 0
        self.footnote_count = 0
        self._section_setups: list[_SectionSetup] = []
        self._footnotes = self._notes_by_id(REL + "footnotes", "footnote")
        self._endnotes = self._notes_by_id(REL + "endnotes", "endnote")  # read after the paragraph citing them, as footnotes
        self._comment_texts = self._comments_by_id()
        self._comment_anchor: dict[str, int] = {}
        self._ids_seen: set[str] = set()
        self._package = package
        self._last_revision = None
        self._stories_read: set[str] = set()
        self._story_name = ""  # while a header or footer is read for what it hides

    def _styles_element(self):
        part = self._related(REL + "styles")
        return self._element(part) if part is not None else None

    # ---------------------------------------------------------------- related parts
    def _related(self, reltype: str, part=None):
        for rel in (part or self.part).rels.values():
            if rel.reltype == reltype and not rel.is_external:
                return rel.target_part
        return None

    def _element(self, part):
        element = getattr(part, "element", None)
        if element is not None:
            return element
        return etree.fromstring(part.blob, SAFE_PARSER) if part is not None and part.blob else None

    def _notes_by_id(self, reltype: str, tag: str) -> dict[str, etree._Element]:
        part = self._related(reltype)
        root = self._element(part) if part is not None else None
        if root is None:
            return {}
        return {note.get(W + "id"): note for note in root.iter(W + tag) if note.get(W + "type") in (None, "normal")}

    def _comments_by_id(self) -> dict[str, etree._Element]:
        part = self._related(REL + "comments")
        root = self._element(part) if part is not None else None
        return {} if root is None else {comment.get(W + "id"): comment for comment in root.iter(W + "comment")}

    # ---------------------------------------------------------------- the body
    def read_body(self) -> None:
        body = self.part.element.body
        paragraphs = [p for p in body.iter(W + "p") if not _in_fallback(p)]
        breaks = [p.find(f"{W}pPr/{W}sectPr") for p in paragraphs]
        self._section_kinds = [_section_start(s) for s in breaks if s is not None] + [_section_start(body.find(W + "sectPr"))]
        self._section_setups.append(_SectionSetup(None, 1, [1]))
        for paragraph, section in zip(paragraphs, breaks):
            self._read_paragraph(paragraph)
            if section is not None:
                self._end_section(section)
        self._section_setups[-1].element = body.find(W + "sectPr")
        self._read_anchors_of_altchunks(body)
        self._finish_comments()
        self._read_properties()
        self._read_sections()

    def _end_section(self, section) -> None:
        """A section ends here; the next one starts a page unless its own w:type says otherwise."""
        self._section_setups[-1].element = section
        following = len(self._section_setups)
        if following < len(self._section_kinds) and self._section_kinds[following] in NEW_PAGE_SECTIONS:
            self._new_page()
        self._section_setups.append(_SectionSetup(None, len(self.paragraphs) + 1, [len(self.page_lines)]))

    def _new_page(self) -> None:
        self.recorded_breaks += 1
        self.page_lines.append([])
        self._section_setups[-1].pages.append(len(self.page_lines))

    @property
    def page(self) -> int:
        return len(self.page_lines)

    def _part_of(self, paragraph) -> str:
        for ancestor in paragraph.iterancestors():
            if ancestor.tag == W + "txbxContent":
                return "text box"
            if ancestor.tag == W + "tc":
                return "table"
        return "body"

    def _read_paragraph(self, paragraph, part: str | None = None) -> None:
        if self._before_break(paragraph) and self.paragraphs:
            self._new_page()
        number = len(self.paragraphs) + 1
        style_id = self.styles.paragraph_style_id(paragraph)
        style = self.styles.name(style_id)
        spacing = self.styles.spacing(paragraph, style_id)
        marks = (len(self.revisions), len(self.hidden))
        runs = list(self._runs(paragraph, number, style_id))
        pieces = _split_at_breaks(runs)
        text = "".join(run.text for run in runs if run.span is not None)
        self.paragraphs.append(WordParagraph(number, self.page, part or self._part_of(paragraph), style, spacing,
                                             text.replace(PAGE_BREAK, "")))
        first = True
        for kind, piece in pieces:
            if kind == "page":
                self._new_page()
                continue
            shown = [run.span for run in piece if run.span is not None]
            if first or shown:
                self.page_lines[-1].append(Line("".join(s.text for s in shown), number, Band.BODY, spans=tuple(shown),
                                                paragraph=number))
                first = False
        self._hidden_lines_of(paragraph, number, marks)
        self._footnotes_of(paragraph)

    def _before_break(self, paragraph) -> bool:
        properties = paragraph.find(W + "pPr")
        if properties is not None and properties.find(W + "pageBreakBefore") is not None:
            return on_off(properties.find(W + "pageBreakBefore"))
        return self.styles.page_break_before(self.styles.paragraph_style_id(paragraph))

    def _own_runs(self, paragraph) -> Iterator[etree._Element]:
        """The paragraph's runs, not those of a text box or footnote inside it (read as paragraphs of their own)."""
        for run in paragraph.iter(W + "r"):
            owner = next((a for a in run.iterancestors(W + "p", W + "txbxContent")), None)
            if owner is paragraph and not _in_fallback(run):
                yield run

    def _runs(self, paragraph, number: int, style_id: str | None) -> Iterator[_Run]:
        for run in self._own_runs(paragraph):
            state = _revision_state(run)
            formatting = self.styles.run_formatting(run, style_id)
            removed = state is not None and state[0] in REMOVED_KINDS
            text = _run_text(run, deleted=removed)
            self._note_embedded(run, number)
            if not text:
                continue
            if state is not None:
                self._add_revision(state, text, number)
            if removed:  # deleted, or moved away: the text is in the file but not on the page
                yield _Run(text, None)
                continue
            if formatting.hidden:
                self.hidden.append(WordItem("hidden", text, number, self.page, detail=formatting.hidden_from))
                yield _Run(text, None)
                continue
            self._note_faint(text, formatting, run, number)
            yield _Run(text, Span(text, formatting.font, formatting.size, 0.0, 0.0, fill=formatting.color,
                                  size_from=formatting.size_from))

    def _add_revision(self, state: tuple[str, etree._Element], text: str, number: int) -> None:
        kind, element = state
        if self.revisions and self._last_revision is element:  # runs of one change are one item
            last = self.revisions[-1]
            self.revisions[-1] = WordItem(kind, last.text + text, last.paragraph, last.page, last.author, last.date)
            return
        self._last_revision = element
        self.revisions.append(WordItem(kind, text, number, self.page, element.get(W + "author", ""), element.get(W + "date", "")))

    def _note_faint(self, text: str, formatting, run, number: int) -> None:
        if not text.strip():
            return
        if formatting.size <= 2.0:
            self.faint.append(WordItem("tiny", text, number, self.page, detail=f"{formatting.size:g} pt ({formatting.size_from})"))
        elif formatting.color is not None and min(formatting.color) >= 0.94 and not _on_dark(run, formatting):
            self.faint.append(WordItem("white", text, number, self.page, detail=formatting.color_from))

    def _note_embedded(self, run, number: int) -> None:
        if self._story_name:
            return  # a header's relationship ids are its own part's, not the document's
        for element in run.iter():
            rel_id = element.get(R + "id")
            if rel_id is None or rel_id in self._ids_seen or rel_id not in self.part.rels:
                continue
            relationship = self.part.rels[rel_id]
            if relationship.reltype in EMBEDDED_KINDS:
                self._ids_seen.add(rel_id)
                self.embedded.append(WordItem("embedded", EMBEDDED_KINDS[relationship.reltype], number, self.page,
                                              detail=_target_name(relationship)))
            elif relationship.reltype == REL + "chart" and not relationship.is_external:
                self._ids_seen.add(rel_id)
                self._chart_workbooks(relationship.target_part, number)

    def _chart_workbooks(self, chart, number: int) -> None:
        """A chart pasted from Excel keeps its whole workbook inside the draft, behind the picture of the chart."""
        for relationship in chart.rels.values():
            if relationship.reltype in (REL + "package", REL + "oleObject"):
                self.embedded.append(WordItem("embedded", "a chart's embedded workbook (every sheet and cell behind it)",
                                              number, self.page, detail=_target_name(relationship)))

    def _read_anchors_of_altchunks(self, body) -> None:
        """Imported files (w:altChunk) and objects no run holds: located at the paragraph before them."""
        for rel_id, relationship in self.part.rels.items():
            if relationship.reltype in EMBEDDED_KINDS and rel_id not in self._ids_seen:
                self._ids_seen.add(rel_id)
                number = self._paragraph_before(body, rel_id)
                page = self.paragraphs[number - 1].page if 0 < number <= len(self.paragraphs) else 1
                self.embedded.append(WordItem("embedded", EMBEDDED_KINDS[relationship.reltype], max(number, 1), page,
                                              detail=_target_name(relationship)))

    def _paragraph_before(self, body, rel_id: str) -> int:
        count = 0
        for element in body.iter():
            if element.tag == W + "p":
                count += 1
            elif element.get(R + "id") == rel_id:
                return count
        return count

    def _hidden_lines_of(self, paragraph, number: int, marks: tuple[int, int]) -> None:
        """Deleted and hidden text, and the comments anchored here, as hidden-band lines after the paragraph."""
        for item in [*self.revisions[marks[0]:], *self.hidden[marks[1]:]]:
            if item.kind in ("deletion", "moved away", "hidden"):
                label = "hidden text" if item.kind == "hidden" else "deleted"
                self.page_lines[-1].append(Line(f"[{label}] {item.text}", number, Band.HIDDEN, paragraph=number))
        for mark in paragraph.iter(W + "commentRangeStart", W + "commentReference"):
            comment_id = mark.get(W + "id")
            if comment_id in self._comment_texts and comment_id not in self._comment_anchor:
                self._comment_anchor[comment_id] = number
                self._add_comment(comment_id, number)

    def _add_comment(self, comment_id: str, number: int) -> None:
        comment = self._comment_texts[comment_id]
        text = "\n".join(_plain_paragraph_text(p) for p in comment.iter(W + "p"))
        self.comments.append(WordItem("comment", text, number, self.page, comment.get(W + "author", ""),
                                      comment.get(W + "date", "")))
        self.page_lines[-1].append(Line(f"[comment] {text}", number, Band.HIDDEN, paragraph=number))

    def _finish_comments(self) -> None:
        """Comments whose anchor is gone (deleted with their text) are still in the file."""
        last = max(len(self.paragraphs), 1)
        for comment_id in self._comment_texts:
            if comment_id not in self._comment_anchor:
                self._comment_anchor[comment_id] = last
                self._add_comment(comment_id, last)

    def _footnotes_of(self, paragraph) -> None:
        """The paragraph's footnotes, numbered as paragraphs right after it (Word prints them at the page's foot)."""
        references = [(self._footnotes, r) for r in self._own_elements(paragraph, W + "footnoteReference")]
        references += [(self._endnotes, r) for r in self._own_elements(paragraph, W + "endnoteReference")]
        for notes, reference in references:
            note = notes.get(reference.get(W + "id"))
            if note is None:
                continue
            self.footnote_count += 1
            for note_paragraph in note.iter(W + "p"):
                self._footnote_paragraph(note_paragraph)

    def _own_elements(self, paragraph, tag: str) -> list:
        return [e for e in paragraph.iter(tag) if next(e.iterancestors(W + "p"), None) is paragraph]

    def _footnote_paragraph(self, note_paragraph) -> None:
        number = len(self.paragraphs) + 1
        style_id = self.styles.paragraph_style_id(note_paragraph)
        marks = (len(self.revisions), len(self.hidden))
        runs = [run for run in self._runs(note_paragraph, number, style_id) if run.span is not None]
        spans = tuple(_with_text(run.span, run.text.replace(PAGE_BREAK, "").replace("\n", " ")) for run in runs)
        text = "".join(span.text for span in spans)
        self.paragraphs.append(WordParagraph(number, self.page, "footnote", self.styles.name(style_id),
                                             self.styles.spacing(note_paragraph, style_id), text))
        self.page_lines[-1].append(Line(text, number, Band.BODY, spans=spans, paragraph=number))
        self._hidden_lines_of(note_paragraph, number, marks)

    # ---------------------------------------------------------------- properties
    def _read_properties(self) -> None:
        core = self.word.core_properties
        for label, attribute in (("Author", "author"), ("Last modified by", "last_modified_by"), ("Title", "title"),
                                 ("Subject", "subject"), ("Keywords", "keywords"), ("Comments", "comments"),
                                 ("Category", "category"), ("Content status", "content_status")):
            value = getattr(core, attribute, "") or ""
            self._property(label, value)
        for name in ("docProps/app.xml", "docProps/custom.xml"):
            root = self._package_xml(name)
            if root is None:
                continue
            for element in root:
                local = etree.QName(element).localname if isinstance(element.tag, str) else ""
                if name.endswith("app.xml") and local in ("Company", "Manager", "Template", "HyperlinkBase"):
                    self._property(local, element.text or "")
                elif name.endswith("custom.xml") and local == "property":
                    self._property(element.get("name", "custom"), "".join(element.itertext()))
        template = self._attached_template()
        if template:
            self._property("Attached template", template)
        first = self.page_lines[0]
        for label, value in self.properties:
            first.append(Line(f"[property {label}] {value}", 1, Band.HIDDEN, paragraph=None))

    def _property(self, label: str, value: str) -> None:
        value = " ".join(str(value).split())
        if value:
            self.properties.append((label, value))

    def _package_xml(self, name: str):
        data = self._package.parts.get(name)
        if not data:
            return None
        try:
            return etree.fromstring(data, SAFE_PARSER)
        except etree.XMLSyntaxError:
            self.unread.append(f"the part {name} was not read: its XML is damaged")
            return None

    def _attached_template(self) -> str:
        settings = self._related(REL + "settings")
        if settings is None:
            return ""
        return next((rel.target_ref for rel in settings.rels.values() if rel.reltype == REL + "attachedTemplate"), "")

    # ---------------------------------------------------------------- sections, headers, footers
    def _read_sections(self) -> None:
        settings = self._element(self._related(REL + "settings"))
        even_odd = settings is not None and on_off(settings.find(W + "evenAndOddHeaders"))
        inherited: dict[str, str] = {}
        for number, setup in enumerate(self._section_setups, start=1):
            element = setup.element
            references = {} if element is None else {ref.tag + ref.get(W + "type", "default"): ref.get(R + "id")
                                                     for ref in element if ref.tag in (W + "headerReference", W + "footerReference")}
            inherited = {**inherited, **references}
            title_page = element is not None and on_off(element.find(W + "titlePg"))
            header_numbers = self._template_numbers(inherited.get(W + "headerReferencedefault"))
            pages = tuple(dict.fromkeys(setup.pages))
            for position, page in enumerate(pages):
                variant = "first" if position == 0 and title_page else "even" if even_odd and page % 2 == 0 else "default"
                self._bands_for(page, inherited, variant)
            for key, rel_id in references.items():
                kind = "header" if key.startswith(W + "header") else "footer"
                self._hidden_in_story(rel_id, f"the {kind} of section {number}", setup.first_paragraph, pages[0] if pages else 1)
            width, height, margins = _page_setup(element)
            self.sections.append(WordSection(number, width, height, margins, _line_numbering(element), header_numbers,
                                             pages, setup.first_paragraph))

    def _bands_for(self, page: int, references: dict[str, str], variant: str) -> None:
        lines = self.page_lines[page - 1]
        for tag, band in ((W + "headerReference", Band.HEADER), (W + "footerReference", Band.FOOTER)):
            rel_id = references.get(tag + variant)
            if rel_id is None and variant != "first":
                rel_id = references.get(tag + "default")
            texts = self._story_lines(rel_id)
            placed = [Line(text, index, band) for index, text in enumerate(texts, start=1)]
            if band is Band.HEADER:
                lines[:0] = placed
            else:
                lines.extend(placed)

    def _story_lines(self, rel_id: str | None) -> list[str]:
        """A header's or footer's lines, without a pleading template's margin numbers."""
        root = self._story(rel_id)
        if root is None:
            return []
        texts = []
        for paragraph in root.iter(W + "p"):
            text = _plain_paragraph_text(paragraph)
            for piece in text.split("\n"):
                if piece.strip() and not (piece.strip().isdigit() and self._in_text_box(paragraph)):
                    texts.append(piece)
        return texts

    def _hidden_in_story(self, rel_id: str | None, name: str, paragraph: int, page: int) -> None:
        """Deleted, hidden, white and tiny text in a header or footer: read once per part, placed at its section."""
        root = self._story(rel_id)
        if root is None or rel_id in self._stories_read:
            return
        self._stories_read.add(rel_id)
        marks = (len(self.revisions), len(self.hidden), len(self.faint))
        self._story_name = name
        try:
            for story_paragraph in (p for p in root.iter(W + "p") if not _in_fallback(p)):
                for _ in self._runs(story_paragraph, paragraph, self.styles.paragraph_style_id(story_paragraph)):
                    pass
        finally:
            self._story_name = ""
        placed = {"page": page, "story": name}
        for items, start in ((self.revisions, marks[0]), (self.hidden, marks[1]), (self.faint, marks[2])):
            items[start:] = [replace(item, **placed) for item in items[start:]]
        for item in [*self.revisions[marks[0]:], *self.hidden[marks[1]:]]:
            if item.kind in REMOVED_KINDS + ("hidden",):
                label = "hidden text" if item.kind == "hidden" else "deleted"
                self.page_lines[page - 1].append(Line(f"[{label} in {name}] {item.text}", paragraph, Band.HIDDEN, paragraph=paragraph))

    def _story(self, rel_id: str | None):
        if rel_id is None or rel_id not in self.part.rels:
            return None
        relationship = self.part.rels[rel_id]
        return None if relationship.is_external else self._element(relationship.target_part)

    @staticmethod
    def _in_text_box(paragraph) -> bool:
        return any(ancestor.tag in (W + "txbxContent", "{urn:schemas-microsoft-com:vml}textbox") for ancestor in paragraph.iterancestors())

    def _template_numbers(self, rel_id: str | None) -> tuple[int, ...]:
        """A pleading-paper template prints 1 to 28 from a text box in the header."""
        root = self._story(rel_id)
        if root is None:
            return ()
        numbers = [int(text) for paragraph in root.iter(W + "p") if self._in_text_box(paragraph)
                   for text in _plain_paragraph_text(paragraph).split() if text.isdigit() and len(text) <= 2]
        run = _increasing_from_one(numbers)
        return tuple(run) if len(run) >= 10 else ()

    # ---------------------------------------------------------------- pages
    def rendered_pages(self) -> int:
        """The pages of Word's last layout, where the file keeps its marks (w:lastRenderedPageBreak); 0 when it has none.

        A page starting at a hard break may carry the mark too, so this is said in the note, never used to place findings."""
        marks = sum(1 for _ in self.part.element.body.iter(W + "lastRenderedPageBreak"))
        return marks + 1 if marks else 0

    def pages(self, max_pages: int) -> tuple[Page, ...]:
        by_page = {page: section for section in self.sections for page in section.pages}
        built = []
        for number, lines in enumerate(self.page_lines[:max_pages], start=1):
            section = by_page.get(number)
            width, height = (section.width, section.height) if section else (612.0, 792.0)
            built.append(Page(number, tuple(lines), width=width, height=height, media_width=width, media_height=height,
                              pleading_numbers=section.header_numbers if section else ()))
        return tuple(built)


# -------------------------------------------------------------------- helpers


def _revision_state(run) -> tuple[str, etree._Element] | None:
    """("deletion"|"insertion"|"moved away"|"moved here", the w:del/w:ins element) when the run is a tracked change."""
    for ancestor in run.iterancestors(*DELETED, *INSERTED, W + "p"):
        if ancestor.tag == W + "p":
            return None
        kind = {W + "del": "deletion", W + "moveFrom": "moved away", W + "ins": "insertion", W + "moveTo": "moved here"}[ancestor.tag]
        return kind, ancestor
    return None


def _run_text(run, deleted: bool) -> str:
    """A run's characters as Word shows them (a deleted run's as it held them)."""
    parts = []
    for child in run:
        tag = child.tag
        if tag == W + "t" or (deleted and tag == W + "delText"):
            parts.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t")
        elif tag == W + "br":
            parts.append(PAGE_BREAK if child.get(W + "type") == "page" else "\n")
        elif tag == W + "cr":
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _plain_paragraph_text(paragraph) -> str:
    """The text of a paragraph in a header, footer or comment (deleted text left out)."""
    parts = []
    for run in paragraph.iter(W + "r"):
        if next(run.iterancestors(W + "p"), None) is not paragraph or _in_fallback(run):
            continue
        state = _revision_state(run)
        if state is None or state[0] in ("insertion", "moved here"):
            parts.append(_run_text(run, deleted=False))
    return "".join(parts).replace(PAGE_BREAK, "\n")


def _in_fallback(element) -> bool:
    """Word writes a text box twice (drawing and VML fallback); the fallback copy is not read."""
    return any(ancestor.tag == MC_FALLBACK for ancestor in element.iterancestors())


def _section_start(section) -> str:
    """How a section starts (w:type on its own sectPr; Word's default is a new page)."""
    kind = section.find(W + "type") if section is not None else None
    return kind.get(W + "val", "nextPage") if kind is not None else "nextPage"


def _split_at_breaks(runs: list[_Run]) -> list[tuple[str, list[_Run]]]:
    """The paragraph's runs cut into lines at soft line breaks, and at page breaks (marked "page")."""
    pieces: list[tuple[str, list[_Run]]] = [("line", [])]
    for run in runs:
        if run.span is None:
            pieces[-1][1].append(run)
            continue
        text = run.text
        while text:
            cut = min((i for i in (text.find("\n"), text.find(PAGE_BREAK)) if i >= 0), default=-1)
            if cut < 0:
                pieces[-1][1].append(_Run(text, _with_text(run.span, text)))
                break
            if cut:
                pieces[-1][1].append(_Run(text[:cut], _with_text(run.span, text[:cut])))
            if text[cut] == PAGE_BREAK:
                pieces.append(("page", []))
            pieces.append(("line", []))
            text = text[cut + 1:]
    return pieces


def _with_text(span: Span, text: str) -> Span:
    from dataclasses import replace

    return replace(span, text=text)


def _on_dark(run, formatting) -> bool:
    """White text on a dark highlight or shading is visible."""
    if formatting.background_dark:
        return True
    for ancestor in run.iterancestors(W + "p", W + "tc"):
        shading = ancestor.find(f"{W}pPr/{W}shd") if ancestor.tag == W + "p" else ancestor.find(f"{W}tcPr/{W}shd")
        if shading is not None and _dark_fill(shading.get(W + "fill", "")):
            return True
    return False


def _dark_fill(value: str) -> bool:
    if len(value) != 6:
        return False
    try:
        red, green, blue = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return (red + green + blue) / 3 < 160


def _target_name(relationship) -> str:
    if relationship.is_external:
        return f"linked: {relationship.target_ref}"
    return posixpath.basename(str(relationship.target_part.partname))


def _page_setup(section) -> tuple[float, float, tuple[float, float, float, float]]:
    size = section.find(W + "pgSz") if section is not None else None
    margins = section.find(W + "pgMar") if section is not None else None
    width = _twips(size, "w", LETTER_TWIPS[0])
    height = _twips(size, "h", LETTER_TWIPS[1])
    edges = tuple(_twips(margins, side, 1440) for side in ("top", "right", "bottom", "left"))
    return width, height, edges  # type: ignore[return-value]


def _twips(element, attribute: str, default: int) -> float:
    value = element.get(W + attribute) if element is not None else None
    try:
        return round(abs(float(value)) / TWIPS, 2) if value is not None else default / TWIPS
    except ValueError:
        return default / TWIPS


def _line_numbering(section) -> LineNumbering | None:
    element = section.find(W + "lnNumType") if section is not None else None
    if element is None:
        return None
    def number(name: str, default: int) -> int:
        try:
            return int(element.get(W + name, default))
        except ValueError:
            return default
    count_by = number("countBy", 1)
    if count_by < 1:
        return None  # Word numbers no lines when countBy is missing or 0
    return LineNumbering(count_by, number("start", 0) + 1, element.get(W + "restart", "newPage"))


def _increasing_from_one(numbers: Iterable[int]) -> list[int]:
    run: list[int] = []
    for value in numbers:
        if value == len(run) + 1:
            run.append(value)
        elif value == 1:
            run = [1]
    return run
