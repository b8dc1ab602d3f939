"""The file's columns matched to a schema, and each column encoded once: distinct values parsed and checked,
rows as positions among them. Both paths start from here."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tksk import pii, schema
from tksk.logs.parse import ID_SYMBOL, STR, Parsed, clear, is_id, kind_of, parse_column
from tksk.logs.raw import KIND_LABELS, KINDS, detect_kind, header_aliases, norm_header
from tksk.logs.rules import hint
from tksk.problems import FREE_TEXT, Problem, known_title, problem


@dataclass
class Column:
    parsed: Parsed  # per distinct value
    raw: pd.Series  # per distinct value, the text as written (stripped)
    rows: np.ndarray  # per row, the position of its value among the distinct ones; -1 for an empty cell
    changed: pd.Series  # per distinct value: masked as personal data
    distinct: bool = False  # the parsed values are known to differ from each other (an id read as written)
    _values: pd.Series | None = None

    def bad_values(self) -> np.ndarray:
        return np.flatnonzero(~clear(self.parsed.codes))

    def same_value_rows(self) -> np.ndarray:
        """Per row, the position of its parsed value among the distinct parsed values (-1: empty): cells written
        differently but read the same (" A-1" and "A-1") share a position, as they share a value in the store."""
        if self.distinct:  # a million ids are not hashed a second time
            return self.rows
        codes, _ = pd.factorize(self.parsed.values)
        return np.where(self.rows >= 0, codes[np.maximum(self.rows, 0)], -1) if len(codes) else self.rows

    def values(self, blank_bad: bool = False) -> pd.Series:
        """The parsed column, row by row (``blank_bad``: cells that break a cell rule left empty). Spread once:
        a file's text can be large."""
        if blank_bad and len(self.bad_values()):
            return spread(self.parsed.values, np.where(np.isin(self.rows, self.bad_values()), -1, self.rows))
        if self._values is None:
            self._values = spread(self.parsed.values, self.rows)
        return self._values


def spread(parsed: pd.Series, rows: np.ndarray) -> pd.Series:
    """Values per distinct value, spread over the rows (-1: empty)."""
    if parsed.dtype == STR:
        if not len(parsed):
            return empty_like_dtype(STR, len(rows))
        return pd.Series(parsed.array.take(rows, allow_fill=True))
    if not len(parsed):
        return empty_like_dtype(parsed.dtype, len(rows))
    out = parsed.to_numpy()[np.maximum(rows, 0)]
    out[rows < 0] = np.datetime64("NaT") if out.dtype.kind == "M" else np.nan
    return pd.Series(out)


def empty_like_dtype(dtype, n: int) -> pd.Series:
    if dtype == STR:  # from Arrow: a text column of n empty cells without n Python objects
        return pd.Series(STR.__from_arrow__(pa.nulls(n, pa.string())))
    return pd.Series(np.full(n, None), dtype=dtype)


def empty_column(column, n: int) -> pd.Series:
    """An absent optional column, typed as present ones are."""
    k = kind_of(column)
    return empty_like_dtype("datetime64[ns]" if k == "date" else "float64" if k in ("count", "hours") else STR, n)


# What a cell's strip takes off: Python's whitespace, which Arrow's ``utf8_trim_whitespace`` strips too (a test
# holds all three the same). Spelled out for what strips outside Python and Arrow: DuckDB's ``trim``.
PADDING = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
           "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


# An id's letters in either case, and the invisible characters a paste from a chat or a web page leaves in it
# (zero-width spaces and joiners, a word joiner, a byte-order mark), are the same id: "t-0001" and "T-0001\u200b"
# re-sent are the row already stored, not a new one. Ids are kept in capitals.
# Directional marks (a right-to-left or left-to-right mark, embeddings and isolates) come with text pasted from a
# phone; they are as invisible, and are taken off codes, dates and numbers too: "rehsos" with a mark before it
# was refused as an unknown code, suggesting "rehsos".
# A soft hyphen (Word and web pages put them in), the invisible operators, the Mongolian vowel separator, the
# combining grapheme joiner, variation selectors and the Hangul fillers show as nothing too: an id with soft hyphens
# and the same id typed plainly were two rows.
INVISIBLE = ("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
             "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d"
             "\u206e\u206f\u3164\uffa0" + "".join(chr(c) for c in range(0xFE00, 0xFE10)))
