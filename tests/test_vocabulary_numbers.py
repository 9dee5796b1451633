"""The number-shape vocabulary: SSNs/TINs/EINs, card, account, IBAN and routing numbers with every separator, and the look-alikes that are none of them."""

from __future__ import annotations

import pytest

from filelint.legal.numbers import (
    aba_valid,
    find_account_numbers,
    find_card_numbers,
    find_financial_numbers,
    find_ibans,
    find_routing_numbers,
    find_taxpayer_ids,
    iban_valid,
    is_masked,
    luhn,
    one_line,
)

TAXPAYER_IDS = [  # (text, the number as found, its kind)
    ("Social Security number 123-45-6789.", "123-45-6789", "ssn"),
    ("SSN 123 45 6789", "123 45 6789", "ssn"),
    ("his number, 123.45.6789, appears", "123.45.6789", "ssn"),
    ("SSN: 123\u201345\u20136789", "123\u201345\u20136789", "ssn"),  # en dash
    ("SSN 123\u201445\u20146789", "123\u201445\u20146789", "ssn"),  # em dash
    ("SSN 123 - 45 - 6789", "123 - 45 - 6789", "ssn"),
    ("social security number is 123-45-\n6789, as shown", "123-45-\n6789", "ssn"),  # split by a line break
    ("number 123-\n45-6789", "123-\n45-6789", "ssn"),
    ("(SSN 123 45\n6789)", "123 45\n6789", "ssn"),
    ("SSN: 123456789", "123456789", "ssn-or-tin"),
    ("Social Security No. 123456789", "123456789", "ssn-or-tin"),
    ("S.S.N. 123456789", "123456789", "ssn-or-tin"),
    ("taxpayer identification number 123456789", "123456789", "ssn-or-tin"),
    ("123456789 (her social security number)", "123456789", "ssn-or-tin"),
    ("ITIN 912-70-1234", "912-70-1234", "itin"),
    ("EIN 12-3456789", "12-3456789", "ein"),
    ("Employer Identification Number: 12 3456789", "12 3456789", "ein"),
    ("FEIN 12\u20133456789", "12\u20133456789", "ein"),
    ("TIN 12-3456789.", "12-3456789", "ein"),
    ("Acme's federal tax ID is 12-3456789", "12-3456789", "ein"),
    ("SSN 287-65-4329", "287-65-4329", "ssn"),
    ("SOCIAL SECURITY NO. 287654329", "287654329", "ssn-or-tin"),
]

NOT_TAXPAYER_IDS = [
    "123456789",  # nine bare digits say nothing without a context word
    "12-3456789",  # nor does an EIN's grouping
    "XXX-XX-6789",
    "***-**-6789",
    "SSN ending in 6789",
    "(415) 555-0134",
    "415-555-0134",
    "415.555.0134",
    "Case No. 06-03891",
    "No. C-06-03891 SC (JCS)",
    "No. 3:07-cv-1234",
    "2007-07-27",
    "07-27-2007",
    "Bates ABC0001234",
    "LEAD-000123",
    "San Francisco, CA 94105-1234",
    "000-12-3456",  # never issued
    "666-12-3456",
    "900-12-3456",  # area 9xx without an ITIN group
    "123-00-6789",
    "123-45-0000",
    "Bates No. 123-45-6789",
    "Dkt. No. 123-45-6789",
    "$123.45.6789",
    "https://example.com/123-45-6789",
    "SSN 123-45-67890",  # a longer number
    "SSN\n\n123456789",  # a blank line ends the context
    "2007   812   45   1200",  # table columns, not one number
    "Units\t812\t\t45\t\t1200",
]

FINANCIAL = [  # (text, the number as found, its kind)
    ("Account No. 0044-1782-3391", "0044-1782-3391", "account"),
    ("checking account no. 004417823391", "004417823391", "account"),
    ("Acct. #: 1234 5678 9012", "1234 5678 9012", "account"),
    ("loan number 0012345678", "0012345678", "account"),
    ("savings account 0044.1782.3391", "0044.1782.3391", "account"),
    ("ACCOUNT NUMBER: 0044\u20131782\u20133391", "0044\u20131782\u20133391", "account"),
    ("Brokerage acct 55512345678", "55512345678", "account"),
    ("a/c 98765432", "98765432", "account"),
    ("4111 1111 1111 1111", "4111 1111 1111 1111", "card"),
    ("card 4111111111111111", "4111111111111111", "card"),
    ("4111-1111-1111-1111", "4111-1111-1111-1111", "card"),
    ("4111.1111.1111.1111", "4111.1111.1111.1111", "card"),
    ("4111\u20131111\u20131111\u20131111", "4111\u20131111\u20131111\u20131111", "card"),
    ("Visa 4532 0151 1283 0366", "4532 0151 1283 0366", "card"),
    ("Amex 3782 822463 10005", "3782 822463 10005", "card"),
    ("Mastercard 5555 5555 5555 4444", "5555 5555 5555 4444", "card"),
    ("card ending 4111 1111 1111\n1111", "4111 1111 1111\n1111", "card"),
    ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", "iban"),
    ("wired to GB82WEST12345698765432", "GB82WEST12345698765432", "iban"),
    ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606", "iban"),
    ("the account (No. 004417823391)", "004417823391", "account"),
]

