"""Every figure of issue 15 ("Benchmarks" and "Targets") in one run on this machine, each against its target.

Run from anywhere, with the shared corpus beside the project (../shared/corpus):

    python bench/issue15.py [CORPUS_DIR] [--quick] [--json PATH]

1. pages per second over the corpus (each file read from memory, one process): bare pypdfium2 and bare pypdf
   extraction, each filelint reader alone and each full check; the same measurement as bench/readers.py
   (its corpus_rates). Target: the full check with the PDFium reader at most 3x bare pypdfium2.
2. scaling with pages (10 to 800), time and peak memory, each reader (bench/readers.py's scaling()).
3. ``filelint check --no-cache -j 2`` against ``-j 1`` over the corpus, the CLI end to end.
4. ``filelint check --scheduler tcp://...`` on a running LocalCluster of two one-thread worker processes against
   ``-j 2`` over the same files, three runs each, interleaved, medians: with Dask's default worker configuration
   and with the workers' sampling profiler off (as ``local:N`` runs them). Target: at most 1.15x. Also
   ``--scheduler local:2`` (the cluster started by the run). Skipped, saying why, when dask.distributed is not
   installed.
5. a pre-commit shaped run: ``pre-commit run`` of this tree's hook on 3 staged 20-page PDFs in a temporary
   repository, against ``filelint check`` of the same files. Skipped when pre-commit is not installed.
6. start-up: ``filelint --version`` (target under 0.3 s) and a 21-page brief end to end (target under 0.5 s),
   medians after a warm-up, beside ``python -c pass``.

Every section measures this working tree (or ``--revision REV``) installed in a temporary folder with its
bytecode compiled, as a user's ``pip install`` leaves it (see issue15_support.install_tree). ``--quick``: a handful of small corpus files,
sizes 10 and 50, one run each, for the smoke test (tests/test_bench_smoke.py); its figures are not the record.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # importing bench/readers.py must leave no __pycache__ in the checkout

import argparse  # noqa: E402 - after the line above, on purpose
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict  # noqa: E402
from importlib.util import find_spec  # noqa: E402
from pathlib import Path  # noqa: E402

import readers  # noqa: E402 - bench/readers.py, beside this script
from issue15_support import (  # noqa: E402
    ROOT,
    Figure,
    Run,
    RunningCluster,
    checked_count,
    child_env,
    install_tree,
    machine,
    medians,
    run_timed,
    snapshot_tree,
    table,
)

BARE_PDFIUM = "bare pypdfium2 get_text_range"
FULL_PDFIUM = "filelint full check, PDFium reader"
FULL_PYPDF = "filelint full check, pypdf reader"
FULL_PDFIUM_PYTHON = "filelint full check, PDFium reader without its C part"
BRIEF = "cand_18cv360_147_reply_brief_redacted.pdf"  # 21 pages: the "20-page brief" of the start-up target
QUICK_FILES = 6  # --quick: the smallest non-empty corpus PDFs
HOOK_PAGES = 20
BRIEF_LABEL = f"filelint check --no-cache -j 1 {BRIEF}"


class Bench:
    """The run's settings and where each section leaves its figures."""

    def __init__(self, corpus: Path, quick: bool, scratch: Path) -> None:
        self.folder = corpus / "pdf"
        self.quick = quick
        self.scratch = scratch
        self.work = scratch / "cwd"  # every command runs here: no configuration file or cache of the checkout's applies
        self.work.mkdir()
        nonempty = [path for path in sorted(self.folder.glob("*.pdf")) if path.stat().st_size]
        self.files = sorted(nonempty, key=lambda path: path.stat().st_size)[:QUICK_FILES] if quick else nonempty
        self.targets = [str(path) for path in self.files] if quick else [str(self.folder)]  # what the CLI is given
        self.runs = 1 if quick else 5
        self.figures: list[Figure] = []
        self.data: dict = {}
        self.site = scratch / "site"
        self.snapshot = scratch / "snapshot"

    def filelint(self) -> list[str]:
        return [str(self.site / "bin" / "filelint")]

    def env(self, **extra: str) -> dict[str, str]:
        return child_env(self.site, FILELINT_CACHE_DIR=str(self.scratch / "filelint-cache"), **extra)

    def check(self, *options: str, targets: list[str] | None = None) -> Run:
        return run_timed([*self.filelint(), "check", "--no-cache", "--reader", "pdfium", *options, *(targets or self.targets)],
                         self.env(), self.work)


