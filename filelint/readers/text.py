"""Plain-text filings: decode, split into pages on form feeds, find pleading numbers."""

from __future__ import annotations

import codecs

import regex

from filelint import pleading
from filelint.document import Band, Document, Line, Page
from filelint.legal.ecf import looks_like_stamp
from filelint.readers import describe_content, unreadable

# "12  text" or "12" alone: a margin number at the start of a line (no period: "1." is a list).
MARGIN_NUMBER = regex.compile(r"^[ \t]{0,8}(\d{1,2})(?=[ \t]{2,}|\t|[ \t]*$)[ \t]*")
ANNOTATION_PREFIX = "#:"


def decode(data: bytes) -> tuple[str, str]:
    """Decode as UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def strip_annotations(lines: list[str]) -> list[str]:
    """Drop the ``#:`` header block at the top of a file.

    filelint's own fixtures declare their expected findings there; the lines are
    not part of the filing, and line numbers count from the first line after them.
    """
    start = 0
    while start < len(lines) and lines[start].startswith(ANNOTATION_PREFIX):
        start += 1
    return lines[start:]


def build_page(number: int, raw_lines: list[str], first_file_line: int | None = None, first_column: int = 1) -> Page:
    """Number the lines, take out the margin numbers and mark header and footer.

    ``first_file_line`` is the line of the file the page's first line is on, and
    ``first_column`` the column it starts at (after a form feed, it shares a line).
    """
    candidates = []
    for i, raw in enumerate(raw_lines):
        match = MARGIN_NUMBER.match(raw)
        if match and 1 <= int(match.group(1)) <= pleading.MAX_PLEADING_LINE:
            candidates.append((i, int(match.group(1)), match.end()))
    run = pleading.longest_increasing_run([value for _, value, _ in candidates])
    numbered = {candidates[k][0]: candidates[k] for k in run} if len(run) >= pleading.MIN_NUMBERS else {}
    last_numbered = max(numbered) if numbered else None
    header_end = _header_end(raw_lines)
    lines = []
    for i, raw in enumerate(raw_lines):
        text, pleading_line, cut = raw, None, 0
        if i in numbered:
            _, pleading_line, cut = numbered[i]
            text = raw[cut:]
        band = Band.BODY
        if i < header_end:
            band = Band.HEADER
        elif last_numbered is not None and i > last_numbered and not text.strip().isdigit():
            band = Band.FOOTER
        file_line = first_file_line + i if first_file_line is not None else None
        file_column = (first_column if i == 0 else 1) + cut
        lines.append(Line(text=text.rstrip(), index=i + 1, band=band, pleading_line=pleading_line,
                          file_line=file_line, file_column=file_column))
    numbers = tuple(candidates[k][1] for k in run) if numbered else ()
    return Page(number=number, lines=tuple(lines), pleading_numbers=numbers)


def _header_end(raw_lines: list[str]) -> int:
    """Lines at the very top that carry the ECF stamp belong to the header."""
    end = 0
    for i, raw in enumerate(raw_lines[:3]):
        if looks_like_stamp(raw):
            end = i + 1
        elif raw.strip():
            break
    return end


def read_text(data: bytes, shown: str) -> Document:
    """Build a Document from a text file's bytes."""
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        found = describe_content(data)
        return unreadable(shown, len(data), "text", f"it is not plain text: it looks like {found}")
    content, encoding = decode(data)
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    page_texts = content.split("\f")
    pages = []
    file_line, column = 1, 1  # where the page being read starts in the file
    for number, page_text in enumerate(page_texts, start=1):
        raw_lines = page_text.split("\n")
        first_line = file_line
        if number == 1:
            kept = strip_annotations(raw_lines)
            first_line, raw_lines = first_line + len(raw_lines) - len(kept), kept
        breaks = page_text.count("\n")
        next_line = file_line + breaks
        next_column = (column if not breaks else 1) + len(page_text) - (page_text.rfind("\n") + 1) + 1  # after the form feed
        if number == len(page_texts) and raw_lines and raw_lines[-1] == "":
            raw_lines = raw_lines[:-1]
        pages.append(build_page(number, raw_lines, first_line, column))
        file_line, column = next_line, next_column
    return Document(path=shown, kind="text", size_bytes=len(data), pages=tuple(pages), encoding=encoding)
