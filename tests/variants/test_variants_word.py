"""Variant tables for the rules about what Word hides (WD001-WD006): drafts built here as .docx.

Each variant is a Word package made in the test with python-docx and raw WordprocessingML, the
way Word itself writes tracked changes, comments, hidden runs, colours, properties and objects
(names and wording as firms' drafts have them: reviewers' "Last, First" names, Word's
themeColor white, Excel sheets and packaged PDFs, a template on a user's drive).
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import FIXTURES
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from variant_support import Variant, cases, diagnostics, silent_where_it_ran

_SPEC = importlib.util.spec_from_file_location("make_docx_fixtures", FIXTURES / "make_docx_fixtures.py")
make = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = make
_SPEC.loader.exec_module(make)
NS = make.NAMESPACES
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def run(text: str, properties: str = "") -> str:
    return make.run_xml(text, properties).replace(f" {NS}", "")


def deleted(text: str, author: str = "Jones, Sarah") -> str:
    return f'<w:del w:id="7" w:author="{author}" w:date="2007-07-30T10:00:00Z"><w:r><w:delText xml:space="preserve">{make.escape(text)}</w:delText></w:r></w:del>'


def inserted(text: str, author: str = "Jones, Sarah") -> str:
    return f'<w:ins w:id="8" w:author="{author}"><w:r><w:t xml:space="preserve">{make.escape(text)}</w:t></w:r></w:ins>'


def docx(*paragraphs: str, setup=None, title: str = "", note: str = "", **properties) -> Variant:
    """A draft whose paragraphs hold the given WordprocessingML (runs, and a pPr where given)."""
    document = make.new_document(properties.get("author", ""), properties.get("last_modified_by", ""), title)
    body = document.element.body
    for inner in paragraphs:
        body.insert(len(body) - 1, make.parse_xml(f"<w:p {NS}>{inner}</w:p>"))
    if setup is not None:
        setup(document)
    return Variant(make.to_bytes(document), name="draft.docx", note=note or paragraphs[0][:60] if paragraphs else note)


def table(*cells: str) -> str:
    """A one-row table written where a paragraph goes (inserted as the paragraph's sibling)."""
    return "".join(cells)


def in_table(document, inner: str) -> None:
    body = document.element.body
    row = "".join(f"<w:tc><w:tcPr><w:tcW w:w='3000' w:type='dxa'/></w:tcPr><w:p>{cell}</w:p></w:tc>" for cell in inner.split("|"))
    body.insert(len(body) - 1, make.parse_xml(f"<w:tbl {NS}><w:tblGrid><w:gridCol w:w='3000'/><w:gridCol w:w='3000'/></w:tblGrid><w:tr>{row}</w:tr></w:tbl>"))


def with_table(inner: str):
    return lambda document: in_table(document, inner)


def with_comment(text: str, author: str = "A. Associate", anchored: bool = True):
    def setup(document) -> None:
        paragraph = document.paragraphs[-1]
        make.add_comment(document, paragraph, text, author)
        if not anchored:  # the anchor went with deleted text: only the comment part still holds it
            for element in list(paragraph._p):
                if element.tag.endswith(("commentRangeStart", "commentRangeEnd")) or element.find(f"{{{make.W_NS}}}commentReference") is not None:
                    paragraph._p.remove(element)
    return setup


def character_style(name: str, hidden: bool = False, color: str | None = None):
    def setup(document) -> None:
        style = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        if hidden:
            style.font.hidden = True
        if color:
            from docx.shared import RGBColor
            style.font.color.rgb = RGBColor.from_string(color)
    return setup


def paragraph_style(name: str, hidden: bool = False):
    def setup(document) -> None:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.font.hidden = hidden
    return setup


def app_property(name: str, value: str):
    def setup(document) -> None:
        for part in document.part.package.iter_parts():
            if str(part.partname) == "/docProps/app.xml":
                part._blob = part.blob.replace(f"<{name}/>".encode(), f"<{name}>{value}</{name}>".encode())
    return setup


def custom_property(name: str, value: str):
    def setup(document) -> None:
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
               'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property></Properties>')
        part = Part(PackURI("/docProps/custom.xml"), "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    xml.encode(), document.part.package)
        document.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)
    return setup


