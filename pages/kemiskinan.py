"""Kemiskinan: Ogan Ilir's poverty over time, among its province, and set against TKSK coverage."""

import streamlit as st

import ui
from ui import charts
from tksk import metrics, poverty

lang = ui.lang()
ui.page_start("poverty_title")
st.write(ui.t("poverty_intro"))
pov = ui.table("kemiskinan")
kab = ui.region(choose=True)

# --- the series
ind = ui.translated(st.radio, ui.t("indicator"), poverty.INDICATORS, key="pov_ind", horizontal=True,
                    format_func=lambda i: ui.t(f"ind_{i}"))
best, others = poverty.series(pov, kab["kode"], ind)
decimals = 0 if ind == "garis_kemiskinan_rp" else 2
st.plotly_chart(charts.poverty_line(best, others, value_label=ui.t(f"ind_{ind}"), lang=lang, decimals=decimals,
                                    labels=ui.poverty_labels()), key="pov_line", config={"displaylogo": False})
years = sorted(best["tahun"].unique())
if len(years) <= 3:
    st.info(ui.t("only_some_years", years=", ".join(str(y) for y in years)))
st.caption(ui.t("poverty_caption", years=f"{min(years)}–{max(years)}" if years else "—"))
ui.downloads(ui.poverty_table(best, others), f"kemiskinan_{ind}", key="pov_dl")
with st.expander(ui.t("p_explain_title"), expanded=False):
    st.markdown(ui.t("p_explain"))

# --- among the province
st.subheader(ui.t("ranking_poverty"))
r1, r2 = st.columns(2)
with r1:
    rank_ind = ui.translated(st.selectbox, ui.t("indicator"), ["penduduk_miskin_ribu", "p0_persen", "garis_kemiskinan_rp"],
                             key="pov_rank_ind", format_func=lambda i: ui.t(f"ind_{i}"))
full_years = poverty.complete_years(pov, rank_ind)
year = r2.selectbox(ui.t("year"), full_years[::-1], key="pov_year")
ranked = poverty.ranking(pov, year, rank_ind)
st.plotly_chart(charts.bar_ranking(ui.highlight(ranked, kab["kode"]), "nama_wilayah", "nilai",
                                   value_label=ui.t(f"ind_{rank_ind}"), lang=lang, decimals=decimals if rank_ind == ind else 2),
                key="pov_rank", config={"displaylogo": False})
if ranked["terpotong"].any():
    st.warning(ui.t("truncated_caveat"))
st.caption(ui.t("ranking_caption", year=year))
ui.downloads(ranked, f"peringkat_{rank_ind}_{year}", key="pov_rank_dl")

# --- poverty against TKSK coverage
st.subheader(ui.t("poor_per_tksk_title"))
n_kec = ui.kecamatan_count(kab["kode"])
ppt = poverty.poor_per_tksk(pov, kab["kode"], n_kec)
st.plotly_chart(charts.poverty_line(ppt, value_label=ui.t("poor_per_tksk"), lang=lang, decimals=0,
                                    labels=ui.poverty_labels()), key="pov_per_tksk", config={"displaylogo": False})
st.caption(ui.t("poor_per_tksk_caption", n=n_kec))

period = ui.period()
if period:
    st.subheader(ui.t("need_capacity_title"))
    cov = ui.coverage(*period)
    st.plotly_chart(charts.need_vs_capacity(cov, "kk_per_tksk", "orang_per_bulan", "nama_kec",
                                            x_label=metrics.ALL_METRICS["kk_per_tksk"].label(lang),
                                            y_label=metrics.ALL_METRICS["orang_per_bulan"].label(lang), lang=lang),
                    key="pov_need", config={"displaylogo": False})
    st.caption(ui.t("need_capacity_caption", logs=ui.logs_label(), period=ui.period_label()))
    ui.downloads(ui.coverage_download(cov), "kebutuhan_dan_layanan", key="pov_need_dl")
