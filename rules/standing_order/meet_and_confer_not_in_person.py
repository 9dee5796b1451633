"""A joint letter or discovery motion does not state that lead trial counsel met and conferred in person, with the date.

## What it checks
In a joint discovery letter, and in any discovery motion (to compel, for a protective
order, for discovery sanctions), a statement that lead trial counsel met and conferred
**in person**, and when. A meeting "in person", "face to face", "at the offices of
Defense LLP", at a firm's office, in a conference room or the Juror Conference Room is in
person. It fires when there is no meet-and-confer statement at all, when the only meeting
described was by telephone, videoconference, letter or e-mail, and (as a warning) when
the in-person meeting is stated without its date (in its sentence or the next one of the
paragraph; every date form counts: "July 20, 2007", "20 July 2007", "7/20/07").

## Why it matters
The judge's order asks for it; `filelint explain CODE` quotes its sentence in each edition the
pack knows, with the edition's date and where its text was found. The joint letter is due within days of that meeting, so its date
matters. A letter that describes only calls and e-mails shows the order was not followed.

## Example
Each judge's pack writes this rule's Fires and Silent examples in that judge's terms
(``[rules.examples]`` in its pack.toml); `filelint explain CODE` shows them.

## References
The judge's standing order (each pack's citation and editions); Civil L.R. 37-1(a);
Fed. R. Civ. P. 37(a)(1).
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.document import Document
from filelint.legal.doctype import is_discovery_motion
from filelint.rule import RuleContext
from filelint_rules.standing_order import another_judges_matter
from filelint_rules.standing_order.discovery import meetings

NAME = "meet-and-confer-not-in-person"
FIX = "State that lead trial counsel met and conferred in person, where and on what date (e.g. \"Lead trial counsel met and conferred in person on July 20, 2007\")."
TYPES = ("joint-letter", "motion")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if ctx.document_type == "motion" and not is_discovery_motion(doc, ctx.facts.title):
        return
    if another_judges_matter(ctx):
        return
    text = ctx.facts.text()
    described = meetings(text)
    in_person = [meeting for meeting in described if meeting.in_person]
    if in_person:
        if not any(meeting.date for meeting in in_person):
            yield Finding("The in-person meet-and-confer is described without its date.",
                          severity=Severity.WARNING, **text.location(in_person[0].anchor))
        return
    if not described:
        yield Finding("No statement was found that lead trial counsel met and conferred in person.", page=1)
        return
    remote = next((meeting for meeting in described if meeting.remote_modes), None)
    if remote is None:
        yield Finding("The meet-and-confer is described without saying that lead trial counsel met in person.",
                      **text.location(described[0].anchor))
        return
    yield Finding(
        f"The only meet-and-confer described was by {' and '.join(remote.remote_modes)}; the order requires lead trial "
        "counsel to meet and confer in person.",
        **text.location(remote.anchor),
    )
