"""Peta Cakupan: which kecamatan and desa are under-served, on a map, a ranking and a kecamatan's detail."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tksk import fmt, measures, metrics
from tksk.present import maps
from tksk.present.common import Data, Settings, Table, caption, difference_text, numbers, only, unlogged_note
from tksk.text import code, t

MEASURES = list(measures.COVERAGE_METRICS)
AREAS = metrics.AREAS
AREA_LABELS = {"luas_km2": "area_computed_short", "luas_km2_terbit": "area_published_short"}
AREA_SOURCES = {"luas_km2": ("batas_desa",), "luas_km2_terbit": ("luas_kecamatan_terbit",)}
# The reference source of each measure's base (activity measures per TKSK come from the log alone).
MEASURE_SOURCES = {"penduduk_per_tksk": ("penduduk_desa_sp2010", "perkiraan_dashboard"), "kk_per_tksk": ("podes_2021",),
                   "desa_per_tksk": ("kemendagri_2025",), "orang_per_1000kk": ("podes_2021",),
                   "kasus_per_1000kk": ("podes_2021",), "kegiatan_per_desa": ("kemendagri_2025",),
                   "desa_dikunjungi_persen": ("kemendagri_2025",)}
BOUNDARIES = ("batas_desa", "batas_kecamatan_dissolve")
GAP_SOURCES = ("kemendagri_2025",)  # the kecamatan; the months come from the roster, a log source


def display_layer(data: Data, layer: str):
    """A boundary layer simplified for the screen, once per build."""
    return data.derived(("display", layer), lambda: maps.simplified(data.geo(layer)))


def coverage(data: Data, s: Settings, area: str = "luas_km2") -> pd.DataFrame:
    """Every coverage metric per kecamatan for the period (metrics.coverage), once per period and area."""
    return data.derived(("coverage", s.start, s.end, area), lambda: metrics.coverage(
        data["kecamatan"], data["pos_bulan"], data["agg_kec_bulan"], data["agg_desa_bulan"], s.start, s.end, area,
        data["agg_kegiatan"], months=data.coverage_months()))


# Aid is handed out in some months only (Sembako about six rounds a year, PKH in four stages: DOMAIN.md): over a
# shorter period a logged measure ranks kecamatan by the distribution calendar as much as by their service.
# Kinerja's own caution (``indicators.SHORT_PERIOD_MONTHS``) is another matter, one report moving a score: its
# distribution indicator is counted per round held, so the calendar weighs less there.
SEASONAL_MONTHS = 6


def short_period_note(s: Settings, measure: str) -> str | None:
    """A caution beside a ranking by logged work over a period under ``SEASONAL_MONTHS``: July 2024 ranked Muara
    Kuang least served at 0,2 because July had no distribution (walk-through of 2026-12-06)."""
    if s.period is None or measures.COVERAGE_METRICS[measure].kind == "structural":
        return None
    months = len(pd.date_range(s.start, s.end, freq="MS"))
    return t("coverage_short_period", s.lang, months=months) if months < SEASONAL_MONTHS else None


def measure_sources(measure: str, area: str = "luas_km2") -> tuple[str, ...]:
    """The reference sources under one measure's base (the area it divides, for km² per TKSK) and the boundaries."""
    sources = AREA_SOURCES[area] if measure == "km2_per_tksk" else MEASURE_SOURCES.get(measure, ())
    return tuple(dict.fromkeys((*sources, *BOUNDARIES)))


def measure_caption(data: Data, s: Settings, measure: str, area: str = "luas_km2") -> str:
    cited = caption(data, s, measure_sources(measure, area))
    # A figure from the log rests on the months with one: said beside it, where a kecamatan misses some.
    if measures.ALL_METRICS[measure].kind in ("need", "activity") and (
            note := unlogged_note(data, s, "unlogged_rates")):
        return f"{note} {cited}"
    return cited


def months_text(months, lang: str) -> str:
    """Months as runs: 'Mar–Agu 2024', 'Nov 2023 – Feb 2024, Jun 2024'."""
    parts = []
    for a, b in metrics.month_runs(months):
        if a == b:
            parts.append(fmt.month_short(a, lang))
        elif a.year == b.year:
            parts.append(f"{fmt.month_short(a, lang).rsplit(' ', 1)[0]}–{fmt.month_short(b, lang)}")
        else:
            parts.append(f"{fmt.month_short(a, lang)} – {fmt.month_short(b, lang)}")
    return ", ".join(parts)


