"""finditer_alternatives finds what the joined alternation finds: the same matches, in the same places."""

from __future__ import annotations

import random

import regex

from filelint.legal.dates import BIRTH_CONTEXT
from filelint.legal.lazy_regex import _FOLDED_APART, finditer_alternatives, folded_for_needles
from filelint.legal.names import MINOR_CONTEXT
from filelint.legal.numbers import ACCOUNT_CONTEXT
from filelint_rules.frcp.signature_block import SIGNED

SEARCHED = {"account": ACCOUNT_CONTEXT, "minor": MINOR_CONTEXT, "birth": BIRTH_CONTEXT, "signed": SIGNED}
# Pieces that start, end, overlap or nearly make the alternatives' matches.
PIECES = ["account", "ACCT", "a/c", "card", "loan", "IBAN", "checking", "savings", "mortgage", "debit", "credit  line",
          "minor", "minors", "minor child", "minor league", "age", "aged", "12", "17", "19", "years", "yrs.", "old", "year",
          "date of birth", "born", "birth", "birthday", "birth of the", "birth party", "DOB", "D.O.B.", "d/o/b", "/s/",
          "s/", "/S/ Jane", "By:", "By: ____", "________", "(signature)", "Signature:", "DocuSigned by",
          "Digitally signed by", "-", "x", "é", "ſ", "K", ".", "(", ":", "_", " ", "  ", "\n", "\t",
          # A needle lowered apart from what the pattern matches: "İ" is "i" and "ſ" is "s" to regex.IGNORECASE.
          "İBAN", "ſavingſ", "DebİT", "KARD", "bİrth", "BORN", "NACİMİENTO", "mİnor", "ſ/", "ElectronİcaLLY signed by",
          "12 years\told", "9-year-old", "5 yrs.-OLD", "acct.", "LOAN"]


def texts() -> list[str]:
    rng = random.Random(15)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " ", "\n", "."]) for _ in range(rng.randint(1, 12)))
            for _ in range(3000)]


def test_the_alternatives_find_what_their_alternation_finds() -> None:
    for name, patterns in SEARCHED.items():
        joined = regex.compile("|".join(pattern.pattern for pattern in patterns), patterns[0].flags)
        ages = "age" in joined.groupindex
        for text in texts():
            found = [(m.span(), m.groupdict().get("age")) for m in finditer_alternatives(patterns, text)]
            expected = [(m.span(), m["age"] if ages else None) for m in joined.finditer(text)]
            assert found == expected, (name, text)


def test_the_alternatives_find_what_their_alternation_finds_in_corpus_text(corpus) -> None:
    from filelint.legal.textsearch import document_text
    from filelint.readers import read_document

    for path in sorted((corpus / "pdf").glob("*.pdf")):
        text = document_text(read_document(path)).text
        for name, patterns in SEARCHED.items():
            joined = regex.compile("|".join(pattern.pattern for pattern in patterns), patterns[0].flags)
            found = [m.span() for m in finditer_alternatives(patterns, text)]
            assert found == [m.span() for m in joined.finditer(text)], (name, path.name)


def test_every_match_holds_its_needle() -> None:
    """A needle is what every match of its alternative holds, lowered: a text without it has no match."""
    for name, patterns in SEARCHED.items():
        for pattern in patterns:
            for needle in needles_of(pattern):
                assert needle.isascii() and needle == needle.lower() and needle, name
        for text in texts():
            lowered = folded_for_needles(text)
            for pattern in patterns:
                if pattern.needle is None or lowered is None:
                    continue
                for match in pattern.finditer(text, overlapped=True):
                    assert any(needle in match[0].lower() for needle in needles_of(pattern)), (name, pattern, text)
                    assert any(needle in lowered for needle in needles_of(pattern)), (name, pattern, text)


def needles_of(pattern) -> tuple[str, ...]:
    needle = pattern.needle
    return () if needle is None else (needle,) if isinstance(needle, str) else needle


def test_only_i_with_a_dot_and_the_long_s_match_an_ascii_letter_they_do_not_lower_to() -> None:
    """Why folded_for_needles gives up on a text with "İ" or "ſ": every other character that regex.IGNORECASE
    matches with an ASCII letter (or a needle's punctuation) lowers to it."""
    wanted = "abcdefghijklmnopqrstuvwxyz/_():"
    any_wanted = regex.compile("[" + regex.escape(wanted) + "]", regex.IGNORECASE)
    matching = [char for char in map(chr, range(0x110000)) if not 0xD800 <= ord(char) <= 0xDFFF and any_wanted.fullmatch(char)]
    apart = {char for char in matching for letter in wanted
             if regex.fullmatch(regex.escape(letter), char, regex.IGNORECASE) and char.lower() != letter}
    assert apart == set(_FOLDED_APART)


def test_one_scan_finds_what_each_digit_shape_finds() -> None:
    """digit_shapes reads each shape's matches off one scan: they must be those of the shape's own finditer."""
    from filelint.legal.numbers import CARD_SHAPE, EIN_SHAPE, NINE_DIGITS, SSN_SHAPE, digit_shapes

    rng = random.Random(5)
    separators = ["-", "–", " ", ".", "\n", " - ", "\t", "-\n", "  ", ""]
    shapes = [(3, 2, 4), (2, 7), (4, 4, 4, 4), (4, 6, 5), (9,), (3, 2, 4, 4), (4, 4, 4, 4, 3), (13,), (2, 3, 2, 4)]
    for _ in range(3000):
        number = rng.choice(separators).join("".join(rng.choice("0123456789") for _ in range(size))
                                              for size in rng.choice(shapes))
        text = rng.choice(["", "SSN ", "x", "$", "No. ", "1", "a-"]) + number + rng.choice(["", ".", "1", " x", "-5", "%"])
        found = digit_shapes(text)
        for shape, pattern in (("ssn", SSN_SHAPE), ("nine", NINE_DIGITS), ("ein", EIN_SHAPE), ("card", CARD_SHAPE)):
            assert [m.span() for m in found[shape]] == [m.span() for m in pattern.finditer(text)], (shape, text)
