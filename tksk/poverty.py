"""Poverty series and rankings from the store's long poverty table. Pure functions, no streamlit.

Where several sources give the same area, year and indicator, the BPS table row is preferred,
then a row printed as the source gave it, then a derived one, then a truncated one; the others
are kept and shown beside it, never merged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

INDICATORS = ["penduduk_miskin_ribu", "p0_persen", "p1", "p2", "garis_kemiskinan_rp"]
_PRECISION_ORDER = {"sesuai_sumber": 0, "turunan": 1, "bilangan_bulat_terpotong": 2}
# How a figure stands to its source, as a reader of a download reads it.
PRECISION = {"sesuai_sumber": ("Sesuai sumber", "As published"), "turunan": ("Turunan (dihitung)", "Derived (computed)"),
             "bilangan_bulat_terpotong": ("Dipotong ke bilangan bulat", "Truncated to a whole number")}


def _preference(df: pd.DataFrame) -> pd.Series:
    return (~df["tabel_bps"]).astype(int) * 10 + df["presisi"].map(_PRECISION_ORDER).fillna(5)


def series(kemiskinan: pd.DataFrame, kode_wilayah: str, indikator: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(preferred, others): one preferred row per year, and every other source's row for that indicator.

    Years no source gives are absent: the chart shows a gap, never a zero.
    """
    d = kemiskinan.loc[(kemiskinan["kode_wilayah"] == kode_wilayah) & (kemiskinan["indikator"] == indikator)].copy()
    d["_pref"] = _preference(d)
    d = d.sort_values(["tahun", "_pref"], kind="stable")
    best = d.drop_duplicates("tahun", keep="first")
    others = d.drop(best.index)
    cols = ["tahun", "periode", "nilai", "presisi", "turunan", "terpotong", "induk_pemekaran", "tabel_bps", "sumber",
            "sumber_url", "catatan"]
    return best[cols].reset_index(drop=True), others[cols].reset_index(drop=True)


def with_gaps(best: pd.DataFrame, years: range | None = None) -> pd.DataFrame:
    """The preferred series on a full year axis: a year without a figure is a row with a missing value."""
    if best.empty:
        return best
    years = years or range(int(best["tahun"].min()), int(best["tahun"].max()) + 1)
    return pd.DataFrame({"tahun": list(years)}).merge(best, on="tahun", how="left")


def complete_years(kemiskinan: pd.DataFrame, indikator: str, levels=("kabupaten", "kota")) -> list[int]:
    """Years in which every kabupaten/kota of the province has the indicator (from any source)."""
    d = kemiskinan.loc[kemiskinan["tingkat"].isin(levels) & (kemiskinan["indikator"] == indikator)]
    n = d["kode_wilayah"].nunique()
    per_year = d.groupby("tahun")["kode_wilayah"].nunique()
    return sorted(int(y) for y in per_year[per_year == n].index)


def ranking(kemiskinan: pd.DataFrame, year: int, indikator: str, levels=("kabupaten", "kota")) -> pd.DataFrame:
    """Every kabupaten/kota in one year, highest first, with the preferred row and its flags."""
    d = kemiskinan.loc[kemiskinan["tingkat"].isin(levels) & (kemiskinan["indikator"] == indikator)
                       & (kemiskinan["tahun"] == year)].copy()
    d["_pref"] = _preference(d)
    d = d.sort_values(["kode_wilayah", "_pref"]).drop_duplicates("kode_wilayah")
    d = d.sort_values("nilai", ascending=False).reset_index(drop=True)
    d.insert(0, "peringkat", np.arange(1, len(d) + 1))
    # The period each figure is of (March since 2015, yearly before): a file without it said neither (res34).
    return d[["peringkat", "kode_wilayah", "nama_wilayah", "periode", "nilai", "presisi", "terpotong", "turunan", "sumber"]]


def poor_per_tksk(kemiskinan: pd.DataFrame, kode_wilayah: str, posts_by_year: pd.Series) -> pd.DataFrame:
    """Poor people per active TKSK by year: penduduk_miskin_ribu × 1.000 ÷ the average active posts of that year's
    months (``posts_by_year``, from the post roster). A year the roster does not cover has no figure.

    Shaped like ``series`` output (``nilai`` is the per-TKSK figure, marked derived) so it charts the same way.
    """
    best, _ = series(kemiskinan, kode_wilayah, "penduduk_miskin_ribu")
    out = best.loc[best["tahun"].isin(posts_by_year.index)].copy()
    posts = out["tahun"].map(posts_by_year).astype(float)
    out["penduduk_miskin_ribu"] = out["nilai"]
    out["pos_aktif_rata"] = posts
    out["nilai"] = out["nilai"] * 1000 / posts
    out["turunan"] = True
    out["presisi"] = "turunan"
    out["catatan"] = [f"penduduk miskin × 1.000 ÷ {p:.2f} pos TKSK aktif (rata-rata bulan {y})"
                      for p, y in zip(posts, out["tahun"])]
    return out.reset_index(drop=True)


def as_of(kemiskinan: pd.DataFrame, kode_wilayah: str, indikator: str, year: int) -> tuple[float, int | None]:
    """(figure, its year): the preferred figure of the latest year up to ``year``, or the earliest there is when
    every year is later. A 2024 plan took 2025's count while the Dinas's own counts were 2024's (res21)."""
    best, _ = series(kemiskinan, kode_wilayah, indikator)
    if best.empty:
        return float("nan"), None
    upto = best.loc[best["tahun"] <= year]
    row = upto.iloc[-1] if len(upto) else best.iloc[0]
    return float(row["nilai"]), int(row["tahun"])
