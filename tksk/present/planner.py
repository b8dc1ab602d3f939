"""Perencanaan: how many TKSK each kecamatan needs (WHO WISN), the answer first, then the table and map; the
comparisons, the placing of posts, the uncertainty and the assumptions are in tksk.present.planner_detail."""

from __future__ import annotations

import base64
import html
from dataclasses import replace

import numpy as np
import pandas as pd

from tksk import annual, fmt, metrics, need, planning, poverty, scenario, schema, uncertainty, wisn
from tksk.need import CASES_SHARE_OF_FAMILIES, RATES
from tksk.present import brief, maps
from tksk.present.common import (MONTHS_LEFT_OUT_NAMED, Data, Settings, Table, caption, logs_label,  # noqa: F401
                                 months_left_out_items, period_label)
from tksk.present.coverage import display_layer
from tksk.present.data import with_code
from tksk.text import files, t

SCENARIOS = {"sekarang": "scen_now", "satu_per_kecamatan": "scen_one", "per_penduduk": "scen_pop",
             "per_desa": "scen_desa", "wisn": "scen_wisn"}
SOURCE_LABELS = {"log": "src_log", "perkiraan": "src_est", "kebutuhan": "src_need"}
BASIS_LABELS = {"maks": "basis_maks", "kebutuhan": "basis_kebutuhan", "log": "basis_log"}
BRIEF_SOURCES = ("kemendagri_2025", "penduduk_desa_sp2010", "perkiraan_dashboard", "podes_2021", "kemiskinan_sumsel",
                 "batas_desa", "kebutuhan_dinas")


def kebutuhan(data: Data) -> pd.DataFrame | None:
    """The Dinas's counts per kecamatan and year (schema.KebutuhanRow), when the store holds them."""
    try:
        return data["kebutuhan"]
    except FileNotFoundError:
        return None


def poor_counts(data: Data, s: Settings) -> dict[str, tuple[float, int | None]]:
    """Poor people per regency and the year of the count: BPS, the latest year up to the period's end (the Dinas's
    own counts are the period's year too); each regency's count spreads over its own kecamatan. Once per build and
    year of the period's end (callers must not change it): every period ending in that year has the same counts."""
    def make():
        out = {}
        for kode in sorted(data["kecamatan"]["kode_kab"].unique()):
            thousands, year = poverty.as_of(data["kemiskinan"], kode, "penduduk_miskin_ribu", end_year)
            out[kode] = (thousands * 1000, year)
        return out

    end_year = pd.Timestamp(s.end).year
    return data.derived(("poor_counts", end_year), make)


def poor(data: Data, s: Settings) -> dict[str, float]:
    return {kode: value for kode, (value, _) in poor_counts(data, s).items()}


def regency_population(data: Data) -> dict[str, float]:
    """Each regency's latest published population, the whole its kecamatan's poor people are a share of."""
    latest = need.latest_regency_population(data["penduduk"])
    return dict(zip(latest["kode_wilayah"].astype("str"), latest["penduduk"].astype(float)))


def poor_note(data: Data, s: Settings) -> str:
    """Which BPS year the plan's poor people are ("penduduk miskin BPS 2024: 55.490 jiwa"), said beside its sources:
    the rate's text said "the latest year" without the number."""
    counts = [(v, y) for v, y in poor_counts(data, s).values() if y is not None]
    if not counts:
        return ""
    years = sorted({y for _, y in counts})
    if len(counts) == 1:
        return t("planner_poor_year", s.lang, year=years[0], n=fmt.number(counts[0][0], 0, s.lang))
    return t("planner_poor_years", s.lang, years=", ".join(str(y) for y in years))


def without_logs(data: Data, s: Settings) -> Settings:
    """The planner's period in a store without any log (the first day of real use, before the first import): the
    twelve months up to the store's build (the roster's posts of that month are today's). The plan then rests
    on the reference data alone (the need-based workload), and the page says so."""
    end = pd.Timestamp(data.manifest["built_at"]).tz_localize(None).to_period("M").to_timestamp()
    return replace(s, start=end - pd.DateOffset(months=11), end=end)


def posts(data: Data, s: Settings) -> pd.DataFrame:
    """The posts by month the plan counts. A build expands the roster over the log's months only, so a store
    without logs has none: its plan expands the roster over the planner's period by the build's own rule (a post
    counts when its period covers the 15th; a kecamatan absent from the roster has one post by assumption,
    ``pos_asumsi``, and the page says so)."""
    pb = data["pos_bulan"]
    if data.log_mode != "none" or len(metrics.in_period(pb, s.start, s.end)):
        return pb
    from etl.aggregate import posts_by_month  # one rule for posts by month, the build's (only without logs)

    return data.derived(("planner_posts", s.start, s.end), lambda: posts_by_month(
        data["roster"], sorted(data["kecamatan"]["kode_kec"].astype("str")), pd.date_range(s.start, s.end, freq="MS")))


