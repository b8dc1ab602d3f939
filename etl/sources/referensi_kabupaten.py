"""Area (BIG 2024) and population (Kepmendagri 2025) of every kabupaten/kota of the province."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes
from tksk.provenance import Source

FILE = "sumsel_kabupaten_referensi.csv"
ORIGIN = Source(
    id="kab_referensi_2025",
    title="Luas (BIG 2024) dan penduduk (Kepmendagri 300.2.2-2138/2025) kabupaten/kota Sumatera Selatan",
    producer="BIG; Kemendagri; dikemas cahyadsn/wilayah",
    producer_en="BIG; Kemendagri; packaged by cahyadsn/wilayah",
    address="https://github.com/cahyadsn/wilayah",
    year="2024-2025",
    read_on="2026-11-24",
    licence="MIT",
    changes="Baris Sumatera Selatan saja.",
    licence_en="MIT",
    changes_en="South Sumatra rows only.",
    citation_id="luas BIG 2024 dan penduduk Kepmendagri 2025 per kabupaten/kota",
    citation_en="area BIG 2024 and population Kepmendagri 2025 by regency",
    files=(FILE,),
)


def load(source: Path) -> pd.DataFrame:
    return read_csv_text_codes(source / FILE)
