"""How notices of motion before Magistrate Judge Jacqueline Scott Corley write the hearing (JSC001); issue 12.

Drafts vary the caption's form ("(XX)", "-XX", a consent case), the date's form, the time's
form and the order of the block. Silent drafts are ones where JSC001 runs: the caption names
the judge, and the hearing is on her calendar, or the paper is no motion with a hearing.
"""

from __future__ import annotations

import pytest
from variant_support import HEARING_MESSAGE_WORDS, Variant, cases, diagnostics, notice_of_motion_maker, silent_where_it_ran

CONFIG = {"referral-judge": "JSC"}
motion = notice_of_motion_maker("ALVAREZ, Plaintiff, v. PACIFIC GAS AND ELECTRIC COMPANY, Defendant.", CONFIG)


FIRES = {"JSC001": [
    motion('Case No. 3:14-cv-02121-WHA (JSC)', 'Date: Friday, March 6, 2015 ) Time: 9:00 a.m.'),
    motion('Case No. 3:14-cv-02121-WHA-JSC', 'Date: March 4, 2015 ) Time: 9:00 a.m.'),
    motion('Case No. 3:14-cv-02121-JSC', 'Hearing Date: 3/2/2015 ) Time: 9:00 AM'),
    motion('Case No. 14-cv-02121-WHA ( JSC )', 'Date: Thursday, March 5, 2015 ) Time: 9:30 a.m.', note="Judge Spero's hour"),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date and Time: Thursday, March 5, 2015, 1:30 p.m.'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date: Thursday, November 26, 2015 ) Time: 9:00 a.m.', note='Thanksgiving'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date: Monday, March 5, 2015 ) Time: 9:00 a.m.', note='weekday does not match'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date: 6 March 2015 ) Time: 9:00 a.m.'),
]}

SILENT = {"JSC001": [
    motion('Case No. 3:14-cv-02121-WHA (JSC)', 'Date: Thursday, March 5, 2015 ) Time: 9:00 a.m.'),
    motion('Case No. 3:14-cv-02121-WHA-JSC', 'Date: March 12, 2015 ) Time: 9:00am'),
    motion('Case No. 3:14-cv-02121-JSC', 'Hearing Date: 3/19/2015 ) Time: 9:00 AM'),
    motion('Case No. 14-cv-02121-WHA ( JSC )', 'Date: 26 March 2015 ) Time: 9:00 a.m.'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date and Time: Thursday, April 2, 2015, 9:00 a.m.'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date: Thursday, April 9, 2015 ) Time: 9:00 a.m. ) Courtroom: F, 15th Floor'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date: Thursday, April 16, 2015 ) Time: 9:00 a.m.', title='NOTICE OF MOTION AND MOTION TO DISMISS'),
    motion('Case No. 14-cv-02121-WHA (JSC)', 'Date: April 23, 2015 ) Time: 9:00 a.m.', title="DEFENDANT'S NOTICE OF MOTION AND MOTION FOR SUMMARY JUDGMENT"),
    # corpus cand_18cv5982_198-1_class_cert_memo.pdf p1: a class-certification motion in a case referred to her
    # for discovery, heard by the district judge at his hour; not her calendar.
    Variant("STEPHEN ADKINS, Plaintiff, v. FACEBOOK, INC., Defendant.\nNo. C 18-05982 WHA (JSC)\n"
            "PLAINTIFF'S MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF PLAINTIFF'S MOTION FOR CLASS CERTIFICATION\n"
            "Date: October 31, 2019\nTime: 8:00am\nCourt: Courtroom 12, 19th Floor\nHon. William Alsup\n",
            config=CONFIG, note="corpus cand_18cv5982_198-1 p1: the district judge's hearing"),
]}


@pytest.mark.parametrize(("code", "item"), cases(FIRES))
def test_fires(code: str, item) -> None:
    found = diagnostics(item, code)
    assert found, item
    assert any(word in d.message for d in found for word in HEARING_MESSAGE_WORDS), found


@pytest.mark.parametrize(("code", "item"), cases(SILENT))
def test_silent(code: str, item) -> None:
    silent, why = silent_where_it_ran(item, code)
    assert silent, why
