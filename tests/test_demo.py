"""The demo log: deterministic, and with the situations the pages must show."""

import pandas as pd

from etl import demo


def test_demo_log_identical_across_runs(demo_store, demo_log):
    again = demo.make_log(demo_store.read("kecamatan"), demo_store.read("desa"), demo_store.read("roster"))
    pd.testing.assert_frame_equal(demo_log, again)
    assert len(demo_log) == demo_store.manifest["log_rows"]


def test_demo_log_passes_the_import_validation(demo_store, demo_log, tmp_path):
    from etl.importer import check_files, reference_for
    from helpers import TODAY

    path = tmp_path / "demo.csv"
    out = demo_log.copy()
    for c in ("tanggal", "tanggal_hasil"):
        out[c] = out[c].dt.strftime("%Y-%m-%d")
    out.to_csv(path, index=False)
    [o] = check_files([path], reference_for(demo_store.root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors[:5]]


def test_vacant_post_has_no_activity(demo_store):
    agg = demo_store.read("agg_kec_bulan")
    rp = agg[agg["kode_kec"] == demo.VACANT_KEC]
    months = set(rp["bulan"])
    vacant = set(pd.date_range(demo.VACANT_FROM, demo.VACANT_TO, freq="MS"))
    assert not months & vacant
    pb = demo_store.read("pos_bulan")
    assert (pb.loc[(pb["kode_kec"] == demo.VACANT_KEC) & pb["bulan"].isin(vacant), "pos_aktif"] == 0).all()


def test_late_reporter_reports_late_or_not_at_all(demo_store):
    lap = demo_store.read("laporan")
    counts = lap.groupby("kode_kec").size()
    assert counts.idxmin() == demo.LATE_KEC
    k = lap[lap["kode_kec"] == demo.LATE_KEC]
    lag = (k["tanggal_kirim"] - (k["bulan_laporan"] + pd.offsets.MonthBegin(1))).dt.days
    assert (lag >= 12).all()


def test_some_desa_never_visited(demo_store):
    visited = set(demo_store.read("agg_desa_bulan")["kode_desa"])
    assert 5 <= len(set(demo_store.read("desa")["kode_desa"]) - visited) <= 40


def test_sembako_rounds_follow_the_calendar(demo_store):
    k = demo_store.read("agg_kegiatan")
    months = set(k.loc[k["jenis_kegiatan"] == "pendampingan_sembako", "bulan"].dt.strftime("%Y-%m"))
    expected = {f"{y}-{m:02d}" for y, ms in demo.SEMBAKO_MONTHS.items() for m in ms}
    assert months == expected


def test_volumes_follow_families(demo_store):
    agg = demo_store.read("agg_kec_bulan").groupby("kode_kec")["orang"].sum()
    kk = demo_store.read("kecamatan").set_index("kode_kec")["jumlah_kk"]
    assert agg.corr(kk) > 0.8
