"""readers/pdf_parse.py builds exactly the objects pypdf's parser builds, and leaves pypdf everything outside
its plain subset (with pypdf's repairs, warnings and limits)."""

from __future__ import annotations

import io
import re
import zlib

import pytest
from conftest import CORPUS, FIXTURES
from pdfbuild import serialise
from pypdf import PdfReader
from pypdf.generic import ArrayObject, IndirectObject, NumberObject, StreamObject
from test_reading_safety import build_pdf

from filelint.readers import pdf_parse
from filelint.readers.library_warnings import collected_library_warnings


def same(a, b) -> bool:
    """Equal values of the same classes, all the way down (references compared, not followed)."""
    pending = [(a, b)]
    while pending:
        a, b = pending.pop()
        if type(a) is not type(b):
            return False
        if isinstance(a, IndirectObject):
            if (a.idnum, a.generation) != (b.idnum, b.generation):
                return False
        elif isinstance(a, dict):
            if list(dict.keys(a)) != list(dict.keys(b)) or (isinstance(a, StreamObject) and a._data != b._data):
                return False
            pending += [(dict.__getitem__(a, key), dict.__getitem__(b, key)) for key in dict.keys(a)]
        elif isinstance(a, list):
            if len(a) != len(b):
                return False
            pending += zip(list.__iter__(a), list.__iter__(b))
        elif a != b or repr(a) != repr(b):
            return False
    return True


READER_ID = re.compile(r", \d+\)")  # IndirectObject(4, 0, <the reader's id>) in an error's words


def every_object(reader: PdfReader) -> list:
    """Every object the file's cross-reference lists, in order, as read (or the error reading it raised)."""
    ids = sorted({(generation, idnum) for generation in reader.xref for idnum in reader.xref[generation]}
                 | {(0, idnum) for idnum in reader.xref_objStm})
    objects = []
    for generation, idnum in ids:
        try:
            objects.append(reader.get_object(IndirectObject(idnum, generation, reader)))
        except Exception as error:  # noqa: BLE001 - the same error is expected of both readers
            objects.append((type(error).__name__, READER_ID.sub(")", str(error))))
    return objects


def read_all(data: bytes, quick: bool) -> tuple[list, list[str]]:
    """Every object, and what the library said while reading the file."""
    with collected_library_warnings() as messages:
        try:
            reader = pdf_parse.QuickReader(data) if quick else PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
        except Exception as error:  # noqa: BLE001 - a file neither reader opens
            return [(type(error).__name__, str(error))], list(messages)
        return every_object(reader), list(messages)


def assert_same_objects(data: bytes) -> None:
    (pypdf_objects, pypdf_said), (quick_objects, quick_said) = read_all(data, False), read_all(data, True)
    assert len(pypdf_objects) == len(quick_objects)
    for expected, got in zip(pypdf_objects, quick_objects):
        assert same(expected, got) if not isinstance(expected, tuple) else expected == got, (expected, got)
    assert pypdf_said == quick_said


def corpus_and_fixture_pdfs() -> list:
    paths = sorted((CORPUS / "pdf").glob("*.pdf")) + sorted(FIXTURES.rglob("*.pdf"))
    return [pytest.param(path, id=path.name) for path in paths]


@pytest.mark.parametrize("path", corpus_and_fixture_pdfs())
def test_every_object_of_every_corpus_and_fixture_pdf_is_the_object_pypdf_builds(path) -> None:
    assert_same_objects(path.read_bytes())


LONGER_THAN_THE_WINDOW = b"/Junk [" + b" ".join([b"1 0 R /A 2.5 (s) true null"] * 300) + b"]"
PLAIN = {
    "a one-page PDF": b"",
    "an object longer than the first look for its end": LONGER_THAN_THE_WINDOW,
    "nesting and every kind of token": b"/Junk [<< /A [/B -1 +2 .5 -3. (x) ()] /C << /D false >> >> [[]] [0 7] 4 0 R]",
}


