"""Indikator Kinerja: the three Permensos 28/2018 functions measured per TKSK."""

import streamlit as st

import ui
from ui import charts
from tksk import indicators, metrics

lang = ui.lang()
ui.page_start("kinerja_title")
st.write(ui.t("kinerja_intro"))
start, end = ui.period_or_stop()
names = ui.kecamatan_names()

with st.expander(ui.t("settings_title"), icon=":material/tune:"):
    edited = st.data_editor(ui.targets_frame(), key="kinerja_targets", hide_index=True, width="stretch",
                            disabled=[c for c in ui.targets_frame().columns if c != ui.t("target")],
                            column_config={ui.t("target"): ui.number_column_config(min_value=0.01)})
    st.markdown(f"**{ui.t('weights')}**")
    w1, w2, w3, w4 = st.columns(4)
    weights = {f: col.number_input(ui.ui_fn(f), min_value=0.0, max_value=10.0, value=1.0, step=0.5,
                                   key=f"kinerja_w_{f}", help=ui.t("weights_help"))
               for f, col in zip(indicators.FUNCTIONS, (w1, w2, w3))}
    deadline = w4.number_input(ui.t("deadline"), min_value=1, max_value=28, value=10, step=1, key="kinerja_deadline",
                               help=ui.t("deadline_help"))
settings = ui.indicator_settings(edited, weights, int(deadline))
if settings is None:
    st.stop()

tables = ui.indicator_tables()
card = ui.scorecard(start, end, settings)

st.subheader(ui.t("scorecard_title"))
shown = ui.scorecard_table(ui.only(card, ui.kecamatan_filter()))
ui.show_table(shown, decimals={c: 0 for c in shown.columns[2:6]},
              backgrounds={ui.t("status"): shown.attrs["status_colors"]})
st.caption(ui.t("scorecard_caption") + " " + ui.log_caption())
ui.downloads(card, "kartu_skor_tksk", key="kinerja_card_dl")

st.subheader(ui.t("indicator_trend"))
c1, c2 = st.columns(2)
with c1:
    key = ui.translated(st.selectbox, ui.t("indicator"), indicators.INDICATORS, key="kinerja_ind",
                        format_func=lambda k: f"{k} · {indicators.INDICATORS[k].label(lang)}")
trend_kec = c2.selectbox("Kecamatan", sorted(names, key=names.get), key="kinerja_trend_kec", format_func=names.get)
regency = ui.indicator_trend(start, end, settings)
one = ui.indicator_trend(start, end, settings, trend_kec)
ind = indicators.INDICATORS[key]
st.plotly_chart(charts.lines_by_month({ui.t("regency_pooled"): regency, names[trend_kec]: one}, key,
                                      value_label=ind.label(lang), lang=lang, decimals=ind.decimals,
                                      target=settings.targets[key], vacant_label=ui.t("vacant")),
                key="kinerja_trend", config={"displaylogo": False})
st.caption(f"{ind.formula(lang)}. {ui.log_caption()}")
ui.downloads(ui.trend_download(regency, one, names[trend_kec]), f"tren_{key}", key="kinerja_trend_dl")

st.subheader(ui.t("drill_title"))
drill = st.selectbox("Kecamatan", sorted(names, key=names.get), key="kinerja_drill", format_func=names.get)
row = card.set_index("kode_kec").loc[drill]
st.markdown(f"**{ui.t('lifts_lowers')}**")
ui.show_table(ui.contributions_table(indicators.contributions(row, settings)))
d1, d2 = st.columns([2, 3])
with d1:
    st.markdown(f"**{ui.t('reports_by_month')}**")
    grid = ui.report_grid(start, end, settings.deadline_day)
    ui.show_table(ui.reports_table(grid, tables["laporan"], drill, settings.deadline_day))
with d2:
    st.markdown(f"**{ui.t('by_activity')}**")
    ui.show_table(ui.activity_table(metrics.activity_counts(tables["agg_kegiatan"], drill, start, end)),
                  decimals={ui.t("hours_logged"): 1})
ui.show_table(ui.desa_table(metrics.desa_visits(ui.table("desa"), tables["agg_desa_bulan"], drill, start, end)))

st.subheader(ui.t("compare_title"))
k1, k2 = st.columns(2)
codes = sorted(names, key=names.get)
a = k1.selectbox("Kecamatan A", codes, index=0, key="kinerja_cmp_a", format_func=names.get)
b = k2.selectbox("Kecamatan B", codes, index=1, key="kinerja_cmp_b", format_func=names.get)
ui.show_table(ui.compare_table(card, a, b, names))

st.subheader(ui.t("method_title"))
note = indicators.method_note(settings, lang)
with st.expander(ui.t("method_title")):
    st.markdown(note)
st.download_button(ui.t("download_method"), note.encode("utf-8"), "metode_indikator_tksk.md", "text/markdown",
                   key="kinerja_method_dl", on_click="ignore", icon=":material/download:")
