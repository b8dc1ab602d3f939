"""The frame: page config, sidebar filters and navigation; it runs on every page run. Views only lay out.

The views live in ``views/``, not ``pages/``: with a folder named ``pages/`` beside the entry point,
Streamlit runs a page file on its own (its legacy multipage mode) for the first visitor of a page URL,
without this frame (see README, "Struktur").
"""

import streamlit as st

from tksk.text import LANGS, t
from ui import frame, state, widgets

st.set_page_config(page_title=t("app_short"), page_icon=frame.icon(), layout="wide")

# The navigation is labelled before the sidebar's language switch is drawn: on the first run of a shared URL,
# take the language it names (the switch would only read it later in the run).
if "lang" not in st.session_state:
    # The switch writes its label (lang=English); a link typed by hand may use the code (lang=en).
    named = {**{label: code for code, label in LANGS.items()}, **{code: code for code in LANGS}}.get(
        st.query_params.get("lang"))
    if named:
        st.session_state["lang"] = named
lang = state.lang()
pages = {
    t("nav_overview", lang): [
        st.Page("views/beranda.py", title=t("nav_home", lang), icon=":material/home:", default=True),
    ],
    t("nav_coverage", lang): [
        st.Page("views/peta.py", title=t("nav_map", lang), icon=":material/map:"),
        st.Page("views/beban.py", title=t("nav_workload", lang), icon=":material/work_history:"),
        st.Page("views/kemiskinan.py", title=t("nav_poverty", lang), icon=":material/payments:"),
    ],
    t("nav_performance", lang): [
        st.Page("views/kinerja.py", title=t("nav_indicators", lang), icon=":material/speed:"),
        st.Page("views/perencanaan.py", title=t("nav_planner", lang), icon=":material/groups:"),
    ],
    t("nav_data_group", lang): [
        st.Page("views/data.py", title=t("nav_data", lang), icon=":material/fact_check:"),
    ],
}
nav = st.navigation(pages)
frame.keep_page(nav)  # the page's own path, for the names of its saved images (not the address: baseUrlPath)
widgets.keep(*widgets.ACROSS_PAGES)
frame.canonical_link()  # after the page is known: its rerun stays on the page the link names
frame.sidebar()
nav.run()
