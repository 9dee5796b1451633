"""Archive scale: ``filelint check --scheduler ...`` checks files as tasks of a Dask cluster (issue 15, part 4).

dask.distributed is the engine (pip install 'filelint[dask]'): it places tasks, retries a dead worker's tasks on
another and shows them in its dashboard; filelint adds no scheduler of its own. Each file is one task named
``filelint-check-<n>`` that runs the same single-file check as ``check`` and ``-j`` (filelint.api._check_once).
The only shared state is the results file, which the client alone writes as tasks finish
(``distributed.as_completed``), one JSON line per file, first result per path kept (a retried file counts once).

This module is imported only when --scheduler is given: the core install never imports dask.
"""

from __future__ import annotations

import ctypes
import itertools
import json
import math
import os
import random
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelint.errors import FilelintError

INSTALL_HINT = "pip install 'filelint[dask]'"
TASK_PREFIX = "filelint-check-"  # the dashboard groups tasks by this prefix (filelint-check-<n>-<run>)


class DaskMissing(FilelintError):
    """--scheduler was given but dask.distributed is not installed."""


def require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise DaskMissing(f"--scheduler needs dask.distributed, which is not installed: {INSTALL_HINT}") from error


# ---------------------------------------------------------------- the paths to check

def has_scheme(name: str) -> bool:
    """A URL (s3://, https://, file://...) rather than a local path."""
    head, sep, _ = name.partition("://")
    return bool(sep) and head.isascii() and head.replace("+", "").isalnum() and len(head) > 1


def read_manifest(manifest: str) -> list[str]:
    """The paths or URLs listed in a manifest, one a line; blank lines and '#' comments are passed over.
    A manifest on shared storage named by URL is read through fsspec, a local one with open()."""
    try:
        if has_scheme(manifest):
            import fsspec

            with fsspec.open(manifest, "rt", encoding="utf-8") as handle:
                text = handle.read()
        else:
            text = Path(manifest).read_text(encoding="utf-8")
    except (OSError, ValueError, ImportError) as error:
        raise FilelintError(f"--manifest {manifest}: it could not be read ({error})") from error
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def files_to_check(paths: Iterable[Path], manifest: str | None) -> list[str]:
    """Local files as ``check`` finds them (folders walked), then the manifest's entries, each once, in order."""
    from filelint.api import collect_files

    names: list[str] = []
    given = list(paths)
    if given:
        names += [str(path) for path, _ in collect_files(given)]
    if manifest:
        names += read_manifest(manifest)
    return list(dict.fromkeys(names))


# ---------------------------------------------------------------- on the worker

class _Worker:
    """Per worker process: the packs are discovered once, not once per file."""

    packs = None


def _packs():
    from filelint.registry import discover_packs

    if _Worker.packs is None:
        _Worker.packs = discover_packs()
    return _Worker.packs


@contextmanager
def thread_time_limit(seconds: float | None):
    """Interrupt this thread after ``seconds`` by raising filelint.api.FileTimeout in it.

    Why not SIGALRM (api.time_limit): a Dask worker runs tasks in its executor's threads, and a signal handler
    only runs in the main thread. Why not a process per file: a worker's processes are daemonic and may not have
    children, and a new interpreter per file costs more than many files' checks. An asynchronous exception
    (PyThreadState_SetAsyncExc) is delivered exactly where the alarm's handler would raise: at the next Python
    bytecode of this thread, so the same FileTimeout reaches the same ``except`` in api._check_read. Like the alarm,
    it waits for a long C call (a PDFium page) to return. The page limit is the reader's, as in ``check``; memory is
    bounded by the Dask nanny's worker memory limit (a worker over it is restarted and the file retried, then
    reported as lost)."""
    if not seconds:
        yield
        return
    from filelint.api import FileTimeout

    state = {"fired": False}
    token = _WATCHDOG.arm(seconds, state)
    try:
        yield
    finally:
        fired = _WATCHDOG.disarm(token, state)
        if fired:
            # Out of time, whatever became of the exception: still pending (delivered at some later bytecode, out
            # of the check's reach) or swallowed by a finaliser it was delivered in (an exception raised in a
            # __del__ is only reported). The pending one is withdrawn and the time-out raised here, once.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(threading.get_ident()), ctypes.py_object())
            raise FileTimeout


