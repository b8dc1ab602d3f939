"""Schemas of every table: the one place that names columns, their types, checks and labels.

Each column's ``title`` is its Indonesian label, ``metadata["en"]`` the English one and ``description`` says what
it holds. The README's column tables, the Excel templates and the import validation are all generated from these
models (``python -m etl docs`` rewrites the README section; ``tests/test_docs.py`` fails when they drift apart).

The models are declared here without pandera, which takes about half a second to import (and imports PySpark and
geopandas where they are installed): a clerk's small import reads labels, types and checks from these
declarations and validates cells with its own rules (``tksk.logs``). ``Table.to_schema`` builds the pandera
schema the first time a whole table is validated (a build, a reconcile, a needs file, the tests).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import pandas as pd

from tksk import vocab

# Check keywords as pandera's Field takes them, in the order pandera applies them, with pandera's check names.
_CHECK_NAMES = {"gt": "greater_than", "ge": "greater_than_or_equal_to", "le": "less_than_or_equal_to",
                "in_range": "in_range", "isin": "isin", "str_matches": "str_matches", "str_length": "str_length"}
# Annotation -> the dtype pandera gives it (its name is what callers compare with).
_DTYPES = {"str": "str", "float": "float64", "int": "int64", "bool": "bool", "pd.Timestamp": "datetime64[ns]",
           "pd.Int64Dtype": "Int64"}
_ANNOTATION = re.compile(r"^(Optional\[)?Series\[([\w.]+)\]\]?$")


class Series:
    """Marker of a column's type in a model's annotations (``Series[str]``, ``Optional[Series[float]]``)."""

    def __class_getitem__(cls, item):
        return cls


@dataclass(frozen=True)
class Check:
    """One declared check, named and parameterised as pandera names them."""

    name: str
    statistics: dict

    @classmethod
    def of(cls, keyword: str, value) -> "Check":
        if keyword in ("gt", "ge"):
            return cls(_CHECK_NAMES[keyword], {"min_value": value})
        if keyword == "le":
            return cls(_CHECK_NAMES[keyword], {"max_value": value})
        if keyword == "in_range":
            return cls("in_range", {"include_max": True, "include_min": True, **value})
        if keyword == "isin":
            return cls("isin", {"allowed_values": list(value)})
        if keyword == "str_matches":
            return cls("str_matches", {"pattern": value})
        if keyword == "str_length":
            return cls("str_length", {"exact_value": None, "max_value": None, "min_value": None, **value})
        raise TypeError(f"unknown check {keyword!r}")

    def passes(self, values: pd.Series) -> np.ndarray:
        """Where ``values`` (no missing ones) pass."""
        st = self.statistics
        if self.name == "isin":
            return values.isin(st["allowed_values"]).to_numpy(dtype=bool)
        if self.name == "greater_than":
            return (values > st["min_value"]).to_numpy(dtype=bool)
        if self.name == "greater_than_or_equal_to":
            return (values >= st["min_value"]).to_numpy(dtype=bool)
        if self.name == "less_than_or_equal_to":
            return (values <= st["max_value"]).to_numpy(dtype=bool)
        if self.name == "in_range":
            low = values >= st["min_value"] if st["include_min"] else values > st["min_value"]
            high = values <= st["max_value"] if st["include_max"] else values < st["max_value"]
            return (low & high).to_numpy(dtype=bool)
        if self.name == "str_matches":
            return values.str.match(st["pattern"]).fillna(False).to_numpy(dtype=bool)
        n = values.str.len()  # str_length
        low, high = st.get("min_value"), st.get("max_value")
        return ((n >= (low or 0)) & (n <= (high if high is not None else n))).to_numpy(dtype=bool)

    def to_pandera(self):
        import pandera.pandas as pa

        # Named and parameterised as pandera's own constructors are (Check.of), so they take the statistics as is.
        return getattr(pa.Check, self.name)(**self.statistics)


@dataclass(frozen=True)
class Column:
    """One column of a model: its type, labels, checks and whether a table must have it."""

    name: str
    dtype: str
    title: str
    description: str
    metadata: dict
    nullable: bool
    required: bool
    unique: bool
    checks: tuple[Check, ...]

    def to_pandera(self):
        import pandera.pandas as pa

        return pa.Column(self.dtype, checks=[c.to_pandera() for c in self.checks] or None, nullable=self.nullable,
                         required=self.required, unique=self.unique, title=self.title, description=self.description,
                         metadata=self.metadata, name=self.name)


@dataclass
class _Field:
    title: str
    description: str
    metadata: dict
    nullable: bool = False
    unique: bool = False
    checks: dict = field(default_factory=dict)


def col(label_id: str, label_en: str, description: str, *, example=None, required_in_file=False,
        kind: str | None = None, bound_reason: tuple[str, str] | None = None, nullable=False, unique=False,
        aliases: tuple[str, ...] = (), **checks):
    """A column with both labels, the template's ``example``, why an upper bound ``le`` is where it is (ID, EN), and
    the other titles a clerk gives it (``aliases``: accepted as the column, beside its code name and labels)."""
    meta = {"en": label_en, "example": example, "required_in_file": required_in_file, "kind": kind, "bound_reason": bound_reason,
            "aliases": aliases}
    return _Field(label_id, description, meta, nullable, unique, checks)


def table_check(*, error: str):
    """A check over whole rows of a model (a classmethod taking the frame and returning a boolean Series)."""
    def mark(fn):
        fn.table_check_error = error
        return fn
    return mark


class Table:
    """Base of every model: ``COLUMNS`` read from the annotated fields; ``Config`` as pandera's (strict, unique)."""

    COLUMNS: dict[str, Column] = {}

    class Config:
        strict: Any = False
        unique: Any = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if any(getattr(base, "COLUMNS", None) for base in cls.__bases__):
            raise TypeError(f"{cls.__name__}: a model does not inherit another model's columns; declare them")
        columns = {}
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            spec = cls.__dict__.get(name)
            if not isinstance(spec, _Field):
                continue
            m = _ANNOTATION.match(str(annotation).replace(" ", ""))
            if not m or m.group(2) not in _DTYPES:
                raise TypeError(f"{cls.__name__}.{name}: unknown annotation {annotation!r}")
            ordered = [Check.of(k, spec.checks[k]) for k in _CHECK_NAMES if k in spec.checks]
            if set(spec.checks) - set(_CHECK_NAMES):
                raise TypeError(f"{cls.__name__}.{name}: unknown checks {sorted(set(spec.checks) - set(_CHECK_NAMES))}")
            columns[name] = Column(name, _DTYPES[m.group(2)], spec.title, spec.description, spec.metadata,
                                   spec.nullable, required=not m.group(1), unique=spec.unique, checks=tuple(ordered))
            setattr(cls, name, name)  # as on a pandera model, ``Model.column`` is the column's name
        cls.COLUMNS = columns
        cls.unique = getattr(cls.Config, "unique", None)

    @classmethod
    def to_schema(cls):
        """The pandera schema of this model (built once; imports pandera)."""
        return _pandera_schema(cls)

    @classmethod
    def validate(cls, df: pd.DataFrame, lazy: bool = False) -> pd.DataFrame:
        return cls.to_schema().validate(df, lazy=lazy)


