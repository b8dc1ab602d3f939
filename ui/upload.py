"""Upload by signed-in operators and admins: the same checks and import as the command line, recorded under the
account's name; and the templates, for everyone.

Uploaded bytes live in a temporary folder only while they are checked or imported. File names, sheet names and
every problem are shown as plain text (``st.text``, ``st.dataframe``), never as Markdown: a file called
``![x](http://…)`` must not make the browser fetch anything. What went wrong inside goes to the server's log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import tempfile
import traceback
from pathlib import Path

import streamlit as st

from etl.importer import import_files, validate_files
from tksk import auth, fmt, logs, pii
from tksk.store import read_last_import
from tksk.present import staff
from ui.state import lang, t
from ui.store import data
from ui.widgets import file_uploader

# Seconds an upload waits for another writer (an import, a build) before it says the store is busy.
LOCK_TIMEOUT = 10.0
log = logging.getLogger("tksk.import")


def limits_caption() -> None:
    st.caption(t("upload_limits", mb=logs.MAX_BYTES // (1024 * 1024), rows=fmt.number(logs.MAX_ROWS, lang=lang())))


def _save(files, folder: Path) -> list[Path]:
    paths = []
    for n, f in enumerate(files):
        p = folder / f"{n:03d}{Path(f.name).suffix.lower()}"
        p.write_bytes(f.getvalue())
        paths.append(p)
    return paths


# Rows tall enough for a reason of three lines: a reason cut at one line hid the form a clerk must use.
PROBLEM_ROW_HEIGHT = 76


# Rows shown without a scroll inside the table: at the widget's own height two of seven problems sat below its fold
# with nothing saying so (walk-through of 2026-12-06).
PROBLEM_ROWS_SHOWN = 12


def problem_table(frame, title: str | None = None) -> None:
    """Problems with their reasons wrapped in a wide column, whole (the table widget cuts a cell at one line), under
    ``title``, tall enough for ``PROBLEM_ROWS_SHOWN`` of them; more are said to scroll to."""
    if title:
        st.markdown(f"**{title}**")
    rows = min(len(frame), PROBLEM_ROWS_SHOWN)
    st.dataframe(frame, hide_index=True, width="stretch", row_height=PROBLEM_ROW_HEIGHT, placeholder="",
                 height=(rows + 1) * PROBLEM_ROW_HEIGHT + 3 if rows else "auto",
                 column_config={t("col_reason"): st.column_config.TextColumn(width="large")})
    if len(frame) > PROBLEM_ROWS_SHOWN:
        st.caption(t("problems_scroll", n=len(frame), shown=PROBLEM_ROWS_SHOWN))


def _show_file(block: dict) -> None:
    with st.container(border=True):
        st.text(block["name"])
        (st.success if block["ok"] else st.error)(block["status"])
        for line in block["lines"]:
            st.text(line)
        if block["table"] is not None:
            problem_table(block["table"])


def _show_result(result: dict) -> None:
    if result["environment"]:
        st.error(result["environment"])
    (st.success if result["ok"] else st.warning)(result["summary"])
    st.dataframe(result["table"], hide_index=True, width="stretch")
    if len(result["problems"]):
        # Named: a second table under "Impor selesai" read as neither a problem nor a note (walk-through 2026-12-06).
        problem_table(result["problems"], t("import_notes_title"))


def panel(account: auth.Account) -> None:
    """Choose files, see each one's problems and notices, import the clean ones (operators and admins only)."""
    nonce = st.session_state.setdefault("upload_nonce", 0)
    files = file_uploader(t("upload_files"), type=["csv", "xlsx"], accept_multiple_files=True,
                          key=f"upload_files_{nonce}")
    correct = st.checkbox(t("upload_correct"), key=f"upload_correct_{nonce}", help=t("upload_correct_help"))
    if not files:
        st.session_state.pop("upload_checked", None)  # the parsed files (their notes too) not held past their upload
        if st.session_state.get("upload_result"):
            _show_result(st.session_state["upload_result"])
        return
    st.session_state.pop("upload_result", None)
    try:
        _check_and_import(files, account, correct)
    except Exception:  # the page must not show a traceback: the detail goes to the server's log only
        log.error("upload by %s failed:\n%s", account.name, pii.mask(traceback.format_exc()))
        st.error(t("upload_failed"))


