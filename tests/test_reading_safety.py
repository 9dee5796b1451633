"""Whatever the PDF library could not read is a finding, and what it says is worded by filelint, never printed raw."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

SSN_TEXT = b"My Social Security number is 123-45-6789."


def build_pdf(page_extra: bytes = b"", trailer_size: int | None = None, font: bytes | None = None,
              annots: bytes = b"") -> bytes:
    """A one-page PDF drawing SSN_TEXT in Helvetica; ``page_extra`` goes into the page's resources."""
    content = b"BT /F1 12 Tf 72 700 Td (" + SSN_TEXT + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> " + page_extra + b" >> " + (b"/Annots " + annots if annots else b"") + b" >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font or b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    size = trailer_size if trailer_size is not None else len(objects) + 1
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def nested_array(depth: int) -> bytes:
    return b"/Junk " + b"[" * depth + b"]" * depth


def _read(data: bytes):
    from filelint.readers import read_bytes

    return read_bytes(data, "filing.pdf", "pdf")


def _text(document) -> str:
    return document.text() if document.readable else ""


def _at_stack_depth(depth: int, call):
    """Call ``call`` from ``depth`` frames further down the stack (as a worker process or a test runner might)."""
    if depth == 0:
        return call()
    return _at_stack_depth(depth - 1, call)


@pytest.mark.parametrize("depth", [10, 480, 600, 3000])
def test_a_deeply_nested_object_is_read_or_reported_never_dropped(depth: int) -> None:
    document = _read(build_pdf(nested_array(depth)))
    fully_read = "123-45-6789" in _text(document)
    assert fully_read or document.unread, "part of the page was lost and nothing says so"
    if not fully_read:
        assert any("nested too deeply" in reason or "could not be read" in reason for reason in document.unread)
    if depth == 10:
        assert fully_read and not document.unread


@pytest.mark.parametrize("depth", [300, 480, 600])
def test_what_is_read_does_not_depend_on_the_callers_stack(depth: int) -> None:
    data = build_pdf(nested_array(depth))
    shallow = _read(data)
    deep = _at_stack_depth(400, lambda: _read(data))
    assert (_text(deep), deep.unread) == (_text(shallow), shallow.unread)


def test_a_page_that_was_not_fully_read_fails_the_run(tmp_path: Path) -> None:
    from conftest import assert_no_traceback, run_cli

    filing = tmp_path / "motion.pdf"
    filing.write_bytes(build_pdf(nested_array(600)))
    result = run_cli("check", "--format", "json", "--no-cache", "--select", "FL", str(filing))
    assert_no_traceback(result)
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["code"] == "FL006" and diagnostic["severity"] == "error" and "nested too deeply" in diagnostic["message"]
    assert result.returncode == 1


def test_nesting_limit_is_explicit() -> None:
    """Real filings nest a few levels; anything past the documented limit is reported, never parsed by luck."""
    from filelint.readers.pdf_objects import MAX_NESTING

    assert 20 <= MAX_NESTING <= 200
    within = _read(build_pdf(nested_array(MAX_NESTING - 2)))  # inside the page and its resources: two levels more
    beyond = _read(build_pdf(nested_array(MAX_NESTING + 1)))
    assert "123-45-6789" in _text(within) and not within.unread
    assert any("nested too deeply" in reason for reason in beyond.unread)


def test_a_font_that_cannot_be_read_is_reported() -> None:
    broken_font = b"<< /Type /Font /Subtype /Type0 /BaseFont /Broken /Encoding /Identity-H /DescendantFonts 99 0 R >>"
    document = _read(build_pdf(font=broken_font))
    if "123-45-6789" not in _text(document):
        assert document.unread, "text drawn in an unreadable font was skipped silently"


def test_annotations_past_the_cap_are_reported() -> None:
    from filelint.readers.pdf import MAX_ANNOTATIONS

    link = b"<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >>"
    document = _read(build_pdf(page_extra=b"", annots=b"[" + b" ".join([link] * (MAX_ANNOTATIONS + 1)) + b"]"))
    assert any(f"only the first {MAX_ANNOTATIONS} of its {MAX_ANNOTATIONS + 1} annotations" in reason for reason in document.unread)
    within = _read(build_pdf(annots=b"[" + link + b"]"))
    assert not within.unread and len(within.pdf.annotations) == 1


