"""A minor's full name appears where only initials may (a warning).

## What it checks
A person's full name described, right before or after it, as a minor: "Jacob Miller, a
minor", "the minor, Jacob Miller", "JACOB MILLER, a minor", "minor son José García",
"Jacob Miller (age 12)", "Jacob Miller, 12 years old" (under 18). Names are read as
filings write them: any script's letters, Mc/O'/hyphenated names, capitals. Initials
("J.M., a minor") and pseudonyms ("Jane Doe, a minor", "Minor A") are what the rule asks
for and pass; "his son" alone says nothing of age. Names are hard to tell from other
capitalised words, so this is a warning to check, not a verdict.

## Why it matters
Fed. R. Civ. P. 5.2(a)(3): a filing may include only "the minor's initials."

## Example
Fires: ``Plaintiff's minor son Jacob Miller, age 12, ...`` or ``Plaintiff JACOB MILLER, a minor,
by and through his guardian ad litem`` or ``Plaintiff says the minor, José García, attends school``.

Silent: ``Plaintiff's son, J.M., age 12, ...`` or ``Plaintiff Jane Doe, a minor, by and
through her guardian ad litem`` or ``Jacob Miller, age 45, testified at deposition``.

## References
Fed. R. Civ. P. 5.2(a)(3); rules catalog FRCP-5.2-a-3.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.names import find_minor_names
from filelint.rule import RuleContext
from filelint_rules.frcp import filing_text

NAME = "minor-name"
FIX = "Use the minor's initials only (\"J.M., a minor\")."
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = filing_text(doc, ctx)
    for minor in find_minor_names(text.text):
        name = minor.name.one_line
        yield Finding(f'The full name "{name}" is given for a minor ("{minor.context}"); only initials may be filed.',
                      **text.location(minor.name.start))
