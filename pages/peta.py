"""Peta Cakupan: which kecamatan and desa are under-served."""

import streamlit as st

import ui
from ui import charts
from tksk import metrics

lang = ui.lang()
ui.page_start("map_title")
st.write(ui.t("map_intro"))
start, end = ui.period_or_stop()
cov = ui.coverage(start, end)
chosen_kec = ui.kecamatan_filter()

keys = list(metrics.COVERAGE_METRICS)


def _select_from_map():
    event = st.session_state.get("peta_chart")
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    codes = [p.get("customdata") for p in points if isinstance(p.get("customdata"), str)]
    if codes:
        st.session_state["peta_kec"] = codes[0]


col_map, col_rank = st.columns([3, 2])
with col_rank:
    key = ui.translated(st.selectbox, ui.t("metric"), keys, key="peta_metric",
                        format_func=lambda k: metrics.COVERAGE_METRICS[k].label(lang))
    m = metrics.COVERAGE_METRICS[key]
    st.caption(m.explain(lang))
    st.markdown(f"**{ui.t('ranking_title')}**")
    shown = ui.ranking_table(metrics.rank_underserved(cov, key, only=chosen_kec), m)
    ui.show_table(shown, decimals={ui.t("value"): m.decimals}, height=390)
values = metrics.metric_values(cov, key, only=chosen_kec)
with col_map:
    fig = charts.area_map(ui.geo("kecamatan"), "kode_kec", "nama_kec", values, value_label=m.label(lang), lang=lang,
                          decimals=m.decimals, higher_is_worse=m.higher_is_worse, vacant_label=ui.t("vacant"),
                          gap_label=ui.t("gap"), selected=st.session_state.get("peta_kec"))
    st.plotly_chart(fig, key="peta_chart", on_select=_select_from_map, selection_mode="points",
                    config={"displaylogo": False, "scrollZoom": True})

st.caption(ui.map_caption(key))
ui.downloads(ui.coverage_download(cov), "cakupan_kecamatan", key="peta_dl")

st.divider()
st.subheader(ui.t("choose_kecamatan"))
names = ui.kecamatan_names()
code = st.selectbox(ui.t("choose_kecamatan"), sorted(names, key=names.get), index=None, key="peta_kec",
                    placeholder=ui.t("choose_hint"), format_func=names.get, label_visibility="collapsed")
if code:
    row = cov.set_index("kode_kec").loc[code]
    left, right = st.columns([1, 1])
    with left:
        st.markdown(f"**{ui.t('posts_title')}**")
        posts = ui.posts_of(code)
        ui.show_table(posts, height=35 * (len(posts) + 1) + 3)
        if row["bulan_kosong"]:
            st.warning(ui.t("vacant_months", n=int(row["bulan_kosong"]), m=int(row["jumlah_bulan"])))
        if row["pos_asumsi"]:
            st.info(ui.t("assumed_post"))
    with right:
        st.markdown(f"**{ui.t('desa_map_title')}**")
        visits = metrics.desa_visits(ui.table("desa"), ui.table("agg_desa_bulan"), code, start, end)
        fig_d = charts.area_map(ui.geo("desa", kode_kec=code), "kode_desa", "nama_desa",
                                metrics.desa_map_values(visits, staffed=row["bulan_pos"] > 0),
                                value_label=ui.t("activities"), lang=lang, higher_is_worse=False,
                                vacant_label=ui.t("vacant"), gap_label=ui.t("gap"), zero_label=ui.t("not_reached"),
                                labels=len(visits) <= 25, height=420)
        st.plotly_chart(fig_d, key="peta_desa", config={"displaylogo": False, "scrollZoom": True})
    st.markdown(f"**{ui.t('vs_median')}**")
    ui.show_table(ui.median_table(metrics.median_comparison(cov, code)))
    st.markdown(f"**{ui.t('desa_title')}**")
    table = ui.desa_table(visits)
    ui.show_table(table)
    ui.downloads(table, f"desa_{code}", key="peta_desa_dl")
    missed = metrics.not_reached(visits)
    st.markdown(f"**{ui.t('desa_not_reached')}**")
    if row["bulan_pos"] == 0:
        st.write(ui.t("vacant"))
    elif missed:
        st.write(", ".join(missed))
    else:
        st.write(ui.t("all_reached"))
    st.caption(ui.map_caption("desa_per_tksk"))
