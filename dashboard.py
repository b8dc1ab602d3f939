"""The frame: page config, sidebar filters, demo badge and navigation. Pages only lay out."""

import streamlit as st

import ui
from tksk import i18n

st.set_page_config(page_title=i18n.t("app_short"), page_icon=":material/diversity_3:", layout="wide")

lang = st.session_state.get("lang", "id")
pages = {
    i18n.t("nav_overview", lang): [
        st.Page("pages/beranda.py", title=i18n.t("nav_home", lang), icon=":material/home:", default=True),
    ],
    i18n.t("nav_coverage", lang): [
        st.Page("pages/peta.py", title=i18n.t("nav_map", lang), icon=":material/map:"),
        st.Page("pages/beban.py", title=i18n.t("nav_workload", lang), icon=":material/work_history:"),
        st.Page("pages/kemiskinan.py", title=i18n.t("nav_poverty", lang), icon=":material/payments:"),
    ],
    i18n.t("nav_performance", lang): [
        st.Page("pages/kinerja.py", title=i18n.t("nav_indicators", lang), icon=":material/speed:"),
        st.Page("pages/perencanaan.py", title=i18n.t("nav_planner", lang), icon=":material/groups:"),
    ],
    i18n.t("nav_data_group", lang): [
        st.Page("pages/data.py", title=i18n.t("nav_data", lang), icon=":material/fact_check:"),
    ],
}
nav = st.navigation(pages)
ui.sidebar()
nav.run()
