"""A full social security number or taxpayer-identification number (SSN, ITIN, EIN) appears in the filing.

## What it checks
Numbers shaped like a social security number whose parts are valid (no area 000, 666 or
900-999; no group 00; no serial 0000), whatever separates the groups: ``123-45-6789``,
``123 45 6789``, ``123.45.6789``, an en or em dash, a hyphen with spaces around it, or a
line break where the number wraps. Individual taxpayer-identification numbers (area 9xx
with an ITIN group, ``912-70-1234``), employer identification numbers (``12-3456789``) and
nine bare digits count when the words around them say what they are ("SSN", "Social
Security", "TIN", "EIN", "taxpayer"). Masked forms such as ``XXX-XX-6789`` and
``***-**-6789`` pass, as do case numbers, telephone numbers, Bates numbers, ZIP codes and
dates, which have other shapes, and numbers named as something else ("Bates No.").
Text in margins, footers and invisible layers is checked too, and so are the PDF's
document properties (title, author, subject, keywords), which are filed with it.
filelint never prints the number: output shows only its last four digits.

## Why it matters
Fed. R. Civ. P. 5.2(a)(1): a filing may include only "the last four digits of the
social-security number and taxpayer-identification number." A number once on the
public docket cannot be taken back; the filer must move to seal and redact.

## Example
Fires: ``Plaintiff's Social Security number is 123-45-6789.`` or
``Plaintiff's SSN, 123.45.6789, was on the form`` or ``Employer Identification No. 12-3456789``.

Silent: ``Plaintiff's Social Security number ends in 6789 (XXX-XX-6789).`` or
``call (415) 555-0134 about Case No. 06-03891``.

## References
Fed. R. Civ. P. 5.2(a)(1); rules catalog FRCP-5.2-a-1.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Secret
from filelint.document import Document
from filelint.legal.numbers import NumberMatch, find_taxpayer_ids
from filelint.rule import RuleContext
from filelint_rules.frcp import filing_text, metadata_location, metadata_properties

NAME = "ssn-or-taxpayer-id"
FIX = "Redact all but the last four digits (for example XXX-XX-1234), and if the filing is already on the docket, ask the clerk to seal it."
KINDS = {
    "ssn": "social security number",
    "itin": "individual taxpayer-identification number (ITIN)",
    "ssn-or-tin": "social security or taxpayer-identification number",
    "ein": "employer identification number (EIN)",
}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = filing_text(doc, ctx)
    for number in find_taxpayer_ids(text.text):
        yield Finding(f"A full {KINDS[number.kind]} appears: {number.one_line}. Only the last four digits may be filed.",
                      secrets=_secrets(number), **text.location(number.start))
    for name, value in metadata_properties(doc):
        for number in find_taxpayer_ids(value):
            yield Finding(f"The PDF's {name} property holds a full {KINDS[number.kind]}: {number.one_line}. "
                          "Document properties are filed with the PDF.",
                          secrets=_secrets(number), **metadata_location(name, value))


def _secrets(number: NumberMatch) -> tuple[Secret, ...]:
    return tuple(Secret(value) for value in dict.fromkeys((number.one_line, number.text)))
