"""Start-up loads only what the command uses (issue 15: a 20-page brief in under 0.5 s, `--version` under 0.3 s).

Each case runs the real command line in a fresh interpreter and lists the modules it imported: a library
a command does not need costs every run its import time (pydantic alone ~0.1 s, pypdf ~70 ms, Word's
reader ~40 ms). The times themselves are measured in bench/RESULTS.md, not asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT

# Runs filelint as the console script does, then prints every module the run imported.
LISTER = """
import json, sys
sys.argv = ["filelint", *sys.argv[1:]]
from filelint.entry import main
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
print("\\nMODULES " + json.dumps(sorted(sys.modules)))
"""

SERVER_AND_CLUSTER = {"dask", "distributed", "starlette", "uvicorn", "fsspec", "pyarrow"}
PDF_READERS = {"pypdf", "pypdfium2"}
WORD = {"docx"}


def imported(*args: str, tmp_path) -> set[str]:
    """The top-level packages and filelint modules a `filelint ARGS` run imported."""
    environment = {**os.environ, "NO_COLOR": "1", "FILELINT_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", LISTER, *args], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    listing = result.stdout.rsplit("\nMODULES ", 1)
    assert len(listing) == 2, result.stdout + result.stderr
    names = json.loads(listing[1])
    return {name for name in names if name.startswith("filelint")} | {name.split(".")[0] for name in names}


def test_version_loads_no_command_line_rules_or_readers(tmp_path) -> None:
    modules = imported("--version", tmp_path=tmp_path)
    unused = modules & ({"typer", "rich", "pydantic", "regex", "holidays", "filelint.cli", "filelint.legal"}
                        | PDF_READERS | WORD | SERVER_AND_CLUSTER)
    assert not unused, f"--version imported {sorted(unused)}"
    packs_code = sorted(name for name in modules if name.startswith("filelint_rules."))
    assert not packs_code, f"--version ran the packs' code: {packs_code}"


def test_checking_one_text_file_loads_no_reader_pool_or_pydantic(tmp_path) -> None:
    modules = imported("check", "--no-cache", "-j", "2", str(FIXTURES / "spero" / "notice_of_motion_ok.txt"), tmp_path=tmp_path)
    assert "filelint_rules.frcp" in modules, "the rules did not run: the test would prove nothing"
    unused = modules & (PDF_READERS | WORD | SERVER_AND_CLUSTER | {"pydantic", "multiprocessing"})
    assert not unused, f"checking one .txt file imported {sorted(unused)}"


@pytest.mark.parametrize("reader, unused", [("pypdf", {"pypdfium2"} | WORD), ("pdfium", WORD)])
def test_checking_a_pdf_loads_only_its_reader(tmp_path, reader: str, unused: set[str]) -> None:
    pdf = FIXTURES / "ecf" / "redaction_boxes_over_text.pdf"
    modules = imported("check", "--no-cache", "--reader", reader, str(pdf), tmp_path=tmp_path)
    assert {"pypdfium2" if reader == "pdfium" else "pypdf"} <= modules
    loaded = modules & (unused | SERVER_AND_CLUSTER | {"pydantic", "multiprocessing"})
    assert not loaded, f"checking a PDF with {reader} imported {sorted(loaded)}"


def test_a_word_draft_loads_the_word_reader_and_no_pdf_reader(tmp_path) -> None:
    docx = FIXTURES / "word" / "draft_accepted_and_cleaned.docx"
    modules = imported("check", "--no-cache", str(docx), tmp_path=tmp_path)
    assert "docx" in modules
    loaded = modules & (PDF_READERS | SERVER_AND_CLUSTER | {"pydantic"})
    assert not loaded, f"checking a .docx imported {sorted(loaded)}"
