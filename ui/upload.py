"""Upload of log files by staff: the same validation and import as the command line.

Off unless an access password is configured (Streamlit secrets ``upload_password`` or the
environment variable ``TKSK_UPLOAD_PASSWORD``); the password is compared in constant time and
never written anywhere. Uploaded bytes live in a temporary folder only while they are checked.
"""

from __future__ import annotations

import hmac
import os
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from etl.importer import check_files, import_files, reference_for
from tksk import fmt, logs
from tksk.store import read_last_import
from ui.state import lang, t
from ui.store import data
from ui.widgets import file_uploader


def configured_password() -> str | None:
    try:
        secret = st.secrets.get("upload_password")
    except Exception:  # no secrets file at all
        secret = None
    return secret or os.environ.get("TKSK_UPLOAD_PASSWORD") or None


def problems_frame(problems: list[dict]) -> pd.DataFrame:
    """Problems as a table; free text is shown as text (st.dataframe never renders Markdown or HTML)."""
    i = "reason_en" if lang() == "en" else "reason_id"
    rows = [{t("col_file"): p["file"], t("col_row"): p["row"], t("col_column"): p["column"],
             t("col_value"): p["value"], t("col_reason"): p[i]} for p in problems]
    return pd.DataFrame(rows, columns=[t(k) for k in ("col_file", "col_row", "col_column", "col_value", "col_reason")])


def last_import() -> dict | None:
    return read_last_import(data().store.root)


def _save(files, folder: Path) -> list[Path]:
    paths = []
    for n, f in enumerate(files):
        p = folder / f"{n:03d}{Path(f.name).suffix.lower()}"
        p.write_bytes(f.getvalue())
        paths.append(p)
    return paths


def panel() -> None:
    st.caption(t("upload_limits", mb=logs.MAX_BYTES // (1024 * 1024), rows=fmt.number(logs.MAX_ROWS, lang=lang())))
    password = configured_password()
    if not password:
        st.info(t("upload_off"))
        return
    typed = st.text_input(t("password"), type="password", key="upload_pw")
    if not typed:
        return
    if not hmac.compare_digest(typed.encode(), password.encode()):
        st.error(t("password_wrong"))
        return
    files = file_uploader(t("upload_files"), type=["csv", "xlsx"], accept_multiple_files=True, key="upload_files")
    if not files:
        return
    root = data().store.root
    names = [f.name for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        paths = _save(files, Path(tmp))
        outcomes = check_files(paths, reference_for(root), root, names=names)
        for o in outcomes:
            if o.accepted:
                st.success(t("file_clean", file=o.name, rows=fmt.number(len(o.result.frame), lang=lang())))
            else:
                st.error(t("problems_found", n=len(o.result.errors), file=o.name))
            if o.result.problems:
                st.dataframe(problems_frame([p.as_dict() for p in o.result.problems]), hide_index=True, width="stretch")
        clean = [(p, n) for p, n, o in zip(paths, names, outcomes) if o.accepted]
        if clean and st.button(t("do_import"), type="primary", key="do_import"):
            done = import_files([p for p, _ in clean], root, quiet=True, names=[n for _, n in clean])
            for o in done:
                if o.accepted:
                    st.success(t("imported", file=o.name, n=fmt.number(o.new_rows, lang=lang())))


@st.cache_data(show_spinner=False)
def _templates(version: str) -> dict[str, bytes]:
    from etl.template import write_templates

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_templates(Path(tmp), data()["kecamatan"], data()["desa"])
        return {p.name: p.read_bytes() for p in paths}


def template_downloads() -> None:
    files = _templates(data().version)
    for stem, key in (("template_log_kegiatan", "log_template"), ("template_daftar_pos", "roster_template")):
        st.markdown(f"**{t(key)}**")
        c1, c2 = st.columns(2)
        c1.download_button("XLSX", files[f"{stem}.xlsx"], f"{stem}.xlsx", key=f"{stem}_x", on_click="ignore",
                           icon=":material/download:")
        c2.download_button("CSV", files[f"{stem}.csv"], f"{stem}.csv", key=f"{stem}_c", on_click="ignore",
                           icon=":material/download:")
