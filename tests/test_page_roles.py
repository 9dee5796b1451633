"""Page roles (filelint/legal/structure.py) on layouts real filings use, and who wrote a paper (the court or a party)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from filelint.legal.facts import DocumentFacts
from filelint.legal.structure import Role
from filelint.readers import read_bytes, read_document

CAPTION = """JANE R. ADVOCATE (SBN 123456)
jadvocate@advocatelaw.example
Attorneys for Plaintiff
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
ACME, INC.,        Case No. 3:07-cv-01234-SC
     Plaintiff,    PLAINTIFF'S REPLY IN SUPPORT OF
v.                 MOTION TO COMPEL
WIDGET CORP.,
     Defendant.
"""
PROSE = ("The interrogatories ask for facts central to the claims pleaded in the complaint, and the objections\n"
         "of burden rest on no declaration. The answers refer generally to business records without identifying\n"
         "them as the rule requires, and they omit the names of the persons who sent the advertisements.\n") * 4
SIGNATURE = """Dated: July 2, 2007              Respectfully submitted,
                                  ADVOCATE & PARTNERS LLP
                                  By: /s/ Jane R. Advocate
                                  Jane R. Advocate (SBN 123456)
                                  100 Market Street, Suite 500
                                  San Francisco, California 94105
                                  Telephone: (415) 555-0100
                                  Attorneys for Plaintiff ACME, INC.
"""
CO_COUNSEL = """MORGAN & MORGAN                   TADLER LAW LLP
John A. Yanchunis (pro hac vice)  Ariana J. Tadler (pro hac vice)
jyanchunis@forthepeople.com       ATadler@Tadlerlaw.com
201 N. Franklin Street, 7th Floor One Penn Plaza
Tampa, Florida 33602              New York, NY 10119
Telephone: (813) 223-5505         Telephone: (212) 946-9453
"""


def roles(*pages: str) -> list[Role]:
    document = read_bytes("\f".join(pages).encode(), "draft.txt", "text")
    return list(DocumentFacts(document).page_roles)


@pytest.mark.parametrize("heading", [
    "TABLE OF CONTENTS", "Table of Contents", "TABLE OF CONTENTS                                   Page",
    "Table of Contents                                   Page(s)", "TABLE OF CONTENTS (continued)", "CONTENTS", "INDEX",
])
def test_contents_headings(heading: str) -> None:
    table = f"{heading}\nI. INTRODUCTION ........................ 1\nII. ARGUMENT ........................ 2\n"
    assert roles(CAPTION, table, PROSE)[1] is Role.CONTENTS


@pytest.mark.parametrize("heading", [
    "TABLE OF AUTHORITIES", "Table of Authorities", "INDEX OF AUTHORITIES", "Index of Authorities",
    "TABLE OF AUTHORITIES                           Page(s)", "TABLE OF AUTHORITIES (cont'd)", "TABLE OF CITED AUTHORITIES",
])
def test_authorities_headings(heading: str) -> None:
    table = f"{heading}\nCases\nAcme v. Widget, 1 F.3d 1 (9th Cir. 1999) ........................ 3\n"
    assert roles(CAPTION, table, PROSE)[1] is Role.AUTHORITIES


def test_a_last_table_page_with_one_entry_is_still_the_table() -> None:
    """Corpus cand_18cv360_147 p4: the table of authorities ends with one entry alone on its page."""
    authorities = "TABLE OF AUTHORITIES\n" + "Acme v. Widget, 1 F.3d 1 (9th Cir. 1999) ........................ 3\n" * 5
    last = "WiAV Sols. LLC v. Motorola, Inc.,\n631 F.3d 1257 (Fed. Cir. 2010)............................... 3, 5\n"
    assert roles(CAPTION, authorities, last, PROSE) == [Role.CAPTION, Role.AUTHORITIES, Role.AUTHORITIES, Role.BODY]


def test_a_table_heading_in_the_argument_does_not_make_a_table() -> None:
    assert roles(CAPTION, PROSE + "\nThe index of exhibits lists each exhibit by number.\n", PROSE)[1] is Role.BODY


def test_signature_pages_and_co_counsel_pages_are_signatures_only() -> None:
    """Corpus cand_18cv5982_198-1 pp. 31-34: the signature block and four pages of co-counsel."""
    found = roles(CAPTION, PROSE, PROSE + SIGNATURE[:60], SIGNATURE[60:], CO_COUNSEL, CO_COUNSEL)
    assert found == [Role.CAPTION, Role.BODY, Role.BODY, Role.SIGNATURE, Role.SIGNATURE, Role.SIGNATURE]


def test_a_page_of_text_ending_in_the_signature_counts_as_text() -> None:
    assert roles(CAPTION, PROSE, PROSE + SIGNATURE) == [Role.CAPTION, Role.BODY, Role.BODY]


def test_an_attestation_under_the_signatures_is_part_of_them() -> None:
    """Corpus cand_17cv3022_513 p43: co-counsel, then the filer's attestation."""
    attestation = ("ATTESTATION\nI, Richard Frenkel, am the ECF user whose user ID and password authorized the filing of\n"
                   "this document. Under Civil L.R. 5-1(i)(3), I attest that all signatories to this document have\n"
                   "concurred in this filing.\nDATED: April 4, 2019  /s/ Richard G. Frenkel\n")
    assert roles(CAPTION, PROSE, SIGNATURE + attestation)[2] is Role.SIGNATURE


