"""Configuration discovery and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from filelint.config import DEFAULT_CHAMBERS_COPY, Config, load_config, with_overrides
from filelint.errors import ConfigError


def test_nearest_config_wins_and_pyproject_needs_its_table(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text('select = ["JCS"]\n')
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no [tool.filelint]: skipped
    assert load_config(start=inner).select == ("JCS",)
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.filelint]\nignore = ["JCS003"]\n')
    config = load_config(start=inner)
    assert config.ignore == ("JCS003",) and config.select == ()


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    assert load_config(start=tmp_path) == Config(root=load_config(start=tmp_path).root)


@pytest.mark.parametrize("body, key", [
    ('select = "JCS"\nextra = 1\n', "extra"),
    ('select = [1]\n', "select"),
    ('ignore = ["jcs 001"]\n', "ignore"),  # lower case is fine (selectors ignore case); a space is not
    ('case-number = "not a number"\n', "case-number"),
    ('referral-judge = "J"\n', "referral-judge"),
    ('[per-file-ignores]\n"*.pdf" = ["bad code"]\n', "per-file-ignores.*.pdf"),
])
def test_bad_keys_and_values_name_the_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / ".filelint.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as error:
        load_config(start=tmp_path)
    assert str(error.value).startswith(f"{path}: {key}: ")


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")


def test_selection_and_chambers_copy_names(tmp_path: Path) -> None:
    config = with_overrides(Config(root=tmp_path), select="JCS,PDF", ignore="JCS003")
    assert config.enabled("JCS001", "x.pdf") and not config.enabled("JCS003", "x.pdf")
    assert not config.enabled("FL001", "x.pdf")
    assert Config().chambers_copy == DEFAULT_CHAMBERS_COPY
    assert Config().settings_for("drafts/Motion - Chambers Copy.pdf").chambers_copy
    assert Config().settings_for("drafts/copy_for_chambers.txt").chambers_copy
    assert not Config().settings_for("drafts/motion.pdf").chambers_copy


def test_pack_parameters_are_checked_against_the_installed_packs(tmp_path: Path) -> None:
    from filelint.registry import discover_packs

    packs = discover_packs()
    good = tmp_path / "good.toml"
    good.write_text('[packs.ndcal]\nera = "2007"\npage-limits = { reply = 20 }\n')
    config = load_config(good)
    config.check_pack_params(packs)
    assert config.params_for("ndcal") == {"era": "2007", "page-limits": {"reply": 20}}  # the overrides alone
    for body, message in (
        ('[packs.nocal]\nera = "2007"\n', "packs.nocal: no installed pack is called 'nocal'"),
        ('[packs.ndcal]\neras = "2007"\n', "packs.ndcal.eras: pack 'ndcal' has no parameter 'eras'"),
        ('[packs.ndcal]\nera = 2007\n', "packs.ndcal.era: 2007 is not one of '2007', 'current'"),
        ('[packs.ndcal]\nera = "1999"\n', "packs.ndcal.era: '1999' is not one of '2007', 'current'"),
        ('[packs.spero]\njoint-letter-deadline-days = "five"\n', "packs.spero.joint-letter-deadline-days: 'five' is not a whole number"),
    ):
        bad = tmp_path / "bad.toml"
        bad.write_text(body)
        with pytest.raises(ConfigError) as error:
            load_config(bad).check_pack_params(packs)
        assert message in str(error.value)


def test_court_setting_applies_the_court_pack_to_any_filing(tmp_path: Path) -> None:
    from filelint.api import check_paths

    draft = tmp_path / "draft.txt"
    draft.write_text("PLAINTIFF'S MOTION TO COMPEL\nPlaintiff moves to compel.\n")
    plain = check_paths([draft], Config(root=tmp_path))
    assert not [d for d in plain.diagnostics if d.code.startswith("LR")]
    configured = check_paths([draft], with_overrides(Config(root=tmp_path), court="N.D. Cal."))
    assert {"LR001", "LR002"} <= {d.code for d in configured.diagnostics}


def test_the_readme_configuration_example_is_valid(tmp_path: Path) -> None:
    import re

    from conftest import ROOT

    from filelint.registry import discover_packs

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### Configuration", 1)[1]
    example = re.search(r"```toml\n(.*?)```", section, re.S)[1]
    (tmp_path / ".filelint.toml").write_text(example)
    config = load_config(start=tmp_path)
    config.check_pack_params(discover_packs())
    assert config.court == "N.D. Cal." and config.referral_judge == "JCS"
