"""Perencanaan below the answer: need-based beside log-based, where to place posts, how sure the total is, and the
assumptions as the tables the settings edit. No streamlit."""

from __future__ import annotations

import pandas as pd

from tksk import allocation, annual, fmt, need, planning, scenario, uncertainty, wisn
from tksk.present import charts
from tksk.present.common import Data, Settings, Table
from tksk.present.planner import BRIEF_SOURCES, uncertainty_label
from tksk.text import t
from tksk.text.planner import CAS_NAMES

GAP_TOLERANCE = 0.05  # staff: a smaller gap between need-based and log-based reads "in line"
DRIVER_TEXT = {"penduduk_miskin": "driver_poor", "kecamatan": "driver_kecamatan"}
SHORT_CITATIONS = {"ref_uu13": "cite_uu13", "ref_mensos_dtks": "cite_mensos_dtks", "ref_bansos_2024": "cite_bansos_2024",
                   "ref_beras_2024": "cite_beras_2024", "ref_permensos": "cite_permensos"}


def _num(x: float, lang: str) -> str:
    """A setting's value as short as it is: 20, 1,4, 3,75."""
    if float(x).is_integer():
        return fmt.number(x, 0, lang)
    return fmt.number(x, 2, lang).rstrip("0")


def _arrow(before, after, decimals: int, lang: str) -> str:
    return f"{fmt.number(before, decimals, lang)} → {fmt.number(after, decimals, lang)}"


def _not_compared(logged: bool, months: float, needed: float, lang: str) -> str:
    """Why a kecamatan's own log is not compared: none at all, or too few staffed months of it (a log of one month
    read "no log of its own")."""
    if not logged:
        return t("nvl_no_own_log", lang)
    return t("nvl_few_months", lang, months=fmt.number(months, 0, lang), needed=fmt.number(needed, 0, lang))


def cas_name(name: str, lang: str) -> str:
    """A support activity as the reader reads it: the defaults (``wisn.Params().cas``) in the reader's language, a
    name the planner typed as typed (the settings keep the Indonesian default names: a saved scenario is the same
    file in either language)."""
    return t(f"cas:{name}", lang)


def cas_key(shown: str, lang: str) -> str:
    """The setting's name of an activity as the editor shows it (``cas_name`` read back)."""
    return next((k for k in CAS_NAMES if cas_name(k, lang) == shown), shown)


def preset_name(preset: str, lang: str) -> str:
    """A working-time preset's short name (its text up to the colon)."""
    return t(f"preset:{preset}", lang).split(":")[0]


def working_time_text(preset: str, awt: wisn.AWT, lang: str) -> str:
    """What the working-time preset chosen says, while the numbers are its own; once one is edited, the sum the
    numbers in use make (the preset's "× 3 jam = 636 jam" stood under F = 5)."""
    if awt == wisn.PRESETS[preset][0]:
        return t(f"preset:{preset}", lang)
    # In the decimals the boxes take: days to one, hours a day to three (4,375).
    n = lambda x, decimals=1: fmt.number_short(x, decimals, lang)  # noqa: E731
    return t("preset_changed", lang, name=preset_name(preset, lang), a=n(awt.working_days), b=n(awt.holidays),
             c=n(awt.annual_leave), d=n(awt.sick_leave), e=n(awt.other_absence), days=n(awt.days),
             f=n(awt.hours_per_day, 3), hours=fmt.number(awt.hours, 0, lang))


