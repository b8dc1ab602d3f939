"""Sumber & Kualitas Data: every source, the store, and the quality of the logs (reports, visits, outliers)."""

from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd

from tksk import fmt, metrics, provenance, schema
from tksk.present import charts, export
from tksk.present.common import Data, Settings, Table, caption, log_mode_label, only
from tksk.text import code, t

def sources(data: Data, lang: str) -> dict:
    """Each source as a card (title, then labelled lines) and the whole table for download."""
    estimate = data.manifest.get("estimate") or {}
    # The year, total and method this build used, in each language's words (the store's ``metode`` is Indonesian
    # only), on the card and in the Sources download alike: the download kept the record's "the year of the latest
    # regency total" while the card above it said 2025 and 446.020 (review rev28 #13).
    records = [export.estimate_record(r, estimate) if r.get("id_sumber") == export.ESTIMATE else r
               for r in data["sumber"].to_dict("records")]
    src = pd.DataFrame(records, columns=data["sumber"].columns).astype(data["sumber"].dtypes.to_dict())
    cards = []
    for record in records:
        title, lines = provenance.card(record, lang)
        if lines and lines[0][0] == "judul":
            # In English a published source was headed by its short citation ("Kepmendagri 300.2.2-2138/2025") over
            # Indonesian headings that are full titles (ux31 #10): the citation, then the full title as its producer
            # words it (what a reader searches for), in the heading; a heading begins with a capital.
            title, lines = f"{title[:1].upper()}{title[1:]} — {lines[0][1]}", lines[1:]
        cards.append((title, [f"{t(f'column:{k}', lang)}: {v}" for k, v in lines]))
    frame = src.rename(columns={c: t(f"column:{c}", lang) for c in src.columns if schema.labels_of_column(c)})
    return {"cards": cards, "table": Table(frame, "sumber_data", title=t("tab_sources", lang), logs=False,
                                            sources=tuple(src["id_sumber"]))}


# Kinds of population figure in the reference data, as a reader names them (an unknown kind shows its code).
FIGURE_KINDS = {"sensus_penduduk_2010_hasil_olah_cepat": "kind_sp2010_quick", "sensus_penduduk_2010_jumlah_desa":
                "kind_sp2010_final", "sensus_penduduk_2010": "kind_sp2010", "sensus_penduduk_2020": "kind_sp2020",
                "perkiraan_dashboard": "kind_estimate", "tesis_tahun_tidak_disebut": "kind_thesis",
                "registrasi_kantor_camat": "kind_register", "tidak_jelas": "kind_unclear"}


def population_by_source(data: Data, s: Settings) -> Table:
    """Kecamatan population from every source side by side, never merged; each column named by its kind and year."""
    lang = s.lang
    wide = only(metrics.population_by_source(data["penduduk"], data["kecamatan"]), s.kecamatan)
    # A code of the population data that is not in the kecamatan table keeps its row, said in its name cell
    # (review rev28 #11: such rows were dropped without a word).
    outside = ~wide.pop("di_tabel_kecamatan")
    if outside.any():
        wide = wide.assign(nama_kec=wide["nama_kec"].where(
            ~outside, wide["nama_kec"].astype("str") + " · " + t("population_not_in_kecamatan_table", lang)))

    def label(column: str) -> str:
        if column in ("kode_kec", "nama_kec"):
            return t(f"column:{column}", lang)
        kind, _, year = column.partition(" (")
        year = year.rstrip(")")
        shown = t(FIGURE_KINDS[kind], lang) if kind in FIGURE_KINDS else kind
        if year in shown:  # "Sensus 2010 (dikutip)" already says its year
            return shown
        return f"{shown} ({t('year_unknown', lang) if year == 'tahun ?' else year})"

    # The caption's reading of the columns goes with the file: its "Tidak jelas" header pointed to a note it lacked (res34).
    return Table(wide.rename(columns=label), "penduduk_menurut_sumber", logs=False, title=t("population_sources_title", lang),
                 sources=("penduduk_kecamatan", "penduduk_desa_sp2010", "waruwu_2024", "perkiraan_dashboard"),
                 method=t("population_sources_caption", lang))


# The computed areas come from the desa polygons (dissolved per kecamatan); the regency reference gives the
# current official total they are checked against.
AREA_SOURCES = ("batas_desa", "batas_kecamatan_dissolve", "luas_kecamatan_terbit", "kab_referensi_2025")


