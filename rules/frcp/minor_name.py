"""A minor's full name appears where only initials may (a warning).

## What it checks
A person's full name (two or more capitalised words) described, within a few words,
as a minor: "a minor", "minor child", "(age 12)", "12 years old" (under 18), or after
"minor", "minor son", "minor daughter" ("his son" alone says nothing of age). Initials ("J.D., a minor") pass. Names are hard to
tell from other capitalised words, so this is a warning to check, not a verdict.

## Why it matters
Fed. R. Civ. P. 5.2(a)(3): a filing may include only "the minor's initials."

## Example
Fires: ``Plaintiff's minor son Jacob Miller, age 12, ...``

Silent: ``Plaintiff's son, J.M., age 12, ...``

## References
Fed. R. Civ. P. 5.2(a)(3); rules catalog FRCP-5.2-a-3.
"""

from __future__ import annotations

from typing import Iterator

import regex

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.rule import RuleContext
from filelint_rules.frcp import all_text

NAME = "minor-name"
FIX = "Use the minor's initials only (\"J.M., a minor\")."
SEVERITY = "warning"
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_AGE = r"(?:age[d]?\s+(?P<age>\d{1,2})|(?P<age2>\d{1,2})[\s-]+years?[\s-]+old)"
AFTER = regex.compile(_NAME + r",?\s+(?:\(?a\s+minor\)?|(?:a\s+)?minor\s+child|\(?" + _AGE + r"\)?)")
BEFORE = regex.compile(r"\bminor\s+(?:child|son|daughter|plaintiff|grandson|granddaughter)?[,:]?\s*" + _NAME)
NOT_NAMES = {"United States", "Supreme Court", "District Court", "New York", "San Francisco", "Los Angeles"}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    text = all_text(doc)
    for pattern in (AFTER, BEFORE):
        for match in pattern.finditer(text.text):
            age = match.groupdict().get("age") or match.groupdict().get("age2")
            if (age and int(age) >= 18) or match["name"] in NOT_NAMES:
                continue
            yield Finding(f'The full name "{match["name"]}" is given for a minor; only initials may be filed.',
                          **text.location(match.start("name")))
