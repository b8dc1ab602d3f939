"""Indikator Kinerja: the three Permensos 28/2018 functions measured per TKSK, scored, traced and explained."""

from __future__ import annotations

import math

import pandas as pd

from tksk import fmt, indicators, metrics
from tksk.present import charts, planner
from tksk.present import export as downloads
from tksk.present.common import LOG_SOURCES, Data, Settings, Table, caption, months_left_out_items, only, period_label
from tksk.present.coverage import coverage, desa_reach, desa_table, months_text
from tksk.present.data import months_without_log
from tksk.present.workload import FULL_TIME_MONTH
from tksk.text import code, t

INDICATORS = list(indicators.INDICATORS)
FUNCTIONS = indicators.FUNCTIONS
TABLES = ("kecamatan", "pos_bulan", "agg_kec_bulan", "laporan", "rujukan", "kelengkapan_log")
STATUS = {"hijau": "status_hijau", "kuning": "status_kuning", "merah": "status_merah", "kosong": "status_kosong",
          "tanpa_log": "status_tanpa_log", indicators.FEW_MONTHS: "status_sedikit_bulan",
          indicators.PARTIAL_LOG: "status_log_sebagian"}
TRAFFIC_COLORS = {"hijau": "#c7e9c0", "kuning": "#fee391", "merah": "#fcbba1", "kosong": "#e0e0e0", "tanpa_log": "#e0e0e0",
                  indicators.FEW_MONTHS: "#e0e0e0", indicators.PARTIAL_LOG: "#e0e0e0"}


def tables(data: Data) -> dict[str, pd.DataFrame]:
    return {n: data[n] for n in TABLES}


def indicator_label(key: str, lang: str) -> str:
    return f"{key} · {t(f'indicator:{key}', lang)}"


def _target_text(x: float, decimals: int, lang: str) -> str:
    """A target as the reader writes it: its own decimals when it has some ("0,50"), none when whole ("4")."""
    return fmt.number(x, decimals if x % 1 else 0, lang)


def targets_frame(lang: str, targets: dict[str, float] | None = None) -> pd.DataFrame:
    """The editable table of targets (``targets``: those set so far, default otherwise). Each indicator's formula
    and the reason for its default are in ``target_notes``: as columns of the editor, sentences cut off in one line,
    they made it 1596 pixels wide in a 914-pixel box at 1366 pixels."""
    items = indicators.INDICATORS.values()
    chosen = {**{k: i.target for k, i in indicators.INDICATORS.items()}, **(targets or {})}
    return pd.DataFrame({
        t("code", lang): list(indicators.INDICATORS),
        t("indicator", lang): [t(f"indicator:{i.key}", lang) for i in items],
        t("default_target", lang): [_target_text(i.target, i.decimals, lang) for i in items],
        # Text in the reader's format, read back with ``fmt.parse_number``: a number column shows the browser's
        # format ("0.5"), beside "0,50" of the default.
        t("target", lang): [_target_text(i.target, i.decimals, lang) if chosen[i.key] == i.target
                            else fmt.number_short(chosen[i.key], 6, lang) for i in items],
    })


def target_notes(lang: str) -> Table:
    """Each indicator's formula and the reason for its default target, by the code the targets' editor shows."""
    items = indicators.INDICATORS.values()
    return Table(pd.DataFrame({
        t("code", lang): list(indicators.INDICATORS),
        t("formula", lang): [t(f"indicator_formula:{i.key}", lang) for i in items],
        t("why", lang): [t(f"indicator_why:{i.key}", lang) for i in items],
    }), logs=False)


def settings_from(edited: pd.DataFrame, weights: dict, deadline: int, lang: str) -> tuple[indicators.Settings | None, str]:
    """(settings, "") from the page's editors, or (None, the message) when a target or the weights are unusable."""
    targets = {}
    for key, typed in zip(edited[t("code", lang)], edited[t("target", lang)]):
        try:
            targets[key] = (math.nan if fmt.is_gap(typed) or str(typed).strip() == "" else float(typed)
                            if isinstance(typed, (int, float)) else fmt.parse_number(typed, lang))
        except fmt.NotANumber:
            return None, t("target_not_number", lang, code=key, value=str(typed)[:40])
    bad = [k for k, v in targets.items() if not v > 0]
    if bad:
        return None, t("targets_above_zero", lang, keys=", ".join(bad))
    if sum(weights.values()) <= 0:
        return None, t("weights_above_zero", lang)
    return indicators.Settings(targets=targets, weights=dict(weights),
                               deadline_day=int(deadline)), ""


# Fewer months than this and one missing report or one busy month moves a score by tens of points, and indicators
# of a yearly rhythm (DTKS rounds, contacts a year) are judged on a part of it: said above the scorecard and on
# Beranda (the planner says so of its short periods too). Three months were said nothing of.
SHORT_PERIOD_MONTHS = 6


def short_period_note(s: Settings) -> str | None:
    if s.period is None:
        return None
    months = len(pd.date_range(s.start, s.end, freq="MS"))
    return t("kinerja_short_period", s.lang, months=months) if months < SHORT_PERIOD_MONTHS else None


