"""The PDF's properties, comments or saved history reveal what the filing itself does not.

## What it checks
- Document properties (Author, Title, Subject, Keywords) whose words do not appear in the
  filing, or a Title that is the word-processor file name. Generic values ("Microsoft
  Office User", "Administrator", "untitled") are left alone. Each is named by its field;
  digits in a value are masked but for the last four, so a property holding a privacy
  number or a birth date is never repeated.
- Comments left in the file: sticky notes, text boxes, highlights, strike-outs, ink,
  with the kind and page of each. Not comments: annotations with no text, and stamps and
  text boxes that are labels, such as a sealing banner ("REDACTED VERSION OF DOCUMENT
  SOUGHT TO BE SEALED"), a confidentiality legend or an exhibit label ("EXHIBIT 4").
- Earlier versions: each save appended to the file (an incremental update) is compared
  page by page with the version before it. An update that changes no page (Word's empty
  update, new document properties) is not an earlier version and is not reported. An
  update that only adds (a header, a stamp, a new page) is info. An update that replaced
  a page's content or removed its comments is a warning: what the page said before is
  still in the file.

Severity: no cited rule requires a filer to clear a PDF's properties or comments (the
rules catalog has no such row; the court's PDF page warns only about file names, which
the docket shows), so those findings are info. Replaced content is a warning because
text taken out of a page (a redacted number, a sealed figure) can be read back from the
earlier version, and Fed. R. Civ. P. 5.2 and Civil L.R. 79-5 require that redacted
material be removed from what is filed.

Not for the court's own orders, opinions and transcripts: these requirements bind filers.

## Why it matters
The properties and the saved history go to the public docket with the PDF. They have
revealed who drafted a filing, which other client it was adapted from, and text that
was deleted before filing.

## Example
Fires: fixtures/ecf/revealing_metadata.pdf (Title "Microsoft Word - Doe settlement draft
v7.docx", an author who is not in the filing, a sticky note "check the figure with the
client before filing"); fixtures/ecf/saved_with_replaced_page.pdf (a later save replaced
page 1's text; the first version is still in the file).

Silent: fixtures/ecf/saved_incrementally.pdf (a later save changed only the document
properties); fixtures/ecf/sealing_banner_annotation.pdf (the "REDACTED VERSION OF DOCUMENT
SOUGHT TO BE SEALED" banner as a text box, and an exhibit label).

## References
N.D. Cal. ECF "Best practices for creating PDFs" (what the docket shows); Fed. R. Civ. P.
5.2; Civil L.R. 79-5.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Severity
from filelint.document import Annotation, Document, IncrementalUpdate
from filelint.legal.facts import DocumentFacts
from filelint.legal.lazy_regex import folded_for_needles, lazy
from filelint.legal.structure import page_ranges
from filelint.rule import RuleContext

NAME = "metadata"
FIX = "Clear the document properties, delete comments, and save a fresh copy (File > Save As, or print to PDF)."
SEVERITY = "info"
PROPERTIES = ("Author", "Title", "Subject", "Keywords")
COMMENT_KINDS = {"Text": "a sticky note", "FreeText": "a text box", "Highlight": "a highlight", "Underline": "an underline",
                 "StrikeOut": "a strike-out", "Squiggly": "a squiggly underline", "Caret": "an insertion mark",
                 "Ink": "an ink drawing", "Stamp": "a stamp", "Square": "a drawn box", "Circle": "a drawn circle",
                 "Line": "a drawn line", "Polygon": "a drawn shape", "PolyLine": "a drawn line"}
# What a stamp or text box says when it labels the paper rather than comments on it.
LABEL = regex.compile(
    r"^\W*(?:(?:PUBLIC\s+)?REDACTED(?:\s+VERSION)?\b.*|.*\b(?:SOUGHT\s+TO\s+BE\s+)?(?:FILED\s+)?UNDER\s+SEAL\b.*|"
    r".*\bSOUGHT\s+TO\s+BE\s+SEALED\b.*|(?:HIGHLY\s+)?CONFIDENTIAL\b.*|.*\bATTORNEYS['’]?\s+EYES\s+ONLY\b.*|"
    r"EXH(?:IBIT|\.)\s*(?:NO\.\s*)?[A-Z0-9]{1,4}(?:-\d{1,3})?|(?:DEPOSITION|DEPO\.?|PLAINTIFF['’]?S|DEFENDANT['’]?S|JOINT|TRIAL)\s+"
    r"EXH(?:IBIT|\.)\s*.{0,20}|APPROVED|RECEIVED|FILED|ENDORSED|LODGED|COPY|DRAFT|FINAL)\W*$",
    regex.IGNORECASE | regex.DOTALL)
GENERIC_AUTHORS = regex.compile(r"^(?:microsoft\s+office\s+user|windows\s+user|user|owner|admin(?:istrator)?|author|"
                                r"unknown|default|pc|hp\s+authorized\s+customer|\W*)$", regex.IGNORECASE)
GENERIC_TITLES = regex.compile(r"^(?:pleading|untitled|none|document\d*|title|microsoft\s+word\s*-?\s*document\d*|\W*)$",
                                regex.IGNORECASE)
WORD_FILE = regex.compile(r"^\s*Microsoft\s+(?:Word|PowerPoint|Excel)\s+-\s+(?P<file>.+)$|^(?P<file>.+\.(?:docx?|wpd|rtf|odt))\s*$",
                          regex.IGNORECASE)
# Digits joined by separators read as one number ("123-45-6789", "03/14/1979").
DIGIT_RUN = regex.compile(r"\d(?:[\d\s./–-]*\d)?")
WORD = lazy(r"[A-Za-z][A-Za-z'’]+")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if doc.pdf is None:
        return
    yield from _properties(doc, ctx.facts if ctx.facts is not None else DocumentFacts(doc))
    yield from _comments(doc.pdf.annotations)
    yield from _earlier_versions(doc.pdf.updates, doc.pdf.incremental_updates)


def masked(value: str) -> str:
    """``value`` with each number's digits but the last four shown as X (a property may hold an SSN or a birth date)."""
    def hide(match: regex.Match) -> str:
        run = match.group(0)
        digits = sum(char.isdigit() for char in run)
        if digits <= 4:
            return run
        shown, out = 0, []
        for char in reversed(run):
            if char.isdigit():
                shown += 1
                out.append(char if shown <= 4 else "X")
            else:
                out.append(char)
        return "".join(reversed(out))

    return DIGIT_RUN.sub(hide, value)


