"""Every fixture produces exactly the diagnostics it declares: no more, no fewer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import FIXTURES
from expectations import fixture_files, read_expectation

from filelint.api import check_paths
from filelint.config import Config, from_table, with_overrides
from filelint.registry import discover_packs

PACKS = discover_packs()
FILES = fixture_files(FIXTURES)


def _config(expectation) -> Config:
    config = from_table(expectation.config, expectation.path) if expectation.config else Config()
    return with_overrides(config, all_chambers_copies=True if "chambers-copy" in expectation.flags else None)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_fixture(path: Path) -> None:
    expectation = read_expectation(path)
    report = check_paths([path], _config(expectation), packs=PACKS)
    found = Counter((d.code, d.page, d.line) for d in report.diagnostics)
    missing = expectation.expected - found
    unexpected = found - expectation.expected
    lines = [f"-missing {item}" for item in sorted(missing.elements(), key=str)]
    lines += [f"+unexpected {item}" for item in sorted(unexpected.elements(), key=str)]
    assert not lines, "\n".join(lines)
    assert not report.crashed


def test_fixtures_exist() -> None:
    assert len(FILES) >= 30, "the fixture generator did not run or its output is missing"
