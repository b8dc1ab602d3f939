"""Not timed: the aggregates equal a plain pandas computation on the demo log, and the pages work on a
store with another number of kecamatan (two synthetic regencies)."""

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from helpers import ROOT, map_areas
from etl import demo
from tksk import vocab
from tksk.store import Store


@pytest.fixture(scope="module")
def demo_log(demo_log):
    return demo_log.assign(bulan=demo_log["tanggal"].dt.to_period("M").dt.to_timestamp())


def sort(df, keys):
    return df.sort_values(keys).reset_index(drop=True)


def test_agg_kec_bulan_equals_pandas(demo_store, demo_log):
    work = demo_log[demo_log["jenis_kegiatan"] != "laporan_bulanan"]
    expected = work.groupby(["kode_kec", "bulan"]).agg(
        kegiatan=("id_log", "size"), orang=("jumlah_orang", "sum"), kk=("jumlah_kk", "sum"), jam=("jam", "sum"),
        desa_dikunjungi=("kode_desa", "nunique")).reset_index()
    expected["kasus_ppks"] = work.assign(c=(work["fungsi"] == "fasilitasi") & work["kategori_ppks"].notna()).groupby(
        ["kode_kec", "bulan"])["c"].sum().to_numpy()
    keys = [work["kode_kec"], work["bulan"]]
    f, act = work["fungsi"], work["jenis_kegiatan"]
    extra = {"koordinasi": (f == "koordinasi"), "sembako": act == "pendampingan_sembako",
             "dtks": act.isin(["verifikasi_dtks", "usulan_dtks"]),
             **{f"mitra_{kind}": (f == "koordinasi") & (act.map(vocab.PARTNER_OF) == kind) for kind in vocab.PARTNERS}}
    for name, mask in extra.items():
        expected[name] = mask.groupby(keys).sum().to_numpy()
    expected["orang_sembako"] = work["jumlah_orang"].where(act == "pendampingan_sembako").groupby(keys).sum().to_numpy()
    for fungsi in ("koordinasi", "fasilitasi"):
        expected[f"desa_{fungsi}"] = work["kode_desa"].where(f == fungsi).groupby(keys).nunique().to_numpy()
    got = demo_store.read("agg_kec_bulan")
    cols = ["kode_kec", "bulan", "kegiatan", "orang", "kk", "jam", "kasus_ppks", "desa_dikunjungi", *extra,
            "orang_sembako", "desa_koordinasi", "desa_fasilitasi"]
    assert set(cols) == set(got.columns)
    pd.testing.assert_frame_equal(sort(got[cols], ["kode_kec", "bulan"]), sort(expected[cols], ["kode_kec", "bulan"]),
                                  check_dtype=False)


def test_agg_desa_bulan_equals_pandas(demo_store, demo_log):
    d = demo_log[demo_log["kode_desa"].notna()]
    expected = d.groupby(["kode_kec", "kode_desa", "bulan", "fungsi"]).agg(
        kegiatan=("id_log", "size"), orang=("jumlah_orang", "sum")).reset_index()
    got = demo_store.read("agg_desa_bulan")
    keys = ["kode_kec", "kode_desa", "bulan", "fungsi"]
    pd.testing.assert_frame_equal(sort(got[keys + ["kegiatan", "orang"]], keys), sort(expected, keys), check_dtype=False)


