"""WISN arithmetic: published worked examples and hand-worked cases, through the functions the page calls."""

import json
import re
import math

import pandas as pd
import pytest

from tksk import annual, need, planning, scenario, wisn


def test_kenya_hiv_clinic_example():
    # Burmen et al., Human Resources for Health 2017, 15:9, Table 3.
    days = wisn.available_days(52 * 4.5, 10, 30, 15, 0)
    assert 52 * 4.5 == 234 and days == 179
    hours = 10_000 * 10 * 0.25
    assert hours == 25_000
    eight_hour_days = hours / 8
    assert eight_hour_days == 3125
    # In days: SW = AWT (days) ÷ unit time (days per unit) — one "unit" here is one 8-hour day.
    staff = wisn.required_staff({"klinik": eight_hour_days}, {"klinik": 1.0}, days)
    assert round(staff, 2) == 17.46


# Joarder et al., BMJ Open 2020;10:e035183, Table 5: current staff and the WISN software's required staff per
# Upazila Health Complex, with the difference and ratio it printed (the inputs behind "required" are not published
# in the table, so the requirement itself cannot be recomputed here).
JOARDER_TABLE_5 = {
    "physician": [("Shailkupa", 4, 8.14, -4.14, 0.49), ("Kotchandpur", 3, 10.71, -7.71, 0.28),
                  ("Kulaura", 4, 12.28, -8.28, 0.33), ("Sreemangal", 7, 11.23, -4.23, 0.62)],
    "nurse": [("Shailkupa", 14, 16.08, -2.08, 0.87), ("Kotchandpur", 15, 22.80, -7.8, 0.66),
              ("Kulaura", 10, 16.08, -6.08, 0.62), ("Sreemangal", 12, 20.46, -8.46, 0.59)],
}


@pytest.mark.parametrize("cadre", JOARDER_TABLE_5)
def test_bangladesh_upazila_table_5(cadre):
    rows = JOARDER_TABLE_5[cadre]
    for _, current, required, diff, r in rows:
        assert round(wisn.difference(current, required), 2) == diff
        assert round(wisn.ratio(current, required), 2) == r
    table = pd.DataFrame({"tksk_sekarang": [x[1] for x in rows], "wisn_perlu": [x[2] for x in rows]})
    table["wisn_perlu_bulat"] = wisn.posts(table["wisn_perlu"])
    table["rasio"] = wisn.ratio(table["tksk_sekarang"], table["wisn_perlu"])
    tot = wisn.totals(table)
    # The abstract's "physicians WISN ratio 0.43" is the mean of the four facility ratios; pooled it is 0.42.
    if cadre == "physician":
        assert round(tot["rasio_rata_rata"], 2) == 0.43 and round(tot["rasio_gabungan"], 2) == 0.42
    # Every facility is short: posts needed (rounded up) minus current.
    assert tot["pos_tambah"] == sum(math.ceil(x[2]) - x[1] for x in rows) and tot["pos_lebih"] == 0


def test_tksk_to_add_tell_vacant_posts_to_fill_from_new_posts():
    # A needs 3 (2,2 rounded up), has 1 TKSK and 1 vacant post: 1 to fill, 1 new. B needs 2, has none and 2
    # vacant posts: both filled. C needs 1 and has 1 with a vacant post beside it: nothing to add.
    table = pd.DataFrame({"tksk_sekarang": [1, 0, 1], "pos_kosong": [1, 2, 1], "wisn_perlu": [2.2, 1.5, 0.8]})
    table["wisn_perlu_bulat"] = wisn.posts(table["wisn_perlu"])
    table["rasio"] = wisn.ratio(table["tksk_sekarang"], table["wisn_perlu"])
    tot = wisn.totals(table)
    assert (tot["pos_tambah"], tot["pos_isi"], tot["pos_baru"], tot["pos_kosong"]) == (4, 3, 1, 4)
    # Without the column every TKSK to add is a new post, as before.
    assert wisn.totals(table.drop(columns="pos_kosong"))["pos_baru"] == 4


