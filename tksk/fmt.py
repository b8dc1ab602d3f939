"""Indonesian (and English) number and date formats: the one formatter every page uses."""

from __future__ import annotations

import math

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {"id": "id_ID", "en": "en_US"}
PLOTLY_SEPARATORS = {"id": ",.", "en": ".,"}  # plotly: decimal mark, then thousands mark
GAP = {"id": "tidak ada data", "en": "no data"}


def is_gap(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA or x is pd.NaT


def number(x, decimals: int = 0, lang: str = "id") -> str:
    """1234.5 -> '1.234,5' in Indonesian; a gap stays a gap, never '0'."""
    if is_gap(x):
        return GAP[lang]
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(round(float(x), decimals), format=pattern, locale=LOCALES[lang])


def percent(x, decimals: int = 1, lang: str = "id") -> str:
    return GAP[lang] if is_gap(x) else number(x, decimals, lang) + " %"


def month(ts, lang: str = "id") -> str:
    """'Maret 2024'."""
    if is_gap(ts):
        return GAP[lang]
    return format_date(pd.Timestamp(ts).date(), "MMMM y", locale=LOCALES[lang])


def date(ts, lang: str = "id") -> str:
    if is_gap(ts):
        return GAP[lang]
    return format_date(pd.Timestamp(ts).date(), "d MMMM y", locale=LOCALES[lang])


def month_short(ts, lang: str = "id") -> str:
    """'Mar 2024'."""
    if is_gap(ts):
        return GAP[lang]
    return format_date(pd.Timestamp(ts).date(), "MMM y", locale=LOCALES[lang])


def timestamp(ts, lang: str = "id") -> str:
    """'24 November 2026 06.36' (local time of the build)."""
    if is_gap(ts):
        return GAP[lang]
    t = pd.Timestamp(ts)
    return f"{date(t, lang)} {t.strftime('%H.%M' if lang == 'id' else '%H:%M')}"
