"""Downloads that carry their context: file names with the period and DEMO, numbers rounded as shown, headers and
codes in the reader's language, an Indonesian-Excel CSV (semicolon, decimal comma), and in every XLSX a sheet that
says what the data is (title, period, sources with years, method, demo or real, build time)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile

import pandas as pd

from tksk import fmt, indicators, measures, provenance
from tksk.present.common import LOG_SOURCES, Data, Settings, Table, is_number
from tksk.text import code, files, t

# Columns whose values are codes, and the namespace of their labels.
CODE_COLUMNS = {"fungsi": "function", "jenis_kegiatan": "activity", "program": "programme", "kategori_ppks": "ppks",
                "hasil": "outcome", "tekanan": "pressure_short", "presisi": "precision"}
# Status words of our own tables (post status, traffic lights).
STATUS = {"aktif": "post_status:aktif", "kosong": "post_status:kosong", "hijau": "status_hijau",
          "kuning": "status_kuning", "merah": "status_merah", "tanpa_log": "status_tanpa_log",
          "sedikit_bulan": "status_sedikit_bulan", "log_sebagian": "status_log_sebagian"}
# A poverty figure's round (BPS counts in March and September, or once a year).
PERIODS = {"tahunan": "period_tahunan", "Maret": "period_Maret", "September": "period_September"}
DEFAULT_DECIMALS = 2
# Download-only figures no screen shows in a table, by their store names (the text table gives their labels): a share
# in percent to one decimal, as the pages write a percent (46,8 %, not 46.82); the scorecard's desa per TKSK over the
# target per desa is a ratio (1 = not above), kept at two decimals on purpose (1.43: the step from 1 is what it says).
# Each: store name -> (decimals, the text keys of the names a download gives it).
DOWNLOAD_DECIMALS = {"persen_kegiatan": (1, ("column:persen_kegiatan",)),
                     "persen_waktu": (1, ("column:persen_waktu", "hours_share")),
                     "baris_lengkap_persen": (1, ("column:baris_lengkap_persen",)),
                     "beban_desa": (2, ("desa_load_factor",))}
# How a CSV writes a figure already rounded: 5811 and 10.5, not 5811.0 (fifteen digits: no float noise, no loss).
FLOAT_FORMAT = "%.15g"


@functools.lru_cache(maxsize=4)
def _named_decimals(lang: str) -> dict[str, int]:
    """The decimals the pages show each named figure with, by every name a download gives it: a measure by its key,
    its label and "Median kabupaten (label)"; the scorecard's scores, values and targets by their store names and
    labels. A download's columns are often named otherwise than the screen's (``Table.export``)."""
    out: dict[str, int] = {}
    for key, (places, labels) in DOWNLOAD_DECIMALS.items():
        out |= {key: places} | {t(label, lang): places for label in labels}
    for key, m in measures.ALL_METRICS.items():
        label = t(f"metric:{key}", lang)
        out |= {key: m.decimals, label: m.decimals, f"{t('median', lang)} ({label})": m.decimals}
    score = indicators.COMPOSITE_DECIMALS  # a function's score is shown to the composite's decimal
    out |= {"komposit": score, t("composite", lang): score, t("column:komposit", lang): score}
    for f in indicators.FUNCTIONS:
        out |= {f: score, t("score_of", lang, function=code("function", f, lang)): score}
    for key, ind in indicators.INDICATORS.items():
        name = f"{key} · {t(f'indicator:{key}', lang)}"
        out |= {f"{key} {t(f'indicator:{key}', lang)}": ind.decimals,  # Kinerja's monthly trend, as its chart
                f"nilai_{key}": ind.decimals, t("indicator_value", lang, indicator=name): ind.decimals,
                f"sasaran_{key}": ind.decimals, t("indicator_target", lang, indicator=name): ind.decimals,
                f"skor_{key}": score, t("indicator_score", lang, indicator=name): score}
    return out


def _difference(pct: pd.Series) -> pd.Series:
    """A difference from the median as ``common.difference_text`` shows it: whole percent, one decimal under half a
    percent (+8 %, +0,3 %)."""
    whole = fmt.rounded(pct, 0)
    return whole.where((whole != 0) | (pct == 0) | pct.isna(), fmt.rounded(pct, 1))


def decimals_of(table: Table, column: str, values: pd.Series, lang: str) -> int | None:
    """The decimals a download rounds a column to: the screen's for that column, else the figure's own by the name
    the download gives it, else those of a shown column holding the same figures; None for a difference from the
    median (rounded as ``_difference``)."""
    if column in table.decimals:
        return table.decimals[column]
    if column in (t("difference_pct", lang), "selisih_persen"):
        return None
    named = _named_decimals(lang)
    if column in named:
        return named[column]
    # A shown column with the same figures under another name (the file's own name, another order, all kecamatan
    # where the screen shows the chosen ones): its decimals.
    have = set(values.dropna().round(9))
    for c, d in table.decimals.items():
        if c in table.frame.columns and is_number(table.frame[c]):
            shown = set(table.frame[c].dropna().astype(float).round(9))
            if shown and shown <= have and any(v % 1 for v in shown):
                return d
    return DEFAULT_DECIMALS


def _safe_for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Text that Excel would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c]):
            s = out[c].astype("string")
            risky = s.str.match(r"^[=+\-@\t\r]", na=False)
            out[c] = s.where(~risky, "'" + s)
    return out


def is_demo(table: Table, data: Data) -> bool:
    """Whether the table's figures come from the synthetic demo log (a table of public reference data does not)."""
    return data.is_demo and table.logs


