"""Perencanaan under AppTest with the demo store, and the printable brief."""

import html
import json
import math
import re

import pandas as pd
import pytest
from helpers import chart_spec, open_page, open_tab, plotly_array
from tksk import allocation, fmt, scenario, text, wisn
from tksk.present import planner, planner_detail, workload
from tksk.present.common import Data, Settings

YEAR_2024 = dict(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))


SETTINGS = ("wisn_exp_awt", "wisn_exp_rates", "wisn_exp_std", "wisn_exp_cas", "wisn_exp_rules")


def open_settings(at):
    """Open every settings expander (each draws its widgets only when open)."""
    for key in SETTINGS:
        at.session_state[key] = True
    at.run()
    assert not at.exception, at.exception
    return at


def open_planner(root, monkeypatch):
    return open_settings(open_page(root, monkeypatch, "views/perencanaan.py"))


def result(at) -> pd.DataFrame:
    return [d.value for d in at.dataframe if "Pos dibutuhkan" in d.value.columns][0]


def need(at) -> float:
    return float(pd.to_numeric(result(at)["Beban setara TKSK"]).sum())


@pytest.fixture
def at(demo_store_root, monkeypatch):
    return open_planner(demo_store_root, monkeypatch)


def test_the_answer_comes_first(at):
    first = at.markdown[0].value
    # On settings nobody changed the sentence says they are the defaults; once changed, that they are chosen.
    # One answer first, the one the metric beside it shows; the range of other settings after it.
    posts = at.metric[0].value
    assert first.startswith(f"#### Kabupaten Ogan Ilir memerlukan {posts} pos TKSK dengan setelan bawaan. Dengan asumsi")
    # With the defaults low in their own range, half the draws' need is in the answer itself, not only in grey below;
    # the range says what it is (the middle eight of ten combinations), not hard bounds.
    assert re.search(r"Dengan asumsi lain yang masuk akal, 8 dari 10 kombinasi memerlukan \d+–\d+ pos, dan separuh "
                     r"kombinasi (\d+) pos atau lebih\.", first)
    median = int(re.search(r"separuh kombinasi (\d+)", first).group(1))
    assert median >= int(posts) + planner.SKEW_POSTS
    # The posts counted are those of the period's last month, named (a period ending in the past is not today).
    assert first.endswith("Pos TKSK Desember 2024: 19.")
    at.text_input(key="wisn_awt_hours_per_day:text").input("4").run()
    assert "pos TKSK dengan setelan yang dipilih. " in at.markdown[0].value


def test_a_vacant_post_is_counted_apart_from_new_posts(at, demo_store):
    # The demo's Rantau Panjang post stands vacant from March to August 2024: a period ending in June.
    at.select_slider(key="periode").set_range(pd.Timestamp("2024-01-01"), pd.Timestamp("2024-06-01"))
    at.run()
    assert not at.exception
    assert at.markdown[0].value.endswith("Pos TKSK Juni 2024: 18 terisi, 1 pos kosong.")
    table = result(at).set_index("Kecamatan")
    assert table.loc["Rantau Panjang", "Pos kosong"] == 1 and table["Pos kosong"].sum() == 1
    posts = int(table["Pos dibutuhkan"].sum())
    add = posts - 18
    assert any(f"{add} TKSK perlu ditambah: 1 mengisi pos yang kini kosong, {add - 1} pos baru" in c.value
               for c in at.caption)
    # The next TKSK placed: Rantau Panjang's first fills its post; a period without a vacancy has no such column.
    steps = planner_detail.new_posts(planner.plan(Data(demo_store), Settings(start=pd.Timestamp("2024-01-01"),
                                     end=pd.Timestamp("2024-06-01")), wisn.Params(), 25000, 10)[0], 1, "id").frame
    assert steps.iloc[0]["Kecamatan"] == "Rantau Panjang" and steps.iloc[0, 3] == "0 → 1 (pos kosong diisi)"
    # The brief says the same; placing today's posts afresh counts the vacant post among them and leaves it where
    # it is (it is filled, not moved).
    half = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-06-01"))
    html = planner.brief_html(Data(demo_store), half, wisn.Params(), 25000, 10, 300000)
    assert "TKSK berikutnya: Rantau Panjang (pos kosong diisi)" in html
    table = planner.plan(Data(demo_store), half, wisn.Params(), 25000, 10)[0]
    moved = planner_detail.redistribution(table, "id")
    assert moved["intro"].startswith("19 pos sekarang")
    assert moved["table"] is None or "Rantau Panjang" not in moved["table"].frame["Kecamatan"].tolist()


def test_regency_total_is_the_sum_of_the_kecamatan(at):
    table = result(at)
    assert len(table) == 16
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Pos dibutuhkan"]) == table["Pos dibutuhkan"].sum()
    assert metrics["Beban setara TKSK"] == fmt.number(table["Beban setara TKSK"].sum(), 1)
    # The caption under the tiles names the workload the answer rounds (no "needs 37-54" above a bare "need
    # 30,9"), counted in TKSK of the settings' working time (the part-time preset: 212 days × 3 hours).
    caption = " ".join(c.value for c in at.caption)
    assert (f"Pos dibutuhkan {metrics['Pos dibutuhkan']}: beban setara tiap kecamatan (bersama "
            f"{metrics['Beban setara TKSK']}) dibulatkan ke atas") in caption
    assert "Satu TKSK setara 636 jam kerja setahun (waktu kerja tersedia)." in caption
    assert "beban setara" not in at.markdown[0].value  # the answer stays one number and its range
    assert int(metrics["TKSK akhir periode"]) == table["TKSK akhir periode"].sum() == 19
    # The ratio is the one written beside it: now ÷ the fractional need of the same table.
    assert metrics["Rasio WISN"] == fmt.number(19 / table["Beban setara TKSK"].sum(), 2)
    # A kecamatan with fewer posts than it needs (rounded up) is never in the band "enough".
    short = table["TKSK akhir periode"] < table["Pos dibutuhkan"]
    assert short.any() and not (table.loc[short, "Pita"] == "cukup").any()


def test_more_hours_a_day_need_fewer_tksk(at):
    before = need(at)
    at.text_input(key="wisn_awt_hours_per_day:text").input("5,25").run()
    assert not at.exception
    assert need(at) < before
    assert any(c.value.startswith("= 1.113 jam setahun") for c in at.caption)


def test_the_working_time_text_describes_the_numbers_in_use(at):
    """The preset's "× 3 jam efektif sehari = 636 jam" stayed under F = 5."""
    assert any(c.value.startswith("TKSK paruh waktu: kalender ABK Kes (212 hari) × 3 jam") for c in at.caption)
    at.text_input(key="wisn_awt_hours_per_day:text").input("5").run()
    said = "Diubah dari TKSK paruh waktu: 260 − (12 + 19 + 5 + 12) = 212 hari × 5 jam = 1.060 jam setahun."
    assert said in [c.value for c in at.caption] and not any("636 jam" in c.value for c in at.caption)
    at.text_input(key="wisn_awt_working_days:text").input("250").run()
    assert any(c.value.startswith("Diubah dari TKSK paruh waktu: 250 − (12 + 19 + 5 + 12) = 202 hari × 5 jam = 1.010 jam")
               for c in at.caption)
    awt = wisn.AWT(312, 12, 19, 5, 12, 4.375)
    assert planner_detail.working_time_text("abk_kes_6", awt, "id") == text.t("preset:abk_kes_6", "id")
    assert planner_detail.working_time_text("abk_kes", awt, "en") == (
        "Changed from Civil service, 5-day week (Kemenkes ABK Kes): 312 − (12 + 19 + 5 + 12) = 264 days × 4.375 h = "
        "1,155 h a year.")


