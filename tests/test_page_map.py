"""Peta Cakupan under AppTest with the demo store."""

import json

import pandas as pd
import pytest
from helpers import ROOT
from etl import demo
from tksk import fmt
from tksk.measures import COVERAGE_METRICS
from helpers import map_areas, open_page, shown_tables
from tksk.present.charts import VACANT_COLOR


@pytest.fixture
def app(demo_store_root, monkeypatch):
    at = open_page(demo_store_root, monkeypatch, "views/peta.py")
    # The page runs inside the frame (dashboard.py runs on every page run), so the sidebar widgets are there.
    assert at.sidebar.radio(key="lang").value == "id"
    return at


def charts(at):
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_map_holds_sixteen_kecamatan(app, demo_store):
    app.run()
    assert not app.exception
    spec = charts(app)[0]
    labels = [t for t in spec["data"] if t.get("name") == "label"][0]
    assert len(labels["customdata"]) == 16
    assert sorted(map_areas(spec)) == sorted(labels["customdata"])
    # Every kecamatan is named on the map: a label that would overlap is moved within its area or set on two lines
    # (Kandis and Sungai Pinang were left unnamed, review of 2026-12-04).
    names = {t.replace("<br>", " ") for t in labels["text"] if t}
    assert names == set(demo_store.read("kecamatan")["nama_kec"])


def test_population_per_tksk_matches_independent_computation(app, demo_store):
    app.selectbox(key="peta_metric").set_value("penduduk_per_tksk")
    app.run()
    # Independent: 2010 census share of the 2025 regency total, over the posts active in December 2024.
    desa = pd.read_csv(ROOT.parent / "shared" / "data" / "ogan_ilir_penduduk_desa.csv", dtype={"kode_kec": str})
    share = desa.groupby("kode_kec")["penduduk"].sum() / desa["penduduk"].sum()
    posts = demo.make_roster(demo_store.read("kecamatan"))
    active = posts[(posts["status"] == "aktif") & (posts["tanggal_mulai"] <= "2024-12-15")
                   & (posts["tanggal_selesai"].isna() | (posts["tanggal_selesai"] >= "2024-12-15"))]
    n = active.groupby("kode_kec").size()
    expected = round(share["16.10.05"] * 446_020) / n["16.10.05"]  # Pemulutan: two posts
    assert n["16.10.05"] == 2
    table = shown_tables(app)[0]
    row = table[table["Kecamatan"] == "Pemulutan"].iloc[0]
    decimals = COVERAGE_METRICS["penduduk_per_tksk"].decimals
    assert row["Nilai"] == fmt.number(expected, decimals)
    assert fmt.parse_number(row["Nilai"]) == pytest.approx(expected, abs=0.5 * 10 ** -decimals)


def test_vacant_post_is_not_coloured_as_a_number(app):
    # Through the frame's own sidebar widget: the frame runs on every page run.
    app.select_slider(key="periode").set_range(pd.Timestamp("2024-03-01"), pd.Timestamp("2024-08-01"))
    app.selectbox(key="peta_metric").set_value("orang_per_bulan")
    app.run()
    assert not app.exception
    spec = charts(app)[0]
    rp = [t for t in spec["data"] if t.get("fill") == "toself" and t["customdata"][0] == demo.VACANT_KEC][0]
    assert rp["fillcolor"] == VACANT_COLOR
    assert rp["name"] == "Pos kosong (tanpa TKSK)"
    # The key under the map names it beside its own (hatched) swatch, apart from the scale.
    key = app.get("html")[0].proto.body
    assert "Pos kosong (tanpa TKSK)" in key and "repeating-linear-gradient" in key and "linear-gradient(to right" in key
    others = {code: fill for code, fill in map_areas(spec).items() if code != demo.VACANT_KEC}
    assert len(others) == 15 and VACANT_COLOR not in others.values()
    table = shown_tables(app)[0]
    first = table.iloc[0]
    assert first["Kecamatan"] == "Rantau Panjang" and first["Status"] == "Pos kosong (tanpa TKSK)"
    assert first["Nilai"] == "tidak ada data"  # a gap reads as one, never 0 or None


def test_kecamatan_detail_lists_unvisited_desa(app, demo_store):
    app.session_state["peta_kec"] = "16.10.05"
    app.run()
    assert not app.exception
    visited = set(demo_store.read("agg_desa_bulan").query("kode_kec == '16.10.05' and bulan >= '2024-01-01'")["kode_desa"])
    desa = demo_store.read("desa").query("kode_kec == '16.10.05'")
    missed = sorted(desa.loc[~desa["kode_desa"].isin(visited), "nama_desa"])
    text = [m.value for m in app.markdown]
    assert missed  # the demo leaves some of Pemulutan's desa unvisited
    assert ", ".join(sorted(text[text.index("**Desa/kelurahan yang tidak dikunjungi dalam periode (tanpa satu kegiatan pun)**") + 1]
                            .split(", "))) == ", ".join(missed)
    assert len(charts(app)) == 2  # the kecamatan map and the desa map


