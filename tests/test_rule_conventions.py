"""Meta-tests that keep the rule catalogue honest as it grows."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
import regex
from conftest import FIXTURES, ROOT
from expectations import fixture_files, read_expectation

from filelint.registry import all_rules, discover_packs
from filelint.rule import CODE_PATTERN, DOC_HEADINGS, NAME_PATTERN

PACKS = discover_packs()
RULES = all_rules(PACKS)
EXPECTATIONS = [read_expectation(path) for path in fixture_files(FIXTURES)]


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_identity_and_documentation(rule) -> None:
    assert regex.match(CODE_PATTERN, rule.code)
    assert regex.match(NAME_PATTERN, rule.name)
    assert rule.citation.strip() and rule.fix.strip()
    for heading in DOC_HEADINGS:
        assert f"## {heading}" in rule.doc, f"{rule.code} docstring lacks '## {heading}'"
    summary = rule.doc.splitlines()[0]
    assert summary and not summary.startswith("#"), "the docstring opens with a one-line summary"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_module_is_named_after_its_rule(rule) -> None:
    if rule.check is None:
        return  # reported by the engine; documented by its module all the same
    module = importlib.import_module(rule.check.__module__)
    assert Path(module.__file__).stem == rule.name.replace("-", "_")


def test_codes_and_names_are_unique() -> None:
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))
    names = {}
    for rule in RULES:
        assert names.setdefault(rule.name, rule.check) is rule.check, f"two logics share the name {rule.name}"


def test_every_pack_names_its_sources() -> None:
    for pack in PACKS:
        assert pack.sources and all(source.title and source.date for source in pack.sources), pack.id


@pytest.fixture(scope="module")
def rules_run_on_near_misses() -> dict[str, set[str]]:
    """For each fixture that declares near misses, the codes of the rules that actually ran on it."""
    from test_fixtures import _config  # the settings each fixture declares, as its own test uses them

    from filelint.api import check_paths

    ran = {}
    for expectation in EXPECTATIONS:
        if expectation.silent_for:
            report = check_paths([expectation.path], _config(expectation), packs=PACKS)
            ran[expectation.path.name] = {code for result in report.results for code in result.ran}
    return ran


@pytest.mark.parametrize("rule", [r for r in RULES if r.check is not None], ids=lambda r: r.code)
def test_every_rule_has_a_firing_fixture_and_a_near_miss(rule, rules_run_on_near_misses) -> None:
    """A near miss counts only where the rule ran: declaring a code silent where it cannot fire proves nothing."""
    fires = [e.path.name for e in EXPECTATIONS if any(code == rule.code for code, _, _ in e.expected)]
    declared = [e.path.name for e in EXPECTATIONS if rule.code in e.silent_for]
    silent = [name for name in declared if rule.code in rules_run_on_near_misses[name]]
    assert fires, f"no fixture makes {rule.code} fire"
    assert silent, f"no near-miss fixture on which {rule.code} runs declares '#: silent {rule.code}' (declared on {declared})"



def test_rules_never_open_files_print_or_use_rich() -> None:
    forbidden = {"open", "print"}
    for source in (ROOT / "rules").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in forbidden, f"{source}: calls {node.func.id}()"
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [alias.name for alias in node.names] + [getattr(node, "module", "") or ""]
                assert not any(m.split(".")[0] in ("rich", "typer", "pypdf") for m in modules), f"{source} imports {modules}"


def test_only_the_pdf_reader_imports_pypdf_and_only_the_edge_imports_rich() -> None:
    for source in (ROOT / "filelint").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        relative = source.relative_to(ROOT).as_posix()
        if regex.search(r"^\s*(from|import) pypdf\b", text, regex.MULTILINE):
            assert regex.fullmatch(r"filelint/readers/pdf\w*\.py|filelint/stamping\.py", relative), relative
        if regex.search(r"^\s*(from|import) (rich|typer)", text, regex.MULTILINE):
            assert regex.fullmatch(r"filelint/cli(_\w+)?\.py", relative) or relative.startswith("filelint/output/"), relative
