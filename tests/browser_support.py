"""What the browser tests share: a headless Chromium driven by Selenium, the real `filelint serve` in a
subprocess, and a watch over the server's sockets.

The browser is Debian's chromium with Debian's matching chromium-driver (`.ci/run` installs both when
missing). Selenium is handed both paths, so selenium-manager is never run and nothing is downloaded. When
either is missing the tests are skipped and the reason printed.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DRIVERS = ("chromedriver", "chromium-driver")
SERVE_LINE = re.compile(r"filelint serve: (?P<url>(?P<base>http://127\.0\.0\.1:(?P<port>\d+))/\?token=(?P<token>[^\s&]+))")

# The browser must not phone home while it shows confidential filings: no background networking,
# component or safe-browsing updates, sync, crash reports or first-run calls; a fresh profile.
QUIET = ("--disable-background-networking", "--no-first-run", "--no-default-browser-check", "--disable-component-update",
         "--disable-sync", "--disable-default-apps", "--disable-extensions", "--disable-breakpad",
         "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--metrics-recording-only",
         "--safebrowsing-disable-auto-update", "--disable-features=Translate,OptimizationHints,MediaRouter")
# --no-sandbox: Chromium refuses to start as root with its sandbox, and CI containers often lack the user
# namespaces it needs; the browser only ever loads pages of our own local server and a test page.
HEADLESS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400",
            "--hide-scrollbars", "--lang=en-US")


def skip(reason: str) -> None:
    """Skip, and say why where a person reading the CI log will see it."""
    print(f"SKIP: {reason}", file=sys.stderr)
    pytest.skip(reason)


def artifacts_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """Screenshots and logs go to $FILELINT_TEST_ARTIFACTS (never the checkout), else a temporary folder."""
    chosen = os.environ.get("FILELINT_TEST_ARTIFACTS")
    folder = Path(chosen) / name if chosen else tmp_path_factory.mktemp(name)
    folder.mkdir(parents=True, exist_ok=True)
    assert ROOT not in folder.resolve().parents, f"artifacts must stay outside the checkout: {folder}"
    print(f"\nbrowser test artifacts (screenshots, logs): {folder}", file=sys.stderr)
    return folder


def _which(names: tuple[str, ...], also: tuple[str, ...] = ()) -> str | None:
    found = (shutil.which(name) for name in names)
    return next((path for path in found if path), None) or next((p for p in also if os.access(p, os.X_OK)), None)


@contextlib.contextmanager
def chromium(artifacts: Path) -> Iterator:
    """A headless Chromium under Selenium, closed at the end; skips (printing why) when one cannot be had."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("selenium is not installed (it is in the `test` extra: pip install -e '.[test]')")
    browser = _which(BROWSERS)
    driver_path = _which(DRIVERS, also=("/usr/lib/chromium/chromedriver",))
    if browser is None or driver_path is None:
        skip(f"no headless Chromium with its driver (browser: {browser}, chromedriver: {driver_path}); "
             ".ci/run installs Debian's chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    profile = Path(tempfile.mkdtemp(prefix="filelint-browser-profile-"))
    for flag in (*HEADLESS, *QUIET, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    # The DevTools network events, for the HTTP status of requests a page's script cannot see (CORS).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    # A path for the driver: Selenium then never runs selenium-manager, which would try the network.
    service = Service(executable_path=driver_path, log_output=str(artifacts / "chromedriver.log"))
    try:
        driver = webdriver.Chrome(service=service, options=options)
    except Exception as error:  # a browser that is installed but cannot start is a failure, not a skip
        raise AssertionError(f"Chromium ({browser}) did not start under {driver_path}: {error}") from error
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver, artifacts: Path, step: str) -> Path:
    """The whole page (not only the window) as a PNG a person can look at after the run."""
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path = artifacts / f"{step}.png"
    path.write_bytes(base64.b64decode(data["data"]))
    return path


def fetch_bytes(driver, url: str, *, method: str = "GET") -> dict:
    """Fetch ``url`` from inside the page (its origin, cookies and all) and hand back status, type and body."""
    script = """
        const [url, method, done] = arguments;
        fetch(url, {method}).then(async (response) => {
            const bytes = new Uint8Array(await response.arrayBuffer());
            let text = '';
            for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            done({status: response.status, type: response.headers.get('content-type'), body: btoa(text)});
        }).catch((error) => done({error: String(error)}));
    """
    result = driver.execute_async_script(script, url, method)
    if "body" in result:
        result["body"] = base64.b64decode(result["body"])
    return result


def navigation_status(driver) -> int:
    """The HTTP status of the page the browser is showing (Chromium's Navigation Timing reports it)."""
    return driver.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")


def responses(driver) -> list[dict]:
    """Every request since the last call, as DevTools saw it: method, url and HTTP status (None: no response)."""
    import json

    requests: dict[str, dict] = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            request = params["request"]
            requests.setdefault(params["requestId"], {"status": None}).update(method=request["method"], url=request["url"])
        elif message["method"] == "Network.responseReceived":
            requests.setdefault(params["requestId"], {"status": None})["status"] = params["response"]["status"]
        elif message["method"] == "Network.responseReceivedExtraInfo":
            requests.setdefault(params["requestId"], {"status": None})["status"] = params.get("statusCode")
    return [request for request in requests.values() if "url" in request]


# ----------------------------------------------------------------------------------------------------------
# The server's sockets, watched from /proc for as long as it runs.

LOOPBACK = (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))
TCP_LISTEN = "0A"


