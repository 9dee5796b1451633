"""The rules' fast ways of reading a page give what the plain ways give, over generated text and the corpus.

Each plain way here is the code the rule had before it was made faster, kept as the reference.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from filelint.document import Band, Box, Document, Line, Page, Span
from filelint.legal.textsearch import is_heading, letter_counts
from filelint_rules.ecf import PLACEHOLDER, Glyph, covers_columns, covers_rows, span_columns, span_rows
from filelint_rules.ecf.failed_redaction import _columns, _hides, _redaction_like, hidden_under
from filelint_rules.ndcal import most_common_size


@pytest.fixture(scope="module")
def corpus_documents(corpus: Path) -> list[Document]:
    from filelint.readers import read_document

    documents = [read_document(path) for path in sorted((corpus / "pdf").glob("*.pdf"))]
    return [document for document in documents if document.readable]


def corpus_lines(documents: list[Document]) -> list[str]:
    return [line.text for document in documents for page in document.pages for line in page.lines]


# ---------------------------------------------------------------- letters and capitals
def plain_letter_counts(text: str) -> tuple[int, int]:
    letters = list(filter(str.isalpha, text))
    return len(letters), sum(map(str.isupper, letters))


def generated_lines() -> list[str]:
    rng = random.Random(8)
    alphabet = ("abcXYZ019 .,;:-'\"\t\n\x00\x7f" "éÉßẞǅǈİıſΣσςДдﬁⅫⅻⒶⓐ𝐀𝐚" "’“”–—§¶•…\u00ad\u200b\u0301\ud800" "中ひカ")
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]


def test_letter_counts_count_as_isalpha_and_isupper_do() -> None:
    for text in generated_lines():
        assert letter_counts(text) == plain_letter_counts(text), repr(text)


def test_letter_counts_on_every_corpus_line(corpus_documents: list[Document]) -> None:
    for text in corpus_lines(corpus_documents):
        assert letter_counts(text) == plain_letter_counts(text), repr(text)
        letters, capitals = plain_letter_counts(text)
        assert is_heading(text) == (4 <= letters and len(text.strip()) < 80 and capitals / letters > 0.8)


# ---------------------------------------------------------------- the main type size
def plain_most_common_size(lines: tuple[Line, ...]) -> float | None:
    sizes: dict[float, int] = {}
    for line in lines:
        for span in line.spans:
            size = round(span.size, 1)
            sizes[size] = sizes.get(size, 0) + len(span.text.strip())
    return max(sizes, key=sizes.get) if sizes else None


def test_most_common_size_on_generated_lines() -> None:
    rng = random.Random(3)
    sizes = [12.0, 12.04, 11.96, 12.05, 10.0, 9.96, 14.0, 13.95, 0.0, -0.0, 1e-9]
    for _ in range(3000):
        lines = tuple(Line("", index, spans=tuple(Span(rng.choice(["", " ", "a", "word ", " text  "]), "F", rng.choice(sizes), 0, 0)
                                                  for _ in range(rng.randint(0, 4))))
                      for index in range(rng.randint(0, 5)))
        assert most_common_size(lines) == plain_most_common_size(lines)


def test_most_common_size_on_every_corpus_page(corpus_documents: list[Document]) -> None:
    for document in corpus_documents:
        for page in document.pages:
            assert most_common_size(page.body) == plain_most_common_size(page.body), (document.path, page.number)


# ---------------------------------------------------------------- text under dark boxes
def plain_hidden_under(page: Page) -> dict[int, list[Glyph]]:
    """failed_redaction.hidden_under as it was: each span's rows asked of every dark box."""
    boxes = [(i, box) for i, box in enumerate(page.shapes) if _redaction_like(box)]
    hidden: dict[int, list[Glyph]] = {}
    for line in page.lines:
        for span in line.spans:
            top, bottom = span_rows(span)
            left, right = _columns(span) if boxes else (0, 0)
            nearby = [(i, box) for i, box in boxes if box.top < bottom and box.bottom > top and box.x0 <= right
                      and box.x1 >= left and covers_rows(box, top, bottom) and _hides(box, span)]
            for char, x0, x1 in plain_span_columns(span) if nearby else ():
                for index, box in nearby:
                    if covers_columns(box, x0, x1):
                        hidden.setdefault(index, []).append(Glyph(char, x0, x1, top, bottom, span, line))
                        break
    return {index: chars for index, chars in hidden.items()
            if len("".join(g.char for g in chars)) >= 2 and not PLACEHOLDER.match("".join(g.char for g in chars))}


def plain_span_columns(span: Span) -> list[tuple[str, float, float]]:
    """filelint_rules.ecf.span_columns as it was, with min and max."""
    starts = span.glyph_x
    if len(starts) != len(span.text):
        return []
    ends = list(starts[1:]) + [span.end_x]
    return [(char, min(x0, x1), max(x0, x1)) for char, x0, x1 in zip(span.text, starts, ends) if char.strip()]


