"""Reference sources: one module per source file, each with ``ORIGIN`` (a ``tksk.provenance.Source``) and ``load``.

The files themselves are never copied into the repository: the ETL reads them from the folder the
user names (default ``../shared/data``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from tksk.problems import InputRejected, problem
from tksk.provenance import Source

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = REPO.parent / "shared" / "data"
REFERENCE_DIR = REPO / "data" / "reference"


def read_csv_text_codes(path: Path) -> pd.DataFrame:
    """A CSV whose code columns stay text ("16.10" must not become 16.1)."""
    head = pd.read_csv(path, nrows=0).columns
    dtypes = {c: str for c in head if c.startswith("kode")}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def all_origins() -> list[Source]:
    from etl.sources import batas, kemiskinan, penduduk, podes, referensi_kabupaten, waruwu, wilayah

    return [m.ORIGIN for m in (wilayah, batas, penduduk, podes, kemiskinan, referensi_kabupaten, waruwu)] + [
        o for m in (penduduk, batas) for o in getattr(m, "EXTRA_ORIGINS", [])
    ]


def required_files() -> dict[str, Source]:
    """File name -> the source it comes from."""
    out = {}
    for origin in all_origins():
        for f in origin.files:
            out[f] = origin
    return out


def check_source_dir(source: Path) -> None:
    """Stop with one problem per missing file, naming where each comes from."""
    needed = required_files()
    missing = [f for f in needed if not (source / f).is_file()]
    if not missing:
        return
    problems = []
    for f in missing:
        o = needed[f]
        problems.append(problem(str(source / f), "missing_source", title=o.title, url=o.address, own_file=True))
    raise InputRejected(problems)
