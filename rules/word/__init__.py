"""What Word hides: the parts of a .docx draft its pages do not show (tracked changes, comments,
hidden, white and tiny text, embedded objects, document properties)."""

from __future__ import annotations

from filelint.diagnostic import Secret
from filelint.document import WordItem
from filelint.legal.numbers import find_financial_numbers, find_taxpayer_ids
from filelint.legal.textsearch import excerpt


def secrets_in(text: str) -> tuple[Secret, ...]:
    """The identifying numbers in hidden text a finding quotes, masked whatever other rules are selected."""
    found = [*find_taxpayer_ids(text), *find_financial_numbers(text)]
    return tuple(Secret(value) for number in found for value in dict.fromkeys((number.one_line, number.text)))


def located(item: WordItem, quoted: str | None = None) -> dict:
    """``page``, ``line`` (the paragraph's number) and ``excerpt`` for a finding about ``item``."""
    text = item.text if quoted is None else quoted
    return {"page": item.page, "line": item.paragraph, "excerpt": excerpt(text, 80), "secrets": secrets_in(text)}


def counted(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def where(item: WordItem) -> str:
    if item.story:
        return item.story
    return f"paragraph {item.paragraph}" + (f" (page {item.page} as the file records its page breaks)" if item.page > 1 else "")
