"""How filings in matters referred to Judge Spero really phrase what his standing order asks (JCS001, JCS003-JCS010).

Each rule has at least eight drafts it must report and eight it must leave alone, written the
way attorneys write them: labels in capitals or lower case, by role or by party name, dates and
times in every form, captions in the 2007 and current styles, lines wrapped in the middle of a
case number. Where wording comes from a real filing in ../shared/corpus, the file and page are
named. (JCS002 has its own table in test_variants_chambers_copy.py.)
"""

from __future__ import annotations

import pytest
from pdfbuild import minimal_pdf, text_at
from variant_support import Variant, cases, diagnostics

JCS = {"referral-judge": "JCS"}
RE_LEADCLICK = "Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS)"
STAMP = "Case 3:06-cv-03891-SC Document 45 Filed {filed} Page {page} of {pages}"


def draft(text: str, note: str = "", **config) -> Variant:
    return Variant(text, config={**JCS, **config}, note=note or text.strip().split("\n")[-1][:60])


def letter(body: str, re_line: str = RE_LEADCLICK, date: str = "July 26, 2007", salutation: str = "Dear Judge Spero:",
           note: str = "", **config) -> Variant:
    """A joint discovery letter on letterhead, as filed under the order."""
    text = (f"DEFENSE LLP\n1 Embarcadero Center, San Francisco, California 94111\n\n{date}\n\n"
            "The Honorable Joseph C. Spero\nUnited States Magistrate Judge\n\n"
            f"{re_line}\n\n{salutation}\n\nThe parties submit this joint letter under the Court's Order re Discovery Procedures.\n\n"
            f"{body}\n\nRespectfully submitted,\n\n/s/ Jane R. Advocate\n/s/ Robert T. Defense\n")
    return draft(text, note or body.strip().split("\n")[0][:60], **config)


def pdf_letter(lines: list[str], note: str) -> Variant:
    """A one-page letter as a PDF: no blank lines between paragraphs, as PDF text comes out."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    content = "\n".join(text_at(72, 740 - 14 * index, line, size=11) for index, line in enumerate(escaped))
    return Variant(minimal_pdf([{"content": content}]), name="joint_letter.pdf", config=dict(JCS), note=note)


PDF_LETTER = [
    "July 26, 2007", "The Honorable Joseph C. Spero", "United States Magistrate Judge",
    "Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (JCS)", "Dear Judge Spero:",
    "The parties submit this joint letter. Lead trial counsel met and conferred in person on",
    "20 July 2007 at the offices of Defense LLP, after letters and calls had failed.",
    "ISSUE NO. 1: INTERROGATORY NO. 3",
    "PLAINTIFF'S POSITION: The interrogatory asks for the identity of each sender and is",
    "proper under Rule 33.",
    "DEFENDANTS' POSITION: The interrogatory is overbroad as to time.",
    "PLAINTIFF'S PROPOSED COMPROMISE: Answers limited to 2006 and 2007.",
    "DEFENDANTS' PROPOSED COMPROMISE: Answers limited to 2007.",
    "Respectfully submitted,", "/s/ Jane R. Advocate", "/s/ Robert T. Defense",
]


def caption(number: str, title: list[str], block: list[str] = (), left: list[str] | None = None) -> str:
    """A caption in two columns: the parties on the left, number, title and hearing block on the right."""
    left = left or ["LEADCLICK MEDIA, INC.,", "      Plaintiff,", "   v.", "RELATIONSERVE MEDIA, INC., et al.,", "      Defendants."]
    right = [number, *title, "", *block]
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    lines = [f"{cell:<40}{other}".rstrip() for cell, other in zip(left, right)]
    return ("JANE R. ADVOCATE (State Bar No. 123456)\nADVOCATE & PARTNERS LLP\nAttorneys for Plaintiff\n\n"
            "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n" + "\n".join(lines) + "\n\n")


MOTION_TITLE = ["PLAINTIFF'S NOTICE OF MOTION AND", "MOTION TO COMPEL FURTHER", "INTERROGATORY RESPONSES"]
GOOD_BLOCK = ["Date:      Friday, September 7, 2007", "Time:      9:30 a.m.", "Courtroom: A, 15th Floor"]
MET = ("Lead trial counsel met and conferred in person on July 20, 2007, in the Juror Conference Room, after "
       "telephone calls and letters failed. The parties filed their joint letter on July 26, 2007.")


def motion(number: str = "No. C-06-03891 SC (JCS)", title: list[str] = MOTION_TITLE, block: list[str] = GOOD_BLOCK,
           body: str = MET, notice: str = "", note: str = "", **config) -> Variant:
    notice = notice or ("PLEASE TAKE NOTICE that on Friday, September 7, 2007, at 9:30 a.m., in Courtroom A, 15th Floor, "
                        "Plaintiff will move to compel further responses.")
    return draft(caption(number, title, block) + notice + "\n\n" + body + "\n", note or f"{number} | {' '.join(block)[:40]}", **config)


def chambers_copy(pages: list[str], stamps: list[str | None], legend: str = "JCS'S CHAMBERS' COPY", note: str = "",
                  name: str = "letter.txt") -> Variant:
    texts = []
    for index, (body, stamp) in enumerate(zip(pages, stamps)):
        head = (stamp + "\n") if stamp else ""
        texts.append(head + (legend + "\n" if index == 0 and legend else "") + body)
    return Variant("\f".join(texts), name=name, config=dict(JCS), note=note or f"{legend} | {stamps[0]}")


def stamped(pages: int, filed: str = "07/30/2007", overrides: dict[int, str] | None = None) -> list[str]:
    """The stamp CM/ECF prints on each page, with some pages' stamps replaced."""
    overrides = overrides or {}
    return [overrides.get(page, STAMP.format(filed=filed, page=page, pages=pages)) for page in range(1, pages + 1)]


