"""readers/page_images.py reads a picture in strips of rows and stops once it cannot be redaction bars: its small
copy is the one the whole picture makes (pixel for pixel), and its verdict the one of measuring that whole copy.

The reference below is the whole-picture way (the slow path the strips replace), kept here to compare with.
"""

from __future__ import annotations

import io
import random
import zlib

import pytest
from conftest import CORPUS
from pdfbuild import serialise
from PIL import Image, ImageDraw
from pypdf import PdfReader

from filelint.readers import page_images
from filelint.readers.page_images import BAR_RUN, DARK, INK, MAX_OTHER_INK, MIN_BAR_HEIGHT, MIN_DARK, SAMPLE_WIDTH


def _reference_small_copy(picture: Image.Image) -> Image.Image:
    if picture.mode not in ("L", "RGB", "RGBA"):
        picture = picture.convert("L")
    factor = picture.width // (2 * SAMPLE_WIDTH)
    if factor > 1:
        picture = picture.reduce(factor)
    grey = picture.convert("L")
    width = min(SAMPLE_WIDTH, grey.width)
    height = max(int(grey.height * width / grey.width), 1)
    return grey.resize((width, height)) if width < grey.width else grey


def _reference_bars_only(picture: Image.Image) -> bool:
    small = _reference_small_copy(picture)
    width, height = small.size
    pixels = small.tobytes()
    dark_total = other_ink = 0
    bar_rows: list[int] = []
    for y in range(height + 1):
        row = pixels[y * width:(y + 1) * width]
        inked = row.translate(INKED)
        dark_total += row.translate(DARKENED).count(b"1")
        if inked and max(map(len, inked.split(b"0"))) >= BAR_RUN * width:  # the longest inked run
            bar_rows.append(inked.count(b"1"))
            continue
        if len(bar_rows) < MIN_BAR_HEIGHT * height:
            other_ink += sum(bar_rows)
        bar_rows = []
        other_ink += inked.count(b"1")
    area = width * height
    return dark_total >= MIN_DARK * area and other_ink <= MAX_OTHER_INK * area


INKED = bytes(ord("1") if level <= INK else ord("0") for level in range(256))
DARKENED = bytes(ord("1") if level <= DARK else ord("0") for level in range(256))


def _reference_flate(data: bytes, mode: str, width: int, height: int) -> bool:
    """The whole-picture way for a plain Flate picture: inflated whole, then measured (any failure: not bars)."""
    try:
        picture = Image.frombytes(mode, (width, height), zlib.decompress(data)[: width * height * len(mode)])
        return min(picture.size) >= 16 and _reference_bars_only(picture)
    except Exception:  # noqa: BLE001 - as redaction_bars_only
        return False


def _strip_copy(picture: Image.Image) -> bytes:
    """The small copy made strip by strip, every strip read (no early stop)."""
    copy = page_images._SmallCopy(*picture.size)
    strips = page_images._cut(picture)
    return b"".join(copy.add(strips(top, rows)) for top, rows in page_images._strip_rows(copy.factor, picture.height))