class _Watchdog:
    """One thread per process that raises FileTimeout in each thread whose time ran out (thread_time_limit).

    Why one thread, not a timer per file: starting a thread for every file cost 4% of a Dask run over the corpus
    (bench/issue15.py), as much as the checks of its smallest files. Arming and disarming take the lock and change
    a dictionary; the thread is woken only when a new deadline comes before the one it waits for.

    A FileTimeout delivered inside a finaliser (__del__, a weakref callback) is dropped by Python and reported to
    ``sys.unraisablehook``: as with the alarm of ``api.time_limit``, the report is not shown and the limit goes off
    again after a short varying pause (``api.ALARM_AGAIN``), until the check is stopped or its block ends."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._armed: dict[int, tuple[float, int, dict]] = {}  # token: deadline, the thread's id, its state
        self._fired: dict[int, tuple[int, dict]] = {}  # thread id: the token and state of its limit that went off
        self._wakes_at = math.inf
        self._thread: threading.Thread | None = None
        self._previous_hook: Callable | None = None
        self._tokens = itertools.count()

    def arm(self, seconds: float, state: dict) -> int:
        """Raise FileTimeout in this thread in ``seconds`` unless disarmed first; ``state["fired"]`` says it was."""
        deadline = time.monotonic() + seconds
        with self._condition:
            token = next(self._tokens)
            self._armed[token] = (deadline, threading.get_ident(), state)
            if self._thread is None or not self._thread.is_alive():  # the first limit, or a forked process
                if self._previous_hook is None:
                    self._previous_hook, sys.unraisablehook = sys.unraisablehook, self._unraisable
                self._thread = threading.Thread(target=self._watch, name="filelint-time-limit", daemon=True)
                self._wakes_at = deadline
                self._thread.start()
            elif deadline < self._wakes_at:
                self._condition.notify()
        return token

    def disarm(self, token: int, state: dict) -> bool:
        """Whether the limit went off; it cannot go off after this."""
        with self._condition:
            self._armed.pop(token, None)
            if self._fired.get(threading.get_ident(), (None,))[0] == token:
                del self._fired[threading.get_ident()]
            return state["fired"]

    def _watch(self) -> None:
        from filelint.api import FileTimeout

        with self._condition:
            while True:
                now = time.monotonic()
                for token, (deadline, target, state) in list(self._armed.items()):
                    if deadline <= now:
                        del self._armed[token]
                        state["fired"] = True
                        self._fired[target] = (token, state)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(FileTimeout))
                self._wakes_at = min((deadline for deadline, _, _ in self._armed.values()), default=math.inf)
                self._condition.wait(None if self._wakes_at == math.inf else self._wakes_at - now)

    def _unraisable(self, report: Any) -> None:
        from filelint.api import ALARM_AGAIN, FileTimeout

        target = threading.get_ident()
        with self._condition:
            fired = self._fired.pop(target, None) if isinstance(report.exc_value, FileTimeout) else None
            if fired is not None:  # this thread's time-out, dropped in a finaliser: it goes off again soon
                token, state = fired
                self._armed[token] = (time.monotonic() + random.uniform(*ALARM_AGAIN), target, state)
                self._condition.notify()
                return
        self._previous_hook(report)


_WATCHDOG = _Watchdog()


def check_one(name: str, config, show_secrets: bool = False) -> dict:
    """One file's result row, never an exception: a file that cannot be fetched or checked gets a row saying so."""
    from filelint.api import FileTimeout, _check_once, display_path

    shown = name if has_scheme(name) else display_path(name)
    try:
        try:
            with thread_time_limit(config.timeout), _local_copy(name) as path:
                result, digest = _check_once(path, shown, _packs(), config, show_secrets)
        except FileTimeout:  # delivered just after the check returned: still out of time
            from filelint.api import Document, LintResult, engine_diagnostic

            message = f"Checking the file took longer than {config.timeout:g} seconds, so it was stopped; it was not fully checked."
            result = LintResult(Document(shown, "pdf", 0), (engine_diagnostic("FL002", _packs(), shown, message),), crashed=False)
            digest = None
        return result_row(name, result, digest)
    except Exception as error:  # one bad file never fails the batch: its row says what happened
        return failure_row(name, f"{type(error).__name__}: {error}")