def _without_log(data: Data, s: Settings) -> pd.DataFrame:
    """Months of the period without any log in a regency. In a store without logs that is every month: none may
    be read as a month of zero work (the workload is then the need-based one)."""
    if data.log_mode != "none":
        return data.without_log(s.start, s.end)
    months = pd.date_range(s.start, s.end, freq="MS")
    kab = sorted(data["kecamatan"]["kode_kab"].astype("str").unique())
    return pd.DataFrame({"kode_kab": pd.Series(np.repeat(kab, len(months)), dtype="str"),
                         "bulan": np.tile(months, len(kab))})


def inputs(data: Data, s: Settings, min_active_months: int) -> planning.Inputs:
    """What the plan of the period rests on, read from the store once per build, period and threshold, however
    often the WISN settings change."""
    # The drivers (the year's counts) and the desa's distances are the same for every period ending in that year, and
    # for every period: kept apart, a new period computes only its own months.
    year = pd.Timestamp(s.end).year
    drivers = data.derived(("planner_drivers", year), lambda: planning.need_drivers(
        data["kecamatan"], poor(data, s), kebutuhan(data), year, regency_population(data)))
    km = data.derived(("desa_distance_km",), lambda: wisn.desa_distance_km(data["kecamatan"], data["desa"]))
    return data.derived(("planner_inputs", s.start, s.end, min_active_months), lambda: planning.prepare(
        data["kecamatan"], data["desa"], posts(data, s), data["agg_kegiatan"], poor(data, s), s.start, s.end,
        min_active_months, kebutuhan(data), _without_log(data, s), drivers=drivers, km=km,
        period_posts=period_posts(data, s)))


def period_posts(data: Data, s: Settings) -> pd.DataFrame:
    """``metrics.posts_in_period`` of the posts the plan counts (``posts``), once per period."""
    pb = posts(data, s)
    if pb is data["pos_bulan"]:
        return data.posts_in_period(s.start, s.end)
    return data.derived(("planner_period_posts", s.start, s.end), lambda: metrics.posts_in_period(pb, s.start, s.end))


def drivers(data: Data, s: Settings) -> pd.DataFrame:
    """The need-based drivers per kecamatan (they do not depend on the log)."""
    return inputs(data, s, wisn.Params().min_active_months).drivers


def plan(data: Data, s: Settings, params: wisn.Params, per_population: float, per_desa: float):
    """(per-kecamatan table, regency totals, scenarios) for the period."""
    inp = inputs(data, s, params.min_active_months)
    # Whether a kecamatan's TKSK today is an assumption (no roster names its post) goes with its row, so the download
    # says it: a first, partial roster read as sixteen staffed posts in the file (walk-through of 2026-12-06).
    table = planning.evaluate(inp, params)
    table = table.assign(pos_asumsi=table["kode_kec"].isin(assumed_kecamatan(data, s)))
    return table, wisn.totals(table), planning.scenarios(data["kecamatan"], table, inp.current, per_population, per_desa)


def uncertainty_of(data: Data, s: Settings, params: wisn.Params) -> dict:
    """Low / central / high totals and the tornado of the plan at these settings."""
    inp = inputs(data, s, params.min_active_months)
    return {"summary": uncertainty.summary(inp, params), "tornado": uncertainty.tornado(inp, params)}


