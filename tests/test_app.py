"""Pages under AppTest with the demo store."""

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT


@pytest.fixture
def app(demo_store_root, monkeypatch):
    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)


def test_home_shows_kecamatan_table(app, demo_store):
    app.run()
    assert not app.exception
    df = app.dataframe[0].value
    assert len(df) == 16
    assert "Lubuk Keliat" in set(df["Kecamatan"])
    assert [m.value for m in app.metric][:2] == ["16", "241"]
    assert app.metric[3].value == "Jan 2023 – Des 2024"


def test_demo_badge_on_home(app):
    app.run()
    assert any("Data contoh (demo)" in w.body for w in app.warning)


def test_english_labels(app):
    app.session_state["lang"] = "en"
    app.run()
    assert not app.exception
    assert app.title[0].value == "TKSK dashboard, Kabupaten Ogan Ilir"
    assert any("Demo data" in w.body for w in app.warning)
