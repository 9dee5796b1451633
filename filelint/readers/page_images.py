"""Whether a page's picture is only redaction bars: black boxes flattened into an image, nothing legible left.

Redaction tools often flatten a redacted page into an image so that nothing under the
boxes survives. A page redacted whole comes out as a picture of black bars on white: it is
not a scan of paper that OCR could make searchable. Read only for pages that have images
and no text, from a small copy of each picture.
"""

from __future__ import annotations

import io
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
        pictures = [_picture(xobject) for xobject in _largest_images(page)]
        sizeable = [p for p in pictures if p is not None and min(p.size) >= 16]
        return bool(sizeable) and len(sizeable) == len(pictures) and all(_bars_only(picture) for picture in sizeable)
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


def _picture(xobject: Any) -> Any:
    """The picture, decoded the cheap way where its encoding allows (JPEG in draft mode, plain Flate)."""
    from PIL import Image

    filters = xobject.get("/Filter")
    filters = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)] if filters else []
    width, height = int(xobject["/Width"]), int(xobject["/Height"])
    if filters == ["/DCTDecode"]:
        picture = Image.open(io.BytesIO(xobject._data))
        picture.draft("L", (max(width // 8, 1), max(height // 8, 1)))
        return picture
    params = xobject.get("/DecodeParms")
    mode = {1: "L", 3: "RGB"}.get(_components(xobject.get("/ColorSpace")))
    if filters == ["/FlateDecode"] and mode and int(xobject.get("/BitsPerComponent", 8)) == 8 and (
            params is None or int(params.get_object().get("/Predictor", 1)) == 1):
        data = zlib.decompress(xobject._data)
        return Image.frombytes(mode, (width, height), data[: width * height * len(mode)])
    return xobject.decode_as_image()  # pypdf's own decoder for every other encoding


def _components(colour_space: Any) -> int:
    colour_space = colour_space.get_object() if colour_space is not None else None
    if colour_space in ("/DeviceGray", "/CalGray"):
        return 1
    if colour_space in ("/DeviceRGB", "/CalRGB"):
        return 3
    if isinstance(colour_space, list) and colour_space and colour_space[0] == "/ICCBased":
        return int(colour_space[1].get_object().get("/N", 0))
    return 0


def _bars_only(picture: Any) -> bool:
    if picture.mode not in ("L", "RGB", "RGBA"):
        picture = picture.convert("L")  # 1-bit, palette and CMYK pictures
    factor = picture.width // (2 * SAMPLE_WIDTH)
    if factor > 1:
        picture = picture.reduce(factor)  # a fast box average first: the resize below is then cheap
    grey = picture.convert("L")
    width = min(SAMPLE_WIDTH, grey.width)  # never enlarged: that would thicken thin rules into bars
    height = max(int(grey.height * width / grey.width), 1)
    small = grey.resize((width, height)) if width < grey.width else grey
    pixels = small.tobytes()
    dark_total = other_ink = 0
    bar_rows: list[int] = []  # ink of the rows in the current run of bar rows
    for y in range(height + 1):
        # Each row as bytes, its pixels classed by a translation table: counted and measured in C.
        inked = pixels[y * width:(y + 1) * width].translate(_INKED) if y < height else b""
        dark_total += pixels[y * width:(y + 1) * width].translate(_DARKENED).count(b"1") if y < height else 0
        if inked and _longest_run(inked) >= BAR_RUN * width:
            bar_rows.append(inked.count(b"1"))
            continue
        if len(bar_rows) < MIN_BAR_HEIGHT * height:
            other_ink += sum(bar_rows)  # a thin rule (a form's lines, ruled paper) is not a bar
        bar_rows = []
        other_ink += inked.count(b"1")
    area = width * height
    return dark_total >= MIN_DARK * area and other_ink <= MAX_OTHER_INK * area


_INKED = bytes(ord("1") if level <= INK else ord("0") for level in range(256))
_DARKENED = bytes(ord("1") if level <= DARK else ord("0") for level in range(256))


def _longest_run(row: bytes) -> int:
    """The longest run of inked pixels ("1") in a classed row."""
    return max(map(len, row.split(b"0")))
