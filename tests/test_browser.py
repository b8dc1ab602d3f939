"""The staff tab in a real browser: headless Chromium (Debian's, driven by selenium) against `streamlit run` over
http, with a copy of the demo store and a temporary accounts file. One server and one browser for the module.

* visitors and viewers see no upload;
* wrong passwords bring the wait, then the lockout, and the right password during the lockout is refused;
* a dimension-bomb XLSX (one cell at XFD1048576) uploaded by an operator is refused with its message, and the
  server is still up and answering afterwards;
* a shared URL's period survives a switch of language (the slider's months are relabelled, not reset).

Skipped where Chromium, its driver or selenium is missing, except in CI (``CI`` set) or with
``TKSK_REQUIRE_BROWSER=1``, where that is a failure: a green CI run means these ran.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

from helpers import ROOT, rows

# One worker runs them all (make test spreads the suite over workers): one server, one browser, in order.
pytestmark = pytest.mark.xdist_group("browser")
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
REQUIRED = os.environ.get("CI", "").lower() not in ("", "0", "false") or os.environ.get("TKSK_REQUIRE_BROWSER") == "1"
PASSWORDS = {"budi": "sandi-budi-123", "ani": "sandi-ani-123", "vina": "sandi-vina-123"}
# The server under test gets at most this much address space: a reader that allocated for a bomb would die here
# (and fail the test) instead of taking the machine down. A quiet server takes about 3 GB of it.
SERVER_ADDRESS_SPACE = 8 * 1024**3


def _missing() -> list[str]:
    gone = [str(p) for p in (CHROMIUM, DRIVER) if not p.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        gone.append("selenium (pip)")
    return gone


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (SERVER_ADDRESS_SPACE, SERVER_ADDRESS_SPACE))


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as r:
            return r.read().strip() == b"ok"
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(demo_store_root, tmp_path_factory):
    missing = _missing()
    if missing:
        message = f"browser test needs {', '.join(missing)} (apt-get install chromium chromium-driver)"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    from tksk import auth

    work = tmp_path_factory.mktemp("browser")
    store = work / "store"
    shutil.copytree(demo_store_root, store)
    users = work / "users.yaml"
    for name, role in (("budi", "operator"), ("ani", "operator"), ("vina", "viewer")):
        auth.add(name, role, PASSWORDS[name], users, cost=4)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "TKSK_UPLOAD_PASSWORD"}
    env.update(TKSK_STORE=str(store), TKSK_USERS=str(users), TKSK_LOG="info")
    log_path = work / "server.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_limit_memory)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while not _healthy(url):
            assert proc.poll() is None, log_path.read_text()[-3000:]
            assert time.monotonic() < deadline, "the server did not start in 90 s"
            time.sleep(0.3)
        yield SimpleNamespace(url=url, proc=proc, log=log_path, store=store, work=work)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "1")  # selenium must not look for a driver online
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1366,768", f"--user-data-dir={server.work / 'chrome'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    yield driver
    driver.quit()


class Page:
    """The data page's staff tab, as a person uses it."""

    def __init__(self, driver, url):
        self.d, self.url = driver, url

    def text(self) -> str:
        from selenium.webdriver.common.by import By

        return self.d.find_element(By.TAG_NAME, "body").text

    def wait_for(self, predicate, timeout=60, what="the page"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if predicate():
                    return
            except Exception:  # an element replaced while it was read: look again
                pass
            time.sleep(0.2)
        raise AssertionError(f"{what} did not appear in {timeout} s; the page says:\n{self.text()[-2000:]}")

    def settled(self):
        """Wait until the app's run is over: no running indicator, no element left from the previous run."""
        from selenium.webdriver.common.by import By

        time.sleep(0.4)
        self.wait_for(lambda: not self.d.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]')
                      and not self.d.find_elements(By.CSS_SELECTOR, '[data-stale="true"]'), what="the end of the run")
        time.sleep(0.3)

    def open_staff_tab(self):
        from selenium.webdriver.common.by import By

        self.d.get(f"{self.url}/data")  # a new page load is a new session: nobody is signed in
        self.wait_for(lambda: self.d.find_elements(By.CSS_SELECTOR, '[role="tab"]'), what="the tabs")
        [tab] = [t for t in self.d.find_elements(By.CSS_SELECTOR, '[role="tab"]') if t.text.startswith("Petugas")]
        tab.click()  # the tab's content runs only now that it is open
        self.wait_for(lambda: self.d.find_elements(By.CSS_SELECTOR, 'input[aria-label="Nama akun"]'),
                      what="the sign-in form")
        self.settled()

    def file_inputs(self):
        from selenium.webdriver.common.by import By

        return self.d.find_elements(By.CSS_SELECTOR, 'input[type="file"]')

    def sign_in(self, name, password):
        from selenium.webdriver.common.by import By

        field = self.d.find_element(By.CSS_SELECTOR, 'input[aria-label="Nama akun"]')
        field.clear()
        field.send_keys(name)
        secret = self.d.find_element(By.CSS_SELECTOR, 'input[type="password"]')
        secret.clear()
        secret.send_keys(password)
        [button] = [b for b in self.d.find_elements(By.CSS_SELECTOR, "button") if b.text.strip() == "Masuk"]
        button.click()
        self.settled()
        return self.text()

    def sign_in_when_allowed(self, name, password):
        """Sign in, waiting out a wait the page names (this client's earlier failures), never hammering."""
        for _ in range(3):
            said = self.sign_in(name, password)
            wait = re.search(r"coba lagi dalam (\d+) detik", said)
            if not wait:
                return said
            time.sleep(int(wait.group(1)) + 0.5)
        return said


