"""The legal facts of one filing, derived once and shared by every rule.

The engine builds one :class:`DocumentFacts` per document and hands it to every rule
through :attr:`filelint.rule.RuleContext.facts`. Each fact is computed the first time a
rule asks for it and kept: a 400-page brief is searched for its caption, its page roles or
its hearing once, however many rules read them. Rules never call the derivations in this
package themselves.
"""

from __future__ import annotations

from functools import cached_property

from filelint.document import Band, Document, Line, Page
from filelint.legal import doctype, hearing, structure
from filelint.legal.casenumber import CaseNumber, find_case_numbers
from filelint.legal.ecf import EcfStamp, looks_like_stamp, parse_stamp
from filelint.legal.parties import Parties, read_parties
from filelint.legal.textsearch import LineText, PlacedText, document_text

ALL_BANDS = tuple(Band)


class DocumentFacts:
    """What a filing is and says, read from its pages on first use.

    ``declared_type`` is the document type the configuration sets for this file, if any;
    it wins over the type read from the caption.
    """

    def __init__(self, document: Document, declared_type: str | None = None) -> None:
        self.document = document
        self.declared_type = declared_type
        self._texts: dict[tuple[Band, ...], PlacedText] = {}
        self._stamps: dict[int, EcfStamp | None] = {}
        self._stamp_lines: dict[int, tuple[Line, ...]] = {}
        self._scanned: dict[int, bool] = {}

    # ---------------------------------------------------------------- text
    def text(self, bands: tuple[Band, ...] = (Band.BODY,)) -> PlacedText:
        """The document's lines in ``bands``, searchable, with offsets mapped back to page and line."""
        key = tuple(bands)
        if key not in self._texts:
            self._texts[key] = document_text(self.document, key)
        return self._texts[key]

    @cached_property
    def all_text(self) -> PlacedText:
        """Every line in every band: margins, footers and invisible layers are filed too."""
        return self.text(ALL_BANDS)

    # ---------------------------------------------------------------- caption
    @cached_property
    def caption_page(self) -> Page | None:
        return doctype.caption_page(self.document)

    @cached_property
    def readable_caption(self) -> Page | None:
        """The caption page, unless its only text is an OCR layer over a scan (too unreliable to judge its form)."""
        page = self.caption_page
        return None if page is None or self.scanned(page) else page

    @cached_property
    def court_title_line(self):
        """The caption page's line naming the court ("UNITED STATES DISTRICT COURT"), or None."""
        return doctype.court_title_line(self.caption_page) if self.caption_page is not None else None

    @cached_property
    def caption_text(self) -> LineText | None:
        """The caption page's body lines, searchable."""
        page = self.caption_page
        return LineText(page.body, page) if page is not None else None

    @cached_property
    def title(self) -> str:
        """The caption's title: its upper-case (or title-case) segments, one per line."""
        return doctype.title_text(self.document, self.caption_page)

    @cached_property
    def case_numbers(self) -> tuple[CaseNumber, ...]:
        """The case numbers on the caption page, in reading order."""
        if self.caption_text is None:
            return ()
        return tuple(find_case_numbers(self.caption_text.text))

    @cached_property
    def parties(self) -> Parties:
        """The parties by side: the caption's, else a letter's "Re:" line's, with the short names the paper defines."""
        first = self.document.first_page
        return read_parties(self.caption_text.text if self.caption_text else "", first.text() if first else "")

    # ---------------------------------------------------------------- type and roles
    @cached_property
    def guessed_type(self) -> str:
        """The document type read from the filing itself."""
        return doctype.guess_type(self.document, self.caption_page, self.title)

    @cached_property
    def document_type(self) -> str:
        """The configured type where one is set, else the type read from the filing."""
        return self.declared_type or self.guessed_type

    @cached_property
    def court_authored(self) -> bool:
        """An order, opinion or transcript: the court's own paper, not a party's filing."""
        return self.document_type in doctype.COURT_TYPES

    @cached_property
    def page_roles(self) -> tuple[structure.Role, ...]:
        return structure.read_roles(self.document, self.caption_page)

    def role(self, page: Page) -> structure.Role:
        return self.page_roles[page.number - 1]

    def scanned(self, page: Page) -> bool:
        """``page.scanned``, worked out once per page (it looks at every span; four layout rules ask it)."""
        if page.number not in self._scanned:
            self._scanned[page.number] = page.scanned
        return self._scanned[page.number]

    def pages_of_text(self, count_notice: bool = True) -> list[Page]:
        """The pages that count toward a page limit: not the caption, tables, signature-only pages or attachments."""
        return structure.counted_pages(self.document, self.page_roles, count_notice)

    @cached_property
    def author(self) -> str:
        """"court" for the court's own papers (orders, opinions, transcripts), else "party"."""
        return doctype.author_of(self.document_type)

    @cached_property
    def chambers_copy_legend(self) -> bool:
        return doctype.has_chambers_copy_legend(self.document)

    # ---------------------------------------------------------------- hearing and stamps
    @cached_property
    def hearing(self) -> hearing.HearingFacts:
        return hearing.hearing_facts(self.document, self.caption_page, self.text())

    def ecf_stamp(self, page: Page) -> EcfStamp | None:
        """The court's file stamp on ``page``, or None: read once per page, on first use."""
        if page.number not in self._stamps:
            self._stamps[page.number] = _page_stamp(page)
        return self._stamps[page.number]

    def ecf_stamp_lines(self, page: Page) -> tuple[Line, ...]:
        """The lines of ``page`` that carry the court's file stamp (CM/ECF's text, not the filer's)."""
        if page.number not in self._stamp_lines:
            stamped = self.ecf_stamp(page) is not None
            self._stamp_lines[page.number] = tuple(line for line in page.lines if looks_like_stamp(line.text)) if stamped else ()
        return self._stamp_lines[page.number]

    def carries_stamp(self, page: Page, line: Line) -> bool:
        """Whether ``line`` is one of ``ecf_stamp_lines(page)``, asked of that line alone."""
        return self.ecf_stamp(page) is not None and looks_like_stamp(line.text)

    @cached_property
    def ecf_stamps(self) -> tuple[EcfStamp | None, ...]:
        """The court's file stamp on each page (None where a page has none), in page order."""
        return tuple(self.ecf_stamp(page) for page in self.document.pages)

    @cached_property
    def first_page_stamp(self) -> EcfStamp | None:
        """The stamp on page 1: when and as which docket entry the paper was filed."""
        return self.ecf_stamp(self.document.pages[0]) if self.document.pages else None


def _page_stamp(page: Page) -> EcfStamp | None:
    """The header band first (where CM/ECF prints it), then any line of the page."""
    if not looks_like_stamp("\n".join([line.text for line in page.lines])):
        return None  # one search of the page: no line can have a stamp if the page's text has none
    for lines in (page.header, page.lines):
        for line in lines:
            stamp = parse_stamp(line.text)
            if stamp is not None:
                return stamp
    return None
