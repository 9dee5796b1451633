"""Number shapes the privacy rules look for: social security and taxpayer numbers, card,
account, IBAN and routing numbers, written with any separator a filing uses.

Digits may be grouped with a hyphen, an en or em dash, a dot, spaces, a hyphen with spaces
around it ("123 - 45 - 6789"), or a line break (a number wrapped at the end of a line),
but never across a blank line. A shape alone decides only where it is distinctive and
checkable: a valid SSN's 3-2-4 grouping, a card number's Luhn digit, an IBAN's mod-97
check. Nine bare digits, an EIN's 2-7 grouping and account numbers count only with a
context word ("SSN", "EIN", "account no."). Look-alikes have other shapes or are named as
what they are: telephone numbers ((415) 555-0134), case and docket numbers, dates, Bates
numbers (ABC0001234), ZIP+4 codes, routing numbers (public, and checkable with the ABA
digit) and masked numbers (XXX-XX-6789, ***-**-6789).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from filelint.legal.dates import find_dates
from filelint.legal.lazy_regex import alternatives, finditer_alternatives, lazy

DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# One separator between digit groups: a dash or dot (spaces around it allowed, and a line
# break after it), spaces, or a single line break.
SEP = r"(?:[ \t]*[" + DASHES + r".][ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|[ \t]+)"
# The same without a bare line break: short digit groups on successive lines are usually
# margin line numbers or a table's cells, not one number.
SEP_IN_LINE = r"(?:[ \t]*[" + DASHES + r".][ \t]*\n?[ \t]*|[ \t]+)"
# For an SSN's 3-2-4 shape, found without a context word: one space at most, as typed. Wider
# gaps are table columns ("2007   812   45   1200" is three figures, not a number).
SSN_SEP = r"(?:[ \t]?[" + DASHES + r".][ \t]?\n?[ \t]*|[ \t]*\n[ \t]*|[ \t])"
_START = r"(?<![\w/.:$#@=%" + DASHES + r"])"  # not inside a word, path, amount or longer number
_END = r"(?![\w/@%]|[" + DASHES + r".,]\d)"


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: what kind it is and where it was written."""

    kind: str  # "ssn", "itin", "ssn-or-tin", "ein", "card", "account", "iban", "routing"
    text: str
    start: int
    end: int

    @property
    def digits(self) -> str:
        return regex.sub(r"[^0-9A-Za-z]", "", self.text)

    @property
    def one_line(self) -> str:
        """The number as written, with a line break inside it closed up."""
        return one_line(self.text)

    @property
    def pieces(self) -> tuple[str, ...]:
        """The parts on each line when the number wraps (to mask each line's excerpt)."""
        return tuple(part.strip() for part in self.text.split("\n"))


def one_line(text: str) -> str:
    """``123-45-⏎6789`` as ``123-45-6789``; ``4111 1111⏎1111 1111`` as ``4111 1111 1111 1111``."""
    return regex.sub(r"([" + DASHES + r".])?[ \t]*\n[ \t]*", lambda m: m.group(1) or " ", text)


# ---------------------------------------------------------------- context words
SSN_CONTEXT = lazy(
    r"\bS\.?\s?S\.?\s?N\b|\bsocial[ \t\n]+security\b|\bsoc\.?[ \t]+sec\b|\bSS[ \t]*#|\bT\.?\s?I\.?\s?N\b|\bI\.?T\.?I\.?N\b"
    r"|\bE\.?\s?I\.?\s?N\b|\btaxpayer\b|\btax[ \t\n]+(?:i\.?d|identification|id[ \t]+no)\b|\bemployer[ \t\n]+identification\b"
    r"|\bfederal[ \t\n]+tax\b|\bFEIN\b", regex.IGNORECASE)
