"""Indikator Kinerja: the three Permensos 28/2018 functions measured per TKSK."""

import streamlit as st

from tksk import indicators
from tksk.present import indicators as present_indicators
from tksk.present.common import sorted_codes
from tksk.text import code
from ui import frame, show
from ui.state import lang, t
from ui.store import data, present
from ui.widgets import decimal_input, tabs, translated, translated_key, whole_number

TEXT_PX, TEXT_PAD, TEXT_MAX = 7, 16, 240  # the scorecard's text columns: pixels a letter, padding, widest


def compact(card):
    """The scorecard as the page lays it out, and its column order: the function scores right after the composite
    and its status, under short headers (the full name each one's tooltip), then the months without a TKSK, the
    months scored and the desa per TKSK. At 1024 pixels the scores were behind a sideways scroll whose bar does not
    show (the table was 946 pixels wide in 616); now the columns up to the months without a TKSK are in view there,
    and all of them at 1366 (ux31 #10). The downloads keep the presenter's columns and names."""
    short = {code("function", f, lang()): label for f, label in (
        ("koordinasi", t("function_short_koordinasi")), ("fasilitasi", t("function_short_fasilitasi")),
        ("administrasi", t("function_short_administrasi")))}
    short |= {t("coverage_gap"): t("coverage_gap_compact"), t("months_scored"): t("months_scored_short"),
              t("desa_per_tksk_short"): t("desa_per_tksk_compact")}
    first = list(card.frame.columns[:4])  # rank, Kecamatan, composite, status
    order = first + [c for c in short if c in card.frame.columns and c not in first] + [
        c for c in card.frame.columns if c not in first and c not in short]
    # The rank as "#" (two figures); the names and the months without a TKSK as wide as their longest text at 7
    # pixels a letter and the cell's padding ("Pemulutan Selatan" is 111 pixels in the grid's font: 135; the general
    # rule of 8 pixels a letter gave 160), the months' column sized to its header and first rows was cut to
    # "6 (Mar–Aug 20".
    short[t("rank")] = "#"
    widths = {t("rank"): 40}
    for column in ("Kecamatan", t("coverage_gap")):
        if column in card.frame.columns:
            widths[column] = min(TEXT_MAX, TEXT_PX * int(card.frame[column].astype(str).str.len().max()) + TEXT_PAD)
    return card.relaid(headers={**card.headers, **{c: h for c, h in short.items() if c in card.frame.columns}},
                   widths={**card.widths, **{c: w for c, w in widths.items() if c in card.frame.columns}}), \
        dict(column_order=order)


s = frame.settings()
frame.page_start(t("kinerja_title"))
st.write(t("kinerja_intro"))
frame.require_period(s)
names = data().names()
codes = sorted_codes(names)

with st.expander(t("settings_title"), icon=":material/tune:"):
    # Targets are text in the reader's format ("1.000" is a thousand in Indonesian, one in English): each language
    # has its editor, which opens on the targets set so far, written its way. Its table stays as it opened: a table
    # that changed under the editor made the browser drop the edits made before.
    base = st.session_state.get("kinerja_targets:base")
    if base is None or base[0] != lang():
        base = st.session_state["kinerja_targets:base"] = (lang(), st.session_state.get("kinerja_targets:set"))
    targets = present_indicators.targets_frame(lang(), base[1])
    edited = st.data_editor(targets, key=translated_key("kinerja_targets"), hide_index=True, width="stretch",
                            height=35 * (len(targets) + 1) + 3,  # every indicator in view, as the planner's tables
                            disabled=[c for c in targets.columns if c != t("target")],
                            column_config={t("target"): st.column_config.TextColumn(required=True)})
    st.markdown(f"**{t('weights')}**")
    w1, w2, w3, w4 = st.columns(4)
    weights = {f: decimal_input(code("function", f, lang()), f"kinerja_w_{f}", default=indicators.DEFAULT_WEIGHTS[f],
                                min_value=0.0, max_value=10.0, decimals=2, help=t("weights_help"), container=col)
               for f, col in zip(indicators.FUNCTIONS, (w1, w2, w3))}
    deadline = whole_number(t("deadline"), "kinerja_deadline", low=1, high=28, default=indicators.Settings().deadline_day,
                            help=t("deadline_help"), container=w4)
    settings, problem = present_indicators.settings_from(edited, weights, int(deadline), lang())
    if settings is None:
        # Beside the boxes that caused it: under the long table of target notes it was off screen, and the
        # scorecard had gone.
        st.error(problem, icon=":material/error:")
    # Under the controls, as plain text that wraps: in the editor these sentences were cut off in one line.
    st.markdown(f"**{t('target_notes_title')}**")
    show.short_table(present_indicators.target_notes(lang()))
