"""Families (KK) per desa from BPS PODES 2021, as harmonised by CIFOR-ICRAF."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes

FILE = "ogan_ilir_podes2021_desa.csv"
ORIGIN = {
    "id_sumber": "podes_2021",
    "judul": "Potensi Desa (PODES) 2021: jumlah keluarga per desa",
    "produsen": "BPS; diharmonisasi CIFOR-ICRAF Indonesia (2024), village_typologies_sumsel",
    "alamat": "https://github.com/icraf-indonesia/village_typologies_sumsel",
    "tahun": "2021",
    "lisensi": "Terbuka dengan atribusi CIFOR-ICRAF Indonesia (2024); berstatus draf",
    "perubahan": "Baris Ogan Ilir dan kolom jumlah KK saja; kode Kemendagri ditambahkan lewat crosswalk; jumlah kecamatan dihitung dashboard.",
    "files": [FILE],
}


def load(source: Path) -> pd.DataFrame:
    df = read_csv_text_codes(source / FILE)
    df = df.rename(columns={"jumlah_kk_podes2021": "jumlah_kk"})
    return df[["kode_desa", "kode_kec", "jumlah_kk"]].astype({"jumlah_kk": "float64"})
