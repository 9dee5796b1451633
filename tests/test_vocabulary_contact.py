"""The contact vocabulary (filelint/legal/contact.py): addresses, e-mail, telephone, bar numbers, as counsel blocks write them."""

from __future__ import annotations

import pytest

from filelint.legal.contact import ADDRESS, BAR_NUMBER, EMAIL, FAX, PHONE, REPRESENTS

ADDRESSES = [
    "100 Market Street",
    "100 Market Street, Suite 500",
    "555 California St., Ste. 500",
    "ONE MARKET PLAZA, SPEAR TOWER",
    "One Market Plaza, Steuart Tower, 8th Floor",
    "1 Embarcadero Center",
    "Two Embarcadero Center, 11th Floor",  # corpus cand_19cv4238_223 p1
    "2049 Century Park East, Ste. 2460",  # corpus cand_19cv6669_89 p1
    "564 W. Randolph St., Suite 400",  # corpus cand_18cv360_147 p20
    "429 Santa Monica Boulevard, Suite 710",
    "1203 3rd Street, 39th Floor",  # corpus cand_17cv3022_513 p42
    "4040 Civic Center Drive, Suite 200",  # corpus caed_20cr84_14 p1
    "San Francisco, California 94105",
    "SAN FRANCISCO, CA 94111-4067",
    "San Francisco, Calif. 94105",
    "Palo Alto, CA  94304",
    "Washington, D.C. 20005",
    "New York, NY 10019",
    "Los Angeles,\nCalifornia 90071",  # city and state wrapped onto the next line
    "P.O. Box 1234",
    "PO BOX 77",
    "Post Office Box 9",
    "Chicago, IL 60661",
    "Beverly Hills, CA 90212",
]
NOT_ADDRESSES = [
    "3 motions before the court",
    "filed on June 3 at the Court",
    "on 2 occasions the plaintiffs drove",
    "Palo Alto,\n\nCA 94301",  # a blank line between: two paragraphs, not one address
    "Attorneys for Plaintiff LEADCLICK MEDIA, INC.",
    "Case No. 3:06-cv-03891-SC",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_addresses_in_every_form_counsel_write_them(text: str) -> None:
    assert ADDRESS.search(text), text


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_prose_and_numbers_are_not_addresses(text: str) -> None:
    assert not ADDRESS.search(text), ADDRESS.search(text)


@pytest.mark.parametrize("text", [
    "Telephone: (415) 555-0100", "Tel. 415.555.0100", "415-555-0100", "+1 415 576 3000", "(310) 979-8700",
    "Phone:  510-412-8900", "Tel: 206-623-7292", "415/555-0100",
])
def test_telephone_numbers(text: str) -> None:
    assert PHONE.search(text)


@pytest.mark.parametrize("text", ["Case No. 3:06-cv-03891", "94105-1234", "Dkt. No. 116"])
def test_not_telephone_numbers(text: str) -> None:
    assert not PHONE.search(text)


@pytest.mark.parametrize("text", ["jadvocate@advocatelaw.example", "Tarek.Zohdy@capstonelawyers.com", "E-Mail : lee@hbsslaw.com"])
def test_email_addresses(text: str) -> None:
    assert EMAIL.search(text)


@pytest.mark.parametrize("text", [
    "(State Bar No. 123456)", "SBN 247775", "CA Bar No. 250351", "California State Bar No. 67254", "Bar No. 259571",
    "(#134180)", "CSB #123456", "S.B.N. 12345",
])
def test_bar_numbers(text: str) -> None:
    assert BAR_NUMBER.search(text)


@pytest.mark.parametrize("text", ["Attorneys for Plaintiff", "Counsel for Defendant AMAZON.COM, INC.",
                                  "Attorney of Record for Respondent", "Plaintiff, Pro Se", "in propria persona"])
def test_party_represented(text: str) -> None:
    assert REPRESENTS.search(text)


def test_fax_labels() -> None:
    assert all(FAX.search(text) for text in ("Fax: (415) 555-0101", "Facsimile: (202) 408-4699", "TELECOPIER"))
    assert not FAX.search("faxed the letter")
