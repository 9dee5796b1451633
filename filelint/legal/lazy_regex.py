"""Patterns compiled on first use: the ``regex`` module compiles in Python, ~0.3-1 ms a pattern, and a run pays
for every module-level pattern it imports (~55 ms for filelint's and its packs'), though a given paper uses about
half of them (a brief never asks for a joint letter's headings or a minor's name). Stdlib ``re`` is no way out:
it compiles the same patterns only ~1.7x faster, and 14 of them use what only ``regex`` has (``\\p{Lu}``, set
operations, a group name used twice, a variable-width look-behind).

Only method calls and ``.pattern`` are supported, so a lazy pattern cannot be passed where a compiled one is
expected (``regex.sub(PATTERN, ...)``, ``isinstance``); tests/test_startup_imports.py checks that a lazy pattern
does what its compiled pattern does."""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from functools import lru_cache

import regex

_PASSED_ON = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
              "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    """``regex.compile(pattern, flags)`` when first used; then its methods, looked up once."""

    def __init__(self, pattern: str, flags: int = 0, needle: str | tuple[str, ...] | None = None) -> None:
        self._source = (pattern, flags)
        self.needle = needle  # see alternatives()

    @property
    def pattern(self) -> str:
        """The source, as the compiled pattern gives it, without compiling (patterns are built from others')."""
        return self._source[0]

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_source", "_compiled", "needle"):  # copy and pickle probe before _source is set
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = regex.compile(*self._source)
            for attribute in _PASSED_ON:  # later calls find them on the instance, without __getattr__
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (*self._source, self.needle)  # a copy or a pickle starts uncompiled, as this one did

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def alternatives(patterns: tuple[str, ...], flags: int = 0,
                 needles: tuple[str | tuple[str, ...] | None, ...] = ()) -> tuple[LazyPattern, ...]:
    """The alternatives of ``"|".join(patterns)``, each its own lazy pattern, for :func:`finditer_alternatives`.

    ``needles`` gives, for each pattern in turn, lower-case ASCII text that every match of it holds, in any case
    ("acct" for ``\\bacct\\b``; a tuple: one of them), or None: a text without its needle is not scanned for
    that alternative. ``str`` looks for a word ~0.5 ns a character, a scan with ``regex.IGNORECASE`` takes 1-5:
    a needle pays for a pattern that is slow to scan for, or whose needle most filings lack ("acct", "IBAN").
    tests/test_vocabulary_alternatives.py checks every needle against the matches.
    """
    needles = needles or (None,) * len(patterns)
    assert len(needles) == len(patterns), "one needle (or None) for each pattern"
    return tuple(LazyPattern(pattern, flags, needle) for pattern, needle in zip(patterns, needles))


def finditer_alternatives(patterns: tuple[LazyPattern, ...], text: str) -> Iterator[regex.Match]:
    """The matches ``regex.compile("|".join(...)).finditer(text)`` finds, found one alternative at a time.

    The ``regex`` module looks for a pattern that starts with a word at C speed (~1 ns a character), but tries
    every alternative of an alternation at every place (~25 ns a character): a filing scanned for a dozen context
    words costs ~25x one scan for one word. Each alternative here is scanned on its own for every place it
    matches (overlapped), and the matches are taken as the alternation takes them: the leftmost first, the
    earlier alternative where two start at one place, and none that starts inside the match before.

    Alternatives must not match the empty string, and each match is its alternative's own: a group that only
    other alternatives have is not in it (ask ``match.groupdict().get(name)``).
    """
    folded = folded_for_needles(text) if any(pattern.needle for pattern in patterns) else None
    found = heapq.merge(*(_every_match(pattern, index, text) for index, pattern in enumerate(patterns)
                          if folded is None or _holds(folded, pattern.needle)))
    end = 0
    for start, _, match in found:
        if start >= end:
            yield match
            end = match.end()


def _holds(folded: str, needle: str | tuple[str, ...] | None) -> bool:
    """Whether the lowered text holds the needle (or one of them; None: any text may match)."""
    if needle is None:
        return True
    return needle in folded if isinstance(needle, str) else any(one in folded for one in needle)


def _every_match(pattern: LazyPattern, index: int, text: str) -> Iterator[tuple[int, int, regex.Match]]:
    """(start, index, match) for each place ``pattern`` matches, overlapping ones included."""
    for match in pattern.finditer(text, overlapped=True):
        yield match.start(), index, match


# Of all characters, only these two match an ASCII letter under regex.IGNORECASE without lowering to it:
# "İ" matches "i" (it lowers to "i" and a combining dot) and "ſ" (long s) matches "s".
_FOLDED_APART = ("\u0130", "\u017f")


@lru_cache(maxsize=8)
def folded_for_needles(text: str) -> str | None:
    """``text`` lowered, to look for needles in; None when lowering could hide one (then every alternative is
    scanned). Kept for the last few texts (a few, so that a server does not hold many filings): the account,
    minor and birth searches read the same filing, and between them each of its document properties. Only "İ" lowers to more than one character: where this is
    not None, each character of ``text`` is at the same place in it."""
    if any(char in text for char in _FOLDED_APART):
        return None
    return text.lower()
