"""Text of the planner (Perencanaan): key -> (Indonesian, English). The need-based rates and the literature
they cite are in ``tksk.text.need``."""

TEXT: dict[str, tuple[str, str]] = {
    "tab_result": ("Hasil", "Result"),
    "tab_nvl": ("Kebutuhan vs log", "Need vs log"),
    "tab_alloc": ("Pos baru", "New posts"),
    "tab_scen": ("Aturan lain", "Other rules"),
    "planner_poor_year": ("Penduduk miskin: BPS {year}, {n} jiwa (tahun terakhir sampai akhir periode).",
                          "Poor people: BPS {year}, {n} people (the latest year up to the period's end)."),
    "planner_poor_years": ("Penduduk miskin: BPS, tahun {years} (tahun terakhir sampai akhir periode).",
                           "Poor people: BPS, years {years} (the latest year up to the period's end)."),
    "nav_planner": ("Perencanaan", "Planning"),
    "planner_title": ("Perencanaan: cukupkah satu TKSK per kecamatan?", "Planning: is one TKSK per kecamatan enough?"),
    # ---------------------------------------------------------------- the answer
    # Which settings, as the other two sentences say: under 24 hours a day every draw gave 16 and the sentence read
    # "needs 16 posts" as a fact on Beranda, with no word that they were the reader's own settings (pl33).
    "answer_sentence_exact": ("{region} memerlukan {low} pos TKSK {which}. Pos TKSK {month}: {now}.",
                              "{region} needs {low} TKSK posts {which}. TKSK posts in {month}: {now}."),
    # One number first, the settings' answer; the range of other plausible settings after it: "between 37 and 54
    # (39 with the defaults)" left the reader to choose among four figures. How the number is reached (the workload
    # in TKSK, their hours, the rounding) opens the caption under the tiles that show it: in the answer it made a
    # sentence of seven figures. Beranda says it under the answer; Perencanaan's tiles and their caption show it.
    # The range as what it is, the middle eight of ten combinations ("between 37 and 54" read as hard bounds).
    "answer_sentence": ("{region} memerlukan {central} pos TKSK {which}. Dengan asumsi lain yang masuk akal, 8 dari 10 "
                        "kombinasi memerlukan {low}–{high} pos{half}. Pos TKSK {month}: {now}.",
                        "{region} needs {central} TKSK posts {which}. With other plausible assumptions, 8 in 10 "
                        "combinations need {low}–{high} posts{half}. TKSK posts in {month}: {now}."),
    # A setting beyond what is plausible (50 working days a year) makes its neighbours no more plausible: no range.
    "answer_sentence_implausible": ("{region} memerlukan {central} pos TKSK {which}, dengan setelan yang tidak masuk akal "
                                    "(lihat peringatan), jadi tanpa rentang asumsi lain. Pos TKSK {month}: {now}.",
                                    "{region} needs {central} TKSK posts {which}, with settings that are not plausible "
                                    "(see the warning), so no range of other assumptions. TKSK posts in {month}: "
                                    "{now}."),
    "answer_figure": ("{posts} pos TKSK", "{posts} TKSK posts"),
    "answer_workload": ("{posts} pos: beban setara {fte} TKSK dengan {hours} jam kerja setahun masing-masing, dibulatkan "
                        "ke atas per kecamatan.", "{posts} posts: a workload of {fte} TKSK at {hours} working hours a "
                        "year each, rounded up kecamatan by kecamatan."),
    "answer_hours": ("Satu TKSK setara {hours} jam kerja setahun (waktu kerja tersedia).",
                     "One TKSK is {hours} working hours a year (the available working time)."),
    # The draws' median, where it is far from the settings' answer, in the answer itself: a head of office budgeting
    # 39 posts read past the grey note that half the plausible settings need 43 or more.
    "answer_half_above": (", dan separuh kombinasi {median} pos atau lebih", ", and half of them {median} posts or more"),
    "answer_half_below": (", dan separuh kombinasi {median} pos atau kurang", ", and half of them {median} posts or fewer"),
    "answer_which_chosen": ("dengan setelan yang dipilih", "with the settings chosen"),
    "answer_which_default": ("dengan setelan bawaan", "with the default settings"),
    "answer_range_how": ("Rentang: persentil 10–90 dari {n} kombinasi acak asumsi dalam rentang yang disebut di bagian "
                         "\"Seberapa pasti angka ini\".", "Range: 10th–90th percentile of {n} random combinations of the "
                         "assumptions within the ranges stated under \"How sure this is\"."),
    "answer_how": ("Dasar beban: {basis}. Periode yang dipilih: {period}.",
                   "Workload basis: {basis}. Period chosen: {period}."),
    "answer_skew": ("Separuh kombinasi acak memerlukan {median} pos atau lebih: setelan yang dipakai ada di bagian bawah "
                    "rentang, karena beberapa asumsi bisa jauh lebih tinggi daripada lebih rendah (rentangnya di \"Seberapa "
                    "pasti angka ini\").", "Half the random combinations need {median} posts or more: the settings "
                    "used sit low in the range, as several assumptions can be far higher rather than lower (their "
                    "ranges under \"How sure this is\")."),
    "answer_short_period": ("Periode {months} bulan: beban dari log disetahunkan (× 12 ÷ bulan ber-TKSK yang ada lognya). "
                            "Kegiatan musiman (penyaluran, verifikasi DTSEN) membuat periode pendek lebih tinggi atau lebih "
                            "rendah dari setahun; pilih 12 bulan untuk jawaban yang bisa dipertahankan.",
                            "A {months}-month period: logged workload is annualised (× 12 ÷ staffed months with a log). "
                            "Seasonal work (distribution rounds, DTSEN checks) makes a short period higher or lower than a "
                            "full year; choose 12 months for an answer you can defend."),
    "months_left_out": ("Bulan ber-TKSK tanpa satu baris log pun tidak dihitung sebagai bulan tanpa kerja (berkasnya belum "
                        "masuk): {items}. Beban kecamatan itu disetahunkan dari bulan yang ada lognya; Indikator Kinerja "
                        "tidak menilai kegiatan bulan itu bila laporannya juga tidak masuk (laporan yang tidak masuk "
                        "tetap dinilai).",
                        "Staffed months without a single log row are not counted as months of no work (their files "
                        "have not come in): {items}. The workload of each is annualised over the months with a "
                        "log; Performance Indicators does not score those months' activity when their report did not come in either (the "
                        "missing report is still scored)."),
    # What the months are, in each item: "Payaraman 1 dari 3 bulan" at a caption's end read as one month logged (ux21).
    "months_left_out_item": ("{kecamatan}: {n} dari {of} bulan tanpa log", "{kecamatan}: {n} of {of} months without a log"),
    "months_left_out_more_plain": ("; dan {n} kecamatan lain", "; and {n} other kecamatan"),
    "unlogged_rates": ("Bulan ber-TKSK tanpa satu baris log pun dari kecamatannya (berkasnya kemungkinan belum masuk) "
                       "tidak dihitung sebagai bulan tanpa kerja: angka per bulan dibagi bulan yang ada lognya, dan angka "
                       "seperiode (desa dikunjungi) bisa lebih rendah dari kenyataan. {items}.",
                       "Staffed months without a single log row of their kecamatan (the file has most likely not come "
                       "in) are not counted as months of no work: per-month figures are divided by the months with a "
                       "log, and whole-period figures (desa visited) may be lower than the truth. {items}."),
    "unlogged_scored": ("Bulan ber-TKSK tanpa satu baris log pun dari kecamatannya dan tanpa laporan bulanannya "
                        "(berkasnya kemungkinan belum masuk) tidak dinilai untuk kegiatan, seperti perencanaan tidak "
                        "menghitungnya sebagai bulan kerja; laporan yang tidak masuk tetap dinilai, dan pos yang lognya "
                        "tidak masuk sepertiga bulannya atau lebih ditandai perlu perhatian. Bulan yang laporannya masuk "
                        "tanpa baris kegiatan dinilai sebagai bulan tanpa kerja tercatat. {items}.",
                        "Staffed months without a single log row of their kecamatan and without their monthly report "
                        "(the file has most likely not come in) are not scored on activity, as the planner does not count "
                        "them as months of work; the report not received is still scored, and a post whose log is "
                        "missing for a third of its months or more is flagged for attention. A month whose report came in "
                        "with no activity row is scored as a month of no recorded work. {items}."),
    "months_left_out_more": ("; dan {n} kecamatan lain (kolom Sumber beban di tabel hasil)",
                             "; and {n} other kecamatan (the Workload source column of the result table)"),
    "per_desa_implausible": ("Satu TKSK per {value} desa ada di luar {low}–{high} desa (kecamatan Ogan Ilir berisi 10–25 "
                             "desa, masing-masing satu TKSK kini): pastikan memang itu maksudnya; aturan per desa di "
                             "tab Aturan lain memakai angka ini.", "One TKSK per {value} desa is outside {low}–{high} desa (Ogan Ilir's kecamatan "
                             "hold 10–25 desa, one TKSK each today): make sure it is meant; the per-desa rule "
                             "under Other rules uses it."),
    "per_penduduk_implausible": ("Satu TKSK per {value} penduduk ada di luar {low}–{high} (kecamatan Ogan Ilir berpenduduk "
                                 "sekitar 10.000–60.000): periksa jumlah nolnya; aturan per penduduk di tab Aturan "
                                 "lain memakai angka ini.", "One TKSK per {value} people is outside {low}–{high} (Ogan Ilir's "
                                 "kecamatan hold about 10,000–60,000 people): check its zeros; the per-population rule "
                                 "under Other rules uses it."),
    "tali_asih_implausible": ("Tali asih Rp {value} sebulan ada di luar Rp {low}–{high} (Rp 250–700 ribu di daerah lain, "
                              "Rp 1 juta di Ogan Ilir): periksa jumlah nolnya; biaya setahun di atas memakai angka ini.",
                              "An allowance of Rp {value} a month is outside Rp {low}–{high} (Rp 250–700 thousand "
                              "elsewhere, Rp 1 million in Ogan Ilir): check its zeros; the yearly cost above uses it."),
    "cas_implausible": ("Kegiatan penunjang (CAS) {cas} % dari waktu kerja, di atas {limit} %: jawaban ini lebih "
                        "mencerminkan setelan itu daripada datanya.",
                        "Support activities (CAS) take {cas} % of working time, above {limit} %: this answer reflects "
                        "that setting more than the data."),
    "speed_implausible": ("Kecepatan perjalanan {speed} km/jam, di luar {low}–{high} km/jam (berjalan kaki sampai sepeda motor "
                          "di jalan desa): jawaban ini lebih mencerminkan setelan itu daripada datanya.",
                          "Travel speed {speed} km/h, outside {low}–{high} km/h (walking to a motorbike on village roads): "
                          "this answer reflects that setting more than the data."),
    "rates_outside": ("Laju kebutuhan di luar rentang yang disebut di sampingnya: {items}. Jawaban ini lebih mencerminkan "
                      "setelan itu daripada sumbernya: periksa angkanya, atau catat sumbernya bila Dinas punya angka sendiri.",
                      "Need-based rates outside the range stated beside them: {items}. This answer reflects those "
                      "settings more than their sources: check the figures, or note their source where the Dinas has "
                      "its own."),
    "rates_outside_item": ("{rate} {value} (rentang {low}–{high})", "{rate} {value} (range {low}–{high})"),
    "ias_implausible": ("Tugas tambahan (IAS) {items} melebihi waktu kerja setahun seorang TKSK ({hours} jam): periksa "
                        "angkanya.",
                        "Individual allowances (IAS) of {items} exceed one TKSK's working year ({hours} h): check the "
                        "figure."),
    "brief_ias": ("Tugas tambahan (IAS) [setelan]: {items}", "Individual allowances (IAS) [settings]: {items}"),
    "answer_skew_high": ("Separuh kombinasi acak memerlukan {median} pos atau kurang: setelan yang dipakai ada di bagian "
                         "atas rentang, karena beberapa asumsi bisa jauh lebih rendah daripada lebih tinggi (rentangnya "
                         "di \"Seberapa pasti angka ini\").",
                         "Half the random combinations need {median} posts or fewer: the settings used sit high in the "
                         "range, as several assumptions can be far lower rather than higher (their ranges under \"How "
                         "sure this is\")."),
    "answer_all_assumed": ("Pos aktif memakai asumsi: satu TKSK di masing-masing dari {n} kecamatan (semuanya), belum "
                           "ada daftar pos. Impor daftar pos (roster) agar jumlahnya adalah fakta.",
                           "The posts active assume one TKSK in each of the {n} kecamatan (all of them): no roster yet. "
                           "Import the roster so that their count is a fact."),
    # In a store's first months the need is larger than the log everywhere: the answer rests on the need's assumed
    # rates, and the note on the log's annualising promised that a longer log would firm it up, which it cannot
    # lower (ux21).
    "answer_need_everywhere": ("Jawaban ini seluruhnya dari beban menurut kebutuhan: di setiap kecamatan beban itu lebih "
                               "besar dari yang tercatat di log, jadi angka ini bersandar pada laju kebutuhan (asumsi, "
                               "rentangnya di \"Seberapa pasti angka ini\"), bukan pada log. Log yang lebih panjang tidak "
                               "menurunkannya; laju yang disepakati Dinas yang bisa mengubahnya.",
                               "This answer rests wholly on the need-based workload: in every kecamatan it is larger than "
                               "the logged one, so the figure rests on the need rates (assumptions, their ranges under "
                               "\"How sure this is\"), not on the log. A longer log cannot lower it; rates the Dinas agrees "
                               "can change it."),
    "answer_need_mostly": ("Jawaban ini untuk {n} dari {total} kecamatan dari beban menurut kebutuhan, yang di sana lebih "
                           "besar dari yang tercatat di log (kabupaten: {need} setara TKSK bila semua menurut kebutuhan, {log} "
                           "bila semua menurut log). Angka ini terutama bersandar pada laju kebutuhan (asumsi), bukan "
                           "pada log.",
                           "For {n} of {total} kecamatan this answer takes the need-based workload, larger there than "
                           "the logged one (regency: {need} TKSK if all were by need, {log} if all were by log). The figure rests mainly "
                           "on the need rates (assumptions), not on the log."),
    "answer_short_period_all": ("Periode {months} bulan: beban dari log disetahunkan (× 12 ÷ bulan ber-TKSK yang ada "
                                "lognya). Kegiatan musiman (penyaluran, verifikasi DTSEN) membuat periode pendek lebih "
                                "tinggi atau lebih rendah dari setahun; log yang ada baru {available} bulan, jadi jawaban "
                                "ini petunjuk sampai log setahun masuk.",
                                "A {months}-month period: logged workload is annualised (× 12 ÷ staffed months with a "
                                "log). Seasonal work (distribution rounds, DTSEN checks) makes a short period higher or "
                                "lower than a full year; the log holds only {available} months so far, so this answer is "
                                "a pointer until a year of log is in."),
    "brief_caveats": ("Catatan pada jawaban ini", "Notes on this answer"),
    "answer_now_assumed": ("{now} (asumsi: satu per kecamatan, belum ada daftar pos)",
                           "{now} (assumed: one per kecamatan, no roster yet)"),
    "planner_regency_wide": ("Perencanaan selalu untuk seluruh kabupaten: pilihan kecamatan di sidebar tidak berlaku di "
                             "halaman ini.", "Planning is always for the whole regency: the kecamatan chosen in the "
                             "sidebar do not apply on this page."),
    "planner_period_without_log": ("Periode ini tidak memuat satu baris log pun (bulan yang belum diimpor?): beban menurut "
                                   "kebutuhan dari data rujukan, apa pun dasar beban yang dipilih.",
                                   "This period holds not one log row (months not imported yet?): the workload is the "
                                   "need from the reference data, whatever workload basis is chosen."),
    "planner_no_log_period": ("tidak ada; beban menurut kebutuhan dari data rujukan saja",
                              "none; the workload is the need from the reference data alone"),
    "planner_without_logs": ("Tanpa log: kebutuhan dihitung dari data rujukan saja (penduduk, KK, desa, penduduk "
                             "miskin dan laju kebutuhan yang bisa diubah). Setelah log diimpor, beban tercatat ikut "
                             "dibandingkan.",
                             "Without logs: the need comes from the reference data alone (population, families, desa, "
                             "poor people and the need rates you can change). Once logs are imported, the logged "
                             "workload is compared too."),
    "answer_assumed_posts": ("Pos aktif memakai asumsi untuk {n} kecamatan tanpa daftar pos: satu TKSK masing-masing "
                             "({names}). Impor daftar pos (roster) agar jumlahnya adalah fakta.",
                             "The posts active assume one TKSK in each of {n} kecamatan without a roster ({names}). Import the "
                             "roster so that their count is a fact."),
    "answer_assumed_posts_some": ("Pos aktif memakai asumsi untuk {n} kecamatan yang tidak ada di daftar pos: satu TKSK "
                                  "masing-masing ({names}). Tambahkan pos kecamatan itu ke daftar pos agar jumlahnya adalah "
                                  "fakta.",
                                  "The posts active assume one TKSK in each of {n} kecamatan the roster does not name "
                                  "({names}). Add their posts to the roster so that their count is a fact."),
    "counts_over_families": ("Angka dari berkas kebutuhan yang perlu diperiksa, dan rencana memakainya: {items}. "
                             "Periksa berkas itu; angka yang salah mengubah jawaban di atas.",
                             "Counts from the needs file worth checking, and the plan uses them: {items}. Check that "
                             "file; a wrong count changes the answer above."),
    "settings_intro": ("Dibuat dengan pengaturan:", "Made with these settings:"),
    "settings_basis": ("Dasar beban: {basis}.", "Workload basis: {basis}."),
    "missing_drivers": ("Data rujukan tidak lengkap untuk: {items}. Beban yang bergantung pada angka itu dihitung nol di "
                        "kecamatan tersebut, jadi kebutuhannya terlalu rendah; lengkapi data rujukannya.",
                        "Reference figures are missing for: {items}. The workload that rests on them counts as none "
                        "in those kecamatan, so their need is too low; complete the reference data."),
    "counts_many_cases_item": ("{kecamatan}: kasus PPKS baru {value} > {share} dari {kk} KK setahun",
                               "{kecamatan}: new PPKS cases {value} > {share} of {kk} families a year"),
    "counts_zero_item": ("angka 0 di {n} kecamatan ({items}): 0 berarti tidak ada beban itu sama sekali; bila belum "
                         "diketahui, sel kosong memakai laju umum",
                         "counts of 0 in {n} kecamatan ({items}): 0 means none of that work at all; if not known, an "
                         "empty cell takes the general rate"),
    "counts_over_families_item": ("{kecamatan}: {count} {value} > {kk} KK", "{kecamatan}: {count} {value} > {kk} families"),
    "head_need": ("Beban setara TKSK", "Workload in TKSK"),
    "head_posts": ("Pos dibutuhkan", "Posts needed"),
    "wisn_total_now": ("TKSK akhir periode", "TKSK at period end"),
    "head_ratio": ("Rasio WISN", "WISN ratio"),
    "head_ratio_help": ("WISN (Workload Indicators of Staffing Need, WHO): TKSK akhir periode ÷ beban setara TKSK, untuk "
                        "seluruh kabupaten. 1 = tenaga sama dengan beban; di bawah 1 tenaga kurang dari beban; di atas 1 "
                        "lebih.",
                        "WISN (Workload Indicators of Staffing Need, WHO): TKSK at the period's end ÷ the workload in "
                        "TKSK, for the whole regency. 1 = staff equal to the workload; below 1 fewer staff than "
                        "workload; above 1 more."),
    # For the posts needed, in its label: beside "TKSK akhir periode" it read as today's spending.
    "head_cost": ("Tali asih setahun, {posts} pos", "Yearly allowance, {posts} posts"),
    "rp_millions": ("Rp {value} jt", "Rp {value} mn"),
    "rp_plain": ("Rp {value}", "Rp {value}"),
    "rp_billions": ("Rp {value} M", "Rp {value} bn"),
    "head_need_help": ("Jumlah kolom Beban setara TKSK di tabel: beban tiap kecamatan dibagi waktu kerja tersedia "
                       "satu TKSK (kebutuhan pecahan WISN, dalam TKSK).",
                       "Sum of the table's Workload in TKSK column: each kecamatan's workload divided by one TKSK's "
                       "available working time (WISN's fractional need, in TKSK)."),
    "head_posts_help": ("Jumlah kolom Pos dibutuhkan: kebutuhan tiap kecamatan dibulatkan ke atas (pos tidak bisa dipecah). "
                        "Tanda +: TKSK yang perlu ditambah di kecamatan yang kurang, termasuk pengisian pos yang kini kosong.",
                        "Sum of the Posts needed column: each kecamatan's need rounded up (a post cannot be split). The +: "
                        "TKSK to add where a kecamatan has too few, filling the posts now vacant included."),
    "head_cost_help": ("Tali asih setahun untuk semua pos yang dibutuhkan: pos × tali asih sebulan × 12.",
                       "The yearly allowance of every post needed: posts × monthly allowance × 12."),
    "head_definitions": ("Rasio WISN = TKSK akhir periode ÷ beban setara TKSK = {now} ÷ {need} {eq} {ratio} (gabungan "
                         "kabupaten; rata-rata rasio kecamatan {mean}). Di bawah 1: tenaga kurang dari beban. Pos "
                         "dibutuhkan {posts}: beban setara tiap kecamatan (bersama {need}) dibulatkan ke atas{rounding}; "
                         "{add}{surplus}.",
                         "WISN ratio = TKSK at period end ÷ workload in TKSK = {now} ÷ {need} {eq} {ratio} (pooled for the regency; "
                         "mean of kecamatan ratios {mean}). Below 1: fewer staff than work. Posts needed {posts}: each "
                         "kecamatan's workload in TKSK (together {need}) rounded up{rounding}; {add}{surplus}."),
    # How much of the posts the rounding per kecamatan makes: a planner pooling staff across kecamatan needs fewer.
    "head_rounding": ("; {n} pos dari pembulatan per kecamatan (beban bersama dibulatkan sekali: {pooled} pos)",
                      "; {n} posts from rounding each kecamatan (the shared workload rounded once: {pooled} posts)"),
    "head_floor": ("; {n} pos dari batas sedikitnya satu TKSK per kecamatan (Permensos 28/2018) di kecamatan tanpa "
                   "beban", "; {n} posts from the floor of one TKSK per kecamatan (Permensos 28/2018) where a kecamatan "
                   "has no workload"),
    # A vacant post refilled is not a new post: the two are told apart wherever TKSK to add are counted.
    "head_add": ("{n} pos perlu ditambah", "{n} posts to add"),
    "head_add_refill": ("{n} TKSK perlu ditambah: {fill} mengisi pos yang kini kosong, {new} pos baru",
                        "{n} TKSK to add: {fill} to fill vacant posts, {new} new posts"),
    "answer_now_vacant": ("{now} terisi, {vacant} pos kosong", "{now} filled, {vacant} vacant"),
    "head_surplus": ("; {n} pos di atas kebutuhan di kecamatan lain", "; {n} posts above the need elsewhere"),
    # ---------------------------------------------------------------- table and map
    "wisn_result_title": ("Hasil per kecamatan", "Result per kecamatan"),
    "wisn_col_need": ("Beban setara TKSK", "Workload in TKSK"), "wisn_col_posts": ("Pos dibutuhkan", "Posts needed"),
    "wisn_ratio": ("Rasio WISN", "WISN ratio"),
    "wisn_col_diff": ("Kurang (−) / lebih (+), setara TKSK", "Shortage (−) / surplus (+), TKSK equivalents"),
    "wisn_col_hours": ("Jam beban setahun (sebelum CAS dan IAS)", "Workload hours a year (before CAS and IAS)"), "wisn_col_travel": ("Jam pulang-pergi per kunjungan", "Round-trip hours per visit"),
    "wisn_col_source": ("Sumber beban", "Workload source"), "wisn_col_pressure": ("Pita", "Band"),
    # On the need-versus-log tab the column says where its log side came from, not the answer's workload.
    "awt_implausible": ("Waktu kerja tersedia {hours} jam setahun per TKSK, di luar {low}–{high} jam: jawaban ini lebih "
                        "mencerminkan setelan itu daripada datanya. Periksa hari kerja dan jam sehari di \"Waktu kerja tersedia\".",
                        "Available working time {hours} hours a year per TKSK, outside {low}–{high} hours: this answer "
                        "reflects that setting more than the data. Check the working days and hours a day under \"Available working time\"."),
    "log_fallback_note": ("Dasar beban log, tetapi {n} dari {total} kecamatan memakai beban menurut kebutuhan: lognya "
                          "sendiri belum cukup, dan kurang dari {k} kecamatan punya log cukup untuk laju kabupaten. "
                          "Jawaban ini untuk kecamatan itu bersandar pada laju kebutuhan (asumsi), bukan pada log.",
                          "Workload basis log, but {n} of {total} kecamatan take the need-based workload: their own "
                          "log is too short, and fewer than {k} kecamatan have log enough for a regency rate. For those "
                          "kecamatan this answer rests on the need-based rates (assumptions), not on the log."),
    "estimated_note": ("{n} dari {total} kecamatan belum punya log yang cukup: bebannya diperkirakan dari laju log {k} "
                       "kecamatan lain per pemicu (kolom Sumber beban). Jawaban ini bersandar pada log {k} kecamatan itu; "
                       "rentangnya tidak memuat ketidakpastian ini. Bandingkan dengan dasar beban \"kebutuhan\".",
                       "{n} of {total} kecamatan have too little log of their own: their workload is estimated from the "
                       "log rate of {k} other kecamatan per driver (column Workload source). This answer rests on those "
                       "{k} kecamatan's log; its range does not include this uncertainty. Compare with the \"need\" "
                       "basis."),
    "src_log": ("log", "log"), "src_est": ("perkiraan dari log kabupaten", "estimate from the regency log"),
    "src_need": ("kebutuhan", "need-based"),
    "wisn_map_title": ("Peta tekanan beban (rasio WISN: sekarang ÷ perlu)", "Map of workload pressure (WISN ratio: now ÷ needed)"),
    "wisn_caveat": ("Beban dari log menunjukkan kerja yang terlaksana, bukan semua kebutuhan: TKSK yang kewalahan mencatat lebih "
                    "sedikit. Karena itu beban menurut kebutuhan (dari KK, penduduk miskin, desa dan penduduk) dihitung di "
                    "sampingnya. Kecamatan yang bulan ber-TKSK-nya terlalu sedikit memakai perkiraan dari laju log kabupaten bila "
                    "paling sedikit 3 kecamatan punya log cukup, selain itu beban menurut kebutuhan.",
                    "Workload from the log shows work done, not all need: an overloaded TKSK logs less. That is why a "
                    "need-based workload (from families, poor population, desa and population) is computed beside it. A "
                    "kecamatan with too few staffed months uses an estimate from the regency's log rates when at least 3 "
                    "kecamatan have enough log, otherwise the need-based workload."),
    # ---------------------------------------------------------------- need-based beside log-based
    "nvl_title": ("Kebutuhan dibanding kerja tercatat", "Need against logged work"),
    "nvl_no_log": ("Belum ada log kegiatan: perbandingan kebutuhan dengan kerja tercatat terisi setelah impor pertama. "
                   "Kebutuhan per kecamatan ada di tab Hasil.",
                   "No activity log yet: the comparison of need with logged work fills after the first import. The need "
                   "per kecamatan is in the Result tab."),
    "nvl_intro": ("Per kecamatan: TKSK yang dibutuhkan menurut beban yang diharapkan (tidak bergantung log) dan menurut "
                  "beban yang tercatat di log. Selisih positif: kebutuhan belum terlayani, atau kerja tidak tercatat; "
                  "negatif: log mencatat lebih dari perkiraan (laju kebutuhan mungkin terlalu rendah).",
                  "Per kecamatan: TKSK needed for the work expected (independent of the log) and for the work the log "
                  "records. A positive gap: unmet need, or work not recorded; negative: the log records more than "
                  "expected (the need rates may be too low)."),
    "nvl_need": ("Menurut kebutuhan", "Need-based"), "nvl_log": ("Menurut log", "Log-based"),
    "nvl_gap": ("Selisih kebutuhan − log", "Gap need − log"), "nvl_reading": ("Bacaan", "Reading"),
    # Short: the readings share a plain table with seven columns of figures, and at 1024 pixels their column is 75
    # pixels wide ("belum terlayani atau tidak tercatat" took five lines a row; ux31 #10; a bare slash is no place
    # to break a line, so it has spaces). The intro above the table says them in full.
    "nvl_unmet": ("tak terlayani / tercatat", "unmet or unrecorded"),
    "nvl_more": ("log melebihi perkiraan", "log above the estimate"), "nvl_equal": ("sejalan", "in line"),
    "nvl_beyond": ("log melebihi setahun kerja penuh waktu per TKSK: periksa lognya",
                   "log above a full-time year per TKSK: check the log"),
    "log_beyond_full_time": (
        "Log {items} mencatat lebih dari setahun kerja penuh waktu ASN ({full} jam; dua kali itu untuk log kurang dari 12 "
        "bulan, yang disetahunkan dari musimnya) per TKSK yang mencatatnya, dihitung "
        "dengan waktu standar Perencanaan, dan kebutuhan kecamatan itu di jawaban ini berasal dari log tersebut. Periksa "
        "lognya (satu baris per keluarga? jam sehari di setiap baris?) atau waktu standarnya sebelum memakai angka ini.",
        "The log of {items} records more than a civil servant's full-time year ({full} hours; twice that for a log of "
        "fewer than 12 months, annualised from its season) per TKSK who made it, at "
        "the planner's standard times, and that kecamatan's need in this answer comes from that log. Check the log (a "
        "row per household? a day's hours on every row?) or the standard times before using this figure."),
    "log_beyond_item": ("{name} ({hours} jam setahun per TKSK, {posts} TKSK; beban log {need} setara TKSK)",
                        "{name} ({hours} hours a year per TKSK, {posts} TKSK; log workload {need} TKSK)"),
    "nvl_axis": ("TKSK dibutuhkan (setara TKSK)", "TKSK needed (TKSK equivalent)"),
    # Before the support and individual allowances: "1.433 jam ÷ 636" did not give the TKSK beside it (ux31).
    "nvl_hours_need": ("Jam setahun menurut kebutuhan (sebelum CAS dan IAS)", "Hours a year, need-based (before CAS and IAS)"),
    "nvl_hours_log": ("Jam setahun menurut log (sebelum CAS dan IAS)", "Hours a year, log-based (before CAS and IAS)"),
    "nvl_no_own_log": ("tanpa log sendiri: tidak dibandingkan", "no log of its own: not compared"),
    "nvl_few_months": ("log terlalu sedikit bulan (bulan ber-TKSK yang ada lognya: {months} dari {needed} yang "
                       "diperlukan): tidak dibandingkan", "log of too few months (staffed months with a log: {months} "
                       "of the {needed} needed): not compared"),
    "nvl_none_in_period": ("Tidak ada kecamatan dengan log sendiri yang cukup dalam periode ini: belum ada kerja tercatat "
                           "untuk dibandingkan dengan kebutuhan. Pilih periode yang lognya sudah diimpor.",
                           "No kecamatan has enough log of its own in this period: there is no recorded work to set "
                           "beside the need. Choose a period whose log has been imported."),
    "nvl_totals_own": ("Hanya {n} dari {total} kecamatan punya log sendiri yang cukup; perbandingan dan jumlah di bawah "
                       "hanya untuk mereka.", "Only {n} of {total} kecamatan have enough log of their own; the comparison "
                       "and the totals below are for them only."),
    "nvl_totals_some": ("{n} kecamatan itu: {need} TKSK menurut kebutuhan, {log} menurut log (setara TKSK); selisih "
                        "{gap}. Jumlah kabupaten di ringkasan memperkirakan kecamatan lainnya dari laju log kabupaten.",
                        "Those {n} kecamatan: {need} TKSK need-based, {log} log-based (TKSK equivalents); gap {gap}. "
                        "The regency totals of the brief estimate the other kecamatan from the regency's log rate."),
    "nvl_totals": ("Kabupaten: {need} TKSK menurut kebutuhan, {log} menurut log (setara TKSK); selisih {gap}.",
                   "Regency: {need} TKSK need-based, {log} log-based (TKSK equivalents); gap {gap}."),
    # ---------------------------------------------------------------- where to place new posts
    "alloc_title": ("Di mana menempatkan pos baru", "Where to place new posts"),
    "alloc_rule": ("Satu per satu, setiap pos baru ke kecamatan dengan tekanan beban tertinggi: rasio WISN (pos ÷ kebutuhan) "
                   "terendah; seri: kebutuhan lebih besar (seperti WISN+POA), lalu (bila pos dipindah) kecamatan yang kini "
                   "memegang pos itu, lalu kode kecamatan terkecil.",
                   "One at a time, each new post to the kecamatan under the highest workload pressure: the lowest WISN "
                   "ratio (posts ÷ need); ties: the larger need (as in WISN+POA), then (when posts move) the kecamatan "
                   "holding the post today, then the lowest kecamatan code."),
    "alloc_mode": ("Tentukan dengan", "Decide by"), "alloc_by_posts": ("jumlah pos", "number of posts"),
    "alloc_by_budget": ("anggaran setahun", "yearly budget"),
    "alloc_n": ("Jumlah pos baru", "New posts"),
    "alloc_budget": ("Anggaran tali asih tambahan setahun (Rp)", "Extra allowance budget a year (Rp)"),
    "alloc_budget_posts": ("Anggaran itu membayar {n} pos (Rp {per} per pos setahun).",
                           "That budget pays {n} posts (Rp {per} per post a year)."),
    "alloc_budget_capped": ("Anggaran itu membayar {n} pos (Rp {per} per pos setahun); yang ditempatkan di bawah hanya "
                            "{cap} pos pertama.", "That budget pays {n} posts (Rp {per} per post a year); only the first "
                            "{cap} are placed below."),
    "alloc_none": ("Tidak ada beban di kecamatan mana pun dengan setelan ini, jadi tidak ada tempat yang lebih perlu "
                   "pos baru.", "No kecamatan has any workload under these settings, so no place needs a new post more "
                   "than another."),
    "preset_changed": ("Diubah dari {name}: {a} − ({b} + {c} + {d} + {e}) = {days} hari × {f} jam = {hours} jam setahun.",
                       "Changed from {name}: {a} − ({b} + {c} + {d} + {e}) = {days} days × {f} h = {hours} h a year."),
    "alloc_none_asked": ("Tidak ada pos baru untuk ditempatkan.", "No new posts to place."),
    "alloc_budget_none": ("Anggaran Rp {budget} tidak cukup untuk membayar satu pos pun: satu pos perlu Rp {per} setahun.",
                          "A budget of Rp {budget} does not pay a single post: one post costs Rp {per} a year."),
    "alloc_refill": (" (pos kosong diisi)", " (vacant post filled)"),
    "wisn_col_vacant": ("Pos kosong", "Vacant posts"),
    "alloc_col_step": ("Pos ke-", "Post no."), "alloc_col_posts": ("Pos: sebelum → sesudah", "Posts: before → after"),
    "alloc_col_ratio": ("Rasio: sebelum → sesudah", "Ratio: before → after"),
    "alloc_col_band": ("Pita: sebelum → sesudah", "Band: before → after"),
    "alloc_col_shortage": ("Kurang (kabupaten)", "Short (regency)"),
    "alloc_shortage_help": ("Kurang (kabupaten): kekurangan seluruh kabupaten sesudah pos itu = Σ maks(0, kebutuhan − pos), "
                            "setara TKSK.",
                            "Short (regency): the whole regency's shortage after that post = Σ max(0, need − posts), TKSK "
                            "equivalents."),
    "redis_title": ("Bila pos yang ada bisa dipindah", "If existing posts could move"),
    "redis_intro": ("{total} pos sekarang ditempatkan ulang dengan aturan yang sama: setiap kecamatan tetap satu TKSK "
                    "(Permensos 28/2018), sisanya satu per satu ke tekanan tertinggi. Yang berubah:",
                    "The {total} posts of today placed again by the same rule: every kecamatan keeps one TKSK "
                    "(Permensos 28/2018), the rest one at a time to the highest pressure. What changes:"),
    "redis_intro_short": ("{total} pos sekarang untuk {n} kecamatan: terlalu sedikit untuk satu TKSK di setiap kecamatan "
                          "(Permensos 28/2018), jadi {short} kecamatan tetap tanpa TKSK. Pos ditempatkan ulang satu per "
                          "satu ke tekanan tertinggi. Yang berubah:",
                          "{total} posts of today for {n} kecamatan: too few for one TKSK in every kecamatan "
                          "(Permensos 28/2018), so {short} kecamatan stay without a TKSK. The posts are placed again one "
                          "at a time to the highest pressure. What changes:"),
    "redis_none": ("Tidak ada pos yang perlu dipindah.", "No post needs to move."),
    "redis_now": ("Pos sekarang", "Posts now"), "redis_after": ("Sesudah", "After"), "redis_change": ("Ubah", "Change"),
    # ---------------------------------------------------------------- uncertainty
    "unc_chart_top": ("Grafik memuat {n} asumsi yang paling menggeser jawaban; tabel di bawahnya memuat ke-{total} asumsi.",
                      "The chart draws the {n} assumptions that move the answer most; the table under it lists all "
                      "{total}."),
    "unc_title": ("Seberapa pasti angka ini", "How sure this is"),
    "unc_intro": ("Kebutuhan kabupaten bila satu asumsi ada di ujung rendah atau tinggi rentangnya, asumsi lain tetap. "
                  "Batang terpanjang: asumsi yang paling perlu dipastikan. Angkanya setara TKSK belum dibulatkan; rentang "
                  "pos di jawaban menggabungkan semua asumsi sekaligus dan membulatkan ke atas per kecamatan, jadi "
                  "berbeda dari rentang satu asumsi di sini.",
                  "The regency's need with one assumption at the low or high end of its range, the others unchanged. The "
                  "longest bar: the assumption most worth pinning down. Its figures are TKSK equivalents, not rounded; "
                  "the range of posts in the answer varies every assumption at once and rounds up per kecamatan, so it "
                  "differs from the one-assumption ranges here."),
    "unc_axis": ("Kebutuhan kabupaten (setara TKSK)", "Regency need (TKSK equivalents)"),
    "unc_low_end": ("asumsi di ujung rendah", "assumption at the low end"),
    "unc_high_end": ("asumsi di ujung tinggi", "assumption at the high end"),
    "unc_now": ("setelan ini {value}", "these settings {value}"),  # not "sekarang": that is today's posts
    "unc_col_assumption": ("Asumsi", "Assumption"), "unc_col_low": ("Rendah", "Low"), "unc_col_now": ("Sekarang", "Now"), "unc_col_high": ("Tinggi", "High"),
    "unc_col_why": ("Rentang dan alasannya", "Range and why"),
    # Each need beside the end of the assumption it comes from: a range sorted low to high read "2 hours a day → 23,3"
    # where 2 hours give 46,6 (audit of 2026-12-06).
    "unc_col_need_low": ("Kebutuhan bila rendah (setara TKSK, belum dibulatkan)",
                         "Need at low (TKSK equivalents, not rounded)"),
    "unc_col_need_high": ("Kebutuhan bila tinggi (setara TKSK, belum dibulatkan)",
                          "Need at high (TKSK equivalents, not rounded)"),
    "unc_unit_times_note": ("Waktu per kegiatan: rendah, sekarang dan tinggi adalah pengali waktu yang berlaku.",
                            "Unit times: low, now and high are factors of the times in use."),
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
    "wisn_in_desa_short": ("Di desa", "In a desa"),
    "wisn_per_kec": ("Sekali per kecamatan", "Once per kecamatan"),
    "wisn_per_kec_short": ("Sekali/kec.", "Once/kec."),
    "std_col_log": ("Median log (Q1–Q3)", "Log median (Q1–Q3)"),
    "std_col_use_log": ("Pakai median log", "Use the log median"),
    "std_col_use_log_short": ("Pakai log", "Use log"),
    "std_log_value": ("{median} ({q1}–{q3}; {n} kegiatan)", "{median} ({q1}–{q3}; {n} activities)"),
    "std_log_help": ("Median log: jam per kegiatan dari log periode ini (kelompok kecamatan-bulan-kegiatan, ditimbang jumlah "
                     "kegiatan; kelompok tanpa jam dilewati). Jam di log sudah termasuk perjalanan, jadi standar dari log "
                     "tidak ditambah waktu perjalanan.",
                     "Log median: hours per activity in this period's log (kecamatan-month-activity groups, weighted by "
                     "their activities; groups without hours left out). Logged hours include the trip, so a standard "
                     "from the log gets no travel time added."),
    # ---------------------------------------------------------------- a scenario file refused (tksk.scenario)
    "scenario_not_number": ("bukan angka ({value})", "not a number ({value})"),
    "scenario_out_of_bounds": ("{value} di luar batas {low} sampai {high}", "{value} is outside {low} to {high}"),
    "scenario_not_object": ("harus berupa objek JSON (nama: angka)", "must be a JSON object (name: number)"),
    "scenario_not_settings": ("harus berupa objek", "must be an object"),
    "scenario_missing": ("tidak ada", "missing"),
    "scenario_unknown_names": ("nama tidak dikenal: {names}", "unknown names: {names}"),
    "scenario_missing_names": ("tidak ada: {names}", "missing: {names}"),
    "scenario_not_json": ("bukan JSON yang sah (baris {line})", "not valid JSON (line {line})"),
    "scenario_not_scenario": ("bukan berkas skenario TKSK (kolom \"format\")", "not a TKSK scenario file (field \"format\")"),
    "scenario_version": ("berkas skenario versi {version} tidak didukung; versi yang didukung: {supported}",
                         "scenario file version {version} is not supported; supported: {supported}"),
    "scenario_missing_version": ("versi berkas tidak ada; versi yang didukung: {supported}",
                                 "the file's version is missing; supported: {supported}"),
    "scenario_no_time": ("waktu kerja tersedia harus lebih dari 0 hari", "the available working time must be above 0 days"),
    "scenario_not_bool": ("harus true atau false ({value})", "must be true or false ({value})"),
    "scenario_cas_total": ("jumlah CAS {total} % harus di bawah 100 %", "the CAS total {total} % must be below 100 %"),
    "scenario_unknown_kecamatan": ("kecamatan tidak dikenal: {codes}", "unknown kecamatan: {codes}"),
    "scenario_whole_number": ("harus bilangan bulat ({value})", "must be a whole number ({value})"),
    "scenario_unknown_choice": ("{value} tidak dikenal; pilihan: {choices}", "{value} is unknown; choices: {choices}"),
    "scenario_not_list": ("harus berupa daftar nama kegiatan", "must be a list of activity names"),
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
    "wisn_err_cas_total": ("Jumlah kegiatan penunjang (CAS) {total} % harus di bawah 100 %.",
                           "The support activities (CAS) add up to {total} %; they must stay below 100 %."),
    "wisn_fallback": ("Setelan Perencanaan ditolak ({reason}); angka ini memakai setelan bawaan.",
                      "The planner's settings are refused ({reason}); these figures use the default settings."),
    "wisn_table_fallback": ("Suntingan tabel di Perencanaan ditolak ({reason}); angka ini memakai nilai tabel terakhir "
                            "yang diterima.", "An edit of a table in the planner is refused ({reason}); these figures "
                            "use the table's last accepted values."),
    "wisn_table_refused": ("Suntingan ini tidak disimpan: halaman lain memakai nilai terakhir yang diterima sampai "
                           "diperbaiki.", "This edit is not kept: other pages use the last accepted values until it is "
                           "fixed."),
    "wisn_err_std": ("Jam per satuan harus lebih dari 0: {keys}", "Hours per unit must be above 0: {keys}"),
    "wisn_err_settings": ("Hasil belum bisa dihitung: perbaiki asumsi di bawah.", "No result yet: fix the assumptions below."),
    "wisn_scen_title": ("Skenario berdampingan", "Scenarios side by side"),
    "scen_now": ("Sekarang", "Now"), "scen_one": ("Satu per kecamatan", "One per kecamatan"),
    "scen_pop": ("Menurut penduduk", "By population"), "scen_desa": ("Menurut desa", "By desa"), "scen_wisn": ("WISN", "WISN"),
    "scen_method": ("Satu per kecamatan: norma Permensos 28/2018. Menurut penduduk: penduduk kecamatan (perkiraan "
                    "kini) ÷ {people}, dibulatkan ke atas. Menurut desa: desa/kelurahan (Kepmendagri 2025) ÷ {desa}, dibulatkan "
                    "ke atas. Kedua pembagi itu asumsi (tidak ada norma resmi), bisa diubah di setelan. WISN: hasil "
                    "tab pertama. Biaya setahun: pos × tali asih Rp{allowance} × 12.",
                    "One per kecamatan: the Permensos 28/2018 norm. By population: the kecamatan's population (current "
                    "estimate) ÷ {people}, rounded up. By desa: desa/kelurahan (Kepmendagri 2025) ÷ {desa}, rounded up. Both "
                    "divisors are assumptions (no official norm exists), set in the settings. WISN: the first tab's "
                    "result. Yearly cost: posts × allowance Rp {allowance} × 12."),
    "alloc_posts_before": ("Pos sebelum", "Posts before"), "alloc_posts_after": ("Pos sesudah", "Posts after"),
    "alloc_ratio_before": ("Rasio sebelum", "Ratio before"), "alloc_ratio_after": ("Rasio sesudah", "Ratio after"),
    "alloc_refill_column": ("Mengisi pos kosong?", "Fills a vacant post?"),
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
    # While the planner refuses its settings (A = 40 days less 48 of leave), the hours are the default's: the caption
    # said they were "diatur sekali di halaman Perencanaan" and used for the TKSK needed, which the planner then
    # refused to compute (ux31 #10).
    "capacity_caption_refused": ("= {month} jam: waktu kerja tersedia bawaan setahun ({hours} jam) ÷ 12. Waktu kerja "
                                 "yang diatur di halaman Perencanaan ditolak, jadi tidak dipakai di sini dan kebutuhan "
                                 "TKSK belum bisa dihitung sampai diperbaiki di sana (Asumsi → Waktu kerja tersedia).",
                                 "= {month} h: the default available working time of a year ({hours} h) ÷ 12. The "
                                 "working time set on the Planning page is refused: it is not used here, and the TKSK "
                                 "needed cannot be computed until it is fixed there (Assumptions → Available working "
                                 "time)."),
    "capacity_link": ("Ubah waktu kerja tersedia", "Change the available working time"),
    # ---------------------------------------------------------------- the brief
    "brief_title": ("Ringkasan: berapa TKSK yang dibutuhkan {region}?", "Brief: how many TKSK does {region} need?"),
    "brief_numbers": ("Beban setara {fte} TKSK → {posts} pos (tiap kecamatan dibulatkan ke atas){rounding}; sekarang "
                      "{now}: {add}. Rasio WISN {ratio} = sekarang ÷ kebutuhan. Tali asih setahun Rp {cost_need} "
                      "(sekarang Rp {cost_now}).",
                      "Workload of {fte} TKSK → {posts} posts (each kecamatan rounded up){rounding}; today {now}: {add}. WISN ratio {ratio} = now ÷ need. Yearly allowance Rp {cost_need} (today "
                      "Rp {cost_now})."),
    "brief_next": ("TKSK berikutnya: {posts}.", "Next TKSK: {posts}."),
    "brief_col_kecamatan": ("Kecamatan", "Kecamatan"), "brief_col_now": ("Kini", "Now"),
    "brief_col_wisn": ("Beban setara", "Workload"), "brief_col_posts": ("Pos", "Posts"), "brief_col_ratio": ("Rasio", "Ratio"),
    "brief_col_pressure": ("Pita", "Band"), "brief_col_workload": ("Beban", "Workload"),
    "brief_awt": ("Waktu kerja tersedia: [{a} − ({b} + {c} + {d} + {e})] × {f} jam = {hours} jam setahun",
                  "Available working time: [{a} − ({b} + {c} + {d} + {e})] × {f} h = {hours} h a year"),
    "brief_basis": ("Dasar beban: {basis}. Menurut kebutuhan {need}, menurut log {log} setara TKSK{parts}",
                    "Workload basis: {basis}. Need-based {need}, log-based {log} TKSK equivalents{parts}"),
    # The log-based total counts the kecamatan estimated from the regency's log rate too: 18,5 in the brief beside
    # the 6,8 of the five kecamatan with a log of their own on the page, unexplained (ux21).
    "brief_log_own": ("{n} kecamatan dari lognya sendiri", "{n} kecamatan from their own log"),
    "brief_log_est": ("{n} diperkirakan dari laju log kabupaten", "{n} estimated from the regency's log rate"),
    "brief_log_need": ("{n} tanpa perkiraan log, dengan beban kebutuhan", "{n} without a log estimate, at the need"),
    "brief_basis_no_log": ("Dasar beban: kebutuhan {need} setara TKSK (belum ada log kegiatan)",
                           "Workload basis: need-based {need} TKSK equivalents (no activity log yet)"),
    "brief_support_no_log": ("Kegiatan penunjang (CAS) {cas} % → CAF {caf}", "Support activities (CAS) {cas} % → CAF {caf}"),
    "brief_no_log_sub": ("Tanpa log kegiatan: kebutuhan dari data rujukan", "No activity log: the need from the reference data"),
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
    # The PODES record's own caveats (etl/sources/podes.py, SOURCES.md §6), as every description sheet citing it says.
    "brief_podes_caveat": ("PODES 2021 (jumlah keluarga per desa): tahun acuan tidak pasti, 2021 menurut nama berkasnya, "
                           "2019 menurut kolom periode tabel sumbernya; berstatus draf, yang menurut penulisnya tidak "
                           "boleh dipakai sebagai rujukan pengambilan keputusan.",
                           "PODES 2021 (families per desa): reference year uncertain, 2021 by its file name, 2019 by "
                           "its table's period column; marked as a draft, which its authors say must not be used as a "
                           "reference for decisions."),
}

# The default support activities (wisn.Params().cas) by the names the settings keep (namespace "cas"; a name a
# planner typed reads as itself).
CAS_NAMES: dict[str, tuple[str, str]] = {
    "Pelatihan dan pembinaan Dinas": ("Pelatihan dan pembinaan Dinas", "Training and guidance by the Dinas"),
    "Perjalanan ke Dinas": ("Perjalanan ke Dinas", "Trips to the Dinas office"),
}
