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


# Issue 11: each way filing text reaches the output in another shape than the secret was found in.
LEAKY_DRAFT = (
    "Plaintiff was born on March  15, 1972 in Dayton, Ohio.\n"          # excerpt collapses the double space
    "She was born on June 3,\n1981, according to the record.\n"          # a birth date split by a line break
    "A very long sentence of the declaration that runs on and on until the cut falls inside, SSN 287-65-4329 there.\n"
    "filelint: ignore[518 42 7730]\n"                                    # FL007 quotes the bracket
    "Plaintiff's social security number is 518 42 7730.\n"
    "Reference: 612-48-\u200b9057 per the exhibit.\n"                  # FL003 shows the line with a box
)
LEAKS = [  # full or partial secrets in any spacing, separators or invisible characters between the digits
    r"March\W{0,4}15", r"June\W{0,4}3\W{0,4}1981", r"287\W{0,4}65\W{0,4}4", r"518\W{0,4}42\W{0,4}7730",
    r"612\W{0,6}48\W{0,6}9057", r"612\W{0,6}48",
]
FORMATS = ["text", "concise", "json", "sarif", "github", "junit", "html"]


def leaks(output: str) -> list[str]:
    import re

    return [pattern for pattern in LEAKS if re.search(pattern, output)]


@pytest.mark.parametrize("output_format", FORMATS)
def test_secrets_are_masked_however_the_output_reshapes_the_text(tmp_path, output_format: str) -> None:
    draft = tmp_path / "declaration.txt"
    draft.write_text(LEAKY_DRAFT, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", output_format, "declaration.txt", cwd=tmp_path)
    output = result.stdout + result.stderr
    assert "FR001" in output or output_format == "junit" and "FR001" in output.replace("type=", ""), output[:2000]
    assert "4329" in output and "7730" in output, "the last four digits stay, so the filer can find the number"
    assert leaks(output) == [], output


def test_the_cache_holds_only_masked_text(tmp_path) -> None:
    draft = tmp_path / "declaration.txt"
    draft.write_text(LEAKY_DRAFT, encoding="utf-8")
    env = {"FILELINT_CACHE_DIR": str(tmp_path / "cache"), "XDG_CACHE_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}
    for _ in range(2):  # the second run reads the cache
        result = run_cli("check", "--format", "json", "declaration.txt", cwd=tmp_path, env=env)
        assert "FR001" in result.stdout and leaks(result.stdout) == []
    stored = [path for path in tmp_path.rglob("*") if path.is_file() and path != draft]
    assert stored, "the run cached its results somewhere under the test's folder"
    for path in stored:
        assert leaks(path.read_bytes().decode("utf-8", "replace")) == [], path


def test_a_secret_cut_by_an_excerpt_is_masked_as_far_as_it_goes() -> None:
    from filelint.diagnostic import Secret
    from filelint.engine import mask

    secret = (Secret("287-65-4329"),)
    assert mask("… SSN 287-65-4…", secret) == "… SSN XXX-XX-4…"  # the 4 is one of the last four
    assert mask("… SSN 287-6…", secret) == "… SSN XXX-X…"
    assert mask("SSN 287-65-", secret) == "SSN XXX-XX-"  # the rest is on the next line
    assert mask("65-4329 is hers", secret) == "XX-4329 is hers"  # the start was on the line before
    assert mask("SSN 287 - 65 -\u200b4329", secret) == "SSN XXX - XX -\u200b4329"
    assert mask("Docket 12287-65 and 287 tomorrow", secret) == "Docket 12287-65 and 287 tomorrow"
