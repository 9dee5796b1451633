"""``--format junit``: JUnit XML, one test case a file, a failure a finding of error or warning severity."""

from __future__ import annotations

from xml.etree import ElementTree

from filelint.api import Report
from filelint.diagnostic import Severity
from filelint.output.safe import neutralised
from filelint.output.text import location


def where(diagnostic) -> str:
    """``path:line:column`` in the file for a text draft (page and pleading line follow the message), else ``path:page:line``."""
    if diagnostic.file_line is None:
        return location(diagnostic)
    return f"{diagnostic.path}:{diagnostic.file_line}:{diagnostic.file_column or 1}"


def _on_paper(diagnostic) -> str:
    if diagnostic.file_line is None or diagnostic.page is None:
        return ""
    return f" (page {diagnostic.page}" + (f", line {diagnostic.line})" if diagnostic.line is not None else ")")


def render(report: Report) -> str:
    report = neutralised(report)
    suite = ElementTree.Element("testsuite", name="filelint", tests=str(len(report.results)))
    failures = 0
    for result in report.results:
        case = ElementTree.SubElement(suite, "testcase", classname="filelint", name=result.document.path)
        notes = []
        for diagnostic in result.diagnostics:
            if diagnostic.severity is Severity.INFO:
                notes.append(f"{where(diagnostic)}: {diagnostic.code} {diagnostic.message}{_on_paper(diagnostic)}")
                continue
            failures += 1
            failure = ElementTree.SubElement(case, "failure", type=diagnostic.code,
                                             message=f"{where(diagnostic)}: {diagnostic.code} {diagnostic.message}{_on_paper(diagnostic)}")
            failure.text = f"{diagnostic.severity.value} · {diagnostic.name} · {diagnostic.citation}\nfix: {diagnostic.fix}"
        if notes:
            ElementTree.SubElement(case, "system-out").text = "\n".join(notes)
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
