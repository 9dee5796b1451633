"""N.D. Cal. Civil Local Rules: what every paper presented for filing must look like.

Shared pieces of the pack's rules live here; each rule is its own module. What a filing is
(its type, caption, title, page roles) is a fact the engine derives once, in
``filelint.legal``; rules read it from ``ctx.facts``.
"""

from __future__ import annotations

from collections.abc import Iterable

from filelint.document import Line
from filelint.legal.doctype import BRIEF_TYPES, CAPTIONED_TYPES

# Papers a party presents with a caption. Court orders, joint letters and exhibits are not.
CAPTIONED = CAPTIONED_TYPES
BRIEFS = BRIEF_TYPES


def most_common_size(lines: Iterable[Line]) -> float | None:
    """The most common type size (rounded to 0.1 pt) of the lines' spans, by characters; of two as common, the
    one seen first."""
    # A page has a few sizes and hundreds of spans: the characters are counted by exact size, and each size is
    # rounded once. Rounded sizes come in the order their first exact size came, as if counted span by span.
    exact: dict[float, int] = {}
    for line in lines:
        for span in line.spans:
            exact[span.size] = exact.get(span.size, 0) + len(span.text.strip())
    sizes: dict[float, int] = {}
    for size, characters in exact.items():
        rounded = round(size, 1)
        sizes[rounded] = sizes.get(rounded, 0) + characters
    return max(sizes, key=sizes.get) if sizes else None