def heading(text: str) -> None:
    print(f"\n## {text}\n", flush=True)


def ratio(a: float, b: float) -> float | None:
    return a / b if b > 0 else None


# ---------------------------------------------------------------- 1. pages per second

def corpus_rates(bench: Bench) -> None:
    heading(f"1. Pages per second: {len(bench.files)} corpus PDFs read from memory, one process, each way in turn")
    rates = readers.corpus_rates([path.read_bytes() for path in bench.files])
    import filelint

    print(f"(filelint {filelint.__version__} imported from {Path(filelint.__file__).parent}; the PDFium reader's C part: "
          f"{readers.pdfium_c_part()})\n")
    bare_wall, _, bare_cpu = rates[BARE_PDFIUM]
    print("| way | wall s | CPU s | pages | pages/s (wall) | against bare pypdfium2 (wall) | (CPU) |")
    print("|---|---|---|---|---|---|---|")
    for label, (wall, pages, cpu) in rates.items():
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {pages} | {pages / wall:.0f} | {wall / bare_wall:.2f}x | {cpu / bare_cpu:.2f}x |")
    bench.data["corpus_rates"] = {label: {"wall": wall, "pages": pages, "cpu": cpu} for label, (wall, pages, cpu) in rates.items()}
    for key, index, kind in (("pdfium_vs_bare_wall", 0, "wall"), ("pdfium_vs_bare_cpu", 2, "CPU")):
        value = ratio(rates[FULL_PDFIUM][index], rates[BARE_PDFIUM][index])
        bench.figures.append(Figure(key, f"1. full check, PDFium reader, over the corpus ({kind} time)", rates[FULL_PDFIUM][index],
                                    rates[BARE_PDFIUM][index], f"bare pypdfium2 get_text_range ({kind})", value, "<= 3x",
                                    value is not None and value <= 3))
    bench.figures.append(Figure("pdfium_python_vs_c", "1. full check, PDFium reader without its C part (every question asked "
                                "from Python) against with it (wall)", rates[FULL_PDFIUM_PYTHON][0], rates[FULL_PDFIUM][0],
                                f"full check, PDFium (C part {readers.pdfium_c_part()})",
                                ratio(rates[FULL_PDFIUM_PYTHON][0], rates[FULL_PDFIUM][0])))
    bench.figures.append(Figure("pypdf_vs_pdfium_full", "1. full check with the pypdf reader against the PDFium reader (wall)",
                                rates[FULL_PYPDF][0], rates[FULL_PDFIUM][0], "full check, PDFium", ratio(rates[FULL_PYPDF][0], rates[FULL_PDFIUM][0])))


# ---------------------------------------------------------------- 2. scaling

def scaling(bench: Bench) -> None:
    sizes = [10, 50] if bench.quick else [10, 50, 100, 200, 400, 800]
    heading(f"2. Scaling with pages: {readers.LONG_REPORT}'s pages repeated, read and checked (all rules) in a fresh process")
    rows = readers.scaling((bench.folder / readers.LONG_REPORT).read_bytes(), sizes)
    by_size: dict[int, dict[str, tuple[float, int]]] = {}
    for pages, reader, seconds, megabytes in rows:
        by_size.setdefault(pages, {})[reader] = (seconds, megabytes)
    print("| pages | PDFium s | PDFium peak MB | PDFium ms/page | pypdf s | pypdf peak MB | pypdf ms/page |")
    print("|---|---|---|---|---|---|---|")
    for pages, row in by_size.items():
        cells = [f"{row[r][0]:.2f} | {row[r][1]} | {1000 * row[r][0] / pages:.1f}" for r in ("pdfium", "pypdf")]
        print(f"| {pages} | {' | '.join(cells)} |")
    print("\n(peak memory: VmHWM of the process that read and checked the filing)")
    bench.data["scaling"] = [{"pages": p, "reader": r, "seconds": s, "peak_mb": m} for p, r, s, m in rows]


# ---------------------------------------------------------------- 3. -j 2 against -j 1

