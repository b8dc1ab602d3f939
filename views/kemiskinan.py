"""Kemiskinan: the regency's poverty over time, among its province, and set against TKSK coverage."""

import streamlit as st

from tksk.present import poverty
from ui import frame, show
from ui.state import t
from ui.store import data, present
from ui.widgets import tabs, translated


s = frame.settings()
frame.page_start(t("poverty_title"))
st.write(t("poverty_intro"))
regions = data().regions()
kab = next(iter(regions))
if len(regions) > 1:
    kab = st.selectbox(t("scope"), list(regions), format_func=regions.get, key="region_choice")

series_tab, rank_tab, per_tksk_tab, need_tab = tabs("pov_tab")

with series_tab:
    if series_tab.open:
        ind = translated(st.radio, t("indicator"), poverty.INDICATORS, key="pov_ind", horizontal=True,
                         format_func=lambda i: poverty.label(i, s.lang))
        ser = present(poverty.series, s, kab, ind)
        show.chart(ser["figure"], "pov_line", logs=False, sources=ser["table"].sources)
        if ser["only_some"]:
            st.info(ser["only_some"])
        st.caption(ser["caption"])
        show.downloads(ser["table"], key="pov_dl")
        with st.expander(t("p_explain_title"), expanded=False):
            st.markdown(t("p_explain"))

with rank_tab:
    if rank_tab.open:
        r1, r2 = st.columns(2)
        with r1:
            rank_ind = translated(st.selectbox, t("indicator"), poverty.RANKED, key="pov_rank_ind",
                                  format_func=lambda i: poverty.label(i, s.lang))
        years = present(poverty.ranking_years, rank_ind)
        year = r2.selectbox(t("year"), years, index=poverty.ranking_year_index(years, s), key="pov_year",
                            bind="query-params")
        rank = present(poverty.ranking, s, kab, rank_ind, year)
        show.chart(rank["figure"], "pov_rank", logs=False, sources=rank["table"].sources)
        if rank["truncated"]:
            st.warning(rank["truncated"])
        st.caption(rank["caption"])
        show.downloads(rank["table"], key="pov_rank_dl")

with per_tksk_tab:
    if per_tksk_tab.open:
        ppt = present(poverty.poor_per_tksk, s, kab)
        if ppt["figure"] is None:
            st.info(ppt["caption"])
        else:
            if ppt.get("single"):
                st.metric(*ppt["single"])
            else:
                show.chart(ppt["figure"], "pov_per_tksk", sources=ppt["table"].sources, period=False)
            if ppt.get("missing"):
                st.warning(ppt["missing"])
            st.caption(ppt["caption"])
            show.downloads(ppt["table"], key="pov_per_tksk_dl")

with need_tab:
    if need_tab.open:
        if s.period is None:
            # Before the first import the need side is there, the work side not: said, not "no log for this period".
            st.info(t("need_capacity_no_log" if data().log_mode == "none" else "no_period"))
        else:
            frame.filter_note(s, applied=False)  # a kecamatan is read against all the others here
            need = present(poverty.need_vs_capacity, s)
            show.chart(need["figure"], "pov_need")
            st.caption(need["caption"])
            show.downloads(need["table"], key="pov_need_dl")