def need_vs_log(table: pd.DataFrame, lang: str) -> dict:
    """Per kecamatan the requirement for the expected work and for the logged work, and the gap, largest
    unmet need first; the regency's totals in a sentence."""
    d = table.sort_values("selisih_kebutuhan_log", ascending=False, kind="stable")
    # Only a kecamatan's own log is logged work: an estimate from other kecamatan's log (or the need itself, where
    # none could be made) compared with its need said "the log records more" of logs that do not exist.
    own = d["sumber_log"].eq("log")
    d = d.assign(perlu_log=d["perlu_log"].where(own), jam_log=d["jam_log"].where(own),
                 selisih_kebutuhan_log=d["selisih_kebutuhan_log"].where(own))
    gap = d["selisih_kebutuhan_log"]
    # A log of more work than its TKSK could do in a full-time year is one to check before it is read as work done.
    beyond = d.index.isin(planning.beyond_full_time(table).index)
    reading = [_not_compared(logged, months, needed, lang) if not o else t("nvl_beyond", lang) if b else
               t("nvl_unmet" if g > GAP_TOLERANCE else "nvl_more" if g < -GAP_TOLERANCE else "nvl_equal", lang)
               for g, o, b, logged, months, needed in zip(gap, own, beyond, d["ada_log"], d["bulan_aktif"],
                                                          d["bulan_minimal"])]
    frame = pd.DataFrame({
        "Kecamatan": d["nama_kec"], t("nvl_need", lang): d["perlu_kebutuhan"], t("nvl_log", lang): d["perlu_log"],
        t("nvl_gap", lang): gap, t("nvl_reading", lang): reading, t("wisn_total_now", lang): d["tksk_sekarang"],
        # No column of the log side's source: only a kecamatan's own log is shown, and an estimate's source beside a
        # blank log figure read as a contradiction (walk-through of 2026-12-05); the reading says why it is blank.
        t("nvl_hours_need", lang): d["jam_kebutuhan"], t("nvl_hours_log", lang): d["jam_log"]})
    decimals = {t("nvl_need", lang): 2, t("nvl_log", lang): 2, t("nvl_gap", lang): 2}
    fig = charts.paired_bars(d, "nama_kec", "perlu_kebutuhan", "perlu_log", "tksk_sekarang",
                             names=(t("nvl_need", lang), t("nvl_log", lang), t("wisn_total_now", lang)),
                             value_label=t("nvl_axis", lang), lang=lang, decimals=2)
    if not own.any():  # no kecamatan with a log of its own in the period: nothing to compare, not "0,0 vs 0,0"
        return {"figure": None, "table": None, "totals": t("nvl_none_in_period", lang)}
    # Totals over the kecamatan with a log of their own, both sides: like with like.
    need_total, log_total = float(d.loc[own, "perlu_kebutuhan"].sum()), float(d.loc[own, "perlu_log"].sum())
    # "Kabupaten: 9,6 … 6,0" for four kecamatan read as the regency's, beside the brief's regency totals of all
    # sixteen (30,8 and 19,6): the sum names whom it is of (audit of 2026-12-06).
    totals = t("nvl_totals" if own.all() else "nvl_totals_some", lang, n=int(own.sum()),
               need=fmt.number(need_total, 1, lang), log=fmt.number(log_total, 1, lang),
               gap=("+" if need_total > log_total else "") + fmt.number(need_total - log_total, 1, lang))
    if not own.all():
        totals = t("nvl_totals_own", lang, n=int(own.sum()), total=len(d)) + " " + totals
    return {"figure": fig, "table": Table(frame, "kebutuhan_dan_log", decimals=decimals, title=t("nvl_title", lang),
                                          method=t("nvl_intro", lang), sources=BRIEF_SOURCES),
            "totals": totals}


