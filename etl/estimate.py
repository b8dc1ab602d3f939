"""The current population of each kecamatan, estimated: its share of the regency in the 2010 census × the regency's
latest published total, in whole people that add up to that total. A figure of the dashboard, never a published
one, with its own source record."""

from __future__ import annotations

import math

import pandas as pd

from tksk.need import latest_regency_population
from tksk.provenance import Source

ESTIMATE_ORIGIN = Source(
    id="perkiraan_dashboard",
    title="Perkiraan penduduk kecamatan terkini (dihitung dashboard)",
    producer="Dashboard TKSK Ogan Ilir",
    producer_en="TKSK dashboard for Ogan Ilir",
    address=None,
    year="tahun total kabupaten terbaru",
    year_en="the year of the latest regency total",
    read_on=None,
    licence="sama dengan sumbernya",
    changes="Porsi tiap kecamatan pada SP2010 final dikali penduduk kabupaten terbaru, dibulatkan dengan sisa terbesar "
            "agar jumlahnya sama dengan total kabupaten. Bukan angka terbitan.",
    licence_en="as its sources",
    changes_en="Each kecamatan's share in the final 2010 census times the latest regency population, rounded by "
               "largest remainder so that they add up to the regency total. Not a published figure.",
    citation_id="perkiraan dashboard: porsi kecamatan pada SP2010 × penduduk kabupaten terbaru",
    citation_en="dashboard estimate: the kecamatan's 2010 census share × the latest regency population",
)


def largest_remainder(shares: pd.Series, total: int) -> pd.Series:
    """Whole numbers in proportion to ``shares`` that add up to ``total`` exactly: each gets the whole part of
    its share of the total, and the units left over go one each to the largest fractional parts (ties to the
    first in order), so no rounding makes the kecamatan disagree with their regency. A missing share stays
    missing."""
    known = shares.dropna()
    raw = known / known.sum() * total
    whole = raw.apply(math.floor).astype(float)
    left = int(round(total - whole.sum()))
    order = (raw - whole).sort_values(ascending=False, kind="stable").index[:left]
    whole.loc[order] += 1
    return whole.reindex(shares.index)


def census_total(kab: pd.DataFrame, kode_kab: str) -> float | None:
    """The regency's final 2010 census total as published (not a sum we made), or None."""
    rows = kab.loc[(kab["kode_wilayah"] == kode_kab) & (kab["tahun"] == 2010) & ~kab["turunan"]
                   & (kab["jenis_angka"] == CENSUS_FINAL)]
    return float(rows["penduduk"].iloc[0]) if len(rows) else None


CENSUS_FINAL = "sensus_penduduk_2010"


def kecamatan_estimate(kec2010: pd.DataFrame, kab: pd.DataFrame) -> tuple[pd.DataFrame, int, float, str]:
    """Each kecamatan's share of its regency in the 2010 census × the regency's latest published total,
    rounded by largest remainder so the kecamatan add up to that total.

    Done per regency, so a store covering several regencies scales each by its own total. A kecamatan without a 2010
    figure has no estimate, and its people are not handed to the others: the shares are then of the regency's
    published 2010 total, and the known kecamatan add up to their part of the latest total (audit of 2026-12-06: one
    missing kecamatan made every other 2,8 % larger and gave Tanjung Batu a post it does not need). Without a
    published 2010 total no share can be known and the regency has no estimate.
    """
    latest_of = latest_regency_population(kab).set_index("kode_wilayah")
    parts, methods, years, totals = [], [], [], []
    for kode_kab, group in kec2010.groupby(kec2010["kode_kec"].str.slice(0, 5)):
        rows = latest_of.loc[[kode_kab]] if kode_kab in latest_of.index else latest_of.iloc[:0]
        missing = group.loc[group["penduduk_2010"].isna(), "kode_kec"].tolist()
        base = group["penduduk_2010"].sum() if not missing else census_total(kab, kode_kab)
        # No share without a base, nor against a base smaller than the kecamatan known (another count than theirs).
        if rows.empty or not base or group["penduduk_2010"].notna().sum() == 0 or base < group["penduduk_2010"].sum():
            parts.append(group[["kode_kec"]].assign(penduduk_kini=float("nan"), penduduk_kini_tahun=float("nan"),
                                                    metode=None))
            continue
        latest = rows.iloc[-1]
        year, total = int(latest["tahun"]), float(latest["penduduk"])
        total_text = f"{total:,.0f}".replace(",", ".")
        method = (f"porsi kecamatan pada SP2010 final × penduduk kabupaten {year} ({total_text} jiwa, "
                  f"{latest['jenis_angka']}), dibulatkan dengan sisa terbesar")
        shared = total * group["penduduk_2010"].sum() / base
        if missing:
            base_text = f"{base:,.0f}".replace(",", ".")
            method += (f"; tanpa angka SP2010: {', '.join(missing)} (tidak diperkirakan; porsi yang lain dihitung "
                       f"terhadap total SP2010 kabupaten {base_text} jiwa, bagiannya tidak dibagikan)")
        estimate = largest_remainder(group["penduduk_2010"], round(shared))
        parts.append(group[["kode_kec"]].assign(penduduk_kini=estimate, metode=method,
                                                penduduk_kini_tahun=pd.Series(float(year), index=estimate.index)
                                                .where(estimate.notna())))
        methods.append(method)
        years.append(year)
        totals.append(total)  # the regency total the shares multiply (the description cites it)
    est = pd.concat(parts, ignore_index=True)
    return est, (max(years) if years else None), float(sum(totals)), "; ".join(dict.fromkeys(methods))
