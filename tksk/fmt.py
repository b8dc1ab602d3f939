"""Indonesian (and English) number and date formats: the one formatter every page uses."""

from __future__ import annotations

import datetime as dt

import functools
import math
import re

import numpy as np
import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

from tksk.text import t

LOCALES = {"id": "id_ID", "en": "en_US"}
PLOTLY_SEPARATORS = {"id": ",.", "en": ".,"}  # plotly: decimal mark, then thousands mark


def gap(lang: str) -> str:
    """A missing figure written out ("tidak ada data"), never 0."""
    return t("gap_value", lang)


def is_gap(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA or x is pd.NaT


def rounded(x, decimals: int = 0):
    """``x`` rounded as a person rounds, half away from zero at the digits as written (72,5 is 73; 2,675 is 2,68,
    though the float is 2,67499…): what every figure shows, and what every band, post, rank and download that reads
    a figure as shown is computed from, so that the text and the verdict beside it cannot disagree. A scalar, an
    array or a Series (its index kept); gaps stay gaps."""
    if isinstance(x, pd.Series):
        return pd.Series(rounded(x.to_numpy(dtype=float, na_value=np.nan), decimals), index=x.index, name=x.name)
    if x is pd.NA or x is pd.NaT:
        return np.nan
    scale = 10.0 ** decimals
    if isinstance(x, (float, int, np.floating, np.integer)):
        # One figure the same way without numpy's overhead per call (a hundredfold; a page formats hundreds).
        v = float(x) * scale
        if not math.isfinite(v):
            return v / scale
        if v:
            step = 10.0 ** (math.floor(math.log10(abs(v))) - 11)
            v = round(v / step) * step
        return math.copysign(math.floor(abs(v) + 0.5), v) / scale + 0.0
    scaled = np.asarray(x, dtype=float) * scale
    # Twelve significant digits decide, as a reader wrote the figure: 2.675 × 100 is 267.49999999999997, written
    # 267,5; 72.4999996 stays below the half.
    with np.errstate(divide="ignore", invalid="ignore"):
        digits = np.where(scaled == 0, 0.0, np.floor(np.log10(np.abs(scaled))))
        step = np.nan_to_num(10.0 ** (digits - 11), nan=1.0)
        scaled = np.round(scaled / step) * step
    out = np.sign(scaled) * np.floor(np.abs(scaled) + 0.5) / scale + 0.0  # + 0.0: never "-0"
    return float(out) if out.ndim == 0 else out


def number(x, decimals: int = 0, lang: str = "id") -> str:
    """1234.5 -> '1.234,5' in Indonesian; a gap stays a gap, never '0'."""
    if is_gap(x):
        return gap(lang)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(rounded(float(x), decimals), format=pattern, locale=LOCALES[lang])


def number_short(x, decimals: int = 2, lang: str = "id") -> str:
    """Up to ``decimals`` decimals, without trailing zeros: 5,25 and 6,5 and 24, as a person writes them."""
    text = number(x, decimals, lang)
    mark = "," if lang == "id" else "."
    return text.rstrip("0").rstrip(mark) if decimals and not is_gap(x) else text


def percent(x, decimals: int = 1, lang: str = "id") -> str:
    return gap(lang) if is_gap(x) else number(x, decimals, lang) + " %"


@functools.lru_cache(maxsize=4096)
def month(ts, lang: str = "id") -> str:
    """'Maret 2024' (kept: the period slider labels every month of the log on every run of every page)."""
    if is_gap(ts):
        return gap(lang)
    return format_date(pd.Timestamp(ts).date(), "MMMM y", locale=LOCALES[lang])


def date(ts, lang: str = "id") -> str:
    if is_gap(ts):
        return gap(lang)
    return format_date(pd.Timestamp(ts).date(), "d MMMM y", locale=LOCALES[lang])


@functools.cache
def month_by_name() -> dict[str, int]:
    """Month names and their short forms in Indonesian and English, in lower case without a final dot (babel's, as
    this module writes them): what a clerk or a shared link may write for a month."""
    from babel.dates import get_month_names

    names = {name.lower().rstrip("."): number for locale in LOCALES.values() for width in ("wide", "abbreviated")
             for number, name in get_month_names(width, locale=locale).items()}
    return {**MONTH_SPELLINGS, **names}


# Spellings babel does not give that clerks write: the older Indonesian spelling (Pebruari, Nopember, still printed
# on forms) and the short forms offices use (Agt, Ags, Agust, Sept, Sep, Sptb, Peb, Nop; not "Agus", a given name).
MONTH_SPELLINGS = {"pebruari": 2, "peb": 2, "pebr": 2, "febr": 2, "nopember": 11, "nop": 11, "sept": 9, "sep": 9,
                   "sptb": 9, "agt": 8, "ags": 8, "agst": 8, "agust": 8, "mrt": 3, "jun": 6, "jul": 7}
# Names of the days of the week, in both languages, which a date may start with ("Senin, 8 Januari 2024").
WEEKDAYS = {name: number for number, names in enumerate([
    "senin monday sen mon", "selasa tuesday sel tue", "rabu wednesday rab wed", "kamis thursday kam thu",
    "jumat jum'at friday jum fri", "sabtu saturday sab sat", "minggu ahad sunday min sun"]) for name in names.split()}


def weekday(ts, lang: str = "id") -> str:
    """'Selasa' (the day of the week a date falls on)."""
    return format_date(pd.Timestamp(ts).date(), "EEEE", locale=LOCALES[lang])


def month_short(ts, lang: str = "id") -> str:
    """'Mar 2024'."""
    if is_gap(ts):
        return gap(lang)
    return format_date(pd.Timestamp(ts).date(), "MMM y", locale=LOCALES[lang])


def months(first, last, lang: str = "id", short: bool = False) -> str:
    """'Maret 2024 – Agustus 2024', or one month when the two are the same ('Januari 2023', not 'Januari 2023 –
    Januari 2023'); ``short``: 'Mar 2024 – Agu 2024'."""
    one = month_short if short else month
    if is_gap(first) or is_gap(last) or pd.Timestamp(first) == pd.Timestamp(last):
        return one(last if is_gap(first) else first, lang)
    return f"{one(first, lang)} – {one(last, lang)}"


# Ogan Ilir's time (Western Indonesia Time, UTC+7, no daylight saving): a time recorded with its zone is shown in it.
# A server in UTC printed a clerk's import at 10.24 as "03.24", read as someone else's, overnight.
LOCAL_ZONE = dt.timezone(dt.timedelta(hours=7), "WIB")


def timestamp(ts, lang: str = "id") -> str:
    """'24 November 2026 13.36 WIB' (a time with its zone, in Ogan Ilir's; one without it as written)."""
    if is_gap(ts):
        return gap(lang)
    t = pd.Timestamp(ts)
    zone = ""
    if t.tzinfo is not None:
        t, zone = t.tz_convert(LOCAL_ZONE), " WIB"
    return f"{date(t, lang)} {t.strftime('%H.%M' if lang == 'id' else '%H:%M')}{zone}"


class NotANumber(ValueError):
    pass


def parse_number(text: str, lang: str = "id") -> float:
    """A number as a person types it: "6,5" and "6.5" are six and a half in either language; "25.000" is
    twenty-five thousand in Indonesian, "25,000" in English (a group mark is followed by exactly three digits,
    so "92.75" can only be a decimal). Raises NotANumber for anything else, never guesses."""
    s = str(text).strip().replace(" ", "").replace("\u00a0", "")
    group, decimal = (".", ",") if lang == "id" else (",", ".")
    if "." in s and "," in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if decimal == "." else "."
    elif group in s and not re.fullmatch(r"[+-]?\d{1,3}(" + re.escape(group) + r"\d{3})+", s, re.ASCII):
        # "6.5" typed in Indonesian, "6,5" in English: a mark not followed by groups of three is the decimal mark.
        group, decimal = decimal, group
    whole, _, frac = s.partition(decimal)
    grouped = r"[+-]?(\d+|\d{1,3}(" + re.escape(group) + r"\d{3})+)"
    # ASCII digits only: float() would take "٣" (Arabic-Indic three) as 3.
    if not re.fullmatch(grouped, whole, re.ASCII) or not re.fullmatch(r"\d*", frac, re.ASCII) or (_ and not frac):
        raise NotANumber(text)
    return float(whole.replace(group, "") + ("." + frac if frac else ""))
