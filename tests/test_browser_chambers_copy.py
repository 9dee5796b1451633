"""`filelint serve` in a real Chromium: the chambers copy made from the page, previewed, then downloaded.

The upload is a conformed PDF (it carries CM/ECF's file stamp on every page) with no designation yet. The
button must show page 1 of the designated copy and offer a download that is the same document
`filelint chambers-copy` makes: "JCS'S CHAMBERS' COPY" added to page 1, nothing else changed.
"""

from __future__ import annotations

import io

from browser_support import (
    browser_fixtures,
    fetch_bytes,
    screenshot,
    upload,
    wait_for,
    wait_until,
)
from conftest import FIXTURES, run_cli
from pypdf import PdfReader

CONFORMED = FIXTURES / "spero" / "chambers_copy_no_designation.pdf"
DESIGNATION = "JCS'S CHAMBERS' COPY"


artifacts, browser, server = browser_fixtures("browser-chambers-copy")


def _page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_button_previews_page_one_and_downloads_the_designated_copy(browser, server, artifacts, tmp_path) -> None:
    upload(browser, server, [CONFORMED], judge="JCS")
    button = wait_for(browser, f'button.chambers-copy-button[data-file="{CONFORMED.name}"]')
    screenshot(browser, artifacts, "01-report-with-button")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()

    preview = wait_for(browser, "img#chambers-copy-preview")
    wait_until(browser, "return arguments[0].complete && arguments[0].naturalWidth > 0", preview,
               message="the chambers copy's page 1 preview never loaded")
    assert preview.is_displayed()
    link = wait_for(browser, "a#chambers-copy-download")
    assert link.get_attribute("download") is not None, "the link does not download"
    href = link.get_attribute("href")
    assert href, "the download link has no address"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", preview)
    screenshot(browser, artifacts, "02-chambers-copy-preview")

    download = fetch_bytes(browser, href)
    assert download.get("status") == 200, download.get("error") or download.get("status")
    copy = download["body"]
    assert copy.startswith(b"%PDF"), copy[:40]
    (artifacts / "chambers-copy-downloaded.pdf").write_bytes(copy)
    texts = _page_texts(copy)
    assert DESIGNATION in texts[0], texts[0][:1000]

    # The same document the command line makes: page for page the same text.
    expected = tmp_path / "cli chambers copy.pdf"
    made = run_cli("chambers-copy", str(CONFORMED), "-o", str(expected))
    assert made.returncode == 0, made.stderr
    assert texts == _page_texts(expected.read_bytes())