def test_a_page_of_names_without_a_signature_is_not_a_signature_page() -> None:
    """A list of parties or witnesses, with no signature before it or on it, is text."""
    witnesses = "WITNESS LIST\nJohn Smith, Acme Corp.\nMary Jones, Widget LLC\nRobert Brown, Suite 500\n"
    assert roles(CAPTION, PROSE, witnesses)[2] is Role.BODY


@pytest.mark.parametrize("heading, role", [
    ("CERTIFICATE OF SERVICE", Role.SERVICE), ("PROOF OF SERVICE", Role.SERVICE), ("Proof of Service", Role.SERVICE),
    ("PROOF OF SERVICE BY ELECTRONIC POSTING", Role.SERVICE), ("DECLARATION OF SERVICE", Role.SERVICE),
    ("DECLARATION OF JANE R. ADVOCATE", Role.ATTACHMENT), ("[PROPOSED] ORDER", Role.ATTACHMENT),
])
def test_papers_filed_after_the_brief(heading: str, role: Role) -> None:
    found = roles(CAPTION, PROSE, f"{heading}\nI hereby certify that I served the foregoing.\n", PROSE)
    assert found[2:] == [role, role]  # the page after belongs to it too


@pytest.mark.parametrize("sheet", ["EXHIBIT A", "Exhibit 1", "EXHIBIT 12", "Exhibit 28\nUNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED",
                                   "EXHIBIT NO. 3", "Exhibit B-2"])
def test_exhibit_slip_sheets(sheet: str) -> None:
    assert roles(CAPTION, PROSE, PROSE + SIGNATURE, sheet, PROSE)[3:] == [Role.EXHIBIT, Role.EXHIBIT]


def test_the_notice_before_the_tables() -> None:
    notice = "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:\nPLEASE TAKE NOTICE that on Friday, September 7, 2007\n" + PROSE
    table = "TABLE OF CONTENTS\nI. INTRODUCTION ........................ 1\n"
    assert roles(CAPTION, notice, table, PROSE) == [Role.CAPTION, Role.NOTICE, Role.CONTENTS, Role.BODY]


def test_the_notice_without_tables_runs_to_the_memorandum() -> None:
    notice = "PLEASE TAKE NOTICE that on Friday, September 7, 2007, Plaintiff will move.\n" + PROSE
    memorandum = "MEMORANDUM OF POINTS AND AUTHORITIES\n" + PROSE
    assert roles(CAPTION, notice, memorandum, PROSE) == [Role.CAPTION, Role.NOTICE, Role.BODY, Role.BODY]
    assert roles(CAPTION, notice, PROSE) == [Role.CAPTION, Role.BODY, Role.BODY]  # no memorandum: all of it is text


def test_a_cover_page_before_the_caption() -> None:
    assert roles("REDACTED VERSION OF DOCUMENT\nSOUGHT TO BE SEALED", CAPTION, PROSE)[:2] == [Role.COVER, Role.CAPTION]


CORPUS_COUNTS = {
    # file: (pages of text, the pages left out and why), each checked against the pages' text
    "cand_18cv360_147_reply_brief_redacted.pdf":
        (15, "caption 1; table of contents 2; table of authorities 3-4; signatures only 20; proof of service 21"),
    "cand_19cv7123_144_reply_motion_compel.pdf": (15, "caption 1; table of contents 2; table of authorities 3-5; signatures only 21"),
    "cand_18cv5982_198-1_class_cert_memo.pdf": (25, "caption 1; table of contents 2; table of authorities 3-5; signatures only 31-34"),
}


@pytest.mark.parametrize("name", sorted(CORPUS_COUNTS))
def test_corpus_briefs_are_counted_as_the_court_counts_them(corpus: Path, name: str) -> None:
    from filelint.legal.structure import left_out

    facts = DocumentFacts(read_document(corpus / "pdf" / name))
    counted = facts.pages_of_text()
    assert (len(counted), left_out(facts.page_roles, {page.number for page in counted})) == CORPUS_COUNTS[name]


def test_court_papers_skip_the_filing_packs_and_say_so(tmp_path: Path) -> None:
    order = ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nACME, INC., Plaintiff, v. WIDGET CORP.\n"
             "Case No. 3:07-cv-01234\nORDER GRANTING MOTION TO COMPEL\nThe motion is granted. The plaintiff's social security "
             "number 123-45-6789 appears in the record.\nIT IS SO ORDERED.\nDated: July 2, 2007\n"
             "JOSEPH C. SPERO\nUnited States Magistrate Judge\n")
    (tmp_path / "order.txt").write_text(order)
    payload = json.loads(run_cli("check", "--format", "json", "order.txt", cwd=tmp_path).stdout)
    entry = payload["files"][0]
    assert (entry["type"], entry["author"]) == ("order", "court")
    assert {"ndcal", "frcp"} <= set(entry["not_applied"])
    codes = {d["code"] for d in payload["diagnostics"]}
    assert "FR001" in codes  # Rule 5.2 governs every filing, the court's too
    assert not {code for code in codes if code.startswith(("LR", "JCS"))} and "FR005" not in codes
    text = run_cli("check", "order.txt", cwd=tmp_path).stdout
    assert "written by the court: the filing rules do not apply" in text


def test_party_papers_are_marked_as_such(tmp_path: Path) -> None:
    (tmp_path / "reply.txt").write_text(CAPTION + PROSE)
    entry = json.loads(run_cli("check", "--format", "json", "reply.txt", cwd=tmp_path).stdout)["files"][0]
    assert (entry["type"], entry["author"], entry["not_applied"]) == ("reply", "party", [])
