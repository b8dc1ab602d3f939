"""Sumber & Kualitas Data: every source, the store, log quality, upload for staff, templates."""

import streamlit as st

import ui
from ui import charts, upload
from tksk import fmt, logs, metrics

lang = ui.lang()
s = ui.store()
ui.page_start("data_title")
tab_src, tab_quality, tab_upload, tab_tpl = st.tabs([ui.t("tab_sources"), ui.t("tab_quality"), ui.t("tab_upload"),
                                                     ui.t("tab_templates")])

with tab_src:
    st.caption(ui.t("sources_caption"))
    sources = ui.sources_table()
    for record in sources.to_dict("records"):
        ui.source_card(record)
    ui.downloads(sources, "sumber_data", key="src_dl")
    st.subheader(ui.t("population_sources_title"))
    pops = ui.only(metrics.population_by_source(ui.table("penduduk")), ui.kecamatan_filter())
    ui.show_table(pops)
    st.caption(ui.t("population_sources_caption"))
    ui.downloads(pops, "penduduk_menurut_sumber", key="pop_src_dl")
    st.subheader(ui.t("store_info"))
    mode = {"demo": ui.t("log_demo"), "real": ui.t("log_real"), "none": ui.t("log_none")}[s.manifest["log_mode"]]
    p = s.manifest.get("log_period")
    full = f"{fmt.month(p[0], lang)} – {fmt.month(p[1], lang)}" if p else "—"
    st.markdown(f"- **{ui.t('built_at')}:** {fmt.timestamp(s.manifest['built_at'], lang)}\n"
                f"- **{ui.t('log_status')}:** {mode}, {fmt.number(s.manifest['log_rows'], lang=lang)} "
                f"{'baris' if lang == 'id' else 'rows'}\n"
                f"- **{ui.t('data_period')}:** {full}\n"
                f"- **{ui.t('source_folder')}:** `{s.manifest.get('source_dir', '')}`")
    st.markdown(f"**{ui.t('row_counts')}**")
    ui.show_table(ui.row_counts(), width="content")

with tab_quality:
    period = ui.period()
    if period is None:
        st.info(ui.t("no_period"))
    else:
        start, end = period
        st.subheader(ui.t("completeness_title"))
        deadline = st.columns([2, 3])[0].number_input(ui.t("deadline"), min_value=1, max_value=28, value=10, step=1,
                                                      key="data_deadline", help=ui.t("deadline_help"))
        kec = ui.table("kecamatan")
        grid = ui.report_grid(start, end, int(deadline))
        summary = ui.report_summary_table(metrics.report_summary(ui.only(grid, ui.kecamatan_filter())))
        ui.show_table(summary, decimals={ui.t("completeness"): 1, ui.t("timeliness"): 1})
        ui.downloads(summary, "kelengkapan_laporan", key="q_sum_dl")
        for value, title_key in (("kelengkapan_persen", "grid_completeness"), ("ketepatan_persen", "grid_timeliness")):
            st.markdown(f"**{ui.t(title_key)}**")
            matrix = metrics.report_matrix(grid, kec, value, lambda m: fmt.month_short(m, lang))
            st.plotly_chart(charts.heatmap(matrix, value_label="%", lang=lang, gap_label=ui.t("vacant")),
                            key=f"heat_{value}", config={"displayModeBar": False})
        st.caption(ui.log_caption() + " " + ui.t("deadline_help"))
        ui.downloads(grid, "laporan_per_bulan", key="q_grid_dl")

        st.subheader(ui.t("never_visited_title"))
        nv = ui.only(metrics.never_visited(ui.table("desa"), ui.table("agg_desa_bulan"), ui.table("pos_bulan"), start, end),
                     ui.kecamatan_filter())
        ui.show_table(nv)
        ui.downloads(nv, "desa_tanpa_kunjungan", key="q_nv_dl")

        st.subheader(ui.t("outliers_title"))
        st.caption(ui.t("outliers_caption"))
        out = metrics.in_period(ui.table("pencilan"), start, end, column="tanggal")
        ui.show_table(out, decimals={"nilai": 1, "rata_rata": 1, "batas": 1})

    st.subheader(ui.t("last_import_title"))
    last = upload.last_import()
    if last is None:
        st.write(ui.t("no_import"))
    else:
        st.caption(last["at"])
        st.dataframe(upload.problems_frame(last["problems"]), hide_index=True, width="stretch")

with tab_upload:
    upload.panel()

with tab_tpl:
    st.caption(ui.t("templates_caption"))
    upload.template_downloads()
    st.caption(ui.t("upload_limits", mb=logs.MAX_BYTES // (1024 * 1024), rows=fmt.number(logs.MAX_ROWS, lang=lang)))