LETTER_PAGES = [RE_LEADCLICK + "\nDear Judge Spero:\nThe parties submit this joint letter.", "Issue No. 1 continues.",
                "Respectfully submitted,\n/s/ Jane R. Advocate"]

ISSUE = ("Issue No. 1: Interrogatory No. 3 (identity of senders)\n\n"
         "{p_pos}: the interrogatory seeks the identity of each sender and is proper.\n\n"
         "{d_pos}: the interrogatory is overbroad as to time.\n\n"
         "{p_comp}: answers limited to 2006 and 2007, served within fourteen days.\n\n"
         "{d_comp}: answers limited to 2007, served within fourteen days.")


def issue(p_pos="Plaintiff's Position", d_pos="Defendants' Position", p_comp="Plaintiff's Proposed Compromise",
          d_comp="Defendants' Proposed Compromise") -> str:
    return ISSUE.format(p_pos=p_pos, d_pos=d_pos, p_comp=p_comp, d_comp=d_comp)


def without(text: str, label_start: str) -> str:
    """The issue text with the paragraph starting with ``label_start`` taken out."""
    return "\n\n".join(part for part in text.split("\n\n") if not part.startswith(label_start))


MEETING = "Lead trial counsel met and conferred in person on July 20, 2007, at the offices of Defense LLP."
SECTIONED = ("I. INTRODUCTION\n\n" + MEETING + "\n\nII. ISSUES IN DISPUTE\n\nA. Interrogatory No. 3\n\n"
             "Plaintiff's Position: proper.\n\nDefendants' Position: overbroad.\n\nPlaintiff's Proposed Compromise: 2007 only.\n\n"
             "Defendants' Proposed Compromise: six months.\n\nB. Request for Production Nos. 12-14:\n\nPlaintiff's Position: "
             "proper.\n\nDefendants' Position: burdensome.\n\nPlaintiff's Proposed Compromise: three custodians.\n\n"
             "Defendants' Proposed Compromise: two custodians.\n\nIII. CONCLUSION\n\nThe parties ask the Court to decide.")
ROSS_RE = "Case 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al."  # corpus cand_19cv6669_89_discovery_letter.pdf p.1

