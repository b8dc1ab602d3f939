"""Session state: the frame's choices (language, period, kecamatan filter) as one settings object."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tksk.present.common import Settings
from tksk.text import t as text

DEFAULT_LANG = "id"


def lang() -> str:
    return st.session_state.get("lang", DEFAULT_LANG)


def t(key: str, **fmt) -> str:
    """The text of ``key`` in the reader's language."""
    return text(key, lang(), **fmt)


def period_default(manifest: dict) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The last 12 months of log data."""
    p = manifest.get("log_period")
    if not p:
        return None
    first, last = pd.Timestamp(p[0]), pd.Timestamp(p[1])
    return max(first, last - pd.DateOffset(months=11)), last


def period(manifest: dict) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The chosen month range, defaulting to the last 12 months of data."""
    chosen = st.session_state.get("periode")
    if isinstance(chosen, (tuple, list)) and len(chosen) == 2 and manifest.get("log_period"):
        return pd.Timestamp(chosen[0]), pd.Timestamp(chosen[1])
    return period_default(manifest)


def kecamatan() -> tuple[str, ...]:
    return tuple(st.session_state.get("kecamatan", ()))


def settings(manifest: dict) -> Settings:
    p = period(manifest)
    return Settings(lang=lang(), start=p[0] if p else None, end=p[1] if p else None, kecamatan=kecamatan())
