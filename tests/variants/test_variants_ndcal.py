"""Variant tables for the N.D. Cal. caption and text rules (LR001-LR004, LR009-LR015) and FL009 type-unknown.

Written the way real filings lay out their first pages and briefs: counsel blocks in capitals
and with abbreviations, captions typed in title case, tables headed "INDEX OF AUTHORITIES" or
"Table of Contents  Page", signature blocks running over co-counsel pages, proofs of service
and exhibits after the brief. Where the wording comes from a corpus file
(/work/shared/corpus/pdf), the note names the file and page. Drafts are plain text, pages split
by form feeds; each is checked with ``court = "N.D. Cal."`` so the pack applies.
"""

from __future__ import annotations

from itertools import zip_longest

import pytest
from variant_support import Variant, cases, diagnostics, fires

COUNSEL = """JANE R. ADVOCATE (SBN 123456)
jadvocate@advocatelaw.example
ADVOCATE & PARTNERS LLP
100 Market Street, Suite 500
San Francisco, California 94105
Telephone: (415) 555-0100
Attorneys for Plaintiff ACME, INC.
"""
COURT = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION\n"
PARTIES = ["ACME, INC.,", "     Plaintiff,", "v.", "WIDGET CORP.,", "     Defendant."]
PROSE = ("The interrogatories ask for facts central to the claims pleaded in the complaint, and the objections\n"
         "of burden rest on no declaration. The answers refer generally to business records without identifying\n"
         "them as the rule requires, and they omit the names of the persons who sent the advertisements.\n") * 4
SIGNATURE = """Dated: July 2, 2007              Respectfully submitted,
                                  By: /s/ Jane R. Advocate
                                  Jane R. Advocate (SBN 123456)
                                  Attorneys for Plaintiff ACME, INC.
"""
CO_COUNSEL = """MORGAN & MORGAN                   TADLER LAW LLP
John A. Yanchunis (pro hac vice)  Ariana J. Tadler (pro hac vice)
jyanchunis@forthepeople.com       ATadler@Tadlerlaw.com
201 N. Franklin Street, 7th Floor One Penn Plaza
Tampa, Florida 33602              New York, NY 10119
"""
SERVICE = "PROOF OF SERVICE\nI hereby certify that on July 2, 2007 I served the foregoing by ECF on all counsel of record.\n"
CONTENTS = "TABLE OF CONTENTS\nI. INTRODUCTION ........................ 1\nII. ARGUMENT ........................ 2\n"
AUTHORITIES = "TABLE OF AUTHORITIES\nCases\nAcme v. Widget, 1 F.3d 1 (9th Cir. 1999) ........................ 3\n"
NOTICE = ("TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:\nPLEASE TAKE NOTICE that on Friday, September 7, 2007, at 9:30 a.m., "
          "in Courtroom A, 15th Floor, Plaintiff ACME, Inc. will and hereby does move for an order compelling Defendant to "
          "answer Interrogatory Nos. 3 through 7.\n")
MEMO = "MEMORANDUM OF POINTS AND AUTHORITIES\nI. STATEMENT OF ISSUES TO BE DECIDED\nWhether Defendant must answer.\n"


def caption(title: str, counsel: str = COUNSEL, court: str = COURT, number: str = "Case No. 3:07-cv-01234-SC",
            parties: list[str] | None = None, after: str = "") -> str:
    """A first page: counsel block, court, the parties on the left and number and title on the right."""
    right = [number] + title.split("\n")
    rows = [f"{left or '':<32}{right_text or ''}".rstrip() for left, right_text in zip_longest(parties or PARTIES, right)]
    return counsel + court + "\n".join(rows) + "\n" + after


def nd(text: str, note: str = "", **config) -> Variant:
    return Variant(text, config={"court": "N.D. Cal.", **config}, note=note)


def paper(*pages: str, note: str = "", **config) -> Variant:
    return nd("\f".join(pages), note=note, **config)


def pleading(lines: list[str], footer: str) -> str:
    """A page of a text draft on numbered pleading paper, with its footer below line 28."""
    return "\n".join(f"{n:2d}  {lines[n - 1] if n <= len(lines) else ''}".rstrip() for n in range(1, 29)) + "\n" + footer + "\n"


def brief(title: str, body_pages: int, *, tables: bool = True, last: str = SIGNATURE, extra: tuple[str, ...] = (),
          front: tuple[str, ...] = (), note: str = "", **config) -> Variant:
    """A brief: caption, optional front pages and tables, ``body_pages`` of text ending in ``last``, then ``extra``."""
    pages = [caption(title), *front] + ([CONTENTS, AUTHORITIES] if tables else [])
    pages += [PROSE] * (body_pages - 1) + [PROSE + last]
    return paper(*pages, *extra, note=note, **config)


TITLE_MOTION = "PLAINTIFF'S NOTICE OF MOTION AND\nMOTION TO COMPEL"
TITLE_REPLY = "PLAINTIFF'S REPLY IN SUPPORT OF\nMOTION TO COMPEL"
TITLE_OPPOSITION = "DEFENDANT'S OPPOSITION TO\nMOTION TO COMPEL"

