"""What makes pages light for many users (issue 17): page data computed once for every session with the same
settings and computed afresh after the store changes; the display geometry, simplified once per build, still
draws every kecamatan and desa with its code."""

import functools

import pandas as pd
import shapely

from helpers import TODAY, open_page, rows, write_csv
from tksk.present import coverage, maps
from tksk.present.common import Data, Settings

YEAR_2024 = dict(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))


def test_the_display_geometry_draws_every_kecamatan_and_desa_with_its_code(demo_store):
    data = Data(demo_store)
    for layer, key, n in (("kecamatan", "kode_kec", 16), ("desa", "kode_desa", 241)):
        full, shown = data.geo(layer), coverage.display_layer(data, layer)
        assert len(shown) == n and sorted(shown[key]) == sorted(full[key]) and shown[key].is_unique
        geoms = shown.geometry.values
        assert not shapely.is_empty(geoms).any() and shapely.is_valid(geoms).all()
        # Lighter than the boundaries it is drawn from, and in the same place: no edge moves further than twice the
        # tolerance (about 200 m, under two pixels of the regency at 620 pixels wide).
        assert shapely.get_num_coordinates(geoms).sum() < shapely.get_num_coordinates(full.geometry.values).sum()
        moved = shapely.hausdorff_distance(geoms, full.geometry.values)
        assert moved.max() <= 2 * maps.SIMPLIFY_DEGREES, shown.loc[moved.argmax(), key]
    fig = coverage.area_map(data, Settings(lang="id", **YEAR_2024), "penduduk_per_tksk").figure
    drawn = [tr.customdata[0] for tr in fig.data if tr.fill == "toself"]
    assert sorted(drawn) == sorted(data.geo("kecamatan")["kode_kec"])


def test_page_data_is_computed_once_for_every_session_and_afresh_after_an_import(store_copy, monkeypatch, tmp_path):
    from etl.importer import import_files
    from tksk.present import home

    calls = []
    real = home.headline

    @functools.wraps(real)
    def counted(data, s):
        calls.append(data.version)
        return real(data, s)

    monkeypatch.setattr(home, "headline", counted)
    first = open_page(store_copy, monkeypatch)  # Beranda
    second = open_page(store_copy, monkeypatch)  # another visitor, same settings
    assert len(calls) == 1 and first.metric[2].value == second.metric[2].value
    second.run()
    assert len(calls) == 1
    import_files([write_csv(tmp_path / "log.csv", rows(3))], store_copy, quiet=True, today=TODAY)
    second.run()  # the new build is read afresh, and its page data computed again
    assert not second.exception and len(calls) == 2 and calls[0] != calls[1]
    assert "asli, diimpor Dinas" in second.caption[0].value
    first.run()
    assert len(calls) == 2  # and shared again


def languages_asked(monkeypatch, owner, name: str) -> list[str]:
    """The language of every call of ``owner.name`` from now on (its last argument), the call itself unchanged."""
    asked, real = [], getattr(owner, name)

    def counted(*args):
        asked.append(args[-1])
        return real(*args)

    monkeypatch.setattr(owner, name, counted)
    return asked


def opened_twice(store, monkeypatch, page: str, asked: list[str]):
    """The page opened by two sessions in turn: the first makes its tables (in Indonesian), the second is served
    them as made (``asked`` does not grow); returns both sessions and how many were made."""
    first = open_page(store, monkeypatch, page)
    n = len(asked)
    assert n > 0 and set(asked) == {"id"}
    second = open_page(store, monkeypatch, page)
    assert len(asked) == n  # replayed, not made again
    return first, second, n


def test_a_table_is_styled_once_for_everyone_and_in_each_language(store_copy, monkeypatch):
    """The table widget is drawn through pandas' Styler once per table and language and replayed to every other
    session: the same cells, numbers still in the reader's format, and another language styled on its own."""
    from ui import show

    styled = languages_asked(monkeypatch, show, "_styled")
    show._dataframe.clear()
    first, second, n = opened_twice(store_copy, monkeypatch, "views/kinerja.py", styled)
    shown = [d.proto.arrow_data.styler.display_values for d in first.dataframe]
    assert any(shown)
    for a, b in zip(first.dataframe, second.dataframe, strict=True):
        pd.testing.assert_frame_equal(a.value, b.value)
        assert b.proto.arrow_data.styler.display_values == a.proto.arrow_data.styler.display_values
    second.sidebar.radio(key="lang").set_value("en").run()
    assert not second.exception and "en" in styled[n:]
    english = [d.proto.arrow_data.styler.display_values for d in second.dataframe]
    assert any(e != i for e, i in zip(english, shown) if i)  # English separators, not the replayed Indonesian


