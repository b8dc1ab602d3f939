"""Need-based workload: the work a kecamatan is expected to have in a year, from drivers that do not depend on
what was logged. Pure functions.

    units(standard) = Σ over its rate lines of  rate ÷ per × driver

Drivers: families (PODES 2021), estimated poor population (the regency's BPS count × the kecamatan's
population share), desa/kelurahan, current population (estimate), one per kecamatan, and, where the Dinas
enters them per kecamatan and year (schema.KebutuhanRow), DTSEN households, KPM PKH, KPM Sembako and PPKS
cases. A rate on such a count replaces the structural rate it names wherever the count is there.
Every rate carries its public sources (reference keys of the planner's text table) or, with none, is an
assumption whose reason is its ``why`` text. Travel is not here: tksk.wisn.plan adds it to each in-desa unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from tksk.wisn import MONTHS_PER_YEAR, STANDARDS

# Drivers every store has, and the counts a Dinas may add per kecamatan and year.
STRUCTURAL = ("jumlah_kk", "penduduk_miskin", "jumlah_desa_kel", "penduduk_kini", "kecamatan")
COUNTS = ("rumah_tangga_dtsen", "kpm_pkh", "kpm_sembako", "kasus_ppks_baru")


@dataclass(frozen=True)
class Rate:
    key: str
    standard: str  # the activity standard whose unit time applies
    driver: str  # a column of ``drivers``
    per: float  # the rate counts units per this many driver units
    value: float  # central rate, units a year
    low: float  # the stated range, for the uncertainty
    high: float
    label: str  # text key: what the rate counts
    why: str  # text key: the source in words, or the reason of the assumption
    sources: tuple[str, ...] = ()  # text keys of the public references; empty: an assumption
    replaces: str | None = None  # the structural rate this one replaces where its count is entered


# New PPKS cases a year above this share of a kecamatan's families are worth a second look: DOMAIN.md ("What they do,
# and how often") has "a few cases a month per kecamatan", and the structural rate of home visits is 10 per 1.000
# families a year; 5 % is 50 cases per 1.000 families, ten times that. Said, not refused: a disaster year may be so.
CASES_SHARE_OF_FAMILIES = 0.05

RATES: dict[str, Rate] = {r.key: r for r in [
    Rate("kunjungan_kk", "kunjungan", "jumlah_kk", 1000, 10, 5, 20, "rate_kunjungan_kk", "rate_why_kunjungan_kk"),
    Rate("kunjungan_kasus", "kunjungan", "kasus_ppks_baru", 1, 2, 1, 3, "rate_kunjungan_kasus", "rate_why_kunjungan_kasus",
         replaces="kunjungan_kk"),
    Rate("rujukan_miskin", "rujukan", "penduduk_miskin", 1000, 5, 2, 10, "rate_rujukan_miskin",
         "rate_why_rujukan_miskin"),
    Rate("rujukan_kasus", "rujukan", "kasus_ppks_baru", 1, 0.3, 0.15, 0.5, "rate_rujukan_kasus", "rate_why_rujukan_kasus",
         replaces="rujukan_miskin"),
    Rate("verifikasi_desa", "verifikasi", "jumlah_desa_kel", 1, 2, 1, 4, "rate_verifikasi_desa",
         "rate_why_verifikasi_desa", sources=("ref_uu13", "ref_mensos_dtks")),
    Rate("verifikasi_dtsen", "verifikasi", "rumah_tangga_dtsen", 100, 4, 2, 8, "rate_verifikasi_dtsen",
         "rate_why_verifikasi_dtsen", sources=("ref_uu13", "ref_mensos_dtks"), replaces="verifikasi_desa"),
    Rate("usulan_miskin", "usulan", "penduduk_miskin", 1000, 5, 2, 10, "rate_usulan_miskin", "rate_why_usulan_miskin"),
    Rate("penyaluran_desa", "penyaluran", "jumlah_desa_kel", 1, 3.75, 2, 6, "rate_penyaluran_desa",
         "rate_why_penyaluran_desa", sources=("ref_bansos_2024", "ref_beras_2024")),
    Rate("penyaluran_kpm", "penyaluran", "kpm_sembako", 1000, 60, 30, 120, "rate_penyaluran_kpm",
         "rate_why_penyaluran_kpm", sources=("ref_bansos_2024", "ref_beras_2024"), replaces="penyaluran_desa"),
    Rate("rapat_desa", "rapat", "jumlah_desa_kel", 1, 4, 2, 12, "rate_rapat_desa", "rate_why_rapat_desa"),
    Rate("rapat_program", "rapat", "kecamatan", 1, 2, 1, 4, "rate_rapat_program", "rate_why_rapat_program",
         sources=("ref_bansos_2024",)),
    Rate("rapat_pkh", "rapat", "kpm_pkh", 1000, 8, 4, 16, "rate_rapat_pkh", "rate_why_rapat_pkh",
         sources=("ref_bansos_2024",), replaces="rapat_program"),
    Rate("rapat_kecamatan", "rapat_kecamatan", "kecamatan", 1, 12, 6, 12, "rate_rapat_kecamatan",
         "rate_why_rapat_kecamatan"),
    Rate("bencana_penduduk", "bencana", "penduduk_kini", 10_000, 1, 0.5, 3, "rate_bencana_penduduk",
         "rate_why_bencana_penduduk"),
    Rate("laporan_kecamatan", "laporan", "kecamatan", 1, MONTHS_PER_YEAR, MONTHS_PER_YEAR, MONTHS_PER_YEAR,
         "rate_laporan_kecamatan", "rate_why_laporan_kecamatan", sources=("ref_permensos",)),
]}


def outside_range(rates: Mapping[str, float], drv: pd.DataFrame | None = None) -> dict[str, float]:
    """The rates of ``rates`` set outside the range stated beside them (``Rate.low``–``Rate.high``), by key in the
    order of ``RATES``; with ``drv`` (``drivers``), only those whose line applies in some kecamatan (a rate on a count
    nobody entered moves nothing). Said, not refused: a Dinas with its own count may know better, but a plan of 6.562
    TKSK from every rate at 1.000 (monthly reports a thousand a year) read "with other plausible assumptions" (pl33)."""
    applies = None if drv is None else {k for k, u in line_units(drv, rates).items() if pd.notna(u).any()}
    return {k: float(rates[k]) for k, r in RATES.items()
            if k in rates and not r.low - 1e-9 <= float(rates[k]) <= r.high + 1e-9 and (applies is None or k in applies)}


def latest_regency_population(penduduk: pd.DataFrame) -> pd.DataFrame:
    """Each regency's latest published population (kode_wilayah, tahun, penduduk, jenis_angka), one row each: the
    total the kecamatan estimates share out (etl.estimate) and the one their poor people are a share of. Of one
    year's rows, the last in the table."""
    # An undated row is no "latest" (its year is not known; sorted last, it was taken as the newest).
    kab = penduduk.loc[(penduduk["tingkat"] == "kabupaten") & ~penduduk["turunan"].astype(bool)
                       & penduduk["tahun"].notna() & penduduk["penduduk"].notna()]
    return (kab.sort_values("tahun", kind="stable").groupby("kode_wilayah", sort=True).tail(1)
            [["kode_wilayah", "tahun", "penduduk", "jenis_angka"]].reset_index(drop=True))


