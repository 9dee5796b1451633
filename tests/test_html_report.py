"""``--format html`` as a reader sees it: rendered by a real headless Chromium.

The report is printed to PDF by the browser and its text read back, so the assertions are
about what is on the screen (summary first, each document, its findings in page order, the
filing's own words shown as text, never as markup). A screenshot is saved for a person to look
at. Without a browser the test is skipped and says why; `.ci/run` installs Debian's chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from filelint.output.html import places_in_words
from tests.conftest import FIXTURES, assert_no_traceback, run_cli

# Outside the checkout unless asked for: the tests leave nothing in it.
ARTIFACTS = Path(os.environ.get("FILELINT_TEST_ARTIFACTS") or Path(tempfile.gettempdir()) / "filelint-test-artifacts")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FILINGS = [
    FIXTURES / "spero" / "joint_letter_missing_compromise.pdf",
    FIXTURES / "privacy" / "declaration_with_personal_data.pdf",
    FIXTURES / "spero" / "joint_letter_ok.pdf",
]
FULL_SSN = "123-45-6789"
RANK = {"error": 0, "warning": 1, "info": 2}


@pytest.fixture(scope="module")
def browser() -> str:
    found = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if found is None:
        reason = f"no headless browser found (looked for {', '.join(BROWSERS)}); .ci/run installs Debian's chromium"
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    return found


# The browser must not phone home while it renders a report of confidential filings: no background
# networking, component or safe-browsing updates, sync, crash reports or first-run calls; a fresh profile.
QUIET = ("--disable-background-networking", "--no-first-run", "--no-default-browser-check", "--disable-component-update",
         "--disable-sync", "--disable-default-apps", "--disable-extensions", "--disable-breakpad",
         "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--metrics-recording-only",
         "--safebrowsing-disable-auto-update", "--disable-features=Translate,OptimizationHints,MediaRouter")


def _headless(browser: str, *args: str, cwd: Path) -> None:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *QUIET,
               f"--user-data-dir={cwd / '.browser-profile'}", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def _rendered_text(browser: str, report: Path) -> str:
    from pypdf import PdfReader

    printed = report.with_suffix(".pdf")
    _headless(browser, "--no-pdf-header-footer", f"--print-to-pdf={printed}", report.as_uri(), cwd=report.parent)
    return "\n".join(page.extract_text() for page in PdfReader(printed).pages)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("html")
    hostile = folder / "draft_with_markup.txt"
    hostile.write_text(
        "DECLARATION OF JANE DOE\n\n<b>My</b> SSN is " + FULL_SSN + " <script>alert(1)</script>\n", encoding="utf-8"
    )
    filings = [*map(str, FILINGS), str(hostile)]
    html = folder / "report.html"
    result = run_cli("check", "--no-cache", "--format", "html", "-o", str(html), *filings)
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr
    findings = json.loads(run_cli("check", "--no-cache", "--format", "json", *filings).stdout)
    files = [{**entry, "diagnostics": [d for d in findings["diagnostics"] if d["path"] == entry["path"]]}
             for entry in findings["files"]]
    return html, files


def test_report_is_self_contained(report):
    html, _ = report
    page = html.read_text(encoding="utf-8")
    assert "<script" not in page.replace("&lt;script", "")
    for remote in ("http://", "https://", "src=", "<link"):
        assert remote not in page, f"the report must load nothing ({remote!r} found)"


def test_reader_sees_summary_then_every_document_and_its_findings_in_page_order(report, browser):
    html, files = report
    text = _rendered_text(browser, html)
    totals = {"error": 0, "warning": 0, "info": 0}
    for entry in files:
        for finding in entry["diagnostics"]:
            totals[finding["severity"]] += 1
    summary = f"{totals['error']} errors {totals['warning']} warning{'s' if totals['warning'] != 1 else ''} {totals['info']} info"
    assert summary in " ".join(text.split()), text[:400]
    cursor = text.index("errors")
    for entry in files:
        cursor = text.index(Path(entry["path"]).name, cursor)
        expected = sorted(entry["diagnostics"], key=lambda d: (d["page"] or 0, d["line"] or 0, RANK[d["severity"]], d["code"]))
        groups: dict[str, list] = {}  # one entry per rule: the same message on many pages said once, others listed
        for finding in expected:
            groups.setdefault(finding["code"], []).append(finding)
        for code, found in groups.items():
            where = places_in_words(tuple((d["page"], d["line"]) for d in found))  # "Page 1, line 13", "Pages 2 and 3"
            cursor = text.index(where, cursor)
            messages: dict[str, list] = {}
            for finding in found:
                messages.setdefault(finding["message"], []).append(finding)
            for same in messages.values() if len(messages) > 1 else ():  # each message at its own places
                cursor = text.index(places_in_words(tuple((d["page"], d["line"]) for d in same)), cursor)
            cursor = text.index(code, cursor)
            assert found[0]["citation"].split()[0] in text[cursor:]
        if not expected:
            cursor = text.index("No problems found.", cursor)
            assert "ran and passed" in text[cursor:]  # a clean result says what passed
    assert any(not entry["diagnostics"] for entry in files), "the clean filing should be listed as clean"


def test_filing_text_is_shown_as_text_and_secrets_stay_masked(report, browser):
    html, _ = report
    text = " ".join(_rendered_text(browser, html).split())
    assert "<b>My</b> SSN" in text and "<script>alert(1)</script>" in text
    assert FULL_SSN not in text and FULL_SSN not in html.read_text(encoding="utf-8")
    assert "XXX-XX-6789" in text


def test_screenshot_is_saved(report, browser):
    html, _ = report
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "html_report.png"
    screenshot.unlink(missing_ok=True)
    _headless(browser, "--window-size=1200,1800", f"--screenshot={screenshot}", html.as_uri(), cwd=html.parent)
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000, "a blank page would be far smaller"
    print(f"screenshot of the HTML report: {screenshot}", file=sys.stderr)


def test_the_browser_runs_without_background_networking(tmp_path: Path) -> None:
    """The command line the rendering tests give the browser, seen by a stand-in that records it."""
    recorded = tmp_path / "argv.txt"
    stand_in = tmp_path / "browser"
    stand_in.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {recorded}\n")
    stand_in.chmod(0o755)
    _headless(str(stand_in), "about:blank", cwd=tmp_path)
    argv = recorded.read_text().splitlines()
    for flag in ("--headless", "--disable-background-networking", "--no-first-run", "--disable-component-update",
                 "--disable-sync", "--safebrowsing-disable-auto-update"):
        assert flag in argv
    assert f"--user-data-dir={tmp_path / '.browser-profile'}" in argv  # never the user's own profile
