"""``--format concise``: one line a finding, ``path:page:line: CODE message``."""

from __future__ import annotations

from filelint.api import Report
from filelint.output.safe import neutralised
from filelint.output.text import location


def render(report: Report) -> str:
    lines = [f"{location(d)}: {d.code} {d.message}" for d in neutralised(report).diagnostics]
    return "\n".join(lines) + ("\n" if lines else "")