def with_code(frame: pd.DataFrame, codes: pd.Series) -> pd.DataFrame:
    """A download of per-kecamatan rows with the kecamatan's code first, to join other files on (the areas and the
    report completeness had the name only; walk-through of 2026-12-06)."""
    return frame.assign(kode_kec=codes.astype(str).to_numpy())[["kode_kec", *frame.columns]]


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
    # The sums are the regency's, set beside its official area: filtered to one kecamatan, "55,4 km², in line with
    # the regency's 2.302,86 km²" said the opposite of what it meant.
    whole = data["kecamatan"]
    totals = t("areas_caption", lang, computed=fmt.number(whole["luas_km2"].sum(), 1, lang),
               official=fmt.number(official, 2, lang),
               published=fmt.number(whole["luas_km2_terbit"].sum(min_count=1), 2, lang))
    return {"table": Table(frame, "luas_kecamatan", logs=False, sources=AREA_SOURCES, decimals={computed: 1, published: 2, t("area_difference", lang): 0},
                           export=with_code(frame, k["kode_kec"]), method=totals),
            "caption": f"{totals} {caption(data, s, AREA_SOURCES, logs=False)}"}


def store_info(data: Data, lang: str) -> str:
    """The build, the log status and the period, as Markdown bullet lines."""
    m = data.manifest
    p = m.get("log_period")
    full = fmt.months(p[0], p[1], lang) if p else "—"
    return (f"- **{t('built_at', lang)}:** {fmt.timestamp(m['built_at'], lang)}\n"
            f"- **{t('log_status', lang)}:** {log_mode_label(data, lang)}, {fmt.number(m['log_rows'], lang=lang)} "
            f"{t('rows_unit', lang)}\n"
            f"- **{t('data_period', lang)}:** {full}")


def months_without_log(data: Data, s: Settings, key: str = "no_log_months_data") -> str | None:
    """Staffed months of the period in which a whole regency logged nothing: most likely a log not yet imported.
    ``key``: the text that says what the page does with them."""
    gone = data.without_log(s.start, s.end)
    if gone.empty:
        return None
    regions = data.regions()
    parts = [f"{regions.get(kab, kab)}: {', '.join(fmt.month_short(m, s.lang) for m in g['bulan'])}"
             for kab, g in gone.groupby("kode_kab")]
    return t(key, s.lang, months="; ".join(parts))


def report_quality(data: Data, s: Settings, deadline: int) -> dict:
    """Monthly reports: completeness and timeliness per kecamatan, and both as kecamatan × month grids."""
    lang = s.lang
    as_of = data.reports_as_of
    grid = metrics.report_grid(data["laporan"], data["pos_bulan"], s.start, s.end, deadline, as_of)
    # A kecamatan with no log row in the period has not been imported yet: its reports are not judged (Kinerja
    # says "belum ada log" of it too); read as 0 % received, it stood as a TKSK who sent nothing. Its reports are
    # still due (read as "0 expected" beside a dash that means "no TKSK", ten TKSK who sent nothing hid behind one
    # late file; ux21): what came in is unknown, a gap, and the kecamatan are named above the table.
    # Every month of such a kecamatan, due or not: a month not yet due kept its 0 received, and the sum said 0 %.
    no_log = ~grid["kode_kec"].astype(str).isin(_logged(data, s))
    if no_log.any():
        grid = grid.copy()
        grid.loc[no_log, ["diterima", "tepat_waktu", "kelengkapan_persen", "ketepatan_persen"]] = np.nan
    # The sidebar's filter holds for the grids and their download as for the summary.
    chosen = grid["kode_kec"].isin(list(s.kecamatan)) if s.kecamatan else pd.Series(True, index=grid.index)
    grid, no_log = grid.loc[chosen], no_log[chosen]
    summary = metrics.report_summary(grid)
    names = data.names()
    without = summary["kode_kec"].astype(str).isin(set(grid.loc[no_log, "kode_kec"].astype(str)))
    unknown = without & summary["diharapkan"].gt(0)  # reports due whose coming in is not known
    frame = pd.DataFrame({"Kecamatan": summary["kode_kec"].map(names), t("expected", lang): summary["diharapkan"],
                          t("received", lang): summary["diterima"], t("on_time", lang): summary["tepat_waktu"],
                          t("completeness", lang): summary["kelengkapan_persen"],
                          t("timeliness", lang): summary["ketepatan_persen"]})
    if without.any():
        frame[t("status", lang)] = np.where(without, t("no_log_yet", lang), "")
    missing = (t("reports_no_log", lang, n=int(unknown.sum()), expected=fmt.number(summary.loc[unknown, "diharapkan"].sum(), 0, lang),
                 names=", ".join(summary.loc[unknown, "kode_kec"].map(names))) if unknown.any() else "")
    heatmaps = []
    month_label = partial(fmt.month_short, lang=lang)
    why = metrics.report_matrix(grid.assign(belum=np.where(no_log, t("no_log_yet", lang), np.where(
        grid["jatuh_tempo"], None, t("not_yet_due", lang)))), data["kecamatan"], "belum", month_label)
    for value, title in (("kelengkapan_persen", "grid_completeness"), ("ketepatan_persen", "grid_timeliness")):
        matrix = metrics.report_matrix(grid, data["kecamatan"], value, month_label)
        heatmaps.append((t(title, lang), charts.heatmap(matrix, value_label="%", lang=lang, gap_label=t("vacant", lang),
                                                        gap_labels=why)))
    pending = "" if grid["jatuh_tempo"].all() else " " + t("reports_pending", lang, date=fmt.date(as_of, lang))
    # A gap is a dash where its row's status says why.
    return {"summary": Table(frame, "kelengkapan_laporan", dashes=frozenset(frame.columns[2:6]) if without.any() else frozenset(),
                             export=with_code(frame, summary["kode_kec"]),
                             decimals={t("completeness", lang): 1, t("timeliness", lang): 1}),
            "heatmaps": heatmaps, "grid": Table(_named(grid, names), "laporan_per_bulan"), "missing": missing,
            "caption": caption(data, s) + " " + t("deadline_help", lang) + pending}


