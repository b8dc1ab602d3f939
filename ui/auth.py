"""Staff sign-in on the data page: the form, the signed-in line, and who is signed in on this run.

The accounts and the checking live in ``tksk.auth``; the throttle's counts in ``THROTTLE`` below, one object for
the whole server process, so they hold across sessions (and are forgotten on a restart). A session keeps only the
account's name and a fingerprint of its hash: an account removed, or given a new password, signs its sessions
out at their next run; a new role counts at once. Nobody is signed in across a page reload.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os

import streamlit as st

from tksk import auth
from tksk.throttle import Throttle
from ui.state import t

THROTTLE = Throttle()
SESSION_KEY = "staff_account"
ROLE_KEYS = {"viewer": "role_viewer", "operator": "role_operator", "admin": "role_admin"}
log = logging.getLogger("tksk.auth")


def _server_log() -> None:
    """Sign-ins (and the importer's details) reach the server's log even where nothing configured logging: a
    deployment's own configuration, when it has one, is left alone."""
    tksk = logging.getLogger("tksk")
    if tksk.handlers or logging.getLogger().handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    tksk.addHandler(handler)
    tksk.setLevel(os.environ.get("TKSK_LOG", "info").upper())


_server_log()


def client() -> str:
    """The client's address as the server's socket sees it (not a header a client could forge). Streamlit gives
    none for a connection from this machine: those, and every client behind a proxy on this machine, count as one
    client, "local"."""
    ip = st.context.ip_address
    return ip if isinstance(ip, str) and ip else "local"


def _fingerprint(account: auth.Account) -> str:
    return hashlib.sha256(account.password_hash).hexdigest()[:16]


def _old_password_set() -> bool:
    if os.environ.get("TKSK_UPLOAD_PASSWORD"):
        return True
    try:
        return bool(st.secrets.get("upload_password"))
    except Exception:  # no secrets file at all
        return False


@st.cache_resource(show_spinner=False)
def _warn_old_password_once() -> bool:
    log.warning("TKSK_UPLOAD_PASSWORD / upload_password is set but no longer used: staff sign in with named "
                "accounts (python -m etl users add NAME --role admin)")
    return True


def current() -> auth.Account | None:
    """The account signed in on this session, as the accounts file says now (None: a visitor)."""
    held = st.session_state.get(SESSION_KEY)
    if not held:
        return None
    account = auth.accounts().get(held["name"])
    if account is None or _fingerprint(account) != held["fingerprint"]:
        st.session_state.pop(SESSION_KEY, None)
        return None
    return account


def _try(name: str, password: str) -> None:
    if not name.strip() or not password:
        st.warning(t("signin_missing"))
        return
    result = auth.sign_in(name, password, client(), THROTTLE)
    if result.account is not None:
        st.session_state[SESSION_KEY] = {"name": result.account.name, "fingerprint": _fingerprint(result.account)}
        st.rerun()
    verdict = result.refused or result.after
    if result.refused is None:
        st.error(t("signin_wrong"))
    if verdict is not None and verdict.locked:
        st.error(t("signin_locked", minutes=max(1, math.ceil(verdict.wait / 60))))
    elif verdict is not None and not verdict.allowed:
        st.warning(t("signin_wait", seconds=max(1, math.ceil(verdict.wait))))


def panel() -> auth.Account | None:
    """The signed-in line with a sign-out button, or the sign-in form; returns the account signed in."""
    if _old_password_set():
        _warn_old_password_once()
    account = current()
    if account is not None:
        c1, c2 = st.columns([4, 1], vertical_alignment="center")
        # The name is a checked account name (letters, digits, . _ -): inside code marks it stays literal.
        c1.markdown(t("signed_in", name=account.name, role=t(ROLE_KEYS[account.role])))
        if c2.button(t("signout"), key="signout", icon=":material/logout:"):
            st.session_state.pop(SESSION_KEY, None)
            st.rerun()
        return account
    st.subheader(t("signin_title"))
    st.caption(t("signin_intro"))
    if not auth.accounts():
        st.info(t("no_accounts"))
        if _old_password_set():
            st.warning(t("old_password_ignored"))
        return None
    with st.columns([1, 1])[0], st.form("signin", clear_on_submit=True, enter_to_submit=True):
        name = st.text_input(t("signin_name"), key="signin_name", autocomplete="username", max_chars=64)
        password = st.text_input(t("signin_password"), type="password", key="signin_password",
                                 autocomplete="current-password", max_chars=128)
        submitted = st.form_submit_button(t("signin_submit"), key="signin_submit", type="primary")
    if submitted:
        _try(name, password)
    return None
