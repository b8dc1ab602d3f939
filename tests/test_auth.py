"""Staff accounts and the sign-in throttle: growing waits, lockout per account and per client, no password
checked while locked, every try logged without the password; the accounts file and its command."""

import logging
import os
import stat
import subprocess
import sys

import bcrypt
import pytest

from helpers import ROOT
from tksk import auth
from tksk.throttle import ACCOUNT, CLIENT, Policy, Throttle


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def fail(throttle, account="ani", client="10.0.0.1"):
    verdict, ticket = throttle.begin(account, client)
    if ticket:
        throttle.finish(ticket, False)
    return verdict


def test_waits_grow_then_the_account_locks():
    clock = Clock()
    th = Throttle(clock=clock)
    waits = []
    for _ in range(ACCOUNT.lock_after):
        verdict, ticket = th.begin("ani", "10.0.0.1")
        assert verdict.allowed and ticket
        th.finish(ticket, False)
        after = th.status("ani", "10.0.0.1")
        waits.append(round(after.wait) if not after.locked else "locked")
        clock.now += after.wait if not after.locked else 0
    assert waits == [0, 2, 4, 8, "locked"]
    assert th.status("ani", "10.0.0.1").wait == pytest.approx(15 * 60)


def test_a_try_during_a_wait_is_refused_unchecked_and_counts():
    clock = Clock()
    th = Throttle(clock=clock)
    fail(th), fail(th)  # the second failure brings a 2 s wait
    clock.now += 1
    verdict, ticket = th.begin("ani", "10.0.0.1")
    assert not verdict.allowed and not verdict.locked and ticket is None
    assert verdict.wait == pytest.approx(3)  # it counted: the wait grew from 2 to 4 s after the last checked failure
    for _ in range(2):
        th.begin("ani", "10.0.0.1")  # hammering only brings the lockout sooner
    assert th.status("ani", "10.0.0.1").locked
    # The lockout runs from the last checked failure, not from the refused tries.
    assert th.status("ani", "10.0.0.1").wait == pytest.approx(15 * 60 - 1)


def test_the_lockout_ends_and_the_failures_are_forgotten():
    clock = Clock()
    th = Throttle(clock=clock)
    for _ in range(6):
        clock.now += 30
        fail(th)
    left = th.status("ani", "10.0.0.1")
    assert left.locked and left.wait == pytest.approx(15 * 60 - 30)  # from the last failure that was checked
    clock.now += left.wait - 1
    assert th.status("ani", "10.0.0.1").locked
    clock.now += 2
    verdict, ticket = th.begin("ani", "10.0.0.1")
    assert verdict.allowed and ticket


def test_right_password_clears_the_account_but_not_the_client():
    clock = Clock()
    th = Throttle(clock=clock)
    for name in ("a1", "a2", "a3", "a4"):
        fail(th, name)
    verdict, ticket = th.begin("ani", "10.0.0.1")
    th.finish(ticket, True)
    # The client's four failures stay (signing in to one's own account must not reset a guesser's count) ...
    assert th._counts[("client", "10.0.0.1")].failures == 4
    # ... and the right try itself is not one of them; the account starts afresh.
    assert ("account", "ani") not in th._counts


def test_one_client_guessing_many_accounts_is_slowed_then_locked():
    clock = Clock()
    th = Throttle(clock=clock)
    for i in range(CLIENT.free + 1):
        assert fail(th, f"akun{i}").allowed
    assert th.status("baru", "10.0.0.1").wait == pytest.approx(1)
    for i in range(CLIENT.free + 1, CLIENT.lock_after):
        clock.now += th.status(f"akun{i}", "10.0.0.1").wait
        assert fail(th, f"akun{i}").allowed
    locked = th.status("akun-lain", "10.0.0.1")
    assert locked.locked
    # Another client is not affected; the same account from another client is.
    assert th.status("akun-lain", "10.0.0.2").allowed


def test_one_account_guessed_from_many_clients_is_locked():
    clock = Clock()
    th = Throttle(clock=clock)
    for i in range(ACCOUNT.lock_after):
        clock.now += 60
        fail(th, "ani", f"10.0.0.{i}")
    assert th.status("ani", "10.9.9.9").locked


def test_parallel_tries_are_counted_when_they_start():
    th = Throttle(Policy(free=0, lock_after=5, lock_seconds=900), clock=Clock())
    first = th.begin("ani", "c1")
    second = th.begin("ani", "c2")  # before the first one's password was checked
    assert first[0].allowed and not second[0].allowed


def test_a_sprayed_name_cannot_push_a_lockout_out():
    clock = Clock()
    th = Throttle(clock=clock, max_keys=50)
    for _ in range(ACCOUNT.lock_after):
        fail(th, "ani", "10.0.0.1")
    for i in range(200):
        clock.now += 0.01
        fail(th, f"x{i}", f"10.1.{i}.1")
    assert th.status("ani", "10.0.0.2").locked
    assert len(th._counts) < 120


# ------------------------------------------------------------------ accounts and sign-in
@pytest.fixture
def users(tmp_path, monkeypatch):
    path = tmp_path / "conf" / "users.yaml"
    monkeypatch.setenv("TKSK_USERS", str(path))
    auth.add("ani", "operator", "benar-sekali", cost=4)
    auth.add("adi", "admin", "kunci-admin-1", cost=4)
    return path


