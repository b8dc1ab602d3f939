"""Validate log and roster files, then add the clean ones to the store.

A file with any error is rejected whole and changes nothing. Accepted rows are cleaned of
personal data (unknown columns dropped, NIK/phone-like numbers in free text masked) and kept under
``imports/`` so that a rebuild never loses them: logs partitioned by regency and year like the
build's own log. The new build then re-aggregates only the regencies the import touched, links
every other table and log file of the current build, and is swapped in.
Importing the same file twice adds nothing: rows are keyed on the log id (checked against the
imported rows of the same regencies).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from etl import aggregate
from etl.build import imported_logs, migrate_flat_imports, refresh_logs, say
from tksk import schema
from tksk.logs import ReadResult, Reference, read_file, row_hash
from tksk.problems import problem
from tksk.store import Store, atomic_write_text, store_dir


@dataclass
class FileOutcome:
    name: str
    result: ReadResult
    accepted: bool
    new_rows: int = 0
    fresh: pd.DataFrame = field(default_factory=pd.DataFrame)  # accepted rows not yet in the store


def reference_for(root: Path) -> Reference:
    store = Store(root)
    return Reference.from_tables(store.read("kecamatan"), store.read("desa"), store.read("roster"))


def _comparable(df: pd.DataFrame) -> pd.DataFrame:
    """Same content, same text: dates as ISO days and numbers as floats, whatever the file's types."""
    out = df.copy()
    for c in ("tanggal", "tanggal_hasil"):
        out[c] = pd.to_datetime(out[c]).dt.strftime("%Y-%m-%d")
    for c in ("jumlah_orang", "jumlah_kk", "jam"):
        out[c] = pd.to_numeric(out[c]).astype("float64")
    return out


def existing_rows(root: Path | None, frame: pd.DataFrame) -> pd.DataFrame:
    """Imported rows of the store with the ids of ``frame``, read from the partitions of its regencies only."""
    folder = imported_logs(root) if root is not None else None
    if folder is None or frame.empty or not any(folder.rglob("*.parquet")):
        return pd.DataFrame(columns=aggregate.LOG_COLUMNS)
    regencies = sorted(frame["kode_kec"].str.slice(0, 5).unique())
    con = duckdb.connect()
    con.register("ids", pd.DataFrame({"id_log": frame["id_log"].unique()}))
    found = con.sql(f"SELECT {', '.join(aggregate.LOG_COLUMNS)} FROM {aggregate.log_source(folder, regencies)} "
                    "SEMI JOIN ids USING (id_log)").to_arrow_table().to_pandas()
    con.close()
    return found


def check_files(paths: list[Path], ref: Reference, store_root: Path | None = None, today: dt.date | None = None,
                names: list[str] | None = None) -> list[FileOutcome]:
    """Validate every file (nothing is written). With ``store_root``, log ids are checked against the rows
    already imported there and against the files before them in the same batch."""
    outcomes = []
    earlier = []  # accepted log rows of this batch
    for i, path in enumerate(paths):
        name = names[i] if names else Path(path).name
        res = read_file(path, ref, today=today, display_name=name)
        fresh = res.frame
        if res.kind == "log" and not res.frame.empty:
            cols = aggregate.LOG_COLUMNS
            known = pd.concat([existing_rows(store_root, res.frame)[cols]] + [f[cols] for f in earlier],
                              ignore_index=True).drop_duplicates(subset="id_log")
            mine = res.frame.set_index("id_log", drop=False)
            theirs = known.set_index("id_log", drop=False)
            common = mine.index.intersection(theirs.index)
            if len(common):
                a = row_hash(_comparable(mine.loc[common, cols]))
                b = row_hash(_comparable(theirs.loc[common, cols]))
                for id_ in a[a != b].index:
                    res.problems.append(problem(name, "duplicate_in_store", column="id_log", value=id_))
                fresh = res.frame.loc[~res.frame["id_log"].isin(common)]
        outcome = FileOutcome(name, res, accepted=not res.errors, fresh=fresh)
        if outcome.accepted and res.kind == "log":
            earlier.append(fresh)
        outcomes.append(outcome)
    return outcomes


def _write_import(folder: Path, frame: pd.DataFrame, digest: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".parquet")
    os.close(fd)
    try:
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"{digest}.parquet")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_log_import(folder: Path, frame: pd.DataFrame, digest: str) -> list[str]:
    """The rows as new files in the regency/year partitions of ``folder``; returns the regencies written.

    Written beside the partitions first, then each file moved into place, so a failure leaves no half file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-"))
    try:
        regencies = aggregate.write_partitioned(frame, staging, name=digest)
        for f in staging.rglob("*.parquet"):
            target = folder / f.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(f, target)
        return regencies
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _record(root: Path, outcomes: list[FileOutcome]) -> None:
    record = {
        "at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "files": [{"name": o.name, "kind": o.result.kind, "accepted": o.accepted, "new_rows": o.new_rows,
                   "rows": int(len(o.result.frame)), "dropped_columns": o.result.dropped_columns} for o in outcomes],
        "problems": [p.as_dict() for o in outcomes for p in o.result.problems],
    }
    atomic_write_text(root / "last_import.json", json.dumps(record, indent=1, ensure_ascii=False))


def import_files(paths: list[Path], store: Path | None = None, *, quiet: bool = False, today: dt.date | None = None,
                 names: list[str] | None = None) -> list[FileOutcome]:
    root = store_dir(store)
    current = Store(root)
    migrate_flat_imports(root)
    outcomes = check_files([Path(p) for p in paths], reference_for(root), root, today, names)
    regencies: set[str] = set()
    for o in (o for o in outcomes if o.accepted):
        frame = o.fresh
        if o.result.kind == "log":
            frame = frame[aggregate.LOG_COLUMNS]
        else:
            frame = frame[list(schema.columns(schema.RosterRow))]
        o.new_rows = int(len(frame))
        if not o.new_rows:
            continue
        # A name of its own: repeated rows never get this far (ids), so no content hash is needed.
        digest = f"{dt.datetime.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        if o.result.kind == "log":
            regencies.update(_write_log_import(imported_logs(root), frame, digest))
        else:
            _write_import(root / "imports" / "roster", frame, digest)
    _record(root, outcomes)
    if any(o.new_rows for o in outcomes):
        if current.is_demo:
            say("Store berisi log contoh (demo): log contoh diganti log asli yang diimpor. / "
                "The store held demo logs: they are replaced by the imported real logs.", quiet)
        # After demo logs every regency is new; otherwise only those this import wrote to.
        refresh_logs(root, None if current.manifest.get("log_mode") != "real" else sorted(regencies), quiet)
    return outcomes