# A leading apostrophe is how a spreadsheet is told to keep a cell as text ('S9-0100): not part of the id, and an
# id sent again without it must be the same row.
# A dash a word processor or a phone keyboard puts for "-" (en and em dash, non-breaking hyphen, minus, full-width
# hyphen) is the same id: "1610‑04‑2025‑0001" re-sent with plain hyphens was a second row, and a post typed so a
# second post that looked the same as the first in every message.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
ID_VARIANT = f"[a-z{INVISIBLE}{DASHES}]|^'"


def canonical_ids(text: pd.Series) -> pd.Series:
    """Ids as stored: invisible characters and a text-marking apostrophe removed, dashes as "-", letters in capitals."""
    return (text.str.replace(f"[{INVISIBLE}]", "", regex=True).str.replace(r"^'\s*", "", regex=True)
            .str.replace(f"[{DASHES}]", "-", regex=True).str.upper())


def typed_frame(cols: dict[str, Column], model_cols: dict, n: int, blank_bad: bool = False) -> pd.DataFrame:
    """A file's ``n`` rows in the columns of its schema (``model_cols``): each read column spread from its
    distinct values, an absent optional one empty (``blank_bad``: cells that break a cell rule left empty)."""
    return pd.DataFrame({c: (cols[c].values(blank_bad) if c in cols else empty_column(column, n))
                         for c, column in model_cols.items()})


# Every pattern the id screen below looks for, in one pass over a column's values: a million ids took four passes of
# 40 ms each (Arrow's regular expressions cost about as much per value whatever they look for). Where it finds
# nothing, no value holds an unusual space (so the normalised text is the text), personal data, a name-like run or
# a variant of an id; where it finds something, each is looked for as before.
_ID_SCREEN = "|".join(f"(?:{p})" for p in (pii.UNUSUAL_SPACE, pii.ANY, pii.ID_NOT_CODE, pii.ID_NUMBER, ID_VARIANT,
                                             ID_SYMBOL))


def encode(arr: pa.DictionaryArray, name: str, column, decimal_comma: bool, date_cells: bool = False) -> Column:
    values = arr.dictionary
    rows = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    text = pd.Series(values.to_pandas(types_mapper={pa.string(): STR}.get), dtype=STR)
    # One pass over the distinct values says whether any is padded or, in an id, could be personal data (a
    # column of ids has as many distinct values as rows); only then is either looked at closely.
    # Padding is what the strip below takes off (any Unicode space, a no-break space pasted from the web too): the
    # screen is the strip itself, so that no padded value is left as it was written beside a stripped one.
    ident = is_id(name, column)
    coded = not ident and name not in FREE_TEXT
    flagged = bool(len(values)) and (
        pc.any(pc.not_equal(pc.utf8_trim_whitespace(values), values)).as_py()
        or (ident and ((pc.any(pc.match_substring_regex(values, _ID_SCREEN)).as_py()
                        and (pc.any(pc.match_substring_regex(pa.array(pii.normalise_column(text).array),
                                                             f"{pii.ANY}|{pii.ID_NOT_CODE}|{pii.ID_NUMBER}|{ID_SYMBOL}")).as_py()
                             or pc.any(pc.match_substring_regex(values, ID_VARIANT)).as_py()))
                       or pii.id_names_in(values) is not None))
        or (coded and pc.any(pc.match_substring_regex(values, f"[{INVISIBLE}]")).as_py()))
    if flagged:
        text = text.str.strip()
        if ident:
            text = canonical_ids(text)
        elif coded:
            text = text.str.replace(f"[{INVISIBLE}]", "", regex=True).str.strip()
    parsed, changed = parse_column(text, name, column, decimal_comma, screened=not flagged, date_cells=date_cells)
    # A dictionary's values are distinct (tksk.logs.raw.text_column), and an id that was not stripped is parsed
    # as written: its values stay distinct.
    return Column(parsed, text, rows, changed, distinct=not flagged and is_id(name, column))


TITLE_CHARS = 40