def test_abk_kes_presets():
    awt = wisn.PRESETS["abk_kes"][0]
    assert awt.days == 212 and awt.hours == pytest.approx(1113)
    six = wisn.PRESETS["abk_kes_6"][0]
    assert six.days == 264 and six.hours == pytest.approx(1155)
    assert wisn.PRESETS["tksk_paruh_waktu"][0].hours == pytest.approx(636)
    # The capacity every page compares work with: AWT ÷ 12.
    assert wisn.monthly_hours(awt) == pytest.approx(92.75)
    assert wisn.monthly_hours(wisn.PRESETS[wisn.DEFAULT_PRESET][0]) == pytest.approx(53)


def test_standard_workload():
    assert wisn.standard_workload(1113, 2.5) == pytest.approx(445.2)
    with pytest.raises(ValueError, match="waktu per satuan harus lebih dari 0"):
        wisn.standard_workload(1113, 0)


def test_caf_iaf_and_refusal():
    assert wisn.caf([5, 5]) == pytest.approx(1 / 0.9)
    assert wisn.caf({"a": 0}) == 1
    with pytest.raises(ValueError, match="jumlah CAS 100 % harus di bawah 100 %"):
        wisn.caf([60, 40])
    with pytest.raises(ValueError, match="di bawah 100 %"):
        wisn.caf([120])
    assert wisn.iaf([100, 122.6], 1113) == pytest.approx(0.2)


def test_required_difference_ratio_by_hand():
    # SW of a visit at 2,5 h in 1.113 h is 445,2, of a meeting at 2 h 556,5: 222,6 visits = 0,5 staff and
    # 111,3 meetings = 0,2 staff; 0,7 × CAF 1/0,9 + IAF 0,1
    req = wisn.required_staff({"v": 222.6, "m": 111.3}, {"v": 2.5, "m": 2.0}, 1113, wisn.caf([10]), 0.1)
    assert req == pytest.approx(0.7 / 0.9 + 0.1)
    assert wisn.difference(1, req) == pytest.approx(1 - req)
    assert wisn.ratio(1, 2.0) == 0.5
    assert math.isnan(wisn.ratio(1, 0))


# The band follows the whole posts: short exactly when the posts are fewer than the need rounded up.
@pytest.mark.parametrize("current, required, band", [
    (1, 1.05, "berat"),  # needs 2 posts, has 1: short, however close the ratio (0,95) is to 1
    (1, 2.5, "sangat_berat"), (2, 4.1, "sangat_berat"), (2, 3.9, "berat"),
    (1, 0.96, "seimbang"), (2, 2.0, "seimbang"), (2, 1.5, "seimbang"),
    (2, 0.96, "ringan"), (2, 0.0, "ringan"),
    (1, 0.0, "seimbang"),  # no work under these settings: still the one TKSK of Permensos 28/2018, not "more"
    (0, 0.5, "kosong"), (0, 0.0, "kosong"),
    # As shown (two decimals): a need of 1,0032 reads "1,00", one post and enough; 1,006 reads "1,01", two.
    (1, 1.0032, "seimbang"), (1, 1.006, "berat"), (2, 2.0049, "seimbang")])
def test_pressure_bands_agree_with_the_posts(current, required, band):
    assert wisn.pressure(current, required) == band
    short = current < wisn.posts(required)
    assert short == (band in ("sangat_berat", "berat", "kosong"))


def test_whole_posts_round_up_and_never_fall_below_one():
    assert wisn.posts([0.0, 0.2, 1.0, 1.0000000001, 1.3]).tolist() == [1, 1, 1, 1, 2]
    # The need as the table shows it decides: "1,00" beside 2 posts was the planner contradicting itself.
    assert wisn.posts([1.0032, 1.0049, 1.006, 2.0002]).tolist() == [1, 1, 2, 2]
    assert str(wisn.posts(0.0)) == "1.0"  # no "-0.0" in a download


