"""Cached access to the store: the current build read once per process, and presenter results shared by
every session that asks for the same thing.

Every cache is keyed by the build's name, read from the small ``CURRENT`` file on every run, so a new build
(an import, a rebuild) is read afresh at the next run and the old entries are never served again.
"""

from __future__ import annotations

import streamlit as st

from tksk.present.common import Data
from tksk.store import Store, StoreMissing, current_build, store_dir
from ui.state import t


@st.cache_resource(show_spinner=False, max_entries=4)
def _data(version: str, root: str) -> Data:
    return Data(Store(root))


def data() -> Data:
    """The current build as presenters read it; without a store the page says how to build one and stops."""
    try:
        root = store_dir()
        return _data(current_build(root).name, str(root))
    except StoreMissing:
        st.error(t("store_missing"))
        st.stop()


@st.cache_resource(show_spinner=False, max_entries=512)
def _present(version: str, root: str, name: str, _fn, args: tuple, kwargs: tuple):
    # The function is named in the key and passed unhashed: a function's own hash would not say which one it is.
    return _fn(_data(version, root), *args, **dict(kwargs))


def present(fn, *args, **kwargs):
    """``fn(data, *args, **kwargs)`` for the current build, computed once for everyone with the same arguments.

    Arguments are plain values and frozen settings; results are shared, so callers must not change them.
    """
    d = data()
    name = f"{fn.__module__}.{fn.__qualname__}"
    return _present(d.version, str(d.store.root), name, fn, args, tuple(sorted(kwargs.items())))
