"""The Parquet store: where it lives, how a build is swapped in atomically, and how it is read.

Layout (``data/store/`` by default, never committed)::

    CURRENT                      name of the build in use (replaced atomically)
    builds/<id>/manifest.json    what the build was made from: files, checksums, time, rows, demo/real
    builds/<id>/<table>.parquet  tables described in tksk.schema.STORE_TABLES
    builds/<id>/batas_*.parquet  GeoParquet boundaries (EPSG:4326)
    builds/<id>/logs/kode_kab=../tahun=../*.parquet   the cleaned activity log, partitioned
    imports/logs/kode_kab=../tahun=../*.parquet   imported logs, cleaned of personal data (kept across
                                 rebuilds; a build's logs/ hard-links these files)
    imports/roster/*.parquet     imported rosters
    imports/undone/<batch>/      the files of an import that was rolled back (read by nothing)
    last_import.json             the problems of the last import, for the data page
    audit.jsonl                  every build, import and rollback, one JSON record a line (tksk.audit)
    .lock                        held by the one process writing (etl.writer); dot files are never data

A build's manifest names the build it replaced (``previous``), the import files it includes (``imports``) and,
for an import, the files that import added (``batch``): rollback and recovery work from these.

Readers open ``CURRENT`` once and read every table from that build, so a build swapped in
while a page reads never mixes two builds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
DEFAULT_STORE = REPO / "data" / "store"
# Builds kept: the current one and the ones before it that a rollback can go back to.
KEEP_BUILDS = 4
# The rules by which a build's figures were made (aggregates, posts by month, estimates), written into every
# build's manifest. Raised whenever a change of etl makes a build of the same inputs hold other figures or other
# words about them (4: PODES's own caveats in its source record)
# (tests/test_store_format.py fails until it is, or until the change is recorded as not changing them): a store
# built by an earlier version shows figures the current code would not, and the pages say so until it is rebuilt.
# A manifest without it was made before it existed (format 0).
STORE_FORMAT = 4


class StoreMissing(FileNotFoundError):
    pass


def store_dir(path: str | os.PathLike | None = None) -> Path:
    if path is not None:
        return Path(path)
    env = os.environ.get("TKSK_STORE")
    return Path(env) if env else DEFAULT_STORE


def readable(text: str) -> str:
    """A name as the system handed it over (a file name, a user name), with bytes that are not UTF-8 replaced: a zip
    made on Windows unpacks to such names, and one written into the journal or the audit trail made every later
    import, rollback and build fail on it."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    """``text`` in ``path`` whole or not at all (a temporary file beside it, synced, then renamed over it); with
    ``mode``, the file has those permissions before any byte is written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as fh:  # never a text that cannot be written
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_build(root: Path) -> Path:
    pointer = root / "CURRENT"
    if not pointer.is_file():
        raise StoreMissing(f"Store belum dibangun di {root} / no store built at {root}: jalankan `python -m etl build --demo`")
    build = root / "builds" / pointer.read_text(encoding="utf-8").strip()
    if not (build / "manifest.json").is_file():
        raise StoreMissing(f"Build {build} tidak lengkap / incomplete build")
    return build


def new_build_dir(root: Path) -> Path:
    (root / "builds").mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=root / "builds", prefix=".tmp-"))


def visible_files(folder: Path, pattern: str = "*.parquet") -> list[Path]:
    """Data files under ``folder``: never a temporary or hidden file, nor anything in a hidden folder."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob(pattern)
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_manifest(build: Path) -> dict:
    return json.loads((build / "manifest.json").read_text(encoding="utf-8"))


def swap_in(root: Path, tmp_build: Path, build_id: str) -> Path:
    """Make a finished build current: rename it, then replace CURRENT in one atomic step."""
    final = root / "builds" / build_id
    os.replace(tmp_build, final)
    atomic_write_text(root / "CURRENT", build_id + "\n")
    return final


def chain(root: Path, limit: int) -> list[str]:
    """The current build and the builds before it (each manifest's ``previous``), newest first."""
    out: list[str] = []
    try:
        name = current_build(root).name
    except StoreMissing:
        return out
    while name and len(out) < limit and name not in out and (root / "builds" / name / "manifest.json").is_file():
        out.append(name)
        name = read_manifest(root / "builds" / name).get("previous")
    return out


def prune(root: Path, keep: int = KEEP_BUILDS) -> list[str]:
    """Delete builds outside the current chain's ``keep`` newest (never the current or the previous one); a store
    made before builds named their previous one keeps its newest builds by name. Returns what was deleted."""
    folder = root / "builds"
    builds = sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")) if folder.is_dir() else []
    kept = chain(root, max(keep, 2))
    if len(kept) < 2:
        kept += [b for b in reversed(builds) if b not in kept][:max(keep, 2) - len(kept)]
    gone = [b for b in builds if b not in kept]
    for b in gone:
        shutil.rmtree(folder / b, ignore_errors=True)
    return gone


def read_parquet(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """One Parquet file as ``pd.read_parquet`` gives it (the same frame, tested), opened as a single file: without
    pyarrow's dataset layer it takes half the time, which a small import and every first page pay (20 ms for three
    reference tables)."""
    with pq.ParquetFile(path) as f:
        return f.read(columns=columns).to_pandas()


class Store:
    """Read access to the current build of a store."""

    def __init__(self, root: str | os.PathLike | None = None):
        self.root = store_dir(root)
        self.build = current_build(self.root)
        self.manifest = read_manifest(self.build)

    @property
    def version(self) -> str:
        """Changes whenever a new build is swapped in: the key for every cache of store reads."""
        return self.build.name

    @property
    def is_demo(self) -> bool:
        return self.manifest.get("log_mode") == "demo"

    @property
    def format(self) -> int:
        # A build writes a whole number; anything else (null, text, 1.9, true, Infinity in a hand-edited manifest) is
        # read as older than any format, so the store is rebuilt rather than every page failing on it.
        value = self.manifest.get("format", 0)
        return value if type(value) is int else 0

    @property
    def is_stale(self) -> bool:
        """Built by another version of the rules than this code's (STORE_FORMAT): its figures may differ."""
        return self.format != STORE_FORMAT

    def read(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        return read_parquet(self.build / f"{table}.parquet", columns=columns)

    def geo(self, layer: str):
        import geopandas as gpd

        return gpd.read_parquet(self.build / f"batas_{layer}.parquet")

    def logs_path(self) -> Path:
        return self.build / "logs"


def read_last_import(root: str | os.PathLike | None = None) -> dict | None:
    p = store_dir(root) / "last_import.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


# An imported file's name starts with its batch: the time of the import, to the microsecond (etl.importer.batch_name).
BATCH_STAMP = re.compile(r"^(\d{8}T\d{6})(\d{6})?-")


def batch_time(file_name: str) -> dt.datetime | None:
    """When the batch of an imported file (a name, or a path whose last part is the name) was imported."""
    m = BATCH_STAMP.match(file_name.rsplit("/", 1)[-1])
    return dt.datetime.strptime(m.group(1) + (m.group(2) or "000000"), "%Y%m%dT%H%M%S%f") if m else None
