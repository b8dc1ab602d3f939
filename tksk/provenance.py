"""Provenance as data: one typed record per source, written into the store's ``sumber`` table.

Every caption on a page is built from that table (``cite``), so a source is described once, where
it is read (``etl/sources/*``), and never typed again by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from tksk import fmt


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
    licence_en: str = ""  # producer, year, licence and changes in English, for readers in English
    changes_en: str = ""
    producer_en: str = ""
    year_en: str = ""

    def row(self, hashes: dict[str, str] | None = None) -> dict:
        """The source as a row of the store's ``sumber`` table (with the SHA-256 of its input files)."""
        return {"id_sumber": self.id, "judul": self.title, "produsen": self.producer, "alamat": self.address,
                "tahun": self.year, "dibaca": self.read_on, "lisensi": self.licence, "perubahan": self.changes,
                "kutipan": self.citation_id, "kutipan_en": self.citation_en,
                "lisensi_en": self.licence_en or None, "perubahan_en": self.changes_en or None,
                "produsen_en": self.producer_en or None, "tahun_en": self.year_en or None,
                "berkas": ", ".join(self.files) or None,
                "sha256": ", ".join(hashes[f] for f in self.files) if self.files and hashes else None}


def cite(sumber: pd.DataFrame, ids: list[str], lang: str = "id") -> str:
    """The short citations of ``ids`` from the ``sumber`` table, in order, joined by "; " (unknown ids skipped,
    so a store without a source, e.g. without logs, never shows an empty citation)."""
    column = "kutipan_en" if lang == "en" else "kutipan"
    by_id = dict(zip(sumber["id_sumber"], sumber[column]))
    return "; ".join(by_id[i] for i in ids if i in by_id)


# A source card's lines after its heading. In English each line that has an English text shows it (a store built
# before those texts existed shows the Indonesian ones), under the same label.
CARD_FIELDS = ("produsen", "alamat", "tahun", "dibaca", "lisensi", "perubahan", "berkas", "sha256")
TRANSLATED = ("produsen", "tahun", "lisensi", "perubahan")


def _given(x) -> bool:
    return x is not None and str(x) not in ("", "None", "nan")


def in_lang(record: dict, lang: str = "id") -> dict:
    """A ``sumber`` row with, in English, each field that has an English text replaced by it."""
    record = dict(record)
    if lang == "en":
        record.update({k: record[f"{k}_en"] for k in TRANSLATED if _given(record.get(f"{k}_en"))})
    return record


def card(record: dict, lang: str = "id") -> tuple[str, list[tuple[str, str]]]:
    """A source's card in ``lang``: its heading (the full title as its producer words it, in Indonesian; in
    English the short English citation, with the full title as the first line) and its (column, value) lines."""
    record = in_lang(record, lang)
    # A publication's own title stays in its language under the English heading (it is what a reader searches for);
    # one with no address is this dashboard's or the Dinas's own, whose heading already says it in English.
    fields = ("judul", *CARD_FIELDS) if lang == "en" and _given(record.get("alamat")) else CARD_FIELDS
    lines = [(k, _date(record[k], lang) if k == "dibaca" else str(record[k])) for k in fields if _given(record.get(k))]
    return str(record["kutipan_en"] if lang == "en" else record["judul"]), lines


def _date(value, lang: str) -> str:
    """The day a source was read, as a reader writes a date ("24 November 2026"); anything but a day written
    2026-11-24 is kept as written ("11/12/2026" could be either month, "2026" is no day)."""
    text = str(value)
    return fmt.date(pd.Timestamp(text), lang) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) else text


def read_on(record: dict, lang: str = "id") -> str | None:
    """The day a source was read, as a reader writes it ("24 November 2026"), or None for a record without one (the
    dashboard's own estimate and log): what a citation of a web source gives beside its address."""
    value = record.get("dibaca")
    return _date(value, lang) if not fmt.is_gap(value) and _given(value) else None


def line(record: dict, lang: str = "id") -> tuple[str, str]:
    """A source in one line for a download's description, and its licence, in ``lang`` (the Indonesian full title
    follows the English citation: it is the title a reader searches for)."""
    r = in_lang(record, lang)
    title = f"{r['kutipan_en']} ({r['judul']})" if lang == "en" and _given(r.get("kutipan_en")) else str(r["judul"])
    where = f" ({r['alamat']})" if _given(r.get("alamat")) else ""
    return f"{title}, {r['produsen']}, {r['tahun']}{where}", str(r["lisensi"])