# Titles of a row-number column, which a clerk adds and nobody needs: never taken for a figure column.
ROW_NUMBER_TITLES = frozenset({"no", "nomor", "no_urut", "nomor_urut", "urut", "nr"})
# An hours column titled in minutes ("Lama (menit)") holds minutes: read as hours, 30 minutes would be 30 hours.
_MINUTES = re.compile(r"menit|minute|\bmin\b", re.IGNORECASE)
# Other units an hours column's title may name (and not hours besides: "Jam per hari" is hours).
_OTHER_UNIT = re.compile(r"\b(?:hari|hr|days?|minggu|pekan|weeks?|bulan|bln|months?)\b", re.IGNORECASE)
_HOURS = re.compile(r"\b(?:jam|hours?|hrs?|j)\b", re.IGNORECASE)
# An hours column whose title names a time of day ("Jam (mulai)", "Pukul", "Start time"): 08.00 read as 8 hours.
_CLOCK = re.compile(r"\b(?:mulai|selesai|berangkat|pukul|start(?:ed)?|end(?:ed)?|begin|finish(?:ed)?)\b", re.IGNORECASE)
# A date column's title that gives the month before the day ("bulan/hari/tahun", "mm/dd/yyyy", "M/D/Y").
_MONTH_FIRST_TITLE = re.compile(r"\b(?:bulan|bln|bl|mm?|months?)\s*[/.\-]\s*(?:hari|hr|tgl|tanggal|dd?|days?)\b",
                                re.IGNORECASE)
# Year, month, day ("yyyy-mm-dd", "tahun-bulan-hari"): the order the reading takes, and the one messages recommend.
_YEAR_FIRST_TITLE = re.compile(r"\b(?:tahun|thn|th|yyyy|yy|y|years?)\s*[/.\-]\s*(?:bulan|bln|bl|mm?|months?)\b",
                               re.IGNORECASE)


# What an activity row is: a roster holding these lost them when their columns were dropped.
_LOG_FIGURES = frozenset({"tanggal", "jenis_kegiatan", "jumlah_orang", "jam"})
# Columns only a file of that kind has: another kind's file may well hold a "Tahun", "PKH" or "Jumlah KK" of its own.
_DEFINING = {"log": _LOG_FIGURES, "roster": frozenset({"status", "tanggal_mulai", "tanggal_selesai"})}


def _other_kind(norm: str, model) -> tuple[str, str] | None:
    """(kind, column) of another kind's column a title names, where no column of this kind has that title: between a
    log and a roster only (need counts carry a kecamatan's people and families as context)."""
    if model is schema.KebutuhanRow:
        return None
    for kind, other in KINDS.items():
        if other is not model and (column := header_aliases(other).get(norm)) in _DEFINING.get(kind, ()):
            return kind, column
    return None


# The titles every office form gives an area's column, read as its code column where the file has no column of that
# code under its own title: beside a "kode_desa", a "Desa" of names is the clerk's own and dropped. Dropped always,
# the desa of referrals and DTKS proposals (optional there) were lost with a note only (rt7); read, names are refused
# with the code each means.
AREA_TITLES = {norm_header(title): column for column, titles in {
    "kode_desa": ("Desa", "Desa/Kelurahan", "Desa / Kelurahan", "Kelurahan", "Desa/Kel", "Desa Kel", "Kelurahan/Desa"),
    "kode_kec": ("Kecamatan", "Kec", "Kec."),
}.items() for title in titles}


