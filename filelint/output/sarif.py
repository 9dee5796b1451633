"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Rules carry their documentation and citation; each result carries its page and line (a
text draft's region is the file's own line and column; a PDF's pages are not lines, so
there the region's line is the pleading line where known, and the page and pleading line
are always in the result's properties) and a ``partialFingerprints`` entry filelint
computes itself from the rule, the file and the finding's text, so that a finding keeps
its identity when other lines move.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from filelint import __version__
from filelint.api import Report
from filelint.diagnostic import Diagnostic, Severity
from filelint.output.safe import neutralised
from filelint.registry import all_rules

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report) -> str:
    rules = all_rules(report.packs)
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver_rules = [_rule(rule) for rule in rules]
    # The path is percent-encoded from the file's real name (so a viewer can open it) and the
    # fingerprint is of what was found; every text shown is the neutralised one.
    results = [_result(shown, index, _uri(found.path), found.fingerprint())
               for found, shown in zip(report.diagnostics, neutralised(report).diagnostics)]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "filelint", "version": __version__, "informationUri": "https://github.com/filelint/filelint",
                                "rules": driver_rules}},
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule) -> dict:
    summary = rule.doc.splitlines()[0] if rule.doc else rule.name
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": rule.doc or summary},
        "help": {"text": f"{rule.doc}\n\nCitation: {rule.citation}\nFix: {rule.fix}", "markdown": rule.doc or summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"citation": rule.citation, "pack": rule.pack, "tags": [rule.pack]},
    }


def _uri(path: str) -> str:
    """A relative URI reference for a path: every byte outside the safe set percent-encoded."""
    return quote(path.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/")


def _result(diagnostic: Diagnostic, index: dict[str, int], uri: str, fingerprint: str) -> dict:
    # A text draft's region is the file's own line and column; a PDF has no lines, so its
    # region's line is the pleading line (or line within the page). Both keep page and line as properties.
    if diagnostic.file_line is not None:
        region = {"startLine": diagnostic.file_line, "startColumn": diagnostic.file_column or 1}
    else:
        region = {"startLine": diagnostic.line or 1}
    if diagnostic.excerpt:
        region["snippet"] = {"text": diagnostic.excerpt}
    result = {
        "ruleId": diagnostic.code,
        "level": LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [{
            "physicalLocation": {"artifactLocation": {"uri": uri}, "region": region},
            "properties": {"page": diagnostic.page, "line": diagnostic.line},
        }],
        "partialFingerprints": {"filelint/v1": fingerprint},
        "properties": {"page": diagnostic.page, "line": diagnostic.line, "citation": diagnostic.citation, "fix": diagnostic.fix},
    }
    if diagnostic.code in index:
        result["ruleIndex"] = index[diagnostic.code]
    return result
