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

from collections.abc import Iterable
from functools import cached_property

import regex

from filelint.diagnostic import Secret

CUT = "…"
# What may stand between two characters of a secret as it is shown: separators, whitespace,
# line breaks, invisible format characters and the visible marks output uses for them.
_GAP = r"[^\p{L}\p{N}]{0,6}?"
_ALNUM = r"[\p{L}\p{N}]"
_MIN_PARTIAL = 2  # a single character cut off at an edge says nothing


class _Matcher:
    """One secret: its letters and digits, and (compiled when first needed) the patterns that find it."""

    def __init__(self, chars: str, keep_last: int) -> None:
        self.chars = chars
        self.lower = chars.lower()
        self.keep_last = min(keep_last, len(chars))

    def hidden(self, position: int) -> bool:
        """Whether the secret's character at ``position`` is masked."""
        return position < len(self.chars) - self.keep_last

    @cached_property
    def _pieces(self) -> list[str]:
        return [regex.escape(char) for char in self.chars]

    @cached_property
    def whole(self) -> regex.Pattern:
        return regex.compile(_GAP.join(self._pieces), regex.IGNORECASE)

    @cached_property
    def head(self) -> regex.Pattern:
        """The start of the secret (two characters or more), cut off at the end of a text or before "…"."""
        nested = ""
        for piece in reversed(self._pieces[_MIN_PARTIAL:]):
            nested = f"(?:{_GAP}{piece}{nested})?"
        start = _GAP.join(self._pieces[:_MIN_PARTIAL])
        return regex.compile(rf"(?<!{_ALNUM}){start}{nested}(?={_GAP}\s*(?:{CUT}|\Z))", regex.IGNORECASE)

    @cached_property
    def tail(self) -> regex.Pattern:
        """The end of the secret (longer than what is kept), where a text starts or after "…"."""
        first_hidden = len(self.chars) - self.keep_last - 1
        nested = ""
        for piece in self._pieces[:first_hidden]:
            nested = f"(?:{nested}{piece}{_GAP})?"
        end = _GAP.join(self._pieces[first_hidden:])
        return regex.compile(rf"(?:\A|{CUT})\s*{_GAP}\K{nested}{end}(?!{_ALNUM})", regex.IGNORECASE)


def significant(text: str) -> str:
    """The letters and digits of ``text``."""
    return "".join(char for char in text if char.isalnum())


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


# Letters and digits with short gaps between them, after at most a short gap: what may be a secret's piece.
_RUN = regex.compile(r"[^\p{L}\p{N}]{0,6}((?:[\p{L}\p{N}]|[^\p{L}\p{N}]{1,6}(?=[\p{L}\p{N}]))*)")
_EDGE_SPAN = 400


def _run(text: str) -> str:
    return significant(_RUN.match(text[:_EDGE_SPAN])[1]).lower()


def _edges(text: str) -> tuple[list[str], list[str]]:
    """The letters and digits running up to each place a secret may be cut off (the end of the text,
    each "…"), and running on from each place one may resume (the start, each "…"), lower case."""
    cuts = [i for i, char in enumerate(text) if char == CUT]
    before = [_run(text[:end].rstrip()[::-1])[::-1] for end in [len(text), *cuts]]
    after = [_run(text[start:].lstrip()) for start in [0, *(i + 1 for i in cuts)]]
    return before, after


class Masker:
    """Every secret found in one document, indexed so that each text shown is searched only for the
    secrets that can be in it (a long filing may hold hundreds of numbers and findings)."""

    def __init__(self, secrets: Iterable[Secret] = ()) -> None:
        self.matchers: list[_Matcher] = []
        self._starts: dict[str, list[_Matcher]] = {}  # first four characters: whole secrets
        self._heads: dict[str, list[_Matcher]] = {}  # every start of two characters or more
        self._tails: dict[str, list[_Matcher]] = {}  # every end longer than what is kept
        self._short: list[_Matcher] = []  # secrets of fewer than four characters, looked for in every text
        seen = set()
        for secret in secrets:
            chars = significant(secret.value)
            if not chars or (chars, secret.keep_last) in seen:
                continue
            seen.add((chars, secret.keep_last))
            matcher = _Matcher(chars, secret.keep_last)
            self.matchers.append(matcher)
            if len(chars) >= _WHOLE_KEY:
                self._starts.setdefault(matcher.lower[:_WHOLE_KEY], []).append(matcher)
            else:
                self._short.append(matcher)
            for k in range(_MIN_PARTIAL, len(chars)):
                self._heads.setdefault(matcher.lower[:k], []).append(matcher)
            for k in range(1, len(chars) - matcher.keep_last):
                self._tails.setdefault(matcher.lower[k:], []).append(matcher)
        self.matchers.sort(key=lambda m: -len(m.chars))
        self._order = {id(m): i for i, m in enumerate(self.matchers)}
        self._longest = max((len(m.chars) for m in self.matchers), default=0)

    def __bool__(self) -> bool:
        return bool(self.matchers)

    def mask(self, text: str) -> str:
        """``text`` with every secret in it, whole or cut off at an edge, masked."""
        if not text or not self.matchers:
            return text
        found = significant(text).lower()
        whole = {id(m): m for i in range(len(found)) for m in self._starts.get(found[i : i + _WHOLE_KEY], ())
                 if m.lower in found}
        whole.update((id(m), m) for m in self._short if m.lower in found)
        before, after = _edges(text)
        heads = {id(m): m for edge in before for k in range(_MIN_PARTIAL, min(len(edge), self._longest) + 1)
                 for m in self._heads.get(edge[-k:], ())}
        tails = {id(m): m for edge in after for k in range(1, min(len(edge), self._longest) + 1)
                 for m in self._tails.get(edge[:k], ())}
        for key in sorted(whole.keys() | heads.keys() | tails.keys(), key=lambda key: self._order[key]):
            matcher = (whole.get(key) or heads.get(key) or tails.get(key))
            if key in whole:
                text = matcher.whole.sub(lambda match, matcher=matcher: _masked(match[0], 0, matcher), text)
            if key in heads:
                text = matcher.head.sub(lambda match, matcher=matcher: _masked(match[0], 0, matcher), text)
            if key in tails:
                text = matcher.tail.sub(
                    lambda match, matcher=matcher: _masked(match[0], len(matcher.chars) - len(significant(match[0])), matcher), text)
        return text


_WHOLE_KEY = 4


def mask(text: str, secrets: Masker | Iterable[Secret]) -> str:
    """``text`` with every secret in it, whole or cut off at an edge, masked."""
    masker = secrets if isinstance(secrets, Masker) else Masker(secrets)
    return masker.mask(text)
