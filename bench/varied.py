"""Varied load: many users, each with settings of its own, so that shared figures are rarely shared.

``python -m bench.varied`` (see ``--help``). Each simulated user (``bench/load.py``'s protocol client) opens the
dashboard with a link of its own: a period of its own (two months of the store's log, seeded), for some a kecamatan
filter, for half of them English; it then walks three or four pages, and on the planner some open the working-time
settings and set the effective hours a day, on Kinerja some change a target in the targets' editor (as the browser
does: the widget's new value in the rerun request, by the id the server drew it with). Every run is timed as in
``bench/load.py`` (request to ``script_finished``) and checked for errors and the page's title.

For each number of users the same-settings mode of ``bench/load.py`` (everyone on the map and the indicators with
the default settings) runs on a fresh server first and the varied mode on another fresh server right after, so the two
are measured in the same minutes. ``--curve N`` instead walks N distinct settings one after another (every page on
each) and prints the server's memory every ``--every`` settings: whether caches keyed by the settings level off.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench import load
from bench.servers import StreamlitServer

ROOT = Path(__file__).resolve().parents[1]
PAGES = load.ALL_PAGES
# Target edits: (row of the targets' editor, values to choose from). K1: contacts a desa a year (default 4);
# A2: reports on time, % (default 100).
TARGETS = ((0, ("3", "5", "6", "8")), (8, ("80", "85", "90", "95")))
HOURS = tuple(h / 4 for h in range(8, 22) if h != 12)  # 2 to 5¼ hours a day, never the default 3


@dataclass
class Step:
    page: str
    action: str = ""  # "", "hours" (planner) or "target" (Kinerja)
    value: object = None


@dataclass
class Plan:
    lang: str
    query: str
    steps: list[Step]


def months_of(store: Path) -> list[str]:
    from tksk.store import Store

    import pandas as pd

    p = Store(store).manifest["log_period"]
    return [m.strftime("%Y-%m") for m in pd.date_range(p[0], p[1], freq="MS")]


def kecamatan_codes(store: Path) -> list[str]:
    from tksk.store import Store

    return sorted(Store(store).read("kecamatan")["kode_kec"].astype(str))


def plan(seed: int, months: list[str], codes: list[str], pages: tuple[str, ...] = PAGES,
         walk: tuple[int, int] = (3, 4)) -> Plan:
    """One user's settings and walk (seeded): half English, a period of its own, a kecamatan filter for about a third;
    3-4 pages, the planner or Kinerja among them for most, where half change a setting."""
    rng = random.Random(seed)
    lang = "en" if seed % 2 else "id"
    a, b = sorted(rng.sample(range(len(months)), 2))
    query = [f"periode={months[a]}", f"periode={months[b]}"]
    if rng.random() < 0.35:
        query.append(f"kecamatan={rng.choice(codes)}")
    if lang == "en":
        query.append("lang=en")
    n = min(len(pages), rng.randint(*walk))
    chosen = rng.sample(pages, n)
    steps = []
    for page in chosen:
        step = Step(page)
        if page == "perencanaan" and rng.random() < 0.5:
            hours = rng.choice(HOURS)
            step = Step(page, "hours", f"{hours:.2f}".replace(".", "," if lang == "id" else "."))
        elif page == "kinerja" and rng.random() < 0.5:
            row, values = rng.choice(TARGETS)
            step = Step(page, "target", (row, rng.choice(values)))
        steps.append(step)
    return Plan(lang, "&".join(query), steps)


@dataclass
class Result:
    users: int
    seconds: list[float] = field(default_factory=list)
    by_what: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    wall: float = 0.0
    peak_mb: float = 0.0
    hwm_mb: float = 0.0
    end_mb: float = 0.0

    def percentile(self, q: float, values: list[float] | None = None) -> float:
        values = self.seconds if values is None else values
        if not values:
            return math.nan
        if len(values) == 1:
            return values[0]
        return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


async def titles_of(url: str, pages: tuple[str, ...], timeout: float) -> dict[tuple[str, str], str]:
    """Every page's title in both languages (an unmeasured visit of each, which also pays for the imports)."""
    out = {}
    for lang, query in (("id", ""), ("en", "lang=en")):
        ws, session = await load._connect(url, timeout), load.Session()
        try:
            for page in pages:
                out[lang, page] = (await asyncio.wait_for(load.run_page(ws, page, session, query), timeout))[1]
        finally:
            await load._close(ws)
    return out


