"""Variant tables for the CM/ECF PDF rules (PDF001-PDF010): PDFs built in the test, as real filings make them.

Each variant is a small PDF written with tests/pdfbuild.py: fonts under the names Word, Acrobat
and scanners give them (subset prefixes, ",Bold", "-BoldMT", "PSMT"), invisible OCR layers, the
court's file stamp in its own font, incremental saves with and without content, annotations of
each subtype. Where a variant copies a corpus file's construction, its note names the file and page.
"""

from __future__ import annotations

import pytest
from pdfbuild import ecf_stamp_text, edited, font_dict, incremental_update, pdf_object, picture, rich_pdf, styled_text
from variant_support import Variant, cases, fires

BRIEF = ["PLAINTIFF'S REPLY IN SUPPORT OF MOTION TO COMPEL", "Plaintiff served its first set of interrogatories",
         "on March 3, and Defendant has not answered them."]


def brief_page(font: str = "F1", extra: str = "", lines: list[str] = BRIEF, invisible: bool = False) -> str:
    """A page of a party's brief in resource font ``font`` (optionally drawn invisibly, as an OCR layer)."""
    mode = 3 if invisible else 0
    return "\n".join(styled_text(90, 700 - 24 * i, text, font, 12, mode) for i, text in enumerate(lines)) + "\n" + extra


def pdf(name: str, pages: list[dict], fonts: dict | None = None, note: str = "", info: dict | None = None,
        config: dict | None = None) -> Variant:
    return Variant(rich_pdf(pages, fonts, info), name=name, note=note or name, config=config or {})


def one_font(name: str, base: str, embedded: bool = False, note: str = "", extra: str = "") -> Variant:
    """A one-page brief set in one font called ``base``."""
    return pdf(name, [{"content": brief_page(extra=extra)}], {"F1": font_dict(base, embedded)}, note)


EMBEDDED_BODY = font_dict("ABCDEF+TimesNewRomanPSMT", embedded=True)
ORDER = ["ORDER GRANTING MOTION TO DISMISS", "The motion is GRANTED. IT IS SO ORDERED.",
         "Dated: July 30, 2007", "JOSEPH C. SPERO, United States Magistrate Judge"]

# ---------------------------------------------------------------- PDF006 fonts not embedded
# Variant name -> the severity its finding must carry under the pack's defaults: a non-standard font takes
# unembedded-font-severity (info by default: no cited rule requires embedding; see the rule's docstring).
PDF006_SEVERITY = {
    "garamond.pdf": "info", "garamond_subset.pdf": "info", "arial_black.pdf": "info", "arial_narrow.pdf": "info",
    "wingdings.pdf": "info", "times_new_roman_psmt.pdf": "info", "arial_bold_comma.pdf": "info",
    "courier_new_bold_mt.pdf": "info", "helvetica_body_and_stamp.pdf": "info", "mixed_fonts.pdf": "info",
    "second_page_only.pdf": "info", "symbol_mt.pdf": "info",
}
FIRES_PDF006 = [
    one_font("garamond.pdf", "GaramondPremierPro", note="a brief in Garamond Premier, not embedded by the PDF printer"),
    one_font("garamond_subset.pdf", "QWERTY+Garamond-Bold", note="subset prefix on a font without its program"),
    one_font("arial_black.pdf", "Arial-Black", note="corpus ganb_18-53173_35 p20: Arial Black is not Arial's metrics"),
    one_font("arial_narrow.pdf", "ArialNarrow,Bold", note="Arial Narrow: a condensed face, not a standard one"),
    one_font("wingdings.pdf", "Wingdings-Regular", note="check boxes drawn in Wingdings"),
    one_font("times_new_roman_psmt.pdf", "TimesNewRomanPSMT", note="Word's Times New Roman, not embedded: info"),
    one_font("arial_bold_comma.pdf", "ABCDEF+Arial,Bold", note="Arial,Bold with a subset prefix: info"),
    one_font("courier_new_bold_mt.pdf", "CourierNewPS-BoldMT", note="corpus njd_16cv4465 p1: Courier New bold"),
    one_font("symbol_mt.pdf", "SymbolMT", note="section signs in Symbol"),
    pdf("helvetica_body_and_stamp.pdf", [{"content": brief_page("F2", ecf_stamp_text(font="F2"))}],
        {"F2": font_dict("Helvetica", subtype="Type1")}, "Helvetica in the body and in the stamp: the body counts"),
    pdf("mixed_fonts.pdf", [{"content": brief_page("F1", styled_text(90, 600, "Exhibit index", "F2"))}],
        {"F1": font_dict("TimesNewRomanPS-BoldMT"), "F2": font_dict("BookmanOldStyle")},
        "Times New Roman and Bookman both missing: one finding, an error for Bookman"),
    pdf("second_page_only.pdf", [{"content": brief_page("F1")}, {"content": brief_page("F2")}],
        {"F1": EMBEDDED_BODY, "F2": font_dict("Times-Italic", subtype="Type1")}, "the font on page 2 only"),
]
SILENT_PDF006 = [
    one_font("garamond_embedded.pdf", "ABCDEF+GaramondPremierPro", embedded=True, note="saved with fonts embedded"),
    one_font("times_embedded.pdf", "ABCDEF+TimesNewRomanPSMT", embedded=True, note="Word's usual subset, embedded"),
    pdf("stamp_only.pdf", [{"content": brief_page("F1", ecf_stamp_text(font="F2"))}],
        {"F1": EMBEDDED_BODY, "F2": font_dict("Helvetica", subtype="Type1")},
        "corpus cand_04cv98_581 p1-4: only the ECF stamp uses Helvetica, not embedded"),
    pdf("stamp_only_garamond.pdf", [{"content": brief_page("F1", ecf_stamp_text(i, 2, "F2"))} for i in (1, 2)],
        {"F1": EMBEDDED_BODY, "F2": font_dict("CourtStampFace")}, "a non-standard font used only by the stamp"),
    pdf("ocr_layer.pdf", [{"content": brief_page("F2", invisible=True)}], {"F2": font_dict("GlyphLessFont")},
        "corpus cand_06md1754_18 p1-8: the invisible OCR layer's font is not embedded"),
    pdf("ocr_layer_standard.pdf", [{"content": brief_page("F2", invisible=True)}],
        {"F2": font_dict("Times-Roman", subtype="Type1")}, "corpus caed_90cv520_5988-2 p1: OCR text in Times-Roman"),
    pdf("unused_resource.pdf", [{"content": brief_page("F1")}],
        {"F1": EMBEDDED_BODY, "F2": font_dict("GaramondPremierPro")}, "a font in the resources that draws nothing"),
    pdf("spaces_only.pdf", [{"content": brief_page("F1", styled_text(90, 500, "    ", "F2"))}],
        {"F1": EMBEDDED_BODY, "F2": font_dict("GaramondPremierPro")}, "a missing font that draws only spaces"),
    pdf("court_order.pdf", [{"content": brief_page("F1", lines=ORDER)}], {"F1": font_dict("GaramondPremierPro")},
        "the court's own order: filer requirements do not bind it"),
    pdf("type3.pdf", [{"content": brief_page("F1")}], {"F1": font_dict("T3Glyphs", subtype="Type3")},
        "a Type 3 font: its glyphs are drawn by the file itself"),
]

