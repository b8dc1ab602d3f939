"""Read and validate TKSK activity logs and post rosters from CSV or XLSX.

Reading: every cell is read as text (codes stay codes, "16.10" never becomes 16.1); an XLSX is
read as stored values (python-calamine: a formula cell gives its cached value, never evaluated).
Validation collects every problem (file, spreadsheet row, column, value, reason in Indonesian and
English) before anything is written; personal-data columns are dropped and only named, never
their values.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pda
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from tksk import schema, vocab
from tksk.problems import InputRejected, Problem, problem

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
KINDS = {"log": schema.LogRow, "roster": schema.RosterRow}
KIND_LABELS = {"log": ("log kegiatan", "activity log"), "roster": ("daftar pos", "post roster")}
# pandas' default text type (Arrow-backed, missing as NaN): what the checks give every text column.
_STR = pd.StringDtype("pyarrow", na_value=np.nan)

# Header words that mean personal data of a beneficiary or worker, in Indonesian or English.
_PII_HEADER = re.compile(
    r"(^|_)(nama|name|nik|nkk|no_?kk|nomor_?kk|kartu_?keluarga|alamat|address|rt_?rw|"
    r"telepon|telp|tlp|phone|hp|no_?hp|wa|whatsapp|email|surel|ktp|tanggal_?lahir|tgl_?lahir|birth)($|_)"
)
# Plain pattern strings (no look-behind), so the Arrow regex engine runs them over whole columns.
_NIK_LIKE = r"(^|[^0-9])[0-9]{16}([^0-9]|$)"
_PHONE_LIKE = r"(^|[^0-9+])(\+62|62|0)8[0-9]{7,11}([^0-9]|$)"


@dataclass
class Reference:
    """What a log is checked against: the area codes of the store's region and known posts."""

    kecamatan: set[str]
    desa_kec: dict[str, str]
    post_kec: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_tables(cls, kecamatan: pd.DataFrame, desa: pd.DataFrame, roster: pd.DataFrame | None = None):
        posts = {} if roster is None or roster.empty else dict(zip(roster["id_pos"], roster["kode_kec"]))
        return cls(set(kecamatan["kode_kec"]), dict(zip(desa["kode_desa"], desa["kode_kec"])), posts)


@dataclass
class ReadResult:
    kind: str
    frame: pd.DataFrame  # typed, validated, only schema columns
    problems: list[Problem]
    dropped_columns: list[str]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


def _norm_header(h: str) -> str:
    h = str(h).strip().lower().replace("\ufeff", "")
    h = re.sub(r"\(.*?\)", "", h)
    return re.sub(r"[^0-9a-z]+", "_", h).strip("_")


def _header_aliases(model) -> dict[str, str]:
    """Normalised header -> column: the code name and both labels are all accepted."""
    out = {}
    for name, column in schema.columns(model).items():
        for alias in (name, column.title, column.metadata["en"]):
            out[_norm_header(alias)] = name
    return out


# ------------------------------------------------------------------------------ reading
def _cells_to_text(rows: list[list]) -> list[list]:
    def text(v):
        if v is None or v == "":
            return None
        if isinstance(v, dt.datetime):
            return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return [[text(v) for v in r] for r in rows]


def _read_xlsx(path: Path, name: str, kind_hint: str | None):
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    sheets = wb.sheet_names
    wanted = [s for s in sheets if s.lower() in ({kind_hint} if kind_hint else {"log", "roster"})]
    sheet = wb.get_sheet_by_name(wanted[0]) if wanted else wb.get_sheet_by_index(0)
    rows = sheet.to_python(skip_empty_area=False)
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    if len(rows) - 1 > MAX_ROWS:
        raise InputRejected([problem(name, "too_many_rows", limit=f"{MAX_ROWS:,}".replace(",", "."))])
    rows = _cells_to_text(rows)
    return rows, ","