def new_posts(table: pd.DataFrame, n: int, lang: str) -> Table | None:
    """The next ``n`` posts one at a time: where each goes and what it changes."""
    steps = allocation.allocate(table, n)
    if steps.empty:
        return None
    band = lambda b: t(f"pressure_short:{b}", lang)  # noqa: E731
    frame = pd.DataFrame({
        t("alloc_col_step", lang): steps["langkah"], "Kecamatan": steps["nama_kec"],
        t("wisn_col_need", lang): steps["perlu"],
        t("alloc_col_posts", lang): [_arrow(a, b, 0, lang) + (t("alloc_refill", lang) if refill else "")
                                     for a, b, refill in zip(steps["pos_sebelum"], steps["pos_sesudah"], steps["isi_pos_kosong"])],
        t("alloc_col_ratio", lang): [_arrow(a, b, 2, lang) for a, b in zip(steps["rasio_sebelum"], steps["rasio_sesudah"])],
        t("alloc_col_band", lang): [f"{band(a)} → {band(b)}" for a, b in zip(steps["tekanan_sebelum"], steps["tekanan_sesudah"])],
        t("alloc_col_shortage", lang): steps["kurang_sesudah"]})
    # The download keeps each "before → after" as two numbers: "0,40 → 0,81" was text with commas in a file of
    # decimal points, which a spreadsheet cannot add or sort (walk-through of 2026-12-06); the kecamatan's code to join.
    numbers = ("alloc_posts_before", "alloc_posts_after", "alloc_ratio_before", "alloc_ratio_after")
    export = frame.drop(columns=[t("alloc_col_posts", lang), t("alloc_col_ratio", lang)]).assign(**{
        t(k, lang): steps[c] for k, c in zip(numbers, ("pos_sebelum", "pos_sesudah", "rasio_sebelum", "rasio_sesudah"))},
        **{t("alloc_refill_column", lang): steps["isi_pos_kosong"].astype(bool)})
    export.insert(1, "kode_kec", steps["kode_kec"])
    return Table(frame, "pos_baru", decimals={t("wisn_col_need", lang): 2, t("alloc_col_shortage", lang): 1,
                                              t("alloc_ratio_before", lang): 2, t("alloc_ratio_after", lang): 2},
                 export=export, title=t("alloc_title", lang), method=t("alloc_rule", lang), sources=BRIEF_SOURCES)


def budget_posts(budget: float, monthly_allowance: float, lang: str) -> tuple[int, str]:
    """The posts a yearly budget pays, at most ``scenario.MAX_NEW_POSTS`` of them to place, and the sentence."""
    n = allocation.posts_for_budget(budget, monthly_allowance)
    per = fmt.number(wisn.yearly_allowance(1, monthly_allowance), 0, lang)
    cap = scenario.MAX_NEW_POSTS
    if n > cap:
        return cap, t("alloc_budget_capped", lang, n=fmt.number(n, 0, lang), per=per, cap=fmt.number(cap, 0, lang))
    if n == 0:
        # "pays 0 posts" read as a count; a budget short of one post is said so, with what one post costs.
        return 0, t("alloc_budget_none", lang, budget=fmt.number(budget, 0, lang), per=per)
    return n, t("alloc_budget_posts", lang, n=fmt.number(n, 0, lang), per=per)


def nothing_placed(n: int, by_budget: bool, lang: str) -> str | None:
    """Why no post is placed when ``new_posts`` placed none: none was asked for (a budget short of one post says so
    beside it, so nothing more is said), or no kecamatan has any workload to place one by."""
    if n == 0:
        return None if by_budget else t("alloc_none_asked", lang)
    return t("alloc_none", lang)


def redistribution(table: pd.DataFrame, lang: str) -> dict:
    """Today's posts placed afresh by the same rule: the kecamatan that would gain or lose a post."""
    r = allocation.redistribute(table)
    moved = r.loc[r["ubah"] != 0].sort_values(["ubah", "nama_kec"], ascending=[False, True])
    band = lambda b: t(f"pressure_short:{b}", lang)  # noqa: E731
    frame = pd.DataFrame({
        "Kecamatan": moved["nama_kec"], t("wisn_col_need", lang): moved["perlu"],
        t("redis_now", lang): moved["sekarang"], t("redis_after", lang): moved["sesudah"],
        t("redis_change", lang): [("+" if v > 0 else "") + fmt.number(v, 0, lang) for v in moved["ubah"]],
        t("alloc_col_band", lang): [f"{band(a)} → {band(b)}" for a, b in zip(moved["tekanan_sekarang"], moved["tekanan_sesudah"])]})
    total, n = int(r["sekarang"].sum()), len(r)
    # Fewer posts than kecamatan: the rule's floor of one each cannot hold, and the intro must not claim it does.
    intro = (t("redis_intro", lang, total=fmt.number(total, 0, lang)) if total >= n else
             t("redis_intro_short", lang, total=fmt.number(total, 0, lang), n=n, short=n - total))
    return {"intro": intro,
            "table": Table(frame, "pindah_pos", decimals={t("wisn_col_need", lang): 2}, title=t("redis_title", lang),
                           method=t("alloc_rule", lang), sources=BRIEF_SOURCES) if len(moved) else None}