def by_month(data: Data, s: Settings, deadline_day: int) -> pd.DataFrame:
    """The indicators' components per kecamatan and month of the period: the scorecard under any targets and
    weights and every trend are made from them. Every component is a month's own (test_indicators checks that the
    slice equals the period computed alone), so every month on file is computed once per deadline and each period
    is a slice of it: a new period cost a pass over the tables (a tenth of a second here, a third on a national
    store), and with twenty people on twenty periods every page that scores waited behind the others' passes."""
    def every_month() -> pd.DataFrame:
        months = data["pos_bulan"]["bulan"]
        if not len(months):
            return indicators.components_by_month(tables(data), s.start, s.end, deadline_day, data.reports_as_of)
        return indicators.components_by_month(tables(data), months.min(), months.max(), deadline_day,
                                              data.reports_as_of)

    whole = data.derived(("components_by_month", deadline_day), every_month)
    month = whole.index.get_level_values("bulan")
    return data.derived(("components_by_month", s.start, s.end, deadline_day),
                        lambda: whole.loc[(month >= pd.Timestamp(s.start)) & (month <= pd.Timestamp(s.end))])


def scorecard(data: Data, s: Settings, settings: indicators.Settings) -> pd.DataFrame:
    """The scorecard of the period under these settings, once (the card, its note and the attention list share it)."""
    key = ("scorecard", s.start, s.end, repr(sorted(settings.targets.items())), repr(sorted(settings.weights.items())),
           settings.deadline_day)
    return data.derived(key, lambda: indicators.scorecard(tables(data), s.start, s.end, settings,
                                                          by_month=by_month(data, s, settings.deadline_day)))


def _gap_cells(rows: pd.DataFrame, gaps: dict[str, str], assumed: frozenset = frozenset(), lang: str = "id") -> list[str]:
    """The coverage gap as the scorecard and the attention list write it: "6 (Mar–Agu 2024)", or "0"; where the post
    is an assumption (no roster names it), not known: no vacancy is on record, which is not none."""
    return [t("gap_unknown_assumed", lang) if k in assumed and not n
            else f"{int(n)} ({gaps[k]})" if n and k in gaps else str(int(n)) if pd.notna(n) else ""
            for k, n in zip(rows["kode_kec"], rows["bulan_kosong"])]


def _assumed(data: Data, s: Settings) -> frozenset:
    """The kecamatan whose post in the period is assumed (no roster names it), as the planner counts them."""
    return frozenset(planner.assumed_kecamatan(data, s))


def _gap_text(data: Data, s: Settings) -> dict[str, str]:
    """Per kecamatan code with months without a TKSK: which, as runs ('Mar–Agu 2024'); the count is the period's
    months less the months scored, beside it."""
    g = data.coverage_gaps(s.start, s.end)
    return {k: months_text(m, s.lang) for k, m in zip(g["kode_kec"], g["bulan"])}


def _labelled_card(card: pd.DataFrame, lang: str, heavy: set[str] = frozenset()) -> pd.DataFrame:
    """The scorecard as downloaded, every column in words: a function's score is not its activity count (the store's
    "koordinasi" column is one), and each indicator's value and score name the indicator."""
    names = {f: t("score_of", lang, function=code("function", f, lang)) for f in FUNCTIONS}
    names |= {"bulan_dinilai": t("months_scored", lang), "bulan_tanpa_log": t("months_regency_no_log", lang),
              "bulan_tanpa_log_sendiri": t("months_own_no_log", lang),
              "desa_per_tksk": t("metric:desa_per_tksk", lang), "beban_desa": t("desa_load_factor", lang)}
    for key in indicators.INDICATORS:
        names[f"nilai_{key}"] = t("indicator_value", lang, indicator=indicator_label(key, lang))
        names[f"skor_{key}"] = t("indicator_score", lang, indicator=indicator_label(key, lang))
        names[f"sasaran_{key}"] = t("indicator_target", lang, indicator=indicator_label(key, lang))
    # The screen's "· periksa log" mark, in the file too (review of 2026-12-06: the download kept the bare status).
    card = card.assign(**{t("check_log_column", lang): card["kode_kec"].isin(heavy)})
    return card.rename(columns=names)


