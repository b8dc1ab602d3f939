"""Text of the planner (Perencanaan): key -> (Indonesian, English). Literature and the public sources of the
need-based rates are texts here too (``ref_*``); rates and assumptions cite them by key."""

TEXT: dict[str, tuple[str, str]] = {
    "nav_planner": ("Perencanaan", "Planning"),
    "planner_title": ("Perencanaan: cukupkah satu TKSK per kecamatan?", "Planning: is one TKSK per kecamatan enough?"),
    # ---------------------------------------------------------------- the answer
    "answer_sentence": ("{region} memerlukan antara {low} dan {high} TKSK (perkiraan tengah {central}); saat ini {now}.",
                        "{region} needs between {low} and {high} TKSK (central estimate {central}); today {now}."),
    "answer_how": ("Rentang: persentil 10–90 dari {n} kombinasi acak asumsi dalam rentang yang disebut di bagian \"Seberapa "
                   "pasti angka ini\". Dasar beban: {basis}. Periode log: {period}.",
                   "Range: 10th–90th percentile of {n} random combinations of the assumptions within the ranges stated under "
                   "\"How sure this is\". Workload basis: {basis}. Log period: {period}."),
    "answer_short_period": ("Periode {months} bulan: beban dari log disetahunkan (× 12 ÷ bulan ber-TKSK). Kegiatan musiman "
                            "(penyaluran, verifikasi DTSEN) membuat periode pendek lebih tinggi atau lebih rendah dari setahun.",
                            "A {months}-month period: logged workload is annualised (× 12 ÷ staffed months). Seasonal work "
                            "(distribution rounds, DTSEN checks) makes a short period higher or lower than a full year."),
    "head_need": ("Kebutuhan (WISN)", "Need (WISN)"),
    "head_posts": ("Pos dibutuhkan", "Posts needed"),
    "wisn_total_now": ("TKSK sekarang", "TKSK now"),
    "head_ratio": ("Rasio WISN", "WISN ratio"),
    "head_cost": ("Tali asih setahun", "Yearly allowance"),
    "rp_millions": ("Rp {value} jt", "Rp {value} mn"),
    "head_need_help": ("Jumlah kolom Perlu di tabel: kebutuhan pecahan semua kecamatan, setara TKSK penuh waktu.",
                       "Sum of the table's Needed column: every kecamatan's fractional need, in full-time TKSK."),
    "head_posts_help": ("Jumlah kolom Pos perlu: kebutuhan tiap kecamatan dibulatkan ke atas (pos tidak bisa dipecah). "
                        "Tanda +: pos yang perlu ditambah di kecamatan yang kurang.",
                        "Sum of the Posts needed column: each kecamatan's need rounded up (a post cannot be split). The +: "
                        "posts to add where a kecamatan has too few."),
    "head_cost_help": ("Tali asih setahun untuk semua pos yang dibutuhkan: pos × tali asih sebulan × 12.",
                       "The yearly allowance of every post needed: posts × monthly allowance × 12."),
    "head_definitions": ("Rasio WISN = TKSK sekarang ÷ kebutuhan = {now} ÷ {need} = {ratio} (gabungan kabupaten; rata-rata "
                         "rasio kecamatan {mean}). Di bawah 1: tenaga kurang dari beban. Pos dibutuhkan {posts} = {need} "
                         "dibulatkan ke atas per kecamatan; {add} pos perlu ditambah{surplus}.",
                         "WISN ratio = TKSK now ÷ need = {now} ÷ {need} = {ratio} (pooled for the regency; mean of kecamatan "
                         "ratios {mean}). Below 1: fewer staff than work. Posts needed {posts} = {need} rounded up per "
                         "kecamatan; {add} posts to add{surplus}."),
    "head_surplus": ("; {n} pos di atas kebutuhan di kecamatan lain", "; {n} posts above the need elsewhere"),
    # ---------------------------------------------------------------- table and map
    "wisn_result_title": ("Hasil per kecamatan", "Result per kecamatan"),
    "wisn_col_need": ("Perlu (WISN)", "Needed (WISN)"), "wisn_col_posts": ("Pos perlu", "Posts needed"),
    "wisn_ratio": ("Rasio WISN", "WISN ratio"),
    "wisn_col_diff": ("Kurang (−) / lebih (+)", "Shortage (−) / surplus (+)"),
    "wisn_col_hours": ("Jam beban setahun", "Workload hours a year"), "wisn_col_travel": ("Jam pulang-pergi", "Round-trip hours"),
    "wisn_col_source": ("Sumber beban", "Workload source"), "wisn_col_pressure": ("Pita", "Band"),
    "src_log": ("log", "log"), "src_est": ("perkiraan dari log kabupaten", "estimate from the regency log"),
    "src_need": ("kebutuhan", "need-based"),
    "wisn_map_title": ("Peta rasio WISN (sekarang ÷ perlu)", "Map of the WISN ratio (now ÷ needed)"),
    "wisn_caveat": ("Beban dari log menunjukkan kerja yang terlaksana, bukan semua kebutuhan: TKSK yang kewalahan mencatat lebih "
                    "sedikit. Karena itu beban menurut kebutuhan (dari KK, penduduk miskin, desa dan penduduk) dihitung di "
                    "sampingnya. Kecamatan yang bulan ber-TKSK-nya terlalu sedikit memakai perkiraan dari laju log kabupaten.",
                    "Workload from the log shows work done, not all need: an overloaded TKSK logs less. That is why a "
                    "need-based workload (from families, poor population, desa and population) is computed beside it. A "
                    "kecamatan with too few staffed months uses an estimate from the regency's log rates."),
    # ---------------------------------------------------------------- need-based beside log-based
    "nvl_title": ("Kebutuhan dibanding kerja tercatat", "Need against logged work"),
    "nvl_intro": ("Per kecamatan: TKSK yang dibutuhkan menurut beban yang diharapkan (tidak bergantung log) dan menurut "
                  "beban yang tercatat di log. Selisih positif: kebutuhan belum terlayani, atau kerja tidak tercatat; "
                  "negatif: log mencatat lebih dari perkiraan (laju kebutuhan mungkin terlalu rendah).",
                  "Per kecamatan: TKSK needed for the work expected (independent of the log) and for the work the log "
                  "records. A positive gap: unmet need, or work not recorded; negative: the log records more than "
                  "expected (the need rates may be too low)."),
    "nvl_need": ("Menurut kebutuhan", "Need-based"), "nvl_log": ("Menurut log", "Log-based"),
    "nvl_gap": ("Selisih kebutuhan − log", "Gap need − log"), "nvl_reading": ("Bacaan", "Reading"),
    "nvl_unmet": ("belum terlayani atau tidak tercatat", "unmet need or unrecorded work"),
    "nvl_more": ("log melebihi perkiraan", "log above the estimate"), "nvl_equal": ("sejalan", "in line"),
    "nvl_axis": ("TKSK dibutuhkan (setara penuh waktu)", "TKSK needed (full-time equivalent)"),
    "nvl_hours_need": ("Jam setahun menurut kebutuhan", "Hours a year, need-based"),
    "nvl_hours_log": ("Jam setahun menurut log", "Hours a year, log-based"),
    "nvl_totals": ("Kabupaten: {need} TKSK menurut kebutuhan, {log} menurut log (setara penuh waktu); selisih {gap}.",
                   "Regency: {need} TKSK need-based, {log} log-based (full-time equivalents); gap {gap}."),
    # ---------------------------------------------------------------- where to place new posts
    "alloc_title": ("Di mana menempatkan pos baru", "Where to place new posts"),
    "alloc_rule": ("Satu per satu, setiap pos baru ke kecamatan dengan tekanan beban tertinggi: rasio WISN (pos ÷ kebutuhan) "
                   "terendah; seri: kebutuhan lebih besar (seperti WISN+POA).",
                   "One at a time, each new post to the kecamatan under the highest workload pressure: the lowest WISN "
                   "ratio (posts ÷ need); ties: the larger need (as in WISN+POA)."),
    "alloc_mode": ("Tentukan dengan", "Decide by"), "alloc_by_posts": ("jumlah pos", "number of posts"),
    "alloc_by_budget": ("anggaran setahun", "yearly budget"),
    "alloc_n": ("Jumlah pos baru", "New posts"),
    "alloc_budget": ("Anggaran tali asih tambahan setahun (Rp)", "Extra allowance budget a year (Rp)"),
    "alloc_budget_posts": ("Anggaran itu membayar {n} pos (Rp {per} per pos setahun).",
                           "That budget pays {n} posts (Rp {per} per post a year)."),
    "alloc_none": ("Tidak ada pos baru untuk ditempatkan.", "No new posts to place."),
    "alloc_col_step": ("Pos ke-", "Post no."), "alloc_col_posts": ("Pos: sebelum → sesudah", "Posts: before → after"),
    "alloc_col_ratio": ("Rasio: sebelum → sesudah", "Ratio: before → after"),
    "alloc_col_band": ("Pita: sebelum → sesudah", "Band: before → after"),
    "alloc_col_shortage": ("Kurang (kabupaten)", "Short (regency)"),
    "alloc_shortage_help": ("Kurang (kabupaten): kekurangan seluruh kabupaten sesudah pos itu = Σ maks(0, kebutuhan − pos), "
                            "setara penuh waktu.",
                            "Short (regency): the whole regency's shortage after that post = Σ max(0, need − posts), full-time "
                            "equivalents."),
    "redis_title": ("Bila pos yang ada bisa dipindah", "If existing posts could move"),
    "redis_intro": ("{total} pos sekarang ditempatkan ulang dengan aturan yang sama: setiap kecamatan tetap satu TKSK "
                    "(Permensos 28/2018), sisanya satu per satu ke tekanan tertinggi. Yang berubah:",
                    "The {total} posts of today placed again by the same rule: every kecamatan keeps one TKSK "
                    "(Permensos 28/2018), the rest one at a time to the highest pressure. What changes:"),
    "redis_none": ("Tidak ada pos yang perlu dipindah.", "No post needs to move."),
    "redis_after": ("Sesudah", "After"), "redis_change": ("Ubah", "Change"),
    # ---------------------------------------------------------------- uncertainty
    "unc_title": ("Seberapa pasti angka ini", "How sure this is"),
    "unc_intro": ("Kebutuhan kabupaten bila satu asumsi ada di ujung rendah atau tinggi rentangnya, asumsi lain tetap. "
                  "Batang terpanjang: asumsi yang paling perlu dipastikan.",
                  "The regency's need with one assumption at the low or high end of its range, the others unchanged. The "
                  "longest bar: the assumption most worth pinning down."),
    "unc_axis": ("Kebutuhan kabupaten (setara penuh waktu)", "Regency need (full-time equivalents)"),
    "unc_low_end": ("asumsi di ujung rendah", "assumption at the low end"),
    "unc_high_end": ("asumsi di ujung tinggi", "assumption at the high end"),
    "unc_now": ("sekarang {value}", "now {value}"),
    "unc_col_assumption": ("Asumsi", "Assumption"), "unc_col_low": ("Rendah", "Low"), "unc_col_now": ("Sekarang", "Now"), "unc_col_high": ("Tinggi", "High"),
    "unc_col_why": ("Rentang dan alasannya", "Range and why"),
    "unc_col_need": ("Kebutuhan: rendah – tinggi", "Need: low – high"),
    "unc_hours_per_day": ("Jam efektif sehari (F)", "Effective hours a day (F)"),
    "unc_why_hours_per_day": ("[Asumsi] ±⅓: TKSK paruh waktu bekerja 2 sampai 4 jam sehari; tidak ada survei waktu kerja TKSK.",
                              "[Assumption] ±⅓: a part-time TKSK works 2 to 4 hours a day; no time survey of TKSK exists."),
    "unc_unit_times": ("Waktu per kegiatan (semua standar)", "Time per activity (every standard)"),
    "unc_why_unit_times": ("[Asumsi] ±25 %: standar waktu adalah perkiraan; median log di data contoh ada dalam rentang ini.",
                           "[Assumption] ±25 %: the time standards are estimates; the log medians of the demo data lie "
                           "within this range."),
    "unc_speed": ("Kecepatan perjalanan", "Travel speed"),
    "unc_why_speed": ("[Asumsi] 20–40 km/jam: sepeda motor di jalan desa, musim hujan sampai kemarau.",
                      "[Assumption] 20–40 km/h: a motorbike on village roads, rainy to dry season."),
    "unc_road": ("Faktor jalan", "Road factor"),
    "unc_why_road": ("[Asumsi] 1,2–1,6 kali jarak garis lurus: jalan berkelok di sepanjang sungai dan rawa.",
                     "[Assumption] 1.2–1.6 times the straight line: roads winding along rivers and swamps."),
    "unc_round": ("Jam kunjungan rutin per desa", "Routine round hours per desa"),
    "unc_why_round": ("[Asumsi] separuh sampai dua kali setelan: lamanya singgah di desa tidak pernah diukur.",
                      "[Assumption] half to twice the setting: how long a look-in at a desa takes was never measured."),
    "unc_cas": ("Kegiatan penunjang (CAS)", "Support activities (CAS)"),
    "unc_why_cas": ("[Asumsi] separuh sampai dua kali setelan (paling tinggi setengah jalan dari setelan ke 100 %): tidak ada catatan waktu pelatihan dan perjalanan ke Dinas.",
                    "[Assumption] half to twice the setting (at most halfway from the setting to 100 %): no record of time spent on training and trips to the Dinas."),
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
    "assumed": ("asumsi", "assumption"), "sourced_assumed": ("sumber + asumsi", "source + assumption"),
    "from_log": ("median log", "log median"),
    "cite_uu13": ("UU 13/2011 Pasal 8", "Law 13/2011 Art. 8"), "cite_mensos_dtks": ("Palembang Ekspres, Agustus 2024",
                                                                                     "Palembang Ekspres, August 2024"),
    "cite_bansos_2024": ("Tribunnews, 16 Juni 2024", "Tribunnews, 16 June 2024"),
    "cite_beras_2024": ("Tribunnews, 29 Januari 2024; Merdeka.com, Desember 2024",
                        "Tribunnews, 29 January 2024; Merdeka.com, December 2024"),
    "cite_permensos": ("Permensos 28/2018", "Permensos 28/2018"),
    "driver_poor": ("penduduk miskin (perkiraan)", "poor population (estimate)"),
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
    "rate_why_rapat_program": ("PKH disalurkan dalam empat tahap setahun. [Asumsi] satu rapat dengan pendamping PKH per tahap. "
                               "Rentang 2–8.",
                               "PKH is paid in four stages a year. [Assumption] one meeting with the PKH staff per stage. "
                               "Range 2–8."),
    "rate_rapat_pkh": ("Rapat pendamping PKH per 1.000 KPM PKH setahun", "Meetings with PKH staff per 1,000 PKH families a year"),
    "rate_why_rapat_pkh": ("Empat tahap PKH setahun. [Asumsi] satu pendamping PKH per 250 KPM (angka rekrutmen nasional) dan "
                           "satu rapat per pendamping per tahap: 4 ÷ 250 × 1.000 = 16. Rentang 8–32.",
                           "Four PKH stages a year. [Assumption] one PKH staff member per 250 families (national recruitment "
                           "figures) and one meeting per staff member per stage: 4 ÷ 250 × 1,000 = 16. Range 8–32."),
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
    # ---------------------------------------------------------------- settings
    "wisn_assumptions_title": ("Asumsi", "Assumptions"),
    "wisn_assumptions_intro": ("Semua asumsi bisa diubah; hasil di atas langsung mengikuti. Skenario bisa disimpan dan "
                               "dibuka lagi di bagian akhir.",
                               "Every assumption can be changed; the results above follow at once. Scenarios can be saved "
                               "and reopened at the end."),
    "wisn_awt_title": ("Waktu kerja tersedia (AWT)", "Available working time (AWT)"),
    "wisn_preset": ("Pilihan awal", "Preset"),
    "wisn_awt_result": ("= {hours} jam setahun = {month} jam sebulan. Satu kapasitas untuk semua halaman: halaman Beban Kerja "
                        "membandingkan jam tercatat dengan {month} jam sebulan ini.",
                        "= {hours} h a year = {month} h a month. One capacity for every page: the Workload page compares "
                        "hours logged with these {month} h a month."),
    "wisn_std_title": ("Standar kegiatan dan perjalanan", "Activity standards and travel"),
    "wisn_hours_unit": ("Jam per satuan", "Hours per unit"),
    "wisn_in_desa": ("Di desa (+ perjalanan)", "In a desa (+ travel)"),
    "wisn_per_kec": ("Sekali per kecamatan", "Once per kecamatan"),
    "std_col_log": ("Median log (Q1–Q3)", "Log median (Q1–Q3)"),
    "std_col_use_log": ("Pakai median log", "Use the log median"),
    "std_log_value": ("{median} ({q1}–{q3}; {n} kegiatan)", "{median} ({q1}–{q3}; {n} activities)"),
    "std_log_help": ("Median log: jam per kegiatan dari log periode ini (kelompok kecamatan-bulan-kegiatan, ditimbang jumlah "
                     "kegiatan; kelompok tanpa jam dilewati). Jam di log sudah termasuk perjalanan, jadi standar dari log "
                     "tidak ditambah waktu perjalanan.",
                     "Log median: hours per activity in this period's log (kecamatan-month-activity groups, weighted by "
                     "their activities; groups without hours left out). Logged hours include the trip, so a standard "
                     "from the log gets no travel time added."),
    "wisn_speed": ("Kecepatan perjalanan (km/jam)", "Travel speed (km/h)"),
    "wisn_road": ("Faktor jalan (jarak jalan ÷ garis lurus)", "Road factor (road ÷ straight line)"),
    "wisn_round": ("Kunjungan rutin per desa per bulan (jam)", "Routine round per desa a month (hours)"),
    "wisn_include_round": ("Hitung kunjungan rutin", "Count a routine round"),
    "wisn_travel_model": ("Perjalanan: setiap kegiatan di desa ditambah pulang-pergi dari pusat kecamatan ke rata-rata desa = "
                          "2 × rata-rata jarak garis lurus (titik pusat di store) × faktor jalan ÷ kecepatan. [Asumsi] 30 km/jam "
                          "(sepeda motor di jalan desa) dan faktor jalan 1,4. [Asumsi] kunjungan rutin: setiap desa sebulan "
                          "sekali (jam kunjungan + perjalanan), tidak tercatat di log; Permensos 28/2018 memberi TKSK fungsi "
                          "koordinasi di seluruh kecamatan tetapi tidak menetapkan seberapa sering tiap desa didatangi. "
                          "Matikan bila log sudah mencatat kunjungan itu.",
                          "Travel: every in-desa activity adds a round trip from the kecamatan centre to the average desa = "
                          "2 × mean straight-line distance (centroids in the store) × road factor ÷ speed. [Assumption] "
                          "30 km/h (motorbike on village roads) and road factor 1.4. [Assumption] routine round: each desa "
                          "once a month (visit hours + travel), not in the log; Permensos 28/2018 gives TKSK a coordination "
                          "function across the kecamatan but does not say how often each desa is visited. Switch it off "
                          "when the log already records those visits."),
    "wisn_min_months": ("Bulan ber-TKSK minimal agar beban dari log dipakai (paling banyak sepanjang periode)",
                        "Minimum staffed months for the log to be used (at most the period's length)"),
    "wisn_cas_title": ("Kegiatan penunjang (CAS) dan tugas tambahan (IAS)", "Support activities (CAS) and individual allowances (IAS)"),
    "wisn_activity": ("Kegiatan", "Activity"),
    "wisn_cas_help": ("CAS: persen waktu setiap TKSK untuk kegiatan penunjang yang tidak tercatat di log. CAF = 1 ÷ (1 − ΣCAS "
                      "÷ 100); ΣCAS harus di bawah 100 %. [Asumsi] pelatihan dan pembinaan Dinas 4 % ≈ 25 jam setahun, "
                      "sekitar tiga hari bimtek; perjalanan ke Dinas 5 % ≈ 32 jam, sekali sebulan ke Indralaya sekitar 2,5 "
                      "jam pulang-pergi. Tidak ada catatan terbit untuk keduanya.",
                      "CAS: percent of every TKSK's time for support work not in the log. CAF = 1 ÷ (1 − ΣCAS ÷ 100); ΣCAS "
                      "must stay below 100 %. [Assumption] Dinas training and guidance 4 % ≈ 25 h a year, about three days "
                      "of training; trips to the Dinas 5 % ≈ 32 h, once a month to Indralaya about 2.5 h there and back. "
                      "No published record for either."),
    "wisn_ias_hours": ("Jam setahun", "Hours a year"),
    "wisn_ias_help": ("IAS: tugas tambahan pos tertentu (mis. koordinator program), dalam jam setahun. IAF = ΣIAS ÷ AWT, "
                      "ditambahkan ke kebutuhan kecamatan itu.",
                      "IAS: extra duties of particular posts (e.g. a programme coordinator), hours a year. IAF = ΣIAS ÷ AWT, "
                      "added to that kecamatan's need."),
    "wisn_rules_title": ("Aturan pembanding dan biaya", "Comparison rules and cost"),
    "wisn_per_population": ("Satu TKSK per N penduduk", "One TKSK per N people"),
    "wisn_per_desa": ("Satu TKSK per N desa/kelurahan", "One TKSK per N desa/kelurahan"),
    "wisn_allowance": ("Tali asih per bulan (Rp)", "Monthly allowance (Rp)"),
    "wisn_err_awt": ("Waktu kerja tersedia harus lebih dari 0.", "Available working time must be above 0."),
    "wisn_err_std": ("Jam per satuan harus lebih dari 0: {keys}", "Hours per unit must be above 0: {keys}"),
    "wisn_err_settings": ("Hasil belum bisa dihitung: perbaiki asumsi di bawah.", "No result yet: fix the assumptions below."),
    "wisn_scen_title": ("Skenario berdampingan", "Scenarios side by side"),
    "scen_now": ("Sekarang", "Now"), "scen_one": ("Satu per kecamatan", "One per kecamatan"),
    "scen_pop": ("Menurut penduduk", "By population"), "scen_desa": ("Menurut desa", "By desa"), "scen_wisn": ("WISN", "WISN"),
    "scen_total": ("Jumlah", "Total"), "scen_cost": ("Biaya setahun (Rp)", "Yearly cost (Rp)"),
    "wisn_save_title": ("Simpan, buka dan cetak", "Save, open and print"),
    "wisn_save_json": ("Simpan skenario (JSON)", "Save scenario (JSON)"),
    "wisn_load": ("Buka skenario tersimpan (JSON)", "Open a saved scenario (JSON)"),
    "wisn_load_error": ("Berkas skenario ditolak:", "Scenario file refused:"),
    "wisn_loaded": ("Skenario dibuka: {file}", "Scenario opened: {file}"),
    "wisn_loaded_v1": ("Berkas versi 1 diubah ke versi 2: dasar beban = log (seperti dulu dihitung), rapat di kecamatan "
                       "memakai jam rapat, laju kebutuhan bawaan.",
                       "A version 1 file converted to version 2: workload basis = log (as it was computed then), meetings "
                       "at the kecamatan take the meeting time, default need rates."),
    "wisn_brief": ("Unduh ringkasan satu halaman (HTML siap cetak A4)", "Download the one-page brief (print-ready A4 HTML)"),
    "wisn_brief_help": ("Buka berkas di peramban lalu Cetak → Simpan sebagai PDF; muat satu halaman A4.",
                        "Open the file in a browser, then Print → Save as PDF; it fits one A4 page."),
    "wisn_method_title": ("Metode WISN dan rujukan", "The WISN method and references"),
    "wisn_method": ("Berapa TKSK yang dibutuhkan tiap kecamatan? Metode WISN (WHO), bentuk Indonesianya ABK Kes: beban kerja "
                    "setahun dibagi waktu kerja tersedia seorang TKSK, ditambah perjalanan ke desa dan kegiatan penunjang. "
                    "AWT = [A − (B + C + D + E)] × F · SW = AWT ÷ jam per satuan · CAF = 1 ÷ (1 − ΣCAS ÷ 100) · "
                    "IAF = ΣIAS ÷ AWT · Perlu = Σ(beban ÷ SW) × CAF + IAF · Selisih = sekarang − perlu · Rasio = sekarang ÷ "
                    "perlu. Pos = perlu dibulatkan ke atas per kecamatan.",
                    "How many TKSK does each kecamatan need? The WHO WISN method (ABK Kes in Indonesia): a year's workload "
                    "divided by one TKSK's available working time, plus travel to the desa and support work. "
                    "AWT = [A − (B + C + D + E)] × F · SW = AWT ÷ hours per unit · CAF = 1 ÷ (1 − ΣCAS ÷ 100) · "
                    "IAF = ΣIAS ÷ AWT · Required = Σ(workload ÷ SW) × CAF + IAF · Difference = now − required · Ratio = "
                    "now ÷ required. Posts = required rounded up per kecamatan."),
    "capacity_caption": ("= {month} jam: waktu kerja tersedia setahun ({hours} jam) ÷ 12, diatur sekali di halaman "
                         "Perencanaan (Asumsi → Waktu kerja tersedia) dan dipakai juga untuk menghitung kebutuhan TKSK.",
                         "= {month} h: the available working time of a year ({hours} h) ÷ 12, set once on the Planning "
                         "page (Assumptions → Available working time) and also used to compute the TKSK needed."),
    "capacity_link": ("Ubah waktu kerja tersedia", "Change the available working time"),
    # ---------------------------------------------------------------- the brief
    "brief_title": ("Ringkasan: berapa TKSK yang dibutuhkan {region}?", "Brief: how many TKSK does {region} need?"),
    "brief_numbers": ("Kebutuhan {fte} setara penuh waktu → {posts} pos (tiap kecamatan dibulatkan ke atas); sekarang "
                      "{now}: kurang {add} pos. Rasio WISN {ratio} = sekarang ÷ kebutuhan. Tali asih setahun Rp {cost_need} "
                      "(sekarang Rp {cost_now}).",
                      "Need {fte} full-time equivalents → {posts} posts (each kecamatan rounded up); today {now}: {add} "
                      "posts short. WISN ratio {ratio} = now ÷ need. Yearly allowance Rp {cost_need} (today "
                      "Rp {cost_now})."),
    "brief_next": ("Pos baru berikutnya: {posts}.", "Next new posts: {posts}."),
    "brief_col_kecamatan": ("Kecamatan", "Kecamatan"), "brief_col_now": ("Kini", "Now"),
    "brief_col_wisn": ("Perlu", "Need"), "brief_col_posts": ("Pos", "Posts"), "brief_col_ratio": ("Rasio", "Ratio"),
    "brief_col_pressure": ("Pita", "Band"), "brief_col_workload": ("Beban", "Workload"),
    "brief_awt": ("Waktu kerja tersedia: [{a} − ({b} + {c} + {d} + {e})] × {f} jam = {hours} jam setahun",
                  "Available working time: [{a} − ({b} + {c} + {d} + {e})] × {f} h = {hours} h a year"),
    "brief_basis": ("Dasar beban: {basis}. Kebutuhan {need}, log {log} setara penuh waktu", "Workload basis: {basis}. "
                    "Need-based {need}, log-based {log} full-time equivalents"),
    "brief_standards": ("Standar kegiatan [asumsi]: {standards}", "Activity standards [assumptions]: {standards}"),
    "brief_travel": ("Perjalanan: {speed} km/jam × faktor jalan {road}; kunjungan rutin {round} jam per desa sebulan [asumsi]",
                     "Travel: {speed} km/h × road factor {road}; routine round {round} h per desa a month [assumption]"),
    "brief_support": ("Kegiatan penunjang (CAS) {cas} % → CAF {caf}; log {logs}, {period}",
                      "Support activities (CAS) {cas} % → CAF {caf}; {logs} log, {period}"),
    "brief_range": ("Rentang {low}–{high} pos: persentil 10–90 dari {n} kombinasi asumsi; paling berpengaruh: {top}",
                    "Range {low}–{high} posts: 10th–90th percentile of {n} combinations of assumptions; most influential: "
                    "{top}"),
    "brief_rules": ("Aturan lain: satu per kecamatan {one}, menurut penduduk {pop}, menurut desa {desa}, WISN {wisn}; tali "
                    "asih Rp {allowance} sebulan",
                    "Other rules: one per kecamatan {one}, by population {pop}, by desa {desa}, WISN {wisn}; allowance "
                    "Rp {allowance} a month"),
    "brief_demo": ("DATA CONTOH: log kegiatan sintetis, bukan laporan asli.", "DEMO DATA: the activity log is synthetic."),
    "brief_assumptions": ("Asumsi", "Assumptions"),
    "brief_methods": ("Metode: WHO WISN; Kemenkes ABK Kes; Permensos 28/2018.",
                      "Method: WHO WISN; Kemenkes ABK Kes; Permensos 28/2018."),
}