def answer(data: Data, s: Settings, totals: dict, summary: dict, params: wisn.Params,
           table: pd.DataFrame | None = None) -> dict:
    """The page's first sentence with the range, how it was reached, and a note when the period is short. The need
    is counted in TKSK of the settings' working time (``params.awt``), named in the sentence: a TKSK works part time,
    and "full-time" would read as a civil servant's year."""
    basis = params.basis
    lang, n = s.lang, (lambda x: fmt.number(x, 0, s.lang))
    months = pd.date_range(s.start, s.end, freq="MS").size
    # Every draw on the same whole number (e.g. 24 hours a day): one figure, not "between 16 and 16".
    exact = summary["pos_rendah"] == summary["pos_tinggi"]
    # "The settings chosen" above a note that the defaults are used, or on settings nobody changed, misread.
    which = t("answer_which_default" if params == wisn.Params() else "answer_which_chosen", lang)
    now = brief.now_phrase(totals, lang)
    if data.log_mode == "none" and data["roster"].empty:
        now = t("answer_now_assumed", lang, now=now)  # no roster either: today's posts are an assumption
    # A store with a log, and a period without one row of it (months not imported yet): every basis falls back to
    # the need, and the answer said "workload basis: log" with a note that the log was annualised.
    logless = data.log_mode == "none" or not period_has_log(data, s)
    led = need_led(data, s, params, table) if basis == "maks" and not logless else None
    everywhere = led is not None and led["n"] == led["total"] > 0
    # Most kecamatan on the need, one or two on their log: the note said nothing at all, and a full year of log that
    # recorded 24,7 TKSK of work stood behind an answer of 52 posts without a word (walk-through of 2026-12-06).
    mostly = led is not None and not everywhere and led["n"] >= NEED_MOSTLY * led["total"]
    hours = fmt.number(params.awt.hours, 0, lang)
    workload = t("answer_workload", lang, posts=n(summary["pos_tengah"]), fte=fmt.number(totals["perlu"], 1, lang),
                 hours=hours)
    implausible = bool(implausible_time_note(params, lang) or support_notes(params, {}, lang))
    sentence = "answer_sentence_exact" if exact else "answer_sentence_implausible" if implausible else "answer_sentence"
    ranged = not (exact or implausible)
    return {"sentence": t(sentence, lang, region=data.region_name(), low=n(summary["pos_rendah"]), which=which,
                          high=n(summary["pos_tinggi"]), central=n(summary["pos_tengah"]), now=now,
                          half=_half(summary, lang), month=fmt.month(s.end, lang)),
            # The answer's number as the sentence writes it, for a page that sets it off ("39 pos TKSK").
            "figure": t("answer_figure", lang, posts=n(summary["pos_rendah"] if exact else summary["pos_tengah"])),
            "workload": workload,
            # Without logs every basis is the need (the log's workload is missing): said as such.
            # A range the answer gives is explained; one it withholds (an implausible setting) is said nowhere.
            "range": ranged,
            "how": " ".join([t("answer_hours", lang, hours=hours)]
                            + ([t("answer_range_how", lang, n=n(summary["draws"]))] if ranged else [])
                            + [t("answer_how", lang, basis=t(BASIS_LABELS[basis if not logless else "kebutuhan"], lang),
                                 period=period_label(s) if data.log_mode != "none" else t("planner_no_log_period", lang))])
            + (" " + t("planner_period_without_log", lang) if logless and data.log_mode != "none" else ""),
            "skew": skew_note(summary, lang) if ranged else None,
            "short": (short_period_note(data, months, lang) if months < 12 and basis != "kebutuhan" and not logless
                      and not everywhere else None),
            "need_everywhere": t("answer_need_everywhere", lang) if everywhere else t(
                "answer_need_mostly", lang, n=led["n"], total=led["total"], need=fmt.number(led["need"], 1, lang),
                log=fmt.number(led["log"], 1, lang)) if mostly else None,
            "assumed": assumed_posts_note(data, s), "counts": implausible_counts_note(data, s, params),
            "drivers": missing_drivers_note(data, s, params)}


NEED_MOSTLY = 3 / 4  # of the kecamatan on their need-based workload, from which the answer says it rests on it


def need_led(data: Data, s: Settings, params: wisn.Params, table: pd.DataFrame | None = None) -> dict:
    """How many kecamatan take their need-based workload (``n`` of ``total``), and the regency's workload in TKSK
    by need and by log (``need``, ``log``)."""
    if table is None:
        table = planning.evaluate(inputs(data, s, params.min_active_months), params)
    return {"n": int(table["sumber_beban"].eq("kebutuhan").sum()), "total": len(table),
            "need": float(table["perlu_kebutuhan"].sum()), "log": float(table["perlu_log"].sum())}


def need_everywhere(data: Data, s: Settings, params: wisn.Params, table: pd.DataFrame | None = None) -> bool:
    """Whether every kecamatan's requirement is its need-based one, the larger of the two on the "maks" basis;
    ``table``: the plan of these settings where the caller has it (a planner's widget change evaluated it twice)."""
    if table is None:
        table = planning.evaluate(inputs(data, s, params.min_active_months), params)
    return bool(len(table)) and bool(table["sumber_beban"].eq("kebutuhan").all())


def period_has_log(data: Data, s: Settings) -> bool:
    """Whether the chosen period holds any log row of the region shown."""
    a = data["agg_kec_bulan"]
    return bool(((a["bulan"] >= pd.Timestamp(s.start)) & (a["bulan"] <= pd.Timestamp(s.end))).any())


def _skewed(summary: dict, above: str, below: str, lang: str) -> str | None:
    """Text ``above`` (or ``below``) with the draws' median, where it is ``SKEW_POSTS`` or more posts from the
    settings' answer; None where it is not."""
    median, central = summary.get("pos_median", summary["pos_tengah"]), summary["pos_tengah"]
    if abs(median - central) < SKEW_POSTS:
        return None
    return t(above if median > central else below, lang, median=fmt.number(median, 0, lang))


def _half(summary: dict, lang: str) -> str:
    return _skewed(summary, "answer_half_above", "answer_half_below", lang) or ""


def skew_note(summary: dict, lang: str) -> str | None:
    """The settings low (or high) in their own range: half the draws need SKEW_POSTS more (or fewer) posts than the
    answer with the settings (43 beside 39), said rather than left to be asked."""
    return _skewed(summary, "answer_skew", "answer_skew_high", lang)