def test_map_in_english(app):
    app.sidebar.radio(key="lang").set_value("en")
    app.run()
    assert not app.exception
    assert app.title[0].value == "TKSK coverage map"
    # The widget of the other language has its own key, so its chosen option reads in that language.
    assert app.selectbox(key="peta_metric.en").value == "orang_per_1000kk"
    assert "Population per TKSK (estimate)" in app.selectbox(key="peta_metric.en").options
    assert "Demo data" in app.warning[0].value


def test_a_shared_url_restores_the_view(demo_store_root, monkeypatch):
    """Language, kecamatan filter, measure and detail live in the URL: opening it restores the view."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"lang": "English", "kecamatan": ["Pemulutan", "Kandis"],
                            "peta_metric.en": "Families per TKSK", "peta_kec": "Kandis"})
    at.run()
    at.switch_page("views/peta.py").run()
    assert not at.exception
    assert at.title[0].value == "TKSK coverage map"
    assert at.selectbox(key="peta_metric.en").value == "kk_per_tksk"
    assert at.sidebar.multiselect(key="kecamatan").value == ["16.10.05", "16.10.13"]
    assert at.selectbox(key="peta_kec").value == "16.10.13"
    assert sorted(shown_tables(at)[0]["Kecamatan"]) == ["Kandis", "Pemulutan"]
    # The detail opens far below the map: the kecamatan of the address is named above the map with a link down to
    # it, on the first run too (the chooser that holds it is drawn below the map).
    assert [m.value for m in at.markdown if "(#rincian)" in m.value] == [
        ":material/arrow_downward: [Kandis's detail below the map](#rincian)"]
    assert at.subheader[0].proto.anchor == "rincian"


def test_a_link_may_name_the_language_by_its_code(demo_store_root, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"lang": "en"})
    at.run()
    at.switch_page("views/peta.py").run()
    assert not at.exception and at.title[0].value == "TKSK coverage map"
    # Written back as the switch writes it: the bound switch dropped "en" from the address bar, so the link
    # passed on from there opened in Indonesian.
    assert at.query_params["lang"] == "English"


def url_values(at, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def test_a_page_s_chooser_named_by_code_in_a_link_is_kept_in_the_address_bar(demo_store_root, monkeypatch):
    """The Indikator Kinerja detail chooser shows names; a link naming it by code chose nothing and lost it."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    from tksk.text import t

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"kinerja_drill": "16.10.04", "kinerja_tab": t("tab_drill", "id")})
    at.run()
    assert url_values(at, "kinerja_drill") == ["Indralaya"]
    at.switch_page("views/kinerja.py").run()
    assert not at.exception
    assert at.selectbox(key="kinerja_drill").value == "16.10.04"


def test_coverage_gap_is_named_with_its_months(app):
    app.run()
    assert any("Rantau Panjang 6 dari 12 bulan tanpa TKSK aktif (Mar–Agu 2024)" in w.value for w in app.warning)


def test_km2_per_tksk_says_which_area_and_can_use_the_published_one(app):
    app.selectbox(key="peta_metric").set_value("km2_per_tksk").run()
    assert any("Luas yang dipakai: dihitung dari batas desa" in c.value for c in app.caption)
    computed = shown_tables(app)[0].set_index("Kecamatan")["Nilai"].map(fmt.parse_number)
    app.radio(key="peta_area").set_value("luas_km2_terbit").run()
    assert not app.exception
    published = shown_tables(app)[0].set_index("Kecamatan")["Nilai"]
    assert published["Indralaya Utara"] == fmt.number(472.33, COVERAGE_METRICS["km2_per_tksk"].decimals) and computed["Indralaya Utara"] == pytest.approx(283.9, abs=0.1)
    assert any("dokumen perencanaan, Tabel 2.1" in c.value for c in app.caption)


def test_the_ranking_heading_says_what_comes_first():
    """Under a load measure the largest load is first: the heading must not call it the least served."""
    from tksk.present import coverage

    assert coverage.ranking_title("orang_per_1000kk", "id").startswith("Kecamatan paling kurang terlayani: Orang")
    assert coverage.ranking_title("km2_per_tksk", "id") == "Kecamatan dengan beban tertinggi: Luas (km²) per TKSK, tertinggi dulu"
    assert coverage.ranking_title("bulan_kosong", "en").startswith("Kecamatan with the most months without a TKSK")
    # Output per TKSK, lowest first, is no "least served": Kandis, with two posts for few families, came first as such.
    for measure in ("orang_per_bulan", "kegiatan_per_bulan"):
        title = coverage.ranking_title(measure, "id")
        assert title.startswith("Kerja tercatat per TKSK") and "kurang terlayani" not in title


