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
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
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