def _is_month_column(name: str, col: pd.Series) -> bool:
    """A column of months: named so (bulan, month) and every value the first of its month."""
    named = any(w in name.casefold() for w in ("bulan", "month"))
    days = col.dropna()
    return named and len(days) > 0 and bool((days.dt.day == 1).all() and (days.dt.normalize() == days).all())


def frame(table: Table, lang: str, demo: bool = False) -> pd.DataFrame:
    """What a download holds: numbers rounded as shown, column names and coded values in the reader's language;
    with ``demo``, a first column saying so on every row, so a CSV opened away from its file name still says it."""
    df = (table.frame if table.export is None else table.export).copy()
    for c in df.columns:
        col = df[c]
        if pd.api.types.is_float_dtype(col):
            places = decimals_of(table, c, col, lang)  # as the screen shows it
            df[c] = _difference(col) if places is None else fmt.rounded(col, places)
            # A column of whole numbers (families, desa, posts) downloads as such: 5811, not 5811.0; a gap stays empty.
            whole = df[c].dropna()
            if len(whole) and (whole % 1 == 0).all() and whole.abs().max() < 2**53:
                df[c] = df[c].astype("Int64")
        elif pd.api.types.is_bool_dtype(col):
            # "ya"/"tidak", not Python's True/False in an Indonesian file.
            df[c] = col.map({True: t("yes_word", lang), False: t("no_word", lang)})
        elif pd.api.types.is_datetime64_any_dtype(col):
            # A month as a month (2024-01), as the trend of one kecamatan writes it: "Bulan" read 2024-01-01 in two
            # files and 2024-01 in a third (walk-through of 2026-12-06). A date stays a date.
            month = _is_month_column(str(c), col)
            df[c] = col.dt.strftime("%Y-%m" if month else "%Y-%m-%d")
        elif c in CODE_COLUMNS:
            df[c] = [code(CODE_COLUMNS[c], v, lang) for v in col.astype("object")]
        elif c == "status":
            df[c] = [t(STATUS[v], lang) if v in STATUS else v for v in col]
        elif c == "periode":  # a poverty figure's round: "tahunan" read in an English file
            df[c] = [t(PERIODS[v], lang) if v in PERIODS else v for v in col]
    names = {}
    for c in df.columns:
        try:
            names[c] = t(f"column:{c}", lang)
        except KeyError:
            names[c] = c
    df = df.rename(columns=names)
    if demo:
        df.insert(0, t("column:data_kind", lang), t("data_kind_demo", lang))
    return df


def stem(table: Table, data: Data, s: Settings) -> str:
    """'cakupan_kecamatan_2024-01_2024-12_DEMO': the period and the demo flag travel in the file name."""
    parts = [files.stem(table.stem, s.lang)]
    if table.span:
        parts.append(table.span)
    elif s.period is not None and table.logs:  # reference figures have no period: "luas_kecamatan_2024-01_2024-12"
        parts.append(f"{s.start:%Y-%m}_{s.end:%Y-%m}")
    if is_demo(table, data):
        parts.append("DEMO")
    return "_".join(parts)


