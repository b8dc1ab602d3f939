"""Widgets whose behaviour the pages share."""

from __future__ import annotations

import streamlit as st

from tksk import fmt, text
from ui.state import lang, t


def translated_key(key: str) -> str:
    """The key (and URL parameter) of a translated widget in the reader's language."""
    return key if lang() == "id" else f"{key}.{lang()}"


def translated(widget, label: str, options, key: str, *, format_func, index: int = 0, on_change=None, **kw):
    """A select box or radio whose option labels are translated, bound to the URL.

    Streamlit keeps the label of a keyed widget's chosen option from the run it was chosen in, so after a
    language switch the choice would still read in the old language. The widget key therefore carries the
    language (Indonesian keeps the plain key), and the choice is kept under a language-free key, from which the
    widget of the other language (or a link that presets it) takes it. The default stays ``index``, so the URL
    keeps any other choice.
    """
    options = list(options)
    memo = f"choice:{key}"
    wkey = translated_key(key)
    chosen = st.session_state.get(memo)
    if chosen in options and st.session_state.get(wkey) != chosen:
        st.session_state[wkey] = chosen

    def remember():
        st.session_state[memo] = st.session_state[wkey]
        if on_change:
            on_change()

    # Labelled now, in this run's language: a label looked up later (a test reading the widget) keeps it.
    labels = {option: format_func(option) for option in options}
    value = widget(label, options, index=index, key=wkey, format_func=labels.__getitem__, on_change=remember,
                   bind="query-params", **kw)
    st.session_state[memo] = value
    return value


AREA_KEY = "peta_area"  # its first home, kept so that Peta's links still open on it


def area_choice() -> str:
    """The area "km² per TKSK" divides, one choice for every page that shows the measure (Peta Cakupan, Beban
    Kerja): Beban divided the computed area while Peta divided the published one (493,9 against 528,8)."""
    from tksk.present import coverage

    area = translated(st.radio, t("area_choice"), coverage.AREAS, key=AREA_KEY, horizontal=True,
                      format_func=lambda a: t(coverage.AREA_LABELS[a]))
    st.caption(coverage.area_note(lang(), area))
    return area


def chosen_area() -> str:
    """The area last chosen with ``area_choice``, on a run that does not draw it (the computed one until then)."""
    from tksk.present import coverage

    area = st.session_state.get(f"choice:{AREA_KEY}")
    return area if area in coverage.AREAS else coverage.AREAS[0]


def number_text(values, language: str) -> list[str]:
    """Numbers as an editor's text cells show them, in the reader's format ("4,5"; a gap is an empty cell): a number
    column parses what is typed in the browser's language, and an English browser read "4,5" as 45."""
    return ["" if fmt.is_gap(v) else fmt.number_short(float(v), 6, language) for v in values]


def read_number(typed, language: str) -> float | None:
    """A number cell of such an editor as typed ("4,5", "25.000"; a number if the test or a default put one), None
    when empty; NotANumber for anything else."""
    if fmt.is_gap(typed) or (isinstance(typed, str) and not typed.strip()):
        return None
    if isinstance(typed, (int, float)):
        return float(typed)
    return fmt.parse_number(typed, language)


