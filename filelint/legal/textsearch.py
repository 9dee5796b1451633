"""Search text that spans lines and pages, and say where each match starts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from itertools import accumulate
from operator import add

import regex

from filelint.document import Band, Document, Line, Page
from filelint.legal.lazy_regex import lazy


class PlacedText:
    """Lines joined with newlines, with a map back from offsets to (page, line)."""

    def __init__(self, placed: Iterable[tuple[Page | None, Line]]) -> None:
        self.placed = tuple(placed)
        self.text = "\n".join([line.text for _, line in self.placed])

    @classmethod
    def joined(cls, text: str, placed: Callable[[], Iterable[tuple[Page | None, Line]]]) -> PlacedText:
        """``PlacedText(placed())`` given its ``text`` (the lines' texts joined with newlines): the lines are
        placed only when an offset is first mapped back. Most searches of a filing's text find nothing to
        report, and placing its every line took half the time of making its text."""
        made = cls.__new__(cls)
        made.text, made._placing = text, placed
        return made

    @cached_property
    def placed(self) -> tuple[tuple[Page | None, Line], ...]:  # made by joined(): __init__ sets it
        return tuple(self._placing())

    @cached_property
    def starts(self) -> list[int]:
        """Where each line starts in ``text``."""
        before = accumulate(map(len, [line.text for _, line in self.placed]), initial=0)  # the lines before each line
        return list(map(add, before, range(len(self.placed))))  # and a newline after each of them

    def where(self, offset: int) -> tuple[Page | None, Line]:
        """The page and line holding the character at ``offset``."""
        return self.placed[max(bisect_right(self.starts, offset) - 1, 0)]

    def line_at(self, offset: int) -> Line:
        return self.where(offset)[1]

    def finditer(self, pattern: regex.Pattern) -> Iterator[tuple[Line, regex.Match]]:
        """Each match with the line it starts on."""
        for match in pattern.finditer(self.text):
            yield self.line_at(match.start()), match

    def search(self, pattern: regex.Pattern) -> tuple[Line, regex.Match] | None:
        """The first match and its line, or None."""
        return next(self.finditer(pattern), None)

    def location(self, offset: int) -> dict:
        """``page``, ``line`` and ``excerpt`` keyword arguments for a Finding (and, in a text draft,
        ``file_line`` and ``file_column``: where ``offset`` sits in the file)."""
        index = max(bisect_right(self.starts, offset) - 1, 0)
        page, line = self.placed[index]
        where = {"page": page.number if page else None, "line": line.number, "excerpt": excerpt(line.text)}
        if line.file_line is not None:
            where.update(file_line=line.file_line, file_column=line.file_column + min(offset - self.starts[index], len(line.text)))
        return where


class LineText(PlacedText):
    """The lines of one page."""

    def __init__(self, lines: Sequence[Line], page: Page | None = None) -> None:
        super().__init__((page, line) for line in lines)


def document_text(doc: Document, bands: tuple[Band, ...] = (Band.BODY,)) -> PlacedText:
    """Every line of the document in the given bands, in reading order."""
    if set(bands) >= set(Band):  # every line: none to leave out
        return PlacedText.joined("\n".join([line.text for page in doc.pages for line in page.lines]),
                                 lambda: [(page, line) for page in doc.pages for line in page.lines])
    return PlacedText.joined("\n".join([line.text for page in doc.pages for line in page.lines if line.band in bands]),
                             lambda: [(page, line) for page in doc.pages for line in page.lines if line.band in bands])


class Excerpt(str):
    """An excerpt that remembers the text it was cut from, so that the engine can mask that
    text before cutting it (a secret split by the cut, or spaced differently, is still masked)."""

    source: str
    limit: int


def excerpt(text: str, limit: int = 100) -> Excerpt:
    """A line of filing text shortened for display: whitespace runs collapsed, cut at ``limit``."""
    shown = " ".join(text.split())
    cut = Excerpt(shown if len(shown) <= limit else shown[: limit - 1] + "…")
    cut.source, cut.limit = str(text), limit
    return cut


_ABBREVIATIONS = lazy(
    r"(?:\b(?:No|Nos|Inc|Co|Corp|Ltd|Mr|Mrs|Ms|Dr|Hon|Jr|Sr|St|v|vs|Civ|Fed|R|P|L|Cal|Cir|Supp|Ct|Dist|Ex|Dkt|ECF|al|etc|U\.S|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])$"
)
_SENTENCE_END = lazy(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


def is_heading(line: str) -> bool:
    """An all-capitals line such as "II. MEET AND CONFER": a sentence of its own."""
    letters, capitals = letter_counts(line)
    return 4 <= letters and len(line.strip()) < 80 and capitals / letters > 0.8


_ASCII_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_ASCII_CAPITALS = bytes(code for code in range(128) if chr(code).isupper())


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")  # stdlib re: a set of characters, scanned for ~5x faster than by regex


def letter_counts(text: str) -> tuple[int, int]:
    """How many characters of ``text`` are letters (``str.isalpha``), and how many of those are capitals
    (``str.isupper``). Headings are told from running text by this on every line of a filing: its ASCII
    characters are counted by ``bytes.translate`` in C, and only the few others are looked at one by one
    (~3x faster than a look at each character; tests/test_rule_fast_paths.py compares the two)."""
    letters = text.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTERS)
    count, capitals = len(letters), len(letters) - len(letters.translate(None, _ASCII_CAPITALS))
    if not text.isascii():
        for char in _NOT_ASCII.findall(text):
            if char.isalpha():
                count += 1
                capitals += char.isupper()
    return count, capitals


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph-like blocks: split at blank lines and after heading lines."""
    start, offset = 0, 0
    for line in text.split("\n"):
        end = offset + len(line)
        if not line.strip() or is_heading(line):
            if offset > start:
                yield start, offset - 1
            if line.strip():
                yield offset, end
            start = end + 1
        offset = end + 1
    if start < len(text):
        yield start, len(text)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text``; abbreviations do not end one."""
    for block_start, block_end in _blocks(text):
        start = block_start
        block = text[:block_end]
        for match in _SENTENCE_END.finditer(block, block_start):
            if _ABBREVIATIONS.search(text[start : match.start()]):
                continue
            yield start, match.start() + 1
            start = match.end()
        if text[start:block_end].strip():
            yield start, block_end
