"""Kemiskinan: the regency's poverty over time, among its province, and set against TKSK coverage."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from tksk import fmt, metrics, poverty
from tksk.present import charts
from tksk.present.common import LOG_SOURCES, Data, Settings, Table, caption, logs_label, period_label
from tksk.present.coverage import coverage, export
from tksk.text import t

INDICATORS = poverty.INDICATORS
POVERTY_SOURCES = ("kemiskinan_sumsel",)
LABELS = {"penduduk_miskin_ribu": "ind_penduduk_miskin_ribu", "p0_persen": "ind_p0_persen", "p1": "ind_p1",
          "p2": "ind_p2", "garis_kemiskinan_rp": "ind_garis_kemiskinan_rp"}
# The share of the population first: a ranking of head counts puts the most populous regencies at the top.
RANKED = ["p0_persen", "penduduk_miskin_ribu", "garis_kemiskinan_rp"]


def label(indicator: str, lang: str) -> str:
    return t(LABELS[indicator], lang)


def decimals(indicator: str) -> int:
    return 0 if indicator == "garis_kemiskinan_rp" else 2


def _labels(lang: str) -> dict:
    keys = {"derived": "flag_derived", "truncated": "flag_truncated", "split": "flag_split", "main": "series_main",
            "others": "series_others", "gap": "gap", "tahunan": "period_tahunan", "Maret": "period_Maret",
            "September": "period_September"}
    return {k: t(v, lang) for k, v in keys.items()}


def series(data: Data, s: Settings, kode_kab: str, indicator: str) -> dict:
    """One indicator's yearly series: the preferred source as a line with gaps, other sources beside it."""
    lang = s.lang
    best, others = poverty.series(data["kemiskinan"], kode_kab, indicator)
    fig = charts.poverty_line(best, others, value_label=label(indicator, lang), lang=lang,
                              decimals=decimals(indicator), labels=_labels(lang))
    years = sorted(best["tahun"].unique())
    table = pd.concat([best.assign(pilihan=True), others.assign(pilihan=False)], ignore_index=True).sort_values(
        ["tahun", "pilihan"], ascending=[True, False])
    # The value column named with its indicator and unit: a plain CSV's "Nilai" said neither (res21).
    named = {"nilai": label(indicator, lang)}
    return {"figure": fig, "table": Table(table, f"kemiskinan_{indicator}", logs=False, sources=POVERTY_SOURCES,
                                          span=_span(table["tahun"]), title=label(indicator, lang),
                                          export=table.rename(columns=named)),
            "only_some": t("only_some_years", lang, years=", ".join(str(y) for y in years)) if len(years) <= 3 else None,
            "caption": series_caption(best, others, lang) + " " + caption(data, s, POVERTY_SOURCES, logs=False)}


def _span(years) -> str:
    """A table's years for its file name: "2005-2025", or one year."""
    if not len(years):
        return ""
    first, last = int(min(years)), int(max(years))
    return str(first) if first == last else f"{first}-{last}"


def _years(years) -> str:
    """2005–2014, or one year as itself."""
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def series_caption(best: pd.DataFrame, others: pd.DataFrame, lang: str) -> str:
    """What a series' chart shows, from its rows: the years and the survey round of each run of years (annual
    tables until 2014, March since 2015, for the indicators that have both), the other sources and the marked
    figures only when the chart has them (a fixed text claimed 2004–2014 of a series that starts in 2025)."""
    if best.empty:
        return ""
    rounds = best.groupby("periode")["tahun"].agg(["min", "max"]).sort_values("min")

    def said_round(p: str) -> str:
        return t("poverty_caption_annual" if p == "tahunan" else f"period_{p}", lang)

    years = _years(best["tahun"])
    said = [t("poverty_caption_one", lang, years=years, period=said_round(rounds.index[0])) if len(rounds) == 1 else
            t("poverty_caption_years", lang, years=years, periods="; ".join(
                t("poverty_caption_period", lang, years=_years([r["min"], r["max"]]), period=said_round(p))
                for p, r in rounds.iterrows()))]
    if not others.empty:
        said.append(t("poverty_caption_others", lang))
    if pd.concat([best, others])[["turunan", "terpotong"]].fillna(False).astype(bool).any(axis=None):
        said.append(t("poverty_caption_flags", lang))
    return " ".join(said)


def ranking_years(data: Data, indicator: str) -> list[int]:
    """Years in which every kabupaten/kota has the indicator, latest first."""
    return poverty.complete_years(data["kemiskinan"], indicator)[::-1]


def ranking_year_index(years: list[int], s: Settings) -> int:
    """The year a ranking opens on: the last year of the period chosen in the sidebar where it has a ranking, else
    the latest (a period in 2024 opened the 2025 ranking)."""
    if s.period is not None:
        for y in range(s.end.year, s.start.year - 1, -1):
            if y in years:
                return years.index(y)
    return 0


