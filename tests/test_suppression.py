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
    (tmp_path / "broken.json").write_text("{not json")
    broken = run_cli("check", "--baseline", "broken.json", ".", cwd=tmp_path)
    assert broken.returncode == 2 and "not a filelint baseline" in broken.stderr


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
