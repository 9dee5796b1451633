"""Parties and party labels as filings write them (filelint/legal/parties.py)."""

from __future__ import annotations

import pytest

from filelint.legal.parties import (
    Parties,
    Party,
    caption_parties,
    defined_names,
    find_labels,
    magistrate_judges_named,
    names_a_compromise,
    possessive,
    read_parties,
    versus_parties,
)

ROSS = versus_parties("Case 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al.")
LEADCLICK = Parties((Party("LEADCLICK MEDIA, INC", "plaintiff", ("LeadClick",)),
                     Party("RELATIONSERVE MEDIA, INC", "defendant", ("RelationServe",))))

# (text, who, kind, side)
LABELS = [
    ("PLAINTIFF'S POSITION:", "PLAINTIFF", "position", "plaintiff"),
    ("Plaintiff's final position: the request is proper.", "Plaintiff", "position", "plaintiff"),
    ("Plaintiffs' Position", "Plaintiffs", "position", "plaintiff"),
    ("Position of Plaintiff", "Plaintiff", "position", "plaintiff"),
    ("Final Position of Defendants:", "Defendants", "position", "defendant"),
    ("Defendants' Compromise Proposal", "Defendants", "compromise", "defendant"),
    ("Defendant's proposed compromise: answers limited to 2007.", "Defendant", "compromise", "defendant"),
    ("DEFENDANTS’ FINAL PROPOSED COMPROMISE", "DEFENDANTS", "compromise", "defendant"),
    ("A. Plaintiff’s Final Proposed Compromise", "Plaintiff", "compromise", "plaintiff"),
    ("2. Defendants’ Proposal for Compromise", "Defendants", "compromise", "defendant"),
    ("LeadClick's Position", "LeadClick", "position", "plaintiff"),
    ("LEADCLICK’S FINAL PROPOSED COMPROMISE", "LEADCLICK", "compromise", "plaintiff"),
    ("RelationServe’s Position:", "RelationServe", "position", "defendant"),
    ("Plaintiff LeadClick’s Position:", "Plaintiff LeadClick", "position", "plaintiff"),
    ("POSITION OF DEFENDANT RELATIONSERVE MEDIA, INC.:", "DEFENDANT RELATIONSERVE MEDIA, INC.", "position", "defendant"),
    ("Plaintiff's Position regarding Interrogatory No. 3:", "Plaintiff", "position", "plaintiff"),
    ("Defendants’ Position – the request is overbroad.", "Defendants", "position", "defendant"),
    ("Respondent's Position:", "Respondent", "position", "defendant"),
    ("Non-Party Google’s Position:", "Non-Party Google", "position", "non-party"),
    ("Petitioners’ Proposed Resolution:", "Petitioners", "compromise", "plaintiff"),
    ("plaintiff’s position: the documents exist.", "plaintiff", "position", "plaintiff"),
    ("Defendants' Statement:", "Defendants", "position", "defendant"),
]
# Corpus: cand_19cv6669_89_discovery_letter.pdf pp. 1-3 label each side inline after a sentence.
ROSS_LABELS = [
    ("SIM swapped (Rog No. 21).  Mr. Ross’s position. Mr. Ross did not ask", "Mr. Ross", "plaintiff"),
    ("to AT&T.  AT&T’s position.  Mr. Ross’s request seeks", "AT&T", "defendant"),
    ("Ross Statement.  AT&T’s view is otherwise.", "Ross", "plaintiff"),
    ("AT&T Statement: Many of the disputes are premature.", "AT&T", "defendant"),
    ("Nonetheless AT&T's position.", "Nonetheless AT&T", "defendant"),
]
NOT_LABELS = [
    "Contrary to NSO’s position, Local Rule 37-1 does not require",  # prose: corpus cand_19cv7123_144 p.19
    "The Court's Position:",
    "The parties' positions are set out below.",
    "Each party's position on each issue follows.",
    "Plaintiff's position is that the request is proper.",
    "Defendants rejected plaintiff's compromise in a letter.",
    "This Statement:",
    "the plaintiff's position on the merits",
]


@pytest.mark.parametrize(("text", "who", "kind", "side"), LABELS)
def test_labels_in_any_case_number_and_order(text, who, kind, side) -> None:
    labels = list(find_labels(text, LEADCLICK))
    assert [(label.who, label.kind, label.side) for label in labels] == [(who, kind, side)]


@pytest.mark.parametrize(("text", "who", "side"), ROSS_LABELS)
def test_inline_labels_of_a_real_letter(text, who, side) -> None:
    labels = list(find_labels(text, ROSS))
    assert (labels[0].who, labels[0].kind, labels[0].side) == (who, "position", side)


@pytest.mark.parametrize("text", NOT_LABELS)
def test_prose_is_not_a_label(text) -> None:
    assert list(find_labels(text, LEADCLICK)) == []


def test_a_label_never_runs_across_a_paragraph_break() -> None:
    labels = list(find_labels("in the Juror Conference Room.\n\nDefendants' Position:\nThe request", LEADCLICK))
    assert [(label.who, label.text) for label in labels] == [("Defendants", "Defendants' Position")]


def test_an_unknown_name_is_a_side_of_its_own() -> None:
    (label,) = find_labels("Acme's Position:", Parties())
    assert label.side == "acme"


def test_parties_from_a_2007_caption_in_columns() -> None:
    caption = ("LEADCLICK MEDIA, INC.,          No. C-06-03891 SC (JCS)\n          Plaintiff,\n"
               "     v.                            NOTICE OF MOTION\nRELATIONSERVE MEDIA, INC., et al.,\n          Defendants.\n")
    parties = caption_parties(caption)
    assert [(p.name, p.side) for p in parties.parties] == [("LEADCLICK MEDIA, INC", "plaintiff"),
                                                          ("RELATIONSERVE MEDIA, INC", "defendant")]


