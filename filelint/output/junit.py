"""``--format junit``: JUnit XML, one test case a file, a failure a finding of error or warning severity."""

from __future__ import annotations

from xml.etree import ElementTree

from filelint.api import Report
from filelint.diagnostic import Severity
from filelint.output.safe import neutralised
from filelint.output.text import location


def render(report: Report) -> str:
    report = neutralised(report)
    suite = ElementTree.Element("testsuite", name="filelint", tests=str(len(report.results)))
    failures = 0
    for result in report.results:
        case = ElementTree.SubElement(suite, "testcase", classname="filelint", name=result.document.path)
        notes = []
        for diagnostic in result.diagnostics:
            if diagnostic.severity is Severity.INFO:
                notes.append(f"{location(diagnostic)}: {diagnostic.code} {diagnostic.message}")
                continue
            failures += 1
            failure = ElementTree.SubElement(case, "failure", type=diagnostic.code,
                                             message=f"{location(diagnostic)}: {diagnostic.code} {diagnostic.message}")
            failure.text = f"{diagnostic.severity.value} · {diagnostic.name} · {diagnostic.citation}\nfix: {diagnostic.fix}"
        if notes:
            ElementTree.SubElement(case, "system-out").text = "\n".join(notes)
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
