"""Document types and court-day arithmetic."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli

from filelint.legal.court_calendar import (
    add_days,
    business_days_between,
    find_dates,
    holiday_name,
    is_business_day,
    next_business_day,
)
from filelint.legal.doctype import guess_type
from filelint.readers import read_bytes, read_document


def text_doc(body: str):
    return read_bytes(body.encode(), "t.txt", "text")


CAPTION = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nACME, INC.,   No. C-07-01234 SC (JCS)\n"


@pytest.mark.parametrize("title, kind", [
    ("PLAINTIFF'S NOTICE OF MOTION AND\nMOTION TO COMPEL", "motion"),
    ("DEFENDANTS' OPPOSITION TO\nPLAINTIFF'S MOTION TO COMPEL", "opposition"),
    ("REPLY IN SUPPORT OF MOTION TO COMPEL", "reply"),
    ("DECLARATION OF JANE R. ADVOCATE IN\nSUPPORT OF MOTION TO COMPEL", "declaration"),
    ("[PROPOSED] ORDER GRANTING MOTION TO COMPEL", "proposed-order"),
    ("STIPULATION AND [PROPOSED] ORDER\nEXTENDING TIME", "stipulation"),
    ("NOTICE OF REFERENCE; ORDER RE DISCOVERY PROCEDURES", "order"),
    ("PLAINTIFF'S MOTION FOR AN\nORDER COMPELLING ANSWERS", "motion"),
    ("CERTIFICATE OF SERVICE", "other"),
    # Title case and mixed case, as many firms type their captions.
    ("Plaintiff's Notice of Motion and Motion to Compel", "motion"),
    ("Plaintiff’s Notice of Motion and\nMotion to Compel Further Responses", "motion"),
    ("Defendants’ Notice of Motion and Motion to Dismiss\nthe First Amended Complaint", "motion"),
    ("Defendant Apple Inc.'s Opposition to\nPlaintiffs' Motion for Class Certification", "opposition"),
    ("Reply Memorandum in Further Support of\nDefendants' Motion to Dismiss", "reply"),
    ("Declaration of Jane R. Advocate in Support of\nPlaintiff's Motion to Compel", "declaration"),
    ("[Proposed] Order Granting Motion to Compel", "proposed-order"),
    ("Stipulation and [Proposed] Order to Extend Time", "stipulation"),
    ("Order Granting in Part and Denying in Part\nMotion for Attorneys' Fees", "order"),
    ("First Amended Complaint for Damages", "complaint"),
    ("Joint Discovery Letter Brief", "joint-letter"),
    ("PLAINTIFFS’ Notice of Motion and MOTION for Summary Judgment", "motion"),
    ("Notice and Application for Default Judgment by Court", "motion"),
    ("DEFENDANTS’ RESPONSE TO THE\nCOURT’S ORDER (ECF NO. 214)", "other"),  # corpus cand_19cv4238_223 p1
    ("MEMORANDUM OPINION AND ORDER", "opinion"),
    ("OPINION", "opinion"),
    ("Memorandum and Order", "opinion"),
    ("REPORT AND RECOMMENDATION", "opinion"),
    ("SUGGESTION OF REMAND AND\nTRANSFER ORDER", "order"),  # corpus azd_15md2641_3 p1
    ("ORDER GRANTING MOTION TO QUASH SUBPOENA", "order"),
    ("Administrative Motion to File Under Seal", "motion"),
    ("[PROPOSED] SCHEDULING ORDER", "proposed-order"),
    ("· · CONFIDENTIAL DEPOSITION OF CRYSTAL M. LONG", "exhibit"),  # corpus mdd_17cv1955_57-7 p1
    ("VIDEOTAPED DEPOSITION OF JOHN SMITH", "exhibit"),
    ("NOTICE OF DEPOSITION OF JOHN SMITH", "other"),
])
def test_type_from_caption_title(title: str, kind: str) -> None:
    assert guess_type(text_doc(CAPTION + title + "\nThe body of the paper follows here.")) == kind


@pytest.mark.parametrize("first_page, kind", [
    ("NOT FOR PUBLICATION\nUNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nRASOOL McCRIMMON, Plaintiff,\n"
     "MARTINOTTI, DISTRICT JUDGE\nBefore this Court is Plaintiff's amended complaint.", "opinion"),
    ("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\nD George Sweigert, Plaintiff,\n"
     "STEWART D. AARON, UNITED STATES MAGISTRATE JUDGE:\nBefore the Court are various motions.", "opinion"),
    ("In the Missouri Court of Appeals\nEastern District\nAngela T. Quigless, P.J., Kurt S. Odenwald, J., and James M. Dowd, J.\n"
     "Introduction\nAppellant appeals the judgment denying her motion.", "opinion"),
    ("SUPREME COURT OF THE UNITED STATES\nSyllabus\nNOTICE: This opinion is subject to formal revision before publication.",
     "opinion"),
    ("UNITED STATES COURT OF APPEALS\nPER CURIAM:\nThe judgment of the district court is affirmed.", "opinion"),
    # A party's paper naming the judge it is before is not the judge's opinion.
    (CAPTION + "PLAINTIFF'S MOTION TO COMPEL\nJudge: Hon. William Alsup\nThe Honorable Richard Seeborg, United States District Judge",
     "motion"),
])
def test_opinions_are_recognised_by_their_marks(first_page: str, kind: str) -> None:
    assert guess_type(text_doc(first_page)) == kind


def test_joint_letter_and_exhibit_slip_sheet() -> None:
    letter = "July 23, 2007\nRe: Acme v. Widget, No. C-07-01234 SC (JCS)\nDear Judge Spero:\nThe parties submit this joint letter."
    assert guess_type(text_doc(letter)) == "joint-letter"
    assert guess_type(text_doc("\n\nEXHIBIT 12\n")) == "exhibit"
    assert guess_type(text_doc("Exhibit 28\nUNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED\n")) == "exhibit"
    discovery = ("March 23, 2021\nDear Magistrate Judge Ryu:\nCounsel for the parties have met and conferred telephonically "
                 "about the first set of Interrogatories and Requests for Production.")
    assert guess_type(text_doc(discovery)) == "joint-letter"  # corpus cand_19cv6669_89 p1
    assert guess_type(text_doc("Dear Judge Furman:\nWe write on behalf of our client to request a bail hearing.")) == "other"


def test_fixture_types() -> None:
    assert guess_type(read_document(FIXTURES / "spero" / "notice_of_motion_ok.pdf")) == "motion"
    assert guess_type(read_document(FIXTURES / "spero" / "joint_letter_ok.pdf")) == "joint-letter"


@pytest.mark.parametrize("name, kind", [
    ("cand_18cv360_147_reply_brief_redacted.pdf", "reply"),
    ("cand_19cv7123_144_reply_motion_compel.pdf", "reply"),
    ("cand_16md2741_2479_opposition_brief_xray.pdf", "opposition"),
    ("cand_18mc80132_16-6_declaration_xray.pdf", "declaration"),
    ("cand_18cv5814_29-1_declaration_exhibits_xray.pdf", "declaration"),
    ("cand_17cv3504_93_msj_motion_xray.pdf", "motion"),
    ("cand_16cv3938_163_class_cert_motion_redacted.pdf", "motion"),  # caption after a cover page
    ("cand_15cv2543_440_order_msj_xray.pdf", "order"),
    ("cand_17cv4467_414_order_redactions_1p.pdf", "order"),
    ("cand_17cv5659_660-5_exhibit_fully_redacted.pdf", "exhibit"),
])
def test_real_filings_are_typed_as_the_manifest_describes_them(corpus: Path, name: str, kind: str) -> None:
    assert guess_type(read_document(corpus / "pdf" / name)) == kind


def test_document_types_configuration_overrides_the_guess(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "spero" / "motion_to_compel_without_meeting_or_letter.txt", tmp_path / "draft.txt")
    guessed = run_cli("check", "--format", "json", "draft.txt", cwd=tmp_path)
    payload = json.loads(guessed.stdout)
    assert payload["files"][0]["type"] == "motion"
    assert {"JCS005", "JCS008"} <= {d["code"] for d in payload["diagnostics"]}
    (tmp_path / ".filelint.toml").write_text('[document-types]\n"draft*" = "declaration"\n')
    configured = json.loads(run_cli("check", "--format", "json", "draft.txt", cwd=tmp_path).stdout)
    assert configured["files"][0]["type"] == "declaration"
    assert not {"JCS005", "JCS008"} & {d["code"] for d in configured["diagnostics"]}
    (tmp_path / ".filelint.toml").write_text('[document-types]\n"draft*" = "brief"\n')
    bad = run_cli("check", "draft.txt", cwd=tmp_path)
    assert bad.returncode == 2 and "document-types.draft*" in bad.stderr


def test_text_output_shows_type_and_chambers_copy() -> None:
    result = run_cli("check", str(FIXTURES / "spero" / "motion_jcs_chambers_copy.pdf"))
    assert "(PDF, 3 pages, motion, chambers copy)" in result.stdout


@pytest.mark.parametrize("day, holiday", [
    (dt.date(2007, 11, 22), "Thanksgiving"),
    (dt.date(2008, 7, 4), "Independence Day"),
    (dt.date(2010, 12, 31), "New Year's Day"),  # Jan 1, 2011 was a Saturday: observed Friday
    (dt.date(2021, 6, 18), "Juneteenth"),  # June 19, 2021 was a Saturday
    (dt.date(2007, 11, 12), "Veterans Day"),  # Nov 11, 2007 was a Sunday
])
def test_holidays_on_their_observed_dates(day: dt.date, holiday: str) -> None:
    assert holiday in (holiday_name(day) or "") and not is_business_day(day)


def test_no_juneteenth_before_2021() -> None:
    assert holiday_name(dt.date(2020, 6, 19)) is None


def test_business_day_counting() -> None:
    friday, monday = dt.date(2007, 7, 20), dt.date(2007, 7, 23)
    assert next_business_day(friday) == monday and business_days_between(friday, monday) == 1
    assert add_days(dt.date(2007, 11, 21), 5) == dt.date(2007, 11, 29)  # Thanksgiving skipped
    assert add_days(dt.date(2007, 11, 21), 5, "calendar") == dt.date(2007, 11, 26)  # Sat 24th runs to Monday
    assert next_business_day(dt.date(2008, 7, 3)) == dt.date(2008, 7, 7)


def test_dates_in_text() -> None:
    found = [(d.date, d.weekday_mismatch) for d in find_dates("on Friday, September 6, 2007 and Sept. 7, 2007 or 07/30/07")]
    assert found == [(dt.date(2007, 9, 6), True), (dt.date(2007, 9, 7), False), (dt.date(2007, 7, 30), False)]


# The manifest's document-type column, read as filelint's types (its first words say what the paper is).
_MANIFEST_WORDS = (
    ("slip opinion", "opinion"), ("opinion", "opinion"), ("order", "order"), ("transcript", "transcript"),
    ("motion", "motion"), ("complaint", "complaint"), ("redline (comparison) of amended complaint", "complaint"),
    ("declaration", "declaration"), ("exhibit", "exhibit"), ("brief (opposition", "opposition"), ("brief (reply", "reply"),
    ("brief (memorandum of points and authorities iso", "motion"), ("discovery letter", "joint-letter"),
    ("appellate brief / motion", "motion"),
)
# Where filelint reads a file differently from the manifest, and why (each checked against the file's pages).
_DISAGREEMENTS = {
    "cand_19cv4238_223_order_sealing.pdf": "other",  # p1 is DEFENDANTS' RESPONSE TO THE COURT'S ORDER: a party's paper
    "cand_08cv2448_17_order_images_annots.pdf": "other",  # a scanned page; the only text is "all counsel shall", a date
    "nysd_12cv5708_11_partly_scanned_opinion.pdf": "other",  # p1 is an image; its only text is the ECF stamp
    "scotus_slip_opinion_scanned_image_only.pdf": "other",  # no text layer
    "cand_06md1754_18_decl_service_scanned_ocr.pdf": "other",  # OCR reads "DECLARATION OF SERVTCE"
    "cod_21cv1061_1_p7_rectangles_yes.pdf": "other",  # page 7 of a complaint, without its caption
    "caed_90cv520_5988-2_p2_partial_overlap.pdf": "other",  # one page of an exhibit, no slip sheet
    "rotated90_exhibit_ledger_table.pdf": "other",  # one page of an exhibit, no slip sheet
}


def _manifest_type(description: str) -> str:
    text = description.lower()
    return next((kind for words, kind in _MANIFEST_WORDS if text.startswith(words)), "other")


def test_document_types_agree_with_the_corpus_manifest(corpus: Path) -> None:
    """All 60 corpus files: the type and author filelint reads against the manifest's document-type column."""
    import csv

    from filelint.legal.facts import DocumentFacts

    rows = list(csv.DictReader((corpus / "MANIFEST.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == 60
    agree, court_agree, wrong = 0, 0, []
    for row in rows:
        document = read_document(corpus / "pdf" / row["filename"])
        if not document.readable:
            continue  # the empty file: FL001, no type
        facts = DocumentFacts(document)
        manifest = _manifest_type(row["doc_type"])
        agree += facts.document_type == manifest
        court_agree += (facts.author == "court") == (manifest in ("order", "opinion", "transcript"))
        expected = _DISAGREEMENTS.get(row["filename"], manifest)
        if facts.document_type != expected:
            wrong.append((row["filename"], facts.document_type, expected))
    assert not wrong, wrong
    print(f"type agrees with the manifest on {agree}/59 readable files; author on {court_agree}/59")
    assert agree == 59 - len(_DISAGREEMENTS) and court_agree >= 59 - 4  # the four orders and opinions without text
