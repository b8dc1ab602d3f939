"""Templates a clerk fills in: the activity log, the post roster and the need counts (kebutuhan), as CSV and XLSX.

Both are generated from tksk.schema, so a column added there appears here, in the README and in
the validation at once. The XLSX has drop-down lists for every coded column and a sheet that
explains each column in Indonesian.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import xlsxwriter

from tksk import schema, vocab

MAX_TEMPLATE_ROWS = 5000
# File stem, model, and the sheet the reader picks by its name.
TEMPLATES = (("template_log_kegiatan", schema.LogRow, "log"), ("template_daftar_pos", schema.RosterRow, "roster"),
             ("template_kebutuhan", schema.KebutuhanRow, "kebutuhan"))


def _code_lists(kecamatan: pd.DataFrame, desa: pd.DataFrame) -> dict[str, list[tuple[str, str]]]:
    lists = {f"code:{name}": [(k, v[0]) for k, v in getattr(vocab, name).items()]
             for name in ("FUNCTIONS", "ACTIVITIES", "PROGRAMMES", "PPKS", "OUTCOMES", "POST_STATUS")}
    lists["kecamatan"] = list(zip(kecamatan["kode_kec"], kecamatan["nama_kec"]))
    d = desa.sort_values("kode_desa")
    lists["desa"] = list(zip(d["kode_desa"], d["nama_desa"] + " (" + d["nama_kec"] + ")"))
    return lists


def write_csv(model, path: Path) -> None:
    pd.DataFrame([schema.example_row(model)]).to_csv(path, index=False, encoding="utf-8-sig")


def write_xlsx(model, path: Path, kecamatan: pd.DataFrame, desa: pd.DataFrame, sheet: str) -> None:
    cols = schema.columns(model)
    lists = _code_lists(kecamatan, desa)
    wb = xlsxwriter.Workbook(str(path))
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    text = wb.add_format({"num_format": "@"})
    ws = wb.add_worksheet(sheet)
    codes = wb.add_worksheet("kode")
    guide = wb.add_worksheet("petunjuk")
    # Code lists, one pair of columns each, referenced by the drop-downs.
    ranges = {}
    for j, (kind, items) in enumerate(lists.items()):
        codes.write(0, 2 * j, kind.replace("code:", ""), head)
        codes.write(0, 2 * j + 1, "label", head)
        for i, (code, lab) in enumerate(items, start=1):
            codes.write_string(i, 2 * j, code)
            codes.write_string(i, 2 * j + 1, lab)
        letter = xlsxwriter.utility.xl_col_to_name(2 * j)
        ranges[kind] = f"=kode!${letter}$2:${letter}${len(items) + 1}"
    example = schema.example_row(model)
    for j, (name, c) in enumerate(cols.items()):
        ws.write_string(0, j, name, head)
        ws.set_column(j, j, max(14, len(name) + 4), text if c.metadata.get("kind") not in ("count", "hours") else None)
        value = example[name]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            ws.write_number(1, j, value)
        else:
            ws.write_string(1, j, str(value))
        ws.write_comment(0, j, f"{c.title} / {c.metadata['en']}\n{c.description}")
        kind = c.metadata.get("kind")
        if kind in ranges:
            ws.data_validation(1, j, MAX_TEMPLATE_ROWS, j, {
                "validate": "list", "source": ranges[kind], "error_type": "stop",
                "error_title": "Kode tidak dikenal", "error_message": "Pilih kode dari daftar (lembar 'kode')."})
        elif kind in ("count", "hours"):
            bounds = next((chk.statistics for chk in c.checks if chk.name == "in_range"), None)
            ws.data_validation(1, j, MAX_TEMPLATE_ROWS, j, {
                "validate": "integer" if bounds else "decimal", "criteria": "between",
                "minimum": bounds["min_value"] if bounds else 0,
                "maximum": bounds["max_value"] if bounds else 24 if kind == "hours" else 1e7,
                "error_message": "Isi angka tidak negatif." if not bounds else
                f"Isi tahun {bounds['min_value']} sampai {bounds['max_value']}."})
    ws.freeze_panes(1, 0)
    guide.set_column(0, 0, 20)
    guide.set_column(1, 2, 28)
    guide.set_column(3, 3, 90)
    for j, h in enumerate(["kolom", "label", "label (English)", "penjelasan", "wajib?"]):
        guide.write(0, j, h, head)
    for i, (name, c) in enumerate(cols.items(), start=1):
        guide.write_row(i, 0, [name, c.title, c.metadata["en"], c.description,
                               "wajib" if c.metadata.get("required_in_file") else ""])
    note = len(cols) + 2
    guide.write(note, 0, "Catatan", head)
    guide.write(note, 3, "Jangan menulis nama, NIK, nomor KK, alamat atau nomor telepon warga di berkas ini; "
                         "kolom semacam itu dibuang saat impor. Tanggal: 2024-03-05 atau 05/03/2024.")
    # Excel's fill handle counts up text ending in a number: TKSK-161004-1 dragged down became -2, -3 … (red-team
    # round 9), each a post of its own; a desa code dragged down becomes the next desa, which no check can see.
    guide.write(note + 1, 3, "Jangan menarik isi otomatis (sel ditarik ke bawah) di kolom kode dan ID pos: Excel "
                             "menaikkan angkanya (TKSK-161004-1 menjadi TKSK-161004-2, 16.10.04.2007 menjadi "
                             "16.10.04.2008). Salin nilainya (Ctrl+C, Ctrl+V) atau pilih dari daftar.")
    codes.hide()
    codes.protect()
    wb.close()


def write_templates(out: Path, kecamatan: pd.DataFrame, desa: pd.DataFrame) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, model, sheet in TEMPLATES:
        write_csv(model, out / f"{stem}.csv")
        write_xlsx(model, out / f"{stem}.xlsx", kecamatan, desa, sheet)
        written += [out / f"{stem}.csv", out / f"{stem}.xlsx"]
    return written
