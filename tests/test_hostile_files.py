"""A corpus of bad and hostile files, each with its expected outcome.

Rejected files are imported into one store: each must be refused with its message (code, file, row, column)
and leave every file of the store byte-identical (the last-import record and the audit log aside). Accepted
files must give the right rows, with the notice that says what was recognised.
"""

import datetime as dt
import hashlib
import re
import shutil

import pandas as pd
import pytest

import hostile as h
from etl.importer import check_files, import_files, reference_for
from helpers import GOOD, TODAY, rows, write_csv, write_xlsx
from tksk import pii
from tksk.logs import limits

NIK = "1610012345678901"


def csv(change=None, sep=",", n=3):
    return lambda p: h.text_file(p.with_suffix(".csv"), h.csv_text(rows(n, **(change or {})), sep))


def xl(change=None, **kw):
    return lambda p: h.xlsx(p.with_suffix(".xlsx"), rows(3, **(change or {})), **kw)


def raw(data: bytes, suffix: str):
    def build(p):
        p = p.with_suffix(suffix)
        p.write_bytes(data)
        return p
    return build


def duplicate_header(p):
    text = h.csv_text(rows(3)).splitlines()
    text[0] += ",tanggal"
    text[1:] = [line + ",2024-01-01" for line in text[1:]]
    return h.text_file(p.with_suffix(".csv"), "\n".join(text) + "\n")


def synonym_header(p):
    text = h.csv_text(rows(3)).splitlines()
    text[0] += ",Jumlah KPM"
    text[1:] = [line + ",1" for line in text[1:]]
    return h.text_file(p.with_suffix(".csv"), "\n".join(text) + "\n")


def ragged(p):
    lines = h.csv_text(rows(3)).splitlines()
    lines[2] += ",extra,cells"
    return h.text_file(p.with_suffix(".csv"), "\n".join(lines) + "\n")


def too_wide(p):
    recs = [dict(r, **{f"catatan_{i}": "x" for i in range(12)}) for r in rows(2)]
    return h.text_file(p.with_suffix(".csv"), h.csv_text(recs))


def strings_declared(attribute: bytes):
    """A workbook whose shared strings declare their count as ``attribute``."""
    return lambda p: h.rewrite_part(h.xlsx(p.with_suffix(".xlsx"), rows(2)), "xl/sharedStrings.xml",
                                    lambda x: re.sub(rb'uniqueCount="[0-9]+"', attribute, x))


def blank_line_then_error(p):
    lines = h.csv_text(rows(3, kode_kec="16.10.99", id_pos="X-1")).splitlines()
    return h.text_file(p.with_suffix(".csv"), "\n".join(lines[:2] + ["", ""] + lines[2:]) + "\n")


def title_rows_then_error(p):
    body = h.csv_text(rows(3, kode_kec="16.10.99", id_pos="X-1"), sep=";")
    return h.text_file(p.with_suffix(".csv"), "LAPORAN KEGIATAN TKSK;;;\nBulan: Maret 2024;;;\n" + body)


def cp1252_undefined(p):
    p = p.with_suffix(".csv")
    p.write_bytes(h.csv_text(rows(3, kendala="ok")).encode() + b"T-9,\x81\x8d\x8f\x90\x9d\n")
    return p


def _appended(cells: bytes, filler_rows: int = 0):
    """A case's file: a workbook whose sheet ends with ``cells`` (``hostile.cells_appended``)."""
    return lambda p: h.cells_appended(p.with_suffix(".xlsx"), cells, filler_rows)


