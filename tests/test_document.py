"""The document model: what the readers build from PDFs and text files."""

from __future__ import annotations

import codecs

from pdfbuild import minimal_pdf, pleading_page, text_at

from filelint.document import Band
from filelint.readers import read_bytes


def pdf_document(pages: list[dict]):
    return read_bytes(minimal_pdf(pages), "test.pdf", "pdf")


def test_effective_font_size_includes_the_transformation_matrix() -> None:
    content = text_at(100, 700, "Scaled footnote text", size=12, scale=0.8) + "\n" + text_at(100, 600, "Body text")
    document = pdf_document([{"content": content}])
    sizes = {line.text: line.spans[0].size for line in document.pages[0].lines}
    assert sizes["Scaled footnote text"] == 9.6
    assert sizes["Body text"] == 12.0


def test_text_matrix_scale_counts_too() -> None:
    content = "BT /F1 1 Tf 10 0 0 10 100 700 Tm (Ten point by matrix) Tj ET"
    (line,) = pdf_document([{"content": content}]).pages[0].lines
    assert line.spans[0].size == 10.0 and line.spans[0].font == "Times-Roman"


def test_pleading_numbers_map_body_lines_and_leave_the_text() -> None:
    page = pdf_document([{"content": pleading_page({1: "JANE ADVOCATE (SBN 1)", 9: "UNITED STATES DISTRICT COURT", 28: "last line"})}]).pages[0]
    assert page.pleading_numbers == tuple(range(1, 29)) and page.has_numbered_lines
    by_text = {line.text: line for line in page.lines}
    assert set(by_text) == {"JANE ADVOCATE (SBN 1)", "UNITED STATES DISTRICT COURT", "last line"}
    assert by_text["UNITED STATES DISTRICT COURT"].pleading_line == 9
    assert by_text["last line"].number == 28


def test_header_and_footer_bands() -> None:
    stamp = text_at(150, 770, "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 3", size=9)
    footer = text_at(90, 30, "PL.'S MOT. TO COMPEL - C-06-03891 SC (JCS)", size=9)
    page = pdf_document([{"content": pleading_page({5: "body"}, extra=stamp + "\n" + footer)}]).pages[0]
    assert [line.text for line in page.header] == ["Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 3"]
    assert [line.text for line in page.footer] == ["PL.'S MOT. TO COMPEL - C-06-03891 SC (JCS)"]
    assert [line.text for line in page.body] == ["body"]


def test_page_geometry_and_rotation() -> None:
    document = pdf_document([
        {"content": text_at(72, 700, "A4 page"), "size": (595, 842)},
        {"content": text_at(72, 500, "Sideways"), "rotate": 90},
    ])
    a4, sideways = document.pages
    assert (a4.width, a4.height, a4.rotation) == (595, 842, 0)
    assert (sideways.width, sideways.height, sideways.rotation) == (792, 612, 90)
    assert sideways.lines[0].y == 72.0  # 72 pt from the displayed top edge


def test_pdf_facts_are_collected() -> None:
    document = pdf_document([{"content": text_at(72, 700, "x")}])
    facts = document.pdf
    assert facts.version == "1.4" and not facts.encrypted and facts.active_content == ()
    assert [(font.name, font.embedded) for font in facts.fonts] == [("Times-Roman", False)]
    assert document.pages[0].has_images is False


def test_text_decoding_variants() -> None:
    body = "Caption \u00a7 \u201cquoted\u201d"
    utf8 = read_bytes(body.encode("utf-8"), "a.txt", "text")
    bom = read_bytes(codecs.BOM_UTF8 + body.encode("utf-8"), "b.txt", "text")
    utf16 = read_bytes(body.encode("utf-16"), "c.txt", "text")
    legacy = read_bytes(body.encode("cp1252"), "d.txt", "text")
    assert [d.encoding for d in (utf8, bom, utf16, legacy)] == ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
    assert all(d.pages[0].lines[0].text == body for d in (utf8, bom, utf16, legacy))


def test_text_pages_and_pleading_numbers() -> None:
    page_one = "\n".join(f"{n:>2}  line {n}" for n in range(1, 29)) + "\nFOOTER TITLE - C-06-03891 SC (JCS)"
    stamp = "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 2 of 2"
    page_two = stamp + "\n" + "\n".join(f"{n:>2}" for n in range(1, 29))
    document = read_bytes(f"#: okay\n{page_one}\f{page_two}\n".encode(), "m.txt", "text")
    first, second = document.pages
    assert first.lines[0].text == "line 1" and first.lines[0].pleading_line == 1 and first.lines[0].index == 1
    assert first.lines[-1].band is Band.FOOTER
    assert second.lines[0].band is Band.HEADER and second.lines[0].text == stamp
    assert second.pleading_numbers == tuple(range(1, 29))


def test_numbered_list_is_not_pleading_paper() -> None:
    text = "1. First point\n2. Second point\n3. Third\n4. Fourth\n5. Fifth\n6. Sixth\n"
    page = read_bytes(text.encode(), "list.txt", "text").pages[0]
    assert page.pleading_numbers == () and page.lines[0].text == "1. First point"
