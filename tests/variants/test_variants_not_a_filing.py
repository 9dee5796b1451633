"""Variant table for FL008 not-a-filing: the text files a document repository holds besides filings,
and rough drafts of real filings, written as people write them (any case, no caption yet, a letter).

Every FIRES variant is checked with the standing-order and court packs configured to apply, so that
without FL008 each would fail caption rules; on it FL008 must be the only finding. The SILENT variants
take their wording from the corpus where the note says so.
"""

from __future__ import annotations

import pytest
from variant_support import Variant, cases, diagnostics

REPOSITORY = {"referral-judge": "JCS", "court": "N.D. Cal."}


def note(text: str, name: str = "notes.txt", about: str = "") -> Variant:
    return Variant(text, name=name, config=REPOSITORY, note=about or name)


FIRES = {
    "FL008": [
        note("To do before Friday:\n- buy printer paper\n- call the landlord about the heating\n", "todo.txt"),
        note("Groceries: milk, eggs, coffee (the good one)\nPick up dry cleaning Tue 3/4\n", "notes.txt"),
        note("This folder holds the drafts for the Acme matter. Edit the .txt files, then run the hook.\n",
             "README.txt", "a repository read-me"),
        note("Meeting notes 2024-01-15\nAttendees: Ana, Raj, Chris\nAction items: Raj to update the template.\n",
             "minutes.txt"),
        note("CHANGELOG\n1.2 - fixed the letterhead logo\n1.1 - new fonts for the template\n", "CHANGELOG.txt"),
        note("   \n\n\t\n", "blank.txt", "whitespace only"),
        note("Hi Sam,\nLunch on Thursday works. The usual place at noon?\n-- Pat\n", "email.txt", "a personal e-mail"),
        note("phone list\nreception 415-555-0100\nIT help desk 415-555-0199\n", "phones.txt"),
        note("Shall I compare thee to a summer's day?\nThou art more lovely and more temperate.\n", "poem.txt"),
    ],
}

SILENT = {
    "FL008": [
        note("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n", "caption.txt", "a caption alone"),
        note("Dear Judge Spero:\nThe parties write regarding their dispute over the deposition schedule.\n",
             "letter.txt", "corpus cand_19cv6669_89_discovery_letter.pdf p.1 (letter to a magistrate judge)"),
        note("draft - plaintiff moves to compel further responses to interrogatory no. 4\n", "draft.txt",
             "a rough draft in lower case"),
        note("Case 3:19-cv-06669-JST   Document 89   Filed 05/20/20   Page 1 of 5\n", "stamped.txt",
             "corpus cand_19cv6669_89_discovery_letter.pdf p.1 (ECF file stamp)"),
        note("I declare under penalty of perjury under the laws of the United States that the foregoing is true.\n",
             "decl.txt", "corpus cacd_18cv9321_55-3_declaration_xray.pdf (declaration's last paragraph)"),
        note("IT IS SO ORDERED.\nDated: July 30, 2007\n", "order.txt", "corpus cand_19cv7043_127 (an order's close)"),
        note("ACME CORP., v. BETA LLC,\n", "parties.txt", "parties without any other word"),
        note("/s/ Jane Roe\nJane Roe\n", "signature.txt", "an e-filer's signature"),
        note("\n".join(f"{number:>2}  " for number in range(1, 29)) + "\n", "pleading.txt",
             "pleading paper: numbered lines, no words yet"),
        note("SETTLEMENT TERMS\n\tAcme Corp shall pay \u00a71,000,000.\n", "terms.txt", "a settlement exhibit"),
        Variant("Groceries: milk, eggs\n", name="notes.pdf", config=REPOSITORY, note="a PDF is always checked"),
    ],
}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant) -> None:
    found = diagnostics(variant)
    assert [d.code for d in found] == [code], [(d.code, d.message) for d in found]
    assert found[0].severity.value == "info" and "not a filing; not checked" in found[0].message.lower()


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_silent(code: str, variant) -> None:
    assert not diagnostics(variant, code)