def test_refuses_a_year_without_working_time():
    with pytest.raises(ValueError, match="hari kerja tersedia harus lebih dari 0"):
        wisn.available_days(200, 100, 50, 30, 20)


def test_travel_time_round_trip():
    kec = pd.DataFrame({"kode_kec": ["A"], "lat": [0.0], "lng": [0.0]})
    # two desa 10 km and 20 km east along the equator (1° ≈ 111,195 km)
    desa = pd.DataFrame({"kode_kec": ["A", "A"], "lat": [0.0, 0.0], "lng": [10 / 111.195, 20 / 111.195]})
    t = wisn.travel_hours(wisn.desa_distance_km(kec, desa), wisn.Travel(speed_kmh=30, road_factor=1.5))
    # mean straight line 15 km × 1,5 = 22,5 km; round trip 45 km at 30 km/h = 1,5 h
    assert t["A"] == pytest.approx(1.5, rel=1e-3)


def test_plan_and_totals_on_a_small_regency():
    kec = pd.DataFrame({"kode_kec": ["A", "B"], "nama_kec": ["Alfa", "Beta"], "lat": [0.0, 1.0], "lng": [0.0, 1.0],
                        "jumlah_desa_kel": [2, 1], "jumlah_kk": [1000.0, 500.0], "penduduk_kini": [4000.0, 2000.0]})
    desa = pd.DataFrame({"kode_kec": ["A", "A", "B"], "lat": [0.0, 0.0, 1.0], "lng": [0.0, 0.0, 1.0]})  # no travel
    wl = pd.DataFrame(0.0, index=["A", "B"], columns=list(wisn.STANDARDS))
    wl.loc["A", "kunjungan"] = 318  # 318 × 2 h = 636 h = one part-time AWT
    wl.loc["B", "kunjungan"] = 159
    wl["sumber_beban"] = "log"
    params = wisn.Params(cas={}, travel=wisn.Travel(include_round=False))
    t = wisn.plan(kec, desa, wl, pd.Series({"A": 1, "B": 0}), params).set_index("kode_kec")
    assert t.loc["A", "wisn_perlu"] == pytest.approx(1.0) and t.loc["A", "wisn_perlu_bulat"] == 1
    assert t.loc["B", "wisn_perlu"] == pytest.approx(0.5) and t.loc["B", "wisn_perlu_bulat"] == 1
    assert t.loc["A", "rasio"] == pytest.approx(1.0) and t.loc["A", "tekanan"] == "seimbang"
    assert t.loc["B", "rasio"] == 0 and t.loc["B", "selisih"] == pytest.approx(-0.5)
    tot = wisn.totals(t.reset_index())
    assert tot["perlu"] == pytest.approx(1.5) and tot["perlu_bulat"] == 2
    assert tot["rasio_gabungan"] == pytest.approx(1 / 1.5)  # pooled, not the mean of 1,0 and 0
    assert tot["rasio_rata_rata"] == pytest.approx(0.5)
    # A longer unit time needs more staff; a longer year needs fewer.
    slower = wisn.Params(cas={}, travel=wisn.Travel(include_round=False), standards={**params.standards, "kunjungan": 4.0})
    assert wisn.plan(kec, desa, wl, pd.Series({"A": 1}), slower).set_index("kode_kec").loc["A", "wisn_perlu"] == pytest.approx(2.0)


def _monthly_visits(totals: dict, staffed: dict, months) -> pd.DataFrame:
    """Home visits logged evenly over each kecamatan's staffed months, ``totals`` in all."""
    return pd.DataFrame([{"kode_kec": k, "bulan": m, "jenis_kegiatan": "kunjungan_rumah", "kegiatan": n / staffed[k]}
                         for k, n in totals.items() for m in months[:staffed[k]]])


