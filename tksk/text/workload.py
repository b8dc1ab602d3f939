"""Text of the workload page (Beban Kerja): key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "tab_median": ("Per kecamatan", "By kecamatan"),
    "tab_breakdown": ("Rincian kegiatan", "Activities"),
    "tab_trend": ("Tren bulanan", "Monthly trend"),
    "tab_hours": ("Jam tercatat", "Hours logged"),
    "tab_desa": ("Per desa", "By desa"),
    "nav_workload": ("Beban Kerja", "Workload"),
    "nav_poverty": ("Kemiskinan", "Poverty"),
    "workload_title": ("Beban Kerja TKSK", "TKSK workload"),
    "workload_intro": ("Seberapa berat beban tiap TKSK? Bawaan: keluarga per TKSK, kebutuhan yang dipikul satu TKSK. Setiap "
                       "angka per TKSK dibagi pos TKSK aktif tiap bulan: kerja tercatat per bulan-pos aktif, ukuran "
                       "struktural (KK, penduduk, desa, luas) per rata-rata pos aktif pada bulan ber-TKSK.",
                       "How heavy is each TKSK's load? By default families per TKSK, the need one TKSK carries. Every "
                       "per-TKSK figure divides by the posts active each month: logged work per active post-month, "
                       "structural loads (families, population, desa, area) per the average active posts of the staffed "
                       "months."),
    "load_measure": ("Ukuran beban", "Load measure"),
    "vs_median_title": ("Terhadap median kabupaten", "Against the regency median"),
    "at_median": ("sama dengan median", "at the median"),
    "breakdown_title": ("Rincian kegiatan", "Breakdown of activities"),
    "breakdown_by": ("Menurut", "By"),
    "by_fungsi": ("Fungsi", "Function"), "by_program": ("Program", "Programme"),
    "by_kategori_ppks": ("Kategori PPKS (PMKS)", "PPKS (PMKS) category"),
    "scope": ("Wilayah", "Area"), "whole_regency": ("Seluruh kabupaten", "Whole regency"),
    "not_filled": ("(tidak diisi)", "(not filled in)"),
    "no_programme": ("(tanpa program tertentu)", "(no particular programme)"),
    # The charts count activities and hours; the people and families served are in the download only, and the note
    # on people served, under charts with none, read as if one of them showed people (ux31 #10).
    "breakdown_people_in_download": ("Grafik menghitung kegiatan dan jam; orang dilayani dan KK per baris ada di "
                                     "unduhan.", "The charts count activities and hours; people and families served "
                                     "per row are in the download."),
    "ppks_cases_only": ("Hanya kasus: kunjungan rumah dan rujukan (yang wajib menyebut kategorinya) dan kegiatan "
                               "fasilitasi lain yang menyebutnya; rapat, DTKS dan penyaluran tanpa kategori tidak "
                               "dihitung.", "Cases only: home visits and referrals (which must name their category) and "
                               "other facilitation that names one; meetings, DTKS work and distributions without a "
                               "category are not counted."),
    "trend_title": ("Tren bulanan per TKSK", "Monthly trend per TKSK"),
    "trend_measure": ("Ukuran tren", "Trend measure"),
    "sembako_rounds": ("Bulan penyaluran BPNT/Sembako", "BPNT/Sembako distribution months"),
    # Each band said only where it is drawn (a grey band named beside a kecamatan never vacant; walk-through 2026-12-06).
    "trend_caption": ("Nilai per TKSK aktif di bulan itu.", "Value per active TKSK in that month."),
    "trend_band_vacant": ("Pita abu-abu: bulan tanpa TKSK aktif (celah, bukan nol).",
                          "Grey band: a month without an active TKSK (a gap, not zero)."),
    "trend_band_rounds": ("Pita biru: bulan ada pendampingan penyaluran BPNT/Sembako.",
                          "Blue band: a month with BPNT/Sembako distribution assistance."),
    "hours_title": ("Jam tercatat dibanding jam tersedia", "Hours logged against hours available"),
    "breakdown_method": ("Jumlah kegiatan termasuk laporan bulanan (di Peta, \"Kegiatan per TKSK per bulan\" tanpa laporan). "
                         "Orang dan KK dilayani adalah jumlah layanan: keluarga yang dilayani dua kali terhitung dua kali, "
                         "jadi jumlahnya bisa melebihi KK kabupaten. Orang dilayani dicatat untuk fasilitasi saja (celah, "
                         "bukan 0, pada fungsi lain).",
                         "Activities include the monthly reports (Peta's \"Activities per TKSK per month\" leaves them "
                         "out). People and families served count services: a family served twice counts twice, so the "
                         "figure may exceed the regency's families. People served are recorded for facilitation only (a "
                         "gap, not 0, for the other functions)."),
    "hours_available": ("Jam kerja tersedia per TKSK per bulan (asumsi)", "Working hours available per TKSK per month (assumption)"),
    "hours_share": ("Bagian bulan kerja terisi (%)", "Share of a working month filled (%)"),
    "hours_vs_planner": ("Ini jam yang ditulis TKSK pada kegiatannya, tanpa jam menyusun laporan bulanan (seperti "
                         "\"Kegiatan per TKSK per bulan\" di Peta; rincian kegiatan di Kinerja menghitungnya). "
                         "Beban \"menurut log\" di Perencanaan dihitung lain: jumlah kegiatan "
                         "× waktu baku tiap jenis, ditambah perjalanan ke desa dan tugas penunjang; karena itu kedua "
                         "angka bisa berbeda untuk kecamatan yang sama.",
                         "These are the hours TKSK wrote on their activities, without the hours of writing the "
                         "monthly report (as Peta's \"Activities per TKSK per month\"; Kinerja's breakdown counts "
                         "them). The planner's workload \"from the log\" is counted another "
                         "way: activities × each type's standard time, plus travel to the desa and support tasks; the "
                         "two figures may therefore differ for the same kecamatan."),
    "hours_beyond_full_time": (
        "Lebih dari sebulan kerja penuh waktu seorang ASN ({month} jam efektif: 1.113 jam setahun ÷ 12, ABK Kes): "
        "{names}. Bisa kerja lembur yang nyata, bisa salah isi jam (jam sehari di setiap baris, menit ditulis sebagai "
        "jam): jam per kegiatan yang wajar (di bawah 8) menunjuk yang pertama; periksa log sebelum menyimpulkan.",
        "More than a civil servant's full-time month ({month} effective hours: 1,113 a year ÷ 12, ABK Kes): {names}. "
        "It may be real overwork or slips in the hours (a day's hours on every row, minutes written as hours): "
        "plausible hours per activity (under 8) point to the first; check the log before concluding."),
    "hours_named": ("{name} ({hours} jam sebulan, {per} jam per kegiatan)",
                    "{name} ({hours} hours a month, {per} hours per activity)"),
    "hours_over_available": ("Di atas 100 %: {names}. Jam tercatat melebihi jam tersedia yang dipakai Perencanaan "
                             "(waktu kerja tersedia ÷ 12): TKSK bekerja lebih lama dari asumsi itu, atau asumsinya terlalu "
                             "rendah untuk kecamatan ini.",
                             "Above 100 %: {names}. Logged hours exceed the hours available the planner uses (available "
                             "working time ÷ 12): the TKSK worked longer than that assumption, or it is too low for this "
                             "kecamatan."),
    "hours_incomplete": ("Jam yang tidak diisi dihitung tidak ada. Baris log lengkap di bawah {share} % (jam, jumlah orang, "
                         "kategori, hasil): {names}; bagian bulan kerja kecamatan ini kemungkinan terlalu rendah.",
                         "Hours left blank count as none. Complete log rows below {share} % (hours, people, category, "
                         "result): {names}; these kecamatan's share of a working month is likely too low."),
    "desa_title": ("Desa di kecamatan ini", "Desa of this kecamatan"),
    "hours_logged": ("Jam tercatat dalam periode (jumlah)", "Hours logged in the period (total)"),
    "hours_unit": ("jam", "h"),
}