def _drawing(kind: str, size: tuple[int, int], mode: str = "L", seed: int = 0) -> Image.Image:
    """A page picture: "bars" (black boxes on white), "bars_and_text", "text" (rows of print), "thin_rules"
    (a form's lines), "noise" (random pixels: every rounding shows)."""
    width, height = size
    if kind == "noise":
        grey = Image.frombytes("L", size, random.Random(seed).randbytes(width * height))
        return grey.convert(mode) if mode != "L" else grey
    picture = Image.new("L", size, 255)
    draw = ImageDraw.Draw(picture)
    unit = height // 40
    for line in range(4, 36):
        top = line * unit
        if kind in ("bars", "bars_and_text") and line % 2 == 0 and (kind == "bars" or line < 20):
            draw.rectangle((width // 10, top, width * 9 // 10, top + unit - 1), fill=0)
        elif kind == "text" or (kind == "bars_and_text" and line >= 20):
            for x in range(width // 10, width * 9 // 10, max(unit // 2, 3)):
                draw.rectangle((x, top, x + max(unit // 4, 1), top + unit // 2), fill=0)
        elif kind == "thin_rules":
            draw.line((width // 10, top, width * 9 // 10, top), fill=0)
    return picture.convert(mode) if mode != "L" else picture


SIZES = [(153, 198), (300, 388), (1224, 1584), (1281, 1657), (1900, 2461), (2550, 3300)]
MODES = ["L", "RGB", "RGBA", "1", "P", "CMYK"]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("mode", MODES)
def test_the_small_copy_made_in_strips_is_the_whole_pictures(size: tuple[int, int], mode: str) -> None:
    for kind in ("noise", "text"):
        picture = _drawing(kind, size, mode, seed=size[0])
        assert _strip_copy(picture) == _reference_small_copy(picture).tobytes(), kind


KINDS = ["bars", "bars_and_text", "text", "thin_rules", "noise"]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("kind", KINDS)
def test_the_verdict_is_the_whole_pictures(kind: str, size: tuple[int, int]) -> None:
    for mode in ("L", "RGB", "1"):
        picture = _drawing(kind, size, mode)
        verdict = page_images._bars_only(page_images._cut(picture), *picture.size)
        assert verdict == _reference_bars_only(picture)
        assert verdict == (kind == "bars")  # (the measure itself still tells bars)


def _flate_page(data: bytes, size: tuple[int, int], colour: bytes = b"/DeviceGray", extra: bytes = b""):
    width, height = size
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
             b"/Filter /FlateDecode%s /Length %d >>\nstream\n" % (width, height, colour, extra, len(data))
             + data + b"\nendstream")
    content = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", image]
    return PdfReader(io.BytesIO(serialise(objects, 1)), strict=False).pages[0]


def _damaged(pixels: bytes) -> dict[str, bytes]:
    stream = zlib.compress(pixels)
    return {
        "whole": stream,
        "trailing bytes after the stream": stream + b"\x00garbage",
        "stream cut short": stream[:-7],
        "stream cut in the middle": stream[: len(stream) // 2],
        "checksum wrong": stream[:-1] + bytes([stream[-1] ^ 1]),
        "too few pixels": zlib.compress(pixels[:-5]),
        "more pixels than the picture": zlib.compress(pixels + b"\xff" * 1000),
        "not zlib": b"\x00" * 50,
    }


@pytest.mark.parametrize("kind", ["bars", "text"])
@pytest.mark.parametrize("case", list(_damaged(b"")))
def test_a_flate_picture_read_in_strips_has_the_whole_pictures_verdict(kind: str, case: str) -> None:
    for size, mode, colour in [((1281, 1657), "L", b"/DeviceGray"), ((1224, 1584), "RGB", b"/DeviceRGB"),
                               ((300, 388), "L", b"/DeviceGray")]:
        data = _damaged(_drawing(kind, size, mode).tobytes())[case]
        verdict = page_images.redaction_bars_only(_flate_page(data, size, colour))
        assert verdict == _reference_flate(data, mode, *size), (size, mode)
        if case in ("whole", "trailing bytes after the stream", "more pixels than the picture"):
            assert verdict == (kind == "bars")


def test_a_scan_is_left_unread_once_it_cannot_be_bars() -> None:
    """Without this, the comparisons above would hold of a reader that always read the whole picture."""
    asked: list[int] = []
    picture = _drawing("text", (2550, 3300))
    cut = page_images._cut(picture)

    def strips(top: int, rows: int) -> Image.Image:
        asked.append(top)
        return cut(top, rows)

    assert not page_images._bars_only(strips, *picture.size)
    assert 0 < len(asked) <= len(page_images.STRIP_ENDS) // 2


def test_only_the_first_picture_that_is_not_bars_is_decoded(monkeypatch) -> None:
    decoded = []
    monkeypatch.setattr(page_images, "_largest_images", lambda page: ["scan", "bars"])
    monkeypatch.setattr(page_images, "_bars_picture", lambda xobject: decoded.append(xobject) or xobject == "bars")
    assert not page_images.redaction_bars_only(None)
    assert decoded == ["scan"]


def corpus_pictures() -> list:
    found = []
    for path in sorted((CORPUS / "pdf").glob("*.pdf")) if (CORPUS / "pdf").is_dir() else ():
        if "scanned" not in path.name and "redact" not in path.name:
            continue
        for number, page in enumerate(PdfReader(path, strict=False).pages[:2], start=1):
            for xobject in page_images._largest_images(page):
                found.append(pytest.param(xobject, id=f"{path.stem[:40]}-p{number}"))
    return found


@pytest.mark.parametrize("xobject", corpus_pictures())
def test_the_corpus_pictures_verdicts_are_the_whole_pictures(xobject) -> None:
    strips, size = page_images._strips(xobject)
    picture = strips(0, size[1])  # the whole picture, as one strip
    assert _strip_copy(picture) == _reference_small_copy(picture).tobytes()
    assert page_images._bars_picture(xobject) == (min(picture.size) >= 16 and _reference_bars_only(picture))
