"""Assembling a build: the imported logs and rosters of a store, their aggregates, and a complete build folder
written and checked before anything makes it current.

``prepare`` writes a whole build into ``builds/.tmp-*`` (every table checked against its schema first);
``etl.writer`` decides when it becomes current. Nothing here takes the store's lock: callers hold it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import operator
import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from etl import aggregate, faults
from tksk import schema
from tksk.problems import InputRejected, problem
from tksk.provenance import Source
from tksk.store import atomic_write_text, new_build_dir, read_manifest, read_parquet, visible_files

EXTRA_FILES = ["kabupaten_referensi", "batas_kecamatan", "batas_desa"]

DEMO_ORIGIN = Source(
    id="log_demo",
    title="Log kegiatan dan daftar pos TKSK CONTOH (sintetis, deterministik)",
    producer="Dashboard TKSK Ogan Ilir (etl/demo.py, seed tetap)",
    producer_en="TKSK dashboard for Ogan Ilir (etl/demo.py, fixed seed)",
    address=None,
    year="2023-2024",
    read_on=None,
    licence="CC0",
    changes="Seluruhnya dibuat-buat mengikuti ritme kerja TKSK yang diterbitkan; bukan data asli.",
    licence_en="CC0",
    changes_en="Made up entirely, following the published rhythm of TKSK work; not real data.",
    citation_id="log kegiatan dan daftar pos TKSK CONTOH (demo, sintetis)",
    citation_en="TKSK activity log and post roster, DEMO (synthetic)",
)
IMPORT_ORIGIN = Source(
    id="log_impor",
    title="Log kegiatan dan daftar pos TKSK yang diimpor petugas Dinas Sosial",
    producer="Dinas Sosial Kabupaten Ogan Ilir",
    address=None,
    year="lihat periode data",
    year_en="see the data period",
    read_on=None,
    licence="milik Dinas Sosial",
    changes="Kolom data pribadi dibuang saat impor; NIK/KK, telepon, nama sesudah sapaan dan alamat di teks bebas "
            "disamarkan.",
    licence_en="owned by the Dinas Sosial",
    changes_en="Personal-data columns dropped on import; NIK/KK and phone numbers, names after a form of address "
               "and addresses masked in free text.",
    citation_id="log kegiatan dan daftar pos TKSK (impor Dinas Sosial)",
    citation_en="TKSK activity log and post roster (imported by the Dinas Sosial)",
)
KEBUTUHAN_ORIGIN = Source(
    id="kebutuhan_dinas",
    title="Jumlah per kecamatan dan tahun yang diimpor Dinas Sosial: rumah tangga DTSEN, KPM PKH, KPM Sembako, kasus "
          "PPKS baru",
    producer="Dinas Sosial Kabupaten Ogan Ilir (dari SIKS-NG dan register kasus Dinas)",
    producer_en="Dinas Sosial Kabupaten Ogan Ilir (from SIKS-NG and the Dinas's case register)",
    address=None,
    year="lihat kolom tahun",
    year_en="see the year column",
    read_on=None,
    licence="milik Dinas Sosial",
    changes="Hanya jumlah per kecamatan dan tahun (tanpa data pribadi); untuk kecamatan dan tahun yang sama, berkas "
            "impor terbaru berlaku.",
    licence_en="owned by the Dinas Sosial",
    changes_en="Counts per kecamatan and year only (no personal data); for the same kecamatan and year, the "
               "latest imported file wins.",
    citation_id="jumlah DTSEN, KPM dan kasus PPKS per kecamatan (impor Dinas Sosial)",
    citation_en="DTSEN, beneficiary and PPKS case counts per kecamatan (imported by the Dinas Sosial)",
)
# The log source of a store, whichever it holds: captions cite it by this id.
LOG_SOURCE_IDS = (DEMO_ORIGIN.id, IMPORT_ORIGIN.id)
# Kinds of import file kept under imports/<folder>/ (logs are partitioned by regency and year below theirs).
IMPORT_FOLDERS = ("logs", "roster", "kebutuhan")


def say(msg: str, quiet: bool = False) -> None:
    if not quiet:
        print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ imported logs and rosters
def imported_logs(root: Path) -> Path:
    """Imported logs, cleaned of personal data, partitioned by regency and year (kept across rebuilds)."""
    return root / "imports" / "logs"


def import_names(root: Path) -> list[str]:
    """Every imported log, roster and need-counts file, relative to ``imports/`` (what a build's manifest lists)."""
    base = root / "imports"
    return [p.relative_to(base).as_posix() for sub in IMPORT_FOLDERS for p in visible_files(base / sub)]


def regency_of(name: str) -> str | None:
    """The regency of an imported log file named as ``import_names`` gives it."""
    part = next((p for p in name.split("/") if p.startswith("kode_kab=")), None)
    return part.split("=", 1)[1] if part else None


def migrate_flat_imports(root: Path) -> None:
    """Imports written by earlier versions as flat files move into the regency/year partitions."""
    for f in sorted(imported_logs(root).glob("*.parquet")):
        if not f.name.startswith("."):
            aggregate.write_partitioned(read_parquet(f), imported_logs(root), name=f.stem)
            f.unlink()


def load_roster(root: Path, extra: list[Path] = ()) -> pd.DataFrame:
    """Imported post rosters kept in the store, and ``extra`` ones, as one roster: a later file's period of a post
    overrides the earlier files' periods of that post where they overlap (``overlay_periods``)."""
    files = visible_files(root / "imports" / "roster") + list(extra)
    if not files:
        return pd.DataFrame()
    return overlay_periods([read_parquet(f) for f in files])


_OPEN = pd.Timestamp.max.normalize()


def overlay_periods(rosters: list[pd.DataFrame]) -> pd.DataFrame:
    """Rosters in the order they came, laid over each other: where a later file gives a post's status for some
    days, an earlier period of that post is cut back to the days outside them (split in two when the new period lies
    within it). A vacancy sent as a new ``kosong`` period closes the open ``aktif`` one the day before; a start date
    sent again, earlier, replaces the old one. A period of the same status with an earlier end, the file's last for the
    post, ends the post there ("aktif … s/d 2025-03-31" over an open ``aktif``): the old period's days after it go
    (they were kept, and the post ran on). Periods kept stacked would count a post twice, or active and vacant at once."""
    frames = [r.assign(_file=i) for i, r in enumerate(rosters) if len(r)]
    if not frames:
        return rosters[0].iloc[:0] if rosters else pd.DataFrame()
    ros = pd.concat(frames, ignore_index=True)
    # A post is its id in capitals (tksk.logs.columns.canonical_ids): one stored in lower case by an earlier version
    # is the same post, not another one laid beside it.
    ros["id_pos"] = ros["id_pos"].astype("str").str.upper()
    columns = [c for c in ros.columns if c != "_file"]
    if ros["_file"].nunique() == 1:  # one file: its periods never overlap (the import refuses that)
        return ros[columns].drop_duplicates(subset=["id_pos", "tanggal_mulai"], keep="last").reset_index(drop=True)
    day = pd.Timedelta(days=1)
    out = []
    # Records grouped in plain Python: a pandas group per post and per file cost 2 ms a post, 17 s for two national
    # rosters of 7.000 posts in one upload.
    records = ros.sort_values(["id_pos", "_file", "tanggal_mulai"], kind="stable").to_dict("records")
    for _, post in itertools.groupby(records, key=operator.itemgetter("id_pos")):
        kept: list[dict] = []
        for _, group in itertools.groupby(post, key=operator.itemgetter("_file")):
            rows = list(group)
            last_start = max(r["tanggal_mulai"] for r in rows)
            for new in rows:
                start = new["tanggal_mulai"]
                end = _OPEN if pd.isna(new["tanggal_selesai"]) else new["tanggal_selesai"]
                still = []
                for old in kept:
                    o_start = old["tanggal_mulai"]
                    o_end = _OPEN if pd.isna(old["tanggal_selesai"]) else old["tanggal_selesai"]
                    if o_end < start or o_start > end:
                        still.append(old)
                        continue
                    if o_start < start:
                        still.append({**old, "tanggal_selesai": start - day})
                    # A vacancy inside an active period keeps the rest; a period of the same status ends the post
                    # only as the file's last word on it ("aktif … s/d Feb" then "kosong Mar" is a vacancy in March).
                    if o_end > end and (old["status"] != new["status"] or new["tanggal_mulai"] != last_start):
                        still.append({**old, "tanggal_mulai": end + day})
                kept = still + [new]
        out += kept
    result = pd.DataFrame(out, columns=ros.columns)[columns]
    return result.sort_values(["id_pos", "tanggal_mulai"], kind="stable").reset_index(drop=True)


def load_kebutuhan(root: Path | None, extra: list[Path] = ()) -> pd.DataFrame:
    """Imported need counts kept in the store, and ``extra`` ones: for a kecamatan, year and count, the latest file
    that gives it wins (files are named by their import's time, so their order is the order they came in): the PKH
    coordinator's file of PKH families alone does not erase the DTSEN households of an earlier one. Empty, with the
    schema's columns, when there are none."""
    cols = list(schema.columns(schema.KebutuhanRow))
    files = (visible_files(root / "imports" / "kebutuhan") if root is not None else []) + list(extra)
    if not files:
        return pd.DataFrame({c: pd.Series(dtype=("int64" if c == "tahun" else "float64" if c in schema.COUNT_COLUMNS
                                                 else "str")) for c in cols})
    k = pd.concat([read_parquet(f)[cols] for f in files], ignore_index=True)
    # A group's last non-empty value of each column, in file order.
    k = k.groupby(["kode_kec", "tahun"], sort=True, as_index=False).last()
    return k[cols].reset_index(drop=True)


def with_kebutuhan_origin(sumber: pd.DataFrame, kebutuhan: pd.DataFrame) -> pd.DataFrame:
    """The sources table naming the Dinas's counts exactly when the store holds some."""
    kept = sumber.loc[sumber["id_sumber"] != KEBUTUHAN_ORIGIN.id]
    return kept if kebutuhan.empty else pd.concat([kept, pd.DataFrame([KEBUTUHAN_ORIGIN.row()])], ignore_index=True)


def link_tree(src: Path, dest: Path) -> None:
    """Every Parquet file under ``src`` hard-linked at the same place under ``dest`` (copied where the file
    system cannot link): a new build shares unchanged files with the old one instead of rewriting them."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in visible_files(src):
        target = dest / f.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(f, target)


def link_or_copy(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:  # a file system without hard links (FAT, some network shares)
        shutil.copy2(src, dest)


def empty_roster() -> pd.DataFrame:
    return pd.DataFrame({"id_pos": pd.Series(dtype=object), "kode_kec": pd.Series(dtype=object),
                         "status": pd.Series(dtype=object), "tanggal_mulai": pd.Series(dtype="datetime64[ns]"),
                         "tanggal_selesai": pd.Series(dtype="datetime64[ns]"), "keterangan": pd.Series(dtype=object)})


def log_tables(logs: Path, roster: pd.DataFrame, kecamatan: pd.DataFrame,
               previous: Path | None = None, regencies: list[str] | None = None) -> dict:
    """The aggregate tables of the partitioned log at ``logs``, posts by month and the roster.

    With ``previous`` (a build) and ``regencies``, only those regencies are aggregated again; every other
    regency's rows are taken from the previous build as they were.
    """
    partial = previous is not None and regencies is not None
    tables = aggregate.aggregate(logs, regencies=regencies if partial else None)
    if partial and not all(set(fresh.columns) <= set(pq.read_schema(previous / f"{name}.parquet").names)
                           for name, fresh in tables.items()):
        # A build made before an aggregate column existed: its other regencies' rows lack it, so every regency is
        # aggregated again (once, on the first import after an upgrade).
        tables, partial = aggregate.aggregate(logs), False
    faults.point("aggregating")
    if partial:
        tables = {name: aggregate.replace_regencies(previous / f"{name}.parquet", fresh, regencies)
                  for name, fresh in tables.items()}
    period = aggregate.log_period(tables["agg_kec_bulan"])
    if period:
        months = pd.date_range(period[0], period[1], freq="MS")
    else:
        months = pd.DatetimeIndex([], dtype="datetime64[ns]")
    roster = roster if not roster.empty else empty_roster()
    tables["pos_bulan"] = aggregate.posts_by_month(roster, sorted(kecamatan["kode_kec"]), months,
                                                   worked=aggregate.worked_part_months(logs, roster, months))
    tables["roster"] = roster[list(schema.columns(schema.RosterRow))].reset_index(drop=True)
    tables["_period"] = [str(period[0].date()), str(period[1].date())] if period else None
    return tables


# ------------------------------------------------------------------ writing a build
TEXT = pd.api.types.pandas_dtype("str")  # pandas' default text type: what every stored text column is read as


def _text_columns_as_str(df: pd.DataFrame, model=None) -> pd.DataFrame:
    """One text dtype for every table, whatever wrote it (pandas, DuckDB, a Parquet round trip, or a CSV
    column that happened to be empty and so was read as numbers)."""
    declared = {n for n, c in schema.columns(model).items() if str(c.dtype).startswith(("str", "string"))} if model else set()
    # The types read once from the frame (a column looked up by name builds a Series each time).
    change = [c for c, dtype in df.dtypes.items() if c != "geometry" and dtype != TEXT
              and (c in declared or dtype == object or isinstance(dtype, pd.StringDtype))]
    if not change:
        return df
    out = df.copy(deep=False)  # copy-on-write: the caller's frame keeps its columns
    for c in change:
        out[c] = out[c].astype(TEXT)
    return out


# Written by our own SQL from a log that passed every rule (etl.aggregate): on an import they are checked against
# their schemas by tests (test_store_writes) on the demo and two-regency stores and after a partial refresh.
OWN_SQL = frozenset(aggregate.AGG_SQL)
# Also made by our own code on an import: posts by month from the roster, and the sources table of the previous
# build with its log and needs entries set (tests check these after imports of every kind of file too).
OWN_CODE = OWN_SQL | {"pos_bulan", "sumber"}


def validate_tables(tables: dict, names=None, trusted=frozenset()) -> None:
    """Every table of ``names`` in the store's text type, and checked against its schema unless ``trusted``."""
    problems = []
    names = list(names or schema.STORE_TABLES)
    for name in names:
        tables[name] = _text_columns_as_str(tables[name], schema.STORE_TABLES[name])
    checked = [n for n in names if n not in trusted]
    if checked:
        from pandera.errors import SchemaErrors  # pandera only where a table is checked (a clerk's import skips it)
    for name in checked:
        model = schema.STORE_TABLES[name]
        try:
            model.validate(tables[name], lazy=True)
        except SchemaErrors as exc:
            fc = exc.failure_cases.head(5)
            for rec in fc.itertuples(index=False):
                problems.append(problem(f"{name}.parquet", "source_invalid",
                                        detail=f"{rec.column}: {rec.check} ({rec.failure_case})"))
    if problems:
        raise InputRejected(problems)


def prepare(root: Path, tables: dict, manifest: dict, quiet=False, keep_from: Path | None = None,
            trusted=frozenset()) -> tuple[Path, str]:
    """Check every table, then write the whole build into a temporary folder; returns it and the build id.

    Tables not in ``tables`` are hard-linked from the build ``keep_from`` (they were checked when it was made).
    Nothing is current yet: the caller swaps the folder in (or removes it).
    """
    written = [name for name in schema.STORE_TABLES if name in tables]
    validate_tables(tables, written, trusted=trusted)
    say("[6/6] Menulis store / writing the store", quiet)
    tmp = new_build_dir(root)
    try:
        if "logs_dir" in tables:
            shutil.move(tables["logs_dir"], tmp / "logs")
        for name in list(schema.STORE_TABLES) + EXTRA_FILES:
            if name in tables:
                tables[name].to_parquet(tmp / f"{name}.parquet", index=False)
            else:
                link_or_copy(keep_from / f"{name}.parquet", tmp / f"{name}.parquet")
        manifest["rows"] = {**manifest.get("rows", {}), **{name: int(len(tables[name])) for name in written}}
        build_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        manifest["build_id"] = build_id
        atomic_write_text(tmp / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False, default=str))
        return tmp, build_id
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def with_log_origin(sumber: pd.DataFrame, mode: str) -> pd.DataFrame:
    """The sources table with exactly one log source: the demo log or the imported logs."""
    kept = sumber.loc[~sumber["id_sumber"].isin(LOG_SOURCE_IDS)]
    origin = DEMO_ORIGIN if mode == "demo" else IMPORT_ORIGIN
    return pd.concat([kept, pd.DataFrame([origin.row()])], ignore_index=True)