def _check_and_import(files, account: auth.Account, correct: bool) -> None:
    root = data().store.root
    names = [f.name for f in files]
    with tempfile.TemporaryDirectory(prefix="tksk-upload-") as tmp:
        paths = _save(files, Path(tmp))
        outcomes = _checked(files, paths, root, names, correct)
        env = staff.environment_reason(outcomes, lang())
        if env:
            st.error(env)
        for o in outcomes:
            _show_file(staff.file_block(o, lang()))
        clean = [(p, n) for p, n, o in zip(paths, names, outcomes) if o.accepted]
        # Any real file ends the demo mode (the new build is made from real files only), a need-counts file too.
        if data().store.is_demo and clean:
            st.warning(t("upload_replaces_demo"), icon=":material/warning:")
        if not clean or not st.button(t("do_import"), type="primary", key="do_import"):
            return
        done = import_files([p for p, _ in clean], root, user=account.name, names=[n for _, n in clean], quiet=True,
                            lock_timeout=LOCK_TIMEOUT, correct=correct)
    # The choice is cleared (a new uploader) so a rerun does not offer the same files again; the result stays.
    st.session_state["upload_result"] = staff.import_result(done, lang())
    # Which import the result above is: "Impor terakhir" leaves its notes out only while it is this one.
    st.session_state["upload_result_build"] = (read_last_import(root) or {}).get("build")
    st.session_state["upload_nonce"] += 1
    st.session_state.pop("upload_checked", None)
    st.rerun()


def _checked(files, paths: list[Path], root: Path, names: list[str], correct: bool):
    """The checks of these files against this build, once per session: the press of "Impor" reran them before the
    import ran them again (a 24 MB file of long notes was checked three times, half a minute each). The same bytes,
    names, build and correction choice give the same answer; a new build (another import) checks afresh, and the
    import itself checks again under its lock."""
    # The date too: a future date or a month far from its report is judged against today.
    key = (str(root), data().version, correct, dt.date.today().isoformat(),
           tuple((f.name, hashlib.sha256(f.getvalue()).hexdigest()) for f in files))
    kept = st.session_state.get("upload_checked")
    if kept and kept[0] == key:
        return kept[1]
    outcomes = validate_files(paths, root, names=names, correct=correct)
    # A machine's failure (a full disk, a busy store) is not the files' answer: tried again on the next run.
    if not any(p.is_environment for o in outcomes for p in o.result.problems):
        st.session_state["upload_checked"] = (key, outcomes)
    else:
        st.session_state.pop("upload_checked", None)
    return outcomes


@st.cache_data(show_spinner=False)
def _templates(version: str) -> dict[str, bytes]:
    from etl.template import write_templates

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_templates(Path(tmp), data()["kecamatan"], data()["desa"])
        return {p.name: p.read_bytes() for p in paths}


def template_downloads() -> None:
    files = _templates(data().version)
    for stem, key in (("template_log_kegiatan", "log_template"), ("template_daftar_pos", "roster_template"),
                      ("template_kebutuhan", "kebutuhan_template")):
        st.markdown(f"**{t(key)}**")
        c1, c2 = st.columns(2)
        c1.download_button("XLSX", files[f"{stem}.xlsx"], f"{stem}.xlsx", key=f"{stem}_x", on_click="ignore",
                           icon=":material/download:")
        c2.download_button("CSV", files[f"{stem}.csv"], f"{stem}.csv", key=f"{stem}_c", on_click="ignore",
                           icon=":material/download:")
