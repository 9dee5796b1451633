"""A filing's legal facts are derived once per document, in filelint/legal/, and rules only read them."""

from __future__ import annotations

import ast
from collections import Counter

import pytest
from conftest import FIXTURES, ROOT

from filelint.config import Config, from_table
from filelint.engine import lint
from filelint.legal import doctype, facts, hearing, structure, textsearch
from filelint.readers import read_document
from filelint.registry import discover_packs

RULES = ROOT / "rules"
# What only DocumentFacts may call: rules read ctx.facts instead.
DERIVATIONS = {"caption_page", "document_text", "page_roles", "read_roles", "hearing_facts", "title_text",
               "guess_type", "parse_stamp", "counted_pages"}


@pytest.fixture()
def calls(monkeypatch) -> Counter:
    counted: Counter = Counter()

    def counting(module, name):
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            counted[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    for module, name in ((doctype, "caption_page"), (doctype, "title_text"), (doctype, "guess_type"),
                         (structure, "read_roles"), (hearing, "hearing_facts"), (facts, "document_text"),
                         (textsearch, "document_text")):
        counting(module, name)
    return counted


@pytest.mark.parametrize("fixture", ["spero/notice_of_motion_ok.pdf", "ndcal/reply_over_page_limit.pdf",
                                     "spero/joint_letter_ok.pdf"])
def test_each_fact_is_derived_once_per_document_whatever_the_number_of_rules(calls: Counter, fixture: str) -> None:
    document = read_document(FIXTURES / fixture)
    config = from_table({"court": "N.D. Cal.", "referral-judge": "JCS"}, FIXTURES / ".filelint.toml")
    result = lint(document, discover_packs(), config)
    assert len(result.ran) >= 20, "most rules ran, so a fact asked for by many rules was asked for many times"
    for name in ("caption_page", "title_text", "guess_type", "read_roles", "hearing_facts"):
        assert calls[name] <= 1, f"{name} ran {calls[name]} times on one document"
    assert calls["document_text"] <= 3, f"document_text built {calls['document_text']} times (one per band set at most)"


def _imports_and_calls(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield "import", node.module, node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield "import", alias.name, node.lineno
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            yield "call", name, node.lineno


def test_no_rule_pack_imports_another_pack() -> None:
    crossings = []
    for path in RULES.rglob("*.py"):
        pack = path.relative_to(RULES).parts[0]
        for kind, name, line in _imports_and_calls(path):
            parts = name.split(".")
            if kind == "import" and parts[0] == "filelint_rules" and len(parts) > 1 and parts[1] != pack:
                crossings.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not crossings, "\n".join(crossings)


def test_rules_read_facts_instead_of_deriving_them() -> None:
    derived = []
    for path in RULES.rglob("*.py"):
        for kind, name, line in _imports_and_calls(path):
            if kind == "call" and name in DERIVATIONS:
                derived.append(f"{path.relative_to(ROOT)}:{line} calls {name}()")
    assert not derived, "rules must read ctx.facts:\n" + "\n".join(derived)


def test_a_configured_type_wins_over_the_guess() -> None:
    document = read_document(FIXTURES / "spero" / "notice_of_motion_ok.pdf")
    assert facts.DocumentFacts(document).document_type == "motion"
    assert facts.DocumentFacts(document, "declaration").document_type == "declaration"
    assert Config().settings_for("x.pdf").document_type is None
