"""A financial-account or card number appears in full (only the last four digits may).

## What it checks
Card numbers: 13 to 19 digits, run together or in groups of four, that pass the Luhn
check card issuers use, anywhere in the filing. Account numbers: runs of 8 to 17
digits within a few words of "account", "acct", "card", "loan", "IBAN", "checking" or
"savings". Masked forms (``****1234``, ``XXXX-XXXX-XXXX-1234``) pass; routing numbers,
which are public, are not account numbers; telephone numbers, case numbers and dates
have other shapes, and digits inside web addresses are left alone. The output shows
only the last four digits.

## Why it matters
Fed. R. Civ. P. 5.2(a)(4): a filing may include only "the last four digits of the
financial-account number."

## Example
Fires: ``payments from checking account no. 004417823391`` or a card number
``4111 1111 1111 1111``.

Silent: ``payments from checking account no. XXXXXXXX3391``.

## References
Fed. R. Civ. P. 5.2(a)(4); rules catalog FRCP-5.2-a-4.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding, Secret
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.frcp import all_text, near

NAME = "financial-account-number"
FIX = "Redact all but the last four digits (XXXXXXXX3391)."
# A digit run inside a web address (a tweet's status number, an archive timestamp) is not a number to redact.
CARD = regex.compile(r"(?<![\w/.=-])(?:\d{4}[ -]){3}\d{1,7}(?![\w/-])|(?<![\w/.=-])\d{13,19}(?![\w/-])")
ACCOUNT = regex.compile(r"(?<![\w/.=-])\d{8,17}(?![\w/-])")
CONTEXT = regex.compile(r"\baccount\b|\bacct\b|\ba/c\b|\bcard\b|\bloan\b|\bIBAN\b|\bchecking\b|\bsavings\b|\bbrokerage\b",
                        regex.IGNORECASE)
ROUTING = regex.compile(r"\brouting\b|\bABA\b", regex.IGNORECASE)


def luhn(digits: str) -> bool:
    """The checksum every payment-card number carries."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = all_text(doc)
    reported: set[int] = set()
    for match in CARD.finditer(text.text):
        digits = regex.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits) and len(set(digits)) > 2:
            reported.add(match.start())
            yield _finding(text, match, "payment-card number")
    for match in ACCOUNT.finditer(text.text):
        if match.start() in reported:
            continue
        if near(text.text, match.start(), match.end(), CONTEXT, before=50, after=10) and not near(
                text.text, match.start(), match.end(), ROUTING, before=30, after=5):
            yield _finding(text, match, "financial-account number")


def _finding(text, match, kind: str) -> Finding:
    value = match.group(0)
    return Finding(f"A full {kind} appears: {value}. Only the last four digits may be filed.",
                   secrets=(Secret(value),), **text.location(match.start()))
