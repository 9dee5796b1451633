"""The pre-commit hook manifest is valid for the real pre-commit."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> str:
    """One pre-commit cache for the module: the hook's environment is built once, as on a user's machine."""
    return str(tmp_path_factory.mktemp("pre-commit-home"))


def test_hook_manifest_validates() -> None:
    result = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_runs_filelint_on_pdf_word_and_text() -> None:
    import re

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "filelint" and hook["entry"] == "filelint check"
    assert hook["language"] == "python" and hook["types"] == ["file"]
    matches = re.compile(hook["files"])  # pre-commit searches each staged path with it
    for name in ("motion.pdf", "drafts/Motion.PDF", "draft.txt", "drafts/reply brief.docx", "OLD.DOC"):
        assert matches.search(name), name
    for name in ("notes.md", "scan.png", "motion.pdf.bak", "draft.docx.zip", "draft.odt"):
        assert not matches.search(name), name
    assert shutil.which("filelint") is not None


def test_hook_fails_on_a_bad_filing_and_passes_a_good_one(tmp_path, pre_commit_home) -> None:
    """The real pre-commit, pointed at this checkout with try-repo, on a repository of filings."""
    import os

    from conftest import FIXTURES

    repo = tmp_path / "filings"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": pre_commit_home, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com", "NO_COLOR": "1"}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "filelint", "--files", *files],
                              cwd=repo, capture_output=True, text=True, env=env, timeout=900)

    git("init", "-q")
    shutil.copy(FIXTURES / "spero" / "notice_of_motion_ok.pdf", repo / "motion.pdf")
    shutil.copy(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt", repo / "draft.txt")
    git("add", ".")
    good = try_repo("motion.pdf")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = try_repo("draft.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "JCS001" in bad.stdout
    shutil.copy(FIXTURES / "word" / "draft_with_what_word_hides.docx", repo / "draft.docx")
    git("add", "draft.docx")
    word = try_repo("draft.docx")  # a Word draft is matched and checked: its deleted SSN is an error
    assert word.returncode == 1 and "WD001" in word.stdout and "FR001" in word.stdout, word.stdout + word.stderr


def test_hook_is_serial_so_a_commit_reads_as_one_report() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["require_serial"] is True  # pre-commit would otherwise split the files over parallel runs


def test_a_commit_of_many_files_gives_one_summary_and_stale_entries_only_for_its_files(tmp_path, pre_commit_home) -> None:
    """The real pre-commit: a dozen files make one report, and a baseline's other files are not called stale."""
    import os

    from conftest import FIXTURES

    repo = tmp_path / "filings"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": pre_commit_home, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com", "NO_COLOR": "1",
           "FILELINT_CACHE_DIR": str(tmp_path / "results")}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / ".filelint.toml").write_text('referral-judge = "JCS"\n')
    names = [f"motion_{number:02d}.txt" for number in range(12)]
    for name in names:
        shutil.copy(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt", repo / name)
    recorded = subprocess.run([sys.executable, "-m", "filelint", "baseline", "."], cwd=repo, env=env, capture_output=True, text=True)
    assert recorded.returncode == 0, recorded.stderr
    shutil.copy(FIXTURES / "spero" / "notice_of_motion_ok.txt", repo / names[0])  # fixed: its entries are stale
    shutil.copy(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt", repo / "new.txt")  # new problems: the hook fails and shows its output
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "filelint", "--files", *files],
                              cwd=repo, capture_output=True, text=True, env=env, timeout=900)

    everything = try_repo(*names, "new.txt")
    assert everything.returncode == 1, everything.stdout + everything.stderr
    assert everything.stdout.count("Checked ") == 1, everything.stdout
    assert "Checked 13 files" in everything.stdout
    stale = everything.stdout.split("no longer match", 1)[1]
    assert "2 baseline entries no longer match" in everything.stdout and names[0] in stale
    assert not any(name in stale for name in names[1:]), stale
    two = try_repo(names[5], "new.txt")
    assert two.returncode == 1 and "JCS001" in two.stdout and "baseline entr" not in two.stdout, two.stdout
