"""``--format html``: a report an attorney can read, print and file away.

It says first what was checked (court, judge, case, filing date, configuration, rule packs and
the editions in force, filelint's version, when, and each file's name, size, pages and SHA-256),
then an index of the files with their counts, then each file's findings in plain words
("Page 1, line 10 — The case number needs “(JCS)”") with the rule's code, name, citation and fix
after. A rule that fires many times in a file is one entry: the same message on many pages lists
its places ("Pages 3, 4 and 7–12"), different messages are listed under one heading, so the
citation and fix are said once. A file without findings lists the rules that ran on it and passed,
and the rules that did not run and why.

Everything from a filing is HTML-escaped and secrets are masked (``output.safe.neutralised``);
the page loads nothing and runs no script; formatters never open files (the SHA-256 and sizes
were recorded by :mod:`filelint.api` from the bytes it checked).

Embedding (``filelint serve``):

- :func:`render` ``(report, *, standalone=True)``: the whole page; with ``standalone=False`` a
  fragment (``<style>`` plus the report) to place inside another page's ``<body>``.
- :func:`render_body` ``(report)``: the report alone, ``<div class="filelint-report">…</div>``,
  for a page that brings its own style sheet: include :data:`STYLE` (screen and print rules,
  all scoped to ``.filelint-report``; :data:`PRINT_STYLE` is the ``@media print`` part).
- DOM hooks: each file's ``<section class="document" id="…" data-file="…">``, its id from
  :func:`section_id` (the same path always gives the same id); each entry
  ``<li class="finding SEVERITY" data-code data-page data-line data-places>`` (``data-places``:
  ``page:line`` pairs, 0 when unknown) and, for an entry listing different messages, each one as
  ``<li class="occurrence" data-page data-line>``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from html import escape

from filelint import __version__
from filelint.api import Report
from filelint.diagnostic import Diagnostic, Severity
from filelint.engine import LintResult
from filelint.output.safe import neutralised
from filelint.rule import Rule

SCREEN_STYLE = """
.filelint-report { font: 15px/1.45 Georgia, 'Times New Roman', serif; color: #1d1d1d; }
.filelint-report h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.filelint-report h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; word-break: break-all; }
.filelint-report .meta { color: #555; font-size: .9rem; }
.filelint-report .summary { display: flex; gap: 1rem; margin: 1rem 0; flex-wrap: wrap; }
.filelint-report .verdict { font-size: 1.05rem; margin: .6rem 0; } .filelint-report .verdict.clean { color: #2d6a2d; }
.filelint-report .count { padding: .5rem .9rem; border-radius: .4rem; background: #f2f2f2; }
.filelint-report .checked dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0; font-size: .92rem; }
.filelint-report .checked dt { font-weight: bold; } .filelint-report .checked dd { margin: 0; }
.filelint-report .checked ul { margin: 0; padding-left: 1.1rem; }
.filelint-report table.index { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .5rem 0 1rem; }
.filelint-report table.index th, .filelint-report table.index td { border-bottom: 1px solid #ddd; padding: .25rem .4rem;
  text-align: left; vertical-align: top; }
.filelint-report table.index td.n { text-align: right; white-space: nowrap; }
.filelint-report .hash { font-family: Menlo, Consolas, monospace; font-size: .75rem; word-break: break-all; }
.filelint-report .error { border-left: 5px solid #b00020; } .filelint-report .warning { border-left: 5px solid #c77700; }
.filelint-report .info { border-left: 5px solid #1f6fb2; }
.filelint-report ol.findings { padding-left: 0; list-style: none; }
.filelint-report li.finding { margin: .6rem 0; padding: .5rem .8rem; background: #fafafa; }
.filelint-report .plain { font-size: 1rem; } .filelint-report .where { font-weight: bold; }
.filelint-report .message { margin-top: .15rem; }
.filelint-report ul.occurrences { margin: .25rem 0; padding-left: 1.1rem; font-size: .95rem; }
.filelint-report .rule { font-size: .82rem; color: #555; margin-top: .15rem; }
.filelint-report .rule .code { font-family: Menlo, Consolas, monospace; font-weight: bold; color: #333; }
.filelint-report .excerpt { font-style: italic; color: #333; margin: .2rem 0; }
.filelint-report .citation, .filelint-report .fix { font-size: .88rem; }
.filelint-report .fix::before { content: "Fix: "; font-weight: bold; }
.filelint-report .clean { color: #2d6a2d; }
.filelint-report .passed, .filelint-report .skipped { font-size: .88rem; margin: .4rem 0; }
.filelint-report .passed ul { columns: 2; margin: .2rem 0; } .filelint-report .skipped ul { margin: .2rem 0; }
.filelint-report .heading { font-weight: bold; }
"""

# Attorneys print: each file starts a page, nothing interactive is shown, black on white, and links
# print as their text (an anchor's address means nothing on paper).
PRINT_STYLE = """
@media print {
  body { margin: 0; max-width: none; background: #fff; }
  .filelint-report { font-size: 11pt; color: #000; background: #fff; }
  .filelint-report a { color: #000; text-decoration: none; }
  .filelint-report a[href]::after { content: none !important; }
  .filelint-report section.document { break-before: page; }
  .filelint-report li.finding, .filelint-report tr, .filelint-report li.occurrence { break-inside: avoid; }
  .filelint-report h2 { break-after: avoid; }
  .filelint-report li.finding { background: none; border: 1px solid #999; border-left-width: 5px; }
  .filelint-report .count { background: none; border: 1px solid #999; }
  .filelint-report .meta, .filelint-report .rule, .filelint-report .rule .code { color: #000; }
  .no-print, nav.tools, form, button, input, select { display: none !important; }
}
"""

STYLE = SCREEN_STYLE + PRINT_STYLE
PAGE_STYLE = "body { margin: 2rem auto; max-width: 62rem; padding: 0 1rem; background: #fff; }\n"


@dataclass(frozen=True)
class Group:
    """One entry as the reader sees it: one rule in one file, at one place or many.

    ``places`` are every (page, line) it was found at; ``messages`` the distinct messages, each with
    its own places (one message: the same finding repeated; several: one heading, each listed)."""

    first: Diagnostic
    places: tuple[tuple[int | None, int | None], ...]
    messages: tuple[tuple[Diagnostic, tuple[tuple[int | None, int | None], ...]], ...] = ()


def render(report: Report, *, standalone: bool = True) -> str:
    """The whole page; with ``standalone=False``, the report and its style sheet to embed in another page."""
    if not standalone:
        return f"<style>{STYLE}</style>{render_body(report)}"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>filelint report</title><style>{PAGE_STYLE}{STYLE}</style></head><body>{render_body(report)}</body></html>\n"
    )


def render_body(report: Report) -> str:
    """The report's inner HTML (for a page that brings its own head and includes :data:`STYLE`)."""
    report = neutralised(report)
    rules = {rule.code: rule for pack in report.packs for rule in pack.rules}
    ids = [section_id(result.document.path) for result in report.results]
    return (
        f'<div class="filelint-report"><header><h1>filelint report</h1>{_verdict(report)}{_summary(report)}</header>'
        f"{_what_was_checked(report)}{_index(report, ids)}"
        + "".join(_document(anchor, result, rules) for anchor, result in zip(ids, report.results))
        + "</div>"
    )


def section_id(path: str) -> str:
    """A file section's id: its name made safe, and a digest of its whole path (two folders may hold the same name)."""
    name = re.sub(r"[^a-z0-9]+", "-", path.rsplit("/", 1)[-1].lower()).strip("-")[:60]
    digest = hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"file-{name}-{digest}" if name else f"file-{digest}"


# ---------------------------------------------------------------- the top of the report


def _verdict(report: Report) -> str:
    files = len(report.results)
    with_findings = sum(1 for result in report.results if result.diagnostics)
    noun = "file" if files == 1 else "files"
    if not with_findings:
        return (f'<p class="verdict clean">No problems found in the {files} {noun} checked. '
                "The rules that ran on each, and those that did not and why, are listed with it.</p>")
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
            ("Configuration", escape(str(config.source)) if config.source else "none — defaults"),
            ("PDF reader", escape(config.pdf_reader)),
        ]
    rows.append(("Rule packs", "<ul>" + "".join(_pack_line(pack, config) for pack in report.packs) + "</ul>"))
    rows.append(("Rules", _rules_line(report)))
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'<section class="checked" id="what-was-checked"><h2>What was checked</h2><dl>{items}</dl></section>'


def _rules_line(report: Report) -> str:
    ran = {code for result in report.results for code in result.ran}
    total = sum(len(pack.rules) for pack in report.packs)
    return escape(f"{len(ran)} of the packs' {total} rules ran on at least one file; "
                  "each file lists the rules that ran on it and those that did not, and why.")


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


def _index(report: Report, ids: list[str]) -> str:
    rows = []
    for anchor, result in zip(ids, report.results):
        counts = Counter(d.severity for d in result.diagnostics)
        document = result.document
        pages = str(result.page_count) if document.readable else "not read"
        rows.append(
            f'<tr><td><a href="#{anchor}">{escape(document.path)}</a></td><td class="n">{pages}</td>'
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


def _document(anchor: str, result: LintResult, rules: dict[str, Rule]) -> str:
    document = result.document
    kind = {"pdf": "PDF", "docx": "Word draft"}.get(document.kind, "text")
    facts = [kind, f"{result.page_count} page{'s' if result.page_count != 1 else ''}" if document.readable else "not read"]
    facts += [result.document_type] if result.document_type else []
    facts += ["chambers copy"] if result.chambers_copy else []
    facts += ["the court's own paper"] if result.author == "court" else []
    groups = grouped(result.diagnostics)
    if groups:
        body = f'<ol class="findings">{"".join(_finding(group, rules.get(group.first.code)) for group in groups)}</ol>'
    else:
        body = '<p class="clean">No problems found.</p>'
    body += _passed(result, rules, clean=not groups) + _skipped(result)
    return (f'<section class="document" id="{anchor}" data-file="{escape(document.path)}"><h2>{escape(document.path)}</h2>'
            f'<div class="meta">{escape(", ".join(facts))}</div>{body}</section>')


def grouped(diagnostics) -> list[Group]:
    """Findings in page order, one entry per rule: its places, and its distinct messages with theirs."""
    ordered = sorted(diagnostics, key=lambda d: (d.page or 0, d.line or 0, d.severity.rank, d.code))
    by_code: dict[str, dict[str, list[Diagnostic]]] = {}
    for diagnostic in ordered:
        by_code.setdefault(diagnostic.code, {}).setdefault(diagnostic.message, []).append(diagnostic)
    groups = []
    for messages in by_code.values():
        found = [d for same in messages.values() for d in same]
        first = min(found, key=lambda d: (d.page or 0, d.line or 0))
        places = tuple(sorted({_place(d) for d in found}, key=lambda p: (p[0] or 0, p[1] or 0)))
        groups.append(Group(first, places, tuple((same[0], tuple(map(_place, same))) for same in messages.values())))
    return groups


def _place(diagnostic: Diagnostic) -> tuple[int | None, int | None]:
    return diagnostic.page, diagnostic.line


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


def _finding(group: Group, rule: Rule | None) -> str:
    """One entry: where and what in plain words first, then the rule's code, name and severity, then why and the fix."""
    diagnostic = group.first
    page, line = group.places[0]
    plain = rule.plain_words() if rule else ""
    where = f'<span class="where">{escape(places_in_words(group.places))}</span>'
    if len(group.messages) > 1:  # one rule, different messages: one heading, each message at its places
        heading = plain or _title(rule) or diagnostic.name
        said = (f'<div class="plain">{where} — <span class="heading">{escape(heading)}</span></div>'
                f'<ul class="occurrences">{"".join(_occurrence(first, places) for first, places in group.messages)}</ul>')
    elif plain:
        said = (f'<div class="plain">{where} — <span class="heading">{escape(plain)}</span></div>'
                f'<div class="message">{escape(diagnostic.message)}</div>')
    else:
        said = f'<div class="plain">{where} — {escape(diagnostic.message)}</div>'
    excerpt = f'<div class="excerpt">“{escape(diagnostic.excerpt)}”' + (
        f" (the first of {len(group.places)} places)" if len(group.places) > 1 else "") + "</div>" if diagnostic.excerpt else ""
    places = " ".join(f"{p or 0}:{ln or 0}" for p, ln in group.places)
    return (
        f'<li class="finding {diagnostic.severity.value}" data-code="{escape(diagnostic.code)}" data-page="{page or ""}" '
        f'data-line="{line or ""}" data-places="{places}">{said}'
        f'<div class="rule"><span class="code">{escape(diagnostic.code)}</span> · {escape(diagnostic.name)} · '
        f'{escape(diagnostic.severity.value)}</div>{excerpt}'
        f'<div class="citation">{escape(diagnostic.citation)}</div><div class="fix">{escape(diagnostic.fix)}</div></li>'
    )


def _occurrence(diagnostic: Diagnostic, places: tuple[tuple[int | None, int | None], ...]) -> str:
    page, line = places[0]
    return (f'<li class="occurrence" data-page="{page or ""}" data-line="{line or ""}"><span class="where">'
            f'{escape(places_in_words(places))}</span> — {escape(diagnostic.message)}</li>')


def _passed(result: LintResult, rules: dict[str, Rule], clean: bool) -> str:
    """The rules that ran and found nothing: named with their titles, so a clean result says what it means."""
    fired = {d.code for d in result.diagnostics}
    passed = sorted(code for code in result.ran if code not in fired)
    if not passed:
        return '<p class="passed">No rule ran on this file.</p>' if clean else ""
    noun = "rule" if len(passed) == 1 else "rules"
    items = "".join(f"<li>{escape(code)} — {escape(_title(rules.get(code)))}</li>" for code in passed)
    # Titles name the problem each rule looks for, so the lead says that none of them was found.
    lead = f"{len(passed)} {noun} ran and passed" + ("" if clean else " (besides those above)") + ": none of these problems was found."
    return f'<div class="passed"><p>{lead}</p><ul>{items}</ul></div>'


def _skipped(result: LintResult) -> str:
    """The rules that did not run on the file, grouped by the reason."""
    if not result.skipped:
        return ""
    reasons: dict[str, list[str]] = {}
    for code, why in sorted(result.skipped):
        reasons.setdefault(why, []).append(code)
    noun = "rule" if len(result.skipped) == 1 else "rules"
    items = "".join(f"<li>{escape(', '.join(codes))} — {escape(why)}</li>" for why, codes in reasons.items())
    return f'<div class="skipped"><p>{len(result.skipped)} {noun} did not run, and why:</p><ul>{items}</ul></div>'


def _title(rule: Rule | None) -> str:
    """A rule's title in plain words: its plain sentence, else the first line of its documentation."""
    if rule is None:
        return ""
    if rule.plain:
        return rule.plain_words()
    first = (rule.doc.strip().splitlines() or [rule.name])[0].strip()
    return first.replace("``", "")
