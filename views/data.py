"""Sumber & Kualitas Data: every source, the store, log quality, templates; for signed-in staff the upload, the
last import and the audit trail, and for admins the undo."""

import streamlit as st

from tksk import indicators
from tksk.present import data as sources
from ui import auth, frame, show, staff, upload
from ui.state import lang, t
from ui.store import present
from ui.widgets import tabs, whole_number

s = frame.settings()
frame.page_start(t("data_title"))
# Keyed: an import turns the demo badge above off, and an unkeyed tab bar moved up one place would reopen on its
# first tab, away from the import's result. Only the open tab runs.
tab_src, tab_quality, tab_staff, tab_tpl = tabs("data_tabs")

with tab_src:
    if tab_src.open:
        st.caption(t("sources_caption"))
        src = present(sources.sources, lang())
        for title, lines in src["cards"]:
            # Plain text keeps a source's characters literal (no Markdown).
            with st.expander(title, icon=":material/description:"):
                for line in lines:
                    st.text(line)
        show.downloads(src["table"], key="src_dl")
        st.subheader(t("population_sources_title"))
        # Plain HTML, whose headers wrap: eight sources named in full made the data grid 1713 pixels wide in 960 at
        # 1366 pixels, and a gap there is a source that gives no figure, said in words.
        show.short_table(present(sources.population_by_source, s), key="pop_src_dl")
        st.caption(t("population_sources_caption"))
        st.subheader(t("areas_title"))
        areas = present(sources.areas, s)
        show.table(areas["table"], key="areas_dl")
        st.caption(areas["caption"])
        st.subheader(t("store_info"))
        st.markdown(present(sources.store_info, lang()))

with tab_quality:
    if tab_quality.open:
        if s.period is None:
            st.info(t("no_period"))
        else:
            frame.filter_note(s, ranked=False)
            if (gone := present(sources.months_without_log, s)):
                st.warning(gone, icon=":material/event_busy:")
            st.subheader(t("completeness_title"))
            deadline = whole_number(t("deadline"), "data_deadline", low=1, high=28,
                                    default=indicators.Settings().deadline_day, help=t("deadline_help"),
                                    container=st.columns([2, 3])[0])
            quality = present(sources.report_quality, s, int(deadline))
            if quality["missing"]:
                st.warning(quality["missing"], icon=":material/hourglass_empty:")
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
            outliers = present(sources.outliers, s)
            if outliers.frame.empty:  # the table widget would say "empty" in English
                st.info(t("no_outliers"))
            else:
                show.table(outliers, key="q_out_dl")

with tab_staff:
    if tab_staff.open:
        upload.limits_caption()
        account = auth.panel()
        if account is not None and account.may("operator"):
            st.subheader(t("upload_title"))
            upload.panel(account)
            st.subheader(t("last_import_title"))
            staff.last_import()
            st.subheader(t("audit_title"))
            staff.audit_trail()
            if account.may("admin"):
                st.subheader(t("rollback_title"))
                staff.rollback_panel(account)
        elif account is not None:
            st.info(t("viewer_only"))

with tab_tpl:
    if tab_tpl.open:
        st.caption(t("templates_caption"))
        upload.template_downloads()
        upload.limits_caption()
