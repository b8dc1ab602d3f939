"""The aggregation on Apache Spark, for a log that outgrows one machine.

The SQL is ``etl.aggregate.AGG_SQL`` itself, written for DuckDB and transpiled to Spark's dialect by
sqlglot: there is no second copy of any query. Spark reads the partitioned log with the types the
DuckDB reader gives (codes as text, years as integers, dates without a time zone) and writes each
table as a folder of Parquet files sorted by kecamatan, which pandas, pyarrow and DuckDB read as one
table. PySpark and a Java runtime are optional (``requirements-spark.txt``); ``missing()`` says
which is absent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import sqlglot
from sqlglot.errors import ErrorLevel

from etl.aggregate import AGG_SQL, LOG_COLUMNS, is_correction
from tksk import schema

LOG_VIEW = "tksk_log"
MIN_JAVA = 17  # Spark 4 runs on Java 17 or newer

# Fixed, not left to the cluster's defaults: the log's dates are days on a wall calendar, with no zone.
# In any other session time zone a zone-aware timestamp would turn 1 March 00:00 into 28 February 17:00
# (Asia/Jakarta) once written back; the SQL asks for TIMESTAMP_NTZ, and UTC keeps every cast exact.
FIXED_CONF = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.timestampType": "TIMESTAMP_NTZ",
}
DEFAULT_CONF = {
    "spark.app.name": "tksk-aggregate",
    "spark.ui.enabled": "false",  # the dashboard runs offline; a cluster user turns it on with --conf
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.parquet.compression.codec": "zstd",
}


class EngineError(Exception):
    """Spark could not run the aggregation; the message says why in Indonesian and English."""


def spark_sql(view: str = LOG_VIEW) -> dict[str, str]:
    """Every table of AGG_SQL in Spark SQL, reading the log from the temporary view ``view``.

    sqlglot raises where it knows an expression has no Spark equivalent; a function it does not know
    would pass through unchanged, so tests/test_spark.py also checks that it knows every one.
    """
    return {name: sqlglot.transpile(sql.format(src=view), read="duckdb", write="spark",
                                    unsupported_level=ErrorLevel.RAISE)[0]
            for name, sql in AGG_SQL.items()}


def log_schema():
    """The log's Spark schema, from tksk.schema.LogRow, with the partition columns typed by hand:
    left to infer, Spark reads the folder name kode_kab=16.10 as the number 16.1."""
    from pyspark.sql import types as T

    kinds = {"date": T.TimestampNTZType(), "count": T.DoubleType(), "hours": T.DoubleType()}
    columns = schema.columns(schema.LogRow)
    fields = [T.StructField(c, kinds.get(columns[c].metadata.get("kind"), T.StringType())) for c in LOG_COLUMNS]
    return T.StructType(fields + [T.StructField("kode_kab", T.StringType()), T.StructField("tahun", T.IntegerType())])


def java_binary() -> str | None:
    """The java that PySpark will start: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        path = os.path.join(home, "bin", "java")
        return path if os.access(path, os.X_OK) else None
    return shutil.which("java")


def java_major(java: str) -> int | None:
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    # Java 8 and older call themselves 1.8, 1.7, ...
    return int(m.group(2)) if m.group(1) == "1" and m.group(2) else int(m.group(1))


