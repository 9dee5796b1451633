"""``--format github``: GitHub Actions workflow commands, one annotation a finding.

GitHub shows at most ten annotations of each level per step, so errors come first.
When ``GITHUB_STEP_SUMMARY`` is set, a Markdown summary table is appended to it.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from filelint.api import Report
from filelint.diagnostic import Diagnostic, Severity
from filelint.output.safe import neutralised

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(diagnostic: Diagnostic) -> str:
    where = f"p. {diagnostic.page}" + (f", line {diagnostic.line}" if diagnostic.line else "") if diagnostic.page else "whole file"
    properties = [f"file={_escape_property(diagnostic.path)}"]
    if diagnostic.file_line is not None:  # a text draft: the file's own line and column
        properties += [f"line={diagnostic.file_line}", f"col={diagnostic.file_column or 1}"]
    elif diagnostic.line:
        properties.append(f"line={diagnostic.line}")
    properties.append(f"title={_escape_property(f'{diagnostic.code} {diagnostic.name} ({where})')}")
    body = f"{diagnostic.message} Fix: {diagnostic.fix} [{diagnostic.citation}]"
    return f"::{LEVELS[diagnostic.severity]} {','.join(properties)}::{_escape_data(body)}"


def render(report: Report) -> str:
    report = neutralised(report)
    ordered = sorted(report.diagnostics, key=lambda d: (d.severity.rank, d.sort_key()))
    _write_summary(report)
    lines = [annotation(d) for d in ordered]
    return "\n".join(lines) + ("\n" if lines else "")


def _write_summary(report: Report) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    counts = Counter((d.code, d.name, d.severity.value) for d in report.diagnostics)
    rows = ["## filelint", "", f"{len(report.results)} files checked, {len(report.diagnostics)} findings.", ""]
    if counts:
        rows += ["| code | rule | severity | findings |", "|---|---|---|---|"]
        rows += [f"| {code} | {name} | {severity} | {n} |" for (code, name, severity), n in sorted(counts.items())]
    with Path(target).open("a", encoding="utf-8") as handle:
        handle.write("\n".join(rows) + "\n")
