"""Text of the coverage map (Peta Cakupan): key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "status_period_end": ("Status pos di akhir periode", "Post status at the period's end"),
    "map_title": ("Peta Cakupan TKSK", "TKSK coverage map"),
    "map_intro": ("Kecamatan mana yang paling kurang terlayani? Pilih ukuran; warna lebih gelap berarti beban per TKSK "
                  "lebih berat atau layanan lebih sedikit. Pos kosong sepanjang periode digambar abu-abu berarsir, tanpa "
                  "angka; keterangan ukuran menyebut cara bulan kosong dihitung.",
                  "Which kecamatan are most under-served? Choose a measure; darker means a heavier load per TKSK or "
                  "less service. A post vacant all period is drawn hatched grey, with no number; the measure's note "
                  "says how vacant months count."),
    "map_unlabelled": ("Nama yang tidak muat di peta: {names} (arahkan kursor ke wilayahnya, atau lihat tabel).",
                       "Names that do not fit on the map: {names} (hover over the area, or see the table)."),
    "chart_unlabelled": ("Nama yang tidak muat di grafik: {names} (arahkan kursor ke titiknya, atau unduh tabelnya).",
                         "Names that do not fit on the chart: {names} (hover over the point, or download the table)."),
    "map_unlabelled_many": ("{n} wilayah", "{n} areas"),
    "map_all_equal": ("semua wilayah yang bernilai pada peta sama: {value}", "every area with a value on the map has "
                      "the same one: {value}"),
    "map_one_valued": ("hanya satu wilayah bernilai pada peta: {value}", "only one area on the map has a value: {value}"),
    "metric": ("Ukuran", "Measure"),
    "vacant": ("Pos kosong (tanpa TKSK)", "Vacant post (no TKSK)"),
    "no_log_yet": ("belum ada log", "no log yet"),
    # A staffed post with its log in, and no figure: the reference data lack the measure's base (a population).
    "log_partial_column": ("Log tidak lengkap (angka log tidak dibandingkan)", "Partial log (log figures not compared)"),
    "no_reference": ("data rujukan tidak ada", "no reference data"),
    # A figure resting on part of the log: unranked (a third or more of its staffed months missing) or said beside it.
    "log_partial": ("{n} dari {m} bln tanpa log", "{n} of {m} mo. without log"),
    "log_partial_key": ("Log tidak lengkap (tidak dibandingkan)", "Log incomplete (not compared)"),
    "no_log_or_partial_key": ("Belum ada log atau log tidak lengkap", "No log yet or log incomplete"),
    "log_missing_tiny": ("{n} bln tanpa log", "{n} mo. no log"),
    "people_uncounted": ("tidak ada data: setiap fasilitasi tercatat 0 orang dan 0 KK",
                         "no data: every facilitation logged 0 people and 0 families"),
    "vacant_or_no_log": ("Pos kosong atau belum ada log", "Vacant post or no log yet"),
    "hours_blank": ("Jam tidak diisi di log", "Hours left blank in the log"),
    "vacant_no_log_or_blank": ("Pos kosong, belum ada log, atau jam tidak diisi",
                               "Vacant post, no log yet, or hours left blank"),
    "gap": ("Tidak ada data", "No data"),
    "no_log_yet_active": ("Belum ada log (TKSK aktif)", "No log yet (TKSK active)"),
    "not_reached": ("Tidak dikunjungi", "Not visited"),
    "ranking_title": ("Kecamatan paling kurang terlayani: {measure}, terendah dulu",
                      "Most under-served kecamatan: {measure}, lowest first"),
    "ranking_title_output": ("Kerja tercatat per TKSK: {measure}, terendah dulu (ukuran kerja TKSK, bukan layanan "
                             "warga: kecamatan dengan lebih banyak TKSK per warga tampil rendah di sini)",
                             "Logged work per TKSK: {measure}, lowest first (a measure of TKSK work, not of residents' "
                             "service: a kecamatan with more TKSK per resident shows low here)"),
    "ranking_title_gap": ("Kecamatan dengan bulan tanpa TKSK terbanyak, terbanyak dulu",
                          "Kecamatan with the most months without a TKSK, most first"),
    "ranking_title_load": ("Kecamatan dengan beban tertinggi: {measure}, tertinggi dulu",
                           "Kecamatan with the heaviest load: {measure}, highest first"),
    "rank": ("Peringkat", "Rank"),
    # Not "Peringkat": there 1 is the best score (Kinerja), here the least served (consistency review of 2026-12-05).
    "rank_underserved": ("Urutan", "Order"),  # the title above says which comes first
    "value": ("Nilai", "Value"),
    "status": ("Status", "Status"),
    "choose_kecamatan": ("Rincian kecamatan", "Kecamatan detail"),
    "coverage_short_period": ("Periode {months} bulan: bantuan disalurkan hanya pada bulan tertentu (Sembako sekitar enam "
                              "kali setahun, PKH empat tahap), jadi urutan pada periode sependek ini lebih mengikuti "
                              "jadwal penyaluran daripada layanan TKSK; pilih 12 bulan untuk membandingkan kecamatan.",
                              "A {months}-month period: aid is handed out in some months only (Sembako about six rounds "
                              "a year, PKH in four stages), so the order over so short a period follows the distribution "
                              "calendar more than the TKSK's service; choose 12 months to compare kecamatan."),
    "detail_below": ("Rincian {name} di bawah peta", "{name}'s detail below the map"),
    "choose_hint": ("Pilih kecamatan di sini atau klik wilayahnya di peta.", "Choose a kecamatan here or click it on the map."),
    "posts_title": ("Pos TKSK", "TKSK posts"),
    "vs_median": ("Dibanding median kabupaten", "Against the regency median"),
    "median": ("Median kabupaten", "Regency median"),
    "difference_pct": ("Selisih (%)", "Difference (%)"),
    "points": ("{n} poin", "{n} points"),
    "position": ("Posisi", "Position"),
    "desa_map_title": ("Desa/kelurahan menurut jumlah kegiatan dalam periode", "Desa/kelurahan by activities in the period"),
    "activities": ("Kegiatan", "Activities"),
    "people_served": ("Orang dilayani", "People served"),
    # The name a table's "Orang dilayani" column carries as its tooltip and in downloads: a desa reached by
    # coordination alone read "tidak ada data" beside its activities.
    "people_served_long": ("Orang dilayani (kali layanan; dicatat untuk fasilitasi saja, kegiatan lain tanpa angka)",
                           "People served (services; counted for facilitation only, other activities have no figure)"),
    # One name for one thing: the map's "Tidak dikunjungi", the detail's list and Data's table.
    "desa_not_reached": ("Desa/kelurahan yang tidak dikunjungi dalam periode (tanpa satu kegiatan pun)",
                         "Desa/kelurahan not visited in the period (not one activity)"),
    "desa_visited_of": ("Desa dikunjungi", "Desa visited"),
    "n_of_m": ("{n} dari {m}", "{n} of {m}"),
    "desa_no_log": ("Belum ada log kecamatan ini dalam periode: desa mana yang dikunjungi belum diketahui.",
                    "No log of this kecamatan in the period yet: which desa were visited is not known."),
    "all_reached": ("Semua desa/kelurahan mendapat minimal satu kegiatan dalam periode.",
                    "Every desa/kelurahan had at least one activity in the period."),
    "vacant_months": ("{n} dari {m} bulan dalam periode tanpa TKSK aktif ({months}): celah cakupan kecamatan.",
                      "{n} of {m} months in the period without an active TKSK ({months}): a coverage gap of the kecamatan."),
    "gap_sentence": ("Celah cakupan dalam periode: {items}. Bulan tanpa TKSK dihitung sebagai bulan tanpa layanan pada "
                     "ukuran per 1.000 KK dan per desa, dan tidak masuk skor kinerja TKSK.",
                     "Coverage gaps in the period: {items}. Months without a TKSK count as months without service in the "
                     "per-1,000-families and per-desa measures, and are left out of the TKSK's performance score."),
    "gap_item": ("{name} {n} dari {m} bulan tanpa TKSK aktif ({months})",
                 "{name} {n} of {m} months without an active TKSK ({months})"),
    "gap_tiny": ("{n} bln kosong", "{n} mo. vacant"),
    "vacant_at_end": ("kosong di akhir periode", "vacant at the period's end"),
    "gap_months_col": ("Bulan tanpa TKSK aktif", "Months without an active TKSK"),
    "period_months_col": ("Bulan dalam periode", "Months in the period"),
    "which_months_col": ("Bulan apa", "Which months"),
    "area_choice": ("Luas untuk km² per TKSK", "Area for km² per TKSK"),
    "area_computed_short": ("dihitung dari batas desa (2025)", "computed from desa boundaries (2025)"),
    "area_published_short": ("terbitan Pemkab (dokumen perencanaan)", "published by the Pemkab (planning document)"),
    "area_note": ("Luas yang dipakai: {area}. Bawaan: luas dihitung, karena batas itu yang digambar di peta dan jumlahnya "
                  "sama dengan luas kabupaten terkini (BIG 2024); luas terbitan berasal dari dokumen yang tahunnya tidak "
                  "tercantum dan berjumlah total lama Pemkab. Keduanya berdampingan di halaman Sumber & Kualitas Data.",
                  "Area used: {area}. Default: the computed area, because those boundaries are the ones drawn on the map "
                  "and they add up to the current regency area (BIG 2024); the published areas come from a document "
                  "whose year is not stated and add up to the older Pemkab total. Both are side by side on the Sources "
                  "& data quality page."),
    "assumed_post": ("Kecamatan ini tidak ada di daftar pos: dianggap 1 TKSK aktif (norma Kemensos).",
                     "This kecamatan is not in the post roster: one active TKSK is assumed (the Kemensos norm)."),
    "above_short": ("di atas", "above"), "below_short": ("di bawah", "below"),
    "logs_demo": ("CONTOH (demo)", "DEMO"),
    "logs_real": ("impor Dinas Sosial", "imported by the Dinas"),
    "no_period": ("Belum ada data log untuk periode ini.", "No log data for this period yet."),
    "needs_logs": ("Halaman ini dihitung dari log kegiatan TKSK dan daftar pos, jadi terisi setelah impor pertama. "
                   "Tanpa log, penduduk, keluarga, luas dan desa per kecamatan ada di tabel kecamatan di Beranda, "
                   "kemiskinan kabupaten di halaman Kemiskinan, dan Perencanaan sudah menghitung kebutuhan TKSK dari "
                   "data itu.",
                   "This page is computed from the TKSK activity logs and the post roster, so it fills after the first "
                   "import. Without logs, population, families, area and desa per kecamatan are in the kecamatan table "
                   "on the Home page, the regency's poverty on the Poverty page, and Planning already computes the TKSK "
                   "needed from them."),
    "import_link": ("Impor log (Sumber & Kualitas Data, tab Petugas)", "Import logs (Sources & Data Quality, Staff tab)"),
    "post_id": ("ID pos", "Post ID"),
    "from": ("Mulai", "From"),
    "to": ("Selesai", "To"),
}
