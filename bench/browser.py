"""Browser benchmark: what a person feels in headless Chromium, beside a bare Streamlit app in the same run.

For every page of the dashboard (found by URL path in the sidebar, not by file name):

* the warm switch from the sidebar (the page was shown before in this browser tab and server),
* the first visit after a server start (both servers restarted, the page URL opened in a new window),

and for two widgets a typical change (the map's measure, the planner's hours a day). Each action is
measured beside the same action on the bare app of ``bench/bare.py``, served twice: as Streamlit runs it
out of the box (the goals' reference, "a bare Streamlit page"), and with the dashboard's own server settings
(``.streamlit/config.toml``, whose ``runner.postScriptGC = false`` makes any page faster): the second ratio
says how much of the dashboard's speed is its pages and how much that setting. Each app is driven in a
window of its own in the same browser, interleaved action by action in a rotating order, so machine noise
(two cores shared with other work) hits all alike; the ratio of the medians is the figure.

When is a page done? See ``INSTRUMENT``: one predicate of what a person sees, evaluated in the page,
and the time of the last visible DOM change once the page has been quiet for a while.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from bench import bare
from bench.servers import StreamlitServer

CHROME = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--window-size=1366,768"]
WINDOW = (1366, 768)

POLL_MS = 20
QUIET_MS = 300
SETTLE_CAP_MS = 5000

# "Done" as a person sees it. Installed into every document before the app's own scripts run.
#
# Why a predicate and a quiet period together. Streamlit's own signals (data-test-script-state, the
# status widget, stale elements) say the run is over while a chart still waits for Plotly's lazily
# loaded code, a skeleton in its place for seconds on a first visit; so the predicate also asks for
# no skeleton, a title, and every chart drawn. Even then the page is still moving: Plotly lays a chart
# out a second time some 80 ms after its first draw, a table sizes itself after mounting. Those are DOM
# changes, which a quiet period catches; a quiet period alone would be fooled by the silent second in
# which the browser parses Plotly before drawing anything. So the page is done when the predicate
# holds and no visible part of the DOM has changed for QUIET_MS, and the time taken is that of the
# last visible change, not of the end of the quiet period. Changes nobody can see are ignored: the
# accessibility rows the table widget keeps inside its <canvas> (redone some 200 ms after each draw)
# and aria-* attributes. Times are the page's own clock, from the input event (or the navigation start
# of a first visit) to that change, so WebDriver's round trips are not counted. Checked against
# screenshots taken while waiting: the last one before "done" still shows the chart's skeleton (first
# visit) or the old page; the one at "done" equals the final picture but for the text cursor.
INSTRUMENT = r"""
(() => {
  if (window.__bench) return;
  const B = window.__bench = {t0: null, armed: false, finished: [], lastMutation: 0, result: null, timer: null};
  // The clock is read when the input event is handled: the page is idle when an action starts, so the
  // event is handled at once.
  const onInput = () => { if (B.armed && B.t0 === null) { B.t0 = performance.now(); B.armed = false; } };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'click']) addEventListener(type, onInput, true);
  // Which run has finished is read off the wire: a fast run (the bare app's take 20 ms) can go from
  // running to finished within one render, and then data-test-script-state never changes in the DOM.
  // A ForwardMsg is scanned for its top-level field 6, script_finished (a varint: 2 means cut short
  // for a rerun, which does not count).
  const scriptFinished = (b) => {
    let i = 0;
    const varint = () => { let v = 0, f = 1, x; do { x = b[i++]; v += (x & 0x7f) * f; f *= 128; } while (x & 0x80); return v; };
    while (i < b.length) {
      const tag = varint(), wire = tag & 7;
      if (tag >>> 3 === 6 && wire === 0) return varint();
      if (wire === 0) varint();
      else if (wire === 2) { const n = varint(); i += n; }
      else if (wire === 1) i += 8; else if (wire === 5) i += 4; else return null;
    }
    return null;
  };
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (!(e.data instanceof ArrayBuffer)) return;
        const status = scriptFinished(new Uint8Array(e.data));
        if (status !== null) B.finished.push([performance.now(), status]);
      });
    }
  };
  const visible = (r) => {
    if (r.type === 'attributes') {
      if (r.attributeName.startsWith('aria-')) return false;
      const parent = r.target.parentElement;
      return !(parent && parent.closest('canvas'));
    }
    const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    return !(node && node.closest('canvas'));
  };
  new MutationObserver((records) => {
    if (records.some(visible)) B.lastMutation = performance.now();
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  B.blockers = (spec) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return ['app not mounted'];
    const out = [];
    if (app.dataset.testConnectionState !== 'CONNECTED') out.push('connection ' + app.dataset.testConnectionState);
    if (B.t0 === null) out.push('no input event yet');
    else if (!B.finished.some(([t, status]) => t >= B.t0 && status !== 2)) out.push('no script run finished since the action');
    if (app.dataset.testScriptState !== 'notRunning') out.push('script ' + app.dataset.testScriptState);
    if (document.querySelector('[data-testid="stStatusWidget"]')) out.push('status widget shown');
    if (document.querySelector('[data-stale="true"]')) out.push('stale elements');
    if (document.querySelector('[data-testid="stSkeleton"], [data-testid="stAppSkeleton"]')) out.push('skeleton');
    if (!document.querySelector('[data-testid="stMain"] h1')) out.push('no title');
    if (location.pathname.replace(/^\/+|\/+$/g, '') !== spec.path) out.push('at ' + location.pathname);
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
      if (!gd._fullLayout || !gd.querySelector('.main-svg')) { out.push('chart not drawn'); break; }
    }
    return out;
  };
  B.start = (spec) => {
    clearInterval(B.timer);
    Object.assign(B, {spec: spec, result: null, readySince: null, blocked: null});
    if (spec.firstVisit) Object.assign(B, {t0: 0, armed: false});
    else Object.assign(B, {t0: null, armed: true});
    B.timer = setInterval(() => {
      const now = performance.now();
      const blockers = B.blockers(spec);
      if (blockers.length) { B.readySince = null; B.blocked = blockers; return; }
      if (B.readySince === null) B.readySince = now;
      const quiet = now - B.lastMutation >= spec.quietMs;
      if (quiet || now - B.readySince >= spec.settleCapMs) {
        B.result = {t0: B.t0, ready: B.readySince, done: quiet ? B.lastMutation : B.readySince, settled: quiet};
        clearInterval(B.timer);
      }
    }, spec.pollMs);
  };
})();
"""

# Finds a widget's element container by its key (Streamlit 1.67 puts the class st-key-<key> on it), or
# else by its label, so the benchmark survives pages moving between files.
FIND_WIDGET = r"""
const [key, label] = arguments;
let el = key ? document.querySelector('.st-key-' + CSS.escape(key)) : null;
if (!el && label) {
  el = [...document.querySelectorAll('[data-testid="stElementContainer"]')].find((c) => {
    const l = c.querySelector('[data-testid="stWidgetLabel"]');
    return l && l.innerText.trim() === label;
  });
}
return el || null;
"""


class BenchError(RuntimeError):
    pass


@dataclass
class Widget:
    """A widget change measured on a page of the dashboard, and on the bare page's widget of the same kind."""

    name: str
    path: str
    kind: str  # "select" (choose the next option), "number" (one step up) or "decimal" (type the next value)
    key: str
    label: str
    expander: str = ""  # label of the expander the widget sits in, opened before measuring