NOT_FINANCIAL = [
    "account XXXXXXXX3391",
    "card ****1234",
    "XXXX-XXXX-XXXX-1111",
    "account ending in 3391",
    "Wire to routing number 121000248",
    "ABA No. 121000248 for the account",
    "(415) 555-0134 on the account",
    "account manager at 415-555-0134",
    "account of the events on 2007-07-27",
    "account, Case No. 0603891234",
    "see Dkt. No. 12345678 (account)",
    "1234567812345678",  # fails the Luhn check
    "4111 1111 1111 1112",
    "1111 1111 1111 1111",  # no issuer uses 1
    "account\n10\n11\n12\n13",  # margin line numbers
    "Bates ABC0001234 account",
    "GB82 WEST 1234 5698 7654 33",  # fails mod 97
    "Accounts receivable rose 12345678 dollars",
    "San Francisco, CA 94105-1234 (account)",
    "https://twitter.com/x/status/4111111111111111",
    "12345678",  # no context word
    "account\n\n12345678",  # a blank line ends the context
    "4131-1077-3017.1",  # a document-management number in a footer (corpus cand_18cv5814_29-1 p4's shape)
    "4111-1111-1111.2",
]


@pytest.mark.parametrize(("text", "number", "kind"), TAXPAYER_IDS)
def test_taxpayer_ids_with_every_separator(text: str, number: str, kind: str) -> None:
    found = list(find_taxpayer_ids(text))
    assert [(m.text, m.kind) for m in found] == [(number, kind)]
    assert text[found[0].start : found[0].end] == number


@pytest.mark.parametrize("text", NOT_TAXPAYER_IDS)
def test_taxpayer_id_look_alikes(text: str) -> None:
    assert list(find_taxpayer_ids(text)) == []


@pytest.mark.parametrize(("text", "number", "kind"), FINANCIAL)
def test_financial_numbers_with_every_separator(text: str, number: str, kind: str) -> None:
    found = list(find_financial_numbers(text))
    assert [(m.text, m.kind) for m in found] == [(number, kind)]
    assert text[found[0].start : found[0].end] == number


@pytest.mark.parametrize("text", NOT_FINANCIAL)
def test_financial_look_alikes(text: str) -> None:
    assert list(find_financial_numbers(text)) == []


def test_checksums() -> None:
    assert luhn("4111111111111111") and not luhn("4111111111111112")
    assert iban_valid("DE89 3704 0044 0532 0130 00") and not iban_valid("DE88 3704 0044 0532 0130 00")
    assert aba_valid("121000248") and not aba_valid("121000249")


def test_routing_numbers_need_their_name() -> None:
    assert [m.text for m in find_routing_numbers("routing number 121000248")] == ["121000248"]
    assert list(find_routing_numbers("number 121000248")) == []
    assert list(find_card_numbers("ABA 121000248")) == [] and list(find_ibans("ABA 121000248")) == []


def test_an_account_next_to_a_card_is_reported_once_each() -> None:
    found = [(m.kind, m.text) for m in find_financial_numbers("card 4111 1111 1111 1111 and account no. 004417823391")]
    assert found == [("card", "4111 1111 1111 1111"), ("account", "004417823391")]
    assert list(find_account_numbers("account 4111 1111 1111 1111", [(8, 27)])) == []


def test_wrapped_numbers_read_on_one_line() -> None:
    assert one_line("123-45-\n6789") == "123-45-6789"
    assert one_line("4111 1111\n1111 1111") == "4111 1111 1111 1111"
    match = next(find_taxpayer_ids("SSN 123-45-\n  6789"))
    assert match.one_line == "123-45-6789" and match.pieces == ("123-45-", "6789")


@pytest.mark.parametrize("text", ["XXX-XX-6789", "***-**-6789", "XXXXXXXX3391", "****1234", "xxx-xx-6789"])
def test_masked_forms(text: str) -> None:
    assert is_masked(text)


@pytest.mark.parametrize("text", ["123-45-6789", "6789", "Exhibit X"])
def test_unmasked_forms(text: str) -> None:
    assert not is_masked(text)
