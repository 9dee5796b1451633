"""The HTML report's structure (issue 14, part 3): one entry per rule and file, stable section ids,
the digest recorded by the api, the embedding functions ``filelint serve`` uses, a clean result that
says what ran and what did not, and the 60-file corpus report with an index and no repeated blocks."""

from __future__ import annotations

import hashlib
import re
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_no_traceback, run_cli

from filelint.api import check_paths
from filelint.config import Config
from filelint.output import html as report_html
from filelint.registry import _build_rule

PRIVACY = FIXTURES / "privacy" / "declaration_with_personal_data.txt"
CLEAN = FIXTURES / "spero" / "joint_letter_ok.pdf"
MISSING_JCS = FIXTURES / "spero" / "motion_before_spero_without_jcs.pdf"
FINDING = re.compile(r'<li class="finding [^"]*".*?</div></li>', re.S)


def sections(page: str) -> dict[str, str]:
    """Each file's section by its data-file."""
    found = re.findall(r'(<section class="document" id="[^"]+" data-file="([^"]+)">.*?</section>)', page, re.S)
    return {path: section for section, path in found}


def text_of(fragment: str) -> str:
    import html

    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return check_paths([PRIVACY, CLEAN, MISSING_JCS], Config(), use_baseline=False)


def test_the_digest_is_of_the_bytes_checked_and_survives_the_cache(tmp_path: Path) -> None:
    copy = tmp_path / CLEAN.name
    shutil.copyfile(CLEAN, copy)
    expected = hashlib.sha256(copy.read_bytes()).hexdigest()
    cache = tmp_path / "cache"
    first = check_paths([copy], Config(), use_baseline=False, cache_dir=cache)
    again = check_paths([copy], Config(), use_baseline=False, cache_dir=cache)  # from the cache this time
    assert first.results[0].sha256 == again.results[0].sha256 == expected
    assert expected in report_html.render(again)


def test_one_rule_with_different_messages_is_one_entry_listing_each(report) -> None:
    """The declaration gives an SSN (line 3) and an EIN (line 5): one FR001 entry, its citation said once."""
    page = report_html.render(report)
    section = sections(page)[str(PRIVACY)]
    entries = re.findall(r'<li class="finding error" data-code="FR001".*?</div></li>', section, re.S)
    assert len(entries) == 1
    occurrences = re.findall(r'<li class="occurrence" data-page="(\d+)" data-line="(\d+)">(.*?)</li>', entries[0])
    assert [(page_, line) for page_, line, _ in occurrences] == [("1", "3"), ("1", "5")]
    assert "social security number" in occurrences[0][2] and "employer identification number" in occurrences[1][2]
    assert text_of(entries[0]).startswith("Page 1, lines 3 and 5 — ")
    assert section.count("Fed. R. Civ. P. 5.2(a)(1)") == 1


def test_every_code_is_one_entry_per_file_with_its_place_as_data(report) -> None:
    page = report_html.render(report)
    for path, section in sections(page).items():
        codes = Counter(re.findall(r'<li class="finding [^"]*" data-code="([^"]+)"', section))
        assert all(count == 1 for count in codes.values()), (path, codes)
        for entry in re.findall(r'<li class="finding [^"]*"[^>]*>', section):
            assert re.search(r'data-page="\d*" data-line="\d*" data-places="[\d: ]+"', entry), entry


def test_plain_words_come_from_the_pack_and_the_message_follows(report) -> None:
    section = sections(report_html.render(report))[str(MISSING_JCS)]
    entry = re.search(r'<li class="finding error" data-code="JCS001".*?</div></li>', section, re.S).group(0)
    words = text_of(entry)
    assert words.startswith("Page 1, line 13 — The case number needs “(JCS)” The case number "), words
    assert words.index("JCS001 · referral-caption") > words.index("is not followed by")


def test_section_ids_are_stable_and_linked_from_the_index(report) -> None:
    page = report_html.render(report)
    ids = re.findall(r'<section class="document" id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) == 3
    assert ids == [report_html.section_id(result.document.path) for result in report.results]
    assert report_html.section_id("/a/motion.pdf") == report_html.section_id("/a/motion.pdf")
    assert report_html.section_id("/a/motion.pdf") != report_html.section_id("/b/motion.pdf")  # same name, two folders
    assert re.fullmatch(r"file-motion-pdf-[0-9a-f]{8}", report_html.section_id("/a/motion.pdf"))
    index = page.split('<nav id="index">', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="#([^"]+)"', index) == ids
    row = re.search(r"<tr><td><a [^>]*>[^<]*" + re.escape(PRIVACY.name) + r"</a>.*?</tr>", index).group(0)
    errors, warnings, info = (int(n) for n in re.findall(r'<td class="n">(\d+)</td>', row)[-3:])
    severities = Counter(d.severity.value for d in report.results[0].diagnostics)
    assert (errors, warnings, info) == (severities["error"], severities["warning"], severities["info"]) != (0, 0, 0)