# Searched one word at a time (finditer_alternatives): a filing is scanned for them whole.
ACCOUNT_CONTEXT = alternatives(
    (r"\baccount\b", r"\bacct\b", r"\ba/c\b", r"\bcard\b", r"\bloan\b", r"\bIBAN\b", r"\bchecking\b", r"\bsavings\b",
     r"\bbrokerage\b", r"\bmortgage\b", r"\bdebit\b", r"\bcredit[ \t]+line\b"), regex.IGNORECASE,
    (None, "acct", "a/c", "card", "loan", "iban", None, None, None, None, "debit", None))  # where a needle pays
ROUTING_CONTEXT = lazy(r"\brouting\b|\bABA\b|\bRTN\b|\btransit[ \t]+(?:no|number)\b", regex.IGNORECASE)
# Words right before a number that name it as something that is not private.
NOT_PRIVATE_LABEL = lazy(
    r"(?:\b(?:case|civil|docket|dkt|ecf|doc|bates|patent|pat|reg|registration|serial|claim|exhibit|ex|tel|telephone|phone"
    r"|fax|facsimile|zip|invoice|order|tracking|bar|sbn|routing|aba|rtn|policy)\b\.?[ \t]*(?:no\.?|nos\.?|number|#)?[ \t:#.]*$)",
    regex.IGNORECASE)

# ---------------------------------------------------------------- shapes
_SSN = r"(?P<area>\d{3})" + SSN_SEP + r"(?P<group>\d{2})" + SSN_SEP + r"(?P<serial>\d{4})" + _END
_NINE = r"\d{9}" + _END
_EIN = r"\d{2}" + SEP_IN_LINE + r"\d{7}" + _END
_CARD = (r"(?:\d{4}(?:" + SEP + r"\d{4}){3}(?:" + SEP + r"\d{3})?"  # 4-4-4-4 and 4-4-4-4-3
         r"|\d{4}" + SEP + r"\d{6}" + SEP + r"\d{4,5}"  # American Express and Diners: 4-6-5, 4-6-4
         r"|\d{13,19})" + _END)
SSN_SHAPE = lazy(_START + _SSN)
NINE_DIGITS = lazy(_START + _NINE)
EIN_SHAPE = lazy(_START + _EIN)
CARD_SHAPE = lazy(_START + _CARD)
# The four shapes above in one scan of a filing instead of four (~2x faster). No two of them can match at one
# place (the first separator comes after 3, 2 or 4 digits, or none within 9, or 13 or more digits run on), so
# the alternation's every match, overlapping ones included, is one shape's: see digit_shapes.
DIGIT_SHAPES = lazy(_START + r"(?:(?P<ssn>" + _SSN + r")|(?P<nine>" + _NINE + r")|(?P<ein>" + _EIN + r")|(?P<card>" + _CARD + r"))")
ACCOUNT_SHAPE = lazy(_START + r"\d{2,}(?:" + SEP_IN_LINE + r"\d{2,}){0,5}" + _END)
IBAN_SHAPE = lazy(r"(?<![\w])(?P<iban>[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)(?![\w])")
# How every IBAN_SHAPE starts: no two of its matches overlap (two letters cannot start on a digit), so its finditer
# finds every place an IBAN_SHAPE match can start.
IBAN_START = lazy(r"[A-Z]{2}\d{2}")
PHONE_SHAPE = lazy(r"^\(?\d{3}\)?[ \t]*[" + DASHES + r". ]?[ \t]*\d{3}[ \t]*[" + DASHES + r". ][ \t]*\d{4}$")
MASKED = lazy(r"^[Xx*#•·●_-]{2,}[ \t" + DASHES + r".]*(?:[Xx*#•·●_]+[ \t" + DASHES + r".]*)*\d{0,4}$")
ITIN_GROUPS = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))
CONTEXT_BEFORE, CONTEXT_AFTER = 60, 25
ACCOUNT_REACH = 50  # how far after "account" (or "acct", "loan"...) its number may start


