"""Problems found in an input file, each with file, spreadsheet row, column, value and a reason
in Indonesian and English. Every message template lives here."""

from __future__ import annotations

import re
import string
from dataclasses import asdict, dataclass
from functools import lru_cache

from tksk import pii

MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("berkas tidak ditemukan", "file not found"),
    "not_a_file": ("ini bukan berkas biasa (folder, pipa atau perangkat): pilih berkas CSV atau XLSX",
                   "this is not a regular file (a folder, a pipe or a device): choose a CSV or XLSX file"),
    "zero_bytes_end": ("berkas berakhir dengan byte nol mulai baris ini: salinannya tampaknya terpotong; salin ulang "
                       "berkasnya dari komputer asal", "the file ends in zero bytes from this row on: the copy looks cut "
                       "short; copy the file again from the computer it was made on"),
    "zero_bytes": ("berkas berisi byte nol mulai baris ini: salinannya tampaknya rusak; salin ulang berkasnya dari "
                   "komputer asal", "the file holds zero bytes from this row on: the copy looks damaged; copy the file "
                   "again from the computer it was made on"),
    "not_table": ("bukan berkas CSV atau XLSX melainkan {what}; kirim CSV atau XLSX yang dibuat dari templat",
                  "not a CSV or XLSX file but {what_en}; send a CSV or XLSX made from the template"),
    "xls_old": ("berkas Excel lama (.xls); buka di Excel lalu Simpan Sebagai \"Buku Kerja Excel (.xlsx)\"",
                "old Excel file (.xls); open it in Excel and Save As \"Excel Workbook (.xlsx)\""),
    "encrypted": ("berkas Excel dilindungi kata sandi; buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku "
                  "Kerja), simpan, lalu kirim lagi", "password-protected Excel file; remove the password in Excel (File > "
                  "Info > Protect Workbook), save, and send it again"),
    "too_large": ("berkas lebih dari {limit} MB; pecah per bulan", "file larger than {limit} MB; split it by month"),
    "too_many_rows": ("lebih dari {limit} baris; pecah per bulan", "more than {limit} rows; split it by month"),
    "empty_columns_after": ("{n} kolom tanpa judul sesudah kolom {col_last} (area terpakai Excel yang lebih lebar dari "
                            "tabel): hapus kolom {col_first} sampai {col_end} di Excel, lalu simpan ulang sebagai CSV",
                            "{n} untitled columns after column {col_last} (Excel's used range is wider than the "
                            "table): delete columns {col_first} to {col_end} in Excel, then save as CSV again"),
    "too_many_columns": ("lebih dari {limit} kolom; hapus kolom yang tidak ada di templat",
                         "more than {limit} columns; remove the columns that are not in the template"),
    "xlsx_unpacked": ("isi XLSX lebih dari {limit} MB setelah dibuka; simpan ulang di Excel atau kirim CSV",
                      "XLSX content larger than {limit} MB once unpacked; save it again in Excel or send a CSV"),
    "xlsx_ratio": ("isi XLSX dimampatkan tidak wajar ({ratio}:1); bukan berkas Excel biasa",
                   "XLSX content compressed abnormally ({ratio}:1); not an ordinary Excel file"),
    "xlsx_members": ("XLSX berisi {n} bagian (batas {limit}); bukan berkas Excel biasa",
                     "XLSX holds {n} parts (limit {limit}); not an ordinary Excel file"),
    "xlsx_strings": ("XLSX menyatakan {n} teks bersama dalam bagian sebesar {size} byte; berkas rusak atau bukan buatan "
                     "Excel: buka dan simpan ulang di Excel, atau kirim CSV",
                     "XLSX declares {n} shared strings in a part of {size} bytes; the file is damaged or not written by "
                     "Excel: open and save it again in Excel, or send a CSV"),
    "sheet_too_big": ("lembar {sheet} memakai area sampai {area}; batas {rows} baris × {cols} kolom: hapus isi atau format "
                      "di luar tabel, atau pecah per bulan", "sheet {sheet_en} uses cells up to {area}; the limit is {rows} rows "
                      "× {cols} columns: clear whatever lies outside the table, or split it by month"),
    "sheet_far_blank_cell": ("lembar {sheet}: sel {cell}, jauh di luar tabel, berisi spasi saja (tidak terlihat), "
                             "sehingga lembar terbaca sampai sel itu; batas {rows} baris × {cols} kolom: pergi ke sel itu "
                             "(ketik {cell} di Kotak Nama, kiri atas di samping kotak rumus, lalu Enter; atau tekan "
                             "Ctrl+End), tekan Delete, simpan, lalu kirim lagi",
                             "sheet {sheet_en}: cell {cell}, far outside the table, holds only spaces (invisible), so "
                             "the sheet reads up to that cell; the limit is {rows} rows × {cols} columns: go to that cell "
                             "(type {cell} in the Name Box, top left beside the formula bar, and press Enter; or press "
                             "Ctrl+End), press Delete, save, and send it again"),
    "xlsx_unreferenced": ("lembar {sheet} berisi sel tanpa alamat (ditulis program ekspor, bukan Excel) dengan rumus, "
                          "galat atau format persen, bulan atau coret yang tidak bisa diperiksa per sel: buka dan simpan "
                          "ulang di Excel atau LibreOffice, atau kirim CSV",
                          "sheet {sheet_en} holds cells without a reference (written by an export program, not Excel) "
                          "with formulas, errors or percent, month or struck formats that cannot be checked cell by cell: "
                          "open and save it again in Excel or LibreOffice, or send a CSV"),
    "no_sheet": ("tidak ada lembar kerja yang terlihat", "no visible worksheet"),
    "other_sheets": ("lembar lain selain {sheet} juga berisi {kind}: {others}; hanya satu lembar yang dibaca: kirim "
                     "satu lembar per berkas atau salin semua baris ke satu lembar",
                     "sheets other than {sheet} hold {kind_en} rows too: {others_en}; only one sheet is read: send one "
                     "sheet per file or copy all the rows into one sheet"),
    "empty": ("berkas kosong (tidak ada baris data)", "empty file (no data rows)"),
    "encoding": ("penyandian teks tidak dikenali (pakai UTF-8, UTF-16 atau Windows-1252)",
                 "unknown text encoding (use UTF-8, UTF-16 or Windows-1252)"),
    "not_utf8": ("baris {at} {where} berisi huruf yang bukan UTF-8 (byte {byte}, '{letter}' dalam Windows-1252) di "
                 "berkas yang selebihnya UTF-8, mis. baris yang diketik atau ditempel dari berkas lain; simpan berkas "
                 "sebagai CSV UTF-8 lalu periksa huruf itu",
                 "row {at} {where_en} holds a character that is not UTF-8 (byte {byte}, '{letter}' in Windows-1252) "
                 "in a file otherwise UTF-8, e.g. a row typed or pasted from another file; save the file as CSV "
                 "UTF-8 and check that character"),
    "unreadable": ("berkas tidak dapat dibaca: {detail}", "file cannot be read: {detail}"),
    "cell_out_of_range": ("sebuah sel di baris ini berisi tanggal, jam atau lama waktu di luar rentang yang bisa dibaca "
                          "(angka yang sangat besar dalam sel berformat tanggal atau waktu?): periksa sel baris ini, "
                          "ubah formatnya ke Umum/Angka atau ketik ulang nilainya",
                          "a cell in this row holds a date, time or duration beyond what can be read (a very large "
                          "number in a cell formatted as a date or time?): check this row's cells, set their format "
                          "to General/Number or type the value again"),
    "ragged_row": ("baris ini berisi {got} sel, kepala tabel {expected} kolom (tanda kutip atau pemisah berlebih?)",
                   "this row has {got} cells, the header {expected} columns (a stray quote or separator?)"),
    "unclosed_quote": ("tanda kutip dibuka di baris {at} kolom {col} tetapi tidak ditutup{lost}: hapus tanda kutip itu "
                       "atau tutup di akhir teks selnya, lalu kirim lagi",
                       "a quote opened in row {at} column {col} is never closed{lost_en}: delete that quote or close "
                       "it at the end of the cell's text, then send the file again"),
    "missing_column": ("kolom wajib tidak ada", "required column missing"),
    "header_too_low": ("kepala tabel ada di baris ini, di bawah {search_rows} baris pertama tempat judul kolom dicari: "
                       "hapus baris di atasnya (kop surat, baris kosong) lalu kirim lagi",
                       "the header is in this row, below the first {search_rows} rows where column titles are looked "
                       "for: delete the rows above it (letterhead, blank lines) and send the file again"),
    "no_header": ("tidak ada satu pun judul kolom yang dikenal di {search_rows} baris pertama: berkas tampaknya tanpa "
                  "baris judul (isinya tidak diulang di sini). Salin baris judul dari templat (python -m etl template) ke "
                  "atas data", "not one known column title in the first {search_rows} rows: the file seems to have no "
                  "header row (its content is not repeated here). Copy the header row of the template (python -m etl "
                  "template) above the data"),
    "separator_pipe": ("judul kolom dipisah dengan tanda | (garis tegak), yang tidak didukung: simpan berkas sebagai "
                       "CSV dengan koma atau titik koma (di Excel: Simpan Sebagai > CSV), lalu kirim lagi",
                       "the column titles are separated by | (a vertical bar), which is not supported: save the file "
                       "as CSV with commas or semicolons (in Excel: Save As > CSV), then send it again"),
    "duplicate_column": ("kolom muncul lebih dari sekali", "column appears more than once"),
    "duplicate_column_as": ("judul ini dibaca sebagai kolom {target}, seperti judul '{other}' (kolom ke-{position}): "
                            "hapus salah satunya, atau ganti judulnya bila isinya lain",
                            "this title is read as column {target}, as is the title '{other}' (column {position}): "
                            "delete one of them, or retitle it if it holds something else"),
    "personal_data_column": ("kolom data pribadi ({kind}) dibuang, tidak disimpan",
                             "personal-data column ({kind_en}) dropped, not stored"),
    "unknown_column": ("kolom tidak dikenal dibuang{hint}", "unknown column dropped{hint}"),
    "figure_column_missing": ("kolom {name} ({label}) tidak ada, sedangkan kolom {others} berisi angka dengan judul tak "
                              "dikenal: bila itu {label}, ubah judulnya menjadi {name}; bila bukan, tambahkan kolom "
                              "{name} (boleh kosong) agar tidak ada angka yang hilang",
                              "column {name} ({label}) is missing while column {others} holds numbers under an unknown "
                              "title: if it holds the {label}, rename it {name}; if not, add a column {name} (it may "
                              "stay empty) so that no figure is lost"),
    "hours_in_minutes": ("judul kolom menyebut menit, sedangkan {label} diisi dalam jam (90 menit = 1,5): ubah isinya ke "
                         "jam dan judulnya menjadi jam", "the title says minutes while {label} is filled in hours (90 "
                         "minutes = 1.5): convert it to hours and retitle it jam"),
    "hours_as_clock_time": ("judul kolom menyebut '{word}', jadi isinya jam pada hari itu (08.00), sedangkan {label} "
                            "diisi lamanya kegiatan dalam jam (2,5): isi lamanya dan judulnya menjadi jam",
                            "the title says '{word}', so it holds a time of day (08.00), while {label} is filled with "
                            "the activity's length in hours (2.5): fill in the length and retitle it jam"),
    "hours_in_other_unit": ("judul kolom menyebut satuan '{unit}', sedangkan {label} diisi dalam jam (1 hari kerja = "
                            "jam kerjanya, mis. 8): ubah isinya ke jam dan judulnya menjadi jam",
                            "the title names the unit '{unit}' while {label} is filled in hours (1 working day = its "
                            "hours, e.g. 8): convert it to hours and retitle it jam"),
    "month_first_title": ("judul kolom menyebut bulan sebelum hari, sedangkan tanggal dibaca hari/bulan/tahun: tulis "
                          "tanggal sebagai 2024-03-05 (tahun-bulan-hari) dan hapus urutan itu dari judulnya",
                          "the title puts the month before the day while dates are read day/month/year: write dates "
                          "as 2024-03-05 (year-month-day) and remove that order from the title"),
    "kind_mismatch": ("berkas ini tampaknya {found}, bukan {expected}", "this file looks like a {found_en}, not a {expected_en}"),
    "recognised": ("dikenali: {what}", "recognised: {what_en}"),
    "closing_rows": ("dikenali: baris {rows} di bawah tabel hampir kosong, tanpa ID, angka atau tanggal (tanda tangan atau "
                     "keterangan), dan dilewati", "recognised: {rows_en} under the table {are} nearly empty, with no ID, "
                     "figure or date (a signature or a note), and {were} skipped"),
    "required": ("wajib diisi", "required"),
    "template_example": ("baris contoh dari templat: hapus baris ini, isi data mulai baris sesudahnya",
                         "the template's example row: delete this row and fill the data from the row after it"),
    "totals_row": ("baris jumlah ('{word}', {n} kolom wajib kosong): hapus baris ini, dashboard menjumlahkan sendiri",
                   "a totals row ('{word}', {n} required columns empty): delete it, the dashboard adds up by itself"),
    "no_such_day": ("tanggal {day} tidak ada di bulan {month}/{year} (bulan itu {last} hari): periksa tanggal atau bulannya",
                    "day {day} does not exist in month {month}/{year} (it has {last} days): check the day or the month"),
    "bad_date": ("tanggal tidak dapat dibaca (pakai 2024-03-05 atau 05/03/2024)", "unparseable date (use 2024-03-05 or 05/03/2024)"),
    "future_date": ("tanggal di masa depan", "date in the future"),
    "date_serial": ("angka tanggal Excel (sel berformat Umum/General): bila maksudnya {date}, format kolomnya sebagai "
                    "Tanggal lalu simpan lagi, atau ketik {date}", "a date number from Excel (cell formatted General): if "
                    "{date} is meant, format the column as Date and save again, or type {date}"),
    "date_serial_time": ("angka tanggal dan jam Excel (sel berformat Umum/General): dibaca {date} pukul {time}; log "
                         "mencatat harinya saja: bila maksudnya {date}, format kolomnya sebagai Tanggal lalu simpan "
                         "lagi, atau ketik {date}", "a date and time number from Excel (cell formatted General): read "
                         "as {date} at {time_en}; a log records the day only: if {date} is meant, format the column "
                         "as Date and save again, or type {date}"),
    "times_in_utc": ("waktu di kolom ini ditulis dengan zona waktu, bukan WIB ({n} baris, mis. baris ini; biasanya UTC "
                     "dari ekspor aplikasi formulir): dibaca menurut zonanya dan disimpan sebagai tanggal di Ogan Ilir "
                     "(WIB, UTC+7). {moved} di antaranya jatuh pada hari lain dari yang tertulis (mis. baris "
                     "{moved_row}: {example} WIB), di akhir bulan juga pada bulan lain; bila waktunya sebenarnya "
                     "sudah WIB, tulis tanggalnya saja lalu impor lagi sebagai koreksi",
                     "the times in this column are written with a time zone, not WIB (rows: {n}, e.g. this one; "
                     "usually UTC from a form app's export): read as UTC (or their zone) and stored as the day in Ogan "
                     "Ilir (WIB, UTC+7). {moved} of them fall on another day than written (e.g. row {moved_row}: "
                     "{example} WIB), on a month's last day in another month too; if the times are WIB already, "
                     "write the date alone and import again as a correction"),
    "times_in_utc_same_day": ("waktu di kolom ini ditulis dengan zona waktu, bukan WIB ({n} baris, mis. baris ini; "
                              "biasanya UTC dari ekspor aplikasi formulir): dibaca menurut zonanya dan disimpan sebagai "
                              "tanggal di Ogan Ilir (WIB, UTC+7); semuanya tetap pada hari yang tertulis",
                              "the times in this column are written with a time zone, not WIB (rows: {n}, e.g. this "
                              "one; usually UTC from a form app's export): read as UTC (or their zone) and stored as "
                              "the day in Ogan Ilir (WIB, UTC+7); each stays on the day written"),
    "same_day_each_month": ("dibaca hari/bulan/tahun, tanggal di kolom ini hanya tanggal {days} di {months} bulan "
                            "berbeda (mis. {example}), padahal bisa juga ditulis bulan dulu (hari-hari dari beberapa "
                            "bulan saja): tulis 2024-03-05", "read day/month/year, the dates in this column fall only on "
                            "{days_en} of {months} different months (e.g. {example}), yet they may be written month "
                            "first (days of a few months only): write 2024-03-05"),
    "starts_month_first": ("dibaca hari/bulan/tahun, semua tanggal di kolom ini jatuh di bulan Januari, pada tanggal "
                           "{days} (mis. {example}), padahal pos biasanya mulai tanggal 1: tampaknya ditulis "
                           "bulan dulu (7/1/2024 = 1 Juli). Tulis 2024-07-01",
                           "read day/month/year, every date in this column falls in January, on {days_en} (e.g. "
                           "{example}), yet posts usually start on the 1st: they look written month first (7/1/2024 "
                           "= 1 July). Write 2024-07-01"),
    "same_day_cells": ("sel tanggal di kolom ini hanya jatuh pada tanggal {days} di {months} bulan berbeda (mis. {example}): "
                       "tampaknya Excel berbahasa Inggris (AS) menukar hari dan bulannya (04/03/2025 menjadi 3 April). "
                       "Ketik tanggalnya sebagai teks 2025-03-04, atau ubah setelan wilayah Windows ke Indonesia lalu "
                       "ketik ulang", "the date cells of this column fall only on {days_en} of {months} different "
                       "months (e.g. {example}): Excel set to English (US) seems to have swapped their day and "
                       "month (04/03/2025 became 3 April). Enter the dates as text 2025-03-04, or set Windows' region "
                       "to Indonesia and enter them again"),
    "starts_cells_swapped": ("sel tanggal di kolom ini semuanya jatuh di bulan Januari, pada tanggal {days} (mis. "
                             "{example}), padahal pos biasanya mulai tanggal 1: tampaknya Excel berbahasa Inggris (AS) "
                             "menukar hari dan bulannya (01/07/2024 menjadi 7 Januari). Ketik tanggalnya sebagai teks "
                             "2024-07-01", "the date cells of this column all fall in January, on {days_en} (e.g. "
                             "{example}), yet posts usually start on the 1st: Excel set to English (US) seems to "
                             "have swapped their day and month (01/07/2024 became 7 January). Enter the dates as text "
                             "2024-07-01"),
    "month_first_date": ("tanggal berformat bulan/hari/tahun di kolom ini (mis. {example}), jadi 3/5 bisa Maret atau Mei: "
                         "tulis 2024-03-05 atau 05/03/2024 (hari dulu)",
                         "dates in this column are written month/day/year (e.g. {example}), so 3/5 could be March or May: "
                         "write 2024-03-05 or 05/03/2024 (day first)"),
    "date_maybe_swapped": ("tanggal ini ada di kolom yang ditulis bulan/hari/tahun (mis. {example}): bila berkas CSV-nya "
                           "dibuka di Excel berbahasa Indonesia, Excel mungkin sudah menukar hari dan bulannya (3/5/2024 "
                           "jadi 3 Mei); periksa dan tulis 2024-03-05 (tahun-bulan-hari)",
                           "this date is in a column written month/day/year (e.g. {example}): if its CSV was opened "
                           "with Excel set to Indonesian, Excel may have swapped its day and month (3/5/2024 became "
                           "3 May); check it and write 2024-03-05 (year-month-day)"),
    "date_too_early": ("tanggal sebelum {first}, tahun TKSK dibentuk: periksa tahunnya",
                       "date before {first}, the year TKSK were formed: check the year"),
    "bad_number": ("bukan angka", "not a number"),
    "ambiguous_number": ("bisa dibaca {a} atau {b}; tulis tanpa pemisah ribuan", "could be read as {a} or {b}; write it "
                         "without a thousands separator"),
    "number_as_date": ("sel berformat tanggal: angkanya {n}; ubah format sel menjadi Angka", "cell formatted as a "
                       "date: its number is {n}; set the cell format to Number"),
    "not_integer": ("harus bilangan bulat", "must be a whole number"),
    "hours_with_unit": ("ditulis dengan satuannya; tulis angka jamnya saja, mis. {decimal}",
                        "written with its unit; write the hours as a number only, e.g. {decimal_en}"),
    "count_with_word": ("ditulis dengan kata atau spasi; tulis angkanya saja, mis. {n}",
                        "written with a word or spaces; write the number only, e.g. {n}"),
    "number_percent": ("ditulis dengan tanda persen (sel berformat Persen di Excel?): kolom ini berisi angka biasa, "
                       "bukan persen; ubah format sel menjadi Angka lalu tulis angkanya tanpa %, mis. {n}",
                       "written with a percent sign (a cell formatted Percent in Excel?): this column holds plain "
                       "numbers, not percentages; set the cell format to Number and write the number without the %, "
                       "e.g. {n_en}"),
    "zero_in_brackets": ("angka ditulis dalam kurung; ubah format sel menjadi Angka lalu tulis angkanya tanpa kurung: {n}",
                         "a number written in brackets; set the cell format to Number and write the number without "
                         "the brackets: {n_en}"),
    "number_in_brackets": ("angka dalam kurung dibaca sebagai angka negatif (-{n}, format Akuntansi Excel), padahal "
                           "kolom ini tidak boleh negatif; ubah format sel menjadi Angka lalu tulis angkanya tanpa "
                           "kurung, mis. {n}", "a number in brackets reads as a negative number (-{n_en}, Excel's "
                           "Accounting format), while this column cannot be negative; set the cell format to Number "
                           "and write the number without the brackets, e.g. {n_en}"),
    "fraction_number": ("pecahan; tulis sebagai desimal, mis. {decimal}", "a fraction; write it as a decimal, e.g. {decimal_en}"),
    "hours_as_time": ("ditulis sebagai jam dinding; tulis lamanya dalam jam desimal (mis. {hours} untuk {clock}) — bila "
                      "ini jam mulai, isi lamanya", "written as a time of day; write the duration in decimal hours "
                      "(e.g. {hours} for {clock}) — if this is a start time, enter the duration"),
    "hours_clock_like": ("ditulis seperti jam dinding dengan titik, dibaca {read} jam; bila maksudnya {h} jam {m} menit, "
                         "tulis {meant} lalu impor lagi sebagai koreksi; bila ini jam mulai, isi lamanya (baris seperti "
                         "ini di berkas: {n})", "written like a clock with a dot, read as {read_en} hours; if {h} h {m} min "
                         "is meant, write {meant_en} and import again as a correction; if this is a start time, enter the "
                         "duration (rows like this in the file: {n})"),
    "hours_percent": ("sel berformat persen: tampil {shown}, tersimpan {stored} jam; ubah format sel menjadi Angka lalu "
                      "ketik ulang lamanya dalam jam", "cell formatted as percent: shows {shown}, stored as {stored} "
                      "hours; set the cell format to Number and type the duration in hours again"),
    "hours_other_unit": ("sel berformat dengan satuan lain: tampil {shown}, tersimpan {stored} jam; ubah format sel "
                         "menjadi Angka lalu ketik lamanya dalam jam", "cell formatted with another unit: shows {shown}, "
                         "stored as {stored} hours; set the cell format to Number and type the duration in hours"),
    "count_percent": ("sel berformat persen: tampil {shown}, tersimpan {stored}; ubah format sel menjadi Angka lalu "
                      "ketik ulang jumlahnya", "cell formatted as percent: shows {shown}, stored as {stored}; set the "
                      "cell format to Number and type the count again"),
    "negative": ("tidak boleh negatif", "must not be negative"),
    "hours_like_minutes": ("jam di kolom ini tampaknya menit: separuh kegiatan {median} jam atau lebih dan hampir semua "
                           "kelipatan 5 (mis. {example}); bila menit, ubah ke jam (30 menit = 0,5) lalu kirim lagi",
                           "the hours in this column look like minutes: half the activities last {median_en} hours or "
                           "more and nearly all are multiples of 5 (e.g. {example}); if minutes, convert them to hours "
                           "(30 minutes = 0.5) and send the file again"),
    "too_many_hours": ("lebih dari 24 jam dalam satu baris", "more than 24 hours in one row"),
    "implausible": ("lebih dari {limit} dalam satu baris: {reason}", "more than {limit} in one row: {reason_en}"),
    "formula_no_value": ("rumus tanpa nilai tersimpan; buka berkas di Excel, biarkan menghitung, lalu simpan",
                         "formula without a stored value; open the file in Excel, let it calculate, then save"),
    "titles_moved": ("baris ini mengulang judul kolom dalam urutan lain: di kolom ini tertulis judul kolom lain, "
                     "jadi angka di bawahnya akan masuk ke kolom yang salah; susun kolomnya seperti kepala tabel di "
                     "baris {header}, lalu kirim lagi",
                     "this row repeats the column titles in another order: this column holds another column's "
                     "title, so the figures below it would go into the wrong column; order the columns as in the "
                     "header in row {header}, then send the file again"),
    "xlsx_strict": ("berkas disimpan sebagai \"Strict Open XML Spreadsheet\"; buka di Excel, pilih Save As, lalu "
                    "simpan sebagai \"Excel Workbook (*.xlsx)\" dan kirim lagi",
                    "the file was saved as \"Strict Open XML Spreadsheet\"; open it in Excel, choose Save As, save it "
                    "as \"Excel Workbook (*.xlsx)\" and send it again"),
    "header_two_rows": ("kepala tabel memakai dua baris (judul {titles} ada di baris ini, di bawah kepala tabel baris "
                        "{header}): tulis satu judul untuk setiap kolom di baris {header} saja (mis. \"Jumlah orang\" dan "
                        "\"Jumlah KK\", bukan \"Jumlah\" di atas \"Orang\" dan \"KK\"), lalu hapus baris ini",
                        "the header takes two rows (titles {titles} are in this row, under the header in row {header}): "
                        "write one title for each column in row {header} only (e.g. \"Jumlah orang\" and \"Jumlah KK\", "
                        "not \"Jumlah\" over \"Orang\" and \"KK\"), then delete this row"),
    "header_rows_merged": ("kepala tabel memakai lebih dari satu baris (sel {cells} digabung ke bawah): tulis satu "
                           "judul untuk setiap kolom di baris {header} saja (mis. \"Jumlah orang\" dan \"Jumlah KK\", "
                           "bukan \"Jumlah dilayani\" di atas \"Orang\" dan \"KK\"), lalu hapus baris judul di "
                           "bawahnya (sampai baris {last})",
                           "the header takes more than one row (cells {cells} merged downwards): write one title for "
                           "each column in row {header} only (e.g. \"Jumlah orang\" and \"Jumlah KK\", not \"Jumlah "
                           "dilayani\" above \"Orang\" and \"KK\"), then delete the title rows below it (up to row "
                           "{last})"),
    "merged_cells": ("sel {cells} digabung (merge): Excel menyimpan nilainya di sel pertama saja, sel lain terbaca "
                     "kosong; pisahkan gabungannya (Unmerge) dan isi nilainya di setiap baris",
                     "cells {cells} are merged: Excel keeps the value in the first cell only and the others read as "
                     "empty; unmerge them and fill the value in on every row"),
    "struck_row": ("baris ini dicoret (huruf coret/strikethrough): coretan tidak terbaca sebagai pembatalan; hapus "
                   "barisnya bila kegiatan itu batal, atau hilangkan coretannya bila tetap berlaku, lalu kirim lagi",
                   "this row is crossed out (strikethrough): a strikethrough is not read as a cancellation; delete the "
                   "row if the activity was cancelled, or remove the strikethrough if it stands, then send it again"),
    "formula_error": ("sel berisi {error} (rumus gagal); perbaiki rumusnya atau ketik nilainya",
                      "cell holds {error} (a failed formula); fix the formula or type the value"),
    "xlsx_styles": ("format sel berkas ini (bagian styles.xml) tidak dapat dibaca, jadi sel berformat persen, tanggal "
                    "tanpa hari atau huruf coret tidak dapat diperiksa; buka berkas di Excel lalu simpan ulang, atau "
                    "salin nilainya (Tempel Khusus > Nilai) ke templat (python -m etl template), lalu kirim lagi",
                    "this file's cell formats (its styles.xml part) cannot be read, so cells formatted as percent, "
                    "dates without a day or crossed-out text cannot be checked; open the file in Excel and save it "
                    "again, or copy its values (Paste Special > Values) into the template (python -m etl template), "
                    "then send it again"),
    "struck_text": ("sebagian teks sel ini dicoret (huruf coret/strikethrough), tetapi teks yang dicoret tetap "
                    "terbaca dan ikut tersimpan; hapus teks yang dicoret, atau hilangkan coretannya bila tetap "
                    "berlaku, lalu kirim lagi",
                    "part of this cell's text is crossed out (strikethrough), but crossed-out text is read and stored "
                    "like the rest; delete the crossed-out text, or remove the strikethrough if it stands, then send "
                    "it again"),
    "date_without_day": ("sel tanggal ini hanya menampilkan bulan dan tahun: harinya tidak terlihat, tetapi ikut "
                         "tersimpan ({stored}); ubah format sel menjadi tanggal lengkap (mis. dd/mm/yyyy), periksa atau "
                         "ketik ulang tanggalnya, lalu kirim lagi",
                         "this date cell shows only its month and year: its day is not seen, yet it is stored "
                         "({stored}); set the cell format to a full date (e.g. dd/mm/yyyy), check or type the date "
                         "again, then send it again"),
    "cell_not_number": ("sel {cell} disimpan sebagai angka tetapi isinya bukan angka (mis. 2,5 dengan koma dari ekspor "
                        "situs web), sehingga lembar ini tidak dapat dibaca; ketik ulang nilai sel itu di Excel lalu "
                        "simpan, atau kirim CSV",
                        "cell {cell} is stored as a number but holds no number (e.g. 2,5 with a comma, from a website's "
                        "export), so the sheet cannot be read; type the cell's value again in Excel and save, or send "
                        "a CSV"),
    "id_not_code": ("ID harus kode bernomor (mis. 1610-04-2024-0001, TKSK-161004-1), bukan nama atau kata; nilainya "
                    "tidak ditampilkan", "every ID must be a numbered code (e.g. 1610-04-2024-0001, TKSK-161004-1), not a "
                    "name or words; its value is not shown"),
    "personal_data_value": ("nilai mirip data pribadi (NIK/KK, telepon, nama atau alamat); tidak disimpan dan tidak ditampilkan",
                            "value looks like personal data (NIK/KK, phone, name or address); not kept and not shown"),
    "unknown_code": ("kode tidak dikenal{hint}", "unknown code{hint}"),
    "bad_format": ("format salah{hint}", "wrong format{hint}"),
    "bad_month": ("bulan tidak dapat dibaca: tulis tahun dan bulannya seperti 2024-02 (atau 02/2024, Februari 2024)",
                  "month cannot be read: write its year and month as 2024-02 (or 02/2024, Februari 2024)"),
    "too_long": ("teks terlalu panjang (paling banyak {limit} karakter)", "text too long (at most {limit} characters)"),
    "unknown_kecamatan": ("kode kecamatan tidak ada di daftar Kemendagri{hint}",
                          "kecamatan code not in the Kemendagri list{hint}"),
    "unknown_desa": ("kode desa tidak ada di daftar Kemendagri{hint}", "desa code not in the Kemendagri list{hint}"),
    "desa_not_in_kecamatan": ("desa ini tidak berada di kecamatan {kec}", "this desa is not in kecamatan {kec}"),
    "desa_required": ("kegiatan ini terjadi di desa: kode desa wajib diisi", "this activity happens in a desa: desa code required"),
    "function_mismatch": ("jenis kegiatan ini termasuk fungsi {expected}", "this activity type belongs to function {expected}"),
    "report_month_required": ("laporan bulanan wajib menyebut bulan yang dilaporkan", "a monthly report must name the month reported"),
    "report_month_after": ("bulan yang dilaporkan sesudah tanggal kirim", "month reported is after the date sent"),
    "outcome_before": ("tanggal hasil sebelum tanggal kegiatan", "outcome date before the activity date"),
    "duplicate_id": ("ID log sama dengan baris {other} tetapi isinya berbeda", "same log ID as row {other} but different content"),
    "duplicate_in_store": ("ID log sudah ada di store dengan isi berbeda ({diff}): bila ini perbaikan, impor berkas ini "
                           "sebagai koreksi (centang \"Berkas koreksi\" saat mengunggah, atau `import-logs --koreksi`); "
                           "bila ini kegiatan lain, beri ID baru",
                           "log ID already in the store with different content ({diff}): if this is a correction, "
                           "import this file as a correction (tick \"Correction file\" when uploading, or "
                           "`import-logs --koreksi`); if it is another activity, give it a new ID"),
    "table_on_hidden_sheet": ("tabelnya ada di lembar tersembunyi {sheet}, sedang lembar yang terlihat tidak berisi "
                              "tabel: tampilkan lembar itu (klik kanan tab lembar ▸ Tampilkan/Unhide) lalu simpan lagi",
                              "the table is on the hidden sheet {sheet_en} and no visible sheet holds one: unhide that "
                              "sheet (right-click a sheet tab ▸ Unhide) and save again"),
    "bare_number_ids": ("ID log berkas ini hanya nomor urut (mis. ini): ID harus unik di seluruh kabupaten dan "
                        "sepanjang waktu, jadi berkas TKSK lain bernomor 1, 2, 3 akan ditolak; pakai kode kecamatan dan "
                        "bulan di depannya, mis. 1610-04-2024-0001", "this file's log IDs are bare numbers (e.g. this "
                        "one): IDs must be unique across the regency and over time, so another TKSK's file numbered 1, "
                        "2, 3 will be refused; put the kecamatan code and the month before them, e.g. 1610-04-2024-0001"),
    "hidden_columns": ("kolom {columns} tersembunyi di lembar ini dan ikut dibaca: tampilkan semua kolom untuk "
                       "memeriksa apa yang diimpor", "columns {columns} are hidden in this sheet and are read too: "
                       "show every column to check what is imported"),
    "hidden_rows": ("{n} baris di bawah kepala tabel tersembunyi di lembar ini (filter atau disembunyikan), mulai baris ini, "
                    "dan ikut dibaca: tampilkan semua baris untuk memeriksa apa yang diimpor", "{n} rows under the header "
                    "are hidden in this sheet (a filter, or hidden by hand), from this row on, and are read too: show "
                    "every row to check what is imported"),
    "id_taken": ("ID log sudah dipakai kegiatan lain di store, pada hari lain ({diff}): beri baris ini ID baru (lanjutkan "
                 "nomor dari ID terakhir yang sudah diimpor); hanya bila baris tersimpan itu yang salah, impor berkas "
                 "ini sebagai koreksi", "log ID already used in the store by another activity, on another day ({diff}): "
                 "give this row a new ID (continue from the last ID imported); only if the stored row is the wrong one, "
                 "import this file as a correction"),
    "id_of_other_post": ("ID log sudah dipakai kegiatan TKSK kecamatan lain di store ({diff}): beri baris ini ID baru "
                         "yang memuat kode kecamatan dan tahun (mis. 1610-04-2024-0001), agar tidak sama dengan ID "
                         "kecamatan lain",
                         "log ID already used in the store by another kecamatan's TKSK activity ({diff}): give this row "
                         "a new ID holding the kecamatan's code and the year (e.g. 1610-04-2024-0001), so that it cannot "
                         "equal another kecamatan's"),
    "correction_other_post": ("berkas koreksi ini mengganti kegiatan TKSK kecamatan lain ({diff}): koreksi hanya untuk "
                              "baris kecamatan yang sama; ID ini kemungkinan kebetulan sama dengan ID kecamatan lain, "
                              "beri baris ini ID baru dan impor tanpa centang koreksi",
                              "this correction file would replace another kecamatan's TKSK activity ({diff}): a "
                              "correction is for rows of the same kecamatan only; this ID most likely equals another "
                              "kecamatan's by chance: "
                              "give this row a new ID and import it without the correction tick"),
    "correction_without_stored": ("berkas koreksi ini tidak mengoreksi satu baris pun: tidak ada ID-nya yang tersimpan "
                                  "(mis. ini); periksa ID-nya (harus sama persis dengan yang diimpor dulu), atau impor "
                                  "tanpa centang koreksi bila ini kegiatan baru", "this correction file corrects no row: "
                                  "none of its IDs is stored (e.g. this one); check the IDs (they must be exactly those "
                                  "imported before), or import without the correction tick if these are new activities"),
    "correction_adds_rows": ("{n} baris berkas koreksi ini ber-ID baru (mis. ini) dan ditambahkan sebagai kegiatan baru, "
                             "bukan koreksi", "{n} rows of this correction file have new IDs (e.g. this one) and are added "
                             "as new activities, not corrections"),
    "corrected": ("baris ini menggantikan baris ber-ID sama yang sudah ada di store ({diff}); dicatat di "
                  "jejak audit", "this row replaces the stored row with the same ID ({diff}); recorded in the audit trail"),
    "correction_puts_back": ("baris ini mengembalikan nilai yang sudah diganti koreksi sebelumnya: {undone} (tersimpan "
                             "sekarang → di berkas); nilai di berkas adalah nilai sebelum koreksi {when} (berkas "
                             "{files}). Berkas ini tampaknya dibuat dari salinan lama sebelum koreksi itu dan akan "
                             "membatalkannya tanpa terlihat: ambil salinan terbaru (dengan koreksi itu), perbaiki di "
                             "sana, lalu kirim lagi. Bila nilai lama memang yang benar, kirim baris ini saja sebagai "
                             "berkas koreksi tersendiri: berkas koreksi yang hanya berisi baris seperti ini diterima",
                             "this row puts back a value an earlier correction replaced: {undone} (stored now → in "
                             "the file); the file's value is the one from before the correction of {when_en} (file "
                             "{files}). This file looks made from an old copy from before that correction, and would "
                             "undo it unseen: take the latest copy (with that correction), fix it there and send it "
                             "again. If the old value really is right, send this row alone as a correction file of "
                             "its own: a correction file holding only rows like this is accepted"),
    "correction_put_back": ("baris ini mengembalikan nilai sebelum koreksi {when} (berkas {files}): {undone} "
                            "(tersimpan → di berkas); diterima karena berkas koreksi ini hanya berisi baris yang "
                            "mengembalikan nilai lama; dicatat di jejak audit",
                            "this row puts back the value from before the correction of {when_en} (file {files}): "
                            "{undone} (stored → in the file); accepted as this correction file holds only rows that "
                            "put old values back; recorded in the audit trail"),
    # The same notes on a refused file: nothing was replaced, added or recorded (imp33: a refused correction file
    # said "baris ini menggantikan …; dicatat di jejak audit" of rows it never stored). See ``not_done``.
    "corrected_not_done": ("baris ini akan menggantikan baris ber-ID sama di store ({diff}) bila berkas diterima; "
                           "berkas ini ditolak, jadi baris di store tidak berubah", "this row would replace the stored "
                           "row with the same ID ({diff}) had the file been accepted; this file was refused, so the "
                           "stored row is unchanged"),
    "correction_adds_rows_not_done": ("{n} baris berkas koreksi ini ber-ID baru (mis. ini) dan akan ditambahkan sebagai "
                                      "kegiatan baru bila berkas diterima; berkas ini ditolak, jadi tidak ada yang "
                                      "ditambahkan", "{n} rows of this correction file have new IDs (e.g. this one) and "
                                      "would be added as new activities had the file been accepted; this file was "
                                      "refused, so none was added"),
    "correction_put_back_not_done": ("baris ini mengembalikan nilai sebelum koreksi {when} (berkas {files}): {undone} "
                                     "(tersimpan → di berkas); berkas ini ditolak, jadi nilai tersimpan tidak berubah",
                                     "this row puts back the value from before the correction of {when_en} (file "
                                     "{files}): {undone} (stored → in the file); this file was refused, so the stored "
                                     "value is unchanged"),
    "replaced_not_done": ("akan menggantikan angka {kec} tahun {year} yang sudah ada bila berkas diterima; berkas ini "
                          "ditolak, jadi angka tersimpan tidak berubah", "would replace the figures for {kec} in {year} "
                          "already held had the file been accepted; this file was refused, so they are unchanged"),
    "roster_overrides_not_done": ("periode pos ini akan menimpa periode yang sudah tersimpan pada hari yang sama bila "
                                  "berkas diterima; berkas ini ditolak, jadi daftar pos tersimpan tidak berubah",
                                  "this post's periods would override the stored ones on the days they cover had the "
                                  "file been accepted; this file was refused, so the stored roster is unchanged"),
    "post_moved_corrected_not_done": ("pos ini tercatat di kecamatan {held} di daftar pos di store; sebagai koreksi, "
                                      "kecamatan di berkas ini akan menggantikannya bila berkas diterima; berkas ini "
                                      "ditolak, jadi pos tetap di {held}", "this post is held under kecamatan {held} "
                                      "in the store's roster; as a correction, this file's kecamatan would replace it "
                                      "had the file been accepted; this file was refused, so the post stays under "
                                      "{held}"),
    "correction_empties_column": ("berkas koreksi ini tidak punya kolom {col}, padahal {n} baris yang dikoreksinya "
                                  "mengisinya (mis. ID {first}): koreksi menggantikan baris utuh, jadi isinya akan "
                                  "hilang; sertakan kolom itu dengan nilainya (sel yang dikosongkan memang dikosongkan)",
                                  "this correction file has no column {col}, while {n} of the rows it corrects fill it "
                                  "(e.g. ID {first}): a correction replaces the whole row, so its values would be lost; "
                                  "include the column with its values (a cell emptied is emptied)"),
    # "As read": a note differing only in a name masked, or a column dropped, reads the same.
    "same_row_twice": ("baris yang sama (ID dan isi yang dibaca) dengan baris lain di berkas ini: {n} (mis. baris ini); "
                       "masing-masing dihitung sekali", "rows the same (ID and content as read) as another row of this "
                       "file: {n} (e.g. this one); each counted once"),
    "resent_with_new_ids": ("{n} dari {total} baris baru sama isinya dengan baris yang sudah ada di store dengan ID lain "
                            "(mis. {first} = {held}): berkas ini tampaknya kiriman ulang dengan nomor baru dan akan "
                            "menghitung kegiatan yang sama dua kali; kirim ulang dengan ID yang dipakai pertama kali",
                            "{n} of {total} new rows equal rows already in the store under other IDs (e.g. {first} = "
                            "{held}): this file looks sent again with new numbers and would count the same activities "
                            "twice; send it again with the IDs first used"),
    "same_but_note_in_store": ("{n} dari {total} baris baru sama dengan baris yang sudah ada di store dengan ID lain "
                               "kecuali catatannya (mis. {first} = {held}): bila ini kiriman ulang bulan yang sama, "
                               "batalkan impor ini (Batalkan impor terakhir); bila kegiatan lain, biarkan",
                               "{n} of {total} new rows equal rows already in the store under other IDs but for their "
                               "note (e.g. {first} = {held}): if this is the same month sent again, undo this import "
                               "(Undo the last import); if they are other activities, leave them"),
    "same_but_note_in_batch": ("{n} dari {total} baris sama dengan baris berkas sebelumnya dalam impor yang sama dengan "
                               "ID lain kecuali catatannya (mis. {first} = {held}): bila ini bulan yang sama dikirim "
                               "dua kali, impor satu berkas saja; bila kegiatan lain, biarkan",
                               "{n} of {total} rows equal rows of an earlier file of the same import under other IDs "
                               "but for their note (e.g. {first} = {held}): if this is the same month sent twice, "
                               "import one file only; if they are other activities, leave them"),
    "same_content_in_store": ("{n} baris baru sama isinya dengan baris yang sudah ada di store dengan ID lain (mis. "
                              "{first} = {held}): periksa bahwa itu memang kegiatan lain",
                              "{n} new rows equal rows already in the store under other IDs (e.g. {first} = {held}): "
                              "check that they are other activities"),
    "repeated_in_file": ("{n} dari {total} baris sama isinya dengan baris lain berkas ini atau berkas sebelumnya dalam "
                         "impor yang sama, dengan ID lain (mis. {first} = {held}): kegiatan yang sama akan terhitung "
                         "dua kali; hapus baris yang berulang", "{n} of {total} rows equal other rows of this file or of "
                         "an earlier file of this import under other IDs (e.g. {first} = {held}): the same activities "
                         "would count twice; delete the repeated rows"),
    "repeated_in_file_note": ("{n} baris sama isinya dengan baris lain dalam impor ini dengan ID lain (mis. {first} = "
                              "{held}): periksa bahwa itu memang kegiatan lain", "{n} rows equal other rows of this "
                              "import under other IDs (e.g. {first} = {held}): check that they are other activities"),
    "duplicate_in_batch": ("ID log sudah ada dengan isi berbeda ({diff}) di {other}{other_at}, berkas lain dalam impor ini",
                           "log ID already in {other}{other_at}, another file of this import, with different content "
                           "({diff})"),
    "unknown_post": ("pos ini tidak ada di daftar pos yang diimpor{hint}: laporan dan kegiatannya dihitung sebagai pos "
                     "tersendiri; perbaiki ID-nya atau impor daftar pos yang memuatnya",
                     "this post is not in the imported roster{hint}: its reports and activities count as a post of "
                     "their own; correct its ID or import a roster that has it"),
    "post_typed_otherwise": ("pos ini ditulis lain dari daftar pos ({meant}): laporan dan kegiatannya akan dihitung "
                             "sebagai pos tersendiri dan pos {meant} tampak tanpa laporan; tulis ID pos persis seperti "
                             "di daftar pos", "this post is written otherwise than in the roster ({meant}): its reports "
                             "and activities would count as a post of their own and post {meant} would show no report; "
                             "write the post ID exactly as in the roster"),
    "posts_filled_down": ("kolom id_pos memuat {n} pos kecamatan {kec} yang tidak ada di daftar pos (mis. {first}), "
                          "sedangkan daftar pos memuat {roster} di kecamatan itu: nomor pos tampaknya ikut bertambah "
                          "karena isi otomatis Excel (sel ditarik ke bawah); salin {roster} ke setiap baris kecamatan "
                          "ini, lalu kirim lagi. Bila memang ada TKSK baru, impor dulu daftar pos yang memuat pos itu",
                          "column id_pos holds {n} posts of kecamatan {kec} that are not in the roster (e.g. {first}), "
                          "while the roster holds {roster} in that kecamatan: the post number seems to have been "
                          "counted up by Excel's fill handle (a cell dragged down); copy {roster} into every row of "
                          "this kecamatan, then send the file again. If there really are new TKSK, import a roster "
                          "that names those posts first"),
    "post_other_kecamatan": ("pos ini terdaftar di kecamatan {kec}", "this post is registered in kecamatan {kec}"),
    "served_nobody": ("kegiatan fasilitasi dengan 0 orang dan 0 KK dilayani (baris seperti ini di berkas: {n}): disimpan, tetapi dihitung sebagai baris "
                      "yang kurang isian (A4) dan tanpa orang dilayani; bila jumlahnya tidak dihitung, kosongkan selnya; "
                      "bila ada yang dilayani, tulis jumlahnya lalu impor lagi sebagai koreksi",
                      "a facilitation activity with 0 people and 0 families served (rows like this in the file: {n}): stored, but counted as a row lacking "
                      "a field (A4) and as serving nobody; if the count was not made, leave the cell empty; if someone "
                      "was served, write how many and import again as a correction"),
    "future_year": ("tahun di masa depan", "year in the future"),
    "out_of_range": ("di luar rentang {low} sampai {high}", "outside {low} to {high}"),
    "families_above_people": ("{n} baris mencatat lebih banyak KK daripada orang dilayani (mis. baris ini: {kk} KK, "
                              "{people} orang); periksa apakah kedua kolom tertukar atau salah ketik",
                              "{n} rows record more families than people served (e.g. this row: families {kk}, "
                              "people {people}); check whether the two columns are swapped or mistyped"),
    "one_household_many": ("{n} baris kunjungan rumah atau rujukan, yang melayani satu keluarga, mencatat lebih dari "
                           "{people_max} orang atau {kk_max} KK (mis. baris ini: {people} orang, {kk} KK); periksa angkanya (tahun atau "
                           "jumlah satu desa yang terketik?)",
                           "{n} home visit or referral rows, which serve one household, record more than {people_max} people "
                           "or {kk_max} families (e.g. this row: people {people}, families {kk}); check the figures (a year or a "
                           "desa's total typed in?)"),
    "other_kind_figures": ("kolom {target} milik log kegiatan, sedangkan berkas ini dibaca sebagai {kind}: angka "
                           "kegiatannya akan hilang. Kirim log kegiatan dan {kind} sebagai dua berkas (templatnya "
                           "masing-masing: python -m etl template)",
                           "column {target} belongs to an activity log, while this file is read as: {kind_en}. Its "
                           "activities' figures would be lost. Send the activity log and the post roster as two files "
                           "(each has its template: python -m etl template)"),
    "other_kind_column": ("kolom {target} milik {other}, sedangkan berkas ini dibaca sebagai {kind}: kolom itu dibuang; "
                          "kirim {other} sebagai berkas sendiri",
                          "column {target} belongs to: {other_en}, while this file is read as: {kind_en}. The column "
                          "is dropped; send that as a file of its own"),
    "future_start": ("pos ini mulai sesudah hari ini: sampai tanggal itu kecamatannya dihitung tanpa pos ini. Bila "
                     "tahunnya salah ketik, perbaiki lalu kirim lagi",
                     "this post starts after today: until then its kecamatan counts without it. If the year is a "
                     "typo, correct it and send the file again"),
    "many_cases": ("lebih dari {share} jumlah KK kecamatan ini dalam setahun ({limit}), padahal biasanya beberapa kasus "
                   "sebulan per kecamatan; periksa angkanya: perencanaan memakainya untuk kunjungan dan rujukan",
                   "more than {share} of this kecamatan's families in a year ({limit}), where a few cases a month per "
                   "kecamatan is usual; check the figure: the planner uses it for home visits and referrals"),
    "zero_count": ("{n} baris berisi 0 di kolom ini (yang pertama di sini): 0 berarti tidak ada sama sekali, dan "
                   "perencanaan memakainya sebagai beban nol di kecamatan itu. Bila angkanya belum diketahui, kosongkan "
                   "selnya (laju umum dari data rujukan dipakai)",
                   "{n} rows hold 0 in this column (the first here): 0 means none at all, and the planner takes it as "
                   "no such work in that kecamatan. If the figure is not known, leave the cell empty (the general rate "
                   "from the reference data is used)"),
    "more_than_families": ("lebih dari jumlah KK kecamatan ini di PODES 2021 ({families}); periksa angkanya",
                           "more than this kecamatan's families in PODES 2021 ({families}); check the figure"),
    "duplicate_key": ("{columns} sama dengan baris {other}", "same {columns} as row {other}"),
    "table_rule": ("{rule}", "{rule_en}"),
    "replaced": ("menggantikan angka {kec} tahun {year} yang sudah ada (berkas terbaru berlaku)",
                 "replaces the figures for {kec} in {year} already held (the latest file wins)"),
    # Such a month is counted without a TKSK (etl.aggregate.posts_by_month) unless the post also logged work on its
    # active days that month (worked_part_months): then the whole month counts with the post.
    "vacant_with_log": ("pos ini kosong {start} s/d {end} menurut berkas ini, tetapi log memuat {n} kegiatannya pada "
                        "hari-hari itu; bulan yang kosong pada tanggal 15 dihitung tanpa TKSK dan kegiatannya tidak "
                        "masuk angka per TKSK (kecuali pos itu juga bekerja pada hari aktifnya bulan itu): periksa "
                        "daftar pos atau log",
                        "this post is vacant {start} to {end} in this file, yet the log holds {n} of its activities on "
                        "those days; a month vacant on the 15th counts as without a TKSK and its activities stay out "
                        "of every per-TKSK figure (unless the post also worked on its active days that month): check "
                        "the roster or the log"),
    "log_before_post": ("pos ini ada sejak {start} menurut daftar pos di store, tetapi berkas ini memuat {n} kegiatannya "
                        "sebelum tanggal itu (mis. tanggal {date}): periksa tahun tanggalnya, atau tanggal mulai pos di "
                        "daftar pos",
                        "this post exists from {start} in the store's roster, yet this file holds {n} of its activities "
                        "before that day (e.g. dated {date}): check the date's year, or the post's start in the roster"),
    "id_year_not_date": ("{n} baris ber-ID dengan tahun lain dari tahun tanggalnya (mis. ID {first} bertanggal {date}): "
                         "periksa tahun tanggalnya", "{n} rows have IDs with another year than their date's (e.g. ID "
                         "{first} dated {date}): check the date's year"),
    "date_far_from_report": ("{n} baris baru bertanggal lebih dari sebulan dari bulan yang dilaporkan berkas ini untuk "
                             "posnya ({month}, baris laporan_bulanan), mis. baris ini bertanggal {date}: salah ketik "
                             "tahun atau bulan? Periksa tanggalnya; baris itu dihitung di bulan tanggalnya",
                             "{n} new rows are dated more than a month away from the month this file reports for their "
                             "post ({month}, its laporan_bulanan row), e.g. this row dated {date}: a year or month "
                             "typed wrong? Check the date; the row counts in the month of its date"),
    "date_far_from_month": ("{n} baris baru bertanggal lebih dari sebulan dari bulan sebagian besar baris berkas ini "
                            "({month}; tanpa baris laporan_bulanan), mis. baris ini bertanggal {date}: salah ketik tahun "
                            "atau bulan? Periksa tanggalnya; baris itu dihitung di bulan tanggalnya",
                            "{n} new rows are dated more than a month away from the month most of this file's rows fall "
                            "in ({month}; no laporan_bulanan row), e.g. this row dated {date}: a year or month typed "
                            "wrong? Check the date; the row counts in the month of its date"),
    "id_kecamatan_not_row": ("{n} baris ber-ID dengan kode kecamatan lain dari kode_kec barisnya (mis. ID {first}, yaitu "
                             "kecamatan {id_kec}, di baris kecamatan {kec}): baris kecamatan lain yang terbawa ke berkas "
                             "ini, atau ID atau kode_kec-nya salah ketik? Bila kegiatan itu milik kecamatan lain, hapus "
                             "dari berkas ini (akan terhitung dua kali bila kecamatan itu juga mengirimnya); bila bukan, "
                             "periksa kode_kec atau ID-nya",
                             "{n} rows have IDs naming another kecamatan than their row's kode_kec (e.g. ID {first}, "
                             "that is kecamatan {id_kec}, on a row of kecamatan {kec}): another kecamatan's row carried "
                             "into this file, or the ID or kode_kec typed wrong? If the activity is another kecamatan's, "
                             "remove it from this file (it would count twice when that kecamatan sends it too); if not, "
                             "check its kode_kec or ID"),
    "vacancy_beside_new_post": ("pos {post} dikosongkan mulai {start}, hari pos {other} di kecamatan yang sama mulai "
                                "aktif: bila TKSK baru menggantikan TKSK pos {post}, akhiri pos {post} dengan status "
                                "aktif dan tanggal_selesai {end} (bukan kosong), atau lanjutkan pos {post} untuk TKSK "
                                "baru tanpa pos {other}; dengan kosong, kecamatan ini tampak punya pos kosong sejak "
                                "{start}", "post {post} is made vacant from {start}, the day post {other} of the same "
                                "kecamatan starts active: if a new TKSK replaces post {post}'s TKSK, end post {post} with "
                                "status aktif and tanggal_selesai {end} (not kosong), or continue post {post} for the new "
                                "TKSK without post {other}; with kosong, this kecamatan shows a vacant post from {start}"),
    "report_twice_in_store": ("laporan bulanan {month} pos {post} sudah tersimpan dengan ID {held}: laporan bulan itu "
                              "terhitung dua kali (jamnya dijumlah dua kali di beban kerja). Bila baris ini perbaikan "
                              "laporan itu, kirim dengan ID {held} sebagai berkas koreksi; bila kiriman ulang, hapus "
                              "baris ini; bila bulannya salah ketik, perbaiki bulan_laporan. Sesudah diimpor, batalkan "
                              "impor (rollback) lalu kirim lagi",
                              "the monthly report of {month} for post {post} is stored already under ID {held}: that "
                              "month's report counts twice (its hours added twice to the workload). If this row corrects "
                              "that report, send it with ID {held} as a correction file; if it is sent again, delete this "
                              "row; if the month is typed wrong, correct bulan_laporan. Once imported, undo the import "
                              "(rollback) and send the file again"),
    "report_twice_in_upload": ("laporan bulanan {month} pos {post} sudah ada di berkas {other}{other_at} dengan ID {held}: "
                               "laporan bulan itu terhitung dua kali (jamnya dijumlah dua kali di beban kerja); simpan "
                               "satu laporan per pos dan bulan: hapus salah satunya, atau perbaiki bulan_laporan yang "
                               "salah ketik",
                               "the monthly report of {month} for post {post} is already in file {other}{other_at_en} "
                               "under ID {held}: that month's report counts twice (its hours added twice to the "
                               "workload); keep one report per post and month: delete one of them, or correct a "
                               "bulan_laporan typed wrong"),
    "report_twice_correction": ("laporan bulanan {month} pos {post} sudah ada dengan ID {held}: berkas koreksi tidak "
                                "menambah laporan kedua; beri baris ini ID {held} agar menggantikannya, atau hapus "
                                "baris ini", "the monthly report of {month} for post {post} exists already under ID "
                                "{held}: a correction file adds no second report; give this row ID {held} so that it "
                                "replaces it, or delete this row"),
    "log_in_vacant_batch": ("pos ini kosong {start} s/d {end} menurut daftar pos sesudah unggahan ini (yang di store "
                            "dengan daftar pos yang diunggah bersamanya), tetapi berkas ini memuat {n} kegiatannya pada "
                            "hari-hari itu; bulan yang kosong pada tanggal 15 dihitung tanpa TKSK dan kegiatannya tidak "
                            "masuk angka per TKSK (kecuali pos itu juga bekerja pada hari aktifnya bulan itu): periksa "
                            "daftar pos atau log",
                            "this post is vacant {start} to {end} in the roster after this upload (the store's with the "
                            "roster uploaded with it), yet this file holds {n} of its activities on those days; a month "
                            "vacant on the 15th counts as without a TKSK and its activities stay out of every per-TKSK "
                            "figure (unless the post also worked on its active days that month): check the roster or "
                            "the log"),
    "log_in_vacant": ("pos ini kosong {start} s/d {end} menurut daftar pos di store, tetapi berkas ini memuat {n} "
                      "kegiatannya pada hari-hari itu; bulan yang kosong pada tanggal 15 dihitung tanpa TKSK dan "
                      "kegiatannya tidak masuk angka per TKSK (kecuali pos itu juga bekerja pada hari aktifnya bulan "
                      "itu): periksa daftar pos atau log",
                      "this post is vacant {start} to {end} in the store's roster, yet this file holds {n} of its "
                      "activities on those days; a month vacant on the 15th counts as without a TKSK and its "
                      "activities stay out of every per-TKSK figure (unless the post also worked on its active days "
                      "that month): check the roster or the log"),
    "weekday_mismatch": ("tanggal ini jatuh pada hari {actual}, bukan {day}: periksa tanggal atau harinya",
                         "this date falls on a {actual_en}, not {day}: check the date or the day"),
    "kebutuhan_twice_in_batch": ("angka {kec} tahun {year} juga ada di berkas {other} dalam impor yang sama, dengan "
                                 "angka lain ({counts}): mana yang berlaku akan bergantung pada urutan berkas; kosongkan "
                                 "jumlah yang bukan data berkas ini, atau impor satu berkas per kecamatan dan tahun",
                                 "{kec}'s figures for {year} are also in {other} in the same import, with other figures "
                                 "({counts}): which holds would depend on the files' order; leave empty the counts that "
                                 "are not this file's data, or import one file per kecamatan and year"),
    "roster_twice_in_batch": ("pos ini juga ada di berkas {other} dalam impor yang sama, dengan masa atau status lain: "
                              "masa aktif dan kosongnya akan bergantung pada urutan berkas dipilih; gabungkan keduanya "
                              "dalam satu daftar pos, atau impor satu per satu dengan yang terbaru terakhir",
                              "this post is also in {other} in the same import, with other periods or statuses: its "
                              "active and vacant months would depend on the order the files were picked in; put both in "
                              "one roster, or import them one at a time, the latest last"),
    "post_moved": ("pos ini tercatat di kecamatan {held} di daftar pos di store: satu pos milik satu kecamatan. Bila "
                   "kode di berkas ini salah ketik, perbaiki; bila kode yang tersimpan yang salah, impor berkas ini "
                   "sebagai koreksi (centang \"Berkas koreksi\", atau `import-logs --koreksi`); bila TKSK-nya pindah, "
                   "tutup pos ini (tanggal selesai) dan buat pos baru di kecamatan tujuan",
                   "this post is held under kecamatan {held} in the store's roster: a post belongs to one kecamatan. "
                   "If the code in this file is mistyped, correct it; if the stored code is the wrong one, import this "
                   "file as a correction (tick \"Correction file\", or `import-logs --koreksi`); if its TKSK moved, close "
                   "this post (an end date) and make a new post in the other kecamatan"),
    "post_moved_corrected": ("pos ini tercatat di kecamatan {held} di daftar pos di store; sebagai koreksi, kecamatan di "
                             "berkas ini menggantikannya (log pos ini di {held} sesudahnya ditolak)",
                             "this post is held under kecamatan {held} in the store's roster; as a correction, this "
                             "file's kecamatan replaces it (this post's logs under {held} are refused from now on)"),
    "roster_overrides": ("periode pos ini menimpa periode yang sudah tersimpan pada hari yang sama (berkas terbaru "
                         "berlaku: status lama dipotong sampai sehari sebelumnya)", "this post's periods override the "
                         "stored ones on the days they cover (the latest file wins: the old status is cut back to the "
                         "day before)"),
    "post_ended": ("pos ini berakhir {end} menurut berkas ini (daftar pos di store memuatnya lebih lama): sesudah "
                   "tanggal itu pos tidak dihitung", "this post ends on {end} in this file (the store's roster held it "
                   "longer): it is not counted after that day"),
    "post_ended_with_log": ("pos ini berakhir {end} menurut berkas ini, tetapi log memuat {n} kegiatannya sesudah "
                            "tanggal itu: kegiatan itu tidak masuk angka per TKSK; periksa daftar pos atau log",
                            "this post ends on {end} in this file, yet the log holds {n} of its activities after that "
                            "day: they stay out of every per-TKSK figure; check the roster or the log"),
    "end_before_start": ("tanggal selesai sebelum tanggal mulai", "end date before start date"),
    "overlap": ("periode pos tumpang tindih dengan baris {other}", "post period overlaps row {other}"),
    "text_scrubbed": ("data mirip NIK/KK, telepon, nama atau alamat disamarkan di teks bebas",
                      "text like a NIK/KK, phone number, name or address masked in free text"),
    "notes_unread": ("{n} catatan tidak sempat dibaca teliti (berkas sebesar ini melampaui batas baca nama), jadi "
                     "disamarkan seluruhnya; bagi berkas menjadi beberapa bagian (mis. per bulan atau per kecamatan) "
                     "agar catatannya tersimpan",
                     "{n} notes could not be read closely (a file this size goes past the limit of reading for "
                     "names), so they were masked whole; split the file (e.g. by month or kecamatan) to keep them"),
    "more_notes": ("dan {n} catatan lain (hanya {limit} masalah pertama disebut)",
                   "and {n} more notes (only the first {limit} problems listed)"),
    "more_problems": ("dan {n} masalah lain (hanya {limit} pertama disebut)", "and {n} more problems (only the first {limit} listed)"),
    "missing_source": ("berkas sumber tidak ada; unduh \"{title}\" dari {url} (lihat SOURCES.md)",
                       "source file missing; get \"{title}\" from {url} (see SOURCES.md)"),
    "source_invalid": ("sumber tidak lolos pemeriksaan: {detail}", "source failed its checks: {detail}"),
    "mixed_demo": ("store berisi log contoh (demo); impor log asli mengganti log contoh", "the store holds demo logs; importing real logs replaces them"),
    # The environment, not the file: each says what to do.
    "disk_full": ("disk penuh saat menulis store; kosongkan ruang disk lalu ulangi (store lama tidak berubah)",
                  "disk full while writing the store; free some disk space and try again (the previous store is unchanged)"),
    "no_permission": ("store tidak boleh ditulis ({detail}); periksa izin folder store atau apakah disk hanya-baca",
                      "the store cannot be written ({detail}); check the store folder's permissions or whether the disk is read-only"),
    "io_error": ("galat disk saat menulis store ({detail}); periksa disk lalu ulangi",
                 "disk error while writing the store ({detail}); check the disk and try again"),
    "store_busy": ("store sedang diubah proses lain (impor atau build) lebih dari {seconds} detik; coba lagi nanti",
                   "the store has been busy with another import or build for over {seconds} s; try again later"),
    "store_missing": ("store belum dibangun; jalankan `python -m etl build`", "no store built yet; run `python -m etl build`"),
    "rolled_back": ("build {build} dipakai lagi{moved}", "build {build} is current again{moved_en}"),
    "nothing_to_undo": ("tidak ada build sebelumnya untuk dikembalikan", "there is no previous build to go back to"),
    "recovered": ("impor yang terputus diselesaikan: {detail}", "an interrupted import was completed: {detail}"),
    "set_aside": ("berkas impor yang tidak dikenal dipindah ke {folder}", "unrecognised import files moved to {folder}"),
    "internal_error": ("galat internal; rinciannya dicatat di log server dan store tidak berubah",
                       "internal error; the details are in the server log and the store is unchanged"),
}

