"""Text drafts in code-scanning formats point at the file's own line and column (issue 11).

A text draft's finding is shown to people as page and pleading line (the number in the
margin), but SARIF viewers, GitHub annotations and JUnit reports open the file itself: there
the line must be the file's line, and the column where the finding starts. Page and pleading
line stay, as properties.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import run_cli

SSN_LINE = "Her social security number is 287-65-4329."
COLUMN = len(" 5  ") + SSN_LINE.index("287") + 1  # 1-based, after the margin number


def page(ssn_at: int) -> str:
    return "".join(f"{n:>2}  {SSN_LINE if n == ssn_at else f'Line {n} of the declaration.'}\n" for n in range(1, 29))


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "declaration.txt"
    header = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"
    path.write_text(header + page(5) + "\f" + page(1), encoding="utf-8")
    return path


# (page, pleading line) -> (file line, column)
EXPECTED = {(1, 5): (3 + 5, COLUMN), (2, 1): (3 + 28 + 1, COLUMN + 1)}  # page 2 starts after the form feed, on its line


def fr001(draft: Path, output_format: str) -> str:
    result = run_cli("check", "--no-cache", "--select", "FR001", "--format", output_format, draft.name, cwd=draft.parent)
    assert result.returncode == 1, result.stderr
    return result.stdout


def test_the_text_reader_knows_each_line_s_place_in_the_file(draft: Path) -> None:
    from filelint.readers import read_bytes

    document = read_bytes(draft.read_bytes(), draft.name, "text")
    lines = {(page.number, line.pleading_line): line for page, line in document.lines() if line.pleading_line}
    for (page_number, pleading), (file_line, column) in EXPECTED.items():
        line = lines[(page_number, pleading)]
        assert (line.file_line, line.file_column + line.text.index("287")) == (file_line, column)


def test_sarif_region_is_the_file_s_line_and_column(draft: Path) -> None:
    results = json.loads(fr001(draft, "sarif"))["runs"][0]["results"]
    found = {(r["properties"]["page"], r["properties"]["line"]):
             (r["locations"][0]["physicalLocation"]["region"]["startLine"],
              r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in results}
    assert found == EXPECTED


def test_github_annotation_is_at_the_file_s_line_and_column(draft: Path) -> None:
    lines = fr001(draft, "github").splitlines()
    for (page_number, pleading), (file_line, column) in EXPECTED.items():
        assert any(f",line={file_line},col={column}," in line and f"p. {page_number}%2C line {pleading}" in line
                   for line in lines), lines


def test_junit_failure_names_the_file_s_line(draft: Path) -> None:
    suite = ElementTree.fromstring(fr001(draft, "junit").encode("utf-8"))
    messages = [failure.get("message") for failure in suite.iter("failure")]
    for (page_number, pleading), (file_line, column) in EXPECTED.items():
        assert any(m.startswith(f"declaration.txt:{file_line}:{column}: FR001 ") and f"(page {page_number}, line {pleading})" in m
                   for m in messages), messages


def test_json_keeps_page_and_pleading_line_and_adds_the_file_s(draft: Path) -> None:
    found = {(d["page"], d["line"]): (d["file_line"], d["file_column"]) for d in json.loads(fr001(draft, "json"))["diagnostics"]}
    assert found == EXPECTED


def test_pdf_findings_keep_page_and_pleading_line() -> None:
    from conftest import FIXTURES

    result = run_cli("check", "--no-cache", "--select", "FR001", "--format", "sarif",
                     str(FIXTURES / "privacy" / "declaration_with_personal_data.pdf"))
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert results and all(r["locations"][0]["physicalLocation"]["region"]["startLine"] == r["properties"]["line"]
                           for r in results)
