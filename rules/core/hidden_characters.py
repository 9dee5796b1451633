"""The text contains invisible or direction-changing characters (bidirectional controls, zero-width characters).

## What it checks
Characters that change how text is displayed without showing themselves: the Unicode
bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), zero-width
characters (U+200B-U+200D, U+2060, U+FEFF inside the text) and other invisible format
characters; in text drafts also soft hyphens (U+00AD) and control characters other than
tab, line and page breaks (in a PDF those come from fonts and hyphenation, not the author).
Each line with them is reported once, with the code points, as a warning. A number with
an invisible character inside is shown masked but for its last four digits.

Not reported where writing needs them: a zero-width joiner or non-joiner between letters of
a script that uses them (Persian "می‌خواهم", Hindi, Bengali, Sinhala and other Indic
scripts), a zero-width joiner inside an emoji sequence, and a left-to-right or right-to-left
mark beside Hebrew or Arabic letters.

## Why it matters
A right-to-left override can make "$1,000,000" display as a different figure than the
one a search or a copy finds, and zero-width characters split words so that a reviewer's
search for a name misses it. In a filing, what a reviewer sees and what the file says
must be the same (the "Trojan Source" attack on code works on prose too).

## Example
Fires: a party's name typed with a zero-width space and an amount wrapped in a right-to-left
override, as in fixtures/core/draft_with_hidden_characters.txt.

Silent: ``Plaintiff José García-Núñez resides in Oakland, California.`` Tabs and page breaks,
as in fixtures/core/draft_with_tabs_and_page_breaks.txt, and the byte-order mark at the very
start of a text file.

## References
Unicode Standard Annex #9 (bidirectional algorithm); CVE-2021-42574 ("Trojan Source").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from filelint.diagnostic import Finding, Secret
from filelint.document import Document, Line, Page
from filelint.legal.facts import DocumentFacts
from filelint.legal.lazy_regex import lazy
from filelint.legal.textsearch import excerpt
from filelint.rule import RuleContext

NAME = "hidden-characters"
FIX = "Delete the invisible characters (retype the words, or paste as plain text) and check the figures and names around them."
SEVERITY = "warning"
# Bidirectional controls and zero-width characters: in a PDF they are there only if the author's text had them.
INVISIBLE = r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060-\u2064\ufeff\u180e\ufff9-\ufffb"
PDF_HIDDEN = lazy(f"[{INVISIBLE}]")
# A text draft's control characters and soft hyphens are the author's too; in a PDF they come from fonts
# whose glyphs have no Unicode mapping, or mark hyphenation points, and say nothing about the text.
TEXT_HIDDEN = lazy(f"[{INVISIBLE}\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")
NAMES = {"\u202e": "RIGHT-TO-LEFT OVERRIDE", "\u202d": "LEFT-TO-RIGHT OVERRIDE", "\u200b": "ZERO WIDTH SPACE",
         "\u200c": "ZERO WIDTH NON-JOINER", "\u200d": "ZERO WIDTH JOINER", "\u2060": "WORD JOINER",
         "\ufeff": "ZERO WIDTH NO-BREAK SPACE", "\u00ad": "SOFT HYPHEN", "\u2066": "LEFT-TO-RIGHT ISOLATE",
         "\u2067": "RIGHT-TO-LEFT ISOLATE", "\u2068": "FIRST STRONG ISOLATE", "\u2069": "POP DIRECTIONAL ISOLATE",
         "\u202a": "LEFT-TO-RIGHT EMBEDDING", "\u202b": "RIGHT-TO-LEFT EMBEDDING", "\u202c": "POP DIRECTIONAL FORMATTING",
         "\u200e": "LEFT-TO-RIGHT MARK", "\u200f": "RIGHT-TO-LEFT MARK"}


# A run of digits with separators or invisible characters between them: a number as typed.
NUMBER = lazy(r"\d(?:[\s./\u2010-\u2015-]*(?:[" + INVISIBLE + r"\u00ad]+[\s./\u2010-\u2015-]*)*\d)+")
MIN_SECRET_DIGITS = 5  # fewer digits than this, with the last four shown, hide nothing


# Joiners are part of spelling in scripts that shape letters (Arabic, Indic, Sinhala...) and in
# emoji sequences; direction marks are how Hebrew and Arabic text keeps numbers in place.
_SHAPING_LETTER = r"[\p{L}\p{M}--[\p{Latin}\p{Greek}\p{Cyrillic}\p{Common}\p{Inherited}\p{Han}]]"
_EMOJI = r"[\p{Extended_Pictographic}\ufe0f\U0001F3FB-\U0001F3FF]"
_RTL_LETTER = r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}]"
LEGITIMATE = lazy(
    rf"(?<={_SHAPING_LETTER})[\u200c\u200d](?={_SHAPING_LETTER})"
    rf"|(?<=[\p{{Mn}}&&{_SHAPING_LETTER}])[\u200c\u200d]"  # after a virama: a half form or a chillu ends the word
    rf"|(?<={_EMOJI})\u200d(?={_EMOJI})"
    rf"|(?<={_RTL_LETTER}[\p{{M}}\p{{P}}\p{{N}}\s]{{0,3}})[\u200e\u200f\u061c]"
    rf"|[\u200e\u200f\u061c](?=[\p{{P}}\p{{N}}\s]{{0,3}}{_RTL_LETTER})",
    regex.V1,
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    hidden = PDF_HIDDEN if doc.kind == "pdf" else TEXT_HIDDEN
    facts = ctx.facts if ctx.facts is not None else DocumentFacts(doc)
    if not re.search(hidden.pattern, facts.all_text.text):
        return  # one search of the filing's text (every line, as the privacy rules read it): most have none
    for page, line in _lines_to_search(doc, hidden):
        allowed = {match.start() for match in LEGITIMATE.finditer(line.text)} if hidden.search(line.text) else set()
        found = [match for match in hidden.finditer(line.text) if match.start() not in allowed]
        if not found:
            continue
        codes = ", ".join(dict.fromkeys(f"U+{ord(m[0]):04X} {NAMES.get(m[0], 'control character')}" for m in found))
        positions = {match.start() for match in found}
        visible = "".join("\u25a1" if i in positions else char for i, char in enumerate(line.text))  # boxes show where
        yield Finding(f"{len(found)} invisible character{'s' if len(found) > 1 else ''} in this line: {codes}.",
                      page=page.number, line=line.number, excerpt=excerpt(visible),
                      secrets=tuple(_hidden_numbers(line.text, hidden)))


def _lines_to_search(doc: Document, hidden: regex.Pattern) -> Iterator[tuple[Page, Line]]:
    """The lines of the pages that have any such character: one search of a page's text (line breaks are not
    among the characters looked for) spares one search of each of its lines on almost every page. The pattern
    is a set of characters, which stdlib ``re`` scans for about five times faster than ``regex``."""
    for page in doc.pages:
        if re.search(hidden.pattern, "\n".join([line.text for line in page.lines])):
            for line in page.lines:
                yield page, line


def _hidden_numbers(text: str, hidden: regex.Pattern) -> Iterator[Secret]:
    """Numbers with an invisible character inside, masked like any secret: an SSN or account
    number typed that way is what the privacy rules' searches miss, and this excerpt shows it."""
    for match in NUMBER.finditer(text):
        digits = sum(char.isdigit() for char in match[0])
        if hidden.search(match[0]) and digits >= MIN_SECRET_DIGITS:
            yield Secret(match[0])
