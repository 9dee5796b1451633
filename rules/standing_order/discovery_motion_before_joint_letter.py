"""A discovery motion does not show that the in-person meeting and the joint letter came first.

## What it checks
A motion about discovery (to compel, for a protective order, for sanctions over
discovery, to quash) must refer both to the in-person meeting of lead trial counsel
and to the joint letter the order requires before any discovery motion. The warning
says which of the two the motion does not mention.

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. The steps come before any discovery motion; a motion filed without those steps is likely to be
denied or terminated without reaching the merits.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Civil L.R. 37-1.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.doctype import is_discovery_motion
from filelint.rule import RuleContext
from filelint_rules.standing_order import another_judges_matter
from filelint_rules.standing_order.discovery import JOINT_LETTER, in_person_meeting

NAME = "discovery-motion-before-joint-letter"
FIX = "Meet and confer in person and file the joint letter first; then say so in the motion, with the dates."
TYPES = ("motion",)
SEVERITY = "warning"


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if not is_discovery_motion(doc, ctx.facts.title) or another_judges_matter(ctx):
        return
    text = ctx.facts.text()
    missing = []
    if in_person_meeting(text) is None:
        missing.append("the in-person meeting of lead trial counsel")
    if not JOINT_LETTER.search(text.text):
        missing.append("the joint letter")
    if missing:
        yield Finding(f"This discovery motion does not mention {' or '.join(missing)}, which the order requires before any discovery motion.", page=1)
