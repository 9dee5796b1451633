"""The caption refers the matter to a magistrate judge whose standing order no installed pack knows.

## What it checks
The case number on the caption page (or, for a paper without a caption, on its first page)
names the referral magistrate judge by initials: ``(DMR)``, ``( TSH )``, ``[SVK]`` or the
docket's ``-DMR`` after the district judge's initials. When no installed judge's pack has
those initials (``filelint judges`` lists them), that judge's standing order was not checked
at all; this finding says so, once per paper, naming the initials. It is silent when a pack
knows the judge, when the number names no referral judge (``3:19-cv-06669-WHA``, or a
consent case ``3:19-cv-06669-DMR``, where the initials could be any judge's), and when the
configuration names the referral judge.

## Why it matters
A filing before a judge filelint does not know would otherwise pass without a word about
that judge's own requirements (hearing days, discovery letters, chambers copies), which
reads as a clean result. Information only: nothing is wrong with the paper; check the
judge's standing order by hand, or write the judge's pack (README, "Writing a judge's pack").

## Example
The pack writes the Fires and Silent examples (``[rules.examples]`` in its pack.toml), since a
silent one names a judge an installed pack knows; `filelint explain SO001` shows them.

## References
Civil L.R. 3-4(a)(3)(C) (the referral judge's initials after the case number); filelint
documentation: judges' packs (README, "Writing a judge's pack").
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.textsearch import excerpt
from filelint.registry import installed_judges
from filelint.rule import RuleContext

NAME = "unknown-referral-judge"
SEVERITY = "info"
FIX = "Check the referral judge's standing order by hand, or install (or write) that judge's pack."


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    if ctx.settings.referral_judge or not facts.case_numbers or facts.caption_text is None:
        return
    number = facts.case_numbers[0]
    initials = number.referral_judge.upper()
    if not initials or initials in installed_judges():
        return
    line = facts.caption_text.line_at(number.start)
    known = ", ".join(sorted(installed_judges())) or "none"
    written = " ".join(number.text.split())  # as the caption writes it, on one line
    yield Finding(
        f'The case number refers the matter to the magistrate judge "{initials}" ("{written}"), whose '
        f"standing order no installed pack knows (known: {known}); that judge's requirements were not checked.",
        severity=Severity.INFO, page=facts.caption_page.number, line=line.number, excerpt=excerpt(line.text),
    )
