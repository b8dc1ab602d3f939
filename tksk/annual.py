"""Log-based workload: a year of each activity standard per kecamatan from the aggregated log, and the hours
the log itself gives each activity. Pure functions.

    units a year = units in the period × 12 ÷ months with an active TKSK

A period of any length is annualised. Events of the kecamatan (a meeting at the kecamatan, a distribution
round, its monthly report) are counted once per kecamatan: each month's count is divided by the posts active
that month, since every post logs the event it attended. Where a kecamatan had too few staffed months the
row is an estimate from the regency's pooled log rate × the kecamatan's driver; with no usable log anywhere
it stays missing, for the caller to fill from the need-based workload, never 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tksk.metrics import in_period
from tksk.wisn import MONTHS_PER_YEAR, STANDARDS

TO_STANDARD = {act: k for k, s in STANDARDS.items() for act in s.activities}
ONCE_PER_KECAMATAN = [k for k, s in STANDARDS.items() if s.per_kecamatan]


def period_months(start, end) -> int:
    return len(pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS"))


def logged_units(agg_kegiatan: pd.DataFrame, pos_bulan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Units of each standard per kecamatan in the period (kode_kec × standard); events of the kecamatan once
    per month's event, not once per post."""
    a = in_period(agg_kegiatan, start, end)
    standard = a["jenis_kegiatan"].astype(str).map(TO_STANDARD)
    keep = standard.notna()
    g = (a.loc[keep, "kegiatan"].astype(float)
         .groupby([a.loc[keep, "kode_kec"].astype(str), a.loc[keep, "bulan"], standard[keep]]).sum())
    g.index.names = ["kode_kec", "bulan", "standar"]
    months = g.unstack("standar", fill_value=0.0).reindex(columns=list(STANDARDS), fill_value=0.0)
    posts = in_period(pos_bulan, start, end).set_index(["kode_kec", "bulan"])["pos_aktif"]
    per_post = posts.reindex(months.index).fillna(1).clip(lower=1).to_numpy()
    months[ONCE_PER_KECAMATAN] = months[ONCE_PER_KECAMATAN].div(per_post, axis=0)
    return months.groupby(level="kode_kec").sum().rename_axis(columns="standar")


def staffed_months(pos_bulan: pd.DataFrame, start, end) -> pd.Series:
    pb = in_period(pos_bulan, start, end)
    return pb.loc[pb["pos_aktif"] > 0].groupby("kode_kec")["bulan"].nunique()


def annual_workload(kecamatan: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kegiatan: pd.DataFrame, start, end,
                    drivers: pd.DataFrame, min_active_months: int = 6) -> pd.DataFrame:
    """Units a year of each standard per kecamatan, with the source of each row (log or perkiraan).

    The log is used where a kecamatan had at least min(``min_active_months``, months in the period) staffed
    months and logged something; elsewhere the regency's pooled rate per driver (``STANDARDS[...].driver``, a column of
    ``drivers``) over the kecamatan with enough log × the kecamatan's driver. Reports are due whether or not
    they were sent: 12 a year for every kecamatan.
    """
    codes = kecamatan["kode_kec"]
    units = logged_units(agg_kegiatan, pos_bulan, start, end).reindex(codes).fillna(0.0)
    m = staffed_months(pos_bulan, start, end).reindex(codes).fillna(0)
    from_log = units.mul(MONTHS_PER_YEAR).div(m.where(m > 0), axis=0)
    # A kecamatan with no log row at all has no log to go by (a gap, not a zero), however long it was staffed.
    enough = (m >= min(min_active_months, period_months(start, end))) & (units.sum(axis=1) > 0)
    est = pd.DataFrame(np.nan, index=units.index, columns=units.columns)
    for key, s in STANDARDS.items():
        basis = drivers[s.driver].reindex(units.index)
        pooled = basis[enough].sum()
        if enough.any() and pooled > 0:
            est[key] = from_log.loc[enough, key].sum() / pooled * basis
    out = from_log.where(enough, est)
    out["laporan"] = float(MONTHS_PER_YEAR)
    out["sumber_beban"] = np.where(enough, "log", "perkiraan")
    out["bulan_aktif"] = m
    return out


def _weighted_quantiles(values: np.ndarray, weights: np.ndarray, qs=(0.25, 0.5, 0.75)) -> list[float]:
    order = np.argsort(values)
    v, cum = values[order], np.cumsum(weights[order])
    return [float(v[np.searchsorted(cum, q * cum[-1])]) for q in qs]


def log_standards(agg_kegiatan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Hours per unit of each standard as the log gives them: median and quartiles (Q1, Q3), and how many
    logged activities they rest on.

    The store keeps hours summed per kecamatan, month, activity, programme and PPKS category, not per row: a
    group's mean (hours ÷ activities) stands for each of its activities, weighted by their number. Groups
    with no hours at all (left blank) are left out; a group with some rows blank is understated, so the
    median is a floor where clerks leave hours out. Logged hours include the trip to the desa.
    """
    a = in_period(agg_kegiatan, start, end)
    a = a.loc[(a["jam"] > 0) & (a["kegiatan"] > 0)]
    standard = a["jenis_kegiatan"].astype(str).map(TO_STANDARD)
    rows = []
    for key in STANDARDS:
        g = a.loc[standard == key]
        if g.empty:
            rows.append({"standar": key, "kegiatan": 0, "q1": np.nan, "median": np.nan, "q3": np.nan})
            continue
        q1, med, q3 = _weighted_quantiles((g["jam"] / g["kegiatan"]).to_numpy(float), g["kegiatan"].to_numpy(float))
        rows.append({"standar": key, "kegiatan": int(g["kegiatan"].sum()), "q1": q1, "median": med, "q3": q3})
    return pd.DataFrame(rows).set_index("standar")
