"""Download file names in the reader's language: the stems are Indonesian words joined by "_" (with codes and
periods), and an English reader's files are named in English word by word. Whole stems first, where a word-by-word
reading would be clumsy; then each word; a word not listed (a code, a year, a kecamatan code) stays as it is."""

from __future__ import annotations

STEMS_EN: dict[str, str] = {
    "kartu_skor_tksk": "tksk_scorecard", "perlu_perhatian": "needing_attention",
    "kebutuhan_dan_log": "need_and_log", "pindah_pos": "posts_moved", "pos_baru": "new_posts",
    "rentang_asumsi": "assumption_ranges", "skenario_tksk_tabel": "tksk_scenario_table",
    "skenario_pos_tksk": "tksk_post_scenarios", "skenario_tksk": "tksk_scenario",
    "sumber_data": "data_sources", "penduduk_menurut_sumber": "population_by_source",
    "penduduk_miskin_per_tksk": "poor_people_per_tksk", "desa_tanpa_kunjungan": "desa_never_visited",
    "laporan_per_bulan": "reports_by_month", "kelengkapan_laporan": "report_completeness",
    "ringkasan_perencanaan_tksk": "tksk_planning_brief", "kebutuhan_dan_layanan": "need_and_service",
    "metode_indikator_tksk": "tksk_indicator_method",
}
WORDS_EN: dict[str, str] = {
    "beban": "workload", "cakupan": "coverage", "celah": "gaps", "jam": "hours", "tercatat": "logged",
    "kemiskinan": "poverty", "peringkat": "ranking", "rincian": "breakdown", "tren": "trend", "luas": "area",
    "pencilan": "outliers", "orang": "people", "bulan": "month", "kegiatan": "activities", "penduduk": "population",
    "miskin": "poor", "kasus": "cases", "dikunjungi": "visited", "persen": "percent", "garis": "line",
    "fungsi": "function", "program": "programme", "kategori": "category", "orang_per_1000kk": "people_per_1000kk",
    # A chart saved with Plotly's camera is named after its page ("grafik_beban_2024-01_2024-12_DEMO").
    "grafik": "chart", "peta": "map", "beranda": "home", "kinerja": "performance", "perencanaan": "planning",
}


def stem(text: str, lang: str) -> str:
    """``text`` (an Indonesian stem) as the file name of a reader of ``lang``."""
    if lang != "en":
        return text
    if text in STEMS_EN:
        return STEMS_EN[text]
    for known in sorted(STEMS_EN, key=len, reverse=True):
        if text.startswith(known + "_"):
            return STEMS_EN[known] + text[len(known):]
    return "_".join(WORDS_EN.get(word, word) for word in text.split("_"))


# Short forms written in capitals in a title made from a stem.
_CAPITALS = frozenset("kk tksk ppks pkh bpnt dtks dtsen wisn bps kpm".split())


def title(text: str, lang: str) -> str:
    """A readable title from a stem, for a table that has no title of its own ("kelengkapan_laporan" is
    "Kelengkapan laporan", "report_completeness" "Report completeness"): a download's description sheet named it by
    its file stem."""
    words = [w.upper() if w in _CAPITALS else w for w in stem(text, lang).split("_") if w]
    out = " ".join(words)
    return out[:1].upper() + out[1:]
