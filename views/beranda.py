"""Beranda: the answers first (coverage map, under-served, vacancies, need, attention, freshness), then the
kecamatan table."""

import streamlit as st

from tksk.present import home
from ui import frame, planner_panel, show, widgets
from ui.store import data, present

# The column of each answer (under-served, vacancies, need, attention): the kecamatan to look at in the middle, the
# need on its own at the right. Two by two, the need and the attention list made the third column three times as tall
# as the second, 1.000 pixels longer than the map at 1024 pixels (ux31 #10).
ANSWER_COLUMN = (1, 1, 2, 1)

s = frame.settings()
head = present(home.headline, s)
frame.page_start(head["title"])
st.caption(head["status"])
if head["scope"]:
    st.info(head["scope"], icon=":material/filter_alt:")

if s.period:
    # Map and four answers side by side: the first screen of a laptop holds them all.
    columns = st.columns([4, 3, 3])
    with columns[0]:
        show.area_map(present(home.coverage_map, s), key="home_map", config={"displayModeBar": False})
        st.caption(present(home.map_caption, s))
    params, extra = planner_panel.current()
    scoring = st.session_state.get("kinerja_settings")  # as last set on Indikator Kinerja, if it was opened
    for i, answer in enumerate(present(home.answers, s, params, (extra["per_penduduk"], extra["per_desa"]), scoring,
                                       planner_panel.fallback_note())):
        with columns[ANSWER_COLUMN[i]]:
            st.markdown(f"**{answer.title}**  \n" + "  \n".join(answer.lines))
            if answer.aside:
                st.caption(" ".join(answer.aside))
            widgets.link(answer.link, key=f"home_link_{i}")

elif data().log_mode == "none":
    # Before the first import the need for TKSK already follows from the reference data: Perencanaan's answer.
    params, extra = planner_panel.current()
    answer = present(home.need_answer, s, params, (extra["per_penduduk"], extra["per_desa"]),
                     planner_panel.fallback_note())
    st.markdown(f"**{answer.title}**  \n" + "  \n".join(answer.lines))
    if answer.aside:
        st.caption(" ".join(answer.aside))
    widgets.link(answer.link, key="home_link_need")

for col, (label, value, note) in zip(st.columns([1, 1, 1.3, 2]), head["metrics"]):
    col.metric(label, value, help=note)
st.write(head["intro"])
title, table, caption = present(home.kecamatan_table, s)
# The reference table is there for whoever opens it; closed, the home page stays light.
reference = widgets.expander(title, "home_table", ":material/table:")
with reference:
    if reference.open:
        show.table(table, key="home_kec")
        st.caption(caption)
