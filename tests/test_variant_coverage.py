"""Every rule has a variant table: eight ways real filings trip it and eight ways they do not.

The tables live in tests/variants/test_variants_<pack>.py (see tests/variant_support.py); each
module's own tests run its variants through the rule. This test only counts them, so a rule
added without its table fails the build.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path

import pytest
from variant_support import packs, silent_where_it_ran

MINIMUM = 8
TABLES = Path(__file__).parent / "variants"
# Rules no filing text can trigger: the engine reports them itself.
EXEMPT = {"FL900": "reported by the engine when a rule crashes (tests/test_cli.py plants one)"}


def _tables() -> tuple[dict[str, list], dict[str, list]]:
    fires: dict[str, list] = defaultdict(list)
    silent: dict[str, list] = defaultdict(list)
    for path in sorted(TABLES.glob("test_variants_*.py")):
        spec = importlib.util.spec_from_file_location(f"_variant_table_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for code, variants in getattr(module, "FIRES", {}).items():
            fires[code] += list(variants)
        for code, variants in getattr(module, "SILENT", {}).items():
            silent[code] += list(variants)
    return fires, silent


@pytest.mark.parametrize("code", sorted(rule.code for pack in packs() for rule in pack.rules if rule.code not in EXEMPT))
def test_rule_has_a_variant_table(code: str) -> None:
    fires, silent = _tables_once()
    assert len(fires.get(code, ())) >= MINIMUM and len(silent.get(code, ())) >= MINIMUM, (
        f"{code} has {len(fires.get(code, ()))} firing and {len(silent.get(code, ()))} silent variants; "
        f"each needs at least {MINIMUM} written the way real filings phrase it")
    # A silent variant the rule never saw (its pack did not apply, the text is no filing) tests
    # applicability, not wording: at least MINIMUM must be read by the rule and pass it.
    seen = [variant for variant in silent[code] if silent_where_it_ran(variant, code)[0]]
    assert len(seen) >= MINIMUM, (
        f"{code}: only {len(seen)} of its {len(silent[code])} silent variants are read by the rule and pass "
        f"(the others never reach it); it needs {MINIMUM}")


_CACHE: list = []


def _tables_once():
    if not _CACHE:
        _CACHE.append(_tables())
    return _CACHE[0]
