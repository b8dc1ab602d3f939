"""Metric functions on small hand-made frames, expected values worked out by hand."""

import numpy as np
import pandas as pd
import pytest

from tksk import metrics

M = pd.Timestamp


def kec():
    return pd.DataFrame({
        "kode_kec": ["A", "B", "C"], "nama_kec": ["Alfa", "Beta", "Gama"],
        "penduduk_kini": [30_000.0, 12_000.0, 8_000.0], "jumlah_kk": [9_000.0, 4_000.0, 2_000.0],
        "jumlah_desa_kel": [20, 10, 8], "luas_km2": [200.0, 50.0, 40.0],
    })


def pos_bulan():
    # A: 2 posts in Jan and Feb, 1 in Mar; B: 1 post, vacant in Feb; C: vacant all three months.
    rows = [("A", "2024-01-01", 2), ("A", "2024-02-01", 2), ("A", "2024-03-01", 1),
            ("B", "2024-01-01", 1), ("B", "2024-02-01", 0), ("B", "2024-03-01", 1),
            ("C", "2024-01-01", 0), ("C", "2024-02-01", 0), ("C", "2024-03-01", 0)]
    df = pd.DataFrame(rows, columns=["kode_kec", "bulan", "pos_aktif"])
    df["bulan"] = pd.to_datetime(df["bulan"])
    df["pos_kosong"] = (df["pos_aktif"] == 0).astype(int)
    df["pos_asumsi"] = False
    return df


def agg_kec_bulan():
    rows = [("A", "2024-01-01", 10, 40.0, 5), ("A", "2024-02-01", 6, 20.0, 3), ("A", "2024-03-01", 4, 15.0, 2),
            ("B", "2024-01-01", 5, 12.0, 1), ("B", "2024-03-01", 3, 6.0, 1),
            ("A", "2023-12-01", 99, 999.0, 9)]  # outside the period
    df = pd.DataFrame(rows, columns=["kode_kec", "bulan", "kegiatan", "orang", "kasus_ppks"])
    df["bulan"] = pd.to_datetime(df["bulan"])
    df["kk"] = df["orang"] / 2
    df["jam"] = df["kegiatan"] * 2.0
    df["desa_dikunjungi"] = 1
    return df


def agg_desa_bulan():
    rows = [("A", "A1", "2024-01-01"), ("A", "A2", "2024-02-01"), ("A", "A1", "2024-03-01"), ("B", "B1", "2024-03-01")]
    df = pd.DataFrame(rows, columns=["kode_kec", "kode_desa", "bulan"])
    df["bulan"] = pd.to_datetime(df["bulan"])
    df["fungsi"] = "fasilitasi"
    df["kegiatan"] = 1
    df["orang"] = 1.0
    return df


@pytest.fixture
def cov():
    return metrics.coverage(kec(), pos_bulan(), agg_kec_bulan(), agg_desa_bulan(), "2024-01-01", "2024-03-01").set_index("kode_kec")


def test_structural_load_divides_by_the_active_posts_of_each_month(cov):
    # A: 2, 2 and 1 posts in three staffed months → 5/3 posts on average: 30.000 × 3 / 5
    assert cov.loc["A", "pos_akhir"] == 1 and cov.loc["A", "bulan_aktif"] == 3
    assert cov.loc["A", "penduduk_per_tksk"] == pytest.approx(18_000)
    assert cov.loc["A", "km2_per_tksk"] == pytest.approx(120)
    # B: one post in its two staffed months; the vacant February adds nothing to either side
    assert cov.loc["B", "desa_per_tksk"] == 10


def test_the_area_per_tksk_can_be_the_published_one():
    k = kec().assign(luas_km2_terbit=[300.0, None, 40.0])
    cov = metrics.coverage(k, pos_bulan(), agg_kec_bulan(), agg_desa_bulan(), "2024-01-01", "2024-03-01",
                           area="luas_km2_terbit").set_index("kode_kec")
    assert cov.loc["A", "km2_per_tksk"] == pytest.approx(300 * 3 / 5)
    assert np.isnan(cov.loc["B", "km2_per_tksk"])  # no published area: a gap, not the computed one
    with pytest.raises(ValueError, match="luas"):
        metrics.coverage(k, pos_bulan(), agg_kec_bulan(), agg_desa_bulan(), "2024-01-01", "2024-03-01", area="x")


def test_need_measures_count_every_month_of_the_period(cov):
    # A: 75 people ÷ 9 thousand families ÷ 3 months; B: 18 ÷ 4 ÷ 3 (its vacant February is a month without service)
    assert cov.loc["A", "orang_per_1000kk"] == pytest.approx(75 / 9 / 3)
    assert cov.loc["B", "orang_per_1000kk"] == pytest.approx(18 / 4 / 3)
    assert cov.loc["B", "kasus_per_1000kk"] == pytest.approx(2 / 4 / 3)
    # activities in desa: A three (A1, A2, A1) in 20 desa over 3 months
    assert cov.loc["A", "kegiatan_per_desa"] == pytest.approx(3 / 20 / 3)


