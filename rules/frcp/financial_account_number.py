"""A financial-account or card number appears in full (only the last four digits may).

## What it checks
Card numbers: 13 to 19 digits from a card issuer's range, run together or in groups
(spaces, hyphens, dots, dashes), that pass the Luhn check card issuers use, anywhere in
the filing. IBANs that pass their mod-97 check. Account numbers: 8 to 17 digits, grouped
or not (``0044-1782-3391``), a few words after "account", "acct", "a/c", "card", "loan",
"checking", "savings" or "brokerage". Masked forms (``****1234``,
``XXXX-XXXX-XXXX-1234``) pass; routing numbers, which are public, are not account
numbers; telephone numbers, case and docket numbers, Bates numbers and dates have other
shapes or names, and digits inside web addresses are left alone. The PDF's document
properties are checked too. The output shows only the last four digits.

## Why it matters
Fed. R. Civ. P. 5.2(a)(4): a filing may include only "the last four digits of the
financial-account number."

## Example
Fires: ``Plaintiff's payments from checking account no. 004417823391`` or
``Defendant charged Plaintiff's card 4111 1111 1111 1111`` or ``Plaintiff's Account No.
0044-1782-3391`` or ``Defendant wired it to IBAN DE89 3704 0044 0532 0130 00``.

Silent: ``Plaintiff's payments from checking account no. XXXXXXXX3391`` or
``Defendant asked Plaintiff to wire it to routing number 121000248``.

## References
Fed. R. Civ. P. 5.2(a)(4); rules catalog FRCP-5.2-a-4.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Secret
from filelint.document import Document
from filelint.legal.numbers import NumberMatch, find_financial_numbers
from filelint.rule import RuleContext
from filelint_rules.frcp import filing_text, metadata_location, metadata_properties

NAME = "financial-account-number"
FIX = "Redact all but the last four digits (for example XXXXXXXX1234)."
KINDS = {"card": "payment-card number", "iban": "IBAN (international bank account number)",
         "account": "financial-account number"}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = filing_text(doc, ctx)
    for number in find_financial_numbers(text.text):
        yield Finding(f"A full {KINDS[number.kind]} appears: {number.one_line}. Only the last four digits may be filed.",
                      secrets=_secrets(number), **text.location(number.start))
    for name, value in metadata_properties(doc):
        for number in find_financial_numbers(value):
            yield Finding(f"The PDF's {name} property holds a full {KINDS[number.kind]}: {number.one_line}. "
                          "Document properties are filed with the PDF.",
                          secrets=_secrets(number), **metadata_location(name, value))


def _secrets(number: NumberMatch) -> tuple[Secret, ...]:
    return tuple(Secret(value) for value in dict.fromkeys((number.one_line, number.text)))
