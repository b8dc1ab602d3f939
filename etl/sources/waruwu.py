"""Figures transcribed by hand from Waruwu (2024), a Universitas Sriwijaya thesis on TKSK in Ogan Ilir.

The file lives in the repository (``data/reference/waruwu2024.csv``) because it is our own
transcription; it is a source of its own and is shown beside the other sources, never merged.
"""

from __future__ import annotations

import pandas as pd

from etl.sources import REFERENCE_DIR, read_csv_text_codes

FILE = "waruwu2024.csv"
ORIGIN = {
    "id_sumber": "waruwu_2024",
    "judul": "Waruwu (2024), skripsi Universitas Sriwijaya tentang kinerja TKSK di Kabupaten Ogan Ilir (angka disalin tangan)",
    "produsen": "Universitas Sriwijaya",
    "alamat": "https://repository.unsri.ac.id",
    "tahun": "2024 (tahun angka penduduk tidak disebut)",
    "lisensi": "Kutipan fakta dari karya ilmiah, dengan atribusi",
    "perubahan": "Disalin tangan ke data/reference/waruwu2024.csv.",
    "files": [],  # in the repository, not the reference folder
}


def load() -> pd.DataFrame:
    df = read_csv_text_codes(REFERENCE_DIR / FILE)
    df["tahun"] = df["tahun"].astype("Int64")
    return df