def scorecard_table(data: Data, s: Settings, settings: indicators.Settings) -> Table:
    """One row per kecamatan, best first: function scores, composite, the months the score rests on, the coverage
    gap beside it (months without a TKSK are not scored), and the traffic light as a coloured status cell."""
    lang = s.lang
    card = scorecard(data, s, settings)
    d = only(card, s.kecamatan).sort_values("komposit", ascending=False, na_position="last")
    gaps = _gap_text(data, s)
    load = _desa_per_tksk(data, s)
    heavy = set(_heavy(data, s)["kode_kec"])
    assumed = _assumed(data, s)
    # The composite, its status and the months without a TKSK it was not scored on first, the function scores after:
    # at 1024 pixels the columns past the seventh need a scroll, and "baik 81,1" read as an ordinary good score
    # where the post was vacant six months.
    frame = pd.DataFrame({
        t("rank", lang): d["peringkat"], "Kecamatan": d["nama_kec"],
        # A log of more hours than a full-time month is marked in its row, not only in the caption under the table
        # (walk-through of 2026-12-06: Tanjung Batu first on it).
        t("composite", lang): d["komposit"], t("status", lang): [
            t(STATUS[x], lang) + (f" · {t('check_log', lang)}" if k in heavy else "")
            for x, k in zip(d["status"], d["kode_kec"])],
        # A known zero reads 0 (a blank read as "not known"); months without a TKSK are counted, then named.
        t("coverage_gap", lang): _gap_cells(d, gaps, assumed, lang),
        # The months a score rests on beside it: last, it was off the screen at 1366 pixels beside a new TKSK's
        # one month (audit of 2026-12-06).
        t("months_scored", lang): d["bulan_dinilai"],
        **{code("function", f, lang): d[f] for f in FUNCTIONS},
        # The size of the job beside the scores (per-desa indicators are harder where a TKSK has more desa).
        t("desa_per_tksk_short", lang): d["kode_kec"].map(load),
    })
    # Function scores to the composite's decimal: "72" here read against "72,5" in the comparison of two kecamatan.
    decimals = ({code("function", f, lang): indicators.COMPOSITE_DECIMALS for f in FUNCTIONS}
                | {t("composite", lang): indicators.COMPOSITE_DECIMALS,
                   # "14,0" desa where every kecamatan has one post: a decimal only where two share the desa (ux21)
                   t("desa_per_tksk_short", lang): 0 if (frame[t("desa_per_tksk_short", lang)].dropna() % 1 == 0).all() else 1})
    # A gap only where the row's status says why (a post vacant all period, no log yet) is a dash.
    unscored = ~d["status"].isin(indicators.SCORED).to_numpy()
    dashes = frozenset(c for c in frame.columns if not (frame[c].isna().to_numpy() & ~unscored).any())
    # Shorter headers where the English ones made the table 1032 pixels wide in 958 at 1366 pixels.
    headers = {code("function", "administrasi", lang): t("administration_short", lang),
               t("coverage_gap", lang): t("coverage_gap_short", lang)}
    # Only the rank is narrow (a "small" column cut the function names and "Bulan dinilai" off at 1366 pixels); the
    # status as wide as its longest words ("belum ada log"), not "medium", which pushed two columns off the screen.
    return Table(frame, "kartu_skor_tksk", decimals=decimals,
                 colors={t("status", lang): list(d["status"].map(TRAFFIC_COLORS))},
                 # The rows and order of the screen (the sidebar's filter; best first), every column in words.
                 export=_labelled_card(d.assign(
                     desa_per_tksk=d["kode_kec"].map(load), pos_asumsi=d["kode_kec"].isin(assumed),
                     # months without a TKSK are not known where the post is assumed: a gap, not 0
                     bulan_kosong=d["bulan_kosong"].where(~d["kode_kec"].isin(assumed))), lang, heavy),
                 widths={t("rank", lang): "small", t("status", lang): max(
                     STATUS_WIDTH, STATUS_PAD + STATUS_PX_PER_CHAR * max(map(len, frame[t("status", lang)]), default=0))},
                 dashes=dashes,
                 headers={c: h for c, h in headers.items() if c != h},
                 title=t("scorecard_title", lang), method=f"{scorecard_method(settings, lang)} {formulas(lang)}",
                 sources=INDICATOR_SOURCES)


def formulas(lang: str) -> str:
    """Every indicator's formula, for a download's method: a file of F2 left blank (fewer than 5 referrals judged) or of
    eleven monthly series under one name said neither (res34)."""
    return " ".join(f"{k} ({t(f'indicator:{k}', lang)}) = {t(f'indicator_formula:{k}', lang)}." for k in indicators.INDICATORS)


# Pixels: as wide as the longest status shown, at least a short one's ("sedang"): a floor of 150 for "baik" pushed
# Desa per TKSK off the screen at 1366 pixels (walk-through of 2026-12-06).
STATUS_WIDTH = 90
STATUS_PX_PER_CHAR = 8
STATUS_PAD = 16  # the cell's padding: "belum dibandingkan" whole at 160


def scorecard_method(settings: indicators.Settings, lang: str) -> str:
    """The scoring rule and the settings the scores were made with (targets, weights, deadline), for a download's
    description: a scorecard read away from the page says which targets it was scored against."""
    targets = "; ".join(f"{k} {_plain(settings.targets[k], lang)}" for k in indicators.INDICATORS)
    return " ".join([t("method_note_scoring", lang, cap=fmt.number(indicators.CAP, 0, lang)),
                     f"{t('target', lang)}: {targets}.", load_rule(settings, lang), *_settings_lines(settings, lang)])


def settings_kept_note(settings: indicators.Settings, lang: str) -> str:
    """The last valid settings the scores keep while a box is being corrected, named: zeroing the weights one by
    one left the scorecard on administration alone, with no word of it."""
    return " ".join([t("settings_kept", lang), *_settings_lines(settings, lang)])


def _settings_lines(settings: indicators.Settings, lang: str) -> list[str]:
    """The weights (as set, with the rule that makes them shares) and the report deadline, one sentence each."""
    # As set, with the rule that makes them shares: three shares of 0,33 read as a composite that is 99 % of itself.
    w = pd.Series(settings.weights, dtype=float)
    weights = ", ".join(f"{code('function', f, lang)} {_plain(w[f], lang)}" for f in FUNCTIONS)
    return [t("weights_line", lang, weights=weights, total=_plain(w.sum(), lang)),
            t("deadline_line", lang, day=settings.deadline_day)]


def spread_text(data: Data, s: Settings, settings: indicators.Settings) -> str:
    """The composite's spread in the regency and the share of indicator scores at the top of their scale, in one
    sentence: the regency's, as the medians are, whatever the filter (the middle half of two kecamatan said
    nothing)."""
    lang = s.lang
    sp = indicators.spread(scorecard(data, s, settings), settings)
    if not sp["kecamatan"]:
        return ""
    return t("spread_line", lang, low=fmt.number(sp["min"], 1, lang), q1=fmt.number(sp["q1"], 1, lang),
             q3=fmt.number(sp["q3"], 1, lang), iqr=fmt.number(sp["iqr"], 1, lang), high=fmt.number(sp["max"], 1, lang),
             top=sp["at_top"], n=sp["scores"], share=fmt.percent(100 * sp["share_at_top"], 0, lang))


