"""``--format html``: one self-contained page an attorney can open and read.

A summary at the top, then each document with its type and its findings in page order,
each with the line quoted, the citation and the fix. Everything from the filing is
HTML-escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from filelint import __version__
from filelint.api import Report
from filelint.diagnostic import Diagnostic, Severity
from filelint.output.safe import neutralised

STYLE = """
body { font: 15px/1.45 Georgia, 'Times New Roman', serif; margin: 2rem auto; max-width: 60rem; color: #1d1d1d; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; word-break: break-all; }
.meta { color: #666; font-size: .9rem; } .summary { display: flex; gap: 1rem; margin: 1rem 0; }
.count { padding: .5rem .9rem; border-radius: .4rem; background: #f2f2f2; }
.error { border-left: 5px solid #b00020; } .warning { border-left: 5px solid #c77700; } .info { border-left: 5px solid #1f6fb2; }
ol { padding-left: 0; list-style: none; } li.finding { margin: .6rem 0; padding: .5rem .8rem; background: #fafafa; }
.where { font-family: Menlo, Consolas, monospace; font-size: .85rem; color: #444; }
.code { font-weight: bold; } .excerpt { font-style: italic; color: #333; margin: .2rem 0; }
.citation, .fix { font-size: .9rem; } .fix::before { content: "Fix: "; font-weight: bold; }
.clean { color: #2d6a2d; }
"""


def _where(diagnostic: Diagnostic) -> str:
    if diagnostic.page is None:
        return "whole file"
    return f"page {diagnostic.page}" + (f", line {diagnostic.line}" if diagnostic.line else "")


def _finding(diagnostic: Diagnostic) -> str:
    excerpt = f'<div class="excerpt">“{escape(diagnostic.excerpt)}”</div>' if diagnostic.excerpt else ""
    return (
        f'<li class="finding {diagnostic.severity.value}" data-code="{escape(diagnostic.code)}">'
        f'<div><span class="where">{escape(_where(diagnostic))}</span> · <span class="code">{escape(diagnostic.code)}</span> '
        f'{escape(diagnostic.severity.value)} · {escape(diagnostic.name)}</div>'
        f'<div class="message">{escape(diagnostic.message)}</div>{excerpt}'
        f'<div class="citation">{escape(diagnostic.citation)}</div><div class="fix">{escape(diagnostic.fix)}</div></li>'
    )


def render(report: Report) -> str:
    report = neutralised(report)
    counts = Counter(d.severity for d in report.diagnostics)
    summary = "".join(f'<div class="count {severity.value}"><b>{counts[severity]}</b> {severity.value}'
                      f'{"s" if counts[severity] != 1 and severity is not Severity.INFO else ""}</div>' for severity in Severity)
    sections = []
    for result in report.results:
        document = result.document
        kind = "PDF" if document.kind == "pdf" else "text"
        facts = [kind, f"{result.page_count} page{'s' if result.page_count != 1 else ''}" if document.readable else "not read"]
        facts += [result.document_type] if result.document_type else []
        facts += ["chambers copy"] if result.chambers_copy else []
        ordered = sorted(result.diagnostics, key=lambda d: (d.page or 0, d.line or 0, d.severity.rank, d.code))
        body = f"<ol>{''.join(_finding(d) for d in ordered)}</ol>" if ordered else '<p class="clean">No problems found.</p>'
        sections.append(f'<section class="document"><h2>{escape(document.path)}</h2>'
                        f'<div class="meta">{escape(", ".join(facts))}</div>{body}</section>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>filelint report</title><style>{STYLE}</style></head><body>"
        f"<h1>filelint report</h1><div class=\"meta\">filelint {escape(__version__)} · {len(report.results)} files checked</div>"
        f"<div class=\"summary\">{summary}</div>{''.join(sections)}</body></html>\n"
    )
