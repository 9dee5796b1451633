"""Start-up loads only what the command uses (issue 15: a 20-page brief in under 0.5 s, `--version` under 0.3 s).

Each case runs the real command line in a fresh interpreter and lists the modules it imported: a library
a command does not need costs every run its import time (pydantic alone ~0.1 s, pypdf ~70 ms, Word's
reader ~40 ms). The times themselves are measured in bench/RESULTS.md, not asserted here.
"""

from __future__ import annotations

import inspect
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


def lazy_patterns(value):
    """The lazy patterns in a module attribute's value (a pattern, or tuples of them)."""
    from filelint.legal.lazy_regex import LazyPattern

    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from lazy_patterns(item)


# Loads every pack as a check does, then lists the lazy patterns of filelint.legal and the packs, and which
# of them that compiled (with the same lazy_patterns as the test below, its source copied in).
LAZY_LISTER = """
import json, sys
from filelint.registry import discover_packs

discover_packs()

{lazy_patterns}
found = {{}}
for name, module in list(sys.modules.items()):
    if name.startswith(("filelint.legal", "filelint_rules")):
        for attribute, value in vars(module).items():
            for index, pattern in enumerate(lazy_patterns(value)):
                found[f"{{name}}.{{attribute}}[{{index}}]"] = "_compiled" in vars(pattern)
print("\\nLAZY " + json.dumps(found))
"""


def test_loading_the_packs_compiles_none_of_the_lazy_patterns(tmp_path) -> None:
    """The regex module compiles in Python (~0.3-1 ms a pattern): the helpers' and packs' patterns wait for a
    paper that uses them (a brief never uses a joint letter's). A pattern used while a module is imported
    would be compiled on every run again, for every command."""
    result = subprocess.run([sys.executable, "-c", LAZY_LISTER.format(lazy_patterns=inspect.getsource(lazy_patterns))], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "FILELINT_CACHE_DIR": str(tmp_path / "cache")})
    assert "Traceback" not in result.stderr, result.stderr
    found = json.loads(result.stdout.rsplit("\nLAZY ", 1)[1])
    assert len(found) >= 140, f"only {len(found)} lazy patterns: the listing would prove nothing"
    compiled = sorted(name for name, done in found.items() if done)
    assert not compiled, f"loading the packs compiled {compiled}"


def every_lazy_pattern():
    """(where, pattern) for each lazy pattern in filelint.legal and the built-in packs, their modules imported."""
    import importlib
    import pkgutil

    import filelint.legal
    import filelint_rules
    found = []
    for package in (filelint.legal, filelint_rules):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for attribute, value in vars(module).items():
                found += [(f"{info.name}.{attribute}", pattern) for pattern in lazy_patterns(value)]
    return found


def test_every_lazy_pattern_compiles_and_matches_as_its_compiled_pattern() -> None:
    """A lazy pattern's mistake would show only when a paper first uses it: each is compiled here, and matches,
    replaces and splits a filing's text exactly as ``regex.compile`` of the same source does."""
    import pickle

    import regex

    # A caption, counsel block and hearing (the whole motion would take the caption patterns seconds), a stamp, an SSN.
    text = (FIXTURES / "spero" / "notice_of_motion_ok.txt").read_text(encoding="utf-8")[:1200]
    text += "\nCase 3:07-cv-01234-JCS Document 12 Filed 07/27/07 Page 1 of 3\nSSN 123-45-6789, born July 27, 2007\n"
    patterns = every_lazy_pattern()
    assert len(patterns) >= 140
    assert sum(bool(lazy.search(text)) for _, lazy in patterns) >= 50, "too few patterns match the text to compare them"
    for where, lazy in patterns:
        compiled = regex.compile(*lazy._source)
        fresh = pickle.loads(pickle.dumps(lazy))  # a copy starts uncompiled, whatever the original has done
        for pattern in (lazy, fresh):
            assert pattern.pattern == compiled.pattern and pattern.groupindex == compiled.groupindex, where
            assert pattern.flags == compiled.flags and pattern.groups == compiled.groups, where
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)], where
            assert pattern.sub("#", text) == compiled.sub("#", text), where
            assert pattern.split(text, maxsplit=3) == compiled.split(text, maxsplit=3), where
            assert bool(pattern.search(text)) == bool(compiled.search(text)), where


# Checks two text files in process as the command line does (exiting) or as a library caller does, and counts
# the garbage collections made after the packs were loaded.
COLLECTIONS_LISTER = """
import gc, json, sys
from pathlib import Path
from filelint.api import check_paths
from filelint.config import load_config
from filelint.registry import discover_packs

packs = discover_packs()
collections = []
gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "stop" else None)
report = check_paths([Path(p) for p in sys.argv[2:]], load_config(None), packs, jobs=1, exiting=sys.argv[1] == "exiting")
print("\\nGC " + json.dumps({"files": len(report.results), "collections": collections, "enabled": gc.isenabled()}))
"""


@pytest.mark.parametrize("caller", ["exiting", "library"])
def test_the_last_file_of_an_ending_process_is_not_collected(tmp_path, caller: str) -> None:
    """A file's objects are collected once it is checked, except the last file's when the process ends with the
    report (the command line): that collection (~10 ms of a 20-page brief) would free memory handed back anyway."""
    files = [str(FIXTURES / "spero" / "notice_of_motion_ok.txt"), str(FIXTURES / "spero" / "notice_of_motion_no_jcs.txt")]
    result = subprocess.run([sys.executable, "-c", COLLECTIONS_LISTER, caller, *files], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "FILELINT_CACHE_DIR": str(tmp_path / "cache")})
    assert "Traceback" not in result.stderr, result.stderr
    seen = json.loads(result.stdout.rsplit("\nGC ", 1)[1])
    assert seen["files"] == 2
    if caller == "exiting":
        assert seen["collections"].count(2) == 1 and not seen["enabled"], seen  # after the first file only
    else:
        assert seen["collections"].count(2) == 2 and seen["enabled"], seen  # after each file, and collection resumes
