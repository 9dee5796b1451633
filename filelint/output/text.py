"""``--format text``: findings grouped by file, for a person at a terminal.

Filing text is never interpreted as rich markup: every piece is a ``Text`` object
(a brief that says "[sic]" or "[REDACTED]" prints exactly that).
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from filelint.api import Report
from filelint.diagnostic import Diagnostic, Severity
from filelint.output.safe import neutralised

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def location(diagnostic: Diagnostic) -> str:
    """``path:page:line``, shortened for whole-page and whole-file findings."""
    parts = [diagnostic.path]
    if diagnostic.page is not None:
        parts.append(str(diagnostic.page))
        if diagnostic.line is not None:
            parts.append(str(diagnostic.line))
    return ":".join(parts)


def render(report: Report, console: Console) -> None:
    """Print every file's findings, then a count by severity."""
    report = neutralised(report)
    for result in report.results:
        if not result.diagnostics:
            continue
        document = result.document
        pages = f"{result.page_count} page{'s' if result.page_count != 1 else ''}" if document.readable else "not read"
        heading = Text(document.path, style="bold underline")
        facts = [document.kind.upper() if document.kind == "pdf" else "text", pages]
        facts += [result.document_type] if result.document_type else []
        facts += ["chambers copy"] if result.chambers_copy else []
        facts += ["written by the court: the filing rules do not apply"] if result.author == "court" else []
        heading.append(f"  ({', '.join(facts)})", style="dim")
        console.print(heading, soft_wrap=True)
        for diagnostic in result.diagnostics:
            _finding(diagnostic, console)
        console.print()
    console.print(_summary(report), soft_wrap=True)
    if report.stale_baseline:
        console.print(Text(f"{len(report.stale_baseline)} baseline entr{'ies' if len(report.stale_baseline) > 1 else 'y'} "
                           "no longer match any finding (fixed, or the file changed); run `filelint baseline` to refresh:",
                           style="yellow"), soft_wrap=True)
        for stale in report.stale_baseline:
            console.print(Text(f"    {stale['path']} {stale['code']}"), soft_wrap=True)


def _finding(diagnostic: Diagnostic, console: Console) -> None:
    line = Text(location(diagnostic), style="bold")
    line.append(" ")
    line.append(diagnostic.code, style=STYLES[diagnostic.severity])
    line.append(" ")
    line.append(diagnostic.message)
    console.print(line, soft_wrap=True)
    detail = Text("    ")
    detail.append(diagnostic.severity.value, style=STYLES[diagnostic.severity])
    detail.append(f" · {diagnostic.name} · {diagnostic.citation}", style="dim")
    console.print(detail, soft_wrap=True)
    if diagnostic.excerpt:
        console.print(Text("    │ ", style="dim") + Text(diagnostic.excerpt, style="italic"), soft_wrap=True)
    console.print(Text("    fix: ", style="green") + Text(diagnostic.fix), soft_wrap=True)


def render_statistics(report: Report, console: Console) -> None:
    """How many findings each rule made, most first."""
    report = neutralised(report)
    counts: dict[tuple[str, str, str], int] = {}
    for diagnostic in report.diagnostics:
        key = (diagnostic.code, diagnostic.name, diagnostic.severity.value)
        counts[key] = counts.get(key, 0) + 1
    for (code, name, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        console.print(Text(f"{count:>5}  {code:<7} {name} ({severity})"), soft_wrap=True)


def _summary(report: Report) -> Text:
    counts = {severity: 0 for severity in Severity}
    for diagnostic in report.diagnostics:
        counts[diagnostic.severity] += 1
    files = len(report.results)
    with_problems = sum(1 for result in report.results if result.diagnostics)
    text = Text(f"Checked {files} file{'s' if files != 1 else ''}: ", style="bold")
    if not report.diagnostics:
        return text + Text("no problems found.", style="bold green")
    parts = [
        Text(f"{counts[severity]} {severity.value}{'s' if counts[severity] != 1 and severity is not Severity.INFO else ''}",
             style=STYLES[severity] if counts[severity] else "dim")
        for severity in Severity
    ]
    text += Text(", ").join(parts)
    text.append(f" in {with_problems} file{'s' if with_problems != 1 else ''}.")
    return text
