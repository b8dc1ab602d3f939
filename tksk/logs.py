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
import pandera.pandas as pa

from tksk import schema, vocab
from tksk.problems import InputRejected, Problem, problem

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
KINDS = {"log": schema.LogRow, "roster": schema.RosterRow}
KIND_LABELS = {"log": ("log kegiatan", "activity log"), "roster": ("daftar pos", "post roster")}

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


def _read_csv(path: Path, name: str):
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputRejected([problem(name, "not_table")])
    encoding = _encoding(raw, name)
    first = raw.split(b"\n", 1)[0]
    sep = ";" if first.count(b";") > first.count(b",") else ","
    # The Arrow reader works on the bytes (the C reader if Arrow cannot parse them); every cell stays text.
    try:
        try:
            df = pd.read_csv(io.BytesIO(raw), sep=sep, dtype=str, keep_default_na=False, na_values=[""],
                             encoding=encoding, engine="pyarrow")
        except Exception:  # noqa: BLE001 - ragged rows and the like: the C reader says what is wrong
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
    """The file as an all-text frame with its original headers, and the CSV separator used."""
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
    except pa.errors.SchemaErrors as exc:
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


def validate_frame(raw: pd.DataFrame, name: str, ref: Reference, *, kind: str | None = None,
                   decimal_comma: bool = False, today: dt.date | None = None) -> ReadResult:
    """Type and check an all-text frame; returns the clean frame and every problem found."""
    today = today or dt.date.today()
    kind = kind or detect_kind(list(raw.columns))
    model = KINDS[kind]
    aliases = _header_aliases(model)
    problems: list[Problem] = []
    rename, dropped = {}, []
    for header in raw.columns:
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
    df = raw[list(rename)].rename(columns=rename).reset_index(drop=True)
    raw_named = df.copy()
    for miss in [c for c in schema.required_in_file(model) if c not in df.columns]:
        problems.append(problem(name, "missing_column", column=miss))
    if any(p.code == "missing_column" for p in problems):
        found = detect_kind(list(raw.columns))
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


def read_file(path: str | Path, ref: Reference, *, kind: str | None = None, today: dt.date | None = None,
              display_name: str | None = None) -> ReadResult:
    """Read and validate one log or roster file; file-level failures come back as problems too."""
    name = display_name or Path(path).name
    try:
        raw, sep = read_raw(path, kind, display_name=name)
    except InputRejected as exc:
        return ReadResult(kind or "log", pd.DataFrame(), exc.problems, [])
    if raw.shape[1] == 0 or raw.empty and len(raw.columns) == 0:
        return ReadResult(kind or "log", pd.DataFrame(), [problem(name, "empty")], [])
    return validate_frame(raw, name, ref, kind=kind, decimal_comma=(sep == ";"), today=today)