def test_ranking_per_1000_families_orders_a_small_and_a_large_kecamatan():
    """Per TKSK the small kecamatan looks least served; per 1.000 families the large one is."""
    k = pd.DataFrame({"kode_kec": ["S", "L"], "nama_kec": ["Kecil", "Besar"], "penduduk_kini": [4_000.0, 40_000.0],
                      "jumlah_kk": [1_000.0, 10_000.0], "jumlah_desa_kel": [5, 25], "luas_km2": [30.0, 300.0]})
    pb = pd.DataFrame({"kode_kec": ["S", "L"], "bulan": M("2024-01-01"), "pos_aktif": 1, "pos_kosong": 0,
                       "pos_asumsi": False})
    # one month: the small kecamatan's TKSK served 60 people (60 per 1.000 families), the large one's 200 (20)
    akb = pd.DataFrame({"kode_kec": ["S", "L"], "bulan": M("2024-01-01"), "kegiatan": [10, 20], "orang": [60.0, 200.0],
                        "kk": [30.0, 100.0], "jam": [20.0, 40.0], "kasus_ppks": [1, 2], "desa_dikunjungi": [3, 5]})
    c = metrics.coverage(k, pb, akb, agg_desa_bulan().iloc[:0], "2024-01-01", "2024-01-01")
    assert metrics.rank_underserved(c, "orang_per_bulan")["nama_kec"].tolist() == ["Kecil", "Besar"]
    assert metrics.rank_underserved(c, "orang_per_1000kk")["nama_kec"].tolist() == ["Besar", "Kecil"]
    assert c.set_index("kode_kec").loc["L", "orang_per_1000kk"] == pytest.approx(20)


def test_coverage_gaps_name_the_months():
    g = metrics.coverage_gaps(pos_bulan(), "2024-01-01", "2024-03-01").set_index("kode_kec")
    assert g.index.tolist() == ["C", "B"]  # most months first; A staffed every month has no row
    assert (g.loc["B", "bulan_kosong"], g.loc["B", "jumlah_bulan"]) == (1, 3)
    assert g.loc["B", "bulan"] == [M("2024-02-01")]
    assert metrics.month_runs([M("2024-05-01"), M("2024-03-01"), M("2024-04-01"), M("2024-08-01")]) == [
        (M("2024-03-01"), M("2024-05-01")), (M("2024-08-01"), M("2024-08-01"))]


def test_average_posts_by_year():
    pb = pd.concat([pos_bulan(), pos_bulan().assign(bulan=lambda d: d["bulan"] + pd.DateOffset(years=1))])
    # 2024: A 2+2+1, B 1+0+1 over 3 months → 7/3; C left out
    avg = metrics.average_posts_by_year(pb, ["A", "B"])
    assert avg.to_dict() == {2024: pytest.approx(7 / 3), 2025: pytest.approx(7 / 3)}


def test_activity_per_month_divides_by_post_months(cov):
    # A: (40 + 20 + 15) people / (2 + 2 + 1) post-months = 15
    assert cov.loc["A", "bulan_pos"] == 5
    assert cov.loc["A", "orang_per_bulan"] == pytest.approx(15.0)
    assert cov.loc["A", "kegiatan_per_bulan"] == pytest.approx(20 / 5)
    # B's vacant February counts in neither side: (12 + 6) / 2
    assert cov.loc["B", "orang_per_bulan"] == pytest.approx(9.0)
    assert cov.loc["B", "kasus_per_tksk"] == pytest.approx(1.0)


def test_vacant_post_is_missing_not_zero(cov):
    assert cov.loc["C", "status"] == "kosong" and cov.loc["C", "status_periode"] == "kosong"
    for key, m in metrics.COVERAGE_METRICS.items():
        if m.kind != "gap":
            assert np.isnan(cov.loc["C", key]), key
    # the months without a TKSK are the one figure a vacancy has
    assert cov.loc["C", "bulan_kosong"] == 3 and cov.loc["B", "bulan_kosong"] == 1
    values = metrics.metric_values(cov.reset_index(), "bulan_kosong").set_index("kode_kec")
    assert not values["kosong"].any() and values.loc["C", "nilai"] == 3


def test_share_of_desa_visited(cov):
    assert cov.loc["A", "desa_dikunjungi_persen"] == pytest.approx(100 * 2 / 20)
    assert cov.loc["B", "desa_dikunjungi_persen"] == pytest.approx(100 * 1 / 10)


def test_desa_visited_count_each_desa_once_and_only_in_the_period():
    ad = pd.concat([agg_desa_bulan(), agg_desa_bulan().assign(bulan=pd.Timestamp("2024-04-01"), kode_desa="A9")])
    ad.loc[ad.index[0], "kegiatan"] = 5  # A1 in January: five activities, still one desa
    cov = metrics.coverage(kec(), pos_bulan(), agg_kec_bulan(), ad, "2024-01-01", "2024-03-01").set_index("kode_kec")
    assert cov.loc["A", "desa_dikunjungi"] == 2 and cov.loc["B", "desa_dikunjungi"] == 1  # A9 is in April
    assert cov.loc["A", "kegiatan_desa"] == 5 + 1 + 1 and cov.loc["C", "desa_dikunjungi"] == 0


def test_coverage_is_the_same_from_codes_as_categories(demo_store):
    """The national store reads its codes as categories, a regency's store as text: the same coverage either way."""
    k, pb, akb, ad = (demo_store.read(n) for n in ("kecamatan", "pos_bulan", "agg_kec_bulan", "agg_desa_bulan"))
    as_text = metrics.coverage(k, pb, akb, ad, "2024-01-01", "2024-12-01")
    assert as_text["desa_dikunjungi"].sum() > 100
    as_categories = ad.astype({"kode_kec": "category", "kode_desa": "category"})
    pd.testing.assert_frame_equal(metrics.coverage(k, pb, akb, as_categories, "2024-01-01", "2024-12-01"), as_text)


