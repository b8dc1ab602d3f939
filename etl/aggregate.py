"""Aggregate the cleaned log once into the small monthly tables that pages read.

DuckDB reads the partitioned Parquet log directly; the pages never scan raw log rows. The SQL
here is the definition of every aggregate column (see tksk.schema for their labels).
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from tksk import schema, vocab
from tksk.store import read_parquet, visible_files
from tksk.wisn import STANDARDS

LOG_COLUMNS = list(schema.columns(schema.LogRow))  # the stored log, in the template's order
# Parquet's dictionary pages for every column but the ids: an id is on one row only, so its dictionary would be
# built and then dropped (Parquet falls back to plain pages), a fifth of a million rows' write time.
DICTIONARY_COLUMNS = [c for c in LOG_COLUMNS if c != "id_log"]


def write_partitioned(log: pd.DataFrame | pa.Table, dest: Path, name: str = "data") -> list[str]:
    """Write the log as Parquet partitioned by regency and year (hive layout: ``kode_kab=16.10/tahun=2024/``),
    one file ``name_0.parquet`` per partition, rows in kecamatan and day order (within a day, as they came: an
    imported date has no time), columns in their stored types (tksk.schema.log_arrow); returns the regency codes
    written."""
    dest.mkdir(parents=True, exist_ok=True)
    if not len(log):
        return []
    table = log if isinstance(log, pa.Table) else schema.log_table(log)
    # Kecamatan, regency, year and day as small integers (codes sort as their text), then one stable sort on
    # (regency, year, kecamatan, day) leaves each partition a contiguous slice, written as it is. Text columns
    # may come dictionary-encoded (a clean file's distinct values, tksk.logs.fast): the sort then moves only
    # positions, and each is decoded once, in its final order. A million rows: a fifth of pyarrow.dataset's time.
    kec = table["kode_kec"].combine_chunks()
    if not pa.types.is_dictionary(kec.type):
        kec = pc.dictionary_encode(kec)
    kec_values, kec_of_value = np.unique(kec.dictionary.to_numpy(zero_copy_only=False).astype(str), return_inverse=True)
    kab_values, kab_of_kec = np.unique([v[:5] for v in kec_values], return_inverse=True)
    kec_rank = kec_of_value[kec.indices.to_numpy()]
    kab_rank = kab_of_kec[kec_rank]
    day = table["tanggal"].combine_chunks().cast(pa.int64()).to_numpy() // 86_400_000_000  # microseconds (log_arrow)
    year = pc.year(table["tanggal"]).to_numpy(zero_copy_only=False).astype(np.int64)
    key, room = np.zeros(len(table), dtype=np.int64), 1
    for part in (kab_rank, year - year.min(), kec_rank, day - day.min()):
        room *= int(part.max()) + 1
        key = key * (int(part.max()) + 1) + part
    order = _stable_order(key, room) if room < 2**62 else np.lexsort((day, kec_rank, year, kab_rank))
    part = (kab_rank * 10_000 + year)[order]
    bounds = np.flatnonzero(np.diff(part)) + 1
    target = schema.log_arrow()

    def write(start: int, stop: int) -> None:
        folder = dest / f"kode_kab={kab_values[part[start] // 10_000]}" / f"tahun={part[start] % 10_000}"
        folder.mkdir(parents=True, exist_ok=True)
        # Each partition's rows taken and decoded on its own thread (Arrow lets go of the interpreter): taken
        # whole before the threads, a million rows waited 0,1 s on one core.
        rows = table.take(pa.array(order[start:stop])).cast(target)
        pq.write_table(rows, folder / f"{name}_0.parquet", compression="zstd", use_dictionary=DICTIONARY_COLUMNS)

    # A Parquet file is encoded on one core: partitions (a year each, a regency each) are written side by side.
    with ThreadPoolExecutor(min(len(bounds) + 1, len(os.sched_getaffinity(0)))) as pool:  # the cores this may use
        list(pool.map(write, np.r_[0, bounds], np.r_[bounds, len(part)]))
    return sorted(kab_values[np.unique(kab_rank)].tolist())


def _stable_order(key: np.ndarray, room: int) -> np.ndarray:
    """The stable sort order of ``key`` (non-negative, below ``room``). Keys of few distinct values (a regency's
    kecamatan and days: tens of thousands) are ranked first and sorted as 16-bit numbers, which numpy sorts by
    radix, a third of the time of sorting the keys themselves."""
    if room <= 1 << 24:
        present = np.zeros(room, dtype=bool)
        present[key] = True
        rank = np.cumsum(present, dtype=np.int64) - 1
        if rank[-1] < 1 << 16:
            return np.argsort(rank[key].astype(np.uint16), kind="stable")
    return np.argsort(key, kind="stable")


# A file of corrections (``<batch>-<n>-koreksi_0.parquet``) holds rows whose ids may already be stored: the row of
# the latest batch stands for its id. Batch names begin with their time (etl.importer.batch_name), so they sort.
CORRECTION_MARK = "-koreksi"
_BATCH_STAMP = r"^[0-9]{8}T[0-9]{6,12}"


def is_correction(path: Path) -> bool:
    return path.name.split("_")[0].endswith(CORRECTION_MARK)


def log_source(logs: Path, regencies: list[str] | None = None) -> str:
    """The partitioned log at ``logs`` as a DuckDB table expression (only ``regencies`` when given), one row per
    id: where a correction file holds an id, its latest row."""
    # The files are listed, not globbed: a temporary or hidden file beside them is never data.
    paths = visible_files(logs)
    files = "[" + _sql_text(f.as_posix() for f in paths) + "]"
    corrections = [f for f in paths if is_correction(f)]
    # Typed by hand: left to guess, DuckDB would read the folder name kode_kab=16.10 as the number 16.1.
    hive = "hive_partitioning = true, hive_types = {'kode_kab': VARCHAR, 'tahun': INTEGER}"
    src = f"read_parquet({files}, {hive})"
    if corrections:
        # Only the ids a correction holds are ranked (a window over every row would cost a large log dearly); a
        # corrected row may have moved to another year or regency, so the rank is by batch, not by folder.
        fixed = f"(SELECT id_log FROM read_parquet([{_sql_text(f.as_posix() for f in corrections)}]))"
        ranked = f"read_parquet({files}, {hive}, filename = true)"
        src = (f"(SELECT * FROM {src} WHERE id_log NOT IN {fixed} UNION ALL BY NAME "
               f"SELECT * EXCLUDE (filename) FROM {ranked} WHERE id_log IN {fixed} "
               f"QUALIFY row_number() OVER (PARTITION BY id_log ORDER BY "
               f"regexp_extract(parse_filename(filename), '{_BATCH_STAMP}') DESC) = 1)")
    if regencies is None:
        return src
    # A filter on the partition column: DuckDB opens only those regencies' folders.
    return f"(SELECT * FROM {src} WHERE kode_kab IN ({_sql_text(regencies)}))"


def log_rows(logs: Path) -> int:
    """Rows in the partitioned log (from the Parquet footers; no data is read), one per id."""
    paths = visible_files(logs)
    if any(is_correction(f) for f in paths):
        con = connect()
        try:
            return int(con.sql(f"SELECT count(*) FROM {log_source(logs)}").fetchall()[0][0])
        finally:
            con.close()
    # Each footer read by Arrow: a DuckDB connection alone costs a small import more than every footer.
    return sum(pq.read_metadata(f).num_rows for f in paths)


def _sql_text(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


# Coordination activities with each kind of partner (vocab.PARTNERS): the indicators count the kinds met.
PARTNER_COUNTS = ",\n               ".join(
    f"count(*) FILTER (WHERE fungsi = 'koordinasi' AND jenis_kegiatan IN "
    f"({_sql_text([a for a, p in vocab.PARTNER_OF.items() if p == kind])}))::BIGINT AS mitra_{kind}"
    for kind in vocab.PARTNERS)

# Events of the kecamatan (wisn.Standard.per_kecamatan) counted once however many of its posts logged them: a
# distribution point once per desa and day, a kecamatan meeting once per day. Dividing by the posts instead read ten
# points that two TKSK split between them as five.
_DESA_EVENTS = [a for s in STANDARDS.values() if s.per_kecamatan and s.in_desa for a in s.activities]
_DAY_EVENTS = [a for s in STANDARDS.values() if s.per_kecamatan and not s.in_desa for a in s.activities]
# Counted per kecamatan, month and activity, whatever the optional programme or PPKS category of each row (a point
# one TKSK logged with a programme and the other without is one point), and put on the first of the activity's rows.
EVENTS = f"""
        events AS (
            SELECT kode_kec, date_trunc('month', tanggal)::TIMESTAMP AS bulan, jenis_kegiatan,
                   count(DISTINCT CASE
                       WHEN jenis_kegiatan IN ({_sql_text(_DESA_EVENTS)})
                           THEN coalesce(kode_desa, '') || ' ' || CAST(CAST(tanggal AS DATE) AS VARCHAR)
                       ELSE CAST(CAST(tanggal AS DATE) AS VARCHAR)
                   END)::BIGINT AS acara
            FROM {{src}} WHERE jenis_kegiatan IN ({_sql_text(_DESA_EVENTS + _DAY_EVENTS)}) GROUP BY ALL)"""

AGG_SQL = {
    # Hours are NULL where no row of the group has its hours filled: a gap, not 0 hours (Kandis's referrals, hours
    # left blank, read "0,0 hours logged" on Kinerja).
    # Distinct desa per month come from one group-by per (kecamatan, month, desa) with a flag per function:
    # three count(DISTINCT) over every log row cost several times more on a national log.
    "agg_kec_bulan": """
        WITH totals AS (
            SELECT kode_kec, date_trunc('month', tanggal)::TIMESTAMP AS bulan,
                   count(*)::BIGINT AS kegiatan,
                   coalesce(sum(jumlah_orang), 0)::DOUBLE AS orang,
                   coalesce(sum(jumlah_kk), 0)::DOUBLE AS kk,
                   sum(jam)::DOUBLE AS jam,
                   count(*) FILTER (WHERE fungsi = 'fasilitasi' AND kategori_ppks IS NOT NULL)::BIGINT AS kasus_ppks,
                   count(*) FILTER (WHERE fungsi = 'koordinasi')::BIGINT AS koordinasi,
                   """ + PARTNER_COUNTS + """,
                   count(*) FILTER (WHERE jenis_kegiatan = 'pendampingan_sembako')::BIGINT AS sembako,
                   coalesce(sum(jumlah_orang) FILTER (WHERE jenis_kegiatan = 'pendampingan_sembako'), 0)::DOUBLE
                       AS orang_sembako,
                   count(*) FILTER (WHERE jenis_kegiatan IN ('verifikasi_dtks', 'usulan_dtks'))::BIGINT AS dtks
            FROM {src} WHERE jenis_kegiatan <> 'laporan_bulanan' GROUP BY ALL),
        per_desa AS (
            SELECT kode_kec, date_trunc('month', tanggal)::TIMESTAMP AS bulan, kode_desa,
                   bool_or(fungsi = 'koordinasi') AS koordinasi, bool_or(fungsi = 'fasilitasi') AS fasilitasi
            FROM {src} WHERE jenis_kegiatan <> 'laporan_bulanan' AND kode_desa IS NOT NULL GROUP BY ALL),
        desa AS (
            SELECT kode_kec, bulan, count(*)::BIGINT AS desa_dikunjungi,
                   count(*) FILTER (WHERE koordinasi)::BIGINT AS desa_koordinasi,
                   count(*) FILTER (WHERE fasilitasi)::BIGINT AS desa_fasilitasi
            FROM per_desa GROUP BY ALL)
        SELECT t.kode_kec, t.bulan, kegiatan, orang, kk, jam, kasus_ppks,
               coalesce(desa_dikunjungi, 0)::BIGINT AS desa_dikunjungi, koordinasi,
               """ + ", ".join(f"mitra_{k}" for k in vocab.PARTNERS) + """,
               coalesce(desa_koordinasi, 0)::BIGINT AS desa_koordinasi,
               coalesce(desa_fasilitasi, 0)::BIGINT AS desa_fasilitasi, sembako, orang_sembako, dtks
        FROM totals t LEFT JOIN desa d ON t.kode_kec = d.kode_kec AND t.bulan = d.bulan""",
    "agg_kegiatan": """
        WITH groups AS (
            SELECT kode_kec, date_trunc('month', tanggal)::TIMESTAMP AS bulan, fungsi, jenis_kegiatan,
                   program, kategori_ppks, count(*)::BIGINT AS kegiatan,
                   coalesce(sum(jumlah_orang), 0)::DOUBLE AS orang, coalesce(sum(jumlah_kk), 0)::DOUBLE AS kk,
                   sum(jam)::DOUBLE AS jam
            FROM {src} GROUP BY ALL),""" + EVENTS + """
        SELECT g.kode_kec, g.bulan, g.fungsi, g.jenis_kegiatan, g.program, g.kategori_ppks, g.kegiatan, g.orang,
               g.kk, g.jam,
               (CASE WHEN row_number() OVER (PARTITION BY g.kode_kec, g.bulan, g.jenis_kegiatan
                                             ORDER BY g.fungsi, coalesce(g.program, ''), coalesce(g.kategori_ppks, ''))
                          = 1 THEN coalesce(e.acara, 0) ELSE 0 END)::BIGINT AS acara
        FROM groups g LEFT JOIN events e
            ON g.kode_kec = e.kode_kec AND g.bulan = e.bulan AND g.jenis_kegiatan = e.jenis_kegiatan""",
    "agg_desa_bulan": """
        SELECT kode_kec, kode_desa, date_trunc('month', tanggal)::TIMESTAMP AS bulan, fungsi,
               count(*)::BIGINT AS kegiatan, coalesce(sum(jumlah_orang), 0)::DOUBLE AS orang
        FROM {src} WHERE kode_desa IS NOT NULL GROUP BY ALL""",
    "laporan": """
        SELECT kode_kec, id_pos, strptime(bulan_laporan || '-01', '%Y-%m-%d')::TIMESTAMP AS bulan_laporan,
               min(tanggal)::TIMESTAMP AS tanggal_kirim
        FROM {src} WHERE jenis_kegiatan = 'laporan_bulanan' AND bulan_laporan IS NOT NULL
        GROUP BY ALL""",
    # Referrals per kecamatan, month made, and month their 90-day result became known: the day aid or a rejection
    # is dated, or the day 90 days ran out without aid (an outcome dated later, or undated, cannot be aid within 90
    # days). An indicator judged at a period's end counts only the referrals known by then.
    "rujukan": """
        SELECT kode_kec, date_trunc('month', tanggal)::TIMESTAMP AS bulan,
               date_trunc('month', least(tanggal::DATE + 90,
                   CASE WHEN hasil IN ('bantuan_diterima', 'ditolak') THEN tanggal_hasil::DATE END))::TIMESTAMP
                   AS bulan_diketahui,
               count(*)::BIGINT AS rujukan,
               count(*) FILTER (WHERE hasil = 'bantuan_diterima' AND tanggal_hasil IS NOT NULL
                                AND date_diff('day', tanggal::DATE, tanggal_hasil::DATE) <= 90)::BIGINT AS bantuan_90
        FROM {src} WHERE jenis_kegiatan = 'rujukan' GROUP BY ALL""",
    # Completeness of log rows: the fields an activity of that kind should carry are filled. A facilitation row
    # says whom it served: 0 people and 0 families (or 0 and a blank) is a count not made, not a complete row.
    "kelengkapan_log": """
        SELECT kode_kec, date_trunc('month', tanggal)::TIMESTAMP AS bulan, count(*)::BIGINT AS baris,
               count(*) FILTER (WHERE jam IS NOT NULL
                    AND (fungsi <> '""" + vocab.PEOPLE_RECORDED_IN + """' OR coalesce(jumlah_orang, 0) > 0 OR coalesce(jumlah_kk, 0) > 0)
                    AND (jenis_kegiatan NOT IN (""" + _sql_text(sorted(vocab.CATEGORY_REQUIRED)) + """) OR kategori_ppks IS NOT NULL)
                    AND (jenis_kegiatan <> 'rujukan' OR hasil IS NOT NULL))::BIGINT AS baris_lengkap
        FROM {src} WHERE jenis_kegiatan <> 'laporan_bulanan' GROUP BY ALL""",
    # Outliers: a value above the mean + 3 standard deviations of the same kecamatan and activity type
    # (groups of at least 10 rows). Mean and deviation stream in constant memory, so a national log of tens
    # of millions of rows aggregates within a fixed memory limit (exact quartiles would not).
    "pencilan": """
        WITH st AS (
            SELECT kode_kec, jenis_kegiatan,
                   count(jam) AS n_jam, avg(jam) AS rata_jam, stddev_pop(jam) AS sd_jam,
                   count(jumlah_orang) AS n_orang, avg(jumlah_orang) AS rata_orang, stddev_pop(jumlah_orang) AS sd_orang
            FROM {src} WHERE jenis_kegiatan <> 'laporan_bulanan' GROUP BY ALL),
        bounds AS (
            SELECT *, CASE WHEN n_jam >= 10 AND sd_jam > 0 THEN rata_jam + 3 * sd_jam END AS batas_jam,
                      CASE WHEN n_orang >= 10 AND sd_orang > 0 THEN rata_orang + 3 * sd_orang END AS batas_orang
            FROM st),
        hits AS (
            SELECT l.id_log, l.kode_kec, l.tanggal, l.jenis_kegiatan, l.jam, l.jumlah_orang,
                   b.rata_jam, b.batas_jam, b.rata_orang, b.batas_orang
            FROM {src} l JOIN bounds b ON l.kode_kec = b.kode_kec AND l.jenis_kegiatan = b.jenis_kegiatan
            WHERE l.jam > b.batas_jam OR l.jumlah_orang > b.batas_orang)
        SELECT id_log, kode_kec, tanggal::TIMESTAMP AS tanggal, jenis_kegiatan, 'jam' AS kolom, jam::DOUBLE AS nilai,
               rata_jam::DOUBLE AS rata_rata, batas_jam::DOUBLE AS batas
        FROM hits WHERE jam > batas_jam
        UNION ALL
        SELECT id_log, kode_kec, tanggal::TIMESTAMP, jenis_kegiatan, 'jumlah_orang', jumlah_orang::DOUBLE,
               rata_orang::DOUBLE, batas_orang::DOUBLE
        FROM hits WHERE jumlah_orang > batas_orang""",
}

_TYPES = {"bulan": "datetime64[ns]", "bulan_diketahui": "datetime64[ns]", "bulan_laporan": "datetime64[ns]", "tanggal_kirim": "datetime64[ns]",
          "tanggal": "datetime64[ns]", "kegiatan": "int64", "baris": "int64", "baris_lengkap": "int64",
          "rujukan": "int64", "bantuan_90": "int64", "kasus_ppks": "int64", "desa_dikunjungi": "int64",
          "koordinasi": "int64", **{f"mitra_{k}": "int64" for k in vocab.PARTNERS}, "desa_koordinasi": "int64",
          "desa_fasilitasi": "int64", "sembako": "int64", "orang_sembako": "float64", "dtks": "int64", "acara": "int64",
          "orang": "float64", "kk": "float64", "jam": "float64",
          "nilai": "float64", "rata_rata": "float64", "batas": "float64"}


# Codes repeated on millions of aggregate rows: as categories, filters and group-bys work on small integers.
CATEGORIES = ("kode_kec", "kode_desa", "fungsi", "jenis_kegiatan", "program", "kategori_ppks")


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Numbers and months in the store's types; codes as categories; other text in the default string type."""
    for c, t in _TYPES.items():
        if c in df.columns and df[c].dtype != t:  # a copy only where the type changes
            df[c] = df[c].astype(t)
    for c in df.columns:
        if c in CATEGORIES:
            if not isinstance(df[c].dtype, pd.CategoricalDtype):
                df[c] = df[c].astype("str").astype("category")
        elif c not in _TYPES and df[c].dtype == object:
            df[c] = df[c].astype("str")
    return df


