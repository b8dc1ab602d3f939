"""One rule set for both paths; validate and import agree; the lock, recovery, audit trail and rollback (in
process; the kill -9, concurrency and disk tests are in test_faults.py)."""

import errno
import os
import tomllib

import pandas as pd
import pytest
from filelock import FileLock

from etl.assemble import import_names
from etl.build import build
from etl.importer import import_files, rollback, validate_files
from helpers import ROOT, TODAY, imported_log, rows, write_csv
from tksk import audit
from tksk.logs import RULES, Rule, limits, validate
from tksk.store import Store, read_manifest


def _consistent(root):
    s = Store(root)
    assert sorted(s.manifest["imports"]) == import_names(root)
    log = imported_log(root)
    assert log["id_log"].is_unique
    assert s.manifest["log_rows"] == len(log) == s.read("agg_kegiatan")["kegiatan"].sum()
    return s


# ---------------------------------------------------------------------------------------- one rule set
@pytest.fixture
def dummy_rule(monkeypatch):
    """A rule added once: facilitation may not take exactly 2.5 hours."""
    rule = Rule("bad_format", "jam", ("fungsi", "jam"), lambda df, ref, today: (df["fungsi"] == "fasilitasi") & (df["jam"] == 2.5))
    monkeypatch.setitem(RULES, "log", RULES["log"] + [rule])
    calls = []
    full = validate._full
    monkeypatch.setattr(validate, "_full", lambda *a, **k: calls.append(1) or full(*a, **k))
    return calls


@pytest.mark.parametrize("fast", [True, False])
def test_a_rule_added_once_applies_to_both_paths(demo_store_root, tmp_path, monkeypatch, dummy_rule, fast):
    from etl.importer import check_files, reference_for

    monkeypatch.setattr(validate, "FAST_CHECKS", fast)
    ref = reference_for(demo_store_root)
    breaking = write_csv(tmp_path / "a.csv", rows(3, jam="1"))  # rows 2 and 4 keep 2.5 hours
    [o] = check_files([breaking], ref, today=TODAY)
    assert [(p.code, p.row, p.column) for p in o.result.errors] == [("bad_format", 2, "jam"), ("bad_format", 4, "jam")]
    assert dummy_rule == [1], "the full path words the problems"
    dummy_rule.clear()
    [o] = check_files([write_csv(tmp_path / "b.csv", [dict(r, jam="1") for r in rows(3)])], ref, today=TODAY)
    assert o.accepted
    assert dummy_rule == ([] if fast else [1]), "a file that breaks no rule is answered by the fast path"


def test_validate_and_import_run_the_same_checks(empty_store, tmp_path):
    import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    changed = write_csv(tmp_path / "b.csv", rows(3, jumlah_orang="9"))
    [v] = validate_files([changed], empty_store, today=TODAY)
    [i] = import_files([changed], empty_store, quiet=True, today=TODAY)
    assert [p.as_dict() for p in v.result.problems] == [p.as_dict() for p in i.result.problems]
    assert [p.code for p in v.result.errors] == ["duplicate_in_store"]


def test_upload_limit_matches_the_importer():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == limits.MAX_BYTES // 2**20


# ---------------------------------------------------------------------------------------- environment
def test_a_busy_store_is_named_not_raised(empty_store, tmp_path):
    other = FileLock(str(empty_store / ".lock"))
    with other.acquire():
        [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY,
                           lock_timeout=0.2)
    assert not o.accepted
    assert [p.code for p in o.result.errors] == ["store_busy"]
    assert "try again later" in str(o.result.errors[0])


@pytest.mark.parametrize("code, expected, advice", [(errno.ENOSPC, "disk_full", "free some disk space"),
                                                     (errno.EROFS, "no_permission", "check the store folder's permissions")])
def test_a_failing_disk_is_named_and_changes_nothing(empty_store, tmp_path, monkeypatch, code, expected, advice):
    """Simulated: every Parquet write fails as the disk would (the real full and read-only disks are in
    test_faults.py, where the machine allows mounting them)."""
    from pandas import DataFrame

    before = Store(empty_store).version

    def fail(*a, **k):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(DataFrame, "to_parquet", fail)
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    monkeypatch.undo()
    assert [p.code for p in o.result.errors] == [expected] and advice in str(o.result.errors[0])
    assert Store(empty_store).version == before
    assert not (empty_store / ".staging").exists() and not list((empty_store / "builds").glob(".tmp-*"))
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 3


# ---------------------------------------------------------------------------------------- recovery
def test_leftovers_are_ignored_then_cleaned(empty_store, tmp_path):
    part = empty_store / "imports" / "logs" / "kode_kab=16.10" / "tahun=2024"
    part.mkdir(parents=True)
    (part / ".tmp-abc.parquet").write_bytes(b"half a file")
    (empty_store / "imports" / "roster").mkdir(parents=True)
    (empty_store / "imports" / "roster" / ".tmp-x.parquet").write_bytes(b"junk")
    (empty_store / "builds" / ".tmp-dead").mkdir()
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 3
    assert not list(empty_store.rglob(".tmp-*"))
    _consistent(empty_store)


