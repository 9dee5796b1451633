"""readers/page_images.py opens a fax picture as pypdf's decode_as_image leaves it (the same pixels), without
pypdf's round trip through a TIFF file; the redaction-bar verdict is the same either way."""

from __future__ import annotations

import io

import pytest
from conftest import CORPUS
from PIL import Image, ImageDraw
from pypdf import PdfReader

from filelint.readers import page_images


def _fax_pdf(picture: Image.Image, entries: bytes) -> bytes:
    """A one-page PDF whose page is ``picture``, encoded CCITT group 4, with ``entries`` in its image dictionary."""
    tiff = io.BytesIO()
    picture.save(tiff, format="TIFF", compression="group4", tiffinfo={278: picture.height})  # one strip
    opened = Image.open(io.BytesIO(tiff.getvalue()))
    offset, count = opened.tag_v2[273][0], opened.tag_v2[279][0]
    fax = tiff.getvalue()[offset:offset + count]
    width, height = picture.size
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 1 /Filter /CCITTFaxDecode "
             b"/DecodeParms << /K -1 /Columns %d /Rows %d >> %s /Length %d >>\nstream\n"
             % (width, height, width, height, entries, len(fax)) + fax + b"\nendstream")
    content = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", image]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % at for at in offsets)
    return bytes(out + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


# Drawn with ink 1 on 0: the fax filter without /BlackIs1 reads a 0 bit as white.
def _bars() -> Image.Image:
    picture = Image.new("1", (1275, 1650), 0)
    draw = ImageDraw.Draw(picture)
    for top in range(150, 1500, 90):
        draw.rectangle((120, top, 1150, top + 45), fill=1)
    return picture


def _scan() -> Image.Image:
    picture = Image.new("1", (1275, 1650), 0)
    draw = ImageDraw.Draw(picture)
    for top in range(150, 1500, 30):
        draw.text((120, top), "The court has read the papers filed and heard the parties. " * 3, fill=1)
    return picture


def _same_pixels(a: Image.Image, b: Image.Image) -> bool:
    return a.mode == b.mode and a.size == b.size and a.tobytes() == b.tobytes()


FAX_ENTRIES = {
    "image mask": b"/ImageMask true",
    "grey": b"/ColorSpace /DeviceGray",
    "no colour space": b"",
    "inverted by /Decode": b"/ColorSpace /DeviceGray /Decode [1 0]",
    "colour space by reference": b"/ColorSpace 9 0 R",
}


@pytest.mark.parametrize("entries", FAX_ENTRIES.values(), ids=FAX_ENTRIES.keys())
@pytest.mark.parametrize("drawing", [_bars, _scan], ids=["bars", "scan"])
def test_a_fax_picture_is_the_picture_pypdf_decodes(entries: bytes, drawing) -> None:
    data = _fax_pdf(drawing(), entries)
    page = PdfReader(io.BytesIO(data), strict=False).pages[0]
    xobject = page["/Resources"]["/XObject"]["/Im1"]
    assert _same_pixels(page_images._picture(xobject), PdfReader(io.BytesIO(data), strict=False).pages[0]
                        ["/Resources"]["/XObject"]["/Im1"].decode_as_image())
    shortcut = page_images.redaction_bars_only(PdfReader(io.BytesIO(data), strict=False).pages[0])
    assert shortcut == _verdict_through_pypdf(data)
    if b"/Decode" not in entries:  # (inverted, a page of bars or of text is mostly black: not what is tested here)
        assert shortcut == (drawing is _bars)


def _verdict_through_pypdf(data: bytes) -> bool:
    plain_fax = page_images._plain_fax
    page_images._plain_fax = lambda xobject: False
    try:
        return page_images.redaction_bars_only(PdfReader(io.BytesIO(data), strict=False).pages[0])
    finally:
        page_images._plain_fax = plain_fax


def test_the_shortcut_is_taken_for_a_plain_fax_picture() -> None:
    """Without this, the comparisons above would hold of a reader that always asked pypdf."""
    page = PdfReader(io.BytesIO(_fax_pdf(_bars(), b"/ImageMask true")), strict=False).pages[0]
    xobject = page["/Resources"]["/XObject"]["/Im1"]
    assert page_images._plain_fax(xobject) and page_images._fax_picture(xobject, 1275, 1650) is not None


def corpus_fax_pictures() -> list:
    found = []
    for path in sorted((CORPUS / "pdf").glob("*scanned*.pdf")):
        reader = PdfReader(path, strict=False)
        for number, page in enumerate(reader.pages[:3], start=1):
            for xobject in page_images._largest_images(page):
                if xobject.get("/Filter") == "/CCITTFaxDecode" and page_images._plain_fax(xobject):
                    found.append(pytest.param(xobject, id=f"{path.stem}-p{number}"))
    return found


@pytest.mark.parametrize("xobject", corpus_fax_pictures())
def test_the_corpus_fax_pictures_are_the_pictures_pypdf_decodes(xobject) -> None:
    width, height = int(xobject["/Width"]), int(xobject["/Height"])
    assert _same_pixels(page_images._fax_picture(xobject, width, height), xobject.decode_as_image())
