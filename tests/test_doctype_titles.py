"""Document types from how letters and captions really write things (issue 12 follow-ups).

A letter may put "joint" in quotation marks (the corpus letter cand_19cv6669_89 writes of its “joint”
letter); a motion may mention the parties' JOINT LETTER in a capitals sentence below its own title,
which does not make the motion a joint letter.
"""

from __future__ import annotations

import pytest

from filelint.legal.facts import DocumentFacts
from filelint.readers import read_bytes

CAPTION = ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nACME CORP., Plaintiff,\nv.\n"
           "ROE INDUSTRIES, INC., Defendant.\nCase No. 3:20-cv-01234-WHA (JCS)\n")


def kind(text: str) -> str:
    return DocumentFacts(read_bytes(text.encode(), "draft.txt", "text"), None).document_type


@pytest.mark.parametrize("quoted", ["“joint” letter", "'joint' letter", '"joint" letter', "‘joint’ discovery letter",
                                    "joint “letter”"])
def test_a_letter_that_quotes_joint_is_a_joint_letter(quoted: str) -> None:
    assert kind(f"Re: Acme v. Roe, No. 3:20-cv-01234-WHA (JCS)\nDear Judge Spero:\nThe parties submit this {quoted} "
                "about interrogatories.\n") == "joint-letter"


@pytest.mark.parametrize(("title", "sentence", "expected"), [
    ("PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL", "THE PARTIES FILED THEIR JOINT LETTER ON JULY 26, 2007.", "motion"),
    ("DEFENDANT'S OPPOSITION TO MOTION TO COMPEL", "AS THE JOINT DISCOVERY LETTER EXPLAINED, NOTHING IS LEFT.", "opposition"),
    ("REPLY IN SUPPORT OF MOTION TO COMPEL", "SEE JOINT LETTER, ECF NO. 45.", "reply"),
    ("DECLARATION OF JANE ROE", "EXHIBIT A IS THE JOINT LETTER OF JULY 26, 2007.", "declaration"),
    ("JOINT DISCOVERY LETTER BRIEF RE MOTION TO COMPEL", "", "joint-letter"),
    ("JOINT LETTER REGARDING DISCOVERY DISPUTE", "", "joint-letter"),
])
def test_a_capitals_sentence_below_the_title_does_not_retitle_the_paper(title: str, sentence: str, expected: str) -> None:
    assert kind(f"{CAPTION}{title}\n{sentence}\n") == expected
