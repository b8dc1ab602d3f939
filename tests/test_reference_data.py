"""The store agrees with the published figures (Kemendagri 2025, BPS, Waruwu 2024)."""

import pandas as pd
import pytest
import shapely


def kec_by_name(store, name):
    k = store.read("kecamatan")
    return k.loc[k["nama_kec"] == name].iloc[0]


@pytest.mark.parametrize("name, expected", [
    ("Lubuk Keliat", 10), ("Pemulutan", 25), ("Tanjung Batu", 21), ("Sungai Pinang", 13), ("Pemulutan Selatan", 15)])
def test_village_counts_match_waruwu_2024(demo_store, name, expected):
    assert kec_by_name(demo_store, name)["jumlah_desa_kel"] == expected


def test_fewest_and_most_villages(demo_store):
    k = demo_store.read("kecamatan").set_index("nama_kec")["jumlah_desa_kel"]
    assert k.idxmin() == "Lubuk Keliat" and k.min() == 10
    assert k.idxmax() == "Pemulutan" and k.max() == 25


def test_region_totals(demo_store):
    k = demo_store.read("kecamatan")
    d = demo_store.read("desa")
    assert len(k) == 16
    assert len(d) == 241
    assert (d["jenis"] == "desa").sum() == 227 and (d["jenis"] == "kelurahan").sum() == 14
    assert k["jumlah_desa_kel"].sum() == 241


def test_published_areas_sit_beside_the_computed_ones(demo_store):
    k = demo_store.read("kecamatan").set_index("nama_kec")
    # SOURCES.md §4, third pass: all 16 from the planning document, adding up to the older Pemkab total.
    assert k["luas_km2_terbit"].notna().all()
    assert k["luas_km2_terbit"].sum() == pytest.approx(2666.07)
    assert k.loc["Indralaya Utara", "luas_km2_terbit"] == 472.33  # not the DPRD page's 502.47
    assert k.loc["Indralaya Utara", "luas_km2"] == pytest.approx(283.9, abs=0.1)  # computed from the 2025 polygons
    assert k["luas_km2"].sum() == pytest.approx(2302.86, abs=5)


def test_a_kecamatan_without_a_published_area_keeps_a_gap(two_regency_store):
    from tksk.store import Store

    root, _ = two_regency_store
    k = Store(root).read("kecamatan")
    assert k["luas_km2_terbit"].isna().all() and (k["luas_km2"] > 0).all()


def test_poor_population_2023_is_59_33_thousand(demo_store):
    p = demo_store.read("kemiskinan")
    row = p[(p["kode_wilayah"] == "16.10") & (p["tahun"] == 2023) & (p["indikator"] == "penduduk_miskin_ribu")
            & p["tabel_bps"]]
    assert row["nilai"].tolist() == [59.33]


def test_codes_are_text(demo_store):
    for table, col in [("kecamatan", "kode_kec"), ("desa", "kode_desa"), ("kemiskinan", "kode_wilayah")]:
        values = demo_store.read(table)[col]
        assert pd.api.types.is_string_dtype(values)
    assert "16.10" in set(demo_store.read("kemiskinan")["kode_wilayah"])


def test_missing_years_are_absent_not_zero(demo_store):
    p = demo_store.read("kemiskinan")
    oi = p[p["kode_wilayah"] == "16.10"]
    assert (oi["nilai"] > 0).all()
    # P1 and P2 are published for 2025 only: no other year may appear.
    assert set(oi.loc[oi["indikator"] == "p1", "tahun"]) == {2025}
    # The BPS poverty line starts in 2011.
    assert oi.loc[(oi["indikator"] == "garis_kemiskinan_rp") & oi["tabel_bps"], "tahun"].min() == 2011


def test_source_flags_are_kept(demo_store):
    p = demo_store.read("kemiskinan")
    assert p["terpotong"].sum() == 34
    assert p.loc[p["turunan"], "nilai"].tolist() == [59.33]
    assert p.loc[p["induk_pemekaran"], "nama_wilayah"].str.contains("Muara Enim").any()
    assert set(p["periode"]) == {"Maret", "September", "tahunan"}


def test_thesis_population_beside_other_sources(demo_store):
    pen = demo_store.read("penduduk")
    tb = pen[pen["kode_wilayah"] == "16.10.02"]
    thesis = tb[tb["id_sumber"] == "waruwu_2024"]
    assert thesis["penduduk"].tolist() == [49328.0]
    assert thesis["tahun"].isna().all()
    assert {"sensus_penduduk_2010_jumlah_desa", "perkiraan_dashboard"} <= set(tb["jenis_angka"])
    values = pen[pen["id_sumber"] == "waruwu_2024"].set_index("nama_wilayah")["penduduk"]
    assert values.to_dict() == {"Tanjung Batu": 49328.0, "Sungai Pinang": 27365.0, "Pemulutan Selatan": 17865.0}