def jobs(bench: Bench) -> None:
    heading(f"3. filelint check --no-cache -j 2 against -j 1 (CLI end to end, PDFium reader): {described(bench)}")
    one, two = bench.check("-j", "1"), bench.check("-j", "2")
    for name, run in (("-j 1", one), ("-j 2", two)):
        print(f"{name}: {run.wall:.2f} s wall, {run.cpu:.2f} s CPU (with its workers), exit {run.returncode}, "
              f"{checked_count(run)} files checked")
        finished(name, run.returncode, run.stderr)
    speedup = ratio(one.wall, two.wall)
    print(f"speed-up of -j 2 over -j 1: {speedup:.2f}x")
    bench.data["jobs"] = {"j1": vars_of(one), "j2": vars_of(two)}
    bench.figures.append(Figure("j2_speedup", "3. -j 2 (CLI, wall); ratio = speed-up over -j 1", two.wall, one.wall, "-j 1", speedup))


def finished(label: str, returncode: int, stderr: str) -> None:
    """A timed run that did not finish its work (exit 0: clean, 1: findings) measured nothing: the section fails."""
    if returncode not in (0, 1):
        raise RuntimeError(f"{label} exited {returncode}: {stderr.strip()[-300:]}")


def described(bench: Bench) -> str:
    return f"{len(bench.files)} small corpus PDFs" if bench.quick else f"the corpus folder ({bench.folder})"


def vars_of(run: Run) -> dict:
    return {"wall": run.wall, "cpu": run.cpu, "returncode": run.returncode, "checked": checked_count(run)}


# ---------------------------------------------------------------- 4. Dask against -j 2

