"""Case numbers and ECF stamps in every era's form (rules catalog §8.1, §8.2)."""

from __future__ import annotations

import datetime as dt

import pytest

from filelint.legal.casenumber import find_case_numbers, parse_case_number
from filelint.legal.ecf import parse_stamp


@pytest.mark.parametrize("text, year, seq, judge, referral", [
    ("No. C-06-03891 SC (JCS)", 6, 3891, "SC", "JCS"),
    ("Case No. C 06-03891 SC (JCS)", 6, 3891, "SC", "JCS"),
    ("Case No. 3:06-cv-03891-SC (JCS)", 6, 3891, "SC", "JCS"),
    ("Case No. C07-02151 CW", 7, 2151, "CW", ""),
    ("No. C-06-00672-VRW", 6, 672, "VRW", ""),
    ("No. C10-80238 MISC CRB (JCS)", 10, 80238, "CRB", "JCS"),
    ("Case No. 13-cv-00453-JST (JCS)", 13, 453, "JST", "JCS"),
    ("14-mc-80065-EMC (JCS)", 14, 80065, "EMC", "JCS"),
    ("No. 19-cv-08243-JCS", 19, 8243, "JCS", ""),
    ("Case No. 4:10-cv-00257-SBA", 10, 257, "SBA", ""),
])
def test_case_number_forms(text, year, seq, judge, referral) -> None:
    (number,) = find_case_numbers(text)
    assert (number.year, number.sequence, number.judge, number.referral) == (year, seq, judge, referral)


def test_padding_does_not_change_the_case() -> None:
    assert parse_case_number("06-3891").same_case(parse_case_number("C-06-03891 SC"))
    assert not parse_case_number("06-3981").same_case(parse_case_number("06-3891"))


@pytest.mark.parametrize("text", [
    "Call (415) 555-0100 by 07-30", "Bates LEAD-000123", "Filed 07/30/2007", "Interrogatory Nos. 3 through 7",
    "section 06-03891 of the code",
])
def test_things_that_are_not_case_numbers(text) -> None:
    assert list(find_case_numbers(text)) == []


@pytest.mark.parametrize("text, doc, att, filed, page, pages", [
    ("Case 3:06-cv-00672-VRW Document 317 Filed 07/31/2006 Page 1 of 25", 317, None, dt.date(2006, 7, 31), 1, 25),
    ("Case 5:06-cv-02057-JF Document 43-2 Filed 08/04/2006 Page 1 of 4", 43, 2, dt.date(2006, 8, 4), 1, 4),
    ("Case3:10-cv-00257-JSW Document26 Filed03/02/10 Page1 of 4", 26, None, dt.date(2010, 3, 2), 1, 4),
    ("Case 3:18-cv-05931-JCS Document 76 Filed 09/08/20 Page 1 of 2", 76, None, dt.date(2020, 9, 8), 1, 2),
    ("Case 2:20-cv-09581-FLA-RAO Document 48 Filed 05/06/21 Page 1 of 12 Page ID #:414", 48, None, dt.date(2021, 5, 6), 1, 12),
])
def test_ecf_stamp_forms(text, doc, att, filed, page, pages) -> None:
    stamp = parse_stamp(text)
    assert (stamp.document, stamp.attachment, stamp.filed, stamp.page, stamp.pages) == (doc, att, filed, page, pages)
