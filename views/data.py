"""Sumber & Kualitas Data: every source, the store, log quality, upload for staff, templates."""

import streamlit as st

from tksk import fmt, indicators, logs
from tksk.present import data as sources
from ui import frame, show, upload
from ui.state import lang, t
from ui.store import present

s = frame.settings()
frame.page_start(t("data_title"))
tab_src, tab_quality, tab_upload, tab_tpl = st.tabs([t("tab_sources"), t("tab_quality"), t("tab_upload"),
                                                     t("tab_templates")])

with tab_src:
    st.caption(t("sources_caption"))
    src = present(sources.sources, lang())
    for title, lines in src["cards"]:
        # Plain text keeps a source's characters literal (no Markdown).
        with st.expander(title, icon=":material/description:"):
            for line in lines:
                st.text(line)
    show.downloads(src["table"], key="src_dl")
    st.subheader(t("population_sources_title"))
    show.table(present(sources.population_by_source, s), key="pop_src_dl")
    st.caption(t("population_sources_caption"))
    st.subheader(t("areas_title"))
    areas = present(sources.areas, s)
    show.table(areas["table"], key="areas_dl")
    st.caption(areas["caption"])
    st.subheader(t("store_info"))
    st.markdown(present(sources.store_info, lang()))

with tab_quality:
    if s.period is None:
        st.info(t("no_period"))
    else:
        st.subheader(t("completeness_title"))
        deadline = st.columns([2, 3])[0].number_input(t("deadline"), min_value=1, max_value=28,
                                                      value=indicators.Settings().deadline_day, step=1,
                                                      key="data_deadline", help=t("deadline_help"))
        quality = present(sources.report_quality, s, int(deadline))
        show.table(quality["summary"], key="q_sum_dl")
        for i, (title, fig) in enumerate(quality["heatmaps"]):
            st.markdown(f"**{title}**")
            st.plotly_chart(fig, key=f"heat_{i}", config={"displayModeBar": False})
        st.caption(quality["caption"])
        show.downloads(quality["grid"], key="q_grid_dl")

        st.subheader(t("never_visited_title"))
        show.table(present(sources.never_visited, s), key="q_nv_dl")

        st.subheader(t("outliers_title"))
        st.caption(t("outliers_caption"))
        show.table(present(sources.outliers, s))

    st.subheader(t("last_import_title"))
    last = upload.last_import()
    if last is None:
        st.write(t("no_import"))
    else:
        st.caption(last["at"])
        st.dataframe(upload.problems_frame(last["problems"]), hide_index=True, width="stretch")

with tab_upload:
    upload.panel()

with tab_tpl:
    st.caption(t("templates_caption"))
    upload.template_downloads()
    st.caption(t("upload_limits", mb=logs.MAX_BYTES // (1024 * 1024), rows=fmt.number(logs.MAX_ROWS, lang=lang())))
