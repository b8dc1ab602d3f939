"""Beban Kerja: how loaded each TKSK is, against the median, by function, over time, and in hours."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tksk import fmt, measures, metrics, wisn
from tksk.present import charts
from tksk.present.common import Data, Settings, Table, caption, difference_text, only, unlogged_note
from tksk.present.coverage import coverage, desa_reach, desa_table, measure_caption, measure_sources, people_note
from tksk.text import code, t

MEASURES = list(measures.WORKLOAD_METRICS)
BREAKDOWNS = {"fungsi": "by_fungsi", "program": "by_program", "kategori_ppks": "by_kategori_ppks"}
# The namespace of the codes each breakdown groups by.
BREAKDOWN_CODES = {"fungsi": "function", "program": "programme", "kategori_ppks": "ppks"}
TREND_VALUES = {"orang": "orang_per_bulan", "kk": "kk_per_bulan", "kegiatan": "kegiatan_per_bulan",
                "jam": "jam_per_bulan", "kasus_ppks": "kasus_per_tksk"}
POSITIONS = {"di atas median": "above_short", "di bawah median": "below_short", "sama dengan median": "at_median",
             "tidak ada data": "vacant"}


def ranking(data: Data, s: Settings, measure: str, area: str = "luas_km2") -> dict:
    """One load measure per kecamatan against the regency median: bar chart, table and caption. ``area``: the
    area "km² per TKSK" divides (``coverage.AREAS``), as chosen on Peta Cakupan."""
    lang, m = s.lang, measures.WORKLOAD_METRICS[measure]
    cov = coverage(data, s, area)
    vm = metrics.workload_vs_median(cov, measure)
    shown = only(vm, s.kecamatan)
    fig = charts.bar_ranking(shown, "nama_kec", "nilai", value_label=t(f"metric:{measure}", lang), lang=lang,
                             decimals=m.decimals, vacant_col="kosong", vacant_label=t("vacant", lang),
                             median=vm["median"].iloc[0])
    # Vacant posts first (no TKSK at all), then the values, then kecamatan whose log is not in yet (no figure).
    d = shown.assign(_order=np.select([shown["kosong"], shown["tanpa_log"]], [0, 2], 1)).sort_values(
        ["_order", "nilai"], ascending=[True, False], na_position="last", kind="stable")
    # No figure with a TKSK in post and the log in: the measure's base is missing from the reference data.
    why = ["vacant" if k else "no_log_yet" if n else "no_reference" if pd.isna(v) else None
           for k, n, v in zip(d["kosong"], d["tanpa_log"], d["nilai"])]
    position = [t(w, lang) if w else t(POSITIONS[p], lang) for p, w in zip(d["posisi"], why)]
    # A load per TKSK over the staffed months only: a kecamatan with months without one, or none at the period's end,
    # says so beside it, as Peta does (its "TKSK" carried 13.318 families while the post stood empty).
    by_code = cov.set_index("kode_kec")
    status = []
    for k, w in zip(d["kode_kec"], why):
        row = by_code.loc[k]
        parts = [] if w else ([t("gap_tiny", lang, n=int(row["bulan_kosong"]))] if row["bulan_kosong"] else []) + (
            [t("vacant_at_end", lang)] if row["status"] == "kosong" else [])
        status.append("; ".join(parts))
    frame = pd.DataFrame({
        "Kecamatan": d["nama_kec"],
        t("value", lang): [t("vacant", lang) if k else fmt.number(v, m.decimals, lang) for v, k in zip(d["nilai"], d["kosong"])],
        t("difference_pct", lang): [difference_text(v, lang, w) for v, w in zip(d["selisih_persen"], why)],
    })  # no "Posisi" on screen: the sign of the difference says it, and the column pushed the status off at 1024 px
    if any(status):
        frame[t("status", lang)] = status
    # The download holds numbers (a reader's "11.008" is eleven to most software), named with the measure.
    label = t(f"metric:{measure}", lang)
    export = pd.DataFrame({
        "kode_kec": d["kode_kec"], "Kecamatan": d["nama_kec"], label: d["nilai"],
        f"{t('median', lang)} ({label})": d["median"], t("difference_pct", lang): d["selisih_persen"],
        t("position", lang): position,
        # The screen's status, its months without a TKSK among it, and those months as a number: a load "per TKSK" over
        # six staffed months of twelve read as a year's in a file whose status column was empty (res34).
        t("status", lang): [t(w, lang) if w else st_ for w, st_ in zip(why, status)],
        t("column:bulan_kosong", lang): d["kode_kec"].map(by_code["bulan_kosong"]).to_numpy()})
    return {"figure": fig, "table": Table(frame, f"beban_{measure}", export=export, sources=measure_sources(measure, area),
                                          method=t(f"metric_explain:{measure}", lang)),
            "explain": t(f"metric_explain:{measure}", lang),
            "caption": measure_caption(data, s, measure, area)}


def breakdown(data: Data, s: Settings, by: str, scope: str | None) -> dict:
    """Activities and hours by function, programme or PPKS category, for the regency or one kecamatan."""
    lang = s.lang
    bd = metrics.breakdown(data["agg_kegiatan"], by, s.start, s.end, scope)
    # A blank programme is work for no programme in particular (the column is "if any"); a blank category of a
    # facilitation is one not filled in.
    blank = t("no_programme" if by == "program" else "not_filled", lang)
    bd = bd.assign(label=[blank if c == metrics.NOT_FILLED else code(BREAKDOWN_CODES[by], c, lang) for c in bd["kode"]])
    return {"activities": charts.share_bars(bd, "label", "kegiatan", value_label=t("activities", lang), lang=lang),
            "hours": charts.share_bars(bd, "label", "jam", value_label=t("hours_logged", lang), lang=lang, decimals=0,
                                       color="#756bb1"),
            # The name first, under the breakdown's own title, and the count called one: "administrasi | 947" read
            # as a name and a number, the name's label last.
            # Services, not people: 229.082 "families served" in a regency of 122.973 families read as people (res34).
            "table": Table(bd, f"rincian_{by}", export=bd[["label"] + [c for c in bd if c not in ("label", "kode")]
                                                           + ["kode"]].rename(columns={"label": by,
                                                                                      "kegiatan": "jumlah_kegiatan"}),
                           title=f"{t('breakdown_title', lang)}: {t(BREAKDOWNS[by], lang)}",
                           method=t("breakdown_method", lang)),
            "caption": (t("ppks_cases_only", lang) + " " if by == "kategori_ppks" else "")
                       + t("breakdown_people_in_download", lang) + " "
                       + (t("people_facilitation_only", lang) + " " if by == "fungsi" else "") + caption(data, s)}


def trend_label(value: str, lang: str) -> str:
    return t(f"metric:{TREND_VALUES[value]}", lang)


def trend(data: Data, s: Settings, kode_kec: str, value: str) -> dict:
    """One kecamatan's monthly figure per active TKSK, with the Sembako round months shaded."""
    lang = s.lang
    tr = metrics.monthly_trend(data["agg_kec_bulan"], data["pos_bulan"], kode_kec, s.start, s.end, value,
                               data.without_log(s.start, s.end))
    rounds = metrics.distribution_months(data["agg_kegiatan"], s.start, s.end)
    fig = charts.month_trend(tr, "per_tksk", value_label=trend_label(value, lang), lang=lang, shade_months=rounds,
                             shade_label=t("sembako_rounds", lang), vacant_label=t("vacant", lang))
    export = pd.DataFrame({"bulan": tr["bulan"].dt.strftime("%Y-%m"), "pos_aktif": tr["pos_aktif"], value: tr[value],
                           trend_label(value, lang): tr["per_tksk"],
                           t("status", lang): [t("vacant", lang) if v else t("no_log_month", lang) if n else
                                               t("no_log_kec_month", lang) if k else ""
                                               for v, n, k in zip(tr["kosong"], tr["tanpa_log"], tr["tanpa_log_kec"])]})
    gone = [fmt.month_short(m, lang) for m in tr.loc[tr["tanpa_log"] & ~tr["kosong"], "bulan"]]
    missing = " " + t("no_log_months_note", lang, months=", ".join(gone)) if gone else ""
    if len(own := tr.loc[tr["tanpa_log_kec"], "bulan"]):
        missing += " " + t("no_log_kec_months_note", lang, months=", ".join(fmt.month_short(m, lang) for m in own))
    # Not one month with a figure: said in place of a chart of empty axes (0 to 4, a legend for a line not drawn; ux21).
    name = data.names().get(kode_kec, kode_kec)
    empty = (None if tr["per_tksk"].notna().any() else t("trend_all_vacant", lang, name=name) if tr["kosong"].all()
             else t("trend_no_log", lang, name=name))
    # Without a chart, no word of its bands: only the months' note and the sources.
    return {"figure": fig, "table": Table(export, f"tren_{kode_kec}"), "empty": empty,
            "caption": ((missing.strip() + " ") if empty else " ".join(
                [t("trend_caption", lang)] + ([t("trend_band_vacant", lang)] if tr["kosong"].any() else [])
                + ([t("trend_band_rounds", lang)] if len(rounds) else [])) + missing + " ") + caption(data, s)}


