"""Kemendagri code list of the region with the BPS crosswalk (``ogan_ilir_wilayah.csv``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes

FILE = "ogan_ilir_wilayah.csv"
ORIGIN = {
    "id_sumber": "kemendagri_2025",
    "judul": "Kode dan data wilayah administrasi pemerintahan (Kepmendagri No. 300.2.2-2138 Tahun 2025), dengan crosswalk kode BPS PODES 2021",
    "produsen": "Kementerian Dalam Negeri; dikemas oleh idn-area-data 4.0.1 dan cahyadsn/wilayah; crosswalk BPS dari CIFOR-ICRAF",
    "alamat": "https://github.com/cahyadsn/wilayah",
    "tahun": "2025",
    "lisensi": "Data ODbL 1.0 (idn-area-data), MIT (cahyadsn/wilayah)",
    "perubahan": "Baris 16.10 saja; jenis desa/kelurahan dari segmen ke-4 kode; kode BPS dicocokkan lewat nama (12 secara manual).",
    "files": [FILE],
}


def load(source: Path) -> pd.DataFrame:
    """All rows (kabupaten, kecamatan, desa, kelurahan) with codes as text; columns as in the source."""
    df = read_csv_text_codes(source / FILE)
    df["kode_bps"] = df["kode_bps"].astype("string")
    return df