def test_both_pages_use_the_same_capacity(demo_store_root, demo_store, monkeypatch):
    at = open_planner(demo_store_root, monkeypatch)
    at.text_input(key="wisn_awt_hours_per_day:text").input("4").run()
    awt = wisn.AWT(260, 12, 19, 5, 12, 4.0)  # 212 days × 4 h = 848 h, 70,7 h a month (to one decimal: an assumption)
    assert any(c.value.startswith("= 848 jam setahun = 70,7 jam sebulan") for c in at.caption)
    at.switch_page("views/beban.py").run()
    open_tab(at, "beban_tab", "Jam tercatat")
    assert any("= 70,7 jam: waktu kerja tersedia setahun (848 jam)" in c.value for c in at.caption)
    shown = [v for v in plotly_array(chart_spec(at, "beban_hours_chart")["data"][0]["x"]) if v is not None]
    expected = workload.hours(Data(demo_store), Settings(**YEAR_2024), wisn.monthly_hours(awt))["table"].frame
    assert sorted(shown) == pytest.approx(sorted(expected["persen_waktu"].dropna()))
    # Back on the planner the setting is still there (Streamlit drops the state of widgets it did not draw).
    at.switch_page("views/perencanaan.py").run()
    assert not at.exception and not at.error
    assert at.session_state["wisn_awt_hours_per_day"] == 4.0
    open_settings(at)
    assert at.text_input(key="wisn_awt_hours_per_day:text").value == "4"


def test_refused_working_time_is_said_on_beban_s_hours_too(demo_store_root, demo_store, monkeypatch):
    """ux31 #10: with A = 40 days (less than the 48 days of leave and holidays) the planner stops with a clear error,
    but Beban › Jam tercatat quoted the default's 53 hours as "diatur sekali di halaman Perencanaan". It says first
    that the planner's settings are refused, then that its hours are the default's and the need cannot be computed."""
    at = open_planner(demo_store_root, monkeypatch)
    open_settings(at)
    at.text_input(key="wisn_awt_working_days:text").input("40").run()
    assert not at.exception and any("Hasil belum bisa dihitung" in e.value for e in at.error)
    at.switch_page("views/beban.py").run()
    open_tab(at, "beban_tab", "Jam tercatat")
    assert not at.exception
    [refused] = [i.value for i in at.info if "ditolak" in i.value]
    assert refused.startswith("Setelan Perencanaan ditolak (Waktu kerja tersedia (AWT)")
    [said] = [c.value for c in at.caption if c.value.startswith("Jam kerja tersedia per TKSK per bulan")]
    default = wisn.monthly_hours(wisn.Params().awt)
    assert f"= {fmt.number_short(default, 1, 'id')} jam: waktu kerja tersedia bawaan setahun" in said
    assert "diatur sekali" not in said and "belum bisa dihitung sampai diperbaiki" in said
    # The chart is still drawn, against the default (its figures are the same as with no setting changed).
    shown = [v for v in plotly_array(chart_spec(at, "beban_hours_chart")["data"][0]["x"]) if v is not None]
    expected = workload.hours(Data(demo_store), Settings(**YEAR_2024), default)["table"].frame
    assert sorted(shown) == pytest.approx(sorted(expected["persen_waktu"].dropna()))
    # In English too.
    at.session_state["lang"] = "en"
    at.run()
    assert any("the default available working time of a year" in c.value for c in at.caption)


