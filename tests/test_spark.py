"""The Spark engine: AGG_SQL, transpiled to Spark SQL, gives every aggregate table exactly as DuckDB does.

The tests that start Spark (half a minute on two cores) run in CI (.ci/run sets TKSK_REQUIRE_SPARK=1, and there
a missing engine fails, so a green CI run means Spark really ran) and wherever TKSK_SPARK=1 is set; elsewhere they
are skipped with that reason, which keeps the everyday `make test` fast. The transpilation itself is always tested.
"""

import os
import sys
import types

import pandas as pd
import pyarrow.parquet as pq
import pytest
import sqlglot
from sqlglot import exp

from etl import aggregate
from etl import spark as engine
from tksk.store import Store

# One Spark session for the whole run: with several test workers, all of Spark's tests go to one of them.
pytestmark = pytest.mark.xdist_group("spark")

REQUIRED = bool(os.environ.get("CI")) or os.environ.get("TKSK_REQUIRE_SPARK") == "1"
WANTED = REQUIRED or os.environ.get("TKSK_SPARK") == "1"

# The columns that identify a row of each table.
KEYS = {"agg_kec_bulan": ["kode_kec", "bulan"],
        "agg_kegiatan": ["kode_kec", "bulan", "fungsi", "jenis_kegiatan", "program", "kategori_ppks"],
        "agg_desa_bulan": ["kode_kec", "kode_desa", "bulan", "fungsi"],
        "laporan": ["kode_kec", "id_pos", "bulan_laporan"],
        "rujukan": ["kode_kec", "bulan", "bulan_diketahui"],
        "kelengkapan_log": ["kode_kec", "bulan"],
        "pencilan": ["id_log", "kolom"]}
MONTHS = ("bulan", "bulan_laporan")


def test_spark_sql_is_produced_for_every_table():
    sql = engine.spark_sql()
    assert set(sql) == set(aggregate.AGG_SQL) == set(KEYS)
    for name, text in aggregate.AGG_SQL.items():
        # A function sqlglot does not know would reach Spark untranslated.
        unknown = sqlglot.parse_one(text.format(src=engine.LOG_VIEW), read="duckdb").find_all(exp.Anonymous)
        assert not [f.sql() for f in unknown], name
    for name, text in sql.items():
        tree = sqlglot.parse_one(text, read="spark")
        ctes = {c.alias for c in tree.find_all(exp.CTE)}
        assert {t.name for t in tree.find_all(exp.Table)} - ctes == {engine.LOG_VIEW}, name
        # A zone-aware TIMESTAMP would move month starts with the session time zone.
        casts = {c.to.this for c in tree.find_all(exp.Cast) if c.to.is_type(*exp.DataType.TEMPORAL_TYPES)}
        assert casts <= {exp.DataType.Type.TIMESTAMPNTZ, exp.DataType.Type.DATE}, (name, casts)


def test_the_log_is_written_with_microsecond_timestamps(tmp_path):
    log = pd.DataFrame({c: pd.Series([None], dtype=object) for c in aggregate.LOG_COLUMNS})
    log = log.assign(kode_kec="16.10.04", tanggal=pd.Series(["2024-03-05"], dtype="datetime64[ns]"),
                     tanggal_hasil=pd.Series(["2024-04-01"], dtype="datetime64[ns]"))
    aggregate.write_partitioned(log, tmp_path)
    [f] = tmp_path.rglob("*.parquet")
    types = pq.read_schema(f)
    assert types.field("tanggal").type.unit == types.field("tanggal_hasil").type.unit == "us"


def test_a_spark_failure_is_told_by_its_innermost_error():
    text = ("An error occurred while calling o54.parquet.\n: org.apache.spark.SparkException: "
            "[STAGE_MATERIALIZATION_MULTIPLE_FAILURES] Multiple failures (2) in stage materialization:\n"
            "Caused by: org.apache.spark.SparkException: [FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH] "
            "Encountered error while reading file file:///logs/kode_kab=16.10/tahun=2024/a.parquet.\n\tat org...")
    said = engine.failure(text)
    assert said.startswith("[FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH] Encountered error while reading file")
    assert "nanosecond" in said and "nanodetik" in said


