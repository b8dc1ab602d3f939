"""Perencanaan: the answer first (how many TKSK, the range, today), then the table and map, need against logged
work, where to place new posts, how sure the figures are, and the assumptions that make them."""

import streamlit as st

from tksk import scenario
from tksk.present import planner, planner_detail
from tksk.present.common import period_label
from tksk.text import files
from ui import frame, planner_panel, show
from ui.state import lang, t
from ui.store import data, present
from ui.widgets import decimal_input, keep, tabs, translated, whole_number

ALLOC_MODES = {"posts": "alloc_by_posts", "budget": "alloc_by_budget"}

s = frame.settings()
frame.page_start(t("planner_title"))
if s.period is None and data().log_mode == "none":
    # The first day of real use: how many TKSK each kecamatan needs is already answered by the reference data.
    s = planner.without_logs(data(), s)
    st.info(t("planner_without_logs"), icon=":material/info:")
frame.require_period(s, scoped=False)
if s.kecamatan:  # the need is the regency's: a filter that changed nothing here read as applied
    st.info(t("planner_regency_wide"), icon=":material/filter_alt_off:")


# Every figure of the page follows the settings, so the page below its title is one fragment: a change of
# setting reruns it alone, not the frame (sidebar, navigation) around it.
@frame.fragment
def planner_page():
    # A widget in a tab that runs only when open; the frame keeps it on full runs, a fragment's run skips the frame.
    keep("alloc_n")
    # The answer is drawn first but computed from the settings drawn at the foot of the page.
    answer, results = st.container(), st.container()
    st.subheader(t("wisn_assumptions_title"))
    st.caption(t("wisn_assumptions_intro"))
    chosen = planner_panel.controls(data().names(), present(planner_detail.log_standards, s), present(planner.drivers, s))
    if chosen is None:
        answer.error(t("wisn_err_settings"))
        st.stop()
    params, extra = chosen
    table, totals, scen = present(planner.plan, s, params, extra["per_penduduk"], extra["per_desa"])
    unc = present(planner.uncertainty_of, s, params)
    # Every download of the page says the settings that made it.
    settings = present(planner.settings_text, s, params)
    made = lambda tbl: planner.with_settings(tbl, settings, lang())  # noqa: E731
    result = made(planner.result_table(table, lang()))

    with answer:
        said = planner.answer(data(), s, totals, unc["summary"], params, table)
        notes = planner.caveats(data(), s, params, said, table)
        # A setting outside what a year holds above the answer it makes; the other notes under it.
        for note in (note for note, kind in notes if kind == "setting"):
            st.warning(note, icon=":material/warning:")
        st.markdown(f"#### {said['sentence']}")
        head = planner.headline(totals, extra["tali_asih"], lang())
        for col, (label, value, delta, help_) in zip(st.columns(5), head["metrics"]):
            col.metric(label, value, delta=delta, delta_color="inverse", help=help_)
        st.caption(head["definitions"] + " " + said["how"])
        for note, kind in notes:
            # Most kecamatan estimated from a few: said where the answer is read, not only in a column off-screen.
            if kind == "warning":
                st.warning(note, icon=":material/warning:")
            elif kind != "setting":  # drawn above the answer
                st.caption(note)

    with results:
        result_tab, nvl_tab, alloc_tab, unc_tab, scen_tab = tabs("wisn_tab")
        with result_tab:
            if result_tab.open:
                # The table at full width (every column readable at 1366 pixels), the map and the caveat under it.
                show.table(result)
                left, right = st.columns([2, 3])
                with left:
                    st.markdown(f"**{t('wisn_map_title')}**")
                    st.html(present(planner.pressure_map, table, lang()))
                right.caption(present(planner.caveat, s))

        with nvl_tab:
            if nvl_tab.open and data().log_mode == "none":
                # Nothing logged to compare with: a table of gaps read "0,0 TKSK by need" under a headline of 30,9.
                st.info(t("nvl_no_log"), icon=":material/info:")
            elif nvl_tab.open:
                st.caption(t("nvl_intro"))
                nvl = planner_detail.need_vs_log(table, lang())
                if nvl["table"] is None:
                    st.info(nvl["totals"], icon=":material/info:")
                else:
                    st.markdown(nvl["totals"])
                    # Plain HTML at full width: beside the chart, in a data grid, its reading (a sentence) and the
                    # columns after it were off-screen at 1366 pixels.
                    show.short_table(made(nvl["table"]), key="wisn_nvl_dl")
                    show.chart(nvl["figure"], "wisn_nvl")
                st.caption(present(planner.sources_note, s))

        with alloc_tab:
            if alloc_tab.open:
                st.caption(t("alloc_rule"))
                a1, a2 = st.columns([1, 2])
                with a1:
                    mode = translated(st.radio, t("alloc_mode"), list(ALLOC_MODES), key="alloc_mode", horizontal=True,
                                      format_func=lambda m: t(ALLOC_MODES[m]))
                if mode == "posts":
                    n_new = whole_number(t("alloc_n"), "alloc_n", low=0, high=scenario.MAX_NEW_POSTS, default=5,
                                         container=a2)
                else:
                    budget = decimal_input(t("alloc_budget"), "alloc_budget", default=60_000_000.0, min_value=0.0,
                                           max_value=1e11, decimals=0, container=a2)
                    n_new, said_budget = planner_detail.budget_posts(budget, extra["tali_asih"], lang())
                    a2.caption(said_budget)
                steps = planner_detail.new_posts(table, n_new, lang())
                if steps is None:
                    if (why := planner_detail.nothing_placed(n_new, mode == "budget", lang())):
                        st.info(why)
                else:
                    show.table(made(steps), key="wisn_alloc_dl")
                    st.caption(t("alloc_shortage_help"))
                st.markdown(f"**{t('redis_title')}**")
                moved = planner_detail.redistribution(table, lang())
                st.caption(moved["intro"])
                if moved["table"] is None:
                    st.info(t("redis_none"))
                else:
                    show.table(made(moved["table"]), key="wisn_redis_dl")
                st.caption(present(planner.sources_note, s))

        with unc_tab:
            if unc_tab.open:
                st.caption(t("unc_intro"))
                view = planner_detail.uncertainty_view(unc, params, lang())
                show.chart(view["figure"], "wisn_tornado")
                if view["shown"]:
                    st.caption(view["shown"])
                # Plain HTML: its reasons are sentences, which a data grid cuts off at 1366 pixels.
                show.short_table(made(view["table"]), key="wisn_unc_dl")
                st.caption(present(planner.sources_note, s))

        with scen_tab:
            if scen_tab.open:
                show.table(made(planner.scenario_table(scen, extra["tali_asih"], lang(), extra["per_penduduk"],
                                                       extra["per_desa"])), key="wisn_scen_dl")
                st.caption(planner.scenario_note(extra["per_penduduk"], extra["per_desa"], extra["tali_asih"], lang())
                           + " " + present(planner.sources_note, s))

    st.subheader(t("wisn_save_title"))
    planner_panel.save_and_load(params, extra, result, period_label(s))
    # The brief (with its map) is drawn when the button is pressed, not on every rerun.
    d = data()
    st.download_button(t("wisn_brief"), lambda: planner.brief_html(d, s, params, extra["per_penduduk"], extra["per_desa"],
                                                                   extra["tali_asih"]).encode("utf-8"),
                       files.stem("ringkasan_perencanaan_tksk", lang()) + ("_DEMO" if d.is_demo else "") + ".html",
                       "text/html",
                       key="wisn_brief_dl", on_click="ignore", icon=":material/print:", type="primary")
    st.caption(t("wisn_brief_help"))
    with st.expander(t("wisn_method_title"), icon=":material/functions:"):
        st.write(t("wisn_method"))
        st.markdown(f"**{t('refs_title')}**")
        st.markdown("\n".join(f"- {r}" for r in planner_detail.references(lang())))


planner_page()
