"""Variant tables for the N.D. Cal. layout rules (LR005-LR008): page size, numbered lines, type size, spacing.

Each variant is a small filing built in the test with tests/pdfbuild.py: a caption page naming the
Northern District of California and body pages on pleading paper, changed one way at a time the way
real filings depart (A4 and legal pages, plain paper, 11.4-point footnotes, 1.5 spacing) or stay
within the rule (rotated letter pages, 11.52-point type printed at 96%, single-spaced quotations).
Where a variant copies a corpus file's layout, its note names the file and page.
"""

from __future__ import annotations

import pytest
from pdfbuild import minimal_pdf, pleading_page, text_at
from variant_support import Variant, cases, fires

CAPTION = {1: "JANE R. ADVOCATE (SBN 123456)", 2: "jadvocate@advocatelaw.com", 3: "ADVOCATE & PARTNERS LLP",
           4: "One Market Plaza, San Francisco, CA 94105", 5: "Telephone: (415) 555-0100",
           6: "Attorneys for Plaintiff LeadClick Media, Inc.",
           8: "UNITED STATES DISTRICT COURT", 9: "NORTHERN DISTRICT OF CALIFORNIA", 10: "SAN FRANCISCO DIVISION",
           12: "LEADCLICK MEDIA, INC., Plaintiff,", 13: "v.", 14: "ACME CORP., Defendant.",
           16: "Case No. 3:06-cv-03891-SC", 17: "PLAINTIFF'S REPLY IN SUPPORT OF MOTION TO COMPEL",
           19: "Date: August 31, 2007", 20: "Time: 9:30 a.m."}
PROSE = ["Defendant has not answered the interrogatories served on March 3, 2007, and its",
         "objections were waived when it let the thirty days pass without serving any of them."]
BODY = {n: PROSE[n % 2] for n in range(1, 29)}
ORDER_CAPTION = {8: "UNITED STATES DISTRICT COURT", 9: "NORTHERN DISTRICT OF CALIFORNIA",
                 12: "LEADCLICK MEDIA, INC., Plaintiff,", 13: "v.", 14: "ACME CORP., Defendant.",
                 16: "Case No. 3:06-cv-03891-SC", 17: "ORDER GRANTING MOTION TO COMPEL",
                 20: "The motion is GRANTED. IT IS SO ORDERED."}


def filing(name: str, pages: list[dict], note: str) -> Variant:
    return Variant(minimal_pdf(pages), name=name, note=note)


def caption(**extra) -> dict:
    return {"content": pleading_page(CAPTION), **extra}


def body(lines: dict[int, str] | None = None, extra: str = "", **page) -> dict:
    return {"content": pleading_page(BODY if lines is None else lines, extra=extra), **page}


def plain(lines: list[str], pitch: float = 24.0, top: float = 720, size: float = 12, x: float = 90) -> str:
    """Lines of text with no margin numbers, ``pitch`` points apart."""
    return "\n".join(text_at(x, top - pitch * i, text, size) for i, text in enumerate(lines))


def exhibit(size: tuple = (612, 792), content: str = "") -> list[dict]:
    """An exhibit slip sheet and the exhibit itself."""
    return [{"content": text_at(250, 400, "EXHIBIT A", 14)},
            {"content": content or plain(["Schedule of payments, page 1"] + PROSE, 14, size=9), "size": size}]


def footnote(size: float, number: str = "1", scale: float | None = None) -> str:
    """A two-line footnote near the foot of a body page."""
    return "\n".join([text_at(90, 96, f"{number} See Hickman v. Taylor, 329 U.S. 495, 507 (1947) (discovery is broad).", size, scale),
                      text_at(90, 84, "The same holds for the second set of requests served in April.", size, scale)])


def sized_body(size: float, scale: float | None = None) -> dict:
    """A body page whose text is set at ``size`` (optionally under a scaling matrix)."""
    ops = []
    for number in range(1, 29):
        y = 708 - (number - 1) * 24
        ops.append(text_at(50, y, str(number)))
        if scale:
            ops.append(text_at(90 / scale, y / scale, PROSE[number % 2], size, scale))
        else:
            ops.append(text_at(90, y, PROSE[number % 2], size))
    return {"content": "\n".join(ops)}


