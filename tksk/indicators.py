"""Performance indicators of a TKSK under the three Permensos 28/2018 functions.

Every indicator is a ratio ``numerator / denominator`` computed per unit (a kecamatan, or the whole regency
pooled: Σ numerators / Σ denominators) over the months with an active TKSK only, and scored against an
editable target:

    score = min(CAP, max(0, 100 × value / target))

so 100 is "on target", a value below the target keeps its distance and a value above it keeps its lead up to
CAP (120). A function's score is the mean of its indicators' scores (indicators without a value are left out);
the composite is the weighted mean of the three function scores. Months without an active post are a
coverage gap of the kecamatan: they enter neither side of any ratio, and a unit with no active post in the
period has no value and no score (it is vacant, not zero).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from tksk import assumptions, fmt, vocab
from tksk.metrics import DEADLINE_DAY, in_period, logged_months, months_without_log, regency_of, report_grid

FUNCTIONS = ("koordinasi", "fasilitasi", "administrasi")
# The top of the scale: the civil-service performance scale stops at 120 too (PermenPANRB, Sistem Manajemen
# Kinerja PNS: "capaian IKI lebih besar dari 110 % ... dikonversi menjadi 120").
CAP = 120.0
# A share of referrals judged on fewer than this is one or two cases, not a TKSK's performance: F2 is left out
# (the function's score is the mean of the others) rather than set a small kecamatan's status.
MIN_REFERRALS_JUDGED = 5
# Status bands of the composite, the lower bounds of the same regulation's achievement categories: below 60 %
# "sangat kurang", 60-79 % "kurang", 80 % and above "cukup" or better.
TRAFFIC = ((80, "hijau"), (60, "kuning"), (0, "merah"))
# The composite is shown to one decimal: its band and its rank read from that figure, so that "80,0" is never
# "sedang" (79,9993 was) and two kecamatan shown alike share a place.
COMPOSITE_DECIMALS = 1
SCORED = tuple(name for _, name in TRAFFIC)  # the statuses of a kecamatan with a score
BELOW_GREEN = SCORED[1:]
FEW_MONTHS = "sedikit_bulan"  # the status of a score on too few months to compare (``MIN_MONTHS_JUDGED``)
PARTIAL_LOG = "log_sebagian"  # of a score whose own log is missing for ``UNLOGGED_SHARE`` of its months or more
UNCOMPARED = (FEW_MONTHS, PARTIAL_LOG)  # scored, shown, neither ranked nor coloured
ACTIVE_MONTHS = "bulan dengan TKSK aktif"


@dataclass(frozen=True)
class Indicator:
    key: str
    function: str
    label_id: str
    label_en: str
    unit: str
    target: float
    formula_id: str
    formula_en: str
    why_id: str
    why_en: str
    decimals: int = 1
    maximum: float | None = None  # the largest value possible (100 for a share), None when unbounded
    assumed: bool = True  # the default target is an assumption for the Dinas to agree, not a published norm


INDICATORS: dict[str, Indicator] = {i.key: i for i in [
    Indicator("K1", "koordinasi", "Kontak koordinasi per desa per tahun", "Coordination contacts per desa per year", "",
              4, "12 × kegiatan koordinasi (koordinasi) ÷ (desa/kelurahan × bulan dengan TKSK aktif)",
              "12 × coordination activities (koordinasi) ÷ (desa/kelurahan × months with an active TKSK)",
              "Setiap desa dihubungi sekali per triwulan; rapat di kecamatan ikut terhitung. Koordinasi dengan desa adalah "
              "fungsi pertama TKSK (Permensos 28/2018); norma jumlahnya tidak ada, jadi ini asumsi.",
              "Each desa contacted once a quarter; kecamatan meetings count too. Coordination with village offices is the "
              "first TKSK function (Permensos 28/2018); no norm gives a number, so this is an assumption."),
    Indicator("K2", "koordinasi", "Desa dengan kontak koordinasi per bulan (%)", "Desa with a coordination contact per month (%)",
              "%", 33, "Σ desa dengan kegiatan koordinasi tiap bulan (desa_koordinasi) ÷ (desa/kelurahan × bulan dengan "
              "TKSK aktif) × 100",
              "Σ desa with a coordination activity each month (desa_koordinasi) ÷ (desa/kelurahan × months with an "
              "active TKSK) × 100",
              "Sepertiga desa tiap bulan: setiap desa sekali per triwulan, ritme yang sama dengan K1 (asumsi).",
              "A third of the desa each month: each desa once a quarter, the rhythm of K1 (an assumption).",
              maximum=100),
    Indicator("K3", "koordinasi", "Jenis mitra yang ditemui per bulan", "Kinds of partner met per month", "dari 4", 3,
              "Σ jenis mitra yang ditemui tiap bulan (desa, PSKS, pendamping program, camat/Dinas: kolom mitra_* > 0) ÷ "
              "bulan dengan TKSK aktif",
              "Σ kinds of partner met each month (desa, PSKS, programme staff, camat/Dinas: mitra_* columns > 0) ÷ "
              "months with an active TKSK",
              "Camat/Dinas, PSKS dan desa setiap bulan (rapat kecamatan dan pembinaan PSKS diperkirakan bulanan); "
              "pendamping program hanya 1-2 kali setahun (rapat koordinasi PKH), jadi tidak diharapkan tiap bulan.",
              "Camat/Dinas, PSKS and desa every month (kecamatan meetings and PSKS guidance are thought to be "
              "monthly); programme staff only once or twice a year (PKH coordination meetings), so not expected monthly.",
              2, maximum=4),
    Indicator("F1", "fasilitasi", "Kasus PPKS per bulan per 1.000 KK", "PPKS cases per month per 1,000 families", "", 0.5,
              "kegiatan fasilitasi berkategori PPKS (kasus_ppks) ÷ (KK PODES 2021 ÷ 1.000 × bulan dengan TKSK aktif)",
              "facilitation activities with a PPKS category (kasus_ppks) ÷ (PODES 2021 families ÷ 1,000 × months with "
              "an active TKSK)",
              "Beberapa kasus sebulan per kecamatan (perkiraan): 3-4 kasus di kecamatan rata-rata (7.700 KK) ≈ 0,5. "
              "Asumsi: belum ada angka PPKS per kecamatan.",
              "A few cases a month per kecamatan (inferred): 3-4 cases in the average kecamatan (7,700 families) ≈ "
              "0.5. An assumption: there is no PPKS count per kecamatan yet.", 2),
    Indicator("F2", "fasilitasi", "Rujukan berbuah bantuan ≤ 90 hari (%)", "Referrals leading to aid within 90 days (%)", "%", 60,
              "rujukan dengan bantuan diterima dalam 90 hari ÷ rujukan yang hasilnya sudah diketahui pada akhir periode × "
              "100 (tabel rujukan: Σ bantuan_90 ÷ Σ rujukan pada baris dengan bulan_diketahui ≤ bulan terakhir). "
              "Diketahui: bantuan atau penolakan bertanggal paling lambat akhir periode, atau 90 hari lewat tanpa "
              "bantuan (gagal). Yang lain masih menunggu dan tidak dihitung. Kurang dari 5 rujukan dinilai: tidak ada "
              "nilai (satu rujukan akan menggeser persentase 20 poin atau lebih)",
              "referrals with aid received within 90 days ÷ referrals whose result was known at the end of the period × "
              "100 (table rujukan: Σ bantuan_90 ÷ Σ rujukan over rows with bulan_diketahui ≤ the last month). Known: "
              "aid or a rejection dated by the period's end, or 90 days passed without aid (a failure). The others are "
              "pending and not counted. Fewer than 5 referrals judged: no value (one referral would move the share by "
              "20 points or more)",
              "Sasaran layanan rujukan 14 hari ada di prosedur satu daerah (Boyolali); bantuan menunggu proses Dinas, "
              "jadi 60 % dalam 90 hari adalah sasaran awal yang perlu disepakati Dinas (asumsi).",
              "A 14-day referral service target exists in one district's procedure (Boyolali); aid waits for the Dinas' "
              "process, so 60 % within 90 days is a starting target for the Dinas to agree (an assumption).",
              maximum=100),
    Indicator("F3", "fasilitasi", "Orang didampingi per putaran BPNT/Sembako per 1.000 KK",
              "People assisted per BPNT/Sembako round per 1,000 families", "", 160,
              "orang dilayani pada pendampingan penyaluran Sembako (orang_sembako) ÷ (KK ÷ 1.000 × bulan putaran "
              "dengan TKSK aktif); bulan putaran: ada pendampingan Sembako di mana pun di kabupaten; pendampingan yang "
              "semuanya tercatat 0 orang: tidak ada data",
              "people served at Sembako distribution assistance (orang_sembako) ÷ (families ÷ 1,000 × round months "
              "with an active TKSK); a round month: Sembako assisted anywhere in the regency; assistance all logged with "
              "0 people: no data",
              "Ogan Ilir punya 39.983 KPM BPNT/Sembako di 241 desa (Dinsos Ogan Ilir, Januari 2021, dikutip "
              "Sumselupdate) ≈ 325 per 1.000 KK; TKSK diharapkan hadir di titik penyaluran untuk sekitar separuhnya "
              "tiap putaran (asumsi) → 160.",
              "Ogan Ilir had 39,983 BPNT/Sembako KPM in 241 desa (Dinsos Ogan Ilir, January 2021, quoted by "
              "Sumselupdate) ≈ 325 per 1,000 families; the TKSK is expected at the distribution points of about half of "
              "them each round (an assumption) → 160.", 0),
    Indicator("F4", "fasilitasi", "Desa dengan fasilitasi per bulan (%)", "Desa reached by facilitation per month (%)", "%",
              50, "Σ desa dengan kegiatan fasilitasi tiap bulan (desa_fasilitasi) ÷ (desa/kelurahan × bulan dengan TKSK "
              "aktif) × 100",
              "Σ desa with a facilitation activity each month (desa_fasilitasi) ÷ (desa/kelurahan × months with an "
              "active TKSK) × 100",
              "Layanan sampai ke setiap desa kira-kira dua bulan sekali, ritme putaran Sembako (sekitar enam kali "
              "setahun pada 2024, Rp400 ribu per dua bulan); asumsi.",
              "Service reaches each desa about every other month, the rhythm of the Sembako rounds (about six a year in "
              "2024, Rp 400 thousand per two months); an assumption.", maximum=100),
    Indicator("A1", "administrasi", "Laporan bulanan diterima (%)", "Monthly reports received (%)", "%", 100,
              "laporan diterima (pos berbeda dalam tabel laporan per bulan dilaporkan) ÷ laporan diharapkan (pos_aktif "
              "tiap bulan) × 100",
              "reports received (distinct posts in table laporan per month reported) ÷ reports expected (pos_aktif each "
              "month) × 100",
              "Laporan bulanan adalah tugas rutin TKSK kepada Dinas Sosial kabupaten: setiap laporan diharapkan.",
              "The monthly report is a routine duty to the district Dinas Sosial: every report is expected.",
              maximum=100, assumed=False),
    Indicator("A2", "administrasi", "Laporan tepat waktu (%)", "Reports on time (%)", "%", 100,
              "laporan dengan tanggal_kirim paling lambat tanggal batas bulan berikutnya ÷ laporan diharapkan × 100",
              "reports whose tanggal_kirim is at the latest the deadline day of the next month ÷ reports expected × 100",
              "Dinas merekap laporan untuk Kemensos setiap bulan: setiap laporan diharapkan sebelum tanggal batas "
              "(tanggalnya setelan).",
              "The Dinas compiles reports for Kemensos monthly: every report is expected by the deadline (the day is a "
              "setting).", maximum=100, assumed=False),
    Indicator("A3", "administrasi", "Verifikasi dan usulan DTKS per desa per tahun", "DTKS checks and proposals per desa per year",
              "", 3, "12 × kegiatan verifikasi_dtks dan usulan_dtks (dtks) ÷ (desa/kelurahan × bulan dengan TKSK aktif)",
              "12 × verifikasi_dtks and usulan_dtks activities (dtks) ÷ (desa/kelurahan × months with an active TKSK)",
              "Dua putaran verifikasi DTKS/DTSEN per desa setahun (pemutakhiran diarahkan dua kali setahun) dan minimal "
              "satu usulan keluarga baru per desa setahun (usulan terbuka sepanjang tahun; asumsi).",
              "Two DTKS/DTSEN verification rounds per desa a year (updates are aimed at twice a year) and at least one "
              "proposal of new households per desa a year (proposals are open all year; an assumption)."),
    Indicator("A4", "administrasi", "Baris log lengkap (%)", "Complete log rows (%)", "%", 95,
              "baris log dengan semua isian yang diperlukan jenis kegiatannya (jam; untuk fasilitasi orang atau KK dilayani "
              "lebih dari 0; kategori PPKS untuk kunjungan dan rujukan; hasil untuk rujukan) ÷ semua baris × 100 "
              "(kelengkapan_log)",
              "log rows with every field their activity type needs (hours; for facilitation people or families served, "
              "more than 0; the PPKS category for visits and referrals; the outcome for referrals) ÷ all rows × 100 "
              "(kelengkapan_log)",
              "Indikator lain hanya sebaik isian log; satu baris dari dua puluh boleh kurang isian (asumsi).",
              "Every other indicator is only as good as the log; one row in twenty may lack a field (an assumption).",
              maximum=100),
]}

# Equal, as the page's inputs start (each function's share is its weight ÷ the sum of the weights).
DEFAULT_WEIGHTS = {"koordinasi": 1.0, "fasilitasi": 1.0, "administrasi": 1.0}


@dataclass
class Settings:
    targets: dict[str, float] = field(default_factory=lambda: {k: i.target for k, i in INDICATORS.items()})
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    deadline_day: int = DEADLINE_DAY


PARTNER_COLUMNS = [f"mitra_{kind}" for kind in vocab.PARTNERS]
# Per kecamatan and month; each adds up over months and over kecamatan, so a period or the pooled regency is a sum.
COMPONENTS = ["bulan_pos", "bulan_aktif", "desa_bulan", "desa_jangkau", "ribu_kk_bulan", "ribu_kk_putaran", "koordinasi",
              "desa_koordinasi", "mitra_bulan", "kasus", "rujukan_dinilai", "rujukan_90", "orang_sembako",
              "sembako", "desa_fasilitasi", "diharapkan", "diterima", "tepat_waktu", "dtks", "baris", "baris_lengkap",
              "bulan_tanpa_log", "bulan_tanpa_log_sendiri"]
# What a month's monthly report is judged on: a report is sent the month after, so it is in the log even when the
# month's own activity rows were never imported.
REPORT_COMPONENTS = ("diharapkan", "diterima", "tepat_waktu")


def components_by_month(tables: dict[str, pd.DataFrame], start, end, deadline_day: int = DEADLINE_DAY,
                        as_of=None) -> pd.DataFrame:
    """Numerators and denominators of every indicator per kecamatan and month (index kode_kec, bulan).

    ``tables`` holds the store tables kecamatan, pos_bulan, agg_kec_bulan, laporan, rujukan and kelengkapan_log.
    A month without an active post contributes nothing to any column: it is a coverage gap, not performance.
    A referral is judged at the end of its own month: only those whose result was known within it count.
    A month's reports are judged only once their deadline has passed by ``as_of`` (``metrics.reports_as_of``).
    A staffed month without one log row of the kecamatan (``metrics.logged_months``: a file not received, or a
    month the whole regency did not import) is not scored on activity (``bulan_tanpa_log``); its report is.
    """
    kec = tables["kecamatan"].set_index("kode_kec")
    keys = ["kode_kec", "bulan"]
    pb = in_period(tables["pos_bulan"], start, end)
    base = pd.DataFrame({"bulan_pos": pb["pos_aktif"].to_numpy()},
                        index=pd.MultiIndex.from_arrays([pb["kode_kec"].astype("str"), pb["bulan"]], names=keys))
    active = base["bulan_pos"] > 0
    codes = base.index.get_level_values("kode_kec")
    base["bulan_aktif"] = active.astype(int)
    base["desa_bulan"] = kec["jumlah_desa_kel"].reindex(codes).to_numpy() * base["bulan_aktif"]
    # The desa its posts can be held to a per-desa target for: at most DESA_PER_TKSK each.
    base["desa_jangkau"] = np.minimum(base["desa_bulan"], DESA_PER_TKSK * base["bulan_pos"])
    base["ribu_kk_bulan"] = kec["jumlah_kk"].reindex(codes).to_numpy() / 1000 * base["bulan_aktif"]
    a = in_period(tables["agg_kec_bulan"], start, end)
    # A round is a month in which Sembako was distributed anywhere in the area: every active TKSK had it to attend.
    rounds = set(a.loc[a["sembako"] > 0, "bulan"].unique())
    in_round = base.index.get_level_values("bulan").isin(rounds)
    base["ribu_kk_putaran"] = base["ribu_kk_bulan"] * in_round
    a = a.assign(mitra_bulan=(a[PARTNER_COLUMNS] > 0).sum(axis=1))
    figures = {"koordinasi": "koordinasi", "desa_koordinasi": "desa_koordinasi", "mitra_bulan": "mitra_bulan",
               "kasus_ppks": "kasus", "orang_sembako": "orang_sembako", "sembako": "sembako", "desa_fasilitasi": "desa_fasilitasi",
               "dtks": "dtks"}
    activity = a.groupby([a["kode_kec"].astype("str"), a["bulan"]])[list(figures)].sum().rename(columns=figures)
    base = base.join(activity)
    ru = in_period(tables["rujukan"], start, end)
    ru = ru.loc[ru["bulan_diketahui"] <= ru["bulan"]]
    ru = ru.groupby([ru["kode_kec"].astype("str"), ru["bulan"]])[["rujukan", "bantuan_90"]].sum()
    base["rujukan_dinilai"], base["rujukan_90"] = ru["rujukan"], ru["bantuan_90"]
    rg = report_grid(tables["laporan"], tables["pos_bulan"], start, end, deadline_day, as_of)
    rg = rg.set_index([rg["kode_kec"].astype("str"), rg["bulan"]])
    kl = in_period(tables["kelengkapan_log"], start, end)
    kl = kl.set_index([kl["kode_kec"].astype("str"), kl["bulan"]])
    for c in ("diharapkan", "diterima", "tepat_waktu"):
        base[c] = rg[c]
    base["baris"], base["baris_lengkap"] = kl["baris"], kl["baris_lengkap"]
    base = base.fillna(0).astype(float)
    base.loc[~active, :] = 0.0
    # A staffed month without one log row of the kecamatan and without its monthly report (its file not received; a
    # whole regency's month is one too) is not scored on activity: the planner does not count it as a month of work,
    # and a TKSK is not scored 0 for a file still on its way; the report not received is scored. A month whose report
    # came in with no activity row is a month of no recorded work, scored: leaving a weak month's rows out while
    # reporting it would otherwise raise a score (review of 2026-12-05).
    seen = logged_months(tables["agg_kec_bulan"], start, end)
    unlogged = active.to_numpy() & ~base.index.isin(pd.MultiIndex.from_frame(seen[["kode_kec", "bulan"]]))
    # A month the whole regency logged nothing in is a file not imported, whatever reports came in with the next one.
    # The period and the month after it at once: a month's report is sent the month after (below).
    later = months_without_log(tables["agg_kec_bulan"], tables["pos_bulan"], start,
                               pd.Timestamp(end) + pd.DateOffset(months=1))
    gone = later.loc[later["bulan"] <= pd.Timestamp(end)]
    regency_gone = (pd.MultiIndex.from_arrays([regency_of(codes), base.index.get_level_values("bulan")]).isin(
        pd.MultiIndex.from_frame(gone[["kode_kab", "bulan"]])) if len(gone) else np.zeros(len(base), bool))
    unlogged &= (base["diterima"].to_numpy() <= 0) | regency_gone
    # A month's report is sent the month after: when the whole regency's next month was not imported either, a
    # report not received is the import's gap, not the TKSK's (six months not imported put most TKSK at 45 % of
    # reports received). A report that did come in is judged.
    if len(later):
        next_gone = pd.MultiIndex.from_arrays(
            [regency_of(codes), base.index.get_level_values("bulan") + pd.DateOffset(months=1)]).isin(
            pd.MultiIndex.from_frame(later[["kode_kab", "bulan"]]))
        lost = active.to_numpy() & next_gone & (base["diterima"].to_numpy() <= 0)
        base.loc[lost, list(REPORT_COMPONENTS)] = 0.0
    base["bulan_tanpa_log"] = unlogged.astype(float)
    # Of them, the months the rest of the regency logged: the post's own files missing (the attention list's rule).
    base["bulan_tanpa_log_sendiri"] = (unlogged & ~regency_gone).astype(float)
    if unlogged.any():
        base.loc[unlogged, [c for c in COMPONENTS if c not in ("bulan_pos", "bulan_tanpa_log", "bulan_tanpa_log_sendiri",
                                                               *REPORT_COMPONENTS)]] = 0.0
    return base[COMPONENTS]


def components(tables: dict[str, pd.DataFrame], start, end, deadline_day: int = DEADLINE_DAY,
               pooled: bool = False, by_month: pd.DataFrame | None = None) -> pd.DataFrame:
    """The components of ``components_by_month`` summed over the period, per kecamatan or for the pooled regency.

    Referrals are judged at the end of the period's last month with what was known then: a referral whose result
    came later (aid or rejection after the period, or 90 days not yet run out) is pending and not counted.
    ``by_month``: ``components_by_month`` of the same tables, period and deadline, where the caller has it.
    """
    by_month = (components_by_month(tables, start, end, deadline_day) if by_month is None
                else by_month[COMPONENTS].copy())
    months = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS")
    last = months[-1] if len(months) else pd.Timestamp(end)
    ru = in_period(tables["rujukan"], start, end)
    ru = ru.loc[ru["bulan_diketahui"] <= last]
    ru = ru.groupby([ru["kode_kec"].astype("str"), ru["bulan"]])[["rujukan", "bantuan_90"]].sum()
    staffed = by_month["bulan_pos"] > 0
    by_month["rujukan_dinilai"] = ru["rujukan"].reindex(by_month.index).fillna(0).where(staffed, 0)
    by_month["rujukan_90"] = ru["bantuan_90"].reindex(by_month.index).fillna(0).where(staffed, 0)
    codes = tables["kecamatan"]["kode_kec"].astype("str")
    per = by_month.groupby(level="kode_kec").sum().reindex(codes).fillna(0)
    if pooled:
        return per.sum().to_frame("kabupaten").T
    return per.rename_axis("kode_kec")


def values(comp: pd.DataFrame) -> pd.DataFrame:
    """Indicator values from their components; a unit with no active post gets none (``kosong``)."""
    # On arrays: sixteen rows, a dozen quotients, each a handful of pandas steps a new period paid for (scorecard).
    col = {c: comp[c].to_numpy(dtype=float) for c in comp.columns}

    def div(a, b, k=1.0):
        below = col[b]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(below > 0, k * col[a] / below, np.nan)

    v = {
        "K1": div("koordinasi", "desa_bulan", 12),
        "K2": div("desa_koordinasi", "desa_bulan", 100),
        "K3": div("mitra_bulan", "bulan_aktif"),
        "F1": div("kasus", "ribu_kk_bulan"),
        "F2": np.where(col["rujukan_dinilai"] >= MIN_REFERRALS_JUDGED, div("rujukan_90", "rujukan_dinilai", 100), np.nan),
        # Distributions assisted and not one person written down: the count was not made (the import's served_nobody
        # rows), a gap, not a TKSK who served nobody; no distribution attended in a round is a real 0.
        "F3": np.where((col["sembako"] <= 0) | (col["orang_sembako"] > 0), div("orang_sembako", "ribu_kk_putaran"),
                       np.nan),
        "F4": div("desa_fasilitasi", "desa_bulan", 100),
        "A1": div("diterima", "diharapkan", 100),
        "A2": div("tepat_waktu", "diharapkan", 100),
        "A3": div("dtks", "desa_bulan", 12),
        "A4": div("baris_lengkap", "baris", 100),
        # How many times the desa its posts can be held to the per-desa targets for (1: no more than DESA_PER_TKSK
        # each).
        "beban_desa": np.where(np.isnan(beban := div("desa_bulan", "desa_jangkau")), 1.0, beban),
    }
    vacant = col["bulan_pos"] <= 0
    # Staffed but not one log row nor report in the period, or only months the whole regency logged nothing in:
    # the log was not brought in, so there is nothing to score (a gap), not a TKSK who did nothing.
    no_log = ~vacant & (((col["baris"] <= 0) & (col["diterima"] <= 0))
                        | ((col["bulan_aktif"] <= 0) & (col["bulan_tanpa_log"] > 0)))
    gap = vacant | no_log
    out = pd.DataFrame({k: np.where(gap, np.nan, x) for k, x in v.items()}, index=comp.index)
    out["kosong"] = vacant
    out["tanpa_log"] = no_log
    out["bulan_dinilai"] = comp["bulan_aktif"]
    return out


# Indicators divided by the kecamatan's desa: reaching a share of 25 desa takes a TKSK more than of 10.
PER_DESA = ("K1", "K2", "F4", "A3")
# One TKSK is held to the per-desa targets for this many desa at most (the planner's default of desa per TKSK, about
# the median kecamatan's): a post with more has its target spread over them, target × DESA_PER_TKSK ÷ desa per TKSK. A
# TKSK alone with 20 desa was held to what one with 10 reaches, and the scores fell with the desa per TKSK (rank
# correlation -0,45 in the demo; two-post kecamatan ranked 1, 3 and 6 of 16; res21). Fewer desa keep the target.
DESA_PER_TKSK = float(assumptions.DESA_PER_TKSK.value)
# Below this rank correlation between desa per TKSK and the per-desa scores, the scorecard says that those scores
# follow the size of the job, not only the work (over at least BIAS_MIN_KECAMATAN kecamatan).
BIAS_RHO = -0.5
BIAS_MIN_KECAMATAN = 8


def load_bias(card: pd.DataFrame, desa_per_post: pd.Series) -> float | None:
    """Spearman's rank correlation between desa per TKSK and the mean of a kecamatan's per-desa scores
    (``PER_DESA``), over the kecamatan with both; None with fewer than ``BIAS_MIN_KECAMATAN`` of them or no spread.
    ``card``: a scorecard indexed by kode_kec; ``desa_per_post``: the same index."""
    card = compared(card)
    return _rank_correlation(desa_per_post, card[[f"skor_{k}" for k in PER_DESA]].mean(axis=1, skipna=True))


def _rank_correlation(x: pd.Series, score: pd.Series) -> float | None:
    """Spearman's rank correlation of ``x`` and ``score`` (``x`` taken on ``score``'s index) over the rows with
    both; None with fewer than ``BIAS_MIN_KECAMATAN`` of them or no spread."""
    both = pd.DataFrame({"x": x.reindex(score.index), "score": score}).dropna()
    if len(both) < BIAS_MIN_KECAMATAN or both["x"].nunique() < 2 or both["score"].nunique() < 2:
        return None
    ranks = both.rank()
    return float(np.corrcoef(ranks["x"], ranks["score"])[0, 1])


# The composite following the families each TKSK serves this closely (either way) is said beside the scores: the
# demo's composite followed them at +0,61 and the page checked desa per TKSK only (audit of 2026-12-06).
SIZE_RHO = 0.5


def size_bias(card: pd.DataFrame, size: pd.Series) -> float | None:
    """Spearman's rank correlation between ``size`` (families per TKSK) and the composite, over the compared
    kecamatan with both; None with fewer than ``BIAS_MIN_KECAMATAN`` of them or no spread. Indexed by kode_kec."""
    return _rank_correlation(size, compared(card)["komposit"])


def score(value, target):
    """100 × value ÷ target (one, or one per value), kept between 0 and CAP (a gap stays a gap)."""
    return np.clip(100 * np.asarray(value, dtype=float) / np.asarray(target, dtype=float), 0, CAP)


def targets_for(key: str, target: float, vals: pd.DataFrame):
    """The target each unit is scored against: a per-desa indicator's spread over the desa beyond what its posts can
    be held to (``DESA_PER_TKSK``), every other indicator's as set."""
    if key not in PER_DESA or "beban_desa" not in vals:
        return target
    return target / vals["beban_desa"].to_numpy(dtype=float)


