"""Mask what the privacy rules protect, in whatever shape filing text reaches the output.

A secret (a social security, taxpayer or account number, a birth date) is found in the text
as read. What a finding shows is often not that text: an excerpt collapses runs of spaces and
is cut at a length, another rule draws invisible characters as boxes, a message quotes a few
words, a line break splits a date. Replacing the exact string misses all of these, so a secret
is matched by its letters and digits in order, with any short run of other characters
(spaces, punctuation, line breaks, invisible characters, the boxes that stand for them)
between them; and a secret cut off where a text ends or before "…" (or starting where a text
starts or after "…") is masked as far as it goes. Everything but the last ``keep_last``
letters and digits of the secret becomes ``X``; the characters between them stay, so the
filer can still see the shape of what was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import regex

from filelint.diagnostic import Secret

CUT = "…"
# What may stand between two characters of a secret as it is shown: separators, whitespace,
# line breaks, invisible format characters and the visible marks output uses for them.
_GAP = r"[^\p{L}\p{N}]{0,6}?"
_ALNUM = r"[\p{L}\p{N}]"
_MIN_PARTIAL = 2  # a single character cut off at an edge says nothing


@dataclass(frozen=True)
class _Matcher:
    chars: str  # the secret's letters and digits, in order
    keep_last: int
    whole: regex.Pattern
    head: regex.Pattern | None  # the start of the secret, cut off at the end of a text or before "…"
    tail: regex.Pattern | None  # the end of the secret, where a text starts or after "…"

    def hidden(self, position: int) -> bool:
        """Whether the secret's character at ``position`` is masked."""
        return position < len(self.chars) - self.keep_last


def significant(text: str) -> str:
    """The letters and digits of ``text``."""
    return "".join(char for char in text if char.isalnum())


@lru_cache(maxsize=4096)
def _matcher(value: str, keep_last: int) -> _Matcher | None:
    chars = significant(value)
    if not chars:
        return None
    pieces = [regex.escape(char) for char in chars]
    whole = regex.compile(_GAP.join(pieces), regex.IGNORECASE)
    head = tail = None
    if len(chars) > _MIN_PARTIAL:
        # chars[0] chars[1] (chars[2] (chars[3] ...)?)? : any start of the secret, at least two long
        nested = ""
        for piece in reversed(pieces[_MIN_PARTIAL:]):
            nested = f"(?:{_GAP}{piece}{nested})?"
        start = _GAP.join(pieces[:_MIN_PARTIAL])
        head = regex.compile(rf"(?<!{_ALNUM}){start}{nested}(?={_GAP}\s*(?:{CUT}|\Z))", regex.IGNORECASE)
        # (... (chars[-3])? chars[-2]) chars[-1] : any end of the secret longer than what is kept
        nested = ""
        for piece in pieces[: len(chars) - keep_last - 1]:
            nested = f"(?:{nested}{piece}{_GAP})?"
        end = _GAP.join(pieces[len(chars) - keep_last - 1 :]) if keep_last < len(chars) else None
        if end:
            tail = regex.compile(rf"(?:\A|{CUT})\s*{_GAP}\K{nested}{end}(?!{_ALNUM})", regex.IGNORECASE)
    return _Matcher(chars, keep_last, whole, head, tail)


def _masked(shown: str, first: int, matcher: _Matcher) -> str:
    """``shown`` (the secret's characters from position ``first`` on) with the hidden ones as X."""
    out, position = [], first
    for char in shown:
        if char.isalnum():
            out.append("X" if matcher.hidden(position) else char)
            position += 1
        else:
            out.append(char)
    return "".join(out)


def mask(text: str, secrets: Iterable[Secret]) -> str:
    """``text`` with every secret in it, whole or cut off at an edge, masked."""
    if not text:
        return text
    matchers = [m for s in secrets if (m := _matcher(s.value, s.keep_last))]
    for matcher in sorted(matchers, key=lambda m: -len(m.chars)):
        text = matcher.whole.sub(lambda match: _masked(match[0], 0, matcher), text)
        if matcher.head is not None:
            text = matcher.head.sub(lambda match: _masked(match[0], 0, matcher), text)
        if matcher.tail is not None:
            text = matcher.tail.sub(
                lambda match: _masked(match[0], len(matcher.chars) - len(significant(match[0])), matcher), text)
    return text
