"""Parallel checking and the result cache give the same answers as a plain run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES, run_cli


def _normalised(stdout: str) -> list:
    return json.loads(stdout)["diagnostics"]


def test_parallel_run_matches_serial_run_in_order(tmp_path: Path) -> None:
    serial = run_cli("check", "--format", "json", "--no-cache", "-j", "1", str(FIXTURES), cwd=tmp_path)
    parallel = run_cli("check", "--format", "json", "--no-cache", "-j", "2", str(FIXTURES), cwd=tmp_path)
    assert serial.returncode == parallel.returncode
    assert _normalised(serial.stdout) == _normalised(parallel.stdout)
    assert json.loads(serial.stdout)["files"] == json.loads(parallel.stdout)["files"]


def test_cache_reuses_results_and_notices_changes(tmp_path: Path) -> None:
    work = tmp_path / "filings"
    shutil.copytree(FIXTURES / "spero", work)
    cache = tmp_path / "cache"
    env = {"FILELINT_CACHE_DIR": str(cache)}
    first = run_cli("check", "--format", "json", "filings", cwd=tmp_path, env=env)
    entries = list(cache.glob("results-*/*.json"))
    assert len(entries) == len(json.loads(first.stdout)["files"])
    second = run_cli("check", "--format", "json", "filings", cwd=tmp_path, env=env)
    assert _normalised(second.stdout) == _normalised(first.stdout)
    # A changed file is checked again; its old result is not reused.
    shutil.copy(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt", work / "notice_of_motion_ok.txt")
    third = run_cli("check", "--format", "json", "filings", cwd=tmp_path, env=env)
    changed = [d for d in _normalised(third.stdout) if d["path"].endswith("notice_of_motion_ok.txt")]
    assert {d["code"] for d in changed} == {"JCS001", "JCS010"}


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    run_cli("check", "--no-cache", str(FIXTURES / "spero"), cwd=tmp_path, env={"FILELINT_CACHE_DIR": str(tmp_path / "cache")})
    assert not (tmp_path / "cache").exists()


def test_a_different_configuration_is_not_served_from_the_cache(tmp_path: Path) -> None:
    target = str(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt")
    assert _normalised(run_cli("check", "--format", "json", target, cwd=tmp_path).stdout)
    (tmp_path / ".filelint.toml").write_text('ignore = ["JCS", "LR"]\n')
    assert _normalised(run_cli("check", "--format", "json", target, cwd=tmp_path).stdout) == []
