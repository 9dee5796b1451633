"""The committed fixtures are exactly what the committed generator builds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES


def test_generator_rebuilds_the_committed_fixtures_byte_for_byte(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator  # dataclasses look their module up here
    spec.loader.exec_module(generator)
    if not (generator.FONT_DIR / "DejaVuSerifCondensed.ttf").exists():
        reason = f"DejaVu Serif Condensed not found in {generator.FONT_DIR} (Debian package fonts-dejavu-extra)"
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    generator.build(tmp_path)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*")
                       if p.is_file() and p.name not in ("make_fixtures.py", "make_docx_fixtures.py")
                       and "__pycache__" not in p.parts and p.relative_to(FIXTURES).parts[0] != "word")  # word/: make_docx_fixtures.py
    assert built == committed
    changed = [str(p) for p in built if (tmp_path / p).read_bytes() != (FIXTURES / p).read_bytes()]
    assert not changed, f"fixtures differ from the generator's output: {changed}"