def test_estimate_where_logs_are_thin():
    kec = pd.DataFrame({"kode_kec": ["16.10.01", "16.10.02", "16.10.03", "16.10.04"], "nama_kec": ["Alfa", "Beta", "Gama", "Delta"],
                        "jumlah_desa_kel": [10, 5, 5, 5], "jumlah_kk": [2000.0, 1000.0, 1000.0, 1000.0],
                        "penduduk_kini": [8000.0, 4000.0, 4000.0, 4000.0]})
    months = pd.date_range("2024-01-01", "2024-12-01", freq="MS")
    staffed = {"16.10.01": 12, "16.10.02": 3, "16.10.03": 12, "16.10.04": 12}
    pb = pd.DataFrame({"kode_kec": [k for k in staffed for _ in months], "bulan": list(months) * 4,
                       "pos_aktif": [int(i < n) for n in staffed.values() for i in range(12)]})
    ak = _monthly_visits({"16.10.01": 240, "16.10.02": 5, "16.10.03": 100, "16.10.04": 140}, staffed, months)
    drivers = need.drivers(kec, 150.0)  # one regency's kecamatan (16.10): its log is pooled
    wl = annual.annual_workload(kec, pb, ak, "2024-01-01", "2024-12-01", drivers)
    assert wl.loc["16.10.01", "kunjungan"] == 240 and wl.loc["16.10.01", "sumber_beban"] == "log"
    # B: 3 staffed months < 6: estimated from families at the pooled rate of A, C and D (480 per 4.000 KK)
    assert wl.loc["16.10.02", "sumber_beban"] == "perkiraan" and wl.loc["16.10.02", "kunjungan"] == pytest.approx(120)
    # The kecamatan's monthly report is due whatever was sent and however many posts it has: 12 a year.
    assert wl.loc["16.10.01", "laporan"] == 12 and wl.loc["16.10.02", "laporan"] == 12
    # Only two kecamatan with enough log: too few to speak for the regency, so B has no log estimate and the
    # plan gives it the need-based workload.
    two = annual.annual_workload(kec, pb, ak.loc[ak["kode_kec"] != "16.10.04"], "2024-01-01", "2024-12-01", drivers)
    assert two.loc[["16.10.02", "16.10.04"], "kunjungan"].isna().all() and two.loc["16.10.01", "kunjungan"] == 240