def _address(hex_address: str) -> tuple[ipaddress._BaseAddress, int]:
    """/proc/net/tcp's ``0100007F:1F90``: the address as 32-bit words in host (little-endian) order, then the port."""
    host, port = hex_address.split(":")
    raw = bytes.fromhex(host)
    packed = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    address = ipaddress.ip_address(socket.inet_ntop(socket.AF_INET if len(packed) == 4 else socket.AF_INET6, packed))
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address, int(port, 16)


def _process_tree(pid: int) -> list[int]:
    """The server and every process under it (a reloader or worker would be a child)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                parents.setdefault(parent, []).append(int(entry.name))
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending.extend(parents.get(current, []))
    return tree


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    with contextlib.suppress(OSError):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
    return inodes


def sockets_of(pid: int) -> set[tuple[str, str, str, str]]:
    """(protocol, local address, remote address, state) of every TCP/UDP socket the process tree holds."""
    seen = set()
    for member in _process_tree(pid):
        inodes = _socket_inodes(member)
        if not inodes:
            continue
        for protocol in ("tcp", "tcp6", "udp", "udp6"):
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{member}/net/{protocol}").read_text().splitlines()[1:]:
                    fields = line.split()
                    if fields[9] in inodes:
                        (local, lport), (remote, rport) = _address(fields[1]), _address(fields[2])
                        seen.add((protocol, f"{local}:{lport}", f"{remote}:{rport}", fields[3]))
    return seen


def outside(connection: tuple[str, str, str, str]) -> bool:
    """A socket that reaches, or listens for, anything but this machine's loopback."""
    protocol, local, remote, state = connection
    local_host = ipaddress.ip_address(local.rsplit(":", 1)[0])
    remote_host = ipaddress.ip_address(remote.rsplit(":", 1)[0])
    if protocol.startswith("tcp") and state == TCP_LISTEN:
        return local_host not in LOOPBACK
    return not (remote_host.is_unspecified and local_host in LOOPBACK) and remote_host not in LOOPBACK


@dataclass
class SocketWatch:
    """Samples the server's sockets every 20 ms in a thread, so short-lived connections are seen too."""

    pid: int
    seen: set = field(default_factory=set)
    samples: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> SocketWatch:
        threading.Thread(target=self._run, daemon=True, name="socket-watch").start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            self.seen |= sockets_of(self.pid)
            self.samples += 1
            self._stop.wait(0.02)

    def stop(self) -> None:
        self._stop.set()


# ----------------------------------------------------------------------------------------------------------
# The real `filelint serve`, as a user starts it.


@dataclass
class Server:
    url: str  # with the token, as printed
    base: str  # http://127.0.0.1:PORT
    token: str
    process: subprocess.Popen
    log: Path
    watch: SocketWatch | None

    def page(self, path: str = "/") -> str:
        return f"{self.base}{path}?token={self.token}"


def _serve_command() -> list[str]:
    return [sys.executable, "-m", "filelint", "serve", "--no-browser", "--port", "0"]


