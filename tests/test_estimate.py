"""The kecamatan population estimate: whole people that add up to the regency total."""

import pandas as pd

from etl.estimate import kecamatan_estimate, largest_remainder


def test_largest_remainder_adds_up():
    assert largest_remainder(pd.Series([1.0, 1.0, 1.0]), 10).tolist() == [4, 3, 3]  # ties to the first
    assert largest_remainder(pd.Series([0.5, 0.3, 0.2]), 7).tolist() == [4, 2, 1]  # 3,5 2,1 1,4: the ,5 gets it
    assert largest_remainder(pd.Series([2.0, None]), 5).tolist()[0] == 5


def test_population_estimate_sums_to_the_regency_total(demo_store):
    assert demo_store.read("kecamatan")["penduduk_kini"].sum() == 446_020


def kab_rows():
    return pd.DataFrame({"kode_wilayah": ["99.01"] * 3, "tingkat": "kabupaten", "tahun": [2010, 2010, 2025],
                         "penduduk": [1_000.0, 1_000.0, 2_000.0],
                         "jenis_angka": ["sensus_penduduk_2010", "sensus_penduduk_2010_jumlah_desa", "data_kepmendagri"],
                         "turunan": [False, True, False]})


def test_a_kecamatan_without_a_2010_figure_is_a_gap_and_the_others_keep_their_share():
    """One kecamatan's 2010 figure missing: it has no estimate, and the others are their share of the regency's
    2010 census total (1.000), not of the known kecamatan's sum (500), which doubled them (audit of 2026-12-06)."""
    kec2010 = pd.DataFrame({"kode_kec": ["99.01.01", "99.01.02", "99.01.03"], "penduduk_2010": [300.0, 200.0, None]})
    est, year, total, method = kecamatan_estimate(kec2010, kab_rows())
    assert est["penduduk_kini"].tolist()[:2] == [600, 400] and pd.isna(est["penduduk_kini"].iloc[2])
    assert est["penduduk_kini_tahun"].tolist()[:2] == [2025, 2025] and pd.isna(est["penduduk_kini_tahun"].iloc[2])
    assert year == 2025 and total == 2_000 and "99.01.03" in method and "1.000" in method
    complete = kecamatan_estimate(kec2010.fillna(500.0), kab_rows())[0]
    assert complete["penduduk_kini"].tolist() == [600, 400, 1_000]  # every share known: they add up to 2.000


def test_without_a_published_2010_total_a_missing_share_leaves_the_regency_without_an_estimate():
    kec2010 = pd.DataFrame({"kode_kec": ["99.01.01", "99.01.02"], "penduduk_2010": [300.0, None]})
    est = kecamatan_estimate(kec2010, kab_rows().iloc[1:])[0]
    assert est["penduduk_kini"].isna().all()


def test_no_share_against_a_quick_count_or_a_base_smaller_than_the_kecamatan_known():
    """Only the final census total is a base: the quick count (380.861 against 380.904) could make the known
    kecamatan more than the regency (review of 2026-12-06)."""
    kec2010 = pd.DataFrame({"kode_kec": ["99.01.01", "99.01.02"], "penduduk_2010": [300.0, None]})
    quick = kab_rows().assign(jenis_angka=["sensus_penduduk_2010_hasil_olah_cepat", "sensus_penduduk_2010_jumlah_desa",
                                           "data_kepmendagri"])
    assert kecamatan_estimate(kec2010, quick)[0]["penduduk_kini"].isna().all()
    small = kab_rows().assign(penduduk=[200.0, 200.0, 2_000.0])
    assert kecamatan_estimate(kec2010, small)[0]["penduduk_kini"].isna().all()


def test_an_undated_regency_row_is_not_the_latest_total():
    from tksk.need import latest_regency_population

    undated = pd.concat([kab_rows(), kab_rows().iloc[[2]].assign(tahun=pd.NA, penduduk=9_999.0)], ignore_index=True)
    latest = latest_regency_population(undated)
    assert latest["tahun"].tolist() == [2025] and latest["penduduk"].tolist() == [2_000.0]
    kec2010 = pd.DataFrame({"kode_kec": ["99.01.01", "99.01.02"], "penduduk_2010": [300.0, 700.0]})
    assert kecamatan_estimate(kec2010, undated)[0]["penduduk_kini"].tolist() == [600, 1_400]