def test_a_kecamatan_s_months_without_a_log_row_are_a_gap_and_not_months_of_no_work():
    """Pemulutan's files for July to December not yet imported: its log was annualised over twelve staffed months
    and its need fell from 3,2 to 2,1 TKSK (review of 2026-12-05). Its six logged months now speak for its year,
    and the months left out are counted for the page to say."""
    kec = pd.DataFrame({"kode_kec": ["16.10.01", "16.10.02", "16.10.03"], "nama_kec": ["Alfa", "Beta", "Gama"],
                        "jumlah_desa_kel": [10, 10, 10], "jumlah_kk": [1000.0] * 3, "penduduk_kini": [4000.0] * 3})
    months = pd.date_range("2024-01-01", "2024-12-01", freq="MS")
    pb = pd.DataFrame({"kode_kec": [k for k in kec["kode_kec"] for _ in months], "bulan": list(months) * 3, "pos_aktif": 1})
    ak = _monthly_visits({"16.10.01": 120, "16.10.02": 120, "16.10.03": 60}, {"16.10.01": 12, "16.10.02": 12, "16.10.03": 6},
                         months)
    wl = annual.annual_workload(kec, pb, ak, "2024-01-01", "2024-12-01", need.drivers(kec, 150.0)).set_index(kec["kode_kec"])
    assert wl.loc["16.10.03", "kunjungan"] == pytest.approx(120) and wl.loc["16.10.03", "sumber_beban"] == "log"
    assert (wl.loc["16.10.03", "bulan_aktif"], wl.loc["16.10.03", "bulan_tanpa_log"]) == (6, 6)
    assert wl.loc["16.10.01", "bulan_tanpa_log"] == 0
    # Three logged months of twelve are too few for a year: the kecamatan is estimated, as one staffed three months is.
    short = _monthly_visits({"16.10.01": 120, "16.10.02": 120, "16.10.03": 30}, {"16.10.01": 12, "16.10.02": 12, "16.10.03": 3},
                            months)
    wl = annual.annual_workload(kec, pb, short, "2024-01-01", "2024-12-01", need.drivers(kec, 150.0))
    assert wl.loc["16.10.03", "sumber_beban"] == "perkiraan"
    # The report of its last logged month, dated in the month after as every report is, is no file of that month:
    # July stays a month without its log (it was counted, and a late file read as a month of almost no work; ux21).
    report = pd.DataFrame([{"kode_kec": "16.10.03", "bulan": months[6], "jenis_kegiatan": "laporan_bulanan",
                            "kegiatan": 1.0}])
    wl = annual.annual_workload(kec, pb, pd.concat([ak, report]), "2024-01-01", "2024-12-01",
                                need.drivers(kec, 150.0)).set_index(kec["kode_kec"])
    assert (wl.loc["16.10.03", "bulan_aktif"], wl.loc["16.10.03", "bulan_tanpa_log"]) == (6, 6)
    assert wl.loc["16.10.03", "kunjungan"] == pytest.approx(120)
    # Nor are reports alone a log of a kecamatan's work.
    only_reports = pd.DataFrame([{"kode_kec": k, "bulan": m, "jenis_kegiatan": "laporan_bulanan", "kegiatan": 1.0}
                                 for k in kec["kode_kec"] for m in months])
    wl = annual.annual_workload(kec, pb, pd.concat([ak.loc[ak["kode_kec"] != "16.10.03"],
                                                    only_reports.loc[only_reports["kode_kec"] == "16.10.03"]]),
                                "2024-01-01", "2024-12-01", need.drivers(kec, 150.0)).set_index(kec["kode_kec"])
    assert not wl.loc["16.10.03", "ada_log"] and wl.loc["16.10.03", "bulan_aktif"] == 0


def test_a_regency_is_estimated_from_its_own_log_and_not_from_another_s():
    """A second regency with no log of its own took the first one's pooled rate: its need rested on other people's
    work. It now has no log estimate, and the plan gives it the need-based workload."""
    codes = ["16.10.01", "16.10.02", "16.10.03", "16.11.01"]
    kec = pd.DataFrame({"kode_kec": codes, "nama_kec": ["A", "B", "C", "D"], "jumlah_desa_kel": [10] * 4,
                        "jumlah_kk": [1000.0] * 4, "penduduk_kini": [4000.0] * 4})
    months = pd.date_range("2024-01-01", "2024-12-01", freq="MS")
    pb = pd.DataFrame({"kode_kec": [k for k in codes for _ in months], "bulan": list(months) * 4, "pos_aktif": 1})
    ak = _monthly_visits({c: 120 for c in codes[:3]}, {c: 12 for c in codes}, months)
    wl = annual.annual_workload(kec, pb, ak, "2024-01-01", "2024-12-01", need.drivers(kec, 150.0))
    assert wl.loc["16.11.01", "sumber_beban"] == "perkiraan" and pd.isna(wl.loc["16.11.01", "kunjungan"])
    assert (wl.loc[codes[:3], "sumber_beban"] == "log").all()


def test_scenarios_side_by_side():
    kec = pd.DataFrame({"kode_kec": ["A"], "nama_kec": ["Alfa"], "penduduk_kini": [49_000.0], "jumlah_desa_kel": [21]})
    w = pd.DataFrame({"kode_kec": ["A"], "wisn_perlu_bulat": [3]})
    s = planning.scenarios(kec, w, pd.Series({"A": 1}), 25_000, 12).iloc[0]
    assert (s["satu_per_kecamatan"], s["per_penduduk"], s["per_desa"], s["wisn"]) == (1, 2, 2, 3)
    with pytest.raises(ValueError, match="N harus lebih dari 0"):
        planning.scenarios(kec, w, pd.Series({"A": 1}), 0, 12)