def _desa_per_tksk(data: Data, s: Settings) -> pd.Series:
    """Desa per TKSK by kecamatan code, from the period's coverage (Peta's figure)."""
    return coverage(data, s).set_index("kode_kec")["desa_per_tksk"]


def bias_rho(data: Data, s: Settings, settings: indicators.Settings) -> float | None:
    """How the per-desa scores follow the desa each TKSK covers (indicators.load_bias), or None."""
    card = scorecard(data, s, settings).set_index("kode_kec")  # the regency's, as the spread
    return indicators.load_bias(card, _desa_per_tksk(data, s))


def bias_text(data: Data, s: Settings, settings: indicators.Settings) -> str:
    """A warning when the per-desa scores fall with the desa each TKSK covers (indicators.load_bias)."""
    rho = bias_rho(data, s, settings)
    if rho is None:
        return ""
    key = "load_bias_line" if rho <= indicators.BIAS_RHO else "load_bias_info"
    return t(key, s.lang, rho=fmt.number(rho, 2, s.lang), keys=", ".join(indicators.PER_DESA),
             limit=fmt.number(indicators.BIAS_RHO, 1, s.lang))


def size_text(data: Data, s: Settings, settings: indicators.Settings) -> str:
    """A warning when the composite follows the families each TKSK serves (indicators.size_bias), either way."""
    card = scorecard(data, s, settings).set_index("kode_kec")
    rho = indicators.size_bias(card, coverage(data, s).set_index("kode_kec")["kk_per_tksk"])
    if rho is None or abs(rho) < indicators.SIZE_RHO:
        return ""
    return t("size_bias_up" if rho > 0 else "size_bias_down", s.lang, rho=fmt.number(rho, 2, s.lang))


def _unlogged_scored(data: Data, s: Settings, settings: indicators.Settings) -> str | None:
    """The kecamatan whose months without a log row and without a report were not scored on activity, with how
    many (from the scorecard: a month whose report came in is scored, unlike on the pages that count work)."""
    card = only(scorecard(data, s, settings), s.kecamatan)
    gone = card.loc[(card["bulan_tanpa_log"] > 0) & (card["bulan_dinilai"] > 0)].sort_values(
        ["bulan_tanpa_log", "nama_kec"], ascending=[False, True])
    if gone.empty:
        return None
    gone = gone.assign(bulan_aktif=gone["bulan_tanpa_log"] + gone["bulan_dinilai"])
    return t("unlogged_scored", s.lang, items=months_left_out_items(gone, s.lang, "months_left_out_more_plain"))


def _unscored_named(data: Data, s: Settings, settings: indicators.Settings) -> str | None:
    """The kecamatan without a score, by why, where some are scored (a row "belum ada log" went unexplained)."""
    groups = unscored_groups(data, s, s.lang, settings)
    return t("unscored_named", s.lang, groups=groups) if groups else None


def _few_months_scored(data: Data, s: Settings, settings: indicators.Settings) -> str | None:
    """The posts scored on too few months to be ranked, each with its months: "Rantau Panjang, 1 bulan"."""
    card = only(scorecard(data, s, settings), s.kecamatan)
    few = card.loc[card["status"] == indicators.FEW_MONTHS].sort_values(["bulan_dinilai", "nama_kec"])
    partial = card.loc[card["status"] == indicators.PARTIAL_LOG].sort_values(["bulan_tanpa_log_sendiri", "nama_kec"],
                                                                            ascending=[False, True])
    said = [] if partial.empty else [t("partial_log_scored", s.lang, items="; ".join(
        t("partial_log_item", s.lang, name=n, n=int(k), m=int(d + g))
        for n, k, d, g in zip(partial["nama_kec"], partial["bulan_tanpa_log_sendiri"], partial["bulan_dinilai"],
                              partial["bulan_tanpa_log"])))]
    if few.empty:
        return " ".join(said) or None
    least = min(indicators.MIN_MONTHS_JUDGED, pd.date_range(s.start, s.end, freq="MS").size)
    items = "; ".join(t("few_months_item_one" if n == 1 else "few_months_item", s.lang, name=name, n=int(n))
                      for name, n in zip(few["nama_kec"], few["bulan_dinilai"]))
    return " ".join([t("few_months_scored", s.lang, least=least, items=items)] + said)


def _heavy(data: Data, s: Settings) -> pd.DataFrame:
    """The kecamatan shown whose log holds more hours than a full-time month, heaviest first."""
    cov = only(coverage(data, s), s.kecamatan)
    return cov.loc[cov["jam_per_bulan"] > FULL_TIME_MONTH].sort_values("jam_per_bulan", ascending=False)


def _heavy_log(data: Data, s: Settings) -> str | None:
    """The scored kecamatan whose log holds more hours than a full-time month, as Beban names them: a TKSK ranked
    first on a log Beban says to check first (each household visit its own row; walk-through of 2026-12-06)."""
    high = _heavy(data, s)
    if high.empty:
        return None
    names = ", ".join(t("hours_named_short", s.lang, name=n, hours=fmt.number(h, 0, s.lang))
                      for n, h in zip(high["nama_kec"], high["jam_per_bulan"]))
    where = f"{t('nav_workload', s.lang)} › {t('tab_hours', s.lang)}"
    return t("scorecard_heavy_log", s.lang, names=names, month=fmt.number(FULL_TIME_MONTH, 0, s.lang), where=where)


