"""`filelint serve` in a real Chromium: what it refuses, seen from the browser, and what it never does.

The page is reachable only with the token it printed; another site's page open in the same browser cannot
post a filing to it even when it knows the token (a second local server plays that site: another port is
another origin); and the server holds no socket to anything but loopback while all this goes on.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import threading
from urllib.parse import urlsplit

from browser_support import (
    assert_loopback_only,
    browser_fixtures,
    navigation_status,
    responses,
    screenshot,
    upload,
    wait_for,
    wait_until,
)
from conftest import FIXTURES

MOTION = FIXTURES / "spero" / "notice_of_motion_no_jcs.pdf"


artifacts, browser, server = browser_fixtures("browser-refusals")


def test_the_page_without_its_token_is_refused(browser, server, artifacts) -> None:
    browser.delete_all_cookies()
    browser.get(f"{server.base}/")
    assert navigation_status(browser) == 403
    assert not browser.find_elements("css selector", "form#upload-form")
    screenshot(browser, artifacts, "01-no-token")
    browser.get(f"{server.base}/?token=not-{server.token}")
    assert navigation_status(browser) == 403
    screenshot(browser, artifacts, "02-wrong-token")

    browser.get(server.url)  # the printed address itself opens the page
    assert navigation_status(browser) == 200
    wait_for(browser, "form#upload-form")
    screenshot(browser, artifacts, "03-with-token")


ATTACK = """<!doctype html><title>another site</title>
<form id="attack" method="post" enctype="multipart/form-data" action="{action}">
  <input type="file" name="files"><input type="hidden" name="case-number" value="C-06-03891 SC">
  <input type="hidden" name="referral-judge" value="JCS">
</form>
<script>
  const motion = Uint8Array.from(atob("{motion}"), (c) => c.charCodeAt(0));
  const file = () => new File([motion], "motion.pdf", {{type: "application/pdf"}});
  const body = new FormData(); body.append("files", file()); body.append("referral-judge", "JCS");
  // A script's post first: its answer is unreadable to this page, so the test reads the status from DevTools.
  window.fetchOutcome = fetch("{action}", {{method: "POST", body}})
    .then((r) => "status " + r.status, (e) => "failed: " + e)
    .then((outcome) => {{
      window.fetchDone = outcome;
      // Then a plain form post carrying the real motion, which needs no script-readable answer.
      const picked = new DataTransfer(); picked.items.add(file());
      document.querySelector("#attack input[type=file]").files = picked.files;
      document.getElementById("attack").submit();
    }});
</script>"""


def _other_origin(folder, page: str):
    (folder / "index.html").write_text(page)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=site.serve_forever, daemon=True, name="other-origin").start()
    return site


def _upload_address(browser, server) -> str:
    """Where the page's own form posts, with the token (the attacking page is assumed to know it)."""
    browser.get(server.url)
    action = wait_for(browser, "form#upload-form").get_property("action")
    assert urlsplit(action).netloc == urlsplit(server.base).netloc, action
    return action if "token=" in action else f"{action}{'&' if '?' in action else '?'}token={server.token}"


def test_a_post_from_another_origin_is_refused(browser, server, artifacts, tmp_path) -> None:
    action = _upload_address(browser, server)  # the user has the page open: any cookie it sets is in the browser
    motion = base64.b64encode(MOTION.read_bytes()).decode()
    site = _other_origin(tmp_path, ATTACK.format(action=json.dumps(action)[1:-1], motion=motion))
    try:
        responses(browser)  # forget the requests so far
        browser.get(f"http://127.0.0.1:{site.server_port}/index.html")
        wait_until(browser, "return location.origin === arguments[0] && document.readyState === 'complete'",
                   server.base, message="the other site's form post never reached the server")
        screenshot(browser, artifacts, "04-post-from-another-origin")
        assert navigation_status(browser) == 403
        assert not browser.find_elements("css selector", "section.file-view"), "a report was made for another site"
    finally:
        site.shutdown()
        site.server_close()
    posts = [r for r in responses(browser) if r.get("method") == "POST" and r["url"].startswith(server.base)]
    assert len(posts) == 2, posts  # the script's post and the form's
    assert all(r["status"] in (403, None) for r in posts), posts
    assert any(r["status"] == 403 for r in posts), posts

    # The same motion posted by the page's own form is checked: the refusal was for the origin, nothing else.
    upload(browser, server, [MOTION], judge="JCS")
    screenshot(browser, artifacts, "05-same-origin-upload")


def test_the_server_opened_no_outside_connection(browser, server) -> None:
    assert_loopback_only(server)