def test_the_accounts_file_holds_hashes_only_and_only_its_owner_reads_it(users):
    text = users.read_text()
    assert "benar-sekali" not in text and "$2b$04$" in text
    assert stat.S_IMODE(users.stat().st_mode) == 0o600
    assert {a.name: a.role for a in auth.accounts().values()} == {"ani": "operator", "adi": "admin"}


def test_changes_count_at_once(users):
    auth.set_role("ani", "viewer")
    assert auth.accounts()["ani"].role == "viewer"
    auth.remove("adi")
    assert "adi" not in auth.accounts()
    with pytest.raises(auth.AccountError, match="sudah ada"):
        auth.add("ani", "admin", "apa-saja-123", cost=4)
    with pytest.raises(auth.AccountError, match="minimal 8"):
        auth.set_password("ani", "pendek")
    with pytest.raises(auth.AccountError, match="nama akun"):
        auth.add("Bukan Nama", "admin", "apa-saja-123", cost=4)


def test_a_malformed_file_signs_nobody_in(users, caplog):
    users.write_text("users: [rusak")
    assert auth.accounts() == {}
    assert "not read" in caplog.text


def test_roles_include_the_ones_below():
    a = auth.Account("adi", "admin", b"")
    o = auth.Account("ani", "operator", b"")
    assert a.may("operator") and a.may("admin") and o.may("operator") and not o.may("admin")


def counting_bcrypt(monkeypatch):
    calls = []
    real = bcrypt.checkpw

    def checkpw(password, hashed):
        calls.append(1)
        return real(password, hashed)
    monkeypatch.setattr(auth.bcrypt, "checkpw", checkpw)
    return calls


def test_a_locked_account_is_refused_without_checking_the_password(users, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="tksk.auth")
    clock = Clock()
    th = Throttle(clock=clock)
    calls = counting_bcrypt(monkeypatch)
    for _ in range(ACCOUNT.lock_after):
        clock.now += 60
        assert auth.sign_in("ani", "salah-terus", "10.0.0.1", th).account is None
    assert len(calls) == ACCOUNT.lock_after
    result = auth.sign_in("ani", "benar-sekali", "10.0.0.1", th)
    assert result.account is None and result.refused.locked
    assert len(calls) == ACCOUNT.lock_after  # the right password was never looked at
    clock.now += 15 * 60 + 1
    assert auth.sign_in("ani", "benar-sekali", "10.0.0.1", th).account.role == "operator"
    assert "benar-sekali" not in caplog.text and "salah-terus" not in caplog.text
    outcomes = [r.getMessage() for r in caplog.records]
    assert sum("outcome=wrong-password" in m for m in outcomes) == ACCOUNT.lock_after
    assert any("outcome=locked" in m and "account=ani" in m and "client=10.0.0.1" in m and "at=" in m for m in outcomes)
    assert "outcome=ok" in outcomes[-1]


def test_an_unknown_name_costs_one_check_and_is_logged_by_a_hash(users, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="tksk.auth")
    calls = counting_bcrypt(monkeypatch)
    # A password typed into the name field must not reach the log.
    result = auth.sign_in("Rahasia-Saya-99", "x", "10.0.0.1", Throttle(clock=Clock()))
    assert result.account is None and len(calls) == 1
    assert "rahasia-saya-99" not in caplog.text.lower() and "unknown:" in caplog.text
    assert auth.sign_in("ani", "b" * 100, "10.0.0.2", Throttle(clock=Clock())).account is None
    assert len(calls) == 2  # an over-long password is refused after the same single check


def test_names_are_matched_without_case_or_spaces(users):
    assert auth.sign_in("  ANI ", "benar-sekali", "c", Throttle(clock=Clock())).account.name == "ani"


# ------------------------------------------------------------------ the command
def run_users(path, *args, stdin=""):
    env = {**os.environ, "TKSK_USERS": str(path)}
    return subprocess.run([sys.executable, "-m", "etl", "users", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_the_users_command_adds_changes_and_removes_without_echoing(tmp_path):
    path = tmp_path / "u" / "users.yaml"
    done = run_users(path, "add", "siti", "--role", "operator", stdin="kata-sandi-siti\n")
    assert done.returncode == 0, done.stderr
    assert "kata-sandi-siti" not in done.stdout + done.stderr
    assert auth.accounts(path)["siti"].role == "operator"
    assert auth.check_password("kata-sandi-siti", auth.accounts(path)["siti"])
    assert run_users(path, "role", "siti", "admin").returncode == 0
    listed = run_users(path, "list")
    assert listed.stdout.strip() == "siti\tadmin" and "$2" not in listed.stdout
    bad = run_users(path, "role", "siti", "raja")
    assert bad.returncode != 0
    short = run_users(path, "password", "siti", stdin="pendek\n")
    assert short.returncode == 1 and "minimal 8" in short.stderr and "pendek" not in short.stderr.split("minimal")[0]
    assert run_users(path, "remove", "siti").returncode == 0
    assert auth.accounts(path) == {}
    missing = run_users(path, "remove", "siti")
    assert missing.returncode == 1 and "tidak ada" in missing.stderr
