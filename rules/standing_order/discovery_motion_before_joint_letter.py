"""A discovery motion does not show that the in-person meeting and the joint letter came first.

## What it checks
A motion about discovery (to compel, for a protective order, for sanctions over
discovery, to quash) must refer both to the in-person meeting of lead trial counsel
and to the joint letter the order requires before any discovery motion. The warning
says which of the two the motion does not mention.

## Why it matters
The order: "before filing any discovery motion before this Court, the parties must
comply with the following": lead trial counsel meet in person, then "jointly file a
detailed letter with the Court", after which "the Court will determine what future
proceedings, if any, are necessary." A motion filed without those steps is likely to be
denied or terminated without reaching the merits.

## Example
Fires: a motion to compel whose only meet-and-confer statement is that counsel exchanged
letters, and which never mentions a joint letter,
``LEADCLICK MEDIA, INC., Plaintiff, v. RELATIONSERVE MEDIA, INC., Defendants. ) No. C-06-03891 SC (JCS) ) NOTICE OF MOTION AND MOTION TO COMPEL ) Counsel exchanged letters in July 2007.``,
and fixtures/spero/motion_to_compel_without_meeting_or_letter.pdf.

Silent: a motion to compel that describes both,
``LEADCLICK MEDIA, INC., Plaintiff, v. RELATIONSERVE MEDIA, INC., Defendants. ) No. C-06-03891 SC (JCS) ) NOTICE OF MOTION AND MOTION TO COMPEL ) Lead trial counsel met and conferred in person on July 20, 2007. The parties filed their joint letter on July 26, 2007.``,
and a motion that is not about discovery, fixtures/spero/motion_to_dismiss_friday.pdf.

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Civil L.R. 37-1.
"""

from __future__ import annotations

from typing import Iterator

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
