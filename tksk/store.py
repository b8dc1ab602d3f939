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
    last_import.json             the problems of the last import, for the data page

Readers open ``CURRENT`` once and read every table from that build, so a build swapped in
while a page reads never mixes two builds.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DEFAULT_STORE = REPO / "data" / "store"
KEEP_BUILDS = 2


class StoreMissing(FileNotFoundError):
    pass


def store_dir(path: str | os.PathLike | None = None) -> Path:
    if path is not None:
        return Path(path)
    env = os.environ.get("TKSK_STORE")
    return Path(env) if env else DEFAULT_STORE


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
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


def swap_in(root: Path, tmp_build: Path, build_id: str) -> Path:
    """Make a finished build current: rename it, then replace CURRENT in one atomic step."""
    final = root / "builds" / build_id
    os.replace(tmp_build, final)
    atomic_write_text(root / "CURRENT", build_id + "\n")
    _prune(root, keep=final.name)
    return final


def _prune(root: Path, keep: str) -> None:
    builds = sorted((p for p in (root / "builds").iterdir() if p.is_dir() and not p.name.startswith(".")),
                    key=lambda p: p.name)
    for old in builds[:-KEEP_BUILDS]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in (root / "builds").glob(".tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)


class Store:
    """Read access to the current build of a store."""

    def __init__(self, root: str | os.PathLike | None = None):
        self.root = store_dir(root)
        self.build = current_build(self.root)
        self.manifest = json.loads((self.build / "manifest.json").read_text(encoding="utf-8"))

    @property
    def version(self) -> str:
        """Changes whenever a new build is swapped in: the key for every cache of store reads."""
        return self.build.name

    @property
    def is_demo(self) -> bool:
        return self.manifest.get("log_mode") == "demo"

    def read(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        return pd.read_parquet(self.build / f"{table}.parquet", columns=columns)

    def geo(self, layer: str):
        import geopandas as gpd

        return gpd.read_parquet(self.build / f"batas_{layer}.parquet")

    def logs_path(self) -> Path:
        return self.build / "logs"


def read_last_import(root: str | os.PathLike | None = None) -> dict | None:
    p = store_dir(root) / "last_import.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None