def gaps(data: Data, s: Settings) -> Table:
    """Kecamatan with months in the period without an active TKSK, most first: the coverage gaps, with the months.

    For the map page and the home page. Columns: Kecamatan, months without a TKSK, months in the period, which
    months (as runs, e.g. "Mar–Agu 2024"); no row for a kecamatan staffed every month; empty without a period.
    """
    lang = s.lang
    cols = ["Kecamatan", t("gap_months_col", lang), t("period_months_col", lang), t("which_months_col", lang)]
    if s.period is None:
        return Table(pd.DataFrame(columns=cols), "celah_cakupan", sources=GAP_SOURCES)
    g = only(data.coverage_gaps(s.start, s.end), s.kecamatan)
    frame = pd.DataFrame({cols[0]: g["kode_kec"].map(data.names()), cols[1]: g["bulan_kosong"],
                          cols[2]: g["jumlah_bulan"], cols[3]: [months_text(m, lang) for m in g["bulan"]]})
    return Table(frame.reset_index(drop=True), "celah_cakupan", sources=GAP_SOURCES)


def gap_sentence(data: Data, s: Settings) -> str | None:
    """One line naming every coverage gap of the period, or None when every kecamatan had a TKSK every month."""
    frame = gaps(data, s).frame
    if frame.empty:
        return None
    items = [t("gap_item", s.lang, name=r[0], n=r[1], m=r[2], months=r[3]) for r in frame.itertuples(index=False)]
    return t("gap_sentence", s.lang, items="; ".join(items))


def _status(cov: pd.DataFrame, lang: str) -> pd.Series:
    """Per kecamatan code: '' when staffed every month, the vacancy when no post all period, else how many months
    had no TKSK (the months themselves are in ``gaps``: a ranking cell stays short)."""
    def one(row):
        if row.status_periode == "kosong":
            return t("vacant", lang)
        return t("gap_tiny", lang, n=int(row.bulan_kosong)) if row.bulan_kosong else ""
    return pd.Series([one(r) for r in cov.itertuples(index=False)], index=cov["kode_kec"])


def ranking(data: Data, s: Settings, measure: str, area: str = "luas_km2") -> Table:
    """Most under-served first under one measure; vacant posts first of all, their value a gap; a kecamatan with
    months without a TKSK says which."""
    m = measures.COVERAGE_METRICS[measure]
    cov = coverage(data, s, area)
    ranked = metrics.rank_underserved(cov, measure, only=list(s.kecamatan))
    lang = s.lang
    frame = pd.DataFrame({t("rank_underserved", lang): ranked["peringkat"], "Kecamatan": ranked["nama_kec"],
                          t("value", lang): ranked["nilai"],
                          t("status", lang): ranked["kode_kec"].map(_status(cov, lang))})
    # No figure and a TKSK in post: the log is not in yet, or (a people-served measure) its facilitation rows all
    # said 0 people and 0 families; said, and left unranked below the others.
    unranked = ranked["peringkat"].isna().to_numpy()
    uncounted = ranked["kode_kec"].map(cov.set_index("kode_kec")["orang_tak_tercatat"]).fillna(False).to_numpy(bool)
    partial = ranked["log_sebagian"].to_numpy(bool)
    frame.loc[unranked & ~partial, t("status", lang)] = t("no_log_yet", lang)
    frame.loc[unranked & uncounted, t("status", lang)] = t("people_uncounted", lang)
    # A log in and no figure: the base is missing from the reference data (a kecamatan without a population), not
    # the log (audit of 2026-12-06: Kandis, a full year of log, read "belum ada log").
    logged = ~ranked["kode_kec"].map(cov.set_index("kode_kec")["tanpa_log"]).fillna(True).to_numpy(bool)
    frame.loc[unranked & ~partial & ~uncounted & logged & ~ranked["kosong"].to_numpy(bool),
              t("status", lang)] = t("no_reference", lang)
    if m.kind in metrics.LOG_KINDS:
        # Months of a staffed post without its log beside the figure (left out of it): "6 bln tanpa log" as "4 bln
        # kosong"; a third or more, the figure is not ranked (walk-through of 2026-12-06).
        c = cov.set_index("kode_kec").loc[ranked["kode_kec"]]
        # Its own missing months: a month its regency did not log is said once, under the table, not on every row.
        missing = c["bulan_tanpa_log_sendiri"].fillna(0).astype(int).to_numpy()
        staffed = c["bulan_aktif"].fillna(0).astype(int).to_numpy() - c["bulan_tanpa_log_kab"].fillna(0).astype(int).to_numpy()
        said = frame[t("status", lang)].to_numpy(object)
        for i in np.flatnonzero((missing > 0) & ~(unranked & ~partial)):
            word = (t("log_partial", lang, n=missing[i], m=staffed[i]) if partial[i]
                    else t("log_missing_tiny", lang, n=missing[i]))
            said[i] = f"{said[i]}; {word}" if said[i] else word
        frame[t("status", lang)] = said
    if measure == "desa_dikunjungi_persen":
        # A share says little without its base: 75 % of 4 desa and of 20 are different coverage.
        c = cov.set_index("kode_kec").loc[ranked["kode_kec"]]
        frame.insert(3, t("desa_visited_of", lang), [
            "" if fmt.is_gap(v) else t("n_of_m", lang, n=fmt.number(n, 0, lang), m=fmt.number(total, 0, lang))
            for v, n, total in zip(ranked["nilai"], c["desa_dikunjungi"], c["jumlah_desa_kel"])])
    return Table(frame, decimals={t("value", lang): m.decimals},
                 widths={t("rank_underserved", lang): "small", t("value", lang): "small", t("status", lang): "medium"},
                 dashes=frozenset({t("rank_underserved", lang)}))  # no rank: the status says why


