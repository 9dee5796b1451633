"""The library entry point: check paths, get results. The CLI is a thin layer on this."""

from __future__ import annotations

import gc
import os
import random
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from filelint.cache import DEFAULT_LIMITS, ResultCache, content_digest, file_digest
from filelint.config import Config
from filelint.document import Document
from filelint.engine import LintResult, engine_diagnostic, lint
from filelint.errors import FilelintError
from filelint.readers import kind_of, load, read_bytes, unlisted_folder
from filelint.registry import Pack, discover_packs
from filelint.suppression import BASELINE_FILE, apply_baseline, read_baseline

CHECKED_SUFFIXES = (".pdf", ".txt", ".docx", ".doc")  # .doc: an old binary Word file is reported (FL001), not passed over
WORD_LOCK_PREFIX = "~$"  # Word's owner file beside an open draft (~$draft.docx): a lock, not a draft
SKIPPED_FOLDERS = {".git", ".hg", ".svn", ".filelint_cache", "__pycache__", ".venv", "node_modules"}


@dataclass(frozen=True)
class Report:
    """The outcome of one run."""

    results: tuple[LintResult, ...]
    packs: tuple[Pack, ...]
    stale_baseline: tuple[dict, ...] = ()  # baseline entries no finding matched any more
    config: Config | None = None  # the settings the files were checked under (reports say what was checked)
    checked_at: str | None = None  # when, ISO 8601 with the local offset

    @property
    def diagnostics(self):
        return [diagnostic for result in self.results for diagnostic in result.diagnostics]

    @property
    def crashed(self) -> bool:
        return any(result.crashed for result in self.results)