def _connect(threads: int | None = None, memory_limit: str | None = None, temp_dir: Path | None = None):
    """A DuckDB connection with the thread count, memory limit and spill folder asked for (defaults otherwise)."""
    con = duckdb.connect()
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    if memory_limit:
        con.execute(f"SET memory_limit = '{memory_limit}'")
    if temp_dir:
        con.execute(f"SET temp_directory = '{Path(temp_dir).as_posix()}'")
    return con


# A process's first DuckDB connection takes about 0,1 s, mostly outside the GIL: opened on another thread while an
# import reads and checks its files, a clerk's small file does not wait for it (tests/test_scale.py).
_opened_early: ContextVar[Future | None] = ContextVar("duckdb_opened_early", default=None)


@contextmanager
def database_opened_early():
    """Within this block, ``connect`` hands out connections to one DuckDB database, opened in the background from
    the start of the block and closed at its end."""
    pool = ThreadPoolExecutor(1)
    opening = pool.submit(duckdb.connect)
    pool.shutdown(wait=False)
    token = _opened_early.set(opening)
    try:
        yield
    finally:
        _opened_early.reset(token)
        if opening.exception() is None:
            opening.result().close()


def connect():
    """A DuckDB connection of the caller's own (close it after use): one more to the database opened early when
    the caller is within ``database_opened_early``, a new database otherwise."""
    opening = _opened_early.get()
    return opening.result().cursor() if opening is not None else duckdb.connect()


