"""A chart's note: the line its saved image carries (demo mark, sources, period), without changing the shared figure."""

import pandas as pd
import plotly.graph_objects as go
import pytest

from tksk.present import charts


def test_a_note_sits_in_the_band_above_the_plot_on_a_copy():
    fig = charts.bar_ranking(pd.DataFrame({"n": ["A", "B"], "v": [1.0, 2.0]}), "n", "v",
                             value_label="x", median=1.5)
    before = fig.to_json()
    out = charts.with_note(fig, "DATA CONTOH (demo) · Januari 2024 – Desember 2024 · Sumber: log.")
    [note] = [a for a in out.layout.annotations if a.name == "note"]
    assert note.text == "DATA CONTOH (demo) · Januari 2024 – Desember 2024 <br>Sumber: log."
    assert (note.xref, note.yref, note.x, note.y) == ("paper", "paper", 0, 1)
    # In the band above the plot, under the toolbar's row and above the median's label (which keeps its 16 pixels).
    assert note.yanchor == "top" and note.yshift == out.layout.margin.t - charts.MODEBAR_ROW
    assert out.layout.margin.t == charts.MODEBAR_ROW + 2 * charts.NOTE_LINE + 4 + 16
    assert note.font.size == charts.NOTE_SIZE
    assert fig.to_json() == before  # the presenter's figure, shared by every session, is left as it was
    assert charts.with_note(fig, "") is fig


def test_a_figure_without_a_band_gets_one_for_its_note():
    fig = go.Figure(go.Bar(x=[1], y=["a"]))
    fig.update_layout(margin=dict(t=0, b=0, l=0, r=0))
    assert charts.with_note(fig, "n").layout.margin.t == charts.MODEBAR_ROW + charts.NOTE_LINE + 4


def test_long_sources_wrap_between_words_and_the_band_grows_for_them():
    note = "DEMO DATA · January 2024 – December 2024 · Sources: " + "; ".join(["PODES 2021 (BPS via CIFOR-ICRAF)"] * 3)
    lines = charts.note_lines(note)
    assert lines[0] == "DEMO DATA · January 2024 – December 2024" and lines[1].startswith("Sources: PODES")
    assert all(len(x) <= charts.NOTE_CHARS for x in lines) and " ".join(lines[1:]) == note.split(" · ", 2)[2]
    fig = go.Figure(go.Bar(x=[1], y=["a"]))
    fig.update_layout(margin=dict(t=charts.TOOLBAR_BAND))
    assert charts.with_note(fig, note).layout.margin.t == charts.MODEBAR_ROW + charts.NOTE_LINE * len(lines) + 4


@pytest.mark.parametrize("note, lines", [
    ("DATA CONTOH (demo) · Januari 2024 – Desember 2024 · Sumber: log kegiatan dan daftar pos TKSK CONTOH (demo, "
     "sintetis).", ["DATA CONTOH (demo) · Januari 2024 – Desember 2024", "Sumber: log kegiatan dan daftar pos TKSK",
                   "CONTOH (demo, sintetis)."]),
    ("DEMO DATA · January 2024 – December 2024 · Sources: TKSK activity log and post roster, DEMO (synthetic).",
     ["DEMO DATA · January 2024 – December 2024", "Sources: TKSK activity log and post roster,", "DEMO (synthetic)."]),
])
def test_a_note_never_breaks_inside_a_bracket_and_its_lines_keep_their_space(note, lines):
    """ux31 #10: the note wrapped as "CONTOH (demo," over "sintetis)." and "DEMO" over "(synthetic)", and its lines
    were read (copied, by a screen reader) as "Desember 2024Sumber" and "(demo,sintetis)"."""
    assert charts.note_lines(note) == lines
    [shown] = [a.text for a in charts.with_note(go.Figure(), note).layout.annotations]
    assert shown.replace("<br>", "") == " ".join(lines) and "(demo,<br>" not in shown


