"""Helpers of bench/issue15.py: the machine, timed child processes, an installed copy of this tree, a running
Dask cluster and the figures table. Nothing here writes into the checkout: every copy and install is in a
temporary folder the caller owns."""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- the machine

def machine() -> dict:
    """What the figures were measured on: they mean little without it."""
    memory_kib = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal:")), 0) if Path("/proc/meminfo").exists() else 0
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    changed = subprocess.run(["git", "-C", str(ROOT), "status", "--short", "--untracked-files=no"],
                             capture_output=True, text=True).stdout.splitlines()
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "cores": os.cpu_count(),
            "memory_gib": round(memory_kib / 2**20, 1), "python": platform.python_version(),
            "platform": platform.platform(), "revision": head, "modified_files": len(changed),
            "load_before": os.getloadavg()[0]}


# ---------------------------------------------------------------- timed child processes

@dataclass
class Run:
    wall: float  # seconds, process start to exit
    cpu: float  # user + system seconds of the process and the children it waited for
    returncode: int
    stdout: str
    stderr: str


def child_env(site: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment of a timed command: a user's (bytecode written and read), no colour, and ``site`` (an
    installed copy of filelint) first on the path when given."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    env["PIP_NO_CACHE_DIR"] = "1"  # the hook environment's install leaves nothing in ~/.cache/pip
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def run_timed(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 900) -> Run:
    """Wall time and CPU time (getrusage of the children this process waited for: the command and the processes
    it waited for, such as a -j pool) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, done.returncode, done.stdout, done.stderr)


def medians(command: list[str], env: dict[str, str], cwd: Path, runs: int, warmups: int = 1) -> dict:
    """Median wall and CPU time of ``runs`` runs after ``warmups`` untimed ones (the file cache warm, as a
    user's second run is)."""
    for _ in range(warmups):
        run_timed(command, env, cwd)
    samples = [run_timed(command, env, cwd) for _ in range(runs)]
    worst = max(samples, key=lambda s: s.returncode not in (0, 1))  # a failed run, if any, is the one reported
    return {"wall": statistics.median(s.wall for s in samples), "cpu": statistics.median(s.cpu for s in samples),
            "walls": [round(s.wall, 3) for s in samples], "returncode": worst.returncode, "stderr": worst.stderr[-300:]}


def checked_count(run: Run) -> int | None:
    """The N of filelint's 'Checked N files' summary line (None: the run did not finish its report)."""
    for line in reversed(run.stdout.splitlines()):
        if line.startswith("Checked "):
            words = line.split()
            return int(words[1]) if len(words) > 1 and words[1].isdigit() else None
    return None


# ---------------------------------------------------------------- this tree, installed as a user installs it

def snapshot_tree(folder: Path, revision: str | None = None) -> str:
    """This checkout's working tree (committed and uncommitted changes, untracked files not ignored), or the
    commit ``revision``, copied into ``folder`` and committed there; its commit. pip and pre-commit build from
    the copy, so nothing they write (build/, *.egg-info) lands in the checkout."""
    if revision is not None:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    else:
        listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                capture_output=True, check=True).stdout.decode().split("\0")
        for name in filter(None, listed):
            source = ROOT / name
            if source.is_file():  # a file deleted but not yet committed is listed and absent
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, folder / name)
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}
    for command in (["init", "-q"], ["add", "-A"], ["-c", "commit.gpgsign=false", "commit", "-q", "-m", "bench snapshot"]):
        subprocess.run(["git", *command], cwd=folder, env=env, check=True, capture_output=True)
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, check=True).stdout.strip()


def install_tree(snapshot: Path, site: Path) -> str:
    """filelint installed from ``snapshot`` into ``site`` with its bytecode compiled, as ``pip install`` leaves
    it; run with PYTHONPATH=site on this interpreter, whose environment holds the dependencies (compiled when
    pip installed them). Why not the editable checkout: this machine sets PYTHONDONTWRITEBYTECODE, so there
    every run recompiles filelint's ~117 modules (~75 ms) that an installed copy never does. Returns how."""
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target", str(site),
                    str(snapshot)], check=True, capture_output=True, env=child_env())
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(site)], check=True, capture_output=True, env=child_env())
    return (f"pip install --no-deps --no-build-isolation --target TMP <copy of the tree>, bytecode compiled "
            f"(compileall), run as TMP/bin/filelint with PYTHONPATH=TMP on {sys.executable} (Python "
            f"{platform.python_version()}, whose environment holds the dependencies), PYTHONDONTWRITEBYTECODE unset")


# ---------------------------------------------------------------- a running Dask cluster

class RunningCluster:
    """bench/local_cluster.py in its own process: a LocalCluster started before the timing, as a user's
    cluster would be running. ``cpu()`` is the CPU time its processes (scheduler, nannies, workers) have used."""

    def __init__(self, workers: int, env: dict[str, str], cwd: Path) -> None:
        started = time.perf_counter()
        self.process = subprocess.Popen([sys.executable, str(ROOT / "bench" / "local_cluster.py"), str(workers)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True, env=env, cwd=cwd)
        self.address = (self.process.stdout.readline() if self.process.stdout else "").strip()
        self.start_seconds = time.perf_counter() - started
        if not self.address.startswith("tcp://"):
            self.close()
            raise RuntimeError("the LocalCluster did not start")

    def cpu(self) -> float:
        return sum(_process_cpu(pid) for pid in _descendants(self.process.pid))

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()  # the helper closes its cluster when its stdin ends
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()  # only the helper this object started
            self.process.wait()


def _descendants(root: int) -> list[int]:
    """``root`` and every process below it, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def _process_cpu(pid: int) -> float:
    """User + system seconds of a live process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- the figures table

@dataclass
class Figure:
    """One row of the targets table: what was measured against what, in the same run."""

    key: str
    label: str
    measured: float | None  # seconds
    baseline: float | None  # seconds
    baseline_label: str
    ratio: float | None
    target: str = ""  # e.g. "<= 3x"; empty when issue 15 sets none
    met: bool | None = None
    not_measured: str = ""  # "skipped: why" (an optional part missing) or "failed: what happened"

    def verdict(self) -> str:
        if self.not_measured:
            return self.not_measured
        if not self.target:
            return "-"
        return "met" if self.met else "not met"


def table(figures: list[Figure]) -> str:
    """A Markdown table (RESULTS.md takes it as it is)."""
    lines = ["| id | figure | measured | baseline in the same run | ratio | target | verdict |",
             "|---|---|---|---|---|---|---|"]
    for f in figures:
        measured = f"{f.measured:.4f} s" if f.measured is not None else "-"
        baseline = f"{f.baseline_label}: {f.baseline:.4f} s" if f.baseline is not None else (f.baseline_label or "-")
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        lines.append(f"| {f.key} | {f.label} | {measured} | {baseline} | {ratio} | {f.target or '(none in issue 15)'} | {f.verdict()} |")
    return "\n".join(lines)
