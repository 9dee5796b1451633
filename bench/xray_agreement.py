"""Failed redactions: filelint's PDF007 against Free Law Project x-ray, file by file, with times.

Run from the project root, with the shared corpus beside it:

    python bench/xray_agreement.py [CORPUS_DIR]

It prints, for each of the corpus files x-ray has a verdict on, x-ray 0.3.6's recorded
verdict (corpus XRAY.tsv), x-ray's live verdict and time when the ``x-ray`` package is
installed (``pip install x-ray``; filelint never depends on it), and filelint's verdict
and time, then the agreement and the ratio of total times measured in this run.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from filelint.config import Config
from filelint.engine import lint
from filelint.readers import read_document
from filelint.registry import discover_packs

ROOT = Path(__file__).resolve().parents[1]


def filelint_verdict(path: Path, packs, config: Config) -> tuple[str, float]:
    start = time.perf_counter()
    result = lint(read_document(path), packs, config)
    elapsed = time.perf_counter() - start
    flagged = any(d.code == "PDF007" for d in result.diagnostics)
    return ("flagged" if flagged else "clean"), elapsed


def xray_verdict(path: Path) -> tuple[str, float] | None:
    try:
        import xray  # type: ignore[import-not-found]
    except ImportError:
        return None
    import asyncio
    import inspect

    start = time.perf_counter()
    try:
        found = xray.inspect(str(path))
        if inspect.iscoroutine(found):  # newer x-ray releases are asynchronous
            found = asyncio.run(found)
        verdict = "flagged" if found else "clean"
    except Exception as error:  # report x-ray's own failure in the table, keep measuring
        verdict = f"error ({type(error).__name__})"
    return verdict, time.perf_counter() - start


def main(corpus: Path) -> int:
    rows = list(csv.DictReader(open(corpus / "XRAY.tsv", encoding="utf-8"), delimiter="\t"))
    packs = discover_packs()
    config = Config(select=("PDF007",))
    agree = compared = 0
    ours_total = theirs_total = 0.0
    live = None
    print(f"{'file':52} {'x-ray (tsv)':12} {'x-ray (live)':22} {'filelint':10} {'ms':>7}")
    for row in rows:
        if row["xray_0_3_6"] == "error":
            continue
        path = corpus / "pdf" / row["filename"]
        ours, ours_time = filelint_verdict(path, packs, config)
        live = xray_verdict(path)
        live_text = "not installed" if live is None else f"{live[0]} {live[1] * 1000:.0f} ms"
        if live is not None:
            theirs_total += live[1]
        ours_total += ours_time
        compared += 1
        agree += ours == row["xray_0_3_6"]
        print(f"{row['filename'][:52]:52} {row['xray_0_3_6']:12} {live_text:22} {ours:10} {ours_time * 1000:7.0f}")
    print(f"\nagreement with x-ray 0.3.6's recorded verdicts: {agree}/{compared}"
          " (the deliberate differences are listed in tests/test_xray_agreement.py)")
    print(f"filelint total: {ours_total:.2f} s (reading and the PDF007 rule)")
    if live is not None and theirs_total:
        print(f"x-ray total: {theirs_total:.2f} s; x-ray / filelint = {theirs_total / ours_total:.2f}")
    else:
        print("x-ray is not installed here: only its recorded verdicts are compared (pip install x-ray to time it)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"))
