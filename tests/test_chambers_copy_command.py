"""``filelint chambers-copy``: stamps the designation and changes nothing else."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path

from conftest import FIXTURES, ROOT, assert_no_traceback, run_cli
from pdfbuild import minimal_pdf, serialise, text_at
from pypdf import PdfReader

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


# ---------------------------------------------------------------- limits and bad paths (issue 11)


def slow_conformed_pdf(text_objects: int) -> bytes:
    """A small, ECF-stamped one-page PDF whose one content stream draws ``text_objects`` texts: slow to read."""
    stamp = "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 1"
    # Each text somewhere else (PDFium's text page drops a text drawn again over itself, as fake bold).
    texts = "".join(f"BT /F1 12 Tf {72 + i % 45 * 10} {100 + i // 45 % 600} Td (a) Tj ET\n" for i in range(text_objects))
    operators = f"BT /F1 9 Tf 72 770 Td ({stamp}) Tj ET\n" + texts
    payload = zlib.compress(operators.encode("latin-1"), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(payload) + payload + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
    ]
    return serialise(objects, catalog=1)


def run_with_memory_cap(*args: str, cwd: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    """The real CLI with its address space capped at 1.5 GB, so a command that reads without end fails fast."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))

    return subprocess.run([sys.executable, "-m", "filelint", *args], capture_output=True, text=True, timeout=timeout,
                          cwd=cwd or ROOT, env={**os.environ, "NO_COLOR": "1"}, preexec_fn=cap, check=False)


def assert_refused(result: subprocess.CompletedProcess, *reasons: str) -> None:
    """Exit 2 with one line on stderr that gives the reason; never an internal error or a traceback."""
    assert_no_traceback(result)
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("filelint: "), result.stderr
    assert "internal error" not in result.stderr
    for reason in reasons:
        assert reason in result.stderr, result.stderr


