"""Variant tables for the CM/ECF PDF rules (PDF001-PDF010): PDFs built in the test, as real filings make them.

Each variant is a small PDF written with tests/pdfbuild.py: fonts under the names Word, Acrobat
and scanners give them (subset prefixes, ",Bold", "-BoldMT", "PSMT"), invisible OCR layers, the
court's file stamp in its own font, incremental saves with and without content, annotations of
each subtype. Where a variant copies a corpus file's construction, its note names the file and page.
"""

from __future__ import annotations

import pytest

from pdfbuild import ecf_stamp_text, font_dict, incremental_update, picture, rich_pdf, styled_text
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
PDF006_SEVERITY = {  # variant name -> the severity its finding must carry
    "garamond.pdf": "error", "garamond_subset.pdf": "error", "arial_black.pdf": "error", "arial_narrow.pdf": "error",
    "wingdings.pdf": "error", "times_new_roman_psmt.pdf": "info", "arial_bold_comma.pdf": "info",
    "courier_new_bold_mt.pdf": "info", "helvetica_body_and_stamp.pdf": "info", "mixed_fonts.pdf": "error",
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
    pdf("court_scanned_order.pdf", [{"content": brief_page(lines=ORDER)}, scan()], {"F1": EMBEDDED_BODY},
        "corpus cand_18cr258_547 p3: the court's order, its signature page scanned"),
]

FIRES = {"PDF001": FIRES_PDF001, "PDF006": FIRES_PDF006, "PDF009": FIRES_PDF009}
SILENT = {"PDF001": SILENT_PDF001, "PDF006": SILENT_PDF006, "PDF009": SILENT_PDF009}
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
