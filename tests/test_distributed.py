"""check --scheduler: files checked as Dask tasks on a LocalCluster of two worker processes (issue 15, part 4).

One cluster serves the module (starting one costs ~2 s); the fault test kills one of its workers, whose nanny
starts it again. The rows are compared with what `filelint check --format json` says of the same files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from signal import SIGKILL

import pytest
from conftest import FIXTURES, assert_no_traceback, run_cli

from filelint.config import Config

PDFS = ["ecf/font_not_embedded.pdf", "ecf/hidden_text_invisible.pdf", "ecf/redaction_boxes_over_text.pdf",
        "ecf/fillable_form.pdf", "ecf/saved_incrementally.pdf", "ecf/encrypted_restrictions_only.pdf",
        "ecf/redacted_page_as_image.pdf", "ecf/partly_scanned.pdf"]
TEXTS = ["kim/sk_motion_hearing_ok.txt", "kim/sk_motion_hearing_on_thursday.txt", "beeler/lb_motion_hearing_on_friday.txt",
         "privacy/declaration_with_personal_data.txt"]  # social security numbers: masked as in the json report


@pytest.fixture(scope="module")
def client():
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set({"distributed.scheduler.allowed-failures": 5}):  # a killed worker's tasks are retried, not lost
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0", silence_logs=50)
    with Client(cluster) as connected:
        yield connected
    cluster.close()


@pytest.fixture
def filings(tmp_path):
    """12 fixture filings (8 PDFs, 4 text files) copied to one folder, and a PDF cut off half-way."""
    folder = tmp_path / "filings"
    folder.mkdir()
    for name in PDFS + TEXTS:
        shutil.copy(FIXTURES / name, folder / name.replace("/", "__"))
    whole = (FIXTURES / PDFS[0]).read_bytes()
    (folder / "zz_truncated.pdf").write_bytes(whole[: len(whole) // 2])
    return folder


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _check(client, paths, results, **options):
    from filelint.distributed import check_on_dask

    return check_on_dask(paths, Config(), client, results, **options)


def test_rows_match_the_json_report_and_a_corrupt_pdf_gets_its_row(client, filings, tmp_path):
    results = tmp_path / "out.jsonl"
    counts = _check(client, [filings], results)
    rows = _rows(results)
    names = sorted(str(path) for path in filings.iterdir())
    assert sorted(row["path"] for row in rows) == names  # each file once
    assert counts["checked"] == 13 and counts["skipped"] == 0 and counts["failed"] == 0

    cli = run_cli("check", "--format", "json", "--no-cache", *names, cwd=tmp_path)
    assert_no_traceback(cli)
    assert cli.returncode == 1, cli.stderr
    report = json.loads(cli.stdout)
    expected = {name: [d for d in report["diagnostics"] if d["path"] == name] for name in names}
    files = {entry["path"]: entry for entry in report["files"]}
    for row in rows:
        assert row["diagnostics"] == expected[row["path"]], row["path"]
        assert row["file"] == files[row["path"]]
    assert sum(len(found) for found in expected.values()) >= 8  # the comparison is over real findings (10 today)

    text = results.read_text(encoding="utf-8")
    assert "XXX-XX-6789" in text and "123-45-6789" not in text  # the fixture's SSN is masked in the rows

    truncated = next(row for row in rows if row["path"].endswith("zz_truncated.pdf"))
    assert truncated["diagnostics"] and truncated["status"] == "errors"
    assert all(len(row["sha256"] or "") == 64 for row in rows if row["file"]["kind"] in ("pdf", "text")
               and row["path"] != truncated["path"])


def test_a_worker_killed_mid_run_loses_nothing_and_repeats_nothing(client, filings, tmp_path):
    for copy in range(2):  # 39 files, so the kill lands while both workers have work
        for path in list(filings.glob("*.pdf"))[:13]:
            shutil.copy(path, filings / f"again{copy}_{path.name}")
    pids = client.run(os.getpid)
    address, victim = sorted(pids.items())[0]
    killed, in_flight = [], []

    def kill_after_three(done, total):
        if done >= 3 and not killed:
            in_flight.extend(client.processing()[address])  # its tasks at the kill: they must be redone elsewhere
            os.kill(victim, SIGKILL)
            killed.append(done)

    results = tmp_path / "out.jsonl"
    counts = _check(client, [filings], results, on_progress=kill_after_three)
    rows = _rows(results)
    names = sorted(str(path) for path in filings.iterdir())
    assert killed and killed[0] < len(names) - 5 and in_flight, "the worker was killed mid-run, with work in hand"
    assert sorted(row["path"] for row in rows) == names  # none lost, none twice
    assert counts["failed"] == 0 and all(row["status"] != "failed" for row in rows)
    client.wait_for_workers(2, timeout=30)
    assert victim not in client.run(os.getpid).values()  # the nanny started a new worker


def test_a_rerun_checks_only_what_is_missing_and_redoes_a_cut_off_line(client, filings, tmp_path):
    results = tmp_path / "out.jsonl"
    _check(client, [filings], results)
    lines = results.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = lines[:5]
    results.write_text("".join(kept) + lines[5][: len(lines[5]) // 2], encoding="utf-8")  # a run killed mid-line

    counts = _check(client, [filings], results)
    assert counts["skipped"] == 5 and counts["checked"] == 13 - 5
    after = results.read_text(encoding="utf-8").splitlines(keepends=True)
    assert after[:5] == kept  # the rows there were not redone
    paths = [json.loads(line)["path"] for line in after]
    assert sorted(paths) == sorted(str(path) for path in filings.iterdir())

    again = _check(client, [filings], results)
    assert again["checked"] == 0 and again["skipped"] == 13
    assert len(_rows(results)) == 13


def test_a_manifest_of_paths_and_file_urls(client, filings, tmp_path):
    listed = sorted(filings.iterdir())[:4]
    manifest = tmp_path / "manifest.txt"
    missing = tmp_path / "gone.pdf"
    entries = [str(listed[0]), "", "# a comment", str(listed[1]), listed[2].as_uri(), str(listed[3]), str(missing)]
    manifest.write_text("\n".join(entries) + "\n", encoding="utf-8")
    results = tmp_path / "out.jsonl"
    counts = _check(client, [], results, manifest=str(manifest))
    rows = {row["path"]: row for row in _rows(results)}
    assert sorted(rows) == sorted([str(listed[0]), str(listed[1]), listed[2].as_uri(), str(listed[3]), str(missing)])
    assert counts["total"] == 5
    assert rows[str(missing)]["diagnostics"]  # a file that is not there is reported, not passed over
    by_path = rows[str(listed[0])]
    assert by_path["file"]["path"] == str(listed[0])
    fetched = rows[listed[2].as_uri()]  # read through fsspec on the worker, shown by its URL
    assert fetched["file"]["path"] == listed[2].as_uri() and fetched["sha256"]


def test_the_time_limit_holds_on_the_workers(client, tmp_path):
    from pdfbuild import minimal_pdf

    from filelint.distributed import check_on_dask

    # A page of 8,000 one-letter texts (a tenth of a second and more to read) against a limit of a millisecond:
    # the worker's timer goes off during the check however loaded the machine (a fixture checked in a few ms
    # could finish before a starved timer thread ran).
    texts = " ".join(f"BT /F1 12 Tf {72 + i % 45 * 10} {100 + i // 45 % 600} Td (a) Tj ET" for i in range(8000))
    slow_file = tmp_path / "slow.pdf"
    slow_file.write_bytes(minimal_pdf([{"content": texts}]))
    results = tmp_path / "out.jsonl"
    check_on_dask([slow_file], replace(Config(), timeout=0.001), client, results)
    (row,) = _rows(results)
    assert [d["code"] for d in row["diagnostics"]] == ["FL002"]


def test_thread_time_limit_interrupts_a_thread_that_is_not_main():
    from filelint.api import FileTimeout
    from filelint.distributed import thread_time_limit

    outcome = []

    def spin():
        try:
            with thread_time_limit(0.2):
                while True:
                    pass
        except FileTimeout:
            outcome.append("stopped")

    worker = threading.Thread(target=spin)
    worker.start()
    worker.join(10)
    assert outcome == ["stopped"]


def test_thread_time_limits_share_one_watchdog_and_a_disarmed_one_never_goes_off():
    """Each file's limit is armed and disarmed on one watchdog thread (none started per file); a limit whose block
    ended never goes off later; two threads' limits each stop their own thread."""
    from filelint.api import FileTimeout
    from filelint.distributed import thread_time_limit

    outcome = []

    def many_quick_checks():
        try:
            for _ in range(200):
                with thread_time_limit(0.05):
                    pass
            deadline = time.monotonic() + 0.3  # past every deadline armed above
            while time.monotonic() < deadline:
                pass
            outcome.append("never went off")
        except FileTimeout:
            outcome.append("went off after its block")

    def spin(name):
        try:
            with thread_time_limit(0.1):
                while True:
                    pass
        except FileTimeout:
            outcome.append(name)

    threads = [threading.Thread(target=many_quick_checks), threading.Thread(target=spin, args=("a stopped",)),
               threading.Thread(target=spin, args=("b stopped",))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted(outcome) == ["a stopped", "b stopped", "never went off"]
    assert sum(thread.name == "filelint-time-limit" for thread in threading.enumerate()) == 1


class _SwallowsWhatItMeets:
    """Runs Python code in its finaliser, where an exception raised is reported and dropped, never propagated."""

    def __del__(self) -> None:
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            pass


def test_thread_time_limit_goes_off_again_when_a_finaliser_swallows_it(monkeypatch):
    """The limit's exception lands in a finaliser (the one running when it goes off), where Python drops it: the
    limit goes off again soon and stops the check that runs on (not at the end of its ten seconds), the report is
    not shown, and nothing is left pending to go off after the block."""
    from filelint.api import FileTimeout
    from filelint.distributed import thread_time_limit

    outcome, reports = [], []

    def work():
        started = time.monotonic()
        try:
            with thread_time_limit(0.05):
                _SwallowsWhatItMeets()  # dropped at once: its finaliser runs past the limit
                while time.monotonic() < started + 10:
                    pass
            outcome.append("ran on")
        except FileTimeout:
            outcome.append("timed out" if time.monotonic() - started < 5 else "timed out only at the end")
        deadline = time.monotonic() + 0.2  # a pending exception would go off here
        while time.monotonic() < deadline:
            pass
        outcome.append("after")

    from filelint import distributed

    with thread_time_limit(60):
        pass  # the watchdog is running and has put its hook in place (in a worker, once for the process's life)
    # pytest puts its own hook in place around each test: the watchdog's is put back for this one, and what it
    # hands on (a report that is not its own) is kept here.
    monkeypatch.setattr(sys, "unraisablehook", distributed._WATCHDOG._unraisable)
    monkeypatch.setattr(distributed._WATCHDOG, "_previous_hook", reports.append)
    worker = threading.Thread(target=work)
    worker.start()
    worker.join(20)
    assert outcome == ["timed out", "after"]
    assert reports == []  # the dropped time-out is shown to no one


def test_parquet_round_trip(client, filings, tmp_path):
    import pyarrow.parquet as pq

    results = tmp_path / "out.parquet"
    _check(client, [filings], results)
    table = pq.read_table(results).to_pylist()
    jsonl = _rows(tmp_path / "out.parquet.jsonl")
    assert sorted(row["path"] for row in table) == sorted(str(path) for path in filings.iterdir())
    by_path = {row["path"]: row for row in jsonl}
    for row in table:
        assert json.loads(row["diagnostics"]) == by_path[row["path"]]["diagnostics"]
        assert row["errors"] == sum(d["severity"] == "error" for d in by_path[row["path"]]["diagnostics"])


def test_the_cli_on_a_local_cluster(filings, tmp_path):
    results = tmp_path / "out.jsonl"
    result = run_cli("check", "--scheduler", "local:2", "--results-file", str(results), str(filings), cwd=tmp_path, timeout=120)
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr  # errors found, as check
    assert "13 files: 13 checked now" in result.stderr
    assert "Dask dashboard (tasks filelint-check-*): http://127.0.0.1:" in result.stderr
    assert len(_rows(results)) == 13
    usage = run_cli("check", "--results-file", str(results), str(filings), cwd=tmp_path)
    assert usage.returncode == 2 and "--scheduler" in usage.stderr


def test_the_plain_path_never_imports_dask_and_says_how_to_get_it(tmp_path):
    probe = textwrap.dedent(f"""
        import sys
        import filelint.cli as cli
        sys.argv = ["filelint", "check", "--no-cache", {str(FIXTURES / TEXTS[0])!r}]
        try:
            cli.main()
        except SystemExit as leaving:
            code = leaving.code
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed", "fsspec", "pyarrow"))
        print("LOADED", loaded, "EXIT", code)
    """)
    seen = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert "LOADED [] EXIT" in seen.stdout, seen.stdout + seen.stderr

    without = textwrap.dedent(f"""
        import sys
        sys.modules["distributed"] = None  # as if the dask extra were not installed
        import filelint.cli as cli
        sys.argv = ["filelint", "check", "--scheduler", "local:2", "--results-file", "out.jsonl", {str(FIXTURES / TEXTS[0])!r}]
        cli.main()
    """)
    missing = subprocess.run([sys.executable, "-c", without], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2
    assert "pip install 'filelint[dask]'" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path):
    probe = textwrap.dedent(f"""
        import sys
        sys.modules["pyarrow"] = None  # as if pyarrow were not installed
        import filelint.cli as cli
        sys.argv = ["filelint", "check", "--scheduler", "local:1", "--results-file", "out.parquet", {str(FIXTURES / TEXTS[0])!r}]
        cli.main()
    """)
    seen = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert seen.returncode == 2
    assert "Parquet output needs pyarrow" in seen.stderr and "Traceback" not in seen.stderr
    assert not list(tmp_path.iterdir())  # refused before anything was written
