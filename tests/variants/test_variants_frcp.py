"""Variant tables for the privacy and signing rules (FR001-FR005), written the way filings phrase things.

Declarations, complaints, exhibits and letters give numbers, birth dates and minors' names in
many forms: Word's en dashes, spaced hyphens, a number wrapped at the end of a line, dates as
"14 March 1979" or "1979-03-14", names in capitals or with accents. Where the wording comes from a
corpus file (/work/shared/corpus/pdf), the note names the file and page; the corpus's own numbers
are never copied. Secrets below are the standard test values (SSA's 123-45-6789 example, the
4111 card, the ECBS sample IBAN).
"""

from __future__ import annotations

import json

import pytest
from pdfbuild import minimal_pdf, pleading_page, rich_pdf, styled_text
from variant_support import Variant, cases, diagnostics, fires

# A declaration's caption and closing around the paragraph a variant is about.
DECL_HEAD = "DECLARATION OF MARIA DOE IN SUPPORT OF PLAINTIFF'S MOTION\n\nI, Maria Doe, declare as follows:\n\n"
DECL_TAIL = "\n\nI declare under penalty of perjury that the foregoing is true and correct.\n\n/s/ Maria Doe"


def decl(paragraph: str) -> str:
    return DECL_HEAD + paragraph + DECL_TAIL


def pleading(lines: dict[int, str]) -> str:
    """A text draft on numbered pleading paper: text on the given lines, the rest blank."""
    return "\n".join(f"{n:2d}  {lines.get(n, '')}".rstrip() for n in range(1, 29)) + "\n"


def meta_pdf(info: dict[str, str], note: str) -> Variant:
    """A one-page brief whose document properties (Title, Author, Subject, Keywords) hold ``info``."""
    lines = ["PLAINTIFF'S OPPOSITION TO MOTION TO DISMISS", "Plaintiff opposes the motion for the reasons below.",
             "/s/ Jane R. Advocate"]
    content = "\n".join(styled_text(90, 700 - 24 * i, text) for i, text in enumerate(lines))
    return Variant(rich_pdf([{"content": content}], info=info), name="opposition.pdf", note=note)


def pleading_pdf(lines: dict[int, str], note: str) -> Variant:
    """A page of pleading paper (margin numbers 1-28) with text on the given lines."""
    return Variant(minimal_pdf([{"content": pleading_page(lines)}]), name="declaration.pdf", note=note)


WRAPPED_PDF = pleading_pdf({1: "DECLARATION OF MARIA DOE", 3: "I, Maria Doe, declare as follows.",
                            9: "My Social Security number is 123-45-", 10: "6789, and I was born on March 14,",
                            11: "1979, in Fresno."}, "PDF on pleading paper: SSN and birth date wrapped at the line end")