def test_span_columns_are_min_and_max(corpus_documents: list[Document]) -> None:
    rng = random.Random(13)
    nan = float("nan")
    spans = [span for document in corpus_documents[:20] for page in document.pages for line in page.lines for span in line.spans]
    for _ in range(3000):
        text = rng.choice(["ab", "a b", "xyz", " "])
        spans.append(Span(text, "F", 12.0, 0, 0, rng.choice([3.0, nan, -0.0, 0.0]),
                          glyph_x=tuple(rng.choice([0.0, -0.0, 1.0, 2.0, nan]) for _ in text)))
    for span in spans:
        found, plain = list(span_columns(span)), plain_span_columns(span)
        assert [(c, repr(a), repr(b)) for c, a, b in found] == [(c, repr(a), repr(b)) for c, a, b in plain], span


def test_hidden_under_on_every_corpus_page(corpus_documents: list[Document]) -> None:
    for document in corpus_documents:
        for page in document.pages:
            assert hidden_under(page) == plain_hidden_under(page), (document.path, page.number)


def test_hidden_under_on_generated_pages() -> None:
    rng = random.Random(11)
    nan = float("nan")
    for _ in range(1500):
        boxes = tuple(Box(x0, top, x0 + rng.choice([3, 5, 40, 200]), top + rng.choice([3, 6, 12, 30]),
                          rng.choice([(0.0, 0.0, 0.0), (0.2, 0.2, 0.2), (1.0, 1.0, 1.0), None]), rng.randint(0, 6))
                      for x0, top in ((rng.uniform(0, 300), rng.choice([rng.uniform(0, 200), nan])) for _ in range(rng.randint(0, 4))))
        lines = []
        for index in range(rng.randint(1, 5)):
            spans = []
            for _ in range(rng.randint(1, 3)):
                text = rng.choice(["secret", "XXXX", "a b", "REDACTED", "$1,200"])
                x, size = rng.uniform(0, 300), rng.choice([6.0, 12.0, 30.0, nan])
                starts = tuple(x + 6 * i * rng.choice([1, 1, -1, 0]) if rng.random() < 0.95 else nan for i in range(len(text)))
                spans.append(Span(text, "F", size, x, rng.choice([rng.uniform(0, 220), nan]), x + 6 * len(text),
                                  fill=rng.choice([(0.0, 0.0, 0.0), (0.1, 0.1, 0.1), None]), order=rng.randint(0, 6),
                                  glyph_x=starts if rng.random() < 0.9 else ()))
            lines.append(Line("", index + 1, spans=tuple(spans)))
        page = Page(1, lines=tuple(lines), shapes=boxes)
        assert hidden_under(page) == plain_hidden_under(page), page


