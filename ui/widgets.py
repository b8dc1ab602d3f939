"""Widgets whose behaviour the pages share."""

from __future__ import annotations

import streamlit as st

from tksk import fmt
from ui.state import lang, t


def translated(widget, label: str, options, key: str, *, format_func, index: int = 0, on_change=None, **kw):
    """A select box or radio whose option labels are translated.

    Streamlit keeps the label of a keyed widget's chosen option from the run it was chosen in, so after a
    language switch the choice would still read in the old language. The widget key therefore carries the
    language (Indonesian keeps the plain key), and the choice is kept under a language-free key and carried
    over to the widget of the other language.
    """
    options = list(options)
    memo = f"choice:{key}"
    wkey = key if lang() == "id" else f"{key}.{lang()}"
    chosen = st.session_state.get(wkey, st.session_state.get(memo))
    start = options.index(chosen) if chosen in options else index

    def remember():
        st.session_state[memo] = st.session_state[wkey]
        if on_change:
            on_change()

    st.session_state[memo] = options[start] if options else None
    return widget(label, options, index=start, key=wkey, format_func=format_func, on_change=remember,
                  bind="query-params", **kw)


def number_column(**kw):
    """A data-editor number column in the reader's number format."""
    return st.column_config.NumberColumn(format="localized", **kw)


def decimal_input(label: str, key: str, *, default: float, min_value: float, max_value: float, decimals: int = 2,
                  help: str | None = None, container=st) -> float:
    """A number typed the Indonesian way ("6,5", "25.000") or the English way, within bounds, shown back in the
    reader's format. ``st.session_state[key]`` holds the number (code may set it, e.g. when a scenario is opened);
    the text box has its own key. Text that is not a number, or a number out of bounds, is refused with a message
    and the previous number stays."""
    text_key, shown_key, error_key = f"{key}:text", f"{key}:shown", f"{key}:error"
    value = float(st.session_state.get(key, default))
    st.session_state[key] = value
    if st.session_state.get(shown_key) != (value, lang()):
        st.session_state[text_key] = fmt.number(value, decimals, lang()).rstrip("0").rstrip(",.") \
            if decimals else fmt.number(value, 0, lang())
        st.session_state[shown_key] = (value, lang())

    def parse():
        raw = st.session_state[text_key]
        try:
            number = fmt.parse_number(raw, lang())
        except fmt.NotANumber:
            st.session_state[error_key] = t("not_a_number", value=raw)
            return
        if not min_value <= number <= max_value:
            st.session_state[error_key] = t("out_of_bounds", value=fmt.number(number, decimals, lang()),
                                            low=fmt.number(min_value, decimals, lang()),
                                            high=fmt.number(max_value, decimals, lang()))
            return
        st.session_state.pop(error_key, None)
        st.session_state[key] = number

    container.text_input(label, key=text_key, on_change=parse, help=help)
    if st.session_state.get(error_key):
        container.error(st.session_state[error_key], icon=":material/error:")
    return float(st.session_state[key])
