"""Failed sign-ins slow down, then stop: per account and per client, across every session of the server.

Each key (an account name, a client address) counts its failures. After ``free`` failures each further one
doubles the wait before the next try (``base`` seconds, at most ``cap``); at ``lock_after`` failures the key is
locked for ``lock_seconds`` from its last failure. Failures are forgotten ``lock_seconds`` after the last one.

A try is counted as a failure the moment it starts and taken back if the password was right: tries sent in
parallel (many sessions at once) cannot slip through before the first is counted. A try refused for a wait or
a lockout is never checked and still counts, so hammering only locks sooner; it does not move the lockout's
start. The state lives in the server process (``ui.auth`` keeps one ``Throttle``): a restart forgets it.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Policy:
    free: int  # failures without a wait
    lock_after: int  # failures that lock the key
    lock_seconds: float
    base: float = 2.0  # the first wait; each further failure doubles it
    cap: float = 60.0

    def wait(self, failures: int) -> float:
        """Seconds after the last failure before the next try is checked (a lockout is decided apart)."""
        if failures <= self.free:
            return 0.0
        return min(self.base * 2 ** (failures - self.free - 1), self.cap)


# One person mistyping twice waits 2 s, then 4 and 8; the fifth failure locks the account for 15 minutes.
ACCOUNT = Policy(free=1, lock_after=5, lock_seconds=15 * 60)
# A whole office can share one address (and every client behind a proxy on the same machine shares "local"):
# a client gets more room before its waits start, and is locked after 20 failures on any accounts.
CLIENT = Policy(free=5, lock_after=20, lock_seconds=15 * 60, base=1.0, cap=30.0)


@dataclass
class _Count:
    failures: int = 0
    last: float = -math.inf  # time of the last failure that was checked (or started)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    locked: bool = False
    wait: float = 0.0  # seconds until the next try may be checked (until the lock ends, when locked)


@dataclass
class Ticket:
    """A try that was let through: what to undo when its password turns out right."""

    account: str
    client: str
    client_before: _Count = field(default_factory=_Count)


class Throttle:
    """Thread-safe counts of failed tries per account and per client. ``clock`` is monotonic seconds (a fake
    one in tests). About ``max_keys`` keys are kept: when full, forgotten counts go, then the oldest unlocked
    ones; a lockout is never dropped to make room."""

    def __init__(self, account: Policy = ACCOUNT, client: Policy = CLIENT, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 10_000):
        self.policies = {"account": account, "client": client}
        self.clock = clock
        self.max_keys = max_keys
        self._counts: dict[tuple[str, str], _Count] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()

    def _get(self, kind: str, key: str, now: float) -> _Count:
        c = self._counts.get((kind, key))
        if c is None or now - c.last >= self.policies[kind].lock_seconds:
            c = self._counts[(kind, key)] = _Count()
        return c

    def _state(self, kind: str, c: _Count, now: float) -> Verdict:
        p = self.policies[kind]
        if c.failures >= p.lock_after:
            return Verdict(False, locked=True, wait=max(c.last + p.lock_seconds - now, 0.0))
        left = c.last + p.wait(c.failures) - now
        return Verdict(True) if left <= 0 else Verdict(False, wait=left)

    def status(self, account: str, client: str) -> Verdict:
        """What the next try would meet, without counting it."""
        with self._lock:
            now = self.clock()
            return self._worst([self._state(k, self._get(k, key, now), now)
                                for k, key in (("account", account), ("client", client))])

    @staticmethod
    def _worst(verdicts: list[Verdict]) -> Verdict:
        locked = [v for v in verdicts if v.locked]
        if locked:
            return max(locked, key=lambda v: v.wait)
        waiting = [v for v in verdicts if not v.allowed]
        return max(waiting, key=lambda v: v.wait) if waiting else Verdict(True)

    def begin(self, account: str, client: str) -> tuple[Verdict, Ticket | None]:
        """Count a try on both keys. Allowed: a ticket to hand to ``finish`` once the password is checked.
        Refused (a wait or a lockout): no ticket, and the password must not be checked at all."""
        with self._lock:
            now = self.clock()
            self._prune(now)
            acc, cli = self._get("account", account, now), self._get("client", client, now)
            verdict = self._worst([self._state("account", acc, now), self._state("client", cli, now)])
            before = _Count(cli.failures, cli.last)
            for c in (acc, cli):
                c.failures += 1
                if verdict.allowed:
                    c.last = now
            if not verdict.allowed:  # say what this refused try brought about (it may have locked the key)
                return self._worst([self._state("account", acc, now), self._state("client", cli, now)]), None
            return verdict, Ticket(account, client, before)

    def finish(self, ticket: Ticket, ok: bool) -> None:
        """A right password clears the account's failures and takes back the client's counted try (the client
        keeps its earlier failures: signing in to one's own account must not reset a guesser's count)."""
        if not ok:
            return
        with self._lock:
            self._counts.pop(("account", ticket.account), None)
            c = self._counts.get(("client", ticket.client))
            if c is not None:
                c.failures, c.last = ticket.client_before.failures, ticket.client_before.last

    def _prune(self, now: float) -> None:
        if len(self._counts) < self.max_keys:
            return
        for k in [k for k, c in self._counts.items() if now - c.last >= self.policies[k[0]].lock_seconds]:
            del self._counts[k]
        if len(self._counts) >= self.max_keys:
            # Still full (names sprayed to push a lock out): the oldest unlocked counts go, never a lockout.
            unlocked = [k for k, c in self._counts.items() if c.failures < self.policies[k[0]].lock_after]
            for k in sorted(unlocked, key=lambda k: self._counts[k].last)[: len(self._counts) // 2]:
                del self._counts[k]