def ranking_title(measure: str, lang: str) -> str:
    """The ranking's heading says what comes first: the least served (low is bad) or the heaviest load (high is
    bad), with the measure and its unit, so that a large kecamatan first under "km² per TKSK" is not read as the
    least served."""
    m = measures.COVERAGE_METRICS[measure]
    # Output per TKSK low first is no "least served": a kecamatan with two posts for few families is first there.
    key = ("ranking_title_gap" if m.kind == "gap" else "ranking_title_load" if m.higher_is_worse
           else "ranking_title_output" if m.kind == "activity" else "ranking_title")
    return t(key, lang, measure=t(f"metric:{measure}", lang))


def area_map(data: Data, s: Settings, measure: str, selected: str | None = None, area: str = "luas_km2",
             height: int = 520, width: int = 540, clickable: bool = False, label_size: int = maps.LABEL_SIZE):
    """The kecamatan map of one measure; the kecamatan filter highlights without changing the colour scale."""
    m = measures.COVERAGE_METRICS[measure]
    cov = coverage(data, s, area)
    values = metrics.metric_values(cov, measure)
    lang = s.lang
    # A kecamatan vacant some months of the period says so under its value, as the ranking beside the map does.
    part = cov.loc[(cov["bulan_kosong"] > 0) & (cov["status_periode"] != "kosong")]
    notes = {k: t("gap_tiny", lang, n=int(n)) for k, n in zip(part["kode_kec"], part["bulan_kosong"])}
    if m.kind in metrics.LOG_KINDS:  # and a log figure resting on part of the log, as the ranking says
        short = cov.loc[(cov["bulan_tanpa_log_sendiri"] > 0) & cov[measure].notna()]
        for k, n in zip(short["kode_kec"], short["bulan_tanpa_log_sendiri"]):
            word = t("log_missing_tiny", lang, n=int(n))
            notes[k] = f"{notes[k]}; {word}" if k in notes else word
    # Every area without a figure has a TKSK and no log yet: the key says so ("Tidak ada data" over ten staffed
    # kecamatan read as nothing known of them; ux21).
    # A figure the ranking leaves unranked (its log came in for under two thirds of the months) is not coloured on
    # the ranked scale either: grey with its months said (review of 2026-12-06).
    partial = values["log_sebagian"].astype(bool)
    values = values.assign(nilai=values["nilai"].where(~partial))
    gaps = set(values.loc[values["nilai"].isna() & ~values["kosong"].astype(bool), "kode_kec"])
    no_log, part = set(cov.loc[cov["tanpa_log"].astype(bool), "kode_kec"]), set(values.loc[partial, "kode_kec"])
    gap_label = t("gap" if not gaps or not gaps <= no_log | part else "no_log_yet_active" if gaps <= no_log
                  else "log_partial_key" if gaps <= part else "no_log_or_partial_key", lang)
    layer = display_layer(data, "kecamatan")
    # The polygons' part of the map, once per build and size: only the values change with the period.
    drawn = data.derived(("map_outline", "kecamatan", height, width, clickable, label_size), lambda: maps.outline(
        layer, "kode_kec", "nama_kec", height=height, width=width, clickable=clickable, label_size=label_size))
    return maps.area_map(layer, "kode_kec", "nama_kec", values, notes=notes, drawn=drawn,
                         value_label=t(f"metric:{measure}", lang), lang=lang, decimals=m.decimals,
                         higher_is_worse=m.higher_is_worse, vacant_label=t("vacant", lang), gap_label=gap_label,
                         selected=selected, highlight=s.kecamatan, height=height, width=width, clickable=clickable,
                         label_size=label_size)


