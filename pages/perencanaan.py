"""Perencanaan: how many TKSK each kecamatan needs (WHO WISN), scenarios, and a printable brief."""

import streamlit as st

import ui
from ui import brief, charts, planner
from tksk import fmt

lang = ui.lang()
ui.page_start("planner_title")
st.write(ui.t("planner_intro"))
start, end = ui.period_or_stop()
names = ui.kecamatan_names()
with st.expander(ui.t("wisn_method_title"), icon=":material/functions:"):
    st.write(ui.t("wisn_method"))
    st.caption(ui.t("wisn_caveat"))

chosen = planner.controls(names)
if chosen is None:
    st.stop()
params, extra = chosen
table, tot, scen = ui.wisn_plan(start, end, params, extra["per_penduduk"], extra["per_desa"])

m1, m2, m3, m4, m5 = st.columns(5)
m1.metric(ui.t("wisn_awt_now"), f"{fmt.number(params.awt.hours, 0, lang)} {'h' if lang == 'en' else 'jam'}")
m2.metric(ui.t("wisn_total_now"), fmt.number(tot["sekarang"], 0, lang))
m3.metric(ui.t("wisn_total_need"), fmt.number(tot["perlu_bulat"], 0, lang),
          delta=fmt.number(tot["perlu_bulat"] - tot["sekarang"], 0, lang), delta_color="inverse")
m4.metric(ui.t("wisn_total_ratio"), fmt.number(tot["rasio_gabungan"], 2, lang))
m5.metric(ui.t("wisn_total_cost"), "Rp " + fmt.number(tot["perlu_bulat"] * extra["tali_asih"] * 12, 0, lang))
st.caption(ui.t("wisn_totals_help", fte=fmt.number(tot["perlu"], 1, lang), mean=fmt.number(tot["rasio_rata_rata"], 2, lang)))

left, right = st.columns([3, 2])
with left:
    st.subheader(ui.t("wisn_result_title"))
    shown = ui.wisn_table(table)
    ui.show_table(shown, height=600)
with right:
    st.subheader(ui.t("wisn_map_title"))
    st.plotly_chart(charts.area_map(ui.geo("kecamatan"), "kode_kec", "nama_kec", ui.ratio_values(table),
                                    value_label=ui.t("wisn_ratio"), lang=lang, decimals=2, higher_is_worse=False,
                                    vacant_label=ui.t("vacant"), gap_label=ui.t("gap"), height=560),
                    key="wisn_map", config={"displaylogo": False})
st.caption(ui.t("wisn_caveat") + " " + ui.log_caption())

st.subheader(ui.t("wisn_scen_title"))
scen_shown = ui.scenario_table(scen, extra["tali_asih"])
ui.show_table(scen_shown)

st.subheader(ui.t("wisn_save_title"))
planner.save_and_load(params, extra, table, ui.period_label())
brief_args = dict(region=ui.region_name(), period=ui.period_label(), logs=ui.logs_label(),
                  allowance=extra["tali_asih"], scenarios=scen, lang=lang)
geo = ui.geo("kecamatan")
# The brief (with its map) is drawn when the button is pressed, not on every rerun.
st.download_button(ui.t("wisn_brief"), lambda: brief.brief_html(table, tot, params, geo, **brief_args).encode("utf-8"),
                   "ringkasan_perencanaan_tksk.html", "text/html",
                   key="wisn_brief_dl", on_click="ignore", icon=":material/print:", type="primary")
st.caption(ui.t("wisn_brief_help"))
