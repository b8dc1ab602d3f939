"""Every string a user reads, in Bahasa Indonesia (default) and English: key -> (id, en)."""

from __future__ import annotations

LANGS = {"id": "Bahasa Indonesia", "en": "English"}

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Dashboard TKSK Kabupaten Ogan Ilir", "TKSK dashboard, Ogan Ilir Regency"),
    "app_short": ("TKSK Ogan Ilir", "TKSK Ogan Ilir"),
    "language": ("Bahasa", "Language"),
    "period": ("Periode", "Period"),
    "period_help": ("Bulan awal dan akhir data log yang dihitung.", "First and last month of log data counted."),
    "kecamatan_filter": ("Kecamatan", "Kecamatan"),
    "kecamatan_all": ("Semua kecamatan", "All kecamatan"),
    "demo_badge": ("Data contoh (demo)", "Demo data"),
    "demo_explain": ("Log kegiatan di dashboard ini adalah data contoh sintetis, bukan laporan TKSK asli. "
                     "Data rujukan (wilayah, penduduk, kemiskinan) adalah data publik asli.",
                     "The activity logs shown are synthetic demo data, not real TKSK reports. "
                     "Reference data (areas, population, poverty) is real public data."),
    "no_logs": ("Belum ada log kegiatan di store. Impor log di halaman Sumber & Kualitas Data.",
                "No activity logs in the store yet. Import logs on the Sources & Data Quality page."),
    "nav_overview": ("Ringkasan", "Overview"),
    "nav_home": ("Beranda", "Home"),
    "home_intro": (
        "Dashboard ini membantu Dinas Sosial Kabupaten Ogan Ilir melihat cakupan dan beban kerja "
        "Tenaga Kesejahteraan Sosial Kecamatan (TKSK): satu TKSK per kecamatan menurut Permensos 28/2018, "
        "dengan tiga fungsi koordinasi, fasilitasi dan administrasi. Untuk Kepala Dinas (peta cakupan), "
        "perencana (apakah satu TKSK per kecamatan cukup) dan peneliti (indikator dan sumbernya).",
        "This dashboard helps the Dinas Sosial of Ogan Ilir Regency see the coverage and workload of its "
        "sub-district social-welfare workers (TKSK): one TKSK per kecamatan under Permensos 28/2018, with "
        "three functions, coordination, facilitation and administration. For the head of the Dinas (coverage "
        "map), planners (is one TKSK per kecamatan enough) and researchers (indicators and their sources)."),
    "data_period": ("Periode data log", "Log data period"),
    "log_status": ("Status log", "Log status"),
    "log_demo": ("contoh (demo)", "demo"),
    "log_real": ("asli, diimpor Dinas", "real, imported by the Dinas"),
    "log_none": ("belum ada", "none yet"),
    "store_built": ("Store dibangun", "Store built"),
    "kecamatan_table": ("Kecamatan di Kabupaten Ogan Ilir", "Kecamatan of Ogan Ilir Regency"),
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
}


def t(key: str, lang: str = "id", **fmt) -> str:
    text = TEXT[key][1 if lang == "en" else 0]
    return text.format(**fmt) if fmt else text