def _refilled_scored(data: Data, s: Settings) -> str | None:
    """The kecamatan whose post was held in two spells of the period, and since when: one score for two holders."""
    posts = only(metrics.refilled_posts(data["roster"], s.start, s.end), s.kecamatan)
    if posts.empty:
        return None
    names = data.names()
    items = "; ".join(t("refilled_item", s.lang, name=names.get(k, k), month=fmt.month_short(m, s.lang))
                      for k, m in posts.sort_values("bulan")[["kode_kec", "bulan"]].itertuples(index=False))
    return t("refilled_scored", s.lang, items=items)


def scorecard_note(data: Data, s: Settings, settings: indicators.Settings) -> str:
    """The scorecard's caption: how to read a score, the status bands, the coverage rule, the spread, a warning
    when per-desa scores follow the size of the job, the sources."""
    lang = s.lang
    green, yellow = (bound for bound, _ in indicators.TRAFFIC[:2])
    return " ".join(x for x in (t("scorecard_caption", lang, cap=fmt.number(indicators.CAP, 0, lang), green=green,
                                  yellow=yellow, yellow_top=green - 1),
                                months_without_log(data, s, "no_log_months_scored"),
                                _unscored_named(data, s, settings),
                                _unlogged_scored(data, s, settings), _few_months_scored(data, s, settings),
                                _refilled_scored(data, s), _heavy_log(data, s),
                                spread_text(data, s, settings),
                                bias_text(data, s, settings), size_text(data, s, settings), caption(data, s)) if x)


def unscored_kecamatan(data: Data, s: Settings, settings: indicators.Settings | None = None) -> list[str]:
    """Names of the kecamatan of the filter without a composite score in the period (no TKSK all period, or no
    log yet), in their order."""
    if s.period is None:
        return []
    card = only(scorecard(data, s, settings or indicators.Settings()), s.kecamatan)
    return card.loc[card["komposit"].isna(), "nama_kec"].tolist()


def unscored_groups(data: Data, s: Settings, lang: str, settings: indicators.Settings | None = None) -> str:
    """The kecamatan without a score by why: "belum ada log: A, B; tanpa TKSK sepanjang periode: C" (one reason for
    both read "no TKSK all period, or no log yet" where the store knows which; ux21)."""
    card = only(scorecard(data, s, settings or indicators.Settings()), s.kecamatan)
    card = card.loc[card["komposit"].isna()]
    groups = [(t("no_log_yet", lang), card.loc[card["status"] == "tanpa_log", "nama_kec"]),
              (t("unscored_vacant", lang), card.loc[card["status"] != "tanpa_log", "nama_kec"])]
    return "; ".join(f"{label}: {', '.join(names)}" for label, names in groups if len(names))


def attention(data: Data, s: Settings, settings: indicators.Settings | None = None) -> Table:
    """Kecamatan whose indicators need attention, worst first (for the home page and the indicators page).

    Rows: every kecamatan with a post held at the period's end whose composite is below the green band (< 80) and
    ``indicators.ATTENTION_BELOW_MEDIAN`` points or more under the regency's median, with its composite, status, its two
    weakest indicators ("K2 32 · A2 0"), the months its score rests on and its coverage gap (months without a TKSK,
    which are not scored). Kecamatan vacant the whole period are a coverage question (coverage.gaps), not listed.
    Empty without a period.
    """
    lang = s.lang
    settings = settings or indicators.Settings()
    cols = ["Kecamatan", t("composite", lang), t("status", lang), t("weakest", lang), t("months_scored", lang),
            t("coverage_gap", lang), t("months_regency_no_log", lang)]
    if s.period is None:
        return Table(pd.DataFrame(columns=cols), "perlu_perhatian", sources=INDICATOR_SOURCES)
    card = scorecard(data, s, settings)
    last = metrics.in_period(data["pos_bulan"], s.end, s.end)
    a = only(indicators.attention(card, weights=settings.weights, months=pd.date_range(s.start, s.end, freq="MS").size,
                                  current=last.loc[last["pos_aktif"] > 0, "kode_kec"].astype("str")), s.kecamatan)
    gaps = _gap_text(data, s)
    frame = pd.DataFrame({
        cols[0]: a["nama_kec"], cols[1]: a["komposit"], cols[2]: a["status"].map(lambda x: t(STATUS[x], lang)),
        cols[3]: [" · ".join(f"{k} {fmt.number(v, 0, lang)}" for k, v in weak) for weak in a["lemah"]],
        # As the scorecard writes it: "0" where the post was held all period (a blank read as "not known").
        cols[4]: a["bulan_dinilai"], cols[5]: _gap_cells(a, gaps, _assumed(data, s), lang), cols[6]: a["bulan_tanpa_log_sendiri"],
    })
    if not a["bulan_tanpa_log_sendiri"].any():
        frame = frame.drop(columns=cols[6])
    note = " ".join(x for x in [attention_rule(data, s, settings), _weakest_key(a["lemah"], lang)] if x)
    return Table(frame.reset_index(drop=True), "perlu_perhatian", decimals={cols[1]: 1},
                 colors={cols[2]: list(a["status"].map(TRAFFIC_COLORS))}, method=note, sources=INDICATOR_SOURCES)