def _properties(doc: Document, facts: DocumentFacts) -> Iterator[Finding]:
    metadata = dict(doc.pdf.metadata)
    for key in PROPERTIES:
        problem = _property_problem(key, metadata.get(key, "").strip(), facts)
        if problem:
            yield Finding(problem)


def _property_problem(key: str, value: str, facts: DocumentFacts) -> str | None:
    if not value:
        return None
    shown = masked(value if len(value) <= 80 else value[:79] + "…")
    word_file = WORD_FILE.match(value)
    if key == "Title" and word_file:
        return f'The PDF\'s Title property is the word-processor file name "{masked(word_file["file"].strip())}".'
    if (key == "Author" and GENERIC_AUTHORS.match(value)) or (key != "Author" and GENERIC_TITLES.match(value)):
        return None
    words = {word for word in _words(value) if len(word) >= 4}
    # The filing's text (every line's, in every band) is read only for a property that names something.
    if words and not _any_word_in(words, facts.all_text.text):
        return f'The PDF\'s {key} property "{shown}" does not appear in the filing.'
    return None


def _comments(annotations: tuple[Annotation, ...]) -> Iterator[Finding]:
    comments = [a for a in annotations if COMMENT_KINDS.get(a.subtype) and a.contents.strip() and not LABEL.match(a.contents)]
    if not comments:
        return
    groups: dict[tuple[str, int], int] = {}
    for comment in comments:
        groups[(comment.subtype, comment.page)] = groups.get((comment.subtype, comment.page), 0) + 1
    listed = "; ".join(_kind(subtype, count) + f" ({subtype}) on page {page}" for (subtype, page), count in list(groups.items())[:8])
    more = f"; and {len(groups) - 8} more places" if len(groups) > 8 else ""
    yield Finding(f"The PDF carries {len(comments)} comment{'s' if len(comments) > 1 else ''}: {listed}{more}.",
                  page=comments[0].page)


def _kind(subtype: str, count: int) -> str:
    """ "a text box", or "2 text boxes" """
    name = COMMENT_KINDS[subtype]
    if count == 1:
        return name
    noun = name.split(" ", 1)[1]
    return f"{count} {noun}{'es' if noun.endswith(('x', 's')) else 's'}"


def _earlier_versions(updates: tuple[IncrementalUpdate, ...], saves: int) -> Iterator[Finding]:
    for update in updates:
        if update.changes_nothing:
            continue  # Word's empty update, or new document properties: no earlier version of any page
        label = f"Save {update.number} of {saves} (an incremental update)"
        if not update.compared:
            yield Finding(f"{label} could not be compared with the version before it, which is still in the file: "
                          "text deleted before filing may be recoverable.", severity=Severity.WARNING)
        elif update.replaced_pages or update.removed_pages:
            what = []
            if update.replaced_pages:
                pages = list(update.replaced_pages)
                what.append(f"replaced the content or removed comments of page{'s' if len(pages) > 1 else ''} {page_ranges(pages)}")
            if update.removed_pages:
                what.append(f"removed {update.removed_pages} page{'s' if update.removed_pages > 1 else ''}")
            yield Finding(f"{label} {' and '.join(what)}; the earlier version is still in the file, and what it said "
                          "can be recovered.", page=update.replaced_pages[0] if update.replaced_pages else None,
                          severity=Severity.WARNING)
        else:
            pages = list(update.added_pages)
            yield Finding(f"{label} only added to page{'s' if len(pages) > 1 else ''} {page_ranges(pages)} (a header, stamp, "
                          "annotation or page); the version before it is still in the file.", page=pages[0])


def _words(text: str) -> set[str]:
    # Each word once before it is lowered: a filing repeats its words many times.
    return set(map(str.lower, set(WORD.findall(text))))


_WORD_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’")  # WORD's


def _any_word_in(words: set[str], text: str) -> bool:
    """Whether any of ``words`` (lowered WORDs) is among ``_words(text)``. A property names a few words and a
    filing has thousands: each word is looked for where the lowered filing has it (``str.find``), and taken
    where it stands as a whole WORD, instead of every WORD of the filing being gathered (~5x slower)."""
    lowered = folded_for_needles(text)
    if lowered is None:  # lowering moved the characters ("İ" lowers to two)
        return bool(words & _words(text))
    for word in words:
        start = lowered.find(word)
        while start >= 0:
            if _is_word_at(text, start, start + len(word)):
                return True
            start = lowered.find(word, start + 1)
    return False


def _is_word_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one WORD.findall finds: WORD's characters only, the whole of a run of them but
    the apostrophes that may open it (a WORD starts with a letter)."""
    if not _WORD_CHARACTERS.issuperset(text[start:end]) or (end < len(text) and text[end] in _WORD_CHARACTERS):
        return False
    before = start
    while before > 0 and text[before - 1] in "'’":
        before -= 1
    return before == 0 or text[before - 1] not in _WORD_CHARACTERS