FREE_TEXT = frozenset({"kendala", "keterangan"})

# Problems that only inform: the file is still accepted.
NOTICES = frozenset({"personal_data_column", "unknown_column", "text_scrubbed", "notes_unread", "mixed_demo", "recognised", "recovered",
                     "closing_rows",
                     "set_aside", "rolled_back", "more_than_families", "many_cases", "zero_count", "other_kind_column", "future_start", "replaced", "unknown_post",
                     "same_content_in_store", "more_notes", "corrected", "times_in_utc", "times_in_utc_same_day", "correction_put_back", "roster_overrides", "vacant_with_log", "log_in_vacant",
                     "repeated_in_file_note", "hours_clock_like", "correction_adds_rows", "hidden_rows",
                     "bare_number_ids", "served_nobody", "log_before_post", "id_year_not_date",
                     "families_above_people", "one_household_many",
                     "same_but_note_in_store", "same_but_note_in_batch", "post_moved_corrected", "post_ended",
                     "post_ended_with_log", "log_in_vacant_batch", "hidden_columns", "same_row_twice",
                     "date_far_from_report", "date_far_from_month", "id_kecamatan_not_row",
                     "vacancy_beside_new_post", "report_twice_in_store", "report_twice_in_upload",
                     "corrected_not_done", "correction_adds_rows_not_done", "correction_put_back_not_done",
                     "replaced_not_done", "roster_overrides_not_done", "post_moved_corrected_not_done"})
