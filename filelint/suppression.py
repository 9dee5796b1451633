"""Suppressing findings: inline comments in text drafts, and a baseline file for everything else.

A PDF cannot hold a ``noqa`` comment, so a repository adopting filelint records today's
findings in a baseline (keyed by rule, file and a fingerprint of what was found, not by
line numbers, which move) and later runs report only what is new.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from filelint.config import relative_path
from filelint.diagnostic import Diagnostic, Severity
from filelint.document import Document
from filelint.errors import ConfigError

BASELINE_FILE = ".filelint-baseline.json"
SCHEMA = 2  # 2: paths relative to the configuration root; fingerprints hash any secret
# Codes or rule names, any case: "ignore[fr001]" and "ignore[ssn-or-taxpayer-id]" suppress FR001.
INLINE = regex.compile(r"filelint:\s*ignore\[(?P<codes>[A-Za-z0-9,\s-]+)\]\s*(?P<reason>.*)$", regex.IGNORECASE)
NO_REASON = ("FL007", "suppression-without-reason")


def apply_inline(document: Document, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Drop findings a ``filelint: ignore[CODE] reason`` line suppresses on the next line; flag reasonless ones."""
    diagnostics = list(diagnostics)
    if document.kind != "text":
        return diagnostics
    suppressed: set[tuple[str, int, int]] = set()  # (code or name, upper case; page; line)
    added: list[Diagnostic] = []
    for page in document.pages:
        for position, line in enumerate(page.lines):
            match = INLINE.search(line.text)
            if not match:
                continue
            codes = [code.strip() for code in match["codes"].split(",") if code.strip()]
            if position + 1 < len(page.lines):
                target = page.lines[position + 1].number
                suppressed.update((code.upper(), page.number, target) for code in codes)
            # A reasonless suppression is reported even on a page's last line, where it silences nothing.
            if not match["reason"].strip():
                added.append(_no_reason(document.path, page.number, line.number, codes))
    kept = [d for d in diagnostics if not {(d.code, d.page, d.line), (d.name.upper(), d.page, d.line)} & suppressed]
    return kept + added


def _no_reason(path: str, page: int, line: int, codes: list[str]) -> Diagnostic:
    return Diagnostic(
        code=NO_REASON[0], name=NO_REASON[1], severity=Severity.WARNING, path=path, page=page, line=line,
        message=f"The suppression of {', '.join(codes)} gives no reason.",
        citation="filelint: suppressions must say why",
        fix="Say why after the bracket, e.g. \"filelint: ignore[FR001] number is a public docket exhibit ID\".",
    )


@dataclass(frozen=True)
class BaselineResult:
    """What a baseline left: the new findings, and the entries nothing matched any more."""

    diagnostics: tuple[Diagnostic, ...]
    stale: tuple[dict, ...]


def entry(diagnostic: Diagnostic, root: Path) -> dict:
    """A baseline entry: the path relative to the configuration root, so any folder finds the same entry."""
    path = relative_path(diagnostic.path, root)
    return {"code": diagnostic.code, "path": path, "fingerprint": diagnostic.fingerprint(path)}


def write_baseline(path: Path, diagnostics: Iterable[Diagnostic], root: Path, checked: Iterable[str]) -> int:
    """Record ``diagnostics`` as accepted; return how many entries the file now holds.

    Entries for files not ``checked`` this time are kept (a run on a subset must not forget the rest),
    unless the file no longer exists.
    """
    recorded = relative_paths(checked, root)
    kept = [e for e in _previous_entries(path) if e["path"] not in recorded and _exists(root, e["path"])]
    entries = sorted(kept + [entry(d, root) for d in diagnostics], key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    try:
        path.write_text(json.dumps({"schema": SCHEMA, "entries": entries}, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise ConfigError(str(path), None, f"cannot be written ({error.strerror or error})") from error
    return len(entries)


def _previous_entries(path: Path) -> list[dict]:
    """The entries of an existing baseline; anything else there is never overwritten."""
    if not path.exists():
        return []
    data = _load(path)
    return data["entries"] if data.get("schema") == SCHEMA else []  # an older format is re-recorded whole


def _exists(root: Path, relative: str) -> bool:
    try:
        return (root / relative).exists()
    except (OSError, ValueError):
        return False


def read_baseline(path: Path) -> list[dict]:
    data = _load(path)
    if data.get("schema") != SCHEMA:
        raise ConfigError(str(path), None, "recorded by an older filelint (paths and fingerprints changed); "
                                           "re-record it with `filelint baseline`")
    return data["entries"]


def _load(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["entries"]
        assert isinstance(entries, list) and all(
            isinstance(e, dict) and all(isinstance(e.get(key), str) for key in ("code", "path", "fingerprint")) for e in entries)
        return data
    except (OSError, ValueError, KeyError, TypeError, AssertionError) as error:
        raise ConfigError(str(path), None, f"not a filelint baseline ({type(error).__name__}); "
                                           "it is left as it is") from error


def apply_baseline(entries: list[dict], diagnostics: Iterable[Diagnostic], root: Path,
                   checked: Iterable[str]) -> BaselineResult:
    """Remove findings the baseline accepted (each entry matches once).

    Only entries for the files ``checked`` take part: the others are neither used nor reported stale.
    """
    checked_paths = relative_paths(checked, root)
    remaining = Counter((e["code"], e["path"], e["fingerprint"]) for e in entries if e["path"] in checked_paths)
    new = []
    for diagnostic in diagnostics:
        found = entry(diagnostic, root)
        key = (found["code"], found["path"], found["fingerprint"])
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(diagnostic)
    stale = tuple({"code": code, "path": path, "fingerprint": fp} for (code, path, fp), count in remaining.items() for _ in range(count))
    return BaselineResult(tuple(new), stale)


def relative_paths(paths: Iterable[str], root: Path) -> set[str]:
    return {relative_path(path, root) for path in paths}
