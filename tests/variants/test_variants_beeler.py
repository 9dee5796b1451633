"""How notices of motion before Magistrate Judge Laurel Beeler write the hearing (LB001); issue 12.

Drafts vary the caption's form ("(XX)", "-XX", a consent case), the date's form, the time's
form and the order of the block. Silent drafts are ones where LB001 runs: the caption names
the judge, and the hearing is on her calendar, or the paper is no motion with a hearing.
"""

from __future__ import annotations

import pytest

from variant_support import Variant, cases, diagnostics, silent_where_it_ran

CONFIG = {"referral-judge": "LB"}
PARTIES = "HARTFORD FIRE INSURANCE COMPANY, Plaintiff, v. CARSON MADRONA COMPANY, Defendant."


def motion(number: str, block: str, title: str = "NOTICE OF MOTION AND MOTION TO COMPEL", note: str = "", **config) -> Variant:
    text = f"{PARTIES} ) {number} ) {title} ) {block}"
    return Variant(text, config={**CONFIG, **config}, note=note or block)


FIRES = {"LB001": [
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Friday, May 3, 2024 ) Time: 9:30 a.m.'),
    motion('Case No. 3:23-cv-06259-VC-LB', 'Date: May 1, 2024 ) Time: 9:30 a.m.'),
    motion('Case No. 3:23-cv-06259-LB', 'Hearing Date: 5/6/2024 ) Time: 9:30 AM'),
    motion('Case No. 23-cv-06259-VC ( LB )', 'Date: Thursday, May 2, 2024 ) Time: 10:30 a.m.'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date and Time: Thursday, May 2, 2024, 1:00 p.m.'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Thursday, November 28, 2024 ) Time: 9:30 a.m.', note='Thanksgiving'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Tuesday, May 2, 2024 ) Time: 9:30 a.m.', note='weekday does not match'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: 2 May 2024 ) Time: 11:00 a.m.', note="the 2012 edition's hour, today"),
]}

SILENT = {"LB001": [
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Thursday, May 2, 2024 ) Time: 9:30 a.m.'),
    motion('Case No. 3:23-cv-06259-VC-LB', 'Date: May 2, 2024 ) Time: 9:30am'),
    motion('Case No. 3:23-cv-06259-LB', 'Hearing Date: 5/9/2024 ) Time: 9:30 AM'),
    motion('Case No. 23-cv-06259-VC ( LB )', 'Date: 16 May 2024 ) Time: 9:30 a.m.'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date and Time: Thursday, May 23, 2024, 9:30 a.m.'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Thursday, May 30, 2024 ) Time: 9:30 a.m. ) Courtroom: B, 15th Floor'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Thursday, May 2, 2024 ) Time: 9:30 a.m.', title='NOTICE OF MOTION AND MOTION TO DISMISS'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: June 6, 2024 ) Time: 9:30 a.m.', title="DEFENDANT'S NOTICE OF MOTION AND MOTION FOR SUMMARY JUDGMENT"),
]}


@pytest.mark.parametrize(("code", "item"), cases(FIRES))
def test_fires(code: str, item) -> None:
    found = diagnostics(item, "LB001")
    assert found, item
    assert any(word in d.message for d in found for word in ("is heard on", "is heard at", "weekday", "legal holiday")), found


@pytest.mark.parametrize(("code", "item"), cases(SILENT))
def test_silent(code: str, item) -> None:
    silent, why = silent_where_it_ran(item, code)
    assert silent, why
