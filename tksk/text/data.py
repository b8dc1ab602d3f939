"""Text of the sources and data-quality page: key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    # What masked or hidden personal data reads as on screen (tksk.pii and tksk.problems keep the Indonesian tokens).
    "mask_name": ("[nama disamarkan]", "[name masked]"), "mask_nik": ("[NIK/KK disamarkan]", "[NIK/KK masked]"),
    "mask_number": ("[nomor disamarkan]", "[number masked]"),
    "mask_birth": ("[tanggal lahir disamarkan]", "[birth date masked]"),
    "mask_phone": ("[telepon disamarkan]", "[phone masked]"), "mask_email": ("[surel disamarkan]", "[e-mail masked]"),
    "mask_address": ("[alamat disamarkan]", "[address masked]"), "mask_plate": ("[nopol disamarkan]", "[plate masked]"),
    "mask_hidden": ("[nilai tidak ditampilkan]", "[value not shown]"),
    "data_title": ("Sumber & Kualitas Data", "Sources & data quality"),
    "tab_sources": ("Sumber", "Sources"),
    "tab_quality": ("Kualitas log", "Log quality"),
    "tab_upload": ("Petugas: unggah dan audit", "Staff: upload and audit"),
    "tab_templates": ("Templat", "Templates"),
    "store_info": ("Penyimpanan data (store)", "Data store"),
    "population_sources_title": ("Penduduk kecamatan menurut sumber", "Kecamatan population by source"),
    "population_not_in_kecamatan_table": ("kode ini tidak ada di tabel kecamatan",
                                          "this code is not in the kecamatan table"),
    "population_sources_caption": (
        "Setiap kolom satu jenis angka dan tahunnya, berdampingan tanpa digabung: SP2010 hasil olah cepat dan final (BPS), "
        "angka lain yang terbit, angka skripsi Waruwu (2024) yang tidak menyebut tahun, dan perkiraan dashboard (porsi "
        "SP2010 × total kabupaten terbaru; bukan angka terbitan). \"Tidak jelas\": angka tanpa rujukan yang bertentangan "
        "dengan SP2010 (kotak info Wikipedia untuk Tanjung Raja), disimpan apa adanya dan tidak dipakai. \"tidak ada data\": "
        "sumber itu tidak memberi angka.",
        "Each column is one kind of figure and its year, side by side and never merged: the 2010 census quick count and "
        "final figures (BPS), other published figures, the Waruwu (2024) thesis figures whose year is not stated, and "
        "the dashboard estimate (2010 share × latest regency total; not a published figure). \"Unclear\": a figure with no "
        "reference that contradicts the 2010 census (a Wikipedia infobox for Tanjung Raja), kept as found and not used. "
        "\"no data\": that source gives none."),
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
    "deadline": ("Batas kirim laporan (tanggal, bulan berikutnya)", "Report deadline (day of the next month)"),
    "reports_pending": ("Laporan bulan yang batas waktunya jatuh setelah log terakhir dimasukkan ({date}) belum dinilai: "
                        "sel itu kosong (belum jatuh tempo), bukan 0 %.",
                        "Reports whose deadline falls after the log was last brought in ({date}) are not judged yet: "
                        "those cells are blank (not yet due), not 0 %."),
    "deadline_help": ("Tidak ada aturan nasional yang menetapkan tanggalnya; tanggal 10 bulan berikutnya adalah setelan awal.",
                      "No national rule fixes the day; the 10th of the next month is the starting setting."),
    "grid_completeness": ("Laporan diterima (%) per kecamatan dan bulan; – = tidak ada TKSK aktif, belum jatuh tempo atau "
                          "belum ada log kecamatan itu (arahkan kursor ke sel)",
                          "Reports received (%) by kecamatan and month; – = no active TKSK, not yet due or no log of the "
                          "kecamatan yet (hover over the cell)"),
    "reports_no_log": ("{n} kecamatan belum ada satu pun log dalam periode ini, jadi laporan yang diterima belum diketahui "
                       "({expected} laporan diharapkan): {names}.",
                       "{n} kecamatan have no log at all in this period, so the reports received are not known yet "
                       "({expected} reports expected): {names}."),
    "grid_timeliness": ("Laporan tepat waktu (%) per kecamatan dan bulan", "Reports on time (%) by kecamatan and month"),
    "completeness": ("Kelengkapan (%)", "Completeness (%)"),
    "timeliness": ("Ketepatan waktu (%)", "Timeliness (%)"),
    "expected": ("Diharapkan", "Expected"),
    "received": ("Diterima", "Received"),
    "on_time": ("Tepat waktu", "On time"),
    "never_visited_title": ("Desa/kelurahan yang tidak dikunjungi dalam periode", "Desa/kelurahan not visited in the period"),
    "outliers_title": ("Nilai pencilan untuk dicek", "Outlying values to check"),
    "no_outliers": ("Tidak ada nilai pencilan dalam periode ini.", "No outlying values in this period."),
    "outliers_caption": ("Baris log dengan jam atau jumlah orang jauh di atas kebiasaan kecamatan untuk jenis kegiatan yang "
                         "sama (di atas rata-rata + 3 simpangan baku, kelompok minimal 10 baris). Bukan tentu salah: cek "
                         "ke TKSK.",
                         "Log rows whose hours or people served are far above the kecamatan's usual for the same activity "
                         "(above the mean + 3 standard deviations, groups of at least 10 rows). Not necessarily wrong: "
                         "check with the TKSK."),
    "last_import_title": ("Impor terakhir", "Last import"),
    "import_notes_title": ("Masalah dan catatan per berkas (berkas yang diimpor tetap diimpor; catatan hanya untuk "
                           "diperiksa)", "Problems and notes by file (files imported stay imported; notes are for "
                           "checking only)"),
    "problems_scroll": ("{n} baris; {shown} pertama terlihat, gulir di dalam tabel untuk sisanya.",
                        "{n} rows; the first {shown} show, scroll inside the table for the rest."),
    "no_import": ("Belum pernah ada impor.", "No import yet."),
    "import_undone": ("DIBATALKAN {at} oleh {user}: barisnya tidak lagi dihitung",
                      "UNDONE {at} by {user}: its rows are no longer counted"),
    "upload_replaces_demo": ("Store kini memakai log contoh (demo). Mengimpor berkas asli (log, daftar pos atau jumlah "
                             "kebutuhan) mengakhiri mode contoh dan mengganti seluruh log contoh: setelah itu setiap "
                             "halaman hanya menghitung log yang diimpor.",
                             "The store now uses the demo log. Importing a real file (a log, a post roster or need "
                             "counts) ends the demo mode and replaces the whole demo log: from then on every page "
                             "counts only imported logs."),
    "signin_title": ("Masuk petugas", "Staff sign-in"),
    "signin_intro": ("Unggah, impor terakhir dan jejak audit hanya untuk petugas yang masuk (operator dan admin). Setiap "
                     "halaman lain terbuka untuk siapa saja dan bebas data pribadi.",
                     "Upload, the last import and the audit trail are for signed-in staff only (operators and admins). "
                     "Every other page is open to everyone and free of personal data."),
    "signin_name": ("Nama akun", "Account name"),
    "signin_password": ("Kata sandi", "Password"),
    "signin_submit": ("Masuk", "Sign in"),
    "signin_missing": ("Isi nama akun dan kata sandi.", "Fill in the account name and the password."),
    "signin_wrong": ("Nama akun atau kata sandi salah.", "Wrong account name or password."),
    "signin_wait": ("Terlalu banyak percobaan gagal: coba lagi dalam {seconds} detik.",
                    "Too many failed tries: try again in {seconds} s."),
    "signin_locked": ("Masuk dikunci sekitar {minutes} menit lagi karena terlalu banyak percobaan gagal untuk akun ini "
                      "atau dari perangkat ini.",
                      "Sign-in is locked for about {minutes} more minutes after too many failed tries for this account "
                      "or from this device."),
    "signed_in": ("Masuk sebagai `{name}` ({role}).", "Signed in as `{name}` ({role})."),
    "signout": ("Keluar", "Sign out"),
    "role_viewer": ("pembaca", "viewer"),
    "role_operator": ("operator: boleh mengimpor", "operator: may import"),
    "role_admin": ("admin: boleh mengimpor dan membatalkan", "admin: may import and undo"),
    "viewer_only": ("Akun pembaca melihat yang dilihat setiap pengunjung. Unggah dan jejak audit untuk operator dan admin.",
                    "A viewer account sees what every visitor sees. Upload and the audit trail are for operators and "
                    "admins."),
    "no_accounts": ("Belum ada akun petugas. Admin server membuatnya dengan `python -m etl users add NAMA --role admin` "
                    "(README, bagian Akun petugas).",
                    "There are no staff accounts yet. The server's admin creates them with "
                    "`python -m etl users add NAME --role admin` (README, section on staff accounts)."),
    "old_password_ignored": ("Kata sandi bersama lama (`TKSK_UPLOAD_PASSWORD` atau `upload_password`) tidak lagi membuka "
                             "unggahan: setiap petugas masuk dengan akunnya sendiri.",
                             "The old shared password (`TKSK_UPLOAD_PASSWORD` or `upload_password`) no longer opens the "
                             "upload: each member of staff signs in with an account of their own."),
    "upload_title": ("Unggah berkas", "Upload files"),
    # A cell with nothing in it, as an import message says its value (a correction: "jam 2,5 → kosong").
    "empty_cell": ("kosong", "empty"),
    "upload_limits": ("Berkas CSV atau XLSX, paling besar {mb} MB dan {rows} baris. Berkas diperiksa dulu; hanya berkas "
                      "tanpa masalah yang diimpor. Kolom data pribadi dibuang.",
                      "CSV or XLSX files, at most {mb} MB and {rows} rows. Files are checked first; only a file with no "
                      "problems is imported. Personal-data columns are dropped."),
    "upload_files": ("Pilih berkas log, daftar pos atau jumlah kebutuhan", "Choose log, roster or need-count files"),
    "file_ok": ("Valid: {rows} baris ({kind}).", "Valid: {rows} rows ({kind})."),
    "file_bad": ("Ditolak: {n} masalah{notes}; berkas ini tidak diimpor.",
                 "Refused, problems: {n}{notes}; this file is not imported."),
    # English counts as "label: n": "1 problems" and "1 notes" read wrong, and a count may be 1 (imp33).
    "file_bad_notes": (" (dan {k} catatan)", " (notes: {k})"),
    "upload_correct": ("Berkas koreksi: baris dengan ID yang sudah ada menggantikan baris lama",
                       "Correction file: rows with an ID already stored replace the stored rows"),
    "upload_correct_help": ("Untuk memperbaiki baris yang sudah diimpor: kirim baris itu dengan ID log yang sama dan isi "
                            "yang benar. Setiap baris yang diganti disebut (kolom yang berubah, lama → baru) dan dicatat "
                            "di jejak audit; admin dapat membatalkan impor terakhir. Tanpa centang ini, ID yang sudah ada "
                            "dengan isi berbeda ditolak.",
                            "To correct rows already imported: send those rows with the same log ID and the right "
                            "content. Each replaced row is listed (the changed columns, old → new) and recorded in the "
                            "audit trail; an admin can undo the last import. Without this tick, an ID already stored with "
                            "other content is refused."),
    "do_import": ("Impor berkas yang valid", "Import the valid files"),
    "import_summary": ("Impor selesai: {done} berkas diimpor ({rows} baris baru{fixed}), {refused} ditolak.",
                       "Import done: {done} files imported ({rows} new rows{fixed}), {refused} refused."),
    "import_summary_fixed": (", {n} baris dikoreksi", ", {n} rows corrected"),
    "col_corrected": ("Dikoreksi", "Corrected"),
    "upload_failed": ("Unggahan tidak dapat diproses; rinciannya dicatat di log server.",
                      "The upload could not be processed; the details are in the server log."),
    "result_imported": ("diimpor", "imported"), "result_refused": ("ditolak", "refused"),
    "result_ok": ("berhasil", "done"), "result_partial": ("sebagian", "partly"),
    "result_rejected": ("ditolak", "refused"), "result_failed": ("gagal", "failed"),
    "action_build": ("build", "build"), "action_import": ("impor", "import"), "action_rollback": ("pembatalan", "undo"),
    "action_refresh": ("agregasi ulang", "aggregated again"), "action_reconcile": ("pemulihan", "recovery"),
    "audit_title": ("Jejak audit", "Audit trail"),
    "audit_caption": ("Setiap build, impor dan pembatalan: siapa, kapan, berkas dan SHA-256, baris baru, hasil; terbaru di "
                      "atas ({n} catatan terakhir).",
                      "Every build, import and undo: who, when, file and SHA-256, rows added, result; newest first (last "
                      "{n} records)."),
    "no_audit": ("Belum ada catatan.", "No records yet."),
    "rollback_title": ("Batalkan impor terakhir", "Undo the last import"),
    "rollback_explain": ("Build yang dipakai: {current} ({action}, {at}). Membatalkan memakai lagi build sebelumnya, "
                         "{previous}; berkas impor build ini dipindah ke imports/undone/ dan boleh diimpor ulang nanti.",
                         "Build in use: {current} ({action}, {at}). Undoing makes the build before it, {previous}, "
                         "current again; this build's import files move to imports/undone/ and may be imported again "
                         "later."),
    "rollback_none": ("Tidak ada build sebelumnya untuk dikembalikan.", "There is no previous build to go back to."),
    "rollback_start": ("Pakai lagi build sebelumnya…", "Go back to the previous build…"),
    "rollback_confirm": ("Yakin? Semua halaman akan memakai build sebelumnya. Tindakan ini dicatat di jejak audit atas "
                         "nama {name}.",
                         "Sure? Every page will use the previous build. This is recorded in the audit trail under "
                         "{name}."),
    "rollback_yes": ("Ya, pakai build sebelumnya", "Yes, go back"),
    "rollback_cancel": ("Batal", "Cancel"),
    "kebutuhan_template": ("Templat jumlah kebutuhan (DTSEN, KPM, kasus PPKS per kecamatan dan tahun)",
                           "Need-count template (DTSEN, beneficiaries, PPKS cases per kecamatan and year)"),
    "templates_caption": ("Templat untuk petugas: XLSX dengan daftar pilihan kode dan lembar petunjuk, atau CSV.",
                          "Templates for staff: XLSX with code drop-downs and an explanation sheet, or CSV."),
    "log_template": ("Templat log kegiatan", "Activity log template"),
    "roster_template": ("Templat daftar pos", "Post roster template"),
    "col_file": ("Berkas", "File"), "col_row": ("Baris", "Row"), "col_column": ("Kolom", "Column"),
    "col_value": ("Nilai", "Value"), "col_reason": ("Alasan", "Reason"), "col_kind": ("Jenis", "Kind"),
    "col_result": ("Hasil", "Result"), "col_new_rows": ("Baris baru", "New rows"), "col_when": ("Waktu", "When"),
    "col_who": ("Petugas", "Staff"), "col_action": ("Tindakan", "Action"), "col_build": ("Build", "Build"),
    "built_at": ("Dibangun", "Built"),
    "rows_unit": ("baris", "rows"),
    "kind_sp2010_quick": ("SP2010 hasil olah cepat (BPS)", "2010 census, quick count (BPS)"),
    "kind_sp2010_final": ("SP2010 final, jumlah desa (BPS)", "2010 census, final, sum of desa (BPS)"),
    "kind_sp2010": ("Sensus 2010 (dikutip)", "2010 census (quoted)"),
    "kind_sp2020": ("Sensus 2020 (dikutip)", "2020 census (quoted)"),
    "kind_estimate": ("Perkiraan dashboard", "Dashboard estimate"),
    "kind_thesis": ("Waruwu (2024)", "Waruwu (2024)"),
    "kind_register": ("Registrasi kantor camat", "Kecamatan office register"),
    "kind_unclear": ("Tidak jelas (lihat keterangan tabel)", "Unclear (see the table's note)"),
    "year_unknown": ("tahun tidak disebut", "year not stated"),
    "desa_kind_desa": ("desa", "desa"),
    "desa_kind_kelurahan": ("kelurahan", "kelurahan"),
    "outlier_column": ("Isian", "Field"),
    "outlier_value": ("Nilai di log", "Value in the log"),
    "outlier_mean": ("Rata-rata kecamatan", "Kecamatan mean"),
    "outlier_bound": ("Batas (rata-rata + 3 SB)", "Bound (mean + 3 SD)"),
    "outlier_value_short": ("Nilai", "Value"),
    "outlier_mean_short": ("Rata-rata", "Mean"),
    "outlier_bound_short": ("Batas", "Bound"),
}