def test_a_note_starts_under_the_toolbar_s_row():
    """ux31 #10: Plotly's toolbar, shown over the top 28 pixels of a chart's right side, covered the note's last words
    ("Desember 2024") in a chart of half a page, and most of the note at 1024 pixels."""
    fig = go.Figure(go.Bar(x=[1], y=["a"]))
    fig.update_layout(margin=dict(t=charts.TOOLBAR_BAND))
    out = charts.with_note(fig, "DATA CONTOH (demo) · Januari 2024 – Desember 2024 · Sumber: log.")
    [note] = out.layout.annotations
    # The note's top, counted from the figure's top: the margin less how far it is lifted above the plot.
    assert out.layout.margin.t - note.yshift >= 28
    fig.update_layout(height=200)
    grown = charts.with_note(fig, "DATA CONTOH (demo) · Januari 2024 – Desember 2024 · Sumber: log.")
    assert grown.layout.height - grown.layout.margin.t == 200 - charts.TOOLBAR_BAND  # the plot keeps its height


def _page():
    import plotly.graph_objects as go

    from ui import show
    fig = go.Figure(go.Bar(x=[1], y=["a"]))
    show.chart(fig, "log_chart")
    show.chart(fig, "bps_chart", logs=False, sources=("kemiskinan_sumsel",))
    show.chart(fig, "no_camera", config={"displayModeBar": False})


