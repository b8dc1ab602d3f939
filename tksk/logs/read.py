"""Which kind of file this is (by its first bytes, not its name) and the reader for it.

A file that is no table is named as what it is, with what to do: an old ``.xls``, a password-protected
workbook (an OLE container holding an ``EncryptedPackage``), a PDF, a picture, a Word or LibreOffice file.
"""

from __future__ import annotations

from pathlib import Path

from tksk.logs import limits
from tksk.logs.raw import RawTable
from tksk.logs.text import read_text
from tksk.logs.xlsx import read_xlsx
from tksk.problems import InputRejected, problem

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
# First bytes of files that are not tables, with what they are (Indonesian, English).
_MAGIC = [
    (b"%PDF", ("PDF", "a PDF")),
    (b"\x89PNG", ("gambar PNG", "a PNG picture")),
    (b"\xff\xd8\xff", ("gambar JPEG", "a JPEG picture")),
    (b"GIF8", ("gambar GIF", "a GIF picture")),
    (b"PAR1", ("berkas Parquet", "a Parquet file")),
    (b"\x1f\x8b", ("arsip gzip", "a gzip archive")),
    (b"Rar!", ("arsip RAR", "a RAR archive")),
    (b"7z\xbc\xaf", ("arsip 7z", "a 7z archive")),
    (b"{\\rtf", ("dokumen RTF", "a Rich Text (RTF) document")),
]


def _zip_kind(path: Path) -> tuple[str, str] | None:
    """What a zip holds when it is not a workbook (None for a workbook)."""
    import zipfile

    from tksk.logs.xlsx import entry_count

    if entry_count(path, path.name) > limits.XLSX_MAX_MEMBERS:
        return None  # a workbook's guards name this
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names and zf.getinfo("mimetype").file_size < 200 else b""
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "xl/workbook.xml" in names:
        return None
    if b"opendocument.spreadsheet" in mimetype:
        return ("lembar kerja LibreOffice (.ods); simpan sebagai .xlsx", "a LibreOffice spreadsheet (.ods); save it as .xlsx")
    if "xl/workbook.bin" in names:
        return ("buku kerja biner Excel (.xlsb); simpan sebagai \"Excel Workbook (*.xlsx)\"",
                "a binary Excel workbook (.xlsb); save it as \"Excel Workbook (*.xlsx)\"")
    if "word/document.xml" in names:
        return ("dokumen Word", "a Word document")
    if "ppt/presentation.xml" in names:
        return ("presentasi PowerPoint", "a PowerPoint presentation")
    return ("arsip ZIP; kirim berkasnya satu per satu", "a ZIP archive; send the files one by one")


def _html(head: bytes) -> bool:
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return h.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table"))


def read_raw(path: str | Path, kind_hint: str | None = None, display_name: str | None = None) -> RawTable:
    """The file as an all-text table with its header and spreadsheet rows; raises InputRejected naming
    what is wrong with it."""
    path = Path(path)
    name = display_name or path.name
    if not path.is_file():
        raise InputRejected([problem(name, "not_a_file" if path.exists() else "not_found")])
    size = path.stat().st_size
    if size > limits.MAX_BYTES:
        raise InputRejected([problem(name, "too_large", limit=limits.mb(limits.MAX_BYTES))])
    if size == 0:
        raise InputRejected([problem(name, "empty")])
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        kind = _zip_kind(path)
        if kind:
            raise InputRejected([problem(name, "not_table", what=kind[0], what_en=kind[1])])
        return read_xlsx(path, name, kind_hint)
    if head.startswith(_OLE):
        data = path.read_bytes()
        if _ENCRYPTED in data:
            raise InputRejected([problem(name, "encrypted")])
        if "WordDocument".encode("utf-16-le") in data:
            raise InputRejected([problem(name, "not_table", what="dokumen Word lama (.doc)", what_en="an old Word document (.doc)")])
        raise InputRejected([problem(name, "xls_old")])
    for magic, (what, what_en) in _MAGIC:
        if head.startswith(magic):
            raise InputRejected([problem(name, "not_table", what=what, what_en=what_en)])
    if _html(head):
        raise InputRejected([problem(name, "not_table", what="halaman web atau XML; simpan dari Excel sebagai CSV atau "
                                     "XLSX", what_en="a web page or XML; save it from Excel as CSV or XLSX")])
    return read_text(path.read_bytes(), name)