# Problems of the machine, not of the file: the same file may be sent again once they are fixed.
ENVIRONMENT = frozenset({"disk_full", "no_permission", "io_error", "store_busy", "store_missing", "internal_error"})


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

    @property
    def is_environment(self) -> bool:
        return self.code in ENVIRONMENT

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


# A value a clerk typed is repeated in a message only when it reads as what its column holds: a cell of a coded,
# date, number or id column that holds a name ("Siti Aminah" pasted into kode_desa), a date of birth ("lahir
# 12-05-1950") or a long number (a NIK one digit short, a BPJS or account number) is named by its row and column
# only. A word the dashboard's own vocabulary does not hold (codes and their labels, column names, months, units)
# may be a name: hidden. Ids are codes of a clerk's making ("KUNJ-001"): hidden only when they read as a name.
HIDDEN = "[nilai tidak ditampilkan]"
_ADDRESS_WORDS = frozenset("bapak ibu pak bu mbah nek wak cik kak dek saudara saudari sdr sdri almarhum alm".split())
_MASKS = re.compile(r"\[[^\[\]]*disamarkan[^\[\]]*\]")  # the masker's markers ("[nama disamarkan]", …)
ID_COLUMNS = frozenset({"id_log", "id_pos"})
_WORD = re.compile(r"[^\W\d_]{3,}")
_LONG_NUMBER = re.compile(r"[0-9]{10,}")
_ORDINARY_VALUES = """jam menit mnt hrs min orang jiwa kpm hari bulan tahun tanggal ya tidak yes true false none null nan kosong
    aktif empty value ref name div num spill calc getting data rumus formula error tksk pos log
    berhenti nonaktif tidak_aktif meninggal mutasi pindah mundur mengundurkan diri cuti pensiun diberhentikan resign
    selesai habis kontrak lowong""".split()