def short_period_note(data: Data, months: int, lang: str) -> str:
    """A period under a year: choose twelve months, or, where the log holds fewer, take the answer as a pointer."""
    log = data.manifest.get("log_period")
    available = pd.date_range(log[0], log[1], freq="MS").size if log else 0
    if available >= 12:
        return t("answer_short_period", lang, months=months)
    return t("answer_short_period_all", lang, months=months, available=available)


def implausible_counts_note(data: Data, s: Settings, params: wisn.Params) -> str | None:
    """The Dinas's counts the plan rests on that are worth a second look, beside the answer they move: household
    counts (DTSEN, PKH, Sembako) above the kecamatan's families, new PPKS cases above ``need.CASES_SHARE_OF_FAMILIES``
    of them (900.000 cases gave 8.930 posts without a word), and counts of 0, each of which removes its line's work
    from the kecamatan (a file of zeros took the need from 31 to 12 TKSK). The import let each in with a note."""
    drv = inputs(data, s, params.min_active_months).drivers
    names, lang, found = data.names(), s.lang, []
    n = lambda v: fmt.number(v, 0, lang)  # noqa: E731
    for column in schema.HOUSEHOLD_COUNTS:
        over = drv.loc[drv[column] > drv["jumlah_kk"]]
        label = t(f"column:{column}", lang)
        found += [t("counts_over_families_item", lang, kecamatan=names.get(k, k), count=label,
                    value=n(r[column]), kk=n(r["jumlah_kk"])) for k, r in over.iterrows()]
    if "kasus_ppks_baru" in drv:
        many = drv.loc[drv["kasus_ppks_baru"] > drv["jumlah_kk"] * CASES_SHARE_OF_FAMILIES]
        found += [t("counts_many_cases_item", lang, kecamatan=names.get(k, k), value=n(r["kasus_ppks_baru"]),
                    share=fmt.percent(100 * CASES_SHARE_OF_FAMILIES, 0, lang), kk=n(r["jumlah_kk"]))
                  for k, r in many.iterrows()]
    zeros = {k for c in (*schema.HOUSEHOLD_COUNTS, "kasus_ppks_baru") if c in drv for k in drv.index[drv[c].eq(0)]}
    if zeros:
        found.append(t("counts_zero_item", lang, n=len(zeros), items=", ".join(sorted(names.get(k, k) for k in zeros))))
    return t("counts_over_families", lang, items="; ".join(found)) if found else None


def _lower_first(label: str) -> str:
    return label[:1].lower() + label[1:]


def missing_drivers_note(data: Data, s: Settings, params: wisn.Params) -> str | None:
    """Kecamatan whose reference figures (families, poor people, desa, population) are missing: each such line counts
    as no work there (``need.line_units``), so their need is too low; said by name, never left as a silent zero."""
    from tksk.need import STRUCTURAL
    from tksk.present.planner_detail import driver_label

    drv = inputs(data, s, params.min_active_months).drivers
    lang, names = s.lang, data.names()
    columns = [c for c in STRUCTURAL if c in drv and c != "kecamatan"]
    gaps = drv[columns].isna()
    if not gaps.any().any():
        return None
    items = [f"{names.get(k, k)} ({', '.join(_lower_first(driver_label(c, lang).split(' (')[0]) for c in columns if row[c])})"
             for k, row in gaps.loc[gaps.any(axis=1)].iterrows()]
    return t("missing_drivers", lang, items="; ".join(items))


def assumed_kecamatan(data: Data, s: Settings) -> list[str]:
    """The kecamatan whose post in the period is one assumed (no roster names it), by code."""
    period = period_posts(data, s)
    return list(period.loc[period["pos_asumsi"].astype(bool), "kode_kec"])


def assumed_posts_note(data: Data, s: Settings) -> str | None:
    """Where no roster says who works where, "today" is one post per kecamatan by assumption: said, with the
    kecamatan, so that the count is not read as a fact."""
    assumed = assumed_kecamatan(data, s)
    if not assumed:
        return None
    names = data.names()
    # Every kecamatan: no list of all sixteen names.
    if data["roster"].empty and len(assumed) == len(period_posts(data, s)):
        return t("answer_all_assumed", s.lang, n=len(assumed))
    listed = ", ".join(sorted(names.get(k, k) for k in assumed))
    # A roster that names some kecamatan is in: the others are to be added to it, not "a roster" imported.
    return t("answer_assumed_posts" if data["roster"].empty else "answer_assumed_posts_some", s.lang, n=len(assumed),
             names=listed)


# A TKSK's available working time a year outside which an answer is more the setting's than the data's: a few days
# of an hour each (needs of millions of posts), or every hour of every day of a year. Said, not refused: a planner
# may try an extreme on purpose.
PLAUSIBLE_HOURS = (200.0, 2_500.0)