def display_path(path: Path | str) -> str:
    """A path as text that can always be printed: undecodable bytes in a name become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class NoSuchPath(FilelintError):
    """A path given to check does not exist: a typo, not a damaged filing."""


class NothingToCheck(FilelintError):
    """No filing was found in the paths given: said plainly, never reported as "no problems found"."""


def collect_files(paths: Iterable[Path], unlisted: dict[Path, str] | None = None) -> Iterator[tuple[Path, str]]:
    """Files to check, with the path to show: files as given, folders walked for .pdf, .txt, .docx and .doc.

    A folder that cannot be listed is yielded too, with the reason recorded in ``unlisted``, so that
    it is reported rather than silently contributing nothing. A path that does not exist raises
    :class:`NoSuchPath`.
    """
    for path in paths:
        if not os.path.lexists(path):
            raise NoSuchPath(f"no such file or folder: {display_path(path)}")
    for path in paths:
        if path.is_dir():
            if path.name.lower().endswith(CHECKED_SUFFIXES):
                yield path, display_path(path)  # reported as a folder named like a filing; then searched
            yield from _walk(path, {} if unlisted is None else unlisted)
        else:
            # A file named explicitly is checked whatever it is called, so a dangling link
            # or a mislabelled file gets its own diagnostic rather than vanishing.
            yield path, display_path(path)


def _walk(top: Path, unlisted: dict[Path, str]) -> Iterator[tuple[Path, str]]:
    """Depth-first, in name order, without recursion (a tree thousands of folders deep is walked);
    links to folders are not followed, so a link loop ends."""
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            unlisted[folder] = f"it could not be listed ({error.strerror or type(error).__name__})"
            yield folder, display_path(folder)
            continue
        subfolders = []
        for entry in entries:
            path = folder / entry.name
            is_folder = _is_folder(entry)
            if entry.name.lower().endswith(CHECKED_SUFFIXES) and not entry.name.startswith(WORD_LOCK_PREFIX):
                yield path, display_path(path)  # a folder named like a filing is reported, then searched
            if is_folder and not entry.is_symlink() and entry.name not in SKIPPED_FOLDERS and not entry.name.startswith("."):
                subfolders.append(path)
        pending.extend(reversed(subfolders))


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def check_paths(paths: Iterable[Path], config: Config, packs: list[Pack] | None = None,
                show_secrets: bool = False, use_baseline: bool = True, jobs: int = 1,
                cache_dir: Path | None = None, on_progress: Callable[[int, int], None] | None = None,
                cache_limits: tuple[int, int] = DEFAULT_LIMITS, exiting: bool = False) -> Report:
    """Read every file once, run the packs, return the results in path order.

    ``jobs`` > 1 checks files in that many processes (built-in and installed packs only);
    ``cache_dir`` keeps results keyed by the bytes checked, configuration and code (see filelint.cache).
    ``exiting``: the process ends after this run (the command line), so the last file checked here is not
    followed by a garbage collection, and collection stays off (see _collected_after).
    """
    explicit_packs = packs is not None
    packs = discover_packs() if packs is None else packs
    config.check_pack_params(packs)
    paths = list(paths)
    unlisted: dict[Path, str] = {}
    files = list(collect_files(paths, unlisted))
    if not files:
        where = ", ".join(display_path(path) for path in paths)
        kinds = ", ".join(CHECKED_SUFFIXES[:-1]) + " or " + CHECKED_SUFFIXES[-1]
        raise NothingToCheck(f"no filings found: no {kinds} file in {where}; nothing was checked")
    cache = ResultCache(cache_dir, config, packs, show_secrets, cache_limits) if cache_dir else None
    results: dict[int, LintResult] = {}
    pending = []
    for index, (path, shown) in enumerate(files):
        if path in unlisted:
            results[index] = lint(unlisted_folder(shown, unlisted[path]), packs, config, show_secrets=show_secrets)
            continue
        cached = cache.get(file_digest(path), shown) if cache else None
        if cached is not None:
            results[index] = replace(cached, sha256=file_digest(path))
        else:
            pending.append((index, path, shown))
    done = len(results)
    if on_progress:
        on_progress(done, len(files))
    for index, (result, digest) in _run(pending, packs, config, show_secrets, jobs if not explicit_packs else 1, exiting):
        results[index] = replace(result, sha256=digest)
        if cache:
            cache.put(digest, files[index][1], result)
        done += 1
        if on_progress:
            on_progress(done, len(files))
    if cache:
        cache.prune()
    ordered = sorted(results.values(), key=lambda result: result.document.path)
    baseline = baseline_path(config, use_baseline)
    report = Report(tuple(ordered), tuple(packs)) if baseline is None else _apply_baseline(
        ordered, packs, read_baseline(baseline), config.root)
    return replace(report, config=config, checked_at=_now())


def _now() -> str:
    import datetime as dt

    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _run(pending: list, packs: list[Pack], config: Config, show_secrets: bool,
         jobs: int, exiting: bool = False) -> Iterator[tuple[int, tuple[LintResult, str | None]]]:
    """Check the pending files, in this process or in ``jobs`` worker processes.

    Each result comes with the digest of the bytes it was computed from (None when none were read).
    """
    if jobs <= 1 or len(pending) <= 1:
        for position, (index, path, shown) in enumerate(pending):
            last = exiting and position == len(pending) - 1
            yield index, _check_once(path, shown, packs, config, show_secrets, collect=not last)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=min(jobs, len(pending)), initializer=_start_worker,
                             initargs=(config, show_secrets)) as pool:
        # The largest files first, so that the workers finish together rather than one waiting on a long
        # filing handed out last; results are taken as they finish (the report is sorted by path).
        futures = {pool.submit(_work, path, shown): index for index, path, shown in sorted(pending, key=_largest_first)}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _largest_first(item: tuple) -> int:
    try:
        return -os.stat(item[1]).st_size
    except (OSError, TypeError, ValueError):
        return 0


_WORKER: dict = {}


def _start_worker(config: Config, show_secrets: bool) -> None:
    _WORKER.update(config=config, show_secrets=show_secrets, packs=discover_packs())


def _work(path: Path, shown: str) -> tuple[LintResult, str | None]:
    return _check_once(path, shown, _WORKER["packs"], _WORKER["config"], _WORKER["show_secrets"])


def baseline_path(config: Config, use_baseline: bool = True) -> Path | None:
    """The baseline in force: configured, or .filelint-baseline.json beside the configuration when it exists."""
    if not use_baseline:
        return None
    if config.baseline is not None:
        return config.baseline if config.baseline.is_absolute() else config.root / config.baseline
    default = config.root / BASELINE_FILE
    return default if default.is_file() else None


def _apply_baseline(results: list[LintResult], packs: list[Pack], entries: list[dict], root: Path) -> Report:
    checked = [result.document.path for result in results]
    outcome = apply_baseline(entries, [d for result in results for d in result.diagnostics], root, checked)
    kept = set(map(id, outcome.diagnostics))
    filtered = [replace(result, diagnostics=tuple(d for d in result.diagnostics if id(d) in kept)) for result in results]
    return Report(tuple(filtered), tuple(packs), outcome.stale)


def check_file(path: Path, shown: str, packs: list[Pack], config: Config, show_secrets: bool = False) -> LintResult:
    """Read and check one file within the time limit; running out of time is a finding, not a failure."""
    return _check_read(path, shown, packs, config, show_secrets)[0]


def _check_once(path: Path, shown: str, packs: list[Pack], config: Config,
                show_secrets: bool, collect: bool = True) -> tuple[LintResult, str | None]:
    result, digest = _check_read(path, shown, packs, config, show_secrets, collect)
    return result.slim(), digest


def _check_read(path: Path, shown: str, packs: list[Pack], config: Config,
                show_secrets: bool, collect: bool = True) -> tuple[LintResult, str | None]:
    """The result, and the digest of the bytes it was computed from: the file is read once, and
    those same bytes are hashed and parsed, so an edit made meanwhile cannot be cached as checked."""
    digest = None
    try:
        with time_limit(config.timeout), _collected_after(collect):
            loaded = load(path, shown)
            if isinstance(loaded, Document):
                return lint(loaded, packs, config, show_secrets=show_secrets), None
            digest = content_digest(loaded)
            document = read_bytes(loaded, shown, kind_of(path), config.max_pages, config.pdf_reader)
            return lint(document, packs, config, show_secrets=show_secrets), digest
    except FileTimeout:
        document = Document(shown, "pdf" if path.suffix.lower() == ".pdf" else "text", 0)
        message = f"Checking the file took longer than {config.timeout:g} seconds, so it was stopped; it was not fully checked."
        return LintResult(document, (engine_diagnostic("FL002", packs, shown, message),), crashed=False), digest


@contextmanager
def _collected_after(collect: bool = True) -> Iterator[None]:
    """No cyclic garbage collection while one file is read and checked, one collection after it: the reader
    makes hundreds of thousands of small objects, and the collector's passes over them cost 5-9% of a long
    file's check (the 391-page corpus report: 6.5 s -> 6.0 s) for no memory saved (145 MB peak either way).

    Without ``collect`` (the last file of a process that then ends) collection stays off: switched back on,
    the collector would pass over the file's objects at the next allocation anyway (~10 ms of a 20-page brief)."""
    if not gc.isenabled():
        yield
        return
    gc.freeze()  # what was alive before the file (modules, packs, patterns) is left out of the collection after it
    gc.disable()
    try:
        yield
    finally:
        if collect:
            gc.enable()
            gc.collect()  # a 20-page brief: 68-78 ms when it scanned the start-up's objects too, 21-35 ms without them
            gc.unfreeze()


