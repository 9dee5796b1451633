"""Build small PDFs from raw content streams, for tests that need exact PDF operators.

fpdf2 (fixtures/make_fixtures.py) makes realistic filings; this makes the odd ones a
word processor would not: scaled text matrices, rotated pages, odd page sizes.
"""

from __future__ import annotations


def minimal_pdf(pages: list[dict]) -> bytes:
    """A valid PDF. Each page dict: ``content`` (str), optional ``size`` (w, h), ``rotate``."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # catalog layout: fonts, page pairs, then the tree
    page_ids = []
    for page in pages:
        content = page["content"].encode("latin-1")
        stream = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        width, height = page.get("size", (612, 792))
        rotate = b" /Rotate %d" % page["rotate"] if page.get("rotate") else b""
        page_ids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s]%s /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_id, str(width).encode(), str(height).encode(), rotate, font, stream)
        ))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return serialise(objects, catalog)


def serialise(objects: list[bytes], catalog: int, *, header: bytes = b"%PDF-1.4\n", trailer_extra: bytes = b"") -> bytes:
    """Objects numbered from 1, a classic cross-reference table and a trailer whose /Root is ``catalog``."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, trailer_extra, xref)
    return bytes(out)


def text_at(x: float, y: float, text: str, size: float = 12, scale: float | None = None) -> str:
    """Content-stream operators drawing one string, optionally under a scaling CTM."""
    draw = f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"
    return f"q {scale} 0 0 {scale} 0 0 cm {draw} Q" if scale else draw


def pleading_page(lines: dict[int, str], size: float = 12, extra: str = "") -> str:
    """A page with margin numbers 1-28 and text on the given pleading lines."""
    ops = []
    for number in range(1, 29):
        y = 708 - (number - 1) * 24
        ops.append(text_at(50, y, str(number)))
        if number in lines:
            ops.append(text_at(90, y, lines[number], size))
    return "\n".join(ops) + "\n" + extra


# ---------------------------------------------------------------- richer PDFs (fonts, annotations, metadata, saves)


def font_dict(base_font: str, embedded: bool = False, subtype: str = "TrueType") -> dict:
    """A font resource: ``base_font`` as the PDF names it (subset prefix and style suffix included)."""
    return {"base": base_font, "embedded": embedded, "subtype": subtype}


def rich_pdf(pages: list[dict], fonts: dict[str, dict] | None = None, info: dict[str, str] | None = None) -> bytes:
    """A PDF with named font resources, annotations and document properties.

    ``fonts`` maps a resource name (``F1``) to :func:`font_dict`; the default is Times-Roman as
    ``F1``. Each page dict: ``content`` (str), optional ``size`` (w, h), ``rotate``, and
    ``annots``, a list of annotation dictionaries written as PDF source (``"/Subtype /Stamp ..."``).
    ``info`` becomes the document properties (Title, Author...).
    """
    fonts = fonts or {"F1": font_dict("Times-Roman", subtype="Type1")}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font_refs = []
    for resource, spec in fonts.items():
        descriptor = b""
        if spec["embedded"]:
            program = add(b"<< /Length 4 >>\nstream\nfake\nendstream")  # the reader only asks whether a program is there
            descriptor = b" /FontDescriptor %d 0 R" % add(
                b"<< /Type /FontDescriptor /FontName /%s /Flags 34 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
                b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 %d 0 R >>" % (spec["base"].encode(), program))
        widths = b" /FirstChar 32 /LastChar 126 /Widths [" + b" ".join(b"500" for _ in range(95)) + b"]"
        font_refs.append(b"/%s %d 0 R" % (resource.encode(), add(
            b"<< /Type /Font /Subtype /%s /BaseFont /%s /Encoding /WinAnsiEncoding%s%s >>"
            % (spec["subtype"].encode(), spec["base"].encode(), widths, descriptor))))
    resources = b"<< /Font << %s >> >>" % b" ".join(font_refs)
    pending = []
    for page in pages:
        content = page["content"].encode("latin-1")
        image_resource = b""  # the page's picture (a scan, or redaction bars flattened to an image)
        if page.get("image"):
            (pixels, pixel_w, pixel_h), (x, y, w, h) = page["image"]
            image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                        b"/BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream" % (pixel_w, pixel_h, len(pixels), pixels))
            content = b"q %s 0 0 %s %s %s cm /Im1 Do Q\n" % tuple(str(v).encode() for v in (w, h, x, y)) + content
            image_resource = b" /XObject << /Im1 %d 0 R >>" % image
        content_resources = resources[:-2] + image_resource + b" >>"
        stream = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        annots = [add(b"<< /Type /Annot %s >>" % a.encode("latin-1")) for a in page.get("annots", ())]
        pending.append((page, stream, annots, content_resources))
    # The page objects follow every stream and annotation, so the tree's number is known in advance.
    page_ids = []
    pages_id = len(objects) + len(pending) + 1
    for page, stream, annots, page_resources in pending:
        width, height = page.get("size", (612, 792))
        rotate = b" /Rotate %d" % page["rotate"] if page.get("rotate") else b""
        annot_array = b" /Annots [%s]" % b" ".join(b"%d 0 R" % a for a in annots) if annots else b""
        page_ids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s]%s /Resources %s /Contents %d 0 R%s >>"
            % (pages_id, str(width).encode(), str(height).encode(), rotate, page_resources, stream, annot_array)))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_ref = b""
    if info:
        entries = b" ".join(b"/%s (%s)" % (key.encode(), value.encode("latin-1")) for key, value in info.items())
        info_ref = b" /Info %d 0 R" % add(b"<< %s >>" % entries)
    return serialise(objects, catalog, trailer_extra=info_ref)


