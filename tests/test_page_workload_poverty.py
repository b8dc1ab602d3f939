"""Beban Kerja and Kemiskinan under AppTest with the demo store."""


import pandas as pd
import pytest

from helpers import ROOT
from etl import demo
from tksk import fmt
from tksk.measures import WORKLOAD_METRICS
from helpers import chart_spec, open_page, open_tab, plotly_array as arr, shown_tables


def chart(at, key):
    return chart_spec(at, key)


def test_people_served_per_month_matches_the_demo_log(demo_store_root, demo_store, demo_log, monkeypatch):
    at = open_page(demo_store_root, monkeypatch, "views/beban.py")
    at.selectbox(key="beban_metric").set_value("orang_per_bulan").run()
    # Independent computation from the demo log and roster themselves, for 2024 (the default period).
    roster = demo.make_roster(demo_store.read("kecamatan"))
    log = demo_log
    code = "16.10.05"  # Pemulutan: two posts, the second from July 2023
    rows = log[(log["kode_kec"] == code) & (log["tanggal"] >= "2024-01-01") & (log["tanggal"] < "2025-01-01")
               & (log["jenis_kegiatan"] != "laporan_bulanan")]
    months = pd.date_range("2024-01-01", "2024-12-01", freq="MS") + pd.Timedelta(days=14)  # the 15th
    post_months = sum(((roster["kode_kec"] == code) & (roster["status"] == "aktif") & (roster["tanggal_mulai"] <= m)
                       & (roster["tanggal_selesai"].isna() | (roster["tanggal_selesai"] >= m))).sum() for m in months)
    assert post_months == 24
    expected = rows["jumlah_orang"].sum() / post_months
    spec = chart(at, "beban_rank")
    bars = spec["data"][0]
    value = dict(zip(arr(bars["y"]), arr(bars["x"])))["Pemulutan"]
    assert value == pytest.approx(expected)
    # The ranking beside the chart, heaviest first, says the same figure in the reader's format.
    table = shown_tables(at)[0]
    assert len(table) == 16 and table.set_index("Kecamatan").loc["Pemulutan", "Nilai"] == fmt.number(expected, WORKLOAD_METRICS["orang_per_bulan"].decimals)
    values = [fmt.parse_number(v) for v in table["Nilai"] if v != "Pos kosong (tanpa TKSK)"]
    assert values == sorted(values, reverse=True)


def trend_tab(at):
    return open_tab(at, "beban_tab", "Tren bulanan")


def test_vacant_months_are_absent_from_the_trend(demo_store_root, monkeypatch):
    at = trend_tab(open_page(demo_store_root, monkeypatch, "views/beban.py"))
    at.selectbox(key="beban_trend_kec").set_value(demo.VACANT_KEC).run()
    assert not at.exception
    spec = chart(at, "beban_trend")
    line = [t for t in spec["data"] if t.get("mode") == "lines+markers"][0]
    ys = arr(line["y"])
    assert len(ys) == 12
    vacant = [i for i, m in enumerate(pd.date_range("2024-01-01", "2024-12-01", freq="MS"))
              if demo.VACANT_FROM <= m <= demo.VACANT_TO]
    assert vacant == [2, 3, 4, 5, 6, 7]
    assert all(ys[i] is None for i in vacant)
    assert all(ys[i] is not None and ys[i] > 0 for i in range(12) if i not in vacant)
    assert any(t.get("name") == "Pos kosong (tanpa TKSK)" for t in spec["data"])
    shapes = [s for s in spec["layout"]["shapes"] if s.get("fillcolor") == "#9e9e9e"]
    assert len(shapes) == 6
    # A distribution month without a TKSK is a vacant month only: no blue band under the grey (two bands made a
    # darker grey that no legend names; walk-through of 2026-12-06).
    blue = {s["x0"] + 0.45 for s in spec["layout"]["shapes"] if s.get("fillcolor") == "#c6dbef"}
    assert blue and not blue & {s["x0"] + 0.5 for s in shapes}


def test_sembako_months_are_shaded(demo_store_root, monkeypatch):
    at = trend_tab(open_page(demo_store_root, monkeypatch, "views/beban.py"))
    spec = chart(at, "beban_trend")
    blue = [s for s in spec["layout"]["shapes"] if s.get("fillcolor") == "#c6dbef"]
    assert len(blue) == len(demo.SEMBAKO_MONTHS[2024])