class FileTimeout(BaseException):
    """Raised by the alarm inside a file's check; a BaseException so no reader or rule can swallow it."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (where the platform has interval timers; else no limit)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    state = {"expired": False, "done": False}

    def on_alarm(signum, frame):
        if state["done"]:
            return
        state["expired"] = True
        raise FileTimeout()

    def unraisable(report) -> None:
        """An alarm that landed in a finaliser (__del__, a weakref callback), where Python drops the exception:
        not a traceback for the user, and the alarm rings again soon, after a varying pause, so that it cannot
        fall into step with a loop whose finalisers it keeps cutting short. Only then: an alarm that stopped the
        file rings once, and nothing interrupts the clean-up after it."""
        if not isinstance(report.exc_value, FileTimeout):
            previous_hook(report)
        elif not state["done"]:
            signal.setitimer(signal.ITIMER_REAL, random.uniform(*ALARM_AGAIN))

    previous, previous_hook = signal.signal(signal.SIGALRM, on_alarm), sys.unraisablehook
    sys.unraisablehook = unraisable
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _disarm(state, previous, previous_hook)
    if state["expired"]:  # every alarm came inside finalisers: still out of time
        raise FileTimeout()


ALARM_AGAIN = (0.005, 0.05)  # seconds: how soon an alarm that a finaliser swallowed rings again


def _disarm(state: dict, previous_handler: Any, previous_hook: Any) -> None:
    """Stop the alarm and put back what it replaced; an alarm ringing meanwhile (its repeat, during the unwinding)
    interrupts this too, so it starts again until it has run through, and from then on the alarm stays silent."""
    while True:
        try:
            state["done"] = True
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
            sys.unraisablehook = previous_hook
            return
        except FileTimeout:
            continue