def test_the_embedding_functions(report) -> None:
    body = report_html.render_body(report)
    assert body.startswith('<div class="filelint-report">') and body.endswith("</div>")
    assert "<style" not in body and "<html" not in body
    fragment = report_html.render(report, standalone=False)
    assert fragment == f"<style>{report_html.STYLE}</style>{body}"
    page = report_html.render(report)
    assert page.startswith("<!DOCTYPE html>") and body in page
    assert "@media print" in report_html.PRINT_STYLE and report_html.PRINT_STYLE in report_html.STYLE
    assert "break-before: page" in report_html.PRINT_STYLE
    assert "<details" not in page, "a closed <details> prints nothing of what is inside"


def test_a_clean_file_says_what_ran_and_what_did_not_and_why(report) -> None:
    result = next(result for result in report.results if result.document.path == str(CLEAN))
    assert not result.diagnostics and result.ran and result.skipped
    section = sections(report_html.render(report))[str(CLEAN)]
    words = text_of(section)
    assert f"No problems found. {len(result.ran)} rules ran and passed: none of these problems was found." in words
    for code in result.ran:
        assert re.search(rf"<li>{code} — [^<]+</li>", section), code  # each with its title
    assert "PDF007 — Blacked-out text can still be copied out of the PDF" in words  # a plain title from the pack
    assert f"{len(result.skipped)} rules did not run, and why:" in words
    for code, why in result.skipped:
        assert code in words and why in words


def test_no_configuration_is_said_plainly(tmp_path: Path) -> None:
    copy = tmp_path / CLEAN.name
    shutil.copyfile(CLEAN, copy)
    out = tmp_path / "report.html"
    result = run_cli("check", "--no-cache", "--format", "html", "-o", str(out), str(copy), cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    words = text_of(out.read_text(encoding="utf-8"))
    assert "Configuration none — defaults" in words
    assert re.search(r"Checked on \d{4}-\d\d-\d\d at \d\d:\d\d:\d\d[+-]\d\d:\d\d", words)


def test_a_plain_sentence_naming_an_unknown_parameter_is_refused_when_the_pack_loads() -> None:
    entry = {"code": "JCS001", "logic": "filelint_rules.standing_order.referral_caption", "citation": "x",
             "plain": "The case number needs ({initals})"}
    with pytest.raises(ValueError, match="initals"):
        _build_rule(entry, "spero", {"initials": "JCS"})
    entry["plain"] = "The case number needs ({initials})"
    assert _build_rule(entry, "spero", {"initials": "JCS"}).plain_words() == "The case number needs (JCS)"


def test_the_corpus_report_has_an_index_and_no_repeated_blocks(corpus: Path, tmp_path: Path) -> None:
    """60 real filings in one report, through the CLI: each indexed and linked, and within a file no finding
    block said twice, nor one rule's citation and fix repeated in a second entry."""
    out = tmp_path / "corpus.html"
    started = time.monotonic()
    result = run_cli("check", "--format", "html", "--no-cache", "-j", "2", "-o", str(out), str(corpus / "pdf"), timeout=600)
    print(f"corpus report made in {time.monotonic() - started:.1f} s", flush=True)
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr
    page = out.read_text(encoding="utf-8")
    files = sorted(str(path) for path in (corpus / "pdf").rglob("*.pdf"))
    index = page.split('<nav id="index">', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="#([^"]+)"', index)
    found = sections(page)
    assert len(links) == len(found) == len(files) == 60
    assert sorted(found) == files
    for anchor in links:
        assert page.count(f'id="{anchor}"') == 1
    repeated = []
    for path, section in found.items():
        blocks = FINDING.findall(section)
        without_places = [re.sub(r'data-(page|line|places)="[^"]*"|<span class="where">.*?</span>', "", b) for b in blocks]
        repeated += [(path, block[:160]) for block in without_places if without_places.count(block) > 1]
        codes = Counter(re.findall(r'data-code="([^"]+)"', section))
        repeated += [(path, code) for code, count in codes.items() if count > 1]
    assert not repeated, repeated
    assert len(re.findall(r'<li class="occurrence"', page)) > 20, "the corpus has rules firing with different messages"
