"""Peta Cakupan: which kecamatan and desa are under-served."""

import streamlit as st

from tksk.present import coverage
from tksk.present.common import sorted_codes
from ui import frame, show
from ui.state import lang, t
from ui.store import data, present
from ui.widgets import area_choice, chosen_area, translated

s = frame.settings()
frame.page_start(t("map_title"))
st.write(t("map_intro"))
frame.require_period(s)


def _select_from_map():
    event = st.session_state.get("peta_chart")
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    codes = [p.get("customdata") for p in points if isinstance(p.get("customdata"), str)]
    if codes and codes[0] != st.session_state.get("peta_kec"):
        st.session_state["peta_kec"] = codes[0]
        st.session_state["peta_picked"] = True


DETAIL_ANCHOR = "rincian"


# The measure, its map and ranking rerun alone when the measure changes (the frame and the kecamatan below stay).
@frame.fragment
def measure_map_and_ranking():
    if st.session_state.pop("peta_picked", False):
        st.rerun(scope="app")  # a kecamatan picked on the map opens its details below, outside this part
    # The measure first: on a phone the columns stack, and the choice must come before the map it changes.
    measure = translated(st.selectbox, t("metric"), coverage.MEASURES, key="peta_metric",
                         format_func=lambda k: t(f"metric:{k}"))
    st.caption(t(f"metric_explain:{measure}"))
    if short := coverage.short_period_note(s, measure):
        st.warning(short, icon=":material/calendar_month:")
    area = area_choice() if measure == "km2_per_tksk" else chosen_area()
    if picked := st.session_state.get("peta_kec"):
        # The detail opens about 1.400 pixels down: a map click, or Beranda's link, changed nothing in view.
        st.markdown(f":material/arrow_downward: [{t('detail_below', name=data().names().get(picked, picked))}]"
                    f"(#{DETAIL_ANCHOR})")
    col_map, col_rank = st.columns([1, 1])
    with col_rank:
        st.markdown(f"**{coverage.ranking_title(measure, lang())}**")
        show.short_table(present(coverage.ranking, s, measure, area))
    with col_map:
        show.area_map(present(coverage.area_map, s, measure, st.session_state.get("peta_kec"), area, clickable=True),
                      key="peta_chart", on_select=_select_from_map, selection_mode="points",
                      config={"displaylogo": False, "scrollZoom": True})
        gap = present(coverage.gap_sentence, s)
        if gap:
            st.warning(gap, icon=":material/person_off:")
    st.caption(present(coverage.measure_caption, s, measure, area))
    show.downloads(present(coverage.export, s, area), key="peta_dl")


# The kecamatan chooser is read before the map above it is drawn: a kecamatan given in the address (Beranda's link,
# a shared URL) is only set when its widget is, and the map and the link to the detail missed it on first load.
top = st.container()
st.divider()
st.subheader(t("choose_kecamatan"), anchor=DETAIL_ANCHOR)
names = data().names()
code = st.selectbox(t("choose_kecamatan"), sorted_codes(names), index=None, key="peta_kec",
                    placeholder=t("choose_hint"), format_func=names.get, label_visibility="collapsed",
                    bind="query-params")
with top:
    measure_map_and_ranking()
if code:
    # The area the measure above divides, as last chosen there or on Beban Kerja.
    d = present(coverage.detail, s, code, chosen_area())
    left, right = st.columns([1, 1])
    with left:
        st.markdown(f"**{t('posts_title')}**")
        show.table(d["posts"])
        if d["vacant"]:
            st.warning(d["vacant"])
        if d["assumed"]:
            st.info(d["assumed"])
    with right:
        st.markdown(f"**{t('desa_map_title')}**")
        show.area_map(d["desa_map"], key="peta_desa", config={"displaylogo": False, "scrollZoom": True})
    st.markdown(f"**{t('vs_median')}**")
    show.table(d["median"])
    st.markdown(f"**{t('desa_title')}**")
    show.table(d["desa"], key="peta_desa_dl")
    st.markdown(f"**{t('desa_not_reached')}**")
    st.write(d["not_reached"])
    st.caption(d["caption"])
