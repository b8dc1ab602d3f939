"""Indicator functions on small hand-made frames; expected values worked out by hand."""

import numpy as np
import pandas as pd
import pytest

from tksk import indicators as ind

M = pd.Timestamp


def referrals(*rows):
    """The rujukan table of kecamatan A: (month made, month the result was known, referrals, aid within 90 days)."""
    made, known, n, aid = zip(*rows)
    return pd.DataFrame({"kode_kec": "A", "bulan": pd.to_datetime(made), "bulan_diketahui": pd.to_datetime(known),
                         "rujukan": n, "bantuan_90": aid})


def tables():
    """Two kecamatan over Jan-Feb 2024: A staffed both months, B vacant both months."""
    kec = pd.DataFrame({"kode_kec": ["A", "B"], "nama_kec": ["Alfa", "Beta"], "jumlah_desa_kel": [4, 2],
                        "jumlah_kk": [2000.0, 1000.0]})
    pb = pd.DataFrame({"kode_kec": ["A", "A", "B", "B"], "bulan": [M("2024-01-01"), M("2024-02-01")] * 2,
                       "pos_aktif": [1, 1, 0, 0], "pos_kosong": [0, 0, 1, 1], "pos_asumsi": False})
    ad = pd.DataFrame({"kode_kec": "A", "kode_desa": ["A1", "A2", "A1", "A3"],
                       "bulan": [M("2024-01-01"), M("2024-01-01"), M("2024-02-01"), M("2024-02-01")],
                       "fungsi": ["koordinasi", "koordinasi", "fasilitasi", "fasilitasi"], "kegiatan": 1, "orang": 1.0})
    # A's activities by month, as the aggregation writes them. January: 3 rapat_desa and 1 rapat_kecamatan,
    # 2 home visits with a PPKS category (P24), 1 usulan_dtks. February: 2 rapat_psks, 3 Sembako
    # assistances with 300 people, 5 verifikasi_dtks.
    akb = pd.DataFrame({
        "kode_kec": "A", "bulan": [M("2024-01-01"), M("2024-02-01")], "koordinasi": [4, 2], "mitra_desa": [3, 0],
        "mitra_psks": [0, 2], "mitra_program": [0, 0], "mitra_kecamatan": [1, 0], "kasus_ppks": [2, 0],
        "sembako": [0, 3], "orang_sembako": [0.0, 300.0], "dtks": [1, 5], "desa_koordinasi": [2, 0],
        "desa_fasilitasi": [0, 2]})
    lap = pd.DataFrame({"kode_kec": ["A"], "id_pos": ["A-1"], "bulan_laporan": [M("2024-01-01")],
                        "tanggal_kirim": [M("2024-02-15")]})  # January late (deadline 10 Feb); February: no report
    # Referrals of 15 January: aid on 14 February (30 days), aid on 14 May (120 days: a failure known when 90 days
    # ran out, 14 April), a rejection on 20 January; of 15 February: still pending (90 days run out on 15 May).
    ru = referrals(("2024-01-01", "2024-02-01", 1, 1), ("2024-01-01", "2024-04-01", 1, 0),
                   ("2024-01-01", "2024-01-01", 1, 0), ("2024-02-01", "2024-05-01", 1, 0))
    kl = pd.DataFrame({"kode_kec": "A", "bulan": [M("2024-01-01"), M("2024-02-01")], "baris": [10, 10],
                       "baris_lengkap": [10, 8]})
    return {"kecamatan": kec, "pos_bulan": pb, "agg_kec_bulan": akb, "agg_desa_bulan": ad, "laporan": lap,
            "rujukan": ru, "kelengkapan_log": kl}


@pytest.fixture
def vals():
    return ind.values(ind.components(tables(), "2024-01-01", "2024-02-01"))


def test_coordination_indicators(vals):
    assert vals.loc["A", "K1"] == pytest.approx(6 / 2)  # 6 meetings over 2 post-months
    assert vals.loc["A", "K2"] == pytest.approx(100 * 2 / 4)  # A1, A2 of 4 desa
    assert vals.loc["A", "K3"] == 3  # desa, kecamatan, psks