def match_headers(headers: list[str], model, name: str) -> tuple[dict[int, str], list[str], list[Problem]]:
    """Schema column of each header position, the headers dropped, and what to say about them. An unknown title
    is dropped with a note naming the column it most likely is."""
    aliases = header_aliases(model)
    columns = schema.columns(model)
    titled = {aliases.get(norm_header(h)) for h in headers if norm_header(h)}
    areas = {norm: column for norm, column in AREA_TITLES.items() if column in columns and column not in titled}
    mapping: dict[int, str] = {}
    dropped, problems = [], []
    activity: list[tuple[str, str, str]] = []  # another kind's columns: (title shown, column, kind)
    for i, header in enumerate(headers):
        norm = norm_header(header)
        if not norm:
            continue  # an untitled column: its cells are checked below only if it holds any
        target = aliases.get(norm)
        if target is None and norm in areas and areas[norm] not in mapping.values():
            target = areas[norm]
        # A title is a few words; anything longer is a cell of data (a sentence, an address) that took its
        # place, named by its position only.
        position = f"(kolom {i + 1} / column {i + 1})"
        shown = header if len(header) <= TITLE_CHARS else position
        if target is None:
            kind = pii.header_kind(norm)
            if not kind and not known_title(header):
                shown = position  # a title that may be a person's name (a column per KPM)
            # A personal-data column's title is a word for its kind ("Alamat", "No HP"), and whatever the clerk
            # wrote beside it is masked ("hp 08-123-456-789").
            shown = pii.mask_note(shown)
            if kind:
                problems.append(problem(name, "personal_data_column", column=shown, kind=kind[0], kind_en=kind[1]))
            elif (other := _other_kind(norm, model)) is not None:
                # A clerk's one sheet of posts and activities: read as one kind, the other's columns were "unknown",
                # and an activity's figures went without a word. Its figures refuse the file; other columns are
                # named as the other kind's.
                other_kind, column = other
                activity.append((shown, column, other_kind))
            else:
                close = difflib.get_close_matches(norm, list(aliases), n=1, cutoff=0.8)
                problems.append(problem(name, "unknown_column", column=shown, **hint(aliases[close[0]] if close else None)))
            dropped.append(pii.mask(shown))
        elif target in mapping.values():
            # Two titles read as one column ("Jumlah KPM" beside "jumlah_kk"): both named, or the clerk looks for a
            # second "jumlah_kk" that is not in the file.
            first = next(k for k, t in mapping.items() if t == target)
            other = headers[first]
            if norm_header(other) == norm and str(other).strip() == str(header).strip():
                problems.append(problem(name, "duplicate_column", column=header))
            else:
                problems.append(problem(name, "duplicate_column_as", column=shown, other=str(other).strip(),
                                        position=str(first + 1), target=target))
        else:
            kind = columns[target].metadata["kind"]
            if kind == "hours" and (clock := _CLOCK.search(str(header))):
                problems.append(problem(name, "hours_as_clock_time", column=shown, label=columns[target].title,
                                        word=clock.group().lower()))
            elif kind == "hours" and _MINUTES.search(str(header)):
                problems.append(problem(name, "hours_in_minutes", column=shown, label=columns[target].title))
            elif kind == "hours" and (unit := _OTHER_UNIT.search(str(header))) and not _HOURS.search(str(header)):
                # "Lama (hari)": days, stored as hours, were a tenth of a working day's worth each
                problems.append(problem(name, "hours_in_other_unit", column=shown, label=columns[target].title,
                                        unit=unit.group().lower()))
            elif kind == "date" and _MONTH_FIRST_TITLE.search(str(header)) and not _YEAR_FIRST_TITLE.search(str(header)):
                # "Tanggal (bulan/hari/tahun)": the order said, which day-first reading would turn 03/05 into 3 May
                problems.append(problem(name, "month_first_title", column=shown))
            mapping[i] = target
    # One activity column in another kind's file is a column of its own ("Tanggal" in a roster); two or more are a
    # sheet of activities, whose figures would be lost: refused.
    sheet = model is schema.RosterRow and sum(k == "log" for _, c, k in activity) >= 2
    for shown, column, other_kind in activity:
        code = "other_kind_figures" if sheet and other_kind == "log" and column in _LOG_FIGURES else "other_kind_column"
        problems.append(problem(name, code, column=shown, target=column, kind=_kind_label(model)[0],
                                kind_en=_kind_label(model)[1], other=KIND_LABELS[other_kind][0],
                                other_en=KIND_LABELS[other_kind][1]))
    return mapping, dropped, problems


def _kind_label(model) -> tuple[str, str]:
    return KIND_LABELS[next(k for k, m in KINDS.items() if m is model)]


# A column is taken for figures when this share of its filled cells are numbers.
FIGURES_SHARE = 0.8
_NUMBER = r"^\s*-?[0-9][0-9.,]*\s*$"


