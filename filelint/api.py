"""The library entry point: check paths, get results. The CLI is a thin layer on this."""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from filelint.config import Config
from filelint.document import Document
from filelint.engine import LintResult, engine_diagnostic, lint
from filelint.readers import read_document
from filelint.registry import Pack, discover_packs
from filelint.suppression import BASELINE_FILE, apply_baseline, read_baseline

CHECKED_SUFFIXES = (".pdf", ".txt")
SKIPPED_FOLDERS = {".git", ".hg", ".svn", ".filelint_cache", "__pycache__", ".venv", "node_modules"}


@dataclass(frozen=True)
class Report:
    """The outcome of one run."""

    results: tuple[LintResult, ...]
    packs: tuple[Pack, ...]
    stale_baseline: tuple[dict, ...] = ()  # baseline entries no finding matched any more

    @property
    def diagnostics(self):
        return [diagnostic for result in self.results for diagnostic in result.diagnostics]

    @property
    def crashed(self) -> bool:
        return any(result.crashed for result in self.results)


def display_path(path: Path | str) -> str:
    """A path as text that can always be printed: undecodable bytes in a name become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def collect_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Files to check, with the path to show: files as given, folders walked for .pdf and .txt."""
    for path in paths:
        if path.is_dir():
            if path.name.lower().endswith(CHECKED_SUFFIXES):
                yield path, display_path(path)  # reported as a folder named like a filing; then searched
            yield from _walk(path)
        else:
            # A file named explicitly is checked whatever it is called, so a missing
            # or mislabelled file gets its own diagnostic rather than vanishing.
            yield path, display_path(path)


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS and not name.startswith("."))
        for name in folders:
            if name.lower().endswith(CHECKED_SUFFIXES):
                yield Path(root) / name, display_path(Path(root) / name)
        for name in sorted(files):
            if name.lower().endswith(CHECKED_SUFFIXES):
                full = Path(root) / name
                yield full, display_path(full)


def check_paths(paths: Iterable[Path], config: Config, packs: list[Pack] | None = None,
                show_secrets: bool = False, use_baseline: bool = True) -> Report:
    """Read every file once, run the packs, return the results in path order."""
    packs = discover_packs() if packs is None else packs
    config.check_pack_params(packs)
    results = [check_file(path, shown, packs, config, show_secrets) for path, shown in collect_files(paths)]
    results.sort(key=lambda result: result.document.path)
    baseline = baseline_path(config, use_baseline)
    if baseline is None:
        return Report(tuple(results), tuple(packs))
    return _apply_baseline(results, packs, read_baseline(baseline))


def baseline_path(config: Config, use_baseline: bool = True) -> Path | None:
    """The baseline in force: configured, or .filelint-baseline.json beside the configuration when it exists."""
    if not use_baseline:
        return None
    if config.baseline is not None:
        return config.baseline if config.baseline.is_absolute() else config.root / config.baseline
    default = config.root / BASELINE_FILE
    return default if default.is_file() else None


def _apply_baseline(results: list[LintResult], packs: list[Pack], entries: list[dict]) -> Report:
    outcome = apply_baseline(entries, [d for result in results for d in result.diagnostics])
    kept = set(map(id, outcome.diagnostics))
    filtered = [replace(result, diagnostics=tuple(d for d in result.diagnostics if id(d) in kept)) for result in results]
    return Report(tuple(filtered), tuple(packs), outcome.stale)


def check_file(path: Path, shown: str, packs: list[Pack], config: Config, show_secrets: bool = False) -> LintResult:
    """Read and check one file within the time limit; running out of time is a finding, not a failure."""
    try:
        with time_limit(config.timeout):
            document = read_document(path, shown, max_pages=config.max_pages)
            return lint(document, packs, config, show_secrets=show_secrets)
    except FileTimeout:
        document = Document(shown, "pdf" if path.suffix.lower() == ".pdf" else "text", 0)
        message = f"Checking the file took longer than {config.timeout:g} seconds, so it was stopped; it was not fully checked."
        return LintResult(document, (engine_diagnostic("FL002", packs, shown, message),), crashed=False)


class FileTimeout(BaseException):
    """Raised by the alarm inside a file's check; a BaseException so no reader or rule can swallow it."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (where the platform has interval timers; else no limit)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
