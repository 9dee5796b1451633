"""Whether a page's picture is only redaction bars: black boxes flattened into an image, nothing legible left.

Redaction tools often flatten a redacted page into an image so that nothing under the
boxes survives. A page redacted whole comes out as a picture of black bars on white: it is
not a scan of paper that OCR could make searchable. Read only for pages that have images
and no text, from a small copy of each picture, made strip by strip from the top and left
unfinished once the picture cannot be bars.
"""

from __future__ import annotations

import io
import math
import zlib
from typing import Any

SAMPLE_WIDTH = 300  # pixels across the small copy: print shrinks to grey, bars stay black
MAX_PIXELS = 40_000_000  # do not decode a picture larger than this
DARK = 96  # grey level (0-255) at or below which a pixel is black
INK = 200  # at or below which a pixel carries any ink (shrunken print is grey)
BAR_RUN = 0.25  # a row through a bar is inked without a break for this share of the width
MIN_BAR_HEIGHT = 0.012  # of the picture's height: a bar over a line of type (16 pt of 792) is 0.02
MIN_DARK = 0.04  # a blank picture is not a redaction
# Ink outside the bars' rows, as a share of the picture: corpus pages redacted in part (text left
# between the bars) measure 0.018 and more, scans of text 0.07 and more, bars alone (with line
# numbers) under 0.001.
MAX_OTHER_INK = 0.005


def covers_page(images: tuple, width: float, height: float, share: float = 0.25) -> bool:
    """Whether pictures (boxes on the displayed page) cover ``share`` of it: worth looking at, unlike a logo."""
    return sum((box.x1 - box.x0) * (box.bottom - box.top) for box in images) >= share * width * height


def redaction_bars_only(page: Any) -> bool:
    """Whether every sizeable picture on the page is black bars on white and nothing else."""
    try:
        xobjects = _largest_images(page)
        # One picture that is not bars settles it: the others are not decoded.
        return bool(xobjects) and all(_bars_picture(xobject) for xobject in xobjects)
    except Exception:  # noqa: BLE001 - a picture that cannot be decoded or measured is not known to be bars
        return False


def _largest_images(page: Any, count: int = 2) -> list[Any]:
    """The page's largest image XObjects (by pixels), at most ``count``; a picture too large is not decoded."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    images = []
    for xobject in (xobjects.get_object().values() if xobjects is not None else ()):
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            pixels = int(xobject.get("/Width", 0)) * int(xobject.get("/Height", 0))
            if 0 < pixels <= MAX_PIXELS:
                images.append((pixels, xobject))
    return [xobject for _, xobject in sorted(images, key=lambda item: -item[0])[:count]]


def _bars_picture(xobject: Any) -> bool:
    """Whether the picture is sizeable and only bars; it is read in strips of rows, top to bottom, and left
    unread from the strip on which enough ink outside bars is seen (most scans of text: a fifth of the way down)."""
    strips, size = _strips(xobject)
    return min(size) >= 16 and _bars_only(strips, *size)


def _strips(xobject: Any) -> tuple[Any, tuple[int, int]]:
    """The picture's strips of rows (a function of the rows wanted in each) and its size in pixels.

    Plain Flate pictures are inflated a strip at a time, so a scan is never inflated whole; any other
    picture is decoded whole first (JPEG in draft mode, the rest by pypdf) and then cut into strips.
    """
    from PIL import Image

    filters = xobject.get("/Filter")
    filters = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)] if filters else []
    width, height = int(xobject["/Width"]), int(xobject["/Height"])
    params = xobject.get("/DecodeParms")
    mode = {1: "L", 3: "RGB"}.get(_components(xobject.get("/ColorSpace")))
    if filters == ["/FlateDecode"] and mode and int(xobject.get("/BitsPerComponent", 8)) == 8 and (
            params is None or int(params.get_object().get("/Predictor", 1)) == 1):
        return _FlateStrips(xobject._data, mode, width, height), (width, height)
    if filters == ["/DCTDecode"]:
        picture = Image.open(io.BytesIO(xobject._data))
        picture.draft("L", (max(width // 8, 1), max(height // 8, 1)))
    else:
        picture = xobject.decode_as_image()  # pypdf's own decoder for every other encoding
    return _cut(picture), picture.size


def _cut(picture: Any) -> Any:
    """A decoded picture's strips of rows (a function of the first row and the rows wanted)."""
    def strip(top: int, rows: int) -> Any:
        if top == 0 and rows == picture.height:
            return picture
        return picture.crop((0, top, picture.width, top + rows))
    return strip