def test_a_period_is_a_slice_of_every_month_kept_once(demo_store):
    """Pages keep the store's months (``coverage_months``) once and slice a period from them: each period gives what
    the period's rows alone give, over periods of every length, and the counts stay whole numbers where a
    kecamatan has no log."""
    k, pb, akb, ad, ak = (demo_store.read(n) for n in ("kecamatan", "pos_bulan", "agg_kec_bulan", "agg_desa_bulan",
                                                        "agg_kegiatan"))
    hidden = lambda t: t.loc[~(t["kode_kec"].eq(k["kode_kec"].iloc[3]) & t["bulan"].between("2024-03-01", "2024-05-01"))]
    akb, ad, ak = hidden(akb), hidden(ad), hidden(ak)  # one kecamatan's files of three months not in
    kept = metrics.coverage_months(pb, akb, ad, ak)
    months = sorted(pb["bulan"].unique())
    for start, end in [(months[0], months[-1]), (months[14], months[14]), (months[2], months[7]), (months[20], months[23])]:
        sliced = metrics.coverage(k, pb, akb, ad, start, end, agg_kegiatan=ak, months=kept)
        cut = lambda t: metrics.in_period(t, start, end)
        alone = metrics.coverage(k, cut(pb), cut(akb), cut(ad), start, end, agg_kegiatan=cut(ak))
        pd.testing.assert_frame_equal(sliced, alone)
        by_kec = sliced.set_index("kode_kec")
        for column, table in (("kegiatan", akb), ("bulan_pos", pb.rename(columns={"pos_aktif": "bulan_pos"}))):
            summed = cut(table).groupby("kode_kec")[column].sum().reindex(by_kec.index, fill_value=0)
            assert (by_kec[column] == summed).all(), (start, end, column)
    hole = metrics.coverage(k, pb, akb, ad, "2024-03-01", "2024-05-01", agg_kegiatan=ak, months=kept).set_index("kode_kec")
    assert hole.loc[k["kode_kec"].iloc[3], "tanpa_log"] and np.isnan(hole.loc[k["kode_kec"].iloc[3], "orang_per_bulan"])
    assert hole["kegiatan"].dtype == np.int64 and hole["bulan_log"].dtype == np.int64


def test_a_period_outside_the_roster_has_no_post_and_none_assumed():
    """Months before the roster: no post-months, vacant, and no "assumed post" (a blank read as true)."""
    cov = metrics.coverage(kec(), pos_bulan(), agg_kec_bulan(), agg_desa_bulan(), "2023-10-01", "2023-12-01")
    assert not cov["pos_asumsi"].any() and cov["pos_asumsi"].dtype == bool
    assert (cov["bulan_pos"] == 0).all() and (cov["status_periode"] == "kosong").all()
    assert cov["penduduk_per_tksk"].isna().all() and cov["pos_kosong_akhir"].isna().all()


def test_months_without_a_kecamatan_s_own_log_leave_out_the_months_its_regency_missed():
    """X sent no file for February while Y did: one month of its own. In March neither sent one: the regency's month
    not imported, said once for all, not X's. Z logged nothing all period: a gap as a whole, not listed here."""
    months = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]
    pb = pd.DataFrame([(k, m, 1) for k in ("99.01.01", "99.01.02", "99.01.03") for m in months],
                      columns=["kode_kec", "bulan", "pos_aktif"]).assign(bulan=lambda d: pd.to_datetime(d["bulan"]),
                                                                         pos_kosong=0, pos_asumsi=False)
    logged = [("99.01.01", "2024-01-01"), ("99.01.01", "2024-04-01"), ("99.01.02", "2024-01-01"),
              ("99.01.02", "2024-02-01"), ("99.01.02", "2024-04-01")]
    akb = pd.DataFrame(logged, columns=["kode_kec", "bulan"]).assign(bulan=lambda d: pd.to_datetime(d["bulan"]),
                                                                      kegiatan=3, orang=5.0, kk=2.0, jam=4.0,
                                                                      kasus_ppks=1)
    desa = agg_desa_bulan().iloc[:0]
    got = metrics.kecamatan_months_unlogged(metrics.coverage_months(pb, akb, desa), "2024-01-01", "2024-04-01")
    assert got.to_dict("records") == [{"kode_kec": "99.01.01", "bulan_tanpa_log": 1, "bulan_aktif": 4}]
    assert metrics.kecamatan_months_unlogged(metrics.coverage_months(pb, akb, desa), "2024-03-01", "2024-04-01").empty


def test_a_regency_whose_roster_ends_earlier_is_not_read_vacant_at_the_period_s_end():
    """Two regencies in one store, the second's roster a month shorter: its posts at the period's end are those of its
    own last roster month, not none (every kecamatan of it read "kosong"; review of 2026-12-06)."""
    months = ["2024-01-01", "2024-02-01", "2024-03-01"]
    rows = [(k, m, 1) for k in ("99.01.01", "99.01.02") for m in months]
    rows += [(k, m, 1) for k in ("99.02.01",) for m in months[:2]]
    pb = pd.DataFrame(rows, columns=["kode_kec", "bulan", "pos_aktif"]).assign(
        bulan=lambda d: pd.to_datetime(d["bulan"]), pos_kosong=0, pos_asumsi=False)
    k = pd.DataFrame({"kode_kec": ["99.01.01", "99.01.02", "99.02.01"], "nama_kec": ["A", "B", "C"],
                      "penduduk_kini": [1.0, 1.0, 1.0], "jumlah_kk": [1.0, 1.0, 1.0], "jumlah_desa_kel": [1, 1, 1],
                      "luas_km2": [1.0, 1.0, 1.0]})
    empty = agg_kec_bulan().iloc[:0]
    cov = metrics.coverage(k, pb, empty, agg_desa_bulan().iloc[:0], "2024-01-01", "2024-03-01").set_index("kode_kec")
    assert cov["pos_akhir"].tolist() == [1, 1, 1] and (cov["status"] == "aktif").all()
    posts = metrics.posts_in_period(pb, "2024-01-01", "2024-03-01").set_index("kode_kec")
    assert posts["pos_akhir"].tolist() == [1, 1, 1]


