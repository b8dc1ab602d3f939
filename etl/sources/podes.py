"""Families (KK) per desa from BPS PODES 2021, as harmonised by CIFOR-ICRAF."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes
from tksk.provenance import Source

FILE = "ogan_ilir_podes2021_desa.csv"
ORIGIN = Source(
    id="podes_2021",
    title="Potensi Desa (PODES) 2021: jumlah keluarga per desa",
    producer="BPS; diharmonisasi CIFOR-ICRAF Indonesia (2024), village_typologies_sumsel",
    producer_en="BPS; harmonised by CIFOR-ICRAF Indonesia (2024), village_typologies_sumsel",
    address="https://github.com/icraf-indonesia/village_typologies_sumsel",
    # The source's own caveats, carried wherever it is cited (SOURCES.md §6): its main table's period column says
    # 2019 where its file name says PODES 2021, and its authors call the work a draft not to be decided on.
    year="2021 menurut nama berkasnya; kolom periode tabel sumbernya menyebut 2019 (tahun acuan tidak pasti)",
    year_en="2021 by its file name; its table's period column says 2019 (reference year uncertain)",
    read_on="2026-11-24",
    licence="Terbuka dengan atribusi CIFOR-ICRAF Indonesia (2024); berstatus draf, yang menurut penulisnya tidak boleh "
            "dipakai sebagai rujukan pengambilan keputusan",
    changes="Baris Ogan Ilir dan kolom jumlah KK saja; kode Kemendagri ditambahkan lewat crosswalk; jumlah kecamatan dihitung dashboard.",
    licence_en="Open with attribution to CIFOR-ICRAF Indonesia (2024); marked as a draft, which its authors say must "
               "not be used as a reference for decisions",
    changes_en="Ogan Ilir rows and the family-count column only; Kemendagri codes added through a crosswalk; "
               "kecamatan totals computed by the dashboard.",
    citation_id="PODES 2021 (BPS via CIFOR-ICRAF)",
    citation_en="PODES 2021 (BPS via CIFOR-ICRAF)",
    files=(FILE,),
)


def load(source: Path) -> pd.DataFrame:
    df = read_csv_text_codes(source / FILE)
    df = df.rename(columns={"jumlah_kk_podes2021": "jumlah_kk"})
    return df[["kode_desa", "kode_kec", "jumlah_kk"]].astype({"jumlah_kk": "float64"})