def test_forms_nested_past_the_limit_are_reported() -> None:
    """A form inside a form (nine deep) that the page never draws: its fonts and images were not looked at."""
    inner = b"<< >>"
    for _ in range(10):
        inner = b"<< /XObject << /Fm << /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources " + inner + b" >> >> >>"
    document = _read(build_pdf(page_extra=b"/XObject << /Fm0 << /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources " + inner + b" >> >>"))
    assert any("forms nested too deeply" in reason for reason in document.unread)


def test_a_flood_of_library_warnings_is_not_a_clean_read() -> None:
    """Past the number of messages kept, one that said data was lost could have been dropped."""
    from filelint.readers.library_warnings import MAX_KEPT

    junk = b"".join(b"/K%d 1 0 R /K%d 1 0 R " % (n, n) for n in range(MAX_KEPT + 5))  # duplicate keys: one warning each
    document = _read(build_pdf(page_extra=junk))
    assert any("more than" in reason and "problems" in reason for reason in document.unread)


def test_library_repairs_become_filelint_notes_not_stderr(capfd) -> None:
    document = _read(b"\r\n" + build_pdf())  # pypdf: "invalid pdf header: b'\\r\\n%PD'", then repairs it
    captured = capfd.readouterr()
    assert "invalid pdf header" not in captured.err + captured.out
    assert "123-45-6789" in _text(document) and not document.unread  # repaired, nothing lost
    (note,) = [note for note in document.notes if note.startswith("the PDF library repaired")]
    assert "invalid pdf header" in note and "b'" not in note
    logger = logging.getLogger("pypdf")
    assert logger.propagate and not logger.handlers, "the library's logger is left as it was found"


def test_the_library_logger_is_left_as_it_was_found() -> None:
    """Outside pytest (whose log capture hides it): after a read, pypdf's own warnings still go where they went."""
    code = ("import logging, sys\n"
            "sys.path.insert(0, sys.argv[1])\n"
            "from test_reading_safety import build_pdf, _read\n"
            "logging.basicConfig(stream=sys.stdout, format='%(name)s %(message)s')\n"
            "_read(b'\\r\\n' + build_pdf())\n"
            "logging.getLogger('pypdf').warning('a later library warning')\n")
    result = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)], capture_output=True, text=True, timeout=60)
    assert result.stderr == "", result.stderr
    assert result.stdout.strip() == "pypdf a later library warning"  # to the application's handler, as configured


RAW_BYTES_PDF = b"%PDF-1.4\nxref\n\x1b[31m123-45-6789 junk\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"


def test_unreadable_file_never_quotes_raw_bytes_from_the_parser() -> None:
    document = _read(RAW_BYTES_PDF)
    assert document.problem is not None
    detail = document.problem.detail
    for raw in ("123-45-6789", "6789", "\x1b", "\\x1b", "b'", "%PDF"):
        assert raw not in detail, f"{raw!r} quoted from the file: {detail!r}"
    assert detail.isprintable() and len(detail) < 200
    assert "damaged" in detail or "could not be parsed" in detail


def test_notes_never_quote_raw_bytes() -> None:
    data = b"\r\n" + build_pdf()  # pypdf: invalid pdf header: b'\r\n%PD'
    document = _read(data)
    for note in document.notes:
        assert note.isprintable() and "b'" not in note and "\\r" not in note, note


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))


def _pdf_with_corrupt_content_stream() -> bytes:
    """One page whose Flate content stream is damaged past its first bytes (the text behind it is lost)."""
    import zlib

    content = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Social Security number 123-45-6789) Tj ET")
    damaged = content[:10] + b"\x00garbage\xff" * 3
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(damaged) + damaged + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_a_content_stream_that_does_not_decompress_is_not_read_as_an_empty_page() -> None:
    """Before, the page read as blank and the run said "no problems found": a false clean."""
    from filelint.readers import read_bytes

    document = read_bytes(_pdf_with_corrupt_content_stream(), "damaged.pdf", "pdf")
    assert document.readable
    assert any("decompressing" in reason for reason in document.unread), document.unread
