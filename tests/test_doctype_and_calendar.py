"""Document types and court-day arithmetic."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from filelint.legal.court_calendar import add_days, business_days_between, find_dates, holiday_name, is_business_day, next_business_day
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
])
def test_type_from_caption_title(title: str, kind: str) -> None:
    assert guess_type(text_doc(CAPTION + title + "\nThe body of the paper follows here.")) == kind


def test_joint_letter_and_exhibit_slip_sheet() -> None:
    letter = "July 23, 2007\nRe: Acme v. Widget, No. C-07-01234 SC (JCS)\nDear Judge Spero:\nThe parties submit this joint letter."
    assert guess_type(text_doc(letter)) == "joint-letter"
    assert guess_type(text_doc("\n\nEXHIBIT 12\n")) == "exhibit"


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