# ---------------------------------------------------------------- PDF009 properties, comments, earlier versions
def annotated(name: str, annot: str, note: str) -> Variant:
    return pdf(name, [{"content": brief_page(), "annots": [annot]}], note=note)


def saved_again(name: str, change: str, note: str, text: str = "") -> Variant:
    return Variant(incremental_update(rich_pdf([{"content": brief_page()}]), change, text=text), name=name, note=note)


def with_info(name: str, info: dict, note: str) -> Variant:
    return pdf(name, [{"content": brief_page()}], info=info, note=note)


PDF009_SEVERITY = {"replaced_page.pdf": "warning", "word_title.pdf": "info", "ssn_subject.pdf": "info",
                   "appended_header.pdf": "info"}
FIRES_PDF009 = [
    with_info("word_title.pdf", {"Title": "Microsoft Word - Smith settlement draft v7.docx"}, "Word's file name as Title"),
    with_info("author.pdf", {"Author": "Harold Smithers"}, "corpus cacd_18cv9321_55-3: a drafter's login as Author"),
    with_info("keywords.pdf", {"Keywords": "Computer:myatllaw-pc-ash,User:myATLlaw,Windows:NT-6.1"},
              "corpus ganb_18-53173_35: the machine and user name in Keywords"),
    with_info("ssn_subject.pdf", {"Subject": "Doe intake, SSN 123-45-6789"}, "a privacy number in Subject"),
    with_info("wpd_title.pdf", {"Title": "G:\\SI\\CASES\\04-0099\\04-0099.067wpd.wpd"},
              "corpus cand_04cv98_199: a WordPerfect path as Title"),
    annotated("sticky_note.pdf", "/Subtype /Text /Rect [500 700 520 720] /Contents (check with client)", "a sticky note"),
    annotated("highlight_comment.pdf", "/Subtype /Highlight /Rect [90 690 300 704] /Contents (Is this right?)",
              "a highlight with a reviewer's question"),
    annotated("freetext_correction.pdf", "/Subtype /FreeText /Rect [115 462 211 479] /Contents (TROOPER, )",
              "corpus akd_19cv227_1 p1: a text box typed over the caption"),
    saved_again("replaced_page.pdf", "replace", "a later save replaced page 1's text", "The parties settled."),
    saved_again("appended_header.pdf", "append", "corpus cand_06md1754_18 p1: a later save added a header"),
    saved_again("comment_added_later.pdf", "comment", "a sticky note added by a later save"),
]
SILENT_PDF009 = [
    pdf("plain.pdf", [{"content": brief_page()}], note="no properties, no comments, one save"),
    with_info("generic_author.pdf", {"Author": "Microsoft Office User", "Title": "untitled"}, "generic properties"),
    with_info("title_in_filing.pdf", {"Title": "Plaintiff's Reply in Support of Motion to Compel"},
              "the Title is the paper's own title"),
    saved_again("word_stub.pdf", "stub", "corpus cand_15cv2543_440 and cand_19cv7043_127: Word's empty update"),
    saved_again("metadata_update.pdf", "metadata", "a later save changed only the Subject (its words are in the filing)"),
    annotated("sealing_banner.pdf", "/Subtype /FreeText /Rect [345 582 562 752] "
              "/Contents (REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED.)", "corpus cand_17cv4992_220 p1"),
    annotated("exhibit_label.pdf", "/Subtype /FreeText /Rect [210 752 390 775] /Contents (     EXHIBIT  4)",
              "corpus mdd_17cv1955_57-7 p1: a typewriter exhibit label"),
    annotated("empty_text_box.pdf", "/Subtype /FreeText /Rect [510 181 518 205] /Contents ()",
              "corpus cand_16cv3938_163 p44: a text box with nothing in it"),
    annotated("aeo_stamp.pdf", "/Subtype /Stamp /Rect [400 740 600 770] /Contents (HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY)",
              "a confidentiality stamp"),
    annotated("drawn_box.pdf", "/Subtype /Square /Rect [100 100 300 200]", "corpus cand_19cv4593_79-13 p2: a box with no text"),
    annotated("public_redacted_stamp.pdf", "/Subtype /Stamp /Rect [400 740 600 770] /Contents (PUBLIC REDACTED VERSION)",
              "a 'PUBLIC REDACTED VERSION' stamp"),
    pdf("court_order_metadata.pdf", [{"content": brief_page(lines=ORDER)}], info={"Author": "dgoltz"},
        note="corpus cacd_16cv1261_40: the court's own order"),
]