def luhn(digits: str) -> bool:
    """The check digit every payment-card number carries."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    """ISO 13616: the country code and check digits moved to the end, read as a number, leave 1 mod 97."""
    compact = iban.replace(" ", "").upper()
    if not regex.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def aba_valid(digits: str) -> bool:
    """The ABA routing number's check digit (3-7-1 weights)."""
    if not regex.fullmatch(r"\d{9}", digits) or digits == "0" * 9:
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights)) % 10 == 0


def ssn_kind(area: str, group: str, serial: str) -> str | None:
    """``"ssn"``, ``"itin"`` or None when the parts cannot be either (SSA's never-issued ranges)."""
    if serial == "0000" or group == "00":
        return None
    if area.startswith("9"):
        return "itin" if int(group) in ITIN_GROUPS else None
    if area in ("000", "666"):
        return None
    return "ssn"


def is_masked(text: str) -> bool:
    """``XXX-XX-6789``, ``***-**-6789``, ``XXXXXXXX3391``: all but the last digits hidden."""
    return bool(MASKED.match(text.strip()))


def has_context(text: str, start: int, end: int, pattern: regex.Pattern,
                before: int = CONTEXT_BEFORE, after: int = CONTEXT_AFTER) -> bool:
    """Whether ``pattern`` occurs a few words before or just after text[start:end], in the same paragraph."""
    window_start, window_end = max(start - before, 0), min(end + after, len(text))
    head = text[window_start:start]
    blank = head.rfind("\n\n")
    if blank >= 0:
        head = head[blank + 2 :]
    tail = text[end:window_end].split("\n\n", 1)[0]
    return bool(pattern.search(head) or pattern.search(tail))


def _named_otherwise(text: str, start: int) -> bool:
    """The words right before the number call it a case, docket, Bates, telephone... number."""
    return bool(NOT_PRIVATE_LABEL.search(text[max(start - 30, 0) : start]))


def find_taxpayer_ids(text: str) -> Iterator[NumberMatch]:
    """Social security numbers, ITINs and EINs: a valid 3-2-4 grouping anywhere; nine bare digits
    or an EIN's 2-7 grouping only where the words around them say what they are."""
    taken: list[tuple[int, int]] = []
    shapes = digit_shapes(text)
    for match in shapes["ssn"]:
        kind = ssn_kind(match["area"], match["group"], match["serial"])
        if kind and not _named_otherwise(text, match.start()):
            taken.append(match.span())
            yield NumberMatch(kind, match.group(0), match.start(), match.end())
    for shape, kind in (("nine", "ssn-or-tin"), ("ein", "ein")):
        for match in shapes[shape]:
            if _overlaps(match.span(), taken) or not has_context(text, match.start(), match.end(), SSN_CONTEXT):
                continue
            if kind == "ssn-or-tin" and ssn_kind(match.group(0)[:3], match.group(0)[3:5], match.group(0)[5:]) is None:
                continue
            taken.append(match.span())
            yield NumberMatch(kind, match.group(0), match.start(), match.end())


@lru_cache(maxsize=16)
def digit_shapes(text: str) -> dict[str, tuple[regex.Match, ...]]:
    """The matches of SSN_SHAPE ("ssn"), NINE_DIGITS ("nine"), EIN_SHAPE ("ein") and CARD_SHAPE ("card") in
    ``text``, each as its own ``finditer`` gives them, from one scan; kept for the last few texts (the taxpayer
    and card searches read the same filing, and between them each of its document properties)."""
    found: dict[str, list[regex.Match]] = {"ssn": [], "nine": [], "ein": [], "card": []}
    ends = dict.fromkeys(found, 0)
    for match in DIGIT_SHAPES.finditer(text, overlapped=True):
        shape = next(name for name in found if match[name] is not None)
        if match.start() >= ends[shape]:  # finditer goes on from the end of the shape's match before
            found[shape].append(match)
            ends[shape] = match.end()
    return {shape: tuple(matches) for shape, matches in found.items()}


