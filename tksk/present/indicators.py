"""Indikator Kinerja: the three Permensos 28/2018 functions measured per TKSK, scored, traced and explained."""

from __future__ import annotations

import pandas as pd

from tksk import fmt, indicators, metrics
from tksk.present import charts
from tksk.present.common import Data, Settings, Table, caption, only
from tksk.present.coverage import desa_table
from tksk.text import code, t

INDICATORS = list(indicators.INDICATORS)
FUNCTIONS = indicators.FUNCTIONS
TABLES = ("kecamatan", "pos_bulan", "agg_kec_bulan", "agg_kegiatan", "agg_desa_bulan", "laporan", "rujukan",
          "kelengkapan_log")
STATUS = {"hijau": "status_hijau", "kuning": "status_kuning", "merah": "status_merah", "kosong": "status_kosong"}
TRAFFIC_COLORS = {"hijau": "#c7e9c0", "kuning": "#fee391", "merah": "#fcbba1", "kosong": "#e0e0e0"}


def tables(data: Data) -> dict[str, pd.DataFrame]:
    return {n: data[n] for n in TABLES}


def indicator_label(key: str, lang: str) -> str:
    return f"{key} · {t(f'indicator:{key}', lang)}"


def targets_frame(lang: str) -> pd.DataFrame:
    """The editable table of targets, with each indicator's formula and the reason for its default."""
    items = indicators.INDICATORS.values()
    return pd.DataFrame({
        "Kode": list(indicators.INDICATORS), t("indicator", lang): [t(f"indicator:{i.key}", lang) for i in items],
        t("default_target", lang): [fmt.number(i.target, i.decimals if i.target % 1 else 0, lang) for i in items],
        t("target", lang): [i.target for i in items],
        t("formula", lang): [t(f"indicator_formula:{i.key}", lang) for i in items],
        t("why", lang): [t(f"indicator_why:{i.key}", lang) for i in items],
    })


def settings_from(edited: pd.DataFrame, weights: dict, deadline: int, lang: str) -> tuple[indicators.Settings | None, str]:
    """(settings, "") from the page's editors, or (None, the message) when a target or the weights are unusable."""
    targets = dict(zip(edited["Kode"], edited[t("target", lang)]))
    bad = [k for k, v in targets.items() if fmt.is_gap(v) or float(v) <= 0]
    if bad:
        return None, t("targets_above_zero", lang, keys=", ".join(bad))
    if sum(weights.values()) <= 0:
        return None, t("weights_above_zero", lang)
    return indicators.Settings(targets={k: float(v) for k, v in targets.items()}, weights=dict(weights),
                               deadline_day=int(deadline)), ""


def scorecard(data: Data, s: Settings, settings: indicators.Settings) -> pd.DataFrame:
    return indicators.scorecard(tables(data), s.start, s.end, settings)


def scorecard_table(data: Data, s: Settings, settings: indicators.Settings) -> Table:
    """One row per kecamatan, best first, with the traffic light as a coloured status cell."""
    lang = s.lang
    card = scorecard(data, s, settings)
    d = only(card, s.kecamatan).sort_values("komposit", ascending=False, na_position="last")
    frame = pd.DataFrame({
        t("rank", lang): d["peringkat"], "Kecamatan": d["nama_kec"],
        **{code("function", f, lang): d[f] for f in FUNCTIONS},
        t("composite", lang): d["komposit"], t("status", lang): d["status"].map(lambda x: t(STATUS[x], lang)),
    })
    return Table(frame, "kartu_skor_tksk", decimals={c: 0 for c in frame.columns[2:6]},
                 colors={t("status", lang): list(d["status"].map(TRAFFIC_COLORS))}, export=card)


def trend(data: Data, s: Settings, settings: indicators.Settings, key: str, kode_kec: str) -> dict:
    """One indicator month by month for the pooled regency and one kecamatan, with its target."""
    lang = s.lang
    name = data.names()[kode_kec]
    regency = indicators.monthly(tables(data), s.start, s.end, settings)
    one = indicators.monthly(tables(data), s.start, s.end, settings, kode_kec=kode_kec)
    ind = indicators.INDICATORS[key]
    fig = charts.lines_by_month({t("regency_pooled", lang): regency, name: one}, key,
                                value_label=t(f"indicator:{key}", lang), lang=lang, decimals=ind.decimals,
                                target=settings.targets[key], vacant_label=t("vacant", lang))
    export = pd.concat([regency.assign(wilayah=t("regency_pooled", lang)), one.assign(wilayah=name)], ignore_index=True)
    return {"figure": fig, "table": Table(export, f"tren_{key}"),
            "caption": f"{t(f'indicator_formula:{key}', lang)}. {caption(data, s)}"}


def contributions_table(card_row: pd.Series, settings: indicators.Settings, lang: str) -> Table:
    contrib = indicators.contributions(card_row, settings)
    dec = [indicators.INDICATORS[k].decimals for k in contrib["indikator"]]
    return Table(pd.DataFrame({
        t("indicator", lang): [indicator_label(k, lang) for k in contrib["indikator"]],
        t("value", lang): [fmt.number(v, d, lang) for v, d in zip(contrib["nilai"], dec)],
        t("target", lang): [fmt.number(v, d, lang) for v, d in zip(contrib["target"], dec)],
        t("score", lang): [fmt.number(v, 0, lang) for v in contrib["skor"]],
        t("points_lost", lang): [fmt.number(v, 1, lang) for v in contrib["poin_hilang"]],
    }))