def attention_rule(data: Data, s: Settings, settings: indicators.Settings | None = None) -> str:
    """Which posts the attention list names, with the regency median it is measured from."""
    if s.period is None:
        return ""
    card = scorecard(data, s, settings or indicators.Settings())
    # The median of the whole regency, as the list is measured, for the regencies of the kecamatan shown.
    shown = set(metrics.regency_of(only(card, s.kecamatan)["kode_kec"]))
    medians = indicators.composite_medians(card).dropna()
    medians = medians.loc[medians.index.isin(shown)]
    n = fmt.number(indicators.ATTENTION_BELOW_MEDIAN, 0, s.lang)
    least = str(min(indicators.MIN_MONTHS_JUDGED, pd.date_range(s.start, s.end, freq="MS").size))
    if len(medians) > 1:
        return t("attention_rule_each", s.lang, n=n, least=least)
    return (t("attention_rule", s.lang, n=n, least=least, median=fmt.number(medians.iloc[0], 1, s.lang))
            if len(medians) else "")


def _weakest_key(weakest: pd.Series, lang: str) -> str:
    """What each code in the weakest-indicator column means, for the codes it shows, in the order of the list."""
    shown = {k for weak in weakest for k, _ in weak}
    if not shown:
        return ""
    keys = " · ".join(f"{k} {t(f'indicator:{k}', lang)}" for k in indicators.INDICATORS if k in shown)
    return t("weakest_key", lang, keys=keys, cap=fmt.number(indicators.CAP, 0, lang))


def trend(data: Data, s: Settings, settings: indicators.Settings, key: str, kode_kec: str) -> dict:
    """One indicator month by month for the pooled regency and one kecamatan, with its target."""
    lang = s.lang
    name = data.names()[kode_kec]
    months = by_month(data, s, settings.deadline_day)
    regency = indicators.monthly(tables(data), s.start, s.end, settings, by_month=months)
    one = indicators.monthly(tables(data), s.start, s.end, settings, kode_kec=kode_kec, by_month=months)
    ind = indicators.INDICATORS[key]
    # The kecamatan's own target, the one its score is against: a per-desa target spread over a post's many desa
    # was drawn as set, and a score of 111 read as below target (review of 2026-12-06).
    row = scorecard(data, s, settings).set_index("kode_kec").reindex([kode_kec]).iloc[0]
    own = row[f"sasaran_{key}"]
    target = float(own) if pd.notna(own) else float(settings.targets[key])
    # With its arithmetic: "2,8" alone did not say how 4 became it (ux22).
    spread = "" if target == float(settings.targets[key]) else " " + t(
        "trend_target_spread", lang, name=name, target=fmt.number(target, max(ind.decimals, 1), lang),
        set=_plain(settings.targets[key], lang), n=fmt.number(indicators.DESA_PER_TKSK, 0, lang),
        desa=fmt.number_short(indicators.DESA_PER_TKSK * row["beban_desa"], 1, lang))
    fig = charts.lines_by_month({t("regency_pooled", lang): regency, name: one}, key,
                                value_label=t(f"indicator:{key}", lang), lang=lang, decimals=ind.decimals,
                                target=target, vacant_label=t("vacant", lang))
    export = pd.concat([regency.assign(wilayah=t("regency_pooled", lang)), one.assign(wilayah=name)], ignore_index=True)
    # Each indicator under its name and unit: bare K1…A4 headers said neither, under a title naming only one (res21).
    export = export.rename(columns={k: f"{k} {t(f'indicator:{k}', lang)}" for k in indicators.INDICATORS if k in export})
    # The file holds every indicator of both areas, whatever the chart shows: named by its area, each formula said.
    return {"figure": fig, "table": Table(export, f"tren_{key}", sources=INDICATOR_SOURCES,
                                          title=f"{t('indicator_trend', lang)} · {name}", method=formulas(lang)),
            "caption": f"{t(f'indicator_formula:{key}', lang)}.{spread} {caption(data, s)}"}


def contributions_table(card_row: pd.Series, settings: indicators.Settings, lang: str) -> Table:
    contrib = indicators.contributions(card_row, settings)
    dec = [indicators.INDICATORS[k].decimals for k in contrib["indikator"]]
    labels = [indicator_label(k, lang) for k in contrib["indikator"]]
    # The indicator's name whole: F3's unit ("per 1.000 KK") was cut off beside "257 | target 160" (ux21).
    return Table(widths={t("indicator", lang): min(520, 7 * max(map(len, labels)) + 24)}, frame=pd.DataFrame({
        t("indicator", lang): labels,
        t("value", lang): [fmt.number(v, d, lang) for v, d in zip(contrib["nilai"], dec)],
        t("target", lang): [fmt.number(v, d, lang) for v, d in zip(contrib["target"], dec)],
        t("score", lang): [fmt.number(v, 0, lang) for v in contrib["skor"]],
        t("points_lost", lang): [fmt.number(v, 1, lang) for v in contrib["poin_hilang"]],
    }))