async def _timed(ws, session, what: str, page: str, query: str, title: str, timeout: float, result: Result,
                 widgets: tuple = ()) -> None:
    seconds, shown = await asyncio.wait_for(load.run_page(ws, page, session, query, widgets), timeout)
    if shown != title:
        raise load.RunFailed(f"{what}: showed the title {shown!r}, not {title!r}")
    result.seconds.append(seconds)
    result.by_what[what].append(seconds)


async def walk(url: str, p: Plan, titles: dict, timeout: float, result: Result) -> None:
    """One user's walk: each page by its link (the first) or the sidebar (the next), then its setting changed."""
    import websockets

    ws = session = None
    try:
        for step in p.steps:
            title = titles[p.lang, step.page]
            try:
                if ws is None:
                    ws, session = await load._connect(url, timeout), load.Session()
                await _timed(ws, session, step.page or "beranda", step.page, p.query, title, timeout, result)
                if step.action == "hours":
                    # The expander first (its content runs only when open), then the hours typed in its box.
                    opened = ((session.widgets["wisn_exp_awt"], "bool_value", True),)
                    await _timed(ws, session, "perencanaan: open working time", step.page, p.query, title, timeout,
                                 result, opened)
                    box = session.widgets["wisn_awt_hours_per_day:text"]
                    await _timed(ws, session, "perencanaan: hours a day", step.page, p.query, title, timeout, result,
                                 ((box, "string_value", step.value),))
                elif step.action == "target":
                    row, value = step.value
                    editor = session.widgets["kinerja_targets" if p.lang == "id" else "kinerja_targets.en"]
                    edit = json.dumps({"edited_rows": {str(row): {"Target": value}}, "added_rows": [],
                                       "deleted_rows": []})
                    await _timed(ws, session, "kinerja: a target", step.page, p.query, title, timeout, result,
                                 ((editor, "string_value", edit),))
            except (load.RunFailed, KeyError, asyncio.TimeoutError, TimeoutError, OSError,
                    websockets.ConnectionClosed) as exc:
                message = f"widget not drawn: {exc}" if isinstance(exc, KeyError) else load._describe(exc, timeout)
                result.errors[message] += 1
                await load._close(ws)
                ws = None
    finally:
        await load._close(ws)


async def _sample(server: StreamlitServer, result: Result, stop: asyncio.Event) -> None:
    while not stop.is_set():
        result.peak_mb = max(result.peak_mb, server.memory_mb()[0])
        try:
            await asyncio.wait_for(stop.wait(), 0.25)
        except asyncio.TimeoutError:
            pass


async def _varied(server: StreamlitServer, users: int, months, codes, timeout: float, seed0: int,
                  rounds: int) -> Result:
    titles = await titles_of(server.url, PAGES, timeout)
    result = Result(users)
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample(server, result, stop))
    started = time.perf_counter()

    async def user(i: int):
        for r in range(rounds):
            await walk(server.url, plan(seed0 + i * 1000 + r, months, codes), titles, timeout, result)

    await asyncio.gather(*(user(i) for i in range(users)))
    result.wall = time.perf_counter() - started
    stop.set()
    await sampler
    result.end_mb, result.hwm_mb = server.memory_mb()
    return result


def varied(server: StreamlitServer, users: int, months, codes, timeout: float = 180, seed0: int = 0,
           rounds: int | None = None) -> Result:
    """Restart the server, then ``users`` users at once, each walking its own plans (``rounds`` of them: enough
    that a level has some 40 runs)."""
    server.restart()
    rounds = rounds or max(1, math.ceil(12 / users))
    return asyncio.run(_varied(server, users, months, codes, timeout, seed0, rounds))


async def _curve(server: StreamlitServer, n: int, every: int, months, codes, timeout: float, users: int,
                 out: list) -> Result:
    """``n`` distinct settings (every page on each, ``users`` at a time), the server's memory every ``every``."""
    titles = await titles_of(server.url, PAGES, timeout)
    result = Result(users)
    out.append((0, server.memory_mb()[0], 0.0))
    done = 0
    started = time.perf_counter()
    settings = distinct_settings(n, months, codes)
    for first in range(0, n, users):
        batch = settings[first:first + users]
        await asyncio.gather(*(walk(server.url, Plan(lang, query, [Step(p) for p in PAGES]), titles, timeout, result)
                               for lang, query in batch))
        done += len(batch)
        if done % every == 0 or done == n:
            out.append((done, server.memory_mb()[0], time.perf_counter() - started))
            print(f"  {done:4d} settings: RSS {out[-1][1]:6.0f} MB, {out[-1][2]:6.0f} s, "
                  f"{len(result.seconds)} runs, {sum(result.errors.values())} errors", flush=True)
    result.wall = time.perf_counter() - started
    result.end_mb, result.hwm_mb = server.memory_mb()
    return result


