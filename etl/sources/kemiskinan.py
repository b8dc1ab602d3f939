"""BPS poverty of Sumatera Selatan and its 17 kabupaten/kota, long by indicator."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes
from tksk.provenance import Source

FILE = "sumsel_kemiskinan.csv"
INDICATORS = ["penduduk_miskin_ribu", "p0_persen", "p1", "p2", "garis_kemiskinan_rp"]
ORIGIN = Source(
    id="kemiskinan_sumsel",
    title="Kemiskinan kabupaten/kota Sumatera Selatan: jumlah dan persentase penduduk miskin 2004-2025, "
             "garis kemiskinan 2011-2025, P1 dan P2 2025",
    producer="BPS (tabel dinamis, lewat ekspor di GitHub); kutipan databoks dan berita untuk beberapa baris",
    producer_en="BPS (dynamic tables, through an export on GitHub); databoks and news quotes for a few rows",
    address="https://github.com/muhammadludviarg/visdati/tree/2e55fd5f9701256c92df1a5ef6129e87f191439c/data/mentah",
    year="2004-2025",
    read_on="2026-11-24",
    licence="Statistik resmi BPS (bebas dipakai dengan menyebut sumber)",
    changes="Dari lebar ke panjang (satu baris per indikator); tanda turunan/terpotong/pemekaran dari kolom presisi dan catatan.",
    licence_en="Official BPS statistics (free to use with attribution)",
    changes_en="From wide to long (one row per indicator); derived/truncated/split flags from the precision and "
               "notes columns.",
    citation_id="BPS, kemiskinan kabupaten/kota Sumatera Selatan",
    citation_en="BPS, poverty by regency, South Sumatra",
    files=(FILE,),
)


def load(source: Path) -> pd.DataFrame:
    df = read_csv_text_codes(source / FILE)
    long = df.melt(
        id_vars=["kode_wilayah", "nama_wilayah", "tingkat", "tahun", "periode", "presisi", "sumber", "sumber_url", "catatan"],
        value_vars=INDICATORS, var_name="indikator", value_name="nilai",
    )
    # BPS prints "-" for "no figure": a year a source does not give is an absent row, never a zero.
    long["nilai"] = long["nilai"].replace("-", None)
    long = long.loc[long["nilai"].notna()].copy()
    long["tahun"] = long["tahun"].astype("int64")
    long["nilai"] = long["nilai"].astype("float64")
    long["turunan"] = long["presisi"].eq("turunan")
    long["terpotong"] = long["presisi"].eq("bilangan_bulat_terpotong")
    long["induk_pemekaran"] = long["tingkat"].ne("provinsi") & long["catatan"].fillna("").astype(str).str.contains("pemekaran", case=False)
    long["tabel_bps"] = long["sumber"].fillna("").astype(str).str.startswith("BPS, tabel")
    long["id_sumber"] = ORIGIN.id
    return long.reset_index(drop=True)
