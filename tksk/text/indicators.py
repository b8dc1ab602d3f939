"""Text of the performance indicators page (Indikator Kinerja): key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "tab_scorecard": ("Kartu skor", "Scorecard"),
    "tab_indicator_trend": ("Tren per bulan", "Monthly trend"),
    "tab_drill": ("Satu kecamatan", "One kecamatan"),
    "tab_compare": ("Bandingkan", "Compare"),
    "kinerja_short_period": ("Periode {months} bulan: satu laporan yang tidak masuk atau satu bulan yang sibuk menggeser "
                             "skor puluhan poin. Nilai kinerja pada periode sependek ini hanya petunjuk; bandingkan "
                             "dengan periode 6–12 bulan sebelum menyimpulkan.",
                             "A {months}-month period: one report not in or one busy month moves a score by tens "
                             "of points. Scores over so short a period are only a hint; compare with 6–12 months before "
                             "drawing a conclusion."),
    "nav_performance": ("Kinerja & perencanaan", "Performance & planning"),
    "nav_indicators": ("Indikator Kinerja", "Performance indicators"),
    "kinerja_title": ("Indikator Kinerja TKSK", "TKSK performance indicators"),
    "kinerja_intro": ("Tiga fungsi TKSK menurut Permensos 28/2018 diukur dari log: koordinasi, fasilitasi dan administrasi. "
                      "Setiap indikator diberi skor terhadap targetnya: 100 = tepat target, di atasnya sampai 120. Hanya "
                      "bulan dengan TKSK aktif yang dinilai; bulan tanpa TKSK adalah celah cakupan, ditampilkan terpisah. "
                      "Target dan bobot bisa diubah di bawah; catatan metode di akhir halaman.",
                      "The three TKSK functions of Permensos 28/2018 measured from the logs: coordination, facilitation "
                      "and administration. Each indicator is scored against its target: 100 = on target, up to 120 above "
                      "it. Only months with an active TKSK are scored; months without one are a coverage gap, shown "
                      "apart. Targets and weights can be changed below; the method note is at the end of the page."),
    "settings_title": ("Target, bobot dan batas laporan", "Targets, weights and report deadline"),
    "target": ("Target", "Target"), "default_target": ("Target bawaan", "Default target"),
    "formula": ("Rumus", "Formula"), "why": ("Alasan target", "Why this target"),
    "target_notes_title": ("Rumus dan alasan tiap target", "Each target's formula and reason"),
    "weights": ("Bobot skor komposit (dinormalkan)", "Composite weights (normalised)"),
    "weights_help": ("Bawaan sama rata: Permensos 28/2018 tidak mendahulukan satu fungsi.",
                     "Equal by default: Permensos 28/2018 puts no function first."),
    "scorecard_title": ("Kartu skor per TKSK (satu baris per kecamatan)", "Scorecard per TKSK (one row per kecamatan)"),
    "composite": ("Komposit", "Composite"),
    "months_scored": ("Bulan dinilai", "Months scored"),
    "score_of": ("Skor {function}", "{function} score"),
    "months_own_no_log": ("Bulan tanpa log kecamatan ini (kecamatan lain ada lognya)",
                          "Months without this kecamatan's log (others logged)"),
    "months_regency_no_log": ("Bulan ber-TKSK tanpa log (tidak dinilai untuk kegiatan)",
                              "Staffed months without a log (not scored on activity)"),
    "indicator_value": ("Nilai {indicator}", "Value {indicator}"),
    "indicator_score": ("Skor {indicator}", "Score {indicator}"),
    "indicator_target": ("Sasaran {indicator}", "Target {indicator}"),
    "trend_target_spread": ("Garis sasaran: sasaran {name}, {set} × {n} ÷ {desa} desa per TKSK = {target} (sasaran per desa "
                            "dibagi atas desa yang melebihi batas satu TKSK; lihat Catatan metode).",
                            "Target line: {name}'s target, {set} × {n} ÷ {desa} desa per TKSK = {target} (the per-desa "
                            "target spread over the desa beyond one TKSK's limit; see the method note)."),
    "desa_load_factor": ("Desa per TKSK ÷ batas sasaran per desa (1 = tidak melebihi)",
                         "Desa per TKSK ÷ the per-desa target's limit (1 = not beyond)"),
    # Short headers: the scorecard's ten columns fit 1366 pixels without a scroll (its caption says what they are).
    "coverage_gap": ("Bulan tanpa TKSK", "Months without TKSK"),
    "coverage_gap_short": ("Bulan tanpa TKSK", "Months vacant"),
    "administration_short": ("Administrasi", "Admin."),
    # The scorecard's function scores under short headers (the full name the tooltip): at 1024 pixels they sat
    # behind a sideways scroll with no visible bar (ux31 #10).
    "function_short_koordinasi": ("Koord.", "Coord."), "function_short_fasilitasi": ("Fasil.", "Facil."),
    "function_short_administrasi": ("Adm.", "Admin."),
    "months_scored_short": ("Bln dinilai", "Scored"), "coverage_gap_compact": ("Bln kosong", "Vacant"),
    "desa_per_tksk_compact": ("Desa/TKSK", "Desa/TKSK"),
    "desa_per_tksk_short": ("Desa per TKSK", "Desa per TKSK"),
    "weakest": ("Indikator terlemah (skor)", "Weakest indicators (score)"),
    "weakest_key": ("Kode indikator terlemah: {keys}. Skor 0–{cap} terhadap target (100 = target tercapai).",
                    "Weakest indicator codes: {keys}. Scores 0–{cap} against the target (100 = target met)."),
    "attention_title": ("Perlu perhatian: komposit di bawah hijau dan jauh di bawah median kabupaten, terburuk dulu",
                        "Needs attention: composite below green and well under the regency median, worst first"),
    "settings_kept": ("Skor di bawah memakai setelan terakhir yang sah sampai isian di \"Target, bobot dan batas "
                      "laporan\" diperbaiki.", "The scores below use the last valid settings until the entries under "
                      "\"Targets, weights and report deadline\" are corrected."),
    "scorecard_all_title": ("Semua kecamatan, menurut peringkat komposit", "Every kecamatan, by composite rank"),
    "attention_rule": ("Ditandai: pos yang masih terisi di akhir periode dengan komposit di bawah 80 dan {n} poin atau "
                       "lebih di bawah median kabupaten ({median}) atas sedikitnya {least} bulan dinilai, atau yang "
                       "lognya tidak masuk sepertiga bulannya atau lebih.",
                       "Flagged: posts still held at the end of the period with a composite below 80 and {n} points or "
                       "more under the regency median ({median}) over at least {least} months scored, or whose log did "
                       "not come in for a third of its months or more."),
    "attention_rule_each": ("Ditandai: pos yang masih terisi di akhir periode dengan komposit di bawah 80 dan {n} poin "
                            "atau lebih di bawah median kabupatennya sendiri atas sedikitnya {least} bulan dinilai, atau "
                            "yang lognya tidak masuk sepertiga bulannya atau lebih.",
                            "Flagged: posts still held at the end of the period with a composite below 80 and {n} "
                            "points or more under the median of their own regency over at least {least} months scored, "
                            "or whose log did not come in for a third of its months or more."),
    # Not "perlu perhatian": the list of that name flags fewer (below green and far under the median), and a yellow
    # kecamatan missing from it read as a contradiction (walk-through of 2026-12-05).
    "status_hijau": ("baik", "good"), "status_kuning": ("sedang", "fair"),
    "status_merah": ("lemah", "weak"), "status_kosong": ("pos kosong", "vacant post"),
    "status_tanpa_log": ("belum ada log", "no log yet"),
    # A post left and taken again is one row of the scorecard: its score pools both spells (walk-through 2026-12-06).
    "refilled_scored": ("Pos yang terisi lagi dalam periode dinilai atas seluruh bulan bertugasnya: bila TKSK-nya "
                        "berganti, skornya menggabungkan TKSK lama dan baru ({items}).",
                        "A post filled again within the period is scored over all its staffed months: where its TKSK "
                        "changed, the score pools the old and the new one ({items})."),
    "refilled_item": ("{name}, terisi lagi {month}", "{name}, filled again {month}"),
    "scorecard_heavy_log": ("Log dengan jam lebih dari sebulan kerja penuh waktu ({month} jam): {names}. Periksa lognya "
                            "(lihat {where}) sebelum membandingkan skornya: satu kunjungan per baris atau "
                            "jam sehari di setiap baris menaikkan kegiatan yang dihitung.",
                            "Logs holding more hours than a full-time month ({month} hours): {names}. Check the log "
                            "({where}) before comparing its score: a row per household visit or a day's "
                            "hours on every row lift the activities counted."),
    "check_log": ("periksa log", "check log"),
    "gap_unknown_assumed": ("tidak diketahui (pos asumsi)", "unknown (assumed post)"),
    "check_log_column": ("Periksa log: jam sebulan di atas bulan kerja penuh",
                         "Check log: hours a month above a full-time month"),
    "hours_named_short": ("{name} ({hours} jam sebulan)", "{name} ({hours} hours a month)"),
    "drill_unlogged": ("Belum ada log kecamatan ini dalam periode ini: desanya tanpa angka dan laporannya belum "
                       "diketahui, bukan nol.",
                       "No log of this kecamatan in this period yet: its desa have no figures and its reports are not "
                       "known, not zero."),
    "status_sedikit_bulan": ("belum dibandingkan", "not compared yet"),
    "unscored_named": ("Tanpa skor: {groups}.", "No score: {groups}."),
    "drill_partial": ("Log kecamatan ini tidak masuk {n} dari {m} bulan bertugasnya: skornya hanya dari bulan yang masuk "
                      "dan tidak dibandingkan; laporan bulan itu tertulis \"belum ada log\".",
                      "This kecamatan's log is missing for {n} of its {m} staffed months: its score rests on the months "
                      "that came in and is not compared; those months' reports read \"no log yet\"."),
    "drill_refilled": ("Pos ini terisi lagi {month} setelah lowong: skornya menggabungkan masa sebelum dan sesudahnya "
                       "(bila TKSK-nya berganti, dua orang).",
                       "This post was filled again in {month} after a vacancy: its score pools the time before and "
                       "after (two people, where its TKSK changed)."),
    "drill_vacant": ("Tanpa TKSK sepanjang periode ini: tidak ada yang dinilai.", "No TKSK all this period: nothing is scored."),
    "status_log_sebagian": ("log tidak lengkap", "log incomplete"),
    "partial_log_scored": ("Pos yang lognya tidak masuk sepertiga bulan bertugasnya atau lebih ({items}) ditampilkan "
                           "skornya, dari bulan yang masuk saja, tetapi tidak diberi peringkat atau status.",
                           "Posts whose log is missing for a third of their staffed months or more ({items}) show their "
                           "score, from the months that came in only, but no rank or status."),
    "partial_log_item": ("{name}", "{name}"),
    "few_months_item": ("{name}, {n} bulan", "{name}, {n} months"),
    "few_months_item_one": ("{name}, 1 bulan", "{name}, 1 month"),
    "few_months_scored": ("Pos yang dinilai kurang dari {least} bulan ({items}) ditampilkan skornya tetapi belum diberi "
                          "peringkat atau status dan tidak masuk sebaran maupun median: satu atau dua bulan tidak memuat "
                          "siklus laporan, penyaluran dan koordinasi.",
                          "Posts scored on fewer than {least} months ({items}) show their score but no rank or status yet, "
                          "and are left out of the spread and the median: a month or two does not hold a cycle of "
                          "reports, distributions and coordination."),
    "load_bias_info": ("Kolom Desa per TKSK (desa dan kelurahan) menunjukkan besarnya wilayah kerja di samping skor; korelasi "
                       "peringkatnya dengan skor indikator per desa ({keys}) {rho} (peringatan bila {limit} atau lebih "
                       "rendah).",
                       "The column Desa per TKSK (desa and kelurahan) shows the size of the job beside the score; its rank correlation with "
                       "the per-desa indicator scores ({keys}) is {rho} (a warning at {limit} or below)."),
    "size_bias_up": ("Perhatian: komposit makin tinggi di kecamatan dengan makin banyak KK per TKSK (korelasi peringkat "
                     "{rho}): kegiatan yang dihitung ikut banyaknya keluarga, jadi sebagian selisih skor adalah besarnya "
                     "kecamatan, bukan hanya kinerja.",
                     "Note: the composite rises with the families per TKSK (rank correlation {rho}): the activities "
                     "counted follow the number of families, so part of the difference in scores is the size of the "
                     "kecamatan, not only the work."),
    "size_bias_down": ("Perhatian: komposit makin rendah di kecamatan dengan makin banyak KK per TKSK (korelasi peringkat "
                       "{rho}): sebagian selisih skor adalah beban kecamatan yang besar, bukan hanya kinerja.",
                       "Note: the composite falls as the families per TKSK rise (rank correlation {rho}): part of the "
                       "difference in scores is the load of large kecamatan, not only the work."),
    "load_bias_line": ("Perhatian: skor indikator per desa ({keys}) makin rendah di kecamatan dengan makin banyak desa "
                       "per TKSK (korelasi peringkat {rho}); sebagian selisih skor adalah besarnya wilayah kerja, bukan "
                       "hanya kinerja. Bandingkan dengan kolom desa per TKSK dan halaman Beban Kerja.",
                       "Note: the per-desa indicator scores ({keys}) fall as the desa per TKSK rise (rank correlation "
                       "{rho}); part of the difference in scores is the size of the job, not only the work. Compare "
                       "with the desa per TKSK column and the Workload page."),
    "scorecard_caption": ("Skor 100 = tepat target; di bawah target skor turun sebanding, di atasnya naik sampai {cap}. "
                          "Status komposit: baik (hijau) ≥ {green}, sedang (kuning) {yellow}–{yellow_top}, lemah (merah) < "
                          "{yellow}; pos kosong "
                          "sepanjang periode tanpa skor. Skor hanya menghitung bulan dengan TKSK aktif (Bulan dinilai); "
                          "bulan tanpa TKSK adalah celah cakupan kecamatan, tidak menaikkan atau menurunkan skor. Klik judul "
                          "kolom untuk mengurutkan.",
                          "Score 100 = on target; below it the score falls in proportion, above it rises up to {cap}. "
                          "Composite status: good (green) ≥ {green}, fair (yellow) {yellow}–{yellow_top}, weak (red) < "
                          "{yellow}; a post vacant "
                          "the whole period has no score. Scores count only months with an active TKSK (Months scored); "
                          "months without one are a coverage gap of the kecamatan and neither lift nor lower the score. "
                          "Click a column title to sort."),
    "spread_line": ("Sebaran komposit di kabupaten: terendah {low}, separuh tengah {q1}–{q3} ({iqr} poin), tertinggi {high}; {top} dari {n} "
                    "skor indikator ({share}) di batas atas yang bisa dicapai.",
                    "Spread of the composite in the regency: lowest {low}, middle half {q1}–{q3} ({iqr} points), highest {high}; {top} of "
                    "{n} indicator scores ({share}) at the top they can reach."),
    "indicator_trend": ("Tren indikator per bulan", "Indicator trend by month"),
    "regency_pooled": ("Kabupaten (gabungan)", "Regency (pooled)"),
    "drill_title": ("Rincian satu TKSK", "One TKSK in detail"),
    "by_activity": ("Kegiatan menurut jenis", "Activities by type"),
    # "Laporan bulanan 2" above a list of three reports (the last sent after the period; ux21).
    "reports_by_sent_date": ("Laporan bulanan di sini dihitung menurut tanggal kirimnya (bulan berikutnya); tabel di bawah "
                             "menurut bulan yang dilaporkan.",
                             "Monthly reports here are counted by the date they were sent (the month after); the table "
                             "below by the month reported."),
    "by_desa": ("Kegiatan menurut desa", "Activities by desa"),
    "by_desa_caption": ("Hanya kegiatan yang mencatat desanya: rapat di kecamatan dan laporan bulanan tidak punya desa, "
                        "jadi jumlahnya bisa lebih kecil dari tabel menurut jenis.",
                        "Only activities that record their desa: kecamatan meetings and monthly reports have none, so "
                        "the total can be below the table by type."),
    "people_facilitation_only": ("Orang dilayani dicatat untuk fasilitasi saja; desa yang hanya dikunjungi untuk "
                                 "koordinasi atau administrasi tidak punya angka orang (celah, bukan 0).",
                                 "People served are recorded for facilitation only; a desa reached only for coordination "
                                 "or administration has no people figure (a gap, not 0)."),
    "no_activity_rows": ("Tidak ada kegiatan tercatat dalam periode ini.", "No activity logged in this period."),
    "reports_by_month": ("Laporan bulanan per bulan", "Monthly reports by month"),
    "lifts_lowers": ("Yang menaikkan dan menurunkan skor", "What lifts and lowers the score"),
    "points_lost": ("Poin komposit di bawah target (− di atas)", "Composite points below target (− above)"),
    "compare_title": ("Bandingkan dua kecamatan", "Compare two kecamatan"),
    "method_title": ("Catatan metode", "Method note"),
    "download_method": ("Unduh catatan metode (Markdown)", "Download the method note (Markdown)"),
    "score": ("Skor", "Score"),
    "sent_on": ("Diterima", "Received"), "not_received": ("tidak diterima", "not received"),
    "not_yet_due": ("belum jatuh tempo", "not yet due"),
    "late": ("terlambat", "late"), "on_time_short": ("tepat waktu", "on time"),
    "reports_on_time_n": ("{n} tepat waktu", "{n} on time"), "reports_late_n": ("{n} terlambat", "{n} late"),
    "reports_missing_n": ("{n} tidak diterima", "{n} not received"),
    "targets_above_zero": ("Target harus lebih dari 0: {keys}", "Targets must be above 0: {keys}"),
    "target_not_number": ("Target {code} bukan angka: \"{value}\" (tulis mis. 0,5 atau 80)",
                          "The target of {code} is not a number: \"{value}\" (write e.g. 0.5 or 80)"),
    "weights_above_zero": ("Jumlah bobot harus lebih dari 0.", "Weights must add up to more than 0."),
    "month": ("Bulan", "Month"),
    "code": ("Kode", "Code"),
    "ceiling": ("Skor tertinggi", "Highest score"),
    "assumption": ("Target asumsi?", "Assumed target?"),
    "yes": ("ya", "yes"), "no": ("tidak", "no"),
    "method_note_title": ("Indikator kinerja TKSK: metode", "TKSK performance indicators: method"),
    "method_note_scoring": (
        "Tiga fungsi Permensos No. 28/2018 (koordinasi, fasilitasi, administrasi), diukur dari log kegiatan TKSK. Setiap "
        "indikator diberi skor: skor = min({cap}, maks(0, 100 × nilai ÷ target)). 100 berarti tepat target; di bawah "
        "target skor turun sebanding, di atas target naik sampai {cap}, sehingga kelebihan tetap terbaca tetapi tidak "
        "menutup kekurangan fungsi lain tanpa batas (skala kinerja PNS juga berhenti di 120: PermenPANRB tentang Sistem "
        "Manajemen Kinerja PNS). Indikator yang nilainya berbatas (persentase, jenis mitra) punya skor tertinggi sendiri, "
        "di tabel. Skor fungsi = rata-rata skor indikatornya yang punya nilai; skor komposit = rata-rata tertimbang skor "
        "fungsi. Indikator volume dihitung per kebutuhan: per desa/kelurahan atau per 1.000 KK (PODES 2021). Angka "
        "kabupaten (gabungan) = Σ pembilang ÷ Σ penyebut semua kecamatan. Nama kolom dalam kurung di tabel ada di tabel "
        "store (README, bagian Tabel dan kolom).",
        "Three functions of Permensos No. 28/2018 (koordinasi, fasilitasi, administrasi), measured from TKSK activity "
        "logs. Each indicator is scored: score = min({cap}, max(0, 100 × value ÷ target)). 100 means on target; below the "
        "target the score falls in proportion, above it rises up to {cap}, so a lead stays visible without making up "
        "without limit for another function's shortfall (the civil-service performance scale stops at 120 too: "
        "PermenPANRB on the Sistem Manajemen Kinerja PNS). Indicators with a bounded value (shares, kinds of partner) "
        "have their own highest score, in the table. A function score is the mean of its indicators that have a value; "
        "the composite is the weighted mean of the function scores. Volume indicators are per unit of need: per "
        "desa/kelurahan or per 1,000 families (PODES 2021). The regency (pooled) figure = Σ numerators ÷ Σ denominators "
        "of every kecamatan. Column names in brackets in the table are store columns (README, Tables and columns)."),
    "method_note_example": (
        "Contoh: K1 bernilai 3,6 dengan target 4 → 100 × 3,6 ÷ 4 = 90; bernilai 5,2 → 130 → {cap}. A1 bernilai 58,3 % "
        "dengan target 100 → 58,3.",
        "Example: K1 at 3.6 against a target of 4 → 100 × 3.6 ÷ 4 = 90; at 5.2 → 130 → {cap}. A1 at 58.3 % against a "
        "target of 100 → 58.3."),
    "method_note_bands": (
        "Status komposit: baik (hijau) ≥ {green}, sedang (kuning) {yellow}–{yellow_top}, lemah (merah) < {yellow}. "
        "Batasnya diambil dari batas bawah kategori capaian kinerja PNS (80 % dan 60 %); nama statusnya milik "
        "dasbor ini.",
        "Composite status: good (green) ≥ {green}, fair (yellow) {yellow}–{yellow_top}, weak (red) < {yellow}. The "
        "cut-offs are the lower bounds of the civil-service achievement categories (80 % and 60 %); the status names "
        "are this dashboard's."),
    "method_note_load": (
        "Indikator per desa ({keys}): satu TKSK dinilai dengan sasaran per desa untuk paling banyak {n} desa/kelurahan "
        "(setelan bawaan desa per TKSK di Perencanaan). Pos dengan lebih banyak desa mendapat sasaran yang dibagi atas "
        "desanya: sasaran × {n} ÷ desa per TKSK (20 desa, satu TKSK: K1 {k1} × {n} ÷ 20), karena waktu satu orang tidak "
        "bertambah dengan jumlah desanya. Kecamatan dengan dua pos dinilai bersama: kegiatan kedua TKSK dijumlah dan "
        "desanya dibagi di antara mereka. Indikator lain memakai sasaran yang sama untuk semua.",
        "Per-desa indicators ({keys}): one TKSK is held to the per-desa target for at most {n} desa/kelurahan (the "
        "planner's default of desa per TKSK). A post with more desa has the target spread over them: target × {n} ÷ "
        "desa per TKSK (20 desa, one TKSK: K1 {k1} × {n} ÷ 20), because one person's time does not grow with their "
        "desa. A kecamatan with two posts is scored together: both TKSK's activities add up and its desa are shared "
        "between them. Every other indicator has the same target for all."),
    "method_note_months": (
        "Bulan yang dinilai: hanya bulan dengan minimal satu pos TKSK aktif pada tanggal 15, atau yang mencatat "
        "kegiatan pada hari aktifnya di bulan itu (tabel pos_bulan). Bulan "
        "tanpa TKSK adalah celah cakupan kecamatan: tidak masuk pembilang maupun penyebut indikator mana pun, sehingga "
        "tidak menaikkan atau menurunkan skor TKSK; kartu skor menunjukkan berapa bulan yang dinilai dan bulan mana yang "
        "kosong. Kecamatan tanpa TKSK aktif sepanjang periode tidak diberi skor (kosong), bukan nol. Rujukan (F2) dinilai "
        "dengan apa yang diketahui pada akhir periode: hasil yang datang sesudahnya masih menunggu dan tidak dihitung; "
        "rujukan yang 90 harinya habis tanpa bantuan dihitung gagal, karena sasarannya (bantuan dalam 90 hari) sudah "
        "pasti tidak tercapai.",
        "Months scored: only months with at least one TKSK post active on the 15th, or logging work on its active "
        "days of that month (table pos_bulan). Months without a "
        "TKSK are a coverage gap of the kecamatan: they enter neither the numerator nor the denominator of any indicator, "
        "so they neither lift nor lower the TKSK's score; the scorecard shows how many months are scored and which are "
        "vacant. A kecamatan without an active TKSK all period has no score (vacant), not zero. Referrals (F2) are judged "
        "with what was known at the end of the period: a result that came later is pending and not counted; a referral "
        "whose 90 days ran out without aid counts as a failure, because its aim (aid within 90 days) can no longer be met."),
    "weights_line": ("Bobot: {weights}; bagian tiap fungsi dalam skor komposit = bobotnya ÷ jumlah bobot ({total}).",
                     "Weights: {weights}; each function's share of the composite = its weight ÷ the sum of the weights "
                     "({total})."),
    "deadline_line": ("Batas laporan: tanggal {day} bulan berikutnya.", "Report deadline: day {day} of the next month."),
    "method_note_sources": (
        "Sumber: Permensos 28/2018; PermenPANRB tentang Sistem Manajemen Kinerja PNS (skala capaian sampai 120 dan "
        "kategorinya); Sutaat (2014); Waruwu (2024); Dinsos Ogan Ilir tentang jumlah KPM BPNT/Sembako (Sumselupdate, 20 "
        "Januari 2021); ritme kerja TKSK dari aturan, berita Kemensos dan Dinas (perkiraan bila ditandai).",
        "Sources: Permensos 28/2018; PermenPANRB on the Sistem Manajemen Kinerja PNS (achievement scale up to 120 and its "
        "categories); Sutaat (2014); Waruwu (2024); Dinsos Ogan Ilir on the number of BPNT/Sembako KPM (Sumselupdate, 20 "
        "January 2021); TKSK work rhythms from regulations, Kemensos and Dinas news (inferred where marked)."),
    "function_score": ("Skor {function}", "{function} score"),
}
