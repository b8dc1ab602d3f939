"""Text of the poverty page (Kemiskinan): key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "tab_rank": ("Peringkat provinsi", "Province rank"),
    "tab_per_tksk": ("Per TKSK aktif", "Per active TKSK"),
    "tab_need": ("KK dan layanan", "Families and services"),
    "poverty_title": ("Kemiskinan dan Cakupan TKSK", "Poverty and TKSK coverage"),
    "poverty_intro": ("Angka kemiskinan resmi BPS untuk Kabupaten Ogan Ilir dan kabupaten/kota lain di Sumatera Selatan, "
                      "dibandingkan dengan jumlah TKSK. Tahun tanpa angka tampil sebagai celah.",
                      "Official BPS poverty figures for Ogan Ilir and the other kabupaten/kota of Sumatera Selatan, set "
                      "against the number of TKSK. Years without a figure show as gaps."),
    "indicator": ("Indikator", "Indicator"),
    "ind_penduduk_miskin_ribu": ("Penduduk miskin (ribu jiwa)", "Poor population (thousands)"),
    "ind_p0_persen": ("Persentase penduduk miskin, P0 (%)", "Poverty headcount ratio, P0 (%)"),
    "ind_p1": ("Indeks kedalaman kemiskinan, P1", "Poverty gap index, P1"),
    "ind_p2": ("Indeks keparahan kemiskinan, P2", "Poverty severity index, P2"),
    "ind_garis_kemiskinan_rp": ("Garis kemiskinan (Rp/kapita/bulan)", "Poverty line (Rp per capita per month)"),
    "series_main": ("Tabel BPS (diutamakan)", "BPS table (preferred)"),
    "series_others": ("Sumber lain", "Other sources"),
    "flag_derived": ("angka turunan", "derived figure"), "flag_truncated": ("dibulatkan ke bawah oleh sumber", "truncated by the source"),
    "flag_split": ("sebelum pemekaran: mencakup wilayah kabupaten baru", "before a split: covers the later regency too"),
    "period_tahunan": ("tahunan", "annual"), "period_Maret": ("Maret", "March"), "period_September": ("September", "September"),
    # The caption of an indicator's series, said from its own rows: which years, of which survey round, and the
    # marks only where the chart has them.
    "poverty_caption_years": ("Tahun {years}; angka {periods}.", "Years {years}; figures {periods}."),
    "poverty_caption_period": ("{years} {period}", "{years} {period}"),
    "poverty_caption_one": ("Tahun {years}; angka {period}.", "{years}; figures: {period}."),
    "poverty_caption_annual": ("tahunan tabel BPS (bukan Maret)", "annual, from BPS tables (not March)"),
    "poverty_caption_others": ("Titik oranye: sumber lain (databoks, berita) untuk perbandingan.",
                               "Orange points: other sources (databoks, news) for comparison."),
    "poverty_caption_flags": ("Belah ketupat: angka turunan atau dibulatkan ke bawah oleh sumbernya.",
                              "Diamonds: derived figures or figures the source truncated."),
    "ranking_place": ("{name}: {value}, urutan {rank} dari {n} (1 = angka tertinggi).",
                      "{name}: {value}, place {rank} of {n} (1 = the highest figure)."),
    "ranking_caption": ("Tahun {year}; baris tabel BPS diutamakan. Hanya tahun yang punya angka untuk semua kabupaten/kota "
                        "provinsi yang bisa dipilih.",
                        "Year {year}; BPS-table rows preferred. Only years with figures for every regency of the province "
                        "can be chosen."),
    "only_some_years": ("Hanya tersedia untuk: {years}.", "Available only for: {years}."),
    # Short: four tabs fit the width of a 1366-pixel screen beside the sidebar only so.
    "ranking_poverty": ("Peringkat di Sumatera Selatan", "Rank in Sumatera Selatan"),
    "year": ("Tahun", "Year"),
    "truncated_caveat": ("Perhatian: sebagian angka tahun ini dari sumber yang mencetak persentase tanpa desimal (dibulatkan ke "
                         "bawah); pakai untuk urutan saja.",
                         "Caution: some figures this year come from a source that printed rates without decimals "
                         "(truncated); use them for ranking only."),
    "poor_per_tksk_title": ("Penduduk miskin per TKSK aktif", "Poor people per active TKSK"),
    "poor_per_tksk_in": ("Penduduk miskin per TKSK aktif, {year}", "Poor people per active TKSK, {year}"),
    "poor_per_tksk": ("Penduduk miskin per TKSK", "Poor people per TKSK"),
    "poor_per_tksk_method": ("penduduk miskin (ribu, BPS) × 1.000 ÷ rata-rata pos TKSK aktif per bulan tahun itu (daftar "
                             "pos); tahun yang tidak dicakup daftar pos tidak punya angka.",
                             "poor people (thousands, BPS) × 1,000 ÷ the year's monthly average of active TKSK posts "
                             "(post roster); a year the roster does not cover has no figure."),
    "poor_per_tksk_caption": ("Penduduk miskin BPS × 1.000 ÷ rata-rata pos TKSK aktif per bulan dalam tahun itu, pada "
                              "bulan yang ada di data (pos aktif rata-rata: {posts}); cara yang sama dengan setiap "
                              "angka per TKSK. Tahun tanpa bulan itu tidak dihitung. Setiap tahun log yang ada, tidak mengikuti periode di "
                              "sidebar (BPS menghitung per tahun). Turunan dashboard.",
                              "BPS poor population × 1,000 ÷ the average TKSK posts active per month in that year, over "
                              "the months in the data (average active posts: {posts}); the same way as every "
                              "per-TKSK figure. Years without such months are not computed. Every year of the log, not the sidebar's "
                              "period (BPS counts by year). Derived by the dashboard."),
    "poor_per_tksk_year": ("{year}: {posts} pos selama {months} bulan", "{year}: {posts} posts over {months} months"),
    "poor_per_tksk_assumed": ("{n} dari {total} kecamatan tidak ada di daftar pos dan dihitung 1 TKSK aktif (norma "
                              "Kemensos).", "{n} of {total} kecamatan are not in the post roster and count as 1 active "
                              "TKSK (the Kemensos norm)."),
    "need_capacity_no_log": ("Belum ada log kegiatan: grafik ini membandingkan keluarga per TKSK dengan orang yang "
                             "dilayani menurut log, dan terisi setelah impor pertama. Kebutuhan TKSK dari data "
                             "rujukan, dengan keluarga per kecamatan dan pos sekarang, ada di Perencanaan.",
                             "No activity log yet: this chart compares families per TKSK with the people served in the "
                             "log, and fills in after the first import. The TKSK needed from the reference data, with "
                             "the families per kecamatan and today's posts, is on the Planning page."),
    "poor_per_tksk_no_roster": ("Belum ada daftar pos TKSK di store: penduduk miskin per TKSK aktif belum bisa dihitung.",
                                "No TKSK post roster in the store yet: poor people per active TKSK cannot be computed."),
    "poor_per_tksk_no_log": ("Daftar pos TKSK ada, tetapi belum ada log: pos per bulan dihitung pada bulan-bulan log, "
                             "jadi penduduk miskin per TKSK aktif belum bisa dihitung per tahun. Kebutuhan TKSK dari "
                             "data rujukan ada di Perencanaan.",
                             "The TKSK post roster is in, but no log yet: posts by month are counted over the log's "
                             "months, so poor people per active TKSK cannot be computed by year yet. The TKSK needed "
                             "from the reference data is on the Planning page."),
    "poor_per_tksk_unpublished": ("Tahun {years}: angka penduduk miskin BPS belum terbit (angka terakhir {latest}), "
                                  "jadi belum ada angka per TKSK untuk tahun itu.",
                                  "{years}: BPS has not yet published the poor population (the latest is {latest}), "
                                  "so there is no per-TKSK figure for that year yet."),
    "poor_per_tksk_no_bps_year": ("Tahun {years}: tidak ada angka BPS untuk tahun itu (deret penduduk miskin BPS tidak "
                                  "memuatnya), jadi tidak ada angka per TKSK untuk tahun itu.",
                                  "{years}: there is no BPS figure for that year (BPS's poor population series does "
                                  "not include it), so there is no per-TKSK figure for that year."),
    "poor_per_tksk_none": ("Penduduk miskin per TKSK aktif tidak bisa dihitung.",
                           "Poor people per active TKSK cannot be computed."),
    "poor_per_tksk_no_bps": ("Angka penduduk miskin BPS untuk tahun pos TKSK yang dihitung ({years}) belum terbit "
                             "(terakhir {latest}): penduduk miskin per TKSK aktif belum bisa dihitung.",
                             "BPS has not yet published the poor population for the years of the TKSK posts counted "
                             "({years}; latest {latest}): poor people per active TKSK cannot be computed yet."),
    "need_capacity_title": ("Kebutuhan dan kerja tercatat per kecamatan", "Need and logged work per kecamatan"),
    "need_capacity_absent": ("Median dari {n} kecamatan yang tergambar; tidak tergambar (belum ada log atau tanpa TKSK): "
                             "{names}.", "Medians of the {n} kecamatan drawn; not drawn (no log yet or no TKSK): {names}."),
    "need_capacity_caption": ("Sumbu datar: keluarga per TKSK (PODES 2021, struktural). Sumbu tegak: orang dilayani per TKSK per "
                              "bulan (log {logs}, {period}). Garis titik-titik: median. Kanan bawah: kebutuhan besar, layanan "
                              "tercatat kecil. Angka kemiskinan per kecamatan tidak diterbitkan BPS.",
                              "Horizontal: families per TKSK (PODES 2021, structural). Vertical: people served per TKSK per month "
                              "(log {logs}, {period}). Dotted lines: medians. Bottom right: high need, little logged service. "
                              "BPS publishes no poverty figures per kecamatan."),
    "p_explain_title": ("Apa arti P0, P1 dan P2?", "What do P0, P1 and P2 mean?"),
    "p_explain": (
        "- **Garis kemiskinan** adalah pengeluaran per orang per bulan yang dianggap cukup untuk makanan dan kebutuhan dasar "
        "lain. Orang dengan pengeluaran di bawahnya dihitung miskin.\n"
        "- **P0 (persentase penduduk miskin)**: dari 100 penduduk, berapa yang miskin. P0 12 berarti 12 dari 100 orang.\n"
        "- **P1 (indeks kedalaman kemiskinan)**: rata-rata seberapa jauh pengeluaran orang miskin di bawah garis kemiskinan. "
        "Makin besar, makin jauh mereka dari garis, makin besar bantuan yang dibutuhkan untuk mengangkatnya.\n"
        "- **P2 (indeks keparahan kemiskinan)**: seberapa timpang pengeluaran di antara orang miskin sendiri. Makin besar, "
        "makin banyak yang sangat jauh di bawah garis: mereka yang paling perlu didahulukan.\n"
        "BPS menerbitkan P1 dan P2 per kabupaten/kota setiap tahun; data dashboard ini baru memuatnya untuk 2025, jadi tahun lain "
        "tampil kosong (celah di data kita, bukan angka yang tidak terbit).",
        "- The **poverty line** is the spending per person per month deemed enough for food and other basic needs. People "
        "spending less are counted poor.\n"
        "- **P0 (headcount ratio)**: out of 100 people, how many are poor. P0 12 means 12 in 100.\n"
        "- **P1 (poverty gap index)**: on average how far the poor's spending falls below the line. Larger means deeper "
        "poverty and more aid needed to lift people out.\n"
        "- **P2 (poverty severity index)**: how unequal spending is among the poor themselves. Larger means more people far "
        "below the line, who need help first.\n"
        "BPS publishes P1 and P2 per regency every year; this dashboard's data hold them only for 2025, so other years show "
        "empty (a gap in our data, not figures that were never published)."),
    "series_title": ("Deret tahunan", "Yearly series"),
}
