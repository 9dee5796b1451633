"""Output integrity (issue 11): filing text and file names cannot drive the terminal, forge a
finding line or break a machine format. Control characters are shown as visible symbols
(ESC as ␛), every message and path stays on one line, and XML formats stay well-formed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import assert_no_traceback, run_cli

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"  # set the window title, clear the screen, turn red
FORMATS = ["text", "concise", "json", "sarif", "github", "junit", "html"]
# Characters no output may carry raw: C0 controls other than the line breaks a format uses itself,
# DEL, C1 controls, and the bidirectional overrides and isolates that reorder what a terminal shows.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    """A draft whose name holds a newline forging a finding line, and whose text holds escapes."""
    name = "motion\nforged.txt:1:1: FR001 nothing to see\x1b[0m\u202etxt.\x9b2J.txt"
    (tmp_path / name).write_text(
        "UNITED STATES DISTRICT COURT\n"
        f"Plaintiff {ESCAPES}Acme\u202eCorp says\x08\x08 so.\n"
        "Her SSN is 287-65-4329.\n"
        "filelint: ignore[FR001]\n"
        "Dated: July 3, 2007\n", encoding="utf-8")
    return tmp_path


def run_format(folder: Path, output_format: str):
    result = run_cli("check", "--no-cache", "--format", output_format, ".", cwd=folder)
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr
    return result


@pytest.mark.parametrize("output_format", FORMATS)
def test_no_raw_control_character_reaches_any_format(hostile: Path, output_format: str) -> None:
    result = run_format(hostile, output_format)
    assert "FL003" in result.stdout, result.stdout[:1500]
    assert not RAW_CONTROL.findall(result.stdout), sorted(set(RAW_CONTROL.findall(result.stdout)))
    assert "␛" in result.stdout or "%1B" in result.stdout, "the escape is shown, not silently dropped"


@pytest.mark.parametrize("output_format", ["text", "concise"])
def test_a_newline_in_a_file_name_cannot_forge_a_finding(hostile: Path, output_format: str) -> None:
    result = run_format(hostile, output_format)
    forged = [line for line in result.stdout.splitlines() if line.startswith("forged.txt")]
    assert forged == [], forged
    assert "motion␊forged.txt" in result.stdout


def test_concise_is_one_line_a_finding(hostile: Path) -> None:
    result = run_format(hostile, "concise")
    lines = result.stdout.splitlines()
    count = len(json.loads(run_format(hostile, "json").stdout)["diagnostics"])
    assert len(lines) == count and all(line.startswith("./motion␊forged.txt") or line.startswith("motion␊")
                                       for line in lines), lines


@pytest.mark.parametrize("output_format", ["junit", "sarif", "json"])
def test_machine_formats_parse(hostile: Path, output_format: str) -> None:
    output = run_format(hostile, output_format).stdout
    if output_format == "junit":
        suite = ElementTree.fromstring(output.encode("utf-8"))  # well-formed XML, declaration and all
        assert suite.find("testcase").get("name").endswith("motion␊forged.txt:1:1: FR001 nothing to see␛[0m\\u202etxt.\\x9b2J.txt")
    else:
        assert json.loads(output)


def test_github_annotation_is_one_command_a_finding(hostile: Path) -> None:
    lines = run_format(hostile, "github").stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines), lines


def test_pdf_metadata_control_characters_keep_junit_well_formed(tmp_path: Path) -> None:
    import io

    from pdfbuild import minimal_pdf, pleading_page
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf([{"content": pleading_page({1: "Hello"})}]))))
    writer.add_metadata({"/Title": "Draft\x0b\x01 of\x1b[31m motion", "/Author": "J. Smith\x00 of Smith LLP"})
    buffer = io.BytesIO()
    writer.write(buffer)
    (tmp_path / "motion.pdf").write_bytes(buffer.getvalue())
    result = run_cli("check", "--no-cache", "--format", "junit", "motion.pdf", cwd=tmp_path)
    assert_no_traceback(result)
    ElementTree.fromstring(result.stdout.encode("utf-8"))
    assert not RAW_CONTROL.findall(result.stdout)


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_parser_error_quoting_raw_bytes_is_shown_safely(output_format: str) -> None:
    """FL001 repeats what the PDF library said; whatever bytes that holds, no format prints them raw."""
    import importlib
    import io

    from rich.console import Console
    from variant_support import packs

    from filelint.api import Report
    from filelint.diagnostic import Diagnostic, Severity
    from filelint.document import Document, LoadProblem
    from filelint.engine import LintResult

    detail = "invalid token b'\x1b[2J\x00\x9b31m' at line\n2\u2028and \u202eevil"
    document = Document("bad.pdf", "pdf", 10, problem=LoadProblem("unreadable", detail))
    found = Diagnostic("FL001", "unreadable-file", Severity.ERROR, "bad.pdf", None, None,
                       f"The file could not be read: {detail}.", "filelint", "Re-create the PDF.", excerpt=detail)
    report = Report((LintResult(document, (found,), False),), tuple(packs()))
    module = importlib.import_module(f"filelint.output.{output_format}")
    if output_format == "text":
        buffer = io.StringIO()
        module.render(report, Console(file=buffer, markup=False, highlight=False, width=200, no_color=True))
        output = buffer.getvalue()
    else:
        output = module.render(report)
    assert not RAW_CONTROL.findall(output), sorted(set(RAW_CONTROL.findall(output)))
    assert "␛[2J␀" in output, "the controls are shown, not dropped"
    if output_format == "concise":
        assert len(output.splitlines()) == 1
    if output_format == "junit":
        ElementTree.fromstring(output.encode("utf-8"))


def test_a_usage_error_naming_a_hostile_path_prints_it_safely(tmp_path: Path) -> None:
    result = run_cli("check", "no\x1b[31mfile\n.pdf", cwd=tmp_path)
    assert result.returncode == 2 and "no such file" in result.stderr, result.stderr
    assert not RAW_CONTROL.findall(result.stderr) and "no␛[31mfile" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
