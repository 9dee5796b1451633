"""The same filing in two formats: a .docx draft and the PDF LibreOffice makes from it give the same findings.

Each draft is built here as a .docx (pleading paper from the text fixtures: Word's own line
numbering, exactly 24-point spacing, the title in the footer; and the Word fixtures), converted
to PDF with ``soffice --headless --convert-to pdf`` and both files are checked. Every rule that
reads the text must report the same on both. A finding only one format can have is listed in
ONLY_ONE_FORMAT with the reason, and a layout finding that differs for one draft is listed in
LAYOUT_DIFFERENCES with the reason; any other difference fails.

LibreOffice comes from .ci/run (Debian's libreoffice-writer-nogui); where it cannot be had the
test is skipped and says why.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import regex
from conftest import FIXTURES

from filelint.api import check_paths
from filelint.config import Config
from filelint.registry import discover_packs

_SPEC = importlib.util.spec_from_file_location("make_docx_fixtures", FIXTURES / "make_docx_fixtures.py")
make = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = make
_SPEC.loader.exec_module(make)

PACKS = discover_packs()

# Findings that exist in one format only, by their nature.
ONLY_ONE_FORMAT = {
    "WD": "what Word hides (tracked changes, comments, hidden runs, properties, objects) is a part of the .docx "
          "package; the PDF holds at most its printed trace",
    "PDF": "CM/ECF's PDF rules (fonts, metadata, versions, redactions) read a PDF's objects; a .docx has none",
}
# Findings that differ for a named draft, and why (each is checked to still differ).
LAYOUT_DIFFERENCES: dict[tuple[str, str], str] = {
    ("motion_ok.docx", "LR010"):
        "a .docx records no page breaks but hard ones, so LR010 says (info) that the page limit was not counted on the "
        "draft; the PDF has real pages, counted and within the limit.",
    ("motion_with_word_layout_errors.docx", "LR010"):
        "as for motion_ok.docx: the draft's page count is Word's layout, so LR010 only notes it was not counted.",
    ("motion_with_word_layout_errors.docx", "LR007"):
        "the 10-pt footnote prints 52 pt above the bottom edge of the A4 page (a half-inch margin), inside the band the "
        "PDF reader takes for the page footer, which LR007 leaves out unless type-size-includes-footers is set; the "
        ".docx knows the paragraph is a footnote in the style 'Footnote Text' and reports it.",
    ("motion_with_word_layout_errors.docx", "LR008"):
        "the .docx declares 1.5 lines (the style 'Normal'), which is not double spacing; LibreOffice prints 1.5 lines of "
        "12-point Times New Roman 20.7 pt apart, above the 20-pt floor LR008 allows a PDF's measured baselines, so the "
        "PDF passes. The declared spacing is the better evidence.",
    ("declaration_with_white_text_and_object.docx", "FR005"):
        "not a reader difference but a conversion one: LibreOffice 7.4 stops importing the body at an embedded OLE "
        "object it cannot open (the fixture's object is an empty compound-file stub), so its PDF holds only paragraphs "
        "1-2 and no '/s/' line (pypdf's own extract_text shows the same two lines); the .docx is signed.",
}
# Layout rules judge a .docx by what its sections and styles declare and a PDF by what is on its pages, so their
# messages differ by design ("The style 'Footnote Text' is 10 pt" against "Footnote 1 at 10 pt"): for these codes
# the two formats must agree on whether (and how often) the rule fires, not on its words.
LAYOUT = {"LR005", "LR006", "LR007", "LR008", "LR009"}
# Messages may name where a finding is; the formats count lines differently (paragraphs in a .docx,
# pleading lines in a PDF), so messages are compared without their page and line references.
WHERE = regex.compile(r"\b(?:[Pp]ages?|paragraphs?|lines?)\s+[\d,\s–-]+(?:\([^)]*\))?")


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _drafts() -> dict[str, bytes]:
    return {
        "motion_ok.docx": make.pleading_from_text(FIXTURES / "ndcal" / "motion_ok.txt"),
        "declaration_with_personal_data.docx": make.pleading_from_text(
            FIXTURES / "privacy" / "declaration_with_personal_data.txt", footer="DECLARATION OF MARIA DOE"),
        "declaration_with_look_alikes.docx": make.pleading_from_text(
            FIXTURES / "privacy" / "declaration_with_look_alikes.txt", footer="DECLARATION OF MARIA DOE"),
        "motion_with_word_layout_errors.docx": (FIXTURES / "word" / "motion_with_word_layout_errors.docx").read_bytes(),
        "draft_with_what_word_hides.docx": (FIXTURES / "word" / "draft_with_what_word_hides.docx").read_bytes(),
        "declaration_with_white_text_and_object.docx": (FIXTURES / "word" / "declaration_with_white_text_and_object.docx").read_bytes(),
    }


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    soffice = _soffice()
    if soffice is None:
        reason = "LibreOffice (soffice) is not installed: .ci/run installs Debian's libreoffice-writer-nogui"
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("word_pdf")
    paths = []
    for name, data in _drafts().items():
        (folder / name).write_bytes(data)
        paths.append(str(folder / name))
    env = {**os.environ, "HOME": str(folder / "profile")}  # LibreOffice writes a profile; never the user's
    result = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "pdf"), *paths],
                            capture_output=True, text=True, timeout=300, env=env)
    pairs = {}
    for path in map(Path, paths):
        pdf = folder / "pdf" / f"{path.stem}.pdf"
        if not pdf.exists():
            pytest.fail(f"LibreOffice did not convert {path.name}: {result.stdout[-500:]} {result.stderr[-500:]}")
        pairs[path.name] = (path, pdf)
    return pairs


def _findings(path: Path) -> Counter:
    report = check_paths([path], Config(), packs=PACKS)
    assert not report.crashed, path
    return Counter((d.code, "" if d.code in LAYOUT else WHERE.sub("", d.message)) for d in report.diagnostics)


def _only_one_format(code: str) -> bool:
    return any(code.startswith(prefix) and code[len(prefix):].isdigit() for prefix in ONLY_ONE_FORMAT)


@pytest.mark.parametrize("name", list(_drafts()))
def test_the_docx_and_its_pdf_give_the_same_findings(converted, name: str) -> None:
    word, pdf = converted[name]
    from_word = Counter({key: n for key, n in _findings(word).items() if not _only_one_format(key[0])})
    from_pdf = Counter({key: n for key, n in _findings(pdf).items() if not _only_one_format(key[0])})
    differences = [f"only in the .docx: {key}" for key in (from_word - from_pdf)]
    differences += [f"only in the PDF: {key}" for key in (from_pdf - from_word)]
    unexplained = [d for d in differences if not any((name, code) in LAYOUT_DIFFERENCES for code in regex.findall(r"'([A-Z]+\d{3})'", d))]
    assert not unexplained, "\n".join(unexplained)


def test_every_documented_difference_still_happens(converted) -> None:
    """An explanation for a difference that no longer occurs is stale: remove it."""
    for (name, code), _reason in LAYOUT_DIFFERENCES.items():
        word, pdf = converted[name]
        in_word = {key for key in _findings(word) if key[0] == code}
        in_pdf = {key for key in _findings(pdf) if key[0] == code}
        assert in_word != in_pdf, f"{name}: {code} no longer differs between the formats; drop its explanation"


def test_privacy_findings_are_the_same_in_both_formats(converted) -> None:
    """The draft's own identifiers: the same codes, the same masked numbers, from Word and from its PDF."""
    word, pdf = converted["declaration_with_personal_data.docx"]
    privacy = lambda found: sorted((code, message) for (code, message), n in found.items() for _ in range(n) if code.startswith("FR"))  # noqa: E731
    from_word, from_pdf = privacy(_findings(word)), privacy(_findings(pdf))
    assert from_word and from_word == from_pdf
    assert not any(regex.search(r"\d{3}-\d{2}-\d{4}", message) for _, message in from_word)


REWRITTEN = ["draft_with_what_word_hides.docx", "motion_with_word_layout_errors.docx", "motion_on_word_pleading_paper.docx"]


def test_a_package_another_program_wrote_reads_the_same(tmp_path: Path) -> None:
    """LibreOffice saves the Word fixtures as .docx again (its own writer: its styles, its tracked-change and comment
    markup, its properties): the reader gives the same findings, so it does not depend on python-docx's way of writing.
    (The object fixture is left out: LibreOffice drops the text after its stub OLE object, as above.)"""
    soffice = _soffice()
    if soffice is None:
        reason = "LibreOffice (soffice) is not installed: .ci/run installs Debian's libreoffice-writer-nogui"
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    sources = [FIXTURES / "word" / name for name in REWRITTEN]
    env = {**os.environ, "HOME": str(tmp_path / "profile")}
    subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"),
                    *map(str, sources)], capture_output=True, text=True, timeout=300, env=env)
    for source in sources:
        rewritten = tmp_path / "out" / source.name
        assert rewritten.exists(), f"LibreOffice did not save {source.name}"
        assert rewritten.read_bytes() != source.read_bytes()
        assert _findings(rewritten) == _findings(source), source.name