FIRES = {
    "JCS001": [
        motion("No. C-06-03891 SC", note="2007 caption without (JCS)"),
        motion("Case No. 3:06-cv-03891-SC", note="current caption without (JCS)"),
        motion("No. C-06-03891 (JCS)", note="no district judge's initials"),
        motion("Case No. 3:06\u2013cv\u201303891\u2013SC", note="en dashes, no designation"),
        motion("CASE NO. C 06-3891 SC", title=["DEFENDANTS' OPPOSITION TO", "PLAINTIFF'S MOTION TO COMPEL"],
               note="opposition in capitals, unpadded number"),
        motion("No. C-06-03891 SC", title=["DECLARATION OF JANE R. ADVOCATE", "IN SUPPORT OF MOTION TO COMPEL"],
               note="declaration"),
        motion("No. C-06-03981 SC (JCS)", note="another case's number", **{"case-number": "3:06-cv-03891"}),
        motion("", note="no case number on the caption"),
        draft(caption("Case No. 4:19-cv-07123-PJH", ["REPLY MEMORANDUM OF POINTS", "AND AUTHORITIES IN FURTHER",
                                                     "SUPPORT OF PLAINTIFFS' MOTION", "TO COMPEL DISCOVERY"],
                      left=["WHATSAPP INC., a Delaware corporation,", "and FACEBOOK, INC.,", "      Plaintiffs,", "   v.",
                            "NSO GROUP TECHNOLOGIES LIMITED", "      Defendants."]) + "The motion should be granted.\n",
              note="corpus cand_19cv7123_144_reply_motion_compel.pdf p.1, referred to JCS by configuration"),
    ],
    "JCS003": [
        chambers_copy(LETTER_PAGES, [None, None, None], note="printed from the draft: no stamp"),
        chambers_copy(LETTER_PAGES, [None, None, None], legend="CHAMBERS COPY", note="near-miss legend, no stamp"),
        chambers_copy(LETTER_PAGES, [None, None, None], legend="", name="jcs_chambers_copy.txt", note="named as a copy, no stamp"),
        chambers_copy(LETTER_PAGES, [stamped(3)[0], None, stamped(3)[2]], note="page 2 unstamped"),
        chambers_copy(LETTER_PAGES, stamped(3, overrides={3: STAMP.format(filed="07/30/2007", page=3, pages=3).replace("45", "46")}),
                      note="page 3 from Document 46"),
        chambers_copy(LETTER_PAGES, stamped(3, overrides={2: STAMP.format(filed="07/31/2007", page=2, pages=3)}),
                      note="filed dates differ"),
        chambers_copy(LETTER_PAGES[:2], [STAMP.format(filed="07/30/2007", page=1, pages=3),
                                         STAMP.format(filed="07/30/2007", page=2, pages=3)], note="page 3 of 3 missing"),
        chambers_copy(LETTER_PAGES, stamped(3, overrides={2: "Case 3:06-cv-04017-SC Document 45 Filed 07/30/2007 Page 2 of 3"}),
                      note="a page from another case"),
        chambers_copy(LETTER_PAGES, stamped(3, overrides={3: STAMP.format(filed="07/30/2007", page=2, pages=3)}),
                      note="page 3 stamped Page 2"),
    ],
    "JCS004": [
        letter(MEETING + "\n\n" + without(issue(), "Defendants' Proposed"), note="defendants' compromise missing"),
        letter(MEETING + "\n\n" + without(issue("PLAINTIFF'S POSITION", "DEFENDANTS' POSITION", "PLAINTIFF'S PROPOSED COMPROMISE",
                                                "DEFENDANTS' PROPOSED COMPROMISE"), "PLAINTIFF'S PROPOSED"),
               note="labels in capitals, plaintiff's compromise missing"),
        letter(MEETING + "\n\n" + without(issue("Plaintiff's final position", "Defendants' final position",
                                                "Plaintiff's final proposed compromise", "Defendants' final proposed compromise"),
                                          "Defendants' final position"), note="lower-case labels, defendants' position missing"),
        letter('LeadClick Media, Inc. ("LeadClick") and RelationServe Media, Inc. ("RelationServe") met in person on July 20, 2007.\n\n'
               + without(issue("LeadClick's Position", "RelationServe's Position", "LeadClick's Proposed Compromise",
                               "RelationServe's Proposed Compromise"), "RelationServe's Proposed"),
               note="labels by short name, RelationServe's compromise missing"),
        letter(MEETING + "\n\n" + issue() + "\n\n" + without(issue().replace("Issue No. 1: Interrogatory No. 3 (identity of senders)",
                                                                             "Issue No. 2: Interrogatory No. 5 (revenue)"),
                                                             "Plaintiff's Proposed"), note="second issue lacks a compromise"),
        letter(MEETING + "\n\nPosition of Plaintiff\n\nThe requests are proper.\n\nPosition of Defendants\n\nThey are overbroad.\n\n"
               "Plaintiff's Compromise Proposal\n\nTwo custodians.", note="'Position of', party by party, no defendants' compromise"),
        letter(MEETING + "\n\nPLAINTIFF'S POSITION:\nThe request is proper.\n\nPLAINTIFF'S PROPOSED COMPROMISE:\nTen hours.",
               note="only one side wrote anything"),
        letter(SECTIONED.replace("\n\nDefendants' Proposed Compromise: two custodians.", ""),
               note="sections I-III, issue B lacks defendants' compromise"),
        pdf_letter([line for line in PDF_LETTER if not line.startswith("DEFENDANTS' PROPOSED")],
                   note="PDF letter, labels in capitals, paragraphs without blank lines"),
        letter(MEETING + "\n\nThe parties disagree about Interrogatory No. 3. Plaintiff believes it is proper; Defendants do not.",
               note="no labelled positions at all"),
        letter("Counsel for the parties have met and conferred in person on March 11, 2021.\n\n"
               "Notice Issues. (1) Mr. Ross requested the number of SIM swaps (Rog No. 1). Mr. Ross\u2019s position. The request goes "
               "to the heart of the case. AT&T\u2019s position. The request is not proportional.",
               re_line="Re: Ross v. AT&T Mobility LLC, No. 4:19-cv-06669-JST (JCS)",
               note="corpus cand_19cv6669_89_discovery_letter.pdf p.2 phrasing: inline labels, no compromises"),
    ],
    "JCS005": [
        letter("Counsel met and conferred by telephone on July 18, 2007, and exchanged letters.\n\n" + issue(),
               note="telephone and letters only"),
        letter("Counsel for the parties have met and conferred telephonically three times in an effort to narrow and resolve "
               "their disputes from November 2020 through March 23, 2021.\n\n" + issue(),
               note="corpus cand_19cv6669_89_discovery_letter.pdf p.1 wording"),
        letter("The parties met and conferred via Zoom videoconference on July 20, 2007.\n\n" + issue(), note="video conference"),
        letter("Counsel exchanged e-mails on July 17 and July 18, 2007, and spoke by phone.\n\n" + issue(), note="e-mail and phone"),
        letter(issue(), note="no meet-and-confer statement"),
        letter("The parties met and conferred in good faith before submitting this joint letter.\n\n" + issue(),
               note="met and conferred, not said to be in person"),
        letter("Counsel met and conferred on July 10, 2007 from their offices in San Francisco and New York by telephone.\n\n"
               + issue(), note="'from their offices' by telephone is not in person"),
        letter("Lead trial counsel met and conferred in person at the offices of Defense LLP.\n\n" + issue(),
               note="in person, no date (warning)"),
        letter("Defendants declined to meet in person; counsel conferred by telephone on July 20, 2007.\n\n" + issue(),
               note="in person refused"),
        letter("LEAD TRIAL COUNSEL MET AND CONFERRED BY TELECONFERENCE ON JULY 20, 2007, AND THE DISPUTE REMAINS UNRESOLVED "
               "AS SET OUT BELOW.\n\n" + issue(), note="capitals, teleconference"),
        motion(body="Counsel exchanged letters on July 10 and July 12, 2007. The parties filed their joint letter on July 26, 2007.",
               note="motion to compel after letters only"),
    ],
    "JCS006": [
        letter("Lead trial counsel met and conferred in person on Wednesday, November 21, 2007.\n\n" + issue(),
               date="November 30, 2007", note="six business days after (Thanksgiving)"),
        letter("Lead trial counsel met and conferred in person on 20 July 2007.\n\n" + issue(), date="30 July 2007",
               note="day-month-year dates, six business days"),
        letter("Lead trial counsel met in person on 7/20/07 at Defense LLP's office.\n\n" + issue(), date="August 1, 2007",
               note="numeric meeting date"),
        letter("Lead trial counsel met and conferred in person on July 2, 2007.\n\n" + issue(), date="July 11, 2007",
               note="Independence Day does not count"),
        letter("Lead trial counsel met and conferred face-to-face on Friday, July 13, 2007.\n\n" + issue(), date="Monday, July 23, 2007",
               note="a weekend in between"),
        letter("On July 20th, 2007, lead trial counsel met and conferred in person.\n\n" + issue(), date="July 30th, 2007",
               note="ordinal dates"),
        letter("Lead trial counsel met and conferred in person on July 20, 2007.\n\n" + issue(), date="2007-07-30",
               note="ISO letter date"),
        letter("Lead trial counsel met in person. The meeting took place on July 20, 2007.\n\n" + issue(), date="July 31, 2007",
               note="meeting date in the next sentence"),
    ],
    "JCS007": [
        motion(block=["Date:      Thursday, September 6, 2007", "Time:      9:30 a.m.", "Courtroom: A, 15th Floor"],
               notice="PLEASE TAKE NOTICE that on Thursday, September 6, 2007, at 9:30 a.m., Plaintiff will move.", note="a Thursday"),
        motion(block=["DATE:  September 7, 2007", "TIME:  10:00 A.M.", "CTRM:  A, 15th Floor"],
               notice="PLEASE TAKE NOTICE that on September 7, 2007, at 10:00 A.M., Plaintiff will move.", note="10:00 A.M."),
        motion(block=["Hearing Date: 9/3/07", "Time: 9:30am"], notice="PLEASE TAKE NOTICE that on 9/3/07 at 9:30am Plaintiff will move.",
               note="Labor Day 2007, numeric"),
        motion(block=["Date: Friday, September 6, 2007", "Time: 9:30 a.m."],
               notice="PLEASE TAKE NOTICE that on Friday, September 6, 2007, at 9:30 a.m., Plaintiff will move.",
               note="weekday does not match"),
        motion(block=["Date: Friday, September 7, 2007", "Time: 9:30 a.m.", "Courtroom: A, 15th Floor"],
               notice="PLEASE TAKE NOTICE that on Friday, September 14, 2007, at 9:30 a.m., Plaintiff will move.",
               note="block and notice disagree"),
        motion(block=["Date: Friday, September 7, 2007", "Time: 9:30 a.m.", "Courtroom: G, 15th Floor"],
               note="Courtroom G (a later era)"),
        motion(block=["Date and Time: Tuesday, 11 September 2007, 1:30 p.m."],
               notice="PLEASE TAKE NOTICE that on 11 September 2007 at 1:30 p.m. Plaintiff will move.",
               note="combined label, day-month-year, afternoon"),
        motion(block=[], notice="PLEASE TAKE NOTICE that, pursuant to the Order of July 30, 2007, on Wednesday, September 12, 2007, "
                                "at 9:30 a.m., in Courtroom A, 15th Floor, Plaintiff will move.", note="notice only, a Wednesday"),
        motion(block=["Date: Friday, September 7, 2007", "Time: 2:00"], note="bare afternoon time in the block"),
        motion(block=["Date: Friday, September 7, 2007", "Time: 9:30 a.m."],
               notice="PLEASE TAKE NOTICE that on Friday, September\n14, 2007, at 9:30 a.m., Plaintiff will move.",
               note="notice date wrapped across lines disagrees with the block"),
    ],
    "JCS008": [
        motion(body="Counsel exchanged letters in July 2007 but could not agree.", note="letters only, no joint letter"),
        motion(body="Lead trial counsel met and conferred in person on July 20, 2007, at the offices of Defense LLP.",
               note="meeting but no joint letter"),
        motion(body="The parties submitted a joint letter on July 26, 2007, after telephone calls.", note="joint letter, no meeting"),
        motion(title=["DEFENDANTS' MOTION FOR A", "PROTECTIVE ORDER"], body="Counsel conferred by e-mail.",
               note="protective order"),
        motion(title=["NOTICE OF MOTION AND MOTION TO", "QUASH SUBPOENA"], body="The subpoena is overbroad.", note="quash"),
        motion(title=["PLAINTIFF'S MOTION FOR SANCTIONS", "FOR FAILURE TO PROVIDE DISCOVERY"], body="Defendants refused.",
               note="discovery sanctions"),
        motion(title=["MOTION TO COMPEL DEPOSITION", "OF ROBERT T. DEFENSE"], body="Counsel spoke by phone on July 18, 2007.",
               note="deposition, phone only"),
        motion(number="Case No. 3:06-cv-03891-SC (JCS)", title=["Plaintiff's Motion to Compel", "PRODUCTION OF DOCUMENTS"],
               body="Counsel exchanged correspondence.", note="mixed-case title"),
    ],
    "JCS009": [
        chambers_copy(LETTER_PAGES, stamped(3, filed="08/03/2007"), note="filed on a Friday"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="07/30/2007"), note="filed on a Monday"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="08/31/07"), note="before Labor Day, two-digit year"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="11/21/2007"), note="before Thanksgiving"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="12/24/2007"), note="Christmas Eve"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="07/30/2007"), legend="CHAMBERS COPY", note="near-miss legend"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="07/30/2007"), legend="", name="jcs_chambers_copy.txt", note="named copy"),
        chambers_copy(LETTER_PAGES[:1], ["Case 3:06-cv-03891-SC   Document 45-2   Filed 07/06/2007   Page 1 of 1"],
                      note="an attachment, spaced stamp"),
    ],
    "JCS010": [
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC", note="Re: without (JCS)"),
        letter(issue(), re_line="RE: LeadClick Media v. RelationServe Media, Case No. 3:06-cv-03891-SC", note="RE: current form"),
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc.", note="no case number at all"),
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 (JCS)",
               note="no district judge's initials"),
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 (JCS)",
               salutation="Dear Judge Conti:", note="greets the district judge, but the number names JCS"),
        letter(issue(), re_line="Subject: Case No. C 06-3891 SC, LeadClick v. RelationServe", note="subject line"),
        draft(caption("No. C-06-03891 SC (JCS)", MOTION_TITLE, GOOD_BLOCK) + MET + "\n" + "\n".join(f"{n:>2}  text" for n in range(1, 29))
              + "\nPL.'S MOT. TO COMPEL - C-06-03891 SC    1\n", note="footer without (JCS)"),
        draft(caption("Case No. 3:06-cv-03891-SC (JCS)", MOTION_TITLE, GOOD_BLOCK) + MET + "\n"
              + "\n".join(f"{n:>2}  text" for n in range(1, 29)) + "\nMOTION TO COMPEL \u2013 CASE NO. 3:06-CV-03891-SC\n",
              note="footer in capitals, as corpus cand_19cv7123_144 p.2 writes it, without (JCS)"),
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc., Case No. 3:06\u2013cv\u201303891\u2013SC",
               note="en dashes, no designation"),
    ],
}

