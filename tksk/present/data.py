"""Sumber & Kualitas Data: every source, the store, and the quality of the logs (reports, visits, outliers)."""

from __future__ import annotations

import pandas as pd

from tksk import fmt, metrics, schema
from tksk.present import charts
from tksk.present.common import Data, Settings, Table, caption, log_mode_label, only
from tksk.text import t

# What a source card shows, after its title, in this order.
CARD_FIELDS = ("produsen", "alamat", "tahun", "dibaca", "lisensi", "perubahan", "berkas", "sha256")


def sources(data: Data, lang: str) -> dict:
    """Each source as a card (title, then labelled lines) and the whole table for download."""
    src = data["sumber"]
    cards = []
    for record in src.to_dict("records"):
        lines = [f"{t(f'column:{k}', lang)}: {record[k]}" for k in CARD_FIELDS
                 if k in record and not fmt.is_gap(record[k]) and record[k] not in ("", "None")]
        cards.append((str(record["judul"]), lines))
    frame = src.rename(columns={c: t(f"column:{c}", lang) for c in src.columns if schema.labels_of_column(c)})
    return {"cards": cards, "table": Table(frame, "sumber_data")}


def population_by_source(data: Data, s: Settings) -> Table:
    """Kecamatan population from every source side by side, never merged."""
    return Table(only(metrics.population_by_source(data["penduduk"]), s.kecamatan), "penduduk_menurut_sumber")


# The computed areas come from the desa polygons (dissolved per kecamatan); the regency reference gives the
# current official total they are checked against.
AREA_SOURCES = ("batas_desa", "batas_kecamatan_dissolve", "luas_kecamatan_terbit", "kab_referensi_2025")


def areas(data: Data, s: Settings) -> dict:
    """Each kecamatan's area computed from the desa polygons beside the area the Pemkab publishes, and how far
    apart they are; a kecamatan without a published area keeps a gap."""
    lang = s.lang
    k = only(data["kecamatan"], s.kecamatan)
    computed, published = t("area_computed", lang), t("column:luas_km2_terbit", lang)
    frame = pd.DataFrame({
        "Kecamatan": k["nama_kec"], computed: k["luas_km2"], published: k["luas_km2_terbit"],
        t("area_difference", lang): 100 * (k["luas_km2_terbit"] - k["luas_km2"]) / k["luas_km2"],
    })
    ref = data["kabupaten_referensi"]
    official = ref.loc[ref["kode_wilayah"].isin(list(data.regions())), "luas_km2"].sum(min_count=1)
    totals = t("areas_caption", lang, computed=fmt.number(k["luas_km2"].sum(), 1, lang),
               official=fmt.number(official, 2, lang),
               published=fmt.number(k["luas_km2_terbit"].sum(min_count=1), 2, lang))
    return {"table": Table(frame, "luas_kecamatan", decimals={computed: 1, published: 2, t("area_difference", lang): 0}),
            "caption": f"{totals} {caption(data, s, AREA_SOURCES, logs=False)}"}


def store_info(data: Data, lang: str) -> str:
    """The build, the log status and the period, as Markdown bullet lines."""
    m = data.manifest
    p = m.get("log_period")
    full = f"{fmt.month(p[0], lang)} – {fmt.month(p[1], lang)}" if p else "—"
    return (f"- **{t('built_at', lang)}:** {fmt.timestamp(m['built_at'], lang)}\n"
            f"- **{t('log_status', lang)}:** {log_mode_label(data, lang)}, {fmt.number(m['log_rows'], lang=lang)} "
            f"{t('rows_unit', lang)}\n"
            f"- **{t('data_period', lang)}:** {full}\n"
            f"- **{t('source_folder', lang)}:** `{m.get('source_dir', '')}`")


def row_counts(data: Data, lang: str) -> Table:
    rows = data.manifest.get("rows", {})
    return Table(pd.DataFrame({t("table", lang): list(rows), t("rows", lang): list(rows.values())}))


def report_quality(data: Data, s: Settings, deadline: int) -> dict:
    """Monthly reports: completeness and timeliness per kecamatan, and both as kecamatan × month grids."""
    lang = s.lang
    grid = metrics.report_grid(data["laporan"], data["pos_bulan"], s.start, s.end, deadline)
    summary = metrics.report_summary(only(grid, s.kecamatan))
    names = data.names()
    frame = pd.DataFrame({"Kecamatan": summary["kode_kec"].map(names), t("expected", lang): summary["diharapkan"],
                          t("received", lang): summary["diterima"], t("on_time", lang): summary["tepat_waktu"],
                          t("completeness", lang): summary["kelengkapan_persen"],
                          t("timeliness", lang): summary["ketepatan_persen"]})
    heatmaps = []
    for value, title in (("kelengkapan_persen", "grid_completeness"), ("ketepatan_persen", "grid_timeliness")):
        matrix = metrics.report_matrix(grid, data["kecamatan"], value, lambda m: fmt.month_short(m, lang))
        heatmaps.append((t(title, lang), charts.heatmap(matrix, value_label="%", lang=lang, gap_label=t("vacant", lang))))
    return {"summary": Table(frame, "kelengkapan_laporan",
                             decimals={t("completeness", lang): 1, t("timeliness", lang): 1}),
            "heatmaps": heatmaps, "grid": Table(grid, "laporan_per_bulan"),
            "caption": caption(data, s) + " " + t("deadline_help", lang)}


def never_visited(data: Data, s: Settings) -> Table:
    nv = metrics.never_visited(data["desa"], data["agg_desa_bulan"], data["pos_bulan"], s.start, s.end)
    return Table(only(nv, s.kecamatan), "desa_tanpa_kunjungan")


def outliers(data: Data, s: Settings) -> Table:
    out = metrics.in_period(data["pencilan"], s.start, s.end, column="tanggal")
    return Table(out, decimals={"nilai": 1, "rata_rata": 1, "batas": 1})