def test_reports_and_referrals_equal_pandas(demo_store, demo_log):
    rep = demo_log[demo_log["jenis_kegiatan"] == "laporan_bulanan"]
    expected = rep.groupby(["kode_kec", "id_pos", "bulan_laporan"])["tanggal"].min().reset_index()
    expected["bulan_laporan"] = pd.to_datetime(expected["bulan_laporan"] + "-01")
    got = demo_store.read("laporan").rename(columns={"tanggal_kirim": "tanggal"})
    keys = ["kode_kec", "id_pos", "bulan_laporan"]
    pd.testing.assert_frame_equal(sort(got[keys + ["tanggal"]], keys), sort(expected, keys), check_dtype=False)
    ref = demo_log[demo_log["jenis_kegiatan"] == "rujukan"]
    days = (ref["tanggal_hasil"] - ref["tanggal"]).dt.days
    # The 90-day result is known on the day of the aid or rejection, or when 90 days ran out, whichever is first.
    decided = ref["tanggal_hasil"].where(ref["hasil"].isin(["bantuan_diterima", "ditolak"]))
    known = pd.concat([ref["tanggal"] + pd.Timedelta(days=90), decided], axis=1).min(axis=1)
    expected = ref.assign(bulan_diketahui=known.dt.to_period("M").dt.to_timestamp(),
                          bantuan_90=(ref["hasil"] == "bantuan_diterima") & (days <= 90)).groupby(
        ["kode_kec", "bulan", "bulan_diketahui"]).agg(rujukan=("id_log", "size"), bantuan_90=("bantuan_90", "sum")).reset_index()
    got = demo_store.read("rujukan")
    keys = ["kode_kec", "bulan", "bulan_diketahui"]
    pd.testing.assert_frame_equal(sort(got, keys), sort(expected, keys), check_dtype=False)


def test_log_completeness_equals_pandas(demo_store, demo_log):
    w = demo_log[demo_log["jenis_kegiatan"] != "laporan_bulanan"]
    ok = (w["jam"].notna() & ((w["fungsi"] != "fasilitasi") | w["jumlah_orang"].notna() | w["jumlah_kk"].notna())
          & (~w["jenis_kegiatan"].isin(["kunjungan_rumah", "rujukan"]) | w["kategori_ppks"].notna())
          & ((w["jenis_kegiatan"] != "rujukan") | w["hasil"].notna()))
    got = demo_store.read("kelengkapan_log").groupby("kode_kec")[["baris", "baris_lengkap"]].sum()
    assert got["baris"].to_dict() == w.groupby("kode_kec").size().to_dict()
    assert got["baris_lengkap"].to_dict() == ok.groupby(w["kode_kec"]).sum().to_dict()


def test_outliers_equal_pandas(demo_store, demo_log):
    w = demo_log[demo_log["jenis_kegiatan"] != "laporan_bulanan"]
    found = []
    for column in ("jam", "jumlah_orang"):
        g = w.groupby(["kode_kec", "jenis_kegiatan"])[column]
        n, mean, sd = g.transform("count"), g.transform("mean"), g.transform(lambda v: v.std(ddof=0))
        bound = mean + 3 * sd
        hit = (n >= 10) & (sd > 0) & (w[column] > bound)
        found.append(pd.DataFrame({"id_log": w.loc[hit, "id_log"], "kolom": column, "nilai": w.loc[hit, column],
                                   "batas": bound[hit]}))
    expected = pd.concat(found, ignore_index=True)
    got = demo_store.read("pencilan")
    assert len(expected) > 0
    keys = ["id_log", "kolom"]
    pd.testing.assert_frame_equal(sort(got[keys + ["nilai", "batas"]].astype({"id_log": str}), keys),
                                  sort(expected.astype({"id_log": str}), keys), check_dtype=False)


def test_two_regency_store_builds(two_regency_store):
    root, info = two_regency_store
    s = Store(root)
    k = s.read("kecamatan")
    assert len(k) == info["kecamatan"] == 5
    assert set(k["nama_kab"]) == {"Kabupaten Contoh Satu", "Kabupaten Contoh Dua"}
    assert s.manifest["region"]["kode_kab"] == ["99.01", "99.02"]
    # each regency's estimate scales to its own total
    for kab, group in k.groupby("kode_kab"):
        total = s.read("penduduk").query("tingkat == 'kabupaten' and kode_wilayah == @kab")["penduduk"].max()
        assert group["penduduk_kini"].sum() == pytest.approx(total, abs=len(group))
    assert s.read("agg_kec_bulan")["kode_kec"].nunique() == 5


