"""Baselines (for PDFs and text alike) and inline suppressions in text drafts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES, run_cli

SPERO = FIXTURES / "spero"


def codes(result) -> list[tuple[str, str]]:
    return sorted((Path(d["path"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"])


def test_baseline_reports_only_new_findings_and_stale_entries(tmp_path: Path) -> None:
    shutil.copy(SPERO / "notice_of_motion_no_jcs.pdf", tmp_path / "motion.pdf")
    shutil.copy(SPERO / "notice_of_motion_no_jcs.txt", tmp_path / "draft.txt")
    written = run_cli("baseline", ".", cwd=tmp_path)
    assert written.returncode == 0 and "Wrote 4 findings from 2 files" in written.stdout
    entries = json.loads((tmp_path / ".filelint-baseline.json").read_text())["entries"]
    assert {e["code"] for e in entries} == {"JCS001", "JCS010"} and all("line" not in e for e in entries)
    clean = run_cli("check", "--format", "json", ".", cwd=tmp_path)
    assert clean.returncode == 0 and codes(clean) == []
    # The PDF is replaced by another paper with a different problem; the draft gains blank lines (lines move).
    shutil.copy(SPERO / "notice_of_motion_no_judge_initials.pdf", tmp_path / "motion.pdf")
    draft = (tmp_path / "draft.txt").read_text(encoding="utf-8")
    (tmp_path / "draft.txt").write_text(draft.replace(" 1  ", "\n\n 1  ", 1), encoding="utf-8")
    later = run_cli("check", "--format", "json", ".", cwd=tmp_path)
    assert codes(later) == [("motion.pdf", "JCS001"), ("motion.pdf", "LR003")]
    stale = json.loads(later.stdout)["baseline"]["stale"]
    assert sorted((Path(s["path"]).name, s["code"]) for s in stale) == [("motion.pdf", "JCS001"), ("motion.pdf", "JCS010")]
    text = run_cli("check", ".", cwd=tmp_path)
    assert "2 baseline entries no longer match any finding" in text.stdout


def test_baseline_option_and_a_broken_baseline(tmp_path: Path) -> None:
    shutil.copy(SPERO / "notice_of_motion_no_jcs.txt", tmp_path / "draft.txt")
    run_cli("baseline", "-o", "accepted.json", ".", cwd=tmp_path)
    assert run_cli("check", "--baseline", "accepted.json", ".", cwd=tmp_path).returncode == 0
    for body in ("{not json", '{"schema": 2, "entries": [{"code": "FL001", "path": ["a"], "fingerprint": "x"}]}',
                 '{"schema": 2, "entries": {"code": "FL001"}}', '[]'):
        (tmp_path / "broken.json").write_text(body)
        broken = run_cli("check", "--baseline", "broken.json", ".", cwd=tmp_path)
        assert broken.returncode == 2 and "not a filelint baseline" in broken.stderr, (body, broken.stderr)
        assert "internal error" not in broken.stderr


def test_inline_suppression_in_a_text_draft(tmp_path: Path) -> None:
    text = (FIXTURES / "privacy" / "declaration_with_personal_data.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if "Social Security" in line)
    lines.insert(index, "    filelint: ignore[FR001] the number is the exhibit's docket identifier")
    index = next(i for i, line in enumerate(lines) if "checking account" in line)
    lines.insert(index, "    filelint: ignore[FR004]")
    draft = tmp_path / "draft.txt"
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = codes(run_cli("check", "--format", "json", str(draft)))
    assert ("draft.txt", "FR007") not in found
    assert found.count(("draft.txt", "FR001")) == 1  # the SSN line is silenced; the EIN line is not
    assert ("draft.txt", "FR004") in found  # the card number two lines down still counts
    assert found.count(("draft.txt", "FR004")) == 1  # the account line is silenced
    assert ("draft.txt", "FL007") in found  # ... but its suppression gave no reason


PRIVACY = FIXTURES / "privacy" / "declaration_with_personal_data.txt"
# The session's private cache (conftest.private_result_cache); an empty FILELINT_CACHE_DIR would mean ~/.cache.
SESSION_CACHE: dict[str, str] = {}


def test_a_different_secret_in_the_same_place_is_a_new_finding(tmp_path: Path) -> None:
    """The fingerprint hashes the secret: accepting one SSN never accepts another; the file never holds it."""
    cache = {"FILELINT_CACHE_DIR": str(tmp_path / "cache")}
    draft = tmp_path / "declaration.txt"
    shutil.copy(PRIVACY, draft)
    assert run_cli("baseline", ".", cwd=tmp_path, env=cache).returncode == 0
    recorded = (tmp_path / ".filelint-baseline.json").read_text()
    for secret in ("123-45-6789", "123456789", "3456789", "03/14/1979"):
        assert secret not in recorded
    for _ in range(2):  # fresh, then from the result cache
        assert run_cli("check", "--format", "json", ".", cwd=tmp_path, env=cache).returncode == 0
    draft.write_text(PRIVACY.read_text(encoding="utf-8").replace("123-45-6789", "987-65-4329"), encoding="utf-8")
    for _ in range(2):
        later = run_cli("check", "--format", "json", ".", cwd=tmp_path, env=cache)
        assert later.returncode == 1 and codes(later) == [("declaration.txt", "FR001")], later.stdout
        assert "XXX-XX-4329" in later.stdout


def repository(tmp_path: Path) -> Path:
    """A repository root with a configuration and two folders of drafts: eleven accepted findings."""
    (tmp_path / ".filelint.toml").write_text('referral-judge = "JCS"\n')
    for folder in ("motions", "letters"):
        (tmp_path / folder).mkdir()
    shutil.copy(PRIVACY, tmp_path / "motions" / "declaration.txt")
    shutil.copy(SPERO / "notice_of_motion_no_jcs.txt", tmp_path / "motions" / "draft.txt")
    shutil.copy(SPERO / "notice_of_motion_no_judge_initials.txt", tmp_path / "letters" / "motion.txt")
    return tmp_path


def baseline_entries(root: Path) -> list[tuple[str, str]]:
    return sorted((e["path"], e["code"]) for e in json.loads((root / ".filelint-baseline.json").read_text())["entries"])


def test_baseline_paths_are_relative_to_the_configuration_root(tmp_path: Path) -> None:
    root = repository(tmp_path)
    unfiltered = json.loads(run_cli("check", "--format", "json", ".", cwd=root, env=SESSION_CACHE).stdout)["diagnostics"]
    assert run_cli("baseline", ".", cwd=root, env=SESSION_CACHE).returncode == 0
    everything = baseline_entries(root)
    assert len(everything) == len(unfiltered) >= 8
    assert {path for path, _ in everything} == {
        "motions/declaration.txt", "motions/draft.txt", "letters/motion.txt"}
    # From a subfolder, by a path from elsewhere, or absolute: the accepted findings stay accepted.
    for cwd, target in ((root / "motions", "."), (root / "letters", "../motions"), (root, str(root / "letters"))):
        result = run_cli("check", "--format", "json", target, cwd=cwd, env=SESSION_CACHE)
        assert result.returncode == 0 and codes(result) == [], (cwd, target, result.stdout)
        assert json.loads(result.stdout)["baseline"]["stale"] == []


def test_rebaselining_a_subset_keeps_the_other_files_entries(tmp_path: Path) -> None:
    root = repository(tmp_path)
    run_cli("baseline", ".", cwd=root, env=SESSION_CACHE)
    everything = baseline_entries(root)
    rerun = run_cli("baseline", "motion.txt", cwd=root / "letters", env=SESSION_CACHE)
    assert rerun.returncode == 0, rerun.stderr
    assert baseline_entries(root) == everything
    # A file fixed and re-recorded loses its entries; the others keep theirs.
    (root / "motions" / "draft.txt").write_text((SPERO / "notice_of_motion_ok.txt").read_text(encoding="utf-8"), encoding="utf-8")
    run_cli("baseline", "draft.txt", cwd=root / "motions", env=SESSION_CACHE)
    assert baseline_entries(root) == [entry for entry in everything if entry[0] != "motions/draft.txt"]
    # A file deleted since is dropped when the baseline is re-recorded.
    (root / "letters" / "motion.txt").unlink()
    run_cli("baseline", "motions", cwd=root, env=SESSION_CACHE)
    assert {path for path, _ in baseline_entries(root)} == {"motions/declaration.txt"}


def test_stale_entries_are_only_those_of_files_checked(tmp_path: Path) -> None:
    root = repository(tmp_path)
    run_cli("baseline", ".", cwd=root, env=SESSION_CACHE)
    (root / "motions" / "draft.txt").write_text((SPERO / "notice_of_motion_ok.txt").read_text(encoding="utf-8"), encoding="utf-8")
    only_letters = run_cli("check", "--format", "json", "letters", cwd=root, env=SESSION_CACHE)
    assert json.loads(only_letters.stdout)["baseline"]["stale"] == []
    one_file = run_cli("check", "--format", "json", "draft.txt", cwd=root / "motions", env=SESSION_CACHE)
    stale = json.loads(one_file.stdout)["baseline"]["stale"]
    assert sorted((s["path"], s["code"]) for s in stale) == [("motions/draft.txt", "JCS001"), ("motions/draft.txt", "JCS010")]


def test_a_file_that_is_not_a_baseline_is_never_overwritten(tmp_path: Path) -> None:
    shutil.copy(SPERO / "notice_of_motion_no_jcs.txt", tmp_path / "draft.txt")
    (tmp_path / "notes.json").write_text('{"mine": true}\n')
    result = run_cli("baseline", "-o", "notes.json", "draft.txt", cwd=tmp_path, env=SESSION_CACHE)
    assert result.returncode == 2 and "not a filelint baseline" in result.stderr
    assert (tmp_path / "notes.json").read_text() == '{"mine": true}\n'