if settings is None:
    # The last settings that could score, said: the page keeps its answer while a box is being corrected.
    settings = st.session_state.get("kinerja_settings") or indicators.Settings()
    st.warning(present_indicators.settings_kept_note(settings, lang()), icon=":material/history:")
else:
    st.session_state["kinerja_targets:set"] = dict(settings.targets)
st.session_state["kinerja_settings"] = settings  # the home page's attention list scores with them too

card_tab, trend_tab, drill_tab, compare_tab, method_tab = tabs("kinerja_tab")

with card_tab:
    if card_tab.open:
        if (short := present_indicators.short_period_note(s)):
            st.warning(short, icon=":material/warning:")
        # The posts that need attention first, then every post ranked: sorted best first, the scorecard filled the
        # first screen with good news and left the weak posts below the fold.
        attention = present(present_indicators.attention, s, settings)
        if not attention.frame.empty:
            st.markdown(f"**{t('attention_title')}**")
            # The months under short headers too: at 1024 pixels its last column was cut by a few pixels.
            show.table(attention.relaid(headers={**attention.headers, **{
                c: h for c, h in ((t("months_scored"), t("months_scored_short")),
                                  (t("coverage_gap"), t("coverage_gap_compact"))) if c in attention.frame.columns}}))
            st.caption(attention.method)
            st.markdown(f"**{t('scorecard_all_title')}**")
        card, layout = compact(present(present_indicators.scorecard_table, s, settings))
        show.table(card, key="kinerja_card_dl", **layout)
        st.caption(present(present_indicators.scorecard_note, s, settings))

with trend_tab:
    if trend_tab.open:
        c1, c2 = st.columns(2)
        with c1:
            key = translated(st.selectbox, t("indicator"), present_indicators.INDICATORS, key="kinerja_ind",
                             format_func=lambda k: present_indicators.indicator_label(k, lang()))
        trend_kec = c2.selectbox("Kecamatan", codes, key="kinerja_trend_kec", format_func=names.get,
                                 bind="query-params")
        trend = present(present_indicators.trend, s, settings, key, trend_kec)
        show.chart(trend["figure"], "kinerja_trend")
        st.caption(trend["caption"])
        show.downloads(trend["table"], key="kinerja_trend_dl")

with drill_tab:
    if drill_tab.open:
        drill_kec = st.selectbox("Kecamatan", codes, key="kinerja_drill", format_func=names.get, bind="query-params")
        drill = present(present_indicators.drill, s, settings, drill_kec)
        if drill["note"]:
            st.info(drill["note"], icon=":material/info:")
        st.markdown(f"**{t('lifts_lowers')}**")
        show.table(drill["contributions"])
        # One under the other at full width: beside the reports, the activities' figures were off-screen at 1366
        # pixels.
        st.markdown(f"**{t('by_activity')}**")
        if drill["activities"].frame.empty:
            st.info(t("no_activity_rows"))
        else:
            show.table(drill["activities"], key="kinerja_drill_act_dl")
            st.caption(t("reports_by_sent_date"))
        st.markdown(f"**{t('reports_by_month')}**")
        show.table(drill["reports"])
        st.markdown(f"**{t('by_desa')}**")
        show.table(drill["desa"])
        st.caption(" ".join((t("by_desa_caption"), t("people_facilitation_only"), present(present_indicators.sources_note, s))))

with compare_tab:
    if compare_tab.open:
        k1, k2 = st.columns(2)
        a = k1.selectbox("Kecamatan A", codes, index=0, key="kinerja_cmp_a", format_func=names.get, bind="query-params")
        b = k2.selectbox("Kecamatan B", codes, index=1, key="kinerja_cmp_b", format_func=names.get, bind="query-params")
        pair = present(present_indicators.compare, s, settings, a, b)
        show.table(pair)
        st.caption(" ".join((pair.method, present(present_indicators.sources_note, s))))

with method_tab:
    if method_tab.open:
        note = present(present_indicators.note, s, settings)
        st.markdown(note)
        st.download_button(t("download_method"), note.encode("utf-8"), present(present_indicators.note_file, s),
                           "text/markdown",
                           key="kinerja_method_dl", on_click="ignore", icon=":material/download:")
