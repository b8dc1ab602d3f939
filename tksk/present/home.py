"""Beranda: the answers first. Within one screen the head of the Dinas sees which kecamatan are most under-served,
which posts stood vacant, how many TKSK are needed, which TKSK need attention, and how fresh the data is; each
answer links to the page that shows it in full, with the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tksk import assumptions, fmt, indicators, measures, metrics, wisn
from tksk.present import coverage, planner
from tksk.present.common import Data, Settings, Table, caption, log_mode_label, only, period_label
from tksk.present.indicators import (attention, attention_rule, bias_rho, scorecard, short_period_note,
                                     unscored_groups, unscored_kecamatan)
from tksk.store import read_last_import
from tksk.text import t

KECAMATAN_SOURCES = ("kemendagri_2025", "batas_desa", "podes_2021", "penduduk_desa_sp2010", "perkiraan_dashboard")
# The under-served measure the home page leads with: the map's own default, service per unit of need.
MEASURE = coverage.MEASURES[0]
TOP = 3
# The planner's comparison rules as its page starts.
PLANNER_RULES = (assumptions.PEOPLE_PER_TKSK.value, assumptions.DESA_PER_TKSK.value)


@dataclass
class Link:
    """A page and the choices it opens with: widget key -> (option, the option as the widget shows it)."""

    page: str
    label: str
    preset: dict = field(default_factory=dict)
    translated: frozenset = frozenset()  # widgets whose key follows the language (ui.widgets.translated)


@dataclass
class Answer:
    title: str
    lines: list[str]
    link: Link
    aside: list[str] = field(default_factory=list)  # how the answer was reached, in small type under it


# Kecamatan named on the home page's attention list, worst first; the indicators page lists them all.
ATTENTION_SHOWN = 5


def headline(data: Data, s: Settings) -> dict:
    """Title, the four key figures and the freshness line (period, log, last import, build)."""
    lang, region = s.lang, data.region_name()
    end = s.end if s.period is not None else None
    posts, assumed, plan_s = data["pos_bulan"], None, s
    if s.period is None and data.log_mode == "none":
        # Before the first log the posts are counted as the planner counts them (its answer is beside): the roster's,
        # one assumed in each kecamatan it does not name, and the tile's help says which are assumed.
        plan_s = planner.without_logs(data, s)
        posts, end = planner.posts(data, plan_s), plan_s.end
    # Posts assumed where no roster names one are counted in the tile, and it says how many: after a first, partial
    # roster "TKSK aktif 16" read as sixteen staffed posts (walk-through of 2026-12-06).
    if s.period is not None or data.log_mode == "none":
        assumed = planner.assumed_posts_note(data, plan_s)
        n_assumed = len(set(planner.assumed_kecamatan(data, plan_s)) & set(only(data["kecamatan"], s.kecamatan)["kode_kec"]))
    else:
        n_assumed = 0
    summary = metrics.home_summary(data["kecamatan"], posts, end)
    # With a kecamatan filter the tiles count the kecamatan chosen, out of the regency's (they stayed regency-wide
    # under a line saying every answer is about the chosen ones only).
    chosen = metrics.home_summary(only(data["kecamatan"], s.kecamatan), only(posts, s.kecamatan), end)

    def count(key: str) -> str:
        n = fmt.number(chosen[key], lang=lang)
        if not s.kecamatan or chosen[key] is None:
            return n
        return t("n_of_m", lang, n=n, m=fmt.number(summary[key], lang=lang))

    period = data.manifest.get("log_period")
    span = fmt.months(period[0], period[1], lang, short=True) if period else "—"
    last = read_last_import(data.store.root)
    # A demo build after an import shows none of it: "impor terakhir: …" beside demo data read as if it were in it
    # (walk-through of 2026-12-06).
    if last and data.log_mode == "demo" and str(last.get("at", "")) < str(data.manifest.get("built_at", "")):
        last = None
    imported = f" · {_last_import(last, lang)}" if last else ""
    return {
        # With a kecamatan filter every answer is about those kecamatan only: said, so none reads as regency-wide.
        "scope": t("home_scope", lang, n=len(s.kecamatan), names=", ".join(data.names()[k] for k in s.kecamatan))
        if s.kecamatan else None,
        "title": t("app_title", lang, region=region),
        "intro": t("home_intro", lang, region=region),
        "metrics": [(t("n_kecamatan", lang), count("kecamatan"), None),
                    (t("n_desa", lang), count("desa"), None),
                    (t("n_posts", lang, month=fmt.month_short(summary["posts_month"], lang))
                     if summary["posts_month"] is not None else t("n_posts_none", lang),
                     count("posts_last_month") + (f" ({t('n_assumed', lang, n=fmt.number(n_assumed, lang=lang))})"
                                                  if n_assumed else ""), assumed),
                    (t("data_period", lang), span, t("data_period_help", lang, period=period_label(s).rstrip("."))
                     if s.period is not None else t("data_period_help_none", lang))],
        "status": f"{t('log_status', lang)}: **{log_mode_label(data, lang)}** · {t('store_built', lang)}: "
                  f"{fmt.timestamp(data.manifest['built_at'], lang)}{imported}",
    }


def _last_import(last: dict, lang: str) -> str:
    """The last import beside the store's build time. A refused or undone import did not make the data shown, and
    read as plain "last import" it would date the data by it."""
    if last.get("undone"):
        return f"{t('last_import_undone', lang)}: {fmt.timestamp(last['undone']['at'], lang)}"
    key = "last_import_refused" if last.get("result") == "rejected" else "last_import"
    return f"{t(key, lang)}: {fmt.timestamp(last['at'], lang)}"


def map_caption(data: Data, s: Settings) -> str:
    """The home map's sources and period, as Peta's map has them."""
    return coverage.measure_caption(data, s, MEASURE)


def coverage_map(data: Data, s: Settings):
    return coverage.area_map(data, s, MEASURE, height=360, width=360, label_size=10)  # a small map: smaller names fit


def answers(data: Data, s: Settings, params: wisn.Params | None = None,
            rules: tuple = PLANNER_RULES, scoring: indicators.Settings | None = None,
            settings_note: str | None = None) -> list[Answer]:
    """The four answers, each from the same presenter functions as the page it links to; the need with the
    planner's settings of the session (``params``, its comparison rules) and the attention list with the
    indicators' (``scoring``: targets, weights, deadline), so that both pages say the same. ``settings_note``: said
    under the need while the planner's settings are refused and ``params`` are the defaults."""
    lang = s.lang
    out = []
    ranked = coverage.ranking(data, s, MEASURE).frame
    m = measures.COVERAGE_METRICS[MEASURE]
    # Staffed all period and ranked: a kecamatan whose log is not in yet has no figure to be ranked by. Months
    # without a TKSK are read from the coverage, not from the status cell, which also says months without a log (a
    # kecamatan staffed all year missing two files was named "with months without a TKSK"; review of 2026-12-06).
    vacant_months = coverage.coverage(data, s).set_index("nama_kec")["bulan_kosong"]
    gap = ranked["Kecamatan"].map(vacant_months).fillna(0).gt(0)
    place = ranked[t("rank_underserved", lang)]
    staffed = ranked.loc[~gap & ranked[t("value", lang)].notna() & place.notna()].head(TOP)
    lines = [f"{name}: {fmt.number(v, m.decimals, lang)}" for name, v in zip(staffed["Kecamatan"], staffed[t("value", lang)])]
    # A kecamatan with months without a TKSK that ranks above them is the darkest on the map beside this card: named,
    # with its months vacant, or the map and the list read as two answers (walk-through of 2026-12-06).
    above = ranked.loc[gap & ranked[t("value", lang)].notna()
                       & (place <= (staffed[t("rank_underserved", lang)].max() if len(staffed) else place.max()))]
    if len(above):
        lines.append(t("home_underserved_vacant", lang, items=", ".join(
            f"{name} ({fmt.number(v, m.decimals, lang)}; {why})"
            for name, v, why in zip(above["Kecamatan"], above[t("value", lang)], above[t("status", lang)]))))
    # The kecamatan whose log is not in yet are no better served: they are only not compared. Said, by name.
    unranked = ranked.loc[ranked[t("rank_underserved", lang)].isna()]
    uncounted = unranked[t("status", lang)] == t("people_uncounted", lang)
    partial = unranked[t("value", lang)].notna() & ~uncounted  # a figure, unranked: its log came in in part
    for key, names in (("home_no_log", unranked.loc[~uncounted & ~partial, "Kecamatan"]),
                       ("home_log_partial", unranked.loc[partial, "Kecamatan"]),
                       ("home_people_uncounted", unranked.loc[uncounted, "Kecamatan"])):
        if len(names):
            lines.append(t(key, lang, n=len(names), total=len(ranked), names=", ".join(names)))
    if not lines:  # a heading over nothing read as a page still loading
        lines.append(t("home_none_ranked", lang))
    if short := coverage.short_period_note(s, MEASURE):
        lines.append(short)
    out.append(Answer(
        t("home_underserved", lang, measure=t(f"metric:{MEASURE}", lang)), lines,
        Link("views/peta.py", t("home_open_map", lang), {"peta_metric": (MEASURE, t(f"metric:{MEASURE}", lang))},
             frozenset({"peta_metric"}))))

    gaps = coverage.gaps(data, s).frame
    # Without a roster the posts are assumed: "every kecamatan had a TKSK" would be a claim the data do not make.
    assumed = planner.assumed_posts_note(data, s)
    vacant = [t("home_vacant_line", lang, name=r[0], n=r[1], m=r[2], months=r[3])
              for r in gaps.itertuples(index=False)] or [t("home_vacancy_unknown" if assumed else "home_no_vacancy_chosen"
                                                             if s.kecamatan else "home_no_vacancy", lang)]
    if assumed:
        vacant.append(assumed)
    names = {v: k for k, v in data.names().items()}
    first = gaps.iloc[0, 0] if len(gaps) else None
    out.append(Answer(t("home_vacant", lang), vacant,
                      Link("views/peta.py", t("home_open_detail", lang),
                           {"peta_kec": (names[first], first)} if first else {})))

    out.append(need_answer(data, s, params, rules, settings_note))

    scoring = scoring or indicators.Settings()
    weak = attention(data, s, scoring).frame
    # Posts vacant at the period's end are not listed (indicators.attention): there is nobody to attend to.
    column = t("months_regency_no_log", lang)
    unlogged = weak[column].tolist() if column in weak else [0] * len(weak)
    lines = [t("home_attention_line", lang, name=r[0], score=fmt.number(r[1], 1, lang), status=r[2])
             + (t("home_attention_unlogged", lang, n=int(n)) if n else "")
             for r, n in zip(weak.itertuples(index=False), unlogged)][:ATTENTION_SHOWN]
    if len(weak) > ATTENTION_SHOWN:
        # Sixteen lines of "weak" tell the head of the Dinas nothing about whom to call first: the worst few, and
        # how many more are below the green band.
        lines.append(t("home_attention_more", lang, n=len(weak) - ATTENTION_SHOWN, total=len(weak)))
    if lines and (unscored := unscored_kecamatan(data, s, scoring)):
        lines.append(t("home_unscored", lang, n=len(unscored), groups=unscored_groups(data, s, lang, scoring)))
    if not lines:
        # "Every post scores well" of a kecamatan without a TKSK all period, which has no score at all, was a claim
        # the data do not make: the kecamatan without a score are named.
        unscored = unscored_kecamatan(data, s, scoring)
        scored = len(only(data["kecamatan"], s.kecamatan)) - len(unscored)
        lines = [t("home_no_scores", lang, names=", ".join(unscored)) if not scored else
                 t("home_no_attention_some", lang, scored=scored, n=len(unscored),
                   groups=unscored_groups(data, s, lang, scoring))
                 if unscored else t("home_no_attention", lang)]
        # A relative rule flags no one in a regency weak throughout: how many are below green is said beside it.
        status = only(scorecard(data, s, scoring), s.kecamatan)["status"]
        below = int(status.isin(indicators.BELOW_GREEN).sum())
        if below:
            lines.append(t("home_below_green", lang, n=below, total=int(status.isin(indicators.SCORED).sum())))
    # Scored but not compared (too few months, a log in part): Kinerja says so under its card, and "none flagged"
    # here read as if they had been judged and passed (review of 2026-12-06).
    card = only(scorecard(data, s, scoring), s.kecamatan)
    uncompared = card.loc[card["status"].isin(indicators.UNCOMPARED)].sort_values("nama_kec")
    if len(uncompared):
        lines.append(t("home_uncompared", lang, names=", ".join(uncompared["nama_kec"])))
    if len(weak) or len(unscored_kecamatan(data, s, scoring)) < len(only(data["kecamatan"], s.kecamatan)):
        # The rule beside its result: a list (or "none") means nothing without what it is measured against.
        lines += [rule for rule in [attention_rule(data, s, scoring)] if rule]
        # What the scores rest on, as the indicators page says it: its settings, and its warning on a short period.
        lines.append(t("home_attention_default" if scoring == indicators.Settings() else "home_attention_custom", lang))
        lines += [note for note in [short_period_note(s)] if note]
        # Where the scores fall with the desa a TKSK covers, the list names the overloaded as much as the weak: said
        # here as Kinerja says it (the four most under-staffed kecamatan were listed "lemah" with no word).
        if len(weak) and (rho := bias_rho(data, s, scoring)) is not None and rho <= indicators.BIAS_RHO:
            lines.append(t("home_attention_bias", lang, rho=fmt.number(rho, 2, lang)))
    out.append(Answer(t("home_attention", lang), lines,
                      Link("views/kinerja.py", t("home_open_indicators", lang),
                           {"kinerja_tab": (t("tab_drill", lang),) * 2,
                            "kinerja_drill": (names[weak.iloc[0, 0]], weak.iloc[0, 0])} if len(weak) else {})))
    return out