@functools.cache
def _pandera_schema(model: type[Table]):
    import pandera.pandas as pa

    checks = [pa.Check(functools.partial(fn, model), name=fn.__name__, error=fn.table_check_error)
              for fn in vars(model).values() if hasattr(fn, "table_check_error")]
    return pa.DataFrameSchema({n: c.to_pandera() for n, c in model.COLUMNS.items()}, checks=checks or None,
                              strict=getattr(model.Config, "strict", False), unique=model.unique,
                              name=model.__name__)


CODE_KEC = r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$"
CODE_DESA = r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$"
MONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"


# --------------------------------------------------------------------------- activity log
class LogRow(Table):
    """One activity of one TKSK post (the clerk's template; one row per activity)."""

    id_log: Series[str] = col(
        "ID log", "Log ID", "Kode unik baris ini, dibuat petugas (mis. 1610-04-2024-0001). Sama ID = baris yang sama.",
        example="1610-04-2024-0001", required_in_file=True, kind="text", str_length={"min_value": 1, "max_value": 64})
    tanggal: Series[pd.Timestamp] = col(
        "Tanggal kegiatan", "Activity date", "Tanggal kegiatan: 2024-03-05 atau 05/03/2024 (tahun 2009 atau sesudahnya).",
        example="2024-03-05", required_in_file=True, kind="date", aliases=("Tanggal", "Tgl"))
    kode_kec: Series[str] = col(
        "Kode kecamatan", "Kecamatan code", "Kode Kemendagri kecamatan tempat pos TKSK (mis. 16.10.04).",
        example="16.10.04", required_in_file=True, kind="kecamatan", str_matches=CODE_KEC)
    id_pos: Series[str] = col(
        "ID pos TKSK", "TKSK post ID", "Kode pos TKSK dari daftar pos (bukan nama orang).",
        example="TKSK-161004-1", required_in_file=True, kind="text", str_length={"min_value": 1, "max_value": 40})
    fungsi: Series[str] = col(
        "Fungsi", "Function", "Fungsi menurut Permensos 28/2018: koordinasi, fasilitasi, administrasi.",
        example="fasilitasi", required_in_file=True, kind="code:FUNCTIONS", isin=list(vocab.FUNCTIONS))
    jenis_kegiatan: Series[str] = col(
        "Jenis kegiatan", "Activity type", "Kode jenis kegiatan (lihat lembar Kode).",
        example="kunjungan_rumah", required_in_file=True, kind="code:ACTIVITIES", isin=list(vocab.ACTIVITIES))
    program: Optional[Series[str]] = col(
        "Program", "Programme", "Program yang didukung kegiatan ini, bila ada.",
        example="rehsos", kind="code:PROGRAMMES", isin=list(vocab.PROGRAMMES), nullable=True)
    kategori_ppks: Optional[Series[str]] = col(
        "Kategori PPKS (PMKS)", "PPKS (PMKS) category", "Kode kategori PPKS dari 26 kategori Kemensos, bila kegiatan menangani kasus.",
        example="P24", kind="code:PPKS", isin=list(vocab.PPKS), nullable=True)
    kode_desa: Optional[Series[str]] = col(
        "Kode desa/kelurahan", "Desa/kelurahan code", "Kode Kemendagri desa tempat kegiatan; kosong untuk kegiatan di tingkat kecamatan.",
        example="16.10.04.2005", kind="desa", str_matches=CODE_DESA, nullable=True)
    jumlah_orang: Optional[Series[float]] = col(
        "Jumlah orang dilayani", "People served", "Jumlah orang yang dilayani/didampingi (0 sampai 10.000); kosong bila tidak dihitung.",
        example=1, kind="count", ge=0, le=10_000, nullable=True, aliases=("Jumlah orang", "Orang", "Orang dilayani"),
        bound_reason=(
            "satu baris satu kegiatan; penyaluran Sembako terbesar sekecamatan melayani beberapa ribu orang",
            "one row is one activity; a kecamatan's largest Sembako round serves a few thousand people"))
    jumlah_kk: Optional[Series[float]] = col(
        "Jumlah KK dilayani", "Households served", "Jumlah keluarga (KK/KPM) yang dilayani (0 sampai 5.000); kosong bila tidak dihitung.",
        example=1, kind="count", ge=0, le=5_000, nullable=True,
        aliases=("Jumlah KK", "KK", "KK dilayani", "Jumlah KPM", "KPM", "KPM dilayani", "Jumlah keluarga"), bound_reason=(
            "satu baris satu kegiatan; desa terbesar Ogan Ilir punya ±2.300 KK (PODES 2021)",
            "one row is one activity; Ogan Ilir's largest desa has about 2,300 families (PODES 2021)"))
    jam: Optional[Series[float]] = col(
        "Jam kerja", "Hours spent", "Lama kegiatan dalam jam, termasuk perjalanan (0 sampai 24).",
        example=2.5, kind="hours", ge=0, le=24, bound_reason=("satu hari 24 jam", "a day has 24 hours"), nullable=True,
        aliases=("Jam", "Jumlah jam", "Lama", "Lama kegiatan", "Durasi", "Hours"))
    hasil: Optional[Series[str]] = col(
        "Hasil", "Outcome", "Hasil penanganan: selesai, dirujuk, bantuan_diterima, menunggu, ditolak.",
        example="dirujuk", kind="code:OUTCOMES", isin=list(vocab.OUTCOMES), nullable=True)
    tanggal_hasil: Optional[Series[pd.Timestamp]] = col(
        "Tanggal hasil", "Outcome date", "Tanggal hasil diketahui (mis. bantuan diterima); kosong bila masih menunggu.",
        example=None, kind="date", nullable=True)
    bulan_laporan: Optional[Series[str]] = col(
        "Bulan yang dilaporkan", "Month reported", "Untuk laporan bulanan saja: bulan yang dilaporkan, mis. 2024-02.",
        example=None, kind="month", str_matches=MONTH, nullable=True)
    kendala: Optional[Series[str]] = col(
        "Kendala", "Obstacles met", "Catatan bebas tentang kendala (tanpa nama, NIK, alamat atau nomor telepon warga).",
        example="Jalan desa terendam banjir", kind="text", str_length={"max_value": 500}, nullable=True)

    class Config:
        strict = "filter"  # unknown columns (and any personal data under them) are dropped


