"""Kemendagri code list of the region with the BPS crosswalk (``ogan_ilir_wilayah.csv``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.sources import read_csv_text_codes
from tksk.provenance import Source

FILE = "ogan_ilir_wilayah.csv"
ORIGIN = Source(
    id="kemendagri_2025",
    title="Kode dan data wilayah administrasi pemerintahan (Kepmendagri No. 300.2.2-2138 Tahun 2025), dengan crosswalk kode BPS PODES 2021",
    producer="Kementerian Dalam Negeri; dikemas oleh idn-area-data 4.0.1 dan cahyadsn/wilayah; crosswalk BPS dari CIFOR-ICRAF",
    producer_en="Ministry of Home Affairs; packaged by idn-area-data 4.0.1 and cahyadsn/wilayah; BPS crosswalk from CIFOR-ICRAF",
    address="https://github.com/cahyadsn/wilayah",
    year="2025",
    read_on="2026-11-24",
    # ODbL binds a database made from it, as the store and every download carrying these codes are (SOURCES.md §3).
    licence="Data ODbL 1.0 (idn-area-data): atribusi, dan basis data turunan dibagikan dengan lisensi yang sama; MIT "
            "(cahyadsn/wilayah); crosswalk BPS: CIFOR-ICRAF Indonesia, draf, dengan atribusi",
    changes="Baris 16.10 saja; jenis desa/kelurahan dari segmen ke-4 kode; kode BPS dicocokkan lewat nama (12 secara manual).",
    licence_en="Data ODbL 1.0 (idn-area-data): attribution, and a derived database shared alike; MIT "
               "(cahyadsn/wilayah); BPS crosswalk: CIFOR-ICRAF Indonesia, draft, with attribution",
    changes_en="Rows of 16.10 only; desa/kelurahan kind from the code's 4th segment; BPS codes matched by name "
               "(12 by hand).",
    citation_id="Kepmendagri 300.2.2-2138/2025",
    citation_en="Kepmendagri 300.2.2-2138/2025",
    files=(FILE,),
)


def load(source: Path) -> pd.DataFrame:
    """All rows (kabupaten, kecamatan, desa, kelurahan) with codes as text; columns as in the source."""
    df = read_csv_text_codes(source / FILE)
    df["kode_bps"] = df["kode_bps"].astype("string")
    return df
