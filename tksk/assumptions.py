"""Every editable default of the dashboard, with where it comes from. Pages show these as the
starting value of a setting and cite the source beside it.

The working time a TKSK has is not here: it is the planner's available working time (tksk.wisn.PRESETS,
one setting in the session), which every page comparing work with time reads.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Default:
    value: float
    source_id: str
    source_en: str


REPORT_DEADLINE_DAY = Default(
    10, "[Asumsi] tidak ada aturan nasional tentang tanggal kirim laporan bulanan TKSK; tanggal 10 bulan berikutnya "
        "adalah setelan yang bisa diubah.",
    "[Assumption] no national rule sets the day a TKSK's monthly report is due; the 10th of the next month is a "
    "setting that can be changed.")

MONTHLY_ALLOWANCE_RP = Default(
    1_000_000, "Tali asih TKSK Ogan Ilir Rp1 juta per bulan (Waruwu 2024, skripsi Universitas Sriwijaya); di "
               "kabupaten lain Rp250 ribu sampai Rp700 ribu (berita Bengkulu Tengah dan Bogor, 2019–2024).",
    "Ogan Ilir TKSK allowance Rp 1 million a month (Waruwu 2024, Universitas Sriwijaya thesis); Rp 250-700 "
    "thousand in other regencies (news from Bengkulu Tengah and Bogor, 2019-2024).")

PEOPLE_PER_TKSK = Default(
    25_000, "[Asumsi] tidak ada norma resmi jumlah penduduk per TKSK; 25.000 kira-kira penduduk kecamatan median Ogan "
            "Ilir, sehingga kecamatan median butuh satu TKSK.",
    "[Assumption] no official norm of people per TKSK exists; 25,000 is about the Ogan Ilir median kecamatan, so the "
    "median kecamatan needs one TKSK.")

# 14, not 12: the median of the 16 kecamatan is 13,5 desa/kelurahan, and as with people, the median kecamatan needs
# one TKSK (12 gave the median two, and the rule 29 posts, while claiming the median; res21).
DESA_PER_TKSK = Default(
    14, "[Asumsi] tidak ada norma resmi jumlah desa per TKSK; kecamatan median Ogan Ilir punya 13,5 desa/kelurahan, jadi "
        "dengan 14 kecamatan median memerlukan satu TKSK.",
    "[Assumption] no official norm of desa per TKSK exists; the Ogan Ilir median kecamatan has 13.5 desa/kelurahan, so "
    "with 14 the median kecamatan needs one TKSK.")

# Every default by name: the text table serves their sources as ``default_source:<name>``.
DEFAULTS: dict[str, Default] = {"report_deadline_day": REPORT_DEADLINE_DAY, "monthly_allowance_rp": MONTHLY_ALLOWANCE_RP,
                                "people_per_tksk": PEOPLE_PER_TKSK, "desa_per_tksk": DESA_PER_TKSK}


# Of a post's staffed months without its own log, from which it is listed for attention on Kinerja and its log
# figures are neither ranked (Peta, Beranda) nor compared (Kinerja): a third of them or more.
UNLOGGED_SHARE = 1 / 3
