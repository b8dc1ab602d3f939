"""Text of the frame, the home page and what every page shares: key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "press_enter": ("Tekan Enter untuk menerapkan", "Press Enter to apply"),
    "yes_word": ("ya", "yes"),
    "no_word": ("tidak", "no"),
    "no_results": ("Tidak ada yang cocok", "No results"),
    "select_all": ("Pilih semua", "Select all"),
    # Plotly's chart toolbar, in plotly.js's own English words (the second of each pair is the word it looks up).
    "plotly_png": ("Unduh grafik sebagai PNG", "Download plot as a PNG"),
    "plotly_png_lower": ("Unduh grafik sebagai PNG", "Download plot as a png"),
    "plotly_zoom": ("Perbesar bagian", "Zoom"), "plotly_pan": ("Geser", "Pan"),
    "plotly_zoom_in": ("Perbesar", "Zoom in"), "plotly_zoom_out": ("Perkecil", "Zoom out"),
    "plotly_autoscale": ("Skala otomatis", "Autoscale"), "plotly_reset_axes": ("Kembalikan sumbu", "Reset axes"),
    "plotly_reset_view": ("Kembalikan tampilan", "Reset view"), "plotly_box": ("Pilih kotak", "Box Select"),
    "plotly_lasso": ("Pilih laso", "Lasso Select"),
    "plotly_double_click": ("Klik dua kali untuk kembali", "Double-click to zoom back out"),
    "app_title": ("Dashboard TKSK {region}", "TKSK dashboard, {region}"),
    "app_short": ("TKSK Ogan Ilir", "TKSK Ogan Ilir"),
    "language": ("Bahasa", "Language"),
    "no_rows": ("Tidak ada baris untuk ditampilkan.", "No rows to show."),
    "period": ("Periode", "Period"),
    "period_help": ("Bulan awal dan akhir data log yang dihitung.", "First and last month of log data counted."),
    "period_url_unread": ("Periode di tautan ({value}) tidak dikenali atau di luar data log: dipakai periode bawaan "
                          "({period}).", "The link's period ({value}) was not recognised or lies outside the log: the "
                          "default period ({period}) is shown."),
    "kecamatan_url_unread": ("Kecamatan di tautan ({value}) tidak dikenali dan tidak disaring; tulis kode atau namanya, "
                             "mis. 16.10.13 atau Kandis.", "The link's kecamatan ({value}) was not recognised and is not "
                             "filtered; write its code or name, e.g. 16.10.13 or Kandis."),
    "kecamatan_filter": ("Kecamatan", "Kecamatan"),
    "kecamatan_all": ("Semua kecamatan", "All kecamatan"),
    "demo_badge": ("Data contoh (demo)", "Demo data"),
    "demo_explain": ("log kegiatan sintetis, bukan laporan TKSK asli; data wilayah, penduduk dan kemiskinan asli.",
                     "synthetic activity logs, not real TKSK reports; area, population and poverty data are real."),
    "stale_store": ("**Store dibangun oleh versi lain dashboard ini** (format {have}, kode ini format {want}): sebagian "
                    "angka mungkin dihitung dengan aturan lain. Bangun ulang seperti semula dengan "
                    "`python -m etl build --if-missing` (log yang sudah diimpor tetap dipakai).",
                    "**The store was built by another version of this dashboard** (format {have}, this code format "
                    "{want}): some figures may follow other rules. Rebuild it as it was with "
                    "`python -m etl build --if-missing` (the logs already imported are kept)."),
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
    # The months the log holds, not the period chosen: the two stand side by side on the home page.
    "data_period": ("Log tersedia", "Log on file"),
    "data_period_help": ("Bulan yang ada di log. Angka di halaman ini untuk periode yang dipilih di samping: {period}.",
                         "The months the log holds. The figures on this page are for the period chosen in the "
                         "sidebar: {period}."),
    "data_period_help_none": ("Belum ada log kegiatan: angka yang dihitung dari log terisi setelah impor pertama, "
                              "dan pemilih periode muncul di sidebar.",
                              "No activity log yet: the figures computed from the log fill in after the first import, "
                              "and the period chooser appears in the sidebar."),
    "log_status": ("Status log", "Log status"),
    "log_demo": ("contoh (demo)", "demo"),
    "log_real": ("asli, diimpor Dinas", "real, imported by the Dinas"),
    "log_none": ("belum ada", "none yet"),
    "store_built": ("Store dibangun", "Store built"),
    "kecamatan_table": ("Kecamatan di {region}", "Kecamatan of {region}"),
    # Headers of the kecamatan table, each column's full name its tooltip.
    "head_desa": ("Desa", "Desa"),
    "head_kelurahan": ("Kelurahan", "Kelurahan"),
    "head_desa_kel": ("Desa/kel.", "Desa/kel."),
    "head_families": ("KK (PODES 2021)", "Families (PODES 2021)"),
    "n_kecamatan": ("Kecamatan", "Kecamatan"),
    "n_desa": ("Desa/kelurahan", "Desa/kelurahan"),
    # TKSK in post, not posts: beside "Pos TKSK Juni 2024: 18 terisi, 1 pos kosong" the tile's "Pos TKSK aktif 18"
    # counted 18 posts where the sentence counted 19 (audit of 2026-12-06).
    "n_posts": ("TKSK aktif (pos terisi), {month}", "TKSK in post (filled posts), {month}"),
    "n_posts_none": ("TKSK aktif (pos terisi)", "TKSK in post (filled posts)"),
    "no_log_month": ("tanpa log di seluruh kabupaten", "no log in the whole regency"),
    "no_log_months_note": ("Tidak ada satu baris log pun di seluruh kabupaten pada {months}: log bulan itu kemungkinan "
                           "belum diimpor, jadi bulan itu celah, bukan nol.",
                           "Not one log row in the whole regency in {months}: that month's log is most likely not "
                           "imported yet, so the month is a gap, not a zero."),
    "no_log_kec_month": ("tanpa log kecamatan ini", "no log of this kecamatan"),
    "trend_no_log": ("Belum ada angka {name} dalam periode ini: belum ada log kecamatan ini.",
                     "No figure for {name} in this period: no log of this kecamatan yet."),
    "trend_all_vacant": ("Belum ada angka {name} dalam periode ini: pos TKSK-nya kosong setiap bulan.",
                         "No figure for {name} in this period: its TKSK post was vacant every month."),
    "no_log_kec_months_note": ("Tidak ada satu baris log pun dari kecamatan ini pada {months}, sementara TKSK-nya aktif: "
                               "berkasnya kemungkinan belum masuk, jadi bulan itu celah, bukan nol.",
                               "Not one log row of this kecamatan in {months} while its TKSK was active: its file has "
                               "most likely not come in, so the month is a gap, not a zero."),
    "no_log_months_data": ("Bulan ber-TKSK tanpa satu baris log pun di seluruh kabupaten ({months}): kemungkinan log "
                           "bulan itu belum diimpor. Tren menunjukkannya sebagai celah dan perencanaan tidak menghitungnya "
                           "sebagai bulan kerja; impor log bulan itu bila ada.",
                           "Staffed months without a single log row in the whole regency ({months}): most likely that "
                           "month's log is not imported yet. Trends show them as gaps and the planner does not count them "
                           "as working months; import that month's log if it exists."),
    "no_log_months_scored": ("Bulan tanpa satu baris log pun di seluruh kabupaten ({months}) tidak dinilai untuk "
                             "kegiatan: skor bertumpu pada bulan lain, bukan nol untuk bulan itu. Laporan bulanannya "
                             "tetap dinilai (dikirim bulan berikutnya), kecuali laporan yang tidak ada karena bulan "
                             "berikutnya juga tidak diimpor.",
                             "Months without a single log row in the whole regency ({months}) are not scored on "
                             "activity: the scores rest on the other months, not a zero for that month. Their monthly "
                             "reports are still judged (they are sent the month after), except a report missing because "
                             "the month after was not imported either."),
    "store_missing": ("Store belum dibangun. Jalankan `python -m etl build --demo`.",
                      "The store is not built. Run `python -m etl build --demo`."),
    "nav_coverage": ("Cakupan & beban kerja", "Coverage & workload"),
    "nav_map": ("Peta Cakupan", "Coverage map"),
    "nav_data_group": ("Data", "Data"),
    "nav_data": ("Sumber & Kualitas Data", "Sources & data quality"),
    "population_estimate_year": ("Penduduk {year} (perkiraan)", "Population {year} (estimate)"),
    "kecamatan_table_method": ("Luas (km²): dihitung dari poligon batas desa (basis Kepmendagri 2025), bukan luas terbitan "
                               "Pemkab (keduanya berdampingan di Data › Sumber & Kualitas). Penduduk 2010: jumlah penduduk "
                               "desa Sensus Penduduk 2010 (final). Penduduk tahun terkini: perkiraan, porsi SP2010 "
                               "kecamatan × total kabupaten terbaru. Jumlah KK: PODES 2021.",
                               "Area (km²): computed from the desa boundary polygons (Kepmendagri 2025 basis), not the "
                               "area the Pemkab publishes (both side by side on Data › Sources & Quality). Population "
                               "2010: the sum of the desa of the 2010 Population Census (final). Latest population: an "
                               "estimate, the kecamatan's SP2010 share × the latest regency total. Families: PODES 2021."),
    "caption_sources": ("Sumber: {sources}.", "Sources: {sources}."),
    "download": ("Unduh", "Download"),
    "download_csv_id": ("CSV (Excel Indonesia: ; dan koma desimal)", "CSV (Indonesian Excel: ; and decimal comma)"),
    "download_zip": ("ZIP: CSV dan keterangannya (sumber, periode, metode)", "ZIP: CSV and its description (sources, period, method)"),
    # The line a chart carries into its saved image (Plotly's camera): demo or not, the sources and the period.
    "chart_demo_mark": ("DATA CONTOH (demo)", "DEMO DATA"),
    "about_field": ("Keterangan", "Field"),
    "about_value": ("Isi", "Value"),
    "about_title": ("Judul", "Title"),
    "about_period": ("Periode", "Period"),
    "about_data": ("Jenis data", "Data"),
    "about_demo": ("DATA CONTOH (demo): log kegiatan sintetis, bukan laporan TKSK asli",
                   "DEMO DATA: synthetic activity log, not real TKSK reports"),
    "about_real": ("Data asli: log kegiatan yang diimpor Dinas Sosial", "Real data: activity logs imported by the Dinas Sosial"),
    "about_reference": ("Data rujukan publik (tidak memakai log kegiatan TKSK)",
                        "Public reference data (no TKSK activity log used)"),
    "data_kind_demo": ("DEMO: dari log sintetis, bukan laporan TKSK asli", "DEMO: from a synthetic log, not real TKSK reports"),
    "about_method": ("Metode", "Method"),
    "gap_value": ("tidak ada data", "no data"),
    "about_codes": ("Kode wilayah", "Region codes"),
    "about_codes_text": ("Kolom {columns}: kode Kemendagri (Kepmendagri 300.2.2-2138/2025); baca sebagai teks, bukan "
                         "angka (16.10 bukan 16,1; di R: colClasses = \"character\", di pandas: dtype=str)",
                         "Column {columns}: Kemendagri codes (Kepmendagri 300.2.2-2138/2025); read them as text, not as "
                         "numbers (16.10, not 16.1; in R: colClasses = \"character\", in pandas: dtype=str)"),
    "about_source": ("Sumber", "Source"),
    "about_built": ("Store dibangun", "Store built"),
    # The population estimate's source line in a download, from what this store's build computed (manifest).
    "estimate_without": ("tanpa angka SP2010, tidak diperkirakan dan penduduknya tidak dibagikan ke kecamatan lain: "
                         "{codes}", "without a 2010 census figure, not estimated and their people not shared out to "
                         "the other kecamatan: {codes}"),
    "estimate_method": ("porsi kecamatan pada SP2010 final × penduduk kabupaten {year} ({total} jiwa), dibulatkan dengan "
                        "sisa terbesar",
                        "each kecamatan's share in the final 2010 census × the regency population of {year} ({total} "
                        "people), rounded by largest remainder"),
    "estimate_not_published": ("bukan angka terbitan", "not a published figure"),
    "estimate_kepmendagri_date": ("tanggal acuan angka penduduk Kepmendagri tidak disebut sumbernya",
                                  "the source does not state the reference date of the Kepmendagri population"),
    "estimate_before_year": ("periode ini berakhir {end}: angka perkiraan {year} dipakai untuknya",
                             "this period ends in {end}: the {year} estimate is used for it"),
    "about_made": ("Berkas dibuat", "File made"),
    "sheet_data": ("data", "data"),
    "sheet_about": ("keterangan", "about"),
    "not_a_number": ("\"{value}\" bukan angka; nilai sebelumnya tetap dipakai. Contoh: 6,5 atau 25.000.",
                     "\"{value}\" is not a number; the previous value stays. Examples: 6.5 or 25,000."),
    "out_of_bounds": ("{value} di luar batas {low} sampai {high}; nilai sebelumnya tetap dipakai.",
                      "{value} is outside {low} to {high}; the previous value stays."),
    "choose_files": ("Pilih berkas", "Choose files"),
    "last_import": ("impor terakhir", "last import"),
    "last_import_refused": ("impor terakhir ditolak, data tidak berubah", "last import refused, data unchanged"),
    "last_import_undone": ("impor terakhir dibatalkan", "last import undone"),
    "home_underserved": ("Paling kurang terlayani, di antara kecamatan dengan TKSK aktif setiap bulan: {measure}",
                         "Most under-served, among kecamatan with an active TKSK every month: {measure}"),
    "filter_scope": ("Hanya {n} kecamatan yang dipilih di sidebar: {names}. Urutan dan median kabupaten tetap dihitung "
                     "atas seluruh kabupaten.",
                     "Only the {n} kecamatan chosen in the sidebar: {names}. Ranks and the regency's medians are "
                     "still those of the whole regency."),
    "filter_scope_plain": ("Hanya {n} kecamatan yang dipilih di sidebar: {names}.",
                           "Only the {n} kecamatan chosen in the sidebar: {names}."),
    "filter_not_here": ("Bagian ini selalu untuk seluruh kabupaten: pilihan {n} kecamatan di sidebar ({names}) tidak "
                        "berlaku di sini.", "This part is always for the whole regency: the {n} kecamatan chosen in the "
                        "sidebar ({names}) do not apply here."),
    # Ranked among the listed, not necessarily below them all: "even less served" beside a higher figure (ux22).
    "home_underserved_vacant": ("Juga di antara yang paling kurang terlayani, dengan bulan tanpa TKSK: {items}",
                                "Also among the least served, with months without a TKSK: {items}"),
    "home_scope": ("Jawaban di bawah hanya untuk {n} kecamatan yang dipilih di sidebar: {names}; kebutuhan TKSK tetap "
                   "untuk seluruh kabupaten.",
                   "The answers below are for the {n} kecamatan chosen in the sidebar only: {names}; the TKSK needed "
                   "stays that of the whole regency."),
    "home_attention_bias": ("Skor per desa makin rendah di kecamatan dengan makin banyak desa per TKSK (korelasi "
                            "peringkat {rho}): yang tercantum bisa jadi kelebihan beban, bukan hanya lemah; bandingkan "
                            "dengan Perencanaan.",
                            "The per-desa scores fall as the desa per TKSK rise (rank correlation {rho}): those listed "
                            "may be overloaded, not only weak; compare with the Planner."),
    "home_open_map": ("Buka peta cakupan", "Open the coverage map"),
    "home_vacant": ("Pos kosong dalam periode", "Vacant posts in the period"),
    "home_vacant_line": ("{name}: {n} dari {m} bulan tanpa TKSK aktif ({months})",
                         "{name}: {n} of {m} months without an active TKSK ({months})"),
    "home_no_vacancy": ("Tidak ada: setiap kecamatan punya TKSK aktif setiap bulan.",
                        "None: every kecamatan had an active TKSK every month."),
    "home_no_vacancy_chosen": ("Tidak ada: setiap kecamatan yang dipilih punya TKSK aktif setiap bulan.",
                               "None: every kecamatan chosen had an active TKSK every month."),
    "n_assumed": ("{n} asumsi", "{n} assumed"),
    "home_vacancy_unknown": ("Tidak diketahui tanpa daftar pos: tidak ada yang tercatat kosong.",
                             "Not known without a post roster: none is recorded vacant."),
    "home_no_log": ("{n} dari {total} kecamatan belum ada log dalam periode ini, jadi tidak dibandingkan: {names}",
                    "{n} of {total} kecamatan have no log in this period yet, so they are not compared: {names}"),
    "home_uncompared": ("Belum dibandingkan (terlalu sedikit bulan dinilai atau log tidak lengkap; lihat Indikator "
                        "Kinerja): {names}",
                        "Not compared yet (too few months scored or an incomplete log; see Performance indicators): "
                        "{names}"),
    "home_log_partial": ("{n} dari {total} kecamatan yang lognya tidak masuk sepertiga bulan ber-TKSK-nya atau lebih "
                         "tidak dibandingkan (angkanya hanya dari bulan yang masuk): {names}",
                         "{n} of {total} kecamatan whose log is missing for a third of their staffed months or more are "
                         "not compared (their figures rest on the months that came in): {names}"),
    "home_people_uncounted": ("{n} dari {total} kecamatan tanpa data orang dilayani (setiap kegiatan fasilitasi tercatat "
                              "0 orang dan 0 KK), jadi tidak dibandingkan: {names}",
                              "{n} of {total} kecamatan have no people-served figure (every facilitation logged 0 "
                              "people and 0 families), so they are not compared: {names}"),
    "home_open_detail": ("Lihat rincian kecamatan", "See the kecamatan detail"),
    "home_need": ("Kebutuhan TKSK (metode beban kerja WISN)", "TKSK needed (WISN workload method)"),
    "home_open_planner": ("Buka perencanaan", "Open the planner"),
    "home_attention": ("TKSK yang perlu perhatian", "TKSK needing attention"),
    "home_attention_line": ("{name}: skor {score} ({status})", "{name}: score {score} ({status})"),
    "home_attention_unlogged": (", log tidak masuk {n} bulan", ", log not in for {n} months"),
    "home_attention_more": ("… dan {n} lainnya ({total} kecamatan ditandai; semuanya di Indikator Kinerja)",
                            "… and {n} more ({total} kecamatan flagged; all of them on Performance "
                            "indicators)"),
    "home_attention_default": ("_Skor dengan target, bobot dan batas laporan bawaan Indikator Kinerja._",
                               "_Scored with the default targets, weights and report deadline of Performance indicators._"),
    "home_attention_custom": ("_Skor dengan target, bobot atau batas laporan yang Anda ubah di Indikator Kinerja._",
                              "_Scored with the targets, weights or report deadline you changed in Performance indicators._"),
    "home_below_green": ("Di bawah pita hijau (komposit < 80): {n} dari {total} kecamatan.",
                         "Below the green band (composite < 80): {n} of {total} kecamatan."),
    "home_no_attention": ("Tidak ada yang ditandai.", "None flagged."),
    "home_no_attention_some": ("Tidak ada yang ditandai di antara {scored} kecamatan yang bernilai. {n} kecamatan "
                               "tanpa skor — {groups}.",
                               "None flagged among the {scored} kecamatan scored. {n} kecamatan without a score — "
                               "{groups}."),
    # Beside a list of the flagged too: the kecamatan without a score went unnamed whenever one was flagged (ux22).
    "home_unscored": ("{n} kecamatan tanpa skor — {groups}.", "{n} kecamatan without a score — {groups}."),
    "unscored_vacant": ("tanpa TKSK sepanjang periode", "no TKSK all period"),
    "home_no_scores": ("Belum ada skor: tidak ada kecamatan terpilih yang punya TKSK dan log dalam periode ini "
                       "({names}).", "No score yet: no kecamatan chosen had a TKSK and a log in this period ({names})."),
    "home_none_ranked": ("Tidak ada kecamatan terpilih yang punya TKSK aktif setiap bulan periode ini, jadi tidak ada "
                         "yang diperingkat; lihat kekosongan pos di bawah.",
                         "No kecamatan chosen had a TKSK in post every month of this period, so none is ranked; see "
                         "the vacancies below."),
    "home_open_indicators": ("Buka indikator kinerja", "Open the performance indicators"),
}
