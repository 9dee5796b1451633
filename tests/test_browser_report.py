"""`filelint serve` in a real Chromium: a new user drops a motion with a planted mistake and sees it boxed on the page.

The motion's caption gives the case number without "(JCS)" (JCS001, page 1, line 13) and its footer lacks it too
(JCS010, page 1). The tests upload it through the page's own form, wait for the report, and check the rendered
page, the box's place on it, the two-way selection between box and list, and the printed report. Screenshots of
each step are saved outside the checkout (the folder is printed).
"""

from __future__ import annotations

import base64
import io

import pytest
from browser_support import (
    assert_loopback_only,
    browser_fixtures,
    rect,
    screenshot,
    text_place,
    upload,
    wait_until,
)
from conftest import FIXTURES
from pypdf import PdfReader

MOTION = FIXTURES / "spero" / "notice_of_motion_no_jcs.pdf"
CASE_NUMBER = "C-06-03891 SC"  # the caption's case number, which lacks "(JCS)"


artifacts, browser, server = browser_fixtures("browser-report")


@pytest.fixture(scope="module")
def report(browser, server, artifacts):
    """The report of the motion, as the page shows it after the upload."""
    upload(browser, server, [MOTION], judge="JCS")
    screenshot(browser, artifacts, "01-report")
    return browser


def _view(driver):
    return driver.find_element("css selector", f'section.file-view[data-file="{MOTION.name}"]')


def _item(driver, **attributes):
    selector = "li.finding-item" + "".join(f'[data-{name}="{value}"]' for name, value in attributes.items())
    items = driver.find_elements("css selector", selector)
    assert items, f"no {selector} in the report"
    return items[0]


def _classes(element) -> set[str]:
    return set((element.get_attribute("class") or "").split())


def test_the_planted_mistake_is_boxed_where_it_is_on_the_rendered_page(report, artifacts) -> None:
    item = _item(report, code="JCS001")
    finding, page = item.get_attribute("data-finding"), item.get_attribute("data-page")
    assert page == "1", f"JCS001 is listed on page {page}, the caption is on page 1"
    view = _view(report)
    image = view.find_element("css selector", 'img.page-image[data-page="1"]')
    wait_until(report, "return arguments[0].complete && arguments[0].naturalWidth > 0", image,
               message="page 1's image never loaded")
    box = view.find_element("css selector", f'div.finding-box[data-finding="{finding}"][data-page="1"]')
    assert box.is_displayed()
    page_rect, box_rect = rect(report, image), rect(report, box)
    assert box_rect["width"] > 2 and box_rect["height"] > 2, box_rect
    for side in ("left", "top"):
        assert box_rect[side] >= page_rect[side] - 1, (side, box_rect, page_rect)
    for side in ("right", "bottom"):
        assert box_rect[side] <= page_rect[side] + 1, (side, box_rect, page_rect)

    # The box covers the caption's case number, found on the page by PDFium independently of filelint.
    where = text_place(MOTION, 1, CASE_NUMBER)
    centre_x = page_rect["left"] + (where["left"] + where["right"]) / 2 * page_rect["width"]
    centre_y = page_rect["top"] + (where["top"] + where["bottom"]) / 2 * page_rect["height"]
    slack = 3  # CSS pixels: a box may be drawn a little inside the glyphs' own boxes
    assert box_rect["left"] - slack <= centre_x <= box_rect["right"] + slack, (centre_x, box_rect)
    assert box_rect["top"] - slack <= centre_y <= box_rect["bottom"] + slack, (centre_y, box_rect)
    report.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    screenshot(report, artifacts, "02-box-on-page-1")


def test_clicking_a_box_selects_its_list_item_and_a_list_item_selects_its_box(report, artifacts) -> None:
    first = _item(report, code="JCS001")
    second = _item(report, code="JCS010")
    first_id, second_id = first.get_attribute("data-finding"), second.get_attribute("data-finding")
    assert first_id != second_id
    box = _view(report).find_element("css selector", f'div.finding-box[data-finding="{first_id}"]')
    report.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    wait_until(report, "return arguments[0].classList.contains('selected')", first,
               message="clicking JCS001's box did not select its list item")
    assert "selected" in _classes(box)
    screenshot(report, artifacts, "03-box-clicked")

    report.execute_script("arguments[0].scrollIntoView({block: 'center'})", second)
    second.click()
    other_box = _view(report).find_element("css selector", f'div.finding-box[data-finding="{second_id}"]')
    wait_until(report, "return arguments[0].classList.contains('selected')", other_box,
               message="clicking JCS010's list item did not select its box")
    assert "selected" in _classes(second)
    assert "selected" not in _classes(box) and "selected" not in _classes(first), "the earlier selection stayed"
    screenshot(report, artifacts, "04-list-item-clicked")


def test_print_preview_hides_the_controls_and_prints_the_report(report, artifacts) -> None:
    report.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert report.execute_script("return matchMedia('print').matches")
        controls = report.find_elements("css selector", "button, form, input, select")
        shown = [c.get_attribute("outerHTML")[:120] for c in controls if c.is_displayed()]
        assert not shown, f"controls still shown when printing: {shown}"
        view = _view(report)
        assert view.find_element("css selector", 'img.page-image[data-page="1"]').is_displayed()
        assert _item(report, code="JCS001").is_displayed(), "the list of findings is not printed"
        screenshot(report, artifacts, "05-print-preview")
        pdf = base64.b64decode(report.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"])
    finally:
        report.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert pdf.startswith(b"%PDF")
    (artifacts / "report-printed.pdf").write_bytes(pdf)
    printed = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "JCS001" in printed and CASE_NUMBER in printed, printed[:2000]


def test_the_server_opened_no_outside_connection(report, server) -> None:
    assert_loopback_only(server)
