"""What each incremental update of a PDF changed: the saves appended after it was first written.

An incremental save appends the changed objects and a new cross-reference section; the
earlier version stays in the file, and anyone can open it by cutting the file at its
``%%EOF``. Word's "empty" update (a new cross-reference section and nothing else) and an
update that only rewrites the document properties change no page; an update that adds a
header or a stamp only adds; an update that replaces a page's content or removes its
comments leaves what was there before readable in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from filelint.document import IncrementalUpdate

MAX_UPDATES = 8  # each earlier version is parsed again: compare the last few
EOF_MARKER = regex.compile(rb"%%EOF")


def read_updates(data: bytes, repairs: list[str], max_pages: int, open_pdf: Callable[[bytes], Any]) -> tuple[IncrementalUpdate, ...]:
    """Each update after the first version, with the pages whose content it replaced or added to.

    ``repairs`` is the reader's list of the PDF library's repair messages: parsing the earlier
    versions must not add to it (they end where a later save continues them). ``open_pdf`` opens
    a PDF's bytes with the reader's library (a pypdf ``PdfReader``).
    """
    start = max(data.find(b"%PDF-"), 0)
    ends = [match.end() for match in EOF_MARKER.finditer(data, start)]
    if b"/Linearized" in data[:2048]:
        ends = ends[1:]  # a linearized file's first section is the first page's, not a version
    if len(ends) < 2:
        return ()
    kept = len(repairs)
    try:
        versions = [_page_states(open_pdf, data[:end], max_pages) for end in ends[-(MAX_UPDATES + 1):]]
    finally:
        del repairs[kept:]
    first_number = len(ends) - len(versions) + 1
    return tuple(_compare(number, before, after)
                 for number, (before, after) in enumerate(zip(versions, versions[1:]), start=first_number))


def _page_states(open_pdf: Callable[[bytes], Any], data: bytes, max_pages: int) -> list[tuple[bytes, int]] | None:
    """Each page's content and number of annotations in the version that ends here; None if it cannot be read."""
    try:
        reader = open_pdf(data)
        return [(_content(page), _annotation_count(page)) for page in list(reader.pages)[:max_pages]]
    except Exception:  # noqa: BLE001 - an earlier version may be unreadable on its own: said, not raised
        return None


def _content(page: Any) -> bytes:
    """The page's drawing operators, spacing normalised (a rewrite that only re-indents changes nothing)."""
    contents = page.get_contents()
    # bytes.split() splits at the ASCII white space \s matches: the runs of it made one space, none at the ends.
    return b" ".join(contents.get_data().split()) if contents is not None else b""


def _annotation_count(page: Any) -> int:
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    return len(annots) if annots is not None else 0


def _compare(number: int, before: list | None, after: list | None) -> IncrementalUpdate:
    if before is None or after is None:
        return IncrementalUpdate(number, compared=False)
    replaced, added = [], []
    for page, (old, new) in enumerate(zip(before, after), start=1):
        (old_content, old_annots), (new_content, new_annots) = old, new
        if old_content != new_content and old_content not in new_content or new_annots < old_annots:
            replaced.append(page)
        elif old_content != new_content or new_annots > old_annots:
            added.append(page)
    added += range(len(before) + 1, len(after) + 1)
    return IncrementalUpdate(number, tuple(replaced), tuple(added), removed_pages=max(len(before) - len(after), 0))
