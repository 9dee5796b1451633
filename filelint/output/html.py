"""``--format html``: a report an attorney can read, print and file away.

It says first what was checked (court, judge, case, filing date, configuration, rule packs and
the editions in force, filelint's version, when, and each file's name, size, pages and SHA-256),
then an index of the files with their counts, then each file's findings in plain words
("Page 1, line 13 — The case number ... is not followed by “(JCS)”.") with the rule's code, name,
citation and fix after. The same finding on many pages is one entry listing its places. A file
without findings lists the rules that ran on it and passed, and any that did not run and why.

Everything from a filing is HTML-escaped and secrets are masked (``output.safe.neutralised``);
the page loads nothing and runs no script. ``filelint serve`` embeds the same report:
:func:`render_body` gives the report's inner HTML and :data:`STYLE` its style sheet (print rules included).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape

from filelint import __version__
from filelint.api import Report
from filelint.diagnostic import Diagnostic, Severity
from filelint.engine import LintResult
from filelint.output.safe import neutralised

STYLE = """
body { font: 15px/1.45 Georgia, 'Times New Roman', serif; margin: 2rem auto; max-width: 62rem; color: #1d1d1d; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; word-break: break-all; }
.meta { color: #555; font-size: .9rem; } .summary { display: flex; gap: 1rem; margin: 1rem 0; flex-wrap: wrap; }
.verdict { font-size: 1.05rem; margin: .6rem 0; } .verdict.clean { color: #2d6a2d; }
.count { padding: .5rem .9rem; border-radius: .4rem; background: #f2f2f2; }
.checked dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0; font-size: .92rem; }
.checked dt { font-weight: bold; } .checked dd { margin: 0; } .checked ul { margin: 0; padding-left: 1.1rem; }
table.index { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .5rem 0 1rem; }
table.index th, table.index td { border-bottom: 1px solid #ddd; padding: .25rem .4rem; text-align: left; vertical-align: top; }
table.index td.n { text-align: right; white-space: nowrap; } .hash { font-family: Menlo, Consolas, monospace; font-size: .75rem; word-break: break-all; }
.error { border-left: 5px solid #b00020; } .warning { border-left: 5px solid #c77700; } .info { border-left: 5px solid #1f6fb2; }
ol.findings { padding-left: 0; list-style: none; } li.finding { margin: .6rem 0; padding: .5rem .8rem; background: #fafafa; }
.plain { font-size: 1rem; } .where { font-weight: bold; } .rule { font-size: .82rem; color: #555; margin-top: .15rem; }
.rule .code { font-family: Menlo, Consolas, monospace; font-weight: bold; color: #333; }
.excerpt { font-style: italic; color: #333; margin: .2rem 0; }
.citation, .fix { font-size: .88rem; } .fix::before { content: "Fix: "; font-weight: bold; }
.clean { color: #2d6a2d; } .passed, .skipped { font-size: .88rem; } .passed ul, .skipped ul { columns: 2; margin: .2rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; background: #fff; }
  a { color: #000; text-decoration: none; }
  section.document { break-before: page; }
  li.finding, tr { break-inside: avoid; }
  li.finding { background: none; border: 1px solid #999; border-left-width: 5px; }
  .count { background: none; border: 1px solid #999; }
  .no-print, nav.tools, form, button { display: none !important; }
}
"""


@dataclass(frozen=True)
class Group:
    """One finding as the reader sees it: the same rule and message, at one place or many."""

    first: Diagnostic
    places: tuple[tuple[int | None, int | None], ...]


def render(report: Report) -> str:
    """The whole page, standalone."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>filelint report</title><style>{STYLE}</style></head><body>{render_body(report)}</body></html>\n"
    )


def render_body(report: Report) -> str:
    """The report's inner HTML (for a page that brings its own head and style sheet, as ``filelint serve`` does)."""
    report = neutralised(report)
    titles = _rule_titles(report)
    return (
        f"<header><h1>filelint report</h1>{_verdict(report)}{_summary(report)}</header>"
        f"{_what_was_checked(report)}{_index(report)}"
        + "".join(_document(number, result, titles) for number, result in enumerate(report.results, start=1))
    )


# ---------------------------------------------------------------- the top of the report


def _verdict(report: Report) -> str:
    files = len(report.results)
    with_findings = sum(1 for result in report.results if result.diagnostics)
    noun = "file" if files == 1 else "files"
    if not with_findings:
        return f'<p class="verdict clean">No problems found in the {files} {noun} checked. The rules that ran on each are listed with it.</p>'
    return f'<p class="verdict">Problems found in {with_findings} of the {files} {noun} checked.</p>'


def _summary(report: Report) -> str:
    counts = Counter(d.severity for d in report.diagnostics)
    return '<div class="summary">' + "".join(
        f'<div class="count {severity.value}"><b>{counts[severity]}</b> {_severity_noun(severity, counts[severity])}</div>'
        for severity in Severity) + "</div>"


def _severity_noun(severity: Severity, count: int) -> str:
    return severity.value + ("s" if count != 1 and severity is not Severity.INFO else "")


def _what_was_checked(report: Report) -> str:
    config = report.config
    rows = [("Checked on", _when(report.checked_at)), ("filelint", escape(__version__))]
    if config is None:
        rows.append(("Settings", "not recorded"))
    else:
        rows += [
            ("Court", escape(config.court or "from each filing's caption (packs: " + _courts(report) + ")")),
            ("Referral judge", escape(config.referral_judge or "not given: read from each filing's case number")),
            ("Case number", escape(config.case_number or "not given: read from each filing")),
            ("Filing date", escape(config.filed_on.isoformat() if config.filed_on else "not given: today is assumed for notice periods")),
            ("Configuration", escape(str(config.source)) if config.source else "none: the defaults"),
            ("PDF reader", escape(config.pdf_reader)),
        ]
    rows.append(("Rule packs", "<ul>" + "".join(_pack_line(pack, config) for pack in report.packs) + "</ul>"))
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'<section class="checked" id="what-was-checked"><h2>What was checked</h2><dl>{items}</dl></section>'


def _when(checked_at: str | None) -> str:
    if not checked_at:
        return "not recorded"
    day, _, time = checked_at.partition("T")
    return escape(f"{day} at {time}")


def _courts(report: Report) -> str:
    return ", ".join(sorted({pack.court for pack in report.packs if pack.court})) or "none"


def _pack_line(pack, config) -> str:
    line = f"{pack.id} {pack.version}: {pack.title}"
    edition = pack.edition_in_force(config.filed_on if config else None) if pack.editions else None
    if edition is not None:
        line += f" (edition in force: {edition.name}, effective {edition.effective.isoformat()})"
    return f"<li>{escape(line)}</li>"


def _index(report: Report) -> str:
    rows = []
    for number, result in enumerate(report.results, start=1):
        counts = Counter(d.severity for d in result.diagnostics)
        document = result.document
        pages = str(result.page_count) if document.readable else "not read"
        rows.append(
            f'<tr><td><a href="#file-{number}">{escape(document.path)}</a></td><td class="n">{pages}</td>'
            f'<td class="n">{_size(document.size_bytes)}</td>'
            + "".join(f'<td class="n">{counts[severity]}</td>' for severity in Severity)
            + f'<td class="hash">{escape(result.sha256 or "not read")}</td></tr>'
        )
    head = "".join(f"<th>{severity.value.capitalize()}s</th>" if severity is not Severity.INFO else "<th>Info</th>" for severity in Severity)
    return (f'<nav id="index"><h2>Files</h2><table class="index"><thead><tr><th>File</th><th>Pages</th><th>Size</th>{head}'
            f'<th>SHA-256</th></tr></thead><tbody>{"".join(rows)}</tbody></table></nav>')


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


# ---------------------------------------------------------------- one file


def _document(number: int, result: LintResult, titles: dict[str, str]) -> str:
    document = result.document
    kind = {"pdf": "PDF", "docx": "Word draft"}.get(document.kind, "text")
    facts = [kind, f"{result.page_count} page{'s' if result.page_count != 1 else ''}" if document.readable else "not read"]
    facts += [result.document_type] if result.document_type else []
    facts += ["chambers copy"] if result.chambers_copy else []
    facts += ["the court's own paper"] if result.author == "court" else []
    groups = grouped(result.diagnostics)
    if groups:
        body = f'<ol class="findings">{"".join(_finding(group) for group in groups)}</ol>' + _passed(result, titles, open_=False)
    else:
        body = '<p class="clean">No problems found.</p>' + _passed(result, titles, open_=True)
    return (f'<section class="document" id="file-{number}" data-file="{escape(document.path)}"><h2>{escape(document.path)}</h2>'
            f'<div class="meta">{escape(", ".join(facts))}</div>{body}</section>')


def grouped(diagnostics) -> list[Group]:
    """Findings in page order, the same rule with the same message made one entry listing its places."""
    ordered = sorted(diagnostics, key=lambda d: (d.page or 0, d.line or 0, d.severity.rank, d.code))
    groups: dict[tuple[str, str], list[Diagnostic]] = {}
    for diagnostic in ordered:
        groups.setdefault((diagnostic.code, diagnostic.message), []).append(diagnostic)
    return [Group(found[0], tuple((d.page, d.line) for d in found)) for found in groups.values()]


def places_in_words(places: tuple[tuple[int | None, int | None], ...]) -> str:
    """``Page 1, line 10``; ``Page 2, lines 3, 5 and 9``; ``Pages 3, 4 and 7–12``; ``The whole file``."""
    pages = sorted({page for page, _ in places if page is not None})
    if not pages:
        return "The whole file"
    if len(pages) == 1:
        lines = sorted({line for page, line in places if line})
        where = f"Page {pages[0]}"
        if len(lines) == 1:
            return f"{where}, line {lines[0]}"
        return f"{where}, lines {_listed(map(str, lines))}" if lines else where
    return f"Pages {_listed(_ranges(pages))}"


def _ranges(numbers: list[int]) -> list[str]:
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]


def _listed(items) -> str:
    items = ", ".join(items).split(", ")
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _finding(group: Group) -> str:
    diagnostic = group.first
    page, line = group.places[0]
    more = len(group.places) - 1
    excerpt = f'<div class="excerpt">“{escape(diagnostic.excerpt)}”' + (
        f' (the first of {len(group.places)} places)' if more else "") + "</div>" if diagnostic.excerpt else ""
    places = " ".join(f"{p or 0}:{ln or 0}" for p, ln in group.places)
    return (
        f'<li class="finding {diagnostic.severity.value}" data-code="{escape(diagnostic.code)}" data-page="{page or ""}" '
        f'data-line="{line or ""}" data-places="{places}">'
        f'<div class="plain"><span class="where">{escape(places_in_words(group.places))}</span> — {escape(diagnostic.message)}</div>'
        f'<div class="rule"><span class="code">{escape(diagnostic.code)}</span> · {escape(diagnostic.name)} · '
        f'{escape(diagnostic.severity.value)}</div>{excerpt}'
        f'<div class="citation">{escape(diagnostic.citation)}</div><div class="fix">{escape(diagnostic.fix)}</div></li>'
    )


def _passed(result: LintResult, titles: dict[str, str], open_: bool) -> str:
    fired = {d.code for d in result.diagnostics}
    passed = [code for code in result.ran if code not in fired]
    parts = []
    if passed:
        items = "".join(f"<li>{escape(code)} — {escape(titles.get(code, ''))}</li>" for code in sorted(passed))
        parts.append(f'<details class="passed"{" open" if open_ else ""}><summary>{len(passed)} rule'
                     f'{"s" if len(passed) != 1 else ""} ran and passed</summary><ul>{items}</ul></details>')
    if result.skipped:
        items = "".join(f"<li>{escape(code)} — {escape(why)}</li>" for code, why in sorted(result.skipped))
        parts.append(f'<details class="skipped"><summary>{len(result.skipped)} rule'
                     f'{"s" if len(result.skipped) != 1 else ""} did not run, and why</summary><ul>{items}</ul></details>')
    return "".join(parts)


def _rule_titles(report: Report) -> dict[str, str]:
    """Each rule's one-line title: the first line of its documentation."""
    return {rule.code: (rule.doc.strip().splitlines() or [rule.name])[0].strip() for pack in report.packs for rule in pack.rules}
