"""What a rule is, and what it is given when it runs.

Rule *logic* lives in a small module (its docstring is its documentation) that
defines ``NAME``, ``FIX`` and ``check(doc, ctx)``. A *pack* (``pack.toml``) binds that
logic to a stable code, a citation, a severity and parameters, so two judges' orders
can share one piece of logic with their own codes and strings.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any

from filelint.diagnostic import Finding, Severity
from filelint.document import Document

if TYPE_CHECKING:
    from filelint.legal.facts import DocumentFacts

CODE_PATTERN = r"^[A-Z]{2,4}[0-9]{3}$"
NAME_PATTERN = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
DOC_HEADINGS = ("What it checks", "Why it matters", "Example", "References")


@dataclass(frozen=True)
class FileSettings:
    """The configuration a rule may read, resolved for one file."""

    case_number: str | None = None
    referral_judge: str | None = None
    chambers_copy: bool = False  # named or flagged as a chambers copy
    document_type: str | None = None  # set by configuration (document-types), else guessed
    court: str | None = None  # the court the filings are for, when configured
    filed_on: dt.date | None = None  # --filed-on: when the paper was (or will be) filed


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule's check may use besides the document."""

    params: Mapping[str, Any]
    settings: FileSettings
    document_type: str = "other"
    chambers_copy: bool = False  # named, flagged or labelled as a chambers copy
    facts: DocumentFacts | None = None  # the document's legal facts, derived once by the engine

    @classmethod
    def for_document(cls, document: Document, params: Mapping[str, Any] | None = None,
                     settings: FileSettings | None = None, facts: DocumentFacts | None = None) -> RuleContext:
        """A context as the engine builds it, for one document (tests and examples use this too)."""
        from filelint.legal.facts import DocumentFacts

        settings = settings or FileSettings()
        facts = facts or DocumentFacts(document, settings.document_type)
        readable = document.readable
        return cls(
            params=MappingProxyType(dict(params or {})),
            settings=settings,
            document_type=facts.document_type if readable else "other",
            chambers_copy=settings.chambers_copy or (readable and facts.chambers_copy_legend),
            facts=facts,
        )

    def param(self, key: str) -> Any:
        """A pack or rule parameter; a missing one is a pack-authoring bug."""
        if key not in self.params:
            raise KeyError(f"rule parameter {key!r} is not set in the pack")
        return self.params[key]


CheckFunction = Callable[[Document, RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule as a pack defines it: identity, citation, and the logic to run."""

    code: str
    name: str
    severity: Severity
    citation: str
    fix: str
    pack: str
    check: CheckFunction | None  # None: the engine itself reports it (FL900)
    doc: str
    file_level: bool = False  # runs even when the file could not be read
    types: tuple[str, ...] = ()  # document types it applies to; empty: all
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    gate: bool = False  # when it fires on a document, no other (non-gate) rule runs on it (FL008 not-a-filing)
    # Whose papers the rule's source governs: "party" (a filer's), "court" (the court's own orders, opinions,
    # transcripts). A local rule on "papers presented for filing" governs parties only; Rule 5.2 privacy, both.
    authors: tuple[str, ...] = ("party", "court")
    # A short sentence in plain words for readers who are not linters ("The case number needs “({initials})”"),
    # with {param} placeholders filled from the rule's parameters; reports put it before the code. Empty: the message is plain.
    plain: str = ""

    def plain_words(self) -> str:
        """The plain sentence with its parameters filled in ("" when the rule has none)."""
        return self.plain.format_map(dict(self.params)) if self.plain else ""


def logic_from_module(module: ModuleType) -> dict[str, Any]:
    """The parts of a rule-logic module, validated."""
    engine_reported = bool(getattr(module, "ENGINE_REPORTED", False))
    required = ("NAME", "FIX") if engine_reported else ("NAME", "FIX", "check")
    missing = [attr for attr in required if not hasattr(module, attr)]
    if missing:
        raise ValueError(f"module {module.__name__} lacks {', '.join(missing)}")
    return {
        "name": module.NAME,
        "fix": module.FIX,
        "check": None if engine_reported else module.check,
        "doc": inspect.cleandoc(module.__doc__ or ""),
        "file_level": bool(getattr(module, "FILE_LEVEL", False)),
        "severity": Severity(getattr(module, "SEVERITY", "error")),
        "types": tuple(getattr(module, "TYPES", ())),
        "gate": bool(getattr(module, "GATE", False)),
        "plain": str(getattr(module, "PLAIN", "")),
    }
