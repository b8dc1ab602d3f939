"""Peta Cakupan: which kecamatan and desa are under-served, on a map, a ranking and a kecamatan's detail."""

from __future__ import annotations

import pandas as pd

from tksk import fmt, metrics
from tksk.present import maps
from tksk.present.common import Data, Settings, Table, caption, difference_text, numbers, only
from tksk.text import code, t

MEASURES = list(metrics.COVERAGE_METRICS)
# The reference source of each structural measure (activity measures come from the log alone).
MEASURE_SOURCES = {"penduduk_per_tksk": ("penduduk_desa_sp2010", "perkiraan_dashboard"), "kk_per_tksk": ("podes_2021",),
                   "desa_per_tksk": ("kemendagri_2025",), "km2_per_tksk": ("batas_desa",)}
BOUNDARIES = ("batas_desa", "batas_kecamatan_dissolve")


def display_layer(data: Data, layer: str):
    """A boundary layer simplified for the screen, once per build."""
    key = f"display_{layer}"
    if key not in data.memo:
        data.memo[key] = maps.simplified(data.geo(layer))
    return data.memo[key]


def coverage(data: Data, s: Settings) -> pd.DataFrame:
    """Every coverage metric per kecamatan for the period (metrics.coverage)."""
    return metrics.coverage(data["kecamatan"], data["pos_bulan"], data["agg_kec_bulan"], data["agg_desa_bulan"],
                            s.start, s.end)


def measure_caption(data: Data, s: Settings, measure: str) -> str:
    return caption(data, s, (*MEASURE_SOURCES.get(measure, ()), *BOUNDARIES))


def ranking(data: Data, s: Settings, measure: str) -> Table:
    """Most under-served first under one measure; vacant posts first of all, their value a gap."""
    m = metrics.COVERAGE_METRICS[measure]
    ranked = metrics.rank_underserved(coverage(data, s), measure, only=list(s.kecamatan))
    lang = s.lang
    frame = pd.DataFrame({t("rank", lang): ranked["peringkat"], "Kecamatan": ranked["nama_kec"],
                          t("value", lang): ranked["nilai"],
                          t("status", lang): ranked["kosong"].map({True: t("vacant", lang), False: ""})})
    return Table(frame, decimals={t("value", lang): m.decimals},
                 widths={t("rank", lang): "small", t("value", lang): "small", t("status", lang): "medium"})


def area_map(data: Data, s: Settings, measure: str, selected: str | None = None, height: int = 520,
             width: int = 540):
    """The kecamatan map of one measure; outside the kecamatan filter an area is context without a value."""
    m = metrics.COVERAGE_METRICS[measure]
    values = metrics.metric_values(coverage(data, s), measure)
    lang = s.lang
    return maps.area_map(display_layer(data, "kecamatan"), "kode_kec", "nama_kec", values,
                         value_label=t(f"metric:{measure}", lang), lang=lang, decimals=m.decimals,
                         higher_is_worse=m.higher_is_worse, vacant_label=t("vacant", lang), gap_label=t("gap", lang),
                         selected=selected, highlight=s.kecamatan, height=height, width=width)


def export(data: Data, s: Settings) -> Table:
    """Every coverage figure per kecamatan, for download."""
    cov = coverage(data, s)
    cols = ["kode_kec", "nama_kec", "status", "pos_akhir", "bulan_pos", "bulan_kosong", *metrics.COVERAGE_METRICS]
    frame = cov[cols].rename(columns={k: t(f"metric:{k}", s.lang) for k in metrics.COVERAGE_METRICS})
    return Table(frame, "cakupan_kecamatan")


def posts(data: Data, s: Settings, kode_kec: str) -> Table:
    """The roster periods of one kecamatan's posts."""
    lang = s.lang
    r = data["roster"]
    r = r.loc[r["kode_kec"] == kode_kec].sort_values(["id_pos", "tanggal_mulai"])
    frame = pd.DataFrame({
        t("post_id", lang): r["id_pos"], t("status", lang): r["status"].map(lambda c: code("post_status", c, lang)),
        t("from", lang): r["tanggal_mulai"].map(lambda d: fmt.date(d, lang)),
        t("to", lang): r["tanggal_selesai"].map(lambda d: "—" if fmt.is_gap(d) else fmt.date(d, lang)),
    })
    return Table(frame)


def desa_table(visits: pd.DataFrame, lang: str, stem: str = "") -> Table:
    """Each desa of a kecamatan with its activities and people served in the period."""
    frame = visits.drop(columns="dikunjungi").rename(columns={
        "kode_desa": t("column:kode_desa", lang), "nama_desa": t("column:nama_desa", lang),
        "jenis": t("column:jenis", lang), "jumlah_kk": t("column:jumlah_kk", lang),
        "kegiatan": t("activities", lang), "orang": t("people_served", lang)})
    return Table(frame, stem)


def median_table(cov: pd.DataFrame, kode_kec: str, lang: str) -> Table:
    """Each measure of one kecamatan against the regency median, each in its own decimals."""
    comparison = metrics.median_comparison(cov, kode_kec)
    dec = [metrics.COVERAGE_METRICS[k].decimals for k in comparison["metrik"]]
    frame = pd.DataFrame({
        t("metric", lang): [t(f"metric:{k}", lang) for k in comparison["metrik"]],
        t("value", lang): numbers(comparison["nilai"], dec, lang),
        t("median", lang): numbers(comparison["median"], dec, lang),
        t("difference_pct", lang): [difference_text(v, lang) for v in comparison["selisih_persen"]],
    })
    return Table(frame)


def detail(data: Data, s: Settings, kode_kec: str) -> dict:
    """Everything the detail of one kecamatan shows: posts, vacancy, desa map and table, median comparison."""
    lang = s.lang
    cov = coverage(data, s)
    row = cov.set_index("kode_kec").loc[kode_kec]
    visits = metrics.desa_visits(data["desa"], data["agg_desa_bulan"], kode_kec, s.start, s.end)
    staffed = row["bulan_pos"] > 0
    geo = display_layer(data, "desa")
    desa_map = maps.area_map(geo.loc[geo["kode_kec"] == kode_kec], "kode_desa", "nama_desa",
                             metrics.desa_map_values(visits, staffed=staffed), value_label=t("activities", lang),
                             lang=lang, higher_is_worse=False, vacant_label=t("vacant", lang),
                             gap_label=t("gap", lang), zero_label=t("not_reached", lang), height=420, width=520)
    missed = metrics.not_reached(visits)
    return {
        "posts": posts(data, s, kode_kec),
        "vacant": t("vacant_months", lang, n=int(row["bulan_kosong"]), m=int(row["jumlah_bulan"]))
        if row["bulan_kosong"] else None,
        "assumed": t("assumed_post", lang) if row["pos_asumsi"] else None,
        "desa_map": desa_map,
        "median": median_table(cov, kode_kec, lang),
        "desa": desa_table(visits, lang, f"desa_{kode_kec}"),
        "not_reached": t("vacant", lang) if not staffed else (", ".join(missed) if missed else t("all_reached", lang)),
        "caption": measure_caption(data, s, "desa_per_tksk"),
    }

