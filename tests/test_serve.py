"""``filelint serve`` without a browser: the token and origin gate, upload limits, what the report page
holds, and that nothing of an upload is left behind (issue 14). The browser tests drive the same page."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

pytest.importorskip("starlette", reason="filelint serve's extra is not installed (pip install '.[test]' brings it)")
from starlette.testclient import TestClient  # noqa: E402

from filelint.serve.app import Limits, create_app  # noqa: E402
from filelint.serve.settings import FolderSettings  # noqa: E402

TOKEN = "test-token-123"
MOTION = FIXTURES / "spero" / "notice_of_motion_no_jcs.pdf"
REDACTED = FIXTURES / "ecf" / "redaction_boxes_over_text.pdf"
TRUNCATED = FIXTURES / "core" / "truncated_motion.pdf"
PRIVACY = FIXTURES / "privacy" / "declaration_with_personal_data.txt"


@pytest.fixture()
def client(tmp_path, monkeypatch) -> TestClient:
    monkeypatch.setenv("FILELINT_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "private"))
    (tmp_path / "private").mkdir()
    app = create_app(TOKEN, tmp_path, Limits(max_bytes=2 * 1024 * 1024, max_files=3), FolderSettings(tmp_path))
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        assert test_client.get(f"/?token={TOKEN}").status_code == 200  # as the user opens the printed address
        yield test_client


def post(client: TestClient, files: list[Path], origin: str | None = "http://127.0.0.1:8000", **fields):
    headers = {"Origin": origin} if origin else {}
    data = {"referral_judge": "JCS", "court": "N.D. Cal.", **fields}
    upload = [("files", (path.name, path.read_bytes(), "application/octet-stream")) for path in files]
    return client.post(f"/check?token={TOKEN}", files=upload, data=data, headers=headers)


def test_every_request_needs_the_token(client) -> None:
    client.cookies.clear()
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/healthz", headers={"X-Filelint-Token": "wrong"}).status_code == 403
    first = client.get(f"/?token={TOKEN}")
    assert first.status_code == 200 and 'id="upload-form"' in first.text
    cookie = first.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/healthz").text == "ok"  # the cookie the first visit set


def test_a_post_from_another_origin_or_none_is_refused(client) -> None:
    assert post(client, [MOTION], origin="http://evil.example").status_code == 403
    assert post(client, [MOTION], origin="http://127.0.0.1:9999").status_code == 403
    assert post(client, [MOTION], origin=None).status_code == 403  # neither Origin nor Referer
    referred = client.post(f"/check?token={TOKEN}", headers={"Referer": "http://127.0.0.1:8000/?token=x"},
                           files=[("files", (MOTION.name, MOTION.read_bytes()))], data={"referral_judge": "JCS"})
    assert referred.status_code == 200


def test_oversized_and_too_many_uploads_are_refused(client, tmp_path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(MOTION.read_bytes() + b"%" * (3 * 1024 * 1024))
    too_big = post(client, [big])
    assert too_big.status_code == 413 and "MB" in too_big.text
    too_many = post(client, [MOTION, MOTION, MOTION, MOTION])
    assert too_many.status_code == 413 and "At most 3 files" in too_many.text


def test_an_unknown_judge_is_a_usage_error_not_an_empty_run(client) -> None:
    answer = post(client, [MOTION], referral_judge="XYZ")
    assert answer.status_code == 400 and "XYZ" in answer.text


def test_the_planted_mistake_is_boxed_on_page_1_and_the_uploads_are_gone(client, tmp_path) -> None:
    answer = post(client, [MOTION], case_number="3:06-cv-03891-SC")
    assert answer.status_code == 200, answer.text[:500]
    page = answer.text
    item = re.search(r'<li class="finding-item [^"]*" data-finding="(\d+)" data-code="JCS001" data-page="1"', page)
    assert item, page[:2000]
    box = re.search(rf'<div class="finding-box [^"]*" data-finding="{item.group(1)}" data-page="1"[^>]*style="left:([\d.]+)%;top:([\d.]+)%', page)
    assert box and 0 < float(box.group(1)) < 100 and 0 < float(box.group(2)) < 60  # the caption, in the page's upper part
    image = re.search(r'<img class="page-image" data-page="1"[^>]*src="([^"]+)"', page).group(1)
    png = client.get(image)
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    assert "What was checked" in page and "Referral judge" in page
    assert list((tmp_path / "private").iterdir()) == []  # the private upload folder was deleted with the report
    assert FolderSettings(tmp_path).load()["case_number"] == "3:06-cv-03891-SC"  # remembered for this folder
    assert 'value="3:06-cv-03891-SC"' in client.get("/").text


def test_a_hostile_file_gets_its_diagnostic_and_the_others_are_still_checked(client) -> None:
    answer = post(client, [TRUNCATED, MOTION])
    assert answer.status_code == 200
    assert 'data-file="truncated_motion.pdf"' in answer.text and 'data-file="notice_of_motion_no_jcs.pdf"' in answer.text
    assert 'data-code="FL001"' in answer.text or 'data-code="FL006"' in answer.text
    assert 'data-code="JCS001"' in answer.text


def test_secrets_stay_masked_on_the_page(client) -> None:
    answer = post(client, [PRIVACY])
    assert answer.status_code == 200
    assert "123-45-6789" not in answer.text and "XXX-XX-6789" in answer.text
    assert 'class="text-line"' in answer.text and 'data-code="FR001"' in answer.text


def test_a_failed_redaction_is_boxed_never_shown(client) -> None:
    from PIL import Image

    answer = post(client, [REDACTED])
    assert answer.status_code == 200
    for covered in ("4,250,000", "Doe Family Trust", "settled the earlier action"):
        assert covered not in answer.text
    box = re.search(r'<div class="finding-box [^"]*" data-finding="\d+" data-page="1" data-code="PDF007" '
                    r'style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;height:([\d.]+)%', answer.text)
    assert box, answer.text[:3000]
    src = re.search(r'<img class="page-image" data-page="1"[^>]*src="([^"]+)"', answer.text).group(1)
    image = Image.open(io.BytesIO(client.get(src).content)).convert("L")
    left, top, width, height = (float(value) / 100 for value in box.groups())
    region = image.crop((int((left + width * 0.1) * image.width), int((top + height * 0.2) * image.height),
                         int((left + width * 0.9) * image.width), int((top + height * 0.8) * image.height)))
    assert region.getextrema()[1] < 40, "the covered line must be painted over in the image: no glyph shows"


def test_the_chambers_copy_button_makes_the_designated_copy(client) -> None:
    conformed = FIXTURES / "spero" / "chambers_copy_no_designation.pdf"
    answer = post(client, [conformed])
    action = re.search(r'data-action="(/chambers-copy/[^"]+)"', answer.text).group(1)
    assert client.post(action, headers={"Origin": "http://evil.example"}).status_code == 403
    made = client.post(action, headers={"Origin": "http://127.0.0.1:8000"})
    assert made.status_code == 200, made.text
    preview, download = made.json()["preview"], made.json()["download"]
    assert client.get(preview).content.startswith(b"\x89PNG")
    copy = client.get(download)
    assert copy.content.startswith(b"%PDF") and "attachment" in copy.headers["content-disposition"]
    from pypdf import PdfReader

    assert "JCS'S CHAMBERS' COPY" in PdfReader(io.BytesIO(copy.content)).pages[0].extract_text()


def test_the_real_command_binds_to_loopback_and_refuses_without_the_token(tmp_path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "filelint", "serve", "--no-browser", "--port", "0"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**__import__("os").environ, "FILELINT_CONFIG_HOME": str(tmp_path / "config"),
                                    "PYTHONPATH": str(ROOT)})
    try:
        line = process.stdout.readline()
        match = re.fullmatch(r"filelint serve: (http://127\.0\.0\.1:(\d+))/\?token=(\S+)\n", line)
        assert match, line + process.stderr.read() if process.poll() is not None else line
        base, token = match.group(1), match.group(3)
        for url in (f"{base}/", f"{base}/?token=x{token}", f"{base}/healthz"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url, timeout=10)
            assert refused.value.code == 403
        deadline = time.monotonic() + 10
        while True:
            try:
                assert urllib.request.urlopen(f"{base}/healthz?token={token}", timeout=10).read() == b"ok"
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=10)