def prepare_refresh(root: Path, cur: Path, regencies: list[str] | None, *, staged: Path | None = None,
                    action: str = "import", batch: dict | None = None, quiet: bool = False) -> tuple[Path, str]:
    """A new build after an import, not yet current: the reference tables and boundaries of ``cur`` linked as
    they are, the imported log (and the files ``staged`` for this import, at the places they will take under
    ``imports/``) linked in, and the aggregates of ``regencies`` (all when None) made again."""
    manifest = read_manifest(cur)
    checked_in = set(manifest.get("imports") or []) if manifest.get("log_mode") != "demo" else set()
    tmp_logs = new_build_dir(root)
    logs = tmp_logs / "logs"
    try:
        link_tree(imported_logs(root), logs)
        if staged is not None:
            link_tree(staged / "logs", logs)
        what = "semua kabupaten / every regency" if regencies is None else f"{', '.join(regencies) or '-'}"
        say(f"[5/6] Mengagregasi ulang log / aggregating the log again: {what}", quiet)
        extra_roster = visible_files(staged / "roster") if staged is not None else []
        lt = log_tables(logs, load_roster(root, extra_roster), read_parquet(cur / "kecamatan.parquet"),
                        previous=cur if regencies is not None else None, regencies=regencies)
        kebutuhan = load_kebutuhan(root, visible_files(staged / "kebutuhan") if staged is not None else [])
        rows = aggregate.log_rows(logs)
        mode = "real" if rows else "none"
        kept = import_names(root)
        names = list(kept)
        if staged is not None:
            names += [p.relative_to(staged).as_posix() for sub in IMPORT_FOLDERS for p in visible_files(staged / sub)]
        sumber = with_kebutuhan_origin(with_log_origin(read_parquet(cur / "sumber.parquet"), mode), kebutuhan)
        tables = {**lt, "kebutuhan": kebutuhan, "sumber": sumber, "logs_dir": logs}
        manifest.update({"built_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "log_mode": mode,
                         "log_rows": rows, "log_period": lt["_period"], "previous": cur.name, "action": action,
                         "imports": sorted(names), "batch": batch})
        # An import aggregates only files that passed its checks (reconcile has already checked any stray one). A
        # roster or needs table it did not touch is made of files the current build lists, each checked when it
        # came in, unless that build is a demo one (which lists none) or a file it does not list lies in the
        # folder: then the table is checked. A reconcile or build may meet files nobody checked, so they check
        # every table. Skipping pandera saves a small import half a second.
        trusted = frozenset()
        if action == "import":
            untouched = {sub for sub in ("roster", "kebutuhan") if not (staged and visible_files(staged / sub))
                         and all(n in checked_in for n in kept if n.startswith(f"{sub}/"))}
            trusted = OWN_CODE | untouched
        return prepare(root, tables, manifest, quiet, keep_from=cur, trusted=trusted)
    finally:
        shutil.rmtree(tmp_logs, ignore_errors=True)