_PLACES: set[str] = set()


def known_places(names) -> None:
    """Add the words of area names (kecamatan, desa) to what a message may repeat: "Indralaya" typed where its code
    belongs is a place, not a person."""
    names = [str(n) for n in names]
    _PLACES.update(w.lower() for n in names for w in _WORD.findall(n))
    pii.known_places(names)


@lru_cache(1)
def known_words() -> frozenset[str]:
    """The words of the dashboard's vocabulary, in lower case: what a clerk may type in a coded, date or number cell."""
    from tksk import fmt, schema, vocab

    texts = list(_ORDINARY_VALUES)
    for table in (vocab.FUNCTIONS, vocab.ACTIVITIES, vocab.PARTNERS, vocab.PROGRAMMES, vocab.PPKS, vocab.OUTCOMES,
                  vocab.POST_STATUS):
        for key, labels in table.items():
            texts += [key, *(x for x in labels if isinstance(x, str))]
    for model in (schema.LogRow, schema.RosterRow, schema.KebutuhanRow):
        for name, c in schema.columns(model).items():
            texts += [name, c.title or "", c.metadata.get("en") or ""]
    texts += list(fmt.month_by_name()) + list(fmt.WEEKDAYS)
    return frozenset(w.lower() for x in texts for w in _WORD.findall(x.replace("_", " ")))