WIDGETS = [
    Widget("map: choose the next measure", "peta", "select", "peta_metric", "Ukuran"),
    # A decimal setting is a text box that reads "6,5" the Indonesian way: typed, then Enter (beside the bare
    # page's number input one step up: both commit one new number).
    Widget("planner: effective hours a day a quarter hour up", "perencanaan", "decimal", "wisn_awt_hours_per_day:text",
           "F · jam efektif sehari", expander="Waktu kerja tersedia (AWT)"),
]
BARE_WIDGETS = {"select": (bare.SELECT_KEY, bare.SELECT_LABEL), "number": (bare.NUMBER_KEY, bare.NUMBER_LABEL),
                "decimal": (bare.NUMBER_KEY, bare.NUMBER_LABEL)}
QUICK_FIRST_VISITS = ("peta", "kinerja")  # the pages of the load benchmark

GOALS = {"switch": 1.5, "first": 2.0, "widget": 1.5}


@dataclass
class Samples:
    real: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)  # the bare page as Streamlit runs it out of the box
    same: list[float] = field(default_factory=list)  # the bare page with the dashboard's server settings


APPS = ("real", "bare", "same")


def _order(rep: int) -> tuple[str, ...]:
    """Which app goes first turns with every repetition, so any drift of the machine is spread over all."""
    return APPS[rep % 3:] + APPS[:rep % 3]


