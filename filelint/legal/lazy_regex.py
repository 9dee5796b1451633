"""Patterns compiled on first use: the ``regex`` module compiles in Python, ~0.3-1 ms a pattern, and a run pays
for every module-level pattern it imports (~55 ms for filelint's and its packs'), though a given paper uses about
half of them (a brief never asks for a joint letter's headings or a minor's name). Stdlib ``re`` is no way out:
it compiles the same patterns only ~1.7x faster, and 14 of them use what only ``regex`` has (``\\p{Lu}``, set
operations, a group name used twice, a variable-width look-behind).

Only method calls and ``.pattern`` are supported, so a lazy pattern cannot be passed where a compiled one is
expected (``regex.sub(PATTERN, ...)``, ``isinstance``); tests/test_startup_imports.py checks that a lazy pattern
does what its compiled pattern does."""

from __future__ import annotations

import regex

_PASSED_ON = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
              "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    """``regex.compile(pattern, flags)`` when first used; then its methods, looked up once."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    @property
    def pattern(self) -> str:
        """The source, as the compiled pattern gives it, without compiling (patterns are built from others')."""
        return self._source[0]

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_source", "_compiled"):  # copy and pickle probe before _source is set
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = regex.compile(*self._source)
            for attribute in _PASSED_ON:  # later calls find them on the instance, without __getattr__
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, self._source  # a copy or a pickle starts uncompiled, as this one did

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
