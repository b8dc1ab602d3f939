"""Named staff accounts: the roles, the accounts file, and how a sign-in is checked and logged.

Accounts live in a YAML file outside the repository, ``$TKSK_USERS`` (default ``~/.config/tksk/users.yaml``), with
one bcrypt hash per account, never a password. Only ``python -m etl users`` writes it (atomically, readable by its
owner only); the server only reads it, again whenever it changes, so an account added, removed or given another
role counts from the next page run.

Roles, each including the ones before it: ``viewer`` sees what every visitor sees (free of personal data);
``operator`` may import and sees import problems, the last import and the audit trail; ``admin`` may also roll a
build back.

A sign-in passes the throttle (``tksk.throttle``) first: a refused try never reaches bcrypt. Every try that does
costs exactly one bcrypt check, for an unknown name too (against a dummy hash of the same cost), so the time taken
says nothing about which names exist. Each try is logged on ``tksk.auth`` (account, client, time, outcome); the
password never is, and a name that is no account is logged by a short hash (a password typed into the name field
must not land in the log).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import bcrypt

from tksk import pii
from tksk.store import atomic_write_text
from tksk.throttle import Throttle, Verdict

log = logging.getLogger("tksk.auth")

ROLES = ("viewer", "operator", "admin")
RANK = {r: i for i, r in enumerate(ROLES)}
NAME = pii.ACCOUNT
COST = 12  # bcrypt's work factor: about a quarter of a second per check on this machine
MIN_PASSWORD = 8
MAX_PASSWORD_BYTES = 72  # bcrypt reads no further; a longer password is refused, never cut
HEADER = ("# Akun petugas dashboard TKSK. Diubah hanya dengan `python -m etl users`; kata sandi disimpan sebagai hash bcrypt.\n"
          "# TKSK dashboard staff accounts. Changed only with `python -m etl users`; passwords are stored as bcrypt hashes.\n")


class AccountError(ValueError):
    """A refused account change, said in both languages."""

    def __init__(self, text_id: str, text_en: str):
        super().__init__(f"{text_id} / {text_en}")


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    password_hash: bytes

    def may(self, role: str) -> bool:
        """Whether this account holds ``role`` or a higher one."""
        return RANK[self.role] >= RANK[role]


def users_path(path: str | os.PathLike | None = None) -> Path:
    if path is not None:
        return Path(path).expanduser()
    return Path(os.environ.get("TKSK_USERS") or "~/.config/tksk/users.yaml").expanduser()


def normalise(name: str) -> str:
    return (name or "").strip().lower()


def _cost(password_hash: bytes) -> int:
    try:
        return int(password_hash.split(b"$")[2])
    except (IndexError, ValueError):
        return COST


# ------------------------------------------------------------------ reading and writing the file
_CACHE: dict[Path, tuple[tuple, dict[str, Account]]] = {}


def _raw(path: Path) -> dict:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise AccountError(f"berkas akun {path} rusak", f"accounts file {path} is malformed") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("users", {}), dict):
        raise AccountError(f"berkas akun {path} tidak berbentuk 'users:'", f"accounts file {path} has no 'users:' map")
    return doc


def accounts(path: str | os.PathLike | None = None) -> dict[str, Account]:
    """Every valid account in the file (none when it is missing); read again only when the file changed. A
    malformed file or entry is logged and left out: nobody signs in with it, nothing else stops."""
    p = users_path(path)
    try:
        st = p.stat()
    except OSError:
        return {}
    key = (st.st_mtime_ns, st.st_size, st.st_ino)
    cached = _CACHE.get(p)
    if cached and cached[0] == key:
        return cached[1]
    try:
        users = _raw(p).get("users") or {}
    except (AccountError, OSError) as exc:
        log.error("accounts file %s not read: %s", p, exc)
        users = {}
    out = {}
    for name, entry in users.items():
        h = entry.get("password_hash") if isinstance(entry, dict) else None
        role = entry.get("role") if isinstance(entry, dict) else None
        if not (isinstance(name, str) and NAME.match(name) and role in ROLES and isinstance(h, str) and h.startswith("$2")):
            log.error("accounts file %s: entry %r left out (a name, a role among %s and a bcrypt hash are needed)",
                      p, name if isinstance(name, str) and NAME.match(name) else "?", ", ".join(ROLES))
            continue
        out[name] = Account(name, role, h.encode("ascii"))
    _CACHE[p] = (key, out)
    return out


def _write(path: Path, doc: dict) -> None:
    import yaml

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_text(path, HEADER + yaml.safe_dump(doc, sort_keys=True, allow_unicode=True), mode=0o600)


def _change(path, change) -> None:
    """Read the file, apply ``change(users)`` and write it back, one writer at a time."""
    from filelock import FileLock

    p = users_path(path)
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with FileLock(str(p.with_name(f".{p.name}.lock"))):
        doc = _raw(p)
        users = doc.setdefault("users", {}) or {}
        doc["users"] = users
        change(users)
        _write(p, doc)


def check_new_password(name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"kata sandi minimal {MIN_PASSWORD} karakter", f"the password needs at least {MIN_PASSWORD} characters")
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise AccountError(f"kata sandi paling panjang {MAX_PASSWORD_BYTES} byte", f"the password may be at most {MAX_PASSWORD_BYTES} bytes")
    if normalise(password) == normalise(name):
        raise AccountError("kata sandi tidak boleh sama dengan nama akun", "the password must not be the account name")


def _check_name(name: str) -> str:
    if not NAME.match(name):
        raise AccountError("nama akun: 2-32 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf/angka",
                           "account name: 2-32 lower-case letters, digits, dots, underscores or hyphens, starting with a "
                           "letter or digit")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"peran harus salah satu dari {', '.join(ROLES)}", f"the role must be one of {', '.join(ROLES)}")
    return role


def _stamp() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def add(name: str, role: str, password: str, path=None, cost: int = COST) -> None:
    _check_name(name), _check_role(role), check_new_password(name, password)
    hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(cost)).decode("ascii")

    def change(users):
        if name in users:
            raise AccountError(f"akun {name} sudah ada (ganti kata sandinya dengan `users password`)",
                               f"account {name} already exists (change its password with `users password`)")
        users[name] = {"role": role, "password_hash": hashed, "changed": _stamp()}
    _change(path, change)


def _existing(users: dict, name: str) -> dict:
    if name not in users:
        raise AccountError(f"akun {name} tidak ada", f"there is no account {name}")
    return users[name]


def remove(name: str, path=None) -> None:
    _change(path, lambda users: (_existing(users, name), users.pop(name)))


def set_role(name: str, role: str, path=None) -> None:
    _check_role(role)
    _change(path, lambda users: _existing(users, name).update(role=role, changed=_stamp()))


def set_password(name: str, password: str, path=None, cost: int = COST) -> None:
    check_new_password(name, password)
    hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(cost)).decode("ascii")
    _change(path, lambda users: _existing(users, name).update(password_hash=hashed, changed=_stamp()))


# ------------------------------------------------------------------ signing in
_DUMMY: dict[int, bytes] = {}


def _dummy(cost: int) -> bytes:
    if cost not in _DUMMY:
        _DUMMY[cost] = bcrypt.hashpw(b"no account has this password", bcrypt.gensalt(cost))
    return _DUMMY[cost]


def check_password(password: str, account: Account | None, cost: int = COST) -> bool:
    """Exactly one bcrypt check, whether or not the account exists and whatever the password's length."""
    raw = (password or "").encode("utf-8")
    usable = account is not None and len(raw) <= MAX_PASSWORD_BYTES
    target = account.password_hash if account is not None else _dummy(cost)
    ok = bcrypt.checkpw(raw if len(raw) <= MAX_PASSWORD_BYTES else b"-", target)
    return ok and usable