# The roster's and need counts' example rows say what they are: a real post or count can hold the same codes and
# figures, so only this note tells a template's example, left in above a clerk's rows, from data.
EXAMPLE_NOTE = "CONTOH, hapus baris ini / EXAMPLE, delete this row"


# --------------------------------------------------------------------------- roster of posts
class RosterRow(Table):
    """One period of one TKSK post: active or vacant from a start date to an end date."""

    id_pos: Series[str] = col("ID pos TKSK", "TKSK post ID", "Kode pos TKSK (bukan nama orang), sama dengan di log kegiatan.",
                              example="TKSK-161004-1", required_in_file=True, kind="text", str_length={"min_value": 1, "max_value": 40})
    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kode Kemendagri kecamatan pos ini.",
                                example="16.10.04", required_in_file=True, kind="kecamatan", str_matches=CODE_KEC)
    status: Series[str] = col(
        "Status", "Status", "aktif (ada TKSK bertugas) atau kosong (pos lowong).",
        example="aktif", required_in_file=True, kind="code:POST_STATUS", isin=list(vocab.POST_STATUS))
    tanggal_mulai: Series[pd.Timestamp] = col(
        "Tanggal mulai", "Start date", "Awal periode status ini.", example="2023-01-01", required_in_file=True, kind="date")
    tanggal_selesai: Optional[Series[pd.Timestamp]] = col(
        "Tanggal selesai", "End date", "Akhir periode status ini; kosong bila masih berlaku.", example=None, kind="date", nullable=True)
    keterangan: Optional[Series[str]] = col(
        "Keterangan", "Note", "Catatan (tanpa data pribadi).", example=EXAMPLE_NOTE, kind="text",
        str_length={"max_value": 300}, nullable=True)

    class Config:
        strict = "filter"


# --------------------------------------------------------------------------- counts that drive the need
COUNT_COLUMNS = ("rumah_tangga_dtsen", "kpm_pkh", "kpm_sembako", "kasus_ppks_baru")
# The counts of households, each at most the kecamatan's families (the import notes more; the planner warns).
HOUSEHOLD_COUNTS = ("rumah_tangga_dtsen", "kpm_pkh", "kpm_sembako")
# A hard bound on every count of a kecamatan's year: more than the people of any kecamatan of Indonesia (the most
# populous have a few hundred thousand, BPS). Nearer the kecamatan's own families the import only notes it.
NEED_COUNT_BOUND = dict(le=1_000_000, bound_reason=(
    "satu baris satu kecamatan; tidak ada kecamatan di Indonesia yang berpenduduk sejuta jiwa",
    "one row is one kecamatan; no kecamatan in Indonesia has a million people"))