def area_note(lang: str, area: str) -> str:
    """Which area "km² per TKSK" divides, and why the computed one is the default."""
    return t("area_note", lang, area=t(AREA_LABELS[area], lang))


def export(data: Data, s: Settings, area: str = "luas_km2") -> Table:
    """Every coverage figure per kecamatan, for download."""
    cov = coverage(data, s, area)
    # The kecamatan the page shows (the sidebar's filter, as Beban's and Data's files), and whether its log figures
    # are compared: sorted in a spreadsheet, a kecamatan that sent six of twelve months read as the second best
    # served, the "not compared" of the page lost (audit of 2026-12-06).
    cov = only(cov.assign(log_sebagian=metrics.partial_log(cov)), s.kecamatan)
    # Whether the post is an assumption (no roster names it): "Aktif, 1 pos, 0 bulan tanpa TKSK" read as a fact in
    # the file of a first, partial roster (walk-through of 2026-12-06).
    cols = ["kode_kec", "nama_kec", "status", "pos_akhir", "pos_asumsi", "bulan_pos", "bulan_aktif", "bulan_kosong",
            "bulan_tanpa_log", "log_sebagian", *[k for k in measures.COVERAGE_METRICS if k != "bulan_kosong"]]
    # The file's status is the post's at the period's end, said so: "Aktif" beside the screen's "6 bln kosong" read as
    # the same column disagreeing (walk-through of 2026-12-06).
    frame = cov[cols].assign(status=[code("post_status", v, s.lang) for v in cov["status"]]).rename(columns={
        "status": t("status_period_end", s.lang), "log_sebagian": t("log_partial_column", s.lang),
                                      **{k: t(f"metric:{k}", s.lang) for k in measures.COVERAGE_METRICS}})
    # Each measure's formula goes with the file: per 1.000 KK divides by every month of the period, per TKSK by the
    # staffed ones only, and the file said neither (res21).
    method = "\n".join(f"{t(f'metric:{k}', s.lang)}: {t(f'metric_explain:{k}', s.lang)}" for k in measures.COVERAGE_METRICS)
    return Table(frame, "cakupan_kecamatan", sources=coverage_sources(area), method=method)


def coverage_sources(area: str) -> tuple[str, ...]:
    """The reference sources under every coverage measure's base (``measure_sources``), the area they divide too."""
    return tuple(dict.fromkeys(i for m in measures.COVERAGE_METRICS for i in measure_sources(m, area)))


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


def people_note(visits: pd.DataFrame, lang: str) -> str:
    """Why a desa with activities has no people figure, said wherever its table is ("tidak ada data" beside 5
    activities read as missing data on Peta and Beban; only Kinerja said it)."""
    return t("people_facilitation_only", lang) if (visits["kegiatan"].gt(0) & visits["orang"].isna()).any() else ""


def desa_table(visits: pd.DataFrame, lang: str, stem: str = "") -> Table:
    """Each desa of a kecamatan with its activities and people served in the period."""
    frame = visits.drop(columns="dikunjungi").rename(columns={
        "kode_desa": t("column:kode_desa", lang), "nama_desa": t("column:nama_desa", lang),
        "jenis": t("column:jenis", lang), "jumlah_kk": t("column:jumlah_kk", lang),
        "kegiatan": t("activities", lang), "orang": t("people_served_long", lang)})
    return Table(frame, stem, headers={t("people_served_long", lang): t("people_served", lang)},
                 sources=("kemendagri_2025", "podes_2021"))


