"""The Word reader: the Document it builds from a .docx, and its limits on hostile packages."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from filelint.api import check_paths
from filelint.config import Config
from filelint.document import Band
from filelint.readers import docx_package, read_bytes
from filelint.registry import discover_packs

_SPEC = importlib.util.spec_from_file_location("make_docx_fixtures", FIXTURES / "make_docx_fixtures.py")
make = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = make
_SPEC.loader.exec_module(make)
NS = make.NAMESPACES
PACKS = discover_packs()


def read(data: bytes, name: str = "draft.docx"):
    return read_bytes(data, name, "docx")


def body_lines(document):
    return [line for page in document.pages for line in page.lines if line.band is Band.BODY]


def paragraph(document, xml: str):
    body = document.element.body
    body.insert(len(body) - 1, make.parse_xml(f"<w:p {NS}>{xml}</w:p>"))


def check(tmp_path: Path, data: bytes, name: str = "draft.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    report = check_paths([path], Config(), packs=PACKS)
    assert not report.crashed
    return report.diagnostics


# ---------------------------------------------------------------- fixtures


def test_generator_rebuilds_the_word_fixtures_byte_for_byte(tmp_path: Path) -> None:
    make.build(tmp_path)
    built = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in (FIXTURES / "word").iterdir())
    assert built == committed
    changed = [name for name in built if (tmp_path / name).read_bytes() != (FIXTURES / "word" / name).read_bytes()]
    assert not changed, f"fixtures/word differs from make_docx_fixtures.py's output: {changed}"


def test_the_issue_draft_gives_one_finding_each_masked_and_cleaned_gives_none(tmp_path: Path) -> None:
    found = check(tmp_path, (FIXTURES / "word" / "draft_with_what_word_hides.docx").read_bytes())
    assert sorted(d.code for d in found) == ["FR001", "WD001", "WD002", "WD003", "WD004"]
    shown = " ".join(f"{d.message} {d.excerpt or ''} {d.fix}" for d in found)
    assert "123-45-6789" not in shown and "XXX-XX-6789" in shown
    assert not check(tmp_path, (FIXTURES / "word" / "draft_accepted_and_cleaned.docx").read_bytes(), "clean.docx")


# ---------------------------------------------------------------- text and formatting


def test_runs_carry_their_effective_size_in_words_order_of_precedence() -> None:
    document = make.new_document()
    styles = document.styles
    base = styles.add_style("Pleading Base", WD_STYLE_TYPE.PARAGRAPH)
    base.font.size = Pt(13)
    derived = styles.add_style("Pleading Body", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = base
    character = styles.add_style("Small Note", WD_STYLE_TYPE.CHARACTER)
    character.font.size = Pt(9)
    styles["Footnote Text"] if "Footnote Text" in [s.name for s in styles] else styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH).font.__setattr__("size", Pt(10))
    document.add_paragraph("direct").runs[0].font.size = Pt(14)
    document.add_paragraph("character", style="Pleading Body").runs[0].style = character
    document.add_paragraph("based on", style="Pleading Body")
    document.add_paragraph("footnote style", style="footnote text")
    document.add_paragraph("defaults")
    document.styles.element.find(f"{{{make.W_NS}}}docDefaults").find(f".//{{{make.W_NS}}}sz").set(f"{{{make.W_NS}}}val", "24")
    lines = body_lines(read(make.to_bytes(document)))
    sizes = {line.text: (line.spans[0].size, line.spans[0].size_from) for line in lines}
    assert sizes["direct"] == (14.0, "direct formatting")
    assert sizes["character"] == (9.0, "the style 'Small Note'")
    assert sizes["based on"] == (13.0, "the style 'Pleading Base'")
    assert sizes["footnote style"] == (10.0, "the style 'Footnote Text'")  # Word's menus capitalise built-in names
    assert sizes["defaults"] == (12.0, "the document defaults")


def test_without_any_declared_size_word_uses_ten_points() -> None:
    document = make.new_document()
    defaults = document.styles.element.find(f"{{{make.W_NS}}}docDefaults")
    for size in defaults.iter(f"{{{make.W_NS}}}sz"):
        size.getparent().remove(size)
    for style in document.styles.element.iter(f"{{{make.W_NS}}}style"):
        for size in list(style.iter(f"{{{make.W_NS}}}sz")):
            size.getparent().remove(size)
    document.add_paragraph("plain")
    (line,) = body_lines(read(make.to_bytes(document)))
    assert (line.spans[0].size, line.spans[0].size_from) == (10.0, "Word's built-in default")


def test_line_spacing_page_setup_and_line_numbering_per_section() -> None:
    document = make.new_document()
    document.styles["Normal"].paragraph_format.line_spacing = 2.0
    document.add_paragraph("double by style")
    exact = document.add_paragraph("exactly 24")
    exact.paragraph_format.line_spacing = Pt(24)
    first = document.sections[0]
    first._sectPr.append(make.parse_xml(f'<w:lnNumType {NS} w:countBy="1" w:restart="newPage"/>'))
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.page_width, second.page_height = Pt(595), Pt(842)
    second._sectPr.remove(second._sectPr.find(f"{{{make.W_NS}}}lnNumType"))
    document.add_paragraph("on A4")
    doc = read(make.to_bytes(document))
    facts = doc.word
    spacing = {p.text: p.spacing for p in facts.paragraphs}
    assert spacing["double by style"].rule == "auto" and spacing["double by style"].double_spaced
    assert spacing["double by style"].declared_by == "the style 'Normal'"
    assert (spacing["exactly 24"].rule, spacing["exactly 24"].value, spacing["exactly 24"].declared_by) == ("exact", 24.0, "direct formatting")
    assert [(s.width, s.height) for s in facts.sections] == [(612.0, 792.0), (595.0, 842.0)]
    assert facts.sections[0].line_numbering is not None and facts.sections[0].line_numbering.restart == "newPage"
    assert facts.sections[1].line_numbering is None
    assert [(p.number, p.width) for p in doc.pages] == [(1, 612.0), (2, 595.0)]


def test_pages_are_counted_only_at_recorded_breaks_and_the_note_says_so() -> None:
    document = make.new_document()
    for number in range(60):
        document.add_paragraph(f"Paragraph {number + 1} of a long brief that Word would spread over pages.")
    document.add_page_break()
    document.add_paragraph("After the hard break.")
    continuous = document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("A continuous section starts no page.")
    assert continuous is not None
    doc = read(make.to_bytes(document))
    assert doc.page_count == 2 and doc.word.recorded_page_breaks == 1
    assert any("records only hard page breaks" in note and "at the 1 page break the file records" in note for note in doc.notes)
    last = body_lines(doc)[-1]
    # 60 paragraphs, the break's own paragraph, "After...", the paragraph that ends the first section, then this one
    assert last.text == "A continuous section starts no page." and last.paragraph == last.index == 64


def test_headers_and_footers_as_bands_first_page_and_template_numbers() -> None:
    document = make.new_document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "ECF-looking first header"
    section.header.paragraphs[0].text = "Running head"
    section.footer.paragraphs[0].text = "PL.'S MOT. TO COMPEL - C-06-03891 SC"
    numbers = "".join(f"<w:p><w:r><w:t>{n}</w:t></w:r></w:p>" for n in range(1, 29))
    box = (f'<w:r {NS}><w:pict><v:shape style="position:absolute"><v:textbox><w:txbxContent>{numbers}'
           "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    section.header.paragraphs[0]._p.append(make.parse_xml(box))
    document.add_paragraph("Page one.")
    document.add_page_break()
    document.add_paragraph("Page two.")
    doc = read(make.to_bytes(document))
    first, second = doc.pages
    assert [line.text for line in first.header] == ["ECF-looking first header"]
    assert [line.text for line in second.header] == ["Running head"]  # the margin numbers are not header text
    assert [line.text for line in second.footer] == ["PL.'S MOT. TO COMPEL - C-06-03891 SC"]
    assert second.pleading_numbers == tuple(range(1, 29)) and second.has_numbered_lines


def test_tables_footnotes_and_text_boxes_are_read_once_in_order() -> None:
    document = make.new_document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "JOHN DOE, Plaintiff,", "Case No. C-06-03891 SC"
    box = (f'<w:r {NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent>'
           "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
           "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>")
    document.add_paragraph("After.")._p.append(make.parse_xml(box))
    texts = [line.text for line in body_lines(read(make.to_bytes(document)))]
    assert texts == ["Before the table.", "JOHN DOE, Plaintiff,", "Case No. C-06-03891 SC", "After.", "In a text box"]


def test_what_word_hides_is_in_the_hidden_band_and_privacy_rules_read_it(tmp_path: Path) -> None:
    document = make.new_document(author="Account 004417823391 owner")
    first = document.add_paragraph("The declarant's number is withheld.")
    make.add_hidden_run(first, " SSN 123-45-6789")
    second = document.add_paragraph("Reviewed.")
    make.add_comment(document, second, "Her Social Security number is 987-65-4320")
    data = make.to_bytes(document)
    doc = read(data)
    hidden = [line.text for page in doc.pages for line in page.lines if line.band is Band.HIDDEN]
    assert "[hidden text]  SSN 123-45-6789" in hidden and "[comment] Her Social Security number is 987-65-4320" in hidden
    assert "[property Author] Account 004417823391 owner" in hidden
    assert all("123-45-6789" not in line.text for line in body_lines(doc))
    found = check(tmp_path, data)
    privacy = sorted((d.code, d.line) for d in found if d.code.startswith("FR"))
    assert privacy == [("FR001", 1), ("FR001", 2), ("FR004", 1)]  # hidden run, comment (an ITIN's shape), Author property
    shown = " ".join(f"{d.message} {d.excerpt}" for d in found)
    assert "123-45-6789" not in shown and "987-65-4320" not in shown and "004417823391" not in shown


# ---------------------------------------------------------------- not a Word package


@pytest.mark.parametrize(("data", "name", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "brief.doc", "old binary Word document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "brief.docx", "old binary Word document"),
    (b"PK\x03\x04 truncated", "brief.docx", "ZIP archive is damaged"),
    (b"Dear Judge, this is text", "brief.docx", "not a Word document: it looks like text"),
])
def test_a_file_that_is_no_word_package_is_fl001_saying_why(tmp_path: Path, data: bytes, name: str, says: str) -> None:
    (finding,) = check(tmp_path, data, name)
    assert finding.code == "FL001" and says in finding.message


def _zip(parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(make.to_bytes(_small()))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _small():
    document = make.new_document()
    document.add_paragraph("My Social Security number is 123-45-6789.")
    document.sections[0].footer.paragraphs[0].text = "DECLARATION"
    return document


def test_a_zip_without_content_types_or_with_another_office_type_is_fl001(tmp_path: Path) -> None:
    parts = _parts()
    without = {k: v for k, v in parts.items() if k != "[Content_Types].xml"}
    (finding,) = check(tmp_path, _zip(without))
    assert finding.code == "FL001" and "no [Content_Types].xml" in finding.message
    sheet = dict(parts)
    sheet["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")
    (finding,) = check(tmp_path, _zip(sheet), "sheet.docx")
    assert finding.code == "FL001" and "not a Word document" in finding.message


def test_deep_nesting_is_refused_not_recursed(tmp_path: Path) -> None:
    parts = _parts()
    deep = "<w:sdt><w:sdtContent>" * 400 + "<w:p/>" + "</w:sdtContent></w:sdt>" * 400
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", f"<w:body>{deep}".encode())
    (finding,) = check(tmp_path, _zip(parts))
    assert finding.code == "FL001" and "nests more than 256 levels" in finding.message


def test_a_zip_bomb_part_is_not_inflated_and_is_reported(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(docx_package, "MAX_PART_BYTES", 2_000_000)
    monkeypatch.setattr(docx_package, "RATIO_FLOOR", 100_000)
    parts = _parts()
    footer = next(name for name in parts if name.startswith("word/footer"))
    parts[footer] = parts[footer].replace(b"</w:ftr>", b"<!--" + b" " * 3_000_000 + b"--></w:ftr>")
    found = check(tmp_path, _zip(parts))
    codes = sorted(d.code for d in found)
    assert "FL006" in codes and "FR001" in codes  # the rest of the draft is still read and checked
    (unread,) = [d for d in found if d.code == "FL006"]
    assert footer in unread.message and "zip bomb" in unread.message


def test_the_main_part_past_the_limit_is_fl001(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(docx_package, "MAX_PART_BYTES", 200_000)
    parts = _parts()
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body><!--" + b"x" * 300_000 + b"-->")
    (finding,) = check(tmp_path, _zip(parts))
    assert finding.code == "FL001" and "main text was not read" in finding.message


def test_a_part_whose_zip_entry_lies_about_its_size_is_left_out(tmp_path: Path) -> None:
    data = bytearray(_zip(_parts()))
    header = data.find(b"PK\x03\x04", data.find(b"word/styles.xml") - 40)
    central = data.find(b"PK\x01\x02" + bytes(data[data.find(b"PK\x01\x02") + 4 : data.find(b"PK\x01\x02") + 6]))
    assert header >= 0 and central >= 0
    for entry in (m for m in range(len(data)) if data[m:m + 4] == b"PK\x01\x02"):
        name_length = int.from_bytes(data[entry + 28:entry + 30], "little")
        if data[entry + 46:entry + 46 + name_length] == b"word/styles.xml":
            data[entry + 24:entry + 28] = (10).to_bytes(4, "little")  # the uncompressed size it declares
    found = check(tmp_path, bytes(data))
    assert any(d.code == "FL006" and "word/styles.xml" in d.message for d in found), [d.message for d in found]


def test_the_cache_keeps_no_hidden_word_text(tmp_path: Path) -> None:
    """A cached result keeps what the output shows (masked), never the draft's WordFacts (deleted text, comments)."""
    import os
    import subprocess

    draft = FIXTURES / "word" / "draft_with_what_word_hides.docx"
    env = {**os.environ, "FILELINT_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the second run is served from the cache
        result = subprocess.run([sys.executable, "-m", "filelint", "check", "--format", "json", str(draft)],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 1 and '"WD001"' in result.stdout and "123-45-6789" not in result.stdout
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert entries
    for entry in entries:
        text = entry.read_text(encoding="utf-8")
        assert "123-45-6789" not in text and '"revisions"' not in text


def test_layout_findings_on_a_word_draft_name_the_section_or_style_to_change(tmp_path: Path) -> None:
    found = {d.code: d for d in check(tmp_path, (FIXTURES / "word" / "motion_with_word_layout_errors.docx").read_bytes())}
    assert found["LR005"].message.startswith("Section 1's page size is 595 x 842 pt (A4)")
    assert "Section 1 has no numbered lines" in found["LR006"].message and "Line Numbers" in found["LR006"].message
    assert found["LR007"].message.startswith("The style 'Footnote Text' is 10 pt (1 paragraph")
    assert found["LR008"].message.startswith("The style 'Normal' sets 1.5 lines spacing")
    assert "(the footer of section 1)" in found["LR009"].message
    good = check(tmp_path, (FIXTURES / "word" / "motion_on_word_pleading_paper.docx").read_bytes(), "good.docx")
    assert [(d.code, d.severity.value) for d in good] == [("LR010", "info")], "only the note that pages were not counted"


def test_moved_text_is_on_the_page_once_and_its_old_place_is_hidden() -> None:
    document = make.new_document()
    paragraph(document, '<w:moveFrom w:id="1" w:author="Lee, K."><w:r><w:t>Defendant admits paragraph 12.</w:t></w:r></w:moveFrom>')
    paragraph(document, '<w:r><w:t>Plaintiff alleges fraud.</w:t></w:r>')
    paragraph(document, '<w:moveTo w:id="2" w:author="Lee, K."><w:r><w:t>Defendant admits paragraph 12.</w:t></w:r></w:moveTo>')
    doc = read(make.to_bytes(document))
    assert [line.text for line in body_lines(doc)] == ["", "Plaintiff alleges fraud.", "Defendant admits paragraph 12."]
    assert [(item.kind, item.paragraph) for item in doc.word.revisions] == [("moved away", 1), ("moved here", 3)]
    hidden = [line.text for page in doc.pages for line in page.lines if line.band is Band.HIDDEN and "admits" in line.text]
    assert hidden == ["[deleted] Defendant admits paragraph 12."]


def test_what_a_header_or_footer_hides_is_found_and_placed_at_its_section(tmp_path: Path) -> None:
    document = make.new_document()
    document.add_paragraph("DECLARATION OF MARIA DOE")
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "DECLARATION OF MARIA DOE"
    make.add_deletion(footer, " - client SSN 123-45-6789")
    make.add_hidden_run(document.sections[0].header.paragraphs[0], "draft for internal review")
    data = make.to_bytes(document)
    doc = read(data)
    assert [(i.kind, i.story) for i in doc.word.revisions] == [("deletion", "the footer of section 1")]
    assert [(i.kind, i.story) for i in doc.word.hidden] == [("hidden", "the header of section 1")]
    assert [line.text for line in doc.pages[0].footer] == ["DECLARATION OF MARIA DOE"]
    found = {d.code: d for d in check(tmp_path, data)}
    assert "at the footer of section 1" in found["WD001"].message and "the header of section 1" in found["WD003"].message
    assert "123-45-6789" not in found["FR001"].excerpt and "in the footer of section 1" in found["FR001"].excerpt


def test_the_note_says_how_many_pages_words_last_layout_had_without_placing_findings_by_it() -> None:
    document = make.new_document()
    document.add_paragraph("Page one of Word's layout.")
    document.add_paragraph("Page two.")._p.append(make.parse_xml(f"<w:r {NS}><w:lastRenderedPageBreak/><w:t>x</w:t></w:r>"))
    doc = read(make.to_bytes(document))
    (note,) = doc.notes
    assert "records none, so the draft is read as one page" in note and "laid the draft out on 2 pages" in note
    assert doc.page_count == 1


def test_a_charts_embedded_workbook_is_an_embedded_object(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = make.new_document()
    holder = document.add_paragraph("Damages by year:")
    chart_xml = b'<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'
    chart = Part(PackURI("/word/charts/chart1.xml"), "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                 chart_xml, document.part.package)
    workbook = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x05\x06" + b"\0" * 18, document.part.package)
    chart.relate_to(workbook, RT.PACKAGE)
    rel_id = document.part.relate_to(chart, RT.CHART)
    holder._p.append(make.parse_xml(
        f'<w:r {NS} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Chart 1"/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rel_id}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
    doc = read(make.to_bytes(document))
    assert [(item.text, item.paragraph, item.detail) for item in doc.word.embedded] == [
        ("a chart's embedded workbook (every sheet and cell behind it)", 1, "Microsoft_Excel_Worksheet.xlsx")]
    (finding,) = [d for d in check(tmp_path, make.to_bytes(document)) if d.code == "WD006"]
    assert "chart's embedded workbook" in finding.message


def test_endnotes_are_read_after_the_paragraph_that_cites_them(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = make.new_document()
    citing = document.add_paragraph("The plaintiff's records were produced.")
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {NS}>'
             '<w:endnote w:id="1"><w:p><w:r><w:t>Her SSN, 123-45-6789, is on page 4 of the records.</w:t></w:r></w:p></w:endnote>'
             '</w:endnotes>')
    part = Part(PackURI("/word/endnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                notes.encode(), document.part.package)
    document.part.relate_to(part, RT.ENDNOTES)
    citing._p.append(make.parse_xml(f'<w:r {NS}><w:endnoteReference w:id="1"/></w:r>'))
    document.add_paragraph("Next paragraph.")
    data = make.to_bytes(document)
    assert [line.text for line in body_lines(read(data))] == [
        "The plaintiff's records were produced.", "Her SSN, 123-45-6789, is on page 4 of the records.", "Next paragraph."]
    (finding,) = [d for d in check(tmp_path, data) if d.code == "FR001"]
    assert finding.line == 2 and "123-45-6789" not in finding.excerpt


def test_what_word_hides_does_not_choose_the_judge(tmp_path: Path) -> None:
    """A comment or a deleted caption naming Judge Spero does not put a draft before him; the caption shown does."""

    def draft(caption: str, hide) -> bytes:
        document = make.new_document()
        document.add_paragraph("UNITED STATES DISTRICT COURT")
        document.add_paragraph("NORTHERN DISTRICT OF CALIFORNIA")
        shown = document.add_paragraph(caption)
        document.add_paragraph("NOTICE OF MOTION AND MOTION TO COMPEL")
        hide(document, shown)
        return make.to_bytes(document)

    def by_comment(document, shown):
        make.add_comment(document, shown, "Ask whether this goes to Judge Spero (JCS) for discovery")

    def by_deletion(document, shown):
        make.add_deletion(shown, " (JCS)")

    for hide in (by_comment, by_deletion):
        hidden_only = {d.code for d in check(tmp_path, draft("Case No. 3:20-cv-01234-WHA", hide))}
        assert not any(code.startswith("JCS") for code in hidden_only), (hide.__name__, hidden_only)
    shown = {d.code for d in check(tmp_path, draft("Case No. 3:20-cv-01234-WHA (JCS)", by_comment))}
    assert any(code.startswith("JCS") for code in shown), shown
