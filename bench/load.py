"""Load benchmark: several people at once, simulated through Streamlit's own protocol.

A simulated user does over the WebSocket ``/_stcore/stream`` what the browser's frontend does: it opens
a session and asks for page runs with a BackMsg ``rerun_script``. Its ClientState names the first page
by URL path (``page_name``, as a browser opening a link does) and the next ones by the script hash the
server announced in its navigation message (``page_script_hash``, as a sidebar click does); it sends
the hashes of the large messages it has kept, as the frontend's message cache does, and the server
then sends references instead of the messages again. A run is timed from sending the request to its
``script_finished``. It counts as an error if the run ends otherwise (an exception element, a compile
error, page not found, cut short), if the session is disconnected or times out, or if its messages
do not hold the page's title (the server ran some other page).

Every user renders the map and the indicator page in turn, with no pause, all users starting at once. A harder
level follows (``--load`` without ``--quick``): 20 users each visiting all seven pages in an order of their own,
each page on a period of its own (two months drawn from the demo log's 24, seeded), so that about half the page
runs compute a period nobody asked for before: no goal of the issue is set for it; it says how the server copes
when the meeting does not all open the same link.
Each number of users gets a fresh server and one unmeasured visit of both pages first (the morning's
first visitor pays for the imports, not the meeting), and the bare app of ``bench/bare.py`` gets the
same load right after, as the plain way. The server's memory is sampled from /proc while it serves.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from bench import bare
from bench.servers import StreamlitServer

PAGES = ("peta", "kinerja")
ALL_PAGES = ("", "peta", "beban", "kemiskinan", "kinerja", "perencanaan", "data")
MIXED_USERS = 20
MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember")
LEVELS, QUICK_LEVELS = (1, 5, 20, 50), (1, 5, 20)
GOALS = {20: 2.0, 50: 5.0}  # p95 of a page run, seconds
MIN_RUNS = 40  # per level: few users run more rounds, so that the 95th percentile rests on enough runs


class RunFailed(Exception):
    pass


def rerun_request(page: str, page_hash: str = "", cached: list[str] | tuple[str, ...] = (), query: str = "",
                  widgets: tuple = ()) -> bytes:
    """The BackMsg a browser sends to run a page: by its URL path, or by its script hash once known (``query``: the
    URL's query string, as a link with a period carries it). ``widgets``: (widget id, value field, value) of the
    widgets the user changed for this run, as the frontend sends a widget's new value (the others keep theirs)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    state = msg.rerun_script
    for wid, field_name, value in widgets:
        w = state.widget_states.widgets.add()
        w.id = wid
        setattr(w, field_name, value)
    if page_hash:
        state.page_script_hash = page_hash
    else:
        state.page_name = page
    state.query_string = query
    state.cached_message_hashes.extend(cached)
    context = state.context_info
    context.timezone, context.timezone_offset, context.locale = "Asia/Jakarta", -420, "id-ID"
    context.is_embedded, context.color_scheme = False, "light"
    return msg.SerializeToString()


@dataclass
class Session:
    """What one user's connection has learnt: page hashes from the navigation, titles of cached messages."""

    hashes: dict[str, str] = field(default_factory=dict)
    cached: dict[str, str] = field(default_factory=dict)  # message hash -> the h1 it holds, or ""
    widgets: dict[str, str] = field(default_factory=dict)  # a keyed widget's key -> its id, as last drawn
    cached_widgets: dict[str, tuple[str, str]] = field(default_factory=dict)  # message hash -> (key, id) it drew


def _widget(msg) -> tuple[str, str] | None:
    """(user key, widget id) of a delta drawing a keyed widget or keyed block (an expander, tabs), or None. A keyed
    widget's id is ``$$ID-<hash>-<key>``."""
    delta = msg.delta
    kind = delta.WhichOneof("type")
    if kind == "new_element":
        part = delta.new_element
    elif kind == "add_block":
        part = delta.add_block
    else:
        return None
    sub = part.WhichOneof("type")
    wid = getattr(getattr(part, sub), "id", "") if sub else ""
    if isinstance(wid, str) and wid.startswith("$$ID-") and wid.count("-") >= 2:
        return wid.split("-", 2)[2], wid
    return None


async def run_page(ws, page: str, session: Session, query: str = "", widgets: tuple = ()) -> tuple[float, str]:
    """Run a page in an open session (``widgets``: values the user changed, see ``rerun_request``); return its
    seconds and the title it showed."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    started = time.perf_counter()
    await ws.send(rerun_request(page, session.hashes.get(page, ""), tuple(session.cached), query, widgets))
    title = ""
    while True:
        msg = ForwardMsg.FromString(await ws.recv())
        kind = msg.WhichOneof("type")
        heading = ""
        drawn = None
        if kind == "delta":
            drawn = _widget(msg)
        elif kind == "ref_hash":
            drawn = session.cached_widgets.get(msg.ref_hash)
        if drawn:
            session.widgets[drawn[0]] = drawn[1]
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if element.WhichOneof("type") == "exception":
                raise RunFailed(f"exception: {element.exception.type}: {element.exception.message[:200]}")
            if element.WhichOneof("type") == "heading" and element.heading.tag == "h1":
                heading = element.heading.body
        elif kind == "ref_hash":
            heading = session.cached.get(msg.ref_hash, "")
        elif kind == "navigation":
            session.hashes.update({p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages})
        elif kind == "page_not_found":
            raise RunFailed(f"page not found: {page!r}")
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            raise RunFailed(f"compile error: {msg.session_event.script_compilation_exception.message[:200]}")
        elif kind == "script_finished":
            if msg.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                # The page asked for a rerun (st.rerun: a shared link's settings written in the widgets' words),
                # which the server starts itself: the user waits for that run's end.
                continue
            if msg.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                raise RunFailed(f"run ended with {ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)}")
            return time.perf_counter() - started, title
        if msg.metadata.cacheable:
            session.cached[msg.hash] = heading
            if drawn:
                session.cached_widgets[msg.hash] = drawn
        title = title or heading


@dataclass
class Level:
    users: int
    rounds: int
    seconds: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    wall: float = 0.0
    client_cpu: float = 0.0
    peak_mb: float = 0.0
    hwm_mb: float = 0.0

    def percentile(self, q: float) -> float:
        if not self.seconds:
            return math.nan
        if len(self.seconds) == 1:
            return self.seconds[0]
        return statistics.quantiles(self.seconds, n=100, method="inclusive")[round(q) - 1]

    @property
    def throughput(self) -> float:
        return len(self.seconds) / self.wall if self.wall else 0.0


def mixed_visits(seed: int, rounds: int) -> list[tuple[str, str]]:
    """One user's visits of the mixed level: every page once a round in an order of its own, each on a period of
    two months of 2023–2024 drawn at random (seeded: every run of the benchmark draws the same)."""
    import random

    rng = random.Random(seed)
    months = [f"{MONTH_NAMES[m % 12]}+{2023 + m // 12}" for m in range(24)]
    visits = []
    for _ in range(rounds):
        order = list(ALL_PAGES)
        rng.shuffle(order)
        for page in order:
            a, b = sorted(rng.sample(range(24), 2))
            visits.append((page, f"periode={months[a]}&periode={months[b]}"))
    return visits


async def _user(url: str, pages: tuple[str, ...], titles: dict[str, str], rounds: int, timeout: float,
                level: Level, visits: list[tuple[str, str]] | None = None) -> None:
    import websockets

    ws = session = None
    visits = visits or [(page, "") for _ in range(rounds) for page in pages]
    try:
        for page, query in visits:
            try:
                if ws is None:
                    ws, session = await _connect(url, timeout), Session()
                seconds, title = await asyncio.wait_for(run_page(ws, page, session, query), timeout)
                if title != titles[page]:
                    raise RunFailed(f"page {page!r} showed the title {title!r}, not {titles[page]!r}")
                level.seconds.append(seconds)
            except (RunFailed, asyncio.TimeoutError, TimeoutError, OSError, websockets.ConnectionClosed) as exc:
                level.errors[_describe(exc, timeout)] += 1
                # What is left of a failed run would be read as the next run's: start a new session.
                await _close(ws)
                ws = None
    finally:
        await _close(ws)


def _describe(exc: Exception, timeout: float) -> str:
    if isinstance(exc, RunFailed):
        return str(exc)
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return f"no script_finished within {timeout:.0f} s"
    return f"connection lost: {type(exc).__name__}: {exc}"[:200]


async def _close(ws) -> None:
    if ws is not None:
        try:
            await asyncio.wait_for(ws.close(), 5)
        except Exception:  # noqa: BLE001 - a connection that cannot even close is gone either way
            pass


async def _sample_memory(server: StreamlitServer, level: Level, stop: asyncio.Event) -> None:
    while not stop.is_set():
        level.peak_mb = max(level.peak_mb, server.memory_mb()[0])
        try:
            await asyncio.wait_for(stop.wait(), 0.25)
        except asyncio.TimeoutError:
            pass


def _stream_url(url: str) -> str:
    return url.replace("http", "ws", 1) + "_stcore/stream"


async def _connect(url: str, timeout: float):
    import websockets

    # No keep-alive pings: a browser sends none, and a busy server answering late would make the client
    # hang up on a session that is only slow.
    return await websockets.connect(_stream_url(url), subprotocols=["streamlit"], max_size=None, ping_interval=None,
                                    open_timeout=timeout)


async def _first_visit(url: str, pages: tuple[str, ...], timeout: float) -> dict[str, str]:
    """Run every page once (unmeasured, the imports after the start); return the title each page shows."""
    ws, session = await _connect(url, timeout), Session()
    try:
        titles = {page: (await asyncio.wait_for(run_page(ws, page, session), timeout))[1] for page in pages}
    finally:
        await _close(ws)
    if not all(titles.values()) or len(set(titles.values())) != len(pages):
        raise RuntimeError(f"each page must show a title of its own to be told apart: {titles}")
    return titles


async def _level(server: StreamlitServer, pages: tuple[str, ...], users: int, timeout: float,
                 mixed: bool = False) -> Level:
    titles = await _first_visit(server.url, pages, timeout)
    level = Level(users, 2 if mixed else max(3, math.ceil(MIN_RUNS / (users * len(pages)))))
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_memory(server, level, stop))
    cpu, started = time.process_time(), time.perf_counter()
    await asyncio.gather(*(_user(server.url, pages, titles, level.rounds, timeout, level,
                                 mixed_visits(i, level.rounds) if mixed else None) for i in range(users)))
    level.wall = time.perf_counter() - started
    level.client_cpu = time.process_time() - cpu
    stop.set()
    await sampler
    level.hwm_mb = server.memory_mb()[1]
    return level


def measure(server: StreamlitServer, pages: tuple[str, ...], users: int, timeout: float = 180,
            mixed: bool = False) -> Level:
    """Restart the server, then let ``users`` simulated users run ``pages`` at once (``mixed``: each its own order
    and periods, ``mixed_visits``)."""
    server.restart()
    return asyncio.run(_level(server, pages, users, timeout, mixed))


def run(store: Path, work: Path, report: Callable[..., None], quick: bool = False) -> None:
    """Measure and report every figure of the load benchmark."""
    import shutil
    import tempfile

    root = Path(__file__).resolve().parents[1]
    tmp = Path(tempfile.mkdtemp(dir=work, prefix="load_"))
    script = bare.write(tmp / "bare_app", root / ".streamlit" / "config.toml")
    real = StreamlitServer(root / "dashboard.py", root, {"TKSK_STORE": str(store)}, log=tmp / "dashboard.log")
    plain = StreamlitServer(script, script.parent, log=tmp / "bare.log")
    levels = QUICK_LEVELS if quick else LEVELS
    print(f"Load (simulated users through Streamlit's protocol, each running {' and '.join(PAGES)} in turn; "
          f"{', '.join(map(str, levels))} users)", flush=True)
    try:
        for users in levels:
            got = measure(real, PAGES, users)
            real.stop()
            base = measure(plain, (bare.PAGE, bare.ORIGIN), users)
            plain.stop()
            _report(report, got, base)
        if not quick:
            got = measure(real, ALL_PAGES, MIXED_USERS, mixed=True)
            real.stop()
            base = measure(plain, (bare.PAGE, bare.ORIGIN), MIXED_USERS)
            plain.stop()
            _report(report, got, base, mixed=True)
    finally:
        real.stop()
        plain.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _report(report: Callable[..., None], got: Level, base: Level, mixed: bool = False) -> None:
    errors = sum(got.errors.values())
    figure = (f"p50 {got.percentile(50):.2f} s, p95 {got.percentile(95):.2f} s; {len(got.seconds)} runs, "
              f"{errors} errors; {got.throughput:.1f} runs/s; server peak {got.peak_mb:,.0f} MB "
              f"(VmHWM {got.hwm_mb:,.0f} MB); load client {got.client_cpu / got.wall:.0%} of a core")
    plain = (f"bare app (same server settings) p50 {base.percentile(50):.2f} s, p95 {base.percentile(95):.2f} s, "
             f"{sum(base.errors.values())} errors, {base.throughput:.1f} runs/s, {base.peak_mb:,.0f} MB")
    goal = None if mixed else GOALS.get(got.users)
    p95 = got.percentile(95)
    ok = errors == 0 and (goal is None or p95 <= goal)
    verdict = (f"goal p95 ≤ {goal:g} s, no errors: " if goal else "goal no errors: ") + ("ok" if ok else "over")
    what = (f"every page in an order of its own, each on a period of its own, {got.rounds} rounds" if mixed else
            f"{got.rounds} rounds of map + indicators each")
    report(f"load: {got.users} user{'s' if got.users > 1 else ''} at once, {what}", figure, plain, verdict)
    for message, count in got.errors.most_common(5):
        print(f"    error ×{count}: {message}", flush=True)
