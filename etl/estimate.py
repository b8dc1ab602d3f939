"""The current population of each kecamatan, estimated: its share of the regency in the 2010 census × the regency's
latest published total, in whole people that add up to that total. A figure of the dashboard, never a published
one, with its own source record."""

from __future__ import annotations

import math

import pandas as pd

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


def kecamatan_estimate(kec2010: pd.DataFrame, kab: pd.DataFrame) -> tuple[pd.DataFrame, int, float, str]:
    """Each kecamatan's share of its regency in the 2010 census × the regency's latest published total,
    rounded by largest remainder so the kecamatan add up to that total.

    Done per regency, so a store covering several regencies scales each by its own total.
    """
    published = kab.loc[~kab["turunan"]].sort_values("tahun")
    parts, methods, years, totals = [], [], [], []
    for kode_kab, group in kec2010.groupby(kec2010["kode_kec"].str.slice(0, 5)):
        rows = published.loc[published["kode_wilayah"] == kode_kab]
        if rows.empty:
            parts.append(group[["kode_kec"]].assign(penduduk_kini=float("nan"), penduduk_kini_tahun=float("nan"),
                                                    metode=None))
            continue
        latest = rows.iloc[-1]
        year, total = int(latest["tahun"]), float(latest["penduduk"])
        total_text = f"{total:,.0f}".replace(",", ".")
        method = (f"porsi kecamatan pada SP2010 final × penduduk kabupaten {year} ({total_text} jiwa, "
                  f"{latest['jenis_angka']}), dibulatkan dengan sisa terbesar")
        parts.append(group[["kode_kec"]].assign(penduduk_kini=largest_remainder(group["penduduk_2010"], round(total)),
                                                penduduk_kini_tahun=float(year), metode=method))
        methods.append(method)
        years.append(year)
        totals.append(total)
    est = pd.concat(parts, ignore_index=True)
    return est, (max(years) if years else None), float(sum(totals)), "; ".join(dict.fromkeys(methods))