def reports_table(data: Data, s: Settings, kode_kec: str, deadline: int) -> Table:
    """A kecamatan's monthly reports: when each was received, and whether on time. Where two posts report, each
    post's date and the month's count of reports on time, late and missing: one date beside one status showed the
    on-time report as late (9 April, "terlambat") and half the reports the indicator counts."""
    lang = s.lang
    grid = metrics.report_grid(data["laporan"], data["pos_bulan"], s.start, s.end, deadline, data.reports_as_of)
    g = grid.loc[grid["kode_kec"] == kode_kec].sort_values("bulan")
    lap = data["laporan"]
    mine = metrics.in_period(lap.loc[lap["kode_kec"] == kode_kec], s.start, s.end,
                             column="bulan_laporan").sort_values(["tanggal_kirim", "id_pos"])
    several = mine.groupby("bulan_laporan")["id_pos"].nunique().gt(1).any() or g["diharapkan"].gt(1).any()
    # A month without one log row of the kecamatan and without its report: its file is not in yet, which "not
    # received" does not say (the whole period, or some months of a partial log; walk-through of 2026-12-06).
    seen = metrics.logged_months(data["agg_kec_bulan"], s.start, s.end)
    logged = set(seen.loc[seen["kode_kec"] == kode_kec, "bulan"])
    sent = {m: [(p, d) for p, d in zip(rows["id_pos"], rows["tanggal_kirim"])]
            for m, rows in mine.groupby("bulan_laporan")}

    def when(m):
        if m not in sent:
            return "—"
        if not several:
            return fmt.date(sent[m][0][1], lang)
        return "; ".join(f"{fmt.date(d, lang)} ({p})" for p, d in sent[m])

    def status(r):
        if not r.jatuh_tempo:
            return t("not_yet_due", lang)
        if r.diharapkan == 0:
            return t("vacant", lang)
        if r.diharapkan > 1:
            counts = ((r.tepat_waktu, "reports_on_time_n"), (r.diterima - r.tepat_waktu, "reports_late_n"),
                      (r.diharapkan - r.diterima, "reports_missing_n"))
            return ", ".join(t(key, lang, n=int(n)) for n, key in counts if n)
        if r.diterima == 0:
            return t("not_received" if r.bulan in logged else "no_log_yet", lang)
        return t("on_time_short", lang) if r.tepat_waktu >= r.diterima else t("late", lang)

    return Table(pd.DataFrame({
        t("month", lang): [fmt.month(m, lang) for m in g["bulan"]],
        t("sent_on", lang): [when(m) for m in g["bulan"]],
        t("status", lang): [status(r) for r in g.itertuples()],
    }))


def activity_table(data: Data, s: Settings, kode_kec: str) -> Table:
    lang = s.lang
    counts = metrics.activity_counts(data["agg_kegiatan"], kode_kec, s.start, s.end)
    return Table(pd.DataFrame({
        t("by_fungsi", lang): [code("function", f, lang) for f in counts["fungsi"]],
        t("column:jenis_kegiatan", lang): [code("activity", a, lang) for a in counts["jenis_kegiatan"]],
        t("activities", lang): counts["kegiatan"], t("people_served_long", lang): counts["orang"],
        t("hours_logged", lang): counts["jam"],
    }), f"kegiatan_per_jenis_{kode_kec}", decimals={t("hours_logged", lang): 1},
        headers={t("people_served_long", lang): t("people_served", lang)},
        title=f"{t('by_activity', lang)} · {data.names().get(kode_kec, kode_kec)}", sources=LOG_SOURCES)


def drill(data: Data, s: Settings, settings: indicators.Settings, kode_kec: str) -> dict:
    """One TKSK in detail: what lifts and lowers the score, reports by month, activities, desa."""
    row = scorecard(data, s, settings).set_index("kode_kec").loc[kode_kec]
    # Each desa's figures as Peta and Beban give them: a gap where there was no TKSK or no log yet (every desa read 0
    # activities, 0 people, and every report "tidak diterima", for files not imported yet; audit of 2026-12-06).
    visits, _ = desa_reach(data, s, kode_kec)
    status = row["status"]
    note = (t("drill_unlogged", s.lang) if status == "tanpa_log" else t("drill_vacant", s.lang) if status == "kosong"
            else t("drill_partial", s.lang, n=int(row["bulan_tanpa_log_sendiri"]),
                   m=int(row["bulan_dinilai"] + row["bulan_tanpa_log"])) if status == indicators.PARTIAL_LOG
            else None)
    # A post filled again in the period, as the scorecard's caption says it (walk-through of 2026-12-06).
    refilled = metrics.refilled_posts(data["roster"], s.start, s.end)
    refilled = refilled.loc[refilled["kode_kec"] == kode_kec]
    if len(refilled):
        again = t("drill_refilled", s.lang, month=fmt.month_short(refilled["bulan"].max(), s.lang))
        note = f"{note} {again}" if note else again
    return {"contributions": contributions_table(row, settings, s.lang),
            "reports": reports_table(data, s, kode_kec, settings.deadline_day),
            "activities": activity_table(data, s, kode_kec), "desa": desa_table(visits, s.lang), "note": note,
            "unlogged": status in ("tanpa_log", "kosong")}


