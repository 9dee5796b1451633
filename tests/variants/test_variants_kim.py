"""How notices of motion before Magistrate Judge Sallie Kim write the hearing (SK001); issue 12.

Drafts vary the caption's form ("(XX)", "-XX", a consent case), the date's form, the time's
form and the order of the block. Silent drafts are ones where SK001 runs: the caption names
the judge, and the hearing is on her calendar, or the paper is no motion with a hearing.
"""

from __future__ import annotations

import pytest
from variant_support import HEARING_MESSAGE_WORDS, cases, diagnostics, notice_of_motion_maker, silent_where_it_ran

CONFIG = {"referral-judge": "SK"}
motion = notice_of_motion_maker("KORNHAUSER, Plaintiff, v. UNITED STATES OF AMERICA, Defendant.", CONFIG)


FIRES = {"SK001": [
    motion('Case No. 3:14-cv-05610-JSW (SK)', 'Date: Thursday, February 4, 2016 ) Time: 9:30 a.m.'),
    motion('Case No. 3:14-cv-05610-JSW-SK', 'Date: February 5, 2016 ) Time: 9:30 a.m.'),
    motion('Case No. 3:14-cv-05610-SK', 'Hearing Date: 2/1/2016 ) Time: 9:30 AM'),
    motion('Case No. 14-cv-05610-JSW ( SK )', 'Date: Wednesday, February 3, 2016 ) Time: 1:30 p.m.'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date and Time: Wednesday, February 3, 2016, 11:00 a.m.'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date: Wednesday, December 25, 2024 ) Time: 9:30 a.m.', note='Christmas'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date: Friday, February 3, 2016 ) Time: 9:30 a.m.', note='weekday does not match'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date: 5 February 2016 ) Time: 9:00 a.m.'),
]}

SILENT = {"SK001": [
    motion('Case No. 3:14-cv-05610-JSW (SK)', 'Date: Wednesday, February 3, 2016 ) Time: 9:30 a.m.'),
    motion('Case No. 3:14-cv-05610-JSW-SK', 'Date: February 10, 2016 ) Time: 9:30am'),
    motion('Case No. 3:14-cv-05610-SK', 'Hearing Date: 2/17/2016 ) Time: 9:30 AM'),
    motion('Case No. 14-cv-05610-JSW ( SK )', 'Date: 24 February 2016 ) Time: 9:30 a.m.'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date and Time: Wednesday, March 2, 2016, 9:30 a.m.'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date: Wednesday, March 9, 2016 ) Time: 9:30 a.m. ) Courtroom: C, 15th Floor'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date: Wednesday, March 16, 2016 ) Time: 9:30 a.m.', title='NOTICE OF MOTION AND MOTION TO DISMISS'),
    motion('Case No. 14-cv-05610-JSW (SK)', 'Date: March 23, 2016 ) Time: 9:30 a.m.', title="DEFENDANT'S NOTICE OF MOTION AND MOTION FOR SUMMARY JUDGMENT"),
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
