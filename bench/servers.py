"""Streamlit servers for the browser and load benchmarks: started on free local ports, always stopped.

Each server runs in a process group of its own, so stopping it also stops anything it started; every
server ever started is also stopped at interpreter exit, should a benchmark die half-way.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

_RUNNING: set[StreamlitServer] = set()


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """``streamlit run <script>`` from ``cwd``, bound to 127.0.0.1 on a port that stays the same across restarts.

    The port is kept so that a restarted server serves the browser the same URLs: its HTTP cache then
    holds Streamlit's own scripts, as it does for a person who used the app before.
    """

    def __init__(self, script: Path, cwd: Path, env: dict[str, str] | None = None, log: Path | None = None):
        self.script, self.cwd = script, cwd
        self.env = {**os.environ, **(env or {})}
        self.log = log
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 90) -> None:
        # A fixed address keeps the server on localhost; it also spares Streamlit's headless start the
        # look-up of an external IP address over the network. No file watcher: a source file saved during a run
        # would put "Source file changed" in the page and stop every measurement.
        cmd = [sys.executable, "-m", "streamlit", "run", str(self.script), "--server.port", str(self.port),
               "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        try:
            self.proc = subprocess.Popen(cmd, cwd=self.cwd, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        finally:
            if self.log:
                out.close()
        _RUNNING.add(self)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerError(f"streamlit server for {self.script.name} exited with {self.proc.returncode}"
                                  f"{self._log_tail()}")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise ServerError(f"streamlit server for {self.script.name} not healthy after {timeout:.0f} s{self._log_tail()}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        _RUNNING.discard(self)
        if proc is None or proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                proc.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def restart(self) -> None:
        self.stop()
        self.start()

    def memory_mb(self) -> tuple[float, float]:
        """Resident memory now and at its peak (VmRSS, VmHWM) of the server's process group, in MB.

        Streamlit serves from one process; were there several, the peak would be the sum of their peaks.
        """
        if self.proc is None:
            return 0.0, 0.0
        rss = hwm = 0
        for pid in _group(self.proc.pid):
            status = _status(pid)
            rss += status.get("VmRSS", 0)
            hwm += status.get("VmHWM", 0)
        return rss / 1024, hwm / 1024

    def _log_tail(self) -> str:
        if not self.log or not self.log.exists():
            return ""
        return "\n--- server log (end) ---\n" + self.log.read_text(errors="replace")[-3000:]

    def __enter__(self) -> StreamlitServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _status(pid: int) -> dict[str, int]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {k: int(v.split()[0]) for k, _, v in (line.partition(":") for line in lines) if k in ("VmRSS", "VmHWM")}


def _group(pgid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The fields after the command name (which may hold spaces) start with state, ppid, pgrp.
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid:
                pids.append(int(entry.name))
    return pids


@atexit.register
def _stop_all() -> None:
    for server in list(_RUNNING):
        server.stop()
