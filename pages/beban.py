"""Beban Kerja: how loaded is each TKSK, against the median, by function, over time."""

import streamlit as st

import ui
from ui import charts
from tksk import assumptions, fmt, metrics, vocab

lang = ui.lang()
ui.page_start("workload_title")
st.write(ui.t("workload_intro"))
start, end = ui.period_or_stop()
names = ui.kecamatan_names()
cov = ui.coverage(start, end)
chosen = ui.kecamatan_filter()

# --- ranking against the median
key = ui.translated(st.selectbox, ui.t("load_measure"), metrics.WORKLOAD_METRICS, key="beban_metric",
                    format_func=lambda k: metrics.WORKLOAD_METRICS[k].label(lang))
m = metrics.WORKLOAD_METRICS[key]
st.caption(m.explain(lang))
vm = metrics.workload_vs_median(cov, key)
shown = ui.only(vm, chosen)
left, right = st.columns([3, 2])
with left:
    st.plotly_chart(charts.bar_ranking(shown, "nama_kec", "nilai", value_label=m.label(lang), lang=lang,
                                       decimals=m.decimals, vacant_col="kosong", vacant_label=ui.t("vacant"),
                                       median=vm["median"].iloc[0]), key="beban_rank", config={"displaylogo": False})
with right:
    st.markdown(f"**{ui.t('vs_median_title')}**")
    table = ui.median_position_table(shown, m)
    ui.show_table(table, height=420)
st.caption(ui.map_caption(key))
ui.downloads(table, f"beban_{key}", key="beban_dl")

# --- breakdowns
st.subheader(ui.t("breakdown_title"))
c1, c2 = st.columns(2)
with c1:
    by = ui.translated(st.radio, ui.t("breakdown_by"), metrics.BREAKDOWNS, key="beban_by", horizontal=True,
                       format_func=lambda b: ui.t(f"by_{b}"))
with c2:
    scope = ui.translated(st.selectbox, ui.t("scope"), [None] + sorted(names, key=names.get), key="beban_scope",
                          format_func=lambda c: ui.t("whole_regency") if c is None else names[c])
bd = ui.label_codes(metrics.breakdown(ui.table("agg_kegiatan"), by, start, end, scope), getattr(vocab, metrics.BREAKDOWNS[by]))
b1, b2 = st.columns(2)
b1.plotly_chart(charts.share_bars(bd, "label", "kegiatan", value_label=ui.t("activities"), lang=lang),
                key="beban_bd_n", config={"displaylogo": False})
b2.plotly_chart(charts.share_bars(bd, "label", "jam", value_label=ui.t("hours_logged"), lang=lang, decimals=0,
                                  color="#756bb1"), key="beban_bd_h", config={"displaylogo": False})
st.caption(ui.log_caption())
ui.downloads(bd, f"rincian_{by}", key="beban_bd_dl")

# --- monthly trend of one kecamatan
st.subheader(ui.t("trend_title"))
t1, t2 = st.columns(2)
trend_kec = t1.selectbox("Kecamatan", sorted(names, key=names.get), key="beban_trend_kec", format_func=names.get)
with t2:
    trend_value = ui.translated(st.selectbox, ui.t("trend_measure"), ["orang", "kk", "kegiatan", "jam", "kasus_ppks"],
                                key="beban_trend_value", format_func=ui.trend_label)
trend = metrics.monthly_trend(ui.table("agg_kec_bulan"), ui.table("pos_bulan"), trend_kec, start, end, trend_value)
rounds = metrics.distribution_months(ui.table("agg_kegiatan"), start, end)
st.plotly_chart(charts.month_trend(trend, "per_tksk", value_label=ui.trend_label(trend_value), lang=lang,
                                   shade_months=rounds, shade_label=ui.t("sembako_rounds"), vacant_label=ui.t("vacant")),
                key="beban_trend", config={"displaylogo": False})
st.caption(ui.t("trend_caption") + " " + ui.log_caption())
ui.downloads(ui.trend_table(trend, trend_value), f"tren_{trend_kec}", key="beban_trend_dl")

# --- hours against hours available
st.subheader(ui.t("hours_title"))
avail = st.number_input(ui.t("hours_available"), min_value=1.0, max_value=300.0, step=1.0,
                        value=assumptions.FULL_MONTH_HOURS.value, key="beban_hours")
st.caption(f"= {fmt.number(avail, 2, lang)} {'h' if lang == 'en' else 'jam'}. "
           + (assumptions.FULL_MONTH_HOURS.source_en if lang == "en" else assumptions.FULL_MONTH_HOURS.source_id))
hs = ui.only(metrics.hours_share(cov, avail), chosen)
st.plotly_chart(charts.bar_ranking(hs.assign(kosong=hs["persen_waktu"].isna()), "nama_kec", "persen_waktu",
                                   value_label=ui.t("hours_share"), lang=lang, decimals=0, vacant_col="kosong",
                                   vacant_label=ui.t("vacant"), reference=(100.0, "100 %")),
                key="beban_hours_chart", config={"displaylogo": False})
ui.downloads(hs, "jam_tercatat", key="beban_hours_dl")

# --- desa of one kecamatan
st.subheader(ui.t("desa_title"))
visits = metrics.desa_visits(ui.table("desa"), ui.table("agg_desa_bulan"), trend_kec, start, end)
st.caption(names[trend_kec] + " · " + ui.period_label())
ui.show_table(ui.desa_table(visits))
missed = metrics.not_reached(visits)
st.markdown(f"**{ui.t('desa_not_reached')}**")
st.write(", ".join(missed) if missed else ui.t("all_reached"))
