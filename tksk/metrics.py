"""Metric functions: DataFrames and plain parameters in, DataFrames or numbers out. No streamlit.

Each formula is written in its docstring and, in words a planner understands, on its page.
"""

from __future__ import annotations

import pandas as pd

from tksk import fmt, schema


def home_summary(kecamatan: pd.DataFrame, pos_bulan: pd.DataFrame) -> dict:
    last = pos_bulan.loc[pos_bulan["bulan"] == pos_bulan["bulan"].max()] if not pos_bulan.empty else pos_bulan
    return {"kecamatan": len(kecamatan), "desa": int(kecamatan["jumlah_desa_kel"].sum()),
            "posts_last_month": int(last["pos_aktif"].sum()) if not last.empty else None}


def kecamatan_overview(kecamatan: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The reference table as a reader sees it: labelled columns, estimates marked in the header."""
    cols = ["kode_kec", "nama_kec", "jumlah_desa", "jumlah_kelurahan", "jumlah_desa_kel", "luas_km2", "jumlah_kk",
            "penduduk_2010", "penduduk_kini"]
    out = kecamatan[cols].copy()
    year = int(kecamatan["penduduk_kini_tahun"].dropna().max()) if kecamatan["penduduk_kini_tahun"].notna().any() else None
    labels = {c: schema.label_of(schema.Kecamatan, c, lang) for c in cols}
    if year:
        labels["penduduk_kini"] = ("Penduduk {y} (perkiraan)" if lang == "id" else "Population {y} (estimate)").format(y=year)
    return out.rename(columns=labels)


__all__ = ["home_summary", "kecamatan_overview", "fmt"]
