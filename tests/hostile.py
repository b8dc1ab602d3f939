"""Builders of the files clerks and attackers send: every one is made by the tests, none is committed."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from pathlib import Path

import pandas as pd
import xlsxwriter

from helpers import GOOD, rows

HEADER = list(GOOD)


def csv_text(records: list[dict], sep: str = ",") -> str:
    buf = io.StringIO()
    pd.DataFrame(records).to_csv(buf, index=False, sep=sep, lineterminator="\n")
    return buf.getvalue()


def text_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def xlsx(path: Path, records: list[dict], *, sheets: list[tuple[str, list[dict], bool]] | None = None,
         title_rows: int = 0, far_cell: str | None = None, far_value: str = "x") -> Path:
    """An XLSX with ``records`` on sheet 'log' (or ``sheets``: name, records, hidden), ``title_rows`` rows of a
    title above the header, and optionally one more cell at ``far_cell`` holding ``far_value``."""
    wb = xlsxwriter.Workbook(str(path))
    for name, recs, hidden in sheets or [("log", records, False)]:
        ws = wb.add_worksheet(name)
        for t in range(title_rows):
            ws.write(t, 0, f"LAPORAN KEGIATAN TKSK BARIS JUDUL {t + 1}")
        for j, h in enumerate(HEADER):
            ws.write(title_rows, j, h)
        for i, r in enumerate(recs, start=title_rows + 1):
            for j, h in enumerate(HEADER):
                v = r.get(h, "")
                if isinstance(v, dt.time):  # a cell Excel shows as a time of day
                    ws.write_datetime(i, j, v, wb.add_format({"num_format": "hh:mm"}))
                elif h in ("jumlah_orang", "jumlah_kk", "jam") and v not in ("", None):
                    ws.write_number(i, j, float(str(v).replace(",", ".")))
                elif v not in ("", None):
                    ws.write_string(i, j, str(v))
        if hidden:
            ws.hide()
        else:
            ws.activate()
        if far_cell:
            ws.write_string(far_cell, far_value)
    wb.close()
    return path


def rewrite_part(path: Path, part: str, change) -> Path:
    """Rewrite one XML part of a workbook with ``change(bytes) -> bytes``."""
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            zf.writestr(info.filename, change(data) if info.filename == part else data)
    return path


def formula_without_value(path: Path) -> Path:
    """The first data row's jumlah_orang as a formula whose stored value was stripped (as some tools save)."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("log")
    for j, h in enumerate(HEADER):
        ws.write(0, j, h)
    for i, r in enumerate(rows(2), start=1):
        for j, h in enumerate(HEADER):
            if r[h]:
                ws.write_string(i, j, r[h])
    ws.write_formula(1, HEADER.index("jumlah_orang"), "=1+1", None, 2)
    wb.close()
    return rewrite_part(path, "xl/worksheets/sheet1.xml", lambda x: re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1", x))


def cells_appended(path: Path, xml: bytes, filler_rows: int = 0) -> Path:
    """A workbook whose sheet ends with ``xml`` (after ``filler_rows`` rows of one cell) while its declared
    dimension still says A1:P4: the guard must read the cells, not trust the dimension."""
    xlsx(path, rows(3))
    filler = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
                      for i in range(5, 5 + filler_rows))
    return rewrite_part(path, "xl/worksheets/sheet1.xml", lambda x: x.replace(b"</sheetData>", filler + xml + b"</sheetData>"))


NS = b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def zip_bomb(path: Path, unpacked: int = 16 * 1024 * 1024) -> Path:
    """A workbook whose shared strings unpack to ``unpacked`` bytes of one repeated byte (small on disk)."""
    xlsx(path, rows(2))
    with zipfile.ZipFile(path) as zf:
        items = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in items:
            zf.writestr(name, data + (b" " * unpacked if name == "xl/sharedStrings.xml" else b""))
    return path


def patch_declared_size(path: Path, part: str, size: int) -> Path:
    """The zip directory claims ``size`` bytes unpacked for ``part`` (local header and central directory)."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    for sig, off_size, off_name_len, header_len in ((b"PK\x01\x02", 24, 28, 46), (b"PK\x03\x04", 22, 26, 30)):
        for m in re.finditer(re.escape(sig), bytes(data)):
            start = m.start()
            n = struct.unpack_from("<H", data, start + off_name_len)[0]
            if bytes(data[start + header_len:start + header_len + n]) == name:
                struct.pack_into("<I", data, start + off_size, size)
    path.write_bytes(bytes(data))
    return path


def many_members(path: Path, n: int) -> Path:
    xlsx(path, rows(2))
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(n):
            zf.writestr(f"xl/extra/{i}.xml", b"<a/>")
    return path


def ole(path: Path, streams: list[str]) -> Path:
    """An OLE2 compound file as far as a sniffer sees: the magic and the stream names in UTF-16."""
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    for s in streams:
        body += s.encode("utf-16-le") + b"\x00" * (64 - 2 * len(s))
    path.write_bytes(body + b"\x00" * 1024)
    return path


def other_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