def test_scenario_round_trip():
    p = wisn.Params(standards={**wisn.Params().standards, "rapat": 3.0}, ias={"16.10.04": 120.0}, basis="kebutuhan",
                    from_log=("kunjungan",), rates={**wisn.Params().rates, "rapat_desa": 6.0})
    back, extra = scenario.load(scenario.dump(p, {"per_penduduk": 20000}))
    assert back == p and extra == {"per_penduduk": 20000}


def test_a_version_1_file_opens_as_a_log_based_plan():
    doc = json.loads(scenario.dump(wisn.Params(standards={**wisn.Params().standards, "rapat": 2.5}), {"per_desa": 10}))
    doc["version"] = 1
    for key in ("basis", "from_log", "rates"):
        del doc["parameter"][key]
    del doc["parameter"]["standards"]["rapat_kecamatan"]
    back, extra = scenario.load(json.dumps(doc))
    assert back.basis == "log" and back.from_log == () and back.rates == wisn.Params().rates
    assert back.standards["rapat_kecamatan"] == 2.5  # version 1 timed every meeting with the one standard
    assert extra == {"per_desa": 10, "versi_berkas": 1}


def test_extra_hours_for_a_kecamatan_the_store_lacks_are_refused():
    doc = json.loads(scenario.dump(wisn.Params(ias={"16.10.04": 100.0, "99.99.99": 5000.0}), {}))
    with pytest.raises(scenario.ScenarioError, match=re.escape("(parameter.ias): kecamatan tidak dikenal: 99.99.99")):
        scenario.load(json.dumps(doc), kecamatan={"16.10.04": "Indralaya"})
    assert scenario.load(json.dumps(doc))[0].ias["99.99.99"] == 5000.0  # without the store's codes, kept