def missing() -> str | None:
    """What the Spark engine lacks on this machine, with what to install (None when nothing is missing)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return ("PySpark belum terpasang / PySpark is not installed: "
                ".venv/bin/pip install -r requirements-spark.txt")
    java = java_binary()
    if java is None:
        return (f"Java tidak ditemukan / no Java runtime found: pasang / install Java {MIN_JAVA}+, mis. / e.g. "
                "`apt-get install default-jre-headless` (Debian/Ubuntu), atau atur / or set JAVA_HOME")
    major = java_major(java)
    if major is None or major < MIN_JAVA:
        return (f"Spark 4 perlu Java {MIN_JAVA}+ / needs Java {MIN_JAVA}+; {java} adalah / is Java {major or '?'}: "
                "pasang / install `default-jre-headless` (Debian 12+) atau atur / or set JAVA_HOME")
    return None


def parse_conf(items: list[str]) -> dict[str, str]:
    """``KEY=VALUE`` settings from the command line."""
    bad = [i for i in items if "=" not in i]
    if bad:
        raise EngineError(f"--conf perlu KEY=VALUE / --conf needs KEY=VALUE: {', '.join(bad)}")
    return dict(i.split("=", 1) for i in items)


def session(master: str | None = None, conf: dict[str, str] | None = None):
    """A SparkSession with the fixed settings above. Without ``master``, Spark's own defaults decide
    (spark-defaults.conf, spark-submit's --master, else local[*])."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    if master:
        builder = builder.master(master)
    for key, value in {**DEFAULT_CONF, **(conf or {}), **FIXED_CONF}.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_log(spark, logs: str):
    """The hive-partitioned log folder (``kode_kab=…/tahun=…/*.parquet``) with the explicit schema."""
    return spark.read.schema(log_schema()).option("basePath", logs).parquet(logs)


def aggregate_to(spark, logs: str, out: str) -> dict[str, int]:
    """Every aggregate table written to ``out/<table>.parquet/`` (Parquet files sorted by kecamatan, as
    etl.aggregate.aggregate_to sorts them); returns the row count of each table."""
    read_log(spark, logs).createOrReplaceTempView(LOG_VIEW)
    counts = {}
    for name, sql in spark_sql(LOG_VIEW).items():
        target = f"{out.rstrip('/')}/{name}.parquet"
        spark.sql(sql).orderBy("kode_kec").write.mode("overwrite").parquet(target)
        counts[name] = spark.read.parquet(target).count()
    return counts


def run(logs: str, out: str, master: str | None = None, conf: dict[str, str] | None = None) -> dict[str, int]:
    """``aggregate_to`` in a session of its own, stopped afterwards; Spark's failures as EngineError."""
    reason = missing()
    if reason:
        raise EngineError(reason)
    from tksk.store import visible_files

    # Spark reads every file of the folder as rows of their own: a correction would be counted beside the row it
    # replaces. A store's log with corrections is DuckDB's to aggregate (etl.aggregate.log_source).
    if "://" not in logs and any(is_correction(f) for f in visible_files(Path(logs))):
        raise EngineError("folder log berisi koreksi (berkas *-koreksi_*.parquet); agregasikan dengan --engine duckdb / "
                          "the log folder holds corrections (*-koreksi_*.parquet files); aggregate it with --engine duckdb")
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import PySparkException

    spark = session(master, conf)
    # Spark's own log would repeat a failure as Java stack traces; the failure is reported once, below.
    spark.sparkContext.setLogLevel("FATAL")
    try:
        return aggregate_to(spark, logs, out)
    except (PySparkException, Py4JJavaError) as exc:
        raise EngineError(f"Spark gagal / Spark failed: {failure(str(exc))}") from exc
    finally:
        spark.stop()


def failure(text: str) -> str:
    """The innermost error Spark names (``[ERROR_CLASS] message``) in the text of one of its exceptions,
    with what to do when it is a log written with nanosecond timestamps."""
    named = re.findall(r"\[([A-Z][A-Z_.]+)\] ([^\n]+)", text)
    if not named:
        return text.strip().splitlines()[0]
    cls, message = named[-1]
    if "PARQUET_COLUMN_DATA_TYPE_MISMATCH" in cls or "PARQUET_TYPE_ILLEGAL" in cls:
        message += (" — berkas log bertimestamp nanodetik (ditulis sebelum dukungan Spark) tidak bisa dibaca Spark; "
                    "tulis ulang dengan mikrodetik / log files with nanosecond timestamps (written before Spark "
                    "support) cannot be read by Spark; rewrite them with microseconds")
    return f"[{cls}] {message}"