# ---------------------------------------------------------------- LR005 page size
A4, LEGAL = (595.28, 841.89), (612, 1008)
FIRES_LR005 = [
    filing("all_a4.pdf", [caption(size=A4), body(size=A4)], "a declaration exported on A4 (Word's European default)"),
    filing("a4_body_page.pdf", [caption(), body(), body(size=A4)], "one page of the brief on A4"),
    filing("scanned_a4_signature.pdf", [caption(), body(), {"content": "", "size": (596, 842)}],
           "corpus cand_18cv5814_29-1 p4: the signature page scanned back in at A4"),
    filing("legal.pdf", [caption(size=LEGAL), body(size=LEGAL)], "a state-court template on 8.5 x 14 legal paper"),
    filing("legal_caption.pdf", [caption(size=LEGAL), body()], "only the caption page on legal paper"),
    filing("a4_landscape.pdf", [caption(), body(size=(841.89, 595.28))], "an A4 page turned landscape"),
    filing("tabloid.pdf", [caption(), body(size=(792, 1224))], "an 11 x 17 chart page folded into the brief"),
    filing("three_off.pdf", [caption(), body(size=(615, 792))], "a page 3 points too wide"),
]
SILENT_LR005 = [
    filing("letter.pdf", [caption(), body()], "US Letter, 612 x 792 pt"),
    filing("rotated_letter.pdf", [caption(), body(rotate=90)], "a US Letter page rotated for a wide table"),
    filing("landscape_letter.pdf", [caption(), body(size=(792, 612))], "a landscape US Letter page"),
    filing("nearly_letter.pdf", [caption(size=(612.5, 791.5)), body(size=(611, 793))], "within two points of letter"),
    filing("a4_exhibit.pdf", [caption(), body()] + exhibit(size=A4), "an A4 contract attached as Exhibit A"),
    filing("legal_exhibit.pdf", [caption(), body()] + exhibit(size=LEGAL), "a legal-size lease attached as an exhibit"),
    filing("cropped_letter.pdf", [caption(), body(size=(612.0, 792.0), rotate=180)], "a letter page turned upside down"),
    filing("court_order_a4.pdf", [{"content": pleading_page(ORDER_CAPTION), "size": A4}], "the court's own order"),
    Variant("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nPLAINTIFF'S REPLY IN SUPPORT OF MOTION\n",
            note="a text draft has no page size"),
]

# ---------------------------------------------------------------- LR006 numbered lines
PLAIN_BODY = {"content": plain([PROSE[i % 2] for i in range(28)])}
FIRES_LR006 = [
    filing("plain_paper.pdf", [caption(), PLAIN_BODY, PLAIN_BODY], "a reply typed on a letter template"),
    filing("plain_caption.pdf", [{"content": plain(list(CAPTION.values()))}, body()], "the caption page on plain paper"),
    filing("one_plain_page.pdf", [caption(), body(), PLAIN_BODY, body()],
           "corpus cand_17cv3022_513 p29: one page without visible margin numbers"),
    filing("every_fifth.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(28)]) + "\n" + "\n".join(
        text_at(50, 708 - (n - 1) * 24, str(n)) for n in (5, 10, 15, 20, 25))}], "numbers only every fifth line"),
    filing("right_margin_numbers.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(28)], x=60) + "\n" + "\n".join(
        text_at(570, 708 - (n - 1) * 24, str(n)) for n in range(1, 29))}], "line numbers in the right margin"),
    filing("single_spaced_plain.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(40)], 14)}],
           "a single-spaced page with no numbers"),
    filing("plain_many_pages.pdf", [caption()] + [PLAIN_BODY] * 4, "four plain pages"),
    filing("six_numbers.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(28)]) + "\n" + "\n".join(
        text_at(50, 708 - (n - 1) * 24, str(n)) for n in range(1, 7))}], "numbers stop after line 6"),
]
SILENT_LR006 = [
    filing("pleading.pdf", [caption(), body(), body()], "28 numbered lines on every page"),
    filing("short_last_page.pdf", [caption(), body(), {"content": plain(["Respectfully submitted,", "/s/ Jane R. Advocate"])}],
           "a last page with two lines (a signature's end)"),
    filing("plain_exhibit.pdf", [caption(), body()] + exhibit(), "an exhibit on plain paper after the brief"),
    filing("scanned_page.pdf", [caption(), body(), {"content": "BT 3 Tr /F1 12 Tf 90 700 Td (Scanned page text) Tj ET"}],
           "an invisible OCR layer only"),
    filing("court_order_plain.pdf", [{"content": plain(list(ORDER_CAPTION.values()))}], "the court's own order"),
    filing("numbers_26.pdf", [caption(), body({n: PROSE[n % 2] for n in range(1, 27)})], "pleading lines 1-28, text on 26"),
    filing("numbers_bold_body.pdf", [caption(), body(), body({n: PROSE[0] for n in range(1, 10)})], "a half-full last page"),
    filing("numbers_small_font.pdf", [caption(), {"content": "\n".join(text_at(50, 708 - (n - 1) * 24, str(n), 9) for n in range(1, 29))
                                                 + "\n" + plain([PROSE[i % 2] for i in range(28)], 24, 708)}],
           "margin numbers set in 9-point type"),
    Variant("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nPLAINTIFF'S REPLY IN SUPPORT OF MOTION\n" +
            "\n".join(PROSE * 5), note="a text draft is not yet on paper"),
]

