"""Every rule's documented examples run through the rule: a docstring that lies fails the build.

A rule's ``## Example`` section has a ``Fires:`` and a ``Silent:`` paragraph (what
``filelint explain`` prints). Each paragraph holds runnable examples, as pylint runs its
good and bad examples: ``double-backquoted`` text is checked as a plain-text draft, and a
``fixtures/...`` path names a sample filing that is checked as it is (with the settings its
``.expected`` sidecar declares). The rule must report on every "Fires" example and stay silent
on every "Silent" one. Rules the engine itself reports (FL900) and rules whose examples cannot
be written down (a time-out) are listed in NOT_RUNNABLE with the reason.
"""

from __future__ import annotations

import pytest
import regex
from conftest import FIXTURES, ROOT
from expectations import read_expectation
from variant_support import Variant, diagnostics, packs, silent_where_it_ran

NOT_RUNNABLE = {
    "FL900": "reported by the engine when a rule crashes; tests/test_cli.py plants a crashing rule",
    "FL002": "reported by the engine when a file's check outlasts the time limit, outside the rules; "
             "tests/variants/test_variants_core.py runs heavy files under a small timeout",
}
_PARAGRAPH = regex.compile(r"^(?P<kind>Fires|Silent):(?P<body>.*?)(?=^\s*$|^(?:Fires|Silent):|^##|\Z)", regex.MULTILINE | regex.DOTALL)
_LITERAL = regex.compile(r"``(?P<text>.+?)``", regex.DOTALL)
_FIXTURE = regex.compile(r"\bfixtures/[\w./-]+\.(?:pdf|txt|docx)\b")


def _rules():
    return [(pack, rule) for pack in packs() for rule in pack.rules]


def _examples(doc: str) -> list[tuple[str, str, str]]:
    """``(kind, "text"|"fixture", value)`` for every runnable example in a rule's documentation."""
    found = []
    for paragraph in _PARAGRAPH.finditer(doc):
        body = paragraph["body"]
        found += [(paragraph["kind"], "fixture", path) for path in _FIXTURE.findall(body)]
        without_paths = _FIXTURE.sub("", body)
        found += [(paragraph["kind"], "text", " ".join(m["text"].split())) for m in _LITERAL.finditer(without_paths)]
    return found


def _pack_settings(pack) -> dict:
    """Settings under which the rule's pack applies to a draft written in its docstring."""
    settings = {}
    if pack.applies.referral_judge:
        settings["referral-judge"] = pack.applies.referral_judge
    if pack.applies.court:
        settings["court"] = pack.applies.court
    return settings


def _cases():
    cases = []
    for pack, rule in _rules():
        if rule.code in NOT_RUNNABLE:
            continue
        for kind, source, value in _examples(rule.doc):
            cases.append(pytest.param(pack, rule.code, kind, source, value, id=f"{rule.code}-{kind}-{value[:40]}"))
    return cases


def _variant(pack, source: str, value: str) -> Variant:
    if source == "text":
        return Variant(value, config=_pack_settings(pack))
    path = ROOT / value
    expectation = read_expectation(path)
    return Variant(path.read_bytes(), name=path.name, config={**_pack_settings(pack), **expectation.config})


@pytest.mark.parametrize(("pack", "code", "kind", "source", "value"), _cases())
def test_documented_example_behaves_as_documented(pack, code: str, kind: str, source: str, value: str) -> None:
    variant = _variant(pack, source, value)
    if kind == "Fires":
        assert diagnostics(variant, code), f"{code}'s documentation says it fires on {value!r}; it is silent"
    else:
        silent, why = silent_where_it_ran(variant, code)
        assert silent, f"{code}'s documentation says it runs and is silent on {value!r}; {why}"


@pytest.mark.parametrize("code", sorted(rule.code for _, rule in _rules() if rule.code not in NOT_RUNNABLE))
def test_every_rule_documents_a_runnable_example_of_each_kind(code: str) -> None:
    rule = next(rule for _, rule in _rules() if rule.code == code)
    kinds = {kind for kind, _, _ in _examples(rule.doc)}
    assert kinds == {"Fires", "Silent"}, (
        f"{code}: the Example section needs a runnable Fires: and Silent: example "
        "(a ``double-backquoted`` text draft or a fixtures/... path); found {sorted(kinds) or 'none'}")


def test_fixture_paths_in_docs_exist() -> None:
    missing = [(rule.code, path) for _, rule in _rules() for path in _FIXTURE.findall(rule.doc)
               if not (ROOT / path).is_file()]
    assert not missing, missing
    assert FIXTURES.is_dir()