FIRES = {
    "LR001": [
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE\njadvocate@advocatelaw.example\n100 Market Street\n"
                                         "San Francisco, CA 94105\nTelephone: (415) 555-0100\nAttorneys for Plaintiff\n"),
           note="no State Bar number"),
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE (SBN 123456)\njadvocate@advocatelaw.example\n"
                                         "ONE MARKET PLAZA, SPEAR TOWER\nSAN FRANCISCO, CALIF. 94105\nAttorneys for Plaintiff\n"),
           note="no telephone"),
        nd(caption(TITLE_MOTION, counsel="Jane R. Advocate (State Bar No. 123456)\n100 Market Street, Suite 500\n"
                                         "San Francisco, California 94105\nTel. 415.555.0100\nCounsel for Plaintiff\n"),
           note="no e-mail"),
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE (SBN 123456)\njadvocate@advocatelaw.example\n"
                                         "Telephone: (415) 555-0100\nAttorneys for Plaintiff\n"), note="no address"),
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE (SBN 123456)\njadvocate@advocatelaw.example\n"
                                         "100 Market Street\nSan Francisco, CA 94105\nTelephone: (415) 555-0100\n"),
           note="no party represented"),
        nd(caption(TITLE_MOTION, counsel="JOHN Q. PUBLIC\n123 Main Street\nOakland, CA 94612\njqp@example.com\n"
                                         "Plaintiff, Pro Se\n"), note="pro se without a telephone"),
        nd(caption(TITLE_MOTION), note="2007 era: a fax number was required", packs={"ndcal": {"era": "2007"}}),
        nd(caption(TITLE_MOTION, counsel=""), note="no counsel block at all"),
        nd(caption(TITLE_MOTION, counsel="MICHAEL T. PIEJA (CA Bar No. 250351)\nmpieja@goldmanismail.com\n"
                                         "GOLDMAN ISMAIL TOMASELLI BRENNAN & BAUM LLP\nTel: (312) 681-6000\n"
                                         "Attorneys for Defendant Apple Inc.\n"),
           note="corpus cand_18cv360_147 p1 layout, the street and city lines left out"),
    ],
    "LR002": [
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT\n"), note="no district"),
        nd(caption(TITLE_MOTION, court="DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"), note="no 'United States'"),
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nSACRAMENTO DIVISION\n"),
           note="another district, filed under the N.D. Cal. configuration"),
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"), note="no division"),
        nd(caption(TITLE_MOTION, court="United States District Court\nNorthern District of California\n"),
           note="title case, no division"),
        nd(caption(TITLE_MOTION, court="SUPERIOR COURT OF CALIFORNIA\nCOUNTY OF SAN FRANCISCO\n"), note="a state court's caption"),
        nd(caption(TITLE_MOTION, court="UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"),
           note="the bankruptcy court's title"),
        nd(pleading(["ACME, INC. by its counsel", "", "UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA",
                     "SAN FRANCISCO DIVISION", "", "PLAINTIFF'S MOTION TO COMPEL"], "MOT. TO COMPEL  1"),
           note="court's title on pleading line 3"),
    ],
    "LR003": [
        nd(caption(TITLE_MOTION, number="Case No. 3:06-cv-03891"), note="no initials"),
        nd(caption(TITLE_MOTION, number="No. C 07-01234"), note="2007 form, no initials"),
        nd(caption(TITLE_MOTION, number="CASE NO. 5:17-cv-04992"), note="corpus cand_17cv4992_220 p1"),
        nd(caption(TITLE_MOTION, number="Civil Action No. 4:19-cv-06669"), note="'Civil Action No.'"),
        nd(caption(TITLE_MOTION, number="Case Number: 3:07-cv-01234"), note="'Case Number:'"),
        nd(caption(TITLE_MOTION, number="No. C-06-03891"), note="hyphenated 2007 form"),
        nd(caption(TITLE_MOTION, number=""), note="no case number at all"),
        nd(caption(TITLE_MOTION, number="Case No.: 3:07-cv-01234"), note="colon after 'No.'"),
    ],
    "LR004": [
        nd(caption("")),
        nd(caption("", parties=["ACME, INC., a Delaware corporation,", "Plaintiff,", "vs.", "WIDGET CORP.,", "Defendant."])),
        nd(caption("Date: September 7, 2007\nTime: 9:30 a.m."), note="a hearing block but no title"),
        nd(caption("Hon. Joseph C. Spero"), note="the judge's name in place of a title"),
        nd(caption("", court="United States District Court\nNorthern District of California\n"), note="title-case court, no title"),
        nd(caption("", number="No. C 07-01234 SC (JCS)"), note="2007 number with referral, no title"),
        nd(caption("REDACTED VERSION OF DOCUMENT\nSOUGHT TO BE SEALED"), note="only the sealing legend"),
        nd(caption("", counsel="[Counsel identified on signature page]\n"), note="corpus cand_17cv3022_513 p1 layout, no title"),
    ],
    "LR009": [
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"], "1"), note="page number only"),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"], "Case No. 3:07-cv-01234-SC"),
           note="case number only"),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"], "Page 1 of 5"), note="page x of y"),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"], "ADVOCATE & PARTNERS LLP"),
           note="the firm's name"),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"], "CONFIDENTIAL"),
           note="a confidentiality legend"),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"],
                    "STIPULATED PROTECTIVE ORDER  4"), note="another paper's title, left from a template"),
        nd("\f".join([pleading([COURT.split("\n")[0], "PLAINTIFF'S MOTION TO COMPEL FURTHER RESPONSES"],
                               "PL.'S MOT. TO COMPEL  1"), pleading([PROSE.split("\n")[0]], "2")]), note="page 2 lacks it"),
        nd(pleading([COURT.split("\n")[0], "Plaintiff's Notice of Motion and Motion to Compel"], "3:07-cv-01234-SC  1"),
           note="title-case caption title, case number only in the footer"),
    ],
    "LR010": [
        brief(TITLE_REPLY, 16, note="a reply of 16 pages of text"),
        brief(TITLE_MOTION, 26, note="a motion of 26 pages"),
        brief(TITLE_OPPOSITION, 26, note="an opposition of 26 pages"),
        brief("PLAINTIFF'S ADMINISTRATIVE MOTION TO\nFILE UNDER SEAL", 6, tables=False, note="administrative motion, 6 pages"),
        brief("Plaintiff's Reply in Support of\nMotion to Compel", 16, note="title-case caption"),
        brief(TITLE_REPLY, 16, extra=(SERVICE,), note="16 pages, the proof of service not counted"),
        brief(TITLE_MOTION, 24, front=(NOTICE + PROSE, PROSE), note="2 notice pages + 24 of memorandum: combined limit"),
        paper(caption(TITLE_REPLY), "INDEX OF AUTHORITIES\nAcme v. Widget, 1 F.3d 1 ........................ 3\n",
              *[PROSE] * 16, note="'INDEX OF AUTHORITIES', 16 pages of text"),
    ],
    "LR011": [
        brief(TITLE_OPPOSITION, 12, tables=False, note="12 pages, no tables"),
        brief(TITLE_MOTION, 11, tables=False, note="11 pages, no tables"),
        brief(TITLE_REPLY, 12, tables=False, note="a reply over 10 pages"),
        paper(caption(TITLE_OPPOSITION), CONTENTS, *[PROSE] * 12, note="contents but no authorities"),
        paper(caption(TITLE_OPPOSITION), AUTHORITIES, *[PROSE] * 12, note="authorities but no contents"),
        brief("Defendant's Opposition to Plaintiff's\nMotion to Compel", 12, tables=False, note="title-case caption"),
        paper(caption(TITLE_MOTION), NOTICE + PROSE, *[PROSE] * 12, note="a motion with its notice page, no tables"),
        paper(caption(TITLE_OPPOSITION), "Contents of this brief are set out below.\n" + PROSE, *[PROSE] * 12,
              note="the word 'Contents' in prose is no table"),
    ],
    "LR012": [
        nd(caption(TITLE_MOTION.replace("NOTICE OF MOTION AND\n", ""), after="Plaintiff moves to compel answers.\n"),
           note="no notice at all"),
        nd(caption("Plaintiff's Notice of Motion and\nMotion to Compel", after="Plaintiff moves to compel answers.\n"),
           note="title-case caption (typed 'other' before), no notice"),
        nd(caption(TITLE_MOTION, after="PLEASE TAKE NOTICE that Plaintiff will and hereby does move for an order compelling "
                                       "answers.\n"), note="notice without date or time"),
        nd(caption(TITLE_MOTION, after="PLEASE TAKE NOTICE that on September 7, 2007, Plaintiff will and hereby does move "
                                       "for an order compelling answers.\n"), note="notice without a time"),
        nd(caption(TITLE_MOTION, after="PLEASE TAKE NOTICE that at 9:30 a.m. Plaintiff will and hereby does move for an "
                                       "order compelling answers.\n"), note="notice without a date"),
        nd(caption(TITLE_MOTION, after="PLEASE TAKE NOTICE that on Friday, September 7, 2007, at 9:30 a.m., the "
                                       "parties will appear.\n\n" + PROSE), note="notice without the relief sought"),
        nd(caption("DEFENDANTS' NOTICE OF MOTION\nAND MOTION TO DISMISS", after=PROSE), note="title only, no notice"),
        nd(caption("Defendants’ Motion for Summary Judgment", after="Defendants move for summary judgment.\n"),
           note="curly apostrophe, title case"),
    ],
    "LR013": [
        nd(caption("STIPULATION AND [PROPOSED] ORDER\nEXTENDING TIME", after=PROSE + "/s/ Jane R. Advocate\n"
                   "Attorneys for Plaintiff\n/s/ Robert T. Defense\nAttorneys for Defendant\n")),
        nd(caption("JOINT CASE MANAGEMENT STATEMENT", after=PROSE + "By: /s/ Jane R. Advocate\nBy: /s/ Robert T. Defense\n")),
        nd(caption("STIPULATION TO CONTINUE HEARING", after="s/ Jane R. Advocate\ns/ Robert T. Defense\ns/ Mary Third\n"),
           note="three signers, 's/' without the first slash"),
        nd(caption("STIPULATED PROTECTIVE ORDER", after="/S/ JANE R. ADVOCATE\n/S/ ROBERT T. DEFENSE\n"), note="capitals"),
        nd(caption(TITLE_MOTION, after=PROSE + "/s/ Jane R. Advocate\n/s/ Antonio J. Perez-Marques\n"),
           note="co-counsel sign a motion"),
        nd(caption("STIPULATION", after="Dated: July 2, 2007  /s/ Jane R. Advocate\nDated: July 2, 2007  /s/ Robert T. Defense\n")),
        nd("\f".join([caption("STIPULATION AND [PROPOSED] ORDER"), PROSE + "/s/ Jane R. Advocate\n",
                      "/s/ Robert T. Defense\nAttorneys for Defendant WIDGET CORP.\n"]), note="the second signature on its own page"),
        nd(caption("JOINT DISCOVERY LETTER", after="Respectfully,\n/s/ Jane R. Advocate\n/s/ Robert O'Brien-Smith\n"),
           note="apostrophe and hyphen in a name"),
    ],
    "LR014": [
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/13/2007   Page 1 of 5\n" + caption(TITLE_MOTION, after=NOTICE),
           note="25 days"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/04/2007   Page 1 of 5\n" + caption(TITLE_MOTION, after=NOTICE),
           note="34 days: one short"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/31/07   Page 1 of 5\n" + caption(TITLE_MOTION, after=NOTICE),
           note="two-digit year stamp, 7 days"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/13/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION + "\nDate: Sept. 7, 2007\nTime: 9:30 a.m.", after=NOTICE), note="hearing block 'Sept. 7'"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/13/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION + "\nDate: September 7th, 2007\nTime: 9:30 AM", after=NOTICE), note="'7th', 'AM'"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/13/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION + "\nHearing Date: 09/07/2007\nTime: 9:30am", after=NOTICE), note="numeric hearing date"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/13/2007   Page 1 of 5\n"
           + caption("Plaintiff's Notice of Motion and\nMotion to Compel", after=NOTICE), note="title-case caption"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/20/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION + "\nDATE: FRIDAY, SEPTEMBER 7, 2007\nTIME: 9:30 A.M.", after=NOTICE), note="capitals"),
    ],
    "LR015": [
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nI. INTRODUCTION\n" + PROSE
                   + "II. ARGUMENT\n" + PROSE)),
        nd(caption(TITLE_OPPOSITION, after="MEMORANDUM OF POINTS AND AUTHORITIES\nINTRODUCTION\n" + PROSE)),
        nd(caption("Plaintiff's Notice of Motion and\nMotion to Compel", after=NOTICE + "Memorandum of Points and Authorities\n"
                   + PROSE), note="title-case caption: typed a motion now"),
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nThe issues before the court in this "
                   "long-running dispute are many, and the parties have briefed them fully.\n" + PROSE),
           note="'issues before the court' in a sentence of the argument"),
        nd(caption(TITLE_MOTION, after=NOTICE + "POINTS AND AUTHORITIES\nBACKGROUND\n" + PROSE)),
        nd(caption("DEFENDANTS' NOTICE OF MOTION\nAND MOTION TO DISMISS", after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\n"
                   "STATEMENT OF FACTS\n" + PROSE + "ARGUMENT\n" + PROSE)),
        nd(caption(TITLE_OPPOSITION, after="MEMORANDUM OF POINTS AND AUTHORITIES\nThe questions raised by the motion were "
                   "decided long ago by the Ninth Circuit in a case on all fours.\n"), note="'questions raised' in prose"),
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nFinally, the issues presented in this "
                   "class litigation are manageable in light of known methods.\n"),
           note="corpus cand_18cv5982_198-1 p28: 'issues presented' in a sentence"),
        nd(caption("PLAINTIFFS’ NOTICE OF MOTION AND MOTION FOR CLASS CERTIFICATION", after=NOTICE + "MEMORANDUM OF POINTS AND "
                   "AUTHORITIES\nI. INTRODUCTION\n" + PROSE)),
    ],
    "FL009": [
        nd(caption("BRIEFING OF AMAZON AND GOOGLE\nREGARDING REMEDIES"), note="corpus cand_17cv3022_513 p1"),
        nd(caption("DEFENDANT'S RESPONSE TO\nGOVERNMENT'S REQUEST FOR\nPRETRIAL DETENTION"), note="corpus caed_20cr84_14 p1"),
        nd(caption("JOINT CASE MANAGEMENT STATEMENT")),
        nd(caption("NOTICE OF APPEARANCE OF COUNSEL")),
        nd(caption("PLAINTIFF'S TRIAL BRIEF")),
        nd(caption("DEFENDANT'S ANSWER TO COMPLAINT")),
        nd(caption("Supplemental Brief re Claim Construction"), note="title case"),
        nd(caption("DEFENDANTS’ RESPONSE TO THE\nCOURT’S ORDER (ECF NO. 214)"), note="corpus cand_19cv4238_223 p1"),
        Variant(caption("CERTIFICATE OF SERVICE"), note="no court configured: FR005 alone is held back"),
    ],
}