FIRES = {
    "FR001": [
        WRAPPED_PDF,
        decl("1. My Social Security number is 123-45-6789."),
        decl("2. Plaintiff's SSN, 123.45.6789, was printed on the W-2 attached as Exhibit A."),
        decl("3. The form lists my social security no. 123\u201345\u20136789 (Word turned the hyphens into en dashes)."),
        "COMPLAINT FOR DAMAGES\n\nPlaintiff JOHN SMITH (SSN 123 - 45 - 6789) resides in Oakland, California.",
        decl("4. Decedent's Social Security number, 287-65-\n4329, appears on the death certificate."),
        "EXHIBIT B\n\nEMPLOYEE:  Maria Doe\nSS#  287\u201465\u20144329\nPAY PERIOD:  07/01/2007 - 07/15/2007",
        decl("5. The company's Employer Identification No. is 94-1234567."),
        "SCHEDULE A\n\nTAXPAYER I.D. NO.: 287654329",
        decl("6. I file taxes under ITIN 912-70-1234."),
        meta_pdf({"Author": "Maria Doe SSN 123-45-6789"}, "an SSN in the PDF's Author property"),
    ],
    "FR002": [
        WRAPPED_PDF,
        "Ms. Doe (DOB: 03/14/1979) worked for Defendant.",
        decl("2. Ms. Doe, D.O.B. 03/14/1979, was hired in 2005."),
        "EXHIBIT C\n\nPATIENT: Maria Doe   DOB: 1979-03-14   MRN: withheld",
        decl("3. I was born on 14 March 1979 in Fresno, California."),
        decl("4. My son was born on 10 August 2007 at Alta Bates hospital."),
        decl("5. Her date of birth is March 14,\n1979, according to the hospital record."),
        "EXHIBIT F\n\nAPPLICATION FORM\n\nBIRTHDATE: MAR. 14, 1979\nPLACE OF BIRTH: Fresno",
        decl("6. The report gives 3/14/79 (date of birth) and her address."),
        decl("7. Mr. Smith was born in Oakland, California on September 5, 1979."),
        meta_pdf({"Subject": "Doe medical records DOB 03/14/1979"}, "a birth date in the PDF's Subject property"),
    ],
    "FR003": [
        decl("2. The minor, Jacob Miller, attends Lincoln Elementary School."),
        "COMPLAINT\n\nJACOB MILLER, a minor, by and through his guardian ad litem MARY MILLER, alleges as follows:",
        decl("3. José García, a minor, was on the bus that morning."),
        decl("4. Plaintiff's minor son Jacob Miller, age 12, witnessed the accident."),
        decl("5. Mary-Kate O'Neil (age 15) was interviewed by the school counselor."),
        decl("6. Her daughter Zoë Ó Briain, who is 9 years old, lives with her."),
        decl("7. The police report names the minor child Emily Rodriguez as a passenger."),
        decl("8. The store employed a 16-year-old named Liam McDonald."),
        "PETITION\n\nEMILY RODRIGUEZ, A MINOR, and her mother, ANA RODRIGUEZ, petition the Court.",
    ],
    "FR004": [
        decl("2. The payments came from my checking account no. 004417823391."),
        decl("3. Defendant debited Account No. 0044-1782-3391 twelve times."),
        decl("4. The charge appeared on my Visa card 4111 1111 1111 1111."),
        decl("5. The funds were wired to IBAN DE89 3704 0044 0532 0130 00 in Frankfurt."),
        "EXHIBIT D\n\nBeneficiary account: GB82WEST12345698765432",
        "EXHIBIT E\n\nACCT. #: 1234 5678 9012\nSTATEMENT PERIOD: 07/01/2007 - 07/31/2007",
        decl("6. The card number was 4532-0151-1283-0366, expiring in 2009."),
        decl("7. Plaintiff's loan number 0012345678 was assigned to Defendant."),
        decl("8. My Wells Fargo savings account 0044.1782.3391 was closed."),
        meta_pdf({"Keywords": "chargeback, card 4111111111111111"}, "a card number in the PDF's Keywords property"),
    ],
    "FR005": [
        "PLAINTIFF'S MOTION TO COMPEL\n\nPlaintiff moves to compel answers.\n\nRespectfully submitted,\n\nADVOCATE & PARTNERS LLP",
        "DEFENDANT'S OPPOSITION TO MOTION TO COMPEL\n\nThe motion should be denied.\n\nDated: July 27, 2007\n\n"
        "Attorneys for Defendant ACME CORP.",
        "PLAINTIFF'S MOTION TO COMPEL\n\nPlaintiff moves to compel answers.\n\nBy: Jane R. Advocate\nAttorney for Plaintiff",
        "COMPLAINT FOR DAMAGES\n\n1. Plaintiff brings this action.\n\nDEMAND FOR JURY TRIAL\n\nPlaintiff demands a jury.",
        # signed, with letterhead address and telephone but no e-mail (corpus cand_19cv6669_89_discovery_letter.pdf p1, p6)
        "ADVOCATE LLP\n2049 Century Park East, Ste. 2460\nLos Angeles, CA 90067\nTel: (310) 555-0100\n\n"
        "JOINT DISCOVERY LETTER BRIEF\n\nDear Magistrate Judge Spero:\n\nThe parties dispute one issue.\n\n"
        "Very truly yours,  Very truly yours,\n/s/Christopher Advocate  /s/Marcus Counsel\n"
        "Christopher Advocate  Marcus Counsel",
        "PLAINTIFF'S REPLY IN SUPPORT OF MOTION TO COMPEL\n\nThe opposition fails.\n\ns/ John Smith\nJohn Smith\n"
        "100 Market Street, San Francisco, CA 94105\njsmith@smith.example",
        "STIPULATION AND [PROPOSED] ORDER EXTENDING TIME\n\nThe parties stipulate.\n\n/s/ Jane R. Advocate\n"
        "Jane R. Advocate\njadvocate@advocate.example\n(415) 555-0100",
        "NOTICE OF MOTION AND MOTION TO DISMISS\n\nDefendant moves to dismiss.\n\nDATED: July 27, 2007  MORGAN LLP\n\n"
        "Attorneys for Defendant",
    ],
}