# ---------------------------------------------------------------- LR007 type size
FIRES_LR007 = [
    filing("footnote_10.pdf", [caption(), body(extra=footnote(10))], "a footnote set in 10-point type"),
    filing("footnote_11_4.pdf", [caption(), body(extra=footnote(11.4))], "a footnote at 11.4 pt, under the 11.5 tolerance"),
    filing("footnote_11_49.pdf", [caption(), body(extra=footnote(11.49))], "11.49 pt: still under 11.5"),
    filing("body_11.pdf", [caption(), sized_body(11)], "body text at 11 pt"),
    filing("scaled_90.pdf", [caption(), sized_body(12, 0.9)], "12-point type printed at 90% (10.8 pt)"),
    filing("scaled_95.pdf", [caption(), sized_body(12, 0.95)], "12-point type printed at 95% (11.4 pt)"),
    filing("footnote_9_scaled.pdf", [caption(), body(extra=footnote(12, scale=0.75))], "a 12-point footnote scaled to 9 pt"),
    filing("signature_block_11.pdf", [caption(), body(extra=text_at(320, 120, "Attorneys for Defendants, Vade Secure", 11.04))],
           "corpus cand_19cv4238_223 p4: counsel's block at 11.04 pt"),
]
SILENT_LR007 = [
    filing("twelve.pdf", [caption(), body(extra=footnote(12))], "12-point text and footnotes"),
    filing("scaled_96.pdf", [caption(), sized_body(12, 0.96)], "corpus cand_17cv4992_220 p19: 12-point type at 96% (11.52 pt)"),
    filing("footnote_11_5.pdf", [caption(), body(extra=footnote(11.5))], "a footnote at exactly 11.5 pt"),
    filing("footnote_mark.pdf", [caption(), body(extra=text_at(400, 420, "12", 8))], "a superscript footnote number"),
    filing("small_caps.pdf", [caption(), body(extra=text_at(90, 96, "CANCER EPIDEMIOL.", 9.6) + "\n" +
                                          text_at(200, 96, "Biomarkers Prev. 1201, 1205 (2004) is cited above.", 12))],
           "small capitals beside 12-point text in a citation"),
    filing("small_footer.pdf", [caption(), body(extra=text_at(200, 30, "PLAINTIFF'S REPLY ISO MOTION TO COMPEL", 9))],
           "a 9-point page footer (footers are left out by default)"),
    filing("stamp_8pt.pdf", [caption(), body(extra=text_at(
        130, 775, "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 2 of 2", 8))], "CM/ECF's 8-point stamp"),
    filing("exhibit_9pt.pdf", [caption(), body()] + exhibit(), "an exhibit set in 9-point type"),
    filing("ocr_small.pdf", [caption(), body(extra="BT 3 Tr /F1 6 Tf 90 300 Td (Invisible OCR words at six points) Tj ET")],
           "an invisible OCR layer at 6 pt"),
]

# ---------------------------------------------------------------- LR008 spacing and lines a page
def spaced(pitch: float, count: int, top: float = 740, x: float = 90) -> dict:
    return {"content": plain([PROSE[i % 2] for i in range(count)], pitch, top, x=x)}


