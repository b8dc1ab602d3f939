"""What signed-in staff see besides the upload: the last import, the audit trail and, for admins, the undo."""

from __future__ import annotations

import streamlit as st

from etl.importer import rollback
from tksk import audit, auth
from tksk.present import staff
from tksk.store import read_last_import
from ui.state import lang, t
from ui.store import data
from ui.upload import LOCK_TIMEOUT, problem_table

AUDIT_ROWS = 50


def last_import() -> None:
    last = staff.last_import(read_last_import(data().store.root), lang())
    if last is None:
        st.write(t("no_import"))
        return
    st.text(last["line"])
    st.dataframe(last["files"], hide_index=True, width="stretch")
    # The import just made is shown above with its notes: not the same table twice on one screen. Another import
    # since (another operator's, an undo) is shown with its own (review of 2026-12-06).
    shown_above = (st.session_state.get("upload_result") is not None
                   and st.session_state.get("upload_result_build") == (read_last_import(data().store.root) or {}).get("build"))
    if len(last["problems"]) and not shown_above:
        problem_table(last["problems"], t("import_notes_title"))


def audit_trail() -> None:
    st.caption(t("audit_caption", n=AUDIT_ROWS))
    records = audit.read(data().store.root, limit=AUDIT_ROWS)
    if not records:
        st.write(t("no_audit"))
        return
    st.dataframe(staff.audit_table(records, lang()), hide_index=True, width="stretch", placeholder="–")


def rollback_panel(account: auth.Account) -> None:
    """Admins only: make the previous build current again, after a confirmation step."""
    for ok, text in st.session_state.pop("rollback_result", []):
        (st.success if ok else st.error)(text)
    explain = staff.rollback_info(data().manifest, lang())
    if explain is None:
        st.write(t("rollback_none"))
        return
    st.caption(explain)
    if not st.session_state.get("rollback_armed"):
        if st.button(t("rollback_start"), key="rollback_start", icon=":material/undo:"):
            st.session_state["rollback_armed"] = True
            st.rerun()
        return
    st.warning(t("rollback_confirm", name=account.name))
    c1, c2, _ = st.columns([3, 1, 4], vertical_alignment="center")
    if c1.button(t("rollback_yes"), type="primary", key="rollback_yes"):
        problems = rollback(data().store.root, user=account.name, quiet=True, lock_timeout=LOCK_TIMEOUT)
        st.session_state["rollback_result"] = [(not p.is_error, p.as_dict()[staff.REASON[lang()]]) for p in problems]
        st.session_state["rollback_armed"] = False
        st.rerun()
    if c2.button(t("rollback_cancel"), key="rollback_cancel"):
        st.session_state["rollback_armed"] = False
        st.rerun()
