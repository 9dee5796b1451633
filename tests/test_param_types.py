"""Bad values never reach the rules: every pack parameter is declared, and every value checked on load."""

from __future__ import annotations

import shutil
import types
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_no_traceback, run_cli

from filelint.config import load_config
from filelint.errors import ConfigError, PackLoadError
from filelint.registry import discover_packs, load_pack_module

MOTION = FIXTURES / "spero" / "notice_of_motion_ok.txt"


@pytest.mark.parametrize("body, key, says", [
    ('[packs.ndcal]\npage-limits = { motion = "twenty" }\n', "packs.ndcal.page-limits", "motion: 'twenty' is not a whole number"),
    ('[packs.ndcal]\npage-limits = { motoin = 20 }\n', "packs.ndcal.page-limits", "'motoin' is not one of its keys"),
    ('[packs.ndcal]\npage-limits = { motion = -3 }\n', "packs.ndcal.page-limits", "out of range"),
    ('[packs.ndcal]\nmin-type-size = nan\n', "packs.ndcal.min-type-size", "nan is not a number"),
    ('[packs.ndcal]\ntype-size-includes-footers = "yes"\n', "packs.ndcal.type-size-includes-footers", "not true or false"),
    ('[packs.ndcal]\nera = 2007\n', "packs.ndcal.era", "2007 is not one of '2007', 'current'"),
    ('[packs.spero]\njoint-letter-deadline-kind = "weekly"\n', "packs.spero.joint-letter-deadline-kind", "'weekly' is not one of"),
    ('[packs.spero]\njoint-letter-deadline-days = 5.5\n', "packs.spero.joint-letter-deadline-days", "5.5 is not a whole number"),
    ('[packs.spero]\nlaw-and-motion-day = "Fryday"\n', "packs.spero.law-and-motion-day", "'Fryday' is not one of"),
    ('[packs.spero]\nlaw-and-motion-time = "mornings"\n', "packs.spero.law-and-motion-time", "not in the expected form"),
    ('[packs.ecf]\nmax-file-size-mb = inf\n', "packs.ecf.max-file-size-mb", "inf is not a number"),
    ("timeout = nan\n", "timeout", "must be a number"),
    ("timeout = inf\n", "timeout", "must be a number"),
    ("timeout = 1e300\n", "timeout", "must be a number"),
    ("timeout = 0\n", "timeout", "must be a number"),
    ("max-pages = 99999999999999\n", "max-pages", "must be a whole number"),
])
def test_bad_values_stop_the_run_naming_the_file_and_key(tmp_path: Path, body: str, key: str, says: str) -> None:
    config = tmp_path / ".filelint.toml"
    config.write_text(body)
    shutil.copy(MOTION, tmp_path / "motion.txt")
    result = run_cli("check", "--no-cache", "motion.txt", cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "FL900" not in result.stdout and "internal error" not in result.stderr
    assert f"{config}: {key}: " in result.stderr and says in result.stderr, result.stderr


@pytest.mark.parametrize("body, says", [
    ("[tool]\nfilelint = 5\n", "[tool.filelint] must be a table"),
    ('tool = "filelint"\n', "[tool] must be a table"),
])
def test_a_pyproject_whose_tool_table_is_not_a_table(tmp_path: Path, body: str, says: str) -> None:
    (tmp_path / "pyproject.toml").write_text(body)
    shutil.copy(MOTION, tmp_path / "motion.txt")
    result = run_cli("check", "--no-cache", "motion.txt", cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr
    assert says in result.stderr and "pyproject.toml" in result.stderr, result.stderr
    explicit = run_cli("check", "--no-cache", "--config", "pyproject.toml", "motion.txt", cwd=tmp_path)
    assert explicit.returncode == 2 and says in explicit.stderr, explicit.stderr


def test_good_values_reach_the_rules_and_a_partial_table_keeps_the_other_defaults(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text('[packs.ndcal]\npage-limits = { reply = 20 }\nmin-type-size = 12\n'
                                     '[packs.spero]\njoint-letter-deadline-kind = "calendar"\n')
    packs = discover_packs()
    config = load_config(tmp_path / "c.toml")
    config.check_pack_params(packs)
    ndcal = next(pack for pack in packs if pack.id == "ndcal")
    merged = config.params_for("ndcal", ndcal.params)
    assert merged["page-limits"] == {**ndcal.params["page-limits"], "reply": 20}
    assert merged["min-type-size"] == 12 and merged["era"] == "current"


def test_every_installed_parameter_is_declared_and_its_default_obeys_the_declaration() -> None:
    for pack in discover_packs():
        for rule in pack.rules:
            for key, value in rule.params.items():
                assert key in pack.param_types, f"{pack.id}: {key}"
                assert pack.param_types[key].problem(value) is None, f"{pack.id}: {key}"


PACK = """
id = "demo"
title = "Demo"
version = "1"
[[sources]]
title = "An order"
date = "2024"
[params]
initials = "ABC"
{declarations}
[[rules]]
code = "DEM001"
logic = "filelint_rules.standing_order.referral_caption"
citation = "Order"
[rules.params]
source-sentence = "A sentence."
"""


def load_demo(tmp_path: Path, declarations: str):
    package = tmp_path / "demo_pack"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "pack.toml").write_text(PACK.format(declarations=declarations))
    module = types.ModuleType("demo_pack")
    module.__path__ = [str(package)]
    module.__spec__ = None
    import importlib.util
    import sys

    sys.path.insert(0, str(tmp_path))
    try:
        sys.modules.pop("demo_pack", None)
        module = importlib.import_module("demo_pack")
        return load_pack_module(module, origin="demo = demo_pack")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("demo_pack", None)
        assert importlib.util  # keep the import used


def test_a_pack_parameter_without_a_declaration_fails_pack_loading(tmp_path: Path) -> None:
    declared = '[param-types]\ninitials = { type = "string", pattern = "^[A-Z]{2,4}$" }\nsource-sentence = "string"\n'
    assert load_demo(tmp_path, declared).param_types["initials"].type == "string"
    with pytest.raises(PackLoadError, match="'initials' has no declaration in \\[param-types\\]"):
        load_demo(tmp_path, '[param-types]\nsource-sentence = "string"\n')
    with pytest.raises(PackLoadError, match="'source-sentence' has no declaration"):
        load_demo(tmp_path, '[param-types]\ninitials = "string"\n')
    with pytest.raises(PackLoadError, match="default 'ABC' .*not in the expected form"):
        load_demo(tmp_path, '[param-types]\ninitials = { type = "string", pattern = "^[A-Z]{5}$" }\nsource-sentence = "string"\n')
    with pytest.raises(PackLoadError, match="the type must be one of"):
        load_demo(tmp_path, '[param-types]\ninitials = "text"\nsource-sentence = "string"\n')
    with pytest.raises(PackLoadError, match="declares 'nothing', which is not a parameter"):
        load_demo(tmp_path, '[param-types]\ninitials = "string"\nsource-sentence = "string"\nnothing = "int"\n')


def test_declarations_are_checked_before_any_file_is_read(tmp_path: Path) -> None:
    packs = discover_packs()
    (tmp_path / ".filelint.toml").write_text('[packs.spero]\njoint-letter-deadline-kind = "weekly"\n')
    with pytest.raises(ConfigError, match="joint-letter-deadline-kind: 'weekly' is not one of 'business', 'calendar'"):
        load_config(start=tmp_path).check_pack_params(packs)