def test_rows_in_imports_that_the_build_lacks_are_aggregated(empty_store, tmp_path):
    import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    stray = imported_log(empty_store).assign(id_log=lambda d: "S" + d["id_log"])
    from etl import aggregate
    aggregate.write_partitioned(stray, empty_store / "imports" / "logs", name="stray")  # as if killed before the swap
    [o] = import_files([write_csv(tmp_path / "b.csv", [dict(r, id_log="B" + r["id_log"]) for r in rows(2)])],
                       empty_store, quiet=True, today=TODAY)
    assert o.accepted and "recovered" in {p.code for p in o.result.problems}
    assert _consistent(empty_store).manifest["log_rows"] == 8


def test_stray_files_that_fail_their_checks_are_set_aside(empty_store, tmp_path):
    import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    poisoned = imported_log(empty_store).assign(id_log=lambda d: "P" + d["id_log"], fungsi=None)
    from etl import aggregate
    aggregate.write_partitioned(poisoned, empty_store / "imports" / "logs", name="poison")
    [o] = import_files([write_csv(tmp_path / "b.csv", [dict(r, id_log="B" + r["id_log"]) for r in rows(2)])],
                       empty_store, quiet=True, today=TODAY)
    assert o.accepted, [str(p) for p in o.result.problems]
    assert "set_aside" in {p.code for p in o.result.problems}
    assert list((empty_store / "imports" / "stray").rglob("poison*.parquet"))
    assert _consistent(empty_store).manifest["log_rows"] == 5


# ---------------------------------------------------------------------------------------- audit, rollback
def test_every_write_is_in_the_audit_trail(empty_store, tmp_path, source_dir):
    a = write_csv(tmp_path / "a.csv", rows(3))
    import_files([a, write_csv(tmp_path / "bad.csv", rows(3, jam="30"))], empty_store, quiet=True, today=TODAY,
                 user="operator.siti")
    build(source_dir, empty_store, quiet=True, user="admin")
    rollback(empty_store, user="admin", quiet=True)
    records = audit.read(empty_store)
    assert [(r["action"], r["user"], r["result"]) for r in records[:3]] == [
        ("rollback", "admin", "ok"), ("build", "admin", "ok"), ("import", "operator.siti", "partial")]
    files = records[2]["files"]
    assert [(f["name"], f["accepted"], f["new_rows"]) for f in files] == [("a.csv", True, 3), ("bad.csv", False, 0)]
    import hashlib
    assert files[0]["sha256"] == hashlib.sha256(a.read_bytes()).hexdigest()
    assert records[2]["rows_added"] == 3 and records[2]["at"]
    assert audit.read(empty_store, limit=1) == records[:1]


def test_rollback_undoes_an_import_for_good(empty_store, tmp_path, source_dir):
    import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    first = Store(empty_store).version
    b = write_csv(tmp_path / "b.csv", [dict(r, id_log="B" + r["id_log"]) for r in rows(2)])
    import_files([b], empty_store, quiet=True, today=TODAY)
    assert Store(empty_store).manifest["log_rows"] == 5
    notes = rollback(empty_store, quiet=True)
    assert [p.code for p in notes] == ["rolled_back"]
    assert Store(empty_store).version == first
    assert f"build {first} dipakai lagi; berkas impor ke imports/undone/" in notes[0].reason_id
    assert list((empty_store / "imports" / "undone").rglob("*.parquet"))
    assert _consistent(empty_store).manifest["log_rows"] == 3
    build(source_dir, empty_store, quiet=True)  # a later build does not bring the undone rows back
    assert _consistent(empty_store).manifest["log_rows"] == 3
    [o] = import_files([b], empty_store, quiet=True, today=TODAY)  # the undone file can be sent again
    assert o.new_rows == 2 and _consistent(empty_store).manifest["log_rows"] == 5


def test_rollback_with_nothing_before(tmp_path, empty_store):
    while read_manifest(Store(empty_store).build).get("previous"):
        rollback(empty_store, quiet=True)
    [p] = rollback(empty_store, quiet=True)
    assert p.code == "nothing_to_undo" and p.is_error