def test_current_population_is_a_marked_estimate(demo_store):
    pen = demo_store.read("penduduk")
    est = pen[pen["jenis_angka"] == "perkiraan_dashboard"]
    assert len(est) == 16 and est["perkiraan"].all()
    assert est["metode"].str.contains("SP2010").all()
    # The shares of the 2010 census applied to the 2025 regency total add back to that total.
    assert est["penduduk"].sum() == pytest.approx(446_020, abs=16)
    k = demo_store.read("kecamatan")
    tb = k.loc[k["kode_kec"] == "16.10.02"].iloc[0]
    assert tb["penduduk_kini"] == round(42158 / 380904 * 446020)


def test_every_figure_has_a_source(demo_store):
    src = set(demo_store.read("sumber")["id_sumber"])
    for table in ("penduduk", "kemiskinan"):
        df = demo_store.read(table)
        assert df["id_sumber"].notna().all() and set(df["id_sumber"]) <= src
        assert df["sumber"].notna().all()


@pytest.mark.parametrize("column", ["lisensi", "lisensi_en"])
def test_a_source_with_rows_quoted_from_wikipedia_names_wikipedia_s_licence(demo_store, column):
    # "Angka resmi (domain publik)" stood over rows taken from Wikipedia (CC BY-SA) and databoks: a researcher reusing
    # a row must know its terms (res34).
    quoting = set()
    for table in ("penduduk", "kemiskinan"):
        df = demo_store.read(table)
        quoting |= set(df.loc[df["sumber"].str.contains("Wikipedia", na=False), "id_sumber"])
    assert quoting
    licences = demo_store.read("sumber").set_index("id_sumber")[column]
    for id_ in quoting:
        assert "CC BY-SA" in licences[id_] and "public domain" not in licences[id_] and "domain publik" not in licences[id_], id_


def test_the_region_codes_licence_says_its_share_alike(demo_store):
    licence = demo_store.read("sumber").set_index("id_sumber").loc["kemendagri_2025", ["lisensi", "lisensi_en"]]
    assert "ODbL" in licence["lisensi"] and "lisensi yang sama" in licence["lisensi"]
    assert "shared alike" in licence["lisensi_en"]


def test_boundaries_are_valid_and_match_codes(demo_store):
    for layer, key, table in [("kecamatan", "kode_kec", "kecamatan"), ("desa", "kode_desa", "desa")]:
        g = demo_store.geo(layer)
        assert g.crs.to_epsg() == 4326
        assert g.geometry.is_valid.all()
        assert not g[key].duplicated().any()
        assert set(g[key]) == set(demo_store.read(table)[key])


def test_desa_nest_in_their_kecamatan(demo_store):
    kec = demo_store.geo("kecamatan").set_index("kode_kec")
    desa = demo_store.geo("desa")
    for row in desa.itertuples():
        share = shapely.area(shapely.intersection(row.geometry, kec.geometry[row.kode_kec])) / row.geometry.area
        assert share > 0.999, row.kode_desa


def test_families_from_podes(demo_store):
    k = demo_store.read("kecamatan").set_index("nama_kec")
    assert k["jumlah_kk"].sum() == 122_973
    assert k.loc["Tanjung Batu", "jumlah_kk"] == 13_318
    assert k.loc["Lubuk Keliat", "jumlah_kk"] == 5_722


def test_an_english_source_card_repeats_a_publication_s_own_title_and_not_the_dashboard_s(demo_store):
    """In English the dashboard's own cards carried an Indonesian "Title" line under their English heading
    (consistency review of 2026-12-05); a publication keeps its title as published, the one a reader searches for."""
    from tksk import provenance

    sources = {r["id_sumber"]: r for r in demo_store.read("sumber").to_dict("records")}
    own = [r for r in sources.values() if not provenance._given(r.get("alamat"))]
    published = [r for r in sources.values() if provenance._given(r.get("alamat"))]
    assert own and published
    for r in own:
        heading, lines = provenance.card(r, "en")
        assert "judul" not in dict(lines) and heading == r["kutipan_en"]
    for r in published:
        assert dict(provenance.card(r, "en")[1])["judul"] == r["judul"]
        assert "judul" not in dict(provenance.card(r, "id")[1])
