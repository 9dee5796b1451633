"""An individual's full date of birth appears in the filing (only the year may).

## What it checks
Full dates (month, day and year, in any form: ``March 14, 1979``, ``14 March 1979``,
``03/14/1979``, ``3/14/79``, ``1979-03-14``, ``03.14.1979``, wrapped onto the next line)
that the words of the same sentence give as a birth date: after "born", "birth",
"birthday", "birthdate", "date of birth", "DOB" or "D.O.B." by a few words, or right
before "(date of birth)". Dates elsewhere (filing dates, the ECF stamp, hearing dates,
the date a birth certificate was issued) are left alone, and so are a year on its own
("born in 1979") and an age. The PDF's document properties are checked too. The output
masks the day and month.

## Why it matters
Fed. R. Civ. P. 5.2(a)(2): a filing may include only "the year of the individual's
birth." A full birth date is half of what identity thieves need.

## Example
Fires: ``Ms. Doe (DOB: 03/14/1979) worked for Defendant.`` or ``Ms. Doe, D.O.B. 03/14/1979,
worked for Defendant.`` or ``Declarant was born on 14 March 1979 in Fresno.``

Silent: ``Ms. Doe, born in 1979, worked for Defendant from July 30, 2007.`` or
``The hearing on the motion is set for September 7, 2007.``

## References
Fed. R. Civ. P. 5.2(a)(2); rules catalog FRCP-5.2-a-2.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Secret
from filelint.document import Document
from filelint.legal.dates import FoundDate, find_birth_dates
from filelint.rule import RuleContext
from filelint_rules.frcp import filing_text, metadata_location, metadata_properties

NAME = "birth-date"
FIX = "Give only the year of birth (\"born in 1979\"); redact the month and day."


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = filing_text(doc, ctx)
    for found in find_birth_dates(text.text):
        yield Finding(f"A full date of birth appears: {found.date_text}. Only the year may be filed.",
                      secrets=_secrets(found), **text.location(found.date_start))
    for name, value in metadata_properties(doc):
        for found in find_birth_dates(value):
            yield Finding(f"The PDF's {name} property holds a full date of birth: {found.date_text}. "
                          "Document properties are filed with the PDF.",
                          secrets=_secrets(found), **metadata_location(name, value))


def _secrets(found: FoundDate) -> tuple[Secret, ...]:
    """The date masked but for its year where the year is written last ("XX/XX/1979"), wholly otherwise."""
    written, year = found.date_text, str(found.date.year)
    digits = "".join(char for char in written if char.isdigit())
    if written.startswith(year):  # 1979-03-14: what follows the year is the secret
        keep = 0
    elif digits.endswith(year):
        keep = len(year)
    else:
        keep = 2 if digits.endswith(year[-2:]) else 0  # 3/14/79
    return (Secret(written, keep_last=keep),)
