"""Area (BIG 2024) and population (Kepmendagri 2025) of every kabupaten/kota of the province."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes

FILE = "sumsel_kabupaten_referensi.csv"
ORIGIN = {
    "id_sumber": "kab_referensi_2025",
    "judul": "Luas (BIG 2024) dan penduduk (Kepmendagri 300.2.2-2138/2025) kabupaten/kota Sumatera Selatan",
    "produsen": "BIG; Kemendagri; dikemas cahyadsn/wilayah",
    "alamat": "https://github.com/cahyadsn/wilayah",
    "tahun": "2024-2025",
    "lisensi": "MIT",
    "perubahan": "Baris Sumatera Selatan saja.",
    "files": [FILE],
}


def load(source: Path) -> pd.DataFrame:
    return read_csv_text_codes(source / FILE)