def need_answer(data: Data, s: Settings, params: wisn.Params | None = None, rules: tuple = PLANNER_RULES,
                settings_note: str | None = None) -> Answer:
    """How many TKSK the regency needs, as Perencanaan says it. In a store without logs (before the first import)
    from the reference data alone, as the planner plans it there, and said so."""
    lang, params = s.lang, params or wisn.Params()
    without_logs = s.period is None and data.log_mode == "none"
    if without_logs:
        s = planner.without_logs(data, s)
    table, totals, _ = planner.plan(data, s, params, *rules)
    said = planner.answer(data, s, totals, planner.uncertainty_of(data, s, params)["summary"], params, table)
    # The planner's notes go with its answer wherever the answer is read (a one-month answer came with no word).
    notes = [settings_note] + ([t("planner_without_logs", lang)] if without_logs else [])
    notes += [note for note, kind in planner.caveats(data, s, params, said, table) if kind != "detail"]
    # The number set off, its warnings right under the answer; how it is reached (the settings' hours) in small type.
    return Answer(t("home_need", lang), [said["sentence"].replace(said["figure"], f"**{said['figure']}**", 1)]
                  + [note for note in notes if note], Link("views/perencanaan.py", t("home_open_planner", lang)),
                  aside=[said["workload"]])