@pytest.fixture(scope="module")
def page(browser, server):
    return Page(browser, server.url)


def test_the_upload_is_hidden_from_visitors_and_viewers(page):
    started = time.monotonic()
    page.open_staff_tab()
    assert not page.file_inputs() and "Unggah berkas" not in page.text() and "Jejak audit" not in page.text()
    said = page.sign_in_when_allowed("vina", PASSWORDS["vina"])
    assert "Masuk sebagai vina (pembaca)" in said and "Akun pembaca" in said
    assert not page.file_inputs() and "Jejak audit" not in said
    print(f"\nvisitor and viewer: {time.monotonic() - started:.1f} s")


def test_wrong_passwords_wait_then_lock_and_the_right_one_is_refused(page, server):
    started = time.monotonic()
    page.open_staff_tab()
    said = []
    for _ in range(8):  # bounded: the lockout comes at the fifth failure
        said.append(page.sign_in("budi", "salah-terus"))
        if "dikunci" in said[-1]:
            break
    assert any("Nama akun atau kata sandi salah" in s for s in said)
    assert any("coba lagi dalam" in s for s in said), said
    assert "dikunci" in said[-1] and len(said) <= 6
    during = page.sign_in("budi", PASSWORDS["budi"])
    assert "dikunci" in during and "Masuk sebagai" not in during and not page.file_inputs()
    log = server.log.read_text()
    assert "account=budi client=local" in log and "outcome=locked" in log and "outcome=wrong-password" in log
    assert PASSWORDS["budi"] not in log and "salah-terus" not in log
    print(f"\nthrottle: {len(said)} wrong tries to the lockout, {time.monotonic() - started:.1f} s")


def test_a_dimension_bomb_is_refused_and_the_server_stays_up(page, server, tmp_path):
    import hostile

    started = time.monotonic()
    bomb = hostile.xlsx(tmp_path / "bom dimensi.xlsx", rows(3), far_cell="XFD1048576")
    page.open_staff_tab()
    said = page.sign_in_when_allowed("ani", PASSWORDS["ani"])
    assert "Masuk sebagai ani (operator" in said
    page.file_inputs()[0].send_keys(str(bomb))
    page.wait_for(lambda: "XFD1048576" in page.text(), timeout=90, what="the refusal")
    page.settled()
    text = page.text()
    assert "bom dimensi.xlsx" in text and "Ditolak: 1 masalah" in text
    assert re.search(r"lembar 'log' memakai area sampai XFD1048576; batas [\d.]+ baris × 26 \(Z\) kolom", text), text[-1500:]
    assert "Impor berkas yang valid" not in text
    assert server.proc.poll() is None and "Traceback" not in server.log.read_text()
    assert _healthy(server.url)
    page.open_staff_tab()  # the page still answers: a new session gets the whole app
    assert "Sumber" in page.text()
    peak = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{server.proc.pid}/status").read_text())
    print(f"\ndimension bomb: refused in {time.monotonic() - started:.1f} s; server peak memory "
          f"{int(peak.group(1)) // 1024 if peak else '?'} MB")


def test_a_language_switch_keeps_the_period_of_a_shared_url(page, server):
    from selenium.webdriver.common.by import By

    def thumbs():
        return [e.text for e in page.d.find_elements(By.CSS_SELECTOR, '[data-testid="stSliderThumbValue"]')]

    page.d.get(f"{server.url}/?periode=Maret+2024&periode=Mei+2024")
    page.wait_for(lambda: thumbs() == ["Maret 2024", "Mei 2024"], what="the period of the URL")
    page.settled()
    [english] = [e for e in page.d.find_elements(By.CSS_SELECTOR, "label") if e.text.strip() == "English"]
    english.click()
    page.wait_for(lambda: thumbs() == ["March 2024", "May 2024"], what="the same period in English")
    page.settled()
    assert thumbs() == ["March 2024", "May 2024"] and "periode=March+2024" in page.d.current_url