def test_breakdown_by_function_covers_every_activity(demo_store_root, demo_store, monkeypatch):
    at = open_tab(open_page(demo_store_root, monkeypatch, "views/beban.py"), "beban_tab", "Rincian kegiatan")
    bars = chart(at, "beban_bd_n")["data"][0]
    agg = demo_store.read("agg_kegiatan")
    agg = agg[(agg["bulan"] >= "2024-01-01") & (agg["bulan"] <= "2024-12-01")]
    assert sum(arr(bars["x"])) == agg["kegiatan"].sum()
    assert set(arr(bars["y"])) == {"Fasilitasi", "Administrasi", "Koordinasi"}


def test_the_breakdown_scope_still_reads_whole_regency_after_another_tab(demo_store_root, monkeypatch):
    """A select box reads None as "nothing chosen": the whole regency was None and, once the tab was opened again,
    showed Streamlit's English placeholder while the charts showed the regency."""
    at = open_tab(open_page(demo_store_root, monkeypatch, "views/beban.py"), "beban_tab", "Rincian kegiatan")
    scope = at.selectbox(key="beban_scope")
    assert scope.value == "kabupaten" and scope.format_func(scope.value) == "Seluruh kabupaten"
    open_tab(at, "beban_tab", "Tren bulanan")
    at = open_tab(at, "beban_tab", "Rincian kegiatan")
    scope = at.selectbox(key="beban_scope")
    assert scope.value == "kabupaten" and scope.index == 0
    scope.select("16.10.13").run()
    assert not at.exception and at.selectbox(key="beban_scope").value == "16.10.13"


def test_poverty_chart_has_exactly_the_source_years(demo_store_root, monkeypatch):
    at = open_page(demo_store_root, monkeypatch, "views/kemiskinan.py")
    src = pd.read_csv(ROOT.parent / "shared" / "data" / "sumsel_kemiskinan.csv", dtype={"kode_wilayah": str})
    oi = src[(src["kode_wilayah"] == "16.10") & src["penduduk_miskin_ribu"].notna()]
    years = sorted(oi["tahun"].unique())
    spec = chart(at, "pov_line")
    main = spec["data"][0]
    present = [x for x, y in zip(arr(main["x"]), arr(main["y"])) if y is not None]
    assert present == years
    assert dict(zip(arr(main["x"]), arr(main["y"])))[2023] == 59.33
    assert "59,33" in [h for x, h in zip(arr(main["x"]), main["hovertext"]) if x == 2023][0]


def test_p1_only_for_2025(demo_store_root, monkeypatch):
    at = open_page(demo_store_root, monkeypatch, "views/kemiskinan.py")
    at.radio(key="pov_ind").set_value("p1").run()
    main = chart(at, "pov_line")["data"][0]
    assert [x for x, y in zip(arr(main["x"]), arr(main["y"])) if y is not None] == [2025]
    assert any("Hanya tersedia untuk: 2025" in i.value for i in at.info)


def test_poverty_page_in_english(demo_store_root, monkeypatch):
    at = open_page(demo_store_root, monkeypatch, "views/kemiskinan.py")
    at.sidebar.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Poverty and TKSK coverage"
    assert "Poverty headcount ratio, P0 (%)" in at.radio(key="pov_ind.en").options


def test_a_choice_survives_a_language_switch_and_reads_in_the_new_language(demo_store_root, monkeypatch):
    at = trend_tab(open_page(demo_store_root, monkeypatch, "views/beban.py"))
    at.selectbox(key="beban_trend_value").set_value("jam").run()
    at.sidebar.radio(key="lang").set_value("en").run()
    assert not at.exception
    widget = at.selectbox(key="beban_trend_value.en")
    assert widget.value == "jam"
    assert "Hours logged per TKSK per month" in widget.options
    assert chart_spec(at, "beban_trend")["layout"]["yaxis"]["title"]["text"] == "Hours logged per TKSK per month"


def test_logged_hours_far_above_the_time_available_are_named(demo_store):
    import pandas as pd

    from tksk.present import workload
    from tksk.present.common import Data, Settings

    s = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    data = Data(demo_store)
    # A share of a small month is no sign of a slip: only hours beyond a full-time month are named as possibly one,
    # with the hours per activity that tell overwork from a slip.
    assert "penuh waktu" not in workload.hours(data, s, 5.0)["incomplete"]
    cov = workload.coverage(data, s).set_index("kode_kec")
    busiest = cov["jam_per_bulan"].idxmax()
    assert cov.loc[busiest, "jam_per_bulan"] < workload.FULL_TIME_MONTH  # the demo TKSK work part-time
    note = workload.hours(data, s, 5.0)["incomplete"]
    assert "Di atas 100 %" in note
    # A kecamatan whose rows hold a day each: beyond a full-time month, named with its hours per activity.
    agg = data["agg_kec_bulan"]
    data._tables["agg_kec_bulan"] = agg.assign(jam=agg["jam"].where(agg["kode_kec"] != busiest, agg["kegiatan"] * 9.0))
    data._derived.clear()
    note = workload.hours(data, s, 53.0)["incomplete"]
    name = cov.loc[busiest, "nama_kec"]
    assert "Lebih dari sebulan kerja penuh waktu seorang ASN (93 jam efektif" in note
    assert f"{name} (" in note and "9,0 jam per kegiatan)" in note


