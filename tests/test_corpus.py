"""Real court PDFs from the shared corpus: no crash, no unreadable-file on good files,
and no finding from the Spero pack on filings that have nothing to do with Judge Spero.

A rule that fires on a properly filed real document is a false positive until proven
otherwise, so the whole-corpus run pins the complete set of findings.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from corpus_snapshot import SNAPSHOT

from filelint.readers import read_document

DAMAGED = {"empty_zero_bytes.pdf"}  # MANIFEST: "MALFORMED: zero-length"
# The two files with bad headers are malformed, but pypdf's lenient mode recovers them
# (MANIFEST: "lenient mode recovers"), so they must be read, not reported as FL001.
RECOVERABLE = {"mo_app_opinion_bad_header.pdf", "nc_sup_2022-ncsc-1_opinion_bad_header.pdf"}


def manifest(corpus: Path) -> dict[str, dict]:
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def expected_counts() -> Counter:
    """The snapshot as a multiset: an entry whose value is ``(n, reason)`` stands for n findings at one place."""
    return Counter({key: value[0] if isinstance(value, tuple) else 1 for key, value in SNAPSHOT.items()})


def test_whole_corpus_matches_the_reviewed_snapshot(corpus_run: dict) -> None:
    """Every finding of every pack on the real filings is listed, with why it is real, in corpus_snapshot.py.

    Compared as multisets: two findings at one place are two entries' worth, not one.
    """
    assert len(corpus_run["files"]) == 60
    found = Counter((Path(d["path"]).name, d["code"], d["page"], d["line"]) for d in corpus_run["diagnostics"])
    expected = expected_counts()
    unexpected, missing = found - expected, expected - found
    report = [f"+unexpected {key} x{count}" for key, count in sorted(unexpected.items(), key=str)]
    report += [f"-missing {key} x{count}" for key, count in sorted(missing.items(), key=str)]
    assert not report, "\n".join(report)
    unreadable = {key[0] for key in found if key[1] == "FL001"}
    assert unreadable == DAMAGED, "only the damaged file may be unreadable"


def test_errors_and_warnings_on_real_filings_are_real_departures(corpus_run: dict) -> None:
    """At least 95% of errors and 80% of warnings are departures from the rule they cite (the snapshot says why)."""
    real, total = Counter(), Counter()
    for d in corpus_run["diagnostics"]:
        value = SNAPSHOT[(Path(d["path"]).name, d["code"], d["page"], d["line"])]
        reason = value[1] if isinstance(value, tuple) else value
        total[d["severity"]] += 1
        real[d["severity"]] += not reason.startswith("NOT A DEPARTURE")
    assert real["error"] >= 0.95 * total["error"], (real, total)
    assert real["warning"] >= 0.80 * total["warning"], (real, total)


def test_every_rule_runs_on_the_whole_corpus_without_an_internal_error(corpus_run: dict) -> None:
    codes = {d["code"] for d in corpus_run["diagnostics"]}
    assert "FL900" not in codes
    assert {"PDF001", "PDF006", "PDF007", "PDF009"} <= codes


def test_no_spero_finding_on_filings_that_have_nothing_to_do_with_judge_spero() -> None:
    assert not [key for key in SNAPSHOT if key[1].startswith("JCS")]


@pytest.mark.parametrize("name", sorted(RECOVERABLE) + [
    "cand_18cv360_147_reply_brief_redacted.pdf",
    "cod_19cv1849_91_p3_rotated270.pdf",
    "rotated90_exhibit_ledger_table.pdf",
    "cand_19cv6669_89_discovery_letter.pdf",
    "scotus_slip_opinion_scanned_image_only.pdf",
])
def test_page_count_matches_manifest(corpus: Path, name: str) -> None:
    document = read_document(corpus / "pdf" / name)
    assert document.readable, document.problem
    assert document.page_count == int(manifest(corpus)[name]["pages"])


def test_pleading_paper_is_recognised_on_a_real_brief(corpus: Path) -> None:
    document = read_document(corpus / "pdf" / "cand_18cv360_147_reply_brief_redacted.pdf")
    first = document.pages[0]
    assert first.pleading_numbers == tuple(range(1, 29))
    court = next(line for line in first.lines if line.text == "UNITED STATES DISTRICT COURT")
    assert court.pleading_line == 16 and court.band.value == "body"
    stamp = first.header[0]
    assert stamp.text.startswith("Case 3:18-cv-00360-WHA") and stamp.pleading_line is None
    assert all(not line.text.strip().isdigit() for line in first.body), "margin numbers stay out of the text"
    assert any("CASE NOS. 3:18-CV-00360-WHA" in line.text for line in first.footer)
    sizes = {span.size for line in first.footer for span in line.spans}
    assert min(sizes) < 9, "the 8-point footer is measured at its real size"


def test_scanned_pages_are_image_only(corpus: Path) -> None:
    document = read_document(corpus / "pdf" / "scotus_slip_opinion_scanned_image_only.pdf")
    assert all(page.image_only for page in document.pages)


def test_rotated_page_is_measured_as_displayed(corpus: Path) -> None:
    document = read_document(corpus / "pdf" / "rotated90_exhibit_ledger_table.pdf")
    page = document.pages[0]
    assert page.rotation == 90
    assert (page.width, page.height) == (page.media_height, page.media_width)

