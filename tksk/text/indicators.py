"""Text of the performance indicators page (Indikator Kinerja): key -> (Indonesian, English)."""

TEXT: dict[str, tuple[str, str]] = {
    "nav_performance": ("Kinerja & perencanaan", "Performance & planning"),
    "nav_indicators": ("Indikator Kinerja", "Performance indicators"),
    "kinerja_title": ("Indikator Kinerja TKSK", "TKSK performance indicators"),
    "kinerja_intro": ("Tiga fungsi TKSK menurut Permensos 28/2018 diukur dari log: koordinasi, fasilitasi dan administrasi. "
                      "Setiap indikator diberi skor 0–100 terhadap targetnya; target dan bobot bisa diubah di bawah.",
                      "The three TKSK functions of Permensos 28/2018 measured from the logs: coordination, facilitation "
                      "and administration. Each indicator is scored 0–100 against its target; targets and weights can be "
                      "changed below."),
    "settings_title": ("Target, bobot dan batas laporan", "Targets, weights and report deadline"),
    "target": ("Target", "Target"), "default_target": ("Target bawaan", "Default target"),
    "formula": ("Rumus", "Formula"), "why": ("Alasan target", "Why this target"),
    "weights": ("Bobot skor komposit (dinormalkan)", "Composite weights (normalised)"),
    "weights_help": ("Bawaan sama rata: Permensos 28/2018 tidak mendahulukan satu fungsi.",
                     "Equal by default: Permensos 28/2018 puts no function first."),
    "scorecard_title": ("Kartu skor per TKSK (satu baris per kecamatan)", "Scorecard per TKSK (one row per kecamatan)"),
    "composite": ("Komposit", "Composite"),
    "status_hijau": ("baik", "good"), "status_kuning": ("perlu perhatian", "needs attention"),
    "status_merah": ("lemah", "weak"), "status_kosong": ("pos kosong", "vacant post"),
    "scorecard_caption": ("Skor 0–100; status: hijau ≥ 80, kuning 60–79, merah < 60; pos kosong tanpa skor. Klik judul kolom "
                          "untuk mengurutkan.",
                          "Scores 0–100; status: green ≥ 80, yellow 60–79, red < 60; vacant posts have no score. Click a "
                          "column title to sort."),
    "indicator_trend": ("Tren indikator per bulan", "Indicator trend by month"),
    "regency_pooled": ("Kabupaten (gabungan)", "Regency (pooled)"),
    "drill_title": ("Rincian satu TKSK", "One TKSK in detail"),
    "by_activity": ("Kegiatan menurut jenis", "Activities by type"),
    "reports_by_month": ("Laporan bulanan per bulan", "Monthly reports by month"),
    "lifts_lowers": ("Yang menaikkan dan menurunkan skor", "What lifts and lowers the score"),
    "points_lost": ("Poin komposit yang hilang", "Composite points lost"),
    "compare_title": ("Bandingkan dua kecamatan", "Compare two kecamatan"),
    "method_title": ("Catatan metode", "Method note"),
    "download_method": ("Unduh catatan metode (Markdown)", "Download the method note (Markdown)"),
    "score": ("Skor", "Score"),
    "sent_on": ("Diterima", "Received"), "not_received": ("tidak diterima", "not received"),
    "late": ("terlambat", "late"), "on_time_short": ("tepat waktu", "on time"),
    "targets_above_zero": ("Target harus lebih dari 0: {keys}", "Targets must be above 0: {keys}"),
    "weights_above_zero": ("Jumlah bobot harus lebih dari 0.", "Weights must add up to more than 0."),
    "month": ("Bulan", "Month"),
    "code": ("Kode", "Code"),
    "method_note_title": ("Indikator kinerja TKSK: metode", "TKSK performance indicators: method"),
    "method_note_scoring": (
        "Tiga fungsi Permensos No. 28/2018 (koordinasi, fasilitasi, administrasi), diukur dari log kegiatan TKSK. Setiap "
        "indikator diberi skor 0-100: skor = min(100, 100 × nilai ÷ target). Skor fungsi = rata-rata skor indikatornya; "
        "skor komposit = rata-rata tertimbang skor fungsi. Kecamatan tanpa TKSK aktif dalam periode tidak diberi skor "
        "(kosong), bukan nol. Status: hijau ≥ 80, kuning 60-79, merah < 60.",
        "Three functions of Permensos No. 28/2018 (koordinasi, fasilitasi, administrasi), measured from TKSK activity "
        "logs. Each indicator is scored 0-100: score = min(100, 100 × value ÷ target). A function score is the mean of "
        "its indicator scores; the composite is the weighted mean of the function scores. A kecamatan without an "
        "active TKSK in the period has no score (vacant), not zero. Status: green ≥ 80, yellow 60-79, red < 60."),
    "weights_line": ("Bobot: {weights}", "Weights: {weights}"),
    "deadline_line": ("Batas laporan: tanggal {day} bulan berikutnya.", "Report deadline: day {day} of the next month."),
    "method_note_sources": ("Sumber: Permensos 28/2018; Sutaat (2014); Waruwu (2024).",
                            "Sources: Permensos 28/2018; Sutaat (2014); Waruwu (2024)."),
}