def _logged(data: Data, s: Settings) -> set[str]:
    """The kecamatan with at least one log row in the period (the others' reports and visits are not known yet)."""
    return set(metrics.in_period(data["agg_kec_bulan"], s.start, s.end)["kode_kec"].astype(str))


def _named(frame: pd.DataFrame, names: dict) -> pd.DataFrame:
    """A table by kecamatan code with each kecamatan's name beside its code (a download read codes only)."""
    out = frame.copy()
    out.insert(out.columns.get_loc("kode_kec") + 1, "nama_kec", out["kode_kec"].astype(str).map(names))
    return out


DESA_KINDS = {"desa": "desa_kind_desa", "kelurahan": "desa_kind_kelurahan"}


def _labelled(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    return df.rename(columns={c: t(f"column:{c}", lang) for c in df.columns})


def never_visited(data: Data, s: Settings) -> Table:
    """Desa no activity reached in the period, of kecamatan whose log is in: of one without a row of log, which desa
    were visited is not known (Peta and Beban say so), and its desa were listed as unvisited (ux21)."""
    lang = s.lang
    nv = metrics.never_visited(data["desa"], data["agg_desa_bulan"], data["pos_bulan"], s.start, s.end)
    nv = only(nv.loc[nv["kode_kec"].astype(str).isin(_logged(data, s))], s.kecamatan)
    nv = nv.assign(jenis=nv["jenis"].map(lambda j: t(DESA_KINDS[j], lang)))
    return Table(_labelled(nv, lang), "desa_tanpa_kunjungan", title=t("never_visited_title", lang),
                 sources=("kemendagri_2025", "podes_2021"))


def outliers(data: Data, s: Settings) -> Table:
    """Log rows far above their kecamatan's usual, with the activity and the column in words."""
    lang = s.lang
    # Rows carry their day; the period ends with its last month's last day, not its first.
    out = only(metrics.in_period(data["pencilan"], s.start, pd.Timestamp(s.end) + pd.offsets.MonthEnd(0),
                                 column="tanggal"), s.kecamatan)
    names = data.names()
    shown = pd.DataFrame({
        t("column:id_log", lang): out["id_log"], "Kecamatan": out["kode_kec"].map(names),
        t("column:tanggal", lang): out["tanggal"].map(lambda d: fmt.date(d, lang)),
        t("column:jenis_kegiatan", lang): out["jenis_kegiatan"].map(lambda a: code("activity", a, lang)),
        t("outlier_column", lang): out["kolom"].map(lambda c: t(f"column:{c}", lang)),
        t("outlier_value", lang): out["nilai"], t("outlier_mean", lang): out["rata_rata"],
        t("outlier_bound", lang): out["batas"]})
    # Short headers for the figures (their full names, with the rule, are the tooltips): the table was 1104 pixels
    # wide in 960 at 1366 pixels.
    headers = {t("outlier_value", lang): t("outlier_value_short", lang), t("outlier_mean", lang): t("outlier_mean_short", lang),
               t("outlier_bound", lang): t("outlier_bound_short", lang)}
    # A value as logged: a count of people is whole ("300", not "300,0"); hours may be halves.
    whole = bool(out["nilai"].dropna().mod(1).eq(0).all())
    decimals = {t("outlier_value", lang): 0 if whole else 1, t("outlier_mean", lang): 1, t("outlier_bound", lang): 1}
    # The download as the screen: the kecamatan's name and the column in words (it held "jam" and a code only).
    export = _named(out.assign(kolom=out["kolom"].map(lambda c: t(f"column:{c}", lang))), names)
    return Table(shown, "pencilan", decimals=decimals, method=t("outliers_caption", lang),
                 title=t("outliers_title", lang), export=export, headers=headers)