def styled_text(x: float, y: float, text: str, font: str = "F1", size: float = 12, mode: int = 0,
                rgb: tuple[float, float, float] | None = None) -> str:
    """One string in resource font ``font``; ``mode`` 3 is invisible (an OCR layer); ``rgb`` its fill colour."""
    colour = f"{rgb[0]} {rgb[1]} {rgb[2]} rg " if rgb else ""
    return f"BT {colour}/{font} {size} Tf {mode} Tr {x} {y} Td ({text}) Tj ET"


def ecf_stamp_text(page: int = 1, pages: int = 1, font: str = "F1") -> str:
    """The file stamp CM/ECF prints at the top of each filed page (8-point, in the court's own font)."""
    return styled_text(130, 770, f"Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page {page} of {pages}", font, 8)


def incremental_update(pdf: bytes, change: str, page: int = 0, text: str = "") -> bytes:
    """``pdf`` saved again as an incremental update (appended, the first version still in the file).

    ``change``: "metadata" (new document properties only), "stub" (Word's empty update: a new
    xref section and nothing else), "append" (text added to the page, the old content kept),
    "replace" (the page's content replaced: what it said before is still in the file), or
    "comment" (a sticky note added).
    """
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    if change == "stub":
        start = pdf.rindex(b"startxref")
        previous = int(pdf[start:].split()[1])
        trailer = pdf[pdf.rindex(b"trailer"):start].split(b"<<", 1)[1].rsplit(b">>", 1)[0]
        tail = b"xref\n0 0\ntrailer\n<<%s /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (trailer, previous, len(pdf) + 0)
        return pdf + tail
    writer = PdfWriter(PdfReader(io.BytesIO(pdf)), incremental=True)
    target = writer.pages[page]
    if change == "metadata":
        writer.add_metadata({"/Subject": "Notice of motion and motion to compel"})
    elif change in ("append", "replace"):
        stream = DecodedStreamObject()
        stream.set_data(styled_text(90, 60, text or "Page added later").encode("latin-1"))
        new = writer._add_object(stream)
        if change == "append":
            old = target["/Contents"]
            target[NameObject("/Contents")] = ArrayObject([old, new])
        else:
            target[NameObject("/Contents")] = new
    elif change == "comment":
        note = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (500, 700, 520, 720)]),
            NameObject("/Contents"): TextStringObject(text or "check with client")})
        writer.add_annotation(page, note)
    else:
        raise ValueError(change)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def picture(kind: str, width: int = 153, height: int = 198) -> tuple[bytes, int, int]:
    """Grey pixels of a page picture: "text" (rows of print, as a scan), "bars" (black redaction bars
    on white), "bars_and_text" (bars with lines of print left between them), "blank", "black"."""
    rows = []
    for y in range(height):
        row = bytearray(b"\xff" * width)
        band = y % 24
        if kind in ("bars", "bars_and_text") and 24 <= y < 168 and band < 12 and (kind == "bars" or y < 96):
            row[20:140] = b"\x00" * 120
        if kind == "text" or (kind == "bars_and_text" and y >= 100):
            if 20 <= y < 180 and band in (4, 5, 6):
                for x in range(20, 140):
                    row[x] = 0 if (x // 3) % 3 else 255  # letters and the gaps between them
        if kind == "black":
            row = bytearray(width)
        rows.append(bytes(row))
    return b"".join(rows), width, height


def edited(pdf: bytes, change) -> bytes:
    """``pdf`` rewritten by pypdf after ``change(writer)`` (scripts, attachments, fields, encryption)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_object(source: str):
    """A pypdf object from PDF source text (``"<< /S /JavaScript /JS (app.alert(1)) >>"``)."""
    import io

    from pypdf.generic import read_object

    class _NoReader:  # direct objects only: nothing to resolve
        strict = False

    return read_object(io.BytesIO(source.encode("latin-1")), _NoReader())