INCOMPLETE_BELOW = 90.0  # % of complete log rows under which a kecamatan's logged hours are called likely too low
# A civil servant's effective working month (ABK Kes: 1.113 hours a year ÷ 12, about 93 hours): logged hours above it
# are more than a full-time job, which is either real overwork or slips in the hours (a day's hours on every row,
# minutes typed as hours). A share of the planner's part-time month cannot tell the two apart: 60 activities of
# 2,4 hours are 269 % of 53 hours and all plausible. The hours per activity beside each name let the reader judge.
FULL_TIME_MONTH = wisn.PRESETS["abk_kes"][0].hours / wisn.MONTHS_PER_YEAR


def hours(data: Data, s: Settings, available: float, refused: bool = False) -> dict:
    """Hours logged per TKSK-month as a share of the hours available in a month: ``available`` is the planner's
    available working time ÷ 12 (tksk.wisn.monthly_hours), the one capacity every page compares work with;
    ``refused``: the planner refuses its working time and ``available`` is the default's, which the caption says."""
    lang = s.lang
    cov = coverage(data, s)
    hs = only(metrics.hours_share(cov, available), s.kecamatan)
    # A bar without a share is a vacant post or a log not in yet: named for what it is (all were "vacant", which
    # three pages then told three ways).
    missing = hs["persen_waktu"].isna()
    vacant = hs["kode_kec"].map(dict(zip(cov["kode_kec"], cov["status_periode"].eq("kosong")))).fillna(False).astype(bool)
    # A kecamatan with a log whose rows all left their hours blank has no share either (its hours are a gap).
    logged = hs["kode_kec"].map(dict(zip(cov["kode_kec"], ~cov["tanpa_log"]))).fillna(False).astype(bool)
    blank = missing & ~vacant & logged
    label = ("hours_blank" if blank.any() and not (missing & ~blank).any() else
             "vacant_no_log_or_blank" if blank.any() else
             "vacant" if (vacant | ~missing).all() else "no_log_yet" if not (missing & vacant).any() else
             "vacant_or_no_log")
    fig = charts.bar_ranking(hs.assign(kosong=missing), "nama_kec", "persen_waktu",
                             value_label=t("hours_share", lang), lang=lang, decimals=0, vacant_col="kosong",
                             vacant_label=t(label, lang), reference=(100.0, "100 %"))
    # Hours left blank count as none: beside each share, how complete the kecamatan's rows are (hours among the
    # fields a complete row has), and the kecamatan whose share is most likely too low named under the chart.
    kl = metrics.in_period(data["kelengkapan_log"], s.start, s.end).groupby("kode_kec")[["baris", "baris_lengkap"]].sum()
    complete = (100 * kl["baris_lengkap"] / kl["baris"].where(kl["baris"] > 0)).reindex(hs["kode_kec"]).to_numpy()
    hs = hs.assign(baris_lengkap_persen=complete)

    def named(rows: pd.DataFrame, column: str) -> str:  # "Kandis (70 %), …", in the order given
        return ", ".join(f"{name} ({fmt.percent(v, 0, lang)})" for name, v in zip(rows["nama_kec"], rows[column]))

    per_activity = (cov["jam"] / cov["kegiatan"].where(cov["kegiatan"] > 0)).set_axis(cov["kode_kec"])

    def named_hours(rows: pd.DataFrame) -> str:  # "Pemulutan (143 jam, 2,4 jam per kegiatan), …"
        return ", ".join(t("hours_named", lang, name=name, hours=fmt.number(h, 0, lang),
                           per=fmt.number(per_activity.get(k), 1, lang))
                         for name, h, k in zip(rows["nama_kec"], rows["jam_per_bulan"], rows["kode_kec"]))

    thin = hs.loc[hs["baris_lengkap_persen"] < INCOMPLETE_BELOW].sort_values("baris_lengkap_persen")
    # Above the line within a full-time month: more work than the planner's assumption holds, which the reader is told.
    over = hs.loc[(hs["persen_waktu"] > 100) & (hs["jam_per_bulan"] <= FULL_TIME_MONTH)].sort_values(
        "persen_waktu", ascending=False)
    high = hs.loc[hs["jam_per_bulan"] > FULL_TIME_MONTH].sort_values("jam_per_bulan", ascending=False)
    notes = [t("hours_incomplete", lang, share=fmt.number(INCOMPLETE_BELOW, 0, lang),
               names=named(thin, "baris_lengkap_persen")) if len(thin) else "",
             t("hours_over_available", lang, names=named(over, "persen_waktu")) if len(over) else "",
             t("hours_beyond_full_time", lang, month=fmt.number(FULL_TIME_MONTH, 0, lang),
               names=named_hours(high)) if len(high) else ""]
    notes.append(unlogged_note(data, s, "unlogged_rates") or "")
    note = " ".join(n for n in notes if n)
    said = (t("hours_available", lang) + " " + t("capacity_caption_refused" if refused else "capacity_caption", lang,
                                                 month=fmt.number_short(available, 1, lang),
                                                 hours=fmt.number(available * wisn.MONTHS_PER_YEAR, 0, lang))
            + " " + t("hours_vs_planner", lang))
    # The file says what its percentage is of (a planner's setting) and which hours it leaves out, as the screen does.
    return {"figure": fig, "table": Table(hs, "jam_tercatat", title=t("hours_title", lang), method=said),
            "sources": caption(data, s), "available": said,
            "incomplete": note}


def desa(data: Data, s: Settings, kode_kec: str) -> dict:
    """The desa of one kecamatan with the activities each had in the period, and those none reached."""
    visits, reached = desa_reach(data, s, kode_kec)
    return {"table": desa_table(visits, s.lang, f"desa_{kode_kec}"), "not_reached": reached,
            "sources": " ".join(x for x in (people_note(visits, s.lang), caption(data, s, ("kemendagri_2025", "podes_2021")))
                                if x)}
