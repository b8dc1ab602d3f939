"""The area map and its key, on a hand-made layer of five squares."""

import re

import geopandas as gpd
import pytest
import pandas as pd
import shapely

from tksk.present import maps


def squares(n: int) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"kode": [f"K{i}" for i in range(n)], "nama": [f"Area {i}" for i in range(n)]},
                            geometry=[shapely.box(i, 0, i + 0.9, 0.9) for i in range(n)], crs="EPSG:4326")


def draw(values: list, kosong: list, lang: str = "id", **kw) -> maps.AreaMap:
    layer = squares(len(values))
    frame = pd.DataFrame({"kode": layer["kode"], "nilai": values, "kosong": kosong})
    return maps.area_map(layer, "kode", "nama", frame, value_label="Kegiatan <per> desa", lang=lang, decimals=1,
                         vacant_label="Pos kosong", gap_label="Tidak ada data", **kw)


def fills(m: maps.AreaMap) -> dict[str, str]:
    return {tr.customdata[0]: tr.fillcolor for tr in m.figure.data if tr.fill == "toself"}


def test_the_key_spans_the_scale_and_names_each_colour_off_it():
    m = draw([1234.5, 2000.0, 3000.25, None, 0.0], [False, False, False, False, True], zero_label="Tidak dikunjungi")
    key = m.key
    # The ends of the scale are the lowest and highest value on it, in the reader's number format.
    assert re.findall(r"<span>([^<]*)</span>", key)[:2] == ["1.234,5", "3.000,3"]  # half up, as every figure (fmt.rounded)
    # The gradient runs from the colour of the lowest area to that of the highest.
    stops = re.search(r"linear-gradient\(to right,(.*?)\)\"", key).group(1)
    assert stops.startswith(fills(m)["K0"]) and stops.endswith(fills(m)["K2"])
    # Off the scale, in the order met: the gap, then the vacant post (hatched); a vacant zero is not "not visited".
    assert re.findall(r"</span>([^<]+)</span>", key) == ["Tidak ada data", "Pos kosong"]
    assert "repeating-linear-gradient" in key and "Tidak dikunjungi" not in key
    assert "Kegiatan &lt;per&gt; desa" in key  # text is escaped, never markup
    # Plotly draws neither a colour bar nor a legend: the key is the HTML under the map.
    assert not m.figure.layout.showlegend
    assert all(tr.showlegend is False and "colorbar" not in (tr.marker.to_plotly_json() if tr.marker else {})
               for tr in m.figure.data)


def test_english_numbers_and_a_single_value_scale():
    m = draw([1234.5, 1234.5], [False, False], lang="en")
    # One value: said once, as the value of all (not an end of a gradient).
    assert re.findall(r"<span>([^<]*)</span>", m.key) == ["every area with a value on the map has the same one: 1,234.5"]
    # One area with a value among gaps is not "every area the same" (walk-through of 2026-12-06).
    one = draw([0.3, float("nan")], [False, False], lang="en")
    assert re.findall(r"<span>([^<]*)</span>", one.key)[0] == "only one area on the map has a value: 0.3"


def test_areas_all_at_one_value_are_painted_the_scale_s_middle_not_its_worst():
    from plotly.colors import sample_colorscale

    for worse in (True, False):
        m = draw([5.0, 5.0, 5.0], [False, False, False], higher_is_worse=worse)
        scale = maps.SCALE if worse else maps.SCALE + "_r"
        assert set(fills(m).values()) == set(sample_colorscale(scale, maps._on_scale([0.5], scale))), worse


def test_a_map_with_no_value_on_its_scale_has_no_gradient():
    m = draw([None, None, 0.0], [False, False, False], zero_label="Tidak dikunjungi", higher_is_worse=False)
    assert "to right" not in m.key and "Kegiatan &lt;per&gt; desa" in m.key  # what it measures, still said
    assert re.findall(r"</span>([^<]+)</span>", m.key) == ["Tidak ada data", "Tidak dikunjungi"]
    assert fills(m)["K2"] == maps.ZERO_COLOR and fills(m)["K0"] == maps.GAP_COLOR