def test_parties_from_the_seed_orders_caption_with_plural_s() -> None:
    caption = ("LEADCLICK MEDIA, INC., Plaintiff(s),\tNo. C-06-03891 SC (JCS)\n"
               "v. RERLATIONSERVE MEDIA, INC., ET AL.,\tNOTICE OF REFERENCE\nDefendant(s).\t")
    assert [p.side for p in caption_parties(caption).parties] == ["plaintiff", "defendant"]


def test_parties_from_a_caption_with_a_column_of_parentheses() -> None:
    # corpus cand_19cv7123_144_reply_motion_compel.pdf p.1
    caption = ("UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF CALIFORNIA\nOAKLAND DIVISION\n)\n"
               "WHATSAPP INC., a Delaware corporation, ) Case No. 4:19-cv-07123-PJH\nand FACEBOOK, INC., a Delaware  )\n"
               "corporation,  ) REPLY MEMORANDUM OF POINTS\nPlaintiffs,  ) SUPPORT OF PLAINTIFFS’ MOTION\nv.  )\n"
               "NSO GROUP TECHNOLOGIES LIMITED )\nand Q CYBER TECHNOLOGIES LIMITED, ) Date:     September 9, 2020\n"
               "Defendants.  )")
    parties = caption_parties(caption)
    assert [p.name for p in parties.on_side("plaintiff")] == ["WHATSAPP INC", "FACEBOOK, INC"]
    assert [p.name for p in parties.on_side("defendant")] == ["NSO GROUP TECHNOLOGIES LIMITED", "Q CYBER TECHNOLOGIES LIMITED"]
    assert parties.side_of("NSO") == "defendant" and parties.side_of("WhatsApp") == "plaintiff"


@pytest.mark.parametrize(("line", "plaintiff", "defendant"), [
    ("Re: LeadClick Media, Inc. v. RelationServe Media, Inc., No. C-06-03891", "LeadClick Media, Inc", "RelationServe Media, Inc"),
    ("RE: WhatsApp Inc. v. NSO Group Techs. Ltd., Case No. 4:19-cv-07123-PJH (JCS)", "WhatsApp Inc", "NSO Group Techs. Ltd"),
    ("Case 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al.", "Ross", "AT&T Mobility LLC"),
])
def test_parties_from_a_letters_re_line(line, plaintiff, defendant) -> None:
    parties = versus_parties(line)
    assert [(p.name, p.side) for p in parties.parties] == [(plaintiff, "plaintiff"), (defendant, "defendant")]


def test_short_names_the_letter_defines() -> None:
    text = 'Plaintiff LeadClick Media, Inc. ("LeadClick") and Defendant RelationServe Media, Inc. (“RelationServe”) submit'
    assert defined_names(text) == {"LeadClick": "Plaintiff LeadClick Media, Inc.", "RelationServe": "Defendant RelationServe Media, Inc."}
    parties = read_parties("", "Re: LeadClick Media, Inc. v. RelationServe Media, Inc.\n" + text)
    assert parties.side_of("LeadClick") == "plaintiff" and parties.side_of("RelationServe") == "defendant"


def test_a_collective_short_name_takes_its_role() -> None:
    parties = read_parties("", 'Re: X v. Y\nDefendants Alpha Corp. and Beta LLC (collectively, "Defendants") and Plaintiff')
    assert parties.side_of("Defendants") == "defendant"


@pytest.mark.parametrize(("who", "form"), [("Defendants", "Defendants'"), ("Plaintiff", "Plaintiff's"), ("AT&T", "AT&T's"),
                                           ("LeadClick’s", "LeadClick's"), ("Mr. Ross", "Mr. Ross's"), ("DEFENDANTS", "Defendants'")])
def test_possessive(who, form) -> None:
    assert possessive(who) == form


@pytest.mark.parametrize(("text", "proposes"), [
    ("As a compromise, Defendants offered answers for 2007.", True),
    ("Plaintiff proposes the following compromise: two custodians.", True),
    ("In compromise, LeadClick would accept ten hours.", True),
    ("Defendants' compromise offer was rejected.", True),
    ("Nonetheless, in an attempt to compromise, the parties agreed that AT&T would supplement.", True),  # cand_19cv6669_89 p.2
    ("Mr. Ross replied that he would agree to limit his requests relating to ZenKey.", True),  # cand_19cv6669_89 p.4
    ("Defendants are willing to accept ten custodians.", True),
    ("The request is overbroad and unduly burdensome.", False),
    ("Plaintiff refuses any limit on the time period.", False),
])
def test_a_compromise_in_prose(text, proposes) -> None:
    assert names_a_compromise(text) is proposes


@pytest.mark.parametrize(("text", "named"), [
    ("Dear Magistrate Judge Ryu:", ["Ryu"]),  # corpus cand_19cv6669_89_discovery_letter.pdf p.1
    ("Dear Judge Spero:", ["Spero"]),
    ("The Honorable Joseph C. Spero\nUnited States Magistrate Judge", ["Spero"]),
    ("Hon. Donna M. Ryu, U.S. Magistrate Judge", ["Ryu"]),
    ("Magistrate Judge Joseph C. Spero", ["Spero"]),
    ("As Magistrate Judge Laporte held in an earlier case, the request is proper.", []),
    ("Judge:   Hon. Phyllis J. Hamilton", []),  # the district judge in a hearing block
])
def test_the_judge_a_paper_is_addressed_to(text, named) -> None:
    assert magistrate_judges_named(text) == named