def ceiling(key: str, target: float) -> float:
    """The highest score an indicator can reach under its target: CAP, or less when its value is bounded (a share
    of 100 % against a target of 100 tops at 100)."""
    maximum = INDICATORS[key].maximum
    return CAP if maximum is None else float(min(CAP, 100 * maximum / target))


def scores(vals: pd.DataFrame, settings: Settings | None = None) -> pd.DataFrame:
    """Score per indicator, per function (mean) and composite (weighted mean), plus a traffic light."""
    settings = settings or Settings()
    out = {}
    for key in INDICATORS:
        target = float(settings.targets[key])
        if target <= 0:
            raise ValueError(f"target {key} harus lebih dari 0 / must be above 0")
        out[key] = score(vals[key].to_numpy(dtype=float), targets_for(key, target, vals))
    with warnings.catch_warnings():  # a unit without any value of a function: its mean is a gap, said as one
        warnings.simplefilter("ignore", RuntimeWarning)
        for f in FUNCTIONS:
            out[f] = np.nanmean(np.column_stack([out[k] for k, i in INDICATORS.items() if i.function == f]), axis=1)
    w = pd.Series(settings.weights, dtype=float)
    if w.sum() <= 0:
        raise ValueError("jumlah bobot harus lebih dari 0 / weights must add up to more than 0")
    w = w / w.sum()
    out["komposit"] = sum(out[f] * w[f] for f in FUNCTIONS)
    vacant = vals["kosong"].to_numpy(dtype=bool)
    out = pd.DataFrame({k: np.where(vacant, np.nan, x) for k, x in out.items()}, index=vals.index)
    out["status"] = [traffic_light(x) for x in out["komposit"]]
    if "tanpa_log" in vals:
        out.loc[vals["tanpa_log"].to_numpy(dtype=bool), "status"] = "tanpa_log"
    return out


