"""Perencanaan: how many TKSK each kecamatan needs (WHO WISN), scenarios, and a printable brief."""

import streamlit as st

from tksk.present import planner
from tksk.present.common import period_label
from ui import frame, planner_panel, show
from ui.state import lang, t
from ui.store import data, present

s = frame.settings()
frame.page_start(t("planner_title"))
st.write(t("planner_intro"))
frame.require_period(s)
with st.expander(t("wisn_method_title"), icon=":material/functions:"):
    st.write(t("wisn_method"))
    st.caption(t("wisn_caveat"))

chosen = planner_panel.controls(data().names())
if chosen is None:
    st.stop()
params, extra = chosen
table, totals, scen = present(planner.plan, s, params, extra["per_penduduk"], extra["per_desa"])

head = planner.headline(totals, params, extra["tali_asih"], lang())
for col, (label, value, delta) in zip(st.columns(5), head["metrics"]):
    col.metric(label, value, delta=delta, delta_color="inverse")
st.caption(head["help"])

left, right = st.columns([3, 2])
with left:
    st.subheader(t("wisn_result_title"))
    show.table(planner.result_table(table, lang()))
with right:
    st.subheader(t("wisn_map_title"))
    st.plotly_chart(present(planner.ratio_map, table, lang()), key="wisn_map", config={"displaylogo": False})
st.caption(present(planner.caveat, s))

st.subheader(t("wisn_scen_title"))
show.table(planner.scenario_table(scen, extra["tali_asih"], lang()))

st.subheader(t("wisn_save_title"))
planner_panel.save_and_load(params, extra, planner.result_table(table, lang()), period_label(s))
# The brief (with its map) is drawn when the button is pressed, not on every rerun.
d = data()
st.download_button(t("wisn_brief"), lambda: planner.brief_html(d, s, params, extra["per_penduduk"], extra["per_desa"],
                                                               extra["tali_asih"]).encode("utf-8"),
                   "ringkasan_perencanaan_tksk.html", "text/html",
                   key="wisn_brief_dl", on_click="ignore", icon=":material/print:", type="primary")
st.caption(t("wisn_brief_help"))