def _encoding(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or Windows-1252, as Excel writes them."""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            raw.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    raise InputRejected([problem(name, "encoding")])


def _arrow_csv(raw: bytes, sep: str) -> pa.Table | None:
    """The CSV as an Arrow table of dictionary-encoded text columns (each distinct value stored once), read on
    every core; None when the header, the rows or the encoding need the pandas reader and its messages."""
    start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    line = raw[start:raw.find(b"\n") if b"\n" in raw else len(raw)]
    try:
        header = next(csv.reader([line.decode("utf-8").rstrip("\r")], delimiter=sep), [])
    except UnicodeDecodeError:
        return None
    if not header or len(set(header)) != len(header) or any(not h.strip() for h in header):
        return None
    text = pa.dictionary(pa.int32(), pa.string())
    try:
        # Arrow checks the UTF-8 itself; anything else (Windows-1252) goes to the pandas reader.
        table = pacsv.read_csv(
            pa.py_buffer(raw)[start:], parse_options=pacsv.ParseOptions(delimiter=sep),
            convert_options=pacsv.ConvertOptions(column_types={h: text for h in header}, strings_can_be_null=True,
                                                 null_values=[""]))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if table.column_names != header:
        return None
    return table.unify_dictionaries().combine_chunks()


def arrow_to_text_frame(table: pa.Table) -> pd.DataFrame:
    """An all-text pandas frame of a table read by ``_arrow_csv`` (what the full checks work on)."""
    columns = {name: table.column(i).cast(pa.string()) for i, name in enumerate(table.column_names)}
    return pa.table(columns).to_pandas(types_mapper={pa.string(): _STR}.get)


def _read_csv(path: Path, name: str):
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputRejected([problem(name, "not_table")])
    first = raw[:raw.find(b"\n")] if b"\n" in raw else raw
    sep = ";" if first.count(b";") > first.count(b",") else ","
    table = _arrow_csv(raw, sep)
    if table is not None:
        if table.num_rows > MAX_ROWS:
            raise InputRejected([problem(name, "too_many_rows", limit=f"{MAX_ROWS:,}".replace(",", "."))])
        return table, sep
    encoding = _encoding(raw, name)
    # Ragged rows and the like: the C reader says what is wrong; every cell stays text.
    try:
        df = pd.read_csv(io.BytesIO(raw), sep=sep, dtype=str, keep_default_na=False, na_values=[""],
                         encoding=encoding, skipinitialspace=True, nrows=MAX_ROWS + 1, engine="c")
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputRejected([problem(name, "unreadable", detail=str(exc).splitlines()[0][:120])]) from None
    except pd.errors.EmptyDataError:
        raise InputRejected([problem(name, "empty")]) from None
    if len(df) > MAX_ROWS:
        raise InputRejected([problem(name, "too_many_rows", limit=f"{MAX_ROWS:,}".replace(",", "."))])
    return df, sep


def read_raw(path: str | Path, kind_hint: str | None = None, display_name: str | None = None):
    """The file as an all-text table with its original headers (a pandas frame, or for a well-formed CSV an Arrow
    table of dictionary-encoded text), and the CSV separator used."""
    path = Path(path)
    name = display_name or path.name
    if not path.is_file():
        raise InputRejected([problem(name, "not_found")])
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputRejected([problem(name, "too_large", limit=MAX_BYTES // (1024 * 1024))])
    if size == 0:
        raise InputRejected([problem(name, "empty")])
    with path.open("rb") as fh:
        magic = fh.read(8)
    suffix = path.suffix.lower()
    if magic.startswith(b"PK\x03\x04"):
        try:
            rows, sep = _read_xlsx(path, name, kind_hint)
        except InputRejected:
            raise
        except Exception as exc:  # calamine raises several types for broken workbooks
            raise InputRejected([problem(name, "unreadable", detail=type(exc).__name__)]) from None
        if not rows:
            raise InputRejected([problem(name, "empty")])
        header = [("" if h is None else h) for h in rows[0]]
        df = pd.DataFrame(rows[1:], columns=range(len(header)), dtype=object)
        df.columns = header
        return df, sep
    if suffix in (".xlsx", ".xls", ".xlsm", ".ods", ".pdf", ".docx", ".zip", ".parquet") or magic.startswith(
        (b"%PDF", b"\xd0\xcf\x11\xe0", b"PAR1")
    ):
        raise InputRejected([problem(name, "not_table")])
    return _read_csv(path, name)


# ------------------------------------------------------------------------------ parsing
def _parse_dates(s: pd.Series) -> pd.Series:
    s = s.astype("str").str.strip()
    iso = pd.to_datetime(s.where(s.str.match(r"^\d{4}-\d{2}-\d{2}")).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    dmy = pd.to_datetime(s.where(s.str.match(r"^\d{1,2}/\d{1,2}/\d{4}$")), format="%d/%m/%Y", errors="coerce")
    return iso.fillna(dmy).astype("datetime64[ns]")


def _parse_numbers(s: pd.Series, decimal_comma: bool) -> pd.Series:
    t = s.astype("str").str.strip()
    if decimal_comma:
        t = t.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        # "2,5" in a comma CSV can only be a quoted decimal comma.
        t = t.where(~t.str.fullmatch(r"-?\d+,\d+", na=False), t.str.replace(",", ".", regex=False))
    return pd.to_numeric(t, errors="coerce").astype("float64")


def _scrub(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    masked = text.str.replace(_NIK_LIKE, r"\1[NIK/KK disamarkan]\2", regex=True)
    masked = masked.str.replace(_PHONE_LIKE, r"\1[telepon disamarkan]\3", regex=True)
    return masked, (masked != text) & text.notna()


def row_hash(df: pd.DataFrame) -> pd.Series:
    """One hash per row over all its cells: equal rows, equal hash (for duplicate-id checks)."""
    return pd.util.hash_pandas_object(df.astype("string").fillna("\x00"), index=False)


def detect_kind(headers: list[str]) -> str:
    norm = {_norm_header(h) for h in headers}
    if norm & {"id_log", "log_id"}:
        return "log"
    if norm & {"id_pos", "id_pos_tksk", "tksk_post_id"} and norm & {"status"}:
        return "roster"
    return "log"


# ------------------------------------------------------------------------------ validation
_CHECK_CODES = [
    ("isin", "unknown_code"),
    ("greater_than_or_equal_to", "negative"),
    ("less_than_or_equal_to", "too_many_hours"),
    ("str_matches", "bad_format"),
    ("str_length", "too_long"),
    ("not_nullable", "required"),
]


def _pandera_problems(model, df: pd.DataFrame, name: str, rowno: pd.Series, raw: pd.DataFrame) -> list[Problem]:
    try:
        model.validate(df, lazy=True)
        return []
    except pda.errors.SchemaErrors as exc:
        fc = exc.failure_cases
    out = []
    for rec in fc.itertuples(index=False):
        if rec.index is None or (isinstance(rec.index, float) and np.isnan(rec.index)):
            continue  # column-level failures are reported by the header checks
        check = str(rec.check)
        code = next((c for key, c in _CHECK_CODES if check.startswith(key)), "bad_format")
        if code == "too_long" and "min_value" in check and not str(rec.failure_case):
            code = "required"
        idx = int(rec.index)
        value = raw.at[idx, rec.column] if rec.column in raw.columns else rec.failure_case
        out.append(problem(name, code, row=int(rowno[idx]), column=rec.column, value=value))
    return out


def _cross_checks_log(df: pd.DataFrame, name: str, ref: Reference, rowno: pd.Series, today: dt.date) -> list[Problem]:
    out: list[Problem] = []

    def add(mask, code, column, values=None, **fmt):
        for idx in df.index[mask.fillna(False).to_numpy(dtype=bool)]:
            v = df.at[idx, column] if values is None else values[idx]
            extra = {k: (f(idx) if callable(f) else f) for k, f in fmt.items()}
            out.append(problem(name, code, row=int(rowno[idx]), column=column, value=v, **extra))

    add(df["tanggal"] > pd.Timestamp(today), "future_date", "tanggal", values=df["tanggal"].dt.strftime("%Y-%m-%d"))
    add(df["kode_kec"].notna() & ~df["kode_kec"].isin(ref.kecamatan), "unknown_kecamatan", "kode_kec")
    desa_kec = df["kode_desa"].map(ref.desa_kec)
    known_desa = desa_kec.notna()
    add(df["kode_desa"].notna() & ~known_desa, "unknown_desa", "kode_desa")
    add(known_desa & df["kode_kec"].isin(ref.kecamatan) & (desa_kec != df["kode_kec"]), "desa_not_in_kecamatan",
        "kode_desa", kec=lambda i: df.at[i, "kode_kec"])
    needs_desa = df["jenis_kegiatan"].isin(vocab.DESA_REQUIRED)
    add(needs_desa & df["kode_desa"].isna(), "desa_required", "kode_desa")
    expected = df["jenis_kegiatan"].map(vocab.FUNCTION_OF)
    add(expected.notna() & df["fungsi"].isin(vocab.FUNCTIONS) & (expected != df["fungsi"]), "function_mismatch", "fungsi",
        expected=lambda i: expected[i])
    is_report = df["jenis_kegiatan"] == "laporan_bulanan"
    add(is_report & df["bulan_laporan"].isna(), "report_month_required", "bulan_laporan")
    report_month = pd.to_datetime(df["bulan_laporan"].where(df["bulan_laporan"].str.match(schema.MONTH, na=False)) + "-01",
                                  errors="coerce")
    add(report_month > df["tanggal"].dt.to_period("M").dt.start_time, "report_month_after", "bulan_laporan")
    add(df["tanggal_hasil"].notna() & (df["tanggal_hasil"] < df["tanggal"]), "outcome_before", "tanggal_hasil",
        values=df["tanggal_hasil"].dt.strftime("%Y-%m-%d"))
    if ref.post_kec:
        post_kec = df["id_pos"].map(ref.post_kec)
        add(post_kec.notna() & (post_kec != df["kode_kec"]), "post_other_kecamatan", "id_pos", kec=lambda i: post_kec[i])
    # Same id twice: identical rows are one row (a re-sent file); different content is an error.
    dup = df["id_log"].duplicated(keep=False) & df["id_log"].notna()
    if dup.any():
        content = row_hash(df.loc[dup])
        for _, group in df.loc[dup].groupby("id_log", sort=False):
            if content[group.index].nunique() > 1:
                first = int(rowno[group.index[0]])
                for idx in group.index[1:]:
                    out.append(problem(name, "duplicate_id", row=int(rowno[idx]), column="id_log",
                                       value=df.at[idx, "id_log"], other=first))
    return out


def _cross_checks_roster(df: pd.DataFrame, name: str, ref: Reference, rowno: pd.Series) -> list[Problem]:
    out = []
    for idx in df.index[(df["kode_kec"].notna() & ~df["kode_kec"].isin(ref.kecamatan)).to_numpy()]:
        out.append(problem(name, "unknown_kecamatan", row=int(rowno[idx]), column="kode_kec", value=df.at[idx, "kode_kec"]))
    bad = df["tanggal_selesai"].notna() & (df["tanggal_selesai"] < df["tanggal_mulai"])
    for idx in df.index[bad.to_numpy()]:
        out.append(problem(name, "end_before_start", row=int(rowno[idx]), column="tanggal_selesai",
                           value=df.at[idx, "tanggal_selesai"].date().isoformat()))
    far = pd.Timestamp("2262-01-01")
    for _, g in df.dropna(subset=["tanggal_mulai"]).sort_values("tanggal_mulai").groupby("id_pos"):
        ends = g["tanggal_selesai"].fillna(far)
        for (i_prev, end_prev), (i, start) in zip(ends.iloc[:-1].items(), g["tanggal_mulai"].iloc[1:].items()):
            if start <= end_prev:
                out.append(problem(name, "overlap", row=int(rowno[i]), column="tanggal_mulai",
                                   value=start.date().isoformat(), other=int(rowno[i_prev])))
    return out


def validate_frame(raw: pd.DataFrame | pa.Table, name: str, ref: Reference, *, kind: str | None = None,
                   decimal_comma: bool = False, today: dt.date | None = None) -> ReadResult:
    """Type and check an all-text table (from ``read_raw``); returns the clean frame and every problem found."""
    today = today or dt.date.today()
    headers = list(raw.column_names) if isinstance(raw, pa.Table) else list(raw.columns)
    kind = kind or detect_kind(headers)
    model = KINDS[kind]
    aliases = _header_aliases(model)
    problems: list[Problem] = []
    rename, dropped = {}, []
    for header in headers:
        norm = _norm_header(header)
        target = aliases.get(norm)
        if target is None:
            code = "personal_data_column" if _PII_HEADER.search(norm) else "unknown_column"
            problems.append(problem(name, code, column=str(header)))
            dropped.append(str(header))
        elif target in rename.values():
            problems.append(problem(name, "duplicate_column", column=str(header)))
        else:
            rename[header] = target
    complete = set(schema.required_in_file(model)) <= set(rename.values())
    if FAST_CHECKS and kind == "log" and complete and not problems:
        clean = _clean_log_fast(raw, rename, ref, today, decimal_comma)
        if clean is not None:
            return ReadResult(kind, clean, [], dropped)
    if isinstance(raw, pa.Table):
        raw = arrow_to_text_frame(raw)
    df = raw[list(rename)].rename(columns=rename).reset_index(drop=True)
    raw_named = df.copy()
    for miss in [c for c in schema.required_in_file(model) if c not in df.columns]:
        problems.append(problem(name, "missing_column", column=miss))
    if any(p.code == "missing_column" for p in problems):
        found = detect_kind(headers)
        if found != kind:
            problems.append(problem(name, "kind_mismatch", found=KIND_LABELS[found][0], expected=KIND_LABELS[kind][0],
                                    found_en=KIND_LABELS[found][1], expected_en=KIND_LABELS[kind][1]))
        return ReadResult(kind, pd.DataFrame(columns=list(schema.columns(model))), problems, dropped)
    # Blank rows (a clerk's trailing empty lines) are not data.
    df = df.loc[df.notna().any(axis=1)]
    raw_named = raw_named.loc[df.index]
    if df.empty:
        problems.append(problem(name, "empty"))
        return ReadResult(kind, pd.DataFrame(columns=list(schema.columns(model))), problems, dropped)
    rowno = pd.Series(df.index + 2, index=df.index)

    cols = schema.columns(model)
    for c in cols:
        if c not in df.columns:
            df[c] = None
    typed = pd.DataFrame(index=df.index)
    for c, column in cols.items():
        k = column.metadata.get("kind") or "text"
        s = df[c]
        if k == "date":
            parsed = _parse_dates(s)
            for idx in df.index[(s.notna() & parsed.isna()).to_numpy()]:
                problems.append(problem(name, "bad_date", row=int(rowno[idx]), column=c, value=s[idx]))
            typed[c] = parsed
        elif k in ("count", "hours"):
            parsed = _parse_numbers(s, decimal_comma)
            for idx in df.index[(s.notna() & parsed.isna()).to_numpy()]:
                problems.append(problem(name, "bad_number", row=int(rowno[idx]), column=c, value=s[idx]))
            if k == "count":
                frac = parsed.notna() & (parsed % 1 != 0)
                for idx in df.index[frac.to_numpy()]:
                    problems.append(problem(name, "not_integer", row=int(rowno[idx]), column=c, value=s[idx]))
            typed[c] = parsed
        else:
            t = s.astype("str").str.strip()
            if k == "code:PPKS":
                t = t.str.upper()
            elif k.startswith("code:"):
                t = t.str.lower()
            # The default (Arrow-backed) string dtype keeps every string check vectorised.
            typed[c] = t.where(t != "")
    for c in schema.required_in_file(model):
        for idx in df.index[typed[c].isna().to_numpy() & df[c].isna().to_numpy()]:
            problems.append(problem(name, "required", row=int(rowno[idx]), column=c))
    if kind == "log" and "kendala" in typed:
        masked, changed = _scrub(typed["kendala"])
        typed["kendala"] = masked
        if changed.any():
            problems.append(problem(name, "text_scrubbed", column="kendala", value=f"{int(changed.sum())}×"))
    # pandera sees only cells that parsed, so one bad cell gives one problem, not two.
    checkable = typed.copy()
    for c in schema.required_in_file(model):
        checkable[c] = checkable[c].where(checkable[c].notna(), _placeholder(cols[c]))
    problems += [p for p in _pandera_problems(model, checkable, name, rowno, raw_named) if p.code != "required"]
    if kind == "log":
        problems += _cross_checks_log(typed, name, ref, rowno, today)
    else:
        problems += _cross_checks_roster(typed, name, ref, rowno)
    problems.sort(key=lambda p: (p.row or 0, list(cols).index(p.column) if p.column in cols else -1))
    if kind == "log":
        typed = typed.drop_duplicates()  # a row sent twice in one file is one row
    return ReadResult(kind, typed.reset_index(drop=True), problems, dropped)


def _placeholder(column):
    k = column.metadata.get("kind")
    if k == "date":
        return pd.Timestamp("2000-01-01")
    if k == "kecamatan":
        return "00.00.00"
    if k and k.startswith("code:"):
        table = getattr(vocab, k.split(":")[1])
        return next(iter(table))
    return "?"



# ------------------------------------------------------------------------------ fast path for clean logs
# Most files a clerk sends are clean. For those, every rule above is decided on each column's distinct values
# (a few hundred dates, codes and numbers, however many rows) with the same parsers and pandera checks, and
# on the rows only as integer codes. Any value that could raise a problem sends the whole file down the full
# path, which finds and words every problem; so both paths accept exactly the same files and give the same rows.
FAST_CHECKS = True


@dataclass
class _Distinct:
    parsed: pd.Series  # one parsed value per distinct raw value (NaN/NaT where the cell counts as empty)
    rows: np.ndarray  # per row, the position in ``parsed``; -1 for an empty cell

    def values(self):
        """The parsed column, row by row."""
        if not len(self.parsed):
            return pd.Series(np.full(len(self.rows), None), dtype=self.parsed.dtype)
        if self.parsed.dtype == _STR:
            return pd.Series(self.parsed.array.take(self.rows, allow_fill=True))
        out = self.parsed.to_numpy()[np.maximum(self.rows, 0)]
        out[self.rows < 0] = np.datetime64("NaT") if out.dtype.kind == "M" else np.nan
        return pd.Series(out)


def _distinct(arr: pa.Array, column, decimal_comma: bool) -> _Distinct | None:
    if not pa.types.is_dictionary(arr.type):
        arr = pc.dictionary_encode(arr)
    if arr.dictionary.null_count:
        return None
    rows = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    text = pd.Series(arr.dictionary.to_pandas(types_mapper={pa.string(): _STR}.get), dtype=_STR)
    k = column.metadata.get("kind") or "text"
    if k == "date":
        parsed = _parse_dates(text)
        if parsed.isna().any():
            return None
    elif k in ("count", "hours"):
        parsed = _parse_numbers(text, decimal_comma)
        if parsed.isna().any() or (k == "count" and (parsed % 1 != 0).any()):
            return None
    else:
        padded = len(text) and pc.any(pc.match_substring_regex(arr.dictionary, r"^\s|\s$")).as_py()
        parsed = text.str.strip() if padded else text
        if k == "code:PPKS":
            parsed = parsed.str.upper()
        elif k.startswith("code:"):
            parsed = parsed.str.lower()
        parsed = parsed.where(parsed != "")
        if len(parsed) and (padded or k.startswith("code:")):
            # " P03" and "p03" are one value once cleaned: rows point at the cleaned distinct values.
            codes, uniques = pd.factorize(parsed)
            rows = np.where(rows >= 0, codes[np.maximum(rows, 0)], -1)
            parsed = pd.Series(uniques, dtype=_STR)
    present = parsed.dropna()
    if any(not check(present).check_passed for check in column.checks):
        return None
    empty = parsed.isna().to_numpy()
    if empty.any():
        rows = np.where((rows >= 0) & empty[np.maximum(rows, 0)], -1, rows)
    return _Distinct(parsed.reset_index(drop=True), rows)


def _clean_log_fast(raw, rename: dict, ref: Reference, today: dt.date, decimal_comma: bool) -> pd.DataFrame | None:
    """The typed log when the file is free of problems, else None (the full checks then run)."""
    cols = schema.columns(schema.LogRow)
    try:
        arrays = {target: (raw.column(header).combine_chunks() if isinstance(raw, pa.Table)
                           else pa.array(raw[header], from_pandas=True, type=pa.string()))
                  for header, target in rename.items()}
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    blank = np.ones(len(next(iter(arrays.values()))), dtype=bool)
    for a in arrays.values():
        blank &= a.is_null().to_numpy(zero_copy_only=False)
    if blank.all():
        return None
    if blank.any():
        keep = pa.array(~blank)
        arrays = {c: a.filter(keep) for c, a in arrays.items()}
    d: dict[str, _Distinct] = {}
    for c, a in arrays.items():
        got = _distinct(a, cols[c], decimal_comma)
        if got is None:
            return None
        d[c] = got
    for c in schema.required_in_file(schema.LogRow):
        if (d[c].rows < 0).any():
            return None
    n = len(d["id_log"].rows)

    def optional(c):
        return d[c] if c in d else _Distinct(pd.Series([], dtype=_STR), np.full(n, -1))

    def per_row(dist: _Distinct, per_value: np.ndarray, empty) -> np.ndarray:
        """``per_value`` (one entry per distinct value) spread over the rows; ``empty`` where a cell is empty."""
        out = np.asarray(per_value)[np.maximum(dist.rows, 0)] if len(per_value) else np.full(n, empty)
        return np.where(dist.rows >= 0, out, empty)

    def position(values, of: _Distinct) -> np.ndarray:
        """Where each of ``values`` sits among the distinct values of ``of`` (-2 when absent)."""
        where = {v: i for i, v in enumerate(of.parsed)}
        return np.array([where.get(v, -2) for v in values], dtype=np.int64)

    ids, tanggal, kec, act = d["id_log"], d["tanggal"], d["kode_kec"], d["jenis_kegiatan"]
    if np.bincount(ids.rows).max() > 1:
        return None
    if tanggal.parsed.max() > pd.Timestamp(today) or not set(kec.parsed).issubset(ref.kecamatan):
        return None
    desa = optional("kode_desa")
    if not set(desa.parsed).issubset(ref.desa_kec):
        return None
    # Cross-column rules compare integer positions row by row, never strings.
    desa_kec = per_row(desa, position([ref.desa_kec[v] for v in desa.parsed], kec), -1)
    if ((desa.rows >= 0) & (desa_kec != kec.rows)).any():
        return None
    if (per_row(act, act.parsed.isin(list(vocab.DESA_REQUIRED)).to_numpy(), False) & (desa.rows < 0)).any():
        return None
    if (per_row(act, position([vocab.FUNCTION_OF.get(v) for v in act.parsed], d["fungsi"]), -1) != d["fungsi"].rows).any():
        return None
    report = optional("bulan_laporan")
    if (per_row(act, (act.parsed == "laporan_bulanan").to_numpy(), False) & (report.rows < 0)).any():
        return None
    nat = np.datetime64("NaT", "ns")
    month_start = per_row(tanggal, tanggal.parsed.dt.to_period("M").dt.start_time.to_numpy(), nat)
    reported = pd.to_datetime(report.parsed + "-01", errors="coerce").to_numpy(dtype="datetime64[ns]")
    if (per_row(report, reported, nat) > month_start).any():
        return None
    if "tanggal_hasil" in d and (per_row(d["tanggal_hasil"], d["tanggal_hasil"].parsed.to_numpy(), nat)
                                 < per_row(tanggal, tanggal.parsed.to_numpy(), nat)).any():
        return None
    if ref.post_kec:
        post = d["id_pos"]
        post_kec = per_row(post, position([ref.post_kec.get(v) for v in post.parsed], kec), -1)
        known = per_row(post, np.array([v in ref.post_kec for v in post.parsed]), False)
        if (known & (post_kec != kec.rows)).any():
            return None
    if "kendala" in d and _scrub(d["kendala"].parsed)[1].any():
        return None
    return pd.DataFrame({c: (d[c].values() if c in d else _empty_like(col, n)) for c, col in cols.items()})


def _empty_like(column, n: int) -> pd.Series:
    """An absent optional column, typed as the full checks type it."""
    k = column.metadata.get("kind") or "text"
    dtype = "datetime64[ns]" if k == "date" else "float64" if k in ("count", "hours") else _STR
    return pd.Series(np.full(n, None), dtype=dtype)


def read_file(path: str | Path, ref: Reference, *, kind: str | None = None, today: dt.date | None = None,
              display_name: str | None = None) -> ReadResult:
    """Read and validate one log or roster file; file-level failures come back as problems too."""
    name = display_name or Path(path).name
    try:
        raw, sep = read_raw(path, kind, display_name=name)
    except InputRejected as exc:
        return ReadResult(kind or "log", pd.DataFrame(), exc.problems, [])
    if raw.shape[1] == 0:
        return ReadResult(kind or "log", pd.DataFrame(), [problem(name, "empty")], [])
    return validate_frame(raw, name, ref, kind=kind, decimal_comma=(sep == ";"), today=today)
