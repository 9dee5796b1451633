"""Packs load through entry points: another judge's order is a new data pack, not new code.

Each test installs a small third-party pack into a temporary folder (a package with
pack.toml plus a .dist-info carrying its entry point), puts that folder on PYTHONPATH,
and runs the real CLI.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from conftest import FIXTURES, assert_no_traceback, run_cli

ABC_PACK = """
id = "carter"
title = "Magistrate Judge Alice B. Carter: Discovery Standing Order"
court = "N.D. Cal."
judge = "Alice B. Carter"
version = "2024.1"

[[sources]]
title = "Standing Order for Discovery (Carter, M.J.)"
date = "2024-01-15"

[applies]
referral-judge = "ABC"
text = ['\\(ABC\\)']

[params]
initials = "ABC"
designation = "CHAMBERS COPY FOR JUDGE CARTER"

[param-types]
initials = "string"
designation = "string"

[[rules]]
code = "ABC001"
logic = "filelint_rules.standing_order.referral_caption"
citation = "Standing Order for Discovery ¶ 2 (Carter, M.J.)"

[[rules]]
code = "ABC002"
logic = "filelint_rules.standing_order.chambers_copy_designation"
citation = "Standing Order for Discovery ¶ 9 (Carter, M.J.)"
"""

CRASHING_RULE = '''
"""A rule with a bug."""
NAME = "always-crashes"
FIX = "none"


def check(doc, ctx):
    return [1 / 0]
'''


def install_pack(site: Path, package: str, entry_name: str, pack_toml: str | None, extra: dict[str, str] | None = None) -> None:
    """Install a package and its entry point into ``site`` the way pip would leave it."""
    if pack_toml is not None:
        (site / package).mkdir(parents=True)
        (site / package / "__init__.py").write_text('"""A third-party filelint pack."""\n')
        (site / package / "pack.toml").write_text(textwrap.dedent(pack_toml), encoding="utf-8")
        for name, source in (extra or {}).items():
            (site / package / name).write_text(source)
    info = site / f"{package}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[filelint.rules]\n{entry_name} = {package}\n")


def carter_filing(tmp_path: Path, caption_number: str, name: str = "motion.txt") -> Path:
    text = (FIXTURES / "spero" / "notice_of_motion_ok.txt").read_text(encoding="utf-8")
    text = text.replace("No. C-06-03891 SC (JCS)", caption_number).replace("Joseph C. Spero", "Alice B. Carter")
    text = text.replace("(JCS)", "(ABC)")  # the page footers
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_made_up_judges_pack_fires_with_its_own_strings(tmp_path: Path) -> None:
    site = tmp_path / "site"
    install_pack(site, "filelint_carter", "carter", ABC_PACK)
    env = {"PYTHONPATH": str(site)}
    assert "carter 2024.1" in run_cli("--version", env=env).stdout
    filing = carter_filing(tmp_path, "No. C-06-03891 SC", name="chambers_copy_motion.txt")
    result = run_cli("check", "--format", "json", "--referral-judge", "ABC", str(filing), env=env)
    assert_no_traceback(result)
    found = {d["code"]: d for d in json.loads(result.stdout)["diagnostics"]}
    assert set(found) >= {"ABC001", "ABC002"}, found
    assert '"(ABC)"' in found["ABC001"]["message"]
    assert found["ABC001"]["citation"] == "Standing Order for Discovery ¶ 2 (Carter, M.J.)"
    assert "CHAMBERS COPY FOR JUDGE CARTER" in found["ABC002"]["message"]
    assert not any(code.startswith("JCS") for code in found), "Judge Spero's pack must not apply"


def test_the_made_up_judges_pack_stays_silent_on_a_compliant_filing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    install_pack(site, "filelint_carter", "carter", ABC_PACK)
    filing = carter_filing(tmp_path, "No. C-06-03891 SC (ABC)")
    result = run_cli("check", "--format", "json", str(filing), env={"PYTHONPATH": str(site)})
    assert json.loads(result.stdout)["diagnostics"] == []
    assert result.returncode == 0


def test_a_pack_that_fails_to_load_stops_the_run(tmp_path: Path) -> None:
    site = tmp_path / "site"
    install_pack(site, "filelint_missing_module", "broken-judge", None)
    result = run_cli("check", str(FIXTURES / "spero"), env={"PYTHONPATH": str(site)})
    assert result.returncode == 2
    assert "rule pack 'broken-judge' failed to load" in result.stderr
    assert result.stdout == ""
    assert_no_traceback(result)


def test_a_pack_with_a_bad_rule_code_stops_the_run(tmp_path: Path) -> None:
    site = tmp_path / "site"
    install_pack(site, "filelint_badcode", "badcode", ABC_PACK.replace('"ABC002"', '"abc-2"'))
    result = run_cli("rules", env={"PYTHONPATH": str(site)})
    assert result.returncode == 2
    assert "'abc-2' must be 2-4 capital letters and three digits" in result.stderr


def test_a_crashing_rule_is_reported_as_fl900_and_others_still_report(tmp_path: Path) -> None:
    site = tmp_path / "site"
    pack = ABC_PACK + '\n[[rules]]\ncode = "ABC009"\nlogic = "filelint_crashy.crashy"\ncitation = "none"\n'
    install_pack(site, "filelint_crashy", "crashy", pack, extra={"crashy.py": CRASHING_RULE})
    filing = carter_filing(tmp_path, "No. C-06-03891 SC")
    result = run_cli("check", "--format", "json", "--referral-judge", "ABC", str(filing), env={"PYTHONPATH": str(site)})
    assert result.returncode == 2
    assert_no_traceback(result)
    diagnostics = json.loads(result.stdout)["diagnostics"]
    crash = [d for d in diagnostics if d["code"] == "FL900"]
    assert len(crash) == 1 and "ABC009" in crash[0]["message"] and "ZeroDivisionError" in crash[0]["message"]
    assert any(d["code"] == "ABC001" for d in diagnostics), "the other rules' findings are still reported"


def test_an_edited_rule_is_not_served_from_the_cache(tmp_path: Path) -> None:
    """The cache key covers the rule packs' source, not only their version numbers."""
    site = tmp_path / "site"
    rule = '"""Counts words."""\nfrom filelint.diagnostic import Finding\nNAME = "word-count"\nFIX = "none"\n\n\n' \
           'def check(doc, ctx):\n    yield Finding("MARKER-ONE", page=1)\n'
    pack = ABC_PACK + '\n[[rules]]\ncode = "ABC008"\nlogic = "filelint_counting.counting"\ncitation = "none"\n'
    install_pack(site, "filelint_counting", "counting", pack, extra={"counting.py": rule})
    filing = carter_filing(tmp_path, "No. C-06-03891 SC (ABC)")
    arguments = ("check", "--format", "json", "--referral-judge", "ABC", str(filing))

    def messages() -> list[str]:
        result = run_cli(*arguments, cwd=tmp_path, env={"PYTHONPATH": str(site), "FILELINT_CACHE_DIR": str(tmp_path / "cache")})
        return [d["message"] for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "ABC008"]

    assert messages() == ["MARKER-ONE"]
    (site / "filelint_counting" / "counting.py").write_text(rule.replace("MARKER-ONE", "MARKER-TWO-EDITED"))
    assert messages() == ["MARKER-TWO-EDITED"]
    assert list((tmp_path / "cache").glob("results-*/*.json")), "the cache was in use"