def test_a_file_nested_too_deep_is_not_json():
    with pytest.raises(scenario.ScenarioError, match="bukan JSON yang sah"):
        scenario.load("[" * 100_000)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(version=0), "berkas skenario versi 0 tidak didukung; versi yang didukung: 1, 2"),
    (lambda d: d["parameter"].update(basis="tebakan"), "Dasar beban (parameter.basis): \"tebakan\" tidak dikenal; pilihan: maks, kebutuhan, log"),
    (lambda d: d["parameter"]["rates"].pop("rapat_desa"), "Beban menurut kebutuhan: pemicu dan laju (parameter.rates): tidak ada: rapat_desa"),
    (lambda d: d["parameter"]["rates"].update(rapat_desa=-1), "Koordinasi per desa setahun (pemerintah desa, PSKS) (parameter.rates.rapat_desa): -1 di luar batas 0 sampai 1000"),
    (lambda d: d["parameter"].update(from_log=["main_bola"]), "Pakai median log (parameter.from_log): nama tidak dikenal: main_bola"),
    (lambda d: d.update(format="lain"), "bukan berkas skenario TKSK (kolom \"format\")"),
    (lambda d: d["parameter"]["awt"].pop("hours_per_day"), "F · jam efektif sehari (parameter.awt.hours_per_day): tidak ada"),
    (lambda d: d["parameter"]["awt"].update(working_days="banyak"), "A · hari kerja setahun (parameter.awt.working_days): bukan angka (\"banyak\")"),
    (lambda d: d["parameter"]["standards"].update(kunjungan=-1), "Kunjungan rumah / asesmen (parameter.standards.kunjungan): -1 di luar batas 0.05 sampai 24"),
    (lambda d: d["parameter"]["standards"].update(main_bola=1), "Standar kegiatan dan perjalanan (parameter.standards): nama tidak dikenal: main_bola"),
    (lambda d: d["parameter"]["cas"].update(x=95),
     "Kegiatan penunjang (CAS) dan tugas tambahan (IAS) (parameter.cas): jumlah CAS 104 % harus di bawah 100 %"),
    (lambda d: d["parameter"]["awt"].update(holidays=300), "Waktu kerja tersedia (AWT) (parameter.awt): waktu kerja tersedia harus lebih dari 0 hari"),
    (lambda d: d["parameter"]["travel"].update(speed_kmh=0), "Kecepatan perjalanan (km/jam) (parameter.travel.speed_kmh): 0 di luar batas 1 sampai 120"),
    # Found by fuzzing the page (each used to raise a Python error, or to load a value the page would refuse).
    (lambda d: d["parameter"].update(standards=5), "Standar kegiatan dan perjalanan (parameter.standards): harus berupa objek JSON (nama: angka)"),
    (lambda d: d["parameter"].update(standards=[1, 2]), "Standar kegiatan dan perjalanan (parameter.standards): harus berupa objek JSON (nama: angka)"),
    (lambda d: d["parameter"].update(cas=[1, 2]), "Kegiatan penunjang (CAS) dan tugas tambahan (IAS) (parameter.cas): harus berupa objek JSON (nama: angka)"),
    (lambda d: d["parameter"].update(ias=[1]), "Kegiatan penunjang (CAS) dan tugas tambahan (IAS) (parameter.ias): harus berupa objek JSON (nama: angka)"),
    (lambda d: d["parameter"].update(from_log=5), "Pakai median log (parameter.from_log): harus berupa daftar nama kegiatan"),
    (lambda d: d.update(skenario={"tali_asih": "abc"}), "Tali asih per bulan (Rp) (skenario.tali_asih): bukan angka (\"abc\")"),
    (lambda d: d.update(skenario={"tali_asih": None}), "Tali asih per bulan (Rp) (skenario.tali_asih): bukan angka (null)"),
    (lambda d: d.update(skenario={"tali_asih": 1e300}), "Tali asih per bulan (Rp) (skenario.tali_asih): 1e+300 di luar batas 1000 sampai 20000000"),
    (lambda d: d.update(skenario={"tali_asih": -1e9}), "Tali asih per bulan (Rp) (skenario.tali_asih): -1000000000 di luar batas 1000 sampai 20000000"),
    (lambda d: d.update(skenario={"per_penduduk": 0}), "Satu TKSK per N penduduk (skenario.per_penduduk): 0 di luar batas 1000 sampai 500000"),
    (lambda d: d.update(skenario={"per_desa": -100}), "Satu TKSK per N desa/kelurahan (skenario.per_desa): -100 di luar batas 1 sampai 100"),
    (lambda d: d["parameter"]["awt"].update(hours_per_day=1e12), "F · jam efektif sehari (parameter.awt.hours_per_day): 1000000000000 di luar batas 1 sampai 24"),
    (lambda d: d["parameter"]["travel"].update(speed_kmh=1e-12), "Kecepatan perjalanan (km/jam) (parameter.travel.speed_kmh): 1e-12 di luar batas 1 sampai 120"),
    (lambda d: d["parameter"]["travel"].update(road_factor=1e12), "Faktor jalan (jarak jalan ÷ garis lurus) (parameter.travel.road_factor): 1000000000000 di luar batas 1 sampai 3"),
    (lambda d: d["parameter"].update(min_active_months=100), "Bulan ber-TKSK minimal agar beban dari log dipakai (paling banyak sepanjang periode) (parameter.min_active_months): 100 di luar batas 1 sampai 24"),
    (lambda d: d["parameter"].update(min_active_months=2.5), "Bulan ber-TKSK minimal agar beban dari log dipakai (paling banyak sepanjang periode) (parameter.min_active_months): harus bilangan bulat (2.5)"),
    (lambda d: d["parameter"]["travel"].update(include_round="false"), "Hitung kunjungan rutin (parameter.travel.include_round): harus true atau false (\"false\")"),
    # Found by fuzzing again: messages that rounded or printed Python values, and numbers Python cannot hold.
    (lambda d: d["parameter"]["awt"].update(hours_per_day=24.000000001), "F · jam efektif sehari (parameter.awt.hours_per_day): 24.000000001 di luar batas 1 sampai 24"),
    (lambda d: d["parameter"]["awt"].update(hours_per_day=-0.0), "F · jam efektif sehari (parameter.awt.hours_per_day): 0 di luar batas 1 sampai 24"),
    (lambda d: d["parameter"]["awt"].update(hours_per_day=10**400), "F · jam efektif sehari (parameter.awt.hours_per_day): bukan angka (1000000000000000000000000000000000000000)"),
    (lambda d: d["parameter"]["awt"].update(working_days=400), "A · hari kerja setahun (parameter.awt.working_days): 400 di luar batas 0 sampai 366"),
    (lambda d: d.update(version=True), "berkas skenario versi true tidak didukung; versi yang didukung: 1, 2"),
    (lambda d: d.pop("version"), "versi berkas tidak ada; versi yang didukung: 1, 2"),
])
def test_bad_scenario_files_are_refused(mutate, message):
    """Each refusal names the field by its label on the page and its place in the file, in one language: the
    English reader's message has no Indonesian in it (it had both, joined by a slash, and the file's field names
    alone)."""
    doc = json.loads(scenario.dump(wisn.Params(), {}))
    mutate(doc)
    with pytest.raises(scenario.ScenarioError) as refused:
        scenario.load(json.dumps(doc))
    assert refused.value.text("id") == message
    english = refused.value.text("en")
    place = re.search(r"\((parameter[.a-z_]*|skenario[.a-z_]*)\):", message)
    assert (place is None or f"({place[1]}):" in english) and english != message
    assert not re.search(r"\b(tidak|bukan|harus|batas|sampai|berkas)\b", english), english