class _FlateStrips:
    """Rows of a plain Flate picture, inflated only as far as they are asked for.

    Each strip is checked as ``zlib.decompress`` and ``Image.frombytes`` would check the whole: too few
    bytes raise, and so does a stream found broken or cut short once the last strip has been read.
    """

    def __init__(self, data: bytes, mode: str, width: int, height: int) -> None:
        self.inflater, self.pending = zlib.decompressobj(), data
        self.mode, self.width, self.height = mode, width, height

    def __call__(self, top: int, rows: int) -> Any:
        from PIL import Image

        wanted = rows * self.width * len(self.mode)
        chunks, got = [], 0
        while got < wanted and not self.inflater.eof:  # (inflate may hold output with no input left)
            chunk = self.inflater.decompress(self.pending, wanted - got)
            self.pending = self.inflater.unconsumed_tail
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if top + rows == self.height:  # the rest of the stream, inflated as zlib.decompress would
            self.inflater.decompress(self.pending)
            if not self.inflater.eof:
                raise zlib.error("incomplete or truncated stream")
        return Image.frombytes(self.mode, (self.width, rows), b"".join(chunks))


def _components(colour_space: Any) -> int:
    colour_space = colour_space.get_object() if colour_space is not None else None
    if colour_space in ("/DeviceGray", "/CalGray"):
        return 1
    if colour_space in ("/DeviceRGB", "/CalRGB"):
        return 3
    if isinstance(colour_space, list) and colour_space and colour_space[0] == "/ICCBased":
        return int(colour_space[1].get_object().get("/N", 0))
    return 0


# Where the strips end, as shares of the picture's height: a scan of text shows enough ink outside bars within
# its first quarter or so; each strip ends with a look at the rows so far (a resize), so later strips are longer.
STRIP_ENDS = (0.125, 0.25, 0.375, 0.5, 0.75, 1.0)


def _bars_only(strips: Any, width: int, height: int) -> bool:
    """Whether the picture (``strips(top, rows)`` gives its rows) is bars on white, measured on its small copy.

    The small copy is the picture box-averaged (reduce), made grey and resized to SAMPLE_WIDTH across;
    strip by strip it is the same copy, pixel for pixel: see _SmallCopy.
    """
    copy = _SmallCopy(width, height)
    tally = _Tally(copy.width, copy.height)
    for top, rows in _strip_rows(copy.factor, height):
        tally.add(copy.add(strips(top, rows)))
        if tally.hopeless():
            return False
    return tally.verdict()


