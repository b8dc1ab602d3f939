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

from tksk.metrics import in_period, kode_kec_index, logged_months, month_numbers, regency_of
from tksk.wisn import MONTHS_PER_YEAR, STANDARDS

# A regency rate pooled from fewer kecamatan is one TKSK's habits, not the regency's: a pilot import of one
# kecamatan's log must not set the need of fifteen others. Below this the others take the need-based workload.
MIN_POOLED_KECAMATAN = 3
TO_STANDARD = {act: k for k, s in STANDARDS.items() for act in s.activities}
REPORT_ACTIVITY = "laporan_bulanan"
REPORT_STANDARD = TO_STANDARD[REPORT_ACTIVITY]
ONCE_PER_KECAMATAN = [k for k, s in STANDARDS.items() if s.per_kecamatan]


def period_months(start, end) -> int:
    return len(pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS"))


def logged_units(agg_kegiatan: pd.DataFrame, pos_bulan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Units of each standard per kecamatan in the period (kode_kec × standard); events of the kecamatan
    (distribution points, kecamatan meetings) once however many of its posts logged them: the aggregate's ``acara``,
    a point once per desa and day. Kecamatan with no row of a standard's activities are not listed."""
    standards = list(STANDARDS)
    events = "acara" in agg_kegiatan
    a = in_period(agg_kegiatan[["kode_kec", "bulan", "jenis_kegiatan", "kegiatan"] + (["acara"] if events else [])],
                  start, end)
    # Counted on a dense kecamatan × month × standard grid from the codes of the categories: grouping millions
    # of rows by text (a national log) took seconds, more than all the rest of the planner.
    kec = pd.Categorical(a["kode_kec"])
    act = pd.Categorical(a["jenis_kegiatan"])
    std_of = np.array([standards.index(TO_STANDARD[c]) if c in TO_STANDARD else -1 for c in act.categories] + [-1])
    std = std_of[act.codes]  # a missing activity (code -1) takes the last entry: no standard
    month = month_numbers(a["bulan"].to_numpy())
    keep = (std >= 0) & (kec.codes >= 0)
    if not keep.any():
        return pd.DataFrame(columns=pd.Index(standards, name="standar"), index=kode_kec_index([]), dtype=float)
    once = np.isin(standards, ONCE_PER_KECAMATAN)
    count = np.nan_to_num(a["kegiatan"].to_numpy(dtype=float))
    if events:
        count = np.where(once[std], np.nan_to_num(a["acara"].to_numpy(dtype=float)), count)
    first = month[keep].min()
    n_kec, n_month, n_std = len(kec.categories), int(month[keep].max() - first + 1), len(standards)
    cell = (kec.codes[keep].astype(np.int64) * n_month + (month[keep] - first)) * n_std + std[keep]
    units = np.bincount(cell, weights=count[keep], minlength=n_kec * n_month * n_std).reshape(n_kec, n_month, n_std)
    if not events:
        # A store built before ``acara``: every active post is taken to have logged each of the kecamatan's events.
        pb = in_period(pos_bulan, start, end)
        row = kec.categories.get_indexer(pb["kode_kec"].astype(str))
        col = month_numbers(pb["bulan"].to_numpy()) - first
        ok = (row >= 0) & (col >= 0) & (col < n_month)
        posts = np.ones((n_kec, n_month))
        posts[row[ok], col[ok]] = pb["pos_aktif"].to_numpy(dtype=float)[ok]
        posts = np.where(np.isnan(posts) | (posts < 1), 1.0, posts)
        units[:, :, once] /= posts[:, :, None]
    present = np.bincount(kec.codes[keep], minlength=n_kec) > 0
    out = pd.DataFrame(units.sum(axis=1)[present], columns=pd.Index(standards, name="standar"),
                       index=kode_kec_index(kec.categories[present]))
    return out.sort_index()


def staffed_months(pos_bulan: pd.DataFrame, start, end, without_log: pd.DataFrame | None = None,
                   logged: pd.DataFrame | None = None) -> pd.Series:
    """Months with an active post per kecamatan; a month in which the whole regency logged nothing
    (``metrics.months_without_log``) is a log not yet imported, not a month of no work, and is not counted. With
    ``logged`` (``logged_months``) only the months the kecamatan itself logged something count: a month without one
    row is a report not received (Kinerja counts it missing), not a month of no work."""
    pb = in_period(pos_bulan, start, end)
    pb = pb.loc[pb["pos_aktif"] > 0]
    if without_log is not None and len(without_log):
        gone = pd.MultiIndex.from_frame(without_log[["kode_kab", "bulan"]])
        pb = pb.loc[~pd.MultiIndex.from_arrays([regency_of(pb["kode_kec"]), pb["bulan"]]).isin(gone)]
    if logged is not None:
        seen = pd.MultiIndex.from_arrays([logged["kode_kec"].astype("str"), logged["bulan"]])
        pb = pb.loc[pd.MultiIndex.from_arrays([pb["kode_kec"].astype("str"), pb["bulan"]]).isin(seen)]
    return pb.groupby("kode_kec", observed=True)["bulan"].nunique()


def annual_workload(kecamatan: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kegiatan: pd.DataFrame, start, end,
                    drivers: pd.DataFrame, min_active_months: int = 6,
                    without_log: pd.DataFrame | None = None) -> pd.DataFrame:
    """Units a year of each standard per kecamatan, with the source of each row (log or perkiraan).

    The log is used where a kecamatan had at least min(``min_active_months``, months in the period) staffed
    months and logged something; elsewhere the regency's pooled rate per driver (``STANDARDS[...].driver``, a column of
    ``drivers``) over the kecamatan with enough log × the kecamatan's driver, when at least ``MIN_POOLED_KECAMATAN``
    kecamatan have enough log (otherwise missing, for the caller's need-based workload). Reports are due whether or
    not they were sent: 12 a year for every kecamatan. Months without any log in the regency (``without_log``),
    and a kecamatan's months without a row of its own, are left out of the staffed months the log is annualised
    over (``bulan_tanpa_log``: how many). The pooled rate is each regency's own.
    """
    codes = kecamatan["kode_kec"]
    units = logged_units(agg_kegiatan, pos_bulan, start, end).reindex(codes).fillna(0.0)
    staffed = staffed_months(pos_bulan, start, end, without_log).reindex(codes).fillna(0)
    # Annualised over the staffed months the kecamatan logged: its months without one row (files not sent or not
    # imported) would divide its work as months of none, and a kecamatan whose files came late read as idle. A
    # month's report is dated in the month after, in that month's file: a month whose only row is the previous
    # month's report is a file not received, as every other page counts it (agg_kec_bulan holds no report rows);
    # counted here, October without its file was a month of almost no work (ux21).
    work = agg_kegiatan.loc[agg_kegiatan["jenis_kegiatan"] != REPORT_ACTIVITY, ["kode_kec", "bulan"]]
    m = staffed_months(pos_bulan, start, end, without_log, logged_months(work, start, end)).reindex(codes).fillna(0)
    from_log = units.mul(MONTHS_PER_YEAR).div(m.where(m > 0), axis=0)
    # A kecamatan with no log row at all has no log to go by (a gap, not a zero), however long it was staffed; its
    # reports alone are no log of its work.
    needed = min(min_active_months, period_months(start, end))
    logged = units.drop(columns=REPORT_STANDARD).sum(axis=1) > 0
    enough = (m >= needed) & logged
    est = pd.DataFrame(np.nan, index=units.index, columns=units.columns)
    # Pooled within each regency: a regency without enough log of its own takes the need-based workload, not
    # another regency's habits.
    # Grouped once per standard, not looped per regency: a national store has 514 regencies.
    # Every standard in one grouping (a loop of four groupings per standard was two thirds of a new period's plan
    # inputs: with twenty people each on a period of their own, that work queues behind the others').
    regency = regency_of(units.index.to_series()).to_numpy()
    counted = enough.groupby(regency).sum()
    keys = list(STANDARDS)
    basis = pd.DataFrame({key: drivers[s.driver].reindex(units.index).to_numpy(dtype=float)
                          for key, s in STANDARDS.items()}, index=units.index)
    pooled = basis.where(enough, axis=0).groupby(regency).sum()
    logged_sum = from_log[keys].where(enough, axis=0).groupby(regency).sum()
    usable = (counted.reindex(pooled.index) >= MIN_POOLED_KECAMATAN).to_numpy()[:, None] & (pooled.to_numpy() > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(usable, logged_sum.to_numpy() / pooled.to_numpy(), np.nan)
    est[keys] = rate[pooled.index.get_indexer(regency)] * basis.to_numpy()
    out = from_log.where(enough, est)
    out["laporan"] = float(MONTHS_PER_YEAR)
    out["sumber_beban"] = np.where(enough, "log", "perkiraan")
    out["bulan_aktif"] = m
    # Staffed months left out because the kecamatan logged nothing in them (said beside the answer).
    out["bulan_tanpa_log"] = staffed - m
    # Why a kecamatan's own log was not used: none at all, or too few staffed months of it (said apart).
    out["bulan_minimal"] = needed
    out["ada_log"] = logged
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
