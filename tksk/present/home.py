"""Beranda: the answers first. Within one screen the head of the Dinas sees which kecamatan are most under-served,
which posts stood vacant, how many TKSK are needed, which TKSK need attention, and how fresh the data is; each
answer links to the page that shows it in full, with the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tksk import fmt, indicators, metrics, wisn
from tksk.present import coverage, planner
from tksk.present.common import Data, Settings, Table, caption, log_mode_label, only
from tksk.present.indicators import STATUS, scorecard
from tksk.store import read_last_import
from tksk.text import t

KECAMATAN_SOURCES = ("kemendagri_2025", "batas_desa", "podes_2021", "penduduk_desa_sp2010", "perkiraan_dashboard")
# The under-served measure the home page leads with: need per worker (families per active TKSK).
MEASURE = "kk_per_tksk"
TOP = 3
ATTENTION = ("merah", "kuning")
# The planner's comparison rules as its page starts (one TKSK per 25.000 people, per 12 desa).
PLANNER_RULES = (25_000, 12)


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


def headline(data: Data, s: Settings) -> dict:
    """Title, the four key figures and the freshness line (period, log, last import, build)."""
    lang, region = s.lang, data.region_name()
    summary = metrics.home_summary(data["kecamatan"], data["pos_bulan"])
    period = data.manifest.get("log_period")
    span = f"{fmt.month_short(period[0], lang)} – {fmt.month_short(period[1], lang)}" if period else "—"
    last = read_last_import(data.store.root)
    imported = f" · {t('last_import', lang)}: {fmt.timestamp(last['at'], lang)}" if last else ""
    return {
        "title": t("app_title", lang, region=region),
        "intro": t("home_intro", lang, region=region),
        "metrics": [(t("n_kecamatan", lang), fmt.number(summary["kecamatan"], lang=lang)),
                    (t("n_desa", lang), fmt.number(summary["desa"], lang=lang)),
                    (t("n_posts", lang), fmt.number(summary["posts_last_month"], lang=lang)),
                    (t("data_period", lang), span)],
        "status": f"{t('log_status', lang)}: **{log_mode_label(data, lang)}** · {t('store_built', lang)}: "
                  f"{fmt.timestamp(data.manifest['built_at'], lang)}{imported}",
    }


def coverage_map(data: Data, s: Settings):
    return coverage.area_map(data, s, MEASURE, height=360, width=360)


def answers(data: Data, s: Settings) -> list[Answer]:
    """The four answers, each from the same presenter functions as the page it links to."""
    lang = s.lang
    out = []
    ranked = metrics.rank_underserved(coverage.coverage(data, s), MEASURE, only=list(s.kecamatan))
    m = metrics.COVERAGE_METRICS[MEASURE]
    worst = ranked.loc[~ranked["kosong"]].head(TOP)
    out.append(Answer(
        t("home_underserved", lang, measure=t(f"metric:{MEASURE}", lang)),
        [f"{r.nama_kec}: {fmt.number(r.nilai, m.decimals, lang)}" for r in worst.itertuples()],
        Link("views/peta.py", t("home_open_map", lang), {"peta_metric": (MEASURE, t(f"metric:{MEASURE}", lang))},
             frozenset({"peta_metric"}))))

    cov = only(coverage.coverage(data, s), s.kecamatan)
    gaps = cov.loc[cov["bulan_kosong"] > 0].sort_values("bulan_kosong", ascending=False)
    vacant = [t("home_vacant_line", lang, name=r.nama_kec, n=int(r.bulan_kosong), m=int(r.jumlah_bulan))
              for r in gaps.itertuples()] or [t("home_no_vacancy", lang)]
    first = gaps.iloc[0] if len(gaps) else None
    out.append(Answer(t("home_vacant", lang), vacant,
                      Link("views/peta.py", t("home_open_detail", lang),
                           {"peta_kec": (first["kode_kec"], first["nama_kec"])} if first is not None else {})))

    table, totals, _ = planner.plan(data, s, wisn.Params(), *PLANNER_RULES)
    out.append(Answer(t("home_need", lang), [t("home_need_line", lang, need=fmt.number(totals["perlu_bulat"], lang=lang),
                                                fte=fmt.number(totals["perlu"], 1, lang),
                                                now=fmt.number(totals["sekarang"], lang=lang))],
                      Link("views/perencanaan.py", t("home_open_planner", lang))))

    card = only(scorecard(data, s, indicators.Settings()), s.kecamatan)
    weak = card.loc[card["status"].isin(ATTENTION)].sort_values("komposit")
    lines = [t("home_attention_line", lang, name=r.nama_kec, score=fmt.number(r.komposit, 0, lang),
               status=t(STATUS[r.status], lang)) for r in weak.itertuples()] or [t("home_no_attention", lang)]
    out.append(Answer(t("home_attention", lang), lines,
                      Link("views/kinerja.py", t("home_open_indicators", lang),
                           {"kinerja_drill": (weak["kode_kec"].iloc[0], weak["nama_kec"].iloc[0])} if len(weak) else {})))
    return out


def kecamatan_table(data: Data, s: Settings) -> tuple[str, Table, str]:
    """(title, the reference table of every kecamatan with labelled columns, its caption)."""
    shown = metrics.kecamatan_overview(only(data["kecamatan"], s.kecamatan), s.lang)
    return (t("kecamatan_table", s.lang, region=data.region_name()),
            Table(shown, "kecamatan", decimals={shown.columns[5]: 1}, sources=KECAMATAN_SOURCES,
                  title=t("kecamatan_table", s.lang, region=data.region_name())),
            caption(data, s, KECAMATAN_SOURCES, logs=False))