def median_table(cov: pd.DataFrame, kode_kec: str, lang: str, area: str = "luas_km2") -> Table:
    """Each measure of one kecamatan against the regency median, each in its own decimals; the area per TKSK
    says which area it divides (the ranking above may use the other)."""
    comparison = metrics.median_comparison(cov, kode_kec)
    dec = [measures.COVERAGE_METRICS[k].decimals for k in comparison["metrik"]]
    row = cov.set_index("kode_kec").loc[kode_kec]
    # A measure without a value: no TKSK in the period, or its log not in yet (then only the log's measures lack one).
    why = "vacant" if row["status_periode"] == "kosong" else "no_log_yet" if row.get("tanpa_log", False) else None
    frame = pd.DataFrame({
        t("metric", lang): [t(f"metric:{k}", lang) + (f" ({t(AREA_LABELS[area], lang)})" if k == "km2_per_tksk" else "")
                            for k in comparison["metrik"]],
        t("value", lang): numbers(comparison["nilai"], dec, lang),
        t("median", lang): numbers(comparison["median"], dec, lang),
        # A share's difference in points: "-0,2 %" of 84,8 % read as percentage points it was not.
        t("difference_pct", lang): [points_text(d, lang, why) if k.endswith("_persen") else difference_text(v, lang, why)
                                    for k, v, d in zip(comparison["metrik"], comparison["selisih_persen"],
                                                       comparison["selisih"])],
    })
    return Table(frame)


def points_text(diff, lang: str, gap: str | None) -> str:
    """'+3,1 poin' against the median of a share (percentage points)."""
    if fmt.is_gap(diff):
        return t(gap, lang) if gap else fmt.gap(lang)
    shown = fmt.rounded(diff, 1)
    return ("+" if shown > 0 else "") + t("points", lang, n=fmt.number(shown, 1, lang))


def desa_reach(data: Data, s: Settings, kode_kec: str) -> tuple[pd.DataFrame, str]:
    """Each desa of a kecamatan with its activities and people served in the period, and the desa none reached
    in words. Without a TKSK all period, or with one whose log is not in yet, no desa has a figure (a gap, not 0 and
    "not reached"), and the words say which."""
    row = coverage(data, s).set_index("kode_kec").loc[kode_kec]
    visits = metrics.desa_visits(data["desa"], data["agg_desa_bulan"], kode_kec, s.start, s.end)
    if row["bulan_pos"] <= 0 or row["tanpa_log"]:
        return (visits.assign(kegiatan=float("nan"), orang=float("nan")),
                t("vacant" if row["bulan_pos"] <= 0 else "desa_no_log", s.lang))
    missed = metrics.not_reached(visits)
    return visits, ", ".join(missed) if missed else t("all_reached", s.lang)


def detail(data: Data, s: Settings, kode_kec: str, area: str = "luas_km2") -> dict:
    """Everything the detail of one kecamatan shows: posts, vacancy, desa map and table, median comparison (the
    area per TKSK of the ``area`` chosen above it: the ranking showed 40,9 km² and the comparison 55,4)."""
    lang = s.lang
    cov = coverage(data, s, area)
    row = cov.set_index("kode_kec").loc[kode_kec]
    visits, reached = desa_reach(data, s, kode_kec)
    staffed = row["bulan_pos"] > 0
    geo = display_layer(data, "desa")
    desa_map = maps.area_map(geo.loc[geo["kode_kec"] == kode_kec], "kode_desa", "nama_desa",
                             metrics.desa_map_values(visits, staffed=staffed), value_label=t("activities", lang),
                             lang=lang, higher_is_worse=False, vacant_label=t("vacant", lang),
                             gap_label=t("gap", lang), zero_label=t("not_reached", lang), height=420, width=400)
    vacant = data.coverage_gaps(s.start, s.end)
    gap_months = next(iter(vacant.loc[vacant["kode_kec"] == kode_kec, "bulan"]), [])
    return {
        "posts": posts(data, s, kode_kec),
        "vacant": t("vacant_months", lang, n=int(row["bulan_kosong"]), m=int(row["jumlah_bulan"]),
                    months=months_text(gap_months, lang)) if row["bulan_kosong"] else None,
        "assumed": t("assumed_post", lang) if row["pos_asumsi"] else None,
        "desa_map": desa_map,
        "median": median_table(cov, kode_kec, lang, area),
        "desa": desa_table(visits, lang, f"desa_{kode_kec}"),
        "not_reached": reached,
        "caption": " ".join(x for x in (people_note(visits, lang), measure_caption(data, s, "desa_per_tksk")) if x),
    }