ESTIMATE = "perkiraan_dashboard"  # the source record of the dashboard's own population estimate


def estimate_record(record: dict, estimate: dict, end_year: int | None = None) -> dict:
    """The estimate's source record with the year, total and method this store's build used (``manifest["estimate"]``),
    where the record says only "the year of the latest regency total"; and, for a period ending before that year
    (``end_year``), that the later figure is used for it. A store built without them keeps the record's words."""
    year, total = estimate.get("tahun"), estimate.get("total")
    if fmt.is_gap(year) or fmt.is_gap(total):
        return record
    year, record = int(year), dict(record)
    for lang, suffix in (("id", ""), ("en", "_en")):
        notes = [t("estimate_method", lang, year=year, total=fmt.number(total, 0, lang)), t("estimate_not_published", lang)]
        if "kepmendagri" in str(estimate.get("metode", "")).lower():  # SOURCES.md §8: no reference date stated
            notes.append(t("estimate_kepmendagri_date", lang))
        if estimate.get("tanpa_sp2010"):  # not estimated, and their people not handed to the others (etl.estimate)
            notes.append(t("estimate_without", lang, codes=", ".join(estimate["tanpa_sp2010"])))
        if end_year is not None and end_year < year:
            notes.append(t("estimate_before_year", lang, end=end_year, year=year))
        record[f"tahun{suffix}"] = str(year)
        record[f"perubahan{suffix}"] = "; ".join(notes)
    return record


def _chosen_kecamatan(table: Table, data: Data, s: Settings) -> str | None:
    """"Only the 2 kecamatan chosen in the sidebar: Kandis, Rantau Panjang." for a table of per-kecamatan rows that
    holds only kecamatan of the sidebar's filter; None without a filter, for a table of the whole regency whatever the
    filter (the planner's), or one whose rows are not kecamatan (res34: two rows read as the regency's sixteen)."""
    if not s.kecamatan:
        return None
    df = table.frame if table.export is None else table.export
    names = data.names()
    if "kode_kec" in df.columns:
        codes = set(df["kode_kec"].dropna().astype(str))
    elif "Kecamatan" in df.columns:
        by_name = {n: k for k, n in names.items()}
        codes = {by_name.get(str(n)) for n in df["Kecamatan"].dropna()}
    else:
        return None
    if not codes or not codes <= set(s.kecamatan) or codes == set(names):
        return None
    return t("filter_scope_plain", s.lang, n=len(s.kecamatan), names=", ".join(names.get(k, k) for k in s.kecamatan))


def about(table: Table, data: Data, s: Settings) -> pd.DataFrame:
    """The description sheet: what the table is, its period, its sources with their years, method, demo or real."""
    lang = s.lang
    src = data["sumber"].set_index("id_sumber")
    # The sources its figures rest on, and no other: a table naming none cited all thirteen, the synthetic log among
    # them beside public reference figures (res21). A log table names its reference bases; the log is added below.
    ids = list(table.sources)
    if table.logs and (data.is_demo or data.log_mode == "real"):
        ids += [i for i in LOG_SOURCES if i in src.index and i not in ids]
    # A store without any log (before the first import) holds reference data and the planner's assumptions only: its
    # log tables are not "real data: activity logs imported by the Dinas" (res34).
    kind = ("about_reference" if not table.logs or data.log_mode == "none" else
            "about_demo" if data.is_demo else "about_real")
    rows = [(t("about_title", lang), table.title or files.title(table.stem, lang)),
            (t("about_period", lang), table.span.replace("-", "–") if table.span
             else fmt.months(s.start, s.end, lang) if s.period and table.logs else "—"),
            (t("about_data", lang), t(kind, lang))]
    if (chosen := _chosen_kecamatan(table, data, s)):
        rows.append((t("kecamatan_filter", lang), chosen))
    if table.method:
        rows.append((t("about_method", lang), table.method))
    # A plain CSV read by R or pandas takes a regency's code, 16.10, for the number 16,1 (res34): said where one is.
    if (codes := code_columns(frame(table, lang))):
        rows.append((t("about_codes", lang), t("about_codes_text", lang, columns=", ".join(f"'{c}'" for c in codes))))
    for i in ids:
        if i in src.index:
            record = src.loc[i].to_dict()
            if i == ESTIMATE:
                # A table of the sidebar's period says when it ends before the estimate's year; reference tables have none.
                end = s.end.year if s.period is not None and table.logs and not table.span else None
                record = estimate_record(record, data.manifest.get("estimate") or {}, end)
            said, licence = provenance.line(record, lang)
            # How a derived figure was made travels with it ("SP2010 share × the latest regency total"), not only on
            # the page that shows it.
            changed = provenance.in_lang(record, lang).get("perubahan")
            changed = f"; {t('column:perubahan', lang)}: {changed}" if isinstance(changed, str) and changed else ""
            # The day it was read, as the Sources page gives it: an address without it cannot be cited (a repository's
            # head moves on; res34).
            read = provenance.read_on(record, lang)
            read = f"; {t('column:dibaca', lang)}: {read}" if read else ""
            rows.append((t("about_source", lang), f"{said}{read}{changed}; {t('column:lisensi', lang)}: {licence}"))
    # The build by its id beside its minute: two builds in one minute (an import and its undo) shared the minute (res34).
    build = data.manifest.get("build_id")
    rows += [(t("about_built", lang), fmt.timestamp(data.manifest["built_at"], lang) + (f" ({build})" if build else "")),
             (t("about_made", lang), fmt.timestamp(dt.datetime.now().astimezone().isoformat(), lang))]
    return pd.DataFrame(rows, columns=[t("about_field", lang), t("about_value", lang)])