@pytest.mark.parametrize("period, shown", [
    (["June 2024", "September 2024"], ("2024-06-01", "2024-09-01")),  # English months in the Indonesian view
    (["2024-02", "2024-05"], ("2024-02-01", "2024-05-01")),
])
def test_a_shared_link_s_period_is_read_in_either_language(demo_store_root, monkeypatch, period, shown):
    from streamlit.testing.v1 import AppTest

    from helpers import ROOT

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["periode"] = period
    at.run()
    assert not at.exception
    assert tuple(str(m.date()) for m in at.session_state["periode"]) == shown
    assert not [i for i in at.sidebar.info if "tidak dikenali" in i.value]
    # In the address bar as the slider writes it: a link opened and passed on keeps its period.
    assert url_values(at, "periode") == [fmt.month(pd.Timestamp(m), "id") for m in shown]


def test_a_link_s_period_that_cannot_be_read_is_said(demo_store_root, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from helpers import ROOT

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["periode"] = ["Jan–Jun", "2024"]
    at.run()
    assert not at.exception
    assert any("Periode di tautan (Jan–Jun – 2024) tidak dikenali" in i.value for i in at.sidebar.info)


@pytest.mark.parametrize("given, codes, unread", [
    (["16.10.13"], ["16.10.13"], None),  # a code: was dropped, and every kecamatan shown
    (["16.10.13", "Indralaya"], ["16.10.13", "16.10.04"], None),
    (["kandis"], ["16.10.13"], None),  # a name in any case
    (["99.99", "16.10.04"], ["16.10.04"], "99.99"),
    (["foo"], [], "foo"),
    (["Pardiyem"], [], "[nama disamarkan]"),  # a link is typed by anyone: a name in it is masked as in a note
])
def test_a_shared_link_s_kecamatan_is_read_by_code_or_name(demo_store_root, monkeypatch, given, codes, unread):
    from streamlit.testing.v1 import AppTest

    from helpers import ROOT

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["kecamatan"] = given
    at.run()
    assert not at.exception
    assert list(at.session_state["kecamatan"]) == codes
    names = {"16.10.13": "Kandis", "16.10.04": "Indralaya"}
    assert url_values(at, "kecamatan") == [names[c] for c in codes]
    said = [i.value for i in at.sidebar.info if "Kecamatan di tautan" in i.value]
    assert said == ([f"Kecamatan di tautan ({unread}) tidak dikenali dan tidak disaring; tulis kode atau namanya, "
                     "mis. 16.10.13 atau Kandis."] if unread else [])


def test_the_detail_compares_the_area_per_tksk_the_measure_above_divides(app):
    """With the Pemkab's published area chosen, the ranking showed Rantau Panjang at 40,9 km² per TKSK and the
    comparison below 55,4, the computed area's figure, with nothing saying which was which."""
    app.run()
    app.selectbox(key="peta_metric").set_value("km2_per_tksk").run()
    app.radio(key="peta_area").set_value("luas_km2_terbit").run()
    app.session_state["peta_kec"] = "16.10.13"
    app.run()
    assert not app.exception
    ranked = shown_tables(app)[0].set_index("Kecamatan").iloc[:, 1]
    [median] = [df for df in (t.value for t in app.dataframe) if "Median kabupaten" in df.columns]
    row = median.loc[median.iloc[:, 0].str.startswith("Luas (km²) per TKSK")].iloc[0]
    assert row.iloc[0] == "Luas (km²) per TKSK (terbitan Pemkab (dokumen perencanaan))"
    assert row.iloc[1] == ranked["Kandis"]


@pytest.mark.parametrize("lang_param, asked, named_in, opens", [
    (None, "method_title", "en", "method_title"), ("English", "method_title", "id", "method_title"),
    ("English", "tab_drill", "id", "tab_drill"),
    # Links shared before the tabs' labels were shortened name the tab by its title.
    ("English", "drill_title", "en", "tab_drill"), (None, "drill_title", "en", "tab_drill")])
def test_a_link_names_a_tab_in_either_language(demo_store_root, monkeypatch, lang_param, asked, named_in, opens):
    """A tab named in the other language than the page's (a link copied from an English view, opened by a reader of
    Indonesian) opened the first tab."""
    from streamlit.testing.v1 import AppTest
    from tksk.text import t

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"kinerja_tab": t(asked, named_in), **({"lang": lang_param} if lang_param else {})})
    at.run()
    page_lang = "en" if lang_param else "id"
    assert url_values(at, "kinerja_tab") == [t(opens, page_lang)]
    at.switch_page("views/kinerja.py").run()
    assert not at.exception
    assert at.session_state["kinerja_tab"] == t(opens, page_lang)


