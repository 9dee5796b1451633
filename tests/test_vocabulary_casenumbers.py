"""N.D. Cal. case numbers across eras, spacing and line wraps (filelint/legal/casenumber.py)."""

from __future__ import annotations

import pytest

from filelint.legal.casenumber import find_case_numbers, parse_case_number

# (text, year, sequence, type, judge, referral, referral written with a hyphen)
FORMS = [
    ("C 05-03649 JW", 5, 3649, "", "JW", "", ""),
    ("Case No. C07-02151 CW", 7, 2151, "", "CW", "", ""),
    ("No. C-06-00672-VRW", 6, 672, "", "VRW", "", ""),
    ("No. C10-80238 MISC CRB (JCS)", 10, 80238, "", "CRB", "JCS", ""),
    ("Case No. 13-cv-00453-JST (JCS)", 13, 453, "cv", "JST", "JCS", ""),
    ("3:06-cv-03891-SC", 6, 3891, "cv", "SC", "", ""),
    ("4:19-cv-07123-PJH (JCS)", 19, 7123, "cv", "PJH", "JCS", ""),
    ("No. C-06-03891 SC (JCS)", 6, 3891, "", "SC", "JCS", ""),
    ("No. C 06-03891 SC ( JCS )", 6, 3891, "", "SC", "JCS", ""),
    ("Case No. 3:06-CV-03891-SC (JCS)", 6, 3891, "cv", "SC", "JCS", ""),
    ("Case No. 3:06-cv-03891-SC-JCS", 6, 3891, "cv", "SC", "", "JCS"),
    ("Case 4:19-cv-06669-JST-DMR; Ross v. AT&T", 19, 6669, "cv", "JST", "", "DMR"),
    ("Case No. 3:06\u2013cv\u201303891\u2013SC (JCS)", 6, 3891, "cv", "SC", "JCS", ""),  # en dashes
    ("Case No. 3:06\u2014cv\u201403891\u2014SC\u2014JCS", 6, 3891, "cv", "SC", "", "JCS"),  # em dashes
    ("CASE NO. 4:19-CV-07123-PJH", 19, 7123, "cv", "PJH", "", ""),
    ("No. C-06-03891\nSC (JCS)", 6, 3891, "", "SC", "JCS", ""),  # judge wrapped to the next line
    ("No. C-06-03891 SC\n(JCS)", 6, 3891, "", "SC", "JCS", ""),  # referral wrapped
    ("Case No. 3:06-cv-\n03891-SC (JCS)", 6, 3891, "cv", "SC", "JCS", ""),  # wrapped at a hyphen
    ("No. C-06-03891 SC (jcs)", 6, 3891, "", "SC", "JCS", ""),
    ("No. C-06-03891 SC [JCS]", 6, 3891, "", "SC", "JCS", ""),
    ("Case No. 5:07-cv-02151 JW (PVT)", 7, 2151, "cv", "JW", "PVT", ""),
    ("Nos. C 06-3891 SC (JCS)", 6, 3891, "", "SC", "JCS", ""),
    ("No. 3:19-mc-80238-CRB (JCS)", 19, 80238, "mc", "CRB", "JCS", ""),
    ("Case No.: 3:13-cv-00453-JST(JCS)", 13, 453, "cv", "JST", "JCS", ""),
    ("No. 13-cv-00453 JCS", 13, 453, "cv", "JCS", "", ""),  # a consent case: the magistrate judge presides
]


@pytest.mark.parametrize(("text", "year", "sequence", "kind", "judge", "referral", "hyphen"), FORMS)
def test_case_number_forms(text, year, sequence, kind, judge, referral, hyphen) -> None:
    (number,) = find_case_numbers(text)
    assert (number.year, number.sequence, number.case_type) == (year, sequence, kind)
    assert (number.judge, number.referral, number.referral_hyphen) == (judge, referral, hyphen)
    assert number.referral_judge == (referral or hyphen)


@pytest.mark.parametrize("text", [
    "06-03891",  # no marker: could be anything
    "Filed 07/30/2007",
    "Rule 26(a)(1)",
    "$1,234-5678",
    "Tel: (415) 555-0100",
])
def test_numbers_that_are_not_case_numbers(text) -> None:
    assert list(find_case_numbers(text)) == []


def test_a_pro_se_suffix_is_not_a_referral() -> None:
    (number,) = find_case_numbers("No. C 07-2606 PJH PR")
    assert number.judge == "PJH" and number.referral_judge == ""


def test_never_across_a_paragraph_break() -> None:
    (number,) = find_case_numbers("No. C-06-03891 SC\n\n(JCS) is the referral")
    assert number.referral == ""


def test_same_case_across_eras() -> None:
    old, new = parse_case_number("C-06-3891 SC"), parse_case_number("3:06-cv-03891-SC (JCS)")
    assert old.same_case(new)
    assert not old.same_case(parse_case_number("3:07-cv-03891-SC"))


@pytest.mark.parametrize(("caption", "judge", "referral"), [
    ("LEADCLICK MEDIA, INC.,          No. C-06-03891 SC\n      Plaintiff,                (JCS)\n", "SC", "JCS"),
    ("LEADCLICK MEDIA, INC.,          No. C-06-03891\n      Plaintiff,                SC (JCS)\n", "SC", "JCS"),
    ("WHATSAPP INC., a Delaware corporation, ) Case No. 4:19-cv-07123-PJH\nand FACEBOOK, INC. ) (JCS)\n", "PJH", "JCS"),
    ("LEADCLICK MEDIA, INC.,          No. C-06-03891 SC\n      Plaintiff,                PLAINTIFF'S MOTION\n", "SC", ""),
])
def test_initials_wrapped_under_the_number_in_a_caption_column(caption, judge, referral) -> None:
    (number,) = find_case_numbers(caption)
    assert (number.judge, number.referral_judge) == (judge, referral)