def test_ranking_puts_vacant_first_then_worst(cov):
    r = metrics.rank_underserved(cov.reset_index(), "penduduk_per_tksk")
    assert r["kode_kec"].tolist() == ["C", "A", "B"]
    r = metrics.rank_underserved(cov.reset_index(), "orang_per_bulan")  # lower is worse
    assert r["kode_kec"].tolist() == ["C", "B", "A"]
    assert r["peringkat"].tolist() == [1, 2, 3]
    # A filter shows the chosen kecamatan with their place in the regency, not numbered afresh.
    chosen = metrics.rank_underserved(cov.reset_index(), "orang_per_bulan", only=["A"])
    assert chosen["kode_kec"].tolist() == ["A"] and chosen["peringkat"].tolist() == [3]


def test_kecamatan_equal_as_shown_share_a_rank_and_vacant_posts_share_the_first():
    """Three kecamatan at "36,0" were ranked 6, 7 and 8: an order the figures shown do not have."""
    cov = pd.DataFrame({"kode_kec": list("ABCDEF"), "nama_kec": list("ABCDEF"),
                        "desa_dikunjungi_persen": [36.0, 36.04, 35.98, 50.0, np.nan, np.nan],
                        "status_periode": ["aktif"] * 4 + ["kosong", "aktif"]})
    r = metrics.rank_underserved(cov, "desa_dikunjungi_persen")  # lower is worse
    assert r["kode_kec"].tolist() == ["E", "C", "A", "B", "D", "F"]
    assert r["peringkat"].tolist() == [1, 2, 2, 2, 5, pd.NA]
    two_vacant = cov.assign(status_periode=["aktif"] * 3 + ["kosong"] * 3)
    assert metrics.rank_underserved(two_vacant, "desa_dikunjungi_persen")["peringkat"].tolist()[:4] == [1, 1, 1, 4]


def test_compare_to_median():
    v = pd.Series([10.0, 20.0, 40.0, np.nan], index=list("wxyz"))
    c = metrics.compare_to_median(v)
    assert c["median"].iloc[0] == 20.0
    assert c.loc["y", "selisih"] == 20.0 and c.loc["y", "selisih_persen"] == 100.0
    assert c.loc["w", "posisi"] == "di bawah median" and c.loc["x", "posisi"] == "sama dengan median"
    assert c.loc["z", "posisi"] == "tidak ada data" and np.isnan(c.loc["z", "selisih"])


def test_posts_by_month_counts_the_15th_and_assumes_one_post():
    from etl.aggregate import posts_by_month

    roster = pd.DataFrame({"id_pos": ["P", "P"], "kode_kec": ["A", "A"], "status": ["aktif", "kosong"],
                           "tanggal_mulai": pd.to_datetime(["2024-01-01", "2024-02-16"]),
                           "tanggal_selesai": pd.to_datetime(["2024-02-15", None])})
    months = pd.date_range("2024-01-01", "2024-03-01", freq="MS")
    pb = posts_by_month(roster, ["A", "B"], months).set_index(["kode_kec", "bulan"])
    assert pb.loc[("A", M("2024-01-01")), "pos_aktif"] == 1
    assert pb.loc[("A", M("2024-02-01")), "pos_aktif"] == 1  # active on the 15th
    assert pb.loc[("A", M("2024-03-01")), "pos_aktif"] == 0 and pb.loc[("A", M("2024-03-01")), "pos_kosong"] == 1
    assert pb.loc[("B", M("2024-01-01")), "pos_aktif"] == 1 and pb.loc[("B", M("2024-01-01")), "pos_asumsi"]


def test_a_month_worked_before_a_vacancy_counts_in_place_of_the_vacancy_never_as_a_second_post():
    """Work on the active days of a month whose 15th is vacant counts the post that month; a handover on the 14th
    to another post active from the 15th stays one post (review of 2026-12-05: it counted two, halving every
    per-TKSK figure of the month)."""
    from etl.aggregate import posts_by_month

    T = pd.Timestamp
    roster = pd.DataFrame([
        ("P1", "A", "aktif", T("2024-01-01"), T("2024-05-14")), ("P2", "A", "aktif", T("2024-05-15"), pd.NaT),
        ("Q1", "B", "aktif", T("2024-01-01"), T("2024-05-13")), ("Q1", "B", "kosong", T("2024-05-14"), pd.NaT),
        ("R1", "C", "aktif", T("2024-05-20"), pd.NaT), ("S1", "D", "aktif", T("2024-01-01"), T("2024-05-10"))],
        columns=["id_pos", "kode_kec", "status", "tanggal_mulai", "tanggal_selesai"])
    worked = pd.DataFrame({"id_pos": ["P1", "q1", "R1"], "kode_kec": ["A", "B", "C"], "bulan": [T("2024-05-01")] * 3})
    pb = posts_by_month(roster, list("ABCD"), pd.date_range("2024-04-01", "2024-05-01", freq="MS"), worked)
    may = pb.loc[pb["bulan"].eq(T("2024-05-01"))].set_index("kode_kec")
    assert may["pos_aktif"].to_dict() == {"A": 1, "B": 1, "C": 1, "D": 0}
    assert may["pos_kosong"].to_dict() == {"A": 0, "B": 0, "C": 0, "D": 0}


