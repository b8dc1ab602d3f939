"""Validate log and roster files, then add the clean ones to the store.

A file with any error is rejected whole and changes nothing. Accepted rows are cleaned of
personal data (unknown columns dropped, NIK/phone-like numbers in free text masked), kept under
``imports/`` so that a rebuild never loses them, and the log tables are rebuilt and swapped in.
Importing the same file twice adds nothing: rows are keyed on the log id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from etl import aggregate
from etl.build import load_imports, rebuild_logs, say
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


def check_files(paths: list[Path], ref: Reference, existing: pd.DataFrame | None = None,
                today: dt.date | None = None, names: list[str] | None = None) -> list[FileOutcome]:
    """Validate every file (nothing is written); ``existing`` is the imported log to check ids against."""
    outcomes = []
    for i, path in enumerate(paths):
        name = names[i] if names else Path(path).name
        res = read_file(path, ref, today=today, display_name=name)
        if res.kind == "log" and existing is not None and not existing.empty and not res.frame.empty:
            cols = aggregate.LOG_COLUMNS
            mine = res.frame.set_index("id_log", drop=False)
            theirs = existing.set_index("id_log", drop=False)
            common = mine.index.intersection(theirs.index)
            if len(common):
                a = row_hash(_comparable(mine.loc[common, cols]))
                b = row_hash(_comparable(theirs.loc[common, cols]))
                differ = a[a != b].index
                for id_ in differ:
                    res.problems.append(problem(name, "duplicate_in_store", column="id_log", value=id_))
        outcomes.append(FileOutcome(name, res, accepted=not res.errors))
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
    ref = reference_for(root)
    existing_log, existing_roster = load_imports(root)
    outcomes = check_files([Path(p) for p in paths], ref, existing_log, today, names)
    accepted = [o for o in outcomes if o.accepted]
    for o in accepted:
        frame = o.result.frame
        if o.result.kind == "log":
            if not existing_log.empty:
                frame = frame.loc[~frame["id_log"].isin(existing_log["id_log"])]
            frame = frame[aggregate.LOG_COLUMNS]
            folder = root / "imports" / "logs"
        else:
            frame = frame[list(schema.columns(schema.RosterRow))]
            folder = root / "imports" / "roster"
        o.new_rows = int(len(frame))
        if o.new_rows:
            digest = hashlib.sha256(pd.util.hash_pandas_object(frame, index=False).values.tobytes()).hexdigest()[:20]
            _write_import(folder, frame, digest)
    _record(root, outcomes)
    if any(o.new_rows for o in accepted):
        if current.is_demo:
            say("Store berisi log contoh (demo): log contoh diganti log asli yang diimpor. / "
                "The store held demo logs: they are replaced by the imported real logs.", quiet)
        log, roster = load_imports(root)
        rebuild_logs(root, log, roster, "real" if not log.empty else "none", quiet)
    return outcomes