def test_facilitation_indicators(vals):
    # F1: 2 PPKS cases ÷ (2.000 KK ÷ 1.000 × 2 months) = 0,5
    assert vals.loc["A", "F1"] == pytest.approx(0.5)
    # F2 at 29 February: known then are the aid of 14 February and the rejection; the 120-day aid (its 90 days run
    #     out in April) and the February referral are pending → 1 of 2.
    assert vals.loc["A", "F2"] == pytest.approx(50)
    # F3: 300 people ÷ (2 ribu KK × 1 round month) = 150
    assert vals.loc["A", "F3"] == pytest.approx(150)
    # F4: desa with fasilitasi: A1, A3 of 4 → 50 %; a desa with no activity counts in the denominator
    assert vals.loc["A", "F4"] == pytest.approx(50)


def test_administration_indicators(vals):
    assert vals.loc["A", "A1"] == pytest.approx(50)  # January received, February not: a month with no report is 0
    assert vals.loc["A", "A2"] == pytest.approx(0)  # January's came on the 15th
    assert vals.loc["A", "A3"] == pytest.approx(6 / 2)
    assert vals.loc["A", "A4"] == pytest.approx(90)


def test_vacant_post_has_no_value_and_no_score(vals):
    assert vals.loc["B", "kosong"]
    assert vals.loc["B", list(ind.INDICATORS)].isna().all()
    s = ind.scores(vals)
    assert np.isnan(s.loc["B", "komposit"]) and s.loc["B", "status"] == "kosong"


def test_scores_and_composite(vals):
    s = ind.scores(vals)
    # K1 3/4 → 75; K2 50/80 → 62,5; K3 3/4 → 75: koordinasi = 70,8
    assert s.loc["A", "K1"] == 75 and s.loc["A", "K2"] == 62.5
    assert s.loc["A", "koordinasi"] == pytest.approx((75 + 62.5 + 75) / 3)
    # F1 0,5/0,5 → 100; F2 50/60 → 83,3; F3 → 100; F4 50/90 → 55,6
    assert s.loc["A", "fasilitasi"] == pytest.approx((100 + 50 / 60 * 100 + 100 + 50 / 90 * 100) / 4)
    # A1 50; A2 0; A3 3/3 → 100; A4 90/95
    assert s.loc["A", "administrasi"] == pytest.approx((50 + 0 + 100 + 90 / 95 * 100) / 4)
    assert s.loc["A", "komposit"] == pytest.approx(s.loc["A", ["koordinasi", "fasilitasi", "administrasi"]].mean())
    assert s.loc["A", "status"] == ind.traffic_light(s.loc["A", "komposit"])


def test_scores_are_capped_at_100(vals):
    s = ind.scores(vals, ind.with_targets(ind.Settings(), K1=1))
    assert s.loc["A", "K1"] == 100


def test_changing_a_target_changes_the_score(vals):
    base = ind.scores(vals)
    easier = ind.scores(vals, ind.with_targets(ind.Settings(), K2=50))
    assert easier.loc["A", "K2"] == 100 > base.loc["A", "K2"]
    assert easier.loc["A", "komposit"] > base.loc["A", "komposit"]


def test_weights_change_the_composite(vals):
    s = ind.scores(vals, ind.Settings(weights={"koordinasi": 0, "fasilitasi": 0, "administrasi": 1}))
    assert s.loc["A", "komposit"] == pytest.approx(s.loc["A", "administrasi"])


def test_bad_settings_are_refused(vals):
    with pytest.raises(ValueError, match="lebih dari 0"):
        ind.scores(vals, ind.with_targets(ind.Settings(), A1=0))
    with pytest.raises(ValueError, match="bobot"):
        ind.scores(vals, ind.Settings(weights={"koordinasi": 0, "fasilitasi": 0, "administrasi": 0}))