def _range_numbers(key: str, params: wisn.Params) -> tuple[float, float, float]:
    """An assumption's low, current and high value (of the unit times: their factor)."""
    a = {**uncertainty.ASSUMPTIONS, **uncertainty.rate_assumptions()}[key]
    if key == "unc_unit_times":
        return float(a.low), 1.0, float(a.high)
    low, high = uncertainty.bounds(a, params)
    return tuple(fmt.rounded(float(uncertainty.setting(uncertainty.apply(params, key, f), key)), 2) for f in (low, 1.0, high))


def _range_text(key: str, values: tuple[float, float, float], lang: str) -> tuple[str, ...]:
    """An assumption's low, current and high value (``_range_numbers``) as a reader sees them."""
    if key == "unc_unit_times":
        return tuple(f"× {_num(v, lang)}" for v in values)
    return tuple(_num(v, lang) for v in values)


def uncertainty_view(unc: dict, params: wisn.Params, lang: str, top: int = 12) -> dict:
    """The tornado of the most influential assumptions, and every assumption's range with its reason."""
    tor = unc["tornado"].head(top).assign(label=lambda d: [uncertainty_label(k, lang) for k in d["asumsi"]])
    s = unc["summary"]
    fig = charts.tornado(tor, "label", "perlu_rendah", "perlu_tinggi", s["perlu_tengah"], value_label=t("unc_axis", lang),
                         low_name=t("unc_low_end", lang), high_name=t("unc_high_end", lang),
                         central_label=t("unc_now", lang, value=fmt.number(s["perlu_tengah"], 1, lang)), lang=lang)
    rows, numbers = [], []
    name, low_col, now_col, high_col, why = (t(k, lang) for k in ("unc_col_assumption", "unc_col_low", "unc_col_now",
                                                                   "unc_col_high", "unc_col_why"))
    for r in unc["tornado"].itertuples():
        values = _range_numbers(r.asumsi, params)
        need = (r.perlu_rendah, r.perlu_tinggi)  # at the assumption's low end, at its high end
        label, reason = {name: uncertainty_label(r.asumsi, lang)}, {why: t(r.why, lang)}
        # The download holds numbers ("2", "× 0,75" and "23,3 – 46,7" were text in a CSV; res21).
        numbers.append(label | dict(zip((low_col, now_col, high_col), values))
                       | {t("unc_col_need_low", lang): need[0], t("unc_col_need_high", lang): need[1]} | reason)
        rows.append(label | dict(zip((low_col, now_col, high_col), _range_text(r.asumsi, values, lang)))
                    | {t("unc_col_need_low", lang): fmt.number(need[0], 1, lang),
                       t("unc_col_need_high", lang): fmt.number(need[1], 1, lang)} | reason)
    # The chart draws the strongest only: said, as its table lists every assumption (12 bars above 15 rows read
    # as three assumptions lost).
    shown = t("unc_chart_top", lang, n=len(tor), total=len(unc["tornado"])) if len(unc["tornado"]) > len(tor) else None
    return {"figure": fig, "shown": shown, "table": Table(pd.DataFrame(rows), "rentang_asumsi", title=t("unc_title", lang),
                                                          method=t("unc_intro", lang) + " " + t("unc_unit_times_note", lang),
                                                          sources=BRIEF_SOURCES, export=pd.DataFrame(numbers))}


def driver_label(driver: str, lang: str) -> str:
    return t(DRIVER_TEXT[driver], lang) if driver in DRIVER_TEXT else t(f"column:{driver}", lang)


