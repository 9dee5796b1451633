"""A text file that is not a filing is said to be so, once, and nothing else runs on it (FL008)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES, assert_no_traceback, run_cli

NOTES = "To do before Friday:\n- buy printer paper\n- call the landlord about the heating\n"


def repository(tmp_path: Path) -> Path:
    (tmp_path / ".filelint.toml").write_text('referral-judge = "JCS"\ncourt = "N.D. Cal."\n')
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    shutil.copy(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt", tmp_path / "motion.txt")
    return tmp_path


def findings(result) -> list[tuple[str, str]]:
    assert_no_traceback(result)
    return sorted((Path(d["path"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"])


def test_notes_in_a_repository_of_filings_do_not_fail_the_run(tmp_path: Path) -> None:
    root = repository(tmp_path)
    alone = run_cli("check", "--no-cache", "notes.txt", cwd=root)
    assert alone.returncode == 0, alone.stdout + alone.stderr
    assert alone.stdout.count("Not a filing; not checked") == 1 and "FL008" in alone.stdout
    both = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    assert both.returncode == 1
    found = findings(both)
    assert [code for name, code in found if name == "notes.txt"] == ["FL008"]
    assert ("motion.txt", "JCS001") in found and ("motion.txt", "FL008") not in found
    notes = next(f for f in json.loads(both.stdout)["diagnostics"] if f["code"] == "FL008")
    assert notes["severity"] == "info"


def test_ignoring_the_rule_checks_every_text_file_as_a_filing(tmp_path: Path) -> None:
    root = repository(tmp_path)
    result = run_cli("check", "--no-cache", "--format", "json", "--ignore", "FL008", "notes.txt", cwd=root)
    assert result.returncode == 1
    assert ("notes.txt", "LR003") in findings(result)  # checked as a filing: "no case number" and the like


def test_every_text_fixture_is_a_filing() -> None:
    """The bundled drafts, written as filings are, are all checked (only the notes fixture is not)."""
    drafts = [path for path in sorted(FIXTURES.rglob("*.txt")) if path.name != "notes_not_a_filing.txt"]
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "FL008", *map(str, drafts))
    assert len(json.loads(result.stdout)["files"]) == len(drafts) > 40
    assert findings(result) == []
    notes = run_cli("check", "--no-cache", "--format", "json", str(FIXTURES / "core" / "notes_not_a_filing.txt"))
    assert findings(notes) == [("notes_not_a_filing.txt", "FL008")]


def test_every_real_filing_in_the_corpus_shows_a_marker(corpus: Path) -> None:
    """Real wording: the text of every corpus PDF that has text holds a marker in its first three pages."""
    from filelint.readers import read_document
    from filelint_rules.core.not_a_filing import looks_like_a_filing  # the rule's own test, on real filings

    without = []
    checked = 0
    for pdf in sorted((corpus / "pdf").glob("*.pdf")):
        document = read_document(pdf, pdf.name, max_pages=3)
        if not any(line.text.strip() for page in document.pages for line in page.lines):
            continue  # scanned without text, or empty: FL001/PDF001 territory
        checked += 1
        if not looks_like_a_filing(document):
            without.append(pdf.name)
    assert checked >= 50 and without == []
