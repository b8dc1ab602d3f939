"""Streamlit glue shared by the frame and the pages: state, cached store reads, badge, downloads.

Pages call these and lay out the result; no page computes or reads Parquet itself.
"""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from tksk import fmt, i18n
from tksk.store import Store, StoreMissing, current_build, store_dir

DEFAULTS = {"lang": "id", "kecamatan": []}


# ----------------------------------------------------------------------------- state
def lang() -> str:
    return st.session_state.get("lang", DEFAULTS["lang"])


def t(key: str, **kw) -> str:
    return i18n.t(key, lang(), **kw)


def store_version() -> str:
    """The current build's name: read on every run (one small file) so a rebuild invalidates caches."""
    return current_build(store_dir()).name


@st.cache_resource(show_spinner=False, max_entries=4)
def _store(version: str, root: str) -> Store:
    return Store(root)


def store() -> Store:
    try:
        return _store(store_version(), str(store_dir()))
    except StoreMissing:
        st.error(t("store_missing"))
        st.stop()


@st.cache_data(show_spinner=False, max_entries=64)
def _table(version: str, root: str, name: str) -> pd.DataFrame:
    return _store(version, root).read(name)


def table(name: str) -> pd.DataFrame:
    """A store table, cached per build; callers must not mutate it."""
    s = store()
    return _table(s.version, str(s.root), name)


def period() -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The chosen month range, defaulting to the last 12 months of data."""
    s = store()
    p = s.manifest.get("log_period")
    if not p:
        return None
    first, last = pd.Timestamp(p[0]), pd.Timestamp(p[1])
    chosen = st.session_state.get("periode")
    if chosen:
        return pd.Timestamp(chosen[0]), pd.Timestamp(chosen[1])
    return max(first, last - pd.DateOffset(months=11)), last


def kecamatan_filter() -> list[str]:
    return list(st.session_state.get("kecamatan", DEFAULTS["kecamatan"]))


# ----------------------------------------------------------------------------- frame pieces
def sidebar() -> None:
    s = store()
    with st.sidebar:
        st.radio(i18n.t("language", lang()), list(i18n.LANGS), format_func=i18n.LANGS.get, key="lang", horizontal=True)
        p = s.manifest.get("log_period")
        if p:
            months = list(pd.date_range(p[0], p[1], freq="MS"))
            default = period()
            st.select_slider(t("period"), options=months, value=(default[0], default[1]),
                             format_func=lambda m: fmt.month(m, lang()), key="periode", help=t("period_help"))
        kec = table("kecamatan")
        names = dict(zip(kec["kode_kec"], kec["nama_kec"]))
        st.multiselect(t("kecamatan_filter"), list(names), format_func=names.get, key="kecamatan",
                       placeholder=t("kecamatan_all"))


def demo_badge() -> None:
    s = store()
    if s.is_demo:
        st.warning(f"**{t('demo_badge')}** — {t('demo_explain')}", icon=":material/science:")
    elif s.manifest.get("log_mode") == "none":
        st.info(t("no_logs"))


def _safe_for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Text that Excel would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c]):
            s = out[c].astype("string")
            risky = s.str.match(r"^[=+\-@\t\r]", na=False)
            out[c] = s.where(~risky, "'" + s)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return _safe_for_excel(df).to_csv(index=False).encode("utf-8-sig")


def to_xlsx_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": {"strings_to_formulas": False}}) as xw:
        _safe_for_excel(df).to_excel(xw, index=False, sheet_name="data")
    return buf.getvalue()


def downloads(df: pd.DataFrame, stem: str, key: str) -> None:
    c1, c2 = st.columns(2)
    c1.download_button(t("download_csv"), to_csv_bytes(df), f"{stem}.csv", "text/csv", key=f"{key}_csv",
                       icon=":material/download:", on_click="ignore")
    c2.download_button(t("download_xlsx"), to_xlsx_bytes(df), f"{stem}.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"{key}_xlsx",
                       icon=":material/download:", on_click="ignore")


def styled(df: pd.DataFrame, decimals: dict[str, int] | None = None):
    """Indonesian (or English) number display with gaps written out; the data itself stays numeric."""
    decimals = decimals or {}
    sep = fmt.PLOTLY_SEPARATORS[lang()]
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]
    sty = df.style
    for c in numeric:
        sty = sty.format(precision=decimals.get(c, 0), thousands=sep[1], decimal=sep[0], na_rep=fmt.GAP[lang()],
                         subset=[c])
    return sty


def show_table(df: pd.DataFrame, decimals: dict[str, int] | None = None, **kw) -> None:
    st.dataframe(styled(df, decimals), hide_index=True, width="stretch", **kw)