def traffic_light(value: float) -> str:
    if value is None or np.isnan(value):
        return "kosong"
    shown = fmt.rounded(float(value), COMPOSITE_DECIMALS)
    return next(name for bound, name in TRAFFIC if shown >= bound)


def scorecard(tables: dict, start, end, settings: Settings | None = None,
              by_month: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per kecamatan: indicator values, scores, function scores, composite, status, rank, and the months
    the score rests on (``bulan_dinilai``) beside the months without a TKSK (``bulan_kosong``). ``by_month`` as
    for ``components``."""
    settings = settings or Settings()
    comp = components(tables, start, end, settings.deadline_day, by_month=by_month)
    vals = values(comp)
    sc = scores(vals, settings)
    names = tables["kecamatan"].assign(kode_kec=lambda k: k["kode_kec"].astype("str")).set_index("kode_kec")["nama_kec"]
    months = len(pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS"))
    out = sc[["koordinasi", "fasilitasi", "administrasi", "komposit", "status"]].copy()
    out.insert(0, "nama_kec", names)
    out["bulan_dinilai"] = vals["bulan_dinilai"].astype(int)
    out["bulan_tanpa_log"] = comp["bulan_tanpa_log"].astype(int)
    out["bulan_tanpa_log_sendiri"] = comp["bulan_tanpa_log_sendiri"].astype(int)
    # A score on fewer months than a post needs to be judged (a new TKSK's first month) is shown, not ranked or
    # coloured: Rantau Panjang's first month after a vacancy was ranked 16th of 16 and red beside posts scored on
    # seven, and set the regency's lowest score (audit of 2026-12-06). Attention waits for those months too.
    few = out["status"].isin(SCORED) & (out["bulan_dinilai"] < months_needed(out, months))
    out.loc[few, "status"] = FEW_MONTHS
    # Likewise a score resting on the months its own log came in, a third of its staffed months or more missing (the
    # share that lists it for attention): Lubuk Keliat, six of twelve months sent, read "baik" and 8th, where Peta
    # does not rank its figures (walk-through of 2026-12-06).
    out.loc[out["status"].isin(SCORED) & own_log_short(out), "status"] = PARTIAL_LOG
    ranked = out["komposit"].where(out["status"].isin(SCORED))
    out["peringkat"] = fmt.rounded(ranked, COMPOSITE_DECIMALS).rank(ascending=False, method="min")
    out["bulan_kosong"] = months - out["bulan_dinilai"] - out["bulan_tanpa_log"]
    vals_renamed = vals[list(INDICATORS)].add_prefix("nilai_")
    scores_renamed = sc[list(INDICATORS)].add_prefix("skor_")
    # The target each was scored against, so that a score reads as 100 × value ÷ its target beside it.
    aimed = pd.DataFrame({f"sasaran_{k}": np.broadcast_to(targets_for(k, float(settings.targets[k]), vals), len(vals))
                          for k in INDICATORS}, index=vals.index)
    # No target where there is no score (a post vacant all period, no log yet): the per-desa ones had none there and
    # the others had theirs (review of 2026-12-06).
    aimed.loc[vals["kosong"].to_numpy(dtype=bool) | vals["tanpa_log"].to_numpy(dtype=bool), :] = np.nan
    out["beban_desa"] = vals["beban_desa"]
    return out.join(vals_renamed).join(scores_renamed).join(aimed).rename_axis("kode_kec").reset_index()


def spread(card: pd.DataFrame, settings: Settings | None = None) -> dict:
    """How far the scorecard tells kecamatan apart: the composite's quartiles and the share of indicator scores
    at their ceiling (the top of the scale each can reach)."""
    settings = settings or Settings()
    card = compared(card)
    c = card["komposit"].dropna()
    n = top = 0
    for k in INDICATORS:
        scored = card[f"skor_{k}"].notna()
        aimed = card[f"sasaran_{k}"] if f"sasaran_{k}" in card else pd.Series(settings.targets[k], index=card.index)
        tops = np.array([ceiling(k, a) for a in aimed[scored]])
        n += int(scored.sum())
        top += int((card.loc[scored, f"skor_{k}"].to_numpy() >= tops - 1e-9).sum())
    q = c.quantile([0, 0.25, 0.5, 0.75, 1]).tolist() if len(c) else [np.nan] * 5
    return {"kecamatan": len(c), "min": q[0], "q1": q[1], "median": q[2], "q3": q[3], "max": q[4],
            "iqr": q[3] - q[1], "scores": n, "at_top": top, "share_at_top": top / n if n else np.nan}


# A post needs attention when its composite is below green and this many points under the regency's median: against
# targets alone every post of a regency whose log falls short of them (stores sc and sf: all 16) was flagged, which
# singles out none.
ATTENTION_BELOW_MEDIAN = 10.0


def composite_medians(card: pd.DataFrame) -> pd.Series:
    """The median composite of the scored kecamatan of each regency (NaN where none is scored), by regency code:
    what attention is measured from. Per regency, because a store may hold several and a post is compared with its
    neighbours, not with another regency's."""
    card = compared(card)
    return card["komposit"].groupby(regency_of(card["kode_kec"])).median()


def months_needed(card: pd.DataFrame, months: int) -> pd.Series:
    """The months a post must be scored on to be compared: ``MIN_MONTHS_JUDGED``, or the period's months the region
    logged at all where fewer (a month nobody's file came in for made every post of a quarter "not compared";
    review of 2026-12-06)."""
    return np.minimum(MIN_MONTHS_JUDGED, months - (card["bulan_tanpa_log"] - card["bulan_tanpa_log_sendiri"]))


def own_log_short(card: pd.DataFrame) -> pd.Series:
    """Whether a post's own log is missing for ``UNLOGGED_SHARE`` of its staffed months or more (a month its whole
    regency did not log aside): it is listed for attention and its score is not compared."""
    own = card["bulan_tanpa_log_sendiri"]
    return (own > 0) & (own >= UNLOGGED_SHARE * (card["bulan_dinilai"] + card["bulan_tanpa_log"]) - 1e-9)


def compared(card: pd.DataFrame) -> pd.DataFrame:
    """The rows of a scorecard that are ranked and coloured: a score on too few months or a partial log (``UNCOMPARED``) is left out
    of the spread, the median and the bias check as it is of the ranking."""
    return card.loc[~card["status"].isin(UNCOMPARED)] if "status" in card else card


def attention(card: pd.DataFrame, n_weakest: int = 2, weights: dict[str, float] | None = None,
              current=None, below_median: float | None = None, months: int | None = None) -> pd.DataFrame:
    """Kecamatan whose composite is below the green band and at least ``below_median`` points under the median
    composite of the scored kecamatan of their regency (``median``, on every row), worst first, each with its
    weakest indicators (``lemah``: list of (key, score)). Vacant kecamatan are a coverage question and are not listed; with
    ``current`` (codes), nor is a kecamatan whose post is not held at the period's end (its TKSK left: there is
    nobody to attend to). Indicators of a function weighted 0 (``weights``) are not among the weakest: they do not
    lower the composite. Of a period of ``months``, a post judged on fewer than ``MIN_MONTHS_JUDGED`` of them (all of
    a shorter period) is not listed: a TKSK filled in the period's last month was first on the list, "lemah" on one
    month of yearly indicators."""
    below_median = ATTENTION_BELOW_MEDIAN if below_median is None else below_median
    median = regency_of(card["kode_kec"]).map(composite_medians(card)).astype("float64")
    flagged = card["status"].isin(BELOW_GREEN) & (card["komposit"] <= median - below_median)
    # Only its own missing files: a month the whole regency did not import is no TKSK's doing.
    if "bulan_tanpa_log_sendiri" not in card:
        card = card.assign(bulan_tanpa_log_sendiri=0)
    if "bulan_tanpa_log" not in card:
        card = card.assign(bulan_tanpa_log=card["bulan_tanpa_log_sendiri"])
    if months is not None:  # a low score on too few months is no finding; a log staying away is (below)
        flagged &= card["bulan_dinilai"] >= months_needed(card, months)
    # Or whose log did not come in for a third of its staffed months or more: those months are not scored, so leaving
    # weak months out would lift a score; a TKSK whose files stay away needs attending to whatever the score. "Or
    # more", not "over": in a quarter a post missing one month was scored on two, too few to be listed for its score,
    # and one of three is not over a third, so the lowest score of the regency was never listed (walk-through 2026-12-06).
    flagged |= (card["bulan_dinilai"] > 0) & own_log_short(card)
    if current is not None:
        flagged &= card["kode_kec"].astype("str").isin(set(current))
    weak = card.loc[flagged].sort_values("komposit")
    counted = [k for k, i in INDICATORS.items() if (weights or DEFAULT_WEIGHTS).get(i.function, 1.0) > 0]
    lemah = [sorted(((k, r[f"skor_{k}"]) for k in counted if not np.isnan(r[f"skor_{k}"])), key=lambda x: x[1])
             [:n_weakest] for _, r in weak.iterrows()]
    cols = ["kode_kec", "nama_kec", "komposit", "status", "bulan_dinilai", "bulan_tanpa_log_sendiri", "bulan_kosong"]
    return weak[cols].assign(lemah=lemah, median=median.loc[weak.index]).reset_index(drop=True)


UNLOGGED_SHARE = assumptions.UNLOGGED_SHARE
# Months a low score must rest on before its post is listed: a quarter holds a report deadline, a distribution round
# and coordination cycles each at least once; one month holds some of them only.
MIN_MONTHS_JUDGED = 3


def monthly(tables: dict, start, end, settings: Settings | None = None, kode_kec: str | None = None,
            by_month: pd.DataFrame | None = None) -> pd.DataFrame:
    """Indicator values month by month, for one kecamatan or the pooled regency (one pass over the tables, none
    when ``by_month`` is given as for ``components``)."""
    settings = settings or Settings()
    comp = components_by_month(tables, start, end, settings.deadline_day) if by_month is None else by_month
    per_month = comp.xs(kode_kec, level="kode_kec") if kode_kec is not None else comp.groupby(level="bulan").sum()
    v = values(per_month)
    months = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS")
    v = v.reindex(months)
    v["kosong"] = v["kosong"].fillna(True).astype(bool)
    return v.rename_axis("bulan").reset_index()[["bulan", *INDICATORS, "kosong"]]


def contributions(card_row: pd.Series, settings: Settings | None = None) -> pd.DataFrame:
    """What lifts or lowers one TKSK's composite: each indicator's score and the points it costs (negative: the
    points it adds above target).

    points lost = (100 − score) × weight of its function ÷ number of scored indicators of that function.
    """
    settings = settings or Settings()
    w = pd.Series(settings.weights, dtype=float)
    w = w / w.sum()
    rows = []
    for f in FUNCTIONS:
        keys = [k for k, i in INDICATORS.items() if i.function == f]
        scored = [k for k in keys if not np.isnan(card_row[f"skor_{k}"])]
        for k in keys:
            s = card_row[f"skor_{k}"]
            lost = (100 - s) * w[f] / len(scored) if k in scored else np.nan
            aimed = card_row.get(f"sasaran_{k}", settings.targets[k])
            rows.append({"indikator": k, "fungsi": f, "nilai": card_row[f"nilai_{k}"], "target": aimed,
                         "skor": s, "poin_hilang": lost})
    return pd.DataFrame(rows).sort_values("poin_hilang", ascending=False, na_position="last").reset_index(drop=True)


def with_targets(settings: Settings, **targets) -> Settings:
    return replace(settings, targets={**settings.targets, **targets})
