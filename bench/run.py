"""filelint's speed and memory, each measured against a baseline taken in the same run.

Run from the project root, with the shared corpus beside it:

    python bench/run.py [CORPUS_DIR]

(a) filelint over the whole corpus (one process, no cache) vs pypdf's plain extract_text() over the same
    files: what everything filelint adds to parsing costs;
(b) `filelint --version` and a one-page text check vs `python -c pass` (interpreter start-up);
(c) `-j 2` vs `-j 1` over the corpus;
(d) a re-run with a warm cache vs a cold run;
(e) peak memory checking the largest corpus file;
(f) this tree against an earlier revision of filelint (``--against REV``, by default the last commit before the
    accuracy round), both installed in the same run and timed alternately over the corpus.
Targets: (a) at most 1.5x, (b) under 0.3 s for --version, (c) at least 1.7x, (d) at least 20x, (f) at most 1.10x.

    python bench/run.py [CORPUS_DIR] [--against REV] [--only f]
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE_ACCURACY_ROUND = "0f3ec96"  # main before the accuracy work (issue 10): "today" in its speed target


def timed(command: list[str], runs: int = 5, cwd: Path | None = None) -> float:
    """Median wall time of a command, in seconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def pypdf_extract(files: list[Path]) -> float:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    start = time.perf_counter()
    for path in files:
        try:
            reader = PdfReader(io.BytesIO(path.read_bytes()), strict=False)
            for page in reader.pages:
                page.extract_text()
        except Exception:  # noqa: BLE001 - the damaged corpus files fail here as they fail in filelint
            pass
    return time.perf_counter() - start


def filelint_in_process(folder: Path) -> float:
    from filelint.api import check_paths
    from filelint.config import Config

    start = time.perf_counter()
    check_paths([folder], Config(), jobs=1)
    return time.perf_counter() - start


def peak_memory_mb(path: Path) -> float:
    code = ("import resource, subprocess, sys; subprocess.run([sys.executable, '-m', 'filelint', 'check', '--no-cache', sys.argv[1]], "
            "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    output = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    return int(output.strip()) / 1024


def install_revision(revision: str, scratch: Path) -> Path:
    """A virtual environment holding filelint as it was at ``revision``; its python."""
    source = scratch / "source"
    source.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "venv", str(scratch / "venv")], check=True)
    python = scratch / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(source)], check=True, capture_output=True)
    return python


def against_revision(folder: Path, revision: str, rounds: int = 3) -> None:
    """(f): the same corpus check with this tree and with ``revision``, alternated so load drifts hit both."""
    with tempfile.TemporaryDirectory() as scratch:
        before = install_revision(revision, Path(scratch))
        now, then = [], []
        for _ in range(rounds):
            then.append(timed([str(before), "-m", "filelint", "check", "--no-cache", "-j", "1", str(folder)], runs=1, cwd=Path(scratch)))
            now.append(timed([sys.executable, "-m", "filelint", "check", "--no-cache", "-j", "1", str(folder)], runs=1, cwd=Path(scratch)))
    ratio = statistics.median(now) / statistics.median(then)
    print(f"(f) corpus check, this tree: {statistics.median(now):.1f} s; at {revision}: {statistics.median(then):.1f} s; "
          f"ratio {ratio:.2f} (target <= 1.10; medians of {rounds} alternated runs)")


def main(corpus: Path, revision: str = BEFORE_ACCURACY_ROUND, only: str = "") -> int:
    folder = corpus / "pdf"
    files = sorted(folder.glob("*.pdf"))
    cli = [sys.executable, "-m", "filelint"]
    print(f"machine: {os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(f"corpus: {len(files)} PDFs\n")
    if only == "f":
        against_revision(folder, revision)
        return 0

    baseline = pypdf_extract(files)
    ours = filelint_in_process(folder)
    print(f"(a) filelint, all rules, 1 process: {ours:.1f} s; pypdf extract_text(): {baseline:.1f} s; "
          f"ratio {ours / baseline:.2f} (target <= 1.5)")

    python = timed([sys.executable, "-c", "pass"])
    version = timed([*cli, "--version"])
    one_page = ROOT / "fixtures" / "core" / "draft_utf8_bom.txt"
    text_check = timed([*cli, "check", "--no-cache", str(one_page)])
    print(f"(b) python -c pass: {python:.3f} s; filelint --version: {version:.3f} s (target < 0.3 s, "
          f"{version / python:.1f}x); one-page text check: {text_check:.3f} s ({text_check / python:.1f}x)")

    one = timed([*cli, "check", "--no-cache", "-j", "1", str(folder)], runs=1)
    two = timed([*cli, "check", "--no-cache", "-j", "2", str(folder)], runs=1)
    print(f"(c) -j 1: {one:.1f} s; -j 2: {two:.1f} s; speed-up {one / two:.2f}x (target >= 1.7)")

    with tempfile.TemporaryDirectory() as scratch:
        cold = timed([*cli, "check", str(folder)], runs=1, cwd=Path(scratch))
        warm = timed([*cli, "check", str(folder)], runs=3, cwd=Path(scratch))
    print(f"(d) cold run (-j default): {cold:.2f} s; warm cache: {warm:.2f} s; speed-up {cold / warm:.0f}x (target >= 20)")

    largest = max(files, key=lambda path: path.stat().st_size)
    print(f"(e) peak memory checking {largest.name} ({largest.stat().st_size / 1e6:.1f} MB): {peak_memory_mb(largest):.0f} MB")
    against_revision(folder, revision)
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--against", default=BEFORE_ACCURACY_ROUND, help="the revision (f) compares with")
    parser.add_argument("--only", choices=["f"], default="", help="run only (f)")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    sys.exit(main(arguments.corpus, arguments.against, arguments.only))