def test_a_clickable_map_draws_each_area_once_as_a_path_but_a_hatched_one():
    from helpers import map_areas

    m = draw([1.0, 2.0, None, 4.0, 0.0], [False, False, False, False, True], clickable=True, selected="K1")
    shapes = {sh.name: sh for sh in m.figure.layout.shapes}
    # The vacant area keeps its trace (a shape cannot be hatched); every other area is a path of its square.
    assert sorted(shapes) == ["K0", "K1", "K2", "K3"] and fills(m) == {"K4": maps.VACANT_COLOR}
    assert shapes["K0"].path == "M0.90000,0.00000L0.90000,0.90000L0.00000,0.90000L0.00000,0.00000L0.90000,0.00000Z"
    assert shapes["K2"].fillcolor == maps.GAP_COLOR
    assert sorted(map_areas(m.figure)) == ["K0", "K1", "K2", "K3", "K4"]
    # The selected outline is drawn last, over its neighbours; the others keep their order.
    assert [sh.name for sh in m.figure.layout.shapes] == ["K0", "K2", "K3", "K1"] and shapes["K1"].line.width == 3
    # Its click targets carry every area's code, the vacant one too.
    grid = [tr for tr in m.figure.data if tr.name == "area"][0]
    assert set(grid.customdata) == {"K0", "K1", "K2", "K3", "K4"}
    # A map that is not clickable draws every area as a trace with its hover.
    assert not draw([1.0, 2.0, None, 4.0, 0.0], [False] * 4 + [True]).figure.layout.shapes


def test_an_enclave_shows_through_the_hole_of_the_area_around_it_and_a_filter_fades_the_rest():
    outer = shapely.Polygon([(0, 0), (3, 0), (3, 3), (0, 3)], [[(1, 1), (2, 1), (2, 2), (1, 2)]])
    layer = gpd.GeoDataFrame({"kode": ["OUT", "IN", "FAR"], "nama": ["Luar", "Dalam", "Jauh"]},
                             geometry=[outer, shapely.box(1, 1, 2, 2), shapely.box(4, 0, 5, 1)], crs="EPSG:4326")
    frame = pd.DataFrame({"kode": layer["kode"], "nilai": [1.0, 2.0, 3.0], "kosong": [False] * 3})
    m = maps.area_map(layer, "kode", "nama", frame, value_label="Nilai", vacant_label="Pos kosong",
                      gap_label="Tidak ada data", clickable=True, selected="OUT", highlight=("OUT", "IN"))
    shapes = {sh.name: sh for sh in m.figure.layout.shapes}
    # The surrounding area is drawn last (its thick outline) but with its hole, filled even-odd: the enclave shows.
    assert [sh.name for sh in m.figure.layout.shapes][-1] == "OUT"
    assert shapes["OUT"].path.count("M") == 2 and shapes["OUT"].fillrule == "evenodd"
    assert "M1.00000,1.00000" in shapes["OUT"].path
    # The filter highlights its areas and fades the others, on one colour scale.
    assert shapes["FAR"].opacity == 0.3 and shapes["IN"].opacity == 1.0 and shapes["OUT"].opacity == 1.0
    assert shapes["IN"].line.width == 2 and shapes["FAR"].line.width == 0.8 and shapes["OUT"].line.width == 3