def implausible_time_note(params: wisn.Params, lang: str) -> str | None:
    hours = params.awt.hours
    low, high = PLAUSIBLE_HOURS
    if low <= hours <= high:
        return None
    return t("awt_implausible", lang, hours=fmt.number(hours, 0, lang), low=fmt.number(low, 0, lang),
             high=fmt.number(high, 0, lang))


# The draws' median this many posts above the settings' answer: the settings sit low in their range, said.
SKEW_POSTS = 2


# Support activities (CAS) above this share of working time: a typo (90 for 9,0) more likely than a plan.
PLAUSIBLE_CAS = 40.0
# Travel between walking and a motorbike on village roads (the default 30 km/h is a motorbike): 1 km/h, which the
# input takes, gave 195 posts and a range around them with no word (res21).
PLAUSIBLE_SPEED = (4.0, 80.0)
# Beyond these a zero too many or too few is likelier than a policy. A month's allowance (tali asih) a district
# pays a TKSK: Rp 250-700 thousand in the news, Rp 1 million in Ogan Ilir (DOMAIN.md). Desa per TKSK: Ogan Ilir's
# kecamatan hold 10 to 25 each, one TKSK apiece today. People per TKSK: its kecamatan hold about 10.000 to 60.000.
PLAUSIBLE = {"tali_asih": (100_000.0, 5_000_000.0, "tali_asih_implausible"),
             "per_desa": (4.0, 40.0, "per_desa_implausible"), "per_penduduk": (5_000.0, 150_000.0, "per_penduduk_implausible")}


def rule_note(key: str, value: float, lang: str) -> str | None:
    """Said under a rule's number typed (``PLAUSIBLE``): Rp 20.000.000 a month turned the yearly cost into Rp 3,84 M,
    and one TKSK per desa into 241 posts, without a word."""
    low, high, said = PLAUSIBLE[key]
    if low <= value <= high:
        return None
    return t(said, lang, value=fmt.number(value, 0 if value >= 100 or value % 1 == 0 else 1, lang),
             low=fmt.number(low, 0, lang), high=fmt.number(high, 0, lang))


def support_notes(params: wisn.Params, names: dict, lang: str) -> list[str]:
    """Support activities or a kecamatan's additional tasks beyond what a TKSK's year holds: said beside the answer
    they move, as the working time is (``implausible_time_note``). CAS 99 % read "between 90 and 2.821 posts" with
    no word."""
    out = []
    if (cas := sum(params.cas.values())) > PLAUSIBLE_CAS:
        out.append(t("cas_implausible", lang, cas=fmt.number(cas, 1, lang), limit=fmt.number(PLAUSIBLE_CAS, 0, lang)))
    low, high = PLAUSIBLE_SPEED
    if not low <= (speed := params.travel.speed_kmh) <= high:
        out.append(t("speed_implausible", lang, speed=fmt.number(speed, 0 if speed % 1 == 0 else 1, lang),
                     low=fmt.number(low, 0, lang), high=fmt.number(high, 0, lang)))
    over = {k: h for k, h in params.ias.items() if h > params.awt.hours}
    if over:
        items = ", ".join(f"{names.get(k, k)} {fmt.number(h, 0, lang)} {t('hours_unit', lang)}" for k, h in over.items())
        out.append(t("ias_implausible", lang, items=items, hours=fmt.number(params.awt.hours, 0, lang)))
    return out


def months_left_out_note(table: pd.DataFrame, lang: str) -> str | None:
    """The kecamatan whose staffed months without a log row were left out of their year (``annual_workload``), with
    how many: a planner must see that a year rests on fewer months, not read it as idleness or miss it."""
    if "bulan_tanpa_log" not in table:
        return None
    # Only where the kecamatan's own log is its workload (an estimated one's year is not annualised from its log).
    own = table["sumber_log"].eq("log") if "sumber_log" in table else table["ada_log"].astype(bool)
    gone = table.loc[(table["bulan_tanpa_log"] > 0) & own].sort_values(["bulan_tanpa_log", "nama_kec"],
                                                                         ascending=[False, True])
    if gone.empty:
        return None
    # The planner's bulan_aktif are the months it counted: the staffed months are both.
    gone = gone.assign(bulan_aktif=gone["bulan_tanpa_log"] + gone["bulan_aktif"])
    return t("months_left_out", lang, items=months_left_out_items(gone, lang))