class KebutuhanRow(Table):
    """Counts the Dinas holds per kecamatan and year that drive the need-based workload (one row per kecamatan
    and year; a count left empty is not known, never 0)."""

    kode_kec: Series[str] = col(
        "Kode kecamatan", "Kecamatan code", "Kode Kemendagri kecamatan (mis. 16.10.04).",
        example="16.10.04", required_in_file=True, kind="kecamatan", str_matches=CODE_KEC)
    tahun: Series[int] = col(
        "Tahun", "Year", "Tahun yang dihitung (mis. 2024): posisi akhir tahun untuk jumlah rumah tangga dan KPM, "
        "jumlah setahun untuk kasus.", example=2024, required_in_file=True, kind="count",
        in_range={"min_value": 2000, "max_value": 2100})
    rumah_tangga_dtsen: Optional[Series[float]] = col(
        "Rumah tangga DTSEN", "DTSEN households", "Rumah tangga kecamatan ini di DTSEN (dulu DTKS), dari SIKS-NG.",
        example=1500, kind="count", ge=0, nullable=True, **NEED_COUNT_BOUND,
        aliases=("Rumah tangga DTKS", "RT DTKS", "RT DTSEN", "DTKS", "DTSEN", "Jumlah rumah tangga DTKS",
                 "Jumlah rumah tangga DTSEN", "Jumlah RT DTKS", "Jumlah RT DTSEN"))
    kpm_pkh: Optional[Series[float]] = col(
        "KPM PKH", "PKH beneficiary families", "Keluarga penerima manfaat PKH di kecamatan ini.",
        example=900, kind="count", ge=0, nullable=True, **NEED_COUNT_BOUND, aliases=("Jumlah KPM PKH", "PKH", "Penerima PKH"))
    kpm_sembako: Optional[Series[float]] = col(
        "KPM Sembako", "Sembako beneficiary families", "Keluarga penerima manfaat BPNT/Program Sembako di kecamatan ini.",
        example=1200, kind="count", ge=0, nullable=True, **NEED_COUNT_BOUND,
        aliases=("Jumlah KPM Sembako", "Jumlah KPM BPNT", "Sembako", "KPM BPNT", "BPNT", "Penerima Sembako",
                 "Penerima BPNT"))
    kasus_ppks_baru: Optional[Series[float]] = col(
        "Kasus PPKS baru terdaftar", "New PPKS cases registered", "Kasus PPKS (PMKS) baru di register kasus Dinas untuk kecamatan "
        "ini dalam tahun itu.", example=40, kind="count", ge=0, nullable=True, **NEED_COUNT_BOUND,
        aliases=("Kasus PPKS baru", "Kasus PPKS", "PPKS baru", "Kasus baru", "Kasus PMKS baru", "PPKS", "Jumlah PPKS",
                 "Jumlah kasus PPKS", "Jumlah PPKS baru"))
    keterangan: Optional[Series[str]] = col(
        "Keterangan", "Note", "Catatan, mis. sumber atau tanggal data (tanpa data pribadi).", example=EXAMPLE_NOTE,
        kind="text",
        str_length={"max_value": 300}, nullable=True)

    @table_check(error="minimal satu jumlah diisi / at least one count filled in")
    def at_least_one_count(cls, df: pd.DataFrame) -> pd.Series:
        present = [c for c in COUNT_COLUMNS if c in df]
        return df[present].notna().any(axis=1) if present else pd.Series(False, index=df.index)

    class Config:
        strict = "filter"  # unknown columns (and any personal data under them) are dropped
        unique = ["kode_kec", "tahun"]