@pytest.mark.parametrize("small", [True, False])
def test_every_kecamatan_is_named_inside_its_area_or_beside_the_map_with_a_line_to_it(demo_store, small):
    """ux31 #10: in the eastern cluster the names spilled over their neighbours and one another (Sungai Pinang a
    third on its own area), and Beranda's small map left Indralaya Selatan out. A name sits inside its area where
    most of it covers the area; the others are set beside the map, whole (on two lines), each with a line that ends
    inside its own area, in margins of their own; no kecamatan is left out and none is named twice."""
    from tksk.present import coverage, home
    from tksk.present.common import Data, Settings

    data = Data(demo_store)
    s = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))
    m = home.coverage_map(data, s) if small else coverage.area_map(data, s, "orang_per_1000kk", clickable=True)
    [label] = [tr for tr in m.figure.data if tr.name == "label"]
    names = data.names()
    assert sorted(text.replace("<br>", " ") for text in label.text) == sorted(names.values())
    assert "tidak muat" not in m.key
    beside = [c for c, where in zip(label.customdata, label.textposition) if where != "middle center"]
    assert beside and "Indralaya Selatan" in {names[c] for c in beside}  # left out on Beranda, over its neighbours on Peta
    # Each name beside the map has a line from it into its own area.
    [lines] = [tr for tr in m.figure.data if tr.name == "leader"]
    layer = coverage.display_layer(data, "kecamatan").set_index("kode_kec")
    ends = list(zip(lines.x[1::3], lines.y[1::3]))
    assert len(ends) == len(beside)
    for code, (x, y) in zip(beside, ends):
        assert layer.geometry[code].contains(shapely.Point(x, y)), names[code]
    # A name inside is anchored in its own area.
    for code, x, y, text, where in zip(label.customdata, label.x, label.y, label.text, label.textposition):
        if where == "middle center":
            assert layer.geometry[code].contains(shapely.Point(x, y)), names[code]
    # The names beside the map have the figure's margin, in pixels, on their side.
    assert m.figure.layout.margin.r > 0 and m.figure.layout.xaxis.constrain == "domain"


def test_a_name_beyond_what_the_column_beside_the_map_holds_is_said_under_it():
    """Forty thin strips of which none holds its name: the column beside the map holds what its height allows;
    the rest keep their hover and are named under the map (a large desa map)."""
    n = 40
    layer = gpd.GeoDataFrame({"kode": [f"K{i}" for i in range(n)], "nama": [f"Desa Panjang Sekali {i}" for i in range(n)]},
                             geometry=[shapely.box(i * 0.01, 0, i * 0.01 + 0.009, 0.2) for i in range(n)],
                             crs="EPSG:4326")
    frame = pd.DataFrame({"kode": layer["kode"], "nilai": range(n), "kosong": False})
    m = maps.area_map(layer, "kode", "nama", frame, value_label="Kegiatan", vacant_label="Pos kosong",
                      gap_label="Tidak ada data", height=300, width=300)
    [label] = [tr for tr in m.figure.data if tr.name == "label"]
    shown = [t for t in label.text if t]
    assert 0 < len(shown) < n
    assert "Nama yang tidak muat di peta" in m.key


def test_neither_scale_paints_an_area_the_pale_end_a_gap_s_grey_is_read_as():
    """The best served kecamatan was drawn #ffffcc beside the grey of areas without data and read as one more (ux21):
    whichever way the scale runs, its lightest colour is left out."""
    from plotly.colors import sample_colorscale

    pale = sample_colorscale(maps.SCALE, [0.0])[0]
    for worse in (True, False):
        m = draw([1.0, 5.0, 9.0], [False, False, False], higher_is_worse=worse)
        assert pale not in set(fills(m).values()), worse


def test_every_property_of_a_map_is_one_plotly_knows():
    """The map is built without plotly's validation (half of a new map's time): every property it sets must pass
    that validation, clickable or not, with a vacant, a gap, a zero and a highlight."""
    import plotly.graph_objects as go
    import pytest

    for kw in ({}, {"clickable": True, "selected": "K1"}, {"highlight": ("K0",), "zero_label": "Tidak dikunjungi"}):
        figure = draw([1.0, 2.0, None, 0.0, 3.0], [False, False, False, False, True], **kw).figure.to_dict()
        go.Figure(figure)  # raises on a property plotly does not know
        assert figure["layout"]["template"] == {}
    figure = draw([1.0, 2.0], [False, False]).figure.to_dict()
    figure["data"][0]["fillcolour"] = "red"
    with pytest.raises(ValueError):
        go.Figure(figure)