def ranking(data: Data, s: Settings, kode_kab: str, indicator: str, year: int) -> dict:
    """Every kabupaten/kota of the province in one year, the store's own regency marked."""
    lang = s.lang
    ranked = poverty.ranking(data["kemiskinan"], year, indicator)
    marked = ranked.assign(nama_wilayah=[f"▶ {n}" if k == kode_kab else n
                                         for n, k in zip(ranked["nama_wilayah"], ranked["kode_wilayah"])])
    own = ranked.loc[ranked["kode_wilayah"] == kode_kab]
    fig = charts.bar_ranking(marked, "nama_wilayah", "nilai", value_label=label(indicator, lang), lang=lang,
                             decimals=decimals(indicator),
                             highlight=f"▶ {own['nama_wilayah'].iloc[0]}" if len(own) else None)
    # Its place said in words: a small mark among 17 bars left the reader to count.
    place = (t("ranking_place", lang, name=own["nama_wilayah"].iloc[0], rank=int(own["peringkat"].iloc[0]),
               n=len(ranked), value=fmt.number(own["nilai"].iloc[0], decimals(indicator), lang)) + " "
             if len(own) else "")
    # Titled by its measure and year, its rule said (the file read "Peringkat p0 persen" and no more: res34).
    return {"figure": fig, "table": Table(ranked, f"peringkat_{indicator}", logs=False, span=str(year),
                                          sources=POVERTY_SOURCES, export=ranked.rename(columns={"nilai": label(indicator, lang)}),
                                          title=f"{t('tab_rank', lang)}: {label(indicator, lang)} {year}",
                                          method=t("ranking_caption", lang, year=year)),
            "truncated": t("truncated_caveat", lang) if ranked["terpotong"].any() else None,
            "caption": place + t("ranking_caption", lang, year=year) + " "
                       + caption(data, s, POVERTY_SOURCES, logs=False)}


def poor_per_tksk(data: Data, s: Settings, kode_kab: str) -> dict:
    """Poor people per active TKSK by year, in the years the post roster covers (figure None without a roster)."""
    lang = s.lang
    k = data["kecamatan"]
    by_month = data["pos_bulan"]
    if data.log_mode == "none":
        # Before the first log: the posts Beranda and Perencanaan count (the roster over the twelve months up to the
        # build, one post assumed where it names none, said below), not a refusal beside their "16 TKSK".
        from tksk.present import planner

        by_month = planner.posts(data, planner.without_logs(data, s))
    posts = metrics.average_posts_by_year(by_month, k.loc[k["kode_kab"] == kode_kab, "kode_kec"])
    if posts.empty:
        return {"figure": None, "caption": t("poor_per_tksk_no_roster" if data["roster"].empty else
                                             "poor_per_tksk_no_log", lang)}
    ppt = poverty.poor_per_tksk(data["kemiskinan"], kode_kab, posts)
    latest = _latest_bps_year(data, kode_kab)
    if ppt.empty:
        # The posts' years have no BPS figure yet (a log of 2026 before BPS publishes it): said, not an empty plot.
        # Only a year after BPS's latest is "not yet published"; one before the series or in a gap has none at all.
        later, gaps = _without_bps(posts.index, latest)
        if not gaps:
            return {"figure": None, "caption": t("poor_per_tksk_no_bps", lang, years=", ".join(map(str, later)),
                                                 latest=latest)}
        return {"figure": None, "caption": " ".join(filter(None, [_missing_years(later, gaps, latest, lang),
                                                                   t("poor_per_tksk_none", lang)]))}
    fig = charts.poverty_line(ppt, value_label=t("poor_per_tksk", lang), lang=lang, decimals=0, labels=_labels(lang))
    # Each year's average rests on the months the store has posts for (the log's months without a roster): said.
    kab_posts = by_month.loc[by_month["kode_kec"].isin(k.loc[k["kode_kab"] == kode_kab, "kode_kec"])]
    months = kab_posts.groupby(kab_posts["bulan"].dt.year)["bulan"].nunique()
    averages = ", ".join(t("poor_per_tksk_year", lang, year=y, posts=fmt.number(p, 1, lang), months=int(months[y]))
                         for y, p in posts.items())
    assumed = kab_posts.loc[kab_posts["pos_asumsi"], "kode_kec"].nunique()
    # The roster is cited without the sidebar's period: every year it covers is used.
    # The download: the year's figures and how the derived one is made, in the reader's language (the series'
    # own note and period are Indonesian words from the source table).
    export = pd.DataFrame({"tahun": ppt["tahun"], "penduduk_miskin_ribu": ppt["penduduk_miskin_ribu"],
                           "pos_aktif_rata": ppt["pos_aktif_rata"], "miskin_per_tksk": ppt["nilai"],
                           "sumber": ppt["sumber"]})
    # A year of posts BPS has no figure for (it publishes months after the year; or a year before its series or a
    # gap in it) is a gap with its reason, on the page and in the file: dropped, a 2024 period read 2023's figure as
    # its own (audit of 2026-12-06).
    unpublished = [int(y) for y in posts.index if int(y) not in set(ppt["tahun"].astype(int))]
    if unpublished:
        export = pd.concat([export, pd.DataFrame({"tahun": unpublished, "pos_aktif_rata": posts.loc[unpublished].to_numpy()})],
                           ignore_index=True).sort_values("tahun", ignore_index=True)
    missing = _missing_years(*_without_bps(unpublished, latest), latest, lang) if unpublished else None
    # One year is one figure: said as a number, not as a lone point in an empty chart (walk-through of 2026-12-06).
    single = ((t("poor_per_tksk_in", lang, year=int(ppt["tahun"].iloc[0])), fmt.number(ppt["nilai"].iloc[0], 0, lang))
              if len(ppt) == 1 else None)
    return {"figure": fig, "single": single, "missing": missing,
            "table": Table(export, "penduduk_miskin_per_tksk", span=_span(export["tahun"]),
                                          decimals={"penduduk_miskin_ribu": 2, "pos_aktif_rata": 2, "miskin_per_tksk": 0},
                                          title=t("poor_per_tksk", lang), method=t("poor_per_tksk_method", lang),
                                          sources=POVERTY_SOURCES + LOG_SOURCES),
            "caption": t("poor_per_tksk_caption", lang, posts=averages) + " "
                       + (t("poor_per_tksk_assumed", lang, n=assumed, total=kab_posts["kode_kec"].nunique()) + " "
                          if assumed else "")
                       + caption(data, s, POVERTY_SOURCES + LOG_SOURCES, logs=False)}


