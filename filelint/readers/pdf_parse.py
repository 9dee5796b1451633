"""pypdf's reader with its plainest objects parsed in fewer Python steps: the same objects, built faster.

pypdf reads an object a byte at a time (``read_object``), and the PDFium reader's object-level facts
(page tree, resources, fonts, annotations, the streams checked before PDFium inflates them) spent most
of their time there. :class:`QuickReader` parses an object itself when all of it lies in a plain
subset of PDF syntax (dictionaries, arrays, names without ``#``, numbers, references, booleans, null,
literal strings without escapes or parentheses, a stream whose ``/Length`` ends at ``endstream``),
building exactly what pypdf's parser builds: the same classes, each made by the constructor pypdf
calls, from the same bytes; and so are the objects of an object stream whose every object is plain (pypdf
reads and decodes the stream). Everything else (a comment, an escape, a hex string, a damaged stream, a
header out of place, an encrypted file, deep nesting, a limit reached) is parsed by pypdf itself, with its
repairs, warnings and limits, exactly as before. ``tests/test_pdf_parse.py``
compares both parsers over every object of the corpus and the fixtures.

It also checks that streams decode as pypdf decodes them (``check_contents``, ``check_stream``: the check
the PDFium reader makes before PDFium inflates a page), inflating plain Flate itself under pypdf's limits
without keeping the data, and leaving pypdf every other stream, to raise and warn as it does.
"""

from __future__ import annotations

import io
import re
import zlib
from itertools import repeat
from operator import itemgetter
from typing import Any

from pypdf import PdfReader, get_configuration
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    create_string_object,
    is_null_or_none,
)

from filelint.readers.pdf_objects import nests_shallowly

PEEK = 20  # bytes pypdf looks at to tell a reference from a number, and to find a number's end
MAX_DEPTH = 32  # deeper objects go to pypdf, whose recursion limit and reports decide (below MAX_NESTING)
MAX_ITEMS = 10_000  # per array or dictionary: pypdf's limits (100,000) are its own to apply
MAX_CONTENT_STREAMS = 10_000  # pypdf's ContentStream: CONTENT_STREAM_ARRAY_MAX_LENGTH


# pypdf's WHITESPACES but NUL and a vertical tab, which are left to pypdf: its releases read a NUL between two
# numbers differently (6.20 and 7.1 do), so an object holding one is parsed by the pypdf at hand.
_WHITE_BYTES = rb"[\t\n\x0c\r ]"
_WHITE = _WHITE_BYTES + rb"*"
_SPACE = re.compile(_WHITE)
# An object's number and generation (no longer than pypdf reads a token whole), then "obj".
_HEADER = re.compile(rb"(\d{1,20})" + _WHITE_BYTES + rb"+(\d{1,20})" + _WHITE_BYTES + rb"+obj" + _WHITE)
# An object stream's index entry, an object's number and offset, where pypdf reads two numbers without a word.
_INDEX_ENTRY = re.compile(_WHITE + rb"(\d{1,19})" + _WHITE_BYTES + rb"+(\d{1,19})(?=[^+-.0-9])")
_REFERENCE = re.compile(rb"[+-]?(\d+)\s+(\d+)\s+R[^a-zA-Z]")  # pypdf's IndirectPattern: a number that starts one
_STREAM_NEXT = re.compile(rb"[\x00\t\n\x0c\r ]*stream")  # a "stream" keyword after pypdf's white space (NUL too)


