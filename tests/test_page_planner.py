"""Perencanaan under AppTest with the demo store, and the printable brief."""

import pandas as pd
import pytest
from helpers import open_page
from tksk import scenario, wisn


def open_planner(root, monkeypatch):
    return open_page(root, monkeypatch, "views/perencanaan.py")


def result(at) -> pd.DataFrame:
    return [d.value for d in at.dataframe if "Pos perlu" in d.value.columns][0]


def need(at) -> float:
    table = result(at)
    return sum(float(str(v).replace(".", "").replace(",", ".")) for v in table["Perlu (WISN)"])


@pytest.fixture
def at(demo_store_root, monkeypatch):
    return open_planner(demo_store_root, monkeypatch)


def test_regency_total_is_the_sum_of_the_kecamatan(at):
    table = result(at)
    assert len(table) == 16
    metric = [m for m in at.metric if m.label == "TKSK dibutuhkan (WISN)"][0]
    assert int(metric.value) == table["Pos perlu"].sum()
    now = [m for m in at.metric if m.label == "TKSK sekarang"][0]
    assert int(now.value) == table["TKSK sekarang"].sum() == 19


def test_more_hours_a_day_need_fewer_tksk(at):
    before = need(at)
    at.number_input(key="wisn_awt_hours_per_day").set_value(5.25).run()
    assert not at.exception
    assert need(at) < before
    assert [m.value for m in at.metric if m.label == "Waktu kerja tersedia"] == ["1.113 jam"]


def test_a_longer_standard_time_needs_more_tksk(at):
    before = need(at)
    at.session_state["wisn_std_1"] = {"edited_rows": {0: {"Jam per satuan": 4.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert need(at) > before


def test_cas_of_100_percent_is_refused(at):
    at.session_state["wisn_cas_1"] = {"edited_rows": {0: {"%": 96.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert any("harus di bawah 100 %" in e.value for e in at.error)


def test_a_saved_scenario_reloads_to_the_same_table(demo_store_root, monkeypatch):
    first = open_planner(demo_store_root, monkeypatch)
    first.number_input(key="wisn_awt_hours_per_day").set_value(4.0).run()
    first.number_input(key="wisn_speed").set_value(20.0).run()
    expected = result(first)
    saved = scenario.dump(wisn.Params(awt=wisn.AWT(260, 12, 19, 5, 12, 4.0), travel=wisn.Travel(speed_kmh=20.0)),
                          {"per_penduduk": 25000, "per_desa": 12, "tali_asih": 1_000_000})
    second = open_planner(demo_store_root, monkeypatch)
    assert not result(second).equals(expected)
    second.file_uploader(key="wisn_upload").set_value(("skenario.json", saved.encode(), "application/json")).run()
    assert not second.exception
    assert any("Skenario dibuka: skenario.json" in s.value for s in second.success)
    pd.testing.assert_frame_equal(result(second), expected)


def test_a_bad_scenario_file_gets_a_clear_error(at):
    at.file_uploader(key="wisn_upload").set_value(("lama.json", b'{"format": "tksk-wisn-scenario", "version": 0}',
                                                   "application/json")).run()
    assert not at.exception
    assert any("versi 0 tidak didukung" in e.value for e in at.error)


def test_brief_is_one_page_html_with_every_kecamatan(demo_store):
    from tksk import poverty
    from tksk.present import brief

    k, d = demo_store.read("kecamatan"), demo_store.read("desa")
    poor = poverty.latest(demo_store.read("kemiskinan"), "16.10", "penduduk_miskin_ribu") * 1000
    t, tot, sc = wisn.plan_regency(k, d, demo_store.read("pos_bulan"), demo_store.read("agg_kegiatan"), poor,
                                   "2024-01-01", "2024-12-01", wisn.Params(), 25000, 12)
    html = brief.brief_html(t, tot, wisn.Params(), demo_store.geo("kecamatan"), region="Kabupaten Ogan Ilir",
                            period="Januari 2024 – Desember 2024", logs="CONTOH (demo)", allowance=1_000_000, scenarios=sc,
                            demo=True)
    assert "@page { size: A4 portrait" in html
    assert html.count("<path ") == 16 and html.count("<tr><td>") == 16
    assert f"memerlukan <b>{tot['perlu_bulat']}</b> pos TKSK" in html
    assert "DATA CONTOH" in html
    # Nothing is fetched when it is printed: no external image, stylesheet, font or script.
    for fetch in ('src="http', 'href="http', "url(http", "@import", "<script", "<link"):
        assert fetch not in html
