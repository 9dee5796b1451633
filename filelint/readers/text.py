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


def build_page(number: int, raw_lines: list[str]) -> Page:
    """Number the lines, take out the margin numbers and mark header and footer."""
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
        text, pleading_line = raw, None
        if i in numbered:
            _, pleading_line, cut = numbered[i]
            text = raw[cut:]
        band = Band.BODY
        if i < header_end:
            band = Band.HEADER
        elif last_numbered is not None and i > last_numbered and not text.strip().isdigit():
            band = Band.FOOTER
        lines.append(Line(text=text.rstrip(), index=i + 1, band=band, pleading_line=pleading_line))
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
    for number, page_text in enumerate(page_texts, start=1):
        raw_lines = page_text.split("\n")
        if number == 1:
            raw_lines = strip_annotations(raw_lines)
        if number == len(page_texts) and raw_lines and raw_lines[-1] == "":
            raw_lines = raw_lines[:-1]
        pages.append(build_page(number, raw_lines))
    return Document(path=shown, kind="text", size_bytes=len(data), pages=tuple(pages), encoding=encoding)