def dask(bench: Bench) -> None:
    heading(f"4. Dask: filelint check --scheduler on a running LocalCluster (2 worker processes, 1 thread each) against -j 2: {described(bench)}")
    if find_spec("distributed") is None:
        reason = "skipped: dask.distributed is not installed (pip install 'filelint[dask]')"
        print(reason)
        bench.figures.append(Figure("dask_vs_j2", "4. Dask on a running 2-worker LocalCluster against -j 2", None, None, "-j 2", None,
                                    "<= 1.15x", not_measured=reason))
        bench.figures += [Figure(key, f"4. {key}", None, None, "-j 2", None, not_measured=reason)
                          for key in ("dask_default_vs_j2", "dask_first_vs_j2", "dask_local2_vs_j2")]
        return
    rounds = 1 if bench.quick else 3
    results = bench.scratch / "dask-results.jsonl"
    # Dask's default worker configuration first (its sampling profiler on), then as the README advises for
    # filelint's workers and as local:N runs them: the profiler off; the target is judged on the second. Each
    # Dask run is followed by a -j 2 run, so both meet the same state of the machine (single runs here vary by
    # up to 10%); the figures are medians.
    j2_runs: list[Run] = []
    default_runs, default_start = _dask_rounds(bench, bench.env(), rounds, j2_runs, "dask-default")
    runs, start = _dask_rounds(bench, bench.env(DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED="False"), rounds, j2_runs,
                               "dask", results)
    with_start = bench.check("--scheduler", "local:2", "--results-file", str(bench.scratch / "dask-local.jsonl"))
    rows = [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []
    statuses = {status: sum(row["status"] == status for row in rows) for status in sorted({row["status"] for row in rows})}
    baseline = statistics.median(run.wall for run in j2_runs)
    default_wall = statistics.median(run.wall for run in default_runs)
    wall = statistics.median(run.wall for run in runs)
    print(f"clusters started (not timed) in {default_start:.2f} s and {start:.2f} s")
    print(f"-j 2: {', '.join(f'{run.wall:.2f}' for run in j2_runs)} s wall ({checked_count(j2_runs[0])} files); median {baseline:.2f} s")
    print(f"Dask, running cluster, Dask's default worker configuration (sampling profiler on): "
          f"{', '.join(f'{run.wall:.2f}' for run in default_runs)} s wall; median {default_wall:.2f} s")
    print(f"Dask, running cluster, workers' profiler off: {', '.join(f'{run.wall:.2f}' for run in runs)} s wall; median "
          f"{wall:.2f} s; first run's rows: {len(rows)} {statuses}")
    print(f"Dask, --scheduler local:2 (cluster started and closed by the run): {with_start.wall:.2f} s wall, exit {with_start.returncode}")
    value = ratio(wall, baseline)
    print(f"Dask / -j 2: {value:.2f}x (target <= 1.15x)")
    for label, done in [*(("-j 2", run) for run in j2_runs), *(("Dask, default configuration", run) for run in default_runs),
                        *(("Dask", run) for run in runs), ("Dask local:2", with_start)]:
        finished(label, done.returncode, done.stderr)
    if len(rows) != checked_count(j2_runs[0]):
        raise RuntimeError(f"the Dask run wrote {len(rows)} result rows for the {checked_count(j2_runs[0])} files -j 2 checked")
    bench.data["dask"] = {"j2": [vars_of(run) for run in j2_runs], "default_configuration": [vars_of(run) for run in default_runs],
                          "profiler_off": [vars_of(run) for run in runs], "cluster_start": [default_start, start],
                          "rows": len(rows), "statuses": statuses, "local2": vars_of(with_start)}
    against = "-j 2, median of the runs between"
    bench.figures.append(Figure("dask_default_vs_j2", "4. Dask on a running 2-worker LocalCluster, Dask's default worker configuration "
                                "(sampling profiler on; median wall)", default_wall, baseline, against, ratio(default_wall, baseline)))
    bench.figures.append(Figure("dask_vs_j2", "4. Dask on a running 2-worker LocalCluster, workers' profiler off (median wall)", wall,
                                baseline, against, value, "<= 1.15x", value is not None and value <= 1.15))
    bench.figures.append(Figure("dask_first_vs_j2", "4. the same, first run only (workers cold: importing filelint, finding packs)",
                                runs[0].wall, baseline, against, ratio(runs[0].wall, baseline)))
    bench.figures.append(Figure("dask_local2_vs_j2", "4. Dask --scheduler local:2, cluster start included (wall)", with_start.wall,
                                baseline, against, ratio(with_start.wall, baseline)))


def _dask_rounds(bench: Bench, env: dict[str, str], rounds: int, j2_runs: list[Run], name: str,
                 first_results: Path | None = None) -> tuple[list[Run], float]:
    """``rounds`` Dask runs on one running cluster, each followed by a -j 2 run (appended to ``j2_runs``)."""
    cluster = RunningCluster(2, env, bench.work)
    runs = []
    try:
        for index in range(rounds):
            out = first_results if index == 0 and first_results else bench.scratch / f"{name}-{index}.jsonl"
            runs.append(bench.check("--scheduler", cluster.address, "--results-file", str(out)))
            j2_runs.append(bench.check("-j", "2"))
    finally:
        cluster.close()
    return runs, cluster.start_seconds


# ---------------------------------------------------------------- 5. pre-commit

def pre_commit(bench: Bench) -> None:
    heading(f"5. Pre-commit shaped run: 3 staged {HOOK_PAGES}-page PDFs, this tree's filelint hook, a temporary repository")
    if find_spec("pre_commit") is None:
        reason = "skipped: pre-commit is not installed"
        print(reason)
        bench.figures.append(Figure("precommit_vs_bare", "5. pre-commit run, 3 staged 20-page PDFs", None, None, "filelint check", None,
                                    not_measured=reason))
        return
    repo = bench.scratch / "filings"
    repo.mkdir()
    names = hook_filings(bench, repo)
    # The hook as a user's configuration names it: this tree (its snapshot, a git repository) at a revision.
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {bench.snapshot}\n    rev: {bench.data['snapshot_commit']}\n    hooks:\n      - id: filelint\n")
    git(repo, "add", ".")
    home = bench.scratch / "pre-commit-home"
    fresh = iter(range(1000))

    def hook_run() -> Run:  # each run with an empty result cache: the staged files are new to filelint, as in a commit
        cache = str(bench.scratch / f"hook-cache-{next(fresh)}")
        return run_timed([sys.executable, "-m", "pre_commit", "run"], child_env(PRE_COMMIT_HOME=str(home), FILELINT_CACHE_DIR=cache), repo)

    warm = hook_run()
    print(f"warm-up (builds the hook's environment: pip install of this tree and its dependencies): {warm.wall:.2f} s, exit {warm.returncode}")
    if "filelint" not in warm.stdout or "Skipped" in warm.stdout:
        raise RuntimeError(f"the hook did not run: {warm.stdout[-400:]} {warm.stderr[-400:]}")
    hook = [hook_run() for _ in range(min(bench.runs, 3))]
    installed = sorted(home.glob("repo*/py_env-*/bin/filelint"))
    bare = [run_timed([str(installed[0]), "check", *names], child_env(FILELINT_CACHE_DIR=str(bench.scratch / f"bare-cache-{n}")), repo)
            for n in range(len(hook))]
    hook_wall, bare_wall = statistics.median(r.wall for r in hook), statistics.median(r.wall for r in bare)
    print(f"pre-commit run: {hook_wall:.2f} s wall (median of {len(hook)}: {[round(r.wall, 2) for r in hook]}), "
          f"CPU {statistics.median(r.cpu for r in hook):.2f} s, exit {hook[-1].returncode}")
    print(f"filelint check of the same 3 files (the hook environment's filelint, default -j, empty cache): {bare_wall:.2f} s wall, "
          f"CPU {statistics.median(r.cpu for r in bare):.2f} s, {checked_count(bare[-1])} files checked")
    print(f"pre-commit run / bare check: {hook_wall / bare_wall:.2f}x")
    bench.data["pre_commit"] = {"warm_up": warm.wall, "hook": [vars_of(r) for r in hook], "bare": [vars_of(r) for r in bare],
                                "files": names}
    bench.figures.append(Figure("precommit_vs_bare", "5. pre-commit run, 3 staged 20-page PDFs (wall, after the warm-up)", hook_wall,
                                bare_wall, "filelint check of the 3 files", ratio(hook_wall, bare_wall)))


def hook_filings(bench: Bench, repo: Path) -> list[str]:
    """3 filings of 20 pages: the first 20 pages of the first 3 corpus PDFs (by name) that have as many."""
    import pypdfium2 as pdfium

    git(repo, "init", "-q")
    names = []
    for path in sorted(bench.folder.glob("*.pdf")):
        try:
            document = pdfium.PdfDocument(str(path))
            pages = len(document)
            document.close()
        except pdfium.PdfiumError:
            continue
        if pages >= HOOK_PAGES:
            made = readers.long_filing(path.read_bytes(), HOOK_PAGES, bench.scratch)
            name = f"{path.stem[:40]}_{HOOK_PAGES}p.pdf"
            made.rename(repo / name)
            names.append(name)
        if len(names) == 3:
            return names
    raise RuntimeError(f"fewer than 3 corpus PDFs of {HOOK_PAGES} pages")


def git(repo: Path, *args: str) -> None:
    import subprocess

    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


# ---------------------------------------------------------------- 6. start-up

def startup(bench: Bench) -> None:
    heading(f"6. Start-up, end to end (process start to exit): medians of {bench.runs} runs after a warm-up")
    print(f"installed: {bench.data['install']}")
    brief = bench.folder / BRIEF
    commands = {"python -c pass": [sys.executable, "-c", "pass"],
                "filelint --version": [*bench.filelint(), "--version"],
                BRIEF_LABEL: [*bench.filelint(), "check", "--no-cache", "-j", "1", str(brief)]}
    measured = {label: medians(command, bench.env(), bench.work, bench.runs) for label, command in commands.items()}
    # For comparison, the editable checkout as tests and helpers run it on this machine: PYTHONDONTWRITEBYTECODE=1,
    # so a module is compiled again on every run unless an earlier run without that setting left its bytecode.
    editable_env = {**child_env(), "PYTHONDONTWRITEBYTECODE": "1"}
    editable = medians([sys.executable, "-m", "filelint", *commands[BRIEF_LABEL][1:]], editable_env, bench.work, bench.runs)
    sources = [path for folder in ("filelint", "rules") for path in (ROOT / folder).rglob("*.py")]
    compiled = sum(bool(list(path.parent.glob(f"__pycache__/{path.stem}.*.pyc"))) for path in sources)
    editable_label = (f"{BRIEF_LABEL}, editable checkout, PYTHONDONTWRITEBYTECODE=1 ({compiled} of its {len(sources)} "
                      f"modules have a .pyc, possibly stale)")
    for label, result in [*measured.items(), (editable_label, editable)]:
        print(f"{label}: {result['wall']:.3f} s wall, {result['cpu']:.3f} s CPU (user+sys), runs {result['walls']}, exit {result['returncode']}")
        finished(label, result["returncode"], result["stderr"])
    bench.data["startup"] = {**measured, "brief_editable_checkout_no_bytecode": editable}
    python, version, brief_run = measured.values()
    bench.figures.append(Figure("version", "6. filelint --version (wall, absolute target)", version["wall"], python["wall"],
                                "python -c pass", ratio(version["wall"], python["wall"]), "< 0.3 s", version["wall"] < 0.3))
    bench.figures.append(Figure("version_cpu", "6. filelint --version (CPU time)", version["cpu"], python["cpu"],
                                "python -c pass (CPU)", ratio(version["cpu"], python["cpu"])))
    bench.figures.append(Figure("brief_20p", f"6. {BRIEF} (21 pages) end to end (wall, absolute target)", brief_run["wall"],
                                python["wall"], "python -c pass", ratio(brief_run["wall"], python["wall"]), "< 0.5 s",
                                brief_run["wall"] < 0.5))
    bench.figures.append(Figure("brief_20p_editable", "6. the 21-page brief, editable checkout, PYTHONDONTWRITEBYTECODE=1 (wall)", editable["wall"],
                                brief_run["wall"], "installed copy", ratio(editable["wall"], brief_run["wall"])))
    bench.figures.append(Figure("brief_20p_cpu", "6. the 21-page brief (CPU time)", brief_run["cpu"], python["cpu"],
                                "python -c pass (CPU)", ratio(brief_run["cpu"], python["cpu"])))


# ---------------------------------------------------------------- the run

SECTIONS = {"1": corpus_rates, "2": scaling, "3": jobs, "4": dask, "5": pre_commit, "6": startup}
SECTION_FIGURES = {"1": ["pdfium_vs_bare_wall", "pdfium_vs_bare_cpu"], "4": ["dask_vs_j2"], "5": ["precommit_vs_bare"],
                   "6": ["version", "brief_20p"]}  # the rows a failed section still shows, saying it failed


def measure_the_installed_copy(site: Path) -> None:
    """Sections 1 and 2 read with the same installed copy as the command lines of 3-6: this process imports
    filelint from it (nothing has imported filelint yet), and readers.scaling()'s fresh processes put
    readers.ROOT first on their path, so it is pointed there too."""
    assert "filelint" not in sys.modules
    sys.path.insert(0, str(site))
    readers.ROOT = site


def run_section(bench: Bench, number: str) -> None:
    """One section; a failure is reported in the table, and the other sections still run."""
    started = time.perf_counter()
    try:
        SECTIONS[number](bench)
    except Exception as error:  # noqa: BLE001 - a bench run reports what failed and goes on
        message = f"failed: {type(error).__name__}: {str(error)[:300]}"
        print(message, flush=True)
        have = {figure.key for figure in bench.figures}
        bench.figures += [Figure(key, f"{number}. {key}", None, None, "", None, not_measured=message)
                          for key in SECTION_FIGURES.get(number, []) if key not in have]
    print(f"\n(section {number}: {time.perf_counter() - started:.1f} s)", flush=True)


def main() -> int:
    arguments = _arguments()
    corpus = Path(arguments.corpus)
    if not (corpus / "pdf").is_dir():
        print(f"the shared corpus was not found at {corpus}: nothing measured", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)  # pypdf's repair messages are not what is measured
    started = time.perf_counter()
    about = machine()
    print(f"# Issue 15 figures{' (--quick: a smoke run, not the record)' if arguments.quick else ''}\n")
    print(f"{about['date']}; {about['cores']} cores, {about['memory_gib']} GiB, Python {about['python']}, {about['platform']}; "
          f"tree {about['revision']} with {about['modified_files']} modified files; load average {about['load_before']:.2f} at the start")
    with tempfile.TemporaryDirectory(prefix="filelint-bench-") as scratch:
        bench = Bench(corpus, arguments.quick, Path(scratch))
        bench.snapshot.mkdir()
        bench.data["snapshot_commit"] = snapshot_tree(bench.snapshot, arguments.revision)
        bench.data["install"] = install_tree(bench.snapshot, bench.site)
        measure_the_installed_copy(bench.site)
        print(f"measured: {'the commit ' + arguments.revision if arguments.revision else 'the working tree'}, installed in a "
              f"temporary folder (sections 1 and 2 import it too)")
        for number in arguments.only or SECTIONS:
            run_section(bench, number)
    about["load_after"] = os.getloadavg()[0]
    heading("Targets")
    print(table(bench.figures))
    print(f"\nload average {about['load_before']:.2f} at the start, {about['load_after']:.2f} at the end; "
          f"whole run {time.perf_counter() - started:.0f} s")
    if arguments.json:
        Path(arguments.json).write_text(json.dumps({"machine": about, "quick": arguments.quick, "figures": [asdict(f) for f in bench.figures],
                                                    "measurements": bench.data}, indent=1, default=str))
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--quick", action="store_true", help="a smoke run: a few small files, sizes 10 and 50, one run each")
    parser.add_argument("--json", metavar="PATH", help="also write every figure and measurement here as JSON")
    parser.add_argument("--revision", help="measure this commit (git archive) instead of the working tree, e.g. HEAD while "
                        "others' edits are in the tree")
    parser.add_argument("--only", nargs="*", choices=sorted(SECTIONS), help="run only these sections (e.g. --only 4 6)")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