def decimal_input(label: str, key: str, *, default: float, min_value: float, max_value: float, decimals: int = 2,
                  help: str | None = None, container=st) -> float:
    """A number typed the Indonesian way ("6,5", "25.000") or the English way, within bounds, shown back in the
    reader's format. ``st.session_state[key]`` holds the number (code may set it, e.g. when a scenario is opened);
    the text box has its own key. Text that is not a number, or a number out of bounds, is refused with a message
    and the previous number stays."""
    text_key, shown_key, error_key = f"{key}:text", f"{key}:shown", f"{key}:error"
    value = float(st.session_state.get(key, default))
    st.session_state[key] = value
    # Shown afresh when code changed the number, the language changed, or the box was dropped (another page ran);
    # a refusal of what the box held before goes with it.
    if text_key not in st.session_state or st.session_state.get(shown_key) != (value, lang()):
        st.session_state[text_key] = fmt.number_short(value, decimals, lang())
        st.session_state[shown_key] = (value, lang())
        st.session_state.pop(error_key, None)

    def parse():
        raw = st.session_state[text_key]
        try:
            number = fmt.parse_number(raw, lang())
        except fmt.NotANumber:
            st.session_state[error_key] = ("not_a_number", {"value": raw})
            return
        if not min_value <= number <= max_value:
            # The refusal quotes what was typed, not a rounding of it (which could read "24 is outside 1 to 24").
            st.session_state[error_key] = ("out_of_bounds", {"value": str(raw).strip()})
            return
        st.session_state.pop(error_key, None)
        # Within bounds as typed, then kept to the decimals the box shows: the number used is the one seen.
        st.session_state[key] = min(max(fmt.rounded(number, decimals), min_value), max_value)

    container.text_input(label, key=text_key, on_change=parse, help=help)
    if st.session_state.get(error_key):
        # Worded at each run, in the reader's language of that run.
        code, kw = st.session_state[error_key]
        bounds = {"low": fmt.number_short(min_value, decimals, lang()), "high": fmt.number_short(max_value, decimals, lang())}
        container.error(t(code, **kw, **(bounds if code == "out_of_bounds" else {})), icon=":material/error:")
    return float(st.session_state[key])


def whole_number(label: str, key: str, *, low: int, high: int, default: int, help: str | None = None,
                 container=st) -> int:
    """A whole number chosen from ``low`` to ``high``, written in the reader's format: Streamlit's number box
    refused a number out of bounds in its own English ("outside the allowed range"), and here there is none to
    type. ``st.session_state[key]`` may be set by code (a scenario opened)."""
    options = list(range(low, high + 1))
    chosen = {} if key in st.session_state else {"index": options.index(default)}
    return int(container.selectbox(label, options, key=key, help=help,
                                   format_func=lambda n: fmt.number(n, 0, lang()), **chosen))


def file_uploader(label: str, **kw):
    """Streamlit's uploader with its built-in English words ("Upload", "… per file") replaced by the reader's own:
    the limits are said in a caption beside it, in the reader's language."""
    st.html(f"""<style>
    [data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
    [data-testid="stFileUploaderDropzone"] button[kind="secondary"] [data-testid="stMarkdownContainer"] {{ display: none; }}
    [data-testid="stFileUploaderDropzone"] button[kind="secondary"] span[data-has-shortcut]::after {{
        content: "{t('choose_files')}"; }}
    </style>""")
    return st.file_uploader(label, **kw)


def link(target, key: str) -> None:
    """A link to another page that opens with the target's choices (``tksk.present.home.Link``): set in session
    state, and in the URL under each widget's own parameter, so the view can be shared at once."""
    if st.button(target.label, key=key, type="tertiary", icon=":material/arrow_forward:"):
        params = {}
        for widget_key, (value, shown) in target.preset.items():
            if widget_key in target.translated:
                st.session_state[f"choice:{widget_key}"] = value
                params[translated_key(widget_key)] = shown
            else:
                st.session_state[widget_key] = value
                params[widget_key] = shown
        # Only the target's own choices: the sidebar's settings are bound to its widgets, which write them into
        # the new page's address themselves (passing them on was refused: "bound to a widget").
        st.switch_page(target.page, query_params=params)


# Each page's tabs, by the key that names the open one in the URL, as the text keys of their labels in order,
# labelled short: at 1024 pixels the long titles (kept for links shared before, below) hid the last
# tabs behind a scroll arrow that readers did not find.
TABS = {
    "beban_tab": ("tab_median", "tab_breakdown", "tab_trend", "tab_hours", "tab_desa"),
    "kinerja_tab": ("tab_scorecard", "tab_indicator_trend", "tab_drill", "tab_compare", "method_title"),
    "wisn_tab": ("tab_result", "tab_nvl", "tab_alloc", "unc_title", "tab_scen"),
    "pov_tab": ("series_title", "tab_rank", "tab_per_tksk", "tab_need"),
    "data_tabs": ("tab_sources", "tab_quality", "tab_upload", "tab_templates"),
}
_OLD_TABS = {
    "beban_tab": ("vs_median_title", "breakdown_title", "trend_title", "hours_title", "desa_title"),
    "kinerja_tab": ("scorecard_title", "indicator_trend", "drill_title", "compare_title", "method_title"),
    "wisn_tab": ("wisn_result_title", "nvl_title", "alloc_title", "unc_title", "wisn_scen_title"),
    "pov_tab": ("series_title", "ranking_poverty", "poor_per_tksk_title", "need_capacity_title"),
}


