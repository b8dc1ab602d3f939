"""Poverty functions on hand-made frames, and the store's Ogan Ilir series."""

import numpy as np
import pandas as pd
import pytest

from tksk import poverty


def rows(*specs):
    out = []
    for kode, year, ind, value, bps, presisi in specs:
        out.append({"kode_wilayah": kode, "nama_wilayah": f"W{kode}", "tingkat": "kabupaten", "tahun": year,
                    "periode": "Maret", "indikator": ind, "nilai": value, "presisi": presisi,
                    "turunan": presisi == "turunan", "terpotong": presisi == "bilangan_bulat_terpotong",
                    "induk_pemekaran": False, "tabel_bps": bps, "id_sumber": "x", "sumber": "S" if bps else "news",
                    "sumber_url": None, "catatan": None})
    return pd.DataFrame(out)


def test_series_prefers_bps_table_and_keeps_others():
    k = rows(("A", 2020, "p0_persen", 12.0, False, "bilangan_bulat_terpotong"),
             ("A", 2020, "p0_persen", 12.34, True, "sesuai_sumber"),
             ("A", 2022, "p0_persen", 11.0, False, "turunan"),
             ("A", 2022, "p0_persen", 11.5, False, "sesuai_sumber"))
    best, others = poverty.series(k, "A", "p0_persen")
    assert best[["tahun", "nilai"]].values.tolist() == [[2020, 12.34], [2022, 11.5]]
    assert sorted(others["nilai"]) == [11.0, 12.0]


def test_missing_year_is_a_gap_not_zero():
    k = rows(("A", 2020, "p0_persen", 12.0, True, "sesuai_sumber"), ("A", 2022, "p0_persen", 11.0, True, "sesuai_sumber"))
    best, _ = poverty.series(k, "A", "p0_persen")
    full = poverty.with_gaps(best)
    assert full["tahun"].tolist() == [2020, 2021, 2022]
    assert np.isnan(full.loc[1, "nilai"])


def test_complete_years_and_ranking():
    k = rows(("A", 2020, "p0_persen", 12.0, True, "sesuai_sumber"), ("B", 2020, "p0_persen", 15.0, True, "sesuai_sumber"),
             ("A", 2021, "p0_persen", 11.0, True, "sesuai_sumber"))
    assert poverty.complete_years(k, "p0_persen") == [2020]
    r = poverty.ranking(k, 2020, "p0_persen")
    assert r["kode_wilayah"].tolist() == ["B", "A"] and r["peringkat"].tolist() == [1, 2]


def test_poor_per_tksk_divides_by_the_active_posts_of_the_year():
    k = rows(("A", 2022, "penduduk_miskin_ribu", 60.0, True, "sesuai_sumber"),
             ("A", 2023, "penduduk_miskin_ribu", 59.33, True, "sesuai_sumber"))
    # 2023: 16 posts for six months and 19 for six → 17,5 on average; 2022 is outside the roster: no figure
    p = poverty.poor_per_tksk(k, "A", pd.Series({2023: 17.5}))
    assert p["tahun"].tolist() == [2023]
    assert p["nilai"].iloc[0] == pytest.approx(59_330 / 17.5)
    assert p["turunan"].all()
    # Charted alone, the one year is the only tick and its marker is inside the plot (Plotly's autorange showed a
    # bare "2023" tick and cut the marker off at the top).
    from tksk.present import charts

    fig = charts.poverty_line(p, value_label="miskin per TKSK", decimals=0)
    assert list(fig.layout.xaxis.tickvals) == [2023] and fig.layout.xaxis.range[0] < 2023 < fig.layout.xaxis.range[1]
    assert fig.layout.yaxis.range[0] == 0 and fig.layout.yaxis.range[1] > p["nilai"].iloc[0]
    # Its figure is written on it, as is each of a series of a few points; a long series keeps its hover only.
    assert list(fig.data[0].text) == ["3.390"] and "text" in fig.data[0].mode
    long = rows(*[("A", y, "p0_persen", 12.5, True, "sesuai_sumber") for y in range(2015, 2021)])
    assert charts.poverty_line(long.assign(sumber="BPS", periode="maret"), value_label="P0").data[0].text is None