# --------------------------------------------------------------------------- store tables
class Kecamatan(Table):
    """Kecamatan reference table (one row per kecamatan)."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kode Kemendagri (Kepmendagri 300.2.2-2138/2025).", str_matches=CODE_KEC, unique=True)
    nama_kec: Series[str] = col("Kecamatan", "Kecamatan", "Nama kecamatan (Kemendagri).")
    kode_kab: Series[str] = col("Kode kabupaten", "Regency code", "Kode Kemendagri kabupaten/kota.")
    nama_kab: Series[str] = col("Kabupaten", "Regency", "Nama kabupaten/kota.")
    kode_bps_kec: Series[str] = col("Kode BPS", "BPS code", "Kode BPS 7 digit (crosswalk PODES 2021).", nullable=True)
    jumlah_desa: Series[int] = col("Jumlah desa", "Desa", "Jumlah desa, dihitung dari daftar kode Kemendagri 2025.", ge=0)
    jumlah_kelurahan: Series[int] = col("Jumlah kelurahan", "Kelurahan", "Jumlah kelurahan, dihitung dari daftar kode Kemendagri 2025.", ge=0)
    jumlah_desa_kel: Series[int] = col("Jumlah desa/kelurahan", "Desa and kelurahan", "Desa + kelurahan.", ge=1)
    luas_km2: Series[float] = col("Luas (km²)", "Area (km²)", "Luas dihitung dari poligon hasil dissolve desa (UTM 48S); bukan luas resmi.", gt=0)
    luas_km2_terbit: Series[float] = col(
        "Luas terbitan (km²)", "Published area (km²)",
        "Luas resmi menurut dokumen perencanaan Pemkab Ogan Ilir (Tabel 2.1, tahun tidak tercantum, jumlah 2.666,07 km²); "
        "kosong bila dokumen tidak menyebutnya.", gt=0, nullable=True)
    jumlah_kk: Series[float] = col("Jumlah KK (PODES 2021)", "Families (PODES 2021)", "Jumlah keluarga, jumlah desa PODES 2021 (CIFOR-ICRAF).", ge=0, nullable=True)
    penduduk_2010: Series[float] = col("Penduduk 2010", "Population 2010", "SP2010 final, jumlah penduduk desa (turunan).", ge=0, nullable=True)
    penduduk_kini: Series[float] = col("Penduduk terkini (perkiraan)", "Current population (estimate)", "Perkiraan: porsi kecamatan pada SP2010 dikali total kabupaten terbaru; lihat tabel penduduk.", ge=0, nullable=True)
    penduduk_kini_tahun: Series[float] = col("Tahun penduduk terkini", "Year of current population", "Tahun total kabupaten yang dipakai perkiraan.", nullable=True)
    lat: Series[float] = col("Lintang pusat", "Centre latitude", "Titik representatif poligon kecamatan (EPSG:4326).")
    lng: Series[float] = col("Bujur pusat", "Centre longitude", "Titik representatif poligon kecamatan (EPSG:4326).")


class Desa(Table):
    """Desa/kelurahan reference table (one row per desa or kelurahan)."""

    kode_desa: Series[str] = col("Kode desa/kelurahan", "Desa code", "Kode Kemendagri 10 digit.", str_matches=CODE_DESA, unique=True)
    nama_desa: Series[str] = col("Desa/kelurahan", "Desa/kelurahan", "Nama (Kemendagri).")
    jenis: Series[str] = col("Jenis", "Type", "desa atau kelurahan (segmen ke-4 kode: 1 = kelurahan, 2 = desa).", isin=["desa", "kelurahan"])
    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan induk.", str_matches=CODE_KEC)
    nama_kec: Series[str] = col("Kecamatan", "Kecamatan", "Nama kecamatan induk.")
    kode_bps_desa: Series[str] = col("Kode BPS", "BPS code", "Kode BPS 10 digit (PODES 2021).", nullable=True)
    lat: Series[float] = col("Lintang pusat", "Centroid latitude", "Centroid dari sumber batas (cahyadsn).", in_range={"min_value": -11, "max_value": 6})
    lng: Series[float] = col("Bujur pusat", "Centroid longitude", "Centroid dari sumber batas (cahyadsn).", in_range={"min_value": 94, "max_value": 142})
    jumlah_kk: Series[float] = col("Jumlah KK (PODES 2021)", "Families (PODES 2021)", "PODES 2021 via CIFOR-ICRAF.", ge=0, nullable=True)
    penduduk_2010: Series[float] = col("Penduduk 2010", "Population 2010", "SP2010 per desa (BPS).", ge=0, nullable=True)
    luas_km2: Series[float] = col("Luas (km²)", "Area (km²)", "Dihitung dari poligon (UTM 48S); bukan luas resmi.", ge=0)


class Penduduk(Table):
    """Population as a long series: one row per area, year and source (conflicts kept side by side)."""

    kode_wilayah: Series[str] = col("Kode wilayah", "Area code", "Kode Kemendagri kabupaten atau kecamatan.")
    nama_wilayah: Series[str] = col("Wilayah", "Area", "Nama wilayah.")
    tingkat: Series[str] = col("Tingkat", "Level", "kabupaten atau kecamatan.", isin=["kabupaten", "kecamatan"])
    tahun: Series[pd.Int64Dtype] = col("Tahun", "Year", "Tahun angka; kosong bila sumber tidak menyebutnya.",
                                       in_range={"min_value": 1990, "max_value": 2100}, nullable=True)
    penduduk: Series[float] = col("Penduduk", "Population", "Jumlah jiwa.", gt=0)
    jenis_angka: Series[str] = col("Jenis angka", "Kind of figure", "Jenis angka menurut sumber (sensus, proyeksi, registrasi, perkiraan_dashboard...).")
    perkiraan: Series[bool] = col("Perkiraan?", "Estimate?", "True bila angka ini diturunkan oleh dashboard (bukan terbitan).")
    turunan: Series[bool] = col("Turunan?", "Derived?", "True bila angka dihitung (jumlah, selisih) dari angka terbitan.")
    metode: Series[str] = col("Metode", "Method", "Cara menurunkan angka (kosong bila dikutip apa adanya).", nullable=True)
    id_sumber: Series[str] = col("ID sumber", "Source ID", "Kunci ke tabel sumber.")
    sumber: Series[str] = col("Sumber", "Source", "Judul sumber.")
    sumber_url: Series[str] = col("Alamat sumber", "Source URL", "Alamat publik.", nullable=True)
    catatan: Series[str] = col("Catatan", "Note", "Catatan sumber.", nullable=True)


class Kemiskinan(Table):
    """Poverty as a long series: one row per area, year, period, indicator and source."""

    kode_wilayah: Series[str] = col("Kode wilayah", "Area code", "Kode Kemendagri provinsi/kabupaten/kota.")
    nama_wilayah: Series[str] = col("Wilayah", "Area", "Nama wilayah.")
    tingkat: Series[str] = col("Tingkat", "Level", "provinsi, kabupaten atau kota.", isin=["provinsi", "kabupaten", "kota"])
    tahun: Series[int] = col("Tahun", "Year", "Tahun.", in_range={"min_value": 1990, "max_value": 2100})
    periode: Series[str] = col("Periode", "Period", "Maret, September atau tahunan (tabel BPS 2004-2014).", isin=["Maret", "September", "tahunan"])
    indikator: Series[str] = col("Indikator", "Indicator", "penduduk_miskin_ribu, p0_persen, p1, p2, garis_kemiskinan_rp.",
                                 isin=["penduduk_miskin_ribu", "p0_persen", "p1", "p2", "garis_kemiskinan_rp"])
    nilai: Series[float] = col("Nilai", "Value", "Nilai indikator seperti di sumber.", ge=0)
    presisi: Series[str] = col("Presisi", "Precision", "sesuai_sumber, turunan, bilangan_bulat_terpotong.")
    turunan: Series[bool] = col("Turunan?", "Derived?", "Dihitung dari angka lain yang terbit.")
    terpotong: Series[bool] = col("Dibulatkan ke bawah?", "Truncated?", "Sumber mencetak bilangan bulat terpotong; pakai untuk urutan saja.")
    induk_pemekaran: Series[bool] = col("Sebelum pemekaran?", "Before a split?", "Angka kabupaten induk yang masih mencakup wilayah pemekarannya.")
    tabel_bps: Series[bool] = col("Tabel BPS?", "BPS table?", "Baris dari tabel BPS (diutamakan) dan bukan kutipan berita.")
    id_sumber: Series[str] = col("ID sumber", "Source ID", "Kunci ke tabel sumber.")
    sumber: Series[str] = col("Sumber", "Source", "Judul sumber.")
    sumber_url: Series[str] = col("Alamat sumber", "Source URL", "Alamat publik.", nullable=True)
    catatan: Series[str] = col("Catatan", "Note", "Catatan sumber.", nullable=True)


class Sumber(Table):
    """Provenance: one row per source the store was built from."""

    id_sumber: Series[str] = col("ID sumber", "Source ID", "Kunci.", unique=True)
    judul: Series[str] = col("Judul", "Title", "Judul sumber.")
    produsen: Series[str] = col("Produsen", "Producer", "Pembuat data.")
    produsen_en: Optional[Series[str]] = col("Produsen (Inggris)", "Producer (English)", "Pembuat data, dalam bahasa Inggris.", nullable=True)
    alamat: Series[str] = col("Alamat", "Address", "Alamat publik.", nullable=True)
    tahun: Series[str] = col("Tahun data", "Data year", "Tahun atau rentang tahun data.")
    tahun_en: Optional[Series[str]] = col("Tahun data (Inggris)", "Data year (English)", "Tahun data, dalam bahasa Inggris.", nullable=True)
    dibaca: Series[str] = col("Dibaca", "Read on", "Tanggal sumber dibaca (kosong untuk angka buatan dashboard).", nullable=True)
    lisensi: Series[str] = col("Lisensi", "Licence", "Lisensi.")
    perubahan: Series[str] = col("Perubahan", "What was changed", "Apa yang diubah dari sumber.")
    lisensi_en: Optional[Series[str]] = col("Lisensi (Inggris)", "Licence (English)", "Lisensi, dalam bahasa Inggris.", nullable=True)
    perubahan_en: Optional[Series[str]] = col("Perubahan (Inggris)", "What was changed (English)", "Apa yang diubah, dalam bahasa Inggris.", nullable=True)
    kutipan: Series[str] = col("Kutipan", "Citation (Indonesian)", "Judul singkat yang dikutip keterangan grafik dan tabel.")
    kutipan_en: Series[str] = col("Kutipan (Inggris)", "Citation", "Judul singkat dalam bahasa Inggris.")
    berkas: Series[str] = col("Berkas", "File", "Nama berkas masukan (kosong untuk angka yang disalin tangan).", nullable=True)
    sha256: Series[str] = col("SHA-256", "SHA-256", "Checksum berkas saat dibangun.", nullable=True)


class PosBulan(Table):
    """TKSK posts per kecamatan and month, expanded from the roster."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    bulan: Series[pd.Timestamp] = col("Bulan", "Month", "Hari pertama bulan.")
    pos_aktif: Series[int] = col("Pos aktif", "Active posts", "Pos berstatus aktif pada tanggal 15 bulan itu, atau yang mencatat kegiatan pada hari "
                                 "aktifnya di bulan itu (pembagi semua angka per TKSK).", ge=0)
    pos_kosong: Series[int] = col("Pos kosong", "Vacant posts", "Pos berstatus kosong pada tanggal 15 bulan itu.", ge=0)
    pos_asumsi: Series[bool] = col("Asumsi 1 pos?", "Assumed one post?",
                                   "True bila kecamatan tidak ada di daftar pos: dianggap 1 pos aktif (norma Kemensos).")


