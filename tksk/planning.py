"""The planner's arithmetic for a regency: the log-based and need-based workloads side by side, the WISN
requirement on the chosen basis, the regency totals and the other staffing rules. Pure functions.

``prepare`` does everything that does not depend on the WISN settings (read the period's log, the drivers,
the distances) once; ``evaluate`` turns settings into the per-kecamatan table, cheaply enough to be run for
every draw of the uncertainty analysis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from tksk import annual, need, wisn
from tksk.metrics import posts_in_period


@dataclass(frozen=True)
class Inputs:
    kecamatan: pd.DataFrame
    desa: pd.DataFrame
    km: pd.Series  # mean straight-line distance from the kecamatan centre to its desa
    current: pd.Series  # posts active in the last month of the period
    log_workload: pd.DataFrame  # tksk.annual.annual_workload
    drivers: pd.DataFrame  # tksk.need.drivers
    months: int  # months in the period
    vacant: pd.Series | None = None  # posts held vacant in the last month of the period
    # Active posts per staffed month of the period (post-months ÷ staffed months): the TKSK who made the log.
    staffed_posts: pd.Series | None = None

    @cached_property
    def codes(self) -> pd.Index:
        return pd.Index(self.kecamatan["kode_kec"])

    @cached_property
    def arrays(self) -> dict:
        """The inputs as plain arrays in the order of ``codes``, for requirements computed many times."""
        log = self.log_workload.reindex(self.codes)
        drivers = self.drivers.reindex(self.codes)
        return {"desa_kel": self.kecamatan["jumlah_desa_kel"].to_numpy(dtype=float),
                "drivers": {c: drivers[c].to_numpy(dtype=float) for c in drivers.columns},
                "km": self.km.reindex(self.codes).to_numpy(dtype=float),
                "log": {s: log[s].to_numpy(dtype=float) for s in wisn.STANDARDS},
                "log_missing": log[list(wisn.STANDARDS)].isna().any(axis=1).to_numpy(),
                "no_ias": np.zeros(len(self.codes))}


def prepare(kecamatan: pd.DataFrame, desa: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kegiatan: pd.DataFrame,
            poor: float | Mapping[str, float], start, end, min_active_months: int = 6,
            kebutuhan: pd.DataFrame | None = None, without_log: pd.DataFrame | None = None,
            drivers: pd.DataFrame | None = None, km: pd.Series | None = None,
            period_posts: pd.DataFrame | None = None, penduduk: pd.DataFrame | None = None) -> Inputs:
    """What the plan of the period rests on. Kebutuhan counts are those of the period's last year (or the
    nearest year entered). ``drivers`` (``need.drivers`` of these counts and ``poor``) and ``km``
    (``wisn.desa_distance_km``) may be given when the caller keeps them: they do not depend on the period's months;
    so may ``period_posts`` (``posts_in_period`` of ``pos_bulan`` and the period).

    ``penduduk`` (the store's table) gives each regency's latest total, which the poor people of a regency lacking
    a kecamatan's population are a share of, as on the dashboard. Without it such a regency's poor people are shares
    of its known kecamatan's sum, and the drivers' ``need.FROM_KNOWN_SUM`` says so (see ``need.poor_shares``)."""
    if drivers is None:
        totals = need.regency_totals(penduduk, kecamatan) if penduduk is not None else None
        drivers = need_drivers(kecamatan, poor, kebutuhan, pd.Timestamp(end).year, totals)
    if period_posts is None:
        period_posts = posts_in_period(pos_bulan, start, end)
    posts = period_posts.set_index("kode_kec")
    log = annual.annual_workload(kecamatan, pos_bulan, agg_kegiatan, start, end, drivers, min_active_months,
                                 without_log)
    staffed = posts["bulan_pos"] / posts["bulan_aktif"].where(posts["bulan_aktif"] > 0)
    return Inputs(kecamatan, desa, wisn.desa_distance_km(kecamatan, desa) if km is None else km, posts["pos_akhir"],
                  log, drivers, annual.period_months(start, end), posts["pos_kosong_akhir"], staffed)


def need_drivers(kecamatan: pd.DataFrame, poor: float | Mapping[str, float], kebutuhan: pd.DataFrame | None,
                 year: int, regency_population: Mapping[str, float] | None = None) -> pd.DataFrame:
    """The need-based drivers of a plan ending in ``year``: the Dinas's counts of that year (or the nearest year
    entered) and the poor people given (``regency_population``: see ``need.poor_by_kecamatan``)."""
    return need.drivers(kecamatan, poor, need.counts_for_year(kebutuhan, year), regency_population)


def evaluate(inputs: Inputs, params: wisn.Params) -> pd.DataFrame:
    """Per kecamatan: the requirement on ``params.basis`` (``maks``: whichever of the log-based and need-based
    requirements is larger), both requirements and their workload hours, and the gap need − log in staff.

    A log row with no estimate at all (no kecamatan had enough log) takes the need-based workload.
    """
    need_wl = need.workload(inputs.drivers, params.rates)
    log_wl = inputs.log_workload
    missing = log_wl[list(wisn.STANDARDS)].isna().any(axis=1)
    if missing.any():
        log_wl = log_wl.copy()
        log_wl.loc[missing, list(wisn.STANDARDS)] = need_wl.loc[missing, list(wisn.STANDARDS)]
        log_wl.loc[missing, "sumber_beban"] = "kebutuhan"
    by_log = wisn.plan(inputs.kecamatan, inputs.desa, log_wl, inputs.current, params, inputs.km, inputs.vacant)
    by_need = wisn.plan(inputs.kecamatan, inputs.desa, need_wl, inputs.current, params, inputs.km, inputs.vacant)
    take_need = _take_need(params.basis, by_need["wisn_perlu"].to_numpy(), by_log["wisn_perlu"].to_numpy())
    columns = {c: np.where(take_need, by_need[c].to_numpy(), by_log[c].to_numpy()) for c in by_log.columns}
    columns.update(perlu_log=by_log["wisn_perlu"].to_numpy(), perlu_kebutuhan=by_need["wisn_perlu"].to_numpy(),
                   jam_log=by_log["jam_beban_setahun"].to_numpy(), jam_kebutuhan=by_need["jam_beban_setahun"].to_numpy(),
                   sumber_log=by_log["sumber_beban"].to_numpy(),
                   selisih_kebutuhan_log=by_need["wisn_perlu"].to_numpy() - by_log["wisn_perlu"].to_numpy(),
                   bulan_aktif=inputs.log_workload["bulan_aktif"].to_numpy(),
                   bulan_tanpa_log=inputs.log_workload["bulan_tanpa_log"].to_numpy(),
                   bulan_minimal=inputs.log_workload["bulan_minimal"].to_numpy(),
                   ada_log=inputs.log_workload["ada_log"].to_numpy(dtype=bool),
                   pos_rata_log=(inputs.current if inputs.staffed_posts is None else inputs.staffed_posts)
                   .reindex(inputs.codes).to_numpy(dtype=float))
    return pd.DataFrame(columns)


# A TKSK's year at most: a civil servant's full-time working year (ABK Kes: 212 days × 5,25 hours = 1.113 hours), the
# same bound Beban Kerja and Kinerja hold a month's logged hours to (1.113 ÷ 12 = 93 hours).
FULL_TIME_HOURS = wisn.PRESETS["abk_kes"][0].hours
MONTHS_FOR_YEAR = wisn.MONTHS_PER_YEAR
SHORT_LOG_FACTOR = 2.0


def beyond_full_time(table: pd.DataFrame) -> pd.DataFrame:
    """The kecamatan whose own log, at the plan's standard times (travel and routine round included), comes to more
    hours a year per TKSK who made it (``pos_rata_log``: active posts per staffed month) than a full-time year
    (``FULL_TIME_HOURS``; twice that for a log of fewer than twelve staffed months, whose year is annualised from what
    may be its busy season): work nobody could have done, so a log to check (each household its own row, a day's hours
    on every row) or standard times too long, before a requirement rests on it. One kecamatan logging ten times its
    neighbours' work took six posts, the regency's most, and four of the next five, without a word, where Kinerja
    said to check that log first (planner stress test, pl33). Columns ``jam_per_pos`` and ``dipakai`` (True where the
    plan's requirement is the log's), heaviest first."""
    own = table["sumber_log"].eq("log") if "sumber_log" in table else table["sumber_beban"].eq("log")
    used = table["sumber_beban"].eq("log") if "sumber_beban" in table else own
    posts = table["pos_rata_log"].where(table["pos_rata_log"] > 0) if "pos_rata_log" in table else \
        table["tksk_sekarang"].where(table["tksk_sekarang"] > 0)
    per_post = table["jam_log"] / posts
    # A log of fewer than twelve months is annualised from what may all be its busy season: held to twice the year.
    # The demo's February 2024 (a DTSEN round and two distributions) came to 1.514 hours a year per TKSK; a year of
    # the same log to 938 at most.
    months = table["bulan_aktif"] if "bulan_aktif" in table else pd.Series(MONTHS_FOR_YEAR, index=table.index)
    bound = np.where(months >= MONTHS_FOR_YEAR, FULL_TIME_HOURS, SHORT_LOG_FACTOR * FULL_TIME_HOURS)
    rows = table.loc[own & (per_post > bound)]
    return (rows.assign(jam_per_pos=per_post[rows.index], dipakai=used[rows.index])
            .sort_values("jam_per_pos", ascending=False))


def _take_need(basis: str, need_req: np.ndarray, log_req: np.ndarray) -> np.ndarray:
    """Per kecamatan, whether its requirement is the need-based one on ``basis``."""
    if basis not in wisn.BASES:
        raise ValueError(f"dasar beban tidak dikenal: {basis!r} / unknown basis")
    if basis == "log":
        return np.zeros(np.shape(log_req), dtype=bool)
    if basis == "kebutuhan":
        return np.ones(np.shape(log_req), dtype=bool)
    return need_req > log_req


def required(inputs: Inputs, params: wisn.Params) -> np.ndarray:
    """The requirement per kecamatan (in the order of ``inputs.codes``) that ``evaluate`` tabulates, computed on
    plain arrays without the table: the uncertainty analysis evaluates it a hundred times and more."""
    a = inputs.arrays
    need_units = need.standard_units(a["drivers"], params.rates)
    log_units = {s: np.where(a["log_missing"], need_units[s], a["log"][s]) for s in wisn.STANDARDS}
    ias = wisn.ias_per_kecamatan(params, inputs.codes) if params.ias else a["no_ias"]
    by_log = wisn.requirement(log_units, a["desa_kel"], a["km"], ias, params)[0]
    by_need = wisn.requirement(need_units, a["desa_kel"], a["km"], ias, params)[0]
    return np.where(_take_need(params.basis, by_need, by_log), by_need, by_log)


def scenarios(kecamatan: pd.DataFrame, wisn_table: pd.DataFrame, current: pd.Series, per_population: float,
              per_desa: float) -> pd.DataFrame:
    """Required TKSK per kecamatan under four rules, side by side."""
    if per_population <= 0 or per_desa <= 0:
        raise ValueError("N harus lebih dari 0 / N must be above 0")
    k = kecamatan.set_index("kode_kec")
    w = wisn_table.set_index("kode_kec")
    return pd.DataFrame({
        "kode_kec": k.index, "nama_kec": k["nama_kec"].to_numpy(),
        "sekarang": current.reindex(k.index).fillna(0).to_numpy(),
        "satu_per_kecamatan": 1,
        "per_penduduk": np.ceil(k["penduduk_kini"] / per_population).to_numpy(),
        "per_desa": np.ceil(k["jumlah_desa_kel"] / per_desa).to_numpy(),
        "wisn": w["wisn_perlu_bulat"].reindex(k.index).to_numpy(),
    })


def plan_regency(kecamatan: pd.DataFrame, desa: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kegiatan: pd.DataFrame,
                 poor: float | Mapping[str, float], start, end, params: wisn.Params, per_population: float,
                 per_desa: float, kebutuhan: pd.DataFrame | None = None, penduduk: pd.DataFrame | None = None):
    """Everything the planner shows: (per-kecamatan table, regency totals, scenarios side by side).

    Current TKSK = posts active in the last month of the period. ``penduduk``: see ``prepare``; the table's
    ``need.FROM_KNOWN_SUM`` column says where the poor people are shares of the known kecamatan's sum without it.
    """
    inputs = prepare(kecamatan, desa, pos_bulan, agg_kegiatan, poor, start, end, params.min_active_months, kebutuhan,
                     penduduk=penduduk)
    table = evaluate(inputs, params)
    table[need.FROM_KNOWN_SUM] = inputs.drivers[need.FROM_KNOWN_SUM].reindex(inputs.codes).to_numpy(dtype=bool)
    return table, wisn.totals(table), scenarios(kecamatan, table, inputs.current, per_population, per_desa)