def test_prune_keeps_the_current_and_previous_builds(empty_store, tmp_path, monkeypatch):
    import tksk.store
    monkeypatch.setattr(tksk.store.prune, "__defaults__", (2,))
    for i in range(3):
        import_files([write_csv(tmp_path / f"{i}.csv", [dict(r, id_log=f"{i}-{r['id_log']}") for r in rows(1)])],
                     empty_store, quiet=True, today=TODAY)
    s = Store(empty_store)
    kept = sorted(p.name for p in (empty_store / "builds").iterdir())
    assert s.version in kept and s.manifest["previous"] in kept and len(kept) == 2
    assert [p.code for p in rollback(empty_store, quiet=True)] == ["rolled_back"]
    assert _consistent(empty_store).manifest["log_rows"] == 2


def test_the_demo_store_keeps_imports_aside(store_copy, tmp_path):
    pd.DataFrame(rows(2)).to_csv(tmp_path / "a.csv", index=False)
    [o] = import_files([tmp_path / "a.csv"], store_copy, quiet=True, today=TODAY)
    assert o.accepted and Store(store_copy).manifest["log_mode"] == "real"
    assert [p.code for p in rollback(store_copy, quiet=True)] == ["rolled_back"]
    assert Store(store_copy).is_demo and imported_log(store_copy).empty


def test_a_new_build_that_fails_its_checks_moves_nothing(empty_store, tmp_path, monkeypatch):
    """The poisoned-store bug: rows were moved into imports/ before the new build's checks failed."""
    import etl.assemble
    from tksk.problems import InputRejected, problem

    def refuse(tables, names=None, trusted=()):
        raise InputRejected([problem("agg_kegiatan.parquet", "source_invalid", detail="fungsi: not_nullable")])

    monkeypatch.setattr(etl.assemble, "validate_tables", refuse)
    before = Store(empty_store).version
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert not o.accepted and "source_invalid" in {p.code for p in o.result.errors}
    assert Store(empty_store).version == before and imported_log(empty_store).empty
    monkeypatch.undo()
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 3


def test_an_audit_record_lost_to_a_full_disk_does_not_undo_the_import(empty_store, tmp_path, monkeypatch, caplog):
    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    written = audit.append
    monkeypatch.setattr(audit, "append", full)
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 3 and _consistent(empty_store).manifest["log_rows"] == 3
    assert "audit record not written" in caplog.text
    # The record is not lost for good: the import's journal stays, and the next writer, with room on the disk
    # again, writes it (it was gone for good, review of 2026-12-04).
    assert list((empty_store / ".journal").glob("*.json"))
    monkeypatch.setattr(audit, "append", written)
    [o] = import_files([write_csv(tmp_path / "b.csv", [dict(r, id_log="B" + r["id_log"]) for r in rows(2)])],
                       empty_store, quiet=True, today=TODAY)
    assert o.accepted and any(p.code == "recovered" for p in o.result.problems)
    added = sorted((r["rows_added"], bool(r.get("completed_by_recovery"))) for r in audit.read(empty_store)
                   if r["action"] == "import")
    assert added == [(2, False), (3, True)]
    assert not list((empty_store / ".journal").glob("*.json"))


def test_the_tables_our_sql_writes_satisfy_their_schemas(demo_store_root, two_regency_store, empty_store, tmp_path):
    # Builds and imports do not check them again (etl.assemble.OWN_SQL); this test does, on a full build of
    # each reference folder and on an import's partial refresh.
    from etl.assemble import OWN_SQL, validate_tables

    import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert OWN_SQL == {"agg_kec_bulan", "agg_kegiatan", "agg_desa_bulan", "laporan", "rujukan", "kelengkapan_log",
                       "pencilan"}
    for root in (demo_store_root, two_regency_store[0], empty_store):
        store = Store(root)
        tables = {name: store.read(name) for name in OWN_SQL}
        assert sum(len(t) for t in tables.values()) > 0, root
        validate_tables(tables, OWN_SQL)  # raises InputRejected naming the table and check


def test_the_tables_an_import_makes_without_checking_satisfy_their_schemas(empty_store, tmp_path):
    # A log import checks none of its tables with pandera (etl.assemble.OWN_CODE, and the roster and needs tables
    # it took unchanged from the previous build); after imports of a roster, needs counts and a log, they pass.
    from etl.assemble import OWN_CODE, validate_tables

    roster = tmp_path / "roster.csv"
    pd.DataFrame([{"id_pos": "P-A", "kode_kec": "16.10.04", "status": "aktif", "tanggal_mulai": "2024-01-01",
                   "tanggal_selesai": ""}]).to_csv(roster, index=False)
    counts = tmp_path / "kebutuhan.csv"
    pd.DataFrame([{"kode_kec": "16.10.04", "tahun": 2024, "rumah_tangga_dtsen": 1500, "kpm_pkh": 900,
                   "kpm_sembako": 1200, "kasus_ppks_baru": 40, "keterangan": ""}]).to_csv(counts, index=False)
    outcomes = import_files([roster, counts], empty_store, quiet=True, today=TODAY)
    outcomes += import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert all(o.accepted for o in outcomes), [str(p) for o in outcomes for p in o.result.errors]
    store = Store(empty_store)
    names = OWN_CODE | {"roster", "kebutuhan"}
    tables = {name: store.read(name) for name in names}
    assert len(tables["roster"]) == 1 and len(tables["kebutuhan"]) == 1 and len(tables["agg_kec_bulan"]) > 0
    assert {"log_impor", "kebutuhan_dinas"} <= set(tables["sumber"]["id_sumber"])
    validate_tables(tables, names)