def test_the_time_limit_of_check_stops_a_slow_file(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text("timeout = 0.5\n")
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(slow_conformed_pdf(30_000))  # about 75 KB; reading it takes seconds
    started = time.monotonic()
    result = run_cli("chambers-copy", str(slow), "-o", str(tmp_path / "copy.pdf"), cwd=tmp_path, timeout=120)
    assert_refused(result, "longer than 0.5 seconds", "nothing was written")
    assert time.monotonic() - started < 30
    assert not (tmp_path / "copy.pdf").exists()


def test_the_max_pages_setting_of_check_applies(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text("max-pages = 1\n")
    output = tmp_path / "copy.pdf"
    result = run_cli("chambers-copy", str(CONFORMED), "-o", str(output), cwd=tmp_path)
    assert_refused(result, "only the first 1 of its 3 pages", "max-pages")
    assert not output.exists()


def test_a_named_pipe_is_not_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "motion.pdf"
    os.mkfifo(pipe)  # reading it would block forever
    result = run_cli("chambers-copy", str(pipe), "-o", str(tmp_path / "copy.pdf"), timeout=60)
    assert_refused(result, "not a regular file")


def test_a_device_is_not_read(tmp_path: Path) -> None:
    result = run_with_memory_cap("chambers-copy", "/dev/zero", "-o", str(tmp_path / "copy.pdf"))
    assert_refused(result, "not a regular file")


def test_a_missing_input_and_a_folder_input(tmp_path: Path) -> None:
    missing = run_cli("chambers-copy", str(tmp_path / "nowhere.pdf"), "-o", str(tmp_path / "copy.pdf"))
    assert_refused(missing, "no such file or folder")
    (tmp_path / "filings.pdf").mkdir()
    folder = run_cli("chambers-copy", str(tmp_path / "filings.pdf"), "-o", str(tmp_path / "copy.pdf"))
    assert_refused(folder, "folder")


def test_output_paths_that_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    folder = run_cli("chambers-copy", str(CONFORMED), "-o", str(tmp_path / "out"))
    assert_refused(folder, "is a folder")
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "no-such-folder" / "copy.pdf")
    assert_refused(run_cli("chambers-copy", str(CONFORMED), "-o", str(dangling)), "link to", "does not exist")
    dangling_here = tmp_path / "dangling-here.pdf"
    dangling_here.symlink_to(tmp_path / "gone.pdf")  # writing through it would create a file the user never named
    assert_refused(run_cli("chambers-copy", str(CONFORMED), "-o", str(dangling_here)), "link to", "does not exist")
    assert not (tmp_path / "gone.pdf").exists()
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    assert_refused(run_cli("chambers-copy", str(CONFORMED), "-o", str(pipe), timeout=60), "not a regular file")
    missing_folder = run_cli("chambers-copy", str(CONFORMED), "-o", str(tmp_path / "nope" / "copy.pdf"))
    assert_refused(missing_folder, "does not exist")


def test_library_warnings_become_one_filelint_warning(tmp_path: Path) -> None:
    stamp = "Case 3:06-cv-03891-SC Document 45 Filed 07/30/2007 Page 1 of 1"
    pdf = minimal_pdf([{"content": text_at(72, 760, stamp, size=9) + "\n" + text_at(72, 600, "Body")}])
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(pdf.replace(b"/Size 6", b"/Size 2"))  # the trailer under-counts the objects
    output = tmp_path / "copy.pdf"
    result = run_cli("chambers-copy", str(damaged), "-o", str(output))
    assert result.returncode == 0 and output.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one message, however many times the library complained
    assert lines[0].startswith(f"filelint: warning: {damaged} is damaged: the PDF library repaired it")
    assert "compare the result with the filing" in lines[0]


# ---------------------------------------------------------------- where the designation goes (issue 11)

ECF_STAMP = "Case 3:18-cv-00360-WHA Document 147 Filed 11/27/18 Page 1 of 21"
BANNER = "*REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED*"


def top(distance: float, height: float = 792) -> float:
    """A baseline ``distance`` points below the top edge, in PDF user space."""
    return height - distance


def sealed_version_page(extra: str = "") -> str:
    """A first page laid out as the sealed-version filings in the corpus are: the ECF stamp, then the banner at 46 pt."""
    return "\n".join([
        text_at(150, top(25), ECF_STAMP, size=10),
        text_at(160, top(46), BANNER, size=11),
        text_at(72, top(83), "Michael T. Pieja (CA Bar No. 250351)"),
        text_at(72, top(97), "Attorneys for Plaintiff"),
        extra,
    ])


def designation_line(path: Path, page_index: int = 0):
    from filelint.readers import read_document

    page = read_document(path, max_pages=page_index + 1).pages[page_index]
    (line,) = [line for line in page.lines if "CHAMBERS" in line.text]
    return page, line


def assert_nothing_under(page, line) -> None:
    """The designation's ink box is clear of every other text's and shape's, measured here from the spans."""
    (span,) = [span for span in line.spans if "CHAMBERS" in span.text]
    box = (span.x, span.y - 0.7 * span.size, span.end_x, span.y + 0.2 * span.size)
    for other_line in page.lines:
        for other in other_line.spans:
            if other is span or not other.text.strip():
                continue
            other_box = (other.x, other.y - 0.7 * other.size, other.end_x, other.y + 0.2 * other.size)
            assert not _boxes_meet(box, other_box), f"the designation overlaps {other.text!r}"
    for shape in page.shapes:
        if shape.fill != (1.0, 1.0, 1.0):  # a white page background paints nothing the words could be lost in
            assert not _boxes_meet(box, (shape.x0, shape.top, shape.x1, shape.bottom)), f"the designation overlaps {shape}"


def _boxes_meet(a: tuple, b: tuple) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def jcs002(path: Path) -> list[dict]:
    result = run_cli("check", "--chambers-copy", "--select", "JCS002", "--format", "json", "--no-cache", str(path))
    assert_no_traceback(result)
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "JCS002"]


