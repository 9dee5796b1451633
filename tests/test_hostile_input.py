"""Broken, hostile and odd input: every file gets a diagnostic, nothing stops the run."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, assert_no_traceback, run_cli

GOOD = FIXTURES / "spero" / "notice_of_motion_ok.pdf"


def bomb_pdf(expanded_bytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``expanded_bytes`` of spaces."""
    payload = zlib.compress(b" " * expanded_bytes, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(payload) + payload + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# The same limits hold whichever PDF reader reads the file (issue 15): each test below runs once per reader.
READERS = pytest.mark.parametrize("reader", ["pypdf", "pdfium"])


def _checked_in_a_child(path: Path, reader: str) -> tuple[list[dict], int]:
    """``filelint check`` of the file in a child process: its diagnostics and its peak memory (KB). The child's
    address space is capped (3 GB) so that a regression fails the test instead of exhausting the machine."""
    code = ("import resource, subprocess, sys; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30)); "
            "r = subprocess.run([sys.executable, '-m', 'filelint', 'check', '--no-cache', '--reader', sys.argv[2], '--format', "
            "'json', sys.argv[1]], capture_output=True, text=True); "
            "print(r.stdout); print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code, str(path), reader], capture_output=True, text=True, timeout=300, cwd=ROOT)
    output, peak = result.stdout.rsplit("MAXRSS", 1)
    return json.loads(output)["diagnostics"], int(peak)


@READERS
def test_compression_bomb_is_stopped_with_bounded_memory(tmp_path: Path, reader: str) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(400_000_000))  # 400 MB of spaces in well under a megabyte
    assert bomb.stat().st_size < 1_000_000
    diagnostics, peak = _checked_in_a_child(bomb, reader)
    assert peak < 600_000, f"peak memory {peak // 1024} MB: the decompression limit did not hold"
    messages = [d["message"] for d in diagnostics if d["code"] == "FL006"]
    assert messages and "decompression limit" in messages[0]


@READERS
def test_a_box_a_billion_points_tall_is_read_with_bounded_memory(tmp_path: Path, reader: str) -> None:
    """A dark box drawn 2e9 pt tall over a word: the PDFium reader filed such a box in every 36-pt row it spans
    (55 million), ran out of memory and reported the file unreadable after half a minute; it is checked like any
    other box: the word under it is found, within bounded memory and the time limit."""
    from pdfbuild import minimal_pdf, text_at

    tall = tmp_path / "tall_box.pdf"
    tall.write_bytes(minimal_pdf([{"content": "0 0 0 rg 100 -1000000000 50 2000000000 re f " + text_at(120, 700, "Hello world text here")}]))
    diagnostics, peak = _checked_in_a_child(tall, reader)
    assert peak < 600_000, f"peak memory {peak // 1024} MB"
    codes = {d["code"] for d in diagnostics}
    assert "PDF007" in codes and not codes & {"FL002", "FL006", "FL001"}, sorted(codes)


def test_a_page_of_more_text_objects_than_pdfium_reads_in_time_is_read_by_the_pypdf_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium's text page takes time quadratic in text objects that share a line out of order (80k: 35 s), in one
    C call the time limit cannot interrupt. A page with more than MAX_TEXT_OBJECTS is read by the pypdf reader
    instead (its time limit holds): the same Document, and PDFium's text page is never built."""
    import random

    import pypdfium2
    from pdfbuild import minimal_pdf

    from filelint.readers import pdf, pdfium

    moves = random.Random(15)
    count = pdfium.MAX_TEXT_OBJECTS + 1
    content = "BT /F1 4 Tf 300 400 Td " + " ".join(f"{moves.uniform(-250, 250):.1f} 0 Td (ab) Tj" for _ in range(count)) + " ET"
    data = minimal_pdf([{"content": content}])

    def no_text_page(self, *args, **kwargs):
        raise AssertionError("PDFium's text page was built for a page of too many text objects")

    monkeypatch.setattr(pypdfium2.PdfPage, "get_textpage", no_text_page)
    read = pdfium.read_pdf(data, "many_texts.pdf")
    assert read.problem is None and len(read.pages[0].lines) == 1
    assert repr(read) == repr(pdf.read_pdf(data, "many_texts.pdf"))


@READERS
def test_time_limit_stops_one_file_and_the_run_goes_on(tmp_path: Path, corpus: Path, reader: str) -> None:
    (tmp_path / ".filelint.toml").write_text("timeout = 0.5\n")
    big = corpus / "pdf" / "cand_17cv220_1244_expert_report_391p.pdf"
    result = run_cli("check", "--reader", reader, "--format", "json", str(big), str(GOOD), cwd=tmp_path)
    assert_no_traceback(result)
    found = {(Path(d["path"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert (big.name, "FL002") in found, (reader, sorted(found))  # codes only: corpus text is never quoted
    assert result.returncode == 1
    assert len(json.loads(result.stdout)["files"]) == 2


@READERS
def test_max_pages_setting(tmp_path: Path, reader: str) -> None:
    (tmp_path / ".filelint.toml").write_text("max-pages = 1\nselect = [\"FL\"]\n")
    result = run_cli("check", "--reader", reader, "--format", "json", str(GOOD), cwd=tmp_path)
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["code"] == "FL006" and "only the first 1 of its 3 pages" in diagnostic["message"]


def test_file_system_oddities_each_get_a_diagnostic(tmp_path: Path) -> None:
    folder = tmp_path / "filings"
    folder.mkdir()
    shutil.copy(GOOD, folder / "motion.pdf")
    (folder / "loop").symlink_to(folder)  # a folder that contains itself
    (folder / "self.pdf").symlink_to(folder / "self.pdf")  # a link to itself
    (folder / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")  # a dangling link: the file vanished
    (folder / "brief.pdf").mkdir()  # a folder named like a file, holding a filing
    shutil.copy(GOOD, folder / "brief.pdf" / "inner.pdf")
    odd_name = os.fsdecode(bytes(folder) + b"/caf\xe9 motion.txt")
    with open(odd_name, "w", encoding="utf-8") as handle:
        handle.write("A draft with a name in Latin-1.\n")
    (tmp_path / "missing.pdf").symlink_to(tmp_path / "moved-away.pdf")  # named, but gone (a missing path is exit 2)
    result = run_cli("check", "--format", "json", "--select", "FL", str(folder), str(tmp_path / "missing.pdf"))
    assert_no_traceback(result)
    payload = json.loads(result.stdout)
    names = {Path(f["path"]).name for f in payload["files"]}
    assert {"motion.pdf", "self.pdf", "gone.pdf", "inner.pdf", "caf\ufffd motion.txt", "missing.pdf", "brief.pdf"} <= names
    unreadable = {Path(d["path"]).name: d["message"] for d in payload["diagnostics"] if d["code"] == "FL001"}
    assert set(unreadable) == {"self.pdf", "gone.pdf", "missing.pdf", "brief.pdf"}
    assert "does not exist" in unreadable["gone.pdf"]
    assert "folder named like a file" in unreadable["brief.pdf"]
    text_run = run_cli("check", str(folder))  # the text format prints the undecodable name too
    assert_no_traceback(text_run)
    assert text_run.returncode in (0, 1)


def test_a_folder_given_as_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "exhibits.pdf").mkdir()
    result = run_cli("check", str(tmp_path / "exhibits.pdf"))
    assert result.returncode == 1 and "folder named like a file" in result.stdout


def test_a_named_pipe_is_not_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "motion.txt"
    os.mkfifo(pipe)  # reading it would block forever
    result = run_cli("check", "--format", "json", str(tmp_path), timeout=60)
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["code"] == "FL001" and "not a regular file" in diagnostic["message"]


def test_an_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    shutil.copy(GOOD, locked)
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        reason = "running as root: file permissions do not stop reading here"
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    result = run_cli("check", "--format", "json", str(locked))
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["code"] == "FL001" and "could not be opened" in diagnostic["message"]


def _fingerprints(paths: list[Path]) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}


def test_checking_changes_no_file(corpus: Path) -> None:
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file()) + sorted((corpus / "pdf").glob("*.pdf"))
    before = _fingerprints(files)
    result = run_cli("check", "--format", "json", str(FIXTURES), str(corpus / "pdf"), timeout=900)
    assert result.returncode in (1, 2)  # the fixtures include an encrypted file and planted errors
    assert _fingerprints(files) == before


def test_checking_works_with_the_network_cut_off(tmp_path: Path) -> None:
    code = (
        "import socket, sys\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network access attempted')\n"
        "socket.socket = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "sys.argv = ['filelint', 'check', '--format', 'json', sys.argv[1]]\n"
        "from filelint.cli import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "spero")], capture_output=True, text=True, cwd=ROOT)
    assert_no_traceback(result)
    assert "network access attempted" not in result.stdout + result.stderr
    assert result.returncode == 1 and json.loads(result.stdout)["files"]