# ---------------------------------------------------------------- PDF001 pages without text
FULL_PAGE = (0, 0, 612, 792)
GUTTER = (54, 36, 36, 684)  # a pleading paper's line numbers drawn as a picture (corpus cand_16cv3938_163)


def scan(kind: str = "text", stamp: bool = False, placement: tuple = FULL_PAGE, text: str = "") -> dict:
    """A page that is a picture (of ``kind``), with the ECF stamp or some text of its own if asked."""
    content = (ecf_stamp_text() if stamp else "") + ("\n" + styled_text(90, 400, text) if text else "")
    return {"content": content, "image": (picture(kind), placement)}


def scanned(name: str, pages: list[dict], note: str) -> Variant:
    return pdf(name, pages, {"F1": EMBEDDED_BODY}, note)


TEXT_PAGE = {"content": brief_page()}
PDF001_SEVERITY = {"all_scanned.pdf": "error", "one_scanned_page.pdf": "warning", "partly_redacted_flattened.pdf": "warning"}
FIRES_PDF001 = [
    scanned("all_scanned.pdf", [scan(), scan()], "corpus scotus_slip_opinion_scanned: every page a picture"),
    scanned("scanned_with_stamps.pdf", [scan(stamp=True), scan(stamp=True)],
            "corpus cand_04cv98_581: only CM/ECF's stamp is text"),
    scanned("one_scanned_page.pdf", [TEXT_PAGE, scan(), TEXT_PAGE], "corpus nysd_12cv5708_11 p1: one page scanned"),
    scanned("scanned_signature_page.pdf", [TEXT_PAGE, scan(stamp=True)], "a signed signature page scanned back in"),
    scanned("partly_redacted_flattened.pdf", [TEXT_PAGE, scan("bars_and_text")],
            "corpus cand_19cv7123_133-4 p2: bars flattened with the rest of the page, text left in the picture"),
    scanned("half_page_picture.pdf", [TEXT_PAGE, scan(placement=(36, 300, 540, 460))], "a scan over most of the page"),
    scanned("blank_scan_page.pdf", [TEXT_PAGE, scan("blank")], "a scanned page with nothing legible"),
    scanned("rotated_scan.pdf", [TEXT_PAGE, {**scan(), "rotate": 90}], "a landscape scan"),
    scanned("damaged_picture.pdf", [TEXT_PAGE, {"content": "", "image": ((b"\x00" * 10, 153, 198), FULL_PAGE)}],
            "a picture whose data is cut short: not known to be bars, so a scan (and the file still reads)"),
]
SILENT_PDF001 = [
    scanned("text_pages.pdf", [TEXT_PAGE, TEXT_PAGE], "saved from the word processor"),
    scanned("ocr_layer.pdf", [{**scan(), "content": brief_page(invisible=True)}], "corpus cand_06md1754_18: a scan with OCR"),
    scanned("redaction_bars_image.pdf", [TEXT_PAGE, scan("bars", stamp=True)],
            "a page redacted whole, its bars flattened to a picture"),
    scanned("all_black_image.pdf", [TEXT_PAGE, scan("black")], "a page blacked out whole as one picture"),
    scanned("gutter_strip.pdf", [TEXT_PAGE, {"content": ecf_stamp_text(), "image": (picture("black"), GUTTER)}],
            "corpus cand_16cv3938_163 p23: vector bars and a line-number strip picture, no text"),
    scanned("logo_only.pdf", [TEXT_PAGE, scan(placement=(250, 350, 100, 60))], "a cover page with a small logo"),
    scanned("picture_with_text.pdf", [{**scan(), "content": brief_page()}], "an exhibit photo with a caption typed on it"),
    scanned("bars_with_stamp_and_footer.pdf", [TEXT_PAGE, {**scan("bars", stamp=True), "content": ecf_stamp_text() + "\n" +
                                                               styled_text(200, 30, "PLAINTIFF'S REPLY - 14", size=10)}],
            "a page redacted whole, only the stamp and footer left as text"),
    pdf("court_scanned_order.pdf", [{"content": brief_page(lines=ORDER)}, scan()], {"F1": EMBEDDED_BODY},
        "corpus cand_18cr258_547 p3: the court's order, its signature page scanned"),
]

# ---------------------------------------------------------------- PDF002-PDF005, PDF010: what CM/ECF accepts
BASE = rich_pdf([{"content": brief_page()}], {"F1": EMBEDDED_BODY})
COURT_BASE = rich_pdf([{"content": brief_page(lines=ORDER)}], {"F1": EMBEDDED_BODY})


