"""filelint: a linter for court filings (PDF and plain text)."""

__version__ = "0.2.0"