# Words of the titles and sheet names a clerk gives that are no name (beyond the vocabulary above).
_TITLE_WORDS = frozenset("""no nomor urut catatan tambahan paraf tanda tangan foto dokumentasi lokasi keterangan petugas
    bukti sumber total jumlah kolom lampiran tautan link lembar sheet rekap rekapitulasi laporan log kegiatan data
    isian input baru lama arsip salinan copy final revisi draf kecamatan desa kelurahan roster kebutuhan petunjuk
    templat template pilihan kode daftar sheet1 sheet2 sheet3 lembar1""".split())


@lru_cache(1)
def _title_words() -> frozenset[str]:
    return known_words() | _TITLE_WORDS | pii.ORDINARY | pii.QUALIFIERS


def known_title(text) -> bool:
    """Whether a column title or sheet name may be repeated: every word of it is the vocabulary's or an ordinary
    title word (a sheet or column named after a person, "Ijah Sutrisno", is named by its position instead)."""
    text = str(text)
    return not _LONG_NUMBER.search(text) and {w.lower() for w in _WORD.findall(text)} <= _title_words()


def shown_value(value: str, column: str | None = None) -> str:
    """``value`` as a message may repeat it: personal data masked, and a cell that may be personal data in a way no
    pattern knows (see above) replaced by ``HIDDEN``."""
    text = str(value)[:80]
    masked = pii.mask(text)
    if masked != text:
        # What the masking left is judged as an unmasked value is: a name repeated past the masker's run of words
        # ("Bapak Sukardi" four times) showed its last "Sukardi" (red-team of 2026-12-06).
        rest = _MASKS.sub(" ", masked)
        written = _WORD.findall(rest)
        unknown = {w.lower() for w in written} - _title_words() - _ADDRESS_WORDS - _PLACES
        return HIDDEN if unknown and not _plain_words(rest, written, unknown) else masked
    if column in ID_COLUMNS:
        return HIDDEN if pii.id_not_code(text) else text
    written = _WORD.findall(text)
    unknown = {w.lower() for w in written} - known_words() - _PLACES
    if _LONG_NUMBER.search(text) or unknown and not _plain_words(text, written, unknown):
        return HIDDEN
    return text