def caveats(data: Data, s: Settings, params: wisn.Params, said: dict, table: pd.DataFrame) -> list[tuple[str, str]]:
    """Every note the answer carries, in the page's order, each with its kind: "setting" (a setting outside what a
    year holds, a warning above the answer), "warning", "note" or "detail" (under it; a detail not on Beranda). The page, the brief and Beranda say
    the same: the brief dropped them all, and Beranda gave a one-month answer with no word."""
    lang = s.lang
    out = [(note, "setting") for note in [implausible_time_note(params, lang)] + support_notes(params, data.names(), lang)
           + [brief.rates_note(params, lang, inputs(data, s, params.min_active_months).drivers)] if note]
    out += [(note, "note") for note in (said["short"], said.get("need_everywhere"), months_left_out_note(table, lang),
                                        said["assumed"]) if note]
    # Where the settings sit in their own range: on the page and in the brief, not on Beranda's first screen.
    out += [(said["skew"], "detail")] if said.get("skew") else []
    if (estimated := estimated_note(table, lang)):
        out.append((estimated[0], "warning" if estimated[1] else "note"))
    if (fallback := log_fallback_note(table, params, lang)):
        out.append((fallback[0], "warning" if fallback[1] else "note"))
    if (beyond := brief.log_beyond_note(table, lang)):
        out.append((beyond, "warning"))
    if said["counts"]:
        out.append((said["counts"], "warning"))
    if said.get("drivers"):
        out.append((said["drivers"], "warning"))
    return out


def estimated_note(table: pd.DataFrame, lang: str) -> tuple[str, bool] | None:
    """Where kecamatan without enough log of their own took the regency's pooled log rate: how many, from how many
    kecamatan's log, and whether they are most of the regency (the answer then rests on a few kecamatan's months,
    which neither the range nor the headline showed). None when every kecamatan's workload is its own."""
    estimated = table["sumber_beban"].eq("perkiraan")
    if not estimated.any():
        return None
    own = int(table["sumber_beban"].eq("log").sum())
    n, total = int(estimated.sum()), len(table)
    return t("estimated_note", lang, n=n, total=total, k=own), n * 2 >= total


def log_fallback_note(table: pd.DataFrame, params: wisn.Params, lang: str) -> tuple[str, bool] | None:
    """On the log basis, the kecamatan that took their need-based workload (too little log of their own and too few
    kecamatan with enough for a pooled rate), and whether they are most of the regency: a pilot of two kecamatan's log
    answered "workload basis: log" for 37 posts of which 35 rested on the need (pl33). None on another basis, or
    where no kecamatan's workload came from a log (a period without one: the answer says so itself)."""
    if params.basis != "log":
        return None
    fallback = table["sumber_beban"].eq("kebutuhan")
    n, total = int(fallback.sum()), len(table)
    if not 0 < n < total:
        return None
    return t("log_fallback_note", lang, n=n, total=total, k=annual.MIN_POOLED_KECAMATAN), n * 2 >= total


def headline(totals: dict, allowance: float, lang: str) -> dict:
    """The key figures (label, value, delta, help) and the sentence that defines them; every figure is a total
    of the result table."""
    need, posts, now = totals["perlu"], totals["perlu_bulat"], totals["sekarang"]
    rupiah = wisn.yearly_allowance(posts, allowance)
    # A thousand million and more in billions (miliar): "Rp 8.160 jt" read as eight thousand; the figure must fit
    # its metric's width too.
    # Under a million in full: an allowance of Rp 1.000 a month came out as "Rp 0 jt" for Rp 468.000 a year; under a
    # hundred million with one decimal ("Rp 1,5 jt", not "Rp 2 jt").
    cost = (t("rp_billions", lang, value=fmt.number(rupiah / 1e9, 2, lang)) if rupiah >= 1e9 else
            t("rp_millions", lang, value=fmt.number(rupiah / 1e6, 0 if rupiah >= 1e8 else 1, lang)) if rupiah >= 1e6
            else t("rp_plain", lang, value=fmt.number(rupiah, 0, lang)))
    surplus = t("head_surplus", lang, n=totals["pos_lebih"]) if totals["pos_lebih"] else ""
    rounding = brief.rounding_phrase(totals, lang)
    return {
        # Posts first: the figure the answer's sentence gives; the fractional workload it is rounded from beside it.
        # The badge only when posts are to be added: "+0" in red read as a shortfall where there is a surplus.
        "metrics": [(t("head_posts", lang), fmt.number(posts, 0, lang),
                     "+" + fmt.number(totals["pos_tambah"], 0, lang) if totals["pos_tambah"] else None,
                     t("head_posts_help", lang)),
                    (t("head_need", lang), fmt.number(need, 1, lang), None, t("head_need_help", lang)),
                    (t("wisn_total_now", lang), fmt.number(now, 0, lang), None, None),
                    (t("head_ratio", lang), fmt.number(totals["rasio_gabungan"], 2, lang), None, t("head_ratio_help", lang)),
                    (t("head_cost", lang, posts=fmt.number(posts, 0, lang)), cost, None, t("head_cost_help", lang))],
        # "16 ÷ 15,9 = 1,00" of a need of 15,948: the division of the figures shown gives 1,01, so "≈" (pl33 #7).
        "definitions": t("head_definitions", lang, now=fmt.number(now, 0, lang), need=fmt.number(need, 1, lang),
                         ratio=fmt.number(totals["rasio_gabungan"], 2, lang), eq="≈" if fmt.rounded(need, 1) and fmt.number(
                             now / fmt.rounded(need, 1), 2, lang) != fmt.number(totals["rasio_gabungan"], 2, lang) else "=",
                         mean=fmt.number(totals["rasio_rata_rata"], 2, lang), posts=fmt.number(posts, 0, lang),
                         add=brief.add_phrase(totals, lang), surplus=surplus, rounding=rounding),
    }