class Browser:
    """One Chromium session driven by Selenium, with windows of its own for the dashboard and the bare app."""

    def __init__(self, profile: Path, timeout: float):
        # Selenium Manager must not look for a browser or driver on the network: both are given, and it is
        # told so.
        os.environ["SE_OFFLINE"] = "true"
        options = webdriver.ChromeOptions()
        options.binary_location = CHROME
        for flag in CHROME_FLAGS + [f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        self.timeout = timeout
        self.driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(timeout)
        self.driver.get("about:blank")
        self.anchor = self.driver.current_window_handle  # a blank window, so closing the others is always safe

    def quit(self) -> None:
        self.driver.quit()

    def open(self, url: str, path: str) -> tuple[str, float]:
        """Open url + path in a new window; return the window and ms from the navigation start until done."""
        d = self.driver
        d.switch_to.new_window("window")
        d.set_window_size(*WINDOW)
        # The instrument and its start go in before the page's own scripts, so the visit is timed from
        # the navigation start.
        source = INSTRUMENT + f"window.__bench.start({_spec(path, first_visit=True)});"
        d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
        d.get(url + path)
        return d.current_window_handle, self._wait(f"open {url}{path}")

    def close_windows(self) -> None:
        for handle in self.driver.window_handles:
            if handle != self.anchor:
                self.driver.switch_to.window(handle)
                self.driver.close()
        self.driver.switch_to.window(self.anchor)

    def act(self, what: str, path: str, action: Callable[[], None]) -> float:
        """Run an action in the current window; return ms from its input event until the page is done."""
        self.driver.execute_script(f"window.__bench.start({_spec(path)})")
        action()
        return self._wait(what)

    def _wait(self, what: str) -> float:
        d = self.driver
        deadline = time.monotonic() + self.timeout
        while True:
            result = d.execute_script("return window.__bench && window.__bench.result")
            if result:
                break
            if time.monotonic() > deadline:
                state = d.execute_script("const B = window.__bench; return B && [B.blocked, B.t0, B.finished.slice(-3),"
                                         " performance.now(), location.pathname]")
                raise BenchError(f"{what}: not done after {self.timeout:.0f} s; still waiting for, input event at, "
                                 f"last runs finished (time, status), now, path: {state}")
            time.sleep(0.05)
        error = d.execute_script("const e = document.querySelector('[data-testid=\"stException\"]');"
                                 "return e ? e.innerText : null")
        if error:
            raise BenchError(f"{what}: the page shows an exception: {error[:500]}")
        if not result["settled"]:
            print(f"    note: {what}: the page kept changing for {SETTLE_CAP_MS} ms after it looked done; "
                  "timed until it looked done", flush=True)
        return result["done"] - result["t0"]

    def title(self) -> str:
        return self.driver.execute_script(
            "const h = document.querySelector('[data-testid=\"stMain\"] h1'); return h ? h.innerText.trim() : ''")

    def sidebar_pages(self) -> list[tuple[str, str]]:
        """(URL path, label) of every page in the sidebar navigation, in its order."""
        links = self.driver.execute_script(
            "return [...document.querySelectorAll('[data-testid=\"stSidebarNav\"] a')]"
            ".map((a) => [new URL(a.href).pathname, a.innerText])")
        return [(p.strip("/"), text.strip().splitlines()[-1].strip()) for p, text in links]

    # ---------------------------------------------------------------- actions
    def switch(self, path: str) -> Callable[[], None]:
        def click() -> None:
            link = self.driver.execute_script(
                "return [...document.querySelectorAll('[data-testid=\"stSidebarNav\"] a')]"
                ".find((a) => new URL(a.href).pathname.replace(/^\\/+|\\/+$/g, '') === arguments[0]) || null", path)
            if link is None:
                raise BenchError(f"no sidebar link to /{path}")
            link.click()
        return click

    def widget(self, key: str, label: str):
        el = self.driver.execute_script(FIND_WIDGET, key, label)
        if el is None:
            raise BenchError(f"widget {key!r} / {label!r} not found on {self.driver.current_url}")
        return el

    def show(self, el) -> None:
        """Scroll an element to the middle of the window, as a person would before using it."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)

    def open_expander(self, label: str) -> None:
        if not label:
            return
        for exp in self.driver.find_elements(By.CSS_SELECTOR, '[data-testid="stExpander"]'):
            summary = exp.find_element(By.CSS_SELECTOR, "summary")
            if label in summary.text:
                if exp.find_element(By.CSS_SELECTOR, "details").get_attribute("open") is None:
                    summary.click()
                    self._until(lambda: exp.find_element(By.CSS_SELECTOR, "details").get_attribute("open") is not None,
                                f"expander {label!r} to open")
                return
        raise BenchError(f"no expander {label!r} on {self.driver.current_url}")

    def choose_next(self, key: str, label: str) -> Callable[[], None]:
        """Open a select box (not timed); return the click on the option after the chosen one (timed)."""
        el = self.widget(key, label)
        self.show(el)
        current = el.find_element(By.CSS_SELECTOR, "input").get_attribute("value")
        el.find_element(By.CSS_SELECTOR, "button").click()
        options = self._until(lambda: self.driver.find_elements(By.CSS_SELECTOR, '[role="option"]'),
                              f"options of {label!r}")
        texts = [o.text for o in options]
        if len(options) < 2 or current not in texts:
            raise BenchError(f"select box {label!r}: no other option than {current!r} among {texts}")
        option = options[(texts.index(current) + 1) % len(options)]
        text = option.text

        def click() -> None:
            option.click()
            self._until(lambda: self.widget(key, label).find_element(By.CSS_SELECTOR, "input").get_attribute("value")
                        == text, f"{label!r} to show {text!r}")
        return click

    def step_up(self, key: str, label: str) -> Callable[[], None]:
        """Return the click on a number input's step-up button (timed)."""
        el = self.widget(key, label)
        self.show(el)
        field = el.find_element(By.CSS_SELECTOR, "input")
        before = field.get_attribute("value")
        button = el.find_element(By.CSS_SELECTOR, '[data-testid="stNumberInputStepUp"]')
        # The pointer may still rest on a table below, whose toolbar then covers the button; a person's
        # pointer would be on the field.
        ActionChains(self.driver).move_to_element(field).perform()
        self._uncovered(button, f"the step button of {label!r}")

        def click() -> None:
            button.click()
            self._until(lambda: self.widget(key, label).find_element(By.CSS_SELECTOR, "input").get_attribute("value")
                        != before, f"{label!r} to change from {before}")
        return click

    def type_next(self, key: str, label: str, step: float = 0.25) -> Callable[[], None]:
        """Put the caret in a decimal text box (not timed); return typing its value plus ``step`` in Indonesian
        format and Enter (timed)."""
        el = self.widget(key, label)
        self.show(el)
        field = el.find_element(By.CSS_SELECTOR, "input")
        before = field.get_attribute("value")
        after = f"{float(before.replace('.', '').replace(',', '.')) + step:g}".replace(".", ",")
        # Scrolling and a page still settling after the previous change can leave a caption where the field
        # was a moment ago; a person clicks where the field is.
        self._uncovered(field, f"the field {label!r}")
        field.click()
        field.send_keys(Keys.CONTROL, "a")

        def type_() -> None:
            field.send_keys(after, Keys.ENTER)
            self._until(lambda: self.widget(key, label).find_element(By.CSS_SELECTOR, "input").get_attribute("value")
                        == after, f"{label!r} to read {after}")
        return type_

    def _uncovered(self, el, what: str) -> None:
        """Wait until the middle of ``el`` is ``el`` itself on screen (nothing drawn over it)."""
        self._until(lambda: self.driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return arguments[0].contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))", el),
            f"{what} to be uncovered")

    def _until(self, condition, what: str, timeout: float = 10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = condition()
            except WebDriverException:  # the element may be re-rendered while it is read
                value = None
            if value:
                return value
            time.sleep(0.02)
        raise BenchError(f"timed out waiting for {what}")


def _spec(path: str, first_visit: bool = False) -> str:
    return json.dumps({"path": path, "firstVisit": first_visit, "pollMs": POLL_MS, "quietMs": QUIET_MS,
                       "settleCapMs": SETTLE_CAP_MS})


class Session:
    """The dashboard and the bare app, each in a window of the same browser, driven action by action."""

    def __init__(self, browser: Browser, real: StreamlitServer, bare_server: StreamlitServer,
                 same_server: StreamlitServer):
        self.b, self.real, self.bare, self.same = browser, real, bare_server, same_server
        self.windows: dict[str, str] = {}
        self.titles: dict[tuple[str, str], str] = {}  # (app, path) -> the title that page shows

    def open(self) -> None:
        self.b.close_windows()
        self.windows["real"], _ = self.b.open(self.real.url, "")
        self.windows["bare"], _ = self.b.open(self.bare.url, bare.ORIGIN)
        self.windows["same"], _ = self.b.open(self.same.url, bare.ORIGIN)

    def server(self, app: str) -> StreamlitServer:
        return {"real": self.real, "bare": self.bare, "same": self.same}[app]

    def run(self, app: str, what: str, path: str, action: Callable[[], None]) -> float:
        self.b.driver.switch_to.window(self.windows[app])
        ms = self.b.act(what, path, action)
        self.check_title(app, path, what)
        return ms

    def goto(self, app: str, path: str) -> None:
        self.b.driver.switch_to.window(self.windows[app])
        if self.b.driver.execute_script("return location.pathname").strip("/") != path:
            self.run(app, f"{app}: switch to /{path}", path, self.b.switch(path))

    def check_title(self, app: str, path: str, what: str) -> None:
        """The page shows the title it showed the first time: the measured page is the right one."""
        title = self.b.title()
        expected = self.titles.setdefault((app, path), title)
        if not title or title != expected:
            raise BenchError(f"{what}: the page shows the title {title!r}, expected {expected!r}")


def run(store: Path, work: Path, report: Callable[..., None], quick: bool = False, timeout: float = 120,
        only: list[str] | None = None) -> None:
    """Measure and report every figure of the browser benchmark (with ``only``, those pages' figures: their
    switches, their widget changes and their first visits)."""
    for exe in (CHROME, CHROMEDRIVER):
        if not Path(exe).exists():
            raise BenchError(f"{exe} is missing (Debian: apt-get install chromium chromium-driver); "
                             "or leave the browser out with --skip-browser")
    reps, first_reps = (3, 1) if quick else (5, 3)
    root = Path(__file__).resolve().parents[1]
    tmp = Path(tempfile.mkdtemp(dir=work, prefix="browser_"))
    config = root / ".streamlit" / "config.toml"
    script = bare.write(tmp / "bare_app", config, streamlit_runner=True)
    same_script = bare.write(tmp / "bare_app_same", config)
    real = StreamlitServer(root / "dashboard.py", root, {"TKSK_STORE": str(store)}, log=tmp / "dashboard.log")
    bare_server = StreamlitServer(script, script.parent, log=tmp / "bare.log")
    same_server = StreamlitServer(same_script, same_script.parent, log=tmp / "bare_same.log")
    browser = None
    try:
        real.start()
        bare_server.start()
        same_server.start()
        browser = Browser(tmp / "chromium_profile", timeout)
        s = Session(browser, real, bare_server, same_server)
        s.open()
        s.b.driver.switch_to.window(s.windows["real"])
        pages = s.b.sidebar_pages()
        if not pages:
            raise BenchError("the dashboard shows no page links in the sidebar")
        names = dict(pages)
        print(f"Browser (headless Chromium {s.b.driver.capabilities.get('browserVersion', '?')}; median of {reps} "
              f"warm actions and {first_reps} first visit(s) per page; dashboard beside the bare app)", flush=True)
        # Warm up: every page and the bare pages once, so that the measured switches find warm caches.
        for path, _ in pages[1:] + pages[:1]:
            s.goto("real", path)
        for app in ("bare", "same"):
            s.goto(app, bare.PAGE)
            s.goto(app, bare.ORIGIN)
        titles = [s.titles["real", p] for p, _ in pages]
        if len(set(titles)) != len(titles):
            raise BenchError(f"pages share a title, so a wrong page could pass for the right one: {titles}")

        chosen = [p for p, _ in pages if only is None or p in only]
        for path in chosen:
            _report(report, f"browser: warm sidebar switch to {names[path]} (/{path})",
                    _switches(s, path, pages, reps), "switch")
        for w in (w for w in WIDGETS if w.path in chosen):
            _report(report, f"browser: widget change, {w.name}", _widget_changes(s, w, reps), "widget")
        # Last, because every first visit restarts both servers.
        for path in [p for p in chosen if p in QUICK_FIRST_VISITS or not quick]:
            _report(report, f"browser: first visit of {names[path]} (/{path}) after a server start",
                    _first_visits(s, path, first_reps), "first")
    finally:
        if browser is not None:
            browser.quit()
        real.stop()
        bare_server.stop()
        same_server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _switches(s: Session, path: str, pages: list[tuple[str, str]], reps: int) -> Samples:
    origin = next(p for p, _ in pages if p != path)
    out = Samples()
    for rep in range(reps):
        # Alternating which app goes first spreads any drift of the machine evenly over both.
        for app in _order(rep):
            src, dst = (origin, path) if app == "real" else (bare.ORIGIN, bare.PAGE)
            s.goto(app, src)
            ms = s.run(app, f"{app}: switch /{src} -> /{dst}", dst, s.b.switch(dst))
            getattr(out, app).append(ms)
    return out


def _widget_changes(s: Session, w: Widget, reps: int) -> Samples:
    out = Samples()
    plain = (bare.PAGE, *BARE_WIDGETS[w.kind], "")
    targets = {"real": (w.path, w.key, w.label, w.expander), "bare": plain, "same": plain}
    for app, (path, _, _, expander) in targets.items():
        s.goto(app, path)
        s.b.open_expander(expander)
    for rep in range(reps):
        for app in _order(rep):
            path, key, label, _ = targets[app]
            s.b.driver.switch_to.window(s.windows[app])
            # Always on to a value not chosen before in this run (as far as the options reach), so that no
            # cache holds the page for it: a person trying settings out, not going back and forth.
            kind = w.kind if app == "real" else ("number" if w.kind == "decimal" else w.kind)
            action = {"select": s.b.choose_next, "number": s.b.step_up, "decimal": s.b.type_next}[kind](key, label)
            getattr(out, app).append(s.run(app, f"{app}: {w.name}", path, action))
    return out


def _first_visits(s: Session, path: str, reps: int) -> Samples:
    out = Samples()
    for rep in range(reps):
        # Windows still open would reconnect to the restarted servers and warm them before the visit.
        s.b.close_windows()
        for app in APPS:
            s.server(app).restart()
        for app in _order(rep):
            server, dst = s.server(app), (path if app == "real" else bare.PAGE)
            _, ms = s.b.open(server.url, dst)
            s.check_title(app, dst, f"{app}: first visit of /{dst}")
            getattr(out, app).append(ms)
    s.b.close_windows()
    return out


def _report(report: Callable[..., None], what: str, sample: Samples, goal_kind: str) -> None:
    real, plain, same = (statistics.median(v) for v in (sample.real, sample.bare, sample.same))
    ratio = real / plain
    goal = GOALS[goal_kind]
    report(what, f"{real:,.0f} ms ({_spread(sample.real)})",
           f"bare page {plain:,.0f} ms ({_spread(sample.bare)}); with the dashboard's server settings "
           f"{same:,.0f} ms ({_spread(sample.same)})",
           f"{ratio:.2f}×, goal ≤ {goal}×: {'ok' if ratio <= goal else 'over'}; {real / same:.2f}× the second")


def _spread(values: list[float]) -> str:
    return f"{min(values):,.0f}–{max(values):,.0f}" if len(values) > 1 else "1 run"
