"""The library entry point: check paths, get results. The CLI is a thin layer on this."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from filelint.config import Config
from filelint.engine import LintResult, lint
from filelint.readers import read_document
from filelint.registry import Pack, discover_packs

CHECKED_SUFFIXES = (".pdf", ".txt")
SKIPPED_FOLDERS = {".git", ".hg", ".svn", ".filelint_cache", "__pycache__", ".venv", "node_modules"}


@dataclass(frozen=True)
class Report:
    """The outcome of one run."""

    results: tuple[LintResult, ...]
    packs: tuple[Pack, ...]

    @property
    def diagnostics(self):
        return [diagnostic for result in self.results for diagnostic in result.diagnostics]

    @property
    def crashed(self) -> bool:
        return any(result.crashed for result in self.results)


def collect_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Files to check, with the path to show: files as given, folders walked for .pdf and .txt."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            # A file named explicitly is checked whatever it is called, so a missing
            # or mislabelled file gets its own diagnostic rather than vanishing.
            yield path, str(path)


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS and not name.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(CHECKED_SUFFIXES):
                full = Path(root) / name
                yield full, str(full)


def check_paths(paths: Iterable[Path], config: Config, packs: list[Pack] | None = None,
                show_secrets: bool = False) -> Report:
    """Read every file once, run the packs, return the results in path order."""
    packs = discover_packs() if packs is None else packs
    config.check_pack_params(packs)
    results = []
    for path, shown in collect_files(paths):
        document = read_document(path, shown)
        results.append(lint(document, packs, config, show_secrets=show_secrets))
    results.sort(key=lambda result: result.document.path)
    return Report(tuple(results), tuple(packs))