def regency_totals(penduduk: pd.DataFrame, kecamatan: pd.DataFrame | None = None) -> dict[str, float]:
    """Each regency's latest published population (``latest_regency_population``) by code, limited to the regencies
    of ``kecamatan`` when it is given: the totals ``poor_by_kecamatan`` shares a regency's poor people out of."""
    latest = latest_regency_population(penduduk)
    totals = dict(zip(latest["kode_wilayah"].astype("str"), latest["penduduk"].astype(float)))
    if kecamatan is not None and "kode_kab" in kecamatan:
        regencies = set(kecamatan["kode_kab"].astype("str"))
        totals = {k: v for k, v in totals.items() if k in regencies}
    return totals


# The column of ``poor_shares`` (and of ``drivers``) that says where a kecamatan's poor people are a share of the known
# kecamatan's sum only: its regency lacks a kecamatan's population and no regency total was given, so the known
# kecamatan carry the missing one's poor people too (an overstatement, said; a whole regency of NaN was not).
FROM_KNOWN_SUM = "miskin_dari_jumlah_diketahui"


def poor_shares(kecamatan: pd.DataFrame, poor: float | Mapping[str, float],
                regency_population: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Poor people per kecamatan (``penduduk_miskin``, index kode_kec), estimated: its regency's BPS count × the
    kecamatan's population share; and ``FROM_KNOWN_SUM``, True where that share is of the known kecamatan's sum for
    want of the regency's total. ``poor`` is one count for the whole table or one per regency code (the table then
    needs ``kode_kab``).

    The share is of the kecamatan's sum where every kecamatan of the regency has a population (the estimates add up
    to the regency's total). Where one has none, it is of the regency's total (``regency_population``, by code; only
    the table's regencies count), so its poor people are not handed to the others (audit of 2026-12-06):
    - ``regency_population`` None (the caller has no totals at all, e.g. a library caller without ``penduduk``):
      of the known kecamatan's sum, and ``FROM_KNOWN_SUM`` says so (the same figure a caller with the totals gets
      wherever the populations are complete);
    - a mapping without that regency's total: no share is known (NaN), as the planner says of a missing figure.
    BPS publishes no poverty per kecamatan; this is a derived figure, used only as a driver.
    """
    k = kecamatan.set_index("kode_kec")
    pop = k["penduduk_kini"].astype(float)
    per_regency = isinstance(poor, Mapping)
    if per_regency and "kode_kab" not in k:
        raise ValueError("penduduk miskin per kabupaten butuh kolom kode_kab di tabel kecamatan / poor people per "
                         "regency need the kecamatan table's kode_kab column")
    region = k["kode_kab"].astype("str") if "kode_kab" in k else pd.Series("", index=k.index)
    known_totals = regency_population is not None
    regencies = set(region) if "kode_kab" in k else None
    totals = {str(c): float(v) for c, v in (regency_population or {}).items()
              if regencies is None or str(c) in regencies}  # only the table's regencies
    if per_regency:
        total = region.map(totals).astype(float)
    else:  # one count for the whole table: its share of the table's regencies' people
        total = pd.Series(float(sum(totals.values())) if totals else np.nan, index=k.index)
        region = pd.Series("", index=k.index)
    whole = pop.groupby(region).transform("sum")
    incomplete = pop.isna().groupby(region).transform("any")
    fallback = incomplete & total.isna() & ~known_totals
    base = whole.where(~incomplete | fallback, total)
    count = region.map(poor).astype(float) if per_regency else float(poor)
    return pd.DataFrame({"penduduk_miskin": count * pop / base, FROM_KNOWN_SUM: fallback.astype(bool)}, index=k.index)


def poor_by_kecamatan(kecamatan: pd.DataFrame, poor: float | Mapping[str, float],
                      regency_population: Mapping[str, float] | None = None) -> pd.Series:
    """``poor_shares``'s poor people per kecamatan (see there for the share and when it is of the known sum)."""
    return poor_shares(kecamatan, poor, regency_population)["penduduk_miskin"]


