"""``--format json``: one object, stable keys (schema 1; a new shape gets a new number)."""

from __future__ import annotations

import json

from filelint import __version__
from filelint.api import Report
from filelint.diagnostic import Severity
from filelint.output.safe import neutralised

SCHEMA = 1


def _not_applied(result, report: Report) -> list[str]:
    """The packs whose rules did not run because the court wrote the paper (its orders, opinions, transcripts)."""
    from filelint.engine import COURT_PAPER

    codes = {code for code, reason in result.skipped if reason.startswith(COURT_PAPER)}
    return sorted({pack.id for pack in report.packs for rule in pack.rules if rule.code in codes})


def render(report: Report) -> str:
    """The whole report as a JSON document."""
    report = neutralised(report)
    files = [
        {
            "path": result.document.path,
            "kind": result.document.kind,
            "pages": result.page_count,
            "type": result.document_type,
            "author": result.author,
            "not_applied": _not_applied(result, report),
            "chambers_copy": result.chambers_copy,
            "size_bytes": result.document.size_bytes,
            "notes": list(result.document.notes),
        }
        for result in report.results
    ]
    diagnostics = [diagnostic.to_dict() for diagnostic in report.diagnostics]
    summary = {severity.value: sum(d.severity is severity for d in report.diagnostics) for severity in Severity}
    payload = {
        "schema": SCHEMA,
        "version": __version__,
        "packs": {pack.id: pack.version for pack in report.packs},
        "files": files,
        "diagnostics": diagnostics,
        "summary": {"files": len(files), **summary},
        "baseline": {"stale": list(report.stale_baseline)},
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