def _latest_bps_year(data: Data, kode_kab: str) -> int | None:
    """The latest year of BPS's poor people series for the regency (any year it gives a figure), or None."""
    best, _ = poverty.series(data["kemiskinan"], kode_kab, "penduduk_miskin_ribu")
    years = best.loc[best["nilai"].notna(), "tahun"]
    return int(years.max()) if len(years) else None


def _without_bps(years, latest: int | None) -> tuple[list[int], list[int]]:
    """Years without a BPS figure as (after BPS's latest year: not yet published; the others: before the series or
    a gap in it, for which BPS has no figure; every year when there is no series at all)."""
    years = [int(y) for y in years]
    later = [y for y in years if latest is not None and y > latest]
    return later, [y for y in years if y not in later]


def _missing_years(later: list[int], gaps: list[int], latest: int | None, lang: str) -> str | None:
    """What the page says of the years without a BPS figure (review rev28 #7: "not yet published" was said of a year
    before the series or in a gap too): only a year after the latest is not yet published."""
    said = []
    if later:
        said.append(t("poor_per_tksk_unpublished", lang, years=", ".join(map(str, later)), latest=latest))
    if gaps:
        said.append(t("poor_per_tksk_no_bps_year", lang, years=", ".join(map(str, gaps))))
    return " ".join(said) or None


def need_vs_capacity(data: Data, s: Settings) -> dict:
    """Families per TKSK (structural need) against people served per TKSK per month (logged work)."""
    lang = s.lang
    cov = coverage(data, s)
    fig = charts.need_vs_capacity(cov, "kk_per_tksk", "orang_per_bulan", "nama_kec",
                                  x_label=t("metric:kk_per_tksk", lang), y_label=t("metric:orang_per_bulan", lang),
                                  lang=lang)
    # A point whose name would cover another's is drawn without it: named here, as the maps do.
    points = fig.data[0]
    left = [n for n, shown in zip(points.customdata if points.customdata is not None else (), points.text or ())
            if not shown]
    unlabelled = t("chart_unlabelled", lang, names=", ".join(left))
    # The medians are the drawn kecamatan's: said, with those not drawn (no log, or no TKSK), whose absence read as a
    # median of the regency's sixteen (ux21).
    drawn = cov.dropna(subset=["kk_per_tksk", "orang_per_bulan"])
    missing = cov.loc[~cov.index.isin(drawn.index), "nama_kec"].tolist()
    absent = (t("need_capacity_absent", lang, n=len(drawn), names=", ".join(missing)) + " ") if missing else ""
    return {"figure": fig, "table": replace(export(data, s), stem="kebutuhan_dan_layanan"),
            "caption": t("need_capacity_caption", lang, logs=logs_label(data, lang), period=period_label(s)) + " "
                       + absent + (unlabelled + " " if left else "") + caption(data, s, ("podes_2021",))}
