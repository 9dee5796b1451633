"""Run rules over a document. No I/O, no printing: diagnostics in, diagnostics out."""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from dataclasses import dataclass, replace

from filelint import masking
from filelint.config import Config
from filelint.diagnostic import Diagnostic, Finding, Secret, Severity, secret_digest
from filelint.document import Document
from filelint.legal.doctype import OTHER, PAPER_WORDS
from filelint.legal.facts import DocumentFacts
from filelint.legal.textsearch import Excerpt
from filelint.legal.textsearch import excerpt as cut_excerpt
from filelint.registry import Pack
from filelint.rule import Rule, RuleContext
from filelint.suppression import apply_inline

INTERNAL_ERROR_CODE = "FL900"
INTERNAL_ERROR_NAME = "internal-error"
TYPE_UNKNOWN_NAME = "type-unknown"  # FL009: the rules that did not run because the paper's kind is unknown
BUG_REPORT = "Please report this as a filelint bug, with the rule code and the traceback summary."


@dataclass(frozen=True)
class LintResult:
    """The findings for one document, and whether a rule crashed on it."""

    document: Document
    diagnostics: tuple[Diagnostic, ...]
    crashed: bool
    document_type: str | None = None
    chambers_copy: bool = False
    page_count: int = 0
    ran: tuple[str, ...] = ()  # the codes of the rules that ran on the document
    skipped: tuple[tuple[str, str], ...] = ()  # (code, why it did not run)
    author: str | None = None  # "court" for the court's own papers (the filing packs do not apply), else "party"
    sha256: str | None = None  # of the bytes checked (set by filelint.api; None when none were read)

    def slim(self) -> LintResult:
        """The result without the parsed pages, to send between processes or keep in the cache."""
        # word=None too: a Word draft's facts quote its deleted text, comments and properties unmasked.
        return replace(self, document=replace(self.document, pages=(), pdf=None, word=None), page_count=self.page_count)


def lint(document: Document, packs: Iterable[Pack], config: Config, show_secrets: bool = False) -> LintResult:
    """Every applicable, enabled rule's findings on one document, in document order."""
    settings = config.settings_for(document.path)
    facts = DocumentFacts(document, settings.document_type)
    document_type = facts.document_type if document.readable else None
    author = facts.author if document.readable else None
    chambers_copy = settings.chambers_copy or (document.readable and facts.chambers_copy_legend)
    found: list[tuple[Rule, Finding]] = []
    diagnostics: list[Diagnostic] = []
    ran: list[str] = []
    skipped: list[tuple[str, str]] = []
    crashed = False
    gate = _gate_that_fires(document, packs, config, settings)
    for pack in packs:
        applies = pack.applies.matches(document, settings)
        for rule in pack.rules:
            reason = _not_run_because(rule, applies, document, document_type, config, author)
            if not reason and gate and not rule.gate:
                reason = f"{gate} found the file is not a filing"
            if reason:
                skipped.append((rule.code, reason))
                continue
            params = pack.params_in_force(rule, config.params_for(rule.pack, rule.params), _filed_on(settings, facts, document))
            if params is None:  # the judge's order as in force on the filing date has no such requirement
                skipped.append((rule.code, "the edition of the order in force on the filing date has no such rule"))
                continue
            context = RuleContext(params, settings, document_type or "other", chambers_copy, facts)
            ran.append(rule.code)
            try:
                findings = list(rule.check(document, context))
            except Exception as error:  # a rule's bug must not hide the other rules' findings
                crashed = True
                diagnostics.append(_internal_error(rule, document, error))
                continue
            found.extend((rule, finding) for finding in findings)
    # Every confidential value any rule found is masked in every finding: an excerpt for one
    # rule must not show the number another rule found on the same line.
    secrets = masking.Masker(() if show_secrets else (s for _, f in found for s in f.secrets))
    # A captioned paper (its caption names a court) of a kind not recognised: say which rules that held back.
    if not gate and document.readable and document_type == OTHER and not settings.document_type and facts.court_title_line:
        found.extend(_type_unknown(packs, facts, skipped))
    diagnostics.extend(_diagnostic(rule, document, finding, secrets) for rule, finding in found)
    diagnostics = [_in_file(_masked(d, secrets), document)
                   for d in apply_inline(document, diagnostics) if config.enabled(d.code, document.path, d.name)]
    diagnostics.sort(key=Diagnostic.sort_key)
    return LintResult(document, tuple(diagnostics), crashed, document_type, chambers_copy, document.page_count,
                      tuple(ran), tuple(skipped), author)


def _filed_on(settings, facts: DocumentFacts, document: Document):
    """The filing date a judge's order is read at: --filed-on, else the ECF stamp's, else None (today)."""
    if settings.filed_on is not None:
        return settings.filed_on
    stamp = facts.first_page_stamp if document.readable else None
    return stamp.filed if stamp is not None else None


def _type_unknown(packs: Iterable[Pack], facts: DocumentFacts, skipped: list[tuple[str, str]]) -> list[tuple[Rule, Finding]]:
    """FL009: the kind of paper was not recognised, so the rules for particular kinds did not run: say which."""
    rule = next((rule for pack in packs for rule in pack.rules if rule.name == TYPE_UNKNOWN_NAME), None)
    codes = [code for code, reason in skipped if reason.startswith(_TYPE_REASON)]
    if rule is None or not codes:
        return []
    title = next((line.strip() for line in facts.title.split("\n") if PAPER_WORDS.search(line)), "")
    read = f'the caption\'s title ("{title[:80]}")' if title else "the caption"
    message = (f"The kind of paper is unknown: {read} does not read as a motion, opposition, reply, declaration, "
               "stipulation, proposed order, complaint, joint letter, exhibit, order or transcript, so "
               f"{len(codes)} rule{'s' if len(codes) != 1 else ''} for particular kinds of paper did not run: {', '.join(codes)}.")
    return [(rule, Finding(message))]