# (id, builder, code, row, column, fragment of the message)
REJECTED = [
    ("whitespace-only id_pos", csv({"id_pos": "   "}), "required", 3, "id_pos", "wajib diisi / required"),
    ("whitespace-only fungsi", csv({"fungsi": " \t "}), "required", 3, "fungsi", "required"),
    ("no-break space as activity", csv({"jenis_kegiatan": "\u00a0"}), "required", 3, "jenis_kegiatan", "required"),
    ("blank kode_kec, CSV", csv({"kode_kec": ""}), "required", 3, "kode_kec", "required"),
    ("blank kode_kec, XLSX", xl({"kode_kec": ""}), "required", 3, "kode_kec", "required"),
    ("year 3024", csv({"tanggal": "3024-03-05"}), "future_date", 3, "tanggal", "date in the future"),
    ("year 0024", csv({"tanggal": "0024-03-05"}), "date_too_early", 3, "tanggal", "date before 2009"),
    ("year 2004 for 2024", csv({"tanggal": "2004-12-11"}), "date_too_early", 3, "tanggal", "date before 2009"),
    ("day 051", csv({"tanggal": "2024-03-051"}), "bad_date", 3, "tanggal", "unparseable date"),
    ("date range", csv({"tanggal": "2024-03-05 s/d 2024-03-09"}), "bad_date", 3, "tanggal", "unparseable date"),
    ("31 February", csv({"tanggal": "31/02/2024"}), "no_such_day", 3, "tanggal", "day 31 does not exist in month 2/2024"),
    # A spreadsheet set to US English writes month first: one 3/25 shows it, and then 3/5 (row 2) is not taken as
    # 3 May (review of 2026-12-04: such files were read a month wrong, row by row).
    ("month-first dates", lambda p: write_csv(p.with_suffix(".csv"), [
        dict(r, tanggal=d) for r, d in zip(rows(3), ["3/5/2024", "3/25/2024", "2024-03-07"])]), "month_first_date", 2,
     "tanggal", "written month/day/year (e.g. 3/25/2024)"),
    ("1e308 people", csv({"jumlah_orang": "1e308"}), "bad_number", 3, "jumlah_orang", "not a number"),
    ("inf hours", csv({"jam": "inf"}), "bad_number", 3, "jam", "not a number"),
    ("-nan households (a float parser reads it)", csv({"jumlah_kk": "-nan"}), "bad_number", 3, "jumlah_kk", "not a number"),
    ("1e308 in an XLSX cell", xl({"jumlah_orang": "1e308"}), "bad_number", 3, "jumlah_orang", "not a number"),
    ("20,000 people in a row", csv({"jumlah_orang": "20000"}), "implausible", 3, "jumlah_orang",
     "more than 10.000 in one row: one row is one activity"),
    ("25 hours", csv({"jam": "25"}), "too_many_hours", 3, "jam", "more than 24 hours"),
    # Line breaks inside a quoted cell stay in one spreadsheet row: the row is 3, not the text's line 5.
    ("25 hours below a cell with line breaks", lambda p: write_csv(p.with_suffix(".csv"), [
        dict(r, kendala="jalan\nrusak\nparah" if i == 0 else r["kendala"]) for i, r in enumerate(rows(3, jam="25"))]),
     "too_many_hours", 3, "jam", "more than 24 hours"),
    ("negative hours", csv({"jam": "-1"}), "negative", 3, "jam", "must not be negative"),
    # An outcome dated 2099 was stored (review of 2026-12-05).
    ("outcome in the future", csv({"tanggal_hasil": "2099-01-01"}), "future_date", 3, "tanggal_hasil",
     "date in the future"),
    # A sum under the data: one problem for the row, not one "required" per empty column.
    ("totals row under the data", lambda p: write_csv(p.with_suffix(".csv"), rows(3) + [
        {k: "" for k in rows(1)[0]} | {"tanggal": "Jumlah", "jumlah_orang": "12", "jam": "7"}]),
     "totals_row", 5, None, "a totals row ('Jumlah', 5 required columns empty): delete it"),
    # A duration typed as a clock time: 2 h 30 min, or a start time? Not guessed (review of 2026-12-04).
    ("hours as a clock time, CSV", csv({"jam": "2:30"}), "hours_as_time", 3, "jam",
     "written as a time of day; write the duration in decimal hours (e.g. 2.5 for 2:30)"),
    ("hours in an Excel time cell", xl({"jam": dt.time(1, 45)}), "hours_as_time", 3, "jam", "(e.g. 1.75 for 01:45:00)"),
    ("1.000 people, semicolon file", csv({"jumlah_orang": "1.000"}, sep=";"), "ambiguous_number", 3, "jumlah_orang",
     "could be read as 1000 or 1"),
    # A count written the Indonesian way in a comma file was silently 2 (review of 2026-12-04).
    ("2.000 households, comma file", csv({"jumlah_kk": "2.000"}), "ambiguous_number", 3, "jumlah_kk",
     "could be read as 2000 or 2"),
    # The mirror: a count written the English way in a semicolon file was silently 1 (review of 2026-12-05).
    ("1,000 people, semicolon file", csv({"jumlah_orang": "1,000"}, sep=";"), "ambiguous_number", 3, "jumlah_orang",
     "could be read as 1000 or 1"),
    # A first group of 0 is never a thousands group: "0,500" people was stored as 500 (review of 2026-12-05).
    ("0,500 people, semicolon file", csv({"jumlah_orang": "0,500"}, sep=";"), "not_integer", 3, "jumlah_orang",
     "whole number"),
    ("0.500 households, comma file", csv({"jumlah_kk": "0.500"}), "not_integer", 3, "jumlah_kk", "whole number"),
    ("01.000 people, comma file", csv({"jumlah_orang": "01.000"}), "bad_number", 3, "jumlah_orang", "not a number"),
    ("01.000 people, semicolon file", csv({"jumlah_orang": "01.000"}, sep=";"), "bad_number", 3, "jumlah_orang",
     "not a number"),
    ("NIK as people served", csv({"jumlah_orang": NIK}), "personal_data_value", 3, "jumlah_orang", "personal data"),
    ("phone as households", csv({"jumlah_kk": "081234567890"}), "personal_data_value", 3, "jumlah_kk", "personal data"),
    ("spaced NIK as log id", csv({"id_log": "1610 0123 4567 8901"}), "personal_data_value", 3, "id_log", "personal data"),
    ("phone as post id", csv({"id_pos": "+62 812-3456-7890"}), "personal_data_value", 3, "id_pos", "personal data"),
    ("name as post id", csv({"id_pos": "Pak Budi Santoso"}), "personal_data_value", 3, "id_pos", "personal data"),
    ("second tanggal header", duplicate_header, "duplicate_column", None, "tanggal", "more than once"),
    ("a synonym of a column beside it", synonym_header, "duplicate_column_as", None, "Jumlah KPM",
     "this title is read as column jumlah_kk, as is the title 'jumlah_kk'"),
    ("extra cells in a row", ragged, "ragged_row", 3, None, "this row has 18 cells, the header 16 columns"),
    ("more than 26 columns", too_wide, "too_many_columns", None, None, "more than 26 columns"),
    ("error after blank lines", blank_line_then_error, "unknown_kecamatan", 5, "kode_kec", "not in the Kemendagri list"),
    ("error under title rows", title_rows_then_error, "unknown_kecamatan", 5, "kode_kec", "not in the Kemendagri list"),
    ("dimension bomb: one cell at XFD1048576", xl(far_cell="XFD1048576"), "sheet_too_big", None, None,
     "uses cells up to XFD1048576"),
    ("cell beyond the row limit", xl(far_cell="A200000"), "sheet_too_big", None, None, "200000"),
    # A failed formula saved to a CSV: "#N/A" was an id like any other, and a failed lookup of the post stored a post
    # "#N/A" (imp33); in a code column it was "format salah", which sent the clerk to the value, not the formula.
    ("a failed lookup of the post id, CSV", csv({"id_pos": "#N/A"}), "formula_error", 3, "id_pos",
     "cell holds #N/A (a failed formula)"),
    ("a failed formula as the log id, CSV", csv({"id_log": "#REF!"}), "formula_error", 3, "id_log", "#REF!"),
    ("LibreOffice's error in kode_desa, CSV", csv({"kode_desa": "Err:502"}), "formula_error", 3, "kode_desa",
     "sel berisi Err:502 (rumus gagal)"),
    # A space typed far below the table cannot be seen, and python-calamine sizes the sheet to reach it all the same
    # (522 MB for a space at B1048576): the cell is named with how to get there (red-team round 10 #2).
    ("a space at B1048576, as Excel saves it (shared string)", xl(far_cell="B1048576", far_value=" "),
     "sheet_far_blank_cell", None, None, "cell B1048576, far outside the table, holds only spaces"),
    ("a no-break space and a tab inline at XFD5", _appended(
        b'<row r="5"><c r="XFD5" t="inlineStr"><is><t xml:space="preserve">\xc2\xa0\t</t></is></c></row>'),
     "sheet_far_blank_cell", None, None, "cell XFD5"),
    ("a space far below, namespace prefix (read tag by tag)", _appended(
        b'<x:row ' + h.NS + b' r="1048576"><x:c r="B1048576" t="inlineStr"><x:is><x:t> </x:t></x:is>'
        b'</x:c></x:row>'), "sheet_far_blank_cell", None, None, "cell B1048576"),
    ("a formula giving a space far below is not called a typed space", _appended(
        b'<row r="150000"><c r="A150000" t="str"><f>" "</f><v> </v></c></row>'), "sheet_too_big", None, None,
     "A150000"),
    # A reader reserved 48 GB for the 2 billion strings a 6 KB file declared: the process died, no error raised.
    ("2 billion shared strings declared", strings_declared(b'uniqueCount="2000000000"'),
     "xlsx_strings", None, None, "declares 2.000.000.000 shared strings"),
    ("2 billion shared strings declared with spaces", strings_declared(b'uniqueCount = "2000000000"'),
     "xlsx_strings", None, None, "declares 2.000.000.000 shared strings"),
    ("shared strings counted as a character reference", strings_declared(b'uniqueCount="&#50;000000000"'),
     "unreadable", None, None, "sharedStrings"),
    ("shared strings' start hidden past 64 KB", lambda p: h.rewrite_part(
        h.xlsx(p.with_suffix(".xlsx"), rows(2)), "xl/sharedStrings.xml",
        lambda x: x.replace(b"<sst ", b"<!--" + b" " * 70000 + b"--><sst ", 1)),
     "unreadable", None, None, "sharedStrings"),
    ("far cell as the sheet's last, dimension lying", _appended(
        b'<row r="5"><c r="XFD5" t="inlineStr"><is><t>b</t></is></c></row>'),
     "sheet_too_big", None, None, "XFD5"),
    ("far cell after 40,000 rows, namespace prefix", _appended(
        b'<x:row ' + h.NS + b' r="40005"><x:c r="XFD40005" t="inlineStr"><x:is><x:t>b</x:t></x:is>'
        b'</x:c></x:row>', 40000), "sheet_too_big", None, None, "XFD40005"),
    ("cells without a reference", _appended(
        b'<row r="5">' + b'<c t="inlineStr"><is><t>b</t></is></c>' * 30 + b'</row>'),
     "sheet_too_big", None, None, "AA5"),
    # The farthest cell, not the first past Z: a clerk who deleted column AA was refused again at AB (round 10).
    ("notes typed out past column Z to XFD", _appended(
        b'<row r="5">' + b"".join(b'<c r="%s5" t="inlineStr"><is><t>x</t></is></c>' % c for c in (b"AA", b"AB", b"XFD"))
        + b'</row>'), "sheet_too_big", None, None, "XFD5"),
    ("reference after another attribute", _appended(
        b'<row r="5"><c s="0" r="XFD5"><v>1</v></c></row>'), "sheet_too_big", None, None, "XFD5"),
    # A reference written as python-calamine also reads it (review of 2026-12-05: a tab before r, single quotes or
    # a lower-case reference slipped past the guard, and a 5.7 KB file made the reader allocate 512 GB).
    ("far cell, a tab before its reference", _appended(
        b'<row r="5"><c\tr="XFD1048576" t="inlineStr"><is><t>b</t></is></c></row>'),
     "sheet_too_big", None, None, "XFD1048576"),
    ("far cell, its reference in single quotes", _appended(
        b"<row r='5'><c r='XFD1048576' t=\"inlineStr\"><is><t>b</t></is></c></row>"),
     "sheet_too_big", None, None, "XFD1048576"),
    ("far cell, its reference in lower case", _appended(
        b'<row r="5"><c r="xfd5" t="inlineStr"><is><t>b</t></is></c></row>'),
     "sheet_too_big", None, None, "XFD5"),
    ("far cell, spaces around its reference's =", _appended(
        b'<row r="5"><c r = "XFD5" t="inlineStr"><is><t>b</t></is></c></row>'),
     "sheet_too_big", None, None, "XFD5"),
    # Two references in one cell: python-calamine reads the last (review of 2026-12-05: the guard read the first).
    ("far cell, a second reference", _appended(
        b'<row r="5"><c r="A5" r="XFD1048576" t="inlineStr"><is><t>b</t></is></c></row>'),
     "sheet_too_big", None, None, "XFD1048576"),
    ("wide cell, a second reference", _appended(
        b'<row r="5"><c r="A5" r="AB5" t="inlineStr"><is><t>b</t></is></c></row>'),
     "sheet_too_big", None, None, "AB5"),
    ("row beyond the limit in single quotes", _appended(
        b"<row r='1048576'><c t=\"inlineStr\"><is><t>b</t></is></c></row>"),
     "sheet_too_big", None, None, "A1048576"),
    ("row beyond the limit as the sheet's last", _appended(
        b'<row r="150000"><c r="A150000"><v>1</v></c></row>'), "sheet_too_big", None, None,
     "150000"),
    ("far cell on a hidden sheet", lambda p: h.xlsx(p.with_suffix(".xlsx"), [], sheets=[
        ("arsip", rows(2), True), ("log", rows(3), False)], far_cell="XFD5"), "sheet_too_big", None, None, "sheet 'arsip'"),
    ("two sheets of one name", lambda p: h.rewrite_part(
        h.xlsx(p.with_suffix(".xlsx"), [], sheets=[("log", rows(2), False), ("lain", rows(3), False)]), "xl/workbook.xml",
        lambda x: x.replace(b'name="lain"', b'name="LOG"')), "unreadable", None, None, "duplicate sheets"),
    # The reader lists sheets of any namespace and takes "r:id" literally: either trick made it open a part the guard
    # never scanned, and a 3,8 KB upload with a cell at XFD1048576 there killed the server (red-team 2026-12-06).
    ("a sheet of another namespace before the real one", lambda p: h.rewrite_part(
        h.xlsx(p.with_suffix(".xlsx"), [], sheets=[("log", rows(2), False), ("lain", rows(3), False)]), "xl/workbook.xml",
        lambda x: re.sub(rb"<sheet ", b'<q:sheet xmlns:q="urn:other" name="log" r:id="rId2"/><sheet ', x, count=1)),
     "unreadable", None, None, "other namespaces"),
    ("a sheet under a prefix in another script before the real one", lambda p: h.rewrite_part(
        h.xlsx(p.with_suffix(".xlsx"), [], sheets=[("log", rows(2), False), ("lain", rows(3), False)]), "xl/workbook.xml",
        lambda x: re.sub(rb"<sheet ", '<é:sheet xmlns:é="urn:other" name="log" r:id="rId2"/><sheet '.encode(), x,
                         count=1)), "unreadable", None, None, "other namespaces"),
    ("r: bound elsewhere beside the id under another prefix", lambda p: h.rewrite_part(
        h.xlsx(p.with_suffix(".xlsx"), [], sheets=[("log", rows(2), False), ("lain", rows(3), False)]), "xl/workbook.xml",
        lambda x: re.sub(rb'(<sheet [^>]*?)r:id="([^"]+)"', lambda m: m.group(1) + b'xmlns:rel="http://schemas.'
                         b'openxmlformats.org/officeDocument/2006/relationships" rel:id="' + m.group(2)
                         + b'" xmlns:r="urn:other" r:id="rId9"', x, count=1)),
     "unreadable", None, None, "other namespaces"),
    ("zip bomb: 16 MB of one byte", lambda p: h.zip_bomb(p.with_suffix(".xlsx")), "xlsx_ratio", None, None,
     "compressed abnormally"),
    ("zip directory claims 1 GB", lambda p: h.patch_declared_size(h.xlsx(p.with_suffix(".xlsx"), rows(2)),
                                                                   "xl/sharedStrings.xml", 1 << 30),
     "xlsx_unpacked", None, None, f"larger than {limits.mb(limits.XLSX_MAX_UNPACKED)} MB once unpacked"),
    ("zip directory understates a part", lambda p: h.patch_declared_size(
        h.xlsx(p.with_suffix(".xlsx"), rows(2)), "xl/worksheets/sheet1.xml", 100), "unreadable", None, None,
     "cannot be read"),
    ("1,001 zip members", lambda p: h.many_members(p.with_suffix(".xlsx"), 1001), "xlsx_members", None, None,
     "holds 1.0"),
    ("formula without a stored value", lambda p: h.formula_without_value(p.with_suffix(".xlsx")), "formula_no_value",
     2, "jumlah_orang", "formula without a stored value"),
    # The format lets a cell go without its reference; each check needs one, and such a formula was stored unchecked
    # (red-team of 2026-12-06).
    ("formula in cells without references", lambda p: h.rewrite_part(
        h.formula_without_value(p.with_suffix(".xlsx")), "xl/worksheets/sheet1.xml",
        lambda x: re.sub(rb'(<c) r="[A-Z]+[0-9]+"', rb"\1", x)), "xlsx_unreferenced", None, None,
     "cells without a reference"),
    ("old .xls", lambda p: h.ole(p.with_suffix(".xls"), ["Workbook", "SummaryInformation"]), "xls_old", None, None,
     "Save As"),
    ("password-protected .xlsx", lambda p: h.ole(p.with_suffix(".xlsx"), ["EncryptionInfo", "EncryptedPackage"]),
     "encrypted", None, None, "remove the password"),
    ("PDF renamed .csv", raw(h.PDF, ".csv"), "not_table", None, None, "not a CSV or XLSX file but a PDF"),
    ("PNG renamed .csv", raw(h.PNG, ".csv"), "not_table", None, None, "a PNG picture"),
    ("Word document renamed .xlsx", lambda p: h.other_zip(p.with_suffix(".xlsx"), {"word/document.xml": b"<w/>"}),
     "not_table", None, None, "a Word document"),
    ("LibreOffice .ods", lambda p: h.other_zip(p.with_suffix(".ods"), {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
     "not_table", None, None, "save it as .xlsx"),
    ("Excel binary workbook .xlsb", lambda p: h.other_zip(p.with_suffix(".xlsb"), {"xl/workbook.bin": b"\x00"}),
     "not_table", None, None, "a binary Excel workbook (.xlsb); save it as"),
    ("web page saved as .xls", raw(b"<html><body><table><tr><td>id_log</td></tr></table></body></html>", ".xls"),
     "not_table", None, None, "a web page"),
    ("binary junk", raw(b"\x00\x01\x02\x03binary" * 10, ".csv"), "not_table", None, None, "a binary file"),
    ("undefined Windows-1252 bytes", cp1252_undefined, "encoding", None, None, "unknown text encoding"),
    ("empty file", raw(b"", ".csv"), "empty", None, None, "empty file"),
    ("header only", lambda p: h.text_file(p.with_suffix(".csv"), ",".join(h.HEADER) + "\n"), "empty", None, None,
     "empty file"),
    ("roster headers on a log", lambda p: h.text_file(p.with_suffix(".csv"), "id_pos,kode_kec,status\nA,16.10.04,aktif\n"),
     "missing_column", None, "tanggal_mulai", "required column missing"),
]


def _state(root):
    """SHA-256 of every file of the store but the last-import record, the audit log and the lock."""
    skip = {"last_import.json", "audit.jsonl", ".lock"}
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name not in skip}


@pytest.fixture(scope="module")
def corpus_store(empty_store_root, tmp_path_factory):
    """One store for every refused file, and the state each refusal must leave it in."""
    root = tmp_path_factory.mktemp("corpus") / "store"
    shutil.copytree(empty_store_root, root)
    return root, _state(root)


@pytest.mark.parametrize("case, build, code, row, column, fragment", REJECTED, ids=[c[0] for c in REJECTED])
def test_rejected_with_its_message_and_the_store_unchanged(corpus_store, tmp_path, case, build, code, row, column,
                                                           fragment):
    corpus_store, before = corpus_store
    path = build(tmp_path / "berkas")
    [o] = import_files([path], corpus_store, quiet=True, today=TODAY)
    assert not o.accepted, case
    hits = [p for p in o.result.errors if p.code == code]
    assert hits, [str(p) for p in o.result.problems]
    p = hits[0]
    assert (p.file, p.row) == (path.name, row)
    if column:
        assert p.column == column
    assert fragment in str(p), str(p)
    for planted in (NIK, "1610 0123 4567 8901", "081234567890", "+62 812-3456-7890", "Budi Santoso"):
        assert all(planted not in str(q) for q in o.result.problems)
    assert _state(corpus_store) == before


def test_the_corpus_is_large_enough():
    assert len(REJECTED) + len(ACCEPTED) >= 40


def semicolon_decimals(p):
    recs = rows(3)
    recs[0]["jam"], recs[1]["jam"], recs[2]["jam"] = "1.5", "2,5", "1.500"
    recs[0]["jumlah_orang"] = "1.500"
    return h.text_file(p.with_suffix(".csv"), h.csv_text(recs, sep=";"))


def utf16_tabs(p):
    text = h.csv_text(rows(3), sep="\t").replace("\n", "\r\n")
    p = p.with_suffix(".txt")
    p.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    return p


def hidden_first_sheet(p):
    old = [dict(r, id_log="LAMA-" + r["id_log"]) for r in rows(5)]
    return h.xlsx(p.with_suffix(".xlsx"), [], sheets=[("arsip", old, True), ("Maret", rows(3), False)])


def personal_text(p):
    recs = rows(3)
    recs[0]["kendala"] = f"NIK {NIK[:4]} {NIK[4:8]} {NIK[8:12]} {NIK[12:]}, hp +62 812-3456-7890"
    recs[1]["kendala"] = "Bertemu Ibu Siti Aminah dan Bapak Budi Santoso"
    recs[2]["kendala"] = "a.n. ahmad yani, 0812.3456.789"
    df = pd.DataFrame(recs).assign(**{"NIK Penerima": NIK, "No HP": "0812 3456 7890", "Nama KPM": "Siti"})
    p = p.with_suffix(".csv")
    df.to_csv(p, index=False)
    return p


def month_as_date(p):
    recs = rows(3, jenis_kegiatan="laporan_bulanan", fungsi="administrasi", kode_desa="", kategori_ppks="",
                program="", hasil="", bulan_laporan="2024-02-01")
    return write_xlsx(p.with_suffix(".xlsx"), recs)


# (id, builder, rows accepted, check on the frame, notice code)
def _formatted_down(sep: bytes = b" ") -> bytes:
    """Rows 5 to 115.000 of eight cells only formatted, as a sheet with whole columns formatted is saved: rows past
    the limit cross the reader's 1 MB chunks (one cut in two read as holding something; red-team of 2026-12-06)."""
    return b"".join(b'<row' + sep + b'r="%d" s="1" customFormat="1">' % i
                    + b"".join(b'<c' + sep + b'r="%s%d" s="1"/>' % (c, i) for c in (b"A", b"B", b"C", b"D", b"E", b"F", b"G", b"H"))
                    + b"</row>" for i in range(5, 115_001))


HEADER = list(GOOD)


def bordered_last_row(path):
    """Borders drawn along row 1.048.576 under three rows, saved as openpyxl (and Excel) save it: the cells only
    formatted, the dimension A1:P1048576."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "log"
    ws.append(HEADER)
    for r in rows(3):
        ws.append([float(r[c]) if c in ("jumlah_orang", "jumlah_kk", "jam") else (r[c] or None) for c in HEADER])
    for col in range(1, len(HEADER) + 1):
        ws.cell(1_048_576, col).border = Border(bottom=Side(style="thin"))
    wb.save(path := path.with_suffix(".xlsx"))
    return path


ACCEPTED = [
    ("3 rows formatted down past the row limit", lambda p: h.cells_appended(p.with_suffix(".xlsx"), _formatted_down()),
     3, None, None),
    ("3 rows formatted down past the row limit, read tag by tag", lambda p: h.cells_appended(
        p.with_suffix(".xlsx"), _formatted_down(b"\t")), 3, None, None),
    ("1.5 and 2,5 in a semicolon file", semicolon_decimals, 3,
     lambda f: f["jam"].tolist() == [1.5, 2.5, 1.5] and f["jumlah_orang"].iloc[0] == 1500, None),
    ("UTF-16 'Unicode text', tab-separated", utf16_tabs, 3, lambda f: f["jam"].tolist() == [2.5] * 3, "recognised"),
    ("tab-separated UTF-8", lambda p: h.text_file(p.with_suffix(".tsv"), h.csv_text(rows(3), sep="\t")), 3, None,
     "recognised"),
    ("sep=; first line", lambda p: h.text_file(p.with_suffix(".csv"), "sep=;\n" + h.csv_text(
        [dict(r, jam="2,5") for r in rows(3)], sep=";")), 3, lambda f: f["jam"].tolist() == [2.5] * 3, "recognised"),
    ("old-Mac CR line ends", lambda p: h.text_file(p.with_suffix(".csv"), h.csv_text(rows(3)).replace("\n", "\r")), 3,
     None, "recognised"),
    ("title rows above the header", lambda p: h.text_file(p.with_suffix(".csv"), "Laporan TKSK Maret\n\n"
                                                          + h.csv_text(rows(3))), 3, None, "recognised"),
    ("XLSX with a title row", xl(title_rows=2), 3, None, "recognised"),
    ("hidden first sheet", hidden_first_sheet, 3, lambda f: not f["id_log"].str.startswith("LAMA").any(), "recognised"),
    ("personal data in free text and columns", personal_text, 3,
     lambda f: not any(pii.looks_personal(k) and "disamarkan" not in k for k in f["kendala"]), "text_scrubbed"),
    ("a month Excel turned into a date", month_as_date, 3, lambda f: set(f["bulan_laporan"].dropna()) == {"2024-02"}, None),
    ("formula cells with stored values", lambda p: write_csv(p.with_suffix(".csv"), rows(3, kendala="=1+1")), 3,
     None, None),
    # A whole count cannot be 1,5: "1.500" in a comma file is 1500, and "1.234.567" has one reading.
    ("1.500 households in a comma file", csv({"jumlah_kk": "1.500"}), 3, lambda f: f["jumlah_kk"].iloc[1] == 1500, None),
    # Rows only formatted down to Excel's last row hold nothing: read, not refused as a sheet too big (red-team of
    # 2026-12-06; the cells' own bound still holds, above).
    ("rows formatted to the sheet's end", lambda p: h.cells_appended(
        h.xlsx(p.with_suffix(".xlsx"), rows(3)),
        b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in (200_000, 500_000, 1_048_576))
        + b'<row r="600000"><c r="A600000" s="1"/><c r="B600000" s="1"/></row>'
        + b'<row r="1048575" ht="15"></row>'), 3, None, None),
    # Excel, LibreOffice and openpyxl stretch the declared dimension over those formatted rows (A1:P1048576); the
    # reader sizes the sheet from its cells, so the dimension alone refuses nothing (red-team round 10).
    ("declared dimension A1:XFD1048576", lambda p: h.rewrite_part(
        h.xlsx(p.with_suffix(".xlsx"), rows(2)), "xl/worksheets/sheet1.xml",
        lambda x: x.replace(b'<dimension ref="A1:P3"/>', b'<dimension ref="A1:XFD1048576"/>')), 2, None, None),
    ("borders on row 1.048.576, saved by openpyxl", bordered_last_row, 3, None, None),
]


@pytest.mark.parametrize("case, build, n, check, notice", ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_accepted_with_the_right_rows(demo_store_root, tmp_path, case, build, n, check, notice):
    path = build(tmp_path / "berkas")
    [o] = check_files([path], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.problems]
    assert len(o.result.frame) == n
    if check:
        assert check(o.result.frame), o.result.frame.to_dict("records")
    if notice:
        assert notice in {p.code for p in o.result.problems}
    assert not o.result.errors


def test_the_sheet_read_is_named(demo_store_root, tmp_path):
    [o] = check_files([hidden_first_sheet(tmp_path / "b")], reference_for(demo_store_root), today=TODAY)
    assert any("sheet 'Maret' read (hidden sheets ignored)" in str(p) for p in o.result.problems)


def test_personal_data_headers_are_named_by_kind(demo_store_root, tmp_path):
    [o] = check_files([personal_text(tmp_path / "b")], reference_for(demo_store_root), today=TODAY)
    kinds = {p.reason_id for p in o.result.problems if p.code == "personal_data_column"}
    assert kinds == {"kolom data pribadi (nomor identitas) dibuang, tidak disimpan",
                     "kolom data pribadi (nomor telepon) dibuang, tidak disimpan",
                     "kolom data pribadi (nama) dibuang, tidak disimpan"}


def test_a_totals_row_is_one_problem_and_an_activity_named_jumlah_is_not_one(demo_store_root, tmp_path):
    total = {k: "" for k in rows(1)[0]} | {"id_log": "TOTAL", "jumlah_orang": "12"}
    [o] = check_files([write_csv(tmp_path / "a.csv", rows(3) + [total])], reference_for(demo_store_root), today=TODAY)
    assert [(p.code, p.row) for p in o.result.errors] == [("totals_row", 5)]
    # A title line over the sums ("REKAPITULASI") is part of the block: one problem, not six (red-team of 2026-12-06).
    title = {k: "" for k in rows(1)[0]} | {"id_log": "REKAPITULASI"}
    [o] = check_files([write_csv(tmp_path / "rekap.csv", rows(3) + [title, total])], reference_for(demo_store_root),
                      today=TODAY)
    assert [(p.code, p.row) for p in o.result.errors] == [("totals_row", 5), ("totals_row", 6)]
    # A word of the block alone with no sum under it is a row like any other.
    [o] = check_files([write_csv(tmp_path / "rekap2.csv", rows(3) + [title])], reference_for(demo_store_root), today=TODAY)
    assert "totals_row" not in {p.code for p in o.result.errors}
    # A row with a single empty required cell is a row with a gap, whatever its words: "required" as before.
    gap = rows(3, kendala="Jumlah KPM hadir sedikit", id_pos="")
    [o] = check_files([write_csv(tmp_path / "b.csv", gap)], reference_for(demo_store_root), today=TODAY)
    assert [(p.code, p.row, p.column) for p in o.result.errors] == [("required", 3, "id_pos")]
    # Free text is never read as a totals word, nor repeated: two gaps beside "Jumlah KK yang hadir di rumah Budi
    # Santoso" are two "required" problems (review of 2026-12-04: the name reached the message).
    gaps = rows(3, kendala="Jumlah KK yang hadir di rumah Budi Santoso", id_pos="", fungsi="")
    [o] = check_files([write_csv(tmp_path / "c.csv", gaps)], reference_for(demo_store_root), today=TODAY)
    assert [(p.code, p.row, p.column) for p in o.result.errors] == [("required", 3, "id_pos"), ("required", 3, "fungsi")]
    assert not any("Budi" in str(p) for p in o.result.problems)
    # A totals word in the date column is the totals row's one problem, not also a bad date.
    total = {k: "" for k in rows(1)[0]} | {"tanggal": "Jumlah", "jumlah_orang": "12"}
    [o] = check_files([write_csv(tmp_path / "d.csv", rows(3) + [total])], reference_for(demo_store_root), today=TODAY)
    assert [(p.code, p.row) for p in o.result.errors] == [("totals_row", 5)]
    # An average row the same (it gave six errors, one of them "ID must be a numbered code").
    total = {k: "" for k in rows(1)[0]} | {"id_log": "Rata-rata", "jumlah_orang": "2", "jam": "2.5"}
    [o] = check_files([write_csv(tmp_path / "d.csv", rows(3) + [total])], reference_for(demo_store_root), today=TODAY)
    assert [(p.code, p.row) for p in o.result.errors] == [("totals_row", 5)]
    # The word in the clerk's own "No" column, which the import drops: one problem, not one per empty column.
    numbered = [{"No": str(i + 1), **r} for i, r in enumerate(rows(3))]
    total = {"No": "Jumlah"} | {k: "" for k in rows(1)[0]} | {"jumlah_orang": "12"}
    [o] = check_files([write_csv(tmp_path / "e.csv", numbered + [total])], reference_for(demo_store_root), today=TODAY)
    assert [(p.code, p.row) for p in o.result.errors] == [("totals_row", 5)]
    # Only the word itself in such a column: "Jml hadir 3: Sukijo Wibowo" in a dropped "Catatan KPM" was repeated.
    noted = [{**r, "Catatan KPM": ""} for r in rows(3)]
    noted[2].update(tanggal="", kode_kec="", **{"Catatan KPM": "Jml hadir 3: Sukijo Wibowo"})
    [o] = check_files([write_csv(tmp_path / "f.csv", noted)], reference_for(demo_store_root), today=TODAY)
    assert [p.code for p in o.result.errors] == ["required", "required"]
    assert not any("Sukijo" in str(p) for p in o.result.problems)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_totals_row_s_word_is_quoted_as_the_cell_holds_it(demo_store_root, tmp_path, suffix):
    """ "Jumlah" in the id column was quoted back as 'JUMLAH' (ids are read in capitals; red-team round 10 #5): the
    clerk looks for what the message quotes."""
    write = write_csv if suffix == ".csv" else write_xlsx
    for word in ("Jumlah", "Total Keseluruhan", "Rekapitulasi"):
        total = {k: "" for k in rows(1)[0]} | {"id_log": "Jumlah" if word == "Rekapitulasi" else word,
                                                "jumlah_orang": "12"}
        title = {k: "" for k in rows(1)[0]} | {"id_log": word}  # the block's title line, above its sums
        recs = rows(3) + ([title, total] if word == "Rekapitulasi" else [total])
        [o] = check_files([write(tmp_path / f"t{suffix}", recs)], reference_for(demo_store_root), today=TODAY)
        said = [p.reason_id for p in o.result.errors if p.code == "totals_row"]
        assert said and f"('{word}'," in said[0], said


def test_hours_written_like_a_clock_with_a_dot_are_read_as_decimals_and_said(demo_store_root, tmp_path):
    """ "2.30" in jam was read as 2,3 hours in silence: as likely 2 h 30 min. Said once per file, at its first row,
    with how it was read and what to write; quarters written as decimals (2.50) and plain decimals pass unsaid."""
    ref = reference_for(demo_store_root)
    log = rows(6)
    for r, v in zip(log, ["2.5", "2.30", "1.45", "2.50", "08.00", "2.3"]):
        r["jam"] = v
    [o] = check_files([write_csv(tmp_path / "jam.csv", log)], ref, today=TODAY)
    assert o.accepted
    [note] = [p for p in o.result.problems if p.code == "hours_clock_like"]
    assert (note.row, note.column, note.value, note.is_error) == (3, "jam", "2.30", False)
    assert "dibaca 2,3 jam; bila maksudnya 2 jam 30 menit, tulis 2,5" in note.reason_id
    assert "(rows like this in the file: 3)" in note.reason_en
    assert sorted(o.result.rows.frame()["jam"]) == [1.45, 2.3, 2.3, 2.5, 2.5, 8.0]
    plain = rows(3)
    for r, v in zip(plain, ["2.5", "0.75", "2.25"]):
        r["jam"] = v
    [o] = check_files([write_csv(tmp_path / "jam2.csv", plain)], ref, today=TODAY)
    assert o.accepted and not [p for p in o.result.problems if p.code == "hours_clock_like"]


def test_invisible_marks_pasted_into_codes_are_taken_off(demo_store_root, tmp_path):
    """A zero-width space after a desa code, a byte-order mark before "rehsos", a right-to-left mark before the
    kecamatan code (a paste from a phone): each was refused as unknown, suggesting the value it looked like."""
    log = rows(3)
    log[0]["kode_desa"] += "\u200b"
    log[1]["program"] = "\ufeff" + log[1]["program"]
    log[2]["kode_kec"] = "\u200f" + log[2]["kode_kec"]
    [o] = check_files([write_csv(tmp_path / "tanda.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors]
    frame = o.result.rows.frame()
    assert set(frame["kode_desa"]) == {rows(1)[0]["kode_desa"]} and set(frame["kode_kec"]) == {rows(1)[0]["kode_kec"]}
    assert set(frame["program"]) == {rows(1)[0]["program"]}


def _dates(tmp_path, demo_store_root, written: list[str]):
    log = [dict(r, tanggal=d, id_log=f"D-{i:04d}", jam=str(i + 1))
           for i, (r, d) in enumerate(zip(rows(len(written)) * 4, written))]
    [o] = check_files([write_csv(tmp_path / "tgl.csv", log)], reference_for(demo_store_root), today=TODAY)
    return o


def test_dates_as_clerks_in_indonesia_write_them_are_read(demo_store_root, tmp_path):
    """05-03-2024, 05.03.2024, 5 Maret 2024 and 2024/03/05 can each be read one way only, and were refused."""
    o = _dates(tmp_path, demo_store_root, ["05-03-2024", "05.03.2024", "5 Maret 2024", "2024/03/05", "6 Mar 2024",
                                           # Excel's dd-mmm-yyyy as text (red-team of 2026-12-05)
                                           "07-Mar-2024", "7/Mrt/2024", "07-Mar-24"])
    assert o.accepted, [str(p) for p in o.result.errors]
    assert sorted(o.result.rows.frame()["tanggal"].dt.strftime("%Y-%m-%d")) == (
        ["2024-03-05"] * 4 + ["2024-03-06"] + ["2024-03-07"] * 3)


def test_older_spellings_weekdays_and_a_kept_hour_are_read(demo_store_root, tmp_path):
    """6 Pebruari 2024 (the older spelling forms still print), 7 Agt and 9 Sept (office short forms), a weekday
    before the date, and a date with the hour a spreadsheet kept were refused, the value hidden as a possible name."""
    o = _dates(tmp_path, demo_store_root, ["6 Pebruari 2024", "10 Nopember 2024", "9 Sept 2024", "7 Agt 2024",
                                           "Jum\u2019at, 8 Maret 2024", "05/03/2024 14.30", "2024-03-05 14.30"])
    assert o.accepted, [str(p) for p in o.result.errors]
    assert sorted(o.result.rows.frame()["tanggal"].dt.strftime("%Y-%m-%d")) == [
        "2024-02-06", "2024-03-05", "2024-03-05", "2024-03-08", "2024-08-07", "2024-09-09", "2024-11-10"]
    o = _dates(tmp_path, demo_store_root, ["Banjir, 8 Januari 2024", "8 Pebruary 2024", "Senin, 8 Pebruari",
                                           "05/03/2024 99.99", "Senin, 9 Januari 2024"])
    assert [p.code for p in o.result.errors] == ["bad_date"] * 4 + ["weekday_mismatch"]
    assert o.result.errors[4].reason_en == "this date falls on a Tuesday, not Senin: check the date or the day"
    assert o.result.errors[2].value == "Senin, 8 Pebruari"  # words of a date are shown, the error can be seen
    # A form app's export with its time zone (ODK, Kobo: refused as unreadable; red-team of 2026-12-06), read as the
    # day in Ogan Ilir: 23.10 UTC is 06.10 the next morning in WIB (review of 2026-12-06).
    o = _dates(tmp_path, demo_store_root, ["2024-03-05T09:14:00.000+07:00", "2024-03-06T23:10:00Z"])
    assert o.accepted and sorted(o.result.rows.frame()["tanggal"].dt.strftime("%Y-%m-%d")) == ["2024-03-05", "2024-03-07"]
    # Office spellings of August and September (red-team of 2026-12-06: refused, and the value hidden).
    o = _dates(tmp_path, demo_store_root, ["5 Agust 2024", "7 Sptb 2024", "9 Sep 2024"])
    assert o.accepted, [str(p) for p in o.result.errors]
    assert sorted(o.result.rows.frame()["tanggal"].dt.strftime("%Y-%m-%d")) == ["2024-08-05", "2024-09-07", "2024-09-09"]


def test_the_first_days_of_a_month_written_month_first_are_refused_not_spread_over_months(demo_store_root,
                                                                                         tmp_path):
    """A US-locale export of March's first eight days (3/1/2024 … 3/8/2024) was stored on 3 January … 3 August."""
    o = _dates(tmp_path, demo_store_root, [f"3/{d}/2024" for d in range(1, 9)])
    assert not o.accepted
    assert {p.code for p in o.result.errors} == {"same_day_each_month"}
    assert o.result.errors[0].reason_en == (
        "read day/month/year, the dates in this column fall only on day 3 of 8 different months (e.g. 3/1/2024), yet "
        "they may be written month first (days of a few months only): write 2024-03-05")
    # Two months' first days (February and March) were stored over six months.
    o = _dates(tmp_path, demo_store_root, ["2/3/2025", "2/5/2025", "2/10/2025", "2/12/2025", "3/3/2025", "3/6/2025"])
    assert not o.accepted and {p.code for p in o.result.errors} == {"same_day_each_month"}
    assert "fall only on days 2 and 3 of 5 different months" in o.result.errors[0].reason_en
    # Day first over the same days: one month, many days, read as written.
    o = _dates(tmp_path, demo_store_root, [f"{d}/3/2024" for d in range(1, 9)])
    assert o.accepted and o.result.rows.frame()["tanggal"].dt.month.unique().tolist() == [3]
    # A column a later date shows day first (20/01/2024), and dates with dots, which no US export writes: read.
    for written in (["05/01/2024", "05/02/2024", "05/03/2024", "20/01/2024"], ["01.01.2024", "01.02.2024", "01.03.2024"]):
        o = _dates(tmp_path, demo_store_root, written)
        assert o.accepted, (written, [str(p) for p in o.result.errors])


def test_a_quarter_written_month_first_is_refused_not_spread_over_the_year(demo_store_root, tmp_path):
    """A quarterly log (laporan triwulan) of January to March from a sheet set to US English, every day 12 or less,
    was stored from April to December (red-team of 2026-12-06)."""
    quarter = ["1/4/2024", "1/9/2024", "1/11/2024", "2/2/2024", "2/7/2024", "2/12/2024", "3/1/2024", "3/6/2024",
               "3/12/2024"]
    o = _dates(tmp_path, demo_store_root, quarter)
    assert not o.accepted and {p.code for p in o.result.errors} == {"same_day_each_month"}
    assert "fall only on days 1, 2 and 3 of 8 different months (e.g. 1/4/2024)" in o.result.errors[0].reason_en
    # The same days written day first: a quarter on many days, read as written.
    o = _dates(tmp_path, demo_store_root, [f"{d.split('/')[1]}/{d.split('/')[0]}/2024" for d in quarter])
    assert o.accepted and sorted(o.result.rows.frame()["tanggal"].dt.month.unique()) == [1, 2, 3]
    # Reports handed in on the 5th, 7th or 10th of January to June, day first: months 5, 7 and 10 written month
    # first would be no quarter; read as written, as before (review of 2026-12-06).
    reports = ["5/1/2024", "7/2/2024", "10/3/2024", "5/4/2024", "7/5/2024", "10/6/2024"]
    o = _dates(tmp_path, demo_store_root, reports)
    assert o.accepted, [str(p) for p in o.result.errors]
    assert sorted(o.result.rows.frame()["tanggal"].dt.month) == [1, 2, 3, 4, 5, 6]


def test_dates_excel_may_have_swapped_in_a_month_first_column_are_named_too(demo_store_root, tmp_path):
    """A US CSV opened in an Indonesian Excel: 3/5/2024 became the date 3 May, 3/25/2024 stayed text. Only the text
    cells were named, and a clerk who fixed them sent the others swapped (red-team of 2026-12-06)."""
    o = _dates(tmp_path, demo_store_root, ["2024-05-03", "3/25/2024", "2024-06-03", "2024-03-20", "2024-07-07"])
    assert [(p.code, p.row, p.value) for p in o.result.errors] == [
        ("date_maybe_swapped", 2, "2024-05-03"), ("month_first_date", 3, "3/25/2024"),
        ("date_maybe_swapped", 4, "2024-06-03")]  # a day over 12, or day = month, cannot have been swapped
    assert "Excel may have swapped its day and month" in str(o.result.errors[0])


def test_a_roster_s_first_of_month_starts_written_month_first_are_refused(demo_store_root, tmp_path):
    """7/1/2024, 3/1/2024 and 10/1/2024 (1 July, 1 March, 1 October in US order) were stored as 7, 3 and 10 January:
    the posts counted as active months before their TKSK started (red-team of 2026-12-06)."""
    head = "id_pos,kode_kec,status,tanggal_mulai,tanggal_selesai\n"
    path = tmp_path / "pos.csv"
    path.write_text(head + "TKSK-161004-1,16.10.04,aktif,7/1/2024,\nTKSK-161005-1,16.10.05,aktif,3/1/2024,\n"
                    "TKSK-161006-1,16.10.06,aktif,10/1/2024,\n", encoding="utf-8")
    [o] = check_files([path], reference_for(demo_store_root), today=TODAY)
    assert not o.accepted
    assert [(p.code, p.row, p.column, p.value) for p in o.result.errors] == [
        ("starts_month_first", r, "tanggal_mulai", v) for r, v in ((2, "7/1/2024"), (3, "3/1/2024"), (4, "10/1/2024"))]
    assert "every date in this column falls in January, on days 3, 7 and 10 (e.g. 7/1/2024)" in o.result.errors[0].reason_en
    # Day first (1/7/2024 …), a roster whose posts all started on one 1 January, posts started on 1 and 2 January (an
    # SK's date, the first working day) or on 2 and 8 January: read as written (review of 2026-12-06).
    for starts in (("1/7/2024", "1/3/2024", "1/10/2024"), ("1/1/2024", "1/1/2024", "1/1/2024"),
                   ("01/01/2024", "02/01/2024", "01/01/2024"), ("02/01/2024", "08/01/2024", "02/01/2024")):
        path.write_text(head + "".join(f"TKSK-16100{4 + i}-1,16.10.0{4 + i},aktif,{d},\n" for i, d in enumerate(starts)),
                        encoding="utf-8")
        [o] = check_files([path], reference_for(demo_store_root), today=TODAY)
        assert o.accepted, [str(p) for p in o.result.errors]


def test_a_dash_for_none_is_an_empty_cell(demo_store_root, tmp_path):
    """A clerk types "-" where there is nothing (no household count, no outcome yet, no report month): it was refused
    cell by cell as a wrong format, an unknown code or not a number."""
    log = rows(3)
    log[0].update(jumlah_kk="-", hasil="\u2013", tanggal_hasil=" - ", bulan_laporan="-", kendala="-")
    [o] = check_files([write_csv(tmp_path / "strip.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors]
    first = o.result.rows.frame().sort_values("id_log").iloc[0]
    assert first[["jumlah_kk", "hasil", "tanggal_hasil", "bulan_laporan", "kendala"]].isna().all()


def test_a_database_null_marker_is_an_empty_cell(demo_store_root, tmp_path):
    """A MySQL or PostgreSQL dump writes NULL or \\N, a script's export "undefined": a note of "NULL" was stored
    as "[nama disamarkan]", and a date of NULL refused as unreadable (red-team of 2026-12-06)."""
    log = rows(3)
    log[0].update(jumlah_kk="NULL", hasil="\\N", tanggal_hasil="null", bulan_laporan="undefined", kendala="NULL")
    log[1].update(kendala="undefined")
    [o] = check_files([write_csv(tmp_path / "dump.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors]
    frame = o.result.rows.frame().sort_values("id_log")
    assert frame.iloc[0][["jumlah_kk", "hasil", "tanggal_hasil", "bulan_laporan", "kendala"]].isna().all()
    assert pd.isna(frame.iloc[1]["kendala"]) and not any(p.code == "text_scrubbed" for p in o.result.problems)


@pytest.mark.parametrize("marker", ["NA", "N/A", "n/a", "nan", "NaN", "None"])
def test_a_scripts_missing_value_marker_is_an_empty_cell(demo_store_root, tmp_path, marker):
    """R's write.csv writes NA for a missing value, a Python script that made every cell text nan or None: a count
    of NA was refused as not a number and a note of "None" kept as a note."""
    log = rows(3)
    log[0].update(jumlah_kk=marker, hasil=marker, tanggal_hasil=marker, bulan_laporan=marker, jam=marker, kendala=marker)
    [o] = check_files([write_csv(tmp_path / "script.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors]
    first = o.result.rows.frame().sort_values("id_log").iloc[0]
    assert first[["jumlah_kk", "hasil", "tanggal_hasil", "bulan_laporan", "jam", "kendala"]].isna().all()


def test_an_excel_error_shown_as_text_is_not_taken_for_an_empty_cell(demo_store_root, tmp_path):
    """#N/A in a CSV saved from Excel is a formula that failed: the cell is named, not read as blank."""
    log = rows(3)
    log[1].update(jumlah_orang="#N/A")
    [o] = check_files([write_csv(tmp_path / "failed.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert not o.accepted
    assert [(p.row, p.column, p.value) for p in o.result.errors] == [(3, "jumlah_orang", "#N/A")]


def test_an_excel_day_number_in_a_date_column_is_said_with_its_date(demo_store_root, tmp_path):
    """A date column reset to General shows 45356; the message said only "unparseable date"."""
    o = _dates(tmp_path, demo_store_root, ["45356", "2024-03-06", "45358"])
    assert [(p.code, p.value) for p in o.result.errors] == [("date_serial", "45356"), ("date_serial", "45358")]
    assert "if 2024-03-05 is meant, format the column as Date" in o.result.errors[0].reason_en


def test_a_row_repeating_the_column_titles_is_skipped_and_said(demo_store_root, tmp_path):
    """A second header row of labels under the codes gave fifteen errors on row 2, one per column; a header pasted
    again above a second month the same."""
    from tksk import schema

    labels = {c: col.title for c, col in schema.columns(schema.LogRow).items()}
    log = [labels] + rows(2) + [dict(zip(labels, labels))] + [dict(r, id_log=r["id_log"] + "B") for r in rows(2)]
    [o] = check_files([write_csv(tmp_path / "dua_judul.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors]
    assert len(o.result.rows) == 4
    assert "recognised: rows 2, 5 repeat the column titles and were skipped" in [p.reason_en for p in o.result.problems]


def test_bare_number_ids_are_accepted_with_a_note(demo_store_root, tmp_path):
    """Ids 1, 2, 3 pass in one file; the next TKSK's file numbered the same way is refused. Said at the first."""
    log = [dict(r, id_log=str(i + 1)) for i, r in enumerate(rows(3))]
    [o] = check_files([write_csv(tmp_path / "nomor.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted
    [note] = [p for p in o.result.problems if p.code == "bare_number_ids"]
    assert (note.row, note.value, note.is_error) == (2, "1", False)
    [o] = check_files([write_csv(tmp_path / "kode.csv", rows(3))], reference_for(demo_store_root), today=TODAY)
    assert not [p for p in o.result.problems if p.code == "bare_number_ids"]


@pytest.mark.parametrize("tail, code", [
    # A value with ">" in it makes no cell empty: the cell at XFD3000 holds 1 (a reader then built a 3000 × 16384 grid).
    (b'<row r="5"><c r="XFD5" x="/>" t="n"><v>1</v></c></row>', "sheet_too_big"),
    # Tags left open by the hundred thousand: each pattern stops at the next "<" (the percent and error-cell
    # patterns searched on to the next ">" and took minutes).
    (b'<row r="5"><c r="A5" t="n"><v>1</v></c>' + b'<c s="1"' * 100_000 + b"/></row>", None),
    (b'<row r="5"><c r="A5" t="n"><v>1</v></c>' + b'<c t="e" ' * 100_000 + b"/></row>", None),
])
def test_cells_written_to_mislead_the_guard_are_read_as_a_reader_reads_them(demo_store_root, tmp_path, tail, code):
    path = h.cells_appended(tmp_path / "licik.xlsx", tail)
    [o] = check_files([path], reference_for(demo_store_root), today=TODAY)
    assert [p.code for p in o.result.errors if p.code == "sheet_too_big"] == ([code] if code else [])


@pytest.mark.parametrize("code", [b"[" * 200_000, b'"' + b"x" * 200_000, b"[" * 100_000 + b'"' * 100_001],
                         ids=["brackets", "quote", "both"])
def test_a_number_format_left_open_is_read_in_one_pass(demo_store_root, tmp_path, code):
    """A custom number format of 200,000 opening brackets took 25 s (its pattern scanned the rest of the code from
    each one): a part left open runs to the end of the code in one match, and the log is read as usual."""
    path = h.xlsx(tmp_path / "format.xlsx", rows(3))
    fmt = b'<numFmts count="1"><numFmt numFmtId="200" formatCode="' + code.replace(b'"', b"&quot;") + b'"/></numFmts>'
    h.rewrite_part(path, "xl/styles.xml", lambda x: re.sub(rb"(<styleSheet[^>]*>)", lambda m: m.group(1) + fmt, x, count=1))
    [o] = check_files([path], reference_for(demo_store_root), today=TODAY)
    assert o.accepted, [str(p) for p in o.result.errors]


@pytest.mark.parametrize("swap", [("jumlah_orang", "jumlah_kk"), ("jam", "jumlah_orang")])
def test_a_header_pasted_again_with_columns_in_another_order_is_refused(demo_store_root, tmp_path, swap):
    """A second month pasted under the first from a template with two columns swapped: the row was skipped as a
    repeated header and the rows under it stored with people as families (or hours as people)."""
    header = dict(zip(GOOD, GOOD))
    header[swap[0]], header[swap[1]] = swap[1], swap[0]
    log = rows(2) + [header] + [dict(r, id_log=r["id_log"] + "B") for r in rows(2)]
    [o] = check_files([write_csv(tmp_path / "dua_bulan.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert not o.accepted
    first, other = sorted(swap, key=list(GOOD).index)  # the first column, left to right, holding another's title
    assert [(p.code, p.row, p.column, p.value) for p in o.result.errors] == [("titles_moved", 4, first, other)]
    assert "order the columns as in the header in row 1" in o.result.errors[0].reason_en


def test_a_strict_open_xml_workbook_is_refused_saying_how_to_save_it(demo_store_root, tmp_path):
    """Excel's "Strict Open XML Spreadsheet" (a Save As choice) was refused as having no visible worksheet."""
    import zipfile

    plain = write_xlsx(tmp_path / "biasa.xlsx", rows(3))
    strict = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(strict, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith(".xml"):
                data = data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            dst.writestr(item, data)
    [o] = check_files([strict], reference_for(demo_store_root), today=TODAY)
    assert [p.code for p in o.result.errors] == ["xlsx_strict"]
    assert 'save it as "Excel Workbook (*.xlsx)"' in o.result.errors[0].reason_en


def test_facilitation_rows_that_served_nobody_are_kept_with_one_note(demo_store_root, tmp_path):
    """0 people and 0 families on a home visit is more often "not counted" than nobody served: the rows passed in
    silence and their kecamatan ranked least served at 0,0. Kept, said once with how many rows and the first."""
    log = rows(6)
    counts = [("2", "1"), ("0", "0"), ("0", ""), ("", "0"), ("3", "0"), ("", "")]
    for r, (people, families) in zip(log, counts):
        r.update(jumlah_orang=people, jumlah_kk=families)
    log.append(dict(GOOD, id_log="T-0099", fungsi="koordinasi", jenis_kegiatan="rapat_kecamatan", program="",
                    kategori_ppks="", kode_desa="", jumlah_orang="0", jumlah_kk="0", hasil=""))
    [o] = check_files([write_csv(tmp_path / "nol.csv", log)], reference_for(demo_store_root), today=TODAY)
    assert o.accepted and len(o.result.rows) == 7
    [note] = [p for p in o.result.problems if p.code == "served_nobody"]
    assert (note.row, note.column, note.value, note.is_error) == (3, "jumlah_orang", "0", False)
    assert "(rows like this in the file: 3)" in note.reason_en and "kurang isian (A4)" in note.reason_id
    [o] = check_files([write_csv(tmp_path / "isi.csv", rows(3))], reference_for(demo_store_root), today=TODAY)
    assert not [p for p in o.result.problems if p.code == "served_nobody"]


def test_a_style_numbered_with_superscript_digits_is_read_not_an_internal_error(tmp_path, demo_store_root):
    """numFmtId="²" in styles.xml: "²".isdigit() is true and int("²") raised, shown as an internal error."""
    def superscript(styles: bytes) -> bytes:
        changed = re.sub(rb'numFmtId="[0-9]+"', 'numFmtId="²"'.encode(), styles)
        assert "²".encode() in changed
        return changed

    bad = h.rewrite_part(write_xlsx(tmp_path / "styles.xlsx", rows(2)), "xl/styles.xml", superscript)
    [report] = check_files([bad], reference_for(demo_store_root), today=TODAY)
    assert report.accepted, report.result.errors[:3]


@pytest.mark.parametrize("line, lines", [(b"a,\n", 700_000), (b'a,"",\n', 350_000), (b"a\r\n", 500_000), (b",", 0)],
                         ids=["lines_a_comma", "lines_escaped_quotes", "lines_crlf", "row_of_commas"])
def test_a_quote_left_open_over_short_lines_or_a_row_of_commas_is_refused_in_memory_near_the_file_size(line, lines):
    """A 24 MB file with one quote left open and 8 million short lines after it took 1 GB to refuse (the cell's
    text split into a string per line, copied to search it, read again as a StringIO of 4 bytes a letter); a row of
    24 million commas took half a GB, its cells built as a list (red-team of 2026-12-06). The same messages, with
    the Python memory the reading takes bounded by a few times the file's size (tracemalloc: Arrow's own buffers
    aside), at 2 MB here."""
    import tracemalloc

    from tksk.logs.text import read_text
    from tksk.problems import InputRejected

    text = h.csv_text(rows(2))
    head = (text.replace(",Jalan rusak", ',"Jalan rusak', 1) if lines else text.rstrip("\n")).encode()
    tail = line * (lines or 2_000_000)
    data = head + tail
    tracemalloc.start()
    try:
        with pytest.raises(InputRejected) as refused:
            read_text(data, "kutip.csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    [p] = refused.value.problems
    if lines:
        assert (p.code, p.row, p.column) == ("unclosed_quote", 2, "kendala")
        assert f"baris 3 sampai {lines + 3} sesudahnya" in p.reason_id, p.reason_id
    else:
        assert (p.code, p.row) == ("ragged_row", 3)
        assert f"this row has {len(tail) + 16} cells, the header 16 columns" in p.reason_en
    assert peak < 4 * len(data), (peak, len(data))
