"""Read the expectations a fixture declares (``#:`` lines; see fixtures/make_fixtures.py)."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

EXPECT = regex.compile(r"^#:\s*expect\s+(?P<code>[A-Z]+\d{3})(?:@p(?P<page>\d+)(?::L(?P<line>\d+))?)?\s*$")


@dataclass
class Expectation:
    """What one fixture must produce, and how to check it."""

    path: Path
    expected: Counter = field(default_factory=Counter)
    okay: bool = False
    config: dict = field(default_factory=dict)
    flags: set = field(default_factory=set)
    silent_for: set = field(default_factory=set)


def header_lines(path: Path) -> list[str]:
    """The ``#:`` lines: from a sidecar for PDFs and binary files, else the file's top."""
    sidecar = Path(f"{path}.expected")
    source = sidecar if sidecar.exists() else path
    lines = []
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith("#:"):
            break
        lines.append(line)
    return lines


def read_expectation(path: Path) -> Expectation:
    result = Expectation(path)
    config_lines = []
    for line in header_lines(path):
        body = line[2:].strip()
        if match := EXPECT.match(line):
            page = int(match["page"]) if match["page"] else None
            number = int(match["line"]) if match["line"] else None
            result.expected[(match["code"], page, number)] += 1
        elif body == "okay":
            result.okay = True
        elif body.startswith("config "):
            config_lines.append(body.removeprefix("config "))
        elif body.startswith("flag "):
            result.flags.add(body.removeprefix("flag ").strip())
        elif body.startswith("silent "):
            result.silent_for.update(body.removeprefix("silent ").split())
        else:
            raise ValueError(f"{path}: unknown expectation line {line!r}")
    result.config = tomllib.loads("\n".join(config_lines))
    if result.okay == bool(result.expected):
        raise ValueError(f"{path}: declare either '#: okay' or '#: expect' lines, not both or neither")
    return result


def fixture_files(root: Path) -> list[Path]:
    """Every fixture that declares expectations."""
    files = [p for p in root.rglob("*") if p.suffix in (".pdf", ".txt", ".docx") and p.is_file()]
    return sorted(p for p in files if header_lines(p))