def kecamatan_table(data: Data, s: Settings) -> tuple[str, Table, str]:
    """(title, the reference table of every kecamatan with labelled columns, its caption)."""
    shown = metrics.kecamatan_overview(only(data["kecamatan"], s.kecamatan), s.lang)
    return (t("kecamatan_table", s.lang, region=data.region_name()),
            # Public reference figures only: the download said DEMO on every row of a demo store (res21).
            Table(shown, "kecamatan", decimals={shown.columns[5]: 1}, sources=KECAMATAN_SOURCES, logs=False,
                  title=t("kecamatan_table", s.lang, region=data.region_name()), headers=_kecamatan_headers(shown, s.lang),
                  # A computed area and a summed census read as official figures in the file without it (res34).
                  method=t("kecamatan_table_method", s.lang)),
            caption(data, s, KECAMATAN_SOURCES, logs=False))


def _kecamatan_headers(shown, lang: str) -> dict[str, str]:
    """Short headers of the kecamatan table (``kecamatan_overview``'s columns by place): with its full names its
    nine columns were 1132 pixels wide in a 924-pixel box at 1366 pixels."""
    short = {0: t("code", lang), 2: t("head_desa", lang), 3: t("head_kelurahan", lang), 4: t("head_desa_kel", lang),
             6: t("head_families", lang)}
    return {shown.columns[i]: h for i, h in short.items() if h != shown.columns[i]}
