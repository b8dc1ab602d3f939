"""Text of the sources and data-quality page: key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "data_title": ("Sumber & Kualitas Data", "Sources & data quality"),
    "tab_sources": ("Sumber", "Sources"),
    "tab_quality": ("Kualitas log", "Log quality"),
    "tab_upload": ("Unggah log", "Upload logs"),
    "tab_templates": ("Templat", "Templates"),
    "store_info": ("Store", "Store"),
    "population_sources_title": ("Penduduk kecamatan menurut sumber", "Kecamatan population by source"),
    "population_sources_caption": (
        "Setiap kolom satu jenis angka dan tahunnya, berdampingan tanpa digabung: SP2010 hasil olah cepat dan final (BPS), "
        "angka lain yang terbit, angka skripsi Waruwu (2024) yang tidak menyebut tahun, dan perkiraan_dashboard (porsi "
        "SP2010 × total kabupaten terbaru; bukan angka terbitan). \"tidak ada data\": sumber itu tidak memberi angka.",
        "Each column is one kind of figure and its year, side by side and never merged: the 2010 census quick count and "
        "final figures (BPS), other published figures, the Waruwu (2024) thesis figures whose year is not stated, and "
        "perkiraan_dashboard (2010 share × latest regency total; not a published figure). \"no data\": that source gives none."),
    "areas_title": ("Luas kecamatan: dihitung dan terbitan", "Kecamatan areas: computed and published"),
    "area_computed": ("Luas dihitung dari batas desa (km²)", "Area computed from desa boundaries (km²)"),
    "area_difference": ("Terbitan − dihitung (%)", "Published − computed (%)"),
    "areas_caption": (
        "Luas dihitung: poligon desa (dasar Kepmendagri 2025) digabung per kecamatan, diukur di UTM 48S; jumlahnya {computed} "
        "km², sejalan dengan luas kabupaten {official} km² (BIG 2024). Luas terbitan: dokumen perencanaan "
        "Pemkab yang tahunnya tidak tercantum; jumlahnya {published} km², total lama Pemkab. Keduanya ditampilkan "
        "berdampingan, tidak digabung; \"km² per TKSK\" memakai luas dihitung kecuali dipilih lain di Peta Cakupan.",
        "Computed area: the desa polygons (Kemendagri 2025 basis) dissolved per kecamatan, measured in UTM 48S; they add up "
        "to {computed} km², in line with the regency's {official} km² (BIG 2024). Published area: a Pemkab "
        "planning document whose year is not stated; it adds up to {published} km², the older Pemkab total. Both are shown "
        "side by side, never merged; \"km² per TKSK\" uses the computed area unless another is chosen on the Coverage map."),
    "sources_caption": ("Setiap sumber: judul, pembuat, alamat, tahun, lisensi dan apa yang diubah. Rincian lengkap di "
                        "SOURCES.md folder data rujukan.",
                        "Each source: title, producer, address, year, licence and what was changed. Full details in the "
                        "reference folder's SOURCES.md."),
    "completeness_title": ("Kelengkapan dan ketepatan laporan bulanan", "Monthly report completeness and timeliness"),
    "deadline": ("Batas kirim laporan: tanggal ke- bulan berikutnya", "Report deadline: day of the next month"),
    "deadline_help": ("Tidak ada aturan nasional yang menetapkan tanggalnya; tanggal 10 bulan berikutnya adalah setelan awal.",
                      "No national rule fixes the day; the 10th of the next month is the starting setting."),
    "grid_completeness": ("Laporan diterima (%) per kecamatan dan bulan; – = tidak ada TKSK aktif",
                          "Reports received (%) by kecamatan and month; – = no active TKSK"),
    "grid_timeliness": ("Laporan tepat waktu (%) per kecamatan dan bulan", "Reports on time (%) by kecamatan and month"),
    "completeness": ("Kelengkapan (%)", "Completeness (%)"),
    "timeliness": ("Ketepatan waktu (%)", "Timeliness (%)"),
    "expected": ("Diharapkan", "Expected"),
    "received": ("Diterima", "Received"),
    "on_time": ("Tepat waktu", "On time"),
    "never_visited_title": ("Desa/kelurahan tanpa kunjungan dalam periode", "Desa/kelurahan never visited in the period"),
    "outliers_title": ("Nilai pencilan untuk dicek", "Outlying values to check"),
    "outliers_caption": ("Baris log dengan jam atau jumlah orang jauh di atas kebiasaan kecamatan untuk jenis kegiatan yang "
                         "sama (di atas rata-rata + 3 simpangan baku, kelompok minimal 10 baris). Bukan tentu salah: cek "
                         "ke TKSK.",
                         "Log rows whose hours or people served are far above the kecamatan's usual for the same activity "
                         "(above the mean + 3 standard deviations, groups of at least 10 rows). Not necessarily wrong: "
                         "check with the TKSK."),
    "last_import_title": ("Impor terakhir", "Last import"),
    "no_import": ("Belum pernah ada impor.", "No import yet."),
    "upload_off": ("Unggah nonaktif: atur kata sandi akses di Streamlit secrets (`upload_password`) atau variabel "
                   "lingkungan `TKSK_UPLOAD_PASSWORD`.",
                   "Upload is off: set an access password in Streamlit secrets (`upload_password`) or the environment "
                   "variable `TKSK_UPLOAD_PASSWORD`."),
    "password": ("Kata sandi petugas", "Staff password"),
    "password_wrong": ("Kata sandi salah.", "Wrong password."),
    "upload_limits": ("Berkas CSV atau XLSX, paling besar {mb} MB dan {rows} baris. Berkas diperiksa dulu; hanya berkas "
                      "tanpa masalah yang diimpor. Kolom data pribadi dibuang.",
                      "CSV or XLSX files, at most {mb} MB and {rows} rows. Files are checked first; only a file with no "
                      "problems is imported. Personal-data columns are dropped."),
    "upload_files": ("Pilih berkas log atau daftar pos", "Choose log or roster files"),
    "problems_found": ("{n} masalah di {file}: berkas tidak diimpor.", "{n} problems in {file}: file not imported."),
    "file_clean": ("{file}: {rows} baris valid.", "{file}: {rows} valid rows."),
    "do_import": ("Impor berkas yang valid", "Import the valid files"),
    "imported": ("Diimpor: {file}, {n} baris baru.", "Imported: {file}, {n} new rows."),
    "templates_caption": ("Templat untuk petugas: XLSX dengan daftar pilihan kode dan lembar petunjuk, atau CSV.",
                          "Templates for staff: XLSX with code drop-downs and an explanation sheet, or CSV."),
    "log_template": ("Templat log kegiatan", "Activity log template"),
    "roster_template": ("Templat daftar pos", "Post roster template"),
    "col_file": ("Berkas", "File"), "col_row": ("Baris", "Row"), "col_column": ("Kolom", "Column"),
    "col_value": ("Nilai", "Value"), "col_reason": ("Alasan", "Reason"),
    "built_at": ("Dibangun", "Built"),
    "rows_unit": ("baris", "rows"),
    "kind_sp2010_quick": ("SP2010 hasil olah cepat (BPS)", "2010 census, quick count (BPS)"),
    "kind_sp2010_final": ("SP2010 final, jumlah desa (BPS)", "2010 census, final, sum of desa (BPS)"),
    "kind_sp2010": ("Sensus 2010 (dikutip)", "2010 census (quoted)"),
    "kind_sp2020": ("Sensus 2020 (dikutip)", "2020 census (quoted)"),
    "kind_estimate": ("Perkiraan dashboard", "Dashboard estimate"),
    "kind_thesis": ("Waruwu (2024)", "Waruwu (2024)"),
    "kind_register": ("Registrasi kantor camat", "Kecamatan office register"),
    "kind_unclear": ("Tidak jelas (lihat catatan)", "Unclear (see note)"),
    "year_unknown": ("tahun tidak disebut", "year not stated"),
    "desa_kind_desa": ("desa", "desa"),
    "desa_kind_kelurahan": ("kelurahan", "kelurahan"),
    "outlier_column": ("Isian", "Field"),
    "outlier_value": ("Nilai di log", "Value in the log"),
    "outlier_mean": ("Rata-rata kecamatan", "Kecamatan mean"),
    "outlier_bound": ("Batas (rata-rata + 3 SB)", "Bound (mean + 3 SD)"),
}