def test_a_roster_file_nobody_checked_is_checked_when_a_log_import_rebuilds_a_demo_store(store_copy, tmp_path):
    """A demo build lists no imports, so a roster file lying in imports/roster (left from before a `build --demo`,
    or put there by hand) was never checked by it: the log import that takes it into the store checks it."""
    folder = store_copy / "imports" / "roster"
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame([{"id_pos": "P-A", "kode_kec": "16.10.04", "status": "pensiun",
                   "tanggal_mulai": pd.Timestamp("2024-01-01"), "tanggal_selesai": pd.NaT, "keterangan": None}]
                 ).to_parquet(folder / "20240101T000000000000_tangan.parquet", index=False)
    before = Store(store_copy).version
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], store_copy, quiet=True, today=TODAY)
    assert not o.accepted
    assert any(p.code == "source_invalid" and "roster" in str(p) for p in o.result.errors), [str(p) for p in o.result.errors]
    assert Store(store_copy).version == before


def test_a_clerks_log_import_does_not_load_pandera(empty_store, tmp_path):
    """Half a second of a small import as a process was loading pandera (and through it geopandas, and PySpark
    where it is installed); a log import validates with its own rules and needs none of them."""
    import subprocess
    import sys

    csv = write_csv(tmp_path / "a.csv", rows(3))
    code = ("import sys; from etl.importer import import_files; "
            f"[o] = import_files([{str(csv)!r}], {str(empty_store)!r}, quiet=True); assert o.accepted, o.result.errors; "
            "print(sorted(m for m in ('pandera', 'geopandas', 'pyspark', 'streamlit') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_a_store_built_before_the_english_source_columns_still_takes_an_import(empty_store, tmp_path):
    """Stores built before the sources table had its English licence and changes keep working: the columns are
    optional, and the next build writes them."""
    from tksk.store import current_build

    sumber = current_build(empty_store) / "sumber.parquet"
    old = pd.read_parquet(sumber).drop(columns=["lisensi_en", "perubahan_en", "produsen_en", "tahun_en"])
    old.to_parquet(sumber, index=False)
    [o] = import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 3, [str(p) for p in o.result.problems]
    from tksk.present.common import Data
    from tksk.present import data as data_page
    cards = data_page.sources(Data(Store(empty_store)), "en")["cards"]
    assert cards and all(lines for _, lines in cards)


def test_the_store_s_own_names_are_shown_as_they_are():
    """A build made at 08:27 is named 20261204T082714087780, and its batch folder holds 16 digits: read as a phone
    number and a NIK, they were masked ("build 20261204T[telepon disamarkan]"), which told the clerk nothing."""
    from tksk.problems import problem

    p = problem("store", "rolled_back", build="20261204T082714087780",
                moved="; berkas impor ke imports/undone/20261204T0827140877801234f7a9", moved_en="")
    assert p.reason_id == ("build 20261204T082714087780 dipakai lagi; berkas impor ke "
                           "imports/undone/20261204T0827140877801234f7a9")


def test_a_file_or_user_name_that_is_not_utf8_never_jams_the_store(empty_store, tmp_path):
    """A zip made on Windows unpacks to names that are not UTF-8: written into the journal, the audit trail and
    last_import.json such a name failed after the build was swapped in, and every later import, rollback and build
    replayed the journal and failed the same way (red-team of 2026-12-05)."""
    import json

    odd = write_csv(tmp_path / os.fsdecode(b"laporan_\xff\xfe.csv"), rows(3))
    [o] = import_files([odd], empty_store, quiet=True, today=TODAY, user=os.fsdecode(b"ibu\xff"))
    assert o.accepted and o.name == "laporan_\ufffd\ufffd.csv"
    assert not [p for p in (empty_store / ".journal").glob("*")]  # nothing left to replay
    last = json.loads((empty_store / "last_import.json").read_text(encoding="utf-8"))
    assert (last["user"], last["files"][0]["name"]) == ("ibu\ufffd", "laporan_\ufffd\ufffd.csv")
    records = [json.loads(line) for line in (empty_store / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[-1]["files"][0]["name"] == "laporan_\ufffd\ufffd.csv"
    # The next writers are not blocked.
    [o] = import_files([write_csv(tmp_path / "maret.csv", rows(5)[3:])], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 2
    assert not [p for p in rollback(empty_store, quiet=True) if p.is_error]