@pytest.mark.parametrize("page", ["views/beranda.py", "views/peta.py", "views/beban.py", "views/kemiskinan.py",
                                  "views/kinerja.py", "views/perencanaan.py", "views/data.py"])
def test_every_page_runs_on_two_regencies(two_regency_store, monkeypatch, page):
    root, info = two_regency_store
    monkeypatch.setenv("TKSK_STORE", str(root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    if page == "views/peta.py":
        spec = json.loads([c for c in at.get("plotly_chart") if c.key == "peta_chart"][0].proto.spec)
        assert len(map_areas(spec)) == 5
    if page == "views/beranda.py":
        assert at.title[0].value == "Dashboard TKSK Kabupaten Contoh Satu, Kabupaten Contoh Dua"
        at.session_state["home_table"] = True
        at.run()
        assert len(at.dataframe[0].value) == 5


def _two_regency_log(root):
    """The demo generator's log for the two synthetic regencies, as a clerk's CSV would carry it."""
    s = Store(root)
    log = demo.make_log(s.read("kecamatan"), s.read("desa"), s.read("roster"))
    return log


def _write(log, path):
    out = log.copy()
    for c in ("tanggal", "tanggal_hasil"):
        out[c] = out[c].dt.strftime("%Y-%m-%d")
    out.to_csv(path, index=False)
    return path


@pytest.fixture
def real_two_regency_store(two_regency_store, tmp_path):
    """The two-regency reference data with real (imported) logs: regency 99.01 first, then 99.02."""
    import shutil

    from etl.importer import import_files

    src_root, _ = two_regency_store
    root = tmp_path / "store"
    shutil.copytree(src_root, root)
    log = _two_regency_log(root)
    today = log["tanggal"].max().date()
    first = log[log["kode_kec"].str.startswith("99.01")]
    [o] = import_files([_write(first, tmp_path / "satu.csv")], root, quiet=True, today=today)
    assert o.accepted, [str(p) for p in o.result.errors[:3]]
    return root, log, today


def test_an_import_aggregates_only_the_regencies_it_touches(real_two_regency_store, tmp_path, monkeypatch,
                                                           source_dir):
    from etl import aggregate
    from etl.importer import import_files

    root, log, today = real_two_regency_store
    before = Store(root).read("agg_kec_bulan")
    asked = []
    original = aggregate.aggregate
    monkeypatch.setattr(aggregate, "aggregate", lambda logs, **kw: asked.append(kw.get("regencies")) or original(logs, **kw))
    second = log[log["kode_kec"].str.startswith("99.02")]
    [o] = import_files([_write(second, tmp_path / "dua.csv")], root, quiet=True, today=today)
    assert o.accepted and o.new_rows == len(second)
    assert asked == [["99.02"]]
    after = Store(root).read("agg_kec_bulan")
    satu = lambda df: sort(df[df["kode_kec"].astype(str).str.startswith("99.01")].astype({"kode_kec": str}),  # noqa: E731
                           ["kode_kec", "bulan"])
    pd.testing.assert_frame_equal(satu(after), satu(before))
    assert set(after["kode_kec"].astype(str).str.slice(0, 5)) == {"99.01", "99.02"}
    assert Store(root).manifest["log_rows"] == len(log)


def test_the_first_import_after_an_aggregate_column_was_added_aggregates_every_regency(real_two_regency_store,
                                                                                        tmp_path, monkeypatch):
    """A build written before ``acara`` existed: the other regency's rows lack the column, so the import aggregates
    both regencies again (it failed on casting the missing counts, review of 2026-12-04)."""
    import pyarrow.parquet as pq

    from etl import aggregate
    from etl.importer import import_files

    root, log, today = real_two_regency_store
    build = Store(root).build
    pq.write_table(pq.read_table(build / "agg_kegiatan.parquet").drop(["acara"]), build / "agg_kegiatan.parquet")
    asked = []
    original = aggregate.aggregate
    monkeypatch.setattr(aggregate, "aggregate", lambda logs, **kw: asked.append(kw.get("regencies")) or original(logs, **kw))
    [o] = import_files([_write(log[log["kode_kec"].str.startswith("99.02")], tmp_path / "dua.csv")], root,
                       quiet=True, today=today)
    assert o.accepted, [str(p) for p in o.result.problems[:3]]
    assert asked == [["99.02"], None]
    ak = Store(root).read("agg_kegiatan")
    assert ak["acara"].notna().all() and set(ak["kode_kec"].astype(str).str[:5]) == {"99.01", "99.02"}
    per_regency = ak.groupby(ak["kode_kec"].astype(str).str[:5], observed=True)["acara"].sum()
    assert (per_regency > 0).all()


def test_incremental_aggregates_equal_a_full_rebuild(real_two_regency_store, tmp_path):
    import shutil

    from etl.build import refresh_logs
    from etl.importer import import_files

    root, log, today = real_two_regency_store
    second = log[log["kode_kec"].str.startswith("99.02")].copy()
    # One visit far longer than the kecamatan's usual, so the outlier table has a row to compare.
    second.loc[second.index[second["jenis_kegiatan"] == "kunjungan_rumah"][0], "jam"] = 20.0
    import_files([_write(second, tmp_path / "dua.csv")], root, quiet=True, today=today)
    incremental = Store(root)
    full_root = tmp_path / "full"
    shutil.copytree(root, full_root)
    refresh_logs(full_root, None, quiet=True)  # every regency aggregated again from the imported log
    full = Store(full_root)
    keys = {"agg_kec_bulan": ["kode_kec", "bulan"], "agg_kegiatan": ["kode_kec", "bulan", "fungsi", "jenis_kegiatan",
            "program", "kategori_ppks"], "agg_desa_bulan": ["kode_kec", "kode_desa", "bulan", "fungsi"],
            "laporan": ["kode_kec", "id_pos", "bulan_laporan"], "rujukan": ["kode_kec", "bulan", "bulan_diketahui"],
            "kelengkapan_log": ["kode_kec", "bulan"], "pencilan": ["id_log", "kolom"], "pos_bulan": ["kode_kec", "bulan"]}
    for table, k in keys.items():
        a, b = incremental.read(table), full.read(table)
        assert len(a) == len(b) > 0, table
        text = {c: "str" for c in a.columns if isinstance(a[c].dtype, pd.CategoricalDtype)}
        pd.testing.assert_frame_equal(sort(a.astype(text), k), sort(b.astype(text), k), obj=table)


def test_a_second_import_into_a_one_regency_store_equals_a_full_rebuild(two_regency_store, tmp_path):
    """The usual month: a store holding one regency's rows only, so the refresh keeps none of the previous rows."""
    import shutil

    from etl.build import refresh_logs
    from etl.importer import import_files

    src_root, _ = two_regency_store
    root = tmp_path / "store"
    shutil.copytree(src_root, root)
    log = _two_regency_log(root)
    log = log[log["kode_kec"].str.startswith("99.01")]
    today = log["tanggal"].max().date()
    months = log["tanggal"].dt.to_period("M")
    for part, rows in (("awal", log[months < months.max()]), ("akhir", log[months == months.max()])):
        [o] = import_files([_write(rows, tmp_path / f"{part}.csv")], root, quiet=True, today=today)
        assert o.accepted and o.new_rows == len(rows), [str(p) for p in o.result.errors[:3]]
    full_root = tmp_path / "full"
    shutil.copytree(root, full_root)
    refresh_logs(full_root, None, quiet=True)
    for table in ("agg_kec_bulan", "agg_kegiatan", "agg_desa_bulan", "laporan", "rujukan", "kelengkapan_log",
                  "pencilan", "pos_bulan"):
        a, b = Store(root).read(table), Store(full_root).read(table)
        assert len(a) == len(b) > 0 or table == "pencilan", table
        key = [c for c in a.columns if not pd.api.types.is_float_dtype(a[c])]
        pd.testing.assert_frame_equal(sort(a, key), sort(b, key), obj=table)  # categories and all


def test_an_import_opens_one_duckdb_database_for_all_its_queries(real_two_regency_store, tmp_path, monkeypatch):
    import duckdb

    from etl import aggregate
    from etl.importer import import_files

    root, log, today = real_two_regency_store
    opened = []
    real_connect = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda *a, **k: opened.append(1) or real_connect(*a, **k))
    second = log[log["kode_kec"].str.startswith("99.02")]
    [o] = import_files([_write(second, tmp_path / "dua.csv")], root, quiet=True, today=today)
    assert o.accepted and o.new_rows == len(second)
    assert len(opened) == 1  # the store's ids looked up and seven aggregates, in one database
    with aggregate.database_opened_early():
        a, b = aggregate.connect(), aggregate.connect()
        a.execute("CREATE TABLE seen AS SELECT 1 AS x")
        assert b.execute("SELECT x FROM seen").fetchall() == [(1,)]
    c = aggregate.connect()  # outside the block: a database of its own
    with pytest.raises(duckdb.CatalogException):
        c.execute("SELECT x FROM seen")


def test_the_same_id_twice_in_one_batch(real_two_regency_store, tmp_path):
    from etl.importer import import_files

    root, log, today = real_two_regency_store
    rows = log[log["kode_kec"].str.startswith("99.02")].head(3).copy()
    a = _write(rows, tmp_path / "a.csv")
    same = _write(rows, tmp_path / "same.csv")
    changed = rows.copy()
    changed.loc[changed.index[0], "jam"] = 7.5
    other = _write(changed, tmp_path / "other.csv")
    outcomes = import_files([a, same, other], root, quiet=True, today=today)
    assert [o.accepted for o in outcomes] == [True, True, False]
    assert [o.new_rows for o in outcomes[:2]] == [3, 0]
    # The conflict is with a.csv of the same import (same.csv added nothing), and is named so.
    assert [(p.code, "a.csv" in p.reason_en) for p in outcomes[2].result.errors] == [("duplicate_in_batch", True)]


def test_imports_of_an_earlier_version_move_into_partitions(store_copy, tmp_path):
    from etl.build import build
    from helpers import imported_log, rows, write_csv
    from etl.importer import import_files
    from helpers import TODAY

    legacy = store_copy / "imports" / "logs"
    legacy.mkdir(parents=True)
    from tksk.logs import read_file
    from etl.importer import reference_for
    frame = read_file(write_csv(tmp_path / "old.csv", rows(2)), reference_for(store_copy), today=TODAY).frame
    frame.to_parquet(legacy / "0123abcd.parquet", index=False)
    import_files([write_csv(tmp_path / "new.csv", rows(3))], store_copy, quiet=True, today=TODAY)
    assert not list(legacy.glob("*.parquet"))
    assert {p.relative_to(legacy).parts[0] for p in legacy.rglob("*.parquet")} == {"kode_kab=16.10"}
    assert len(imported_log(store_copy)) == 3
    build(None, store_copy, quiet=True)
    assert Store(store_copy).manifest["log_rows"] == 3


def test_an_import_works_where_files_cannot_be_hard_linked(empty_store, tmp_path, monkeypatch):
    import os

    from helpers import TODAY
    from etl.importer import import_files
    from helpers import rows, write_csv

    def no_links(*a, **k):
        raise OSError("hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    import_files([write_csv(tmp_path / "a.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    [o] = import_files([write_csv(tmp_path / "b.csv", [dict(r, id_log="B" + r["id_log"]) for r in rows(2)])],
                       empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 2
    s = Store(empty_store)
    assert s.manifest["log_rows"] == 5 and s.read("agg_kec_bulan")["kegiatan"].sum() == 5
