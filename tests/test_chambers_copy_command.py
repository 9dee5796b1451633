"""``filelint chambers-copy``: stamps the designation and changes nothing else."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from pypdf import PdfReader

from conftest import FIXTURES, assert_no_traceback, run_cli
from pdfbuild import minimal_pdf, text_at

CONFORMED = FIXTURES / "spero" / "chambers_copy_no_designation.pdf"


def _content_bytes(page) -> list[bytes]:
    contents = page.get_contents()
    return [contents.get_data()] if contents is not None else []


def _raw_streams(reader: PdfReader, page_index: int) -> list[bytes]:
    raw = reader.pages[page_index].raw_get("/Contents").get_object()
    items = list(raw) if isinstance(raw, list) else [raw]
    return [item.get_object().get_data() for item in items]


def test_output_passes_the_chambers_copy_rules_and_only_the_designation_changed(tmp_path: Path) -> None:
    source = tmp_path / "motion.pdf"
    shutil.copy(CONFORMED, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    output = tmp_path / "motion - chambers copy.pdf"
    result = run_cli("chambers-copy", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stdout and "JCS'S CHAMBERS' COPY" in result.stdout
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before, "the input was modified"

    check = run_cli("check", "--chambers-copy", "--format", "json", str(output))
    assert check.returncode == 0
    codes = [d["code"] for d in json.loads(check.stdout)["diagnostics"]]
    assert codes == ["JCS009"], codes  # only the reminder of when to lodge it
    unstamped = run_cli("check", "--chambers-copy", "--format", "json", str(source))
    assert "JCS002" in [d["code"] for d in json.loads(unstamped.stdout)["diagnostics"]]

    original, stamped = PdfReader(source), PdfReader(output)
    assert len(original.pages) == len(stamped.pages)
    for index, (a, b) in enumerate(zip(original.pages, stamped.pages)):
        assert a.mediabox == b.mediabox and a.rotation == b.rotation
        old_streams, new_streams = _raw_streams(original, index), _raw_streams(stamped, index)
        if index == 0:
            assert new_streams[1:-1] == old_streams, "the original content streams are kept byte for byte"
            assert new_streams[0] == b"q\n" and b"Tj" in new_streams[-1]
            added = set(b.extract_text().splitlines()) - set(a.extract_text().splitlines())
            assert added == {"JCS'S CHAMBERS' COPY"}
        else:
            assert new_streams == old_streams and a.extract_text() == b.extract_text()


def test_every_page_option_stamps_each_page(tmp_path: Path) -> None:
    output = tmp_path / "copy.pdf"
    assert run_cli("chambers-copy", str(CONFORMED), "-o", str(output), "--every-page").returncode == 0
    assert all("JCS'S CHAMBERS' COPY" in page.extract_text() for page in PdfReader(output).pages)


def test_refuses_a_pdf_without_ecf_stamps_unless_forced(tmp_path: Path) -> None:
    draft = FIXTURES / "spero" / "notice_of_motion_ok.pdf"
    output = tmp_path / "copy.pdf"
    refused = run_cli("chambers-copy", str(draft), "-o", str(output))
    assert refused.returncode == 2 and not output.exists()
    assert "no ECF file stamp on any page" in refused.stderr and "--force" in refused.stderr
    assert_no_traceback(refused)
    forced = run_cli("chambers-copy", str(draft), "-o", str(output), "--force")
    assert forced.returncode == 0 and output.exists()
    assert "warning:" in forced.stderr and "stamped anyway because of --force" in forced.stderr


def test_never_writes_over_the_input(tmp_path: Path) -> None:
    source = tmp_path / "motion.pdf"
    shutil.copy(CONFORMED, source)
    before = source.read_bytes()
    result = run_cli("chambers-copy", str(source), "-o", str(tmp_path / "." / "motion.pdf"))
    assert result.returncode == 2 and "never writes over" in result.stderr
    linked = tmp_path / "link.pdf"
    linked.symlink_to(source)
    assert run_cli("chambers-copy", str(source), "-o", str(linked)).returncode == 2
    assert source.read_bytes() == before


def test_rotated_page_gets_an_upright_designation(tmp_path: Path) -> None:
    stamp = "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 1"
    source = tmp_path / "rotated.pdf"
    source.write_bytes(minimal_pdf([{"content": text_at(30, 100, stamp, size=9) + "\n" + text_at(300, 100, "Body"), "rotate": 90}]))
    output = tmp_path / "copy.pdf"
    assert run_cli("chambers-copy", str(source), "-o", str(output)).returncode == 0
    from filelint.readers import read_document

    page = read_document(output).pages[0]
    line = next(line for line in page.lines if "CHAMBERS" in line.text)
    assert line.text == "JCS'S CHAMBERS' COPY" and abs(line.y - 48) < 1  # near the top as displayed


def test_other_judges_designation_and_unknown_judge(tmp_path: Path) -> None:
    output = tmp_path / "copy.pdf"
    custom = run_cli("chambers-copy", str(CONFORMED), "-o", str(output), "--designation", "Chambers Copy")
    assert custom.returncode == 0 and "CHAMBERS COPY" in PdfReader(output).pages[0].extract_text()
    unknown = run_cli("chambers-copy", str(CONFORMED), "-o", str(output), "--judge", "XYZ")
    assert unknown.returncode == 2 and "no installed pack" in unknown.stderr