@contextmanager
def _local_copy(name: str):
    """A local path for ``name``: itself, or a temporary copy of a URL's bytes fetched with fsspec."""
    if not has_scheme(name):
        yield Path(name)
        return
    import fsspec

    suffix = Path(name.split("?", 1)[0]).suffix
    with fsspec.open(name, "rb") as source:
        data = source.read()
    handle, temporary = tempfile.mkstemp(suffix=suffix, prefix="filelint-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        yield Path(temporary)
    finally:
        os.unlink(temporary)


def result_row(name: str, result, digest: str | None) -> dict:
    """The row of one file: what ``check --format json`` says of it (same renderer, so the same masking and
    neutralising of text), plus its path as listed, digest and status."""
    from filelint.api import Report
    from filelint.output import json as json_output

    rendered = json.loads(json_output.render(Report((result,), tuple(_packs()))))
    diagnostics = rendered["diagnostics"]
    status = "crashed" if result.crashed else ("errors" if any(d["severity"] == "error" for d in diagnostics) else "checked")
    return {"path": name, "sha256": digest, "status": status, "file": rendered["files"][0], "diagnostics": diagnostics}


def failure_row(name: str, reason: str) -> dict:
    from filelint.output.safe import one_line

    message = one_line(f"The file could not be checked: {reason}")
    return {"path": name, "sha256": None, "status": "failed", "file": None,
            "diagnostics": [{"code": "FL000", "name": "not-checked", "severity": "error", "path": one_line(name),
                             "page": None, "line": None, "file_line": None, "file_column": None, "excerpt": None,
                             "message": message, "citation": "", "fix": "Check this file alone with `filelint check`."}]}


# ---------------------------------------------------------------- the results file

def read_done(results_file: Path) -> tuple[list[dict], bool]:
    """The rows already in a JSON Lines results file, and whether it ends with a cut-off line (a killed run)."""
    if not results_file.exists():
        return [], False
    rows, cut = [], False
    with results_file.open("rb") as handle:
        for raw in handle:
            try:
                row = json.loads(raw)
                if not raw.endswith(b"\n") or not isinstance(row, dict) or "path" not in row:
                    raise ValueError("incomplete")
                rows.append(row)
            except ValueError:
                cut = True
    return rows, cut


def _rewrite(results_file: Path, rows: list[dict]) -> None:
    """The results file with only whole rows (a cut-off last line is dropped and its file redone)."""
    temporary = results_file.with_name(results_file.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(temporary, results_file)


def journal_for(results_file: Path) -> Path:
    """Where rows are streamed: the file itself, or beside a .parquet file (Parquet cannot be appended to)."""
    return results_file.with_name(results_file.name + ".jsonl") if results_file.suffix == ".parquet" else results_file


def require_parquet(results_file: Path) -> None:
    if results_file.suffix == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as error:
            raise FilelintError(f"--results-file {results_file}: Parquet output needs pyarrow (pip install pyarrow), "
                                "or name a .jsonl file") from error


def write_parquet(journal: Path, results_file: Path) -> None:
    """The whole journal as one Parquet table; diagnostics and file details as JSON text columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows, _ = read_done(journal)
    table = pa.table({
        "path": [row["path"] for row in rows],
        "sha256": [row.get("sha256") for row in rows],
        "status": [row.get("status") for row in rows],
        "errors": [sum(d.get("severity") == "error" for d in row["diagnostics"]) for row in rows],
        "file": [json.dumps(row.get("file"), ensure_ascii=False) for row in rows],
        "diagnostics": [json.dumps(row["diagnostics"], ensure_ascii=False) for row in rows],
    })
    temporary = results_file.with_name(results_file.name + ".tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, results_file)


# ---------------------------------------------------------------- the client

def connect(scheduler: str, allowed_failures: int = 3):
    """A Client for ``tcp://host:port``, or a LocalCluster for ``local`` / ``local:N`` (N worker processes of one thread each)."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler == "local" or scheduler.startswith("local:"):
        count = scheduler.partition(":")[2]
        if count and not count.isdigit() or count == "0":
            raise FilelintError(f"--scheduler {scheduler}: expected local or local:N with N a number of workers")
        workers = int(count) if count else (os.cpu_count() or 1)
        import dask

        # A killed worker's files are retried; and Dask's sampling profiler stays off on the workers made here: it
        # walks the task thread's stack every 10 ms holding the interpreter lock (measured: 0-10% of a run, bench/issue15.py).
        with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures,
                              "distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address="127.0.0.1:0", silence_logs=50)  # any free port, this machine only
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="10s"), None
    except (OSError, TimeoutError, ValueError) as error:
        raise FilelintError(f"--scheduler {scheduler}: no Dask scheduler answered ({error})") from error


def check_on_dask(paths: Iterable[Path | str], config, scheduler: str | object, results_file: Path | str,
                  manifest: str | None = None, show_secrets: bool = False,
                  on_progress: Callable[[int, int], None] | None = None, allowed_failures: int = 3,
                  on_dashboard: Callable[[str], None] | None = None) -> dict:
    """Check ``paths`` (and a manifest's entries) on Dask, streaming one JSON line per file to ``results_file``.

    ``scheduler``: 'tcp://host:8786', 'local[:N]', or a distributed.Client already connected.
    A file already in ``results_file`` is not checked again. Returns counts: total, skipped, checked, errors, failed.
    """
    require_dask()
    from distributed import as_completed

    results_file = Path(results_file)
    require_parquet(results_file)
    journal = journal_for(results_file)
    names = files_to_check([Path(p) for p in paths], manifest)
    if not names:
        raise FilelintError("no filings found: nothing was checked")
    written, cut = read_done(journal)
    rows = list({row["path"]: row for row in reversed(written)}.values())[::-1]  # a path written twice counts once (its first row)
    if cut or len(rows) != len(written):
        _rewrite(journal, rows)
    done = {row["path"] for row in rows}
    # The largest files first, so that the workers finish together (a URL's size is not asked: it goes last).
    todo = sorted((name for name in names if name not in done), key=_largest_first)
    wanted = set(names)
    earlier = [row.get("status") for row in rows if row["path"] in wanted]  # rows of this run's files from an earlier run
    counts = {"total": len(names), "skipped": len(names) - len(todo), "checked": 0, "failed": 0,
              "errors": earlier.count("errors"), "crashed": earlier.count("crashed") + earlier.count("failed")}
    client, cluster = (scheduler, None) if not isinstance(scheduler, str) else connect(scheduler, allowed_failures)
    try:
        if on_dashboard and client.dashboard_link:
            on_dashboard(client.dashboard_link)
        if on_progress:
            on_progress(counts["skipped"], len(names))
        run = uuid.uuid4().hex[:8]  # keys are unique per run: a key still held from an earlier run would hand back its result
        futures = {client.submit(check_one, name, config, show_secrets, key=f"{TASK_PREFIX}{index}-{run}", pure=False): name
                   for index, name in enumerate(todo)}
        with journal.open("a", encoding="utf-8") as out:
            for future in as_completed(list(futures)):
                name = futures[future]
                if name in done:  # never twice, whatever the engine hands back
                    continue
                row = _row_of(future, name)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                out.flush()
                done.add(name)
                counts["checked"] += 1
                counts["errors"] += row["status"] == "errors"
                counts["crashed"] += row["status"] in ("crashed", "failed")
                counts["failed"] += row["status"] == "failed"
                if on_progress:
                    on_progress(counts["skipped"] + counts["checked"], len(names))
    finally:
        if cluster is not None:
            client.close()
            cluster.close()
    if journal != results_file:
        write_parquet(journal, results_file)
    return counts


def _largest_first(name: str) -> int:
    if has_scheme(name):
        return 0
    try:
        return -os.stat(name).st_size
    except OSError:
        return 0


def _row_of(future, name: str) -> dict:
    """The task's row; a task the engine gave up on (its workers kept dying) is reported as a failed row."""
    try:
        return future.result()
    except Exception as error:
        return failure_row(name, f"the Dask task failed ({type(error).__name__}: {error})")
