"""Run one rule, through the real engine, on a filing written in a test.

Variant tables (tests/variants/test_*.py) say how real filings phrase a thing and whether a
rule must fire on it. Each table module defines two dictionaries, ``FIRES`` and ``SILENT``,
mapping a rule code to its variants; tests/test_variant_coverage.py checks that every
installed rule has at least eight of each. A variant is either the text of a plain-text
draft (a string) or a :class:`Variant` that carries bytes (a PDF built in the test), a file
name, configuration and a note saying where the wording comes from (a corpus file and page).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelint.config import Config, from_table
from filelint.diagnostic import Diagnostic
from filelint.engine import LintResult, lint
from filelint.readers import kind_of, read_bytes
from filelint.registry import discover_packs

_PACKS = None
_RESULTS: dict[tuple, LintResult] = {}
ENGINE_REPORTED = "reported by the engine itself"  # such rules never "run"; their silence is judged by findings alone
_CONFIG_PATH = Path(tempfile.gettempdir()) / "variant" / ".filelint.toml"  # never read: names the settings in messages


@dataclass(frozen=True)
class Variant:
    """One filing to check: its bytes (or text), what it is called, and the configuration."""

    content: bytes | str
    name: str = "draft.txt"
    config: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # where the wording comes from, e.g. "corpus cand_19cv6669_89_discovery_letter.pdf p.2"

    def __str__(self) -> str:  # pytest ids
        return self.note or (self.content if isinstance(self.content, str) else self.name)[:60]


def packs():
    """The installed packs, loaded once per test session."""
    global _PACKS
    if _PACKS is None:
        _PACKS = discover_packs()
    return _PACKS


def as_variant(item: str | Variant) -> Variant:
    return item if isinstance(item, Variant) else Variant(item)


def run(item: str | Variant) -> LintResult:
    """The real engine's result on the variant: its findings, and which rules ran.

    Kept per variant for the session: the tables' own tests and the coverage count read the same result.
    """
    variant = as_variant(item)
    key = (variant.content, variant.name, repr(sorted(variant.config.items())))
    if key not in _RESULTS:
        _RESULTS[key] = _run(variant)
    return _RESULTS[key]


def _run(variant: Variant) -> LintResult:
    data = variant.content.encode("utf-8") if isinstance(variant.content, str) else variant.content
    kind = kind_of(Path(variant.name))  # .pdf, .docx and .doc as the file walk reads them; else text
    document = read_bytes(data, variant.name, kind)
    config: Config = from_table(dict(variant.config), _CONFIG_PATH) if variant.config else Config()
    return lint(document, packs(), config)


def diagnostics(item: str | Variant, code: str | None = None) -> list[Diagnostic]:
    """The findings the real engine reports on the variant (only ``code``'s, when given)."""
    return [d for d in run(item).diagnostics if code is None or d.code == code]


def silent_where_it_ran(item: str | Variant, code: str) -> tuple[bool, str]:
    """Whether ``code`` ran on the variant and said nothing; the reason it did not run, if it did not.

    A silent variant proves something only where the rule ran: one the rule never saw (its pack
    did not apply, the file is not a filing) says nothing about the rule's wording.
    """
    result = run(item)
    reason = dict(result.skipped).get(code, "")
    if code not in result.ran and reason != ENGINE_REPORTED:
        return False, reason or "not run"
    found = [d for d in result.diagnostics if d.code == code]
    return not found, found[0].message if found else ""


def fires(item: str | Variant, code: str) -> list[Diagnostic]:
    return diagnostics(item, code)


def cases(table: dict[str, Iterable[str | Variant]]) -> list[tuple[str, str | Variant]]:
    """``(code, variant)`` pairs for ``pytest.mark.parametrize``."""
    return [(code, variant) for code, variants in table.items() for variant in variants]


HEARING_MESSAGE_WORDS = ("is heard on", "is heard at", "weekday", "legal holiday")


def notice_of_motion_maker(parties: str, config: dict):
    """A builder of notices of motion in one case before one judge: ``motion(case number, hearing block, ...)``.

    The pieces are joined with " ) ", as a caption's column of parentheses reads once extracted.
    """

    def motion(number: str, block: str, title: str = "NOTICE OF MOTION AND MOTION TO COMPEL", note: str = "", **overrides) -> Variant:
        return Variant(f"{parties} ) {number} ) {title} ) {block}", config={**config, **overrides}, note=note or block)

    return motion