def test_month_with_no_reports_and_pending_referral():
    v = ind.values(ind.components(tables(), "2024-02-01", "2024-02-01"))
    assert v.loc["A", "A1"] == 0  # a month with no report
    assert np.isnan(v.loc["A", "F2"])  # only a pending referral, made this month: nothing to judge yet


def test_an_old_pending_referral_counts_as_not_helped():
    t = tables()
    # Two referrals of January: one helped in February, one still pending when its 90 days ran out in April.
    t["rujukan"] = referrals(("2024-01-01", "2024-02-01", 1, 1), ("2024-01-01", "2024-04-01", 1, 0))
    t["pos_bulan"] = pd.concat([t["pos_bulan"], t["pos_bulan"].assign(bulan=M("2024-05-01"))])
    v = ind.values(ind.components(t, "2024-01-01", "2024-05-01"))
    assert v.loc["A", "F2"] == pytest.approx(50)


def test_a_referral_decided_after_the_period_counts_as_pending():
    t = tables()
    # January: helped within the month. February: rejected in March, after a period that ends in February.
    t["rujukan"] = referrals(("2024-01-01", "2024-01-01", 1, 1), ("2024-02-01", "2024-03-01", 1, 0))
    at_february = ind.values(ind.components(t, "2024-01-01", "2024-02-01"))
    assert at_february.loc["A", "F2"] == pytest.approx(100)  # 1 of 1 known: the rejection was not known yet
    t["pos_bulan"] = pd.concat([t["pos_bulan"], t["pos_bulan"].assign(bulan=M("2024-03-01"))])
    at_march = ind.values(ind.components(t, "2024-01-01", "2024-03-01"))
    assert at_march.loc["A", "F2"] == pytest.approx(50)  # by the end of March it was: 1 of 2


def test_pooled_regency_sums_numerators_and_denominators():
    comp = ind.components(tables(), "2024-01-01", "2024-02-01", pooled=True)
    v = ind.values(comp)
    # B is vacant: it adds desa to the denominator of K2 but nothing else
    assert v.loc["kabupaten", "K2"] == pytest.approx(100 * 2 / 6)
    assert v.loc["kabupaten", "K1"] == pytest.approx(3)


def test_contributions_point_at_the_weakest_indicator(vals):
    card = ind.scorecard(tables(), "2024-01-01", "2024-02-01").set_index("kode_kec")
    c = ind.contributions(card.loc["A"])
    assert c.iloc[0]["indikator"] == "A2"  # score 0: the largest loss
    assert c["poin_hilang"].sum() == pytest.approx(100 - card.loc["A", "komposit"])


def test_method_note_lists_every_indicator():
    from tksk.present.indicators import method_note

    note = method_note(ind.with_targets(ind.Settings(), K1=5))
    for k in ind.INDICATORS:
        assert f"| {k} |" in note
    assert "| K1 | Pertemuan koordinasi per bulan | kegiatan fungsi koordinasi ÷ bulan-pos aktif | 5 |" in note


def test_monthly_agrees_with_the_period_function_month_by_month():
    t = tables()
    by_month = ind.monthly(t, "2024-01-01", "2024-02-01", kode_kec="A").set_index("bulan")
    for m in ("2024-01-01", "2024-02-01"):
        one = ind.values(ind.components(t, m, m)).loc["A"]
        for k in ind.INDICATORS:
            a, b = by_month.loc[M(m), k], one[k]
            assert (np.isnan(a) and np.isnan(b)) or a == pytest.approx(b), (m, k)
    pooled = ind.monthly(t, "2024-01-01", "2024-02-01").set_index("bulan")
    one = ind.values(ind.components(t, "2024-01-01", "2024-01-01", pooled=True)).iloc[0]
    for k in ind.INDICATORS:
        a, b = pooled.loc[M("2024-01-01"), k], one[k]
        assert (np.isnan(a) and np.isnan(b)) or a == pytest.approx(b), k
