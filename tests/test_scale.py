"""Not timed: the aggregates equal a plain pandas computation on the demo log, and the pages work on a
store with another number of kecamatan (two synthetic regencies)."""

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import synthetic
from conftest import ROOT
from etl import demo
from etl.build import build
from tksk.store import Store


@pytest.fixture(scope="module")
def demo_log(demo_store):
    kec, desa = demo_store.read("kecamatan"), demo_store.read("desa")
    log = demo.make_log(kec, desa)
    log["bulan"] = log["tanggal"].dt.to_period("M").dt.to_timestamp()
    return log


def sort(df, keys):
    return df.sort_values(keys).reset_index(drop=True)


def test_agg_kec_bulan_equals_pandas(demo_store, demo_log):
    work = demo_log[demo_log["jenis_kegiatan"] != "laporan_bulanan"]
    expected = work.groupby(["kode_kec", "bulan"]).agg(
        kegiatan=("id_log", "size"), orang=("jumlah_orang", "sum"), kk=("jumlah_kk", "sum"), jam=("jam", "sum"),
        desa_dikunjungi=("kode_desa", "nunique")).reset_index()
    expected["kasus_ppks"] = work.assign(c=(work["fungsi"] == "fasilitasi") & work["kategori_ppks"].notna()).groupby(
        ["kode_kec", "bulan"])["c"].sum().to_numpy()
    got = demo_store.read("agg_kec_bulan")
    cols = ["kode_kec", "bulan", "kegiatan", "orang", "kk", "jam", "kasus_ppks", "desa_dikunjungi"]
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
    expected = ref.assign(diputus=ref["hasil"].isin(["bantuan_diterima", "ditolak"]),
                          bantuan_90=(ref["hasil"] == "bantuan_diterima") & (days <= 90)).groupby(["kode_kec", "bulan"]).agg(
        rujukan=("id_log", "size"), diputus=("diputus", "sum"), bantuan_90=("bantuan_90", "sum")).reset_index()
    got = demo_store.read("rujukan")
    keys = ["kode_kec", "bulan"]
    pd.testing.assert_frame_equal(sort(got, keys), sort(expected, keys), check_dtype=False)


def test_log_completeness_equals_pandas(demo_store, demo_log):
    w = demo_log[demo_log["jenis_kegiatan"] != "laporan_bulanan"]
    ok = (w["jam"].notna() & ((w["fungsi"] != "fasilitasi") | w["jumlah_orang"].notna() | w["jumlah_kk"].notna())
          & (~w["jenis_kegiatan"].isin(["kunjungan_rumah", "rujukan"]) | w["kategori_ppks"].notna())
          & ((w["jenis_kegiatan"] != "rujukan") | w["hasil"].notna()))
    got = demo_store.read("kelengkapan_log").groupby("kode_kec")[["baris", "baris_lengkap"]].sum()
    assert got["baris"].to_dict() == w.groupby("kode_kec").size().to_dict()
    assert got["baris_lengkap"].to_dict() == ok.groupby(w["kode_kec"]).sum().to_dict()


@pytest.fixture(scope="module")
def two_regency_store(tmp_path_factory):
    src = tmp_path_factory.mktemp("synthetic_source")
    info = synthetic.write(src)
    root = tmp_path_factory.mktemp("two_regencies")
    build(src, root, demo_mode=True, quiet=True)
    return root, info


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


@pytest.mark.parametrize("page", ["pages/beranda.py", "pages/peta.py", "pages/beban.py", "pages/kemiskinan.py",
                                  "pages/kinerja.py", "pages/perencanaan.py", "pages/data.py"])
def test_every_page_runs_on_two_regencies(two_regency_store, monkeypatch, page):
    root, info = two_regency_store
    monkeypatch.setenv("TKSK_STORE", str(root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    if page == "pages/peta.py":
        spec = json.loads([c for c in at.get("plotly_chart") if c.key == "peta_chart"][0].proto.spec)
        assert len([t for t in spec["data"] if t.get("fill") == "toself"]) == 5
    if page == "pages/beranda.py":
        assert at.title[0].value == "Dashboard TKSK Kabupaten Contoh Satu, Kabupaten Contoh Dua"
        assert len(at.dataframe[0].value) == 5