@pytest.fixture(scope="session")
def spark():
    if not WANTED:
        pytest.skip("Spark runs in CI or with TKSK_SPARK=1")
    reason = engine.missing()
    if reason:
        (pytest.fail if REQUIRED else pytest.skip)(f"Spark engine unavailable: {reason}")
    # Tiny data: two shuffle partitions, and the JIT's quick tier only (the jobs end before C2 would pay off).
    session = engine.session("local[2]", {"spark.sql.shuffle.partitions": "2",
                                          "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1"})
    yield session
    session.stop()


@pytest.fixture(scope="module", params=["demo", "two_regencies"])
def both_engines(request, spark, tmp_path_factory):
    """The aggregates of one store's log written by DuckDB (aggregate_to) and by Spark."""
    root = (request.getfixturevalue("demo_store_root") if request.param == "demo"
            else request.getfixturevalue("two_regency_store")[0])
    logs = Store(root).logs_path()
    out = tmp_path_factory.mktemp(f"engines_{request.param}")
    duck = aggregate.aggregate_to(logs, out / "duckdb")
    sparked = engine.aggregate_to(spark, str(logs), str(out / "spark"))
    return out, duck, sparked


def _sorted(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return df.sort_values(keys).reset_index(drop=True)


@pytest.mark.parametrize("table", list(KEYS))
def test_spark_table_equals_duckdb(both_engines, table):
    out, duck_rows, spark_rows = both_engines
    duck = _sorted(pd.read_parquet(out / "duckdb" / f"{table}.parquet"), KEYS[table])
    sparked = _sorted(pd.read_parquet(out / "spark" / f"{table}.parquet"), KEYS[table])
    assert spark_rows[table] == duck_rows[table] == len(duck)
    assert len(duck) > 0 or table == "pencilan"
    for c in MONTHS:
        if c in sparked:
            months = sparked[c]
            assert months.dt.tz is None and (months == months.dt.to_period("M").dt.to_timestamp()).all(), c
    floats = [c for c in duck.columns if duck[c].dtype.kind == "f"]
    # Codes as text, months, dates and counts exactly; sums and deviations to rounding.
    pd.testing.assert_frame_equal(sparked.drop(columns=floats), duck.drop(columns=floats), obj=table)
    pd.testing.assert_frame_equal(sparked[floats], duck[floats], rtol=1e-9, obj=table)


def test_read_region_reads_the_spark_tables(both_engines):
    out, _, _ = both_engines
    for prefix in (None, "16.10", "99.02"):
        a = aggregate.read_region(out / "spark" / "agg_kec_bulan.parquet", prefix)
        b = aggregate.read_region(out / "duckdb" / "agg_kec_bulan.parquet", prefix)
        pd.testing.assert_frame_equal(_sorted(a, KEYS["agg_kec_bulan"]), _sorted(b, KEYS["agg_kec_bulan"]),
                                      check_categorical=False, rtol=1e-9)


@pytest.mark.parametrize("lacking, says", [("pyspark", "pip install -r requirements-spark.txt"),
                                           ("java", "apt-get install default-jre-headless")])
def test_the_command_says_what_to_install(demo_store, tmp_path, monkeypatch, capsys, lacking, says):
    from etl.__main__ import main

    if lacking == "pyspark":
        monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now fails as if it were not installed
    else:
        monkeypatch.setitem(sys.modules, "pyspark", types.ModuleType("pyspark"))
        monkeypatch.setattr(engine, "java_binary", lambda: None)
    argv = ["aggregate", "--engine", "spark", "--logs", str(demo_store.logs_path()), "--out", str(tmp_path)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_the_command_aggregates_with_duckdb_by_default(demo_store, tmp_path, capsys):
    from etl.__main__ import main

    assert main(["aggregate", "--logs", str(demo_store.logs_path()), "--out", str(tmp_path)]) == 0
    assert "agg_kec_bulan" in capsys.readouterr().out
    for table in KEYS:
        assert len(pd.read_parquet(tmp_path / f"{table}.parquet")) == len(demo_store.read(table)), table