def test_a_table_is_known_by_what_it_shows():
    """The table widget is cached by the table's digest: equal content, equal digest; any change it shows (a value,
    a gap, a column's name or type, the row order) gives another, so no session is shown a stale table."""
    from tksk.present.common import Table

    base = pd.DataFrame({"Kecamatan": ["Kandis", "Pemulutan"], "Nilai": [1.5, 2.0]})
    digest = Table(base).digest
    assert Table(base.copy()).digest == digest
    changed = [base.assign(Nilai=[1.5, 2.5]), base.assign(Nilai=[1.5, None]), base.rename(columns={"Nilai": "Value"}),
               base.astype({"Nilai": "float32"}), base.iloc[::-1], base.iloc[::-1].reset_index(drop=True)]
    digests = [Table(f).digest for f in changed]
    assert digest not in digests and len(set(digests)) == len(digests)
    # A cell pandas cannot hash is still told apart by what it holds.
    lists = pd.DataFrame({"Kecamatan": ["Kandis"], "Desa": [["A", "B"]]})
    assert Table(lists).digest != Table(lists.assign(Desa=[["A", "C"]])).digest


def test_a_short_table_is_written_once_for_everyone_and_in_each_language(store_copy, monkeypatch):
    """The map page's ranking (plain HTML) is formatted once per table and language and replayed to every session."""
    from tksk.present.common import Table
    from ui import show

    made = languages_asked(monkeypatch, Table, "html")
    show._html.clear()
    first, second, n = opened_twice(store_copy, monkeypatch, "views/peta.py", made)
    assert [h.proto.body for h in second.get("html")] == [h.proto.body for h in first.get("html")]
    second.sidebar.radio(key="lang").set_value("en").run()
    assert not second.exception and made[n:] == ["en"]


def test_figures_kept_across_periods_equal_those_made_afresh(demo_store):
    """Posts by period, coverage gaps, the planner's inputs and the maps' outlines are kept per build (load round of
    2026-12-06): one Data walked over periods back and forth gives each period what a fresh Data gives it."""
    from tksk import indicators, wisn
    from tksk.present import home, planner
    from tksk.present import indicators as kinerja

    periods = [("2024-01-01", "2024-12-01"), ("2023-03-01", "2023-05-01"), ("2024-06-01", "2024-06-01"),
               ("2024-01-01", "2024-12-01"), ("2023-03-01", "2023-05-01")]
    kept = Data(demo_store)
    for start, end in periods:
        s = Settings(start=pd.Timestamp(start), end=pd.Timestamp(end))
        fresh = Data(demo_store)
        pd.testing.assert_frame_equal(coverage.coverage(kept, s), coverage.coverage(fresh, s))
        pd.testing.assert_frame_equal(kinerja.scorecard(kept, s, indicators.Settings()),
                                      kinerja.scorecard(fresh, s, indicators.Settings()))
        a, b = (planner.plan(d, s, wisn.Params(), 25_000, 14) for d in (kept, fresh))
        pd.testing.assert_frame_equal(a[0], b[0])
        assert a[1] == b[1]
        assert coverage.area_map(kept, s, home.MEASURE).key == coverage.area_map(fresh, s, home.MEASURE).key
        assert coverage.area_map(kept, s, home.MEASURE).figure.to_json() == \
            coverage.area_map(fresh, s, home.MEASURE).figure.to_json()


def test_a_table_relaid_by_a_page_keeps_its_digest_and_is_not_hashed_again(monkeypatch):
    """Kinerja relabels the shared scorecard on every run: the copy hashed the frame again each time (a tenth of a
    run), and 20 people at once paid for it (load benchmark, session of 2026-12-06)."""
    import pandas as pd

    from tksk.present.common import Table

    shared = Table(pd.DataFrame({"Kecamatan": ["A", "B"], "Skor": [1.0, 2.0]}), "x")
    digest = shared.digest
    monkeypatch.setattr(pd.util, "hash_pandas_object", lambda *a, **k: (_ for _ in ()).throw(AssertionError("hashed")))
    relaid = shared.relaid(headers={"Skor": "S"}, widths={"Kecamatan": 90})
    assert relaid.digest == digest and relaid.headers == {"Skor": "S"} and relaid.frame is shared.frame
