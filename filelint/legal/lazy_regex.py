"""Patterns compiled on first use: the ``regex`` module compiles in Python, ~1 ms a pattern, and a run pays
for every module-level pattern it imports (~170 ms for filelint's), though a given paper uses about half
of them (a brief never asks for a joint letter's party labels). Only method calls are supported, so a
lazy pattern cannot be passed where a compiled one is expected (``regex.sub(PATTERN, ...)``, isinstance)."""

from __future__ import annotations

import regex

_PASSED_ON = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
              "scanner", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """``regex.compile(pattern, flags)`` when first used; then its methods, looked up once."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        compiled = regex.compile(*self._source)
        for attribute in _PASSED_ON:  # later calls find them on the instance, without __getattr__
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
