"""How chambers copies really carry (or miss, or bury) Judge Spero's designation (JCS002).

Text drafts vary the legend the way counsel type it: the court-wide "Chambers Copy", the
judge's initials without the possessive, plurals, typographic apostrophes, lower case, a
legend wrapped over two lines. PDFs built with tests/pdfbuild.py vary where it is printed:
over a "*REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED*" banner (as on corpus
cand_18cv360_147_reply_brief_redacted.pdf p.1, where the old chambers-copy command put it),
under a box, on a dark bar, or clear of everything, underlined or highlighted.
"""

from __future__ import annotations

import pytest
from pdfbuild import minimal_pdf, text_at
from variant_support import Variant, cases, fires

JCS = {"referral-judge": "JCS"}
STAMP = "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 3"
RE_LINE = "Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS)"
BANNER = "*REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED*"
DESIGNATION = "JCS'S CHAMBERS' COPY"


def typed(legend: str, note: str = "", name: str = "letter.txt") -> Variant:
    """A conformed joint letter as text, with ``legend`` typed under the ECF stamp."""
    text = (f"{STAMP}\n{legend}\nDEFENSE LLP\nJuly 26, 2007\n\n{RE_LINE}\n\nDear Judge Spero:\n\n"
            "The parties submit this joint letter under the Court's Order re Discovery Procedures.\n")
    return Variant(text, name=name, config=dict(JCS), note=note or legend.replace("\n", " / "))


def below_top(distance: float) -> float:
    return 792 - distance


def printed(extra: str, note: str, before: str = "") -> Variant:
    """A conformed first page as a PDF: the stamp, a sealed-version banner, the caption; ``extra`` drawn last."""
    content = "\n".join([
        before,
        text_at(150, below_top(25), STAMP, size=10),
        text_at(160, below_top(46), BANNER, size=11),
        text_at(72, below_top(100), "JANE R. ADVOCATE (State Bar No. 123456)"),
        text_at(72, below_top(160), RE_LINE),
        extra,
    ])
    return Variant(minimal_pdf([{"content": content}]), name="copy.pdf", config=dict(JCS), note=note)


def designation_at(x: float, distance: float, size: float = 14) -> str:
    return text_at(x, below_top(distance), DESIGNATION, size=size)


FIRES_JCS002 = [
    typed("CHAMBERS COPY", "the court-wide legend, not the judge's"),
    typed("Chambers Copy", "Civil L.R. 5-1(e)(7) wording, title case"),
    typed("JCS CHAMBERS COPY", "initials without the possessive"),
    typed("JCS' CHAMBERS' COPY", "possessive without the s"),
    typed("JCS's Chambers Copies", "plural"),
    typed("COURTESY COPY", "courtesy copy, file named as a chambers copy", name="jcs chambers copy.txt"),
    printed(designation_at(200, 48), "stamped over the banner, corpus cand_18cv360_147 p.1 as the old command did"),
    printed(designation_at(200, 70) + "\n1 g 190 716 200 14 re f", "a white box drawn over it"),
    printed(designation_at(200, 70) + "\n0 g 190 716 200 14 re f", "a black box drawn over it (a redaction)"),
    printed(designation_at(200, 70), "on a dark bar drawn first", before="0.2 g 190 716 200 14 re f"),
]

SILENT_JCS002 = [
    typed(DESIGNATION, "as ordered"),
    typed("jcs’s chambers’ copy", "typographic apostrophes, lower case"),
    typed("JCS'S  CHAMBERS'  COPY", "extraction's doubled spaces"),
    typed("JCS'S CHAMBERS'\nCOPY", "wrapped over two lines"),
    typed("“JCS’S CHAMBERS’ COPY.”", "quoted, as the order quotes it"),
    printed(designation_at(200, 70), "clear, under the banner, where chambers-copy puts it"),
    printed(designation_at(200, 70) + "\n0 g 200 721 160 0.8 re f", "underlined"),
    printed(designation_at(200, 70), "on a yellow highlight drawn first", before="1 1 0 rg 195 718 200 16 re f"),
    printed(designation_at(390, 100, size=11), "beside the counsel line, not over it"),
    printed(designation_at(200, 70) + "\n" + designation_at(200.4, 70), "drawn twice 0.4 pt apart: a word processor's fake bold"),
]

FIRES = {"JCS002": FIRES_JCS002}
SILENT = {"JCS002": SILENT_JCS002}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant) -> None:
    assert fires(variant, code), f"{code} should report on {variant}"


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_silent(code: str, variant) -> None:
    found = fires(variant, code)
    assert not found, f"{code} should be silent on {variant}: {found[0].message}"


@pytest.mark.parametrize(("variant", "words"), [
    (FIRES_JCS002[6], "printed over other text"),
    (FIRES_JCS002[7], "covered by a box drawn over it"),
    (FIRES_JCS002[9], "printed on a filled shape too dark to read it on"),
    (FIRES_JCS002[2], 'The first page reads "JCS CHAMBERS COPY"'),
])
def test_the_finding_says_what_is_wrong(variant, words: str) -> None:
    (finding,) = fires(variant, "JCS002")
    assert words in finding.message, finding.message
