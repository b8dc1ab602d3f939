"""Provenance as data: one typed record per source, written into the store's ``sumber`` table.

Every caption on a page is built from that table (``cite``), so a source is described once, where
it is read (``etl/sources/*``), and never typed again by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Source:
    id: str
    title: str  # full title, as the producer words it
    producer: str
    address: str | None  # public address (None for figures made by this dashboard)
    year: str  # year or range of years the figures describe
    read_on: str  # ISO date the source was read (collected)
    licence: str
    changes: str  # what was changed from the source
    citation_id: str  # the short public title captions cite, Indonesian
    citation_en: str
    files: tuple[str, ...] = ()  # input files in the reference folder
    licence_en: str = ""  # the licence and the changes in English, for readers in English
    changes_en: str = ""

    def row(self, hashes: dict[str, str] | None = None) -> dict:
        """The source as a row of the store's ``sumber`` table (with the SHA-256 of its input files)."""
        return {"id_sumber": self.id, "judul": self.title, "produsen": self.producer, "alamat": self.address,
                "tahun": self.year, "dibaca": self.read_on, "lisensi": self.licence, "perubahan": self.changes,
                "kutipan": self.citation_id, "kutipan_en": self.citation_en,
                "lisensi_en": self.licence_en or None, "perubahan_en": self.changes_en or None,
                "berkas": ", ".join(self.files) or None,
                "sha256": ", ".join(hashes[f] for f in self.files) if self.files and hashes else None}


def cite(sumber: pd.DataFrame, ids: list[str], lang: str = "id") -> str:
    """The short citations of ``ids`` from the ``sumber`` table, in order, joined by "; " (unknown ids skipped,
    so a store without a source, e.g. without logs, never shows an empty citation)."""
    column = "kutipan_en" if lang == "en" else "kutipan"
    by_id = dict(zip(sumber["id_sumber"], sumber[column]))
    return "; ".join(by_id[i] for i in ids if i in by_id)


# A source card's lines, after its heading, in each language (the English licence and changes where the source has
# them; a store built before they existed shows the Indonesian ones).
CARD_FIELDS = {"id": ("produsen", "alamat", "tahun", "dibaca", "lisensi", "perubahan", "berkas", "sha256"),
               "en": ("judul", "produsen", "alamat", "tahun", "dibaca", "lisensi_en", "perubahan_en", "berkas", "sha256")}


def card(record: dict, lang: str = "id") -> tuple[str, list[tuple[str, str]]]:
    """A source's card in ``lang``: its heading (the full title as its producer words it, in Indonesian; in
    English the short English citation, with the full title as the first line) and its (column, value) lines."""
    record = dict(record)
    for k in ("lisensi", "perubahan"):
        if not record.get(f"{k}_en") or str(record[f"{k}_en"]) in ("None", "nan"):
            record[f"{k}_en"] = record.get(k)
    lines = [(k, str(record[k])) for k in CARD_FIELDS[lang]
             if record.get(k) is not None and str(record[k]) not in ("", "None", "nan")]
    return str(record["kutipan_en"] if lang == "en" else record["judul"]), lines