def find_card_numbers(text: str) -> Iterator[NumberMatch]:
    """Payment-card numbers: 13 to 19 digits from a card issuer's range that pass the Luhn check."""
    for match in digit_shapes(text)["card"]:
        digits = regex.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and digits[0] in "23456" and len(set(digits)) > 1 and luhn(digits):
            if not _named_otherwise(text, match.start()):
                yield NumberMatch("card", match.group(0), match.start(), match.end())


def find_ibans(text: str) -> Iterator[NumberMatch]:
    """International bank account numbers that pass the mod-97 check."""
    for match in iban_shapes(text):
        if iban_valid(match["iban"]):
            yield NumberMatch("iban", match.group(0), match.start(), match.end())


def iban_shapes(text: str) -> Iterator[regex.Match]:
    """The matches of ``IBAN_SHAPE.finditer(text)``, each tried only where IBAN_START finds its first four
    characters: a filing has a few such places, and IBAN_SHAPE's look-behind makes a search of every
    character of it ~2x slower than IBAN_START's."""
    end = 0  # finditer goes on from the end of the match before
    for start in IBAN_START.finditer(text):
        match = IBAN_SHAPE.match(text, start.start()) if start.start() >= end else None
        if match is not None:
            end = match.end()
            yield match


def find_routing_numbers(text: str) -> Iterator[NumberMatch]:
    """Bank routing (ABA) numbers: nine digits with a valid check digit, named as routing numbers."""
    for match in NINE_DIGITS.finditer(text):
        if aba_valid(match.group(0)) and has_context(text, match.start(), match.end(), ROUTING_CONTEXT, 40, 0):
            yield NumberMatch("routing", match.group(0), match.start(), match.end())


def find_account_numbers(text: str, exclude: list[tuple[int, int]] | None = None) -> Iterator[NumberMatch]:
    """Financial-account numbers: 8 to 17 digits, in groups or not, a few words after "account",
    "acct", "checking", "loan"... Telephone-number shapes, dates, numbers named as something
    else (case, Bates, routing...) and spans in ``exclude`` are left out.

    The text is scanned once for the context words (rare) and only the words after each are
    searched for a number, so a long filing full of figures costs one pass.
    """
    exclude = list(exclude or ())
    seen: set[int] = set()
    for context in finditer_alternatives(ACCOUNT_CONTEXT, text):
        window_end = min(context.end() + ACCOUNT_REACH, len(text))
        paragraph_end = text.find("\n\n", context.end(), window_end)
        for match in ACCOUNT_SHAPE.finditer(text, context.end(), window_end if paragraph_end < 0 else paragraph_end):
            if match.start() in seen or not _is_account_number(text, match, exclude):
                continue
            seen.add(match.start())
            yield NumberMatch("account", match.group(0), match.start(), match.end())


def _is_account_number(text: str, match: regex.Match, exclude: list[tuple[int, int]]) -> bool:
    digits = regex.sub(r"\D", "", match.group(0))
    if not 8 <= len(digits) <= 17 or _overlaps(match.span(), exclude):
        return False
    written = one_line(match.group(0))
    if PHONE_SHAPE.match(written) or _named_otherwise(text, match.start()) or next(find_dates(written), None):
        return False
    ssn = SSN_SHAPE.fullmatch(match.group(0))
    if ssn and ssn_kind(ssn["area"], ssn["group"], ssn["serial"]):  # the taxpayer-number rule's
        return False
    routing = aba_valid(digits) and has_context(text, match.start(), match.end(), ROUTING_CONTEXT, 40, 0)
    return not routing and not has_context(text, match.start(), match.end(), ROUTING_CONTEXT, 25, 0)


def find_financial_numbers(text: str) -> Iterator[NumberMatch]:
    """Card numbers, IBANs and account numbers, each number once, in text order."""
    found: list[NumberMatch] = list(find_card_numbers(text)) + list(find_ibans(text))
    found += find_account_numbers(text, [(m.start, m.end) for m in found])
    return iter(sorted(found, key=lambda m: m.start))


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)