def test_a_chart_drawn_by_show_chart_is_named_and_noted_as_its_data_is(demo_store_root, monkeypatch):
    """aud25 #4: a log chart's image says DATA CONTOH and its period and is named _DEMO; a BPS chart in the same demo
    store names its source only (as its downloads are not demo); a chart without the camera has no note."""
    import json

    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_function(_page, default_timeout=60)
    at.session_state["periode"] = (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-01"))
    at.run()
    assert not at.exception, at.exception
    got = {c.key: (json.loads(c.proto.config), json.loads(c.proto.spec)) for c in at.get("plotly_chart")}

    def note(key):
        return [a["text"] for a in got[key][1]["layout"].get("annotations", []) if a.get("name") == "note"]

    assert note("log_chart") == ["DATA CONTOH (demo) · Januari 2024 – Desember 2024 <br>Sumber: log kegiatan dan daftar pos "
                                 "TKSK <br>CONTOH (demo, sintetis)."]
    assert got["log_chart"][0]["toImageButtonOptions"]["filename"] == "grafik_2024-01_2024-12_DEMO"
    assert note("bps_chart") == ["Sumber: BPS, kemiskinan kabupaten/kota Sumatera Selatan."]
    assert got["bps_chart"][0]["toImageButtonOptions"]["filename"] == "grafik"
    assert note("no_camera") == [] and got["no_camera"][0]["displayModeBar"] is False


def test_a_figure_s_noted_copy_is_made_once_per_note():
    """A warm rerun draws the same shared figure: its noted copy is kept, not made again (6 ms for the map), and a
    figure with another note (another period, language) gets its own; the shared figure is never changed."""
    import plotly.graph_objects as go

    from ui import show

    fig = go.Figure(go.Bar(x=[1, 2], y=[3, 4]))
    first = show._noted(fig, "DATA CONTOH (demo) · Januari 2024")
    assert show._noted(fig, "DATA CONTOH (demo) · Januari 2024") is first
    other = show._noted(fig, "DEMO DATA · January 2024")
    assert other is not first and not fig.layout.annotations
    assert [a.text for a in other.layout.annotations] == ["DEMO DATA · January 2024"]


def _all_years_page():
    import plotly.graph_objects as go

    from ui import show
    show.chart(go.Figure(go.Bar(x=[1], y=["a"])), "all_years", period=False)


def test_a_chart_of_every_roster_year_keeps_demo_and_names_no_period(demo_store_root, monkeypatch):
    """Review rev28 #6: Kemiskinan's poor people per TKSK covers every year of the roster, and its saved image named
    the sidebar's period ("Januari 2024 – Desember 2024"); ``period=False`` keeps DATA CONTOH and names none."""
    import json

    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_function(_all_years_page, default_timeout=60)
    at.session_state["periode"] = (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-01"))
    at.run()
    assert not at.exception, at.exception
    [c] = at.get("plotly_chart")
    config, spec = json.loads(c.proto.config), json.loads(c.proto.spec)
    [note] = [a["text"] for a in spec["layout"]["annotations"] if a.get("name") == "note"]
    assert note.startswith("DATA CONTOH (demo) <br>Sumber: log kegiatan") and "2024" not in note
    assert config["toImageButtonOptions"]["filename"] == "grafik_DEMO"


@pytest.mark.parametrize("page, name", [(None, "grafik_beranda"), ("views/beban.py", "grafik_beban")])
def test_a_charts_image_is_named_by_the_page_navigation_ran_not_by_the_address(demo_store_root, monkeypatch, page,
                                                                                 name):
    """Review rev28 #10: the page was the address's last segment, which under ``server.baseUrlPath`` (/tksk/) is the
    app's path (Beranda's image was "grafik_tksk_…"); now the frame keeps the ``url_path`` of the page
    ``st.navigation`` returned. Under AppTest there is no address at all, so before this every image was "grafik_…"."""
    import json

    from helpers import open_page

    at = open_page(demo_store_root, monkeypatch, page)
    names = {json.loads(c.proto.config)["toImageButtonOptions"]["filename"] for c in at.get("plotly_chart")}
    assert names and all(n == name or n.startswith(name + "_") for n in names), names


@pytest.mark.parametrize("rows", [1, 16])
def test_a_vacant_stub_is_named_beside_it_and_not_in_a_legend(rows):
    """ux31 #10: with one vacant kecamatan chosen, the legend "Pos kosong (tanpa TKSK)", set a share of the plot's
    height under it, ran into the x-axis title. Each stub says it is vacant in its own label."""
    df = pd.DataFrame({"n": [f"K{i}" for i in range(rows)], "v": [None] + [100.0 * i for i in range(1, rows)],
                       "k": [True] + [False] * (rows - 1)})
    fig = charts.bar_ranking(df, "n", "v", value_label="KK per TKSK", vacant_col="k", vacant_label="Pos kosong",
                             median=50.0)
    [stub] = [tr for tr in fig.data if tr.name == "Pos kosong"]
    assert list(stub.y) == ["K0"] and list(stub.text) == ["Pos kosong"] and stub.textposition == "outside"
    assert all(tr.showlegend is False for tr in fig.data)


def test_a_name_moves_off_a_median_line_where_it_can_and_is_never_left_out_for_one():
    """ux31 #10: the median lines of Kemiskinan's need-against-work chart ran through "Indralaya Selatan" and "Rambang
    Kuang". A name centred on a line moves beside its point; the same names are drawn as without lines."""
    import numpy as np

    xs, ys = np.array([0.0, 5.0, 10.0]), np.array([0.0, 5.0, 10.0])
    names = ["Kandis", "Indralaya Selatan", "Indralaya"]
    plain, _ = charts._placed_labels(xs, ys, names)
    texts, positions = charts._placed_labels(xs, ys, names, lines_x=[5.0], lines_y=[5.0])
    assert texts == plain == names
    # On both medians, a centred name or one at its side crosses one of them: a corner crosses neither.
    assert positions[1] in ("top right", "bottom right", "top left", "bottom left")
    assert positions[0] == positions[2] == "top center"  # far from the lines, nothing changes


def test_the_need_chart_draws_its_medians_under_the_names_and_each_name_on_a_halo():
    """Where no clear place is left beside a point, the median line passes under its name and stops at its
    letters instead of striking them out."""
    df = pd.DataFrame({"n": ["A", "B", "C", "D"], "x": [1.0, 2.0, 3.0, 4.0], "y": [4.0, 3.0, 2.0, 1.0]})
    fig = charts.need_vs_capacity(df, "x", "y", "n", x_label="KK per TKSK", y_label="Orang per bulan")
    assert [s.layer for s in fig.layout.shapes] == ["below", "below"]
    assert fig.data[0].textfont.shadow == charts.NAME_HALO and "#fff" in charts.NAME_HALO
    # The points are drawn again over the names: a halo hid a point a name lay on.
    [above] = fig.data[1:]
    assert above.mode == "markers" and list(above.x) == list(fig.data[0].x) and above.hoverinfo == "skip"