class AggKecBulan(Table):
    """Log totals per kecamatan and month (pages read this, never the raw log)."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    bulan: Series[pd.Timestamp] = col("Bulan", "Month", "Hari pertama bulan kegiatan.")
    kegiatan: Series[int] = col("Kegiatan", "Activities", "Jumlah baris log (tanpa laporan bulanan).", ge=0)
    orang: Series[float] = col("Orang dilayani", "People served", "Jumlah jumlah_orang.", ge=0)
    kk: Series[float] = col("KK dilayani", "Households served", "Jumlah jumlah_kk.", ge=0)
    jam: Series[float] = col("Jam", "Hours", "Jumlah jam; kosong bila tidak satu baris pun berisi jam.", ge=0,
                             nullable=True)
    kasus_ppks: Series[int] = col("Kasus PPKS", "PPKS cases", "Baris fasilitasi dengan kategori PPKS terisi.", ge=0)
    desa_dikunjungi: Series[int] = col("Desa dikunjungi", "Desa visited", "Desa berbeda dengan minimal satu kegiatan.", ge=0)
    koordinasi: Series[int] = col("Kegiatan koordinasi", "Coordination activities", "Baris fungsi koordinasi.", ge=0)
    mitra_desa: Series[int] = col("Koordinasi dengan desa", "Coordination with village offices", "Baris rapat_desa.", ge=0)
    mitra_psks: Series[int] = col("Pembinaan PSKS", "PSKS guidance", "Baris rapat_psks.", ge=0)
    mitra_program: Series[int] = col("Koordinasi pendamping program", "Coordination with programme staff", "Baris rapat_program.", ge=0)
    mitra_kecamatan: Series[int] = col("Rapat camat/Dinas", "Meetings with camat/Dinas", "Baris rapat_kecamatan.", ge=0)
    desa_koordinasi: Series[int] = col("Desa dengan koordinasi", "Desa with coordination", "Desa berbeda dengan kegiatan koordinasi.", ge=0)
    desa_fasilitasi: Series[int] = col("Desa dengan fasilitasi", "Desa with facilitation", "Desa berbeda dengan kegiatan fasilitasi.", ge=0)
    sembako: Series[int] = col("Pendampingan Sembako", "Sembako assistance", "Baris pendampingan_sembako.", ge=0)
    orang_sembako: Series[float] = col("Orang di penyaluran Sembako", "People at Sembako rounds", "Jumlah jumlah_orang pada pendampingan_sembako.", ge=0)
    dtks: Series[int] = col("Verifikasi dan usulan DTKS", "DTKS checks and proposals", "Baris verifikasi_dtks dan usulan_dtks.", ge=0)


class AggKegiatan(Table):
    """Log totals per kecamatan, month, function, activity, programme and PPKS category."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    bulan: Series[pd.Timestamp] = col("Bulan", "Month", "Hari pertama bulan kegiatan.")
    fungsi: Series[str] = col("Fungsi", "Function", "Fungsi.")
    jenis_kegiatan: Series[str] = col("Jenis kegiatan", "Activity type", "Jenis kegiatan.")
    program: Series[str] = col("Program", "Programme", "Program (kosong bila tidak diisi).", nullable=True)
    kategori_ppks: Series[str] = col("Kategori PPKS", "PPKS category", "Kategori (kosong bila tidak diisi).", nullable=True)
    kegiatan: Series[int] = col("Kegiatan", "Activities", "Jumlah baris.", ge=0)
    orang: Series[float] = col("Orang dilayani", "People served", "Jumlah jumlah_orang.", ge=0)
    kk: Series[float] = col("KK dilayani", "Households served", "Jumlah jumlah_kk.", ge=0)
    jam: Series[float] = col("Jam", "Hours", "Jumlah jam; kosong bila tidak satu baris pun berisi jam.", ge=0,
                             nullable=True)
    acara: Series[int] = col("Acara kecamatan", "Kecamatan events", "Acara kecamatan yang berbeda dalam bulan itu: "
                             "titik penyaluran per desa dan hari, rapat kecamatan dan laporan bulanan per hari; dua TKSK "
                             "di acara yang sama dihitung sekali. Pada baris pertama jenis kegiatannya (program dan "
                             "kategori bisa berbeda antarbaris); 0 di baris lain dan untuk kegiatan lain.", ge=0)


