"""The real command line, run in a subprocess as an attorney or CI job would run it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import FIXTURES, assert_no_traceback, run_cli

SPERO = FIXTURES / "spero"


def test_check_fixtures_shows_every_planted_problem_with_location_citation_and_fix() -> None:
    result = run_cli("check", "fixtures/")
    assert_no_traceback(result)
    assert result.returncode == 1
    out = result.stdout
    assert "fixtures/spero/notice_of_motion_no_judge_initials.pdf:1:13 JCS001 " in out
    assert "fixtures/spero/chambers_copy_mixed_filings.txt:3 JCS003 " in out
    assert "fixtures/ecf/encrypted_needs_password.pdf PDF002 " in out
    assert "fixtures/core/truncated_motion.pdf FL001 " in out
    assert "Order re Discovery Procedures (N.D. Cal. July 30, 2007) (Spero, M.J.)" in out
    assert 'fix: Write it as "No. C-06-03891 SC (JCS)".' in out
    assert re.search(r"Checked \d+ files: \d+ errors, \d+ warnings?, \d+ info in \d+ files\.", out)
    assert "\x1b[" not in out, "no colour codes when output is not a terminal"


def test_clean_file_exits_zero() -> None:
    result = run_cli("check", str(SPERO / "notice_of_motion_ok.pdf"), str(SPERO / "notice_of_motion_ok.txt"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Checked 2 files: no problems found." in result.stdout


def test_warning_only_exits_zero() -> None:
    result = run_cli("check", "--referral-judge", "JCS", str(SPERO / "notice_of_motion_hyphen_referral.pdf"))
    assert result.returncode == 0
    # "-SC-JCS" is the docket's own form of the referral: reported as info against the order's "(JCS)".
    assert "JCS001" in result.stdout and "1 info" in result.stdout
    assert "0 errors, 0 warnings" in result.stdout


def test_json_format() -> None:
    result = run_cli("check", "--format", "json", str(SPERO))
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["version"] and payload["schema"] == 1
    assert {"path", "kind", "pages", "type"} <= set(payload["files"][0])
    keys = {"code", "name", "severity", "path", "page", "line", "message", "citation", "fix"}
    assert all(keys <= set(d) for d in payload["diagnostics"])
    by_file = {(d["path"].rsplit("/", 1)[-1], d["code"], d["page"], d["line"]) for d in payload["diagnostics"]}
    assert ("notice_of_motion_no_judge_initials.pdf", "JCS001", 1, 13) in by_file
    assert ("chambers_copy_unstamped.pdf", "JCS003", None, None) in by_file
    pdf = next(f for f in payload["files"] if f["path"].endswith("notice_of_motion_ok.pdf"))
    assert pdf["kind"] == "pdf" and pdf["pages"] == 3


def test_select_and_ignore() -> None:
    only = run_cli("check", "--format", "json", "--select", "JCS003", str(SPERO))
    codes = {d["code"] for d in json.loads(only.stdout)["diagnostics"]}
    assert codes == {"JCS003"}
    without = run_cli("check", "--format", "json", "--ignore", "JCS,LR", str(SPERO))
    assert json.loads(without.stdout)["diagnostics"] == []
    assert without.returncode == 0


def test_chambers_copy_flag_and_case_number_option() -> None:
    plain = run_cli("check", "--format", "json", str(SPERO / "notice_of_motion_ok.txt"))
    assert json.loads(plain.stdout)["diagnostics"] == []
    flagged = run_cli("check", "--format", "json", "--chambers-copy", "--case-number", "C-07-01234 SC",
                      str(SPERO / "notice_of_motion_ok.txt"))
    codes = sorted(d["code"] for d in json.loads(flagged.stdout)["diagnostics"])
    assert codes == ["JCS001", "JCS002", "JCS003"]


def test_rules_lists_every_rule() -> None:
    result = run_cli("rules")
    assert result.returncode == 0
    for code, name in (("JCS001", "referral-caption"), ("JCS002", "chambers-copy-designation"),
                       ("JCS003", "chambers-copy-not-conformed"), ("FL001", "unreadable-file"),
                       ("PDF002", "encrypted-pdf")):
        assert re.search(rf"{code}\s*│\s*{name}\s*│", result.stdout), code
    assert "Spero, M.J." in result.stdout


def test_explain_prints_the_rules_documentation() -> None:
    result = run_cli("explain", "JCS002")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("JCS002 chambers-copy-designation")
    assert "JCS'S CHAMBERS' COPY" in out and "## Why it matters" in out and "## Example" in out
    assert "lodge directly with chambers" in out  # the order's own sentence
    assert run_cli("explain", "referral-caption").stdout.startswith("JCS001 referral-caption")


def test_explain_unknown_code_is_a_usage_error() -> None:
    result = run_cli("explain", "XYZ999")
    assert result.returncode == 2
    assert "no rule 'XYZ999'" in result.stderr
    assert_no_traceback(result)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert re.match(r"filelint \d+\.\d+\.\d+ \(packs: .*spero 2007\.1", result.stdout)


def test_usage_error_exits_two() -> None:
    result = run_cli("check", "--format", "yaml", "fixtures")
    assert result.returncode == 2
    assert_no_traceback(result)


def test_config_errors_name_file_and_key(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text('selct = ["JCS"]\n')
    result = run_cli("check", str(SPERO / "notice_of_motion_ok.txt"), cwd=tmp_path)
    assert result.returncode == 2
    assert ".filelint.toml: selct: unknown key" in result.stderr
    (tmp_path / ".filelint.toml").write_text('referral-judge = "Spero"\n')
    result = run_cli("check", str(SPERO / "notice_of_motion_ok.txt"), cwd=tmp_path)
    assert result.returncode == 2 and "referral-judge" in result.stderr
    assert_no_traceback(result)


def test_config_from_pyproject_is_applied(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.filelint]\ncase-number = "C 06-3999 SC"\n')
    nested = tmp_path / "drafts" / "motions"
    nested.mkdir(parents=True)
    shutil.copy(SPERO / "notice_of_motion_ok.txt", nested / "motion.txt")
    result = run_cli("check", "--format", "json", "motion.txt", cwd=nested)
    messages = [d["message"] for d in json.loads(result.stdout)["diagnostics"]]
    assert any("is not this matter's case number" in m for m in messages), messages


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text('[per-file-ignores]\n"copies/*" = ["JCS003"]\n')
    (tmp_path / "copies").mkdir()
    shutil.copy(SPERO / "chambers_copy_unstamped.txt", tmp_path / "copies" / "chambers_copy.txt")
    result = run_cli("check", "--format", "json", "copies", cwd=tmp_path)
    codes = sorted(d["code"] for d in json.loads(result.stdout)["diagnostics"])
    assert codes == ["JCS002"]


def test_bad_files_do_not_stop_the_run(tmp_path: Path) -> None:
    for name in ("truncated_motion.pdf", "empty.pdf", "motion_saved_as_docx.pdf"):
        shutil.copy(FIXTURES / "core" / name, tmp_path / name)
    shutil.copy(FIXTURES / "ecf" / "encrypted_needs_password.pdf", tmp_path)
    shutil.copy(SPERO / "notice_of_motion_no_jcs.txt", tmp_path / "good.txt")
    gone = tmp_path.parent / f"{tmp_path.name}-elsewhere" / "missing.pdf"  # named, but moved away meanwhile
    gone.parent.mkdir()
    gone.symlink_to(tmp_path / "moved.pdf")
    result = run_cli("check", "--format", "json", "--referral-judge", "JCS", str(tmp_path), str(gone))
    assert_no_traceback(result)
    found = {(Path(d["path"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert found == {
        ("truncated_motion.pdf", "FL001"), ("empty.pdf", "FL001"), ("motion_saved_as_docx.pdf", "FL001"),
        ("encrypted_needs_password.pdf", "PDF002"), ("good.txt", "JCS001"), ("good.txt", "JCS010"),
        ("missing.pdf", "FL001"),
    }


def test_filing_text_is_never_read_as_markup(tmp_path: Path) -> None:
    draft = (SPERO / "notice_of_motion_no_jcs.txt").read_text(encoding="utf-8")
    draft = draft.replace("LEADCLICK MEDIA, INC.,        ", "LEADCLICK [sic] [bold]MEDIA[/bold]")
    (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
    result = run_cli("check", "--referral-judge", "JCS", str(tmp_path / "draft.txt"), env={"TERM": "xterm"})
    assert "LEADCLICK [sic] [bold]MEDIA[/bold]" in result.stdout


def test_python_m_and_console_script_agree() -> None:
    script = shutil.which("filelint")
    assert script, "the filelint console script is not installed"
    import subprocess

    direct = subprocess.run([script, "--version"], capture_output=True, text=True)
    assert direct.stdout == run_cli("--version").stdout


def _run_in_terminal(args: list[str], env: dict) -> str:
    """Run the CLI with a pseudo-terminal as its output, as in an attorney's terminal window."""
    import os
    import pty
    import subprocess
    import sys

    from conftest import ROOT

    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "filelint", *args], cwd=ROOT, env=env,
                               stdout=follower, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_unless_no_color() -> None:
    import os

    env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(TERM="xterm-256color", COLUMNS="200")
    target = str(SPERO / "notice_of_motion_no_judge_initials.pdf")
    coloured = _run_in_terminal(["check", target], env)
    assert "JCS001" in coloured and "\x1b[" in coloured
    plain = _run_in_terminal(["check", target], {**env, "NO_COLOR": "1"})
    assert "JCS001" in plain and "\x1b[3" not in plain  # no foreground colours


def test_explicit_config_file_option(tmp_path: Path) -> None:
    config = tmp_path / "team.toml"
    config.write_text('ignore = ["JCS001", "LR003"]\n')
    target = str(SPERO / "notice_of_motion_no_judge_initials.pdf")
    assert run_cli("check", target).returncode == 1
    result = run_cli("check", "--config", str(config), target)
    assert result.returncode == 0, result.stdout
    missing = run_cli("check", "--config", str(tmp_path / "absent.toml"), target)
    assert missing.returncode == 2 and "no such configuration file" in missing.stderr


def test_explain_gives_every_spero_rule_its_source_sentence() -> None:
    for number in range(1, 11):
        code = f"JCS{number:03d}"
        out = run_cli("explain", code).stdout
        assert out.startswith(code), code
        assert "Source: “" in out, f"{code} lacks the order's sentence"
        assert "## What it checks" in out and "## Why it matters" in out