def test_report_grid_completeness_and_timeliness():
    lap = pd.DataFrame({"kode_kec": ["A", "A", "A", "B"], "id_pos": ["A1", "A2", "A1", "B1"],
                        "bulan_laporan": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01", "2024-01-01"]),
                        "tanggal_kirim": pd.to_datetime(["2024-02-05", "2024-02-20", "2024-03-10", "2024-02-01"])})
    g = metrics.report_grid(lap, pos_bulan(), "2024-01-01", "2024-03-01", deadline_day=10).set_index(["kode_kec", "bulan"])
    a1 = g.loc[("A", M("2024-01-01"))]
    assert (a1["diharapkan"], a1["diterima"], a1["tepat_waktu"]) == (2, 2, 1)
    assert a1["kelengkapan_persen"] == 100 and a1["ketepatan_persen"] == 50
    assert g.loc[("A", M("2024-02-01")), "ketepatan_persen"] == 50  # sent on the 10th: on time
    assert g.loc[("A", M("2024-03-01")), "kelengkapan_persen"] == 0  # a month with no report
    assert np.isnan(g.loc[("B", M("2024-02-01")), "kelengkapan_persen"])  # vacant: no completeness
    s = metrics.report_summary(g.reset_index()).set_index("kode_kec")
    assert s.loc["A", "kelengkapan_persen"] == pytest.approx(100 * 3 / 5)
    assert np.isnan(s.loc["C", "kelengkapan_persen"])


def test_report_grid_leaves_reports_not_yet_due_unjudged():
    # The log was brought in on 5 April: March's report is due on 10 April, so it is not missing yet.
    lap = pd.DataFrame({"kode_kec": ["A", "A"], "id_pos": ["A1", "A1"],
                        "bulan_laporan": pd.to_datetime(["2024-01-01", "2024-02-01"]),
                        "tanggal_kirim": pd.to_datetime(["2024-02-05", "2024-03-12"])})
    kw = dict(deadline_day=10)
    g = metrics.report_grid(lap, pos_bulan(), "2024-01-01", "2024-03-01", as_of="2024-04-05", **kw)
    g = g.set_index(["kode_kec", "bulan"])
    march = g.loc[("A", M("2024-03-01"))]
    assert not march["jatuh_tempo"] and march["diharapkan"] == 0 and np.isnan(march["kelengkapan_persen"])
    assert g.loc[("A", M("2024-02-01")), "jatuh_tempo"] and g.loc[("A", M("2024-02-01")), "ketepatan_persen"] == 0
    s = metrics.report_summary(g.reset_index()).set_index("kode_kec")
    assert s.loc["A", "diharapkan"] == 2 * 2 and s.loc["A", "diterima"] == 2  # January's two posts, February's two
    # On the deadline's own day a report may still come on time; the day after, a missing report is missing.
    g = metrics.report_grid(lap, pos_bulan(), "2024-01-01", "2024-03-01", as_of="2024-04-10 16:00", **kw)
    assert not g.set_index(["kode_kec", "bulan"]).loc[("A", M("2024-03-01")), "jatuh_tempo"]
    g = metrics.report_grid(lap, pos_bulan(), "2024-01-01", "2024-03-01", as_of="2024-04-11", **kw)
    assert g.set_index(["kode_kec", "bulan"]).loc[("A", M("2024-03-01")), "kelengkapan_persen"] == 0
    # Without a moment every month is judged, as before.
    g = metrics.report_grid(lap, pos_bulan(), "2024-01-01", "2024-03-01", **kw)
    assert g["jatuh_tempo"].all()


def test_reports_as_of_is_what_the_log_covers_no_later_than_its_last_import():
    lap = pd.DataFrame({"tanggal_kirim": pd.to_datetime(["2024-02-05", "2025-01-03"])})
    real = {"log_mode": "real", "built_at": "2026-12-01T10:00:00+07:00", "log_period": ["2024-01-01", "2025-01-01"],
            "imports": ["logs/kode_kab=16.10/tahun=2024/20250106T091500123456-1a2b3c4d-000_0.parquet",
                        "logs/kode_kab=16.10/tahun=2024/20240801T080000000000-ffffffff-000_0.parquet",
                        "roster/20260101T000000000000-00000000-000.parquet"]}
    # The log runs into January 2025 but was last brought in on 6 January (not the rebuild, not a roster).
    assert metrics.reports_as_of(real, lap) == pd.Timestamp("2025-01-06 09:15:00.123456")
    assert metrics.reports_as_of({**real, "imports": []}, lap) == pd.Timestamp("2025-01-31 23:59:59")
    # A log of March–April brought in in June holds no report sent in May: April is not judged yet.
    spring = {**real, "log_period": ["2024-03-01", "2024-04-01"],
              "imports": ["logs/kode_kab=16.10/tahun=2024/20240615T080000000000-ffffffff-000_0.parquet"]}
    april = pd.DataFrame({"tanggal_kirim": pd.to_datetime(["2024-04-08"])})
    as_of = metrics.reports_as_of(spring, april)
    assert as_of == pd.Timestamp("2024-04-30 23:59:59") and metrics.report_due(pd.Timestamp("2024-04-01")) > as_of
    demo = {"log_mode": "demo", "built_at": "2026-12-01T10:00:00+07:00", "imports": []}
    assert metrics.reports_as_of(demo, lap) == pd.Timestamp("2026-12-01 10:00")
    assert metrics.reports_as_of({"log_mode": "none"}, lap.iloc[:0]) is None