def result_table(table: pd.DataFrame, lang: str) -> Table:
    """Every kecamatan, most pressed first; the download is the table as shown."""
    d = table.sort_values("rasio")
    need, ratio, diff, travel = (t(k, lang) for k in ("wisn_col_need", "wisn_ratio", "wisn_col_diff", "wisn_col_travel"))
    frame = pd.DataFrame({
        "Kecamatan": d["nama_kec"], t("wisn_total_now", lang): d["tksk_sekarang"],
        t("wisn_col_vacant", lang): d["pos_kosong"], need: d["wisn_perlu"],
        t("wisn_col_posts", lang): d["wisn_perlu_bulat"], ratio: d["rasio"], diff: d["selisih"],
        t("wisn_col_pressure", lang): d["tekanan"].map(lambda b: t(f"pressure_short:{b}", lang)),
        t("wisn_col_hours", lang): d["jam_beban_setahun"], travel: d["jam_perjalanan"],
        t("wisn_col_source", lang): d["sumber_beban"].map(lambda x: t(SOURCE_LABELS[x], lang)),
        t("column:pos_asumsi", lang): d["pos_asumsi"] if "pos_asumsi" in d else False,
    })
    # On screen the columns that answer "how many, where" fit beside the map; the download has every column.
    shown = ["Kecamatan", t("wisn_total_now", lang), need, t("wisn_col_posts", lang), ratio,
             t("wisn_col_pressure", lang), t("wisn_col_source", lang)]
    if d["pos_kosong"].any():  # beside today's TKSK, only when a post stands vacant
        shown.insert(2, t("wisn_col_vacant", lang))
    # The file with the kecamatan's code, to join the other downloads on (res34: names only).
    return Table(frame[shown], "skenario_tksk_tabel", decimals={need: wisn.NEED_DECIMALS, ratio: 2, diff: 2, travel: 2},
                 export=with_code(frame, d["kode_kec"]), title=t("wisn_result_title", lang), sources=BRIEF_SOURCES,
                 method=t("wisn_method", lang))


def pressure_map(data: Data, table: pd.DataFrame, lang: str, width: int = 420) -> str:
    """The kecamatan coloured by the pressure band of the table beside it (the brief's colours), as an SVG
    picture with a legend counting the kecamatan of each band. Redrawn on every change of a setting, a picture
    costs the browser next to nothing, where a Plotly map of the same 16 areas was most of the time a change
    took. Its text alternative names the kecamatan of each band."""
    colors = dict(zip(table["kode_kec"], table["tekanan"].map(brief.BAND_COLORS)))
    labels = dict(zip(table["kode_kec"], table["nama_kec"]))
    svg = brief.svg_map(display_layer(data, "kecamatan"), "kode_kec", colors, labels, width=width, font=11)
    bands = [(band, color, table.loc[table["tekanan"] == band, "nama_kec"].tolist()) for band, color in brief.BAND_COLORS.items()]
    alt = t("wisn_map_title", lang) + ". " + "; ".join(
        f"{t(f'pressure:{band}', lang)}: {', '.join(names)}" for band, _, names in bands if names)
    legend = "".join(
        f'<div style="display:flex;align-items:center;font-size:.85rem;line-height:1.5">{maps.swatch(color)}'
        f'{html.escape(t(f"pressure:{band}", lang))} ({fmt.number(len(names), 0, lang)})</div>'
        for band, color, names in bands)
    src = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return f'<img src="{src}" alt="{html.escape(alt)}" style="max-width:100%"><div style="margin-top:.3em">{legend}</div>'


def scenario_note(per_population: float, per_desa: float, allowance: float, lang: str) -> str:
    """How each rule of the scenarios counts, with the settings it used."""
    # The divisors as typed: "÷ 14" for 13,5 beside a kecamatan of 14 desa given two posts (audit of 2026-12-06).
    return t("scen_method", lang, people=fmt.number_short(per_population, 1, lang),
             desa=fmt.number_short(per_desa, 1, lang), allowance=fmt.number(allowance, 0, lang))