def counts_for_year(kebutuhan: pd.DataFrame | None, year: int) -> pd.DataFrame:
    """Per kecamatan, each count of the kebutuhan table for ``year``: the latest year up to it, or else the
    earliest later one (a count a year off is a better driver than none). Column ``tahun_<count>`` says which
    year each value is from; a count never entered stays missing."""
    cols = list(COUNTS) + [f"tahun_{c}" for c in COUNTS]
    if kebutuhan is None or kebutuhan.empty:
        return pd.DataFrame(columns=cols, dtype=float)
    k = kebutuhan.assign(_dist=(kebutuhan["tahun"] - year).where(kebutuhan["tahun"] <= year,
                                                                  kebutuhan["tahun"] - year + 10_000).abs())
    parts = {}
    for c in COUNTS:
        if c not in k:
            continue
        rows = k.loc[k[c].notna()].sort_values("_dist").drop_duplicates("kode_kec").set_index("kode_kec")
        parts[c] = rows[c].astype(float)
        parts[f"tahun_{c}"] = rows["tahun"].astype(float)
    return pd.DataFrame(parts).reindex(columns=cols)


def drivers(kecamatan: pd.DataFrame, poor: float | Mapping[str, float], counts: pd.DataFrame | None = None,
            regency_population: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Every driver per kecamatan (index kode_kec): the structural ones, and the Dinas's counts where entered; and
    ``FROM_KNOWN_SUM`` (see ``poor_shares``), True where the poor people are a share of the known kecamatan's sum."""
    k = kecamatan.set_index("kode_kec")
    shares = poor_shares(kecamatan, poor, regency_population)
    out = pd.DataFrame({"jumlah_kk": k["jumlah_kk"].astype(float),
                        "penduduk_miskin": shares["penduduk_miskin"],
                        "jumlah_desa_kel": k["jumlah_desa_kel"].astype(float),
                        "penduduk_kini": k["penduduk_kini"].astype(float), "kecamatan": 1.0}, index=k.index)
    c = counts if counts is not None else pd.DataFrame()
    for name in COUNTS:
        out[name] = c[name].reindex(k.index).astype(float) if name in c else np.nan
    out[FROM_KNOWN_SUM] = shares[FROM_KNOWN_SUM]
    return out


def line_units(drv: pd.DataFrame | Mapping[str, np.ndarray], rates: Mapping[str, float]) -> dict[str, np.ndarray]:
    """Units a year of every rate line per kecamatan, in the order of ``drv`` (NaN where a line does not apply).

    A count line applies where its count is entered, and then its structural line does not. A missing
    structural driver counts as none of that work (the store's reference data have every one).
    """
    out = {}
    for key, r in RATES.items():
        units = rates.get(key, r.value) / r.per * np.asarray(drv[r.driver], dtype=float)
        out[key] = np.nan_to_num(units) if r.driver in STRUCTURAL else units
    for key, r in RATES.items():
        if r.replaces:
            out[r.replaces] = np.where(np.isnan(out[key]), out[r.replaces], np.nan)
    return out


def standard_units(drv: pd.DataFrame | Mapping[str, np.ndarray], rates: Mapping[str, float]) -> dict[str, np.ndarray]:
    """Expected units a year per activity standard, one array entry per kecamatan in the order of ``drv``."""
    lines = line_units(drv, rates)
    return {s: np.nansum([lines[k] for k, r in RATES.items() if r.standard == s], axis=0) for s in STANDARDS}


def workload(drv: pd.DataFrame, rates: Mapping[str, float]) -> pd.DataFrame:
    """Expected units a year per activity standard and kecamatan, in the shape tksk.wisn.plan reads."""
    out = pd.DataFrame(standard_units(drv, rates), index=drv.index)
    out["sumber_beban"] = "kebutuhan"
    return out
