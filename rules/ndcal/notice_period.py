"""A motion is noticed for a hearing less than 35 days after it is filed.

## What it checks
The hearing date (from the hearing block or the notice paragraph) against the filing
date: the date in the ECF file stamp on the first page, or the date given with
``filelint check --filed-on YYYY-MM-DD`` for a draft about to be filed. The hearing must
be at least ``notice-days`` (35) days later. Administrative motions, which are decided
without a hearing, are left alone.

## Why it matters
Civil L.R. 7-2(a): motions must be "filed, served and noticed for hearing not less than
35 days after filing". A short notice period forces a continuance or an application to
shorten time. In 2007 the period ran from service rather than filing (rules catalog §0);
with electronic service on the filing day the two agree.

## Example
Fires: fixtures/ndcal/motion_filed_on_short_notice.pdf (filed Monday, August 13, 2007
for a hearing on Friday, September 7, 2007: 25 days).

Silent: fixtures/ndcal/motion_filed_on_full_notice.pdf (filed Wednesday, August 1, 2007
for the same hearing: 37 days); a draft with no filing date yet: ``PLAINTIFF'S NOTICE OF
MOTION AND MOTION TO COMPEL. PLEASE TAKE NOTICE THAT ON FRIDAY, SEPTEMBER 7, 2007, AT
9:30 A.M., PLAINTIFF WILL MOVE FOR AN ORDER COMPELLING ANSWERS.``

## References
N.D. Cal. Civil L.R. 7-2(a) (35 days verified, trigger from memory); rules catalog NDCAL-7-2-a.
"""

from __future__ import annotations

from collections.abc import Iterator

from filelint.diagnostic import Finding
from filelint.document import Document
from filelint.legal.court_calendar import long_date
from filelint.legal.doctype import is_administrative
from filelint.rule import RuleContext

NAME = "notice-period"
FIX = "Notice the hearing for a date at least 35 days after filing (or apply to shorten time under Civil L.R. 6-3)."
TYPES = ("motion",)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    if is_administrative(ctx.facts.title):
        return
    stamp = ctx.facts.first_page_stamp
    filed = ctx.settings.filed_on or (stamp.filed if stamp is not None else None)
    setting = ctx.facts.hearing.setting
    if filed is None or setting is None or setting.date is None:
        return
    hearing = setting.date.date
    days = (hearing - filed).days
    minimum = int(ctx.param("notice-days"))
    if days < minimum:
        yield Finding(f"The hearing on {long_date(hearing)} is {days} days after filing on {long_date(filed)}; "
                      f"at least {minimum} days are required.", **setting.where)