def aggregate(logs: Path, threads: int | None = None, regencies: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every aggregate table from the partitioned log folder (empty tables when there is no log); with
    ``regencies``, only the rows of those regencies (for replacing them after an import)."""
    if not visible_files(logs) or regencies == []:
        return {name: _typed(pd.DataFrame({c: pd.Series(dtype=object) for c in schema.columns(schema.STORE_TABLES[name])}))
                for name in AGG_SQL}
    con = _connect(threads) if threads else connect()
    src = log_source(logs, regencies)

    def run(sql: str) -> pd.DataFrame:
        cur = con.cursor()
        try:
            # Arrow out of DuckDB and into pandas keeps strings columnar (much faster than .df() on millions of rows).
            return _typed(cur.sql(sql.format(src=src)).to_arrow_table().to_pandas())
        finally:
            cur.close()

    # Planning a query takes DuckDB 5-20 ms, however few the rows: on a regency's log that is most of the time, and
    # two queries at once take half of it. On a national log each query already uses every core.
    # The longest queries first (on a regency's log of a million rows), so that the short ones fill in beside them:
    # pencilan, third longest, came last and ran alone (0,27 s → 0,25 s for the seven).
    order = sorted(AGG_SQL, key=lambda name: _LONGEST_FIRST.index(name) if name in _LONGEST_FIRST else 99)
    try:
        with ThreadPoolExecutor(min(2, len(os.sched_getaffinity(0)))) as pool:
            done = dict(zip(order, pool.map(run, [AGG_SQL[name] for name in order])))
        return {name: done[name] for name in AGG_SQL}
    finally:
        con.close()


_LONGEST_FIRST = ["agg_kegiatan", "agg_kec_bulan", "pencilan", "kelengkapan_log", "agg_desa_bulan", "rujukan", "laporan"]


def replace_regencies(old: Path, new: pd.DataFrame, regencies: list[str]) -> pd.DataFrame:
    """The aggregate table of a previous build at ``old`` with its rows of ``regencies`` replaced by ``new`` (the
    other regencies' rows kept)."""
    with pq.ParquetFile(old) as f:
        codes = f.read(columns=["kode_kec"])["kode_kec"].cast(pa.string())
    replaced = pc.is_in(pc.utf8_slice_codeunits(codes, 0, 5), value_set=pa.array(regencies, pa.string()))
    keep = pc.invert(replaced).fill_null(True).to_numpy(zero_copy_only=False)
    order = [c for c in ("kode_kec", "bulan") if c in new.columns]
    if not keep.any():
        # A store of one regency keeps none of its rows: the table is not read, only its codes, and the new rows
        # are already typed (their codes' categories sorted, so they sort as their text).
        return new.sort_values(order, kind="stable").reset_index(drop=True)
    both = [f for f in (read_parquet(old).loc[keep], new) if not f.empty]
    out = pd.concat([f.astype({c: "str" for c in CATEGORIES if c in f}) for f in both], ignore_index=True)
    return _typed(out.sort_values(order, kind="stable").reset_index(drop=True))


def log_period(agg_kec_bulan: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    if agg_kec_bulan.empty:
        return None
    return agg_kec_bulan["bulan"].min(), agg_kec_bulan["bulan"].max()


def _credit_worked(live: pd.DataFrame, worked: pd.DataFrame) -> pd.DataFrame:
    """The posts live on the 15th (id_pos, kode_kec, bulan, status) with each post-month of ``worked`` made active
    in place of a vacancy: its own (the post vacant on the 15th), or its kecamatan's (no post active on the 15th).
    A TKSK handing over on the 14th to another post active from the 15th is one post that month, not two: every
    per-TKSK figure of the month would halve."""
    def by_post(f):
        return pd.MultiIndex.from_arrays([f["id_pos"].str.upper(), f["bulan"]])

    posts, active = by_post(live), live["status"].eq("aktif").to_numpy()
    staffed = pd.MultiIndex.from_frame(live.loc[active, ["kode_kec", "bulan"]])
    mine = by_post(worked)
    credit = ~mine.isin(posts[active]) & (mine.isin(posts[live["status"].eq("kosong").to_numpy()])
                                          | ~pd.MultiIndex.from_frame(worked[["kode_kec", "bulan"]]).isin(staffed))
    fresh = worked.loc[credit, ["id_pos", "kode_kec", "bulan"]].assign(status="aktif")
    return pd.concat([live.loc[~posts.isin(mine[credit])], fresh], ignore_index=True)


def posts_by_month(roster: pd.DataFrame, kecamatan_codes: list[str], months: pd.DatetimeIndex,
                   worked: pd.DataFrame | None = None) -> pd.DataFrame:
    """Active and vacant posts per kecamatan and month; a post counts when its period covers the 15th, or when it
    logged work on its active days of a month whose 15th it was not active on (``worked``: id_pos, bulan; see
    ``worked_part_months``): a TKSK who left on 14 May worked in May, and that work is counted with the post it
    was done by, not hidden in a month "without a TKSK".

    A kecamatan absent from the roster is assumed to have one active post (the Kemensos norm of one
    TKSK per kecamatan), flagged ``pos_asumsi`` so pages can say so.
    """
    mids = months + pd.Timedelta(days=14)
    grid = pd.MultiIndex.from_product([kecamatan_codes, months], names=["kode_kec", "bulan"]).to_frame(index=False)
    if roster.empty:
        counts = grid.assign(pos_aktif=0, pos_kosong=0)
    else:
        r = roster.merge(pd.DataFrame({"bulan": months, "mid": mids}), how="cross")
        live = (r["tanggal_mulai"] <= r["mid"]) & (r["tanggal_selesai"].isna() | (r["tanggal_selesai"] >= r["mid"]))
        r = r.loc[live, ["id_pos", "kode_kec", "bulan", "status"]]
        if worked is not None and len(worked):
            r = _credit_worked(r, worked)
        counts = (r.assign(pos_aktif=r["status"].eq("aktif").astype(int), pos_kosong=r["status"].eq("kosong").astype(int))
                  .groupby(["kode_kec", "bulan"], as_index=False)[["pos_aktif", "pos_kosong"]].sum())
        counts = grid.merge(counts, on=["kode_kec", "bulan"], how="left").fillna({"pos_aktif": 0, "pos_kosong": 0})
    in_roster = set(roster["kode_kec"]) if not roster.empty else set()
    counts["pos_asumsi"] = ~counts["kode_kec"].isin(in_roster)
    counts.loc[counts["pos_asumsi"], "pos_aktif"] = 1
    counts["bulan"] = counts["bulan"].astype("datetime64[ns]")
    return counts.astype({"pos_aktif": "int64", "pos_kosong": "int64"})[
        ["kode_kec", "bulan", "pos_aktif", "pos_kosong", "pos_asumsi"]]


def worked_part_months(logs: Path, roster: pd.DataFrame, months: pd.DatetimeIndex) -> pd.DataFrame:
    """Posts that logged an activity on a day of one of their active periods, in a month whose 15th that period
    does not cover (id_pos, kode_kec, bulan): the days before a vacancy that starts by the 15th, or after one that
    ends past it, or the first days of a TKSK who starts after it. Only such edges of periods are looked up in the
    log (a regency has a few; a national roster a few thousand)."""
    none = pd.DataFrame({"id_pos": pd.Series(dtype="str"), "kode_kec": pd.Series(dtype="str"),
                         "bulan": pd.Series(dtype="datetime64[ns]")})
    if roster.empty or not len(months) or not visible_files(logs):
        return none
    active = roster.loc[roster["status"].eq("aktif"), ["id_pos", "kode_kec", "tanggal_mulai", "tanggal_selesai"]]
    r = active.merge(pd.DataFrame({"bulan": months}), how="cross")
    month_end = r["bulan"] + pd.offsets.MonthEnd(0)
    mid = r["bulan"] + pd.Timedelta(days=14)
    end = r["tanggal_selesai"].fillna(month_end)
    edge = (r["tanggal_mulai"] <= month_end) & (end >= r["bulan"]) & ~((r["tanggal_mulai"] <= mid) & (end >= mid))
    windows = r.loc[edge, ["id_pos", "kode_kec", "bulan"]].assign(
        id_pos=r.loc[edge, "id_pos"].str.upper(),
        dari=r.loc[edge, ["tanggal_mulai", "bulan"]].max(axis=1),
        sampai=pd.concat([end[edge], month_end[edge]], axis=1).min(axis=1))
    if windows.empty:
        return none
    con = connect()
    try:
        con.register("windows", pa.Table.from_pandas(
            windows.astype({c: "datetime64[us]" for c in ("bulan", "dari", "sampai")}),
            preserve_index=False))
        found = con.sql(f"""
            SELECT DISTINCT w.id_pos, w.kode_kec, w.bulan
            FROM (SELECT upper(id_pos) AS id_pos, tanggal FROM {log_source(logs)}) l
            JOIN windows w ON l.id_pos = w.id_pos AND l.tanggal BETWEEN w.dari AND w.sampai""").df()
    finally:
        con.close()
    if found.empty:
        return none
    return found.astype({"id_pos": "str", "kode_kec": "str", "bulan": "datetime64[ns]"})


def aggregate_to(logs: Path, out: Path, threads: int | None = None, memory_limit: str = "3GB",
                 temp_dir: Path | None = None) -> dict[str, int]:
    """Every aggregate table written straight to Parquet (sorted by kecamatan, so a reader of one region
    touches few row groups), within a memory limit: DuckDB spills to ``temp_dir`` rather than exceed it.
    For stores too large to hold their aggregates in pandas; returns the row count of each table."""
    out.mkdir(parents=True, exist_ok=True)
    con = _connect(threads, memory_limit, temp_dir)
    con.execute("SET preserve_insertion_order = false")
    src = log_source(logs)
    counts = {}
    for name, sql in AGG_SQL.items():
        target = (out / f"{name}.parquet").as_posix()
        con.execute(f"COPY (SELECT * FROM ({sql.format(src=src)}) ORDER BY kode_kec) TO '{target}' "
                    "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)")
        counts[name] = con.execute(f"SELECT count(*) FROM read_parquet('{target}')").fetchone()[0]
    con.close()
    return counts


def read_region(path: Path, prefix: str | None = None) -> pd.DataFrame:
    """An aggregate table, only the rows whose kecamatan code starts with ``prefix`` (a province or regency).

    ``path`` is one Parquet file (aggregate_to) or a folder of them (etl.spark). Arrow's filter on the sorted
    kode_kec column skips the row groups of every other region.
    """
    import pyarrow.parquet as pq

    if not prefix:
        # Millions of rows: Arrow decodes the codes straight into categories.
        codes = [c for c in pq.ParquetDataset(path).schema.names if c in CATEGORIES]
        return _typed(pq.read_table(path, read_dictionary=codes).to_pandas())
    upper = prefix + "\uffff"
    table = pq.read_table(path, filters=[("kode_kec", ">=", prefix), ("kode_kec", "<", upper)])
    return _typed(table.to_pandas())
