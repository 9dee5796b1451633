"""A full social security number or taxpayer-identification number (SSN, ITIN, EIN) appears in the filing.

## What it checks
Numbers shaped like a social security number (``123-45-6789``, ``123 45 6789``) whose
parts are valid (no area 000, 666 or 900-999; no group 00; no serial 0000), individual
taxpayer-identification numbers (area 9xx with an ITIN group, ``912-70-1234``), and
employer identification numbers (``12-3456789``) or nine bare digits when the words
around them say what they are ("SSN", "Social Security", "TIN", "EIN", "taxpayer").
Masked forms such as ``XXX-XX-6789`` and ``***-**-6789`` pass, as do case numbers,
telephone numbers, Bates numbers and dates, which have other shapes. Text in margins,
footers and invisible layers is checked too. filelint never prints the number: output
shows only its last four digits.

## Why it matters
Fed. R. Civ. P. 5.2(a)(1): a filing may include only "the last four digits of the
social-security number and taxpayer-identification number." A number once on the
public docket cannot be taken back; the filer must move to seal and redact.

## Example
Fires: ``Plaintiff's Social Security number is 123-45-6789.``

Silent: ``Plaintiff's Social Security number ends in 6789 (XXX-XX-6789).``

## References
Fed. R. Civ. P. 5.2(a)(1); rules catalog FRCP-5.2-a-1.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding, Secret
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.frcp import all_text, near

NAME = "ssn-or-taxpayer-id"
FIX = "Redact all but the last four digits (XXX-XX-6789), and if the filing is already on the docket, ask the clerk to seal it."

SEPARATED = regex.compile(r"(?<![\w/.-])(?P<area>\d{3})(?P<sep>[- ])(?P<group>\d{2})(?P=sep)(?P<serial>\d{4})(?![\w/-])")
BARE_NINE = regex.compile(r"(?<![\w/.=-])\d{9}(?![\w/-])")
EIN = regex.compile(r"(?<![\w-])\d{2}-\d{7}(?![\w-])")
CONTEXT = regex.compile(r"\bS\.?S\.?N\b|\bsocial\s+security\b|\bT\.?I\.?N\b|\bE\.?I\.?N\b|\btaxpayer\b|\btax\s+(?:i\.?d|identification)\b"
                        r"|\bemployer\s+identification\b|\bfederal\s+tax\b|\bSS\s*#", regex.IGNORECASE)
ITIN_GROUPS = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))


def classify(area: str, group: str, serial: str) -> str | None:
    """ "social security number", "ITIN" or None when the parts cannot be either."""
    if serial == "0000" or group == "00":
        return None
    if area.startswith("9"):
        return "individual taxpayer-identification number (ITIN)" if int(group) in ITIN_GROUPS else None
    if area in ("000", "666"):
        return None
    return "social security number"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = all_text(doc)
    seen: set[int] = set()
    for match in SEPARATED.finditer(text.text):
        kind = classify(match["area"], match["group"], match["serial"])
        if kind:
            seen.add(match.start())
            yield _finding(text, match, kind)
    for pattern, kind in ((BARE_NINE, "social security or taxpayer-identification number"),
                          (EIN, "employer identification number (EIN)")):
        for match in pattern.finditer(text.text):
            if match.start() not in seen and near(text.text, match.start(), match.end(), CONTEXT):
                yield _finding(text, match, kind)


def _finding(text, match, kind: str) -> Finding:
    value = match.group(0)
    return Finding(f"A full {kind} appears: {value}. Only the last four digits may be filed.",
                   secrets=(Secret(value),), **text.location(match.start()))
