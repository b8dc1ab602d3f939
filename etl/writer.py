"""One writer at a time, and a store that is always whole.

* ``writing(root)``: the store's lock (``filelock`` on ``.lock``; held by build, import, rollback and the
  browser upload). A second writer says it waits, then gives up after ``TKSK_LOCK_TIMEOUT`` seconds (120 by
  default) with ``StoreBusy``. Whoever takes the lock first cleans up after an earlier writer that died.
* ``commit``: an import's new files move from ``.staging/`` into ``imports/`` and its new build (already written
  and checked) becomes current. A journal written first lists the moves, so a writer killed half-way is finished
  by the next one (rolled forward), never left half-done.
* ``reconcile``: the import files and the live build must agree (the manifest lists the files a build holds);
  when they do not (a kill between moving files and switching builds, a rollback cut short, files added by
  hand), the regencies concerned are aggregated again, or files that cannot be are set aside with a message.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from etl import assemble, faults
from tksk import audit, pii
from tksk.problems import InputRejected, Problem, problem
from tksk.store import StoreMissing, atomic_write_text, batch_time, current_build, read_manifest, swap_in

log = logging.getLogger("tksk.store")
STAGING = ".staging"
JOURNAL = ".journal"


class StoreBusy(Exception):
    def __init__(self, seconds: float):
        super().__init__(f"store busy after {seconds:.0f} s")
        self.seconds = seconds


def lock_timeout() -> float:
    return float(os.environ.get("TKSK_LOCK_TIMEOUT", "120"))


@contextmanager
def writing(root: Path, quiet: bool = True, timeout: float | None = None):
    """Hold the store's lock (waiting for another writer, within ``timeout`` seconds, and saying so even when
    ``quiet``) and recover whatever an earlier writer left; yields the notices of that recovery."""
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(root / ".lock"), is_singleton=True)
    outer = not lock.is_locked
    try:
        lock.acquire(timeout=0.5)
    except Timeout:
        seconds = lock_timeout() if timeout is None else timeout
        assemble.say(f"Store sedang diubah proses lain; menunggu paling lama {seconds:.0f} detik. / The store is being "
                     f"changed by another process; waiting up to {seconds:.0f} s.")
        log.info("store %s busy, waiting up to %.0f s", root, seconds)
        try:
            lock.acquire(timeout=seconds)
        except Timeout:
            raise StoreBusy(seconds) from None
    try:
        yield recover(root, quiet) if outer else []
    finally:
        lock.release()


def staging_dir(root: Path, batch: str) -> Path:
    return root / STAGING / batch


def recover(root: Path, quiet: bool = True) -> list[Problem]:
    """Finish or clear what an earlier writer left, then reconcile imports and the live build."""
    notes = []
    for journal in sorted((root / JOURNAL).glob("*.json")) if (root / JOURNAL).is_dir() else []:
        notes += _roll_forward(root, journal)
    for tmp in (root / "builds").glob(".tmp-*") if (root / "builds").is_dir() else []:
        shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(root / STAGING, ignore_errors=True)
    for tmp in (root / "imports").rglob(".tmp-*") if (root / "imports").is_dir() else []:
        if tmp.is_file():
            tmp.unlink()
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    assemble.migrate_flat_imports(root)
    return notes + reconcile(root, quiet)


def _roll_forward(root: Path, journal: Path) -> list[Problem]:
    plan = json.loads(journal.read_text(encoding="utf-8"))
    for src, dst in plan["moves"]:
        if (root / src).exists():
            (root / dst).parent.mkdir(parents=True, exist_ok=True)
            os.replace(root / src, root / dst)
    tmp = root / "builds" / plan["tmp"]
    if tmp.is_dir():
        swap_in(root, tmp, plan["build"])
    # Named by when it started: a batch name's digits can read as a NIK in a message, which is masked.
    started = batch_time(plan["batch"])
    when = started.strftime("%Y-%m-%d %H:%M:%S") if started else "?"
    notes = [problem("store", "recovered", detail=f"dimulai {when}", detail_en=f"started {when}")]
    entry = plan.get("audit")
    if entry and not any(r.get("batch") == plan["batch"] and r.get("action") == entry.get("action")
                         for r in audit.read(root)):
        # The writer was stopped after its build became current and before its record (or the record could not be
        # written): the records it had prepared are written now, marked as completed by the next writer.
        if plan.get("last"):
            write_last_import(root, plan["last"])
        if not record(root, {**entry, "completed_by_recovery": True}):
            return notes  # the journal stays for the writer after
    journal.unlink()
    log.warning("store %s: interrupted import %s completed", root, plan["batch"])
    return notes


def commit(root: Path, moves: list[tuple[str, str]], tmp: Path, build_id: str, batch: str,
           entry: dict | None = None, last: dict | None = None) -> Path:
    """Move an import's files (paths relative to the store) into place and make its build current, as one step
    for any later reader: journal first, moves, then CURRENT, then the data page's record ``last`` and the audit
    record ``entry``; the journal goes last, and only once the audit record is written, so that a writer stopped at
    any point, or a disk that could not take the record, has its moves, build and records completed by the next
    writer."""
    journal = root / JOURNAL / f"{batch}.json"
    atomic_write_text(journal, json.dumps({"batch": batch, "moves": moves, "tmp": tmp.name, "build": build_id,
                                           "audit": entry, "last": last}, default=str))
    faults.point("journal")
    done = []
    try:
        for src, dst in moves:
            (root / dst).parent.mkdir(parents=True, exist_ok=True)
            os.replace(root / src, root / dst)
            done.append((src, dst))
            faults.point("moving")
        faults.point("moved")
        final = swap_in(root, tmp, build_id)
    except Exception:
        for src, dst in reversed(done):  # put back what moved: the store stays as it was
            os.replace(root / dst, root / src)
        journal.unlink(missing_ok=True)
        raise
    faults.point("swapped")
    if last:
        write_last_import(root, last)
    if entry and not record(root, entry):
        return final  # the journal stays: the next writer writes the record
    faults.point("recorded")
    journal.unlink(missing_ok=True)
    return final


def reconcile(root: Path, quiet: bool = True) -> list[Problem]:
    """Aggregate again the import files the live build lacks or still counts; set aside those that fail."""
    try:
        cur = current_build(root)
    except StoreMissing:
        return []
    manifest = read_manifest(cur)
    if manifest.get("log_mode") == "demo":
        return []  # a demo build keeps imported logs aside on purpose
    have, listed = set(assemble.import_names(root)), manifest.get("imports")
    if listed is not None and set(listed) == have:
        return []
    if listed is None and not have and not manifest.get("log_rows"):
        return []
    changed = have ^ set(listed or [])
    regencies = None if listed is None else sorted({r for r in map(assemble.regency_of, changed) if r})
    notes = [problem("store", "recovered", detail=f"{len(changed)} berkas impor diagregasi ulang / "
                                                  f"{len(changed)} import files aggregated again")]
    log.warning("store %s: imports and build %s differ in %d files; aggregating again", root, cur.name, len(changed))
    try:
        tmp, build_id = assemble.prepare_refresh(root, cur, regencies, action="reconcile", quiet=quiet)
    except InputRejected as exc:
        strays = sorted(have - set(listed or []))
        if not strays:
            raise
        log.warning("store %s: %d import files fail their checks: %s", root, len(strays), pii.mask(str(exc)))
        aside = set_aside(root, strays, "stray")
        notes = [problem("store", "set_aside", folder=aside)]
        tmp, build_id = assemble.prepare_refresh(root, cur, regencies, action="reconcile", quiet=quiet)
    swap_in(root, tmp, build_id)
    return notes


def record(root: Path, entry: dict) -> bool:
    """Add ``entry`` to the audit trail once the store has changed: a disk that fills up only now does not undo
    the change (or report it as failed); it is logged instead, and False returned."""
    try:
        audit.append(root, entry)
    except OSError as exc:
        log.warning("store %s: audit record not written (%s): %s", root, os.strerror(exc.errno or 0), pii.mask(str(entry)))
        return False
    return True


def write_last_import(root: Path, last: dict) -> None:
    """The data page's record of the last import; a failure is logged (the import itself stands)."""
    try:
        atomic_write_text(root / "last_import.json", json.dumps(last, indent=1, ensure_ascii=False))
    except OSError as exc:
        log.warning("store %s: last import record not written: %s", root, os.strerror(exc.errno or 0))


def set_aside(root: Path, names: list[str], why: str, batch: str | None = None) -> str:
    """Move import files (relative to ``imports/``) to ``imports/<why>/<batch>/``; returns that folder."""
    folder = Path("imports") / why / (batch or dt.datetime.now().strftime("%Y%m%dT%H%M%S%f"))
    for name in names:
        src, dst = root / "imports" / name, root / folder / name
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    return folder.as_posix()


def environment_problem(exc: BaseException, name: str) -> Problem:
    """What to tell the user about a failure of the machine, not of the file."""
    if isinstance(exc, StoreBusy):
        return problem(name, "store_busy", seconds=f"{exc.seconds:.0f}")
    if isinstance(exc, StoreMissing):
        return problem(name, "store_missing")
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return problem(name, "disk_full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return problem(name, "no_permission", detail=os.strerror(code))
    return problem(name, "io_error", detail=os.strerror(code) if code else type(exc).__name__)


ENVIRONMENT_ERRORS = (OSError, StoreBusy)
