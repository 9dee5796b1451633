"""Variant tables for the CM/ECF PDF rules (PDF001-PDF010): PDFs built in the test, as real filings make them.

Each variant is a small PDF written with tests/pdfbuild.py: fonts under the names Word, Acrobat
and scanners give them (subset prefixes, ",Bold", "-BoldMT", "PSMT"), invisible OCR layers, the
court's file stamp in its own font, incremental saves with and without content, annotations of
each subtype. Where a variant copies a corpus file's construction, its note names the file and page.
"""

from __future__ import annotations

import pytest

from pdfbuild import ecf_stamp_text, font_dict, incremental_update, rich_pdf, styled_text
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

FIRES = {"PDF006": FIRES_PDF006}
SILENT = {"PDF006": SILENT_PDF006}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant) -> None:
    found = fires(variant, code)
    assert len(found) == 1, f"{code} should report once on {variant}: {[d.message for d in found]}"
    if code == "PDF006":
        assert found[0].severity.value == PDF006_SEVERITY[variant.name], found[0].message


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