def changed(name: str, change, note: str, base: bytes = BASE, config: dict | None = None) -> Variant:
    return Variant(edited(base, change), name=name, note=note, config=config or {})


def encrypt(user: str = "", owner: str = "owner", algorithm: str = "RC4-128", permissions: int | None = None):
    def change(writer) -> None:
        writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm,
                       **({"permissions_flag": permissions} if permissions is not None else {}))
    return change


def root_entry(key: str, source: str):
    def change(writer) -> None:
        from pypdf.generic import NameObject

        writer._root_object[NameObject(key)] = writer._add_object(pdf_object(source))
    return change


def names_entry(tree: str, source: str):
    """A document-level name tree (JavaScript, EmbeddedFiles) holding one entry."""
    def change(writer) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

        entry = writer._add_object(pdf_object(source))
        node = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("item"), entry])})
        writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject(tree): writer._add_object(node)})
    return change


def annotation(source: str, page: int = 0):
    def change(writer) -> None:
        writer.add_annotation(page, pdf_object("<< /Type /Annot " + source + " >>"))
    return change


def page_entry(key: str, source: str):
    def change(writer) -> None:
        from pypdf.generic import NameObject

        writer.pages[0][NameObject(key)] = pdf_object(source)
    return change


def both(*changes):
    def change(writer) -> None:
        for each in changes:
            each(writer)
    return change


FIRES_PDF002 = [
    changed("needs_password.pdf", encrypt(user="secret"), "'Require a password to open the document'"),
    changed("restrictions_only.pdf", encrypt(), "'Restrict editing and printing', no password to open"),
    changed("rc4_40.pdf", encrypt(algorithm="RC4-40"), "40-bit RC4 from an old Acrobat"),
    changed("rc4_40_password.pdf", encrypt(user="client", algorithm="RC4-40"), "40-bit RC4 with an open password"),
    changed("no_printing.pdf", encrypt(permissions=0), "printing and copying forbidden"),
    changed("no_copy.pdf", encrypt(permissions=-1 ^ 16), "copying forbidden only"),
    changed("same_passwords.pdf", encrypt(user="x", owner="x"), "open and owner passwords the same"),
    changed("encrypted_with_properties.pdf", both(lambda w: w.add_metadata({"/Title": "Reply"}), encrypt()),
            "properties set, then secured"),
]
SILENT_PDF002 = [
    Variant(BASE, name="plain.pdf", note="saved with 'No security'"),
    Variant(rich_pdf([{"content": brief_page(lines=["The password to the data room is in Exhibit 3.",
                                                     "The files were encrypted before production."])}],
                     {"F1": EMBEDDED_BODY}), name="mentions_encryption.pdf", note="a brief that talks about encryption"),
    changed("properties_only.pdf", lambda w: w.add_metadata({"/Title": "Encrypted copy"}), "the word only in a property"),
    Variant(incremental_update(BASE, "metadata"), name="saved_again.pdf", note="saved again, still without security"),
    changed("owner_encrypted_court_order.pdf", encrypt(), "the court's own order, secured", base=COURT_BASE),
    changed("open_action.pdf", root_entry("/OpenAction", "[3 0 R /Fit]"), "opens at page 1"),
    Variant(rich_pdf([{"content": brief_page()}, {"content": brief_page()}], {"F1": EMBEDDED_BODY}), name="two_pages.pdf",
            note="two pages, no security"),
    changed("viewer_prefs.pdf", root_entry("/ViewerPreferences", "<< /DisplayDocTitle true >>"), "viewer preferences"),
    changed("security_word_in_title.pdf", lambda w: w.add_metadata({"/Subject": "Password-protected exhibits lodged"}),
            "'password' only in the properties"),
]

JS = "<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
FIRES_PDF003 = [
    changed("document_js.pdf", names_entry("/JavaScript", JS), "document-level JavaScript"),
    changed("open_action_js.pdf", root_entry("/OpenAction", JS), "an open action running JavaScript"),
    changed("launch_link.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /A << /S /Launch /F (calc.exe) >>"),
            "a link that launches a program"),
    changed("submit_form.pdf", annotation("/Subtype /Widget /FT /Btn /T (Send) /Rect [90 600 150 620] "
                                          "/A << /S /SubmitForm /F (http://example.com/collect) >>"), "a form-submission button"),
    changed("page_action.pdf", page_entry("/AA", "<< /O " + JS + " >>"), "JavaScript when page 1 opens"),
    changed("document_close.pdf", root_entry("/AA", "<< /WC " + JS + " >>"), "JavaScript when the document closes"),
    changed("remote_goto.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /A << /S /GoToR /F (other.pdf) /D [0 /Fit] >>"),
            "a link that opens another file"),
    changed("import_data.pdf", root_entry("/OpenAction", "<< /S /ImportData /F (data.fdf) >>"), "an open action importing data"),
]
SILENT_PDF003 = [
    Variant(BASE, name="plain.pdf", note="saved from the word processor"),
    changed("open_page_one.pdf", root_entry("/OpenAction", "<< /S /GoTo /D [0 /Fit] >>"), "the ordinary 'open at page 1'"),
    changed("uri_link.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /A << /S /URI /URI (https://www.cand.uscourts.gov) >>"),
            "a web link to the court's site"),
    changed("named_action.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /A << /S /Named /N /NextPage >>"),
            "a 'next page' link"),
    changed("goto_link.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /Dest [0 /XYZ 0 792 0]"),
            "a table-of-contents link within the file"),
    Variant(rich_pdf([{"content": brief_page(lines=["Defendant's website ran JavaScript that launched pop-ups."])}],
                     {"F1": EMBEDDED_BODY}), name="mentions_js.pdf", note="a brief about JavaScript"),
    changed("court_order_js.pdf", names_entry("/JavaScript", JS), "the court's own order", base=COURT_BASE),
    changed("page_labels.pdf", root_entry("/PageLabels", "<< /Nums [0 << /S /r >>] >>"), "roman page labels"),
    changed("outline_goto.pdf", root_entry("/Outlines", "<< /Type /Outlines /Count 0 >>"), "bookmarks (an empty outline)"),
]

