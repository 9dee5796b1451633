"""Search text that spans lines, and say which line each match starts on."""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator, Sequence

import regex

from filelint.document import Line


class LineText:
    """Lines joined with newlines, with a map back from offsets to lines."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = tuple(lines)
        self.starts: list[int] = []
        offset = 0
        for line in self.lines:
            self.starts.append(offset)
            offset += len(line.text) + 1
        self.text = "\n".join(line.text for line in self.lines)

    def line_at(self, offset: int) -> Line:
        """The line holding the character at ``offset``."""
        return self.lines[max(bisect_right(self.starts, offset) - 1, 0)]

    def finditer(self, pattern: regex.Pattern) -> Iterator[tuple[Line, regex.Match]]:
        """Each match with the line it starts on."""
        for match in pattern.finditer(self.text):
            yield self.line_at(match.start()), match

    def search(self, pattern: regex.Pattern) -> tuple[Line, regex.Match] | None:
        """The first match and its line, or None."""
        return next(self.finditer(pattern), None)


def excerpt(text: str, limit: int = 100) -> str:
    """A line of filing text shortened for display."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