SILENT = {
    "FR001": [
        decl("1. My Social Security number ends in 6789 (XXX-XX-6789)."),
        decl("2. The redacted form shows ***-**-6789."),
        # the masked form a bankruptcy schedule prints (corpus ganb_18-53173_35_bankruptcy_schedules.pdf p1)
        "Debtor 1  Maria Doe\nOfficial Form 106\n\nyour Social Security\nnumber or federal  xxx-xx-4329",
        decl("3. Call me at (415) 555-0134 or 415-555-0134 about Case No. 06-03891 SC."),
        "Case No. 3:07-cv-01234-JCS\n\nSee Bates SMITH0001234 and LEAD-000123.",
        decl("4. I live at 100 Market Street, San Francisco, CA 94105-1234."),
        decl("5. The meeting was on 07-27-2007 and again on 2007-07-27."),
        decl("6. Invoice 123456789 was paid on July 30, 2007."),
        decl("7. The number on the exhibit is Bates No. 123-45-6789, a docket identifier."),
        decl("8. Plaintiff's Social Security number is withheld under Rule 5.2."),
    ],
    "FR002": [
        "Ms. Doe, born in 1979, worked for Defendant from July 30, 2007.",
        decl("2. I am 28 years old. The hearing is set for September 7, 2007 at 9:30 a.m."),
        "Case 3:07-cv-01234-JCS  Document 12  Filed 07/30/2007  Page 1 of 5\n\nDECLARATION OF MARIA DOE",
        decl("3. Her date of birth: XX/XX/1979."),
        decl("4. She was born in 1979 and hired on July 30, 2007."),
        decl("5. The birth certificate was issued on July 30, 2007."),
        # the words of a privacy list, no date (corpus cand_18cv5982_198-1_class_cert_memo.pdf p6)
        "Defendants collected names, education history, relationship status, date of birth, hometown, and other\n"
        "historical PII, neatly",
        decl("6. Her birthday party on July 4, 2007 was at the park."),
        decl("7. The birth of the partnership on July 1, 2007 ended the dispute."),
    ],
    "FR003": [
        "Plaintiff Jane Doe, a minor, by and through her guardian ad litem, alleges as follows:",
        decl("2. J.M., a minor, lives with me."),
        decl("3. Plaintiff's son, J.M., age 12, attends school."),
        decl("4. Jacob Miller, age 45, testified at deposition."),
        # corpus cacd_18cv9321_55-3_declaration_xray.pdf p3
        "3. Third-Party Defendant is not a minor or incompetent person or in military service.",
        decl("5. The parties agreed to minor changes to the Protective Order."),
        # corpus cand_17cv4992_220_complaint_redacted_xray.pdf p7
        "at subsequent Plaintiff Projects.  A minor and",
        "Plaintiff Minor A, by and through her parent, brings this action.",
        decl("6. John Doe 2, a minor, was present."),
        decl("7. His son E.R., a 9-year-old, was in the car."),
    ],
    "FR004": [
        decl("2. The payments came from my checking account no. XXXXXXXX3391."),
        decl("3. Wire to routing number 121000248 at Wells Fargo."),
        # a schedule's "last 4 digits" column (corpus ganb_18-53173_35_bankruptcy_schedules.pdf p23)
        "Debtor 1  Maria Doe\n4.1  Bk Of Amer  Last 4 digits of account number  3391  $512.00",
        decl("4. The card ending in 1111 was cancelled."),
        decl("5. Our account manager can be reached at (415) 555-0134."),
        "Case No. 06-03891 SC\n\nSee Bates SCHWAB0001234 (account statements).",
        decl("6. The post is at https://twitter.com/user/status/4111111111111111."),
        decl("7. The statement shows ****-****-****-1111."),
        decl("8. The number 4111 1111 1111 1112 on the receipt is not a valid card number."),
        decl("9. The account was opened on 2007-07-27."),
        # an insurer's policy number is no financial account (corpus caed_20cv713_1_complaint_suspected_redaction.pdf p4)
        "COMPLAINT\n\nIronShore renewed it as Policy No. 001234567 for the Policy Period May 31, 2017 to May 31,\n"
        "2018, and billed the premium to the insured's account under Policy No. 001234568.",
    ],
    "FR005": [
        "PLAINTIFF'S MOTION TO COMPEL\n\nPlaintiff moves to compel.\n\nRespectfully submitted,\n\nBy: /s/ Jane R. Advocate\n"
        "Jane R. Advocate (SBN 123456)\nADVOCATE LLP\n100 Market Street, San Francisco, CA 94105\n"
        "Telephone: (415) 555-0100\nEmail: jadvocate@advocate.example",
        # letterhead with every detail, signatures without space after /s/ (corpus cand_19cv6669_89 p6's form)
        "ADVOCATE LLP\nONE MARKET PLAZA, SPEAR TOWER\nSAN FRANCISCO, CALIFORNIA 94105\nTel: (415) 555-0100\n"
        "counsel@advocate.example\n\nJOINT DISCOVERY LETTER BRIEF\n\nDear Judge Spero:\n\nOne issue remains.\n\n"
        "/s/Christopher Advocate  /s/Marcus Counsel",
        # the counsel block on the caption page carries the details; the signature only the name, in capitals
        "JANE R. ADVOCATE (SBN 123456)\njadvocate@advocate.example\nADVOCATE LLP\n100 Market Street\n"
        "San Francisco, CA 94105\n(415) 555-0100\n\nPLAINTIFF'S OPPOSITION TO MOTION TO DISMISS\n\n"
        "The motion should be denied.\n\n/S/ JANE R. ADVOCATE",
        # co-counsel signatures: the first block has no details, the second has all of them
        "DEFENDANTS' REPLY IN SUPPORT OF MOTION TO DISMISS\n\nThe motion should be granted.\n\n"
        "/s/ Marcus Counsel\nMarcus Counsel\nAttorney for Defendant A\n\n"
        "/s/ Jane R. Advocate\nJane R. Advocate\n555 California St., Suite 500\nSan Francisco, Calif. 94104\n"
        "(415) 555-0100 | jadvocate@advocate.example\nAttorney for Defendant B",
        decl("2. I am over eighteen."),  # a declarant signs for herself ("/s/ Maria Doe")
        "DECLARATION OF JOHN SMITH\n\nI declare under penalty of perjury that the foregoing is true.\n\n"
        "______________________________\nJohn Smith",
        "DECLARATION OF JOHN SMITH\n\nI declare under penalty of perjury.\n\nDocuSigned by:\nJohn Smith",
        # the court's own paper is no party's filing
        "ORDER GRANTING MOTION TO COMPEL\n\nThe motion is GRANTED.\n\nIT IS SO ORDERED.\n\nDated: July 30, 2007\n\n"
        "JOSEPH C. SPERO\nUnited States Magistrate Judge",
        "STIPULATION TO EXTEND TIME\n\nThe parties so stipulate.\n\n/s/ Jane R. Advocate\n"
        "Jane R. Advocate | P.O. Box 1234, Oakland, CA 94604 | 510.555.0100 | jra@advocate.example",
    ],
}


