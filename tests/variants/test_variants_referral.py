"""How captions name a referral judge no installed pack knows (SO001); issue 12.

Drafts vary the initials' form ("(DMR)", "( TSH )", "[SVK]", "-KAW" after the district judge's),
the number's era and the court's heading. Silent drafts are N.D. Cal. papers where SO001 runs:
a judge a pack knows, no referral at all, a consent case, or the judge set in the configuration.
Captions modelled on corpus files are named in the notes.
"""

from __future__ import annotations

import pytest
from variant_support import Variant, cases, diagnostics, silent_where_it_ran

COURT = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"


def paper(number: str, title: str = "NOTICE OF MOTION AND MOTION TO COMPEL", note: str = "", **config) -> Variant:
    text = f"{COURT}ACME CORP., Plaintiff,\nv.\nROE INDUSTRIES, INC., Defendant.\n{number}\n{title}\n"
    return Variant(text, config=config, note=note or number)


FIRES = {"SO001": [
    paper("Case No. 4:19-cv-07123-PJH (DMR)", note="as corpus WhatsApp v. NSO papers refer to Judge Ryu"),
    paper("Case No. 3:20-cv-04688-RS ( TSH )"),
    paper("Case No. 5:18-cv-05062-EJD [SVK]"),
    paper("Case No. 4:21-cv-01234-JST-KAW", note="the docket's hyphenated referral"),
    paper("No. C 09-01234 CW (EDL)", note="2009 style"),
    paper("Case No.: 3:22-cv-00789-WHO (AGT)", title="DECLARATION OF JANE ROE IN SUPPORT OF MOTION TO COMPEL"),
    paper("Case No. 3:19-cv-1234-VC\n(LJC)", note="initials wrapped onto the next line"),
    paper("Case No. 5:23-cv-00123-BLF (vkd)", note="initials in lower case"),
]}

SILENT = {"SO001": [
    paper("Case No. 3:14-cv-02121-WHA (JSC)", note="Judge Corley: a pack knows her"),
    paper("Case No. 3:23-cv-06259-VC (LB)", note="Judge Beeler"),
    paper("No. C-06-03891 SC (JCS)", note="Judge Spero"),
    paper("Case No. 3:14-cv-05610-JSW-SK", note="Judge Kim, hyphenated"),
    paper("Case No. 3:19-cv-06669-WHA", title="NOTICE OF MOTION AND MOTION TO DISMISS", note="no referral"),
    paper("Case No. 4:19-cv-07123-DMR", note="a consent case: the initials could be any judge's"),
    paper("Case No. 4:19-cv-07123-PJH (DMR)", note="the judge set in the configuration", **{"referral-judge": "JCS"}),
    paper("Case No. 3:20-cv-04688-RS", title="STIPULATION AND [PROPOSED] ORDER", note="no referral, a stipulation"),
]}


@pytest.mark.parametrize(("code", "item"), cases(FIRES))
def test_fires(code: str, item) -> None:
    found = diagnostics(item, code)
    assert len(found) == 1, found
    assert "no installed pack knows" in found[0].message and found[0].severity.value == "info"


@pytest.mark.parametrize(("code", "item"), cases(SILENT))
def test_silent(code: str, item) -> None:
    silent, why = silent_where_it_ran(item, code)
    assert silent, why