def scenario_table(scen: pd.DataFrame, allowance: float, lang: str, per_population: float, per_desa: float) -> Table:
    """Posts under each rule side by side, with the totals and their yearly allowance."""
    cols = {k: t(v, lang) for k, v in SCENARIOS.items()}
    body = scen.rename(columns={"nama_kec": "Kecamatan", **cols}).drop(columns="kode_kec")
    total = {"Kecamatan": t("scen_total", lang), **{v: scen[k].sum() for k, v in cols.items()}}
    cost = {"Kecamatan": t("scen_cost", lang), **{v: wisn.yearly_allowance(scen[k].sum(), allowance) for k, v in cols.items()}}
    # The totals and the yearly cost close the table on screen; the download holds the kecamatan rows only (with
    # their code) and says the totals in its method: summed in a spreadsheet, the file counted every post twice and
    # a rupiah figure sat in a column of posts (walk-through of 2026-12-06).
    totals = "; ".join(f"{v}: {fmt.number(total[v], 0, lang)} ({t('scen_cost', lang)} {fmt.number(cost[v], 0, lang)})"
                       for v in cols.values())
    method = scenario_note(per_population, per_desa, allowance, lang)
    return Table(pd.concat([body, pd.DataFrame([total, cost])], ignore_index=True), "skenario_pos_tksk",
                 export=scen.rename(columns=cols).rename(columns={"nama_kec": "Kecamatan"}),
                 title=t("wisn_scen_title", lang), method=f"{method}\n{t('scen_total', lang)}: {totals}",
                 # desa counted from the Kepmendagri codes (etl.build), people from the current estimate
                 sources=("kemendagri_2025", "penduduk_desa_sp2010", "perkiraan_dashboard"))


def caveat(data: Data, s: Settings) -> str:
    return t("wisn_caveat", s.lang) + " " + sources_note(data, s)


def scenario_file(params: wisn.Params, extra: dict, demo: bool, lang: str) -> tuple[bytes, str]:
    """The scenario as a JSON file and its name. In a demo store its log-based standards and period are the demo
    log's: the file says so inside and in its name."""
    marker = {"data": t("data_kind_demo", lang)} if demo else {}
    name = files.stem("skenario_tksk", lang) + ("_DEMO" if demo else "")
    return scenario.dump(params, {**extra, **marker}).encode("utf-8"), f"{name}.json"


def brief_html(data: Data, s: Settings, params: wisn.Params, per_population: float, per_desa: float,
               allowance: float) -> str:
    """The one-page brief (A4 HTML) of the plan as the page shows it, answer first."""
    table, totals, scen = plan(data, s, params, per_population, per_desa)
    unc = uncertainty_of(data, s, params)
    top = ", ".join(uncertainty_label(a, s.lang) for a in unc["tornado"]["asumsi"].head(3))
    said = answer(data, s, totals, unc["summary"], params, table)
    return brief.brief_html(table, totals, params, data.geo("kecamatan"), region=data.region_name(),
                            answer=said, summary=unc["summary"],
                            # Not the draws' median: the answer says it, and its note points to a tab paper has not.
                            caveats=[c for c, _ in caveats(data, s, params, said, table) if c != said.get("skew")],
                            # Without logs the brief says what the page says: the need alone, no log period.
                            top_assumptions=top, logged=data.log_mode != "none",
                            period=period_label(s) if data.log_mode != "none" else t("brief_no_log_sub", s.lang),
                            logs=logs_label(data, s.lang),
                            allowance=allowance, scenarios=scen, sources=sources_note(data, s), demo=data.is_demo,
                            basis=t(BASIS_LABELS[params.basis], s.lang), lang=s.lang)


def settings_text(data: Data, s: Settings, params: wisn.Params) -> str:
    """The settings a plan was made with, in sentences: working time, standards, travel, support, extra hours, the
    workload basis and the poor people counted. Every planner download carries them in its method (``with_settings``):
    two files of 3 and 4 hours a day had the same name and description (audit of 2026-12-06)."""
    logged = data.log_mode != "none"
    lines = brief.settings_lines(params, s.lang, data.names(), logs=logs_label(data, s.lang),
                                 period=period_label(s) if logged else "", logged=logged)
    return " ".join([*lines, t("settings_basis", s.lang, basis=t(BASIS_LABELS[params.basis], s.lang)),
                     poor_note(data, s)]).strip()


def with_settings(table: Table | None, settings: str, lang: str) -> Table | None:
    """``table`` whose method ends with the settings that made it (``settings_text``), for its download."""
    if table is None:
        return None
    return replace(table, method=" ".join(x for x in (table.method, t("settings_intro", lang), settings) if x))


def uncertainty_label(key: str, lang: str) -> str:
    """An assumption of the uncertainty analysis by name: a fixed one, or a need-based rate."""
    return t(RATES[key.split(":", 1)[1]].label, lang) if key.startswith("rate:") else t(key, lang)


def sources_note(data: Data, s: Settings) -> str:
    """The sources line of a planner tab (where to place posts, how sure, side by side): the plan's own sources, and
    the year of the poor people it counts."""
    return " ".join(x for x in (caption(data, s, BRIEF_SOURCES), poor_note(data, s)) if x)
