"""The kind of paper could not be read, so the rules for particular kinds of paper did not run.

## What it checks
Many rules apply to one kind of paper: the page limit, the notice of motion, the tables
and the statement of issues to motions, oppositions and replies; the joint-letter rules
to joint letters; the signature block to parties' papers. filelint reads the kind from
the caption's title ("NOTICE OF MOTION AND MOTION TO COMPEL", "Opposition to ...",
"Reply in Support of ...", "DECLARATION OF ...", "[PROPOSED] ORDER"). When a paper has a
caption naming a court ("UNITED STATES DISTRICT COURT") but no title of a kind it knows,
those rules do not run; this finding says so, once, naming them, instead of letting the
paper pass them silently. It is not reported when the configuration sets the paper's type
(``[document-types]``), for the court's own papers, for a paper without a caption (notes,
an exhibit page: nothing says it is a brief), or for a file FL008 found is not a filing.

## Why it matters
A linter that skips rules without saying so gives false comfort: a 30-page motion whose
caption is typed in an unusual way would otherwise pass the 25-page limit unnoticed.
Information only: nothing is wrong with the paper; set its type to check it fully.

## Example
Fires: ``UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA BRIEFING OF AMAZON
AND GOOGLE REGARDING REMEDIES FOR VIOLATION OF PROSECUTION BAR`` (a court-ordered brief:
no motion, opposition or reply).

Silent: ``UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA PLAINTIFF'S NOTICE
OF MOTION AND MOTION TO COMPEL``; ``UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF
CALIFORNIA ORDER GRANTING MOTION TO COMPEL`` (the court's order: its kind is known).

## References
filelint documentation: document types (README, "Document types"); Civil L.R. 7-2, 7-4
(the rules that apply to motions, oppositions and replies).
"""

from __future__ import annotations

NAME = "type-unknown"
FIX = ('Set the paper\'s type in the configuration, e.g. [document-types] "my-brief*.pdf" = "opposition", '
       "or give it a caption title that says what it is.")
SEVERITY = "info"
ENGINE_REPORTED = True  # the engine knows which rules it did not run, and why