@pytest.mark.parametrize("extra", PLAIN.values(), ids=PLAIN.keys())
def test_the_quick_parser_reads_plain_objects_itself(extra: bytes) -> None:
    """Without this, the comparison above would hold of a parser that always leaves the object to pypdf."""
    assert len(LONGER_THAN_THE_WINDOW) > pdf_parse.WINDOW
    taken = []
    original = pdf_parse.QuickReader._parse_plain

    def counting(self, offset, generation, idnum):
        taken.append(original(self, offset, generation, idnum) is not None)
        return taken[-1]

    pdf_parse.QuickReader._parse_plain = counting
    try:
        every_object(pdf_parse.QuickReader(build_pdf(extra)))
    finally:
        pdf_parse.QuickReader._parse_plain = original
    assert taken and all(taken)
    assert_same_objects(build_pdf(extra))


OUTSIDE_THE_SUBSET = {
    "comment": b"/Junk [1 % a comment\n 2]",
    "escape in a string": b"/Junk (a \\(b\\) c)",
    "parentheses in a string": b"/Junk (a (b) c)",
    "hex string": b"/Junk <414243>",
    "name escape": b"/Junk /A#20B",
    "name with a byte past ASCII": b"/Junk /Caf\xe9",
    "key defined twice": b"/Junk 1 /Junk 2",
    "key that is not a name": b"/Junk << 1 2 >>",
    "invalid number": b"/Junk 1.2.3",
    "number too long for pypdf's look-ahead": b"/Junk 12345678901234567890123",
    "reference spread past the look-ahead": b"/Junk 12           0            R",
    "vertical tab": b"/Junk [1\x0b2]",
    "deep nesting": b"/Junk " + b"[" * 40 + b"]" * 40,
    "very deep nesting": b"/Junk " + b"[" * 400 + b"]" * 400,
    "stray endobj": b"/Junk [endobj]",
    "counts with a NUL": b"/Junk [1\x002 3]",
    "count too long for pypdf's look-ahead": b"/Junk [1 123456789012345678901234]",
    "counts then a reference": b"/Junk [1 2 0 R]",
    "counts nested": b"/Junk [[1 2] [3]]",
    "a name holding stream": b"/Junk /Upstream",
    "a string holding endobj": b"/Junk (endobj)",
}


@pytest.mark.parametrize("extra", OUTSIDE_THE_SUBSET.values(), ids=OUTSIDE_THE_SUBSET.keys())
def test_objects_outside_the_plain_subset_are_pypdfs_to_parse(extra: bytes) -> None:
    assert_same_objects(build_pdf(extra))


def _with_content_object(body: bytes) -> bytes:
    """The one-page PDF with its content stream object (4 0 obj) replaced by ``body``, the xref rebuilt."""
    objects = re.findall(rb"\d+ 0 obj\n(.*?)\nendobj\n", build_pdf(), re.S)
    objects[3] = body
    return serialise(objects, catalog=1)


DAMAGED_STREAMS = {
    "length too long": b"<< /Length 999 >>\nstream\nBT ET\nendstream",
    "length too short": b"<< /Length 2 >>\nstream\nBT ET\nendstream",
    "no length": b"<< >>\nstream\nBT ET\nendstream",
    "length of another type": b"<< /Length 5.0 >>\nstream\nBT ET\nendstream",
    "negative length": b"<< /Length -5 >>\nstream\nBT ET\nendstream",
    "length refers to the stream itself": b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream",
    "length refers to nothing": b"<< /Length 40 0 R >>\nstream\nBT ET\nendstream",
    "no end of line after stream": b"<< /Length 5 >>\nstream BT ET\nendstream",
    "carriage return alone": b"<< /Length 5 >>\nstream\rBT ET\nendstream",
    "spaces before the end of line": b"<< /Length 5 >>\nstream  \r\nBT ET\nendstream",
    "a NUL before stream": b"<< /Length 5 >>\x00stream\nBT ET\nendstream",
    "a NUL before endstream": b"<< /Length 5 >>\nstream\nBT ET\x00endstream",
}


@pytest.mark.parametrize("body", DAMAGED_STREAMS.values(), ids=DAMAGED_STREAMS.keys())
def test_streams_are_read_as_pypdf_reads_them(body: bytes) -> None:
    assert_same_objects(_with_content_object(body))


def test_an_object_whose_header_is_out_of_place_is_pypdfs_to_find() -> None:
    data = build_pdf()
    at = data.index(b"5 0 obj")
    assert_same_objects(data[:at] + b" " + data[at:])


