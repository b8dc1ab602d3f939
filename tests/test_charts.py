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
    assert note.text == "DATA CONTOH (demo) · Januari 2024 – Desember 2024<br>Sumber: log."
    assert (note.xref, note.yref, note.x, note.y) == ("paper", "paper", 0, 1)
    # In the band above the plot, above the median's label, and the plot keeps its size.
    assert note.yanchor == "top" and note.yshift == out.layout.margin.t - 2 and out.layout.margin.t == fig.layout.margin.t
    assert note.font.size == charts.NOTE_SIZE
    assert fig.to_json() == before  # the presenter's figure, shared by every session, is left as it was
    assert charts.with_note(fig, "") is fig


def test_a_figure_without_a_band_gets_one_for_its_note():
    fig = go.Figure(go.Bar(x=[1], y=["a"]))
    fig.update_layout(margin=dict(t=0, b=0, l=0, r=0))
    assert charts.with_note(fig, "n").layout.margin.t == charts.TOOLBAR_BAND


def test_long_sources_wrap_between_words_and_the_band_grows_for_them():
    note = "DEMO DATA · January 2024 – December 2024 · Sources: " + "; ".join(["PODES 2021 (BPS via CIFOR-ICRAF)"] * 3)
    lines = charts.note_lines(note)
    assert lines[0] == "DEMO DATA · January 2024 – December 2024" and lines[1].startswith("Sources: PODES")
    assert all(len(x) <= charts.NOTE_CHARS for x in lines) and " ".join(lines[1:]) == note.split(" · ", 2)[2]
    fig = go.Figure(go.Bar(x=[1], y=["a"]))
    fig.update_layout(margin=dict(t=charts.TOOLBAR_BAND))
    assert charts.with_note(fig, note).layout.margin.t == charts.NOTE_LINE * len(lines) + 6 > charts.TOOLBAR_BAND


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

    assert note("log_chart") == ["DATA CONTOH (demo) · Januari 2024 – Desember 2024<br>Sumber: log kegiatan dan daftar pos "
                                 "TKSK CONTOH (demo,<br>sintetis)."]
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
    assert note.startswith("DATA CONTOH (demo)<br>Sumber: log kegiatan") and "2024" not in note
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