FIRES_PDF004 = [
    changed("attached_csv.pdf", lambda w: w.add_attachment("damages-model.csv", b"year,amount\n2007,1\n"), "a spreadsheet inside"),
    changed("attached_two.pdf", both(lambda w: w.add_attachment("a.docx", b"PK"), lambda w: w.add_attachment("b.msg", b"x")),
            "a Word file and an e-mail attached"),
    changed("file_attachment_annotation.pdf", annotation("/Subtype /FileAttachment /Rect [500 700 520 720] /FS (notes.txt)"),
            "a paper-clip attachment on the page"),
    changed("sound.pdf", annotation("/Subtype /Sound /Rect [500 700 520 720]"), "a voicemail as a sound annotation"),
    changed("movie.pdf", annotation("/Subtype /Movie /Rect [90 300 500 600]"), "a video as a movie annotation"),
    changed("screen.pdf", annotation("/Subtype /Screen /Rect [90 300 500 600]"), "embedded media (Screen)"),
    changed("rich_media.pdf", annotation("/Subtype /RichMedia /Rect [90 300 500 600]"), "Flash or video (RichMedia)"),
    changed("model_3d.pdf", annotation("/Subtype /3D /Rect [90 300 500 600]"), "a 3D model of the product"),
]
SILENT_PDF004 = [
    Variant(BASE, name="plain.pdf", note="the exhibit printed to PDF pages"),
    Variant(rich_pdf([{"content": brief_page(lines=["A true copy of the spreadsheet is attached as Exhibit A.",
                                                     "The attached file lists each payment."])}], {"F1": EMBEDDED_BODY}),
            name="mentions_attachment.pdf", note="'attached as Exhibit A' in the text"),
    changed("sticky_note.pdf", annotation("/Subtype /Text /Rect [500 700 520 720] /Contents (see attached)"), "a sticky note"),
    changed("link.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /A << /S /URI /URI (https://example.com/a.csv) >>"),
            "a link to a file on the web"),
    Variant(rich_pdf([{"content": brief_page(), "image": (picture("text"), (90, 300, 400, 300))}], {"F1": EMBEDDED_BODY}),
            name="picture.pdf", note="a photograph printed on the page"),
    changed("widget.pdf", annotation("/Subtype /Widget /FT /Tx /T (Name) /Rect [90 600 300 620]"), "a form field"),
    changed("court_order_attachment.pdf", lambda w: w.add_attachment("opinion.docx", b"PK"), "the court's own order",
            base=COURT_BASE),
    changed("empty_names.pdf", root_entry("/Names", "<< >>"), "an empty name dictionary"),
    changed("empty_embedded_files.pdf", root_entry("/Names", "<< /EmbeddedFiles << /Names [] >> >>"),
            "an EmbeddedFiles tree with nothing in it"),
]

TINY = {"packs": {"ecf": {"max-file-size-mb": 0.001}}}  # 1,048 bytes
SMALL = {"packs": {"ecf": {"max-file-size-mb": 0.002}}}
BIG = {"packs": {"ecf": {"max-file-size-mb": 1.0}}}
FIRES_PDF005 = [
    Variant(BASE, name="over_tiny_limit.pdf", config=TINY, note="a 2 kB file against a 1 kB limit (as 74 MB against 50)"),
    Variant(rich_pdf([{"content": brief_page()}] * 3, {"F1": EMBEDDED_BODY}), name="three_pages.pdf", config=TINY,
            note="three pages over the limit"),
    Variant(rich_pdf([{"content": brief_page(), "image": (picture("text", 600, 800), FULL_PAGE)}], {"F1": EMBEDDED_BODY}),
            name="scanned_exhibit.pdf", config=SMALL, note="a scanned exhibit, 480 kB of picture"),
    Variant(incremental_update(BASE, "append"), name="saved_twice.pdf", config=TINY, note="grown by a second save"),
    Variant(rich_pdf([{"content": brief_page()}] * 5, {"F1": EMBEDDED_BODY}), name="five_pages_small.pdf", config=SMALL,
            note="five pages against a 2 kB limit"),
    Variant(edited(BASE, lambda w: w.add_attachment("big.bin", b"0" * 5000)), name="padded.pdf", config=SMALL,
            note="padded by an attachment"),
    Variant(rich_pdf([{"content": brief_page(lines=BRIEF * 20)}], {"F1": EMBEDDED_BODY}), name="long_page.pdf", config=SMALL,
            note="a long page of text"),
    Variant(rich_pdf([{"content": brief_page()}] * 40, {"F1": EMBEDDED_BODY}), name="forty_pages.pdf",
            config={"packs": {"ecf": {"max-file-size-mb": 0.01}}}, note="forty pages against 10 kB"),
]
SILENT_PDF005 = [
    Variant(BASE, name="default_limit.pdf", note="2 kB against the 50 MB default"),
    Variant(BASE, name="under_1mb.pdf", config=BIG, note="2 kB against 1 MB"),
    Variant(rich_pdf([{"content": brief_page()}] * 40, {"F1": EMBEDDED_BODY}), name="forty_pages_default.pdf",
            note="forty pages, far under 50 MB"),
    Variant(rich_pdf([{"content": brief_page(), "image": (picture("text", 600, 800), FULL_PAGE)}], {"F1": EMBEDDED_BODY}),
            name="scan_under_limit.pdf", config=BIG, note="a scan under 1 MB"),
    Variant(rich_pdf([{"content": brief_page(lines=["The exhibits total 74 MB and are filed in two parts."])}],
                     {"F1": EMBEDDED_BODY}), name="mentions_size.pdf", note="the size is only mentioned"),
    Variant(COURT_BASE, name="court_order_tiny_limit.pdf", config=TINY, note="the court's own order"),
    Variant(incremental_update(BASE, "stub"), name="stub_saved.pdf", config=BIG, note="saved again, still small"),
    Variant(edited(BASE, lambda w: w.add_attachment("small.csv", b"a,b\n")), name="attachment_under_limit.pdf", config=BIG,
            note="a small attachment, still under 1 MB"),
    Variant(BASE, name="exactly_default.pdf", config={"packs": {"ecf": {"max-file-size-mb": 50.0}}},
            note="the 50 MB limit set explicitly"),
    Variant("A text draft of a declaration.\n", name="draft.txt", note="a text draft (no PDF size applies)", config=TINY),
]

