"""Findings as plain, immutable data.

A rule yields :class:`Finding` (what and where); the engine turns each into a
:class:`Diagnostic` by adding the rule's identity, citation and fix, so rules never
format output and formatters never compute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How bad a finding is; ``error`` findings make the run exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort key: errors first."""
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Secret:
    """A confidential value inside a finding's text, masked on output."""

    value: str
    keep_last: int = 4


def secret_digest(secrets: tuple[Secret, ...]) -> str:
    """One sha256 of a finding's confidential values, in a stable order; empty when it has none."""
    import hashlib

    values = sorted({secret.value for secret in secrets if secret.value})
    return hashlib.sha256("\x1f".join(values).encode()).hexdigest() if values else ""


@dataclass(frozen=True)
class Finding:
    """What a rule reports: the message and where it sits in the document.

    ``page`` is 1-based or None for a whole-file finding; ``line`` is the pleading
    line (or line within the page), None for a whole-page finding. In a text draft,
    ``file_line`` and ``file_column`` say where in the file it starts (``location``
    fills them; the engine falls back to the start of the line). ``severity`` and
    ``fix`` override the rule's defaults when a rule needs to (a near miss that is
    only a warning, a fix that quotes the document).
    """

    message: str
    page: int | None = None
    line: int | None = None
    excerpt: str | None = None
    severity: Severity | None = None
    fix: str | None = None
    secrets: tuple[Secret, ...] = field(default=())
    file_line: int | None = None  # text drafts: the file's own line and column where the finding starts
    file_column: int | None = None


@dataclass(frozen=True)
class Diagnostic:
    """A finding bound to its rule and file: what every output format prints."""

    code: str
    name: str
    severity: Severity
    path: str
    page: int | None
    line: int | None
    message: str
    citation: str
    fix: str
    excerpt: str | None = None
    secrets: tuple[Secret, ...] = field(default=())
    # sha256 of the confidential values the finding is about (never the values): a baseline entry
    # for one social security number must not accept another in the same place.
    secret_digest: str = ""
    # Text drafts: the file's own line and column (1-based), for formats that open the file
    # (SARIF, GitHub annotations, JUnit); ``page`` and ``line`` are where a reader looks on paper.
    file_line: int | None = None
    file_column: int | None = None

    def fingerprint(self, path: str | None = None) -> str:
        """Stable across edits: the rule, the file (``path``, default its shown path) and what was found,
        not where the lines fell; a different secret is a different finding."""
        import hashlib
        import re

        text = re.sub(r"\d+", "#", self.excerpt or self.message)
        key = f"{self.code}|{self.path if path is None else path}|{text}"
        return hashlib.sha256(f"{key}|{self.secret_digest}".encode() if self.secret_digest else key.encode()).hexdigest()[:32]

    def sort_key(self) -> tuple:
        """Document order: by file, then page, then line, then code."""
        return (self.path, self.page or 0, self.line or 0, self.code, self.message)

    def to_dict(self) -> dict:
        """The JSON shape of a diagnostic (schema 1; never changed in place)."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "path": self.path,
            "page": self.page,
            "line": self.line,
            "file_line": self.file_line,
            "file_column": self.file_column,
            "excerpt": self.excerpt,
            "message": self.message,
            "citation": self.citation,
            "fix": self.fix,
        }
