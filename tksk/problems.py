"""Problems found in an input file, each with file, spreadsheet row, column, value and a reason
in Indonesian and English. Every message template lives here."""

from __future__ import annotations

from dataclasses import asdict, dataclass

MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("berkas tidak ditemukan", "file not found"),
    "not_table": ("bukan berkas CSV atau XLSX", "not a CSV or XLSX file"),
    "too_large": ("berkas lebih dari {limit} MB; pecah per bulan", "file larger than {limit} MB; split it by month"),
    "too_many_rows": ("lebih dari {limit} baris; pecah per bulan", "more than {limit} rows; split it by month"),
    "empty": ("berkas kosong (tidak ada baris data)", "empty file (no data rows)"),
    "encoding": ("penyandian teks tidak dikenali (pakai UTF-8 atau Windows-1252)", "unknown text encoding (use UTF-8 or Windows-1252)"),
    "unreadable": ("berkas tidak dapat dibaca: {detail}", "file cannot be read: {detail}"),
    "missing_column": ("kolom wajib tidak ada", "required column missing"),
    "duplicate_column": ("kolom muncul lebih dari sekali", "column appears more than once"),
    "personal_data_column": ("kolom data pribadi dibuang, tidak disimpan", "personal-data column dropped, not stored"),
    "unknown_column": ("kolom tidak dikenal dibuang", "unknown column dropped"),
    "kind_mismatch": ("berkas ini tampaknya {found}, bukan {expected}", "this file looks like a {found_en}, not a {expected_en}"),
    "required": ("wajib diisi", "required"),
    "bad_date": ("tanggal tidak dapat dibaca (pakai 2024-03-05 atau 05/03/2024)", "unparseable date (use 2024-03-05 or 05/03/2024)"),
    "future_date": ("tanggal di masa depan", "date in the future"),
    "bad_number": ("bukan angka", "not a number"),
    "not_integer": ("harus bilangan bulat", "must be a whole number"),
    "negative": ("tidak boleh negatif", "must not be negative"),
    "too_many_hours": ("lebih dari 24 jam dalam satu baris", "more than 24 hours in one row"),
    "unknown_code": ("kode tidak dikenal", "unknown code"),
    "bad_format": ("format salah", "wrong format"),
    "too_long": ("teks terlalu panjang", "text too long"),
    "unknown_kecamatan": ("kode kecamatan tidak ada di daftar Kemendagri", "kecamatan code not in the Kemendagri list"),
    "unknown_desa": ("kode desa tidak ada di daftar Kemendagri", "desa code not in the Kemendagri list"),
    "desa_not_in_kecamatan": ("desa ini tidak berada di kecamatan {kec}", "this desa is not in kecamatan {kec}"),
    "desa_required": ("kegiatan ini terjadi di desa: kode desa wajib diisi", "this activity happens in a desa: desa code required"),
    "function_mismatch": ("jenis kegiatan ini termasuk fungsi {expected}", "this activity type belongs to function {expected}"),
    "report_month_required": ("laporan bulanan wajib menyebut bulan yang dilaporkan", "a monthly report must name the month reported"),
    "report_month_after": ("bulan yang dilaporkan sesudah tanggal kirim", "month reported is after the date sent"),
    "outcome_before": ("tanggal hasil sebelum tanggal kegiatan", "outcome date before the activity date"),
    "duplicate_id": ("ID log sama dengan baris {other} tetapi isinya berbeda", "same log ID as row {other} but different content"),
    "duplicate_in_store": ("ID log sudah ada di store dengan isi berbeda", "log ID already in the store with different content"),
    "post_other_kecamatan": ("pos ini terdaftar di kecamatan {kec}", "this post is registered in kecamatan {kec}"),
    "end_before_start": ("tanggal selesai sebelum tanggal mulai", "end date before start date"),
    "overlap": ("periode pos tumpang tindih dengan baris {other}", "post period overlaps row {other}"),
    "text_scrubbed": ("nomor mirip NIK/KK/telepon disamarkan di teks bebas", "numbers like NIK/KK/phone masked in free text"),
    "missing_source": ("berkas sumber tidak ada; unduh \"{title}\" dari {url} (lihat SOURCES.md)",
                       "source file missing; get \"{title}\" from {url} (see SOURCES.md)"),
    "source_invalid": ("sumber tidak lolos pemeriksaan: {detail}", "source failed its checks: {detail}"),
    "mixed_demo": ("store berisi log contoh (demo); impor log asli mengganti log contoh", "the store holds demo logs; importing real logs replaces them"),
}

FREE_TEXT = frozenset({"kendala", "keterangan"})

# Problems that only inform: the file is still accepted.
NOTICES = frozenset({"personal_data_column", "unknown_column", "text_scrubbed", "mixed_demo"})


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # spreadsheet row number, header = row 1
    column: str | None
    value: str | None
    code: str
    reason_id: str
    reason_en: str

    @property
    def is_error(self) -> bool:
        return self.code not in NOTICES

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", baris/row {self.row}"
        if self.column:
            where += f", kolom/column '{self.column}'"
        if self.value not in (None, ""):
            where += f", nilai/value '{self.value}'"
        return f"{where}: {self.reason_id} / {self.reason_en}"


def problem(file: str, code: str, *, row: int | None = None, column: str | None = None,
            value=None, **fmt) -> Problem:
    text_id, text_en = MESSAGES[code]
    fmt_en = {k: fmt.get(f"{k}_en", v) for k, v in fmt.items()}
    # Free text may hold a name or an address: its value is never repeated in a message.
    shown = None if value is None or column in FREE_TEXT else str(value)[:80]
    return Problem(file, row, column, shown, code, text_id.format(**fmt), text_en.format(**{**fmt, **fmt_en}))


class InputRejected(Exception):
    """Raised with every problem of a rejected input; the CLI prints them and exits 1."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