FIELD = "/Subtype /Widget /FT /Tx /T ({name}) /V ({value}) /Rect [90 {y} 300 {top}]"


def form(*names: str, base: bytes = BASE):
    def change(writer) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject

        refs = []
        for i, name in enumerate(names):
            kind = "/Sig" if name.startswith("Signature") else "/Btn" if name.startswith("Check") else "/Tx"
            field = pdf_object("<< /Type /Annot " + FIELD.format(name=name, value="x", y=500 - 30 * i, top=520 - 30 * i)
                               .replace("/FT /Tx", f"/FT {kind}") + " >>")
            refs.append(writer.add_annotation(0, field).indirect_reference)
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject(refs)})
    return change


FIRES_PDF010 = [
    changed("text_field.pdf", form("SettlementAmount"), "a fillable amount left in"),
    changed("cover_sheet.pdf", form("PlaintiffName", "DefendantName", "CountyOfResidence", "Cause"),
            "a civil cover sheet filed as the fillable form"),
    changed("check_box.pdf", form("CheckJuryDemand"), "a check box"),
    changed("signature_field.pdf", form("Signature1"), "an unsigned signature field"),
    changed("proof_of_service.pdf", form("ServedOn", "DateServed", "Signature2"), "a fillable proof of service"),
    changed("consent_form.pdf", form("Consent", "Decline"), "the consent/declination form, still fillable"),
    changed("many_fields.pdf", form(*[f"Line{i}" for i in range(12)]), "twelve fields"),
    changed("field_and_note.pdf", both(form("Name"), annotation("/Subtype /Text /Rect [1 1 2 2] /Contents (x)")),
            "a field beside a comment"),
]
SILENT_PDF010 = [
    Variant(BASE, name="plain.pdf", note="printed to PDF (flattened)"),
    changed("empty_acroform.pdf", root_entry("/AcroForm", "<< /Fields [] >>"), "corpus cand_16cv3938_163: an empty form dictionary"),
    changed("widget_without_form.pdf", annotation("/Subtype /Widget /FT /Tx /T (Orphan) /Rect [90 600 300 620]"),
            "a widget not in any form (flattened away)"),
    Variant(rich_pdf([{"content": brief_page(lines=["Name: ____________________", "Date: ____________"])}],
                     {"F1": EMBEDDED_BODY}), name="blank_lines.pdf", note="blank lines to fill in by hand"),
    changed("court_order_form.pdf", form("JudgeSignature"), "the court's own order", base=COURT_BASE),
    changed("link_only.pdf", annotation("/Subtype /Link /Rect [90 690 300 704] /A << /S /URI /URI (https://pacer.gov) >>"),
            "a link, no fields"),
    changed("acroform_no_fields.pdf", root_entry("/AcroForm", "<< /DA (/Helv 0 Tf 0 g) >>"), "a form dictionary with no /Fields"),
    Variant(rich_pdf([{"content": brief_page(lines=["The form fields were flattened before filing."])}],
                     {"F1": EMBEDDED_BODY}), name="mentions_form.pdf", note="talks about forms"),
    changed("acroform_null_fields.pdf", root_entry("/AcroForm", "<< /Fields null >>"), "a form dictionary whose /Fields is null"),
]

# ---------------------------------------------------------------- PDF007 failed redactions, PDF008 hidden text
LINE = "The settlement amount was $4,250,000 paid to the Doe Family Trust."


def page_with(ops: str, note: str, name: str) -> Variant:
    return pdf(name, [{"content": ops}], {"F1": EMBEDDED_BODY}, note)


def box(x: float, y: float, w: float, h: float, grey: float = 0.0) -> str:
    return f"{grey} {grey} {grey} rg {x} {y} {w} {h} re f 0 0 0 rg"


