"""Text of the planner (Perencanaan): key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
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
    "brief_title": ("Ringkasan: berapa TKSK yang dibutuhkan {region}?", "Brief: how many TKSK does {region} need?"),
    "brief_conclusion": (
        "Dengan asumsi di bawah, {region} memerlukan <b>{need}</b> pos TKSK (WISN, dibulatkan ke atas per kecamatan; "
        "{fte} setara penuh waktu), sedangkan sekarang ada <b>{now}</b>: {gap} <b>{diff}</b>. Rasio WISN gabungan {ratio} "
        "(Σ sekarang ÷ Σ perlu). Biaya tali asih setahun: Rp {cost_need} (sekarang Rp {cost_now}).",
        "With the assumptions below, {region} needs <b>{need}</b> TKSK posts (WISN, each kecamatan rounded up; {fte} as "
        "full-time equivalents) against <b>{now}</b> today: {gap} of <b>{diff}</b>. The pooled WISN ratio is {ratio} "
        "(Σ current ÷ Σ required). Yearly allowance cost: Rp {cost_need} (today Rp {cost_now})."),
    "brief_shortage": ("kekurangan", "a shortage"),
    "brief_surplus": ("kelebihan", "a surplus"),
    "brief_col_kecamatan": ("Kecamatan", "Kecamatan"),
    "brief_col_now": ("Kini", "Now"),
    "brief_col_wisn": ("WISN", "WISN"),
    "brief_col_posts": ("Pos", "Posts"),
    "brief_col_ratio": ("Rasio", "Ratio"),
    "brief_col_pressure": ("Tekanan", "Pressure"),
    "brief_col_workload": ("Beban", "Workload"),
    "brief_awt": ("Waktu kerja tersedia: [{a} − ({b} + {c} + {d} + {e})] × {f} jam = {hours} jam setahun",
                  "Available working time: [{a} − ({b} + {c} + {d} + {e})] × {f} h = {hours} h a year"),
    "brief_standards": ("Standar kegiatan: {standards}", "Activity standards: {standards}"),
    "brief_travel": ("Perjalanan: pulang-pergi pusat kecamatan – desa {speed} km/jam × faktor jalan {road}; kunjungan rutin "
                     "{round} jam per desa sebulan",
                     "Travel: round trip kecamatan centre – desa at {speed} km/h × road factor {road}; routine round {round} h "
                     "per desa a month"),
    "brief_support": ("Kegiatan penunjang (CAS) {cas} % → CAF {caf}; beban dari log {logs}, {period}; perkiraan bila pos "
                      "aktif kurang dari {months} bulan",
                      "Support activities (CAS) {cas} % → CAF {caf}; workload from the {logs} log, {period}; estimate where "
                      "a post had fewer than {months} staffed months"),
    "brief_rules": ("Aturan lain: satu per kecamatan {one}, menurut penduduk {pop}, menurut desa {desa}, WISN {wisn}; tali "
                    "asih Rp {allowance} sebulan",
                    "Other rules: one per kecamatan {one}, by population {pop}, by desa {desa}, WISN {wisn}; allowance "
                    "Rp {allowance} a month"),
    "brief_demo": ("DATA CONTOH: log kegiatan sintetis, bukan laporan asli.", "DEMO DATA: the activity log is synthetic."),
    "brief_assumptions": ("Asumsi", "Assumptions"),
    "brief_methods": ("Metode: WHO WISN; Kemenkes ABK Kes; Permensos 28/2018.",
                      "Method: WHO WISN; Kemenkes ABK Kes; Permensos 28/2018."),
}
