"""CSV files as clerks' tools leave them: a header cell wrapped with Alt+Enter, a quote opened in Notepad and never
closed, a UTF-8 file with a row typed in Windows-1252. Each is read as the clerk meant it or refused naming the
row and the column, never accepted with rows lost or text garbled."""

import pandas as pd

import hostile as h
from etl.importer import check_files, import_files, reference_for
from helpers import TODAY, imported_log, rows


def check(store_root, path):
    [o] = check_files([path], reference_for(store_root), today=TODAY)
    return o


def errors(o):
    return [p for p in o.result.problems if p.is_error]


# --- A header cell holding a line break (Excel's Alt+Enter, saved as a quoted cell) -------------------------------


def wrapped_header(p, records, **titles):
    df = pd.DataFrame(records).rename(columns=titles)
    return h.text_file(p, df.to_csv(index=False, lineterminator="\n"))


def test_a_header_cell_with_a_line_break_is_one_title(demo_store_root, tmp_path):
    path = wrapped_header(tmp_path / "judul_dua_baris.csv", rows(3, jumlah_orang="7"),
                          jumlah_orang="Jumlah orang\ndilayani", jam="Jam\nkerja")
    o = check(demo_store_root, path)
    assert o.accepted, [str(p) for p in o.result.problems]
    assert o.result.frame["jumlah_orang"].tolist() == [2, 7, 2]
    assert o.result.frame["jam"].tolist() == [2.5] * 3
    assert not [p for p in o.result.problems if p.code in ("unknown_column", "ragged_row")]


def test_rows_under_a_wrapped_header_keep_their_spreadsheet_numbers(demo_store_root, tmp_path):
    # The header takes two lines of text but one spreadsheet row: the second data row is row 3.
    path = wrapped_header(tmp_path / "judul_dua_baris.csv", rows(3, kode_kec="16.10.99"),
                          jumlah_orang="Jumlah orang\r\ndilayani")
    o = check(demo_store_root, path)
    assert not o.accepted
    assert [(p.row, p.column, p.value) for p in errors(o) if p.code == "unknown_kecamatan"] == [(3, "kode_kec", "16.10.99")]
    assert not [p for p in o.result.problems if p.code == "ragged_row"]


def test_a_wrapped_header_below_title_rows(demo_store_root, tmp_path):
    df = pd.DataFrame(rows(3, jam="x")).rename(columns={"kendala": "Kendala\ndi lapangan", "jam": "jam"})
    path = h.text_file(tmp_path / "judul.csv", "LAPORAN KEGIATAN TKSK;;;\n\n" + df.to_csv(index=False, sep=";",
                                                                                         lineterminator="\n"))
    o = check(demo_store_root, path)
    assert [(p.row, p.column, p.value) for p in errors(o) if p.code == "bad_number"] == [(5, "jam", "x")]
    assert "header in row 3" in " ".join(str(p) for p in o.result.problems if p.code == "recognised")


def test_a_quote_left_open_in_a_title_row_does_not_hide_the_header(demo_store_root, tmp_path):
    path = h.text_file(tmp_path / "judul.csv", '"LAPORAN KEGIATAN TKSK\n' + h.csv_text(rows(3)))
    o = check(demo_store_root, path)
    assert o.accepted, [str(p) for p in o.result.problems]
    assert o.result.frame["id_log"].tolist() == ["T-0001", "T-0002", "T-0003"]