# Words that open a clerk's phrase and never a name, repeated capitalised too ("Non Aktif", "Sudah dirujuk").
_OPENING_WORDS = frozenset("non sudah belum tidak masih sedang telah akan tanpa".split())


def _plain_words(text: str, written: list[str], unknown: set[str]) -> bool:
    """Whether a value's words are ordinary ones a message may repeat: "sekarang" as an end date, "Non Aktif" as a
    status, "Sudah dirujuk ke RS" as an outcome were hidden, and the clerk could not see what was wrong. Words of
    the dictionary (or short forms) typed small, none a name the masker knows; a capitalised word outside the
    dashboard's own only when it opens a phrase (``_OPENING_WORDS``): Indonesian names are words too ("Suci pindah",
    "Bagus dirujuk" stay hidden)."""
    from tksk import words

    if not all(len(w) <= 2 or words.is_word(w) for w in unknown) or pii.mask_note(text) != text:
        return False
    # A place's word is no such word here: "Mulia" names a desa and a person.
    # An office's short forms capitalised are no names either ("Musdes", "Rakor PKH" were hidden; rt7).
    return all(w[:1].islower() or w.lower() in known_words() or w.lower() in _OPENING_WORDS or len(w) <= 2
               or w.lower() in words.EVERYDAY for w in written)