def rates_frame(params: wisn.Params, drivers: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every need-based rate as its editor shows it: what it counts, its value (editable), range, basis (an
    assumption, or public sources with an assumption of the dashboard on top) and how many kecamatan use it (a
    count line only where its count is entered, a structural line wherever it is not replaced). What it is counted
    on, its sources and why are sentences, in ``rates_notes``: as columns of the editor they were cut off in one
    line and made it 1786 pixels wide in a 926-pixel box at 1366 pixels."""
    used = need.line_units(drivers, params.rates)
    rates = need.RATES.values()
    return pd.DataFrame({
        "kode": list(need.RATES),
        t("rates_col_what", lang): [t(r.label, lang) for r in rates],
        t("rates_col_value", lang): [float(params.rates[k]) for k in need.RATES],
        t("rates_col_range", lang): [f"{_num(r.low, lang)}–{_num(r.high, lang)}" for r in rates],
        t("rates_col_basis", lang): [t("sourced_assumed" if r.sources else "assumed", lang) for r in rates],
        t("rates_col_used", lang): [int(pd.notna(used[k]).sum()) for k in need.RATES]})


def rates_notes(lang: str) -> Table:
    """Each need-based rate's driver, sources and reason, by the name its editor shows."""
    rates = need.RATES.values()
    return Table(pd.DataFrame({
        t("rates_col_what", lang): [t(r.label, lang) for r in rates],
        t("rates_col_driver", lang): [driver_label(r.driver, lang) for r in rates],
        t("rates_col_sources", lang): ["; ".join(t(SHORT_CITATIONS[x], lang) for x in r.sources) for r in rates],
        t("rates_col_why", lang): [t(r.why, lang) for r in rates]}), logs=False)


def log_standards(data: Data, s: Settings) -> pd.DataFrame:
    return annual.log_standards(data["agg_kegiatan"], s.start, s.end)


def standards_frame(params: wisn.Params, log_std: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every activity standard as its editor shows it: hours (editable), the log's median with its quartiles
    and whether to use it, where the unit happens, and the basis of the default (its reason, a sentence, is in
    ``standards_notes``)."""
    def log_text(k):
        r = log_std.loc[k]
        if not r["kegiatan"]:
            return fmt.gap(lang)
        n = lambda x: fmt.number(x, 1, lang)  # noqa: E731
        return t("std_log_value", lang, median=n(r["median"]), q1=n(r["q1"]), q3=n(r["q3"]),
                 n=fmt.number(r["kegiatan"], 0, lang))

    return pd.DataFrame({
        "kode": list(wisn.STANDARDS), t("rates_col_activity", lang): [t(f"standard:{k}", lang) for k in wisn.STANDARDS],
        t("wisn_hours_unit", lang): [float(params.standards[k]) for k in wisn.STANDARDS],
        t("rates_col_basis", lang): [t("from_log" if k in params.from_log else "assumed", lang) for k in wisn.STANDARDS],
        t("std_col_log", lang): [log_text(k) for k in wisn.STANDARDS],
        t("std_col_use_log", lang): [k in params.from_log for k in wisn.STANDARDS],
        t("wisn_in_desa", lang): [s.in_desa for s in wisn.STANDARDS.values()],
        t("wisn_per_kec", lang): [s.per_kecamatan for s in wisn.STANDARDS.values()]})


def standards_notes(lang: str) -> Table:
    """The reason for each activity standard's default, by the name its editor shows."""
    return Table(pd.DataFrame({
        t("rates_col_activity", lang): [t(f"standard:{k}", lang) for k in wisn.STANDARDS],
        t("rates_col_why", lang): [t(f"standard_why:{k}", lang) for k in wisn.STANDARDS]}), logs=False)


def editor_headers(lang: str) -> dict[str, str]:
    """Shorter headers of the rates' and standards' editors, column name -> header (the name is the header's
    tooltip): a header wider than its figures or ticks made a table scroll at 1366 pixels."""
    return {t("rates_col_used", lang): t("rates_col_used_short", lang),
            t("std_col_use_log", lang): t("std_col_use_log_short", lang),
            t("wisn_in_desa", lang): t("wisn_in_desa_short", lang), t("wisn_per_kec", lang): t("wisn_per_kec_short", lang)}


def references(lang: str) -> list[str]:
    return [t(k, lang) for k in ("ref_wisn", "ref_abk", "ref_burmen", "ref_joarder", "ref_permensos", "ref_uu13",
                                 "ref_mensos_dtks", "ref_bansos_2024", "ref_beras_2024")]