def test_a_month_without_any_log_in_the_regency_is_a_gap():
    """Regency 99.01 logged January and March but nothing at all in February while staffed: February is a log not
    imported, shown as a gap and left out of the staffed months; regency 99.02 logged nothing in March while 99.01
    did: its March is not imported yet either (it was taken as a month of no work, review of 2026-12-04)."""
    months = pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"])
    pb = pd.DataFrame({"kode_kec": [k for k in ("99.01.01", "99.01.02", "99.02.01") for _ in months],
                       "bulan": list(months) * 3, "pos_aktif": 1, "pos_asumsi": False})
    agg = pd.DataFrame({"kode_kec": ["99.01.01", "99.01.02", "99.01.01", "99.02.01", "99.02.01"],
                        "bulan": months[[0, 0, 2, 0, 1]], "orang": [5.0, 3.0, 4.0, 2.0, 0.0]})
    gone = metrics.months_without_log(agg, pb, "2024-01-01", "2024-03-01")
    assert gone.to_dict("list") == {"kode_kab": ["99.01", "99.02"], "bulan": [M("2024-02-01"), M("2024-03-01")]}
    tr = metrics.monthly_trend(agg, pb, "99.01.02", "2024-01-01", "2024-03-01", "orang", gone)
    assert tr["tanpa_log"].tolist() == [False, True, False]
    # March: 99.01.01 logged and 99.01.02 sent not one row: its file not received, a gap as on every page (it was
    # drawn as a real 0 here while the planner left it out of the year).
    assert tr["tanpa_log_kec"].tolist() == [False, False, True]
    assert tr["orang"].iloc[0] == 3 and tr["orang"].iloc[1:].isna().all()
    # A month with log rows and nobody served is a real 0 (99.02.01 in February).
    tr = metrics.monthly_trend(agg, pb, "99.02.01", "2024-01-01", "2024-03-01", "orang", gone)
    assert tr["orang"].iloc[1] == 0 and not tr["tanpa_log_kec"].any() and tr["tanpa_log"].tolist() == [False, False, True]
    from tksk.annual import staffed_months
    assert staffed_months(pb, "2024-01-01", "2024-03-01", gone).to_dict() == {"99.01.01": 2, "99.01.02": 2, "99.02.01": 2}
    assert metrics.months_without_log(agg.iloc[:0], pb, "2024-01-01", "2024-03-01").empty
    # No post active in the period: nothing to flag (it raised on the empty join).
    assert metrics.months_without_log(agg, pb.assign(pos_aktif=0), "2024-01-01", "2024-03-01").empty


def test_desa_visits_and_never_visited():
    desa = pd.DataFrame({"kode_desa": ["A1", "A2", "A3", "C1"], "nama_desa": ["a1", "a2", "a3", "c1"],
                         "jenis": "desa", "kode_kec": ["A", "A", "A", "C"], "nama_kec": ["Alfa"] * 3 + ["Gama"],
                         "jumlah_kk": [1.0, 2.0, 3.0, 4.0]})
    v = metrics.desa_visits(desa, agg_desa_bulan(), "A", "2024-01-01", "2024-03-01").set_index("kode_desa")
    assert v.loc["A1", "kegiatan"] == 2 and v.loc["A3", "kegiatan"] == 0 and not v.loc["A3", "dikunjungi"]
    assert v.loc["A1", "orang"] == 2 and v.loc["A3", "orang"] == 0
    # A desa reached only by a coordination meeting: its people served are not recorded (a gap), not 0.
    meeting = pd.DataFrame({"kode_kec": ["A"], "kode_desa": ["A3"], "bulan": [M("2024-02-01")], "fungsi": ["koordinasi"],
                            "kegiatan": [1], "orang": [0.0]})
    v = metrics.desa_visits(desa, pd.concat([agg_desa_bulan(), meeting]), "A", "2024-01-01", "2024-03-01")
    v = v.set_index("kode_desa")
    assert v.loc["A3", "kegiatan"] == 1 and v.loc["A3", "dikunjungi"] and np.isnan(v.loc["A3", "orang"])
    nv = metrics.never_visited(desa, agg_desa_bulan(), pos_bulan(), "2024-01-01", "2024-03-01")
    # C1 is in a kecamatan with no TKSK at all: a vacancy, not a desa the TKSK left out.
    assert nv["kode_desa"].tolist() == ["A3"]


def test_workload_per_month_metrics(cov):
    # A: households (20 + 10 + 7.5) / 5 post-months; hours (10 + 6 + 4) × 2 / 5
    assert cov.loc["A", "kk_per_bulan"] == pytest.approx(37.5 / 5)
    assert cov.loc["A", "jam_per_bulan"] == pytest.approx(40 / 5)
    assert np.isnan(cov.loc["C", "jam_per_bulan"])


