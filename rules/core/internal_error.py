"""A rule failed with an error while checking this file (a bug in filelint).

## What it checks
Nothing in the filing: the engine reports this when one rule raises an exception on
a document. The other rules' findings on the file are still reported, and the run
exits with status 2 so that a CI job or pre-commit hook does not pass silently.

## Why it matters
A rule that crashed did not check what it is for. Treat the file as not fully
checked until the bug is fixed.

## Example
Fires: ``FL900 rule JCS003 (chambers-copy-not-conformed) failed on this file``.

Silent: every rule ran to completion.

## References
Report it at the filelint issue tracker with the message shown.
"""

NAME = "internal-error"
FIX = "Please report this as a filelint bug, with the rule code and the message."
ENGINE_REPORTED = True
