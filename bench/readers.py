"""The two PDF readers against each other and against their libraries' bare text extraction (issue 15).

Run from the project root, with the shared corpus beside it:

    python bench/readers.py [CORPUS_DIR] [--sizes 10,100,400,800]

(a) pages per second over the corpus, each file read from memory, in one process and in the same run:
    bare pypdfium2 text extraction (``get_text_range`` of every page), bare pypdf ``extract_text()``,
    filelint's PDFium reader and pypdf reader alone (the Document), and each reader followed by every rule
    (the full check, no cache). Target: the full check with the PDFium reader at most 3x bare pypdfium2.
(b) scaling with pages: a filing of N pages made by repeating the corpus's 391-page report's pages, read and
    checked by each reader in a fresh process: wall time and peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LONG_REPORT = "cand_17cv220_1244_expert_report_391p.pdf"


def _bare_pdfium(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(document)
    finally:
        document.close()


def _bare_pypdf(data: bytes) -> int:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    for page in reader.pages:
        try:
            page.extract_text()
        except Exception:  # noqa: BLE001 - a damaged page is passed over, as filelint reports it
            pass
    return len(reader.pages)


def _reader(name: str):
    if name == "pdfium":
        from filelint.readers.pdfium import read_pdf
    else:
        from filelint.readers.pdf import read_pdf
    return read_pdf


def _read_only(name: str):
    read_pdf = _reader(name)
    return lambda data: len(read_pdf(data, "bench.pdf").pages)


def _full_check(name: str):
    from filelint.config import Config
    from filelint.engine import lint
    from filelint.registry import discover_packs

    read_pdf, packs, config = _reader(name), discover_packs(), Config()

    def check(data: bytes) -> int:
        document = read_pdf(data, "bench.pdf")
        lint(document, packs, config)
        return len(document.pages)

    return check


def _python_path(read):
    """``read`` with the PDFium reader asking every question from Python, as where its C part was not built."""
    from filelint.readers import pdfium_native

    def without_c_part(data: bytes) -> int:
        native, pdfium_native._NATIVE = pdfium_native._NATIVE, None
        try:
            return read(data)
        finally:
            pdfium_native._NATIVE = native

    return without_c_part


def pdfium_c_part() -> str:
    """Whether the PDFium reader's C part is built and used here, in words for the record."""
    from filelint.readers import pdfium_native

    return "built and used" if pdfium_native.available() else "not built (every question asked from Python)"


def _one_file(read, data: bytes) -> int:
    from filelint.api import _collected_after

    with _collected_after():
        return read(data)


def corpus_rates(files: list[bytes]) -> dict[str, tuple[float, int, float]]:
    """Wall seconds, pages and CPU seconds of this process for each way of reading the corpus, measured one
    after another in this process. CPU time is given too: on a shared machine other work stretches wall time,
    not the work done here (each way is one thread).

    Every way reads each file as filelint's own checks do (``filelint.api._collected_after``): no cyclic garbage
    collection while the file is read, one collection after it. The bare ways too, so each way pays the same
    collection policy; filelint's readers make hundreds of thousands of objects a file, bare extraction few."""
    ways = {
        "bare pypdfium2 get_text_range": _bare_pdfium,
        "bare pypdf extract_text": _bare_pypdf,
        "filelint PDFium reader (Document only)": _read_only("pdfium"),
        "filelint pypdf reader (Document only)": _read_only("pypdf"),
        "filelint full check, PDFium reader": _full_check("pdfium"),
        "filelint full check, pypdf reader": _full_check("pypdf"),
        "filelint full check, PDFium reader without its C part": _python_path(_full_check("pdfium")),
    }
    results = {}
    for label, read in ways.items():
        started, cpu = time.perf_counter(), time.process_time()
        pages = sum(_one_file(read, data) for data in files)
        results[label] = (time.perf_counter() - started, pages, time.process_time() - cpu)
        print(f"  {label}: {results[label][0]:.2f} s, {pages} pages, {results[label][2]:.2f} s CPU", file=sys.stderr)
    return results


def long_filing(source: bytes, pages: int, folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(source))
    writer = PdfWriter()
    for index in range(pages):
        writer.add_page(reader.pages[index % len(reader.pages)])
    path = folder / f"filing_{pages}p.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from filelint.config import Config
from filelint.engine import lint
from filelint.registry import discover_packs
if {reader!r} == "pdfium":
    from filelint.readers.pdfium import read_pdf
else:
    from filelint.readers.pdf import read_pdf
packs = discover_packs()
data = Path({path!r}).read_bytes()
started = time.perf_counter()
document = read_pdf(data, "bench.pdf")
lint(document, packs, Config())
elapsed = time.perf_counter() - started
# VmHWM, not ru_maxrss: Linux carries a parent's ru_maxrss into a child, and the parent read the corpus.
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(elapsed, len(document.pages), peak)
"""


def scaling(source: bytes, sizes: list[int]) -> list[tuple[int, str, float, int]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = long_filing(source, size, Path(folder))
            for reader in ("pdfium", "pypdf"):
                script = CHILD.format(root=str(ROOT), reader=reader, path=str(path))
                output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
                elapsed, pages, rss_kib = output.split()
                rows.append((int(pages), reader, float(elapsed), int(rss_kib) // 1024))
                print(f"  {pages} pages, {reader}: {float(elapsed):.2f} s, {int(rss_kib) // 1024} MB", file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--sizes", default="10,100,400,800")
    parser.add_argument("--scaling-only", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # pypdf's repair messages are not what is measured
    folder = Path(args.corpus) / "pdf"
    files = [path.read_bytes() for path in sorted(folder.glob("*.pdf")) if path.stat().st_size]
    print(f"Machine: {platform.python_version()}, {platform.platform()}; {len(files)} corpus PDFs", file=sys.stderr)
    load_before = os.getloadavg()[0]
    rates = {} if args.scaling_only else corpus_rates(files)
    ratios = {label: round(rate[2] / rates["bare pypdfium2 get_text_range"][2], 2) for label, rate in rates.items()}
    print(f"  CPU-time ratios to bare pypdfium2: {ratios}; load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after", file=sys.stderr)
    rows = scaling((folder / LONG_REPORT).read_bytes(), [int(s) for s in args.sizes.split(",")])
    print(json.dumps({"corpus": rates, "scaling": rows}, indent=1))


if __name__ == "__main__":
    main()