def test_monthly_trend_vacant_month_is_a_gap():
    t = metrics.monthly_trend(agg_kec_bulan(), pos_bulan(), "B", "2024-01-01", "2024-03-01").set_index("bulan")
    assert t.loc[M("2024-01-01"), "per_tksk"] == 12.0
    assert np.isnan(t.loc[M("2024-02-01"), "per_tksk"]) and t.loc[M("2024-02-01"), "kosong"]
    # A month with a TKSK and log rows that served nobody is a real zero; without one row of the kecamatan it is a
    # file not received, a gap.
    a = agg_kec_bulan()
    served_none = a.assign(orang=a["orang"].where(a["bulan"] != M("2024-03-01"), 0.0))
    t = metrics.monthly_trend(served_none, pos_bulan(), "A", "2024-01-01", "2024-03-01")
    assert t.set_index("bulan").loc[M("2024-03-01"), "per_tksk"] == 0.0
    no_rows = metrics.monthly_trend(a[a["bulan"] != M("2024-03-01")], pos_bulan(), "A", "2024-01-01", "2024-03-01")
    assert np.isnan(no_rows.set_index("bulan").loc[M("2024-03-01"), "per_tksk"])
    # Two posts halve the load.
    assert t.set_index("bulan").loc[M("2024-01-01"), "per_tksk"] == 20.0


def test_breakdown_by_function_and_programme():
    k = pd.DataFrame({
        "kode_kec": ["A", "A", "A", "B"], "bulan": pd.to_datetime(["2024-01-01"] * 4),
        "fungsi": ["fasilitasi", "administrasi", "fasilitasi", "koordinasi"],
        "jenis_kegiatan": ["kunjungan_rumah", "laporan_bulanan", "pendampingan_sembako", "rapat_desa"],
        "program": ["rehsos", None, "sembako", None], "kategori_ppks": ["P24", None, None, None],
        "kegiatan": [3, 1, 2, 4], "orang": [5.0, 0.0, 40.0, 0.0], "kk": [3.0, 0, 40, 0], "jam": [6.0, 2, 10, 8]})
    f = metrics.breakdown(k, "fungsi", "2024-01-01", "2024-01-01").set_index("kode")
    assert f.loc["fasilitasi", "kegiatan"] == 5 and f.loc["administrasi", "kegiatan"] == 1
    # People are recorded for facilitation only: the other functions' are a gap, not 0 (their families stay).
    assert f.loc["fasilitasi", "orang"] == 45 and f[["orang"]].drop("fasilitasi").isna().all().all()
    # Families where the function has them; none counted (coordination here) is a gap too, not 0.
    assert f.loc["fasilitasi", "kk"] == 43 and pd.isna(f.loc["koordinasi", "kk"]) and pd.isna(f.loc["administrasi", "kk"])
    assert f["persen_kegiatan"].sum() == pytest.approx(100)
    p = metrics.breakdown(k, "program", "2024-01-01", "2024-01-01", kode_kec="A").set_index("kode")
    # the monthly report is no casework: it is left out of programme and category breakdowns
    assert set(p.index) == {"rehsos", "sembako"}
    # PPKS categories are those of cases: a meeting or a distribution without one is no category "not filled in";
    # a home visit without one is.
    c = metrics.breakdown(k, "kategori_ppks", "2024-01-01", "2024-01-01").set_index("kode")
    assert c["kegiatan"].to_dict() == {"P24": 3}
    visit = pd.concat([k, k.iloc[[0]].assign(kategori_ppks=None, kegiatan=7)], ignore_index=True)
    c = metrics.breakdown(visit, "kategori_ppks", "2024-01-01", "2024-01-01").set_index("kode")
    assert c["kegiatan"].to_dict() == {"P24": 3, metrics.NOT_FILLED: 7}


def test_hours_share_and_its_refusal(cov):
    h = metrics.hours_share(cov.reset_index(), 80.0).set_index("kode_kec")
    assert h.loc["A", "persen_waktu"] == pytest.approx(100 * 8 / 80)
    with pytest.raises(ValueError, match="lebih dari 0"):
        metrics.hours_share(cov.reset_index(), 0)


def test_workload_vs_median(cov):
    v = metrics.workload_vs_median(cov.reset_index(), "orang_per_bulan").set_index("kode_kec")
    # median of A = 15 and B = 9 (C vacant, left out) is 12
    assert v.loc["A", "median"] == 12 and v.loc["A", "selisih_persen"] == pytest.approx(25)
    assert v.loc["B", "posisi"] == "di bawah median" and v.loc["C", "posisi"] == "tidak ada data"


def test_people_are_a_gap_where_they_are_not_recorded_not_nobody_served():
    agg = pd.DataFrame({
        "kode_kec": ["K"] * 4, "bulan": pd.to_datetime(["2024-01-01"] * 4),
        "fungsi": ["fasilitasi", "fasilitasi", "koordinasi", "koordinasi"],
        "jenis_kegiatan": ["kunjungan_rumah", "rujukan", "rapat_desa", "rapat_kecamatan"],
        "kegiatan": [3, 1, 2, 1], "orang": [7.0, 0.0, 0.0, 25.0], "jam": [6.0, 2.0, 3.0, 2.0]})
    out = metrics.activity_counts(agg, "K", "2024-01-01", "2024-01-01").set_index("jenis_kegiatan")["orang"]
    # A facilitation with nobody served stays 0; a meeting's people were not asked for (a gap) unless written.
    assert out["kunjungan_rumah"] == 7 and out["rujukan"] == 0
    assert np.isnan(out["rapat_desa"]) and out["rapat_kecamatan"] == 25