def shown_name(name: str, known: bool) -> str:
    """An account name as the log shows it: as typed when it is an account, else a short hash of it."""
    return name if known else "unknown:" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class SignIn:
    account: Account | None  # signed in as this account, or None
    refused: Verdict | None = None  # the try was refused unchecked (a wait or a lockout)
    after: Verdict | None = None  # what the next try meets (after a wrong password)


def sign_in(name: str, password: str, client: str, throttle: Throttle, path=None) -> SignIn:
    """One sign-in try: the throttle first, then one bcrypt check; logged either way, never the password."""
    key = normalise(name)
    known = accounts(path)
    account = known.get(key)
    who = shown_name(key, account is not None)
    at = _stamp()
    verdict, ticket = throttle.begin(key, client)
    if ticket is None:
        log.warning("sign-in refused: account=%s client=%s at=%s outcome=%s wait=%.0fs", who, client, at,
                    "locked" if verdict.locked else "wait", verdict.wait)
        return SignIn(None, refused=verdict)
    cost = max((_cost(a.password_hash) for a in known.values()), default=COST)
    ok = check_password(password, account, cost)
    throttle.finish(ticket, ok)
    if ok:
        log.info("sign-in: account=%s client=%s at=%s outcome=ok role=%s", who, client, at, account.role)
        return SignIn(account)
    after = throttle.status(key, client)
    log.warning("sign-in failed: account=%s client=%s at=%s outcome=%s%s", who, client, at,
                "wrong-password" if account else "unknown-account",
                " now-locked" if after.locked else "")
    return SignIn(None, after=after)