class AggDesaBulan(Table):
    """Log totals per desa, month and function."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    kode_desa: Series[str] = col("Kode desa", "Desa code", "Desa.")
    bulan: Series[pd.Timestamp] = col("Bulan", "Month", "Hari pertama bulan kegiatan.")
    fungsi: Series[str] = col("Fungsi", "Function", "Fungsi.")
    kegiatan: Series[int] = col("Kegiatan", "Activities", "Jumlah baris.", ge=0)
    orang: Series[float] = col("Orang dilayani", "People served", "Jumlah jumlah_orang.", ge=0)


class Laporan(Table):
    """Monthly reports received: one row per post and month reported."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    id_pos: Series[str] = col("ID pos TKSK", "TKSK post ID", "Pos yang melapor.")
    bulan_laporan: Series[pd.Timestamp] = col("Bulan dilaporkan", "Month reported", "Hari pertama bulan yang dilaporkan.")
    tanggal_kirim: Series[pd.Timestamp] = col("Tanggal diterima", "Date received", "Tanggal baris laporan_bulanan paling awal untuk bulan itu.")


class Rujukan(Table):
    """Referrals per kecamatan, month made and month their 90-day result became known, with how many led to aid in 90 days."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    bulan: Series[pd.Timestamp] = col("Bulan", "Month", "Bulan rujukan dibuat.")
    bulan_diketahui: Series[pd.Timestamp] = col(
        "Bulan hasil diketahui", "Month the result was known",
        "Bulan hasil 90 hari diketahui: tanggal bantuan_diterima atau ditolak, atau hari ke-90 tanpa bantuan "
        "(mana yang lebih dulu; hasil tanpa tanggal dihitung hari ke-90).")
    rujukan: Series[int] = col("Rujukan", "Referrals", "Baris log rujukan.", ge=0)
    bantuan_90: Series[int] = col("Bantuan ≤ 90 hari", "Aid within 90 days",
                                  "Hasil bantuan_diterima dengan tanggal hasil paling lambat 90 hari sesudah rujukan.", ge=0)


class KelengkapanLog(Table):
    """Log rows per kecamatan and month, and how many carry every field their kind of activity needs."""

    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    bulan: Series[pd.Timestamp] = col("Bulan", "Month", "Hari pertama bulan kegiatan.")
    baris: Series[int] = col("Baris", "Rows", "Baris log (tanpa laporan bulanan).", ge=0)
    baris_lengkap: Series[int] = col("Baris lengkap", "Complete rows",
                                     "Baris dengan jam terisi, jumlah orang/KK untuk fasilitasi, kategori PPKS untuk kunjungan "
                                     "rumah dan rujukan, dan hasil untuk rujukan.", ge=0)


class Pencilan(Table):
    """Log rows whose hours or people served are far above their kecamatan's usual for that activity."""

    id_log: Series[str] = col("ID log", "Log ID", "Baris log yang perlu dicek.")
    kode_kec: Series[str] = col("Kode kecamatan", "Kecamatan code", "Kecamatan.")
    tanggal: Series[pd.Timestamp] = col("Tanggal", "Date", "Tanggal kegiatan.")
    jenis_kegiatan: Series[str] = col("Jenis kegiatan", "Activity type", "Jenis kegiatan.")
    kolom: Series[str] = col("Kolom", "Column", "jam atau jumlah_orang.", isin=["jam", "jumlah_orang"])
    nilai: Series[float] = col("Nilai", "Value", "Nilai di log.")
    rata_rata: Series[float] = col("Rata-rata kecamatan", "Kecamatan mean",
                                   "Rata-rata kolom itu untuk kecamatan dan jenis kegiatan yang sama.")
    batas: Series[float] = col("Batas", "Threshold", "Rata-rata + 3 simpangan baku kelompok yang sama (kelompok minimal 10 baris).")