def test_ogan_ilir_series_in_store(demo_store):
    best, others = poverty.series(demo_store.read("kemiskinan"), "16.10", "penduduk_miskin_ribu")
    assert best["tahun"].tolist() == list(range(2005, 2026))
    assert best.set_index("tahun").loc[2023, "nilai"] == 59.33
    assert best.set_index("tahun").loc[2023, "tabel_bps"]
    ranked = poverty.ranking(demo_store.read("kemiskinan"), 2023, "penduduk_miskin_ribu")
    assert len(ranked) == 17
    assert ranked.set_index("kode_wilayah").loc["16.10", "peringkat"] == 9  # as SOURCES.md and Waruwu (2024) say


def test_poor_per_tksk_of_a_year_bps_has_not_published_says_so(demo_store, monkeypatch):
    """A store whose posts are all of 2026 drew an empty plot with an axis from -1 to 5 (browser walk-through of
    2026-12-05): BPS's series ends in 2025."""
    from tksk import metrics
    from tksk.present import poverty as page
    from tksk.present.common import Data, Settings
    from tksk.text import t

    monkeypatch.setattr(metrics, "average_posts_by_year", lambda *_: pd.Series({2099: 15.0}))
    said = page.poor_per_tksk(Data(demo_store), Settings(), "16.10")
    assert said["figure"] is None and said["caption"] == t("poor_per_tksk_no_bps", "id", years="2099", latest=2025)


def test_the_legend_draws_each_series_with_its_plain_symbol():
    """"Sumber lain" was a diamond in the legend (its first point was a derived figure), the symbol the caption gives
    to derived or rounded-down figures (walk-through of 2026-12-06): the legend's entries are circles."""
    from tksk.present import charts

    best = pd.DataFrame({"tahun": [2023, 2024], "nilai": [10.0, 11.0], "sumber": "BPS", "periode": "maret",
                         "turunan": [True, False], "terpotong": False, "induk_pemekaran": False})
    fig = charts.poverty_line(best, best.assign(nilai=[9.0, 12.0], sumber="lain"), value_label="P0")
    legend = {tr.name: tr.marker.symbol for tr in fig.data if tr.showlegend is not False}
    assert legend == {"P0": "circle", "sumber lain": "circle-open"}
    drawn = [tr for tr in fig.data if tr.showlegend is False]
    assert [list(tr.marker.symbol) for tr in drawn] == [["diamond", "circle"], ["diamond-open", "circle-open"]]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_only_a_year_after_bps_s_latest_is_said_not_yet_published(demo_store, monkeypatch, lang):
    """Review rev28 #7: every year of posts without a BPS figure was said "belum terbit", also a year before BPS's
    series (it starts in 2005) or a gap in it; those have no BPS figure at all."""
    from tksk import metrics
    from tksk.present import poverty as page
    from tksk.present.common import Data, Settings
    from tksk.text import t

    monkeypatch.setattr(metrics, "average_posts_by_year", lambda *_: pd.Series({2000: 15.0, 2099: 15.0}))
    said = page.poor_per_tksk(Data(demo_store), Settings(lang=lang), "16.10")
    assert said["figure"] is None
    assert said["caption"] == " ".join([t("poor_per_tksk_unpublished", lang, years="2099", latest=2025),
                                        t("poor_per_tksk_no_bps_year", lang, years="2000"),
                                        t("poor_per_tksk_none", lang)])
    monkeypatch.undo()
    pov = demo_store.read("kemiskinan")
    gap = Data(demo_store)  # the posts' years are 2023 and 2024; BPS's series without 2023 has a gap there
    gap._tables["kemiskinan"] = pov.loc[~((pov["kode_wilayah"] == "16.10") & (pov["tahun"] == 2023))]
    said = page.poor_per_tksk(gap, Settings(lang=lang), "16.10")
    assert said["missing"] == t("poor_per_tksk_no_bps_year", lang, years="2023")
    assert "belum terbit" not in said["missing"] and "not yet published" not in said["missing"]