def _decoded_length(stream: Any) -> int | None:
    """``QuickReader.decoded_length``, not remembered."""
    if not isinstance(stream, EncodedStreamObject) or stream.decoded_self is not None:
        return len(stream.get_data())  # what pypdf holds already
    filters = stream.get("/Filter")
    if isinstance(filters, ArrayObject):
        filters = list.__getitem__(filters, 0) if len(filters) == 1 else None
    if not isinstance(filters, str) or filters != "/FlateDecode" or "/DecodeParms" in stream:
        return None
    data = stream._data
    if not data:
        return 0  # pypdf decodes nothing
    # As pypdf's decode_stream_data and _decompress_with_limit (pypdf.filters).
    configuration = get_configuration()
    if len(data) > configuration.stream_decoding_work_maximum_length:
        return None
    inflater = zlib.decompressobj()
    try:
        inflated = len(inflater.decompress(data, max_length=configuration.zlib_maximum_output_length))
    except zlib.error:
        return None  # pypdf tries its repairs, and says so
    if inflater.unconsumed_tail or len(data) + inflated > configuration.stream_decoding_work_maximum_length:
        return None
    return inflated


def _object_stream_index(data: bytes, count: int, first: int) -> list[tuple[int, int]] | None:
    """An object stream's index (each object's number and where it starts), when pypdf reads it without a word
    (/N and /First within the data, every entry two plain numbers, offsets rising within the data); else None."""
    if not (0 <= count <= len(data) // 3 and 0 <= first <= len(data)):
        return None
    index, at, last = [], 0, -1
    for _ in range(count):
        entry = _INDEX_ENTRY.match(data, at)
        if entry is None:
            return None
        number, offset = int(entry[1]), int(entry[2])
        if offset <= last or first + offset > len(data):
            return None
        index.append((number, first + offset))
        at, last = entry.end(), offset
    return index


class _NotPlain(Exception):
    """The object leaves the plain subset: pypdf parses it."""


class _FileBytes(io.BytesIO):
    """The file's bytes, read as from ``io.BytesIO``; the buffer it hands out is the bytes themselves (read-only, as
    pypdf only reads it): BytesIO's own would first copy the whole file, which pypdf asks for to learn its size."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self._bytes = data

    def getbuffer(self) -> memoryview:
        return memoryview(self._bytes)


# pypdf's own (undocumented) parts that QuickReader works with, the same in every release it was tested with
# (6.20 to 7.1). Where a pypdf release lacks one, QuickReader is plain pypdf: slower, never wrong.
PYPDF_INTERNALS = ("resolved_objects", "xref", "xref_free_entry", "xref_objStm", "_known_objects", "_encryption",
                   "_override_encryption", "_object_stream_resolution_stack", "flattened_pages", "cache_indirect_object",
                   "cache_get_indirect_object", "_get_object_from_stream", "read_object_header")
STREAM_INTERNALS = ("_data", "decoded_self")  # of pypdf's streams (set by StreamObject's constructor)


class QuickReader(PdfReader):
    """A ``PdfReader`` of ``data`` (non-strict) whose ``get_object`` parses plain objects itself."""

    def __init__(self, data: bytes) -> None:
        self._quick_data = data
        self._quick_stream = _FileBytes(data)
        self._quick = False  # pypdf reads the cross-reference tables and the trailer alone
        self._decoded_lengths: dict[int, int] = {}  # by id: the streams are the reader's for its lifetime
        super().__init__(self._quick_stream, strict=False)
        stream = StreamObject()
        self._quick = all(hasattr(self, name) for name in PYPDF_INTERNALS) and all(hasattr(stream, name) for name in STREAM_INTERNALS)

    def release(self) -> None:
        """Drop the objects read, once the reader is done with them: each refers to the reader (by its references)
        and the reader to each (pypdf's caches of objects and pages), so, left in those cycles, the garbage
        collector had to find them all (~250,000 over the corpus); released, they are freed as they are dropped."""
        if self._quick:
            self.resolved_objects.clear()
            self.flattened_pages = None

    def read_object_header(self, stream: Any) -> tuple[int, int]:
        """pypdf's, with one regular expression where the header is plain (pypdf reads every object's header
        when it opens a file): the stream left at the first byte after it that is not white space."""
        if stream is self._quick_stream:
            header = _HEADER.match(self._quick_data, stream.tell())
            if header is not None and header.end() < len(self._quick_data):
                stream.seek(header.end())
                return int(header[1]), int(header[2])
        return super().read_object_header(stream)

    def get_object(self, indirect_reference: Any) -> Any:
        if self._quick and isinstance(indirect_reference, IndirectObject):
            generation, idnum = indirect_reference.generation, indirect_reference.idnum
            if (generation, idnum) in self.resolved_objects:
                return self.resolved_objects[generation, idnum]  # read before: what pypdf's own look-up returns
            offset = self._plain_offset(generation, idnum)
            if offset is not None:
                parsed = self._parse_plain(offset, generation, idnum)
                if parsed is not None:
                    return self.cache_indirect_object(generation, idnum, parsed)
        return super().get_object(indirect_reference)

    def check_contents(self, page: Any) -> None:
        """Decode the page's content streams as ``page.get_contents().get_data()`` does, raising and warning as it
        does, without keeping the data: plain Flate streams are inflated here, any other by pypdf."""
        if not self._contents_decode_plainly(page):
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()

    def check_stream(self, stream: Any) -> None:
        """Decode the stream as ``stream.get_data()`` does (raising and warning as it does), without keeping it."""
        if self.decoded_length(stream) is None:
            stream.get_data()

    def _contents_decode_plainly(self, page: Any) -> bool:
        """Whether ``get_contents()`` decodes the page's streams without a word: each step is taken as pypdf's
        ContentStream takes it (an error in resolving a stream is its error), up to the first it must take itself."""
        if "/Contents" not in page:
            return True
        contents = page["/Contents"]
        if is_null_or_none(contents):
            return True
        if isinstance(contents, StreamObject):
            return self.decoded_length(contents) is not None
        if not isinstance(contents, ArrayObject) or len(contents) > MAX_CONTENT_STREAMS:
            return False
        limit, total = get_configuration().array_based_stream_maximum_output_length, 0
        for item in list.__iter__(contents):
            stream = item.get_object()
            if isinstance(stream, NullObject):
                continue
            length = self.decoded_length(stream) if isinstance(stream, StreamObject) else None
            if length is None:
                return False
            total += length + 1  # the stream, and the line break ContentStream may put after it
            if total > limit:
                return False
        return True

    def decoded_length(self, stream: Any) -> int | None:
        """How long the stream's data is decoded, when pypdf's ``get_data()`` decodes it without a word (its data not
        encoded, already decoded, or plain Flate inflating within pypdf's limits); None when only pypdf can say
        (it raises or warns as it does). The data is not kept: this is the check before PDFium decodes it."""
        if not self._quick:
            return None
        known = self._decoded_lengths.get(id(stream))
        if known is None:
            known = _decoded_length(stream)
            if known is not None:
                self._decoded_lengths[id(stream)] = known
        return known

    def _get_object_from_stream(self, indirect_reference: Any) -> Any:
        """pypdf's, with a plain object stream's objects parsed here: pypdf's first step (resolving the stream) is
        taken as it takes it; then, if the stream, its index and every object in it are plain, the objects are
        cached as pypdf caches them; if not, pypdf takes every step (the stream read already: nothing is repeated)."""
        idnum = indirect_reference.idnum
        stream_number = self.xref_objStm[idnum][0]
        if self._stream_resolved(idnum, stream_number):
            objects = self._plain_object_stream(self.resolved_objects[0, stream_number])
            if objects is not None:
                return self._cache_object_stream(objects, stream_number, idnum)
        return super()._get_object_from_stream(indirect_reference)

    def _stream_resolved(self, idnum: int, stream_number: int) -> bool:
        """Whether the object stream is read and cached, read as pypdf reads it first (object ``idnum`` marked as
        being resolved); False, nothing done, where pypdf must read it (encrypted, or an object stream in one)."""
        if not self._quick:
            return False
        stack = self._object_stream_resolution_stack
        if self._encryption is not None or stream_number in self.xref_objStm or idnum in stack:
            return False
        stack.append(idnum)
        try:
            IndirectObject(stream_number, 0, self).get_object()
        finally:
            stack.pop()
        return (0, stream_number) in self.resolved_objects

    def _plain_object_stream(self, stream: Any) -> list[tuple[int, Any]] | None:
        """The objects of an object stream, by number, when pypdf reads them all without a word (the stream
        decoded plainly, a sound /N, /First and index, each object plain); None otherwise."""
        if not isinstance(stream, StreamObject) or stream.get("/Type") != "/ObjStm" or self.decoded_length(stream) is None:
            return None
        count, first = dict.get(stream, "/N"), dict.get(stream, "/First")
        if type(count) is not NumberObject or type(first) is not NumberObject:
            return None  # pypdf's releases differ on what else they accept
        data = stream.get_data()
        index = _object_stream_index(data, count, first)
        if index is None:
            return None
        objects = []
        for (number, start), end in zip(index, [start for _, start in index[1:]] + [len(data)]):
            value = self._plain_in_stream(data, start, end)
            if value is None:
                return None
            objects.append((number, value))
        return objects

    def _plain_in_stream(self, data: bytes, start: int, end: int) -> Any:
        """The object pypdf reads at ``start`` in an object stream's data, when it lies in the plain subset before
        ``end`` (where the next object starts); None otherwise."""
        at = _SPACE.match(data, start).end()
        try:
            read = _Parser(data, self)._value(at, end)
        except _NotPlain:
            return None
        if read is None:
            return None
        value, after, entries = read
        if entries:
            if _STREAM_NEXT.match(data, after):
                return None  # pypdf would read a stream
            value = DictionaryObject(value)
        elif type(value) in (NumberObject, FloatObject) and _REFERENCE.match(data, at, at + PEEK):
            return None  # pypdf reads on into the next object and takes a reference
        nests_shallowly(value)
        return value

    def _cache_object_stream(self, objects: list[tuple[int, Any]], stream_number: int, idnum: int) -> Any:
        """Cache the objects as pypdf's ``_get_object_from_stream`` does (an object cached already is kept; one
        this stream no longer holds is not cached), and return object ``idnum`` (null if not there)."""
        target = NullObject()
        for number, value in objects:
            cached = self.cache_get_indirect_object(0, number)
            if cached is not None:
                target = cached if number == idnum else target
                continue
            if self.xref_objStm.get(number, (None, None))[0] == stream_number:
                self.cache_indirect_object(0, number, value)
            target = value if number == idnum else target
        return target

    def _plain_offset(self, generation: int, idnum: int) -> int | None:
        """Where the (unread) object starts, when pypdf would read it from there: in the cross-reference table,
        not free, not in an object stream, not to be decrypted."""
        if generation == 0 and idnum in self.xref_objStm:
            return None
        offset = self.xref.get(generation, {}).get(idnum)
        if type(offset) is not int or not 0 <= offset < len(self._quick_data) or self.xref_free_entry.get(generation, {}).get(idnum, False):
            return None
        if not self._override_encryption and self._encryption is not None:
            return None
        return offset

    def _parse_plain(self, offset: int, generation: int, idnum: int) -> Any:
        """The object at ``offset``, or None where pypdf must parse it (nothing has been changed then)."""
        data = self._quick_data
        header = _HEADER.match(data, offset)
        if header is None or int(header[1]) != idnum or int(header[2]) != generation:
            return None
        current = (idnum, generation)
        if current in self._known_objects:
            return None  # pypdf reports the loop
        # As pypdf: marked while it is read (a stream whose /Length refers to itself is a loop), and left marked
        # if reading it fails.
        self._known_objects.add(current)
        try:
            value, end, entries = _Parser(data, self).top(header.end())
            if entries:
                value = self._stream(value, end)
        except _NotPlain:
            self._known_objects.discard(current)
            return None
        self._known_objects.discard(current)
        if not isinstance(value, StreamObject):  # (a stream's dictionary is small to walk, its data not held)
            nests_shallowly(value)  # at most MAX_DEPTH deep: pdf_objects.check_nesting has nothing to find
        return value

    def _stream(self, entries: dict, end: int) -> Any:
        """The dictionary, or the stream it begins, as pypdf's ``_read_stream_data`` reads a sound one."""
        data = self._quick_data
        start = _SPACE.match(data, end).end()
        if data[start:start + 1] == b"\x00":
            raise _NotPlain  # pypdf skips a NUL as white space here: a "stream" after it is its to read
        if not data.startswith(b"stream", start):
            result = DictionaryObject()
            result.update(entries)
            return result
        start += 6
        while data[start:start + 1] == b" ":
            start += 1
        if data[start:start + 2] == b"\r\n":
            start += 2
        elif data[start:start + 1] in (b"\n", b"\r"):
            start += 1
        else:
            raise _NotPlain
        length = entries.get("/Length")
        if isinstance(length, IndirectObject):
            length = self.get_object(length)  # as pypdf does, in the same place
        if type(length) is not NumberObject or not 0 <= length <= get_configuration().maximum_declared_stream_length:
            raise _NotPlain
        after = _SPACE.match(data, start + length).end()
        if not data.startswith(b"endstream", after):
            raise _NotPlain  # pypdf repairs the length, and says so
        entries["__streamdata__"] = data[start:start + length]
        return StreamObject.initialize_from_dictionary(entries)


_NAME = rb"/[^\x00-\x20\x7f-\xff()<>\[\]{}/%#]{0,999}(?=[\s()<>\[\]{}/%])"  # no "#" escape, ASCII, then a delimiter
# One token; its first byte says which kind (the branches of _Parser._value).
_ONE = rb"""(?:""" + _NAME + rb"""
  | [+-]?(?:\d+(?:\s+\d+\s+R(?=[^a-zA-Z])  # a reference: pypdf's IndirectPattern
               | \.\d*(?=[^+-.0-9])        # a real: pypdf's NumberPattern ends a number
               | (?=[^+-.0-9]))            # an integer
           | \.\d+(?=[^+-.0-9]))
  | \[[0-9\t\n\x0c\r\ ]*\]                 # an array of unsigned integers only (a font's widths, a box): one token
  | << | >> | \[ | \] | \([^()\\]*\)       # a literal string without escapes or parentheses
  | true | false | null
)"""
# A token after white space, with the name before it if there is one (a dictionary's key and its value are one
# step): the groups are all it spans, the name, the token. A byte that starts no token matches alone (no groups).
_TOKENS = re.compile(rb"(" + _WHITE + rb"(?:(" + _NAME + rb")" + _WHITE + rb")?(" + _ONE + rb"))|[\s\S]", re.VERBOSE)
WINDOW = 4096  # bytes an object's end is first looked for in: most objects are far shorter
_spanned = itemgetter(0)


def _object_end(data: bytes, at: int, limit: int) -> tuple[int, bool]:
    """Where the object starting at ``at`` ends at the latest ("endobj", or the "stream" its dictionary begins),
    looked for before ``limit``; (``limit``, False) when neither is there."""
    stream = data.find(b"stream", at, limit)
    end = data.find(b"endobj", at, limit if stream < 0 else stream)
    if end >= 0:
        return end, True
    return (stream, True) if stream >= 0 else (limit, False)


def _counts(token: bytes) -> ArrayObject:
    """An array of unsigned integers only (``[0 0 612 792]``), made in one step: each item is the token pypdf reads
    (digits up to white space or "]"), made as NumberObject makes it."""
    items = token[1:-1].split()
    if len(items) > MAX_ITEMS or (items and max(map(len, items)) >= PEEK):
        raise _NotPlain
    # NumberObject(token) is int.__new__(NumberObject, int(token)): here without a Python call an item.
    return ArrayObject(map(int.__new__, repeat(NumberObject), map(int, items)))


class _Parser:
    """One value in the plain subset, read from its tokens (found by one regular expression, all at once);
    ``_NotPlain`` where it leaves the subset.

    A dictionary at the top level is handed back as its entries, with the offset after it: the reader looks
    for a stream there."""

    def __init__(self, data: bytes, reader: PdfReader) -> None:
        self.data = data
        self.reader = reader

    def top(self, at: int) -> tuple[Any, int, bool]:
        """The value at ``at``, the offset after it, and whether it is a dictionary's entries."""
        data = self.data
        end, found = _object_end(data, at, at + WINDOW)
        if not found:  # a long object: its end looked for in all that follows
            end, _ = _object_end(data, at, len(data))
        read = self._value(at, end)
        if read is None:
            raise _NotPlain  # the value does not end before "endobj" or "stream"
        return read

    def _value(self, at: int, end: int) -> tuple[Any, int, bool] | None:
        """``top``'s answer from the tokens before ``end``; None if they end before the value does. (A token that
        ``end`` cuts does not match, as each kind ends at a delimiter it sees: the value is not read otherwise.)

        As pypdf, an array's items and a dictionary's entries are kept in order, and a dictionary's values are
        read after their key; a key defined twice, a key that is not a name or has no value, and a byte that
        starts no token (a comment, an escape, a hex string...) leave the subset."""
        tokens, reader = _TOKENS.findall(self.data, at, end), self.reader
        opened: list[tuple[Any, NameObject | None]] = []  # the enclosing arrays and dictionaries, with their keys
        holder: Any = None  # the array or dictionary (a dict of entries) being read
        key: NameObject | None = None  # in a dictionary: the key whose value is read
        in_dictionary = False
        for index, (_, name, token) in enumerate(tokens):
            if name:
                name = NameObject(name.decode("ascii"))
                if in_dictionary:
                    if name in holder:
                        raise _NotPlain  # a key defined twice (pypdf warns)
                    key = name
                elif holder is not None:
                    holder.append(name)
                else:
                    raise _NotPlain  # more after a name at the top level: pypdf's to read
            elif in_dictionary and token != b">>":
                raise _NotPlain  # a key that is not a name
            if not token:
                raise _NotPlain  # no token starts here
            first = token[0]
            if first == 47:  # "/"
                value: Any = NameObject(token.decode("ascii"))
            elif first < 58 and first != 40:  # a digit, sign or ".": a number or a reference
                if token[-1] == 82:  # "R"
                    if len(token) + 1 > PEEK:
                        raise _NotPlain  # past the bytes pypdf looks at: it would read a number
                    number, generation, _ = token.split()
                    value = IndirectObject(int(number), int(generation), reader)
                else:
                    if len(token) >= PEEK:
                        raise _NotPlain  # a number this long pypdf reads another way
                    value = FloatObject(token) if 46 in token else int.__new__(NumberObject, int(token))  # "." or not
            elif first == 60 or (first == 91 and len(token) == 1):  # "<<", "["
                if len(opened) >= MAX_DEPTH:
                    raise _NotPlain
                opened.append((holder, key))
                holder, key, in_dictionary = ({}, None, True) if first == 60 else (ArrayObject(), None, False)
                continue
            elif first == 62 or first == 93:  # ">>", "]"
                if in_dictionary != (first == 62) or (name and in_dictionary) or len(holder) > MAX_ITEMS:
                    raise _NotPlain  # a bracket that closes nothing open, a key without a value
                value = holder
                holder, key = opened.pop()
                in_dictionary = type(holder) is dict
                if first == 62:
                    if holder is None:
                        return value, at + sum(map(len, map(_spanned, tokens[:index + 1]))), True
                    value = DictionaryObject(value)
            elif first == 91:
                if len(opened) >= MAX_DEPTH:
                    raise _NotPlain
                value = _counts(token)
            elif first == 40:  # "("
                value = create_string_object(token[1:-1])
            elif first == 110:  # null
                value = NullObject()
            else:  # true, false
                value = BooleanObject(first == 116)
            if holder is None:
                return value, at + sum(map(len, map(_spanned, tokens[:index + 1]))), False
            if in_dictionary:
                holder[key] = value
            else:
                holder.append(value)
        return None