def test_a_shared_url_s_kecamatan_code_filters_the_page(page, server):
    """The filter's widget reads a link by its labels: "kecamatan=16.10.13" was dropped and every kecamatan shown."""
    from selenium.webdriver.common.by import By

    def chosen():
        box = page.d.find_elements(By.CSS_SELECTOR, ".st-key-kecamatan")
        return box[0].text if box else ""

    page.d.get(f"{server.url}/kinerja?kecamatan=16.10.13&kecamatan=tidak-ada")
    page.wait_for(lambda: "Kandis" in chosen(), what="the kecamatan of the URL")
    page.settled()
    assert "Kandis" in chosen() and "Indralaya" not in chosen()
    assert "Kecamatan di tautan (tidak-ada) tidak dikenali" in page.text()
    # The address bar keeps the page and the filter as the widget writes it, for the link to be passed on.
    assert page.d.current_url == f"{server.url}/kinerja?kecamatan=Kandis"


def test_a_shared_english_url_opens_with_the_navigation_in_english(page, server):
    from selenium.webdriver.common.by import By

    page.d.get(f"{server.url}/data?lang=English")
    page.wait_for(lambda: "Sources & data quality" in page.text(), what="the English page")
    page.settled()
    nav = page.d.find_element(By.CSS_SELECTOR, '[data-testid="stSidebarNav"]').text
    assert "Home" in nav and "Coverage map" in nav and "Beranda" not in nav


def test_the_map_changes_its_measure_alone_and_a_click_opens_the_kecamatan(page, server):
    """The measure, map and ranking are a fragment of the map page: a new measure reruns only them (the URL still
    records it); a click on the map still opens the kecamatan's details below, outside the fragment."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page.d.get(f"{server.url}/peta")
    page.wait_for(lambda: page.d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg"), what="the map")
    page.settled()
    assert "Desa/kelurahan menurut jumlah kegiatan" not in page.text()
    box = page.d.find_element(By.CSS_SELECTOR, ".st-key-peta_metric")
    box.find_element(By.CSS_SELECTOR, "input").click()
    [option] = [o for o in page.d.find_elements(By.CSS_SELECTOR, '[role="option"]') if o.text.startswith("Penduduk per")]
    option.click()
    page.wait_for(lambda: "peta_metric=Penduduk" in page.d.current_url, what="the measure in the URL")
    page.settled()
    assert "Penduduk per" in page.d.find_element(By.CSS_SELECTOR, ".tksk-map-key").text  # the key's title
    plot = page.d.find_element(By.CSS_SELECTOR, ".js-plotly-plot .nsewdrag")
    # A click on a kecamatan: the plot's centre, or beside it where the centre falls between areas (the map's width
    # follows the page's, and with it what lies under the centre).
    for dx, dy in ((0, 0), (-40, 0), (40, 0), (0, -40), (0, 40)):
        ActionChains(page.d).move_to_element_with_offset(plot, dx, dy).click().perform()
        try:
            page.wait_for(lambda: "Desa/kelurahan menurut jumlah kegiatan" in page.text(), what="the details", timeout=8)
            break
        except AssertionError:
            continue
    page.wait_for(lambda: "Desa/kelurahan menurut jumlah kegiatan" in page.text(), what="the kecamatan's details")
    page.settled()
    assert "peta_kec=" in page.d.current_url  # the kecamatan clicked, by name


def test_a_part_of_a_page_reruns_whole_once_the_store_has_a_new_build(page, server, tmp_path):
    """Kept last: it imports into the server's store. A fragment (the map's measure) reruns alone, but after
    someone else's import its page runs whole, so the frame (the demo badge here) follows the new build."""
    from selenium.webdriver.common.by import By

    from etl.importer import import_files
    from helpers import TODAY, rows, write_csv

    page.d.get(f"{server.url}/peta")
    page.wait_for(lambda: page.d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg"), what="the map")
    page.settled()
    assert "Data contoh (demo)" in page.text()
    [o] = import_files([write_csv(tmp_path / "log.csv", rows(3))], server.store, quiet=True, today=TODAY)
    assert o.accepted
    page.d.find_element(By.CSS_SELECTOR, ".st-key-peta_metric input").click()

    def options():
        return [o for o in page.d.find_elements(By.CSS_SELECTOR, '[role="option"]') if o.text.startswith("Desa/kel")]

    page.wait_for(options, what="the measures")
    options()[0].click()
    page.wait_for(lambda: "Data contoh (demo)" not in page.text(), what="the page of the new build, without the badge")
    page.settled()
    assert "peta_metric=Desa" in page.d.current_url
