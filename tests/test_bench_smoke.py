"""bench/issue15.py runs end to end: ``--quick`` prints every section and a row for each issue-15 target whose
numbers parse and whose verdict agrees with them, and leaves nothing in the checkout. The figures of a quick run
are not the record (bench/RESULTS.md is); what is tested is that the benchmark measures and reports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

import pytest
from conftest import ROOT

SECTIONS = ["## 1. Pages per second", "## 2. Scaling with pages", "## 3. filelint check --no-cache -j 2 against -j 1",
            "## 4. Dask", "## 5. Pre-commit shaped run", "## 6. Start-up", "## Targets"]
TARGETS = {"pdfium_vs_bare_wall": "<= 3x", "pdfium_vs_bare_cpu": "<= 3x", "dask_vs_j2": "<= 1.15x",
           "version": "< 0.3 s", "brief_20p": "< 0.5 s"}
COMPARISONS = ["pypdf_vs_pdfium_full", "j2_speedup", "dask_default_vs_j2", "dask_first_vs_j2", "dask_local2_vs_j2", "precommit_vs_bare",
               "version_cpu", "brief_20p_cpu", "brief_20p_editable"]  # figures with a baseline but no target in issue 15
OPTIONAL = {"dask_vs_j2": "distributed", "dask_default_vs_j2": "distributed", "dask_first_vs_j2": "distributed", "dask_local2_vs_j2": "distributed",
            "precommit_vs_bare": "pre_commit"}  # skipped, saying why, only when this optional module is not installed
ROW = re.compile(r"^\| (?P<key>[a-z0-9_]+) \| (?P<label>[^|]+) \| (?P<measured>[^|]+) \| (?P<baseline>[^|]+) \| "
                 r"(?P<ratio>[^|]+) \| (?P<target>[^|]+) \| (?P<verdict>[^|]+) \|$")


def git_status(*options: str) -> set[str]:
    return set(subprocess.run(["git", "status", "--short", *options], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.splitlines())


def skipped_for_want_of_its_tool(key: str, verdict: str) -> bool:
    return key in OPTIONAL and find_spec(OPTIONAL[key]) is None and verdict.startswith("skipped: ") and "not installed" in verdict


def seconds(cell: str) -> float:
    match = re.fullmatch(r"(?:.*: )?(\d+\.\d+) s", cell.strip())
    assert match, cell
    return float(match.group(1))


def times(cell: str) -> float:
    match = re.fullmatch(r"(\d+\.\d+)x", cell.strip())
    assert match, cell
    return float(match.group(1))


def test_quick_run_reports_every_target(corpus: Path, tmp_path: Path) -> None:
    before, before_ignored = git_status(), git_status("--ignored")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "issue15.py"), str(corpus), "--quick", "--json",
                             str(tmp_path / "figures.json")], cwd=tmp_path, capture_output=True, text=True, timeout=150,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    output = result.stdout[-5000:]  # shown with any failure below: what the run printed
    for section in SECTIONS:
        assert section in result.stdout, section + output
    rows = {m["key"]: m for m in map(ROW.match, result.stdout.split("## Targets", 1)[1].splitlines()) if m and m["key"] != "id"}

    for key, target in TARGETS.items():
        row = rows[key]
        assert row["target"] == target, row.group(0) + output
        if skipped_for_want_of_its_tool(key, row["verdict"]):
            continue
        assert row["verdict"] in ("met", "not met"), row.group(0) + output
        measured, baseline, ratio = seconds(row["measured"]), seconds(row["baseline"]), times(row["ratio"])
        assert measured > 0 and baseline > 0 and ratio > 0, row.group(0)
        assert abs(ratio - measured / baseline) <= 0.01 * ratio + 0.01, row.group(0)  # the ratio is of the two figures shown
        limit = float(re.search(r"\d+(\.\d+)?", target).group())
        met = ratio <= limit if target.endswith("x") else measured < limit  # the verdict follows from the figure
        assert row["verdict"] == ("met" if met else "not met"), row.group(0)
    for key in COMPARISONS:
        row = rows[key]
        if skipped_for_want_of_its_tool(key, row["verdict"]):
            continue
        assert row["verdict"] == "-", row.group(0) + output
        assert times(row["ratio"]) > 0 and seconds(row["measured"]) > 0, row.group(0)

    figures = {figure["key"]: figure for figure in json.loads((tmp_path / "figures.json").read_text())["figures"]}
    assert set(figures) == set(rows)
    assert elapsed < 60, f"--quick took {elapsed:.0f} s"
    # Nothing left in the checkout: no new untracked or ignored entry (build/, *.egg-info, __pycache__, a cache or
    # a results file). The bench writes no tracked file; edits of tracked files made meanwhile by someone
    # else working in the same tree are not the bench's and are passed over.
    new = {entry for entry in (git_status() - before) | (git_status("--ignored") - before_ignored) if entry[:2] in ("??", "!!")}
    assert new == set(), new


@pytest.fixture
def issue15(monkeypatch):
    """bench/issue15.py imported here, and this process's bytecode setting and modules as they were after."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    monkeypatch.setattr(sys, "dont_write_bytecode", sys.dont_write_bytecode)  # the script sets it; restored after
    loaded = set(sys.modules)
    import issue15

    yield issue15
    for name in set(sys.modules) - loaded:
        del sys.modules[name]


def test_dask_and_pre_commit_sections_say_why_they_were_skipped(issue15, monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(issue15, "find_spec", lambda name: None)  # as if neither optional tool were installed
    (tmp_path / "scratch").mkdir()
    bench = issue15.Bench(tmp_path, quick=True, scratch=tmp_path / "scratch")
    issue15.dask(bench)
    issue15.pre_commit(bench)
    verdicts = {figure.key: figure.verdict() for figure in bench.figures}
    dask_missing = "skipped: dask.distributed is not installed (pip install 'filelint[dask]')"
    assert verdicts == {"dask_vs_j2": dask_missing, "dask_default_vs_j2": dask_missing, "dask_first_vs_j2": dask_missing, "dask_local2_vs_j2": dask_missing,
                        "precommit_vs_bare": "skipped: pre-commit is not installed"}
    assert "skipped: dask.distributed is not installed" in capsys.readouterr().out
    assert "skipped: dask.distributed" in issue15.table(bench.figures)