def reports_table(data: Data, s: Settings, kode_kec: str, deadline: int) -> Table:
    """One post's monthly reports: when each was received, and whether on time."""
    lang = s.lang
    grid = metrics.report_grid(data["laporan"], data["pos_bulan"], s.start, s.end, deadline)
    g = grid.loc[grid["kode_kec"] == kode_kec].sort_values("bulan")
    lap = data["laporan"]
    sent = lap.loc[lap["kode_kec"] == kode_kec].groupby("bulan_laporan")["tanggal_kirim"].min()

    def status(r):
        if r.diharapkan == 0:
            return t("vacant", lang)
        if r.diterima == 0:
            return t("not_received", lang)
        return t("on_time_short", lang) if r.tepat_waktu >= r.diterima else t("late", lang)

    return Table(pd.DataFrame({
        t("month", lang): [fmt.month(m, lang) for m in g["bulan"]],
        t("sent_on", lang): [fmt.date(sent.get(m), lang) if m in sent.index else "—" for m in g["bulan"]],
        t("status", lang): [status(r) for r in g.itertuples()],
    }))


def activity_table(data: Data, s: Settings, kode_kec: str) -> Table:
    lang = s.lang
    counts = metrics.activity_counts(data["agg_kegiatan"], kode_kec, s.start, s.end)
    return Table(pd.DataFrame({
        t("by_fungsi", lang): [code("function", f, lang) for f in counts["fungsi"]],
        t("column:jenis_kegiatan", lang): [code("activity", a, lang) for a in counts["jenis_kegiatan"]],
        t("activities", lang): counts["kegiatan"], t("people_served", lang): counts["orang"],
        t("hours_logged", lang): counts["jam"],
    }), decimals={t("hours_logged", lang): 1})


def drill(data: Data, s: Settings, settings: indicators.Settings, kode_kec: str) -> dict:
    """One TKSK in detail: what lifts and lowers the score, reports by month, activities, desa."""
    row = scorecard(data, s, settings).set_index("kode_kec").loc[kode_kec]
    visits = metrics.desa_visits(data["desa"], data["agg_desa_bulan"], kode_kec, s.start, s.end)
    return {"contributions": contributions_table(row, settings, s.lang),
            "reports": reports_table(data, s, kode_kec, settings.deadline_day),
            "activities": activity_table(data, s, kode_kec), "desa": desa_table(visits, s.lang)}


def compare(data: Data, s: Settings, settings: indicators.Settings, a: str, b: str) -> Table:
    """Two kecamatan side by side: each indicator's value and score, then the function and composite scores."""
    lang = s.lang
    names = data.names()
    c = scorecard(data, s, settings).set_index("kode_kec")
    score = t("score", lang)
    rows = []
    for k, i in indicators.INDICATORS.items():
        rows.append({t("indicator", lang): indicator_label(k, lang),
                     names[a]: fmt.number(c.loc[a, f"nilai_{k}"], i.decimals, lang),
                     names[b]: fmt.number(c.loc[b, f"nilai_{k}"], i.decimals, lang),
                     f"{score} {names[a]}": fmt.number(c.loc[a, f"skor_{k}"], 0, lang),
                     f"{score} {names[b]}": fmt.number(c.loc[b, f"skor_{k}"], 0, lang)})
    for f in (*FUNCTIONS, "komposit"):
        label = t("composite", lang) if f == "komposit" else code("function", f, lang)
        rows.append({t("indicator", lang): f"**{label}**", names[a]: "", names[b]: "",
                     f"{score} {names[a]}": fmt.number(c.loc[a, f], 0, lang),
                     f"{score} {names[b]}": fmt.number(c.loc[b, f], 0, lang)})
    return Table(pd.DataFrame(rows))


def method_note(settings: indicators.Settings | None = None, lang: str = "id") -> str:
    """The method as a citable Markdown note: formulas, targets, weights and scoring."""
    settings = settings or indicators.Settings()
    w = pd.Series(settings.weights, dtype=float)
    w = w / w.sum()
    head = [t("code", lang), t("indicator", lang), t("formula", lang), t("target", lang), t("why", lang)]
    lines = ["# " + t("method_note_title", lang), "", t("method_note_scoring", lang), "",
             "| " + " | ".join(head) + " |", "|---|---|---|---|---|"]
    for k in indicators.INDICATORS:
        lines.append(f"| {k} | {t(f'indicator:{k}', lang)} | {t(f'indicator_formula:{k}', lang)} | "
                     f"{settings.targets[k]:g} | {t(f'indicator_why:{k}', lang)} |")
    lines += ["", t("weights_line", lang, weights=", ".join(f"{f} {w[f]:.2f}" for f in FUNCTIONS)),
              t("deadline_line", lang, day=settings.deadline_day), "", t("method_note_sources", lang)]
    return "\n".join(lines)
