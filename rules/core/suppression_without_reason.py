"""A ``filelint: ignore[CODE]`` line in a text draft gives no reason.

## What it checks
Inline suppressions in text drafts: a line ``filelint: ignore[FR001] exhibit ID, not an
SSN`` silences that code on the next line. One without a reason after the bracket still
works, and is reported so that the reason gets written down.

## Why it matters
A silenced privacy or redaction finding is a decision someone made about a client's
confidential information; the next reader of the draft needs to know why.

## Example
Fires: ``Plaintiff's exhibit list. filelint: ignore[FR001]``

Silent: ``Plaintiff's exhibit list. filelint: ignore[FR001] a docket exhibit number, not a social security number``

## References
filelint documentation: suppressions.
"""

NAME = "suppression-without-reason"
FIX = "Say why after the bracket, e.g. \"filelint: ignore[FR001] number is a public docket exhibit ID\"."
SEVERITY = "warning"
ENGINE_REPORTED = True