def compare(data: Data, s: Settings, settings: indicators.Settings, a: str, b: str) -> Table:
    """Two kecamatan side by side: each indicator's value, the target it was scored against and its score, then the
    function and composite scores. The targets beside the values: a per-desa target spread over 20 desa per TKSK
    gave 3,0 a score of 105 beside 3,2 scored 80, and nothing on the tab said why (audit of 2026-12-06). Each
    kecamatan's three columns together, headed A and B as their choosers are: with both names on every column the
    last was off the screen at 1366 pixels."""
    lang = s.lang
    names = data.names()
    c = scorecard(data, s, settings).set_index("kode_kec")
    score, target = t("score", lang), t("target", lang)
    sides = (("A", a), ("B", b))
    rows = []
    for k, i in indicators.INDICATORS.items():
        row = {t("indicator", lang): indicator_label(k, lang)}
        for side, code_ in sides:
            row |= {f"{side}: {names[code_]}": fmt.number(c.loc[code_, f"nilai_{k}"], i.decimals, lang),
                    f"{target} {side}": _target_cell(c.loc[code_, f"sasaran_{k}"], i.decimals, lang),
                    f"{score} {side}": fmt.number(c.loc[code_, f"skor_{k}"], 0, lang)}
        rows.append(row)
    for f in (*FUNCTIONS, "komposit"):
        label = t("composite", lang) if f == "komposit" else code("function", f, lang)
        row = {t("indicator", lang): t("function_score", lang, function=label)}
        for side, code_ in sides:
            # one decimal, as the scorecard shows them
            row |= {f"{side}: {names[code_]}": "", f"{target} {side}": "",
                    f"{score} {side}": fmt.number(c.loc[code_, f], 1, lang)}
        rows.append(row)
    # What each score rests on, as the scorecard says it: a score of one month or of half a log beside a full one
    # (walk-through of 2026-12-06).
    for label, cell in ((t("status", lang), lambda k: t(STATUS[c.loc[k, "status"]], lang)),
                        (t("months_scored", lang), lambda k: str(int(c.loc[k, "bulan_dinilai"])))):
        row = {t("indicator", lang): label}
        for side, code_ in sides:
            row |= {f"{side}: {names[code_]}": "", f"{target} {side}": "", f"{score} {side}": cell(code_)}
        rows.append(row)
    narrow = {f"{w} {side}": "small" for w in (target, score) for side, _ in sides}
    return Table(pd.DataFrame(rows), method=load_rule(settings, lang), widths=narrow)


def _target_cell(x: float, decimals: int, lang: str) -> str:
    """A target as the value beside it is written, one decimal more where the spread made it a fraction (2,8)."""
    if fmt.is_gap(x):
        return fmt.gap(lang)
    return fmt.number(x, decimals if float(x) == round(float(x), decimals) else max(decimals, 1), lang)


def _plain(x: float, lang: str) -> str:
    """A target as typed: 4, 0,5, 33 (no trailing zeros)."""
    text = f"{float(x):g}"
    return fmt.number(x, len(text.split(".")[1]) if "." in text else 0, lang)


def method_note(settings: indicators.Settings | None = None, lang: str = "id", spread: str = "") -> str:
    """The method as a citable Markdown note: every formula, target and its reason, the scale, its ceiling per
    indicator, the bands, the weights and the rules for vacant months and pending referrals; with ``spread``, the
    spread of the composite where the note was downloaded."""
    settings = settings or indicators.Settings()
    green, yellow = (bound for bound, _ in indicators.TRAFFIC[:2])
    cap = fmt.number(indicators.CAP, 0, lang)
    head = [t("code", lang), t("indicator", lang), t("formula", lang), t("target", lang), t("ceiling", lang),
            t("assumption", lang), t("why", lang)]
    lines = ["# " + t("method_note_title", lang), "", t("method_note_scoring", lang, cap=cap), "",
             t("method_note_example", lang, cap=cap), "",
             t("method_note_bands", lang, green=green, yellow=yellow, yellow_top=green - 1), "",
             t("method_note_months", lang), "", load_rule(settings, lang), "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for k, i in indicators.INDICATORS.items():
        target = settings.targets[k]
        lines.append(f"| {k} | {t(f'indicator:{k}', lang)} | {t(f'indicator_formula:{k}', lang)} | {_plain(target, lang)} | "
                     f"{fmt.number(indicators.ceiling(k, target), 1, lang)} | "
                     f"{t('yes' if i.assumed else 'no', lang)} | {t(f'indicator_why:{k}', lang)} |")
    lines += [""] + [f"- {x}" for x in _settings_lines(settings, lang)]
    if spread:
        lines += ["", spread]
    lines += ["", t("method_note_sources", lang)]
    return "\n".join(lines)


def load_rule(settings: indicators.Settings, lang: str) -> str:
    """How a per-desa target is spread over the desa of a post that has more than one TKSK is held to."""
    return t("method_note_load", lang, keys=", ".join(indicators.PER_DESA),
             n=fmt.number(indicators.DESA_PER_TKSK, 0, lang), k1=_plain(settings.targets["K1"], lang))


def note(data: Data, s: Settings, settings: indicators.Settings) -> str:
    """The method note as the page offers it: with the composite's spread over the period shown."""
    spread = spread_text(data, s, settings)
    # The spread is the period's figures: from a synthetic log, a cited note must say so (it read as Ogan Ilir's).
    demo = f"{t('about_demo', s.lang)}. " if spread and data.is_demo else ""
    return method_note(settings, s.lang, f"{period_label(s)}. {demo}{spread}" if spread else "")


def note_file(data: Data, s: Settings) -> str:
    """The method note's file name: its period and, from a demo store, DEMO in it, as every download's."""
    return downloads.stem(Table(pd.DataFrame(), "metode_indikator_tksk"), data, s) + ".md"


# The desa counts and families the indicators are per (K1-K3 per desa, F1-F4 per 1.000 KK), beside the log.
INDICATOR_SOURCES = ("kemendagri_2025", "podes_2021")


def sources_note(data: Data, s: Settings) -> str:
    """The sources line of a tab that shows indicators without a caption of its own (a kecamatan's detail, two
    compared): every figure says where it comes from."""
    return caption(data, s, INDICATOR_SOURCES)