def test_people_served_all_written_0_is_a_gap_not_the_least_served():
    """Rantau Alai (store sf) logged every facilitation with 0 people and 0 families and was ranked least served at
    0,0 on Beranda and Peta: a count not made is no figure, and it is left unranked."""
    # A's facilitation served people; B's was all written 0 people and 0 families; C is vacant.
    agg = pd.DataFrame({"kode_kec": ["A", "A", "B", "B"], "bulan": pd.to_datetime(["2024-01-01"] * 4),
                        "fungsi": ["fasilitasi", "koordinasi", "fasilitasi", "koordinasi"],
                        "kegiatan": [10, 2, 5, 3], "orang": [40.0, 0.0, 0.0, 0.0], "kk": [20.0, 0.0, 0.0, 0.0]})
    akb = agg_kec_bulan().assign(orang=lambda d: d["orang"].where(d["kode_kec"] != "B", 0.0),
                                 kk=lambda d: d["kk"].where(d["kode_kec"] != "B", 0.0))
    cov = metrics.coverage(kec(), pos_bulan(), akb, agg_desa_bulan(), "2024-01-01", "2024-03-01",
                           agg_kegiatan=agg).set_index("kode_kec")
    assert cov.loc["B", "orang_tak_tercatat"] and not cov.loc["A", "orang_tak_tercatat"]
    assert np.isnan(cov.loc["B", "orang_per_1000kk"]) and np.isnan(cov.loc["B", "orang_per_bulan"])
    assert cov.loc["B", "kegiatan_per_bulan"] == pytest.approx(8 / 2)  # other measures keep their figures
    assert cov.loc["A", "orang_per_1000kk"] == pytest.approx(75 / 9 / 3)
    ranked = metrics.rank_underserved(cov.reset_index(), "orang_per_1000kk").set_index("kode_kec")
    assert pd.isna(ranked.loc["B", "peringkat"]) and ranked.loc["A", "peringkat"] == 2  # C, vacant, first
    # Without the activity table (an older caller) the figure stays as the log says.
    assert metrics.coverage(kec(), pos_bulan(), akb, agg_desa_bulan(), "2024-01-01", "2024-03-01").set_index(
        "kode_kec").loc["B", "orang_per_1000kk"] == 0


def test_a_post_held_in_two_spells_of_the_period_is_named_with_the_month_it_was_filled_again():
    """Kandis's TKSK left in August and a new one came in October: one scorecard row pooled both (walk-through of
    2026-12-06). A spell counts for the months whose 15th it covers, as the posts by month do."""
    ts = pd.Timestamp
    roster = pd.DataFrame({
        "id_pos": ["P1", "P1", "P1", "P2", "P3", "P3"],
        "kode_kec": ["16.10.13", "16.10.13", "16.10.13", "16.10.01", "16.10.02", "16.10.02"],
        "status": ["aktif", "kosong", "aktif", "aktif", "aktif", "aktif"],
        "tanggal_mulai": [ts("2024-01-01"), ts("2026-09-01"), ts("2026-10-01"), ts("2024-01-01"), ts("2024-01-01"),
                          ts("2026-10-20")],
        "tanggal_selesai": [ts("2026-08-31"), ts("2026-09-30"), pd.NaT, pd.NaT, ts("2026-10-18"), pd.NaT]})
    out = metrics.refilled_posts(roster, "2026-08-01", "2026-11-01")
    # P3's second spell starts after October's 15th: it covers November only, and its first spell October.
    assert out.to_dict("records") == [{"kode_kec": "16.10.02", "id_pos": "P3", "bulan": ts("2026-11-01")},
                                      {"kode_kec": "16.10.13", "id_pos": "P1", "bulan": ts("2026-10-01")}]
    # A period holding one spell only names none; nor does an empty roster.
    assert metrics.refilled_posts(roster, "2026-10-01", "2026-10-01").empty
    assert metrics.refilled_posts(roster.iloc[:0], "2026-08-01", "2026-11-01").empty
    # Back-to-back spells are a decree renewed as often as a new holder: not named (review of 2026-12-06).
    renewed = pd.DataFrame({"id_pos": ["P4", "P4"], "kode_kec": ["16.10.03"] * 2, "status": ["aktif"] * 2,
                            "tanggal_mulai": [ts("2024-01-01"), ts("2026-09-01")],
                            "tanggal_selesai": [ts("2026-08-31"), pd.NaT]})
    assert metrics.refilled_posts(renewed, "2026-08-01", "2026-11-01").empty


def test_population_by_source_is_one_row_per_code_and_says_a_code_outside_the_kecamatan_table(demo_store):
    """Review rev28 #11: the pivot was on code and name, so a kecamatan two sources spell two ways gave two rows (17
    for 16, both under the table's name), and a code not in the kecamatan table was dropped without a word."""
    p, k = demo_store.read("penduduk"), demo_store.read("kecamatan")
    assert len(metrics.population_by_source(p, k)) == len(k)
    spelled = p.copy()
    i = spelled.index[(spelled["tingkat"] == "kecamatan") & (spelled["kode_wilayah"] == "16.10.02")][0]
    spelled.loc[i, "nama_wilayah"] = "Tanjung Raja (lama)"
    wide = metrics.population_by_source(spelled, k)
    assert len(wide) == len(k) and wide["kode_kec"].is_unique and wide["di_tabel_kecamatan"].all()
    assert len(metrics.population_by_source(spelled)) == len(k)  # without the table, too
    extra = p.loc[[i]].assign(kode_wilayah="16.10.99", nama_wilayah="Kecamatan Baru")
    wide = metrics.population_by_source(pd.concat([p, extra], ignore_index=True), k)
    assert len(wide) == len(k) + 1
    last = wide.iloc[-1]
    assert (last["kode_kec"], last["nama_kec"], bool(last["di_tabel_kecamatan"])) == ("16.10.99", "Kecamatan Baru", False)