SILENT = {
    "JCS001": [
        motion("No. C-06-03891 SC (JCS)", note="2007 caption"),
        motion("Case No. 3:06-cv-03891-SC (JCS)", note="current caption"),
        motion("No. C 06-03891 SC ( JCS )", note="spaced designation"),
        motion("Case No.: 3:06-CV-03891-SC(JCS)", note="capital CV, no space"),
        motion("No. C-06-03891 JCS", note="consent case: Judge Spero presides"),
        draft(caption("No. C-06-03891 SC", MOTION_TITLE, GOOD_BLOCK).replace("      Plaintiff,                        ",
                                                                              "      Plaintiff,                        (JCS)\n", 1)
              + MET + "\n", note="designation wrapped under the number"),
        motion("Case No. 4:19-cv-06669-JST-DMR", note="corpus cand_19cv6669_89 p.1: Magistrate Judge Ryu's referral"),
        motion("Case No. 5:07-cv-02151 JW (PVT)", note="another magistrate judge's referral, 2007"),
        motion("Case No. 3:06\u2013cv\u201303891\u2013SC (JCS)", note="en dashes"),
    ],
    "JCS003": [
        chambers_copy(LETTER_PAGES, stamped(3), note="every page stamped"),
        chambers_copy(LETTER_PAGES[:1], stamped(1), note="one page"),
        chambers_copy(LETTER_PAGES, [s.replace("Document 45", "Document 45-2") for s in stamped(3)], note="an attachment"),
        chambers_copy(LETTER_PAGES, stamped(3, filed="03/02/10"), note="two-digit year"),
        chambers_copy(LETTER_PAGES, [s.replace(" Document", "   Document").replace(" Filed", "   Filed").replace(" Page", "   Page")
                                     for s in stamped(3)], note="stamp with wide gaps, as corpus cand_19cv6669_89 p.1 prints it"),
        chambers_copy(LETTER_PAGES, [None, None, None], legend="", note="not a chambers copy"),
        chambers_copy(LETTER_PAGES, stamped(3), legend="JCS\u2019S CHAMBERS\u2019 COPY", note="typographic apostrophes"),
        chambers_copy(LETTER_PAGES, stamped(3), legend="", name="jcs_chambers_copy.txt", note="named copy, stamped"),
    ],
    "JCS004": [
        letter(MEETING + "\n\n" + issue(), note="every label"),
        letter(MEETING + "\n\n" + issue("PLAINTIFF'S POSITION", "DEFENDANTS' POSITION", "PLAINTIFF'S PROPOSED COMPROMISE",
                                        "DEFENDANTS' PROPOSED COMPROMISE"), note="labels in capitals"),
        letter(MEETING + "\n\n" + issue("Plaintiff's final position", "Defendants' final position",
                                        "Plaintiff's final proposed compromise", "Defendants' final proposed compromise"),
               note="lower-case labels"),
        letter('LeadClick Media, Inc. ("LeadClick") and RelationServe Media, Inc. ("RelationServe") met in person on July 20, 2007.\n\n'
               + issue("LeadClick's Position", "RelationServe's Position", "LeadClick's Proposed Compromise",
                       "RelationServe's Proposed Compromise"), note="labels by defined short name"),
        letter(MEETING + "\n\n" + issue("Position of Plaintiff", "Position of Defendants", "Plaintiff's Compromise Proposal",
                                        "Defendants' Compromise Proposal"), note="'Position of' and 'Compromise Proposal'"),
        letter(SECTIONED, note="sections I-III holding issues A and B"),
        pdf_letter(PDF_LETTER, note="PDF letter, labels in capitals, paragraphs without blank lines"),
        letter("ISSUES IN DISPUTE\n\n" + MEETING + "\n\n" + issue(), note="'ISSUES IN DISPUTE' heads the issues, is none"),
        letter(MEETING + "\n\n" + issue() + "\n\nIssue No. 2: Interrogatory No. 7 (Resolved)\n\nThe parties resolved this issue.",
               note="a resolved issue"),
        letter(MEETING + "\n\n" + "Issue No. 1: Interrogatory No. 3\n\nPlaintiff's Position: the request is proper. As a compromise, "
               "Plaintiff offered to accept answers for 2007 only.\n\nDefendants' Position: it is overbroad. In compromise, "
               "Defendants proposed answers for the last six months of 2007.", note="compromises offered in prose"),
        letter(MEETING + "\n\nPLAINTIFF'S POSITION\n\nIssue 1. Interrogatory No. 3 is proper.\n\nIssue 2. Interrogatory No. 5 is proper.\n\n"
               "DEFENDANTS' POSITION\n\nIssue 1. Interrogatory No. 3 is overbroad.\n\nIssue 2. Interrogatory No. 5 is overbroad.\n\n"
               "PLAINTIFF'S PROPOSED COMPROMISE\n\nAnswers for 2007.\n\nDEFENDANTS' PROPOSED COMPROMISE\n\nAnswers for six months.",
               note="party by party, issues within each part"),
        letter("Counsel met in person on March 11, 2021.\n\nMr. Ross\u2019s position. The request is proper.\n\nAT&T\u2019s position. "
               "It is not.", re_line=ROSS_RE, salutation="Dear Magistrate Judge Ryu:",
               note="corpus cand_19cv6669_89 p.2: another magistrate judge's matter"),
    ],
    "JCS005": [
        letter(MEETING + "\n\n" + issue(), note="at the offices of Defense LLP"),
        pdf_letter(PDF_LETTER, note="PDF letter: in person on '20 July 2007', wrapped"),
        letter("Lead trial counsel met and conferred in person on July 20, 2007, in the Juror Conference Room adjacent to Courtroom A, "
               "after telephone calls and letters had failed.\n\n" + issue(), note="the order's own room, after calls"),
        letter("Lead trial counsel met and conferred in person on 20 July 2007.\n\n" + issue(), note="day-month-year date"),
        letter("On 7/20/07, lead trial counsel met face-to-face at Advocate & Partners LLP's office.\n\n" + issue(),
               note="numeric date, face-to-face"),
        letter("Lead trial counsel met and conferred in person. The meeting took place on July 20, 2007, at Defense LLP.\n\n" + issue(),
               note="date in the next sentence"),
        letter("LEAD TRIAL COUNSEL MET AND CONFERRED IN PERSON ON JULY 20, 2007.\n\n" + issue(), note="capitals"),
        letter("Lead counsel met and conferred regarding the issues in this letter on July 20, 2007 in Defense LLP's conference "
               "room.\n\n" + issue(), note="a firm's conference room; 'this letter' is no means of conferring"),
        letter("On July 20, 2007, lead trial counsel met at plaintiff's counsel's office for two hours.\n\n" + issue(),
               note="at counsel's office"),
        letter("After exchanging letters, counsel met and conferred at the law offices of Advocate & Partners LLP on July 20th, "
               "2007.\n\n" + issue(), note="law offices, ordinal date"),
        letter("Counsel for the parties have met and conferred telephonically three times.\n\n" + issue(), re_line=ROSS_RE,
               salutation="Dear Magistrate Judge Ryu:", note="corpus cand_19cv6669_89 p.1: another magistrate judge's matter"),
        motion(title=["DEFENDANTS' NOTICE OF MOTION AND", "MOTION TO DISMISS"], body="The complaint fails to state a claim.",
               note="a motion that is not about discovery"),
    ],
    "JCS006": [
        letter("Lead trial counsel met and conferred in person on Wednesday, November 21, 2007.\n\n" + issue(),
               date="November 29, 2007", note="fifth business day (Thanksgiving skipped)"),
        letter("Lead trial counsel met and conferred in person on 20 July 2007.\n\n" + issue(), date="27 July 2007",
               note="day-month-year, five business days"),
        letter("Lead trial counsel met in person on 7/20/07 at Defense LLP's office.\n\n" + issue(), date="July 26, 2007",
               note="numeric meeting date"),
        letter("Lead trial counsel met and conferred face-to-face on Friday, July 13, 2007.\n\n" + issue(), date="Monday, July 16, 2007",
               note="next Monday"),
        letter("Lead trial counsel met and conferred in person on July 2, 2007.\n\n" + issue(), date="July 10, 2007",
               note="holiday skipped"),
        letter("Lead trial counsel met and conferred in person on July 20, 2007.\n\n" + issue(), date="2007-07-27", note="ISO date"),
        letter("Lead trial counsel met and conferred in person on July 20, 2007.\n\n" + issue(), date="July 20, 2007",
               note="same day"),
        letter("Lead trial counsel met and conferred in person.\n\n" + issue(), date="December 3, 2007",
               note="undated meeting: JCS005 reports it"),
        letter("Lead trial counsel met and conferred in person on July 20, 2007.\n\n" + issue(), re_line=ROSS_RE,
               salutation="Dear Magistrate Judge Ryu:", date="August 20, 2007", note="another magistrate judge's matter"),
    ],
    "JCS007": [
        motion(note="Friday 9:30 a.m., Courtroom A, 15th Floor"),
        motion(block=["DATE:  Friday, September 7, 2007", "TIME:  9:30 AM", "CTRM:  A, 15th Fl."],
               notice="PLEASE TAKE NOTICE that on Friday, September 7, 2007, at 9:30 AM, Plaintiff will move.", note="capitals, Ctrm"),
        motion(block=["Hearing Date: 7 September 2007", "Hearing Time: 9:30am", "Place: Courtroom A - 15th Floor"],
               notice="PLEASE TAKE NOTICE that on 7 September 2007 at 9:30am Plaintiff will move.", note="day-month-year, 9:30am"),
        motion(block=["Date: 9/7/07", "Time: 9:30"], notice="PLEASE TAKE NOTICE that on 9/7/07 at 9:30 a. m. Plaintiff will move.",
               note="numeric date, bare 9:30 in the block"),
        motion(block=["Date and Time: Friday, August 10, 2007, 9:30 A.M."],
               notice="PLEASE TAKE NOTICE that on Friday, August 10, 2007 at 9:30 A.M. Plaintiff will move.", note="combined label"),
        motion(block=[], notice="PLEASE TAKE NOTICE that, pursuant to the Order of July 30, 2007, on Friday, August 10, 2007, at "
                                "9:30 a.m., in Courtroom A, 15th Floor, Plaintiff will move.", note="an order's date before the hearing's"),
        motion(title=["DEFENDANTS' NOTICE OF MOTION AND", "MOTION TO DISMISS"],
               block=["Date: Friday, October 5, 2007", "Time: 9:30 a.m.", "Courtroom: A, 15th Floor"],
               notice="PLEASE TAKE NOTICE that on Friday, October 5, 2007, at 9:30 a.m., Defendants will move.",
               note="a motion to dismiss"),
        motion(number="Case No. 4:19-cv-06669-JST-DMR",
               block=["Date: Thursday, April 1, 2021", "Time: 1:00 p.m.", "Courtroom: 4, 3rd Floor"],
               notice="PLEASE TAKE NOTICE that on Thursday, April 1, 2021, at 1:00 p.m., Plaintiff will move.",
               note="another magistrate judge's calendar"),
    ],
    "JCS008": [
        motion(note="meeting and joint letter both described"),
        motion(body="On 20 July 2007 lead trial counsel met face-to-face at Defense LLP's office. The Joint Discovery Letter "
                    "followed on July 26, 2007.", note="day-month-year, Joint Discovery Letter"),
        motion(title=["DEFENDANTS' NOTICE OF MOTION AND", "MOTION TO DISMISS"], body="The complaint fails.", note="not discovery"),
        motion(title=["MOTION FOR SUMMARY JUDGMENT"], body="No facts are in dispute.", note="summary judgment"),
        motion(title=["DEFENDANTS' MOTION FOR A", "PROTECTIVE ORDER"],
               body="Lead trial counsel met and conferred in person on July 20, 2007. The parties' joint letter was filed July 26, "
                    "2007 (Dkt. 40).", note="protective order, both steps"),
        motion(title=["DEFENDANTS' MOTION TO QUASH", "THIRD-PARTY SUBPOENA"],
               body="Lead trial counsel met face-to-face at Advocate & Partners LLP's office on 7/20/07. Their Joint Discovery "
                    "Letter Brief (Dkt. No. 40) followed.", note="quash, numeric date, 'Joint Discovery Letter Brief'"),
        motion(number="Case No. 4:19-cv-06669-JST-DMR", body="Counsel met and conferred telephonically.",
               note="another magistrate judge's matter"),
        motion(body="\fLEAD TRIAL COUNSEL MET AND CONFERRED IN PERSON ON JULY 20, 2007. THE PARTIES FILED A JOINT LETTER "
                    "ON JULY 26, 2007.", note="capitals, on the second page"),
    ],
    "JCS009": [
        chambers_copy(LETTER_PAGES, [None, None, None], note="no stamp: JCS003 reports it"),
        chambers_copy(LETTER_PAGES, stamped(3), legend="", note="stamped but not a chambers copy"),
        chambers_copy(LETTER_PAGES[:1], ["Case 3:06-cv-03891-SC Document 45"], note="a stamp without a filed date"),
        letter(issue(), note="an ordinary joint letter"),
        motion(note="a motion"),
        chambers_copy(LETTER_PAGES, [None, stamped(3)[1], stamped(3)[2]], note="first page unstamped"),
        letter(issue(), date="July 26, 2007", note="letter date, no stamp"),
        chambers_copy(LETTER_PAGES, [None, None, None], legend="JCS'S CHAMBERS' COPY - NOT YET FILED", note="draft copy"),
    ],
    "JCS010": [
        letter(issue(), note="Re: with (JCS)"),
        letter(issue(), re_line="RE: LeadClick Media v. RelationServe Media, Case No. 3:06-cv-03891-SC (JCS)", note="current form"),
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891\nSC (JCS)",
               note="wrapped before the judge's initials"),
        letter(issue(), re_line="Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C 06-03891 SC ( JCS )",
               note="spaced designation"),
        letter(issue(), re_line=ROSS_RE, salutation="Dear Magistrate Judge Ryu:",
               note="corpus cand_19cv6669_89 p.1: another magistrate judge's matter"),
        letter(issue(), re_line="Re: LeadClick v. RelationServe, No. C-06-03891 JCS", note="consent case"),
        draft(caption("No. C-06-03891 SC (JCS)", MOTION_TITLE, GOOD_BLOCK) + MET + "\n" + "\n".join(f"{n:>2}  text" for n in range(1, 29))
              + "\nPL.'S MOT. TO COMPEL - C-06-03891 SC (JCS)    1\n", note="footer with (JCS)"),
        draft(caption("Case No. 3:06-cv-03891-SC (JCS)", MOTION_TITLE, GOOD_BLOCK) + MET + "\n"
              + "\n".join(f"{n:>2}  text" for n in range(1, 29)) + "\nMOTION TO COMPEL \u2013 CASE NO. 3:06-CV-03891-SC-JCS\n",
              note="footer with the docket's -JCS"),
    ],
}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES))
def test_rule_fires_on_the_variant(code: str, variant) -> None:
    found = diagnostics(variant, code)
    assert found, f"{code} is silent on: {variant}"
    for diagnostic in found:
        assert "\n" not in diagnostic.message, f"{code}'s message runs across a line break: {diagnostic.message!r}"


