"""How papers before Magistrate Judge Laurel Beeler write the hearing (LB001) and chambers copies (LB002); issue 12.

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


LEBEAU = ("LEBEAU, Plaintiff, v. LIFE INSURANCE COMPANY OF NORTH AMERICA, Defendant.\nCase No. 4:17-cv-00728-LB\n"
          "JOINT DISCOVERY LETTER BRIEF\nDear Judge Beeler:\nThe parties submit this joint letter.")
PAGES = [LEBEAU, "Issue No. 1 continues.", "Respectfully submitted,\n/s/ Jane R. Advocate"]
STAMP = "Case 4:17-cv-00728-LB Document 16 Filed {filed} Page {page} of {pages}"


def copy(stamps: list[str | None], pages: list[str] = PAGES, legend: str = "CHAMBERS COPY", name: str = "draft.txt",
         note: str = "") -> Variant:
    """A chambers copy as lodged: each page's ECF header (or none) above its text, the legend on page 1."""
    texts = [(f"{stamp}\n" if stamp else "") + (f"{legend}\n" if i == 0 and legend else "") + body
             for i, (body, stamp) in enumerate(zip(pages, stamps))]
    return Variant("\f".join(texts), name=name, config=dict(CONFIG), note=note or str(stamps[0]))


def stamps(filed: str = "04/03/17", pages: int = 3, **overrides: str | None) -> list[str | None]:
    found = [STAMP.format(filed=filed, page=page, pages=pages) for page in range(1, pages + 1)]
    for key, value in overrides.items():
        found[int(key[1:]) - 1] = value
    return found


def stamped_motion(filed: str, block: str, note: str) -> Variant:
    """A filed notice of motion: its ECF header's date picks the edition it is judged by."""
    text = (f"Case 3:14-cv-01234-VC Document 20 Filed {filed} Page 1 of 3\n{PARTIES} ) Case No. 3:14-cv-01234-VC (LB) ) "
            f"NOTICE OF MOTION AND MOTION TO COMPEL ) {block}")
    return Variant(text, config=dict(CONFIG), note=note)


FIRES = {"LB002": [
    copy(stamps(p2=None), note="page 2 printed from the draft"),
    copy(stamps(p3=None), note="the last page from the draft"),
    copy(stamps(p2=STAMP.format(filed="04/04/17", page=2, pages=3)), note="page 2 from a filing of another day"),
    copy(stamps(p3="Case 4:17-cv-00728-LB Document 17 Filed 04/03/17 Page 3 of 3"), note="page 3 from Document 17"),
    copy(stamps(p2="Case 4:17-cv-00912-LB Document 16 Filed 04/03/17 Page 2 of 3"), note="a page from another case"),
    copy(stamps(p3=STAMP.format(filed="04/03/17", page=2, pages=3)), note="page 3 stamped Page 2"),
    copy(stamps()[:2], pages=PAGES[:2], note="page 3 of 3 left out"),
    copy(stamps(filed="10/01/2018", p2=None), note="stamped while the 2017 edition was in force, four-digit year"),
    copy(stamps(p2=None), legend="", name="lebeau_chambers_copy.txt", note="named as a copy, no legend"),
], "LB001": [
    # Editions by the ECF stamp's filed date: 2014 sat on the first and third Thursdays, 2012 at 11 a.m.
    stamped_motion("03/20/14", "Date: Thursday, May 8, 2014 ) Time: 9:30 a.m.", note="2014 edition: a second Thursday"),
    stamped_motion("06/01/12", "Date: Thursday, June 21, 2012 ) Time: 9:30 a.m.", note="2012 edition: 11 a.m."),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Friday, May 3, 2024 ) Time: 9:30 a.m.'),
    motion('Case No. 3:23-cv-06259-VC-LB', 'Date: May 1, 2024 ) Time: 9:30 a.m.'),
    motion('Case No. 3:23-cv-06259-LB', 'Hearing Date: 5/6/2024 ) Time: 9:30 AM'),
    motion('Case No. 23-cv-06259-VC ( LB )', 'Date: Thursday, May 2, 2024 ) Time: 10:30 a.m.'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date and Time: Thursday, May 2, 2024, 1:00 p.m.'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Thursday, November 28, 2024 ) Time: 9:30 a.m.', note='Thanksgiving'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: Tuesday, May 2, 2024 ) Time: 9:30 a.m.', note='weekday does not match'),
    motion('Case No. 23-cv-06259-VC (LB)', 'Date: 2 May 2024 ) Time: 11:00 a.m.', note="the 2012 edition's hour, today"),
]}

SILENT = {"LB002": [
    copy(stamps(), note="every page stamped alike"),
    copy(stamps(filed="4/3/2017"), note="unpadded date"),
    copy([f"Case 4:17-cv-00728-LB   Document 16   Filed 04/03/17   Page {p} of 3" for p in (1, 2, 3)],
         note="the header's fields spaced as CM/ECF prints them"),
    copy([f"Case 4:17-cv-00728-LB Document 16-1 Filed 04/03/17 Page {p} of 3" for p in (1, 2, 3)], note="an attachment"),
    copy(stamps(filed="03/15/17"), note="the edition's first day"),
    copy(stamps(filed="10/16/18"), note="the day before the 2018 edition"),
    copy(stamps(), legend="", name="lebeau_chambers_copy.txt", note="named as a copy"),
    copy(stamps(pages=1)[:1], pages=[LEBEAU], note="a one-page copy"),
], "LB001": [
    stamped_motion("03/20/14", "Date: Thursday, May 1, 2014 ) Time: 9:30 a.m.", note="2014 edition: a first Thursday"),
    stamped_motion("06/01/12", "Date: Thursday, June 21, 2012 ) Time: 11:00 a.m.", note="2012 edition: third Thursday, 11 a.m."),
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
    found = diagnostics(item, code)
    assert found, item
    if code == "LB002":
        return  # the chambers-copy messages name the page and what differs
    assert any(word in d.message for d in found for word in ("is heard on", "is heard at", "weekday", "legal holiday")), found


@pytest.mark.parametrize(("code", "item"), cases(SILENT))
def test_silent(code: str, item) -> None:
    silent, why = silent_where_it_ran(item, code)
    assert silent, why
