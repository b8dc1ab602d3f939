"""Text of the frame, the home page and what every page shares: key -> (Indonesian, English)."""

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
    "download_csv": ("Unduh CSV", "Download CSV"),
    "download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "store_missing": ("Store belum dibangun. Jalankan `python -m etl build --demo`.",
                      "The store is not built. Run `python -m etl build --demo`."),
    "nav_coverage": ("Cakupan & beban kerja", "Coverage & workload"),
    "nav_map": ("Peta Cakupan", "Coverage map"),
    "nav_data_group": ("Data", "Data"),
    "nav_data": ("Sumber & Kualitas Data", "Sources & data quality"),
    "population_estimate_year": ("Penduduk {year} (perkiraan)", "Population {year} (estimate)"),
    "caption_sources": ("Sumber: {sources}.", "Sources: {sources}."),
}
