"""Checking the file took longer than the time limit, so it was stopped.

## What it checks
Nothing in the filing: filelint stops reading and checking any one file after the
``timeout`` setting (60 seconds by default) and reports this instead, so that one odd
PDF cannot hang a pre-commit hook or a CI job. The other files are still checked.

## Why it matters
A file that takes minutes to read is usually malformed or built to exhaust readers;
either way it was not fully checked.

## Example
Fires: a PDF whose page is drawn with millions of tiny operations, or a transcript of
thousands of pages, when checking it takes longer than the timeout setting.

Silent: ordinary filings, which take well under a second a page.

(The engine reports this rule from outside the file's check, so its examples are run by
tests/variants/test_variants_core.py under a small time limit, not from this text.)

## References
filelint documentation: limits.
"""

NAME = "file-timeout"
FIX = "Re-create the PDF from the word processor, or raise the timeout setting if the file is simply very large."
ENGINE_REPORTED = True