TEXT = styled_text(90, 700, LINE)
FIRES_PDF007 = [
    page_with(TEXT + "\n" + box(260, 696, 150, 16), "a black box drawn over the figures in Word", "box_over_text.pdf"),
    page_with(TEXT + "\n" + box(88, 696, 400, 16), "the whole line covered", "box_over_line.pdf"),
    page_with(TEXT + "\n" + box(260, 696, 150, 16, 0.2), "a dark grey box (luminance 0.2)", "dark_grey_box.pdf"),
    page_with(box(88, 696, 400, 16) + "\n" + TEXT,
              "corpus caed_20cv713_1 p10: black text drawn on black highlighting (x-ray misses it)", "black_on_black.pdf"),
    page_with("\n".join(styled_text(90, 700 - 24 * i, LINE) for i in range(4)) + "\n" + box(88, 620, 400, 100),
              "corpus cand_18mc80132_16-6 p3: whole paragraphs under one box", "paragraph_box.pdf"),
    page_with(TEXT + "\n" + box(260, 696, 150, 16) + "\n" + styled_text(270, 700, "REDACTED", rgb=(1, 1, 1)),
              "a white REDACTED label on the box, the text still under it", "labelled_box.pdf"),
    page_with(TEXT + "\n" + box(90, 696, 40, 16) + "\n" + box(260, 696, 150, 16),
              "corpus cod_21cv1061_1 p7: two boxes on one line", "two_boxes.pdf"),
    Variant(edited(rich_pdf([{"content": TEXT}], {"F1": EMBEDDED_BODY}),
                   annotation("/Subtype /Redact /Rect [250 690 420 712]")), name="unapplied_mark.pdf",
            note="a redaction mark never applied"),
]
SILENT_PDF007 = [
    page_with(box(260, 696, 150, 16) + "\n" + styled_text(90, 700, "The settlement amount was"),
              "a box applied properly: nothing under it", "applied.pdf"),
    page_with(TEXT + "\n" + box(88, 690, 400, 1), "a black rule under the line", "rule.pdf"),
    page_with(TEXT + "\n" + box(260, 696, 150, 16, 0.9), "a light grey shading box", "light_box.pdf"),
    page_with(box(88, 696, 400, 16) + "\n" + styled_text(90, 700, LINE, rgb=(1, 1, 1)),
              "white text on a black bar (a heading style)", "white_on_black.pdf"),
    page_with(styled_text(90, 700, "XXXXXXXX") + "\n" + box(88, 696, 80, 16), "a box over placeholder Xs", "placeholder.pdf"),
    page_with(styled_text(90, 700, "[REDACTED]") + "\n" + box(88, 696, 90, 16), "a box over the word REDACTED", "redacted_word.pdf"),
    page_with(TEXT + "\n" + box(90, 500, 300, 40), "a black box far from any text", "box_elsewhere.pdf"),
    page_with(styled_text(90, 700, "A") + "\n" + box(88, 696, 10, 16), "one stray character at a box's edge", "one_char.pdf"),
]

FIRES_PDF008 = [
    page_with(TEXT + "\n" + styled_text(90, 650, "Settlement authority is one million dollars.", mode=3),
              "an invisible sentence on a typed page", "invisible.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "Settlement authority is one million dollars.", rgb=(1, 1, 1)),
              "white text on the white page", "white.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "Off-white text hidden in plain sight.", rgb=(0.97, 0.97, 0.97)),
              "near-white text", "near_white.pdf"),
    page_with(TEXT + "\n" + styled_text(700, 650, "Text placed beyond the right edge."), "text off the page", "off_page.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "Text set at half a point.", size=0.5), "half-point text", "tiny.pdf"),
    page_with(styled_text(90, 700, "TROPPER") + "\n" + styled_text(90, 700, "TROOPER", mode=3),
              "corpus akd_19cv227_1 p1: hidden text laid over visible text", "over_visible.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "Hidden below the page.", size=12).replace("650 Td", "-40 Td"),
              "text below the page's bottom edge", "below_page.pdf"),
    pdf("invisible_order.pdf", [{"content": brief_page(lines=ORDER) + styled_text(90, 300, "Hidden words in an order.", mode=3)}],
        {"F1": EMBEDDED_BODY}, "the court's own order: hidden text is reported whoever wrote it"),
    pdf("annotation_whiteout.pdf", [{"content": styled_text(90, 700, "SCOOPER TROOPPER, LLC"),
                                     "annots": ["/Subtype /Square /Rect [150 695 260 712] /IC [1 1 1]",
                                                "/Subtype /FreeText /Rect [150 695 260 712] /Contents (TROOPER, LLC)"]}],
        {"F1": EMBEDDED_BODY}, "corpus akd_19cv227_1 p1: a white box annotation over a typo, the correction typed on it"),
]
SILENT_PDF008 = [
    page_with(TEXT, "a typed page", "typed.pdf"),
    pdf("ocr.pdf", [{**scan(), "content": brief_page(invisible=True)}], {"F1": EMBEDDED_BODY},
        "corpus cand_06md1754_18: a scan's invisible OCR layer"),
    page_with(box(88, 646, 400, 16) + "\n" + styled_text(90, 650, "CONFIDENTIAL", rgb=(1, 1, 1)),
              "white text on a black box", "white_on_black.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "........", mode=3), "invisible dot leaders", "dots.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "Grey text is visible.", rgb=(0.5, 0.5, 0.5)), "grey text", "grey.pdf"),
    pdf("white_on_picture.pdf", [{"content": styled_text(100, 400, "Photo caption in white", rgb=(1, 1, 1)),
                                  "image": (picture("black"), (90, 300, 400, 300))}], {"F1": EMBEDDED_BODY},
        "white text on a dark photograph"),
    page_with(TEXT + "\n" + styled_text(90, 650, "    ", mode=3), "invisible spaces", "spaces.pdf"),
    page_with(TEXT + "\n" + styled_text(90, 650, "Footnote text at six points.", size=6), "six-point text is visible",
              "six_point.pdf"),
    pdf("unfilled_box_annotation.pdf", [{"content": TEXT, "annots": ["/Subtype /Square /Rect [88 695 300 712]"]}],
        {"F1": EMBEDDED_BODY}, "corpus cand_19cv4593_79-13 p2: a reviewer's outline box around words (not filled)"),
    pdf("filled_box_in_margin.pdf", [{"content": TEXT, "annots": ["/Subtype /Square /Rect [20 100 60 140] /IC [1 1 0]"]}],
        {"F1": EMBEDDED_BODY}, "a filled box annotation over blank margin"),
]