SILENT = {
    "LR001": [
        nd(caption(TITLE_MOTION)),
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE (SBN 123456)\njadvocate@advocatelaw.example\n"
                                         "ONE MARKET PLAZA, SPEAR TOWER, STE. 500\nSAN FRANCISCO, CALIF. 94105\n"
                                         "Tel. 415.555.0100\nAttorneys for Plaintiff\n"), note="capitals, 'Calif.', 'Ste.'"),
        nd(caption(TITLE_MOTION, counsel="Colin H. Murray (SBN 159142)\ncolin.murray@bakermckenzie.com\nBAKER & McKENZIE LLP\n"
                                         "Two Embarcadero Center, 11th Floor\nSan Francisco, CA  94111-3802\n"
                                         "Telephone: +1 415 576 3000\nAttorneys for Defendants,\nVADE SECURE, INCORPORATED\n"),
           note="corpus cand_19cv4238_223 p1"),
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE (State Bar No. 123456)\njane@advocate.example\nP.O. Box 1234\n"
                                         "Oakland, CA 94612\n(510) 555-0100\nCounsel for Plaintiff\n"), note="a post-office box"),
        nd(caption(TITLE_MOTION, counsel="[Counsel identified on signature page]\n"), note="corpus cand_17cv3022_513 p1"),
        nd(caption(TITLE_MOTION, counsel="JOHN Q. PUBLIC\n123 Main Street\nOakland, CA 94612\n(510) 555-0199\n"
                                         "jqp@example.com\nPlaintiff, Pro Se\n"), note="pro se: no bar number needed"),
        nd(caption(TITLE_MOTION, counsel="JANE R. ADVOCATE (SBN 123456)\n100 Market Street\nSan Francisco, CA 94105\n"
                                         "Telephone: (415) 555-0100\nFacsimile: (415) 555-0101\nAttorneys for Plaintiff\n"),
           note="2007 era: fax instead of e-mail", packs={"ndcal": {"era": "2007"}}),
        nd(caption(TITLE_MOTION, counsel="JAMES T. REILLY, Attorney at Law\nCalifornia State Bar No. 67254\n"
                                         "4040 Civic Center Drive, Suite 200\nSan Rafael, CA 94903\nPhone:  510-412-8900\n"
                                         "email:  jim@summitdefense.example\nAttorneys for Defendant KATHERINE HERRERA\n"),
           note="corpus caed_20cr84_14 p1 layout"),
        nd(caption(TITLE_MOTION, counsel="LIONEL Z. GLANCY (#134180)\nlglancy@glancylaw.example\n1925 Century Park East, Suite 2100\n"
                                         "Los Angeles, California 90067\nTelephone: (310) 201-9150\nAttorneys for Plaintiff\n"),
           note="corpus cand_16cv3938_163 p2: bar number as (#134180)"),
        nd(caption(TITLE_MOTION, counsel="Andrew N. Friedman (pro hac vice)  John A. Yanchunis (pro hac vice)\n"
                                         "afriedman@cohenmilstein.com  jyanchunis@forthepeople.com\n"
                                         "1100 New York Ave. NW, Fifth Floor  201 N. Franklin St., 7th Floor\n"
                                         "Washington, DC 20005  Tampa, FL 33602\nTelephone: (202) 408-4600\n"
                                         "Attorneys for Plaintiff\n"),
           note="corpus cand_18cv5982_198-1 p1: every counsel admitted pro hac vice"),
    ],
    "LR002": [
        nd(caption(TITLE_MOTION)),
        nd(caption(TITLE_MOTION, court="United States District Court\nNorthern District of California\nSan Francisco Division\n")),
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT FOR THE\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION\n")),
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA - SAN FRANCISCO DIVISION\n"),
           note="corpus cand_19cv4238_223 p1"),
        nd(caption(TITLE_MOTION, court="IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF CALIFORNIA\n"
                                       "OAKLAND DIVISION\n")),
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nEureka Division\n")),
        nd(pleading(["JANE R. ADVOCATE (SBN 123456)", "", "", "", "", "", "", "UNITED STATES DISTRICT COURT",
                     "NORTHERN DISTRICT OF CALIFORNIA", "SAN FRANCISCO DIVISION", "", "PLAINTIFF'S MOTION TO COMPEL"],
                    "MOT. TO COMPEL  1"), note="court's title on pleading line 8"),
        nd(caption(TITLE_MOTION, court="UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nOakland\n"),
           note="the location without the word 'Division'"),
    ],
    "LR003": [
        nd(caption(TITLE_MOTION, number="Case No. 3:06-cv-03891-SC")),
        nd(caption(TITLE_MOTION, number="No. C-06-03891 SC (JCS)")),
        nd(caption(TITLE_MOTION, number="Case No. 3:19-cv-04238-MMC-RMI"), note="corpus cand_19cv4238_223 p1"),
        nd(caption(TITLE_MOTION, number="No. C 04-0098 SI"), note="corpus cand_04cv98_199 p1"),
        nd(caption(TITLE_MOTION, number="Case No. ______"), note="before a number is assigned"),
        nd(caption(TITLE_MOTION, number="No. C18-05982 WHA (JSC)"), note="corpus cand_18cv5982_198-1 p1"),
        nd(caption(TITLE_MOTION, number="Case No. 4:19-cv-06669-JST-DMR")),
        nd(caption(TITLE_MOTION, number="CASE NO. 3:17-CV-03022-JST"), note="capitals"),
    ],
    "LR004": [
        nd(caption(TITLE_MOTION)),
        nd(caption("Plaintiff's Notice of Motion and\nMotion to Compel"), note="title case"),
        nd(caption("BRIEFING OF AMAZON AND GOOGLE\nREGARDING REMEDIES"), note="corpus cand_17cv3022_513 p1"),
        nd(caption("JOINT CASE MANAGEMENT STATEMENT")),
        nd(caption("Answer to First Amended Complaint")),
        nd(caption("DECLARATION OF JANE R. ADVOCATE")),
        nd(caption("[PROPOSED] ORDER GRANTING\nMOTION TO COMPEL")),
        nd(caption("NOTICE OF APPEARANCE")),
    ],
    "LR009": [
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"],
                    "PL.'S NOT. OF MOT. AND MOT. TO COMPEL - 3:07-cv-01234-SC  1"), note="abbreviated"),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL"],
                    "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL  1")),
        nd(pleading([COURT.split("\n")[0], "DEFENDANT'S OPPOSITION TO MOTION TO DISMISS"], "OPP'N TO MTN. TO DISMISS  1")),
        nd(pleading([COURT.split("\n")[0], "PLAINTIFF'S REPLY IN SUPPORT OF MOTION TO COMPEL"], "REPLY ISO MOT. TO COMPEL  1")),
        nd(pleading([COURT.split("\n")[0], "Plaintiff's Notice of Motion and Motion to Compel"],
                    "Pl.'s Mot. to Compel  1"), note="title case caption and footer"),
        nd(pleading([COURT.split("\n")[0], "DEFENDANTS' MEMORANDUM IN SUPPORT OF MOTION TO DISMISS"],
                    "DEFS.' MEM. ISO MTN. TO DISMISS  1")),
        nd("\f".join([pleading([COURT.split("\n")[0], "PLAINTIFF'S MOTION TO COMPEL"], "PL.'S MOT. TO COMPEL  1"),
                      "EXHIBIT A", "A letter from counsel, without any footer.\n"]), note="exhibits carry no footer"),
        nd(caption(TITLE_MOTION, after=PROSE), note="a text draft without numbered lines has no footers yet"),
    ],
    "LR010": [
        brief(TITLE_REPLY, 15, extra=(SERVICE,), note="15 pages + proof of service"),
        paper(caption(TITLE_REPLY), "TABLE OF CONTENTS                                   Page\nI. ARGUMENT ...... 1\n",
              "INDEX OF AUTHORITIES\nAcme v. Widget, 1 F.3d 1 ........................ 3\n", *[PROSE] * 15,
              note="the issue's compliant 15-page reply: 'Page' on the heading line, 'INDEX OF AUTHORITIES'"),
        brief(TITLE_REPLY, 15, last="", extra=(SIGNATURE, CO_COUNSEL, CO_COUNSEL),
              note="corpus cand_18cv5982_198-1 pp. 31-34: signature and co-counsel pages"),
        paper(caption(TITLE_REPLY), AUTHORITIES * 3, "WiAV Sols. LLC v. Motorola, Inc.,\n631 F.3d 1257 (Fed. Cir. 2010)"
              "......................... 3, 5\n", *[PROSE] * 14, PROSE + SIGNATURE,
              note="corpus cand_18cv360_147 p4: one table entry alone on the last table page"),
        brief(TITLE_MOTION, 25, note="a 25-page motion"),
        brief(TITLE_OPPOSITION, 25, extra=("EXHIBIT A", PROSE, PROSE), note="exhibits after the brief"),
        brief(TITLE_MOTION, 25, extra=("DECLARATION OF JANE R. ADVOCATE\n" + PROSE, "[PROPOSED] ORDER\n" + PROSE),
              note="a declaration and a proposed order filed with it"),
        brief("PLAINTIFF'S ADMINISTRATIVE MOTION TO\nFILE UNDER SEAL", 5, tables=False, note="administrative motion, 5 pages"),
        brief(TITLE_REPLY, 16, note="16 pages, a larger limit configured", packs={"ndcal": {"page-limits": {"reply": 20}}}),
    ],
    "LR011": [
        brief(TITLE_OPPOSITION, 12),
        brief(TITLE_REPLY, 8, tables=False, note="short: no tables needed"),
        brief(TITLE_MOTION, 10, tables=False, note="ten pages exactly"),
        paper(caption(TITLE_OPPOSITION), "Table of Contents                     Page(s)\nI. Argument ..... 1\n",
              "Index of Authorities\nAcme v. Widget ........................ 3\n", *[PROSE] * 12, note="title-case headings"),
        paper(caption(TITLE_OPPOSITION), CONTENTS, "TABLE OF CONTENTS (continued)\nIII. CONCLUSION ...... 12\n",
              AUTHORITIES, *[PROSE] * 12),
        paper(caption("DECLARATION OF JANE R. ADVOCATE"), *[PROSE] * 14, note="a declaration is not a brief"),
        brief(TITLE_MOTION, 12, front=(NOTICE,), note="notice, tables, memorandum"),
        brief(TITLE_REPLY, 9, tables=False, extra=("EXHIBIT A", PROSE, PROSE, PROSE), note="exhibits do not count"),
        paper(caption(TITLE_REPLY), "Table of Contents\nI. Argument ........................ 1\n",
              "Table of Authorities\nCases\nAcme v. Widget, 1 F.3d 1 (9th Cir. 1999) ........................ 3\n",
              *[PROSE] * 11, note="a reply over ten pages with title-case tables"),
    ],
    "LR012": [
        nd(caption(TITLE_MOTION, after=NOTICE)),
        nd(caption("Plaintiff's Notice of Motion and\nMotion to Compel", after=NOTICE), note="title case"),
        nd(caption(TITLE_MOTION + "\nDate: September 7, 2007\nTime: 9:30 a.m.", after="PLEASE TAKE NOTICE that on "
                   "the date and time above Plaintiff will and hereby does move for an order compelling answers.\n"),
           note="date and time in the hearing block"),
        nd(caption(TITLE_MOTION, after="NOTICE IS HEREBY GIVEN that on September 7, 2007 at 9:30 a.m. Plaintiff moves the "
                   "Court for an order compelling answers.\n")),
        nd(caption("PLAINTIFF'S ADMINISTRATIVE MOTION TO\nFILE UNDER SEAL", after="Plaintiff moves to seal Exhibit A.\n"),
           note="administrative motions have no hearing"),
        nd(caption("MEMORANDUM OF POINTS AND AUTHORITIES\nIN SUPPORT OF MOTION TO COMPEL", after=PROSE),
           note="a memorandum filed apart from the notice"),
        nd(caption(TITLE_MOTION, after="PLEASE TAKE NOTICE that on July 27, 2007, at 9:30 AM, Defendants will move to "
                   "dismiss. The relief sought is dismissal with prejudice.\n")),
        nd(caption(TITLE_OPPOSITION, after=PROSE), note="an opposition needs no notice"),
        nd(caption(TITLE_MOTION, after="PLEASE TAKE NOTICE THAT ON SEPTEMBER 7, 2007, AT 9:30 A.M., PLAINTIFF WILL AND "
                   "HEREBY DOES MOVE FOR AN ORDER COMPELLING ANSWERS TO INTERROGATORIES.\n"), note="the notice in capitals"),
    ],
    "LR013": [
        nd(caption("STIPULATION", after="/s/ Jane R. Advocate\n/s/ Robert T. Defense\nATTESTATION: I attest that concurrence "
                   "in the filing of this document has been obtained from Robert T. Defense.\n")),
        nd(caption("STIPULATION", after="/s/ Jane R. Advocate\n/s/ Robert T. Defense\nI hereby attest that I have on file all "
                   "holographic signatures corresponding to any signatures indicated by a conformed signature (/S/).\n"),
           note="the 2007 General Order 45 wording"),
        nd(caption(TITLE_MOTION, after=PROSE + "/s/ Jane R. Advocate\n"), note="one signer"),
        nd(caption(TITLE_MOTION, after="/s/ Jane R. Advocate\n" + PROSE + "/s/ Jane Advocate\n"), note="one signer, twice"),
        nd("\f".join([caption(TITLE_MOTION, after=PROSE + "/s/ Jane R. Advocate\n"), SERVICE + "/s/ Maria Paralegal\n"]),
           note="the proof of service signs for itself"),
        nd(caption("STIPULATION", after="/s/ Jane R. Advocate\n/s/ Robert T. Defense\nCivil L.R. 5-1(i)(3) Attestation: all "
                   "signatories concur in this filing.\n")),
        nd(caption(TITLE_MOTION, after=PROSE + "Respectfully submitted,\n______________________\nJane R. Advocate\n"),
           note="a wet signature line, no /s/"),
        nd(caption("JOINT DISCOVERY LETTER", after="/s/ Jane R. Advocate\n/s/ Robert T. Defense\nI, Jane R. Advocate, attest "
                   "that Robert T. Defense concurred in filing this letter.\n")),
    ],
    "LR014": [
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/01/2007   Page 1 of 5\n" + caption(TITLE_MOTION, after=NOTICE),
           note="37 days"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/03/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION, after=NOTICE.replace("Friday, September 7, 2007", "Friday, September 14, 2007")),
           note="42 days"),
        nd(caption(TITLE_MOTION, after=NOTICE), note="a draft: no filing date"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/03/2007   Page 1 of 5\n" + caption(TITLE_MOTION, after=NOTICE),
           note="35 days exactly"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/03/2007   Page 1 of 5\n"
           + caption("PLAINTIFF'S ADMINISTRATIVE MOTION TO\nFILE UNDER SEAL", after="Plaintiff moves to seal.\n"),
           note="administrative motion"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/03/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION + "\nDate: TBD\nTime: TBD", after="PLEASE TAKE NOTICE that Plaintiff will and hereby does "
                     "move for an order.\n"), note="hearing to be set"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 07/27/07   Page 1 of 5\n" + caption(TITLE_MOTION, after=NOTICE),
           note="two-digit year, 42 days"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/03/2007   Page 1 of 5\n"
           + caption(TITLE_OPPOSITION, after=NOTICE), note="an opposition is not noticed"),
        nd("Case 3:07-cv-01234-SC   Document 12   Filed 08/03/2007   Page 1 of 5\n"
           + caption(TITLE_MOTION + "\nDate: October 5, 2007\nTime: 9:30 a.m.", after=PROSE), note="block date, 63 days"),
    ],
    "LR015": [
        nd(caption(TITLE_MOTION, after=NOTICE + MEMO)),
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nI. Statement of Issues to Be Decided\n"
                   "Whether Defendant must answer.\n"), note="title case 'to Be Decided'"),
        nd(caption(TITLE_OPPOSITION, after="MEMORANDUM OF POINTS AND AUTHORITIES\nI. Overview of Plaintiff's Claim and the "
                   "Issues Before the Court\n" + PROSE), note="the heading LR015 missed"),
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nQUESTIONS PRESENTED\n1. Whether.\n")),
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nIssues Presented\n" + PROSE)),
        nd(caption(TITLE_MOTION, after=NOTICE + PROSE), note="no memorandum in it"),
        nd(caption(TITLE_REPLY, after="MEMORANDUM OF POINTS AND AUTHORITIES\n" + PROSE), note="a reply"),
        nd(caption("PLAINTIFF'S ADMINISTRATIVE MOTION TO\nFILE UNDER SEAL", after="MEMORANDUM OF POINTS AND AUTHORITIES\n"
                   + PROSE), note="administrative motion"),
        nd(caption(TITLE_MOTION, after=NOTICE + "MEMORANDUM OF POINTS AND AUTHORITIES\nThe issue to be decided is whether "
                   "Defendant must answer.\n"), note="the rule's words in a sentence"),
    ],
    "FL009": [
        nd(caption(TITLE_MOTION)),
        nd(caption(TITLE_OPPOSITION)),
        nd(caption("Plaintiff's Reply in Support of\nMotion to Compel"), note="title case"),
        nd(caption("ORDER GRANTING MOTION TO COMPEL"), note="the court's order: its kind is known"),
        nd(caption("DECLARATION OF JANE R. ADVOCATE")),
        nd(caption("BRIEFING OF AMAZON AND GOOGLE\nREGARDING REMEDIES"), note="its type configured",
           **{"document-types": {"draft*": "opposition"}}),
        nd("To do before Friday: buy printer paper; call the landlord about the heating.\n", note="not a filing (FL008)"),
        nd("July 23, 2007\nDear Judge Spero:\nThe parties submit this joint letter.\n"),
        nd("EXHIBIT A\n"),
    ],
}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_fires(code: str, variant) -> None:
    assert fires(variant, code), f"{code} is silent on {variant}"


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_silent(code: str, variant) -> None:
    found = fires(variant, code)
    assert not found, f"{code} reports on {variant}: {found[0].message}"


