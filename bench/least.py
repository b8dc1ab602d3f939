"""The least work of an import that checks a clean log and aggregates it, as a second reference beside the floor.

The issue's floor (pyarrow reads the CSV and writes its rows to Parquet) neither checks a cell nor aggregates a
row. This does the least more that any import of ours must do, each step the fastest way measured: Arrow reads
every cell as text (a code such as 16.10 must not become a number), checks each coded column's filled cells
against its list and the store's codes, parses dates and numbers (a cell that is neither fails), checks that no
id repeats, writes one Parquet file of the typed rows, and runs the seven aggregate queries of ``etl.aggregate``
in DuckDB on the Arrow table, writing each. As in the import, DuckDB is opened on a thread while the file is
read, and the queries run two at a time.

Left out, so that it stays a lower bound: required cells left empty, numbers out of range, the rules across
columns (an activity's function, a desa in its kecamatan, a post in its kecamatan, dates in order), the search
for personal data, the store's own ids, the spreadsheet's row numbers and the wording of any problem, the
partitions by regency and year, the aggregates' types, and the new build written whole before it is made
current.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd


def least_import(csv: Path, out: Path, kecamatan: pd.DataFrame, desa: pd.DataFrame) -> float:
    """Seconds for the least checking import of a clean log ``csv`` into the folder ``out``; raises if the file
    breaks any of its checks (the benchmark's files are clean, so a failure here is a bug of the benchmark)."""
    import duckdb
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from etl.aggregate import AGG_SQL, DICTIONARY_COLUMNS
    from tksk import schema, vocab

    lists = {"kode_kec": kecamatan["kode_kec"], "kode_desa": desa["kode_desa"], "fungsi": list(vocab.FUNCTIONS),
             "jenis_kegiatan": list(vocab.ACTIVITIES), "program": list(vocab.PROGRAMMES),
             "kategori_ppks": list(vocab.PPKS), "hasil": list(vocab.OUTCOMES)}
    lists = {c: pa.array([str(v) for v in values], pa.string()) for c, values in lists.items()}
    target = schema.log_arrow()
    out.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()
    pool = ThreadPoolExecutor(2)
    opening = pool.submit(duckdb.connect)
    try:
        with open(csv, encoding="utf-8") as fh:
            header = fh.readline().strip().split(",")
        table = pacsv.read_csv(csv, convert_options=pacsv.ConvertOptions(
            column_types={c: pa.string() for c in header}, strings_can_be_null=True))
        columns = {}
        for field in target:
            col = table[field.name]
            if pa.types.is_timestamp(field.type):
                typed = pc.strptime(col, format="%Y-%m-%d", unit="us")
            elif pa.types.is_floating(field.type):
                typed = col.cast(pa.float64())
            else:
                typed = col
                if field.name in lists and not pc.all(pc.or_(pc.is_in(col, value_set=lists[field.name]),
                                                            pc.is_null(col))).as_py():
                    raise ValueError(f"{csv.name}: {field.name} holds a value outside its list")
            columns[field.name] = typed.cast(field.type)
        typed = pa.table(columns, schema=target)
        if pc.count_distinct(typed["id_log"]).as_py() != typed.num_rows:
            raise ValueError(f"{csv.name}: an id repeats")
        pq.write_table(typed, out / "log.parquet", compression="zstd", use_dictionary=DICTIONARY_COLUMNS)
        con = opening.result()

        def aggregate(name: str) -> None:
            cur = con.cursor()
            cur.register("log", typed)
            pq.write_table(cur.sql(AGG_SQL[name].format(src="log")).to_arrow_table(), out / f"{name}.parquet")
            cur.close()

        list(pool.map(aggregate, AGG_SQL))
    finally:
        pool.shutdown()
        opening.result().close()
    return time.perf_counter() - t
