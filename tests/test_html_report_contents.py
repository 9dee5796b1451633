"""What the HTML report says: what was checked, plain words first, an index, grouped findings,
a print style sheet, and for a clean file the rules that passed (issue 14, part 3)."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_no_traceback, run_cli

from filelint import __version__
from filelint.output.html import places_in_words

MISSING_JCS = FIXTURES / "spero" / "motion_before_spero_without_jcs.pdf"
CLEAN = FIXTURES / "spero" / "joint_letter_ok.pdf"
PRIVACY = FIXTURES / "privacy" / "declaration_with_personal_data.txt"


def visible_text(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, spaces collapsed."""
    without_style = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", without_style)).split())


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("report")
    config = folder / "filelint.toml"
    config.write_text('referral-judge = "JCS"\ncase-number = "3:06-cv-03891-SC"\n', encoding="utf-8")
    out = folder / "report.html"
    result = run_cli("check", "--no-cache", "--config", str(config), "--filed-on", "2007-08-10", "--format", "html",
                     "-o", str(out), str(MISSING_JCS), str(CLEAN), str(PRIVACY))
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr
    return out.read_text(encoding="utf-8"), config


def test_it_says_what_was_checked(report) -> None:
    page, config = report
    text = visible_text(page)
    assert "What was checked" in text
    assert f"filelint {__version__}" in text or f"filelint {__version__} " in text + " "
    assert "Referral judge JCS" in text and "Case number 3:06-cv-03891-SC" in text and "Filing date 2007-08-10" in text
    assert f"Configuration {config}" in text
    assert re.search(r"Checked on \d{4}-\d\d-\d\d at \d\d:\d\d:\d\d[+-]\d\d:\d\d", text), text[:600]
    assert "spero 2007.1: Magistrate Judge Joseph C. Spero" in text and "edition in force" in text
    for filing in (MISSING_JCS, CLEAN, PRIVACY):
        digest = hashlib.sha256(filing.read_bytes()).hexdigest()
        row = re.search(r"<tr><td><a href=\"#file-[\w-]+\">[^<]*" + re.escape(filing.name) + r"</a>.*?</tr>", page).group(0)
        assert digest in row, (filing.name, row)
    pdf_row = re.search(r"<tr><td><a [^>]*>[^<]*" + re.escape(MISSING_JCS.name) + r"</a></td><td class=\"n\">(\d+)</td>", page)
    from pypdf import PdfReader

    assert int(pdf_row.group(1)) == len(PdfReader(MISSING_JCS).pages)


def test_findings_read_in_plain_words_first_with_the_code_after(report) -> None:
    page, _ = report
    text = visible_text(page)
    plain = re.search(r"Page 1, line \d+ — The case number needs “\(JCS\)” "  # the pack's plain sentence, then the message
                      r"The case number \"[^\"]+\" is not followed by the designation \"\(JCS\)\"\.", text)
    assert plain, text
    assert text.index("JCS001 · referral-caption", plain.start()) > plain.start()
    # A rule without a plain sentence: its message is already plain, and comes first.
    assert re.search(r"Page 1, line \d+ — The hearing on Friday, September 7, 2007 is \d+ days after filing .{0,80} LR014 · notice-period", text)


def test_the_index_links_every_file_with_its_counts(report) -> None:
    page, _ = report
    index = page.split('<nav id="index">', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="#(file-[\w-]+)"', index)
    assert len(links) == 3
    for anchor in links:
        assert f'id="{anchor}"' in page


def test_a_clean_file_lists_the_rules_that_passed(report) -> None:
    page, _ = report
    section = re.search(r'data-file="[^"]*' + re.escape(CLEAN.name) + r'">.*?</section>', page, re.S).group(0)
    text = visible_text(section)
    assert "No problems found." in text
    passed = re.search(r"(\d+) rules ran and passed", text)
    assert passed and int(passed.group(1)) >= 10, text[:300]
    assert "JCS004 —" in text  # a joint letter: the joint-letter rule ran and passed, named with its title


def test_secrets_stay_masked_and_nothing_is_loaded_or_run(report) -> None:
    page, _ = report
    assert "123-45-6789" not in page and "6789" in page
    assert "<script" not in page and "src=" not in page and "<link" not in page


def test_there_is_a_print_style_sheet(report) -> None:
    page, _ = report
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    print_rules = style.split("@media print", 1)[1]
    assert "break-before: page" in print_rules and "break-inside: avoid" in print_rules


@pytest.mark.parametrize(("places", "words"), [
    (((1, 10),), "Page 1, line 10"),
    (((2, 3), (2, 5), (2, 9)), "Page 2, lines 3, 5 and 9"),
    (((3, 1), (4, 2), (7, None), (8, 1), (9, 1), (10, 4), (11, 1), (12, 2)), "Pages 3, 4 and 7–12"),
    (((5, None),), "Page 5"),
    (((None, None),), "The whole file"),
    (((1, 2), (2, 2)), "Pages 1 and 2"),
])
def test_places_in_words(places, words) -> None:
    assert places_in_words(places) == words


def test_the_same_finding_on_many_pages_is_one_entry(tmp_path: Path) -> None:
    """A declaration with the same birth date on three pages: one entry naming the three pages."""
    page_break = "\f"
    body = "DECLARATION OF MARIA LOPEZ\n\nI was born on March 14, 1979.\n"
    draft = tmp_path / "declaration.txt"
    draft.write_text(page_break.join([body, body, body]), encoding="utf-8")
    out = tmp_path / "report.html"
    run_cli("check", "--no-cache", "--format", "html", "-o", str(out), str(draft))
    page = out.read_text(encoding="utf-8")
    entries = re.findall(r'<li class="finding [^"]*" data-code="FR002"[^>]*data-places="([^"]*)"', page)
    assert len(entries) == 1, entries
    assert entries[0].split() == ["1:3", "2:3", "3:3"]
    assert "Pages 1–3 —" in visible_text(page)
    assert "March 14" not in page and "XXXXX XX, 1979" in page  # only the year of birth is shown