@pytest.mark.parametrize(("code", "variant"), cases(FIRES), ids=str)
def test_fires(code: str, variant) -> None:
    assert fires(variant, code), f"{code} is silent on {variant}"


@pytest.mark.parametrize(("code", "variant"), cases(SILENT), ids=str)
def test_silent(code: str, variant) -> None:
    found = diagnostics(variant)
    assert "FL008" not in {d.code for d in found}, "the variant must read as a filing, or the rule never ran on it"
    mine = [d for d in found if d.code == code]
    assert not mine, f"{code} fires on {variant}: {mine[0].message}"


# ---------------------------------------------------------------- what the findings say, and where
SECRETS = ["123-45-6789", "123.45.6789", "123\u201345\u20136789", "123 - 45 - 6789", "287-65-4329", "287654329",
           "03/14/1979", "1979-03-14", "14 March 1979", "004417823391", "0044-1782-3391", "4111 1111 1111 1111",
           "DE89 3704 0044 0532 0130 00", "4111111111111111"]


def _shown(found) -> str:
    return json.dumps([d.to_dict() for d in found], ensure_ascii=False)


@pytest.mark.parametrize(("code", "variant"), cases({c: FIRES[c] for c in ("FR001", "FR002", "FR004")}), ids=str)
def test_findings_never_show_the_secret(code: str, variant) -> None:
    shown = _shown(diagnostics(variant))
    for secret in SECRETS:
        assert secret not in shown