@pytest.mark.parametrize(("code", "variant"), cases(SILENT))
def test_rule_stays_silent_on_the_variant(code: str, variant) -> None:
    found = diagnostics(variant, code)
    assert not found, f"{code} reports on {variant}: {found[0].message}"


def firing(code: str, note: str) -> Variant:
    """The firing variant of ``code`` whose note starts with ``note``."""
    return next(variant for variant in FIRES[code] if variant.note.startswith(note))


# What the findings say, where issue 10 saw them go wrong.
@pytest.mark.parametrize(("variant", "code", "message"), [
    (firing("JCS004", "labels in capitals"), "JCS004", 'The issue "Issue No. 1: Interrogatory No. 3 (identity of senders)" lacks Plaintiff\'s proposed compromise.'),
    (firing("JCS004", "PDF letter"), "JCS004", 'The issue "ISSUE NO. 1: INTERROGATORY NO. 3" lacks Defendants\' proposed compromise.'),
    (firing("JCS004", "labels by short name"), "JCS004", "lacks RelationServe's proposed compromise."),
    (firing("JCS004", "corpus cand_19cv6669"), "JCS004", "lacks Mr. Ross's proposed compromise and AT&T's proposed compromise."),
    (firing("JCS005", "corpus cand_19cv6669"), "JCS005", "The only meet-and-confer described was by telephone;"),
    (firing("JCS005", "video conference"), "JCS005", "The only meet-and-confer described was by videoconference;"),
    (firing("JCS005", "met and conferred, not said"), "JCS005",
     "The meet-and-confer is described without saying that lead trial counsel met in person."),
    (firing("JCS007", "10:00 A.M."), "JCS007", "The hearing time is 10:00 A.M.; civil law and motion is heard at 9:30 a.m."),
    (firing("JCS007", "notice date wrapped"), "JCS007",
     'The hearing block gives "Friday, September 7, 2007" but the notice paragraph gives "Friday, September 14, 2007".'),
    (firing("JCS007", "Courtroom G"), "JCS007", 'The hearing names "G, 15th Floor"; the judge sits in Courtroom A, 15th Floor.'),
    (firing("JCS006", "day-month-year"), "JCS006", "6 business days after the in-person meeting on Friday, July 20, 2007"),
])
def test_the_finding_says_what_is_wrong(variant, code: str, message: str) -> None:
    messages = [diagnostic.message for diagnostic in diagnostics(variant, code)]
    assert any(message in text for text in messages), messages


