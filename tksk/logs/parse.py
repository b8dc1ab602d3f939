"""Cell rules: how the text of a cell becomes a value, and the schema's checks on that value.

Both paths call these on a column's distinct values only (a few hundred dates, codes and numbers, however many
rows): each distinct value gets its parsed value and, when it breaks a rule, the problem code and message
fields. The fast path then needs no value to carry a code; the full path reports each row that points at one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tksk import pii
from tksk.logs import limits
from tksk.logs.rules import hint, suggestion
from tksk.problems import FREE_TEXT

# pandas' default text type (Arrow-backed, missing as NaN): what every text column is typed as.
STR = pd.StringDtype("pyarrow", na_value=np.nan)

# Year first (2024-03-05, 2024/03/05) or day first with the year last (05/03/2024, 05-03-2024, 05.03.2024): each
# read one way only, as a clerk in Indonesia writes it. And the day, the month's name and the year (5 Maret 2024).
# A time after a date is the hour the spreadsheet kept with it ("05/03/2024 14.30", "05/03/2024 0:00"): the day is
# what a log records; a time no clock shows (99.99) makes the cell no date.
_TIME = r"(?:[ T]+(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[:.][0-5][0-9](?:\.[0-9]+)?)?)?"
# A form app's export (ODK, Kobo) writes the time with its zone ("2025-03-03T09:14:00.000+07:00", "…T23:10:00Z"):
# read as the day it was in Ogan Ilir (WIB): a time in UTC late in the evening is the next day there.
_ZONED = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})$"
_WIB = dt.timezone(dt.timedelta(hours=7))


def zoned_not_wib(text: pd.Series) -> np.ndarray:
    """Which cells write a time with a zone other than WIB's (+07:00): UTC ("Z") from a form app's export, whose
    day in Ogan Ilir may be the next one (said in a note, tksk.logs.validate)."""
    text = text.astype(STR)
    return (text.str.match(_ZONED).fillna(False) & ~text.str.contains(r"\+07:?00$").fillna(False)).to_numpy(dtype=bool)
_ISO = r"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})" + _TIME + "$"
_DMY = r"^([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})" + _TIME + "$"
# "8 Januari 2024", also after the day of the week ("Senin, 8 Januari 2024"; the name is checked below).
# "5 Maret 2025", "Rabu, 5 Mar. 2025", and "05-Mar-2025", "5/Mar/2025" or "13-Mar-25" (Excel's dd-mmm-yyyy and
# dd-mmm-yy written as text: beside a month's name two digits can only be the year, 20yy).
_DAY_MONTH_NAME = (r"^(?:([^\W\d_'’]+(?:['’][^\W\d_]+)?),?\s+)?([0-9]{1,2})(?:\s+|\s*[-/]\s*)([^\W\d_]+)\.?"
                   r"(?:\s+|\s*[-/]\s*)([0-9]{4}|[0-9]{2})$")
# TKSK were formed in 2009 (DOMAIN.md): an earlier year is a slip (2004 or 0024 for 2024), which would stretch the log
# period back by years of "TKSK active, no log" months.
EARLIEST_DATE = "2009-01-01"
_LAST_YEAR = 2261  # the last year a nanosecond timestamp holds; anything later is in the future anyway
_MONTH_AS_DATE = r"^([0-9]{4}-[0-9]{2})-01(?:[ T]00:00(?::00)?)?$"  # "2024-02" that Excel turned into a date

_INT = re.compile(r"-?[0-9]+")
_POINT = re.compile(r"-?[0-9]+\.[0-9]+")
_COMMA = re.compile(r"-?[0-9]+,[0-9]+")
# Digits grouped by thousands: a number's first group never starts with 0 ("0,500" and "0.500" are a half in any
# file, never 500).
_LEAD = r"-?[1-9][0-9]{0,2}"
_DOT_GROUPS = re.compile(_LEAD + r"(?:\.[0-9]{3})+(?:,[0-9]+)?")
_COMMA_GROUPS = re.compile(_LEAD + r"(?:,[0-9]{3})+(?:\.[0-9]+)?")
_ONE_GROUP = re.compile(_LEAD + r"[.,][0-9]{3}")
# "01.000", "00,500": zeros before a group of three, neither a thousands grouping nor a plain decimal: not guessed.
_ZERO_LED = re.compile(r"-?0[0-9]+[.,][0-9]{3}")
_DOT_THOUSANDS = _LEAD + r"(?:\.[0-9]{3})+"
_COMMA_THOUSANDS = _LEAD + r"(?:,[0-9]{3})+"
# Numbers only one way to read: digits, and a decimal mark that cannot be a thousands separator.
_PLAIN_POINT = r"-?[0-9]+(?:\.[0-9]+)?|-?[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})"
_PLAIN_COMMA = r"-?[0-9]+(?:,[0-9]+)?|-?[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})"


@dataclass
class Parsed:
    values: pd.Series  # one parsed value per distinct text (NaN/NaT where empty or unreadable)
    codes: np.ndarray  # per distinct text: a problem code, or None
    fields: list  # per distinct text: message fields of its problem, or None


def clear(codes: np.ndarray) -> np.ndarray:
    """Where no problem code is set (a C-speed test, as a column can hold as many distinct values as rows)."""
    return pd.isna(codes)


def kind_of(column) -> str:
    return column.metadata.get("kind") or "text"


def _readings(text: str, decimal_comma: bool) -> tuple[list[float], float | None]:
    """Every way ``text`` can be read as a number, and the one the file's decimal mark gives (None: not a number).

    A dot followed by one or two digits is never a thousands separator; ``1.500`` in a decimal-comma file (or
    ``1,500`` in a decimal-point one) can be 1500 or 1.5."""
    if _INT.fullmatch(text):
        return [float(text)], float(text)
    if _ZERO_LED.fullmatch(text):
        return [], None
    thousands_mark, decimal_mark = (".", ",") if decimal_comma else (",", ".")
    groups = _DOT_GROUPS if decimal_comma else _COMMA_GROUPS
    if _ONE_GROUP.fullmatch(text) and thousands_mark in text:
        as_thousands = float(text.replace(thousands_mark, ""))
        as_decimal = float(text.replace(thousands_mark, "."))
        return [as_thousands, as_decimal], (as_thousands if decimal_comma else as_decimal)
    if groups.fullmatch(text):
        v = float(text.replace(thousands_mark, "").replace(decimal_mark, "."))
        return [v], v
    if _POINT.fullmatch(text) or _COMMA.fullmatch(text):
        v = float(text.replace(",", "."))
        return [v], v
    return [], None


def _number_ok(v: float, column, count: bool) -> bool:
    return (not count or v % 1 == 0) and all(check.passes(pd.Series([v])).all() for check in column.checks)


def short_decimal(v: float, mark: str) -> str:
    """Hours as a message suggests them: at most two decimals, no trailing zeros (2,5; 1,75; 8), with ``mark``."""
    return f"{v:.2f}".rstrip("0").rstrip(".").replace(".", mark)


_CLOCK = re.compile(r"([0-9]{1,2}):([0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?")


# A date of Excel's first years, as a number cell formatted as a date reads (1900-01-01 is day 1).
_EXCEL_EPOCH_DAY = re.compile(r"19(?:00|01|02)-[0-9]{2}-[0-9]{2}(?: [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?")


def _excel_day_number(cell: str, count: bool) -> float | None:
    """The number behind a date of Excel's first years (day 1 is 1900-01-01, and Excel counts a 29 February 1900
    that was not, which the reader skips), or a zero shown as midnight in a count; None for anything else (a date
    that does not exist stays "not a number")."""
    if count and cell == "00:00:00":
        return 0.0
    if _EXCEL_EPOCH_DAY.fullmatch(cell) is None:
        return None
    try:
        when = pd.Timestamp(cell)
    except ValueError:
        return None
    return (when - pd.Timestamp("1899-12-31" if when < pd.Timestamp("1900-03-01") else "1899-12-30")) / pd.Timedelta(days=1)


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# Over 2, 3 or 4 only: "1/12" in an hours column is a date more likely than 0,08 h (review of 2026-12-06).
_FRACTION = re.compile(r"\s*(?:([0-9]+)\s*([½¼¾⅓⅔])|([½¼¾⅓⅔])|(?:([0-9]+)\s+)?([0-9]+)\s*/\s*([234]))\s*")


def _fraction(cell: str) -> float | None:
    """The value of a fraction typed as one ("½", "1½", "2 1/2", "1/2"), or None; only a proper fraction ("10/3" is
    none). Only the decimal is suggested, never taken."""
    m = _FRACTION.fullmatch(cell)
    if not m:
        return None
    if m.group(2) or m.group(3):
        return int(m.group(1) or 0) + _VULGAR[m.group(2) or m.group(3)]
    part = int(m.group(5)) / int(m.group(6))
    return int(m.group(4) or 0) + part if part < 1 else None


# Hours written with their unit ("2 jam", "1,5 jam", "90 menit", "45mnt", "1j30m", "1 jam 30 menit"): said with the
# number to type, not taken (red-team of 2026-12-06: "bukan angka" told the clerk nothing).
_WITH_UNIT = re.compile(r"\s*(?:([0-9]+(?:[.,][0-9]+)?)\s*(?:jam|jm|j|hours?|hrs?|h)(?![a-z])\.?)?"
                        r"\s*(?:([0-9]+)\s*(?:menit|mnt|mins?|m)(?![a-z])\.?)?\s*", re.IGNORECASE)


def _with_unit(cell: str) -> float | None:
    """Hours in a cell that writes its unit, or None."""
    m = _WITH_UNIT.fullmatch(cell)
    if not m or not (m.group(1) or m.group(2)):
        return None
    return float((m.group(1) or "0").replace(",", ".")) + int(m.group(2) or 0) / 60


# A count written with its word or with spaces between thousands ("8 orang", "45 KPM", "1 200" with a space or a
# no-break space, "1'500"): said with the number to type, not taken (red-team round 9: "bukan angka" told nothing).
# A word apart from the number by a space, of two letters or more: "1O" is a zero typed as a letter, no count's word.
_COUNT_WITH_WORD = re.compile(r"\s*([0-9]{1,3}(?:[ \u00a0\u202f'][0-9]{3})+|[0-9]+)(?:\s+([^\W\d_]{2,}\.?))?\s*")


def _count_as_written(cell: str) -> int | None:
    """The whole number of a count cell that writes its word or spaced thousands, or None."""
    m = _COUNT_WITH_WORD.fullmatch(cell)
    if not m or (m.group(2) is None and not re.search(r"[ \u00a0\u202f']", m.group(1))):
        return None
    return int(re.sub(r"[ \u00a0\u202f']", "", m.group(1)))


# A number with a percent sign (a cell formatted Percent in Excel, saved as CSV: "50%"), or in brackets (Excel's
# Accounting format writes a negative so: "(3)"): said with the number to type, not taken (red-team round 9 #11).
_PERCENT = re.compile(r"\s*([0-9][0-9.,]*)\s*%\s*")
_BRACKETS = re.compile(r"\s*\(\s*([0-9][0-9.,]*)\s*\)\s*")


def _number_in(cell: str, pattern: re.Pattern, decimal_comma: bool) -> float | None:
    """The number a percent or bracketed cell holds (read as the file's numbers are), or None."""
    m = pattern.fullmatch(cell)
    if not m:
        return None
    readings, chosen = _readings(m.group(1), decimal_comma)
    return chosen if readings else None


def parse_numbers(text: pd.Series, column, decimal_comma: bool) -> Parsed:
    count = kind_of(column) == "count"
    text = text.astype(STR)
    values = pd.Series(np.nan, index=text.index, dtype="float64")
    codes = np.full(len(text), None, dtype=object)
    fields: list = [None] * len(text)
    personal = _personal(text)
    codes[personal] = "personal_data_value"
    # Most cells are plain: read them all at once; only the others are read one by one.
    plain = (text.str.fullmatch(_PLAIN_COMMA if decimal_comma else _PLAIN_POINT).fillna(False).to_numpy(dtype=bool)
             & ~personal)
    # A count written the Indonesian way in a decimal-point file ("2.000" households), or the English way in a
    # decimal-comma one ("1,000"): the mark before groups of three digits may be a thousands mark, so such a cell is
    # read both ways ("1,000" was read as 1).
    mark = "," if decimal_comma else "."
    dotted = (np.zeros(len(text), dtype=bool) if not count else
              text.str.fullmatch(_COMMA_THOUSANDS if decimal_comma else _DOT_THOUSANDS).fillna(False)
              .to_numpy(dtype=bool))
    plain &= ~dotted
    if count:  # "01.000" people: 1 by the file's mark, 1000 by a clerk's; neither is guessed (_readings refuses it)
        plain &= ~text.str.fullmatch(_ZERO_LED.pattern).fillna(False).to_numpy(dtype=bool)
    if plain.any():
        # Read as floats straight away: a run of 310 digits is inf (refused by the range check), where a number
        # read first as an integer overflowed and took the whole file down.
        values[plain] = text[plain].str.replace(",", ".", regex=False).astype("float64")
    for i in np.flatnonzero(~plain & ~personal):
        readings, chosen = _readings(text.iloc[i], decimal_comma)
        if dotted[i]:
            cell = text.iloc[i]
            chosen = float(cell.replace(mark, ""))
            readings = [chosen] + ([float(cell.replace(mark, "."))] if cell.count(mark) == 1 else [])
        if not readings:
            codes[i] = "bad_number"
            if (n := _excel_day_number(text.iloc[i], count)) is not None:
                # A figure in a cell formatted as a date (the format painter ran over it): 120 reads 1900-04-29.
                # The number is Excel's day count; said, not taken, as the clerk must see what the cell holds.
                codes[i], fields[i] = "number_as_date", {"n": short_decimal(n, ","), "n_en": short_decimal(n, ".")}
            elif (n := _number_in(text.iloc[i], _PERCENT, decimal_comma)) is not None:
                codes[i], fields[i] = "number_percent", {"n": short_decimal(n, ","), "n_en": short_decimal(n, ".")}
            elif (n := _number_in(text.iloc[i], _BRACKETS, decimal_comma)) is not None:
                # "(0)" reads as no negative: "dibaca sebagai -0" named a number nobody writes (rev32 #6).
                codes[i] = "zero_in_brackets" if n == 0 else "number_in_brackets"
                fields[i] = {"n": short_decimal(n, ","), "n_en": short_decimal(n, ".")}
            elif count and (n := _count_as_written(text.iloc[i])) is not None:
                codes[i], fields[i] = "count_with_word", {"n": str(n)}
            elif not count and (fraction := _fraction(text.iloc[i])) is not None:
                # "½", "1½", "2 1/2": a fraction as a clerk writes it; said as the decimal to type, not guessed (rt7).
                codes[i] = "fraction_number"
                fields[i] = {"decimal": short_decimal(fraction, ","), "decimal_en": short_decimal(fraction, ".")}
            elif not count and (hours := _with_unit(text.iloc[i])) is not None:
                codes[i] = "hours_with_unit"
                fields[i] = {"decimal": short_decimal(hours, ","), "decimal_en": short_decimal(hours, ".")}
            elif not count and (clock := _CLOCK.fullmatch(text.iloc[i])):
                # "2:30" or an Excel time cell (02:30:00): a duration or a start time? Not guessed; said.
                hours = int(clock[1]) + int(clock[2]) / 60
                codes[i] = "hours_as_time"
                fields[i] = {"clock": text.iloc[i], "hours": short_decimal(hours, ","),
                             "hours_en": short_decimal(hours, ".")}
            continue
        if len(readings) == 2:
            fits = [v for v in readings if _number_ok(v, column, count)]
            if len(fits) == 2:
                codes[i], fields[i] = "ambiguous_number", {"a": f"{readings[0]:g}", "b": f"{readings[1]:g}"}
                continue
            chosen = fits[0] if fits else chosen
        values.iloc[i] = chosen
    if count:
        frac = values.notna().to_numpy() & (values.to_numpy() % 1 != 0) & clear(codes)
        codes[frac] = "not_integer"
    # + 0.0: "-0" is 0 ("-0" stored read back as -0 in a table).
    return Parsed(values + 0.0, codes, fields)


def parse_dates(text: pd.Series, work_days: bool = True, cells: bool = False) -> Parsed:
    """Dates in the ways a clerk or a spreadsheet writes them. ``work_days``: the dates of a log's activities, which
    fall on many days of a month; otherwise a roster's periods, which start on the 1st of a month as a rule (their
    own sign of a month typed first, below). ``cells``: its YYYY-MM-DD values are a workbook's date cells, which an
    Excel set to English (US) may have made with day and month swapped."""
    text = text.astype(STR)
    zoned = text.str.match(_ZONED).fillna(False)
    if zoned.any():
        local = pd.to_datetime(text[zoned], utc=True, errors="coerce", format="ISO8601").dt.tz_convert(_WIB)
        text = text.copy()
        text[local[local.notna()].index] = local.dropna().dt.strftime("%Y-%m-%d")
    plain = text.str.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fillna(False).to_numpy(dtype=bool)
    y = pd.Series(np.nan, index=text.index)
    y[plain] = pd.to_numeric(text[plain].str.slice(0, 4))
    other = text[~plain]
    weekday = m = d = None
    if len(other):
        iso, dmy = other.str.extract(_ISO), other.str.extract(_DMY)
        y[~plain] = pd.to_numeric(iso[0].fillna(dmy[2]), errors="coerce")
        m = pd.to_numeric(iso[1].fillna(dmy[1]), errors="coerce")
        d = pd.to_numeric(iso[2].fillna(dmy[0]), errors="coerce")
        named = other.str.extract(_DAY_MONTH_NAME)
        if named[2].notna().any():
            from tksk import fmt  # babel only for a file that writes its months in words

            month = named[2].str.lower().map(fmt.month_by_name())
            weekday = named[0].str.lower().str.replace("’", "'", regex=False).map(fmt.WEEKDAYS)
            words = month.notna() & (named[0].isna() | weekday.notna())
            month = month.where(words)
            year = pd.to_numeric(named[3][words])
            y[words[words].index] = year.where(year >= 100, year + 2000)
            m, d = m.where(~words, month), d.where(~words, pd.to_numeric(named[1], errors="coerce"))
    first = pd.Timestamp(EARLIEST_DATE)
    codes = np.full(len(text), None, dtype=object)
    codes[y.isna().to_numpy()] = "bad_date"
    codes[(y < first.year).to_numpy()] = "date_too_early"
    codes[(y > _LAST_YEAR).to_numpy()] = "future_date"
    ok = clear(codes)
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    if (ok & plain).any():
        parsed[ok & plain] = pd.to_datetime(text[ok & plain], format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
    rest = ok & ~plain
    if rest.any():
        at = text.index[rest]
        got = pd.to_datetime(pd.DataFrame({"year": y[at], "month": m[at], "day": d[at]}), errors="coerce")
        parsed[rest] = got.astype("datetime64[ns]").to_numpy()
    ok = pd.Series(ok, index=text.index)
    codes[(ok & parsed.isna()).to_numpy()] = "bad_date"
    # A day the month does not have (31/11/2025) read "unparseable, use 05/03/2024", the form the clerk had used: the
    # day is said to be what is wrong (walk-through of 2026-12-06).
    months, days = (pd.Series(np.nan, index=text.index) for _ in range(2))
    months[plain] = pd.to_numeric(text[plain].str.slice(5, 7))
    days[plain] = pd.to_numeric(text[plain].str.slice(8, 10))
    if m is not None:
        months[m.index], days[d.index] = m, d
    month_ok = (months >= 1) & (months <= 12) & (days >= 1) & y.notna()
    no_day = (codes == "bad_date") & month_ok.to_numpy(dtype=bool)
    lacking: dict[int, dict] = {}
    for i in np.flatnonzero(no_day):
        year, month, day = int(y.iloc[i]), int(months.iloc[i]), int(days.iloc[i])
        last = pd.Timestamp(year, month, 1).days_in_month
        if day > last:
            codes[i] = "no_such_day"
            lacking[i] = {"day": day, "month": month, "year": year, "last": last}
    mismatch = np.zeros(len(text), dtype=bool)
    if weekday is not None:
        # "Senin, 9 Januari 2024": a Tuesday. Which of the two is wrong is the clerk's to say.
        said = weekday.reindex(text.index)
        mismatch = (said.notna() & parsed.notna() & (parsed.dt.weekday != said)).to_numpy() & clear(codes)
        codes[mismatch] = "weekday_mismatch"
    early = (parsed < first).to_numpy() & clear(codes)
    codes[early] = "date_too_early"
    fields = [{"first": first.year} if c == "date_too_early" else lacking.get(i) if c == "no_such_day"
              else None for i, c in enumerate(codes)]
    if mismatch.any():
        from tksk import fmt

        for i in np.flatnonzero(mismatch):
            fields[i] = {"day": text.iloc[i].split(",")[0].split()[0], "actual": fmt.weekday(parsed.iloc[i], "id"),
                         "actual_en": fmt.weekday(parsed.iloc[i], "en")}
    # A date cell whose format was reset to General shows Excel's day number (45356): said with the date it would be,
    # not read as one (a workbook's 1904 date system would shift it by four years).
    # With a fraction it is the day and the time (45721.5: 5 March 2025 at noon), said with both (red-team round 9).
    serial = (codes == "bad_date") & text.str.fullmatch(r"[0-9]{5}(?:[.,][0-9]+)?").fillna(False).to_numpy(dtype=bool)
    for i in np.flatnonzero(serial):
        number = float(text.iloc[i].replace(",", "."))
        # Rounded to the minute before the day is taken: 23.59.30 is the next day's 00.00, not this day's.
        when = (pd.Timestamp("1899-12-30") + pd.Timedelta(days=number)).round("min")
        day = when.normalize()
        if first <= day <= pd.Timestamp(_LAST_YEAR, 12, 31):
            codes[i], fields[i] = "date_serial", {"date": f"{day:%Y-%m-%d}"}
            if number % 1:
                # To the minute (above): Excel keeps a time as a fraction of a day (12.00 is 0.5).
                at = when
                codes[i] = "date_serial_time"
                fields[i].update(time=f"{at:%H.%M}", time_en=f"{at:%H:%M}")
    # A column whose slashed dates have a second part above 12 was written month first (a spreadsheet set to US
    # English, a Google Sheets export): its other slashed dates (3/5/2024) cannot be told apart, so none is taken.
    if len(other):
        slashed = dmy[0].notna().reindex(text.index, fill_value=False).to_numpy()
        first_part, second_part = (pd.to_numeric(dmy[i], errors="coerce").reindex(text.index) for i in (0, 1))
        month_first = (second_part > 12) & (first_part <= 12)
        # Such dates on a few days of many months (3/1/2024, 3/2/2024, … 3/8/2024; or a quarter's 1/4, 1/9, 2/2,
        # 2/7, 3/1, 3/12): the days of one to three months written month first, which day first are many months on
        # the same few days (a log is a month's or a quarter's work, on many days). Not guessed either. Only
        # slashes (a US export writes no dots or dashes), and only when no date shows the column day first (a first
        # part above 12: 20/01/2024).
        small = (slashed & other.str.contains("/", regex=False).reindex(text.index, fill_value=False).to_numpy()
                 & (first_part <= 12).to_numpy() & (second_part <= 12).to_numpy())
        days, months_read = (sorted(int(v) for v in part[small].unique()) for part in (first_part, second_part))
        day_first_shown = month_first.any() or (first_part > 12).any()
        pattern = None if day_first_shown else _month_first_pattern(days, months_read, int(small.sum()), work_days)
        same_day, firsts = pattern == "same_day", pattern == "firsts"
        if month_first.any() or same_day or firsts:
            # 01/01/2024 reads the same either way: never refused, nor quoted.
            either = (first_part == second_part).to_numpy()
            slashed = slashed & ~either
            shown = month_first if month_first.any() else pd.Series(small & ~either, index=text.index)
            example = text[shown.to_numpy()].iloc[0]
            code = ("month_first_date" if month_first.any() else "same_day_each_month" if same_day
                    else "starts_month_first")
            said = {"example": example} | (_days_said(days, months_read) if pattern else {})
            for i in np.flatnonzero(slashed & (clear(codes) | (codes == "bad_date"))):
                codes[i], fields[i] = code, said
            parsed = parsed.where(~pd.Series(slashed, index=text.index))
            if month_first.any():
                # A CSV written month first and opened in an Excel set to Indonesian: Excel made a date of each
                # cell it could read day first (3/5/2024 became 3 May) and left the rest as text. Those dates,
                # whose day could be a month, are named too: fixing only the text cells stored the others swapped.
                swapped = (plain & clear(codes) & (parsed.dt.day <= 12).to_numpy()
                           & (parsed.dt.day != parsed.dt.month).to_numpy())
                for i in np.flatnonzero(swapped):
                    codes[i], fields[i] = "date_maybe_swapped", {"example": example}
    if cells and plain.any():
        _swapped_cells(parsed, plain, codes, fields, work_days)
    return Parsed(parsed.where(pd.Series(clear(codes), index=text.index)), codes, fields)


def _swapped_cells(parsed: pd.Series, plain: np.ndarray, codes: np.ndarray, fields: list, work_days: bool) -> None:
    """Date cells an Excel set to English (US) made with day and month swapped, named (in place): a clerk typing
    04/03/2025 for 4 March got the date 3 April, each typed day up to 12 a month, so a few weeks of work spread as
    the same day or two of many months (a roster's 1 July, 1 March, 1 October starts became 7, 3 and 10 January).
    The same tests as the slashed text's above, on the cells' own days and months; a cell on a day after the 12th
    shows Excel read the column right."""
    cell = plain & clear(codes) & parsed.notna().to_numpy()
    day, month = parsed.dt.day.to_numpy(), parsed.dt.month.to_numpy()
    if not cell.any() or (cell & (day > 12)).any():
        return
    days, months_read = sorted(set(day[cell].tolist())), sorted(set(month[cell].tolist()))
    pattern = _month_first_pattern(days, months_read, int(cell.sum()), work_days)
    if pattern is None:
        return
    swapped = cell & (day != month)  # 1 January reads the same either way
    said = {"example": f"{parsed[swapped].iloc[0]:%Y-%m-%d}"} | _days_said(days, months_read)
    code = "same_day_cells" if pattern == "same_day" else "starts_cells_swapped"
    for i in np.flatnonzero(swapped):
        codes[i], fields[i] = code, said


# Activities on at most this many days of the month, across twice as many months or more: read day first, a log
# that is more likely the days of a few months written month first.
SAME_DAYS = 3


def _month_first_pattern(days: list[int], months_read: list[int], n: int, work_days: bool) -> str | None:
    """Whether ``n`` dates read day first, on ``days`` of ``months_read``, look written month first: "same_day",
    a log's activities on one to three consecutive days of many months (a month's or a quarter's work; reports
    handed in on the 5th, 7th and 10th of January to June are day first); "firsts", a roster's starts all in one
    January on days other than the 1st and 2nd (an SK's date, the first working day), two or more of them (7/1,
    3/1, 10/1: the 1sts of July, March and October), as a post starts on the 1st of a month; or None."""
    if (work_days and n >= 3 and len(days) <= SAME_DAYS and days[-1] - days[0] < SAME_DAYS
            and len(months_read) >= max(3, 2 * len(days))):
        return "same_day"
    if not work_days and months_read == [1] and len(set(days) - {1, 2}) >= 2:
        return "firsts"
    return None


def _days_said(days: list[int], months_read: list[int]) -> dict[str, str]:
    """The message fields naming the few days and the count of months a column's dates fall on."""
    listed = [str(d) for d in days]
    return {"days": _and(listed, "dan"), "months": str(len(months_read)),
            "days_en": ("day " if len(days) == 1 else "days ") + _and(listed, "and")}


def _and(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def _personal(text: pd.Series, normalised: bool = False, notes: bool = False, id_numbers: bool = False) -> np.ndarray:
    """Cells that ``pii.ANY`` finds something in; of ``notes``, also those with a letter typed for a digit in a
    number (masked if so read they hold a phone or a NIK; a count or an id with such a letter is refused as no
    number or no code, not as personal data); of ids (``id_numbers``), also a personal number however short
    (``pii.ID_NUMBER``)."""
    if not len(text):
        return np.zeros(0, dtype=bool)
    # Normalised first: RE2's \s is ASCII, and a no-break space pasted from a chat must not hide a name.
    text = text.astype(STR)
    cells = pa.array((text if normalised else pii.normalise_column(text)).array)
    # Cells of a few digits and marks only (a count, hours) hold nothing the patterns look for: when every cell is
    # one, the patterns are not compiled at all (3 ms each time, for a column of a few hundred numbers).
    plain = pc.match_substring_regex(cells, _TOO_FEW_DIGITS).fill_null(True)
    if pc.all(plain).as_py():
        return np.zeros(len(text), dtype=bool)
    if notes:  # a pattern at a time: the notes' whole alternation ran RE2's slow engine (``pii.holds_any``)
        return pii.holds_any(cells, pii.LOOKALIKE)
    hits = pc.match_substring_regex(cells, _ID_LOOK if id_numbers else pii.ANY)
    return hits.fill_null(False).to_numpy(zero_copy_only=False)


_NOTES_LOOK = f"{pii.ANY}|{pii.LOOKALIKE}"  # what a note is looked at for (in parts: ``pii.holds_any``)
_ID_LOOK = f"{pii.ANY}|{pii.ID_NUMBER}"
# Digits, spaces, points, commas, plus and minus signs only, and at most five digits: no pattern of ``pii.ANY`` (nor
# ``pii.LOOKALIKE`` or ``pii.ID_NUMBER``) can match such a cell. Each needs a letter or an at sign (names, words,
# e-mail, plates, cards), or six digits or more (NIK 16, phone numbers 8 and more, a date of birth's day, month and
# year 6, a NIK's first twelve; test_personal_data holds it for every pattern).
_TOO_FEW_DIGITS = r"^[ .,+\-]*(?:[0-9][ .,+\-]*){0,5}$"


# A pictograph or other symbol (an emoji, a tick ✅ from a WhatsApp list), or a private-use character: no
# code holds one, and an id stored with it was an id of its own, so the row sent again or corrected without the mark
# was another activity (red-team round 9).
ID_SYMBOL = r"[\p{So}\p{Co}]"


def _not_code(text: pd.Series) -> np.ndarray:
    if not len(text):
        return np.zeros(0, dtype=bool)
    cells = pa.array(pii.normalise_column(text.astype(STR)).array)
    hits = pc.match_substring_regex(cells, pii.ID_NOT_CODE).fill_null(False)
    hits = pc.or_(hits, pc.match_substring_regex(cells, ID_SYMBOL).fill_null(False))
    named = pii.id_names_in(cells)  # a name between a code's digits ("KR-Sukardi-1")
    return (hits if named is None else pc.or_(hits, named)).to_numpy(zero_copy_only=False)


def is_id(name: str, column) -> bool:
    """A text column that is not free text: an id, refused when it looks like personal data."""
    return kind_of(column) == "text" and name not in FREE_TEXT


_MONTH_NUMBER = r"^(?:0?1[/.-])?([0-9]{1,2})[/.-]([0-9]{4})$"  # 02/2024, 2-2024, and 01/02/2024: a month typed as a date
# Februari 2024, Feb 2024, February 2024, Maret-2025, Maret/2025 (the dash and slash forms were refused; rt8)
_MONTH_WORDS = r"^([^\W\d_]+)\.?\s*(?:\s|-|/)\s*([0-9]{4})$"
_YEAR_SLASH_MONTH = r"^([0-9]{4})[/.]([0-9]{1,2})$"  # 2025/03, 2025.03: the year first, as ISO with another mark


def months(t: pd.Series) -> pd.Series:
    """A reported month as YYYY-MM from the ways a clerk or a spreadsheet writes it; what is not one of them is
    left as written, to be refused with the form to use."""
    t = t.str.replace(_MONTH_AS_DATE, r"\1", regex=True).str.replace(r"^([0-9]{4})-([1-9])$", r"\1-0\2", regex=True)
    odd = t.notna() & ~t.str.fullmatch(r"[0-9]{4}-[0-9]{2}").fillna(False)
    if not odd.any():
        return t
    from tksk import fmt  # babel only for a file that writes its months in words

    names = fmt.month_by_name()
    t = t.copy()
    t[odd] = (t[odd].str.replace(_MONTH_NUMBER, lambda m: f"{m[2]}-{int(m[1]):02d}", regex=True)
              .str.replace(_YEAR_SLASH_MONTH, lambda m: f"{m[1]}-{int(m[2]):02d}", regex=True)
              .str.replace(_MONTH_WORDS, lambda m: f"{m[2]}-{names[m[1].lower()]:02d}" if m[1].lower() in names
                           else m[0], regex=True))
    return t


_TEMPLATE_ID = r"^[1-9][0-9]{3}[-./ ][0-9]{2}[-./ ]20(?:1[3-9]|[2-9][0-9])(?=[-./ ]|$)"

# Characters read past a note's length limit before it is masked and cut: more than the longest number with its
# separators (a bank account "0123-01-045678-50-3", a NIK "16 10 05 45 03 67 00 02") and the words naming it.
_CUT_MARGIN = 64


def parse_text(text: pd.Series, name: str, column, screened: bool = False) -> tuple[Parsed, pd.Series]:
    """Codes in their case, months as YYYY-MM, free text masked, ids that look like personal data refused
    (``screened``: the ids are known to hold none). Also returns, per distinct value, whether masking changed it."""
    k = kind_of(column)
    t = text.astype(STR)
    changed = pd.Series(False, index=text.index)
    codes = np.full(len(t), None, dtype=object)
    if k.startswith("code:"):
        t = t.str.upper() if k == "code:PPKS" else t.str.lower()
        by_label = t.str.lower().map(_labels(k[5:]))
        t = by_label.where(by_label.notna(), t).astype(STR)
    elif k == "month":
        t = months(t)
        # A month before TKSK were formed is a slip, as a date is ("2001-01" in a 2024 report).
        first = pd.Timestamp(EARLIEST_DATE).year
        year = pd.to_numeric(t.where(t.str.fullmatch(r"[0-9]{4}-[0-9]{2}").fillna(False)).str.slice(0, 4),
                             errors="coerce")
        early = (year < first).fillna(False).to_numpy(dtype=bool)
        codes[early] = "date_too_early"
        return Parsed(t, codes, [{"first": first} if e else None for e in early]), changed
    elif name in FREE_TEXT:
        t = pii.normalise_column(t)  # stored as read aloud: no hidden spaces for a later reader to trip on
        # A note too long is refused by the length the clerk wrote, and masked only a little past the limit:
        # masking reads a note in Python, and a cell of 100.000 characters held the import for half a minute (the
        # length, judged after masking, also let a run of digits masked short pass). Cut at the limit itself, a
        # number across it kept its first digits unmasked ("NIK 16100545"): the margin holds any number whole.
        limit = _max_length(column)
        too_long = (t.str.len() > limit).fillna(False).to_numpy() if limit else np.zeros(len(t), dtype=bool)
        if too_long.any():
            t = t.copy()
            t[too_long] = t[too_long].str.slice(0, limit + 1 + _CUT_MARGIN)
        # Arrow finds what a pattern can say; a name that no list holds needs a dictionary, looked up in Python
        # (over the column's distinct values: a log repeats its notes).
        flagged = _personal(t, normalised=True, notes=True)
        filled = t.notna().to_numpy()
        if filled.any():
            masked = t.copy()
            masked[filled] = pii.mask_notes(t[filled].tolist(), flagged[filled])
            changed = pd.Series(filled, index=text.index) & (masked != t).fillna(False)
            # The length limit is on what the clerk wrote: a marker longer than the name it hides must not make
            # a cell within the limit "too long", so a masked cell that grew past it is cut to it.
            if limit:
                grew = changed & (masked.str.len() > limit) & ~too_long
                masked[grew] = masked[grew].str.slice(0, limit - 1) + "…"
            t = masked
        if too_long.any():
            t[too_long] = t[too_long].str.slice(0, limit + 1)
        codes[too_long] = "too_long"
        fields = [{"limit": str(limit)} if long else None for long in too_long]
        return Parsed(t, codes, fields), changed
    elif is_id(name, column) and not screened:
        codes[_not_code(t)] = "id_not_code"
        personal = _personal(t, id_numbers=True)
        # The template's id (regency, kecamatan, year) with a month and a number after it, 1610-04-2025-03-0001,
        # holds 16 digits as a NIK does, and was refused as personal data: read as a NIK its day of birth is 20 and
        # its month 25, none. A year whose last two digits could be a month (2001-2012) is a NIK's 20th day of a
        # month: looked at as any id. Of such template ids only what follows the year is looked at.
        if personal.any():
            suspects = t[personal]
            template = suspects.str.match(_TEMPLATE_ID).fillna(False).to_numpy(dtype=bool)
            if template.any():
                at = np.flatnonzero(personal)[template]
                personal[at] = _personal(suspects[template].str.replace(_TEMPLATE_ID, "", regex=True), id_numbers=True)
        codes[personal] = "personal_data_value"
    return Parsed(t, codes, [None] * len(t)), changed


@functools.cache
def _labels(table: str) -> dict[str, str]:
    from tksk import vocab

    return vocab.code_by_label(table)


# Short forms clerks write for the words of a label.
_SHORT_FORMS = {"lansia": "lanjut usia", "disabel": "disabilitas"}


def _label_holding(value, table: str) -> list[str]:
    """The codes whose label or name holds every word of ``value`` ("BPNT" is "BPNT / Program Sembako", "Lansia
    terlantar" is "Lanjut usia terlantar"): a clerk writes a programme or a category by its best-known words. A
    word of several ("Rapat": rapat_desa, rapat_psks, …) gives them all: one of them named alone was a guess."""
    if not isinstance(value, str):
        return []
    asked = set(_WORDS.findall(value.lower()))
    for short, long in _SHORT_FORMS.items():
        if short in asked:
            asked = (asked - {short}) | set(long.split())
    if not asked:
        return []
    named = {**_labels(table), **{code.replace("_", " "): code for code in _labels(table).values()}}
    return sorted({code for label, code in named.items() if asked <= set(_WORDS.findall(label))})


_WORDS = re.compile(r"[a-z0-9]+")


def _max_length(column) -> int | None:
    for check in column.checks:
        if check.name == "str_length" and check.statistics.get("max_value"):
            return int(check.statistics["max_value"])
    return None


def _check_code(check, column) -> tuple[str, dict | None]:
    name = check.name
    if name == "isin":
        return "unknown_code", None
    if name == "greater_than_or_equal_to":
        return "negative", None
    if name == "less_than_or_equal_to":
        if kind_of(column) == "hours":
            return "too_many_hours", None
        reason = column.metadata.get("bound_reason") or ("", "")
        return "implausible", {"limit": f"{check.statistics['max_value']:,}".replace(",", "."), "reason": reason[0],
                               "reason_en": reason[1]}
    if name == "str_length":
        return "too_long", {"limit": str(check.statistics.get("max_value") or "")}
    if name == "in_range":
        return "out_of_range", {"low": str(check.statistics["min_value"]), "high": str(check.statistics["max_value"])}
    if kind_of(column) == "month":
        return "bad_month", None
    return "bad_format", None


def schema_checks(parsed: Parsed, column) -> None:
    """Codes, ranges, formats and lengths declared in the schema, on the values that parsed (in place)."""
    free = pd.Series(clear(parsed.codes), index=parsed.values.index) & parsed.values.notna()
    if not free.any():
        return
    for check in column.checks:
        present = parsed.values if free.all() else parsed.values[free]
        if check.name == "str_length" and (check.statistics.get("min_value") or 0) > 0:
            present = present[present.str.len() > 0]
        bad = pd.Series(~check.passes(present), index=present.index)
        if bad.any():
            code, fields = _check_code(check, column)
            at = np.flatnonzero(parsed.values.index.isin(present.index[bad.to_numpy()]))
            parsed.codes[at] = code
            for i in at:
                parsed.fields[i] = fields
            if code == "unknown_code":  # the list is short: the closest code is named, or every choice
                allowed = check.statistics["allowed_values"]
                values = parsed.values.to_numpy()
                # For the values a message can list (distinct values come in the order of the rows they first
                # appear in): 64,000 distinct wrong codes took 22 s of spelling comparisons, for 1,000 messages.
                by_words = kind_of(column)[5:] if kind_of(column).startswith("code:") else None
                for i in at[:limits.MAX_PROBLEMS]:
                    # A word of several codes names them all before any one spelled alike ("Pendampingan" read
                    # as pendampingan_beras, Sembako's as likely).
                    holding = _label_holding(values[i], by_words) if by_words else []
                    meant = holding[0] if len(holding) == 1 else None if holding else suggestion(values[i], allowed)
                    some = holding if 1 < len(holding) <= CHOICES_LISTED else allowed if len(allowed) <= CHOICES_LISTED else []
                    parsed.fields[i] = hint(meant) if meant or not some else {
                        "hint": f"; pilihan: {', '.join(some)}", "hint_en": f"; choices: {', '.join(some)}"}
            free &= ~parsed.values.index.isin(present.index[bad.to_numpy()])


# The date columns of a log (an activity, its outcome); the others are a roster's periods.
_WORK_DATES = frozenset({"tanggal", "tanggal_hasil"})
# A coded column of this many choices or fewer names them all when a value is none of them ("lowong": aktif, kosong;
# an activity's fourteen codes).
CHOICES_LISTED = 15


def parse_column(text: pd.Series, name: str, column, decimal_comma: bool,
                 screened: bool = False, date_cells: bool = False) -> tuple[Parsed, pd.Series]:
    """Parse and check one column's distinct values (stripped, none empty; ``screened``: no id among them can
    be personal data)."""
    k = kind_of(column)
    changed = pd.Series(False, index=text.index)
    if k == "date":
        parsed = parse_dates(text, work_days=name in _WORK_DATES, cells=date_cells)
    elif k in ("count", "hours"):
        parsed = parse_numbers(text, column, decimal_comma)
    else:
        parsed, changed = parse_text(text, name, column, screened)
    schema_checks(parsed, column)
    if name not in FREE_TEXT:
        _failed_formulas(text, parsed)
    return parsed, changed


# What Excel, LibreOffice and Google Sheets show (and save to a CSV) for a formula that failed.
_EXCEL_ERROR = r"#(?:N/A|VALUE!|REF!|DIV/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|GETTING_DATA|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!)|(?i:err):[0-9]{3}"


def _failed_formulas(text: pd.Series, parsed: Parsed) -> None:
    """A failed formula's text ("#N/A" saved to a CSV, or typed as text) is refused as such in any column but free
    text: in an id column "#N/A" was an id like any other, and a failed lookup of the post stored a post "#N/A"
    (imp33); elsewhere it was "bukan angka", "format salah" or "kode tidak dikenal", which sent the clerk to the
    value, not the formula."""
    if not len(text) or not text.str.contains("#|(?i:err):", regex=True).any():
        return
    for i in np.flatnonzero(text.str.fullmatch(_EXCEL_ERROR).fillna(False).to_numpy(dtype=bool)):
        parsed.codes[i], parsed.fields[i] = "formula_error", {"error": text.iloc[i]}
