"""Confidential numbers found in a filing never appear in full in any output format."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, run_cli

PRIVATE = FIXTURES / "privacy" / "declaration_with_personal_data"
FULL_VALUES = ["123-45-6789", "12-3456789", "03/14/1979", "004417823391", "4532 0151 1283 0366"]
LAST_FOUR = ["6789", "1979", "3391", "0366"]


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_every_format_masks_what_the_privacy_rules_find(suffix: str, output_format: str) -> None:
    result = run_cli("check", "--format", output_format, str(PRIVATE.with_suffix(suffix)))
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "FR001" in output and "FR004" in output
    for value in FULL_VALUES:
        assert value not in output, f"{value} leaked in {output_format}"
    for tail in LAST_FOUR:
        assert tail in output, "the last four characters stay, so the filer can find the number"


def test_excerpts_of_other_rules_are_masked_too() -> None:
    payload = json.loads(run_cli("check", "--format", "json", str(PRIVATE.with_suffix(".txt"))).stdout)
    excerpts = " ".join(d["excerpt"] or "" for d in payload["diagnostics"])
    assert "XXX-XX-6789" in excerpts and "123-45-6789" not in excerpts
    dob_line = [d for d in payload["diagnostics"] if d["code"] == "FR002"][0]
    assert "XX-XXX6789" in dob_line["excerpt"], "the EIN on the birth date's line is masked in that excerpt as well"


def test_show_secrets_prints_them_on_request() -> None:
    result = run_cli("check", "--show-secrets", str(PRIVATE.with_suffix(".txt")))
    assert "123-45-6789" in result.stdout and "004417823391" in result.stdout