def test_the_settings_tables_fit_and_their_sentences_wrap_below_them(at):
    """Sources, drivers and reasons were columns of sentences in the rates' and standards' editors, cut off in one
    line (1786 and 1569 pixels wide in a 926-pixel box at 1366 pixels): they are plain tables that wrap, under each
    editor, and the editors' long headers are short, their full name the tooltip."""
    rates = [d for d in at.dataframe if "Laju" in d.value.columns and "Nilai" in d.value.columns][0]
    assert not {"Sumber", "Pemicu", "Alasan"} & set(rates.value.columns)
    used = json.loads(rates.proto.columns)["Kecamatan yang memakai"]
    assert (used["label"], used["help"]) == ("Kec. memakai", "Kecamatan yang memakai")
    standards = [d for d in at.dataframe if "Jam per satuan" in d.value.columns][0]
    assert "Alasan" not in standards.value.columns
    assert json.loads(standards.proto.columns)["Di desa (+ perjalanan)"]["label"] == "Di desa"
    notes = [h.proto.body for h in at.get("html") if ">Alasan<" in h.proto.body]
    assert len(notes) == 2 and ">Pemicu<" in notes[0] and "Law 13/2011" not in notes[0] and "UU 13/2011" in notes[0]


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
    assert any("harus di bawah 100 %" in e.value and "halaman lain memakai nilai terakhir" in e.value for e in at.error)
    # Beranda's need goes on with the last accepted table, and says so (it said nothing).
    at.switch_page("views/beranda.py").run()
    said = " ".join(e.value for kind in (at.markdown, at.caption, at.warning, at.info) for e in kind)
    assert "Suntingan tabel di Perencanaan ditolak (Jumlah kegiatan penunjang (CAS) 101,0 %" in said
    # Read in English, the note is English: it was kept as text in the language of the refusal.
    at.session_state["lang"] = "en"
    at.run()
    said = " ".join(e.value for kind in (at.markdown, at.caption, at.warning, at.info) for e in kind)
    assert "the planner is refused (The support activities (CAS) add up to 101.0 %" in said and "ditolak" not in said
    at.session_state["lang"] = "id"
    # Beban's hours use the working time alone, which no table changes: nothing to say there.
    at.switch_page("views/beban.py").run()
    open_tab(at, "beban_tab", "Jam tercatat")
    assert not [i.value for i in at.info if "ditolak" in i.value]
    # Fixed on the planner: the note goes.
    at.switch_page("views/perencanaan.py").run()
    open_settings(at)
    at.session_state[f"wisn_cas_{at.session_state['wisn_editor_version']}"] = {
        "edited_rows": {0: {"%": 5.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.error
    at.switch_page("views/beranda.py").run()
    said = " ".join(e.value for kind in (at.markdown, at.caption, at.warning, at.info) for e in kind)
    assert "ditolak" not in said


def test_a_saved_scenario_reloads_to_the_same_table(demo_store_root, monkeypatch):
    first = open_planner(demo_store_root, monkeypatch)
    first.text_input(key="wisn_awt_hours_per_day:text").input("4").run()
    first.text_input(key="wisn_speed:text").input("20").run()
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
    # Said again in English after a switch of language, and in English only.
    at.sidebar.radio(key="lang").set_value("en").run()
    [refused] = [e.value for e in at.error if "Scenario file refused" in e.value]
    assert refused == "Scenario file refused: scenario file version 0 is not supported; supported: 1, 2"


def test_a_log_median_can_be_chosen_as_a_standard(at, demo_store):
    before = need(at)
    at.session_state["wisn_std_1"] = {"edited_rows": {0: {"Pakai median log": True}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    median = planner_detail.log_standards(Data(demo_store), Settings(**YEAR_2024)).loc["kunjungan", "median"]
    assert at.session_state["wisn_std_base"]["kunjungan"] == median
    assert at.session_state["wisn_from_log"] == ("kunjungan",)
    assert need(at) != before


def test_new_posts_are_placed_as_the_presenter_places_them(at, demo_store):
    open_tab(at, "wisn_tab", "Pos baru")
    at.selectbox(key="alloc_n").set_value(3).run()
    assert not at.exception
    steps = [d.value for d in at.dataframe if "Pos ke-" in d.value.columns][0]
    table, _, _ = planner.plan(Data(demo_store), Settings(**YEAR_2024), wisn.Params(), 25_000, 12)
    assert steps["Kecamatan"].tolist() == allocation.allocate(table, 3)["nama_kec"].tolist()


def test_a_version_1_scenario_opens_with_a_note(at):
    doc = json.loads(scenario.dump(wisn.Params(), {}))
    doc["version"] = 1
    for key in ("basis", "from_log", "rates"):
        del doc["parameter"][key]
    del doc["parameter"]["standards"]["rapat_kecamatan"]
    at.file_uploader(key="wisn_upload").set_value(("lama.json", json.dumps(doc).encode(), "application/json")).run()
    assert not at.exception
    assert any("versi 1 diubah ke versi 2" in i.value for i in at.info)


def test_brief_is_one_page_html_with_every_kecamatan(demo_store):
    s = Settings(**YEAR_2024)
    html = planner.brief_html(Data(demo_store), s, wisn.Params(), 25_000, 12, 1_000_000)
    table, totals, _ = planner.plan(Data(demo_store), s, wisn.Params(), 25_000, 12)
    assert "@page { size: A4 portrait" in html
    assert html.count("<path ") == 16 and html.count("<tr><td>") == 16
    assert f"Kabupaten Ogan Ilir memerlukan {totals['perlu_bulat']} pos TKSK" in html
    assert "Pos TKSK Desember 2024: 19." in html
    assert f"Beban setara {fmt.number(totals['perlu'], 1)} TKSK → {totals['perlu_bulat']} pos" in html
    assert "DATA CONTOH" in html
    # The draws' median is in the answer; no note sends a reader of paper to a tab of the page.
    assert "separuh kombinasi" in html and "Seberapa pasti angka ini" not in html
    # Settings as entered, not rounded to one decimal (0,05 h read as 0,1 h; a road factor of 1,45 as 1,5).
    from dataclasses import replace
    p = wisn.Params()
    p = replace(p, standards={**p.standards, "rapat": 0.05}, travel=replace(p.travel, road_factor=1.45))
    exact = planner.brief_html(Data(demo_store), s, p, 25_000, 12, 1_000_000)
    assert " 0,05 jam" in exact and "1,45" in exact and " 0,1 jam" not in exact
    # Nothing is fetched when it is printed: no external image, stylesheet, font or script.
    for fetch in ('src="http', 'href="http', "url(http", "@import", "<script", "<link"):
        assert fetch not in html


def test_the_brief_and_beranda_carry_the_page_s_notes_on_its_answer(demo_store):
    """The brief printed "needs 16 posts" under 24 hours a day and a one-month answer with no word of either, while
    the page warned; Beranda gave a one-month answer alone (review of 2026-12-05)."""
    from dataclasses import replace

    from tksk.present import home

    data, month = Data(demo_store), Settings(start="2024-09-01", end="2024-09-01")
    p = wisn.Params()
    odd = replace(p, awt=replace(p.awt, working_days=366, holidays=0, annual_leave=0, sick_leave=0, other_absence=0,
                                 hours_per_day=24), cas={"rapat dinas": 95.0}, ias={"16.10.04": 1e5})
    printed = planner.brief_html(data, month, odd, 25_000, 12, 1_000_000)
    assert "Catatan pada jawaban ini" in printed
    # One month whose need is the larger workload in every kecamatan: said so, not the log's annualising (ux21).
    for said in ("di luar 200", "seluruhnya dari beban menurut kebutuhan", "Kegiatan penunjang (CAS) 95,0 %",
                 "Tugas tambahan (IAS) Indralaya"):
        assert said in printed, said
    plain = planner.brief_html(data, Settings(**YEAR_2024), p, 25_000, 12, 1_000_000)
    assert not [said for said in ("di luar 200", "Periode", "Kegiatan penunjang (CAS) 95", "Tugas tambahan (IAS) Indralaya")
                if f"<li>{said}" in plain]
    assert "Tugas tambahan (IAS) [setelan]: Indralaya 100.000 jam" in printed  # the setting named among the assumptions
    tile = home.need_answer(data, month)
    assert any(line.startswith("Jawaban ini seluruhnya dari beban menurut kebutuhan") for line in tile.lines)


def test_a_kecamatan_s_months_left_out_of_its_year_are_named_with_how_many():
    table = pd.DataFrame({"nama_kec": ["Pemulutan", "Kandis", "Tanpa Log"], "bulan_tanpa_log": [6, 0, 12],
                          "bulan_aktif": [6, 12, 0], "ada_log": [True, True, False]})
    note = planner.months_left_out_note(table, "id")
    assert "Pemulutan: 6 dari 12 bulan tanpa log" in note and "Kandis" not in note and "Tanpa Log" not in note
    assert planner.months_left_out_note(table.iloc[1:], "en") is None
    assert "Pemulutan: 6 of 12 months without a log" in planner.months_left_out_note(table, "en")
    # A kecamatan whose own log is not its workload (estimated) is not said to be annualised from it; a long list is
    # cut (a national plan named thousands on Beranda and the A4 brief; review of 2026-12-05).
    estimated = table.assign(sumber_log=["perkiraan", "log", "kebutuhan"])
    assert planner.months_left_out_note(estimated, "id") is None
    many = pd.DataFrame({"nama_kec": [f"K{i:02d}" for i in range(20)], "bulan_tanpa_log": 3, "bulan_aktif": 9,
                         "ada_log": True, "sumber_log": "log"})
    note = planner.months_left_out_note(many, "id")
    assert note.count("dari 12 bulan") == planner.MONTHS_LEFT_OUT_NAMED and "dan 12 kecamatan lain" in note


def test_the_pressure_map_colours_each_kecamatan_by_its_band_in_the_table(demo_store, monkeypatch):
    """The planner's map is a picture of the table beside it: every kecamatan drawn once in its band's colour,
    the legend counting each band, and the text alternative naming the kecamatan of each band. The page draws
    it as a picture, not a Plotly chart."""
    import base64
    import re

    from tksk.present import brief

    data, s = Data(demo_store), Settings(**YEAR_2024)
    table, _, _ = planner.plan(data, s, wisn.Params(), 25_000, 12)
    table = table.assign(tekanan=["ringan", "kosong"] + table["tekanan"].tolist()[2:])  # every band can show
    out = planner.pressure_map(data, table, "id")
    svg = base64.b64decode(re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', out).group(1)).decode()
    fills = re.findall(r'<path d="[^"]+" fill="(#[0-9a-f]{6})"', svg)
    assert sorted(fills) == sorted(table["tekanan"].map(brief.BAND_COLORS))
    assert sorted(re.findall(r">([^<>]+)</text>", svg)) == sorted(table["nama_kec"])
    for band, label in wisn.PRESSURE_LABELS.items():
        names = table.loc[table["tekanan"] == band, "nama_kec"]
        assert f"{label[0].replace('<', '&lt;')} ({len(names)})" in out
        if len(names):
            assert f"{label[0]}: {', '.join(names)}".replace("<", "&lt;") in out  # in the alt text
    at = open_page(demo_store.root, monkeypatch, "views/perencanaan.py")
    assert any("data:image/svg+xml;base64," in h.proto.body for h in at.get("html"))
    assert at.get("plotly_chart") == []  # the open tab (table, map, caveat) draws no Plotly chart


@pytest.mark.parametrize("typed, hours, message", [
    ("6,5", 6.5, None), ("6.5", 6.5, None),
    ("6,5x", 3.0, '"6,5x" bukan angka'), ("65", 3.0, "65 di luar batas 1 sampai 24"),
    # The refusal quotes what was typed (rounded it would read "24 is outside 1 to 24").
    ("24,01", 3.0, "24,01 di luar batas 1 sampai 24"), ("0,0001", 3.0, "0,0001 di luar batas 1 sampai 24"),
])
def test_hours_a_day_take_indonesian_decimals_or_say_why_not(at, typed, hours, message):
    """ "6,5" is six and a half hours, never 65; anything else is refused with a message and the value stays."""
    at.text_input(key="wisn_awt_hours_per_day:text").input(typed).run()
    assert not at.exception
    assert at.session_state["wisn_awt_hours_per_day"] == hours
    if message:
        assert any(message in e.value for e in at.error)
    else:
        assert at.text_input(key="wisn_awt_hours_per_day:text").value == "6,5"
        assert any(c.value.startswith(f"= {212 * 6.5:,.0f} jam setahun".replace(",", ".")) for c in at.caption)


def test_an_allowance_of_zero_is_refused_and_the_budget_tab_still_works(at):
    at.text_input(key="wisn_tali_asih:text").input("0").run()
    assert not at.exception and any("0 di luar batas" in e.value for e in at.error)
    open_tab(at, "wisn_tab", "Pos baru")
    at.radio(key="alloc_mode").set_value("budget").run()
    assert not at.exception


def test_an_allowance_with_a_zero_too_many_is_said_under_it(at):
    """Rp 20.000.000 a month made the yearly cost Rp 3,84 M without a word (walk-through of 2026-12-06)."""
    def said():
        return [w.value for w in at.warning if w.value.startswith("Tali asih Rp")]

    assert not said()  # the Ogan Ilir figure
    at.text_input(key="wisn_tali_asih:text").input("20.000.000").run()
    assert said() == [planner.rule_note("tali_asih", 20_000_000, "id")] and "Rp 20.000.000 sebulan" in said()[0]
    at.text_input(key="wisn_tali_asih:text").input("700.000").run()
    assert not said()


def test_a_rule_of_one_desa_or_few_people_per_tksk_is_said_under_it(at):
    """One TKSK per desa made the per-desa rule 241 posts without a word (walk-through of 2026-12-06)."""
    def said():
        return [w.value for w in at.warning if w.value.startswith("Satu TKSK per")]

    assert not said()  # the defaults: 12 desa, 25.000 people
    at.text_input(key="wisn_per_desa:text").input("1").run()
    assert said() == ["Satu TKSK per 1 desa ada di luar 4–40 desa (kecamatan Ogan Ilir berisi 10–25 desa, masing-masing "
                      "satu TKSK kini): pastikan memang itu maksudnya; aturan per desa di tab Aturan lain memakai angka ini."]
    at.text_input(key="wisn_per_penduduk:text").input("2.500").run()
    assert len(said()) == 2 and "Satu TKSK per 2.500 penduduk ada di luar 5.000–150.000" in said()[0]


def test_a_huge_budget_places_at_most_the_cap_and_says_so(at):
    open_tab(at, "wisn_tab", "Pos baru")
    at.radio(key="alloc_mode").set_value("budget").run()
    at.text_input(key="alloc_budget:text").input("100.000.000.000").run()
    assert not at.exception
    steps = [d.value for d in at.dataframe if "Pos ke-" in d.value.columns][0]
    assert len(steps) == scenario.MAX_NEW_POSTS
    paid = allocation.posts_for_budget(1e11, at.session_state["wisn_tali_asih"])
    assert any(f"membayar {fmt.number(paid, 0)} pos" in c.value and "hanya 200 pos pertama" in c.value
               for c in at.caption)


def test_a_budget_short_of_one_post_says_so_plainly(at):
    """Rp 5.000.000 read "pays 0 posts" and then "(or no kecamatan has any workload)"."""
    open_tab(at, "wisn_tab", "Pos baru")
    at.radio(key="alloc_mode").set_value("budget").run()
    at.text_input(key="alloc_budget:text").input("5.000.000").run()
    assert not at.exception
    per = fmt.number(12 * at.session_state["wisn_tali_asih"], 0)
    assert any(c.value == f"Anggaran Rp 5.000.000 tidak cukup untuk membayar satu pos pun: satu pos perlu Rp {per} "
               "setahun." for c in at.caption)
    said = " ".join(x.value for x in [*at.caption, *at.info])
    assert "membayar 0 pos" not in said and "tidak ada beban" not in said
    n, en = planner_detail.budget_posts(5_000_000, 1_000_000, "en")
    assert n == 0 and en == "A budget of Rp 5,000,000 does not pay a single post: one post costs Rp 12,000,000 a year."
    assert planner_detail.nothing_placed(0, True, "id") is None
    assert planner_detail.nothing_placed(0, False, "en") == "No new posts to place."


def test_a_refused_number_is_not_left_behind_in_the_other_language(at):
    at.text_input(key="wisn_awt_hours_per_day:text").input("abc").run()
    assert any('"abc" bukan angka' in e.value for e in at.error)
    at.session_state["lang"] = "en"
    at.run()
    assert at.expander[0].label == "Available working time (AWT)" and at.expander[0].proto.expanded  # still open
    assert not any("abc" in e.value for e in at.error)
    assert at.text_input(key="wisn_awt_hours_per_day:text").value == "3"


def test_extra_hours_added_in_the_editor_count(at):
    """A row added to the individual allowances (IAS) editor reaches the plan (found by fuzzing: an editor built
    from empty lists took the kecamatan as a number column and dropped the row)."""
    before = need(at)
    at.session_state["wisn_ias_1"] = {"edited_rows": {}, "deleted_rows": [],
                                      "added_rows": [{"Kecamatan": "Indralaya", "Jam setahun": 500.0}]}
    at.run()
    assert not at.exception
    assert at.session_state["wisn_ias_base"] == {"16.10.04": 500.0}
    assert need(at) > before


def test_other_pages_keep_working_while_the_planners_days_add_up_to_nothing(at):
    """Found by fuzzing: home and Beban Kerja stopped while the planner held working days that leave no time."""
    at.text_input(key="wisn_awt_working_days:text").input("0").run()
    assert any("Waktu kerja tersedia" in e.value for e in at.error)
    at.switch_page("views/beranda.py").run()
    assert not at.exception
    at.switch_page("views/beban.py").run()
    open_tab(at, "beban_tab", "Jam tercatat")
    assert not at.exception


def test_settings_the_planner_refuses_are_used_nowhere(at, demo_store_root, monkeypatch):
    """With A = 40 (days that add up to nothing) the planner refused its settings while Beranda still answered
    "with the selected settings", silently from others: every page now uses the defaults and says why."""
    default = open_page(demo_store_root, monkeypatch)
    [default_need] = [m.value for m in default.markdown if m.value.startswith("**Kebutuhan TKSK")]
    at.text_input(key="wisn_awt_hours_per_day:text").input("5").run()
    at.text_input(key="wisn_awt_working_days:text").input("40").run()
    refusal = "Waktu kerja tersedia (AWT): waktu kerja tersedia harus lebih dari 0 hari"
    assert [e.value for e in at.error][-1] == refusal
    at.switch_page("views/beranda.py").run()
    assert not at.exception
    [need_now] = [m.value for m in at.markdown if m.value.startswith("**Kebutuhan TKSK")]
    note = f"Setelan Perencanaan ditolak ({refusal}); angka ini memakai setelan bawaan."
    # The default answer (636 hours, not the 5 hours a day set beside the refused days), and the reason under it.
    lines, default_lines = need_now.split("  \n"), default_need.split("  \n")
    assert lines == default_lines[:2] + [note] + default_lines[2:]  # the refusal first among the notes
    assert any("636 jam kerja setahun" in c.value for c in at.caption)
    at.switch_page("views/beban.py").run()
    open_tab(at, "beban_tab", "Jam tercatat")
    assert any("= 53 jam: waktu kerja tersedia bawaan setahun (636 jam)" in c.value for c in at.caption)
    assert [i.value for i in at.info] == [note]
    # Set right again, the settings are the planner's everywhere and nothing is said.
    at.switch_page("views/perencanaan.py").run()
    open_settings(at)
    at.text_input(key="wisn_awt_working_days:text").input("260").run()
    assert not at.error
    at.switch_page("views/beranda.py").run()
    assert not any("ditolak" in m.value for m in at.markdown)
    assert any("1.060 jam kerja setahun" in c.value for c in at.caption)


def test_one_test_decides_whether_settings_can_be_planned_with():
    from dataclasses import replace

    defaults = (wisn.Params(), {"per_penduduk": 25_000.0, "per_desa": 10.0, "tali_asih": 1_000_000.0})
    assert scenario.problem(*defaults) is None
    no_days = replace(defaults[0], awt=replace(defaults[0].awt, working_days=40))
    assert scenario.problem(no_days, defaults[1]).problem == "scenario_no_time"
    assert scenario.problem(replace(defaults[0], cas={"a": 60.0, "b": 40.0}), defaults[1]).problem == "scenario_cas_total"
    assert scenario.problem(defaults[0], {**defaults[1], "tali_asih": 0.0}).problem == "scenario_out_of_bounds"
    assert scenario.problem(no_days, defaults[1]).text("en", in_file=False) == (
        "Available working time (AWT): the available working time must be above 0 days")


def test_a_removed_scenario_file_takes_its_refusal_with_it(at):
    at.file_uploader(key="wisn_upload").set_value(("rusak.json", b"{", "application/json")).run()
    assert any("bukan JSON yang sah" in e.value for e in at.error)
    at.file_uploader(key="wisn_upload").set_value(None).run()
    assert not at.exception and not any("bukan JSON" in e.value for e in at.error)


def test_a_support_activity_row_without_a_name_is_no_activity(at):
    before = dict(at.session_state["wisn_cas_base"])
    at.session_state["wisn_cas_1"] = {"edited_rows": {}, "deleted_rows": [], "added_rows": [{"%": 5.0}]}
    at.run()
    assert not at.exception and at.session_state["wisn_cas_base"] == before


def test_a_typed_number_beyond_its_bound_is_refused_before_rounding(at):
    at.text_input(key="wisn_speed:text").input("120,01").run()
    assert any("120,01 di luar batas 1 sampai 120" in e.value for e in at.error)
    assert at.session_state["wisn_speed"] != 120.01


def test_the_answer_says_when_most_kecamatan_are_estimated_from_a_few_kecamatan_s_log():
    import pandas as pd

    from tksk.present import planner

    table = pd.DataFrame({"sumber_beban": ["log"] * 3 + ["perkiraan"] * 13})
    text, most = planner.estimated_note(table, "id")
    assert most and text.startswith("13 dari 16 kecamatan belum punya log yang cukup") and "log 3 kecamatan" in text
    assert planner.estimated_note(table.assign(sumber_beban="log"), "id") is None
    assert planner.estimated_note(pd.DataFrame({"sumber_beban": ["log"] * 14 + ["perkiraan", "kebutuhan"]}), "en")[1] is False


def test_a_working_time_far_from_a_year_s_is_said_above_the_answer():
    from dataclasses import replace

    from tksk import wisn
    from tksk.present import planner

    params = wisn.Params()
    assert planner.implausible_time_note(params, "id") is None  # the defaults are a plausible year
    one_hour = replace(params, awt=replace(params.awt, working_days=1, holidays=0, annual_leave=0, sick_leave=0,
                                           other_absence=0, hours_per_day=1))
    assert "1 jam setahun per TKSK, di luar 200–2.500 jam" in planner.implausible_time_note(one_hour, "id")
    every_hour = replace(params, awt=replace(params.awt, working_days=366, holidays=0, annual_leave=0, sick_leave=0,
                                             other_absence=0, hours_per_day=24))
    assert "8,784" not in planner.implausible_time_note(every_hour, "id") and "8.784" in planner.implausible_time_note(every_hour, "id")


def test_the_range_around_an_implausible_setting_is_not_called_plausible(at, demo_store_root):
    """50 working days a year read "with other plausible assumptions between 3.016 and 5.028 posts" (walk-through
    of 2026-12-06)."""
    assert "Dengan asumsi lain yang masuk akal, 8 dari 10 kombinasi" in at.markdown[0].value
    at.text_input(key="wisn_awt_working_days:text").input("60").run()
    first = at.markdown[0].value
    assert "dengan setelan yang tidak masuk akal (lihat peringatan), jadi tanpa rentang asumsi lain" in first
    assert "8 dari 10" not in first
    # Nor below it: the caption, the note on the draws and the brief give no range either (review of 2026-12-06).
    said = " ".join(c.value for c in at.caption)
    assert "Rentang: persentil" not in said and "Separuh kombinasi" not in said
    from dataclasses import replace

    from tksk.present.common import Data, Settings
    from tksk.store import Store

    params = wisn.Params()
    sixty = replace(params, awt=replace(params.awt, working_days=60.0))
    brief = planner.brief_html(Data(Store(demo_store_root)), Settings(start=pd.Timestamp("2024-01-01"),
                                                                      end=pd.Timestamp("2024-12-01")), sixty,
                               25_000, 12, 1_000_000)
    assert "tanpa rentang asumsi lain" in brief and "persentil 10–90" not in brief
    # The note is under the boxes too, where the setting is typed, and above the answer.
    notes = [w.value for w in at.warning if w.value.startswith("Waktu kerja tersedia")]
    assert len(notes) == 2 and notes[0] == notes[1]


def test_need_against_logged_work_compares_only_the_kecamatan_with_a_log_of_their_own():
    """Kecamatan with no log rows were shown "log records more than expected" against estimates from others' logs."""
    import pandas as pd

    from tksk.present import planner_detail

    table = pd.DataFrame({"nama_kec": ["A", "B", "C"], "perlu_kebutuhan": [2.0, 1.0, 1.5], "perlu_log": [1.0, 3.0, 2.5],
                          "selisih_kebutuhan_log": [1.0, -2.0, -1.0], "tksk_sekarang": [1, 1, 1],
                          "jam_kebutuhan": [1000.0, 500.0, 700.0], "jam_log": [500.0, 1500.0, 1200.0],
                          "sumber_log": ["log", "perkiraan", "kebutuhan"], "ada_log": [True, False, False],
                          "bulan_aktif": [6, 6, 0], "bulan_minimal": [6, 6, 6]})
    out = planner_detail.need_vs_log(table, "id")
    frame = out["table"].frame.set_index("Kecamatan")
    assert frame["Bacaan"].to_dict()["B"] == "tanpa log sendiri: tidak dibandingkan"
    assert frame.loc[["B", "C"]].filter(like="log").iloc[:, 0].isna().all()
    assert out["totals"].startswith("Hanya 1 dari 3 kecamatan punya log sendiri yang cukup") and "2,0 TKSK menurut kebutuhan, 1,0 menurut log" in out["totals"]


def test_a_kecamatan_left_out_for_too_few_months_of_log_is_not_said_to_have_no_log():
    """Tanjung Batu (store sc) logged one staffed month of the two needed: it read "no log of its own"."""
    from tksk.present import planner_detail

    table = pd.DataFrame({"nama_kec": ["A", "Tanjung Batu", "C"], "perlu_kebutuhan": [2.0, 3.0, 1.5],
                          "perlu_log": [1.0, 1.0, 1.5], "selisih_kebutuhan_log": [1.0, 2.0, 0.0],
                          "tksk_sekarang": [1, 0, 1], "jam_kebutuhan": [1000.0, 1700.0, 700.0],
                          "jam_log": [500.0, 600.0, 700.0], "sumber_log": ["log", "perkiraan", "perkiraan"],
                          "ada_log": [True, True, False], "bulan_aktif": [2, 1, 2], "bulan_minimal": [2, 2, 2]})
    for lang, few, none in [("id", "log terlalu sedikit bulan (bulan ber-TKSK yang ada lognya: 1 dari 2 yang diperlukan)",
                             "tanpa log sendiri"),
                            ("en", "log of too few months (staffed months with a log: 1 of the 2 needed)", "no log of its own")]:
        reading = planner_detail.need_vs_log(table, lang)["table"].frame.set_index("Kecamatan").iloc[:, 3]
        assert reading["Tanjung Batu"].startswith(few) and none not in reading["Tanjung Batu"]
        assert reading["C"].startswith(none)


def test_the_planner_knows_which_kecamatan_logged_too_few_months(demo_store):
    """The plan carries what the reading above needs: whether a kecamatan logged at all, and the months required."""
    half = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-03-01"))
    table = planner.plan(Data(demo_store), half, wisn.Params(), 25000, 10)[0]
    assert (table["bulan_minimal"] == 3).all() and table["ada_log"].dtype == bool
    assert (table.loc[table["sumber_log"].eq("log"), "bulan_aktif"] >= 3).all()


def test_the_yearly_allowance_reads_in_billions_from_a_thousand_million():
    from tksk.present import planner

    totals = {"perlu": 600.0, "perlu_bulat": 680, "sekarang": 16, "pos_tambah": 664, "pos_lebih": 0,
              "rasio_gabungan": 0.03, "rasio_rata_rata": 0.03, "pos_isi": 16, "pos_baru": 664, "pos_kosong": 0}
    cost = dict((m[0], m[1]) for m in planner.headline(totals, 1_000_000, "id")["metrics"])
    assert "Rp 8,16 M" in cost.values()  # 680 posts × Rp 1 juta × 12, not "Rp 8.160 jt"
    small = {**totals, "perlu_bulat": 40}
    assert "Rp 480 jt" in dict((m[0], m[1]) for m in planner.headline(small, 1_000_000, "id")["metrics"]).values()
    # a small allowance is never "Rp 0 jt": 39 posts × Rp 1.000 × 12 in full, 39 × Rp 5.000 × 12 with a decimal
    small = {**totals, "perlu_bulat": 39}
    assert "Rp 468.000" in dict((m[0], m[1]) for m in planner.headline(small, 1_000, "id")["metrics"]).values()
    assert "Rp 2,3 jt" in dict((m[0], m[1]) for m in planner.headline(small, 5_000, "id")["metrics"]).values()
    assert "Rp 2.3 mn" in dict((m[0], m[1]) for m in planner.headline(small, 5_000, "en")["metrics"]).values()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_headline_s_ratio_is_an_equation_only_where_the_figures_shown_give_it(lang):
    """"16 ÷ 15,9 = 1,00" of a need of 15,948: the figures as shown divide to 1,01 (pl33 #7)."""
    from tksk.present import planner

    totals = {"perlu": 15.948, "perlu_bulat": 16, "sekarang": 16, "pos_tambah": 0, "pos_lebih": 0,
              "rasio_gabungan": 16 / 15.948, "rasio_rata_rata": 1.0, "pos_isi": 16, "pos_baru": 0, "pos_kosong": 0}
    said = planner.headline(totals, 1_000_000, lang)["definitions"]
    assert "16 ÷ 15" in said and "≈ 1" in said and "= 1" not in said.split("÷ 15")[1][:8]
    exact = {**totals, "perlu": 16.0, "rasio_gabungan": 1.0}
    assert "16 ÷ 16" in (said := planner.headline(exact, 1_000_000, lang)["definitions"]) and "≈" not in said
    assert "≈" not in planner.headline({**totals, "perlu": 0.0, "rasio_gabungan": float("nan")}, 1_000_000, lang)["definitions"]


def test_the_headline_says_how_many_posts_the_rounding_per_kecamatan_makes():
    """31,1 TKSK of work became 39 posts, 26 % more from rounding each kecamatan up, and nothing said how much
    (planner review of 2026-12-05)."""
    from tksk.present import planner

    totals = {"perlu": 31.12, "perlu_bulat": 39, "sekarang": 19, "pos_tambah": 20, "pos_lebih": 0, "rasio_gabungan": 0.61,
              "rasio_rata_rata": 0.63, "pos_isi": 19, "pos_baru": 20, "pos_kosong": 0}
    said = planner.headline(totals, 1_000_000, "id")["definitions"]
    assert "; 7 pos dari pembulatan per kecamatan (beban bersama dibulatkan sekali: 32 pos)" in said
    assert "pembulatan" not in planner.headline({**totals, "perlu": 39.0}, 1_000_000, "id")["definitions"]


def test_the_answer_says_when_its_settings_sit_low_in_their_own_range(demo_store):
    """The defaults (39) sat at about the 20th percentile of the page's own draws (median 43), and nothing said so
    (planner review of 2026-12-05); the count of draws reads in the reader's format."""
    data, s = Data(demo_store), Settings(**YEAR_2024)
    _, totals, _ = planner.plan(data, s, wisn.Params(), 25_000, 12)
    summary = planner.uncertainty_of(data, s, wisn.Params())["summary"]
    said = planner.answer(data, s, totals, summary, wisn.Params())
    assert summary["pos_median"] >= summary["pos_tengah"] + planner.SKEW_POSTS and "1.000 kombinasi" in said["how"]
    assert said["skew"].startswith(f"Separuh kombinasi acak memerlukan {summary['pos_median']} pos atau lebih")
    assert planner.skew_note({**summary, "pos_median": summary["pos_tengah"]}, "id") is None
    assert "bagian atas rentang" in planner.skew_note({**summary, "pos_median": summary["pos_tengah"] - 5}, "id")
    # On the page, and in the brief by its answer (the note's pointer to a tab is no use on paper).
    assert (said["skew"], "detail") in planner.caveats(data, s, wisn.Params(), said, planner.plan(data, s, wisn.Params(), 25_000, 12)[0])
    brief = planner.brief_html(data, s, wisn.Params(), 25_000, 12, 1_000_000)
    assert html.escape(said["skew"]) not in brief and f"separuh kombinasi {summary['pos_median']} pos atau lebih" in brief


@pytest.mark.parametrize("demo", [True, False])
def test_a_saved_scenario_says_when_it_was_made_on_the_demo_log(demo):
    """The standards taken from the log and the period are the demo log's in a demo store: the JSON said nothing."""
    from tksk.present import planner

    raw, name = planner.scenario_file(wisn.Params(), {"periode": "Januari 2024 – Desember 2024"}, demo, "id")
    doc = json.loads(raw)
    assert (name == "skenario_tksk_DEMO.json") is demo and name.endswith(".json")
    assert (doc["skenario"].get("data", "")).startswith("DEMO") is demo
    assert scenario.load(raw)[0] == wisn.Params()  # the marker does not stop the file from opening


def test_the_default_support_activities_are_named_in_the_readers_language(at):
    """The English planner listed "Pelatihan dan pembinaan Dinas": the defaults are shown in English, and an edit
    made there keeps the settings' own names (a saved scenario is the same file in either language)."""
    at.session_state["lang"] = "en"
    at.run()
    [cas] = [d.value for d in at.dataframe if list(d.value.columns) == ["Activity", "%"]]
    assert cas["Activity"].tolist() == ["Training and guidance by the Dinas", "Trips to the Dinas office"]
    assert "posts with the default settings. " in at.markdown[0].value
    at.session_state[f"wisn_cas_{at.session_state['wisn_editor_version']}"] = {
        "edited_rows": {0: {"%": 6.0}}, "added_rows": [{"Activity": "Trips to the Dinas office", "%": 1.0}],
        "deleted_rows": []}
    at.run()
    assert not at.exception
    # The row added under a default's English name is that activity again: both rows count.
    assert at.session_state["wisn_cas_base"] == {"Pelatihan dan pembinaan Dinas": 6.0, "Perjalanan ke Dinas": 6.0}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_decimal_typed_in_a_planner_table_is_read_in_the_readers_format(at, lang):
    """ "4,5" typed into a rate was stored as 45 (the table's number column parsed in the browser's English), and the
    answer jumped from 39 to 131 posts without a word (browser walk-through of 2026-12-05)."""
    from tksk import need
    from tksk.text import t

    at.session_state["lang"] = lang
    at.run()
    first = list(need.RATES)[0]
    value, hours = t("rates_col_value", lang), t("wisn_hours_unit", lang)
    typed = "4,5" if lang == "id" else "4.5"
    v = at.session_state["wisn_editor_version"]
    at.session_state[f"wisn_rates_{v}"] = {"edited_rows": {0: {value: typed}}, "added_rows": [], "deleted_rows": []}
    at.session_state[f"wisn_std_{v}"] = {"edited_rows": {0: {hours: "2,5" if lang == "id" else "2.5"}},
                                         "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception and not at.error
    assert at.session_state["wisn_rates_base"][first] == 4.5
    assert at.session_state["wisn_std_base"][list(wisn.STANDARDS)[0]] == 2.5
    # The cells show what is used, in the reader's format.
    at.run()
    [rates] = [d.value for d in at.dataframe if value in d.value.columns and "kode" in d.value.columns]
    assert rates.set_index("kode").loc[first, value] == ("4,5" if lang == "id" else "4.5")
    # Words are refused with the value named, and the edit is not kept.
    at.session_state[f"wisn_rates_{at.session_state['wisn_editor_version']}"] = {
        "edited_rows": {0: {value: "empat"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert any('"empat"' in e.value for e in at.error)
    assert at.session_state["wisn_rates_base"][first] == 4.5


def test_the_planner_says_a_kecamatan_filter_does_not_apply(demo_store_root, monkeypatch):
    """With two kecamatan chosen the planner still showed all 16 without a word (walk-through of 2026-12-05)."""
    from streamlit.testing.v1 import AppTest

    from helpers import ROOT
    from tksk.text import t

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"kecamatan": ["16.10.05", "16.10.13"]})
    at.run()
    at.switch_page("views/perencanaan.py").run()
    assert not at.exception
    assert any(i.value == t("planner_regency_wide", "id") for i in at.info)
    assert len(result(at)) == 16


def test_a_short_period_note_asks_for_twelve_months_only_where_the_log_holds_them():
    """"choose 12 months" was said on a store whose log held two (browser check of 2026-12-05)."""
    from types import SimpleNamespace

    two = SimpleNamespace(manifest={"log_period": ["2024-05-01", "2024-06-01"]})
    year = SimpleNamespace(manifest={"log_period": ["2023-01-01", "2024-12-01"]})
    assert "log yang ada baru 2 bulan" in planner.short_period_note(two, 2, "id")
    assert "pilih 12 bulan" in planner.short_period_note(year, 2, "id")
    assert "pilih 12 bulan" not in planner.short_period_note(two, 2, "id")


def test_a_setting_outside_a_year_is_warned_once_above_the_answer(demo_store_root, monkeypatch):
    """The page drew the working-time warning above the answer and again as a caption under it. It is said once
    there, and once under the boxes of the working time (where a reader types it, far below)."""
    at = open_planner(demo_store_root, monkeypatch)
    at.text_input(key="wisn_awt_hours_per_day:text").input("24").run()
    assert not at.exception
    warned = [w.value for w in at.warning if "di luar 200–2.500 jam" in w.value]
    assert len(warned) == 2
    # One of them inside the working time's expander, the first of the settings.
    assert [w.value for w in at.expander[0].warning] == warned[:1]
    assert not [c.value for c in at.caption if "di luar 200–2.500 jam" in c.value]


def test_the_plan_counts_the_poor_of_its_own_year_and_says_which(demo_store):
    """A 2024 plan took 2025's BPS count (53.210, not 55.490), and no line named the year (res21)."""
    data = Data(demo_store)
    s24 = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    assert planner.poor(data, s24) == {"16.10": pytest.approx(55_490)}
    assert "BPS 2024, 55.490 jiwa" in planner.sources_note(data, s24)
    # A period before the first count takes the earliest; one after the last, the latest.
    early = Settings(start=pd.Timestamp("1990-01-01"), end=pd.Timestamp("1990-12-01"))
    first = planner.poor_counts(data, early)["16.10"][1]
    years = demo_store.read("kemiskinan").query("kode_wilayah == '16.10' and indikator == 'penduduk_miskin_ribu'")["tahun"]
    assert first == int(years.min())
    late = Settings(start=pd.Timestamp("2030-01-01"), end=pd.Timestamp("2030-12-01"))
    assert planner.poor_counts(data, late)["16.10"][1] == int(years.max())


def test_a_travel_speed_no_one_travels_at_is_said_beside_the_answer():
    """1 km/h, which the input takes, gave 195 posts and a range of 'other plausible settings' around them (res21)."""
    slow = wisn.Params(travel=wisn.Travel(speed_kmh=1.0))
    notes = planner.support_notes(slow, {}, "id")
    assert any("Kecepatan perjalanan 1 km/jam" in n for n in notes)
    assert not planner.support_notes(wisn.Params(), {}, "id")


def test_posts_made_by_the_floor_of_one_per_kecamatan_are_not_said_to_come_from_rounding(demo_store):
    """A kecamatan of no workload keeps its one TKSK (Permensos 28/2018): those posts read "from rounding each
    kecamatan (the shared workload rounded once: ...)", which a rounding of 0 never makes."""
    data, s = Data(demo_store), Settings(**YEAR_2024)
    table, totals, _ = planner.plan(data, s, wisn.Params(), 25_000, 12)
    # At the settings every kecamatan has work: no floor said.
    assert totals["pos_minimum"] == 0 and "batas sedikitnya" not in planner.headline(totals, 1_000_000, "id")["definitions"]
    idle = table.copy()
    idle.loc[idle.index[:16], "wisn_perlu"] = 0.0
    idle["wisn_perlu_bulat"] = wisn.posts(idle["wisn_perlu"])
    idle["rasio"] = wisn.ratio(idle["tksk_sekarang"], idle["wisn_perlu"])
    totals = wisn.totals(idle)
    assert totals["perlu"] == 0 and totals["perlu_bulat"] == 16 and totals["pos_minimum"] == 16
    said = planner.headline(totals, 1_000_000, "id")["definitions"]
    assert "pembulatan" not in said
    assert "(bersama 0,0) dibulatkan ke atas; 16 pos dari batas sedikitnya satu TKSK per kecamatan (Permensos 28/2018)" in said
    assert "16 posts from the floor of one TKSK per kecamatan" in planner.headline(totals, 1_000_000, "en")["definitions"]
    # Three idle kecamatan beside working ones: the floor's three said apart from the rounding's posts.
    some = table.copy()
    some.loc[some.index[:3], "wisn_perlu"] = 0.0
    some["wisn_perlu_bulat"] = wisn.posts(some["wisn_perlu"])
    totals = wisn.totals(some)
    pooled = math.ceil(totals["perlu"] - 1e-9)
    said = planner.headline(totals, 1_000_000, "id")["definitions"]
    assert totals["pos_minimum"] == 3
    assert (f"; {totals['perlu_bulat'] - pooled - 3} pos dari pembulatan per kecamatan (beban bersama dibulatkan sekali: "
            f"{pooled} pos); 3 pos dari batas sedikitnya satu TKSK") in said


def test_the_need_and_log_totals_of_some_kecamatan_say_whose_they_are(demo_store):
    """"Kabupaten: 9,6 TKSK menurut kebutuhan, 6,0 menurut log" summed four kecamatan, beside the brief's regency
    totals of all sixteen (audit of 2026-12-06)."""
    data, s = Data(demo_store), Settings(**YEAR_2024)
    table, _, _ = planner.plan(data, s, wisn.Params(), 25_000, 12)
    assert planner_detail.need_vs_log(table, "id")["totals"].startswith("Kabupaten: ")
    some = table.assign(sumber_log=["log"] * 4 + ["perkiraan"] * (len(table) - 4))
    said = planner_detail.need_vs_log(some, "id")["totals"]
    assert said.startswith("Hanya 4 dari 16 kecamatan") and " 4 kecamatan itu: " in said and "Kabupaten:" not in said
    assert "Those 4 kecamatan: " in planner_detail.need_vs_log(some, "en")["totals"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_brief_citing_podes_carries_its_caveats_as_the_description_sheets_do(demo_store, lang):
    """fix26 leftover: the brief cited "PODES 2021 (BPS via CIFOR-ICRAF)" bare, while every description sheet citing it
    says its year is uncertain (2019 or 2021) and that its authors call it a draft not to be used for decisions; the
    need-based workload's families per kecamatan rest on it. The brief's words are the store's record's."""
    from tksk import provenance

    data = Data(demo_store)
    brief = html.unescape(planner.brief_html(data, Settings(lang=lang, **YEAR_2024), wisn.Params(), 25_000, 12,
                                             1_000_000))
    assert "PODES 2021 (BPS via CIFOR-ICRAF)" in brief
    src = data["sumber"]
    record = provenance.in_lang(src.loc[src["id_sumber"] == "podes_2021"].iloc[0].to_dict(), lang)
    draft = record["lisensi"].split("; ", 1)[1]  # "berstatus draf, yang menurut penulisnya tidak boleh …"
    assert draft in brief and "2019" in brief


def test_an_answer_without_a_range_still_says_whose_settings_made_it(demo_store):
    """24 hours a day on every day of the year: every draw needs one post per kecamatan, so the answer has no range,
    and it read "Kabupaten Ogan Ilir memerlukan 16 pos TKSK." as a fact, where every other answer says the settings
    are the defaults or the reader's (pl33)."""
    from dataclasses import replace

    data, s = Data(demo_store), Settings(**YEAR_2024)
    p = wisn.Params()
    odd = replace(p, awt=replace(p.awt, working_days=366, holidays=0, annual_leave=0, sick_leave=0, other_absence=0,
                                 hours_per_day=24))
    table, totals, _ = planner.plan(data, s, odd, 25_000, 14)
    summary = planner.uncertainty_of(data, s, odd)["summary"]
    assert summary["pos_rendah"] == summary["pos_tinggi"]
    for lang, which in (("id", "dengan setelan yang dipilih"), ("en", "with the settings chosen")):
        said = planner.answer(data, replace(s, lang=lang), totals, summary, odd, table)
        assert said["sentence"].split(".")[0].endswith(which), said["sentence"]