def tab_in(key: str, label: str, lang: str) -> str | None:
    """The label in ``lang`` of the tab of ``key`` named ``label`` in either language, by its label or by its title
    in links shared before the labels were shortened; None if none is."""
    for names in (TABS[key], _OLD_TABS.get(key, ())):
        for other in ("id", "en"):
            named = [text.t(k, other) for k in names]
            if label in named:
                return text.t(TABS[key][named.index(label)], lang)
    return None


def tabs(key: str):
    """The tabs ``TABS[key]``, running only the open tab's content (check ``tab.open``), the open tab named in the
    URL: a page shows its first section at once, and the browser draws nothing it does not show. The open tab is
    remembered by its place, so it stays open when the language (and so its label) changes."""
    labels = [t(k) for k in TABS[key]]
    memo = f"tab:{key}"
    if st.session_state.get(key) not in labels and memo in st.session_state:
        st.session_state[key] = labels[st.session_state[memo]]
    out = st.tabs(labels, key=key, on_change="rerun", bind="query-params")
    st.session_state[memo] = next((i for i, tab in enumerate(out) if tab.open), 0)
    return out


def expander(label: str, key: str, icon: str | None = None):
    """An expander whose content runs only when open (``.open``), and which stays open or closed through a switch
    of language: its label is part of its identity, so a relabelled expander would start closed again."""
    kept = f"{key}:open"
    exp = st.expander(label, icon=icon, key=key, on_change="rerun", expanded=bool(st.session_state.get(kept, False)))
    st.session_state[kept] = bool(exp.open)
    return exp


# Widgets whose value the frame keeps on every run, while they are in a closed tab or the reader is on another page:
# Streamlit forgets the value of a widget a run does not draw, and a reader coming back expects what they chose.
# Choosers made through ``translated`` keep theirs under "choice:<key>" already.
ACROSS_PAGES = ("kinerja_deadline", "data_deadline", "alloc_n", "region_choice", "peta_kec",
                "beban_trend_kec", "beban_desa_kec", "pov_year", "kinerja_trend_kec", "kinerja_drill",
                "kinerja_cmp_a", "kinerja_cmp_b")


# The option of a scope chooser that stands for the whole regency.
WHOLE_REGENCY = "kabupaten"
# Choosers of one kecamatan that follow the sidebar's filter: a reader who narrows the filter to Kandis and opens the
# trend expects Kandis, not the kecamatan chosen before. ("choice:<key>" is a translated chooser's kept value.)
KECAMATAN_CHOOSERS = ("peta_kec", "beban_trend_kec", "beban_desa_kec", "choice:beban_scope", "kinerja_trend_kec",
                      "kinerja_drill")


def follow_filter() -> None:
    """After the sidebar's kecamatan filter changed: each chooser holding a kecamatan outside it takes its first
    (a chooser on the whole regency stays there); a filter of one kecamatan is also chosen where none was (Peta's
    detail still asked to pick a kecamatan with Kandis alone in the filter)."""
    chosen = st.session_state.get("kecamatan") or []
    for key in KECAMATAN_CHOOSERS:
        value = st.session_state.get(key)
        if chosen and value is not None and value != WHOLE_REGENCY and value not in chosen \
                or len(chosen) == 1 and value is None:
            st.session_state[key] = chosen[0]


def keep(*keys: str) -> None:
    """Keep these widgets' values through runs that do not draw them (a closed tab or expander, another page):
    Streamlit forgets an undrawn widget's value, and a reader coming back expects what they chose."""
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