def figures_under_unknown_titles(table: pa.Table, headers: list[str], mapping: dict[int, str], model,
                                 name: str) -> list[Problem]:
    """A log whose count or hours column is absent while a column of unknown title, or of none, holds numbers is
    refused, naming that column: it is most likely the figures under another title (or under a title merged with
    its neighbour's), and dropping it would store every row without them. A column of words (a clerk's
    "Keterangan") or of row numbers (titled "No", or 1, 2, 3, … down the rows) is no such column."""
    columns = schema.columns(model)
    missing = [c for c, col in columns.items() if col.metadata["kind"] in ("count", "hours") and c not in mapping.values()]
    if model is not schema.LogRow or not missing:
        return []
    numeric = []
    for i, header in enumerate(headers):
        norm = norm_header(header)
        if i in mapping or norm in ROW_NUMBER_TITLES or norm and pii.header_kind(norm):
            continue
        column = table.column(i).cast(pa.string())
        cells = column.drop_null()
        filled = pc.sum(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(cells)), 0)).as_py() or 0
        numbers = pc.sum(pc.match_substring_regex(cells, _NUMBER)).as_py() or 0
        if filled and numbers >= FIGURES_SHARE * filled and not _counts_rows(column):
            # Named only when every word of its title is an ordinary one ("Sukijah" is a person, named by place).
            numeric.append(header if norm and len(header) <= TITLE_CHARS and known_title(header) else
                           f"(kolom {i + 1} / column {i + 1})" if norm else
                           f"(kolom {i + 1} tanpa judul / untitled column {i + 1})")
    if not numeric:
        return []
    others = ", ".join(f"'{u}'" for u in numeric)
    return [problem(name, "figure_column_missing", column=c, name=c, label=columns[c].title, others=others)
            for c in missing]


def _counts_rows(column: pa.ChunkedArray) -> bool:
    """Whether ``column`` (row by row, blanks kept) numbers the rows: 1, 2, 3, … down them, blanks aside, with the
    gaps a filter leaves, or a run of such numbers re-sorted."""
    trimmed = pc.utf8_trim_whitespace(column)
    filled = pc.greater(pc.utf8_length(trimmed), 0).fill_null(False)
    at = np.flatnonzero(filled.to_numpy(zero_copy_only=False))
    trimmed = trimmed.filter(filled)
    if len(trimmed) < 2:
        return False
    try:
        n = pc.cast(trimmed, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # "1.500", "2,5": not a row's number
        return False
    v = n.to_numpy(zero_copy_only=False)
    # Each row its own number, whole: the figures of a log repeat (1, 1, 2, 1, …).
    if (v % 1 != 0).any() or (v < 0).any() or len(np.unique(v)) < len(v):
        return False
    if v.max() - v.min() == len(v) - 1:  # 1 to n, in any order (a sheet re-sorted)
        return True
    # Going up, most steps by one (to the next filled cell, or as many as the rows between): a filter hides a few
    # rows here and there. Any run going up was taken, and a short file's counts (1, 15, 120, 210) or hours
    # (1, 2, 4, 6) under a title of the clerk's own were dropped as row numbers, with every row stored without them.
    step, rows = np.diff(v), np.diff(at)
    if (step <= 0).any():
        return False
    follows = (step == 1) | (step == rows)
    return bool(follows.sum() > len(follows) - follows.sum())


def missing_columns(mapping: dict[int, str], headers: list[str], kind: str, model, name: str) -> list[Problem]:
    out = [problem(name, "missing_column", column=c) for c in schema.required_in_file(model) if c not in mapping.values()]
    if out:
        found = detect_kind(headers)
        if found != kind:
            out.append(problem(name, "kind_mismatch", found=KIND_LABELS[found][0], expected=KIND_LABELS[kind][0],
                               found_en=KIND_LABELS[found][1], expected_en=KIND_LABELS[kind][1]))
    return out


def untitled_with_values(table: pa.Table, headers: list[str], name: str) -> list[Problem]:
    return [problem(name, "unknown_column", column=f"(kolom {i + 1} tanpa judul / untitled column {i + 1})")
            for i, h in enumerate(headers) if not norm_header(h) and table.column(i).null_count < table.num_rows]
