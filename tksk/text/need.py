"""Text of the need-based rates of the planner and of the literature and public sources they rest on (``ref_*``):
key -> (Indonesian, English); rates and assumptions cite a source by its key."""

TEXT: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- need-based rates
    "basis_label": ("Dasar beban", "Workload basis"),
    "basis_maks": ("yang lebih besar dari kebutuhan dan log (per kecamatan)", "the larger of need-based and log (per kecamatan)"),
    "basis_kebutuhan": ("kebutuhan (tidak bergantung log)", "need-based (independent of the log)"),
    "basis_log": ("log (kerja tercatat)", "log (work recorded)"),
    "basis_help": ("WHO merencanakan untuk layanan yang diharapkan; log mencatat kerja yang terlaksana. Bawaan: yang lebih "
                   "besar dari keduanya per kecamatan, sehingga kebutuhan yang belum terlayani maupun kerja di atas perkiraan "
                   "ikut dihitung.",
                   "WHO plans for the services expected; the log records work done. Default: the larger of the two per "
                   "kecamatan, so both unmet need and work above the estimate count."),
    "wisn_rates_title": ("Beban menurut kebutuhan: pemicu dan laju", "Need-based workload: drivers and rates"),
    "rates_help": ("Laju setahun per pemicu. Laju pada jumlah dari Dinas (DTSEN, KPM, register kasus) menggantikan laju "
                   "strukturalnya di kecamatan yang jumlahnya diisi. [Asumsi]: tidak ada sumber terbit; alasannya di kolom "
                   "terakhir.",
                   "Yearly rate per driver. A rate on a count from the Dinas (DTSEN, KPM, case register) replaces its "
                   "structural rate wherever the count is entered. [Assumption]: no published source; the reason is in "
                   "the last column."),
    "rates_col_activity": ("Kegiatan", "Activity"), "rates_col_what": ("Laju", "Rate"),
    "rates_col_sources": ("Sumber", "Sources"), "rates_col_driver": ("Pemicu", "Driver"),
    "rates_col_value": ("Nilai", "Value"), "rates_col_range": ("Rentang", "Range"),
    "rates_col_basis": ("Dasar", "Basis"), "rates_col_why": ("Alasan", "Why"),
    "rates_col_used": ("Kecamatan yang memakai", "Kecamatan using it"),
    "rates_col_used_short": ("Kec. memakai", "Kec. using it"),
    "assumed": ("asumsi", "assumption"), "sourced_assumed": ("sumber + asumsi", "source + assumption"),
    "from_log": ("median log", "log median"),
    "cite_uu13": ("UU 13/2011 Pasal 8", "Law 13/2011 Art. 8"), "cite_mensos_dtks": ("Palembang Ekspres, Agustus 2024",
                                                                                     "Palembang Ekspres, August 2024"),
    "cite_bansos_2024": ("Tribunnews, 16 Juni 2024", "Tribunnews, 16 June 2024"),
    "cite_beras_2024": ("Tribunnews, 29 Januari 2024; Merdeka.com, Desember 2024",
                        "Tribunnews, 29 January 2024; Merdeka.com, December 2024"),
    "cite_permensos": ("Permensos 28/2018", "Permensos 28/2018"),
    "driver_poor": ("penduduk miskin (perkiraan: angka BPS kabupaten tahun terakhir sampai akhir periode × porsi "
                    "penduduk kecamatan)",
                    "poor population (estimate: the regency's BPS count of the latest year up to the period's end × "
                    "the kecamatan's share of its population)"),
    "driver_kecamatan": ("kecamatan", "kecamatan"),
    "wisn_err_rate": ("Laju harus 0 atau lebih: {keys}", "Rates must be 0 or more: {keys}"),
    "rate_kunjungan_kk": ("Kunjungan rumah per 1.000 KK setahun", "Home visits per 1,000 families a year"),
    "rate_why_kunjungan_kk": ("[Asumsi] satu asesmen setahun per 100 keluarga: PPKS (lansia, disabilitas, anak, keluarga "
                              "miskin) tersebar di semua keluarga; tidak ada norma terbit. Rentang 5–20.",
                              "[Assumption] one assessment a year per 100 families: PPKS (elderly, disabled, children, poor "
                              "families) are spread over all families; no published norm. Range 5–20."),
    "rate_kunjungan_kasus": ("Kunjungan per kasus PPKS baru", "Visits per new PPKS case"),
    "rate_why_kunjungan_kasus": ("[Asumsi] asesmen lalu satu kunjungan tindak lanjut. Rentang 1–3.",
                                 "[Assumption] an assessment then one follow-up visit. Range 1–3."),
    "rate_rujukan_miskin": ("Rujukan per 1.000 penduduk miskin setahun", "Referrals per 1,000 poor people a year"),
    "rate_why_rujukan_miskin": ("[Asumsi] kebanyakan rujukan untuk bantuan atau layanan bagi warga miskin; tidak ada norma "
                                "terbit. Rentang 2–10.",
                                "[Assumption] most referrals are for aid or services for poor people; no published norm. "
                                "Range 2–10."),
    "rate_rujukan_kasus": ("Rujukan per kasus PPKS baru", "Referrals per new PPKS case"),
    "rate_why_rujukan_kasus": ("[Asumsi] sekitar sepertiga kasus perlu dirujuk. Rentang 0,15–0,5.",
                               "[Assumption] about a third of cases need a referral. Range 0.15–0.5."),
    "rate_verifikasi_desa": ("Sesi verifikasi DTSEN per desa setahun", "DTSEN verification sessions per desa a year"),
    "rate_why_verifikasi_desa": ("Dua putaran setahun: UU 13/2011 mewajibkan verifikasi paling sedikit dua tahun sekali oleh "
                                 "PSKS di kecamatan/desa, Mensos meminta dua kali setahun. [Asumsi] satu sesi per desa per "
                                 "putaran. Rentang 1–4.",
                                 "Two rounds a year: Law 13/2011 requires verification at least every two years by the PSKS of "
                                 "the kecamatan/desa, the Minister asked for twice a year. [Assumption] one session per desa "
                                 "per round. Range 1–4."),
    "rate_verifikasi_dtsen": ("Sesi verifikasi per 100 rumah tangga DTSEN setahun", "Verification sessions per 100 DTSEN "
                              "households a year"),
    "rate_why_verifikasi_dtsen": ("Dua putaran setahun (UU 13/2011; Mensos). [Asumsi] satu sesi memeriksa 50 rumah tangga. "
                                  "Rentang 2–8.",
                                  "Two rounds a year (Law 13/2011; the Minister). [Assumption] one session checks 50 "
                                  "households. Range 2–8."),
    "rate_usulan_miskin": ("Usulan DTSEN/Rutilahu per 1.000 penduduk miskin setahun",
                           "DTSEN/Rutilahu proposals per 1,000 poor people a year"),
    "rate_why_usulan_miskin": ("[Asumsi] usulan keluarga baru dan bedah rumah sebanding dengan jumlah warga miskin; tidak ada "
                               "norma terbit. Rentang 2–10.",
                               "[Assumption] proposals of new households and house repairs scale with the poor population; "
                               "no published norm. Range 2–10."),
    "rate_penyaluran_desa": ("Titik salur didampingi per desa setahun", "Distribution points assisted per desa a year"),
    "rate_why_penyaluran_desa": ("15 putaran pada 2024: BPNT/Sembako dua bulan sekali (6) dan bantuan pangan beras Januari–Juni, "
                                 "Agustus, Oktober, Desember (9). [Asumsi] satu titik salur yang didampingi TKSK per 4 desa "
                                 "per putaran: 15 ÷ 4 = 3,75. Rentang 2–6.",
                                 "15 rounds in 2024: BPNT/Sembako every two months (6) and rice food aid in January–June, "
                                 "August, October, December (9). [Assumption] one point assisted by the TKSK per 4 desa per "
                                 "round: 15 ÷ 4 = 3.75. Range 2–6."),
    "rate_penyaluran_kpm": ("Titik salur didampingi per 1.000 KPM Sembako setahun", "Distribution points assisted per 1,000 "
                            "Sembako families a year"),
    "rate_why_penyaluran_kpm": ("15 putaran pada 2024 (BPNT/Sembako dan beras). [Asumsi] satu titik melayani 250 KPM: "
                                "15 ÷ 250 × 1.000 = 60. Rentang 30–120.",
                                "15 rounds in 2024 (BPNT/Sembako and rice). [Assumption] one point serves 250 families: "
                                "15 ÷ 250 × 1,000 = 60. Range 30–120."),
    "rate_rapat_desa": ("Koordinasi per desa setahun (pemerintah desa, PSKS)", "Coordination per desa a year (village "
                        "office, PSKS)"),
    "rate_why_rapat_desa": ("[Asumsi] sekali per triwulan. Permensos 28/2018 memberi TKSK fungsi koordinasi tetapi tidak "
                            "menetapkan frekuensinya. Rentang 2–12.",
                            "[Assumption] once a quarter. Permensos 28/2018 gives TKSK a coordination function but sets no "
                            "frequency. Range 2–12."),
    "rate_rapat_program": ("Rapat pendamping program per kecamatan setahun", "Meetings with programme staff per kecamatan a year"),
    # DOMAIN.md: PKH pays in four stages, but its coordination meetings are "one or two a year"; one per stage (4)
    # contradicted it and Kinerja's K3, which expects programme staff once or twice a year (res21).
    "rate_why_rapat_program": ("Rapat koordinasi dengan pendamping PKH satu atau dua kali setahun (PKH sendiri cair dalam "
                               "empat tahap). Rentang 1–4.",
                               "Coordination meetings with the PKH staff once or twice a year (PKH itself pays in four "
                               "stages). Range 1–4."),
    "rate_rapat_pkh": ("Rapat pendamping PKH per 1.000 KPM PKH setahun", "Meetings with PKH staff per 1,000 PKH families a year"),
    "rate_why_rapat_pkh": ("Rapat koordinasi PKH satu atau dua kali setahun. [Asumsi] satu pendamping PKH per 250 KPM "
                           "(angka rekrutmen nasional) dan dua rapat per pendamping setahun: 2 ÷ 250 × 1.000 = 8. Rentang 4–16.",
                           "PKH coordination meetings once or twice a year. [Assumption] one PKH staff member per 250 "
                           "families (national recruitment figures) and two meetings per staff member a year: 2 ÷ 250 × "
                           "1,000 = 8. Range 4–16."),
    "rate_rapat_kecamatan": ("Rapat di kecamatan setahun", "Meetings at the kecamatan a year"),
    "rate_why_rapat_kecamatan": ("[Asumsi] rapat bulanan dengan camat atau Dinas, sekali per kecamatan; tidak ada aturan yang "
                                 "menetapkannya. Rentang 6–12.",
                                 "[Assumption] a monthly meeting with the camat or the Dinas, once per kecamatan; no rule sets "
                                 "it. Range 6–12."),
    "rate_bencana_penduduk": ("Asesmen bencana per 10.000 penduduk setahun", "Disaster assessments per 10,000 people a year"),
    "rate_why_bencana_penduduk": ("[Asumsi] banjir musiman di kecamatan sepanjang sungai; tidak ada catatan kejadian per "
                                  "kecamatan di data ini. Rentang 0,5–3.",
                                  "[Assumption] seasonal floods in the kecamatan along the rivers; no record of events per "
                                  "kecamatan in this data. Range 0.5–3."),
    "rate_laporan_kecamatan": ("Laporan bulanan per kecamatan setahun", "Monthly reports per kecamatan a year"),
    "rate_why_laporan_kecamatan": ("Fungsi administrasi TKSK (Permensos 28/2018); ritme bulanan adalah praktik pelaporan Dinas. "
                                   "Tetap 12, tanpa rentang.",
                                   "The TKSK's administration function (Permensos 28/2018); the monthly rhythm is the Dinas's "
                                   "reporting practice. Fixed at 12, no range."),
    # ---------------------------------------------------------------- literature and public sources
    "ref_wisn": ("WHO (2010, diperbarui 2023). Workload Indicators of Staffing Need (WISN): user's manual. Jenewa: WHO.",
                 "WHO (2010, updated 2023). Workload Indicators of Staffing Need (WISN): user's manual. Geneva: WHO."),
    "ref_abk": ("Kemenkes, Badan PPSDM Kesehatan. Buku Manual 1: Perencanaan Kebutuhan SDM Kesehatan berdasarkan Metode "
                "Analisis Beban Kerja Kesehatan (ABK Kes).",
                "Ministry of Health, Badan PPSDM Kesehatan. Manual 1: Health workforce planning by the ABK Kes workload method."),
    "ref_burmen": ("Burmen B, Owuor N, Mitei P. An assessment of staffing needs at a HIV clinic in a Western Kenya using the "
                   "WHO workload indicators of staffing need WISN, 2011. Human Resources for Health 2017;15:9.",
                   "Burmen B, Owuor N, Mitei P. An assessment of staffing needs at a HIV clinic in a Western Kenya using the "
                   "WHO workload indicators of staffing need WISN, 2011. Human Resources for Health 2017;15:9."),
    "ref_joarder": ("Joarder T, Tune SNBK, Nuruzzaman M, dkk. Assessment of staffing needs for physicians and nurses at "
                    "Upazila health complexes in Bangladesh using WHO WISN method. BMJ Open 2020;10:e035183.",
                    "Joarder T, Tune SNBK, Nuruzzaman M, et al. Assessment of staffing needs for physicians and nurses at "
                    "Upazila health complexes in Bangladesh using WHO WISN method. BMJ Open 2020;10:e035183."),
    "ref_permensos": ("Permensos 28/2018 tentang Tenaga Kesejahteraan Sosial Kecamatan.",
                      "Regulation of the Minister of Social Affairs 28/2018 on TKSK."),
    "ref_uu13": ("UU 13/2011 tentang Penanganan Fakir Miskin, Pasal 8 ayat (5) dan (7).",
                 "Law 13/2011 on the Handling of the Poor, Article 8(5) and (7)."),
    "ref_mensos_dtks": ("Palembang Ekspres (Disway), Agustus 2024: Mensos, DTKS sebaiknya dimutakhirkan dua kali setahun.",
                        "Palembang Ekspres (Disway), August 2024: the Minister of Social Affairs, the DTKS should be updated "
                        "twice a year."),
    "ref_bansos_2024": ("Tribunnews, 16 Juni 2024: BPNT Rp200.000 per bulan diberikan dua bulan sekali; PKH cair dalam empat "
                        "tahap setahun.",
                        "Tribunnews, 16 June 2024: BPNT Rp 200,000 a month paid every two months; PKH paid in four stages "
                        "a year."),
    "ref_beras_2024": ("Tribunnews, 29 Januari 2024 (bantuan pangan beras diperpanjang sampai Juni 2024) dan Merdeka.com, "
                       "Desember 2024 (tahap Agustus, Oktober dan Desember 2024).",
                       "Tribunnews, 29 January 2024 (rice food aid extended to June 2024) and Merdeka.com, December 2024 "
                       "(rounds in August, October and December 2024)."),
    "refs_title": ("Rujukan", "References"),
}
