"""The file as read, before any rule: every cell as text, the header as written, the spreadsheet rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tksk import schema
from tksk.problems import Problem

KINDS = {"log": schema.LogRow, "roster": schema.RosterRow, "kebutuhan": schema.KebutuhanRow}
KIND_LABELS = {"log": ("log kegiatan", "activity log"), "roster": ("daftar pos", "post roster"),
               "kebutuhan": ("jumlah kebutuhan per kecamatan", "need counts per kecamatan")}
TEXT = pa.dictionary(pa.int32(), pa.string())


@dataclass
class RawTable:
    """Every cell as dictionary-encoded text (each distinct value stored once); cells holding only whitespace
    are empty (null). Columns are positional; ``headers`` are their titles as written."""

    table: pa.Table
    headers: list[str]
    header_row: int = 1  # spreadsheet row of the header
    rows: np.ndarray | None = None  # spreadsheet row of each record when not header_row + 1 + i (blank lines)
    decimal_comma: bool = False
    date_cells: bool = False  # its dates come from a workbook's date cells (as YYYY-MM-DD), not typed as text
    notices: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)  # found while reading (a formula with no stored value)

    def row_numbers(self) -> np.ndarray:
        if self.rows is not None:
            return self.rows
        return np.arange(self.table.num_rows, dtype=np.int64) + self.header_row + 1


# Abbreviations clerks write in titles, read as the word ("Jml KK", "Tgl kegiatan").
_ABBREVIATIONS = {"jml": "jumlah", "tgl": "tanggal"}


# A KoboToolbox or ODK export with "include groups in headers": "grp_log/id_log", "kegiatan/jumlah_orang". The field's
# name is the path's last part (the file was told it had no header row at all).
_GROUP_PATH = re.compile(r"[A-Za-z0-9_.\-]+(?:/[A-Za-z0-9_.\-]+)+")


def norm_header(h) -> str:
    raw = str(h).strip().replace("\ufeff", "")
    h = raw.lower()
    # A form's field names are lower case without spaces; "NIK/KK", "Alamat/RT", "Tanggal/Jam" are a clerk's titles.
    if "/" in h and raw == h and _GROUP_PATH.fullmatch(h):
        h = h.rsplit("/", 1)[1]
    h = re.sub(r"\(.*?\)", "", h)
    words = [w for w in re.split(r"[^0-9a-z]+", h) if w]
    return "_".join(_ABBREVIATIONS.get(w, w) for w in words)


def header_aliases(model) -> dict[str, str]:
    """Normalised header -> column: the code name and both labels are all accepted."""
    out = {}
    for name, column in schema.columns(model).items():
        for alias in (name, column.title, column.metadata["en"], *column.metadata.get("aliases", ())):
            out[norm_header(alias)] = name
    return out


KNOWN_HEADERS = {h for model in KINDS.values() for h in header_aliases(model)}


def _aliases_of(model, *names: str) -> set[str]:
    return {alias for alias, name in header_aliases(model).items() if name in names}


_LOG_ID = _aliases_of(schema.LogRow, "id_log")
_POST_ID = _aliases_of(schema.RosterRow, "id_pos")
_STATUS = _aliases_of(schema.RosterRow, "status")
_YEAR = _aliases_of(schema.KebutuhanRow, "tahun")
_COUNTS = _aliases_of(schema.KebutuhanRow, *schema.COUNT_COLUMNS)


def cell_types(headers: list[str]) -> list[pa.DataType]:
    """The type each column is read as: text held once per distinct value, except a log's ids, which are
    distinct on every row (building and merging a dictionary per block of a million ids costs more than
    encoding the column once)."""
    return [pa.string() if norm_header(h) in _LOG_ID else TEXT for h in headers]


def header_score(cells) -> int:
    """How many cells of a row are column titles of a log, roster or need counts: the header row scores highest."""
    return len({norm_header(c) for c in cells if c is not None} & KNOWN_HEADERS)


def find_header(first_rows: list[list]) -> int:
    """Index of the header among the first rows: the row naming most known columns (the first such row)."""
    scores = [header_score(r) for r in first_rows]
    best = max(scores, default=0)
    return scores.index(best) if best >= 2 else 0


_ROSTER_DATES = _aliases_of(schema.RosterRow, "tanggal_mulai", "tanggal_selesai")
_OWN = {kind: set(header_aliases(model)) - {norm_header("kode_kec"), norm_header("keterangan")}
        for kind, model in KINDS.items()}


def detect_kind(headers: list[str]) -> str:
    """By the column titles (names, labels or a clerk's usual titles): a log has a log id; a roster a post id and a
    status or its dates; need counts a year and at least one count, and neither id. Otherwise the kind most of
    whose own titles the file has (a file without ids is told what it lacks as that kind), a log on a tie."""
    norm = {norm_header(h) for h in headers}
    if norm & _LOG_ID:
        return "log"
    if norm & _POST_ID:
        return "roster" if norm & (_STATUS | _ROSTER_DATES) else "log"
    if norm & _YEAR and norm & _COUNTS:
        return "kebutuhan"
    scores = {kind: len(norm & own) for kind, own in _OWN.items()}
    best = max(scores.values())
    return "log" if scores["log"] == best else max(scores, key=scores.get)


# A dash alone, and the null markers of a database dump or a script's export say "nothing": NULL and \\N (MySQL,
# PostgreSQL), undefined (JavaScript), NA (R's write.csv), nan and None (Python text), N/A typed for "not
# applicable". An Excel error shown as text (#N/A) is not one: the formula failed, and the cell says so.
_DASHES = pa.array(["-", "\u2013", "\u2014", "--", "NULL", "null", "Null", "\\N", "undefined", "NA", "N/A", "n/a",
                    "nan", "NaN", "None"])


def text_column(arr: pa.Array | pa.ChunkedArray) -> pa.DictionaryArray:
    """A column as dictionary-encoded text with every blank or whitespace-only cell null. The readers' columns
    come here as text or as Arrow's own dictionaries (the CSV reader's, ``dictionary_encode``'s, unified across
    blocks), so each value is in the dictionary once: the id check counts on it (``Column.distinct``)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not pa.types.is_dictionary(arr.type):
        arr = pc.dictionary_encode(arr.cast(pa.string()))
    if arr.indices.type != pa.int32():
        arr = pa.DictionaryArray.from_arrays(arr.indices.cast(pa.int32()), arr.dictionary)
    values = arr.dictionary
    if len(values) == 0:
        return arr
    # ="16.10.04": how a web application's export tells Excel to keep a cell as text. The value is what is inside
    # (each cell of such a file was refused, suggesting the value it already showed).
    if pc.any(pc.starts_with(values, '="')).as_py():
        values = pc.replace_substring_regex(values, _FORCED_TEXT, r"\1")
        arr = pc.dictionary_encode(pc.take(values, arr.indices))  # a value may now stand twice
        arr = pa.DictionaryArray.from_arrays(arr.indices.cast(pa.int32()), arr.dictionary)
        values = arr.dictionary
    # Unicode whitespace (a no-break space too), flagged per value without a trimmed copy of the text; and a dash
    # alone, which a clerk types for "none" in a cell that has nothing (a count, a code, a date), or a null marker
    # (a note of "NULL" was masked as a name): the cell is empty.
    blank = pc.or_(pc.utf8_is_space(values), pc.equal(values, ""))
    short = pc.less_equal(pc.binary_length(values), 12)  # a million ids are not trimmed to look for a dash
    if pc.any(short).as_py():
        dash = pc.is_in(pc.utf8_trim_whitespace(pc.if_else(short, values, pa.scalar(None, values.type))),
                        value_set=_DASHES)
        blank = pc.or_(blank, pc.fill_null(dash, False))
    if values.null_count:
        blank = pc.or_kleene(blank, pc.is_null(values))
    if not pc.any(blank).as_py():
        return arr
    blank_rows = pc.take(blank, arr.indices)
    indices = pc.if_else(pc.fill_null(blank_rows, True), pa.scalar(None, pa.int32()), arr.indices)
    return pa.DictionaryArray.from_arrays(indices, values)


_FORCED_TEXT = r'^="(.*)"$'
_FORCED_TEXT_RE = re.compile(_FORCED_TEXT, re.S)


def raw_table(columns: list, headers: list[str], **kw) -> RawTable:
    names = [f"c{i}" for i in range(len(headers))]
    table = pa.table({n: text_column(c) for n, c in zip(names, columns)}) if names else pa.table({})
    return RawTable(table, [("" if h is None else _FORCED_TEXT_RE.sub(r"\1", str(h))) for h in headers], **kw)


def from_frame(df: pd.DataFrame | pa.Table) -> RawTable:
    """A table already in memory (all text, header in row 1)."""
    if isinstance(df, pa.Table):
        # A caller's dictionary may hold a value twice: decoded, each column is encoded by Arrow (text_column).
        return raw_table([c.cast(pa.string()) if pa.types.is_dictionary(c.type) else c for c in df.columns],
                         list(df.column_names))
    cols = [pa.array([None if pd.isna(v) else str(v) for v in df.iloc[:, i]], type=pa.string())
            for i in range(df.shape[1])]
    return raw_table(cols, [str(c) for c in df.columns])