def to_csv(df: pd.DataFrame) -> bytes:
    """Comma-separated UTF-8 with a byte-order mark (Excel in English, LibreOffice, R, pandas)."""
    return _safe_for_excel(df).to_csv(index=False, float_format=FLOAT_FORMAT).encode("utf-8-sig")


# A Kemendagri region code with a point: regency, kecamatan, desa (16.10, 16.10.04, 16.10.04.2012).
REGION_CODE = r"\d{2}(?:\.\d{2}){1,2}(?:\.\d{4})?"


def code_columns(df: pd.DataFrame) -> list[str]:
    """The columns holding Kemendagri region codes and nothing else."""
    out = []
    for c in df.columns:
        if df[c].dtype == object or pd.api.types.is_string_dtype(df[c]):
            filled = df[c].dropna().astype("string")
            if len(filled) and filled.str.fullmatch(REGION_CODE).all():
                out.append(c)
    return out


def _codes_as_text(df: pd.DataFrame) -> pd.DataFrame:
    """A column of region codes written ="16.10", as a web application's CSV export keeps a code as text in Excel (and
    as ``tksk.logs.raw`` reads such a cell back): Excel read a bare 16.10 as the number 16,1, or as 1.610 with the
    point taken for a thousands mark. The XLSX keeps them as text cells."""
    out = df.copy()
    for c in code_columns(out):
        s = out[c].astype("string")
        out[c] = s.where(s.isna(), '="' + s + '"')
    return out


def to_csv_excel_id(df: pd.DataFrame) -> bytes:
    """Semicolon-separated with a decimal comma, region codes kept as text: what an Excel set to Indonesian opens
    without a wizard."""
    return _codes_as_text(_safe_for_excel(df)).to_csv(index=False, sep=";", decimal=",",
                                                      float_format=FLOAT_FORMAT).encode("utf-8-sig")


def to_zip(df: pd.DataFrame, description: pd.DataFrame, name: str, lang: str = "id") -> bytes:
    """The CSV with its description beside it (``<name>.csv`` and ``<name>_<keterangan>.csv``): a researcher
    reading the CSV in R or pandas keeps the sources, period and method that the XLSX's second sheet carries."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{name}.csv", to_csv(df))
        z.writestr(f"{name}_{t('sheet_about', lang)}.csv", to_csv(description))
    return buf.getvalue()


def to_xlsx(df: pd.DataFrame, description: pd.DataFrame | None = None, lang: str = "id") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": {"strings_to_formulas": False}}) as xw:
        _safe_for_excel(df).to_excel(xw, index=False, sheet_name=t("sheet_data", lang))
        if description is not None:
            _safe_for_excel(description).to_excel(xw, index=False, sheet_name=t("sheet_about", lang))
            xw.sheets[t("sheet_about", lang)].set_column(0, 0, 22)
            xw.sheets[t("sheet_about", lang)].set_column(1, 1, 110)
    return buf.getvalue()