@contextlib.contextmanager
def filelint_serve(artifacts: Path, workdir: Path, *, timeout: float = 30) -> Iterator[Server]:
    """Start `filelint serve` in ``workdir``, wait for the address it prints, stop it at the end."""
    log = artifacts / "serve.stderr.log"
    private = {name: str(workdir / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}
    environment = {**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1", **private}
    with open(log, "wb") as stderr:
        process = subprocess.Popen(_serve_command(), cwd=workdir, env=environment, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=stderr, text=True)
    lines: queue.Queue[str | None] = queue.Queue()
    printed: list[str] = []

    def read_stdout() -> None:  # keeps draining, so a chatty server never blocks on a full pipe
        for line in process.stdout:
            printed.append(line)
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read_stdout, daemon=True, name="serve-stdout").start()
    watch = SocketWatch(process.pid).start() if Path(f"/proc/{process.pid}/net/tcp").exists() else None
    try:
        match = _wait_for_address(lines, timeout)
        if match is None:
            ended = process.poll() is not None
            process.kill()
            process.wait(10)
            why = f"exited with status {process.returncode}" if ended else f"still running after {timeout:.0f} s"
            raise AssertionError(f"`filelint serve` printed no address ({why}).\nstdout: {''.join(printed)[-2000:]}\n"
                                 f"stderr: {log.read_text(errors='replace')[-3000:]}")
        yield Server(match["url"], match["base"], match["token"], process, log, watch)
    finally:
        if watch is not None:
            watch.stop()
        _stop(process)
        (artifacts / "serve.stdout.log").write_text("".join(printed))


def _wait_for_address(lines: queue.Queue, timeout: float) -> re.Match | None:
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            return None
        if line is None:
            return None
        if match := SERVE_LINE.search(line):
            return match
    return None


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def assert_loopback_only(server: Server) -> None:
    """The server held sockets to nothing but 127.0.0.1/::1, the whole time it was watched."""
    if server.watch is None:
        skip("no /proc on this system: the server's sockets cannot be watched")
    server.watch.stop()
    seen = server.watch.seen
    port = server.base.rsplit(":", 1)[1]
    listening = {c for c in seen if c[0].startswith("tcp") and c[3] == TCP_LISTEN}
    # The watch must have seen the server's own listening socket, or it was watching nothing.
    assert any(local.endswith(f":{port}") for _, local, _, _ in listening), (server.watch.samples, sorted(seen))
    assert not [c for c in seen if outside(c)], f"sockets beyond loopback: {sorted(c for c in seen if outside(c))}"


# ----------------------------------------------------------------------------------------------------------
# The page as a user works it.

WAIT = 30  # seconds; a report of a three-page motion takes about a second


def wait_for(driver, css: str, *, timeout: float = WAIT):
    """The first element matching ``css`` once it is in the page."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(ready.presence_of_element_located((By.CSS_SELECTOR, css)))


def wait_until(driver, script: str, *args, timeout: float = WAIT, message: str = ""):
    """Wait until a JavaScript expression (``return ...``) is truthy; hand back its value."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script, *args), message)


def upload(driver, server: Server, files: list[Path], *, judge: str | None = "JCS", case_number: str | None = None,
           filing_date: str | None = None, chambers_copy: bool = False) -> None:
    """Open the page with its token, choose the files and settings, press Check and wait for the report."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(server.url)
    form = wait_for(driver, "form#upload-form")
    form.find_element(By.ID, "files").send_keys("\n".join(str(path) for path in files))
    if judge is not None:
        Select(driver.find_element(By.ID, "referral-judge")).select_by_value(judge)
    if case_number is not None:
        field_ = driver.find_element(By.ID, "case-number")
        field_.clear()
        field_.send_keys(case_number)
    if filing_date is not None:  # typing into a date field depends on the locale; its value is ISO everywhere
        driver.execute_script("const f = document.getElementById('filing-date'); f.value = arguments[0];"
                              "f.dispatchEvent(new Event('change', {bubbles: true}));", filing_date)
    checkbox = driver.find_element(By.ID, "chambers-copy")
    if checkbox.is_selected() != chambers_copy:
        checkbox.click()
    driver.find_element(By.ID, "check").click()
    try:
        wait_for(driver, "section.file-view")
    except TimeoutException:
        shown = driver.execute_script("return document.body ? document.body.innerText : ''")[:1500]
        raise AssertionError(f"no report within {WAIT} s of pressing Check; the page shows:\n{shown}\n"
                             f"(server log: {server.log})") from None


def rect(driver, element) -> dict:
    """The element's box on the page, in CSS pixels."""
    return driver.execute_script("const r = arguments[0].getBoundingClientRect();"
                                 "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom,"
                                 "width: r.width, height: r.height};", element)


def text_place(pdf: Path, page_number: int, text: str) -> dict:
    """Where ``text`` sits on a page as fractions of the page (0 = left/top), read by PDFium itself."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[page_number - 1]
        width, height = page.get_size()
        textpage = page.get_textpage()
        found = textpage.search(text).get_next()
        assert found is not None, f"{text!r} is not on page {page_number} of {pdf.name}"
        start, count = found
        boxes = [textpage.get_charbox(index) for index in range(start, start + count)]
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return {"left": left / width, "right": right / width, "top": 1 - top / height, "bottom": 1 - bottom / height}
    finally:
        document.close()


def browser_fixtures(name: str):
    """The module-scoped fixtures every browser test file uses: ``artifacts`` (its screenshot folder, ``name``),
    one headless ``browser`` and one real ``server``. Assign them at module level:
    ``artifacts, browser, server = browser_fixtures("browser-report")``."""

    @pytest.fixture(scope="module")
    def artifacts(tmp_path_factory):
        return artifacts_folder(tmp_path_factory, name)

    @pytest.fixture(scope="module")
    def browser(artifacts):
        with chromium(artifacts) as driver:
            yield driver

    @pytest.fixture(scope="module")
    def server(browser, artifacts, tmp_path_factory):
        with filelint_serve(artifacts, tmp_path_factory.mktemp("serve-here")) as running:
            yield running

    return artifacts, browser, server
