"""The coverage and workload measures: what each is, its label in both languages, its direction and its formula
in words (shown on the pages). The functions that compute them are in ``tksk.metrics``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    key: str
    label_id: str
    label_en: str
    decimals: int
    higher_is_worse: bool
    kind: str  # "need" (per unit of need, coverage), "gap", "structural" or "activity" (per TKSK)
    explain_id: str
    explain_en: str


# Need-normalised measures first: the map ranks by the first one unless the reader picks another.
COVERAGE_METRICS: dict[str, Metric] = {m.key: m for m in [
    Metric("orang_per_1000kk", "Orang dilayani per 1.000 KK per bulan", "People served per 1,000 families per month",
           1, False, "need",
           "Orang yang dilayani dalam periode ÷ (KK PODES 2021 ÷ 1.000) ÷ jumlah bulan periode. Bulan tanpa TKSK aktif "
           "tetap dihitung: warganya tidak dilayani; bulan ber-TKSK tanpa satu baris log pun (berkasnya belum masuk) "
           "tidak. Setiap layanan dihitung: orang yang dilayani dua kali terhitung dua kali. Makin rendah, makin kurang "
           "terlayani.",
           "People served in the period ÷ (PODES 2021 families ÷ 1,000) ÷ months in the period. Months without an active "
           "TKSK still count: nobody was served; staffed months without a single log row (the file not in) do not. Each "
           "service counts: a person served twice counts twice. Lower means less served."),
    Metric("kegiatan_per_desa", "Kegiatan di desa per desa/kelurahan per bulan", "Activities in desa per desa per month",
           2, False, "need",
           "Kegiatan yang tercatat di sebuah desa/kelurahan ÷ jumlah desa/kelurahan ÷ jumlah bulan periode (bulan tanpa "
           "TKSK aktif tetap dihitung). Makin rendah, makin jarang desa didatangi.",
           "Activities logged in a desa/kelurahan ÷ desa/kelurahan ÷ months in the period (months without an active TKSK "
           "still count). Lower means desa are visited less often."),
    Metric("kasus_per_1000kk", "Kasus PPKS (PMKS) per 1.000 KK per bulan", "PPKS (PMKS) cases per 1,000 families per month",
           2, False, "need",
           "Kegiatan fasilitasi dengan kategori PPKS ÷ (KK ÷ 1.000) ÷ jumlah bulan periode. Makin rendah, makin sedikit "
           "kasus yang ditangani untuk jumlah keluarganya.",
           "Facilitation activities with a PPKS category ÷ (families ÷ 1,000) ÷ months in the period. Lower means fewer "
           "cases handled for its number of families."),
    Metric("desa_dikunjungi_persen", "Desa dikunjungi dalam periode (%)", "Desa visited in the period (%)", 1, False,
           "need",
           "Bagian desa/kelurahan yang mendapat minimal satu kegiatan TKSK dalam periode. Makin rendah, makin banyak desa "
           "yang belum tersentuh.",
           "Share of desa/kelurahan with at least one TKSK activity in the period. Lower means more desa left untouched."),
    Metric("bulan_kosong", "Bulan tanpa TKSK aktif", "Months without an active TKSK", 0, True, "gap",
           "Bulan dalam periode tanpa satu pun pos TKSK aktif pada tanggal 15 atau yang bekerja pada hari aktifnya di "
           "bulan itu: celah cakupan kecamatan, bukan kinerja TKSK.",
           "Months in the period with no TKSK post active on the 15th or working on its active days of that month: a "
           "coverage gap of the kecamatan, not the TKSK's performance."),
    Metric("kk_per_tksk", "Keluarga (KK) per TKSK", "Families per TKSK", 0, True, "structural",
           "Keluarga PODES 2021 ÷ rata-rata pos TKSK aktif pada bulan ber-TKSK dalam periode (KK × bulan ber-TKSK ÷ "
           "bulan-pos). Makin tinggi, makin banyak keluarga untuk satu TKSK.",
           "PODES 2021 families ÷ the average active TKSK posts in the staffed months of the period (families × staffed "
           "months ÷ post-months). Higher means more families for one TKSK."),
    Metric("penduduk_per_tksk", "Penduduk per TKSK (perkiraan)", "Population per TKSK (estimate)", 0, True, "structural",
           "Perkiraan penduduk terkini kecamatan ÷ rata-rata pos TKSK aktif pada bulan ber-TKSK dalam periode. Makin "
           "tinggi, makin banyak warga yang harus dijangkau satu TKSK.",
           "Estimated current population ÷ the average active TKSK posts in the staffed months of the period. Higher "
           "means more people for one TKSK to reach."),
    Metric("desa_per_tksk", "Desa/kelurahan per TKSK", "Desa/kelurahan per TKSK", 1, True, "structural",
           "Jumlah desa dan kelurahan (Kemendagri 2025) ÷ rata-rata pos TKSK aktif pada bulan ber-TKSK dalam periode.",
           "Number of desa and kelurahan (Kemendagri 2025) ÷ the average active TKSK posts in the staffed months."),
    Metric("km2_per_tksk", "Luas (km²) per TKSK", "Area (km²) per TKSK", 1, True, "structural",
           "Luas kecamatan ÷ rata-rata pos TKSK aktif pada bulan ber-TKSK: makin luas, makin jauh perjalanan. Luas bawaan "
           "dihitung dari batas desa (dasar Kepmendagri 2025, sama dengan peta); luas terbitan Pemkab bisa dipilih.",
           "Kecamatan area ÷ the average active posts in the staffed months: the larger, the longer the travel. By default "
           "the area computed from desa boundaries (Kemendagri 2025 basis, as on the map); the Pemkab's published area can "
           "be chosen."),
    Metric("orang_per_bulan", "Orang dilayani per TKSK per bulan", "People served per TKSK per month", 1, False, "activity",
           "Jumlah orang yang dilayani dalam periode (setiap layanan dihitung) dibagi jumlah bulan-pos aktif yang ada "
           "lognya. Angka mentah: kecamatan besar melayani lebih banyak orang; bandingkan dengan ukuran per 1.000 KK.",
           "People served in the period (each service counts) divided by the active post-months with a log. A raw count: "
           "large kecamatan serve more people; compare with the per-1,000-families measure."),
    Metric("kegiatan_per_bulan", "Kegiatan per TKSK per bulan", "Activities per TKSK per month", 1, False, "activity",
           "Jumlah kegiatan tercatat (tanpa laporan bulanan) dibagi bulan-pos aktif yang ada lognya dalam periode.",
           "Logged activities (monthly reports excluded) divided by the active post-months with a log in the period."),
    Metric("kasus_per_tksk", "Kasus PPKS (PMKS) per TKSK per bulan", "PPKS (PMKS) cases per TKSK per month", 1, True,
           "activity",
           "Kegiatan fasilitasi dengan kategori PPKS, dibagi bulan-pos aktif yang ada lognya dalam periode: beban kasus satu TKSK.",
           "Facilitation activities with a PPKS category, divided by the active post-months with a log: one TKSK's caseload."),
]}


def _workload_metrics() -> dict[str, Metric]:
    extra = [
        Metric("kk_per_bulan", "KK dilayani per TKSK per bulan", "Households served per TKSK per month", 1, True, "activity",
               "Jumlah keluarga (KK/KPM) yang dilayani dalam periode dibagi bulan-pos aktif yang ada lognya.",
               "Households (KK/KPM) served in the period divided by the active post-months with a log."),
        Metric("jam_per_bulan", "Jam tercatat per TKSK per bulan", "Hours logged per TKSK per month", 1, True, "activity",
               "Jumlah jam kegiatan tercatat (tanpa laporan bulanan) dalam periode dibagi bulan-pos aktif yang ada lognya.",
               "Hours of logged activities (monthly reports excluded) in the period divided by the active post-months "
               "with a log."),
    ]
    # On the workload page a higher figure is always the heavier load; the need each TKSK carries comes first.
    load = {k: Metric(**{**m.__dict__, "higher_is_worse": True}) for k, m in COVERAGE_METRICS.items()}
    order = ["kk_per_tksk", "penduduk_per_tksk", "desa_per_tksk", "km2_per_tksk",
             "orang_per_bulan", "kk_per_bulan", "kasus_per_tksk", "kegiatan_per_bulan", "jam_per_bulan"]
    allm = {**load, **{m.key: m for m in extra}}
    return {k: allm[k] for k in order}


WORKLOAD_METRICS: dict[str, Metric] = _workload_metrics()
ALL_METRICS: dict[str, Metric] = {**COVERAGE_METRICS,
                                  **{k: m for k, m in WORKLOAD_METRICS.items() if k not in COVERAGE_METRICS}}
