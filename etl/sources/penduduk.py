"""Population: kecamatan rows (long, several sources per year), the kabupaten series and the
2010 census per desa; and the kecamatan areas a Pemkab planning document publishes (same kecamatan file)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes
from tksk.provenance import Source

KEC_FILE = "ogan_ilir_penduduk_kecamatan.csv"
KAB_FILE = "ogan_ilir_penduduk_kabupaten.csv"
DESA_FILE = "ogan_ilir_penduduk_desa.csv"
# The kind of row in KEC_FILE that holds the published area of every kecamatan (SOURCES.md §4, third pass).
PUBLISHED_AREA = "luas_wilayah_dokumen_perencanaan"
ORIGIN = Source(
    id="penduduk_kecamatan",
    title="Penduduk, luas dan jumlah desa per kecamatan (SP2010 hasil olah cepat dan final, Perda 22/2005, sumber sekunder)",
    producer="BPS (SP2010, Katalog 2102017); Pemkab Ogan Ilir; Wikipedia; dihimpun di SOURCES.md §4",
    producer_en="BPS (SP2010, Catalogue 2102017); Pemkab Ogan Ilir; Wikipedia; gathered in SOURCES.md §4",
    address="https://github.com/lahdjirayhan/populasi-indonesia-kecamatan",
    year="2005-2025",
    read_on="2026-12-02",
    # Not all of it official: rows quoted from Wikipedia carry its licence, and databoks/123dok state none (SOURCES.md
    # §4; a researcher reuses the rows under the terms of each, res34).
    licence="Campuran, tiap baris menyebut sumbernya: angka resmi BPS/Pemkab (bebas dipakai dengan menyebut sumber); "
            "baris kutipan Wikipedia CC BY-SA 4.0; baris 123dok tanpa lisensi yang disebut",
    changes="Tidak ada; baris yang bertentangan disimpan berdampingan.",
    licence_en="Mixed, each row names its source: official BPS/Pemkab figures (free to use with attribution); rows "
               "quoted from Wikipedia CC BY-SA 4.0; 123dok rows under no stated licence",
    changes_en="None; conflicting rows are kept side by side.",
    citation_id="penduduk dan luas per kecamatan (BPS SP2010; Pemkab Ogan Ilir)",
    citation_en="population and area per kecamatan (BPS 2010 census; Ogan Ilir government)",
    files=(KEC_FILE,),
)
AREA_ORIGIN = Source(
    id="luas_kecamatan_terbit",
    title="Luas Wilayah Administrasi Kecamatan dalam Kabupaten Ogan Ilir (Tabel 2.1, dokumen perencanaan Kabupaten "
          "Ogan Ilir, bab Gambaran Umum Kondisi Daerah)",
    producer="Pemerintah Kabupaten Ogan Ilir; dibaca dari salinan teks di 123dok (sumber sekunder)",
    producer_en="Ogan Ilir regency government; read from a text copy on 123dok (a secondary source)",
    address="https://text-id.123dok.com/document/7qv6glo1y-topografi-gambaran-umum-kondisi-daerah.html",
    year="tidak tercantum (sebelum 2020)",
    year_en="not stated (before 2020)",
    read_on="2026-12-02",
    licence="Tidak disebut; angka resmi Pemkab",
    changes="Tidak ada. Ke-16 angka berjumlah 2.666,07 km² (total lama Pemkab), bukan 2.302,86 km² Kepmendagri 2025.",
    licence_en="Not stated; official Pemkab figures",
    changes_en="None. The 16 figures add up to 2,666.07 km² (the older Pemkab total), not the 2,302.86 km² of "
               "Kepmendagri 2025.",
    citation_id="luas kecamatan terbitan Pemkab Ogan Ilir (dokumen perencanaan, Tabel 2.1)",
    citation_en="published kecamatan areas (Ogan Ilir planning document, Table 2.1)",
    files=(KEC_FILE,),
)
EXTRA_ORIGINS = [
    Source(
    id="penduduk_kabupaten",
    title="Penduduk Kabupaten Ogan Ilir 2010-2025 (sensus, proyeksi, registrasi)",
    producer="BPS; Dukcapil; Kemendagri; lewat Wikipedia, databoks dan cahyadsn/wilayah",
    producer_en="BPS; Dukcapil; Kemendagri; through Wikipedia, databoks and cahyadsn/wilayah",
    address="https://github.com/cahyadsn/wilayah",
    year="2010-2025",
    read_on="2026-11-24",
    licence="Campuran, tiap baris menyebut sumbernya: angka resmi BPS/Kemendagri (bebas dipakai dengan menyebut "
            "sumber); baris kutipan Wikipedia CC BY-SA 4.0; databoks tanpa lisensi terbuka",
    changes="Tidak ada.",
    licence_en="Mixed, each row names its source: official BPS/Kemendagri figures (free to use with attribution); "
               "rows quoted from Wikipedia CC BY-SA 4.0; databoks under no open licence",
    changes_en="None.",
    citation_id="penduduk kabupaten (BPS; Kemendagri 2025)",
    citation_en="regency population (BPS; Kemendagri 2025)",
    files=(KAB_FILE,),
),
    Source(
    id="penduduk_desa_sp2010",
    title="Population of Indonesia by Village: Results of the 2010 Population Census",
    producer="BPS; diekstrak ke CSV oleh digitalheir/Indonesia-Census-2010",
    producer_en="BPS; extracted to CSV by digitalheir/Indonesia-Census-2010",
    # Its head no longer holds the file (SOURCES.md §4c): the commit that does.
    address="https://github.com/digitalheir/Indonesia-Census-2010/blob/e3200b3e2901bbcfabfa32584f05f68072ffe0ca/"
            "population_indonesian_villages.psv",
    year="2010",
    read_on="2026-11-24",
    licence="Apache-2.0 (ekstraksi); angka BPS",
    changes="Baris Ogan Ilir saja; dicocokkan ke kode Kemendagri lewat kode BPS 10 digit.",
    licence_en="Apache-2.0 (extraction); BPS figures",
    changes_en="Ogan Ilir rows only; matched to Kemendagri codes through the 10-digit BPS code.",
    citation_id="BPS, Sensus Penduduk 2010 per desa",
    citation_en="BPS, 2010 population census by village",
    files=(DESA_FILE,),
),
    AREA_ORIGIN,
]

_KEEP = ["kode_wilayah", "nama_wilayah", "tingkat", "tahun", "penduduk", "jenis_angka", "sumber", "sumber_url", "catatan"]


def _flags(df: pd.DataFrame, id_sumber: str) -> pd.DataFrame:
    df = df.loc[df["penduduk"].notna(), _KEEP].copy()
    df["tahun"] = df["tahun"].astype("Int64")
    df["penduduk"] = df["penduduk"].astype("float64")
    df["turunan"] = df["jenis_angka"].str.contains("jumlah_desa") | df["catatan"].fillna("").astype(str).str.startswith("TURUNAN")
    df["perkiraan"] = False
    df["metode"] = df["turunan"].map({True: "jumlah penduduk desa SP2010 final", False: None})
    df["id_sumber"] = id_sumber
    return df


def load(source: Path) -> pd.DataFrame:
    """Kecamatan and kabupaten population rows as published, in the long layout of the store."""
    kec = read_csv_text_codes(source / KEC_FILE).rename(columns={"kode_kec": "kode_wilayah", "nama_kec": "nama_wilayah"})
    kec["tingkat"] = "kecamatan"
    kab = read_csv_text_codes(source / KAB_FILE)
    kab["tingkat"] = "kabupaten"
    return pd.concat([_flags(kec, ORIGIN.id), _flags(kab, "penduduk_kabupaten")], ignore_index=True)


def load_desa(source: Path) -> pd.DataFrame:
    df = read_csv_text_codes(source / DESA_FILE)
    return df[["kode_desa", "kode_kec", "penduduk"]].rename(columns={"penduduk": "penduduk_2010"}).astype(
        {"penduduk_2010": "float64"})


def load_areas(source: Path) -> pd.DataFrame:
    """The published area of each kecamatan (km²), one row per kecamatan the document lists.

    A kecamatan the document does not list has no row: its published area stays a gap, never the computed one.
    """
    kec = read_csv_text_codes(source / KEC_FILE)
    rows = kec.loc[(kec["jenis_angka"] == PUBLISHED_AREA) & kec["luas_km2"].notna(), ["kode_kec", "luas_km2"]]
    return rows.drop_duplicates("kode_kec").rename(columns={"luas_km2": "luas_km2_terbit"}).astype(
        {"luas_km2_terbit": "float64"})
