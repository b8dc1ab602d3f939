"""Figures transcribed by hand from Waruwu (2024), a Universitas Sriwijaya thesis on TKSK in Ogan Ilir.

The file lives in the repository (``data/reference/waruwu2024.csv``) because it is our own
transcription; it is a source of its own and is shown beside the other sources, never merged.
"""

from __future__ import annotations

import pandas as pd

from etl.sources import REFERENCE_DIR, read_csv_text_codes
from tksk.provenance import Source

FILE = "waruwu2024.csv"
ORIGIN = Source(
    id="waruwu_2024",
    title="Waruwu (2024), skripsi Universitas Sriwijaya tentang kinerja TKSK di Kabupaten Ogan Ilir (angka disalin tangan)",
    producer="Universitas Sriwijaya",
    address="https://repository.unsri.ac.id",
    year="2024 (tahun angka penduduk tidak disebut)",
    year_en="2024 (the year of the population figures is not stated)",
    read_on="2026-11-24",
    licence="Kutipan fakta dari karya ilmiah, dengan atribusi",
    changes="Disalin tangan ke data/reference/waruwu2024.csv.",
    licence_en="Facts quoted from a scholarly work, with attribution",
    changes_en="Copied by hand into data/reference/waruwu2024.csv.",
    citation_id="Waruwu (2024), skripsi Universitas Sriwijaya",
    citation_en="Waruwu (2024), Universitas Sriwijaya thesis",
    files=(),
)


def load() -> pd.DataFrame:
    df = read_csv_text_codes(REFERENCE_DIR / FILE)
    df["tahun"] = df["tahun"].astype("Int64")
    return df
