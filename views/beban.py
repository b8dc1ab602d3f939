"""Beban Kerja: how loaded is each TKSK, against the median, by function, over time, in hours, and per desa.

Each section is a tab of its own that runs only when open."""

import streamlit as st

from tksk import wisn
from tksk.present import workload
from tksk.present.common import period_label, sorted_codes
from ui import frame, planner_panel, show
from ui.state import t
from ui.store import data, present
from ui.widgets import WHOLE_REGENCY, area_choice, chosen_area, tabs, translated


s = frame.settings()
frame.page_start(t("workload_title"))
st.write(t("workload_intro"))
frame.require_period(s)
names = data().names()
# The kecamatan of the sidebar's filter come first, so that each tab's chooser opens on them: the tabs showed the
# whole regency and Indralaya with Rantau Panjang chosen.
ordered = sorted_codes(names)
chosen = [c for c in ordered if c in s.kecamatan]
codes = chosen + [c for c in ordered if c not in s.kecamatan]
rank_tab, breakdown_tab, trend_tab, hours_tab, desa_tab = tabs("beban_tab")

with rank_tab:
    if rank_tab.open:
        measure = translated(st.selectbox, t("load_measure"), workload.MEASURES, key="beban_metric",
                             format_func=lambda k: t(f"metric:{k}"))
        # "km² per TKSK" divides the area chosen here or on Peta Cakupan: one choice, the same figures on both.
        area = area_choice() if measure == "km2_per_tksk" else chosen_area()
        rank = present(workload.ranking, s, measure, area)
        st.caption(rank["explain"])
        left, right = st.columns([3, 2])
        show.chart(rank["figure"], "beban_rank", where=left)
        with right:
            show.short_table(rank["table"])
        st.caption(rank["caption"])
        show.downloads(rank["table"], key="beban_dl")

with breakdown_tab:
    if breakdown_tab.open:
        c1, c2 = st.columns(2)
        with c1:
            by = translated(st.radio, t("breakdown_by"), list(workload.BREAKDOWNS), key="beban_by", horizontal=True,
                            format_func=lambda b: t(workload.BREAKDOWNS[b]))
        with c2:
            # The whole regency as an option of its own: a select box reads the value None as "nothing chosen"
            # and showed its placeholder once the tab was opened again.
            scope = translated(st.selectbox, t("scope"), [*chosen, WHOLE_REGENCY, *codes[len(chosen):]], key="beban_scope",
                               format_func=lambda c: t("whole_regency") if c == WHOLE_REGENCY else names[c])
        bd = present(workload.breakdown, s, by, None if scope == WHOLE_REGENCY else scope)
        b1, b2 = st.columns(2)
        show.chart(bd["activities"], "beban_bd_n", where=b1)
        show.chart(bd["hours"], "beban_bd_h", where=b2)
        st.caption(bd["caption"])
        show.downloads(bd["table"], key="beban_bd_dl")

with trend_tab:
    if trend_tab.open:
        t1, t2 = st.columns(2)
        trend_kec = t1.selectbox("Kecamatan", codes, key="beban_trend_kec", format_func=names.get,
                                 bind="query-params")
        with t2:
            value = translated(st.selectbox, t("trend_measure"), list(workload.TREND_VALUES), key="beban_trend_value",
                               format_func=lambda v: workload.trend_label(v, s.lang))
        tr = present(workload.trend, s, trend_kec, value)
        if tr["empty"]:
            st.info(tr["empty"], icon=":material/hourglass_empty:")
        else:
            show.chart(tr["figure"], "beban_trend")
        st.caption(tr["caption"])
        show.downloads(tr["table"], key="beban_trend_dl")

# Hours against hours available: the planner's working time, set once for every page.
with hours_tab:
    if hours_tab.open:
        # The hours use the working time alone: a refused table does not change them, refused settings do. Said
        # first, and the caption then names the default it falls back to.
        refused = planner_panel.fallback_note(tables=False)
        if refused:
            st.info(refused, icon=":material/info:")
        hours = present(workload.hours, s, wisn.monthly_hours(planner_panel.capacity()), refused=bool(refused))
        st.caption(hours["available"])
        st.page_link("views/perencanaan.py", label=t("capacity_link"), icon=":material/schedule:")
        show.chart(hours["figure"], "beban_hours_chart")
        if hours["incomplete"]:
            st.caption(hours["incomplete"])
        st.caption(hours["sources"])
        show.downloads(hours["table"], key="beban_hours_dl")

with desa_tab:
    if desa_tab.open:
        desa_kec = st.selectbox("Kecamatan", codes, key="beban_desa_kec", format_func=names.get, bind="query-params")
        desa = present(workload.desa, s, desa_kec)
        st.caption(names[desa_kec] + " · " + period_label(s))
        show.table(desa["table"], key="beban_desa_dl")
        st.markdown(f"**{t('desa_not_reached')}**")
        st.write(desa["not_reached"])
        st.caption(desa["sources"])