def test_logged_hours_above_the_time_available_are_explained(demo_store):
    """Bars past the 100 % line stood unexplained: the note names them and says what it means."""
    import pandas as pd

    from tksk.present import workload
    from tksk.present.common import Data, Settings

    s = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    hours = workload.hours(Data(demo_store), s, 40.0)
    shares = hours["table"].frame.set_index("nama_kec")["persen_waktu"]
    over = shares[(shares > 100) & (shares <= 200)].sort_values(ascending=False)
    assert len(over) > 0
    said = hours["incomplete"].split("Di atas 100 %: ")[1]
    assert said.startswith(f"{over.index[0]} ({round(over.iloc[0])} %)")
    assert "melebihi jam tersedia yang dipakai Perencanaan" in said
    assert all(name in said for name in over.index)
    assert "Di atas 100 %" not in workload.hours(Data(demo_store), s, 80.0)["incomplete"]


def test_the_kecamatan_choosers_follow_the_sidebar_filter(demo_store_root, monkeypatch):
    """Filtered to Kandis after the trend showed Indralaya, the trend and the desa table stayed on Indralaya."""
    at = trend_tab(open_page(demo_store_root, monkeypatch, "views/beban.py"))
    at.selectbox(key="beban_trend_kec").set_value("16.10.04").run()
    at.sidebar.multiselect(key="kecamatan").set_value(["16.10.13"]).run()
    assert not at.exception
    assert at.selectbox(key="beban_trend_kec").value == "16.10.13"
    # A kecamatan inside the filter is kept.
    at.sidebar.multiselect(key="kecamatan").set_value(["16.10.13", "16.10.04"]).run()
    assert at.selectbox(key="beban_trend_kec").value == "16.10.13"


