"""No output path may be a file the run reads: a report or baseline never replaces a filing."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_no_traceback, run_cli

FILING = FIXTURES / "spero" / "notice_of_motion_ok.pdf"
DRAFT = FIXTURES / "spero" / "notice_of_motion_no_jcs.txt"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    shutil.copy(FILING, tmp_path / "motion.pdf")
    return tmp_path


def assert_refused(result, folder: Path, name: str = "motion.pdf") -> None:
    assert_no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "refusing" in result.stderr and name in result.stderr, result.stderr
    assert (folder / name).read_bytes() == FILING.read_bytes(), "the filing was overwritten"


@pytest.mark.parametrize("output_format", ["html", "text", "json"])
def test_check_refuses_to_write_its_report_over_the_filing(folder: Path, output_format: str) -> None:
    result = run_cli("check", "--no-cache", "--format", output_format, "-o", "motion.pdf", "motion.pdf", cwd=folder)
    assert_refused(result, folder)


def test_baseline_refuses_to_write_over_the_filing(folder: Path) -> None:
    assert_refused(run_cli("baseline", "-o", "motion.pdf", "motion.pdf", cwd=folder), folder)


def test_a_symlink_or_hard_link_to_the_filing_is_the_filing(folder: Path) -> None:
    (folder / "report.html").symlink_to(folder / "motion.pdf")
    assert_refused(run_cli("check", "--no-cache", "--format", "html", "-o", "report.html", "motion.pdf", cwd=folder), folder)
    os.link(folder / "motion.pdf", folder / "hard.json")
    assert_refused(run_cli("baseline", "-o", "hard.json", ".", cwd=folder), folder)


def test_a_file_inside_a_folder_being_checked_is_read_so_it_is_refused(folder: Path) -> None:
    drafts = folder / "drafts"
    drafts.mkdir()
    shutil.copy(FILING, drafts / "old.pdf")
    result = run_cli("check", "--no-cache", "-o", str(drafts / "old.pdf"), ".", cwd=folder)
    assert result.returncode == 2 and "refusing" in result.stderr and "old.pdf" in result.stderr
    assert (drafts / "old.pdf").read_bytes() == FILING.read_bytes()


def test_the_configuration_and_the_baseline_are_read_too(folder: Path) -> None:
    config = folder / ".filelint.toml"
    config.write_text('referral-judge = "JCS"\n')
    result = run_cli("check", "--no-cache", "-o", ".filelint.toml", "motion.pdf", cwd=folder)
    assert result.returncode == 2 and "refusing" in result.stderr and config.read_text() == 'referral-judge = "JCS"\n'
    assert run_cli("baseline", "-o", "accepted.json", "motion.pdf", cwd=folder).returncode == 0
    before = (folder / "accepted.json").read_text()
    result = run_cli("check", "--no-cache", "--baseline", "accepted.json", "-o", "accepted.json", "motion.pdf", cwd=folder)
    assert result.returncode == 2 and "refusing" in result.stderr and (folder / "accepted.json").read_text() == before


def test_a_report_beside_the_filings_is_still_written(folder: Path) -> None:
    result = run_cli("check", "--no-cache", "--format", "json", "-o", "report.json", ".", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert json.loads((folder / "report.json").read_text())["diagnostics"] == []


def test_a_configured_baseline_naming_a_filing_is_refused(folder: Path) -> None:
    (folder / ".filelint.toml").write_text('baseline = "motion.pdf"\n')
    assert_refused(run_cli("baseline", "motion.pdf", cwd=folder), folder)


def test_relative_paths_in_the_configuration_are_relative_to_its_folder(folder: Path) -> None:
    """From a subfolder, a relative baseline must not land in (or be looked for in) the current folder."""
    (folder / ".filelint.toml").write_text('baseline = "records/accepted.json"\n')
    (folder / "records").mkdir()
    sub = folder / "drafts"
    sub.mkdir()
    shutil.copy(DRAFT, sub / "draft.txt")
    (sub / "records").mkdir()
    written = run_cli("baseline", ".", cwd=sub)
    assert written.returncode == 0, written.stderr
    assert (folder / "records" / "accepted.json").is_file()
    assert not (sub / "records" / "accepted.json").exists()
    # The baseline is found from the subfolder too: the accepted findings stay accepted.
    assert run_cli("check", "--no-cache", ".", cwd=sub).returncode == 0