def problem(file: str, code: str, *, row: int | None = None, column: str | None = None,
            value=None, own_file: bool = False, **fmt) -> Problem:
    """``own_file``: ``file`` is a path of the installation (the reference data folder an operator named), shown as
    it is: masked as a clerk's file name, "/tmp/rt5/…" read as an address (RT 5)."""
    text_id, text_en = MESSAGES[code]
    if value is not None and not isinstance(value, str) and str(value) in ("nan", "<NA>", "NaT"):
        value = None  # an empty cell a row rule points at is shown empty, not as "nan"
    fmt = {k: str(v) if k in STORE_FIELDS else pii.mask(str(v)) for k, v in fmt.items()}
    fmt_en = {k: fmt.get(f"{k}_en", v) for k, v in fmt.items()}
    # Free text may hold a name or an address: its value is never repeated in a message; any other value is
    # shown with whatever looks like personal data masked.
    shown = (None if value is None or column in FREE_TEXT or code in ("personal_data_value", "id_not_code")
             else shown_value(value, column))
    return Problem(str(file) if own_file else pii.mask_file_name(str(file)), row,
                   None if column is None else pii.mask(str(column)), shown, code,
                   text_id.format_map(_Optional(fmt)), text_en.format_map(_Optional({**fmt, **fmt_en})))


