"""A joint letter or discovery motion does not state that lead trial counsel met and conferred in person, with the date.

## What it checks
In a joint discovery letter, and in any discovery motion (to compel, for a protective
order, for discovery sanctions), a statement that lead trial counsel met and conferred
**in person**, and when. It fires when there is no meet-and-confer statement at all,
when the only meeting described was by telephone, videoconference, letter or e-mail,
and (as a warning) when the in-person meeting is stated without its date.

## Why it matters
The order: "Lead trial counsel for both parties must meet and confer *in person*
regarding the matter(s) at issue. This meeting shall occur after other efforts to
resolve the dispute, such as telephone, e-mail, teleconference, or correspondence, have
been unsuccessful." The joint letter is due within days of that meeting, so its date
matters. A letter that describes only calls and e-mails shows the order was not followed.

## Example
Fires::

    Counsel met and conferred by telephone on July 18, 2007, and exchanged letters.

Silent::

    Lead trial counsel met and conferred in person on July 20, 2007, in the Juror
    Conference Room, after telephone calls and letters had failed.

## References
Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.); Civil L.R. 37-1(a);
Fed. R. Civ. P. 37(a)(1).
"""

from __future__ import annotations

from typing import Iterator

from filelint.diagnostic import Finding, Severity
from filelint.legal.doctype import is_discovery_motion
from filelint.document import Document
from filelint.rule import RuleContext
from filelint.legal.textsearch import document_text
from filelint_rules.standing_order.discovery import meetings

NAME = "meet-and-confer-not-in-person"
FIX = "State that lead trial counsel met and conferred in person, where and on what date (e.g. \"Lead trial counsel met and conferred in person on July 20, 2007\")."
TYPES = ("joint-letter", "motion")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if ctx.document_type == "motion" and not is_discovery_motion(doc):
        return
    text = document_text(doc)
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
    remote = next((meeting for meeting in described if meeting.remote_modes), described[0])
    modes = " and ".join(remote.remote_modes) or "means other than an in-person meeting"
    yield Finding(
        f"The only meet-and-confer described was by {modes}; the order requires lead trial counsel to meet and confer in person.",
        **text.location(remote.anchor),
    )
