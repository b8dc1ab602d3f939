"""Desa and kecamatan boundaries (cahyadsn/wilayah_boundaries, MIT)."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import shapely

from tksk.provenance import Source

DESA_FILE = "ogan_ilir_desa.geojson"
KEC_FILE = "ogan_ilir_kecamatan_dari_desa.geojson"
ORIGIN = Source(
    id="batas_desa",
    title="Batas desa/kelurahan (wilayah_boundaries_kel_16.10.sql), disederhanakan oleh sumber",
    producer="cahyadsn/wilayah_boundaries (mengikuti Kepmendagri 300.2.2-2138/2025)",
    producer_en="cahyadsn/wilayah_boundaries (following Kepmendagri 300.2.2-2138/2025)",
    address="https://github.com/cahyadsn/wilayah_boundaries",
    year="2025",
    read_on="2026-11-24",
    licence="MIT",
    changes="Urutan koordinat [lat,lng] ditukar; luas dihitung di UTM 48S (bukan luas resmi).",
    licence_en="MIT",
    changes_en="Coordinate order [lat,lng] swapped; areas computed in UTM 48S (not official areas).",
    citation_id="batas desa cahyadsn/wilayah_boundaries (MIT)",
    citation_en="desa boundaries cahyadsn/wilayah_boundaries (MIT)",
    files=(DESA_FILE,),
)
EXTRA_ORIGINS = [Source(
    id="batas_kecamatan_dissolve",
    title="Batas kecamatan hasil dissolve batas desa (turunan)",
    producer="Diturunkan dari batas desa cahyadsn/wilayah_boundaries (lihat SOURCES.md §2b)",
    producer_en="Derived from the desa boundaries of cahyadsn/wilayah_boundaries (see SOURCES.md §2b)",
    address="https://github.com/cahyadsn/wilayah_boundaries",
    year="2025",
    read_on="2026-11-24",
    licence="MIT",
    changes="Desa di-dissolve per kode kecamatan lalu buffer(0); dipakai karena bersarang tepat dengan lapisan desa "
            "(poligon kecamatan terbitan kasar dan tumpang tindih ±8 km²).",
    licence_en="MIT",
    changes_en="Desa dissolved per kecamatan code, then buffer(0); used because it nests exactly with the desa "
               "layer (the published kecamatan polygons are coarse and overlap by about 8 km²).",
    citation_id="batas kecamatan = gabungan batas desa (turunan)",
    citation_en="kecamatan boundaries = dissolved desa (derived)",
    files=(KEC_FILE,),
)]


def _clean(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    gdf = gdf.to_crs(4326) if gdf.crs is not None else gdf.set_crs(4326)
    geom = shapely.make_valid(gdf.geometry.values)
    # Clockwise outer rings: what plotly geo traces expect; harmless for map traces.
    gdf = gdf.set_geometry(shapely.orient_polygons(geom, exterior_cw=True))
    return gdf


def load_desa(source: Path) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(source / DESA_FILE)
    return _clean(gdf[["kode_desa", "kode_kec", "luas_km2_hitung", "centroid_lat_sumber", "centroid_lng_sumber", "geometry"]])


def load_kecamatan(source: Path) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(source / KEC_FILE)
    return _clean(gdf[["kode_kec", "luas_km2_hitung", "geometry"]])