def test_the_finding_sits_on_the_line_of_the_number() -> None:
    draft = pleading({1: "DECLARATION OF MARIA DOE", 5: "I, Maria Doe, declare as follows.",
                      9: "My social security number is 123\u201345\u20136789, and my", 11: "date of birth is 14 March 1979."})
    (ssn,) = fires(draft, "FR001")
    (dob,) = fires(draft, "FR002")
    assert (ssn.page, ssn.line) == (1, 9) and "social security number" in ssn.message and "6789" in ssn.message
    assert (dob.page, dob.line) == (1, 11) and "XX XXXXX 1979" in dob.message


def test_wrapped_secrets_in_a_pdf_are_found_on_the_line_they_start() -> None:
    (ssn,) = fires(WRAPPED_PDF, "FR001")
    (dob,) = fires(WRAPPED_PDF, "FR002")
    assert (ssn.line, dob.line) == (9, 10)
    assert ssn.excerpt.endswith("XXX-XX-") and "March 14" not in dob.excerpt


def test_a_number_wrapped_over_two_lines_is_one_finding_masked_on_both() -> None:
    draft = decl("4. Decedent's Social Security number, 287-65-\n4329, appears on the death certificate.")
    (finding,) = fires(draft, "FR001")
    assert "XXX-XX-4329" in finding.message
    assert "287-65" not in (finding.excerpt or "")


def test_birth_date_keeps_only_the_year() -> None:
    (iso,) = fires("EXHIBIT C\n\nDOB: 1979-03-14", "FR002")
    assert "03-14" not in iso.message and "1979-03-14" not in iso.message
    (written,) = fires(decl("I was born on March 14, 1979."), "FR002")
    assert written.message.startswith("A full date of birth appears: XXXXX XX, 1979.")


def test_minor_names_are_a_warning_that_names_the_person() -> None:
    (finding,) = fires("COMPLAINT\n\nJACOB MILLER, a minor, by and through his guardian ad litem MARY MILLER", "FR003")
    assert finding.severity.value == "warning" and '"JACOB MILLER"' in finding.message
    assert "MARY MILLER" not in finding.message


def test_card_and_account_are_named_for_what_they_are() -> None:
    found = fires(decl("Card 4111 1111 1111 1111 and Account No. 0044-1782-3391; IBAN DE89 3704 0044 0532 0130 00."),
                  "FR004")
    kinds = sorted(d.message.split(" appears")[0] for d in found)
    assert kinds == ["A full IBAN (international bank account number)", "A full financial-account number",
                     "A full payment-card number"]


def test_unsigned_is_an_error_and_missing_details_a_warning() -> None:
    (unsigned,) = fires(FIRES["FR005"][0], "FR005")
    assert unsigned.severity.value == "error" and "not signed" in unsigned.message
    (no_email,) = fires(FIRES["FR005"][4], "FR005")
    assert no_email.severity.value == "warning" and no_email.message.startswith("The signer's e-mail address is not given")
    (no_phone,) = fires(FIRES["FR005"][5], "FR005")
    assert no_phone.message.startswith("The signer's telephone number is not given")


# ---------------------------------------------------------------- PDF document properties (issue 11)
def test_secrets_in_pdf_properties_are_whole_file_findings_naming_the_property_and_masked_everywhere() -> None:
    variant = meta_pdf({"Author": "Maria Doe SSN 123-45-6789", "Subject": "Doe records DOB 03/14/1979",
                        "Keywords": "card 4111111111111111, acct no. 004417823391", "Title": "Doe v. Acme"},
                       "every kind of secret in the properties")
    found = diagnostics(variant)
    privacy = {(d.code, d.page, d.line, d.message.split(" holds")[0]) for d in found if d.code.startswith("FR")}
    assert privacy >= {("FR001", None, None, "The PDF's Author property"),
                       ("FR002", None, None, "The PDF's Subject property"),
                       ("FR004", None, None, "The PDF's Keywords property")}
    assert len([d for d in found if d.code == "FR004"]) == 2  # the card and the account
    shown = _shown(found)
    for secret in ("123-45-6789", "03/14/1979", "4111111111111111", "004417823391"):
        assert secret not in shown, "a property printed by another rule (PDF009) must be masked too"
    assert "6789" in shown and "1979" in shown


def test_clean_properties_are_not_privacy_findings() -> None:
    variant = meta_pdf({"Author": "Jane R. Advocate", "Title": "Opposition to Motion to Dismiss",
                        "Subject": "Filed July 30, 2007", "Keywords": "Case No. 06-03891, (415) 555-0134"}, "clean")
    assert [d.code for d in diagnostics(variant) if d.code in ("FR001", "FR002", "FR003", "FR004")] == []