def _gate_that_fires(document: Document, packs: Iterable[Pack], config: Config, settings) -> str:
    """The code of a gate rule (FL008 not-a-filing) that fires on the document, or "": then no other rule runs."""
    for pack in packs:
        gates = [rule for rule in pack.rules if rule.gate and rule.check is not None and document.readable
                 and config.enabled(rule.code, document.path, rule.name)]
        if not gates or not pack.applies.matches(document, settings):
            continue
        for rule in gates:
            try:
                if any(True for _ in rule.check(document, RuleContext(rule.params, settings))):
                    return rule.code
            except Exception:  # noqa: BLE001 - the main loop runs it again and reports the crash as FL900
                continue
    return ""


_TYPE_REASON = "it applies to "
COURT_PAPER = "the court wrote this paper"


def _not_run_because(rule: Rule, applies: bool, document: Document, document_type: str | None, config: Config,
                     author: str | None = None) -> str:
    """Why a rule does not run on this document ("" when it does): said in verbose and JSON output."""
    if rule.check is None:
        return "reported by the engine itself"
    if not applies:
        return f"the {rule.pack} pack does not apply to this file"
    if not config.enabled(rule.code, document.path, rule.name):
        return "not selected, or ignored by the configuration"
    if not document.readable and not rule.file_level:
        return "the file could not be read"
    if author and author not in rule.authors:
        return f"{COURT_PAPER} (it reads as {document_type}); {rule.code} governs parties' filings"
    if rule.types and document_type not in rule.types:
        return f"{_TYPE_REASON}{', '.join(rule.types)} papers; this one reads as {document_type or 'unknown'}"
    return ""


def _diagnostic(rule: Rule, document: Document, finding: Finding, secrets: masking.Masker) -> Diagnostic:
    return Diagnostic(
        code=rule.code,
        name=rule.name,
        severity=finding.severity or rule.severity,
        path=document.path,
        page=finding.page,
        line=finding.line,
        message=mask(finding.message, secrets),
        citation=rule.citation,
        fix=mask(finding.fix or rule.fix, secrets),
        secret_digest=secret_digest(finding.secrets),
        excerpt=_shown_excerpt(finding.excerpt, secrets),
        file_line=finding.file_line,
        file_column=finding.file_column,
    )


def _in_file(diagnostic: Diagnostic, document: Document) -> Diagnostic:
    """A text draft's finding that does not say where in the file it starts: the start of its line (or page)."""
    if document.kind != "text" or diagnostic.file_line is not None or diagnostic.page is None:
        return diagnostic
    page = next((page for page in document.pages if page.number == diagnostic.page), None)
    lines = [line for line in (page.lines if page else ()) if line.file_line is not None
             and (diagnostic.line is None or line.number == diagnostic.line)]
    if not lines:
        return diagnostic
    return replace(diagnostic, file_line=lines[0].file_line, file_column=lines[0].file_column)


def mask(text: str, secrets: masking.Masker | tuple[Secret, ...]) -> str:
    """``text`` with each secret masked (all but its last characters become X), whole or cut off, in any spacing."""
    return masking.mask(text, secrets)


def _shown_excerpt(excerpt: str | None, secrets: masking.Masker) -> str | None:
    """The excerpt as shown: when it was cut from a line, the line is masked first and cut again."""
    if not excerpt:
        return None
    if isinstance(excerpt, Excerpt) and secrets:
        return str(cut_excerpt(mask(excerpt.source, secrets), excerpt.limit))
    return mask(str(excerpt), secrets)


def _masked(diagnostic: Diagnostic, secrets: masking.Masker) -> Diagnostic:
    """A diagnostic the engine or the suppressions made, masked as the rules' findings are."""
    if not secrets:
        return diagnostic
    return replace(diagnostic, message=mask(diagnostic.message, secrets), fix=mask(diagnostic.fix, secrets),
                   excerpt=mask(diagnostic.excerpt, secrets) if diagnostic.excerpt else None)


def engine_diagnostic(code: str, packs: Iterable[Pack], path: str, message: str) -> Diagnostic:
    """A finding the engine itself reports (a time-out), with its rule's name, citation and fix."""
    rule = next((rule for pack in packs for rule in pack.rules if rule.code == code), None)
    return Diagnostic(
        code=code,
        name=rule.name if rule else code.lower(),
        severity=rule.severity if rule else Severity.ERROR,
        path=path,
        page=None,
        line=None,
        message=message,
        citation=rule.citation if rule else "filelint",
        fix=rule.fix if rule else "",
    )


def _internal_error(rule: Rule, document: Document, error: Exception) -> Diagnostic:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return Diagnostic(
        code=INTERNAL_ERROR_CODE,
        name=INTERNAL_ERROR_NAME,
        severity=Severity.ERROR,
        path=document.path,
        page=None,
        line=None,
        message=f"rule {rule.code} ({rule.name}) failed on this file: {type(error).__name__}{where}",
        citation="filelint",
        fix=BUG_REPORT,
    )
