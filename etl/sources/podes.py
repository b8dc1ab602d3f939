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
    year="2021",
    read_on="2026-11-24",
    licence="Terbuka dengan atribusi CIFOR-ICRAF Indonesia (2024); berstatus draf",
    changes="Baris Ogan Ilir dan kolom jumlah KK saja; kode Kemendagri ditambahkan lewat crosswalk; jumlah kecamatan dihitung dashboard.",
    licence_en="Open with attribution to CIFOR-ICRAF Indonesia (2024); marked as a draft",
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
