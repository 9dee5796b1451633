"""The name vocabulary: people's names in any script, Mc/O'/hyphenated, in capitals, with initials and particles; initials, pseudonyms and caption words are not names."""

from __future__ import annotations

import pytest

from filelint.legal.names import find_minor_names, find_names, is_initials, is_pseudonym, person_name

NAMES = [  # (text, the name found)
    ("José García", "José García"),
    ("Zoë Ó Briain", "Zoë Ó Briain"),
    ("Seán Ó Briain, a minor", "Seán Ó Briain"),
    ("Mary-Kate O'Neil", "Mary-Kate O'Neil"),
    ("Mary-Kate O\u2019Neil", "Mary-Kate O\u2019Neil"),
    ("her son Ronald McDonald", "Ronald McDonald"),
    ("Angus MacLeod testified", "Angus MacLeod"),
    ("JACOB MILLER, a minor", "JACOB MILLER"),
    ("MARY-KATE O'NEIL", "MARY-KATE O'NEIL"),
    ("the minor, Jacob Miller", "Jacob Miller"),
    ("Plaintiff Jacob Miller", "Jacob Miller"),
    ("By: /s/ Jane R. Advocate", "Jane R. Advocate"),
    ("María de la Cruz", "María de la Cruz"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven"),
    ("D'Angelo Russell", "D'Angelo Russell"),
    ("Łukasz Żółć", "Łukasz Żółć"),
    ("François-Xavier Dupont", "François-Xavier Dupont"),
    ("Nguyễn Văn An", "Nguyễn Văn An"),
    ("DECLARATION OF MARIA DOE", "MARIA DOE"),
    ("minor child Emily\nRodriguez", "Emily\nRodriguez"),  # wrapped onto the next line
    ("Mr. Thomas Jefferson Smith", "Thomas Jefferson Smith"),
    ("Hon. Joseph C. Spero", "Joseph C. Spero"),
]

NOT_NAMES = [
    "J.M., a minor",
    "J. M.",
    "the minor child",
    "United States District Court",
    "The Court",
    "Plaintiff",
    "NORTHERN DISTRICT OF CALIFORNIA",
    "Defendants and Respondents",
    "jacob miller",  # case tells a name from other words
    "Exhibit A",
    "July 27, 2007",
    "Ms. Doe",  # one word is not a full name
    "Minor A",
    "O\u2019NEIL",
    "Dr. Smith",
    "the Plaintiff's Motion",
    "J.M.,\n\nMiller",
    "Monday Friday",
    "123 Main",
    "Section II",
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_as_filings_write_them(text: str, name: str) -> None:
    found = list(find_names(text))
    assert [n.text for n in found] == [name]
    assert text[found[0].start : found[0].end] == name


@pytest.mark.parametrize("text", NOT_NAMES)
def test_words_that_are_not_names(text: str) -> None:
    assert [n.text for n in find_names(text)] == []


def test_a_place_name_is_not_a_person_but_looks_like_one() -> None:
    # "San Francisco" has a name's shape; rules that need a person ask for the words around it ("a minor").
    assert [n.text for n in find_names("San Francisco, CA 94105")] == ["San Francisco"]


@pytest.mark.parametrize("text", ["J.M.", "J. M.", "JM", "A.B.C.", "J."])
def test_initials(text: str) -> None:
    assert is_initials(text)


@pytest.mark.parametrize("text", ["Jacob Miller", "Jacob", "JACOB MILLER"])
def test_not_initials(text: str) -> None:
    assert not is_initials(text)


@pytest.mark.parametrize("text", ["Jane Doe", "John Roe", "JANE DOE", "Minor A", "Child 1", "John Doe 2", "Student B."])
def test_pseudonyms(text: str) -> None:
    assert is_pseudonym(text)


@pytest.mark.parametrize("text", ["Jacob Miller", "José García", "Dominic Doerr"])
def test_real_names_are_not_pseudonyms(text: str) -> None:
    assert not is_pseudonym(text)


def test_person_name_trims_roles() -> None:
    assert person_name("Plaintiff Jacob Miller") == "Jacob Miller"
    assert person_name("Minor Child") is None
    assert person_name("Jane R.") is None


@pytest.mark.parametrize(("text", "name"), [
    ("JACOB MILLER, a minor, by and through", "JACOB MILLER"),
    ("the minor, José García, attends", "José García"),
    ("Jacob Miller, who was 17 years old at the time", "Jacob Miller"),
    ("a 16-year-old named Liam McDonald", "Liam McDonald"),
    ("Mary-Kate O'Neil (age 15)", "Mary-Kate O'Neil"),
])
def test_minor_names(text: str, name: str) -> None:
    assert [m.name.text for m in find_minor_names(text)] == [name]


@pytest.mark.parametrize("text", [
    "Jacob Miller, a minor league pitcher, testified",
    "Jacob Miller, a minor shareholder, objected",
    "Jacob Miller, age 45, testified",
    "Jane Doe, a minor",
    "J.M., a minor",
    "the minor child, J.M.",
])
def test_not_minor_names(text: str) -> None:
    assert list(find_minor_names(text)) == []