# ---------------------------------------------------------------- a document property's words in the filing
def test_a_property_word_is_found_where_the_filing_has_that_word() -> None:
    from filelint_rules.ecf.metadata import _any_word_in, _words

    rng = random.Random(21)
    pieces = ["Motion", "motion", "MOTIONS", "'motion", "’motion’s", "o'motion", "motion'", "Kmotion", "motioned",
              "smith", "SMITH", "Smith’s", "ſmith", "İsmith", "Kelvin", "\u212aelvin", "kelvin", "a", "'", "’", "-", " ",
              "\n", "1", "é", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        words = set(rng.sample(["motion", "smith", "kelvin", "motion's", "smith’s", "motioned", "elvin"], rng.randint(1, 3)))
        assert _any_word_in(words, text) == bool(words & _words(text)), (words, text)


def test_a_property_word_in_corpus_text(corpus_documents: list[Document]) -> None:
    from filelint.legal.textsearch import document_text
    from filelint_rules.ecf.metadata import _any_word_in, _words

    rng = random.Random(4)
    for document in corpus_documents:
        text = document_text(document, tuple(Band)).text
        every = _words(text)
        asked = sorted(word for word in every if len(word) >= 4)
        for words in [set(rng.sample(asked, min(3, len(asked)))), {"zzzzyx", "filelint"}, {"notaword", asked[0] if asked else "x"}]:
            assert _any_word_in(words, text) == bool(words & every), (document.path, words)
        for word in rng.sample(asked, min(200, len(asked))):
            assert _any_word_in({word}, text), (document.path, word)


# ---------------------------------------------------------------- page roles
def plain_attachment_starting(text: str):
    from filelint.legal import structure

    words = len(text.split())
    if words <= 12 and structure._SLIP_SHEET.search(text):
        return structure.Role.EXHIBIT
    head = "\n".join(text.splitlines()[:12])
    if structure._SERVICE_WORD.search(head) and structure._SERVICE_TITLE.search(head):
        return structure.Role.SERVICE
    if ("DECLARATION" in head or "PROPOSED" in head) and structure._ATTACHED_TITLE.search(head) and (
            bool(structure._COURT.search(text)) or words < 400):
        return structure.Role.ATTACHMENT
    return None


def test_attachments_start_where_counting_every_word_says(corpus_documents: list[Document]) -> None:
    from filelint.legal.structure import _attachment_starting

    rng = random.Random(6)
    texts = [page.text() for document in corpus_documents for page in document.pages]
    for count in (0, 1, 11, 12, 13, 398, 399, 400, 401):
        for gap in (" ", "\n", " \t ", "\u2003"):
            for opening in ("EXHIBIT A", "DECLARATION OF JANE ROE", "[PROPOSED] ORDER", "words"):
                texts.append(opening + gap + gap.join(rng.choice(["word", "x", "COURT"]) for _ in range(count)) + rng.choice(["", " ", "\n"]))
    for text in texts:
        assert _attachment_starting(text) == plain_attachment_starting(text), text[:200]


# ---------------------------------------------------------------- IBANs
def test_iban_shapes_are_what_the_shape_finds() -> None:
    from filelint.legal.numbers import IBAN_SHAPE, iban_shapes

    rng = random.Random(9)
    pieces = ["GB", "DE", "gb", "82", "89", "WEST", "1234", "5698", "7654", "32", " ", "  ", "-", "x", "É", "0", "A", "\n", "_", "١٢"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in iban_shapes(text)] == [m.span() for m in IBAN_SHAPE.finditer(text)], text


def test_iban_shapes_in_corpus_text(corpus_documents: list[Document]) -> None:
    from filelint.legal.numbers import IBAN_SHAPE, iban_shapes
    from filelint.legal.textsearch import document_text

    for document in corpus_documents:
        text = document_text(document, tuple(Band)).text
        assert [m.span() for m in iban_shapes(text)] == [m.span() for m in IBAN_SHAPE.finditer(text)], document.path


# ---------------------------------------------------------------- hidden spans
def plain_hidden_spans(page: Page) -> list:
    from filelint_rules.ecf.hidden_text import _BLACK, _on_dark, _white

    width, height = page.width or 612.0, page.height or 792.0
    found = []
    for line in page.lines:
        for span in line.spans:
            if not span.visible and not page.scanned:
                reason = "invisible"
            elif span.end_x < 0 or span.x > width or span.y < 0 or span.y - span.size > height:
                reason = "outside the page"
            elif span.size < 1.0:
                reason = "smaller than 1 pt"
            elif span.visible and span.fill != _BLACK and _white(span.fill) and not _on_dark(span, page):
                reason = "white on white"
            else:
                continue
            if any(map(str.isalnum, span.text)):
                found.append((line, span, reason))
    return found


def test_hidden_spans_on_every_corpus_page(corpus_documents: list[Document]) -> None:
    from filelint_rules.ecf.hidden_text import _hidden_spans

    for document in corpus_documents:
        for page in document.pages:
            assert list(_hidden_spans(page)) == plain_hidden_spans(page), (document.path, page.number)


def test_hidden_spans_on_generated_pages() -> None:
    from filelint_rules.ecf.hidden_text import _hidden_spans

    rng = random.Random(12)
    for _ in range(3000):
        spans = tuple(Span(rng.choice(["text", "...", ""]), "F", rng.choice([0.5, 1.0, 12.0]), rng.choice([-50.0, 10.0, 700.0]),
                           rng.choice([-5.0, 100.0, 900.0]), rng.choice([-1.0, 50.0]), visible=rng.random() < 0.7,
                           fill=rng.choice([(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.97, 0.97, 0.97), None]), order=rng.randint(0, 3))
                      for _ in range(rng.randint(1, 4)))
        page = Page(1, lines=(Line("", 1, spans=spans),), width=rng.choice([None, 612.0]), height=792.0,
                    has_images=rng.random() < 0.5, shapes=(Box(0, 0, 300, 300, (0.0, 0.0, 0.0), 0),) if rng.random() < 0.5 else (),
                    images=(Box(0, 0, 612, 792),) if rng.random() < 0.3 else ())
        assert list(_hidden_spans(page)) == plain_hidden_spans(page), page


# ---------------------------------------------------------------- small type
def plain_small_spans(line: Line, minimum: float) -> list[Span]:
    from filelint_rules.ndcal.type_size import CONTINUED, NOT_A_LETTER, TOLERANCE

    largest = max((span.size for span in line.spans), default=0.0)
    small = []
    for span in line.spans:
        if not span.visible or span.size >= minimum - TOLERANCE:
            continue
        letters = NOT_A_LETTER.sub("", span.text)
        if len(letters) <= 3 or CONTINUED.search(span.text):
            continue
        if letters.isupper() and largest >= minimum - TOLERANCE:
            continue
        small.append(span)
    return small


def test_small_spans_and_line_positions(corpus_documents: list[Document]) -> None:
    from filelint_rules.ndcal.type_size import _position, small_spans

    rng = random.Random(2)
    lines = [line for document in corpus_documents for page in document.pages for line in page.lines]
    for _ in range(3000):
        lines.append(Line("", 1, spans=tuple(Span(rng.choice(["SMALL CAPS", "small text", "1", "continued", "ABCD"]), "F",
                                                   rng.choice([6.0, 11.4, 11.6, 12.0, float("nan")]), 0, 0, visible=rng.random() < 0.9)
                                              for _ in range(rng.randint(0, 3)))))
    for line in lines:
        for minimum in (12.0, 10.0):
            assert small_spans(line, minimum) == plain_small_spans(line, minimum), line
    for document in corpus_documents[:10]:
        for page in document.pages:
            every = list(page.lines) + list(page.lines[:3])  # the same lines again: the first place is found
            for line in every:
                assert _position(every, line) == every.index(line)


# ---------------------------------------------------------------- a filing's text, its lines placed on first use
def test_document_text_is_the_placed_text_of_its_lines(corpus_documents: list[Document]) -> None:
    from filelint.legal.textsearch import PlacedText, document_text

    rng = random.Random(5)
    for document in corpus_documents:
        for bands in (tuple(Band), (Band.BODY,), (Band.BODY, Band.FOOTER)):
            placed = [(page, line) for page in document.pages for line in page.lines if line.band in bands]
            plain, lazy = PlacedText(placed), document_text(document, bands)
            assert lazy.text == plain.text
            offsets = [rng.randint(-1, len(plain.text) + 1) for _ in range(50)] if placed else []  # no line: nowhere
            assert [lazy.location(offset) for offset in offsets] == [plain.location(offset) for offset in offsets]
            assert lazy.placed == plain.placed and lazy.starts == plain.starts


# ---------------------------------------------------------------- footers
def plain_footer_matches(footer: str, words: set[str]) -> bool:
    from filelint_rules.ndcal.footer import ABBREVIATIONS, _tokens

    found = set()
    for token in _tokens(footer):
        token = ABBREVIATIONS.get(token, ABBREVIATIONS.get(token.rstrip("S"), token))
        found.update(word for word in words if len(token) >= 3 and word.startswith(token))
    return len(found) >= min(2, len(words))


def test_footer_matches_stops_at_enough_words(corpus_documents: list[Document]) -> None:
    from filelint.legal.facts import DocumentFacts
    from filelint_rules.ndcal.footer import footer_matches, title_words

    rng = random.Random(7)
    vocabulary = ["MOTION", "MOT", "DISMISS", "OPP", "OPPOSITION", "COMPEL", "MTD", "S", "NO", "CASE", "3:19-cv-1"]
    for document in corpus_documents:
        words = title_words(DocumentFacts(document).title)
        for page in document.pages:
            footer = " ".join(line.text for line in page.footer)
            assert footer_matches(footer, words) == plain_footer_matches(footer, words), (document.path, page.number)
    for _ in range(3000):
        words = set(rng.sample(["MOTION", "DISMISS", "OPPOSITION", "COMPEL", "PLAINTIFF"], rng.randint(0, 3)))
        footer = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 6)))
        assert footer_matches(footer, words) == plain_footer_matches(footer, words), (footer, words)


# ---------------------------------------------------------------- running text
def plain_not_running_text(line: Line) -> bool:
    if "  " in line.text.strip():
        return True
    if all("bold" in span.font.lower() for span in line.spans if span.text.strip()):
        return True
    letters = list(filter(str.isalpha, line.text))
    return len(letters) >= 3 and sum(map(str.isupper, letters)) / len(letters) > 0.8


def test_not_running_text_as_it_was(corpus_documents: list[Document]) -> None:
    from filelint_rules.ndcal.line_spacing import _not_running_text

    rng = random.Random(17)
    lines = [line for document in corpus_documents for page in document.pages for line in page.lines]
    for _ in range(3000):
        spans = tuple(Span(rng.choice(["", " ", "Text", "HEADING"]), rng.choice(["Times-Bold", "TimesNewRoman", "ARIAL,BOLD"]), 12.0, 0, 0)
                      for _ in range(rng.randint(0, 3)))
        lines.append(Line(rng.choice(["", "Text  gap", "A HEADING", "running text", "É É É é"]), 1, spans=spans))
    for line in lines:
        assert _not_running_text(line) == plain_not_running_text(line), line