def test_the_designation_goes_below_a_banner_not_over_it(tmp_path: Path) -> None:
    source = tmp_path / "sealed.pdf"
    source.write_bytes(minimal_pdf([{"content": sealed_version_page()}]))
    output = tmp_path / "copy.pdf"
    result = run_cli("chambers-copy", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "at the top of page 1" in result.stdout
    page, line = designation_line(output)
    banner = next(other for other in page.lines if "REDACTED" in other.text)
    assert line.text == "JCS'S CHAMBERS' COPY" and banner.text == BANNER  # both read back whole
    assert line.y < 0.15 * 792  # still in the top margin
    assert_nothing_under(page, line)
    assert jcs002(output) == []


def test_the_designation_avoids_a_filled_bar(tmp_path: Path) -> None:
    bar = "0 g 36 730 540 34 re f"  # a black letterhead bar 28 to 62 pt below the top
    source = tmp_path / "letterhead.pdf"
    source.write_bytes(minimal_pdf([{"content": sealed_version_page(bar)}]))
    output = tmp_path / "copy.pdf"
    assert run_cli("chambers-copy", str(source), "-o", str(output)).returncode == 0
    page, line = designation_line(output)
    assert_nothing_under(page, line)
    assert jcs002(output) == []


def test_a_full_top_margin_sends_the_designation_to_the_bottom(tmp_path: Path) -> None:
    stamp = text_at(30, top(22), ECF_STAMP, size=11)
    lines = [text_at(30, top(distance), "W" * 60, size=11) for distance in range(33, 400, 11)]  # the top half is full
    source = tmp_path / "top heavy.pdf"
    source.write_bytes(minimal_pdf([{"content": "\n".join([stamp, *lines])}]))
    output = tmp_path / "copy.pdf"
    result = run_cli("chambers-copy", str(source), "-o", str(output))
    assert result.returncode == 0 and "at the bottom of page 1" in result.stdout, result.stdout + result.stderr
    page, line = designation_line(output)
    assert line.y > 0.85 * 792 and line.y < 792 - 18
    assert_nothing_under(page, line)


def test_a_page_with_no_clear_margin_is_refused(tmp_path: Path) -> None:
    stamp = text_at(30, top(22), ECF_STAMP, size=11)
    lines = [text_at(30, top(distance), "W" * 60, size=11) for distance in range(33, 785, 11)]  # edge to edge
    source = tmp_path / "full.pdf"
    source.write_bytes(minimal_pdf([{"content": "\n".join([stamp, *lines])}]))
    output = tmp_path / "copy.pdf"
    result = run_cli("chambers-copy", str(source), "-o", str(output))
    assert_refused(result, "no clear place for the designation")
    assert not output.exists()


def test_a_designation_printed_over_a_banner_is_reported(tmp_path: Path) -> None:
    overprinted = text_at(200, top(48), "JCS'S CHAMBERS' COPY", size=14)  # where the old command put it
    source = tmp_path / "copy.pdf"
    source.write_bytes(minimal_pdf([{"content": sealed_version_page(overprinted)}]))
    (finding,) = jcs002(source)
    assert "printed over other text" in finding["message"] and "legible" in finding["message"]
    assert finding["page"] == 1


def test_a_designation_covered_by_a_box_is_reported_and_one_merely_underlined_is_not(tmp_path: Path) -> None:
    designation = text_at(200, top(60), "JCS'S CHAMBERS' COPY", size=14)
    covered = tmp_path / "covered.pdf"
    covered.write_bytes(minimal_pdf([{"content": sealed_version_page(designation + "\n1 g 190 726 200 12 re f")}]))
    (finding,) = jcs002(covered)
    assert "covered by a box drawn over it" in finding["message"]
    underlined = tmp_path / "underlined.pdf"
    highlight = "1 1 0 rg 195 728 200 16 re f\n"  # a yellow highlight drawn first: black text on it stays legible
    underline = "\n0 g 200 729 190 0.8 re f"  # a rule just under the baseline, drawn after the words
    underlined.write_bytes(minimal_pdf([{"content": highlight + sealed_version_page(designation + underline)}]))
    assert jcs002(underlined) == []


def test_sealed_version_filings_from_the_corpus(tmp_path: Path, corpus: Path) -> None:
    """Real filings whose first page carries a banner under the ECF stamp; the old command printed over it."""
    rows = [row.split("\t") for row in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    # Redacted (public) versions of sealed filings and redaction samples, short enough to stamp in a second or two each.
    names = [row[0] for row in rows if "redact" in "\t".join(row).lower() and int(row[5]) <= 21]
    banner_filing = "cand_18cv360_147_reply_brief_redacted.pdf"
    assert banner_filing in names, names
    for name in names:
        output = tmp_path / f"copy of {name}"
        result = run_cli("chambers-copy", str(corpus / "pdf" / name), "-o", str(output), "--force")
        assert_no_traceback(result)
        if result.returncode != 0:
            assert "no clear place" in result.stderr or "except over an image" in result.stderr, (name, result.stderr)
            continue
        page, line = designation_line(output)
        assert_nothing_under(page, line)
    page, line = designation_line(tmp_path / f"copy of {banner_filing}")
    banner = next(other for other in page.lines if "REDACTED VERSION" in other.text)
    assert line.y - banner.y >= 12 and line.y < 0.15 * page.height
    assert jcs002(tmp_path / f"copy of {banner_filing}") == []  # and check agrees the designation is legible


# ---------------------------------------------------------------- the right judge, once (issue 11)


def letter_to_another_magistrate_judge() -> bytes:
    """A discovery letter as filed in a matter referred to Magistrate Judge Ryu (DMR), as in the corpus."""
    return minimal_pdf([{"content": "\n".join([
        text_at(90, top(22), "Case 4:19-cv-06669-JST   Document 89   Filed 03/23/21   Page 1 of 6", size=10),
        text_at(72, top(90), "AFFELD GRIVAKES LLP"),
        text_at(72, top(160), "March 23, 2021"),
        text_at(72, top(190), "Case 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al."),
        text_at(72, top(220), "Dear Magistrate Judge Ryu:"),
        text_at(72, top(250), "This letter is being submitted in connection with the first set of interrogatories."),
    ])}])


def test_a_filing_referred_to_another_judge_is_refused_unless_forced(tmp_path: Path) -> None:
    source = tmp_path / "letter.pdf"
    source.write_bytes(letter_to_another_magistrate_judge())
    output = tmp_path / "copy.pdf"
    refused = run_cli("chambers-copy", str(source), "-o", str(output))
    assert_refused(refused, "DMR", "JCS", "--force")
    assert not output.exists()
    forced = run_cli("chambers-copy", str(source), "-o", str(output), "--force")
    assert forced.returncode == 0 and output.exists(), forced.stderr
    assert "warning:" in forced.stderr and "DMR" in forced.stderr
    spero_referral = run_cli("chambers-copy", str(CONFORMED), "-o", str(tmp_path / "ok.pdf"))  # "(JCS)" in its caption
    assert spero_referral.returncode == 0, spero_referral.stderr


def test_the_corpus_letter_to_judge_ryu_is_refused(tmp_path: Path, corpus: Path) -> None:
    letter = corpus / "pdf" / "cand_19cv6669_89_discovery_letter.pdf"
    result = run_cli("chambers-copy", str(letter), "-o", str(tmp_path / "copy.pdf"))
    assert_refused(result, "DMR")


def test_a_file_already_designated_is_refused_unless_forced(tmp_path: Path) -> None:
    once = tmp_path / "once.pdf"
    assert run_cli("chambers-copy", str(CONFORMED), "-o", str(once)).returncode == 0
    twice = tmp_path / "twice.pdf"
    refused = run_cli("chambers-copy", str(once), "-o", str(twice))
    assert_refused(refused, "already", "chambers copy", "--force")
    assert not twice.exists()
    typed = tmp_path / "typed.pdf"  # a legend typed by counsel, in other words than the judge's
    typed.write_bytes(minimal_pdf([{"content": text_at(72, top(22), ECF_STAMP, size=10) + "\n" + text_at(250, top(60), "Chambers Copy")}]))
    assert_refused(run_cli("chambers-copy", str(typed), "-o", str(twice)), "already")
    forced = run_cli("chambers-copy", str(once), "-o", str(twice), "--force")
    assert forced.returncode == 0 and "warning:" in forced.stderr


# ---------------------------------------------------------------- the designation is the pack's (issue 11)


def test_the_designation_is_the_packs_parameter_as_configured(tmp_path: Path) -> None:
    (tmp_path / ".filelint.toml").write_text('[packs.spero]\ndesignation = "JCS CHAMBERS COPY - LODGED"\n')
    output = tmp_path / "copy.pdf"
    result = run_cli("chambers-copy", str(CONFORMED), "-o", str(output), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "JCS CHAMBERS COPY - LODGED" in PdfReader(output).pages[0].extract_text()
    assert jcs002_with_config(output, tmp_path) == []  # check, under the same configuration, finds it


def jcs002_with_config(path: Path, cwd: Path) -> list[dict]:
    result = run_cli("check", "--chambers-copy", "--select", "JCS002", "--format", "json", "--no-cache", str(path), cwd=cwd)
    assert_no_traceback(result)
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "JCS002"]


def test_no_judge_is_hard_coded_in_the_command() -> None:
    import inspect

    from filelint import cli, stamping

    for source in (inspect.getsource(stamping), inspect.getsource(cli.chambers_copy_command), inspect.getsource(stamping.designation_for)):
        assert "JCS" not in source and "CHAMBERS' COPY" not in source


def test_the_old_overprint_on_the_corpus_filing_is_reported(tmp_path: Path, corpus: Path) -> None:
    """The designation where the old command put it (48 pt down, centred) on the real sealed-version filing."""
    from filelint.stamping import Spot, _stamped

    filing = corpus / "pdf" / "cand_18cv360_147_reply_brief_redacted.pdf"
    overprinted = tmp_path / "old chambers copy.pdf"
    overprinted.write_bytes(_stamped(filing.read_bytes(), "JCS'S CHAMBERS' COPY", [Spot(222.0, 48.0)]))
    (finding,) = jcs002(overprinted)
    assert "printed over other text" in finding["message"]


def test_a_district_judge_in_parentheses_is_not_taken_for_a_referral(tmp_path: Path) -> None:
    """Some courts caption "19 Cr. 725 (JPO)" with the district judge, whom the ECF stamp names first."""
    source = tmp_path / "letter.pdf"
    source.write_bytes(minimal_pdf([{"content": "\n".join([
        text_at(90, top(22), "Case 1:19-cr-00725-JPO   Document 191   Filed 05/25/21   Page 1 of 4", size=10),
        text_at(72, top(150), "Re: United States v. Parnas, No. 19 Cr. 725 (JPO)"),
    ])}]))
    result = run_cli("chambers-copy", str(source), "-o", str(tmp_path / "copy.pdf"))
    assert result.returncode == 0, result.stderr


def test_a_scanned_page_needs_force_and_says_why(tmp_path: Path, corpus: Path) -> None:
    """A scan is one image: filelint cannot see where its ink is, so it will not guess without --force."""
    scan = corpus / "pdf" / "cand_08cv2214_27_order_scanned_image_only.pdf"
    output = tmp_path / "copy.pdf"
    assert_refused(run_cli("chambers-copy", str(scan), "-o", str(output)), "except over an image", "--force")
    assert not output.exists()
    forced = run_cli("chambers-copy", str(scan), "-o", str(output), "--force")
    assert forced.returncode == 0 and "printed over an image because of --force" in forced.stderr, forced.stderr