def _strip_rows(factor: int, height: int) -> list[tuple[int, int]]:
    """(first row, rows) of each strip: whole boxes of ``factor`` rows, for the reduce, but the last."""
    boxes = -(-height // factor)
    ends = sorted({max(int(boxes * end), 1) * factor for end in STRIP_ENDS[:-1]} | {boxes * factor})
    tops = [0, *ends[:-1]]
    return [(top, min(end, height) - top) for top, end in zip(tops, ends) if top < height]


class _SmallCopy:
    """The small copy of a picture given in strips of rows, top to bottom, each a whole number of ``factor``
    rows (the last may be short): a row of the copy comes out once every row it is made from is in.

    Strip by strip it is the whole picture's copy, because each step is local. Converting goes pixel by
    pixel; reduce averages boxes of ``factor`` rows, which a strip holds whole. Pillow's resize is a horizontal
    pass, row by row (done here to each strip), then a vertical pass over the result (done here alone, on the
    rows in so far, the rest blank): a row of the copy is made from the source rows within the filter's reach.
    """

    def __init__(self, width: int, height: int) -> None:
        from PIL import Image

        self.factor = max(width // (2 * SAMPLE_WIDTH), 1)
        reduced_width = -(-width // self.factor)  # reduce rounds up
        self.reduced_height = -(-height // self.factor)
        self.width = min(SAMPLE_WIDTH, reduced_width)  # never enlarged: that would thicken thin rules into bars
        self.height = max(int(self.reduced_height * self.width / reduced_width), 1)
        self.across = self.width < reduced_width  # resized across (and then down, unless the height stays)
        self.down = self.across and self.height != self.reduced_height
        self.scale = self.reduced_height / self.height
        # The bicubic filter reaches 2 source rows each side of a row's centre, times the scale when shrinking;
        # twice that and 2 rows more, to be safe.
        self.reach = 4 * max(self.scale, 1.0) + 2
        self.rows_in = self.rows_out = 0  # rows of the grey picture in, rows of the copy given out
        # The picture reduced, grey and resized across; the rows still to come blank.
        self.grey = Image.new("L", (self.width, self.reduced_height), 255)

    def add(self, strip: Any) -> bytes:
        """The rows of the copy that this strip completes (pixels, row after row)."""
        strip = self._grey(strip)
        self.grey.paste(strip, (0, self.rows_in))
        self.rows_in += strip.height
        ready = self._ready()
        if ready <= self.rows_out:
            return b""
        small = self.grey.resize((self.width, self.height)) if self.down else self.grey
        pixels = small.tobytes()[self.rows_out * self.width:ready * self.width]
        self.rows_out = ready
        return pixels

    def _grey(self, strip: Any) -> Any:
        if strip.mode not in ("L", "RGB", "RGBA"):
            strip = strip.convert("L")  # 1-bit, palette and CMYK pictures
        if self.factor > 1:
            strip = strip.reduce(self.factor)  # a fast box average first: the resize below is then cheap
        strip = strip.convert("L")
        return strip.resize((self.width, strip.height)) if self.across else strip

    def _ready(self) -> int:
        """How many rows of the copy are made from rows that are all in."""
        if self.rows_in >= self.reduced_height:
            return self.height
        if not self.down:
            return self.rows_in
        return max(int((self.rows_in - self.reach) / self.scale) - 1, 0)


class _Tally:
    """The redaction-bar measure of the small copy, given its rows top to bottom."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.bar = b"1" * math.ceil(BAR_RUN * width)  # a row through a bar holds this run of inked pixels
        self.dark = self.other_ink = 0
        self.bar_rows: list[int] = []  # ink of the rows in the current run of bar rows

    def add(self, pixels: bytes) -> None:
        self.dark += pixels.translate(_DARKENED).count(b"1")
        inked = pixels.translate(_INKED)
        for start in range(0, len(inked), self.width):
            row = inked[start:start + self.width]
            if self.bar in row:
                self.bar_rows.append(row.count(b"1"))
            else:
                self._end_bar()
                self.other_ink += row.count(b"1")

    def _end_bar(self) -> None:
        if len(self.bar_rows) < MIN_BAR_HEIGHT * self.height:
            self.other_ink += sum(self.bar_rows)  # a thin rule (a form's lines, ruled paper) is not a bar
        self.bar_rows = []

    def hopeless(self) -> bool:
        """Whether the ink outside bars already rules bars out (it only grows with the rows to come)."""
        return self.other_ink > MAX_OTHER_INK * self.width * self.height

    def verdict(self) -> bool:
        self._end_bar()
        area = self.width * self.height
        return self.dark >= MIN_DARK * area and self.other_ink <= MAX_OTHER_INK * area


_INKED = bytes(ord("1") if level <= INK else ord("0") for level in range(256))
_DARKENED = bytes(ord("1") if level <= DARK else ord("0") for level in range(256))