def distinct_settings(n: int, months: list[str], codes: list[str]) -> list[tuple[str, str]]:
    """``n`` distinct (language, query): every period first (seeded order), then periods with a kecamatan."""
    rng = random.Random(7)
    periods = [(a, b) for a in range(len(months)) for b in range(a, len(months))]
    rng.shuffle(periods)
    out = []
    for i in range(n):
        a, b = periods[i % len(periods)]
        query = f"periode={months[a]}&periode={months[b]}"
        if i >= len(periods):
            query += f"&kecamatan={codes[(i // len(periods)) % len(codes)]}"
        lang = "en" if i % 2 else "id"
        out.append((lang, query + ("&lang=en" if lang == "en" else "")))
    return out


def same(server: StreamlitServer, users: int) -> load.Level:
    return load.measure(server, load.PAGES, users)


def _line(name: str, users: int, p50: float, p95: float, runs: int, errors: int, rate: float, peak: float,
          hwm: float) -> str:
    return (f"| {name} | {users} | {p50:.2f} | {p95:.2f} | {runs} | {errors} | {rate:.1f} | {peak:,.0f} | "
            f"{hwm:,.0f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.varied", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, default=os.environ.get("TKSK_STORE"), required="TKSK_STORE" not in os.environ)
    ap.add_argument("--levels", default="1,5,20,50", help="numbers of users, comma-separated")
    ap.add_argument("--modes", default="same,varied", help="same, varied or both (comma-separated)")
    ap.add_argument("--seed", type=int, default=0, help="first seed of the users' plans")
    ap.add_argument("--curve", type=int, default=0, help="walk this many distinct settings; print memory")
    ap.add_argument("--every", type=int, default=20)
    ap.add_argument("--curve-users", type=int, default=4)
    ap.add_argument("--log", type=Path, help="the server's log (default: a temporary file, its errors printed)")
    args = ap.parse_args(argv)
    store = args.store.resolve()
    months, codes = months_of(store), kecamatan_codes(store)
    log = args.log or Path(f"/tmp/varied_server_{os.getpid()}.log")
    server = StreamlitServer(ROOT / "dashboard.py", ROOT, {"TKSK_STORE": str(store)}, log=log)
    print(f"load average {os.getloadavg()[0]:.1f}; store {store}; {len(months)} months, {len(codes)} kecamatan; "
          f"server log {log}", flush=True)
    try:
        if args.curve:
            server.restart()
            out: list = []
            result = asyncio.run(_curve(server, args.curve, args.every, months, codes, 180, args.curve_users, out))
            print(f"curve: {len(result.seconds)} runs, {sum(result.errors.values())} errors, p50 "
                  f"{result.percentile(50):.2f} s, p95 {result.percentile(95):.2f} s, VmHWM {result.hwm_mb:,.0f} MB")
            for message, count in result.errors.most_common(5):
                print(f"    error ×{count}: {message}")
            print("curve " + json.dumps(out))
            return 0
        modes = args.modes.split(",")
        print("| mode | users | p50 s | p95 s | runs | errors | runs/s | peak RSS MB | VmHWM MB |\n|---|---|---|---|---|---|---|---|---|",
              flush=True)
        for users in map(int, args.levels.split(",")):
            if "same" in modes:
                got = same(server, users)
                server.stop()
                print(_line("same", users, got.percentile(50), got.percentile(95), len(got.seconds),
                            sum(got.errors.values()), got.throughput, got.peak_mb, got.hwm_mb), flush=True)
                for message, count in got.errors.most_common(3):
                    print(f"    error ×{count}: {message}", flush=True)
            if "varied" in modes:
                got = varied(server, users, months, codes, seed0=args.seed)
                server.stop()
                print(_line("varied", users, got.percentile(50), got.percentile(95), len(got.seconds),
                            sum(got.errors.values()), len(got.seconds) / got.wall, got.peak_mb, got.hwm_mb),
                      flush=True)
                for message, count in got.errors.most_common(3):
                    print(f"    error ×{count}: {message}", flush=True)
                what = sorted(got.by_what.items(), key=lambda kv: -sum(kv[1]))
                print("    per page: " + "; ".join(f"{k} n={len(v)} p50 {got.percentile(50, v):.2f} "
                                                  f"max {max(v):.2f} total {sum(v):.1f}" for k, v in what), flush=True)
        print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        server.stop()
        if log.exists():
            text = log.read_text(errors="replace")
            bad = [line for line in text.splitlines() if "Traceback" in line or "Error" in line or "Exception" in line]
            print(f"server log: {len(bad)} lines naming an error" + (": " + " | ".join(bad[:5]) if bad else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
