"""Every editable default of the dashboard, with where it comes from. Pages show these as the
starting value of a setting and cite the source beside it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Default:
    value: float
    source_id: str
    source_en: str


# Kemenkes ABK Kes (WISN in Indonesian form), as quoted in DOMAIN.md: 260 − (12 + 19 + 5 + 12) = 212 working
# days × 5,25 effective hours = 1.113 hours a year.
ABK_KES_HOURS_PER_YEAR = 1113.0
FULL_MONTH_HOURS = Default(
    round(ABK_KES_HOURS_PER_YEAR / 12, 2),
    "1.113 jam kerja efektif setahun ÷ 12 (ABK Kes Kemenkes: 212 hari × 5,25 jam; DOMAIN.md): bulan kerja penuh "
    "seorang ASN. TKSK bukan ASN penuh waktu, jadi persentase di atas 100 berarti beban melebihi satu bulan kerja penuh.",
    "1,113 effective hours a year ÷ 12 (Kemenkes ABK Kes: 212 days × 5.25 h; DOMAIN.md): a civil servant's full "
    "working month. TKSK are not full-time civil servants, so above 100 % the load exceeds a full working month.")

REPORT_DEADLINE_DAY = Default(
    10, "Tidak ada aturan nasional; DOMAIN.md menyarankan tanggal 10 bulan berikutnya (setelan).",
    "No national rule; DOMAIN.md suggests the 10th of the next month (a setting).")

MONTHLY_ALLOWANCE_RP = Default(
    1_000_000, "Tali asih TKSK Ogan Ilir Rp1 juta per bulan (Waruwu 2024, lewat DOMAIN.md); di daerah lain "
               "Rp250 ribu sampai Rp700 ribu.",
    "Ogan Ilir TKSK allowance Rp 1 million a month (Waruwu 2024, via DOMAIN.md); Rp 250-700 thousand elsewhere.")

# Every default by name: the text table serves their sources as ``default_source:<name>``.
DEFAULTS: dict[str, Default] = {"full_month_hours": FULL_MONTH_HOURS, "report_deadline_day": REPORT_DEADLINE_DAY,
                                "monthly_allowance_rp": MONTHLY_ALLOWANCE_RP}