BULLETS = "\n".join(  # corpus cand_17cv4992_220 p74: single-spaced bullets indented half a line
    text_at(90 if i % 3 == 0 else 108, 740 - 12 * i, ("* Detrick Project: On or about October 7, 2003, Ray caused" if i % 3 == 0
                                                     else "a letter to be sent detailing the financing transaction."))
    for i in range(56))
FIRES_LR008 = [
    filing("one_and_a_half.pdf", [caption(), spaced(18, 36)], "1.5 spacing, 36 lines a page"),
    filing("single.pdf", [caption(), spaced(12, 50)], "single spacing"),
    filing("exactly_20_less.pdf", [caption(), spaced(19.5, 28, 700)], "19.5-point spacing: tighter than double"),
    filing("twenty_nine_lines.pdf", [caption(), spaced(23, 29, 730)], "29 lines at 23 pt: nearly double, one line too many"),
    filing("thirty_lines_22.pdf", [caption(), spaced(22, 30, 740)], "30 lines at 22 pt"),
    filing("bullets.pdf", [caption(), {"content": BULLETS}], "corpus cand_17cv4992_220 p74-80: single-spaced bullets"),
    filing("tight_later_page.pdf", [caption(), body(), spaced(16, 40)], "page 3 squeezed to fit"),
    filing("exactly_spaced_wide_page.pdf", [caption(), spaced(14.4, 44)], "Word's 'exactly 14.4 pt'"),
]
QUOTE = "\n".join(text_at(126, 400 - 12 * i, "the quoted passage runs on, single-spaced and indented") for i in range(6))
FOOTNOTES = "\n".join(text_at(90, 110 - 11 * i, ("1 " if i == 0 else "") + "A footnote line, single-spaced at ten points.", 10)
                      for i in range(5))
SILENT_LR008 = [
    filing("double.pdf", [caption(), body()], "double-spaced, 28 lines"),
    filing("block_quote.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(12)]) + "\n" + QUOTE}],
           "an indented, single-spaced block quotation"),
    filing("footnotes.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(24)]) + "\n" + FOOTNOTES}],
           "single-spaced footnotes at the foot of the page"),
    filing("twenty_one_pitch.pdf", [caption(), spaced(21, 28, 700)], "21-point spacing (not under 20)"),
    filing("signature_block.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(10)] + ["Respectfully submitted,"] +
                                                              ["ADVOCATE & PARTNERS LLP", "By: /s/ Jane R. Advocate",
                                                               "Jane R. Advocate", "Attorneys for Plaintiff"] * 3, 24)}],
           "the signature block after 'Respectfully submitted'"),
    filing("short_page.pdf", [caption(), spaced(12, 5)], "five single-spaced lines: too few to judge spacing"),
    filing("single_exhibit.pdf", [caption(), body()] + exhibit(content=plain([PROSE[i % 2] for i in range(45)], 14)),
           "a single-spaced exhibit"),
    filing("headings_and_table.pdf", [caption(), {"content": plain([PROSE[i % 2] for i in range(14)]) + "\n" + "\n".join(
        text_at(90, 380 - 12 * i, f"Interrogatory No. {i + 1}      Served 3/3/07      No answer") for i in range(14))}],
           "a table of interrogatories in columns, single-spaced"),
    filing("court_order.pdf", [{"content": pleading_page(ORDER_CAPTION)}, spaced(14, 45)], "the court's own order, single-spaced"),
]

FIRES = {"LR005": FIRES_LR005, "LR006": FIRES_LR006, "LR007": FIRES_LR007, "LR008": FIRES_LR008}
SILENT = {"LR005": SILENT_LR005, "LR006": SILENT_LR006, "LR007": SILENT_LR007, "LR008": SILENT_LR008}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant) -> None:
    assert fires(variant, code), f"{code} should report on {variant}"


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_silent(code: str, variant) -> None:
    found = fires(variant, code)
    assert not found, f"{code} should be silent on {variant}: {found[0].message}"


def test_lr005_names_the_size_and_pages() -> None:
    (finding,) = fires(FIRES_LR005[1], "LR005")
    assert finding.page == 3 and "595 x 842 pt (A4)" in finding.message


def test_lr007_reports_the_size_it_measured() -> None:
    (finding,) = fires(FIRES_LR007[1], "LR007")
    assert "11.4 pt" in finding.message and finding.page == 2
    assert finding.severity.value == "error"
