"""Every string a user reads, in Bahasa Indonesia (default) and English: key -> (id, en)."""

from __future__ import annotations

LANGS = {"id": "Bahasa Indonesia", "en": "English"}

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Dashboard TKSK {region}", "TKSK dashboard, {region}"),
    "app_short": ("TKSK Ogan Ilir", "TKSK Ogan Ilir"),
    "language": ("Bahasa", "Language"),
    "period": ("Periode", "Period"),
    "period_help": ("Bulan awal dan akhir data log yang dihitung.", "First and last month of log data counted."),
    "kecamatan_filter": ("Kecamatan", "Kecamatan"),
    "kecamatan_all": ("Semua kecamatan", "All kecamatan"),
    "demo_badge": ("Data contoh (demo)", "Demo data"),
    "demo_explain": ("log kegiatan sintetis, bukan laporan TKSK asli; data wilayah, penduduk dan kemiskinan asli.",
                     "synthetic activity logs, not real TKSK reports; area, population and poverty data are real."),
    "no_logs": ("Belum ada log kegiatan di store. Impor log di halaman Sumber & Kualitas Data.",
                "No activity logs in the store yet. Import logs on the Sources & Data Quality page."),
    "nav_overview": ("Ringkasan", "Overview"),
    "nav_home": ("Beranda", "Home"),
    "home_intro": (
        "Dashboard ini membantu Dinas Sosial {region} melihat cakupan dan beban kerja "
        "Tenaga Kesejahteraan Sosial Kecamatan (TKSK): satu TKSK per kecamatan menurut Permensos 28/2018, "
        "dengan tiga fungsi koordinasi, fasilitasi dan administrasi. Untuk Kepala Dinas (peta cakupan), "
        "perencana (apakah satu TKSK per kecamatan cukup) dan peneliti (indikator dan sumbernya).",
        "This dashboard helps the Dinas Sosial of {region} see the coverage and workload of its "
        "sub-district social-welfare workers (TKSK): one TKSK per kecamatan under Permensos 28/2018, with "
        "three functions, coordination, facilitation and administration. For the head of the Dinas (coverage "
        "map), planners (is one TKSK per kecamatan enough) and researchers (indicators and their sources)."),
    "data_period": ("Periode data log", "Log data period"),
    "log_status": ("Status log", "Log status"),
    "log_demo": ("contoh (demo)", "demo"),
    "log_real": ("asli, diimpor Dinas", "real, imported by the Dinas"),
    "log_none": ("belum ada", "none yet"),
    "store_built": ("Store dibangun", "Store built"),
    "kecamatan_table": ("Kecamatan di {region}", "Kecamatan of {region}"),
    "n_kecamatan": ("Kecamatan", "Kecamatan"),
    "n_desa": ("Desa/kelurahan", "Desa/kelurahan"),
    "n_posts": ("Pos TKSK aktif (bulan terakhir)", "Active TKSK posts (last month)"),
    "population_est": ("Penduduk (perkiraan)", "Population (estimate)"),
    "caption_kecamatan": (
        "Sumber: kode dan jumlah desa/kelurahan Kepmendagri 300.2.2-2138/2025; luas dihitung dari batas desa "
        "(cahyadsn, MIT; bukan luas resmi); KK: PODES 2021 (BPS via CIFOR-ICRAF); penduduk 2010: SP2010 (BPS); "
        "penduduk {year}: perkiraan = porsi SP2010 × total kabupaten {year} (Kemendagri).",
        "Sources: codes and desa/kelurahan counts Kepmendagri 300.2.2-2138/2025; area computed from desa boundaries "
        "(cahyadsn, MIT; not an official area); families: PODES 2021 (BPS via CIFOR-ICRAF); population 2010: census "
        "(BPS); population {year}: estimate = 2010 share × regency total {year} (Kemendagri)."),
    "download_csv": ("Unduh CSV", "Download CSV"),
    "download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "estimate_mark": ("perkiraan", "estimate"),
    "store_missing": ("Store belum dibangun. Jalankan `python -m etl build --demo`.",
                      "The store is not built. Run `python -m etl build --demo`."),
    # navigation
    "nav_coverage": ("Cakupan & beban kerja", "Coverage & workload"),
    "nav_map": ("Peta Cakupan", "Coverage map"),
    "nav_data_group": ("Data", "Data"),
    "nav_data": ("Sumber & Kualitas Data", "Sources & data quality"),
    # coverage map
    "map_title": ("Peta Cakupan TKSK", "TKSK coverage map"),
    "map_intro": ("Kecamatan mana yang paling kurang terlayani? Pilih ukuran; warna lebih gelap berarti beban per TKSK "
                  "lebih berat atau layanan lebih sedikit. Pos tanpa TKSK digambar abu-abu, bukan sebagai angka.",
                  "Which kecamatan are most under-served? Choose a measure; darker means a heavier load per TKSK or "
                  "less service. Posts without a TKSK are drawn grey, not as a number."),
    "metric": ("Ukuran", "Measure"),
    "vacant": ("Pos kosong (tanpa TKSK)", "Vacant post (no TKSK)"),
    "gap": ("Tidak ada data", "No data"),
    "not_reached": ("Tidak dikunjungi", "Not visited"),
    "ranking_title": ("Kecamatan paling kurang terlayani", "Most under-served kecamatan"),
    "rank": ("Peringkat", "Rank"),
    "value": ("Nilai", "Value"),
    "status": ("Status", "Status"),
    "choose_kecamatan": ("Rincian kecamatan", "Kecamatan detail"),
    "choose_hint": ("Pilih kecamatan di sini atau klik namanya di peta.", "Choose a kecamatan here or click its name on the map."),
    "none_chosen": ("— pilih —", "— choose —"),
    "posts_title": ("Pos TKSK", "TKSK posts"),
    "vs_median": ("Dibanding median kabupaten", "Against the regency median"),
    "median": ("Median kabupaten", "Regency median"),
    "difference_pct": ("Selisih (%)", "Difference (%)"),
    "position": ("Posisi", "Position"),
    "desa_map_title": ("Desa/kelurahan menurut jumlah kegiatan dalam periode", "Desa/kelurahan by activities in the period"),
    "activities": ("Kegiatan", "Activities"),
    "people_served": ("Orang dilayani", "People served"),
    "desa_not_reached": ("Desa/kelurahan yang tidak tersentuh kegiatan apa pun dalam periode",
                         "Desa/kelurahan no activity reached in the period"),
    "all_reached": ("Semua desa/kelurahan mendapat minimal satu kegiatan dalam periode.",
                    "Every desa/kelurahan had at least one activity in the period."),
    "vacant_months": ("{n} dari {m} bulan dalam periode tanpa TKSK aktif.", "{n} of {m} months in the period without an active TKSK."),
    "assumed_post": ("Kecamatan ini tidak ada di daftar pos: dianggap 1 TKSK aktif (norma Kemensos).",
                     "This kecamatan is not in the post roster: one active TKSK is assumed (the Kemensos norm)."),
    "caption_map": ("Sumber: {source}log kegiatan TKSK {logs}, {period}; pos TKSK dari daftar pos; batas desa "
                    "cahyadsn/wilayah_boundaries (MIT), kecamatan = gabungan desa.",
                    "Sources: {source}TKSK activity log {logs}, {period}; TKSK posts from the roster; desa boundaries "
                    "cahyadsn/wilayah_boundaries (MIT), kecamatan = dissolved desa."),
    "caption_logs": ("Sumber: log kegiatan TKSK {logs}, {period}; pos TKSK dari daftar pos.",
                     "Source: TKSK activity log {logs}, {period}; TKSK posts from the roster."),
    "above_short": ("di atas", "above"), "below_short": ("di bawah", "below"),
    "src_population": ("penduduk: perkiraan dashboard (porsi SP2010 × total kabupaten {year})",
                       "population: dashboard estimate (2010 census share × regency total {year})"),
    "src_families": ("KK: PODES 2021 (BPS via CIFOR-ICRAF)", "families: PODES 2021 (BPS via CIFOR-ICRAF)"),
    "src_desa": ("desa/kelurahan: Kepmendagri 300.2.2-2138/2025", "desa/kelurahan: Kepmendagri 300.2.2-2138/2025"),
    "src_area": ("luas dihitung dari batas desa (bukan luas resmi)", "area computed from desa boundaries (not official)"),
    "src_logs": ("log kegiatan TKSK", "TKSK activity log"),
    "logs_demo": ("CONTOH (demo)", "DEMO"),
    "logs_real": ("impor Dinas Sosial", "imported by the Dinas"),
    "no_period": ("Belum ada data log untuk periode ini.", "No log data for this period yet."),
    # data page
    "data_title": ("Sumber & Kualitas Data", "Sources & data quality"),
    "tab_sources": ("Sumber", "Sources"),
    "tab_quality": ("Kualitas log", "Log quality"),
    "tab_upload": ("Unggah log", "Upload logs"),
    "tab_templates": ("Templat", "Templates"),
    "store_info": ("Store", "Store"),
    "source_folder": ("Folder data rujukan", "Reference data folder"),
    "population_sources_title": ("Penduduk kecamatan menurut sumber", "Kecamatan population by source"),
    "population_sources_caption": (
        "Setiap kolom satu jenis angka dan tahunnya, berdampingan tanpa digabung: SP2010 hasil olah cepat dan final (BPS), "
        "angka lain yang terbit, angka skripsi Waruwu (2024) yang tidak menyebut tahun, dan perkiraan_dashboard (porsi "
        "SP2010 × total kabupaten terbaru; bukan angka terbitan). \"tidak ada data\": sumber itu tidak memberi angka.",
        "Each column is one kind of figure and its year, side by side and never merged: the 2010 census quick count and "
        "final figures (BPS), other published figures, the Waruwu (2024) thesis figures whose year is not stated, and "
        "perkiraan_dashboard (2010 share × latest regency total; not a published figure). \"no data\": that source gives none."),
    "row_counts": ("Jumlah baris per tabel", "Rows per table"),
    "sources_caption": ("Setiap sumber: judul, pembuat, alamat, tahun, lisensi dan apa yang diubah. Rincian lengkap di "
                        "SOURCES.md folder data rujukan.",
                        "Each source: title, producer, address, year, licence and what was changed. Full details in the "
                        "reference folder's SOURCES.md."),
    "completeness_title": ("Kelengkapan dan ketepatan laporan bulanan", "Monthly report completeness and timeliness"),
    "deadline": ("Batas kirim laporan: tanggal ke- bulan berikutnya", "Report deadline: day of the next month"),
    "deadline_help": ("Tidak ada aturan nasional; DOMAIN.md menyarankan tanggal 10 (setelan).",
                      "No national rule fixes it; DOMAIN.md suggests the 10th (a setting)."),
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
    # workload page
    "nav_workload": ("Beban Kerja", "Workload"),
    "nav_poverty": ("Kemiskinan", "Poverty"),
    "workload_title": ("Beban Kerja TKSK", "TKSK workload"),
    "workload_intro": ("Seberapa berat beban tiap TKSK? Ukuran kerja tercatat dihitung per TKSK per bulan aktif; ukuran "
                       "struktural (penduduk, KK, desa, luas) dibagi pos TKSK aktif pada bulan terakhir periode.",
                       "How heavy is each TKSK's load? Logged work is per TKSK per active month; structural loads "
                       "(population, families, desa, area) are divided by the posts active in the last month."),
    "load_measure": ("Ukuran beban", "Load measure"),
    "vs_median_title": ("Terhadap median kabupaten", "Against the regency median"),
    "above": ("di atas median", "above the median"), "below": ("di bawah median", "below the median"),
    "at_median": ("sama dengan median", "at the median"),
    "breakdown_title": ("Rincian kegiatan", "Breakdown of activities"),
    "breakdown_by": ("Menurut", "By"),
    "by_fungsi": ("Fungsi", "Function"), "by_program": ("Program", "Programme"),
    "by_kategori_ppks": ("Kategori PPKS (PMKS)", "PPKS (PMKS) category"),
    "scope": ("Wilayah", "Area"), "whole_regency": ("Seluruh kabupaten", "Whole regency"),
    "not_filled": ("(tidak diisi)", "(not filled in)"),
    "share_pct": ("Bagian kegiatan (%)", "Share of activities (%)"),
    "trend_title": ("Tren bulanan per TKSK", "Monthly trend per TKSK"),
    "trend_measure": ("Ukuran tren", "Trend measure"),
    "sembako_rounds": ("Bulan penyaluran BPNT/Sembako", "BPNT/Sembako distribution months"),
    "trend_caption": ("Nilai per TKSK aktif di bulan itu. Pita abu-abu: bulan tanpa TKSK aktif (celah, bukan nol). Pita biru: "
                      "bulan ada pendampingan penyaluran BPNT/Sembako.",
                      "Value per active TKSK in that month. Grey band: a month without an active TKSK (a gap, not zero). "
                      "Blue band: a month with BPNT/Sembako distribution assistance."),
    "hours_title": ("Jam tercatat dibanding jam tersedia", "Hours logged against hours available"),
    "hours_available": ("Jam kerja tersedia per TKSK per bulan (asumsi)", "Working hours available per TKSK per month (assumption)"),
    "hours_share": ("Bagian bulan kerja terisi (%)", "Share of a working month filled (%)"),
    "desa_title": ("Desa di kecamatan ini", "Desa of this kecamatan"),
    "hours_logged": ("Jam tercatat per bulan", "Hours logged per month"),
    # poverty page
    "poverty_title": ("Kemiskinan dan Cakupan TKSK", "Poverty and TKSK coverage"),
    "poverty_intro": ("Angka kemiskinan resmi BPS untuk Kabupaten Ogan Ilir dan kabupaten/kota lain di Sumatera Selatan, "
                      "dibandingkan dengan jumlah TKSK. Tahun tanpa angka tampil sebagai celah.",
                      "Official BPS poverty figures for Ogan Ilir and the other kabupaten/kota of Sumatera Selatan, set "
                      "against the number of TKSK. Years without a figure show as gaps."),
    "indicator": ("Indikator", "Indicator"),
    "ind_penduduk_miskin_ribu": ("Penduduk miskin (ribu jiwa)", "Poor population (thousands)"),
    "ind_p0_persen": ("Persentase penduduk miskin, P0 (%)", "Poverty headcount ratio, P0 (%)"),
    "ind_p1": ("Indeks kedalaman kemiskinan, P1", "Poverty gap index, P1"),
    "ind_p2": ("Indeks keparahan kemiskinan, P2", "Poverty severity index, P2"),
    "ind_garis_kemiskinan_rp": ("Garis kemiskinan (Rp/kapita/bulan)", "Poverty line (Rp per capita per month)"),
    "series_main": ("Tabel BPS (diutamakan)", "BPS table (preferred)"),
    "series_others": ("Sumber lain", "Other sources"),
    "flag_derived": ("angka turunan", "derived figure"), "flag_truncated": ("dibulatkan ke bawah oleh sumber", "truncated by the source"),
    "flag_split": ("sebelum pemekaran: mencakup wilayah kabupaten baru", "before a split: covers the later regency too"),
    "period_tahunan": ("tahunan", "annual"), "period_Maret": ("Maret", "March"), "period_September": ("September", "September"),
    "poverty_caption": ("Sumber: BPS, tabel kemiskinan kabupaten/kota ({years}); titik oranye: sumber lain (databoks, berita) "
                        "untuk perbandingan. 2004–2014 angka tahunan tabel BPS (bukan Maret); 2015–2025 Maret. Belah ketupat: "
                        "angka turunan atau dibulatkan ke bawah oleh sumbernya.",
                        "Source: BPS regency poverty tables ({years}); orange points: other sources (databoks, news) for "
                        "comparison. 2004–2014 are annual BPS-table figures (not March); 2015–2025 March. Diamonds: derived "
                        "figures or figures the source truncated."),
    "ranking_caption": ("Sumber: BPS, tabel kemiskinan kabupaten/kota {year} (baris tabel BPS diutamakan). Hanya tahun yang "
                        "punya angka untuk ke-17 kabupaten/kota yang bisa dipilih.",
                        "Source: BPS regency poverty tables {year} (BPS-table rows preferred). Only years with figures for "
                        "all 17 kabupaten/kota can be chosen."),
    "only_some_years": ("Hanya tersedia untuk: {years}.", "Available only for: {years}."),
    "ranking_poverty": ("Ogan Ilir di antara 17 kabupaten/kota Sumatera Selatan", "Ogan Ilir among the 17 kabupaten/kota of Sumatera Selatan"),
    "year": ("Tahun", "Year"),
    "truncated_caveat": ("Perhatian: sebagian angka tahun ini dari sumber yang mencetak persentase tanpa desimal (dibulatkan ke "
                         "bawah); pakai untuk urutan saja.",
                         "Caution: some figures this year come from a source that printed rates without decimals "
                         "(truncated); use them for ranking only."),
    "poor_per_tksk_title": ("Penduduk miskin per TKSK (satu TKSK per kecamatan)", "Poor people per TKSK (one TKSK per kecamatan)"),
    "poor_per_tksk": ("Penduduk miskin per TKSK", "Poor people per TKSK"),
    "poor_per_tksk_caption": ("Penduduk miskin BPS × 1.000 ÷ {n} (jumlah kecamatan = satu TKSK per kecamatan). Turunan dashboard.",
                              "BPS poor population × 1,000 ÷ {n} (number of kecamatan = one TKSK each). Derived by the dashboard."),
    "need_capacity_title": ("Kebutuhan dan kerja tercatat per kecamatan", "Need and logged work per kecamatan"),
    "need_capacity_caption": ("Sumbu datar: keluarga per TKSK (PODES 2021, struktural). Sumbu tegak: orang dilayani per TKSK per "
                              "bulan (log {logs}, {period}). Garis titik-titik: median. Kanan bawah: kebutuhan besar, layanan "
                              "tercatat kecil. Angka kemiskinan per kecamatan tidak diterbitkan BPS.",
                              "Horizontal: families per TKSK (PODES 2021, structural). Vertical: people served per TKSK per month "
                              "(log {logs}, {period}). Dotted lines: medians. Bottom right: high need, little logged service. "
                              "BPS publishes no poverty figures per kecamatan."),
    "p_explain_title": ("Apa arti P0, P1 dan P2?", "What do P0, P1 and P2 mean?"),
    "p_explain": (
        "- **Garis kemiskinan** adalah pengeluaran per orang per bulan yang dianggap cukup untuk makanan dan kebutuhan dasar "
        "lain. Orang dengan pengeluaran di bawahnya dihitung miskin.\n"
        "- **P0 (persentase penduduk miskin)**: dari 100 penduduk, berapa yang miskin. P0 12 berarti 12 dari 100 orang.\n"
        "- **P1 (indeks kedalaman kemiskinan)**: rata-rata seberapa jauh pengeluaran orang miskin di bawah garis kemiskinan. "
        "Makin besar, makin jauh mereka dari garis, makin besar bantuan yang dibutuhkan untuk mengangkatnya.\n"
        "- **P2 (indeks keparahan kemiskinan)**: seberapa timpang pengeluaran di antara orang miskin sendiri. Makin besar, "
        "makin banyak yang sangat jauh di bawah garis: mereka yang paling perlu didahulukan.\n"
        "BPS menerbitkan P1 dan P2 per kabupaten hanya untuk tahun yang ada di data ini (2025); tahun lain tampil kosong.",
        "- The **poverty line** is the spending per person per month deemed enough for food and other basic needs. People "
        "spending less are counted poor.\n"
        "- **P0 (headcount ratio)**: out of 100 people, how many are poor. P0 12 means 12 in 100.\n"
        "- **P1 (poverty gap index)**: on average how far the poor's spending falls below the line. Larger means deeper "
        "poverty and more aid needed to lift people out.\n"
        "- **P2 (poverty severity index)**: how unequal spending is among the poor themselves. Larger means more people far "
        "below the line, who need help first.\n"
        "BPS publishes P1 and P2 per regency only for the year in this data (2025); other years show empty."),
    # performance page
    "nav_performance": ("Kinerja & perencanaan", "Performance & planning"),
    "nav_indicators": ("Indikator Kinerja", "Performance indicators"),
    "kinerja_title": ("Indikator Kinerja TKSK", "TKSK performance indicators"),
    "kinerja_intro": ("Tiga fungsi TKSK menurut Permensos 28/2018 diukur dari log: koordinasi, fasilitasi dan administrasi. "
                      "Setiap indikator diberi skor 0–100 terhadap targetnya; target dan bobot bisa diubah di bawah.",
                      "The three TKSK functions of Permensos 28/2018 measured from the logs: coordination, facilitation "
                      "and administration. Each indicator is scored 0–100 against its target; targets and weights can be "
                      "changed below."),
    "settings_title": ("Target, bobot dan batas laporan", "Targets, weights and report deadline"),
    "target": ("Target", "Target"), "default_target": ("Target bawaan", "Default target"),
    "formula": ("Rumus", "Formula"), "why": ("Alasan target", "Why this target"),
    "weights": ("Bobot skor komposit (dinormalkan)", "Composite weights (normalised)"),
    "weights_help": ("Bawaan sama rata: Permensos 28/2018 tidak mendahulukan satu fungsi.",
                     "Equal by default: Permensos 28/2018 puts no function first."),
    "scorecard_title": ("Kartu skor per TKSK (satu baris per kecamatan)", "Scorecard per TKSK (one row per kecamatan)"),
    "composite": ("Komposit", "Composite"),
    "status_hijau": ("baik", "good"), "status_kuning": ("perlu perhatian", "needs attention"),
    "status_merah": ("lemah", "weak"), "status_kosong": ("pos kosong", "vacant post"),
    "scorecard_caption": ("Skor 0–100; status: hijau ≥ 80, kuning 60–79, merah < 60; pos kosong tanpa skor. Klik judul kolom "
                          "untuk mengurutkan.",
                          "Scores 0–100; status: green ≥ 80, yellow 60–79, red < 60; vacant posts have no score. Click a "
                          "column title to sort."),
    "indicator_trend": ("Tren indikator per bulan", "Indicator trend by month"),
    "regency_pooled": ("Kabupaten (gabungan)", "Regency (pooled)"),
    "drill_title": ("Rincian satu TKSK", "One TKSK in detail"),
    "by_activity": ("Kegiatan menurut jenis", "Activities by type"),
    "reports_by_month": ("Laporan bulanan per bulan", "Monthly reports by month"),
    "lifts_lowers": ("Yang menaikkan dan menurunkan skor", "What lifts and lowers the score"),
    "points_lost": ("Poin komposit yang hilang", "Composite points lost"),
    "compare_title": ("Bandingkan dua kecamatan", "Compare two kecamatan"),
    "method_title": ("Catatan metode", "Method note"),
    "download_method": ("Unduh catatan metode (Markdown)", "Download the method note (Markdown)"),
    "score": ("Skor", "Score"),
    "sent_on": ("Diterima", "Received"), "not_received": ("tidak diterima", "not received"),
    "late": ("terlambat", "late"), "on_time_short": ("tepat waktu", "on time"),
    # planner
    "nav_planner": ("Perencanaan", "Planning"),
    "planner_title": ("Perencanaan: cukupkah satu TKSK per kecamatan?", "Planning: is one TKSK per kecamatan enough?"),
    "planner_intro": ("Berapa TKSK yang dibutuhkan tiap kecamatan? Metode WISN (WHO), bentuk Indonesianya ABK Kes: beban "
                      "kerja setahun dibagi waktu kerja tersedia seorang TKSK, ditambah waktu perjalanan ke desa dan kegiatan "
                      "penunjang. Semua asumsi bisa diubah; skenario bisa disimpan dan dibuka lagi.",
                      "How many TKSK does each kecamatan need? The WHO WISN method (ABK Kes in Indonesia): a year's workload "
                      "divided by one TKSK's available working time, plus travel to the desa and support activities. "
                      "Every assumption can be changed; scenarios can be saved and reopened."),
    "wisn_awt_title": ("1. Waktu kerja tersedia (AWT)", "1. Available working time (AWT)"),
    "wisn_preset": ("Pilihan awal", "Preset"),
    "wisn_std_title": ("2. Standar kegiatan dan perjalanan", "2. Activity standards and travel"),
    "wisn_hours_unit": ("Jam per satuan", "Hours per unit"),
    "wisn_in_desa": ("Di desa (+ perjalanan)", "In a desa (+ travel)"),
    "wisn_speed": ("Kecepatan perjalanan (km/jam)", "Travel speed (km/h)"),
    "wisn_road": ("Faktor jalan (jarak jalan ÷ garis lurus)", "Road factor (road ÷ straight line)"),
    "wisn_round": ("Kunjungan rutin per desa per bulan (jam)", "Routine round per desa a month (hours)"),
    "wisn_include_round": ("Hitung kunjungan rutin desa", "Count a routine desa round"),
    "wisn_travel_model": ("Model perjalanan: setiap kegiatan di desa ditambah waktu pulang-pergi dari pusat kecamatan ke "
                          "rata-rata desa = 2 × rata-rata jarak garis lurus × faktor jalan ÷ kecepatan. Kunjungan rutin: "
                          "setiap desa sebulan sekali (jam kunjungan + perjalanan). Kecepatan 30 km/jam (sepeda motor di jalan "
                          "desa) dan faktor jalan 1,4 adalah perkiraan.",
                          "Travel model: every in-desa activity adds a round trip from the kecamatan centre to the average "
                          "desa = 2 × mean straight-line distance × road factor ÷ speed. Routine round: each desa once a "
                          "month (visit hours + travel). Speed 30 km/h (motorbike on village roads) and road factor 1.4 are "
                          "inferred."),
    "wisn_min_months": ("Bulan aktif minimal agar beban dari log dipakai (di bawahnya: perkiraan)",
                        "Minimum staffed months for the log to be used (below: estimate)"),
    "wisn_cas_title": ("3. Kegiatan penunjang (CAS) dan tugas tambahan (IAS)", "3. Support activities (CAS) and individual allowances (IAS)"),
    "wisn_activity": ("Kegiatan", "Activity"),
    "wisn_cas_help": ("CAS: persen waktu setiap TKSK untuk kegiatan penunjang yang tidak tercatat di log. CAF = 1 ÷ (1 − ΣCAS ÷ 100); "
                      "ΣCAS harus di bawah 100 %.",
                      "CAS: percent of every TKSK's time for support work not in the log. CAF = 1 ÷ (1 − ΣCAS ÷ 100); ΣCAS "
                      "must stay below 100 %."),
    "wisn_ias_hours": ("Jam setahun", "Hours a year"),
    "wisn_ias_help": ("IAS: tugas tambahan pos tertentu (mis. koordinator program), dalam jam setahun. IAF = ΣIAS ÷ AWT, "
                      "ditambahkan ke kebutuhan kecamatan itu.",
                      "IAS: extra duties of particular posts (e.g. a programme coordinator), hours a year. IAF = ΣIAS ÷ AWT, "
                      "added to that kecamatan's need."),
    "wisn_rules_title": ("4. Aturan pembanding dan biaya", "4. Comparison rules and cost"),
    "wisn_per_population": ("Satu TKSK per N penduduk", "One TKSK per N people"),
    "wisn_per_desa": ("Satu TKSK per N desa/kelurahan", "One TKSK per N desa/kelurahan"),
    "wisn_allowance": ("Tali asih per bulan (Rp)", "Monthly allowance (Rp)"),
    "wisn_rules_help": ("Tidak ada norma resmi jumlah penduduk atau desa per TKSK; bawaan 25.000 penduduk dan 12 desa kira-kira "
                        "median kecamatan Ogan Ilir, sehingga kecamatan median butuh satu TKSK.",
                        "No official norm of people or desa per TKSK exists; the defaults 25,000 people and 12 desa are about "
                        "the Ogan Ilir median kecamatan, so the median kecamatan needs one TKSK."),
    "wisn_err_awt": ("Waktu kerja tersedia harus lebih dari 0.", "Available working time must be above 0."),
    "wisn_err_std": ("Jam per satuan harus lebih dari 0: {keys}", "Hours per unit must be above 0: {keys}"),
    "wisn_result_title": ("Hasil per kecamatan", "Result per kecamatan"),
    "wisn_awt_now": ("Waktu kerja tersedia", "Available working time"),
    "wisn_total_need": ("TKSK dibutuhkan (WISN)", "TKSK needed (WISN)"),
    "wisn_total_now": ("TKSK sekarang", "TKSK now"),
    "wisn_total_ratio": ("Rasio WISN gabungan", "Pooled WISN ratio"),
    "wisn_total_cost": ("Biaya tali asih setahun (WISN)", "Yearly allowance cost (WISN)"),
    "wisn_totals_help": ("Total kabupaten = jumlah pos yang dibulatkan ke atas per kecamatan (tidak ada pos pecahan); setara penuh "
                         "waktu {fte}. Rasio gabungan = Σ sekarang ÷ Σ perlu, bukan rata-rata rasio kecamatan (rata-rata: {mean}).",
                         "Regency total = posts rounded up per kecamatan (a post cannot be split); full-time equivalents "
                         "{fte}. Pooled ratio = Σ current ÷ Σ required, not the mean of kecamatan ratios (mean: {mean})."),
    "wisn_scen_title": ("Skenario berdampingan", "Scenarios side by side"),
    "scen_now": ("Sekarang", "Now"), "scen_one": ("Satu per kecamatan", "One per kecamatan"),
    "scen_pop": ("Menurut penduduk", "By population"), "scen_desa": ("Menurut desa", "By desa"), "scen_wisn": ("WISN", "WISN"),
    "scen_total": ("Jumlah", "Total"), "scen_cost": ("Biaya setahun (Rp)", "Yearly cost (Rp)"),
    "wisn_map_title": ("Peta rasio WISN (sekarang ÷ perlu)", "Map of the WISN ratio (now ÷ needed)"),
    "wisn_ratio": ("Rasio WISN", "WISN ratio"),
    "wisn_col_need": ("Perlu (WISN)", "Needed (WISN)"), "wisn_col_posts": ("Pos perlu", "Posts needed"),
    "wisn_col_diff": ("Kurang (−) / lebih (+)", "Shortage (−) / surplus (+)"),
    "wisn_col_hours": ("Jam beban setahun", "Workload hours a year"), "wisn_col_travel": ("Jam pulang-pergi", "Round-trip hours"),
    "wisn_col_source": ("Sumber beban", "Workload source"), "wisn_col_pressure": ("Tekanan beban", "Workload pressure"),
    "src_log": ("log", "log"), "src_est": ("perkiraan", "estimate"),
    "wisn_caveat": ("Beban dari log menunjukkan kerja yang terlaksana, bukan semua kebutuhan: TKSK yang kewalahan mencatat lebih "
                    "sedikit. Kecamatan dengan log tipis atau pos kosong memakai perkiraan dari KK, desa, penduduk dan perkiraan "
                    "penduduk miskin (total kabupaten × porsi penduduk).",
                    "Workload from the log shows work done, not all need: an overloaded TKSK logs less. Kecamatan with thin "
                    "logs or a vacant post use an estimate from families, desa, population and estimated poor population "
                    "(regency total × population share)."),
    "wisn_save_title": ("Simpan, buka dan cetak", "Save, open and print"),
    "wisn_save_json": ("Simpan skenario (JSON)", "Save scenario (JSON)"),
    "wisn_load": ("Buka skenario tersimpan (JSON)", "Open a saved scenario (JSON)"),
    "wisn_load_error": ("Berkas skenario ditolak:", "Scenario file refused:"),
    "wisn_loaded": ("Skenario dibuka: {file}", "Scenario opened: {file}"),
    "wisn_brief": ("Unduh ringkasan satu halaman (HTML siap cetak A4)", "Download the one-page brief (print-ready A4 HTML)"),
    "wisn_brief_help": ("Buka berkas di peramban lalu Cetak → Simpan sebagai PDF; muat satu halaman A4.",
                        "Open the file in a browser, then Print → Save as PDF; it fits one A4 page."),
    "wisn_method_title": ("Metode WISN", "The WISN method"),
    "wisn_method": ("AWT = [A − (B + C + D + E)] × F · SW = AWT ÷ jam per satuan · CAF = 1 ÷ (1 − ΣCAS ÷ 100) · IAF = ΣIAS ÷ AWT · "
                    "Perlu = Σ(beban ÷ SW) × CAF + IAF · Selisih = sekarang − perlu · Rasio = sekarang ÷ perlu. Rasio di bawah 1: "
                    "beban lebih besar dari tenaga.",
                    "AWT = [A − (B + C + D + E)] × F · SW = AWT ÷ hours per unit · CAF = 1 ÷ (1 − ΣCAS ÷ 100) · IAF = ΣIAS ÷ AWT · "
                    "Required = Σ(workload ÷ SW) × CAF + IAF · Difference = now − required · Ratio = now ÷ required. Ratio "
                    "below 1: more work than staff."),
}


def t(key: str, lang: str = "id", **fmt) -> str:
    text = TEXT[key][1 if lang == "en" else 0]
    return text.format(**fmt) if fmt else text
