"""Judges as data (issue 12): a judge's pack is TOML only, the shared logic holds no judge's words,
the caption's initials choose the judge, and the edition in force on the filing date decides.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import regex
from variant_support import packs

from filelint.config import from_table
from filelint.engine import lint
from filelint.readers import read_bytes
from filelint.registry import load_pack_module

ROOT = Path(__file__).resolve().parents[1]
# An invented judge: Magistrate Judge Ada Quill ("AQ"), motions on Tuesdays at 10:00 a.m.
INVENTED = '''
id = "quill"
title = "Magistrate Judge Ada Quill: Standing Order"
judge = "Ada Quill"
[applies]
referral-judge = "AQ"
text = ['[(]AQ[)]']
[params]
initials = "AQ"
judge-title = "Magistrate Judge Ada Quill"
law-and-motion-day = "Tuesday"
law-and-motion-time = "10:00 a.m."
edition = "in-force"
[param-types]
initials = "string"
judge-title = "string"
law-and-motion-day = { type = "choice", choices = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] }
law-and-motion-time = "string"
edition = { type = "choice", choices = ["in-force", "2020-01-01", "2024-01-01"] }
source-sentence = "string"
[[editions]]
name = "2020-01-01"
effective = 2020-01-01
title = "Standing Order (2020)"
params = { law-and-motion-day = "Monday" }
[editions.rules.AQ001]
source-sentence = "Civil motions are heard on Mondays at 10:00 a.m."
[[editions]]
name = "2024-01-01"
effective = 2024-01-01
title = "Standing Order (2024)"
[editions.rules.AQ001]
source-sentence = "Civil motions are heard on Tuesdays at 10:00 a.m."
[[rules]]
code = "AQ001"
logic = "filelint_rules.standing_order.hearing_not_on_law_and_motion_calendar"
citation = "Standing Order for Magistrate Judge Ada Quill"
[rules.examples]
fires = "``x``"
silent = "``y``"
'''
LOGIC = ROOT / "rules" / "standing_order"
JUDGES_WORDS = ("Spero", "JCS", "Beeler", "LB", "Kim", "SK", "Corley", "JSC", "Quill")


def motion(number: str, date: str, time: str = "10:00 a.m.") -> str:
    return (f"ALVAREZ, Plaintiff, v. PACIFIC GAS AND ELECTRIC COMPANY, Defendant. ) Case No. {number} ) "
            f"NOTICE OF MOTION AND MOTION TO COMPEL ) Date: {date} ) Time: {time}\n")


def codes(text: str, config: dict | None = None, extra=(), filed_on: dt.date | None = None) -> list[str]:
    document = read_bytes(text.encode(), "draft.txt", "text")
    settings = replace(from_table(config or {}, ROOT / "filelint.toml"), filed_on=filed_on)  # as --filed-on sets it
    result = lint(document, [*packs(), *extra], settings)
    return [d.code for d in result.diagnostics]


@pytest.fixture(scope="module")
def quill(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs") / "quill_pack"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "pack.toml").write_text(INVENTED)
    sys.path.insert(0, str(folder.parent))
    try:
        yield load_pack_module(importlib.import_module("quill_pack"), origin="test")
    finally:
        sys.path.remove(str(folder.parent))


def test_an_invented_judges_toml_pack_fires_and_stays_silent_through_the_shared_logic(quill) -> None:
    tuesday, thursday = "Tuesday, March 5, 2024", "Thursday, March 7, 2024"
    assert "AQ001" in codes(motion("3:24-cv-01234-WHA (AQ)", thursday), extra=[quill])
    assert "AQ001" not in codes(motion("3:24-cv-01234-WHA (AQ)", tuesday), extra=[quill])
    assert "AQ001" in codes(motion("3:24-cv-01234-WHA (AQ)", tuesday, "9:30 a.m."), extra=[quill])
    # Another judge's caption: never this judge's finding.
    assert "AQ001" not in codes(motion("3:24-cv-01234-WHA (JSC)", thursday), extra=[quill])


def test_the_edition_in_force_on_the_filing_date_decides(quill) -> None:
    monday = motion("3:24-cv-01234-WHA (AQ)", "Monday, March 4, 2024")
    assert "AQ001" in codes(monday, extra=[quill])  # today: the 2024 edition, Tuesdays
    assert "AQ001" not in codes(monday, extra=[quill], filed_on=dt.date(2021, 6, 1))  # the 2020 edition, Mondays
    assert quill.edition_in_force(None).name == "2024-01-01"
    assert quill.edition_in_force(None, "2020-01-01").name == "2020-01-01"


def test_configuration_pins_an_edition_and_rejects_an_unknown_one() -> None:
    eleven = motion("3:23-cv-06259-VC (LB)", "Thursday, May 2, 2024", "11:00 a.m.")
    assert "LB001" in codes(eleven)  # today's edition: 9:30 a.m.
    assert "LB001" not in codes(eleven, {"packs": {"beeler": {"edition": "2012-01-12"}}})
    config = from_table({"packs": {"beeler": {"edition": "1999-01-01"}}}, ROOT / "filelint.toml")
    with pytest.raises(Exception, match="1999-01-01"):
        config.check_pack_params(packs())


@pytest.mark.parametrize(("initials", "own", "other"), [("JSC", "JSC001", "JCS007"), ("JCS", "JCS007", "JSC001"),
                                                        ("LB", "LB001", "JCS007"), ("SK", "SK001", "JSC001")])
def test_a_filing_before_one_judge_gets_only_that_judges_findings(initials: str, own: str, other: str) -> None:
    found = codes(motion(f"3:14-cv-02121-WHA ({initials})", "Saturday, March 7, 2015"))
    assert own in found
    assert other not in found
    prefixes = {"JSC": "JSC", "JCS": "JCS", "LB": "LB", "SK": "SK"}
    assert not [code for code in found if code[:2] in ("JC", "JS", "LB", "SK") and not code.startswith(prefixes[initials])]


def test_the_new_judges_packs_are_toml_only() -> None:
    for judge in ("beeler", "kim", "corley"):
        files = sorted(path.name for path in (ROOT / "rules" / judge).iterdir() if path.name != "__pycache__")
        assert files == ["__init__.py", "pack.toml"]
        assert "def " not in (ROOT / "rules" / judge / "__init__.py").read_text()


def test_every_edition_of_the_new_packs_says_when_and_where_it_was_found() -> None:
    for pack in packs():
        if pack.id in ("beeler", "kim", "corley"):
            assert pack.editions
            for edition in pack.editions:
                assert edition.found and edition.url.startswith("http") and edition.effective
                for code in edition.rules or {}:
                    assert edition.params_for(code)["source-sentence"]


def _logic_modules() -> list[Path]:
    legal = ROOT / "filelint" / "legal"
    return sorted(LOGIC.glob("*.py")) + [legal / f"{name}.py" for name in ("parties", "times", "casenumber", "hearing", "doctype")]


def _judges_words(text: str) -> list[str]:
    return regex.findall(r"\b(?:" + "|".join(JUDGES_WORDS) + r")\b", text)


def test_the_shared_logic_prints_and_matches_no_judges_words() -> None:
    found = []
    for path in _logic_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        documented = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        docs = {id(node.body[0].value) for node in ast.walk(tree)
                if isinstance(node, documented) and ast.get_docstring(node, clean=False) is not None}
        found += [(path.name, node.lineno, _judges_words(node.value)) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                  and _judges_words(node.value)]
    assert not found, found


def test_the_shared_logic_documentation_names_no_judge() -> None:
    found = [(path.name, _judges_words(path.read_text(encoding="utf-8"))) for path in _logic_modules()]
    assert not [item for item in found if item[1]], found


def _ran(text: str, config: dict | None = None) -> tuple[set[str], list[str]]:
    document = read_bytes(text.encode(), "letter.txt", "text")
    result = lint(document, packs(), from_table(config or {}, ROOT / "filelint.toml"))
    return set(result.ran), [d.code for d in result.diagnostics]


LETTER = ("Re: Alvarez v. Pacific Gas and Electric Company, No. 3:14-cv-02121-WHA ({initials})\n\nDear Judge {surname}:\n\n"
          "The parties submit this joint letter. Counsel spoke by telephone on March 2, 2015.\n"
          "PLAINTIFF'S POSITION: the interrogatory is proper.\n")


def test_a_joint_letter_to_judge_corley_gets_none_of_judge_speros_rules_and_the_reverse() -> None:
    ran, found = _ran(LETTER.format(initials="JSC", surname="Corley"))
    assert not [code for code in ran | set(found) if code.startswith("JCS")], (ran, found)
    ran, found = _ran(LETTER.format(initials="JCS", surname="Spero"))
    assert {"JCS004", "JCS005"} <= set(found)  # no compromise, no in-person meeting: his order's rules ran
    assert not [code for code in ran | set(found) if code.startswith("JSC")], (ran, found)


def test_judges_lists_the_installed_judges_editions_and_sources() -> None:
    from conftest import run_cli

    result = run_cli("judges")
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    for expected in ("LB Laurel Beeler", "SK Sallie Kim", "JSC Jacqueline Scott Corley", "JCS Joseph C. Spero",
                     "2023-11-16", "Last revised November 16, 2023", "docs.justia.com", "2013-10-01", "2007-07-30"):
        assert expected in out, expected


def test_explain_quotes_each_editions_sentence_with_its_date_and_place() -> None:
    from conftest import run_cli

    out = " ".join(run_cli("explain", "LB001").stdout.split())
    assert "Edition 2012-01-12 (effective January 12, 2012)" in out
    assert "“The civil motions calendar is on the first and third Thursdays of the month at 11 a.m.”" in out
    assert "Edition 2023-11-16" in out and "Willson v. Creighton Capital Management" in out
    assert "Beeler" in out and "Spero" not in out  # the judge's examples, from her pack


def test_referral_judge_accepts_any_installed_judges_initials_and_refuses_others() -> None:
    for initials in ("LB", "SK", "JSC", "JCS"):
        from_table({"referral-judge": initials}, ROOT / "filelint.toml").check_pack_params(packs())
    with pytest.raises(Exception, match="DMR"):
        from_table({"referral-judge": "DMR"}, ROOT / "filelint.toml").check_pack_params(packs())