FIRES = {"PDF001": FIRES_PDF001, "PDF002": FIRES_PDF002, "PDF003": FIRES_PDF003, "PDF004": FIRES_PDF004,
         "PDF005": FIRES_PDF005, "PDF006": FIRES_PDF006, "PDF007": FIRES_PDF007, "PDF008": FIRES_PDF008,
         "PDF009": FIRES_PDF009, "PDF010": FIRES_PDF010}
SILENT = {"PDF001": SILENT_PDF001, "PDF002": SILENT_PDF002, "PDF003": SILENT_PDF003, "PDF004": SILENT_PDF004,
          "PDF005": SILENT_PDF005, "PDF006": SILENT_PDF006, "PDF007": SILENT_PDF007, "PDF008": SILENT_PDF008,
          "PDF009": SILENT_PDF009, "PDF010": SILENT_PDF010}
SEVERITY = {"PDF001": PDF001_SEVERITY, "PDF006": PDF006_SEVERITY, "PDF009": PDF009_SEVERITY}
ONE_FINDING = {"PDF006"}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant) -> None:
    found = fires(variant, code)
    assert found, f"{code} should report on {variant}"
    if code in ONE_FINDING:
        assert len(found) == 1, f"{code} should report once on {variant}: {[d.message for d in found]}"
    expected = SEVERITY.get(code, {}).get(variant.name)
    if expected:
        assert expected in {d.severity.value for d in found}, [d.message for d in found]


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_silent(code: str, variant) -> None:
    found = fires(variant, code)
    assert not found, f"{code} should be silent on {variant}: {found[0].message}"


def test_pdf006_lists_every_font_with_its_pages() -> None:
    variant = next(v for v in FIRES_PDF006 if v.name == "mixed_fonts.pdf")
    (finding,) = fires(variant, "PDF006")
    assert '"BookmanOldStyle" (page 1)' in finding.message and '"TimesNewRomanPS-BoldMT" (page 1)' in finding.message
    second = next(v for v in FIRES_PDF006 if v.name == "second_page_only.pdf")
    (finding,) = fires(second, "PDF006")
    assert finding.page == 2 and '"Times-Italic" (page 2)' in finding.message


def test_pdf009_says_what_it_found_and_masks_numbers() -> None:
    by_name = {v.name: v for v in FIRES_PDF009}
    (finding,) = fires(by_name["ssn_subject.pdf"], "PDF009")
    assert "Subject property" in finding.message and "XXX-XX-6789" in finding.message and "123-45" not in finding.message
    (finding,) = fires(by_name["freetext_correction.pdf"], "PDF009")
    assert "a text box (FreeText) on page 1" in finding.message
    (finding,) = fires(by_name["replaced_page.pdf"], "PDF009")
    assert finding.severity.value == "warning" and "page 1" in finding.message and finding.page == 1
    messages = [d.message for d in fires(by_name["comment_added_later.pdf"], "PDF009")]
    assert any("sticky note (Text) on page 1" in m for m in messages) and any("only added to page 1" in m for m in messages)


def test_pdf007_counts_but_never_quotes_hidden_text() -> None:
    for variant in FIRES_PDF007:
        for finding in fires(variant, "PDF007"):
            assert "4,250,000" not in finding.message and "Doe Family" not in finding.message and finding.excerpt is None
    black_on_black = next(v for v in FIRES_PDF007 if v.name == "black_on_black.pdf")
    (finding,) = fires(black_on_black, "PDF007")
    assert f"{len(LINE.replace(' ', ''))} characters of text are still in the PDF under 1 black box" in finding.message


def test_a_firm_can_enforce_embedding_of_non_standard_fonts() -> None:
    """unembedded-font-severity raises non-standard fonts only; standard faces stay info."""
    enforce = {"packs": {"ecf": {"unembedded-font-severity": "error"}}}
    by_name = {variant.name: variant for variant in FIRES_PDF006}
    garamond = Variant(by_name["garamond.pdf"].content, name="garamond.pdf", config=enforce)
    times = Variant(by_name["times_new_roman_psmt.pdf"].content, name="times.pdf", config=enforce)
    assert {d.severity.value for d in fires(garamond, "PDF006")} == {"error"}
    assert {d.severity.value for d in fires(times, "PDF006")} == {"info"}
