"""The store's audit trail: every build, import and rollback, who did it, when, with which files and result.

``audit.jsonl`` in the store is append-only, one JSON record a line. A record is written with a single append
and flushed to disk before the command reports success; a line cut short by a crash or a full disk is skipped
when read and never glued to the next record. Everything in it passes through the personal-data mask
(``pii.mask_any``) when written and again when read, so that a record written before a pattern was added (a file
named "laporan Mang Udin.csv") is not shown as it was kept: file names (``files[].name``, ``source_dir``) are
masked as file names (words joined by underscores read as words, the extension kept), every other text as free
text, and our own batch and build names are kept as they are (their digits can read as a spaced NIK).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import uuid
from pathlib import Path

from tksk import pii
from tksk.store import readable

FILE = "audit.jsonl"


def os_user() -> str:
    try:
        return readable(getpass.getuser())
    except (KeyError, OSError):
        return "?"


def append(root: Path, record: dict) -> dict:
    """Add ``record`` (masked, stamped with an id and the time) to the store's audit trail; returns it."""
    record = pii.mask_any({"id": uuid.uuid4().hex[:12], "at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                           **record})
    line = (json.dumps(record, ensure_ascii=False, default=str) + "\n").encode("utf-8", "replace")
    path = Path(root) / FILE
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if os.fstat(fd).st_size:
            with open(path, "rb") as fh:
                fh.seek(-1, os.SEEK_END)
                if fh.read(1) != b"\n":
                    line = b"\n" + line  # the last record was cut short: start on a line of our own
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    return record


def read(root: str | os.PathLike, limit: int | None = None) -> list[dict]:
    """The audit trail of the store at ``root``, newest first (at most ``limit`` records)."""
    path = Path(root) / FILE
    if not path.is_file():
        return []
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict):
                out.append(rec)
    out.reverse()
    return [pii.mask_any(r) for r in (out[:limit] if limit else out)]