def test_a_refusal_can_be_kept_in_session_state_copied_and_pickled():
    import copy
    import pickle

    doc = json.loads(scenario.dump(wisn.Params(), {}))
    doc["parameter"]["awt"]["hours_per_day"] = 30
    with pytest.raises(scenario.ScenarioError) as refused:
        scenario.load(json.dumps(doc))
    for kept in (pickle.loads(pickle.dumps(refused.value)), copy.deepcopy(refused.value)):
        assert kept.text("en") == refused.value.text("en") and str(kept) == str(refused.value)


def test_a_refused_scenario_is_said_in_the_reader_s_language():
    doc = json.loads(scenario.dump(wisn.Params(), {}))
    doc["parameter"]["awt"]["hours_per_day"] = 30
    with pytest.raises(scenario.ScenarioError) as refused:
        scenario.load(json.dumps(doc))
    assert refused.value.text("en") == "F · effective hours a day (parameter.awt.hours_per_day): 30 is outside 1 to 24"


def test_not_json_is_refused():
    with pytest.raises(scenario.ScenarioError, match="bukan JSON yang sah"):
        scenario.load("{ rusak")


def test_the_requirement_without_the_table_equals_the_table(demo_store):
    """The uncertainty's fast path (planning.required) is the same arithmetic as the table it summarises."""
    from tksk import planning, poverty

    k = demo_store.read("kecamatan")
    poor = poverty.as_of(demo_store.read("kemiskinan"), "16.10", "penduduk_miskin_ribu", 2024)[0] * 1000
    inputs = planning.prepare(k, demo_store.read("desa"), demo_store.read("pos_bulan"), demo_store.read("agg_kegiatan"),
                              poor, "2024-01-01", "2024-12-01")
    for params in (wisn.Params(), wisn.Params(basis="log", ias={"16.10.05": 200.0}), wisn.Params(basis="kebutuhan")):
        table = planning.evaluate(inputs, params)
        assert planning.required(inputs, params) == pytest.approx(table["wisn_perlu"].to_numpy())
