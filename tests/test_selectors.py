"""A typo never switches rules off silently: selectors and judges are checked against the installed packs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_no_traceback, run_cli

from filelint.config import Config, load_config, with_overrides
from filelint.errors import ConfigError
from filelint.registry import discover_packs

NO_INITIALS = FIXTURES / "spero" / "notice_of_motion_no_judge_initials.txt"  # JCS001 and LR003
PRIVACY = FIXTURES / "privacy" / "declaration_with_personal_data.txt"  # FR001 .. FR004


def codes(result) -> list[str]:
    assert_no_traceback(result)
    return sorted(d["code"] for d in json.loads(result.stdout)["diagnostics"])


@pytest.mark.parametrize("args, named", [
    (["--select", "JCX001"], "JCX001"),  # JCS001 mistyped (JSC is Judge Corley's pack now, so not that typo)
    (["--select", "JCS,JXC"], "JXC"),
    (["--ignore", "LR0030"], "LR0030"),
    (["--select", "no-such-rule"], "no-such-rule"),
    (["--referral-judge", "XYZ"], "XYZ"),
])
def test_unknown_selectors_and_judges_on_the_command_line_are_usage_errors(args: list[str], named: str) -> None:
    result = run_cli("check", "--no-cache", *args, str(NO_INITIALS))
    assert_no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert named in result.stderr and "command line" in result.stderr, result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("body, key, named", [
    ('select = ["JXC"]\n', "select", "JXC"),
    ('ignore = ["PDF9"]\n', "ignore", "PDF9"),
    ('[per-file-ignores]\n"*.txt" = ["JCX001"]\n', "per-file-ignores.*.txt", "JCX001"),
    ('referral-judge = "XYZ"\n', "referral-judge", "XYZ"),
])
def test_unknown_selectors_and_judges_in_the_configuration_name_the_file_and_key(tmp_path: Path, body: str, key: str, named: str) -> None:
    config = tmp_path / ".filelint.toml"
    config.write_text(body)
    shutil.copy(NO_INITIALS, tmp_path / "motion.txt")
    result = run_cli("check", "--no-cache", "motion.txt", cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"{config}: {key}: " in result.stderr and repr(named) in result.stderr, result.stderr


def test_selectors_are_case_insensitive_and_may_be_rule_names() -> None:
    assert codes(run_cli("check", "--no-cache", "--format", "json", "--select", "jcs001", str(NO_INITIALS))) == ["JCS001"]
    assert codes(run_cli("check", "--no-cache", "--format", "json", "--select", "Lr", str(NO_INITIALS))) == ["LR003"]
    by_name = run_cli("check", "--no-cache", "--format", "json", "--select", "case-number-judge-initials", str(NO_INITIALS))
    assert codes(by_name) == ["LR003"]
    assert codes(run_cli("check", "--no-cache", "--format", "json", "--ignore", "Referral-Caption", str(NO_INITIALS))) == ["LR003"]


def test_repeated_options_accumulate() -> None:
    both = run_cli("check", "--no-cache", "--format", "json", "--select", "JCS001", "--select", "lr003", str(NO_INITIALS))
    assert codes(both) == ["JCS001", "LR003"]
    neither = run_cli("check", "--no-cache", "--format", "json", "--ignore", "JCS001", "--ignore", "LR003", str(NO_INITIALS))
    assert codes(neither) == []


def test_configuration_and_per_file_ignores_are_case_insensitive(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text('select = ["jcs", "lr003"]\n[per-file-ignores]\n"drafts/*" = ["jcs001"]\n')
    (tmp_path / "drafts").mkdir()
    shutil.copy(NO_INITIALS, tmp_path / "drafts" / "motion.txt")
    shutil.copy(NO_INITIALS, tmp_path / "motion.txt")
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    found = sorted((Path(d["path"]).as_posix(), d["code"]) for d in json.loads(result.stdout)["diagnostics"])
    assert found == [("drafts/motion.txt", "LR003"), ("motion.txt", "JCS001"), ("motion.txt", "LR003")]


def test_inline_suppressions_are_case_insensitive(tmp_path: Path) -> None:
    lines = PRIVACY.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if "Social Security" in line)
    lines.insert(index, "    filelint: ignore[fr001] the number is the exhibit's docket identifier")
    draft = tmp_path / "draft.txt"
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert codes(run_cli("check", "--no-cache", "--format", "json", str(draft))).count("FR001") == 1  # the EIN line remains


def test_a_judge_is_known_from_the_installed_packs_not_a_list(tmp_path: Path) -> None:
    packs = discover_packs()
    config = with_overrides(Config(root=tmp_path), referral_judge="jcs")
    config.check_pack_params(packs)
    assert config.referral_judge == "JCS"
    without_spero = [pack for pack in packs if pack.id != "spero"]
    with pytest.raises(ConfigError, match="'JCS' is not a judge"):
        config.check_pack_params(without_spero)
    (tmp_path / ".filelint.toml").write_text('select = ["JCS"]\n')
    with pytest.raises(ConfigError, match=r"\.filelint\.toml: select: 'JCS'"):
        load_config(start=tmp_path).check_pack_params(without_spero)


@pytest.mark.parametrize("court, accepted", [
    ("N.D. Cal.", True), ("ND Cal", True), ("cand", True), ("Northern District of California", True),
    ("N.D. Cla.", False), ("Northern District", False),
])
def test_a_court_no_installed_pack_is_for_is_a_usage_error(tmp_path: Path, court: str, accepted: bool) -> None:
    """A typo in court would otherwise switch the court's pack off for every filing without a caption match."""
    config = tmp_path / ".filelint.toml"
    config.write_text(f'court = "{court}"\n')
    shutil.copy(NO_INITIALS, tmp_path / "motion.txt")
    result = run_cli("check", "--no-cache", "motion.txt", cwd=tmp_path)
    assert_no_traceback(result)
    if accepted:
        assert result.returncode == 1 and "LR003" in result.stdout, result.stdout + result.stderr
    else:
        assert result.returncode == 2 and f"{config}: court: {court!r}" in result.stderr, result.stderr