@pytest.mark.parametrize("page", ["views/peta.py", "views/beban.py", "views/kinerja.py"])
def test_a_filtered_page_says_so_and_keeps_the_regency_s_ranks(demo_store_root, monkeypatch, page):
    """Only Beranda said a kecamatan filter was on; Peta numbered the chosen kecamatan afresh, Kandis "2" where it
    is 5th in the regency, while Kinerja kept the regency's places (walk-through of 2026-12-06)."""
    from helpers import open_page, shown_tables

    at = open_page(demo_store_root, monkeypatch, page)
    whole = shown_tables(at)[0] if page == "views/peta.py" else None
    at.sidebar.multiselect(key="kecamatan").set_value(["16.10.13", "16.10.04"]).run()
    assert not at.exception
    said = [c.value for c in at.caption if c.value.startswith("Hanya 2 kecamatan yang dipilih di sidebar: Kandis, Indralaya")]
    assert said, [c.value for c in at.caption][:5]
    if whole is not None:
        chosen = shown_tables(at)[0]
        place = lambda tb, name: tb.loc[tb["Kecamatan"] == name].iloc[0, 0]  # noqa: E731
        assert place(chosen, "Kandis") == place(whole, "Kandis") and place(chosen, "Indralaya") == place(whole, "Indralaya")


def test_a_period_shorter_than_the_aid_calendar_is_cautioned_beside_a_logged_ranking(app, demo_store):
    """July 2024 ranked Muara Kuang least served at 0,2 because July had no distribution, with no word on Peta or
    Beranda (walk-through of 2026-12-06)."""
    from tksk.present import home
    from tksk.present.common import Data, Settings
    from tksk.text import t

    def cautions():
        return [w.value for w in app.warning if "jadwal penyaluran" in w.value]

    assert not cautions()  # twelve months
    app.select_slider(key="periode").set_range(pd.Timestamp("2024-07-01"), pd.Timestamp("2024-07-01")).run()
    assert cautions() == [t("coverage_short_period", "id", months=1)]
    app.selectbox(key="peta_metric").set_value("kk_per_tksk").run()  # families per TKSK: no distribution in it
    assert not cautions()
    # Beranda's least-served card says it under its list, for the short period only.
    for months, said in ((1, True), (12, False)):
        s = Settings(start=pd.Timestamp("2024-07-01") if months == 1 else pd.Timestamp("2024-01-01"),
                     end=pd.Timestamp("2024-07-01") if months == 1 else pd.Timestamp("2024-12-01"))
        card = home.answers(Data(demo_store), s)[0]
        assert (t("coverage_short_period", "id", months=months) in card.lines) == said


def test_a_filter_of_one_kecamatan_opens_its_detail(demo_store_root, monkeypatch):
    """With Kandis alone in the sidebar's filter, Peta's detail still asked to pick a kecamatan (walk-through of
    2026-12-06); with two, nothing is picked for the reader."""
    from helpers import open_page

    at = open_page(demo_store_root, monkeypatch, "views/peta.py")
    at.sidebar.multiselect(key="kecamatan").set_value(["16.10.13", "16.10.04"]).run()
    assert at.session_state["peta_kec"] is None
    at.sidebar.multiselect(key="kecamatan").set_value(["16.10.13"]).run()
    assert not at.exception and at.session_state["peta_kec"] == "16.10.13"


def test_a_desa_reached_by_coordination_alone_says_why_it_has_no_people_figure(demo_store):
    """"tidak ada data" beside five activities read as data missing: the column's own name, its tooltip and the
    download's header, says people are counted for facilitation only (walk-through of 2026-12-06)."""
    import pandas as pd

    from tksk.present import coverage
    from tksk.present.common import Data, Settings
    from tksk.text import t

    s = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    desa = coverage.detail(Data(demo_store), s, "16.10.04")["desa"]
    long = t("people_served_long", "id")
    assert desa.headers == {long: "Orang dilayani"} and "fasilitasi saja" in long


def test_the_maps_saved_image_says_demo_its_sources_and_period_and_is_named_so(app):
    """aud25 #4: the PNG Plotly's camera saves had no demo mark, period or source, and was named "newplot"."""
    app.run()
    [c] = [c for c in app.get("plotly_chart") if json.loads(c.proto.config).get("toImageButtonOptions")][:1]
    image = json.loads(c.proto.config)["toImageButtonOptions"]
    assert image["filename"].endswith("_2024-01_2024-12_DEMO") and image["format"] == "png"
    notes = [a["text"] for a in json.loads(c.proto.spec)["layout"].get("annotations", []) if a.get("name") == "note"]
    assert notes == ["DATA CONTOH (demo) · Januari 2024 – Desember 2024 <br>Sumber: log kegiatan dan daftar pos TKSK "
                     "<br>CONTOH (demo, sintetis)."]