def test_counsel_block_names_what_is_missing() -> None:
    (finding,) = fires(FIRES["LR001"][1], "LR001")
    assert finding.message == "The counsel block lacks a telephone number." and finding.page == 1


def test_page_limit_lists_pages_counted_and_left_out() -> None:
    (finding,) = fires(brief(TITLE_REPLY, 16, extra=(SIGNATURE, SERVICE)), "LR010")
    assert finding.message == ("The reply has 16 pages of text; the limit is 15. Counted: pages 4-19. Not counted: caption 1; "
                               "table of contents 2; table of authorities 3; signatures only 20; proof of service 21.")
    assert finding.page == 19  # the first page over the limit


def test_type_unknown_names_the_rules_that_did_not_run() -> None:
    (finding,) = fires(FIRES["FL009"][0], "FL009")
    assert finding.severity.value == "info" and finding.page is None
    assert 'the caption\'s title ("BRIEFING OF AMAZON AND GOOGLE")' in finding.message
    assert all(code in finding.message for code in ("LR010", "LR011", "LR012", "LR014", "LR015"))


def test_court_title_errors_and_warnings() -> None:
    assert [d.severity.value for d in fires(FIRES["LR002"][0], "LR002")] == ["error"]  # no district
    assert [d.severity.value for d in fires(FIRES["LR002"][3], "LR002")] == ["warning"]  # no division
    (high,) = fires(FIRES["LR002"][7], "LR002")
    assert "begins on line 3" in high.message and high.line == 3


def test_notice_period_message() -> None:
    (finding,) = fires(FIRES["LR014"][0], "LR014")
    assert "25 days after filing on" in finding.message and "at least 35 days" in finding.message


def test_issues_warning_and_attestation_error() -> None:
    assert [d.severity.value for d in fires(FIRES["LR015"][0], "LR015")] == ["warning"]
    (attest,) = fires(FIRES["LR013"][2], "LR013")
    assert attest.message.startswith("3 people sign")


def test_court_papers_are_left_to_the_court() -> None:
    order = nd(caption("ORDER GRANTING MOTION TO COMPEL", counsel="", number="Case No. 3:07-cv-01234"))
    assert not [d for d in diagnostics(order) if d.code.startswith("LR")]
