"""Widgets whose behaviour the pages share."""

from __future__ import annotations

import streamlit as st

from ui.state import lang


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
    return widget(label, options, index=start, key=wkey, format_func=format_func, on_change=remember, **kw)


def number_column(**kw):
    """A data-editor number column in the reader's number format."""
    return st.column_config.NumberColumn(format="localized", **kw)
