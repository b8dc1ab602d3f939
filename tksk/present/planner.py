"""Perencanaan: how many TKSK each kecamatan needs (WHO WISN), scenarios side by side, and a printable brief."""

from __future__ import annotations

import pandas as pd

from tksk import fmt, poverty, wisn
from tksk.present import brief, maps
from tksk.present.common import Data, Settings, Table, caption, logs_label, period_label
from tksk.present.coverage import display_layer
from tksk.text import t

SCENARIOS = {"sekarang": "scen_now", "satu_per_kecamatan": "scen_one", "per_penduduk": "scen_pop",
             "per_desa": "scen_desa", "wisn": "scen_wisn"}
SOURCE_LABELS = {"log": "src_log", "perkiraan": "src_est"}
BRIEF_SOURCES = ("kemendagri_2025", "penduduk_desa_sp2010", "perkiraan_dashboard", "podes_2021", "kemiskinan_sumsel",
                 "batas_desa")


def plan(data: Data, s: Settings, params: wisn.Params, per_population: float, per_desa: float):
    """(per-kecamatan WISN table, regency totals, scenarios) for the period."""
    k = data["kecamatan"]
    # A store may cover several regencies: their poor populations add up.
    poor = sum(poverty.latest(data["kemiskinan"], kode, "penduduk_miskin_ribu") for kode in sorted(k["kode_kab"].unique()))
    return wisn.plan_regency(k, data["desa"], data["pos_bulan"], data["agg_kegiatan"], poor * 1000, s.start, s.end,
                             params, per_population, per_desa)


def headline(totals: dict, params: wisn.Params, allowance: float, lang: str) -> dict:
    """The five key figures (label, value, delta) and the sentence that says how the totals add up."""
    need, now = totals["perlu_bulat"], totals["sekarang"]
    return {
        "metrics": [(t("wisn_awt_now", lang), f"{fmt.number(params.awt.hours, 0, lang)} {t('hours_unit', lang)}", None),
                    (t("wisn_total_now", lang), fmt.number(now, 0, lang), None),
                    (t("wisn_total_need", lang), fmt.number(need, 0, lang), fmt.number(need - now, 0, lang)),
                    (t("wisn_total_ratio", lang), fmt.number(totals["rasio_gabungan"], 2, lang), None),
                    (t("wisn_total_cost", lang), "Rp " + fmt.number(wisn.yearly_allowance(need, allowance), 0, lang),
                     None)],
        "help": t("wisn_totals_help", lang, fte=fmt.number(totals["perlu"], 1, lang),
                  mean=fmt.number(totals["rasio_rata_rata"], 2, lang)),
    }


def result_table(table: pd.DataFrame, lang: str) -> Table:
    """Every kecamatan, most pressed first."""
    d = table.sort_values("rasio")
    frame = pd.DataFrame({
        "Kecamatan": d["nama_kec"], t("wisn_total_now", lang): d["tksk_sekarang"],
        t("wisn_col_need", lang): [fmt.number(v, 2, lang) for v in d["wisn_perlu"]],
        t("wisn_col_posts", lang): d["wisn_perlu_bulat"],
        t("wisn_ratio", lang): [fmt.number(v, 2, lang) for v in d["rasio"]],
        t("wisn_col_diff", lang): [("+" if v > 0 else "") + fmt.number(v, 2, lang) for v in d["selisih"]],
        t("wisn_col_pressure", lang): d["tekanan"].map(lambda b: t(f"pressure_short:{b}", lang)),
        t("wisn_col_hours", lang): d["jam_beban_setahun"], t("wisn_col_travel", lang): d["jam_perjalanan"],
        t("wisn_col_source", lang): d["sumber_beban"].map(lambda x: t(SOURCE_LABELS[x], lang)),
    })
    return Table(frame, "skenario_tksk_tabel", export=table)


def ratio_map(data: Data, table: pd.DataFrame, lang: str):
    values = pd.DataFrame({"kode_kec": table["kode_kec"], "nilai": table["rasio"], "kosong": False})
    return maps.area_map(display_layer(data, "kecamatan"), "kode_kec", "nama_kec", values,
                         value_label=t("wisn_ratio", lang), lang=lang, decimals=2, higher_is_worse=False,
                         vacant_label=t("vacant", lang), gap_label=t("gap", lang), height=560, width=360)


def scenario_table(scen: pd.DataFrame, allowance: float, lang: str) -> Table:
    """Posts under each rule side by side, with the totals and their yearly allowance."""
    cols = {k: t(v, lang) for k, v in SCENARIOS.items()}
    body = scen.rename(columns={"nama_kec": "Kecamatan", **cols}).drop(columns="kode_kec")
    total = {"Kecamatan": t("scen_total", lang), **{v: scen[k].sum() for k, v in cols.items()}}
    cost = {"Kecamatan": t("scen_cost", lang), **{v: wisn.yearly_allowance(scen[k].sum(), allowance) for k, v in cols.items()}}
    return Table(pd.concat([body, pd.DataFrame([total, cost])], ignore_index=True))


def caveat(data: Data, s: Settings) -> str:
    return t("wisn_caveat", s.lang) + " " + caption(data, s, BRIEF_SOURCES)


def brief_html(data: Data, s: Settings, params: wisn.Params, per_population: float, per_desa: float,
               allowance: float) -> str:
    """The one-page brief (A4 HTML) of the plan as the page shows it."""
    table, totals, scen = plan(data, s, params, per_population, per_desa)
    return brief.brief_html(table, totals, params, data.geo("kecamatan"), region=data.region_name(),
                            period=period_label(s), logs=logs_label(data, s.lang), allowance=allowance,
                            scenarios=scen, sources=caption(data, s, BRIEF_SOURCES), demo=data.is_demo, lang=s.lang)