def test_a_label_line_break_never_reaches_the_message() -> None:
    """Issue 10: 'lacks Conference Room.⏎⏎…' came from a name pattern running across lines."""
    body = ("Lead trial counsel met and conferred in person on July 20, 2007, in the Juror Conference Room.\n\n"
            + without(issue(), "Defendants' Proposed"))
    (finding,) = diagnostics(letter(body), "JCS004")
    assert "Conference Room" not in finding.message and finding.message.endswith("lacks Defendants' proposed compromise.")
    assert finding.excerpt == "Issue No. 1: Interrogatory No. 3 (identity of senders)"


def test_the_hyphenated_referral_is_recognised_and_only_noted() -> None:
    found = diagnostics(motion("Case No. 3:06-cv-03891-SC-JCS"), "JCS001")
    assert [(d.severity.value, d.message) for d in found] == [
        ("info", 'The case number "Case No. 3:06-cv-03891-SC-JCS" gives the referral as "-JCS"; the order\'s form is "(JCS)".')]


@pytest.mark.parametrize(("number", "applies"), [
    ("No. C-06-03891 SC (JCS)", True), ("No. C-06-03891 SC ( JCS )", True), ("Case No. 3:06-cv-03891-SC-JCS", True),
    ("Case No. 3:18-mc-80132-JSC", False),  # Judge Corley's initials (corpus cand_18mc80132_16-6 p.1): not Spero's matter
    ("Case No. 4:19-cv-06669-JST-DMR", False),
])
def test_the_pack_recognises_its_matters_without_configuration(number: str, applies: bool) -> None:
    thursday = ["Date: Thursday, September 6, 2007", "Time: 9:30 a.m."]
    variant = Variant(caption(number, MOTION_TITLE, thursday) + MET + "\n", note=number)
    assert bool(diagnostics(variant, "JCS007")) is applies