def attached_template(target: str):
    def setup(document) -> None:
        document.part._settings_part.relate_to(target, REL + "attachedTemplate", is_external=True)
    return setup


def ole(prog_id: str = "Excel.Sheet.12", name: str = "oleObject1.bin"):
    return lambda document: make.add_ole_object(document, document.paragraphs[-1], name, prog_id)


def embedded_package(document) -> None:
    part = Part(PackURI("/word/embeddings/Microsoft_Word_Document.docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x05\x06" + b"\0" * 18, document.part.package)
    rel_id = document.part.relate_to(part, RT.PACKAGE)
    make.append_xml(document.paragraphs[-1], f'<w:r {NS}><w:object><o:OLEObject Type="Embed" ProgID="Word.Document.12" r:id="{rel_id}"/></w:object></w:r>')


def alt_chunk(document) -> None:
    part = Part(PackURI("/word/afchunk.mht"), "message/rfc822", b"MIME-Version: 1.0\r\n\r\nsettlement terms", document.part.package)
    rel_id = document.part.relate_to(part, RT.A_F_CHUNK)
    body = document.element.body
    body.insert(len(body) - 1, make.parse_xml(f'<w:altChunk {NS} r:id="{rel_id}"/>'))


def linked_ole(document) -> None:
    rel_id = document.part.relate_to("file:///C:/Users/jroe/Documents/Damages%20Model.xlsx", RT.OLE_OBJECT, is_external=True)
    make.append_xml(document.paragraphs[-1], f'<w:r {NS}><w:object><o:OLEObject Type="Link" ProgID="Excel.Sheet.12" r:id="{rel_id}"/></w:object></w:r>')


def picture(document) -> None:
    from docx.shared import Pt
    document.paragraphs[-1].add_run().add_picture(__import__("io").BytesIO(make.tiny_png()), width=Pt(36))


def both(*setups):
    def setup(document) -> None:
        for each in setups:
            each(document)
    return setup


def _shade_first_cell(document) -> None:
    cell = document.element.body.find(f".//{{{make.W_NS}}}tcPr")
    cell.append(make.parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="404040"/>'))


DECLARES = run("I declare under penalty of perjury that the foregoing is true and correct.")
TITLE = run("DECLARATION OF MARIA DOE")

FIRES = {
    "WD001": [
        docx(TITLE, run("My Social Security number ends in 6789.") + deleted(" It is 123-45-6789."), note="deleted SSN"),
        docx(run("The parties agreed to settle for") + deleted(" $1.2 million") + inserted(" an amount to be kept confidential") + run("."),
             note="settlement figure struck and replaced"),
        docx(run("Plaintiff served the interrogatories on ") + inserted("June 4, 2007") + run("."), note="insertion only"),
        docx(TITLE, setup=with_table(run("JOHN DOE,") + deleted(" a minor, by his mother MARY DOE,") + "|" + run("Case No. C-06-03891 SC")),
             note="deletion in a caption table cell"),
        docx('<w:moveFrom w:id="9" w:author="Lee, K."><w:r><w:t>Defendant admits paragraph 12.</w:t></w:r></w:moveFrom>',
             '<w:moveTo w:id="10" w:author="Lee, K."><w:r><w:t>Defendant admits paragraph 12.</w:t></w:r></w:moveTo>', note="moved paragraph"),
        docx("<w:pPr><w:pStyle w:val='Heading1'/></w:pPr>" + run("MOTION TO COMPEL") + deleted(" AND FOR SANCTIONS"), note="heading in capitals"),
        docx(run("counsel met and conferred ") + deleted("by telephone", author="") + run(" in person."), note="no author recorded"),
        docx(run("The witness ") + deleted("lied", author="Partner, Senior") + inserted("was mistaken", author="Associate, Junior") + run("."),
             note="two reviewers"),
        docx(DECLARES, run("Executed on August 1, 2007.") + deleted(" in Oakland, at 1234 Elm Street"), note="address struck"),
    ],
    "WD002": [
        docx(TITLE, run("I, Maria Doe, declare as follows."), setup=with_comment("Confirm DOB with client"), note="comment"),
        docx(run("Defendant's expert is qualified."), setup=with_comment("pls check - expert was excluded in Smith v. Jones?", "jroe"),
             note="lower-case note"),
        docx(run("We will produce documents by Friday."), setup=with_comment("Client says SSN is 123-45-6789 on the form"), note="comment holds SSN"),
        docx(run("The meeting took place."), setup=with_comment("deleted text's comment", anchored=False), note="anchor gone"),
        docx(run("Plaintiff's damages exceed $75,000."), setup=both(with_comment("Too high?", "Partner, Senior"), with_comment("Agree", "Associate, Junior")),
             note="two authors"),
        docx(run("Respectfully submitted,"), setup=with_comment("Need partner sign-off", ""), note="no author"),
        docx(TITLE, setup=both(with_table(run("JOHN DOE") + "|" + run("Case No. 3:07-cv-01234")),
                               lambda d: make.add_comment(d, d.paragraphs[-1], "caption from old case?")), note="comment on the last paragraph"),
        docx(run("ISSUES IN DISPUTE"), setup=with_comment("Cut issue 3 if we settle the privilege log dispute"), note="heading comment"),
    ],
    "WD003": [
        docx(TITLE, run("I live in Oakland.") + run(" Client's SSN 123-45-6789.", "<w:vanish/>"), note="hidden SSN"),
        docx(run("Defendant denies the allegations.") + run(" (weak - see memo)", '<w:vanish w:val="true"/>'), note="val true"),
        docx(run("The contract was signed.") + run(" Draft note: confirm date.", '<w:vanish w:val="1"/>'), note="val 1"),
        docx(run("See Exhibit A.") + run(" internal only", "<w:rStyle w:val='InternalNote'/>"), setup=character_style("InternalNote", hidden=True),
             note="character style hides"),
        docx("<w:pPr><w:pStyle w:val='DraftingNote'/></w:pPr>" + run("Drafting note: do not file this paragraph."),
             setup=paragraph_style("DraftingNote", hidden=True), note="paragraph style hides"),
        docx(run("PRELIMINARY STATEMENT", "<w:b/><w:vanish/>"), note="a whole heading hidden"),
        docx(TITLE, setup=with_table(run("Amount") + "|" + run("$250,000 (our floor)", "<w:vanish/>")), note="hidden in a table cell"),
        docx(run("Opposing counsel agreed.") + run("\u00a0per call with Smith 7/30", "<w:vanish/>"), note="no-break space first"),
    ],
    "WD004": [
        docx(TITLE, author="Jane Roe", note="author"),
        docx(TITLE, last_modified_by="jroe", note="last modified by"),
        docx(TITLE, setup=app_property("Company", "Roe &amp; Partners LLP"), note="company"),
        docx(TITLE, setup=app_property("Manager", "Senior Partner"), note="manager"),
        docx(TITLE, setup=custom_property("Client", "Acme Holdings (matter 4471-002)"), note="custom property"),
        docx(TITLE, setup=attached_template("file:///C:\\Users\\jroe\\AppData\\Roaming\\Microsoft\\Templates\\Pleading.dotx"), note="template path"),
        docx(TITLE, author="ROE, JANE (SF)", setup=app_property("Company", "Client Corp"), note="author and company"),
        docx(TITLE, setup=attached_template("/Users/jroe/Library/Group Containers/UBF8T346G9.Office/Pleading.dotm"), note="Mac template path"),
    ],
    "WD005": [
        docx(TITLE, run("I reviewed the invoices.") + run(" Do not mention 2019.", '<w:color w:val="FFFFFF"/>'), note="white"),
        docx(run("Plaintiff complied.") + run(" except for the March letter", '<w:color w:val="F8F8F8"/>'), note="near white"),
        docx(run("Agreed.") + run(" keywords: fraud", '<w:color w:val="FFFFFF" w:themeColor="background1"/>'), note="theme white"),
        docx(run("The motion is timely.") + run(" draft v7", '<w:sz w:val="2"/>'), note="1 pt"),
        docx(run("Good cause exists.") + run(" see internal memo", '<w:sz w:val="4"/>'), note="2 pt"),
        docx(run("Counsel conferred.") + run(" hidden keywords", "<w:rStyle w:val='Invisible'/>"), setup=character_style("Invisible", color="FFFFFF"),
             note="white by character style"),
        docx(TITLE, setup=with_table(run("Total") + "|" + run("$1,000,000", '<w:color w:val="FFFFFF"/>')), note="white in a table"),
        docx(run("No objection.") + run(" (client disagrees)", '<w:sz w:val="1"/>'), note="half a point"),
        docx(run("Produced.") + run(" privileged", '<w:color w:val="FFFFFF"/><w:highlight w:val="yellow"/>'), note="white on yellow"),
    ],
    "WD006": [
        docx(TITLE, run("Damages are summarized below."), setup=ole(), note="Excel sheet"),
        docx(run("The agreement is attached."), setup=ole("Word.Document.12"), note="Word document object"),
        docx(run("See the enclosed agreement."), setup=embedded_package, note="embedded package"),
        docx(run("The terms follow."), setup=alt_chunk, note="altChunk"),
        docx(run("Damages model:"), setup=linked_ole, note="linked object"),
        docx(run("Exhibits:"), setup=both(ole(), ole("AcroExch.Document.DC", "oleObject2.bin")), note="two objects, a PDF"),
        docx(run("Invoice totals:"), setup=both(with_table(run("Total") + "|" + run("see sheet")),
                                                lambda d: make.add_ole_object(d, d.paragraphs[-1], "oleObject3.bin")), note="object at the end"),
        docx(run("Chart of sales:"), setup=ole("MSGraph.Chart.8"), note="old chart object"),
    ],
}

SILENT = {
    "WD001": [
        docx(TITLE, run("My Social Security number ends in 6789 (XXX-XX-6789)."), note="accepted"),
        docx(run("The parties agreed to settle for", "<w:strike/>") + run(" an undisclosed amount."), note="strikethrough formatting"),
        docx(run("The redline shows deleted text and insertions."), note="words about changes"),
        docx('<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="Lee"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now.</w:t></w:r>', note="format change"),
        docx('<w:pPr><w:jc w:val="center"/><w:pPrChange w:id="4" w:author="Lee"><w:pPr/></w:pPrChange></w:pPr>' + run("Centred."), note="paragraph format change"),
        docx(run("[deleted] was typed by the author."), note="typed brackets"),
        docx(run("Comment follows."), setup=with_comment("note"), note="comment only"),
        docx(run("Hidden follows.") + run(" x", "<w:vanish/>"), note="hidden only"),
        docx(run("Track Changes was turned off before saving."), note="track changes named"),
    ],
    "WD002": [
        docx(TITLE, run("I, Maria Doe, declare as follows."), note="no comments"),
        docx(run("COMMENTS OF THE PARTIES ON THE PROPOSED ORDER"), note="heading named comments"),
        docx(run("Plaintiff's comments on the draft protective order are attached."), note="comments in prose"),
        docx(run("Deleted") + deleted(" text"), note="tracked change only"),
        docx(run("Properties"), author="Jane Roe", note="author only"),
        docx('<w:commentRangeStart w:id="5"/>' + run("Anchor without a comment.") + '<w:commentRangeEnd w:id="5"/>', note="dangling anchor"),
        docx(run("See footnote 1 (comment by the Advisory Committee)."), note="advisory committee comment"),
        docx(run("Annotated."), setup=lambda d: d.settings.element.append(make.parse_xml(f"<w:doNotTrackFormatting {NS}/>")), note="settings only"),
    ],
    "WD003": [
        docx(run("Shown.") + run(" also shown", '<w:vanish w:val="0"/>'), note="val 0"),
        docx(run("Shown.") + run(" also shown", '<w:vanish w:val="false"/>'), note="val false"),
        docx(run("Print view.") + run(" web only", "<w:webHidden/>"), note="webHidden"),
        docx(run("The hidden defect was not disclosed."), note="the word hidden"),
        docx(run("Space follows.") + run("  ", "<w:vanish/>"), note="hidden spaces only"),
        docx(run("See note.") + run(" shown", "<w:rStyle w:val='Note'/><w:vanish w:val='0'/>"), setup=character_style("Note", hidden=True),
             note="run overrides hidden style"),
        docx(run("white text follows") + run(" x", '<w:color w:val="FFFFFF"/>'), note="white is not hidden"),
        docx(TITLE, DECLARES, note="declaration"),
    ],
    "WD004": [
        docx(TITLE, note="no properties"),
        docx(TITLE, title="Declaration of Maria Doe", note="title only"),
        docx(TITLE, setup=lambda d: setattr(d.core_properties, "subject", "Motion to compel"), note="subject"),
        docx(TITLE, setup=lambda d: setattr(d.core_properties, "keywords", "discovery; privilege"), note="keywords"),
        docx(TITLE, setup=lambda d: setattr(d.core_properties, "category", "Pleading"), note="category"),
        docx(TITLE, author="   ", note="author blank"),
        docx(TITLE, setup=attached_template("Pleading.dotx"), note="template name only"),
        docx(TITLE, setup=app_property("Company", ""), note="company empty"),
    ],
    "WD005": [
        docx(run("Banner", '<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'), note="white on dark run shading"),
        docx('<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:pPr>' + run("CONFIDENTIAL", '<w:color w:val="FFFFFF"/>'),
             note="white on black paragraph"),
        docx(run("Header", '<w:color w:val="FFFFFF"/><w:highlight w:val="black"/>'), note="black highlight"),
        docx(run("Footnote text at nine points.", '<w:sz w:val="18"/>'), note="9 pt"),
        docx(run("Grey draft watermark text", '<w:color w:val="808080"/>'), note="grey"),
        docx(run("Automatic colour", '<w:color w:val="auto"/>'), note="auto"),
        docx(run("Gap") + run("   ", '<w:color w:val="FFFFFF"/>'), note="white spaces"),
        docx(run("Small print at three points is tiny but visible.", '<w:sz w:val="6"/>'), note="3 pt"),
        docx(TITLE, setup=both(with_table(run("Total", '<w:color w:val="FFFFFF"/>') + "|" + run("$10")), _shade_first_cell),
             note="white on a dark table cell"),
    ],
    "WD006": [
        docx(TITLE, run("A picture follows."), setup=picture, note="picture"),
        docx(run("No objects."), note="plain"),
        docx(run("The spreadsheet is Exhibit B, filed separately."), note="words about a spreadsheet"),
        docx(run("Link follows."), setup=lambda d: d.part.relate_to("https://www.cand.uscourts.gov", RT.HYPERLINK, is_external=True),
             note="hyperlink"),
        docx(run("Two pictures."), setup=both(picture, picture), note="two pictures"),
        docx(run("An OLE object was removed before filing."), note="OLE named"),
        docx(run("See attached."), setup=with_comment("attach xlsx separately"), note="comment about attachment"),
        docx(run("Chart below"), setup=picture, note="chart pasted as picture"),
    ],
}

@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant: Variant) -> None:
    found = diagnostics(variant, code)
    assert len(found) == 1, f"{code} should fire once on {variant}; found {[d.message for d in found]}"
    assert "XXX-XX-6789" not in found[0].message or "123-45-6789" not in (found[0].excerpt or "")


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_silent(code: str, variant: Variant) -> None:
    ran, why = silent_where_it_ran(variant, code)
    assert ran, why


def test_hidden_identifiers_are_masked_in_every_finding() -> None:
    for variant in (FIRES["WD001"][0], FIRES["WD002"][2], FIRES["WD003"][0]):
        found = diagnostics(variant)
        text = " ".join(f"{d.message} {d.excerpt or ''}" for d in found)
        assert "123-45-6789" not in text and "6789" in text, text
        assert any(d.code == "FR001" for d in found), [d.code for d in found]


def test_messages_say_where_and_who() -> None:
    (change,) = diagnostics(FIRES["WD001"][7], "WD001")
    assert "2 tracked changes" in change.message and "Partner, Senior" in change.message and change.line == 1
    (comment,) = diagnostics(FIRES["WD002"][4], "WD002")
    assert "2 comments by Associate, Junior, Partner, Senior" in comment.message
    (style,) = diagnostics(FIRES["WD003"][3], "WD003")
    assert "the style 'InternalNote'" in style.message
    (props,) = diagnostics(FIRES["WD004"][6], "WD004")
    assert "Author, Company" in props.message and props.page is None
    (tiny,) = diagnostics(FIRES["WD005"][3], "WD005")
    assert "1 pt" in tiny.message
    (objects,) = diagnostics(FIRES["WD006"][5], "WD006")
    assert objects.message.startswith("2 embedded objects travel")


# ---------------------------------------------------------------- layout rules on Word drafts (LR005-LR009)
# The N.D. Cal. motion of fixtures/ndcal/motion_ok.txt set on Word pleading paper, changed one way at a time, the
# way firms' templates differ: page size per section, Word's line numbering or a template's header numbers,
# footnote and body styles, spacing by style or by hand, footers per section.
MOTION = FIXTURES / "ndcal" / "motion_ok.txt"


def pleading(note: str, **options) -> Variant:
    return Variant(make.pleading_from_text(MOTION, **options), name="motion.docx", note=note)


def _section(change):
    return lambda document: change(document.sections[0])


def _set(section, **values):
    for name, value in values.items():
        setattr(section, name, value)


def _numbering(count_by: int = 1, restart: str = "newPage"):
    def finish(document) -> None:
        sect = document.sections[0]._sectPr
        for old in sect.findall(f"{{{make.W_NS}}}lnNumType"):
            sect.remove(old)
        sect.append(make.parse_xml(f'<w:lnNumType {NS} w:countBy="{count_by}" w:restart="{restart}"/>'))
    return finish


def _template_numbers(document) -> None:
    numbers = "".join(f"<w:p><w:r><w:t>{n}</w:t></w:r></w:p>" for n in range(1, 29))
    header = document.sections[0].header.paragraphs[0]
    header._p.append(make.parse_xml(f'<w:r {NS}><w:pict><v:shape style="position:absolute"><v:textbox><w:txbxContent>'
                                    f"{numbers}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))


def _style_size(name: str, size: float):
    def finish(document) -> None:
        from docx.shared import Pt
        document.styles[name].font.size = Pt(size)
    return finish


def _second_section(width: int, height: int):
    def finish(document) -> None:
        from docx.enum.section import WD_SECTION
        from docx.shared import Pt
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.page_width, section.page_height = Pt(width), Pt(height)
        document.add_paragraph("EXHIBIT LIST")
    return finish


def _exact(points: float, rule: str = "exact"):
    def finish(document) -> None:
        spacing = document.styles["Normal"].element.find(f".//{{{make.W_NS}}}spacing")
        spacing.set(f"{{{make.W_NS}}}line", str(int(points * 20)))
        spacing.set(f"{{{make.W_NS}}}lineRule", rule)
    return finish


def _footer(text: str, first_page: str | None = None):
    def finish(document) -> None:
        section = document.sections[0]
        section.footer.paragraphs[0].text = text
        if first_page is not None:
            section.different_first_page_header_footer = True
            section.first_page_footer.paragraphs[0].text = first_page
    return finish


FOOTNOTE = "Defendants conceded at the hearing that the interrogatories seek relevant information."
FIRES.update({
    "LR005": [
        pleading("A4 section", page=(595, 842)),
        pleading("legal paper", page=(612, 1008)),
        pleading("A4 landscape", page=(842, 595)),
        pleading("letter then an A4 section", finish=_second_section(595, 842)),
    ],
    "LR006": [
        pleading("no line numbering", numbered=False),
        pleading("every fifth line numbered", finish=_numbering(5)),
        pleading("every tenth line, continuous", finish=_numbering(10, "continuous")),
        pleading("numbering removed, plain paper", numbered=False, spacing=2.0),
    ],
    "LR007": [
        pleading("Footnote Text at 10 pt", footnote=(FOOTNOTE, 10)),
        pleading("Footnote Text at 11 pt", footnote=(FOOTNOTE, 11)),
        pleading("Normal at 11 pt", finish=_style_size("Normal", 11)),
        pleading("Normal at 10.5 pt", finish=_style_size("Normal", 10.5)),
    ],
    "LR008": [
        pleading("1.5 lines by the Normal style", spacing=1.5, blank_lines=False),
        pleading("single spacing", spacing=1.0, blank_lines=False),
        pleading("exactly 18 pt", blank_lines=False, finish=_exact(18)),
        pleading("at least 14 pt", blank_lines=False, finish=_exact(14, "atLeast")),
    ],
    "LR009": [
        pleading("footer with the page number only", footer="1"),
        pleading("footer naming the firm", footer="ADVOCATE & PARTNERS LLP"),
        pleading("first-page footer empty", finish=_footer("PL.'S NOT. OF MOT. AND MOT. TO COMPEL - C-06-03891 SC", first_page="")),
        pleading("footer with another paper's title", footer="DEF.'S OPP'N TO MOT. FOR SUMMARY JUDGMENT"),
    ],
})
SILENT.update({
    "LR005": [
        pleading("letter"),
        pleading("letter landscape section for a chart", page=(792, 612)),
        pleading("letter within 2 pt", page=(611, 792)),
        pleading("letter in two sections", finish=_second_section(612, 792)),
    ],
    "LR006": [
        pleading("Word numbering, every line"),
        pleading("Word numbering restarting each section", finish=_numbering(1, "newSection")),
        pleading("pleading template's numbers in the header", numbered=False, finish=_template_numbers),
        pleading("Word numbering, continuous", finish=_numbering(1, "continuous")),
    ],
    "LR007": [
        pleading("Footnote Text at 12 pt", footnote=(FOOTNOTE, 12)),
        pleading("Footnote Text at 11.5 pt", footnote=(FOOTNOTE, 11.5)),
        pleading("Normal at 13 pt", finish=_style_size("Normal", 13)),
        pleading("12 pt throughout"),
    ],
    "LR008": [
        pleading("exactly 24 pt"),
        pleading("double by the Normal style", spacing=2.0, blank_lines=False),
        pleading("at least 24 pt", blank_lines=False, finish=_exact(24, "atLeast")),
        pleading("exactly 28 pt", blank_lines=False, finish=_exact(28)),
    ],
    "LR009": [
        pleading("footer with the title abbreviated"),
        pleading("footer with the title in full", footer="PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL FURTHER INTERROGATORY RESPONSES"),
        pleading("footer title and page number", footer="MOT. TO COMPEL FURTHER INTERROG. RESPS. - 1"),
        pleading("same footer on the first page", finish=_footer("PL.'S MOT. TO COMPEL", first_page="PL.'S MOT. TO COMPEL")),
    ],
})

LAYOUT = ("LR005", "LR006", "LR007", "LR008", "LR009")


@pytest.mark.parametrize(("code", "variant"), cases({code: FIRES[code] for code in LAYOUT}))
def test_layout_fires_on_word_drafts(code: str, variant: Variant) -> None:
    found = diagnostics(variant, code)
    assert len(found) == 1, f"{code} should fire once on {variant}; found {[d.message for d in found]}"
    if code == "LR007":
        assert found[0].message.startswith(("The style 'Footnote Text' is", "The style 'Normal' is")), found[0].message
    if code == "LR008":
        assert found[0].message.startswith("The style 'Normal' sets"), found[0].message


@pytest.mark.parametrize(("code", "variant"), cases({code: SILENT[code] for code in LAYOUT}))
def test_layout_silent_on_word_drafts(code: str, variant: Variant) -> None:
    ran, why = silent_where_it_ran(variant, code)
    assert ran, why
