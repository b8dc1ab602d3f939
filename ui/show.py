"""Tables and downloads: a presenter's ``Table`` in the reader's number format, and its CSV/XLSX buttons."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from tksk import fmt
from tksk.present.common import Table
from ui.state import lang, t


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


def downloads(table: Table, key: str) -> None:
    """CSV and XLSX buttons; the files are made only when a button is clicked, not on every rerun."""
    df = table.frame if table.export is None else table.export
    c1, c2, _ = st.columns([1, 1, 3])
    c1.download_button(t("download_csv"), lambda: to_csv_bytes(df), f"{table.stem}.csv", "text/csv", key=f"{key}_csv",
                       icon=":material/download:", on_click="ignore")
    c2.download_button(t("download_xlsx"), lambda: to_xlsx_bytes(df), f"{table.stem}.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"{key}_xlsx",
                       icon=":material/download:", on_click="ignore")


def _styled(df: pd.DataFrame, decimals: dict[str, int], colors: dict[str, list[str]]):
    """Numbers in the reader's format with gaps written out; ``colors`` paints a column's cells row by row."""
    sep = fmt.PLOTLY_SEPARATORS[lang()]
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]
    sty = df.style
    for c in numeric:
        sty = sty.format(precision=decimals.get(c, 0), thousands=sep[1], decimal=sep[0], na_rep=fmt.GAP[lang()],
                         subset=[c])
    for c, colours in colors.items():
        css = [f"background-color: {x}" for x in colours]
        sty = sty.apply(lambda _col, css=css: css, subset=[c])
    return sty


def table(tbl: Table, key: str | None = None, width="stretch", **kw) -> None:
    """A table in the reader's number format, with its download buttons when it has a file name.

    A numeric column with gaps is shown as text, because the table widget writes an empty cell as "None"
    whatever the formatter says: a gap must read "tidak ada data".
    """
    out = tbl.frame.copy()
    for c in out.columns:
        col = out[c]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col) and col.isna().any():
            out[c] = [fmt.number(v, tbl.decimals.get(c, 0), lang()) for v in col]
    st.dataframe(_styled(out, tbl.decimals, tbl.colors), hide_index=True, width=width, **kw)
    if tbl.stem and key:
        downloads(tbl, key)