STORE_TABLES: dict[str, type[Table]] = {
    "kecamatan": Kecamatan,
    "desa": Desa,
    "penduduk": Penduduk,
    "kemiskinan": Kemiskinan,
    "sumber": Sumber,
    "roster": RosterRow, "kebutuhan": KebutuhanRow,  # kept as imported: the latest file wins for a key
    "pos_bulan": PosBulan,
    "agg_kec_bulan": AggKecBulan,
    "agg_kegiatan": AggKegiatan,
    "agg_desa_bulan": AggDesaBulan,
    "laporan": Laporan,
    "rujukan": Rujukan,
    "kelengkapan_log": KelengkapanLog,
    "pencilan": Pencilan,
}


def columns(model: type[Table]) -> dict[str, Column]:
    """Column name -> Column of a model, in declaration order."""
    return model.COLUMNS


def labels_of_column(name: str) -> tuple[str, str] | None:
    """(Indonesian, English) label of a store or file column, from the first schema that has it (a name means one thing)."""
    for model in (*STORE_TABLES.values(), LogRow):
        c = columns(model).get(name)
        if c is not None:
            return c.title, c.metadata["en"]
    return None


@functools.cache
def log_arrow():
    """The log as stored (Parquet under ``logs/``): text as pandas' text type writes it, dates in microseconds
    (Spark refuses Parquet timestamps in nanoseconds), counts and hours as floats; with the pandas metadata
    pandas writes, so a file written from Arrow reads back as one written from a frame."""
    import pyarrow as pa

    kinds = {"date": "datetime64[us]", "count": "float64", "hours": "float64"}
    text = pd.StringDtype("pyarrow", na_value=np.nan)
    empty = pd.DataFrame({n: pd.Series(dtype=kinds.get(c.metadata.get("kind"), text)) for n, c in columns(LogRow).items()})
    return pa.Schema.from_pandas(empty, preserve_index=False)


def log_table(frame: pd.DataFrame):
    """Log rows of a frame as Arrow in their stored types (``log_arrow``)."""
    import pyarrow as pa

    target = log_arrow()
    df = frame[target.names].astype({f.name: "datetime64[us]" for f in target if pa.types.is_timestamp(f.type)})
    return pa.Table.from_pandas(df, preserve_index=False).cast(target)


def required_in_file(model: type[Table]) -> list[str]:
    return [n for n, c in columns(model).items() if c.metadata.get("required_in_file")]


def example_row(model: type[Table]) -> dict:
    """The templates' example row: each column's example, "" where it has none."""
    return {n: ("" if c.metadata.get("example") is None else c.metadata["example"]) for n, c in columns(model).items()}


# What tells a template's example row from a clerk's: the log's id, day and obstacle text together; the roster's
# and the need counts' note (``EXAMPLE_NOTE``) with their key.
EXAMPLE_MARKS = {"log": ("id_log", "tanggal", "kendala"), "roster": ("id_pos", "keterangan"),
                 "kebutuhan": ("kode_kec", "keterangan")}