def test_the_poverty_ranking_opens_on_the_share_and_the_periods_year(demo_store_root, monkeypatch):
    """It opened on head counts (the most populous regencies first) and on 2025 whatever the period."""
    at = open_page(demo_store_root, monkeypatch, "views/kemiskinan.py")
    at.sidebar.select_slider(key="periode").set_value((pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-01"))).run()
    open_tab(at, "pov_tab", "Peringkat provinsi")
    assert not at.exception
    assert at.selectbox(key="pov_rank_ind").value == "p0_persen"
    assert at.selectbox(key="pov_year").value == 2023
    # The regency's place is said in words, counted from the ranking's own table, and its bar stands out.
    from tksk import poverty
    from tksk.store import Store

    ranked = poverty.ranking(Store(demo_store_root).read("kemiskinan"), 2023, "p0_persen").set_index("kode_wilayah")
    own = ranked.loc["16.10"]
    assert (f"Kabupaten Ogan Ilir: {fmt.number(own['nilai'], 2)}, urutan {int(own['peringkat'])} dari {len(ranked)} "
            "(1 = angka tertinggi).") in " ".join(c.value for c in at.caption)
    bars = chart_spec(at, "pov_rank")["data"][0]
    colours = dict(zip(bars["y"], bars["marker"]["color"]))
    assert [n for n, c in colours.items() if c != "#d95f02"] == ["▶ Kabupaten Ogan Ilir"]


def test_km2_per_tksk_divides_one_area_chosen_on_either_page(demo_store_root, monkeypatch):
    """Beban Kerja divided the computed area while Peta Cakupan divided the published one (493,9 against 528,8),
    and Beban had no chooser."""
    at = open_page(demo_store_root, monkeypatch, "views/peta.py")
    at.selectbox(key="peta_metric").set_value("km2_per_tksk").run()
    at.radio(key="peta_area").set_value("luas_km2_terbit").run()
    on_map = shown_tables(at)[0].set_index("Kecamatan").iloc[:, 1]
    at.switch_page("views/beban.py").run()
    at.selectbox(key="beban_metric").set_value("km2_per_tksk").run()
    assert not at.exception
    assert at.radio(key="peta_area").value == "luas_km2_terbit"
    on_beban = shown_tables(at)[0].set_index("Kecamatan").iloc[:, 0]
    assert on_beban["Indralaya Utara"] == on_map["Indralaya Utara"] == fmt.number(472.33, 1)
    assert (on_beban.reindex(on_map.index) == on_map).all()
    # Chosen on Beban first, Peta follows.
    at = open_page(demo_store_root, monkeypatch, "views/beban.py")
    at.selectbox(key="beban_metric").set_value("km2_per_tksk").run()
    assert shown_tables(at)[0].set_index("Kecamatan").iloc[:, 0]["Indralaya Utara"] == "283,9"  # computed by default
    at.radio(key="peta_area").set_value("luas_km2_terbit").run()
    at.switch_page("views/peta.py").run()
    at.selectbox(key="peta_metric").set_value("km2_per_tksk").run()
    assert at.radio(key="peta_area").value == "luas_km2_terbit"
    assert shown_tables(at)[0].set_index("Kecamatan").iloc[:, 1]["Indralaya Utara"] == on_map["Indralaya Utara"]


def test_the_filter_is_said_where_a_page_heeds_it_and_where_it_does_not(demo_store_root, monkeypatch):
    """Kemiskinan's per-kecamatan chart ignored the sidebar's filter and Data's log quality applied it, neither
    saying so (walk-through of 2026-12-06)."""
    from tksk.text import t

    at = open_page(demo_store_root, monkeypatch, "views/kemiskinan.py")
    at.sidebar.multiselect(key="kecamatan").set_value(["16.10.05", "16.10.13"]).run()
    open_tab(at, "pov_tab", t("tab_need", "id"))
    assert t("filter_not_here", "id", n=2, names="Pemulutan, Kandis") in [c.value for c in at.caption]
    at.switch_page("views/data.py").run()
    open_tab(at, "data_tabs", t("tab_quality", "id"))
    assert t("filter_scope_plain", "id", n=2, names="Pemulutan, Kandis") in [c.value for c in at.caption]


def test_the_trend_caption_names_only_the_bands_it_draws(demo_store):
    """Indralaya, never vacant, had "Grey band: a month without an active TKSK" under a chart with no such band
    (walk-through of 2026-12-06)."""
    from tksk.present import workload
    from tksk.present.common import Data, Settings

    s = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    staffed = workload.trend(Data(demo_store), s, "16.10.04", "kegiatan")["caption"]
    vacant = workload.trend(Data(demo_store), s, "16.10.11", "kegiatan")["caption"]  # Rantau Panjang, Mar–Aug vacant
    assert "Pita abu-abu" not in staffed and "Pita abu-abu: bulan tanpa TKSK aktif" in vacant
    assert "Pita biru" in staffed and "Pita biru" in vacant  # the demo's rounds are drawn on both


def test_poor_people_per_tksk_of_one_year_is_a_number_not_a_lone_point(demo_store):
    """A store of one year of log drew a single diamond in an empty full-width chart (walk-through of 2026-12-06)."""
    from tksk.present import poverty
    from tksk.present.common import Data, Settings

    s = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    d = Data(demo_store)
    assert poverty.poor_per_tksk(d, s, "16.10")["single"] is None  # two years of posts: a line
    pb = demo_store.read("pos_bulan")
    d._tables["pos_bulan"] = pb.loc[pb["bulan"].dt.year == 2024]
    out = poverty.poor_per_tksk(d, s, "16.10")
    label, value = out["single"]
    assert label == "Penduduk miskin per TKSK aktif, 2024" and value == fmt.number(out["table"].frame["miskin_per_tksk"].iloc[0], 0)


def test_the_poor_per_tksk_chart_s_image_names_no_sidebar_period(demo_store_root, monkeypatch):
    """Review rev28 #6: the chart covers every roster year, so its saved image names no period, and says DEMO."""
    import json

    from tksk.text import t

    at = open_tab(open_page(demo_store_root, monkeypatch, "views/kemiskinan.py"), "pov_tab", t("tab_per_tksk", "id"))
    [c] = [c for c in at.get("plotly_chart") if c.key == "pov_per_tksk"]
    config, spec = json.loads(c.proto.config), json.loads(c.proto.spec)
    [note] = [a["text"] for a in spec["layout"]["annotations"] if a.get("name") == "note"]
    assert note.startswith("DATA CONTOH (demo) <br>") and " – " not in note.split("<br>")[0]
    assert note.replace("<br>", " ").count("log kegiatan dan daftar pos TKSK") == 1  # each source once
    name = config["toImageButtonOptions"]["filename"]
    assert name.endswith("_DEMO") and not any(ch.isdigit() for ch in name), name