def test_a_number_made_in_one_step_is_the_one_pypdf_makes() -> None:
    made = pdf_parse._counts(b"[0 007 612 792]")
    assert same(made, ArrayObject([NumberObject(b"0"), NumberObject(b"007"), NumberObject(b"612"), NumberObject(b"792")]))


def test_pypdfs_own_patterns_are_the_ones_mirrored() -> None:
    """The subset's references and numbers end where pypdf's patterns say (pypdf 7)."""
    from pypdf.generic import _data_structures

    assert _data_structures.IndirectPattern.pattern == rb"[+-]?(\d+)\s+(\d+)\s+R[^a-zA-Z]"
    assert NumberObject.NumberPattern.pattern == b"[^+-.0-9]"
    assert pdf_parse.PEEK == 20  # read_object's peek: stream.read(20)


def test_objects_read_by_the_quick_parser_nest_too_little_to_be_reported() -> None:
    """They are not walked by check_nesting (pdf_objects.nests_shallowly): its limit must lie past theirs."""
    from filelint.readers.pdf_objects import MAX_NESTING

    assert pdf_parse.MAX_DEPTH < MAX_NESTING


def _pdf(contents: bytes, *more: bytes) -> bytes:
    """A one-page PDF whose page has ``/Contents contents``; ``more`` are objects 4, 5, ..."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + contents + b" >>", *more]
    return serialise(objects, catalog=1)


def _stream(data: bytes, entries: bytes = b"/Filter /FlateDecode") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"


FLATE = zlib.compress(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET")
STREAMS = {
    "flate": _stream(FLATE),
    "flate in an array of one": _stream(FLATE, b"/Filter [/FlateDecode]"),
    "not encoded": _stream(b"BT ET", b""),
    "empty": _stream(b""),
    "bomb": _stream(zlib.compress(b" " * 76_000_000, 9)),
    "unknown filter": _stream(FLATE, b"/Filter /NoSuchDecode"),
    "abbreviated filter": _stream(FLATE, b"/Filter /Fl"),
    "two filters": _stream(FLATE.hex().encode() + b">", b"/Filter [/ASCIIHexDecode /FlateDecode]"),
    "hex": _stream(b"4254204554>", b"/Filter /ASCIIHexDecode"),
    "not deflate": _stream(b"this is not deflate data at all"),
    "truncated": _stream(FLATE[:-8]),
    "trailing bytes": _stream(FLATE + b"\r\n\r\n"),
    "predictor": _stream(FLATE, b"/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >>"),
    "null parameters": _stream(FLATE, b"/Filter /FlateDecode /DecodeParms null"),
    "filter by reference": _stream(FLATE, b"/Filter 9 0 R"),
}


def _outcome(call) -> tuple:
    """What a call raised (its class and words), and what the library said meanwhile."""
    with collected_library_warnings() as messages:
        try:
            call()
            raised = None
        except Exception as error:  # noqa: BLE001 - compared between the two ways
            raised = (type(error).__name__, READER_ID.sub(")", str(error)))
    return raised, list(messages)


@pytest.mark.parametrize("body", STREAMS.values(), ids=STREAMS.keys())
def test_a_stream_is_checked_as_pypdf_decodes_it(body: bytes) -> None:
    data = _pdf(b"4 0 R", body)
    expected = _outcome(lambda: PdfReader(io.BytesIO(data), strict=False).pages[0].get_contents().get_data())
    quick = pdf_parse.QuickReader(data)
    assert _outcome(lambda: quick.check_contents(quick.pages[0])) == expected
    again = pdf_parse.QuickReader(data)
    assert _outcome(lambda: again.check_stream(again.get_object(4))) == _outcome(
        lambda: PdfReader(io.BytesIO(data), strict=False).get_object(4).get_data())


CONTENTS = {
    "array": (b"[4 0 R 5 0 R]", STREAMS["flate"], STREAMS["not encoded"]),
    "array with a null": (b"[4 0 R null 5 0 R]", STREAMS["flate"], STREAMS["flate"]),
    "array with a dictionary": (b"[4 0 R 5 0 R]", STREAMS["flate"], b"<< /A 1 >>"),
    "array with a missing object": (b"[4 0 R 9 0 R 5 0 R]", STREAMS["flate"], STREAMS["flate"]),
    "array with a bomb then a missing object": (b"[4 0 R 9 0 R]", STREAMS["bomb"]),
    "array with an unreadable stream first": (b"[4 0 R 5 0 R]", STREAMS["not deflate"], STREAMS["flate"]),
    "null": (b"null",),
    "a number": (b"7",),
    "missing": (b"9 0 R",),
}


@pytest.mark.parametrize("case", CONTENTS.values(), ids=CONTENTS.keys())
def test_a_pages_contents_are_checked_as_pypdf_decodes_them(case: tuple) -> None:
    data = _pdf(*case)

    def by_pypdf():
        contents = PdfReader(io.BytesIO(data), strict=False).pages[0].get_contents()
        if contents is not None:
            contents.get_data()

    quick = pdf_parse.QuickReader(data)
    assert _outcome(lambda: quick.check_contents(quick.pages[0])) == _outcome(by_pypdf)


@pytest.mark.parametrize("name", ["flate", "flate in an array of one", "not encoded", "empty", "truncated", "trailing bytes"])
def test_plain_streams_are_inflated_without_pypdf(name: str) -> None:
    """Without this, the comparisons above would hold of a check that always leaves the stream to pypdf."""
    reader = pdf_parse.QuickReader(_pdf(b"4 0 R", STREAMS[name]))
    assert reader.decoded_length(reader.get_object(4)) is not None


def test_a_bomb_is_left_to_pypdf() -> None:
    reader = pdf_parse.QuickReader(_pdf(b"4 0 R", STREAMS["bomb"]))
    assert reader.decoded_length(reader.get_object(4)) is None


def _with_object_stream(inside: list[bytes], *, index: bytes | None = None, count: bytes | None = None,
                        first: bytes | None = None, entries: bytes = b"", compress: bool = False) -> bytes:
    """A one-page PDF whose objects 4, 5, ... (``inside``) are in an object stream (object 4 + len(inside)), found
    by a cross-reference stream; ``index``, ``count`` and ``first`` replace the stream's index, /N and /First,
    ``entries`` are added to its dictionary, and ``compress`` deflates its data."""
    offsets, body = [], b""
    for value in inside:
        offsets.append(len(body))
        body += value + b"\n"
    index = index if index is not None else b" ".join(b"%d %d" % (4 + n, at) for n, at in enumerate(offsets)) + b"\n"
    data = zlib.compress(index + body) if compress else index + body
    count = count if count is not None else b"%d" % len(inside)
    first = first if first is not None else b"%d" % len(index)
    stream_number = 4 + len(inside)
    stream = b"<< /Type /ObjStm /N %s /First %s /Length %d%s >>\nstream\n" % (count, first, len(data), entries)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]
    out, at = bytearray(b"%PDF-1.5\n"), []
    for number, value in enumerate(objects, start=1):
        at.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, value)
    at.append(len(out))
    out += b"%d 0 obj\n%s%s\nendstream\nendobj\n" % (stream_number, stream, data)
    size = stream_number + 2
    rows = [b"\x00\x00\x00\x00\x00\xff\xff"] + [b"\x01" + offset.to_bytes(4, "big") + b"\x00\x00" for offset in at[:3]]
    rows += [b"\x02" + stream_number.to_bytes(4, "big") + n.to_bytes(2, "big") for n in range(len(inside))]
    rows += [b"\x01" + at[3].to_bytes(4, "big") + b"\x00\x00", b"\x01" + len(out).to_bytes(4, "big") + b"\x00\x00"]
    table = b"".join(rows)
    xref = len(out)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (
        size - 1, size, len(table), table)
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref)


PLAIN_INSIDE = [b"<< /A 1 /B [2 3.5 (s) /N] /C << /D 6 0 R >> >>", b"[0 0 612 792]", b"42", b"/Name", b"(text)", b"true"]
TWO = [b"<< /A 1 >>", b"[1]"]
OBJECT_STREAMS = {
    "plain": {"inside": PLAIN_INSIDE},
    "compressed": {"inside": PLAIN_INSIDE, "entries": b" /Filter /FlateDecode", "compress": True},
    "a reference as an object": {"inside": [b"[1]", b"4 0 R"]},
    "an object outside the subset": {"inside": [b"<< /A 1 >>", b"<414243>", b"[1]"]},
    "a number then what reads as a reference": {"inside": [b"12", b"0 R"], "index": b"4 0 5 3\n"},
    "a number running into the next object": {"inside": [b"12", b"[1]"], "index": b"4 0 5 2\n"},
    "a dictionary then a stream keyword": {"inside": [b"<< /A 1 >> stream", b"[1]"]},
    "an object listed twice": {"inside": TWO, "index": b"4 0 4 11\n"},
    "offsets falling": {"inside": TWO, "index": b"4 11 5 0\n"},
    "an offset past the data": {"inside": TWO, "index": b"4 0 5 999\n"},
    "a NUL in the index": {"inside": TWO, "index": b"4 0\x005 11\n"},
    "an index too short": {"inside": TWO, "index": b"4 0\n"},
    "a real in the index": {"inside": TWO, "index": b"4 0 5 11.0\n"},
    "no count": {"inside": TWO, "count": b"", "first": b"/First 12"},
    "a count past the data": {"inside": TWO, "count": b"999"},
    "a negative count": {"inside": TWO, "count": b"-1"},
    "a count by reference": {"inside": TWO, "count": b"1 0 R"},
    "a real count": {"inside": TWO, "count": b"2.0"},
    "a first past the data": {"inside": TWO, "first": b"999"},
    "a first by reference": {"inside": TWO, "first": b"2 0 R"},
    "a predictor": {"inside": TWO, "entries": b" /Filter /FlateDecode /DecodeParms << /Predictor 12 >>", "compress": True},
}


@pytest.mark.parametrize("case", OBJECT_STREAMS.values(), ids=OBJECT_STREAMS.keys())
def test_objects_in_an_object_stream_are_the_objects_pypdf_builds(case: dict) -> None:
    assert_same_objects(_with_object_stream(**case))


def test_a_plain_object_stream_is_read_without_pypdf() -> None:
    """Without this, the comparison above would hold of a reader that always leaves object streams to pypdf."""
    reader = pdf_parse.QuickReader(_with_object_stream(PLAIN_INSIDE, entries=b" /Filter /FlateDecode", compress=True))
    stream = reader.get_object(4 + len(PLAIN_INSIDE))
    assert [number for number, _ in reader._plain_object_stream(stream)] == list(range(4, 4 + len(PLAIN_INSIDE)))
    assert isinstance(reader.get_object(4), dict) and reader.get_object(6) == 42


def test_a_pypdf_without_the_internals_quick_reader_uses_makes_it_plain_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """QuickReader works with pypdf's undocumented parts (PYPDF_INTERNALS); a pypdf release without one of them
    makes it plain pypdf (slower, never wrong): the PDFium reader then builds the same Documents, every part of
    QuickReader's own left unused."""
    from filelint.readers import pdfium

    paths = [FIXTURES / "spero" / "notice_of_motion_ok.pdf", *sorted((CORPUS / "pdf").glob("*.pdf"))[:3]] if CORPUS.is_dir() else \
        [FIXTURES / "spero" / "notice_of_motion_ok.pdf"]
    quick = {path.name: repr(pdfium.read_pdf(path.read_bytes(), path.name)) for path in paths}
    assert pdf_parse.QuickReader(paths[0].read_bytes())._quick
    monkeypatch.setattr(pdf_parse, "PYPDF_INTERNALS", (*pdf_parse.PYPDF_INTERNALS, "_not_in_any_pypdf"))
    monkeypatch.setattr(pdf_parse.QuickReader, "_parse_plain", lambda *args: pytest.fail("QuickReader parsed an object"))
    monkeypatch.setattr(pdf_parse, "_decoded_length", lambda *args: pytest.fail("QuickReader inflated a stream"))
    assert not pdf_parse.QuickReader(paths[0].read_bytes())._quick
    assert {path.name: repr(pdfium.read_pdf(path.read_bytes(), path.name)) for path in paths} == quick