# Notes that say a file's rows were stored (replaced, added, recorded): on a refused file each is said as what would
# have happened (``not_done``).
NOT_DONE = {code: f"{code}_not_done" for code in ("corrected", "correction_adds_rows", "correction_put_back", "replaced",
                                                   "roster_overrides", "post_moved_corrected")}


def not_done(p: Problem) -> Problem:
    """A note of ``NOT_DONE`` said of a refused file: the same fields, read back from its text, in the wording of what
    would have happened; any other problem as it is."""
    if p.code not in NOT_DONE:
        return p
    said_id, said_en = _fields_of(MESSAGES[p.code][0], p.reason_id), _fields_of(MESSAGES[p.code][1], p.reason_en)
    code = NOT_DONE[p.code]
    try:  # each language with its own fields ("{undone}" is "jam 3 → 2,5" in one and "jam 3 → 2.5" in the other)
        text_id = MESSAGES[code][0].format_map({**said_en, **said_id})
        text_en = MESSAGES[code][1].format_map({**said_id, **said_en})
    except KeyError:  # a text that no longer reads as its template: said as it was, never lost
        return p
    return Problem(p.file, p.row, p.column, p.value, code, text_id, text_en)


def _fields_of(template: str, text: str) -> dict[str, str]:
    """The fields a message's text was filled with, read back by its template (each field once, any text)."""
    pattern, seen = "", set()
    for literal, name, _, _ in string.Formatter().parse(template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.*?)"
            seen.add(name)
    m = re.fullmatch(pattern, text, re.DOTALL)
    return m.groupdict() if m else {}


class _Optional(dict):
    """Message fields; one a caller has nothing for (a code's suggestion, ``{hint}``) reads as nothing."""

    def __missing__(self, key):
        if key in OPTIONAL_FIELDS:
            return ""
        if key in LIMIT_FIELDS:
            # Read when a message is made: tksk.logs imports this module, so it cannot be imported above.
            from tksk.logs import limits
            return limits.number(getattr(limits, LIMIT_FIELDS[key]))
        raise KeyError(key)


OPTIONAL_FIELDS = frozenset({"hint"})
# Message fields the store itself names (a build, the folder a batch was moved to: a time and a random suffix),
# never a file's text: masked, "20261204T101530-3f2a" read as a phone number.
STORE_FIELDS = frozenset({"build", "moved", "moved_en",
                          # a sheet's column letters and cell references, which ALI, NUR, SRI, TRI read as names
                          "col_last", "col_first", "col_end", "area"})
# Message fields that state a limit of the import, filled from tksk.logs.limits (never typed into a message).
LIMIT_FIELDS = {"search_rows": "HEADER_SEARCH_ROWS"}


class InputRejected(Exception):
    """Raised with every problem of a rejected input; the CLI prints them and exits 1."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
