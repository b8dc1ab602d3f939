"""WHO WISN (Workload Indicators of Staffing Need), adapted to TKSK work. Pure functions.

    AWT = [A − (B + C + D + E)] × F                 available working time (hours a year)
    SW  = AWT ÷ unit time                           standard workload (units a year)
    CAF = 1 ÷ (1 − ΣCAS ÷ 100)                      category allowance factor
    IAF = ΣIAS ÷ AWT                                individual allowance factor (staff)
    required = Σ(workload ÷ SW) × CAF + IAF
    difference = current − required;  ratio = current ÷ required

References: WHO, *Workload Indicators of Staffing Need: user's manual* (2010/2023); Kemenkes ABK Kes
(the Indonesian form, via DOMAIN.md); Burmen et al., Human Resources for Health 2017, 15:9.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd


# ------------------------------------------------------------------ available working time
@dataclass(frozen=True)
class AWT:
    working_days: float  # A: days a year the post works (e.g. 52 weeks × 5)
    holidays: float  # B: public holidays on working days
    annual_leave: float  # C
    sick_leave: float  # D
    other_absence: float  # E: training, other official absence
    hours_per_day: float  # F: effective working hours a day

    @property
    def days(self) -> float:
        return self.working_days - (self.holidays + self.annual_leave + self.sick_leave + self.other_absence)

    @property
    def hours(self) -> float:
        return self.days * self.hours_per_day


MONTHS_PER_YEAR = 12


# The fields of AWT as a planner reads them: field -> (Indonesian, English).
AWT_FIELDS: dict[str, tuple[str, str]] = {
    "working_days": ("A · hari kerja setahun", "A · working days a year"),
    "holidays": ("B · libur nasional", "B · public holidays"),
    "annual_leave": ("C · cuti tahunan", "C · annual leave"),
    "sick_leave": ("D · sakit", "D · sick leave"),
    "other_absence": ("E · pelatihan/lainnya", "E · training/other"),
    "hours_per_day": ("F · jam efektif sehari", "F · effective hours a day"),
}


def available_days(a: float, b: float, c: float, d: float, e: float) -> float:
    """A − (B + C + D + E); refuses a year with no working time left."""
    days = a - (b + c + d + e)
    if days <= 0:
        raise ValueError("hari kerja tersedia harus lebih dari 0 / available working days must be above 0")
    return days


PRESETS: dict[str, tuple[AWT, str, str]] = {
    "abk_kes": (AWT(260, 12, 19, 5, 12, 5.25),
                "ASN, 5 hari kerja (ABK Kes Kemenkes): 260 − (12 + 19 + 5 + 12) = 212 hari × 5,25 jam = 1.113 jam",
                "Civil service, 5-day week (Kemenkes ABK Kes): 260 − (12 + 19 + 5 + 12) = 212 days × 5.25 h = 1,113 h"),
    "abk_kes_6": (AWT(312, 12, 19, 5, 12, 4.375),
                  "ASN, 6 hari kerja (ABK Kes): 312 − 48 = 264 hari × 4,375 jam = 1.155 jam",
                  "Civil service, 6-day week (ABK Kes): 312 − 48 = 264 days × 4.375 h = 1,155 h"),
    "tksk_paruh_waktu": (AWT(260, 12, 19, 5, 12, 3.0),
                         "TKSK paruh waktu: kalender ABK Kes (212 hari) × 3 jam efektif sehari = 636 jam. TKSK menerima "
                         "tali asih, bukan gaji (Permensos 28/2018; DOMAIN.md), dan umumnya punya pekerjaan lain [perkiraan]: "
                         "dianggap sedikit di atas separuh hari kerja ASN.",
                         "Part-time TKSK: ABK Kes calendar (212 days) × 3 effective hours a day = 636 h. TKSK receive an "
                         "allowance, not a salary (Permensos 28/2018; DOMAIN.md), and usually have other work [inferred]: "
                         "taken as a little over half a civil servant's day."),
}
DEFAULT_PRESET = "tksk_paruh_waktu"


# ------------------------------------------------------------------ activity standards
@dataclass(frozen=True)
class Standard:
    key: str
    label_id: str
    label_en: str
    activities: tuple[str, ...]  # log activity codes counted as one unit each
    hours: float  # unit time
    in_desa: bool  # travel to the desa is added to each unit
    driver: str  # what scales the estimate where logs are thin: kk, desa, penduduk, miskin, pos
    why_id: str
    why_en: str


STANDARDS: dict[str, Standard] = {s.key: s for s in [
    Standard("kunjungan", "Kunjungan rumah / asesmen", "Home visit / assessment", ("kunjungan_rumah", "penyaluran_bantuan"),
             2.0, True, "kk", "Wawancara dan formulir asesmen satu keluarga di rumahnya [perkiraan].",
             "Interview and assessment form with one family at home [inferred]."),
    Standard("verifikasi", "Verifikasi DTKS/DTSEN", "DTKS/DTSEN verification", ("verifikasi_dtks",), 3.0, True, "miskin",
             "Satu sesi verifikasi di desa (musdes atau kunjungan beberapa rumah) [perkiraan].",
             "One verification session in a desa (village meeting or several homes) [inferred]."),
    Standard("usulan", "Usulan DTKS / Rutilahu", "DTKS / Rutilahu proposal", ("usulan_dtks", "usulan_rutilahu"), 1.5, False,
             "miskin", "Mengisi usulan di SIKS-NG dan berkas pendukung [perkiraan].",
             "Entering a proposal in SIKS-NG with its documents [inferred]."),
    Standard("penyaluran", "Pendampingan penyaluran (Sembako, beras)", "Distribution assistance (Sembako, rice)",
             ("pendampingan_sembako", "pendampingan_beras"), 5.0, True, "desa",
             "Satu titik salur setengah hari: cek 6T, antrean, berita acara (DOMAIN.md).",
             "One distribution point for half a day: the '6T' check, queue, minutes (DOMAIN.md)."),
    Standard("rapat", "Rapat koordinasi", "Coordination meeting", ("rapat_desa", "rapat_psks", "rapat_program", "rapat_kecamatan"),
             2.0, True, "desa", "Satu pertemuan dengan desa, PSKS, pendamping program atau camat [perkiraan].",
             "One meeting with a desa, PSKS, programme staff or the camat [inferred]."),
    Standard("rujukan", "Rujukan", "Referral", ("rujukan",), 4.0, True, "kk",
             "Mengantar atau mengurus rujukan ke rumah sakit, panti atau Dinas; sasaran layanan 14 hari (DOMAIN.md).",
             "Accompanying or arranging a referral to a hospital, shelter or the Dinas; 14-day service target (DOMAIN.md)."),
    Standard("bencana", "Asesmen bencana", "Disaster assessment", ("tanggap_bencana",), 6.0, True, "penduduk",
             "Asesmen bersama Tagana sehari penuh saat bencana (DOMAIN.md).",
             "A full day's assessment with Tagana when a disaster happens (DOMAIN.md)."),
    Standard("laporan", "Laporan bulanan", "Monthly report", ("laporan_bulanan",), 4.0, False, "pos",
             "Menyusun laporan bulanan untuk Dinas dan camat [perkiraan]; dihitung 12 setahun per pos, terkirim atau tidak.",
             "Compiling the monthly report for the Dinas and the camat [inferred]; 12 a year per post, sent or not."),
]}


@dataclass(frozen=True)
class Travel:
    speed_kmh: float = 30.0  # motorbike on rural roads [inferred]
    road_factor: float = 1.4  # road distance ÷ straight-line distance [inferred]
    round_hours_per_desa: float = 0.5  # routine monthly look-in per desa, on top of travel
    include_round: bool = True


@dataclass(frozen=True)
class Params:
    awt: AWT = PRESETS[DEFAULT_PRESET][0]
    standards: dict[str, float] = field(default_factory=lambda: {k: s.hours for k, s in STANDARDS.items()})
    travel: Travel = Travel()
    cas: dict[str, float] = field(default_factory=lambda: {"Pelatihan dan pembinaan Dinas": 4.0,
                                                            "Perjalanan ke Dinas/kantor camat": 5.0})
    ias: dict[str, float] = field(default_factory=dict)  # kode_kec -> hours a year
    min_active_months: int = 6


def standard_workload(awt_hours, unit_hours):
    """SW = AWT ÷ unit time: how many units one worker can do in a year (numbers, or Series element-wise)."""
    if np.any(np.asarray(unit_hours, dtype=float) <= 0):
        raise ValueError("waktu per satuan harus lebih dari 0 / unit time must be above 0")
    return awt_hours / unit_hours


def caf(cas_percent: list[float] | dict[str, float]) -> float:
    """CAF = 1 ÷ (1 − ΣCAS ÷ 100); ΣCAS ≥ 100 % is refused."""
    total = sum(cas_percent.values() if isinstance(cas_percent, dict) else cas_percent)
    if total >= 100:
        raise ValueError(f"jumlah CAS {total:g} % harus di bawah 100 % / the CAS total {total:g} % must be below 100 %")
    if total < 0:
        raise ValueError("CAS tidak boleh negatif / CAS must not be negative")
    return 1 / (1 - total / 100)


def iaf(ias_hours, awt_hours: float):
    """IAF = ΣIAS ÷ AWT, in staff (a list of hours, or one total per unit, e.g. a Series per kecamatan)."""
    total = sum(ias_hours) if isinstance(ias_hours, (list, tuple)) else ias_hours
    return total / awt_hours


def required_staff(workload: dict, unit_hours: dict, awt_hours: float, caf_: float = 1.0, iaf_=0.0):
    """Σ(workload_i ÷ SW_i) × CAF + IAF, fractional; workloads and unit times may be Series (one per unit)."""
    base = sum(workload[k] / standard_workload(awt_hours, unit_hours[k]) for k in workload)
    return base * caf_ + iaf_


def difference(current, required):
    return current - required


def ratio(current, required):
    """current ÷ required; no ratio (NaN) where nothing is required."""
    if isinstance(required, pd.Series):
        return (current / required.where(required > 0)).astype(float)
    return current / required if required > 0 else np.nan


def yearly_allowance(posts, monthly_allowance: float):
    """The allowance (tali asih) of ``posts`` for a year."""
    return posts * monthly_allowance * MONTHS_PER_YEAR


PRESSURE_BANDS = [(0.5, "sangat_berat"), (0.8, "berat"), (1.2, "seimbang"), (math.inf, "ringan")]
PRESSURE_LABELS = {
    "sangat_berat": ("Tekanan sangat berat (rasio < 0,5)", "Very high pressure (ratio < 0.5)"),
    "berat": ("Tekanan berat (0,5–0,8)", "High pressure (0.5–0.8)"),
    "seimbang": ("Seimbang (0,8–1,2)", "Balanced (0.8–1.2)"),
    "ringan": ("Tekanan ringan, lebih dari cukup (> 1,2)", "Low pressure, more than enough (> 1.2)"),
    "kosong": ("Tidak ada TKSK", "No TKSK"),
}


PRESSURE_SHORT = {"sangat_berat": ("sangat berat", "very high"), "berat": ("berat", "high"),
                  "seimbang": ("seimbang", "balanced"), "ringan": ("ringan", "low"), "kosong": ("tanpa TKSK", "no TKSK")}


def pressure(r: float) -> str:
    if r is None or np.isnan(r):
        return "kosong"
    if r == 0:
        return "sangat_berat"
    return next(name for bound, name in PRESSURE_BANDS if r < bound)


# ------------------------------------------------------------------ travel
def haversine_km(lat1, lng1, lat2, lng2):
    r = 6371.0088
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi, dl = p2 - p1, np.radians(np.asarray(lng2) - np.asarray(lng1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * r * np.arcsin(np.sqrt(a))


def travel_hours_per_visit(kecamatan: pd.DataFrame, desa: pd.DataFrame, travel: Travel) -> pd.Series:
    """Round trip from the kecamatan centre to the average desa: 2 × mean(distance × road factor) ÷ speed."""
    if travel.speed_kmh <= 0:
        raise ValueError("kecepatan harus lebih dari 0 / speed must be above 0")
    centre = kecamatan.set_index("kode_kec")[["lat", "lng"]]
    d = desa.join(centre, on="kode_kec", rsuffix="_pusat")
    d["km"] = haversine_km(d["lat_pusat"], d["lng_pusat"], d["lat"], d["lng"]) * travel.road_factor
    return (2 * d.groupby("kode_kec")["km"].mean() / travel.speed_kmh).rename("jam_perjalanan")


# ------------------------------------------------------------------ workload per kecamatan
def logged_units(agg_kegiatan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Units of each WISN activity per kecamatan in the period, from the aggregated log."""
    from tksk.metrics import in_period

    a = in_period(agg_kegiatan, start, end)
    to_std = {act: k for k, s in STANDARDS.items() for act in s.activities}
    standard = a["jenis_kegiatan"].map(to_std)  # on a category column this maps each category once
    keep = standard.notna()
    units = a.loc[keep, "kegiatan"].groupby([a.loc[keep, "kode_kec"], standard[keep]], observed=True).sum()
    table = units.unstack(fill_value=0)
    table.index, table.columns = table.index.astype("str"), table.columns.astype("str")
    return table.rename_axis(index="kode_kec", columns="standar")


def annual_workload(kecamatan: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kegiatan: pd.DataFrame, start, end,
                    poor_by_kec: pd.Series, min_active_months: int = 6) -> pd.DataFrame:
    """Units a year of each activity per kecamatan, with the source of each row.

    From the log: units in the period × 12 ÷ months with an active TKSK. Where a kecamatan had fewer
    than ``min_active_months`` staffed months (thin or vacant), an estimate: the regency's pooled
    rate per driver (families, desa, population, poor population, posts) × the kecamatan's driver.
    """
    from tksk.metrics import in_period

    pb = in_period(pos_bulan, start, end)
    months = pb.loc[pb["pos_aktif"] > 0].groupby("kode_kec")["bulan"].nunique()
    units = logged_units(agg_kegiatan, start, end).reindex(kecamatan["kode_kec"]).fillna(0)
    for k in STANDARDS:
        if k not in units.columns:
            units[k] = 0.0
    units = units[list(STANDARDS)]
    m = months.reindex(units.index).fillna(0)
    from_log = units.mul(12).div(m.where(m > 0), axis=0)
    enough = m >= min_active_months
    k = kecamatan.set_index("kode_kec")
    drivers = pd.DataFrame({"kk": k["jumlah_kk"], "desa": k["jumlah_desa_kel"], "penduduk": k["penduduk_kini"],
                            "miskin": poor_by_kec.reindex(k.index), "pos": 1.0})
    est = pd.DataFrame(index=units.index)
    for key, s in STANDARDS.items():
        basis = drivers[s.driver]
        rate = from_log.loc[enough, key].sum() / basis[enough].sum() if enough.any() and basis[enough].sum() > 0 else np.nan
        est[key] = rate * basis
    out = from_log.where(enough, est)
    # Reports are due whether or not they were sent: 12 a year for every post (at least one).
    last = pb.loc[pb["bulan"] == pb["bulan"].max()].set_index("kode_kec")["pos_aktif"] if not pb.empty else pd.Series(dtype=float)
    out["laporan"] = 12 * last.reindex(out.index).fillna(1).clip(lower=1)
    out["sumber_beban"] = np.where(enough, "log", "perkiraan")
    out["bulan_aktif"] = m
    return out


def poor_by_kecamatan(kecamatan: pd.DataFrame, poor_total: float) -> pd.Series:
    """Poor people per kecamatan, estimated: the regency total × the kecamatan's population share.

    BPS publishes no poverty per kecamatan; this is a derived figure, used only as an estimate driver.
    """
    k = kecamatan.set_index("kode_kec")["penduduk_kini"]
    return poor_total * k / k.sum()


def plan(kecamatan: pd.DataFrame, desa: pd.DataFrame, workload: pd.DataFrame, current: pd.Series,
         params: Params) -> pd.DataFrame:
    """Required TKSK per kecamatan under WISN, with ratio, difference and pressure band.

    Unit time of an in-desa activity = its standard + the kecamatan's round-trip travel time. The
    routine round is one more activity: desa × 12 units a year of (round hours + travel). Every
    kecamatan is computed at once: the workloads and unit times are Series, one entry per kecamatan.
    """
    awt_h = available_days(params.awt.working_days, params.awt.holidays, params.awt.annual_leave,
                           params.awt.sick_leave, params.awt.other_absence) * params.awt.hours_per_day
    if awt_h <= 0:
        raise ValueError("waktu kerja tersedia harus lebih dari 0 / available working time must be above 0")
    k = kecamatan.set_index("kode_kec")
    t = travel_hours_per_visit(kecamatan, desa, params.travel).reindex(k.index).fillna(0.0)
    wl = workload.reindex(k.index)
    units = {key: wl[key].astype(float) for key in STANDARDS}
    unit_hours = {key: params.standards[key] + (t if std.in_desa else 0.0) for key, std in STANDARDS.items()}
    if params.travel.include_round:
        units["kunjungan_rutin"] = k["jumlah_desa_kel"].astype(float) * MONTHS_PER_YEAR
        unit_hours["kunjungan_rutin"] = params.travel.round_hours_per_desa + t
    ias = pd.Series(params.ias, dtype=float).reindex(k.index).fillna(0.0)
    req = required_staff(units, unit_hours, awt_h, caf(params.cas), iaf(ias, awt_h))
    hours = sum(units[key] * unit_hours[key] for key in units)
    cur = current.reindex(k.index).fillna(0).astype(float)
    out = pd.DataFrame({
        "kode_kec": k.index, "nama_kec": k["nama_kec"].to_numpy(), "tksk_sekarang": cur.to_numpy(),
        "jam_beban_setahun": hours.to_numpy(), "jam_perjalanan": t.to_numpy(), "wisn_perlu": req.to_numpy(),
        "wisn_perlu_bulat": np.ceil(req.to_numpy() - 1e-9), "sumber_beban": wl["sumber_beban"].to_numpy()})
    out["selisih"] = difference(out["tksk_sekarang"], out["wisn_perlu"])
    out["rasio"] = ratio(out["tksk_sekarang"], out["wisn_perlu"])
    out["tekanan"] = out["rasio"].map(pressure)
    return out


def totals(table: pd.DataFrame) -> dict:
    """Regency totals as pooled sums: Σ current, Σ required (fractional and the sum of the per-kecamatan
    rounded-up figures, which is the number of posts to fill), and the pooled ratio Σ current ÷ Σ required
    (not a mean of kecamatan ratios)."""
    cur = float(table["tksk_sekarang"].sum())
    req = float(table["wisn_perlu"].sum())
    return {"sekarang": cur, "perlu": req, "perlu_bulat": int(np.nansum(table["wisn_perlu_bulat"])),
            "selisih": cur - req, "rasio_gabungan": ratio(cur, req),
            "rasio_rata_rata": float(table["rasio"].mean())}


def scenarios(kecamatan: pd.DataFrame, wisn_table: pd.DataFrame, current: pd.Series, per_population: float,
              per_desa: float) -> pd.DataFrame:
    """Required TKSK per kecamatan under four rules, side by side."""
    if per_population <= 0 or per_desa <= 0:
        raise ValueError("N harus lebih dari 0 / N must be above 0")
    k = kecamatan.set_index("kode_kec")
    w = wisn_table.set_index("kode_kec")
    return pd.DataFrame({
        "kode_kec": k.index, "nama_kec": k["nama_kec"].to_numpy(),
        "sekarang": current.reindex(k.index).fillna(0).to_numpy(),
        "satu_per_kecamatan": 1,
        "per_penduduk": np.ceil(k["penduduk_kini"] / per_population).to_numpy(),
        "per_desa": np.ceil(k["jumlah_desa_kel"] / per_desa).to_numpy(),
        "wisn": w["wisn_perlu_bulat"].reindex(k.index).to_numpy(),
    })


def params_to_dict(params: Params) -> dict:
    return asdict(params)


def params_from_dict(d: dict) -> Params:
    return Params(awt=AWT(**d["awt"]), standards=dict(d["standards"]), travel=Travel(**d["travel"]),
                  cas=dict(d["cas"]), ias=dict(d["ias"]), min_active_months=int(d["min_active_months"]))



def plan_regency(kecamatan: pd.DataFrame, desa: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kegiatan: pd.DataFrame,
                 poor_total: float, start, end, params: Params, per_population: float, per_desa: float):
    """Everything the planner shows: (per-kecamatan WISN table, regency totals, scenarios side by side).

    Current TKSK = posts active in the last month of the period.
    """
    from tksk.metrics import posts_in_period

    current = posts_in_period(pos_bulan, start, end).set_index("kode_kec")["pos_akhir"]
    poor = poor_by_kecamatan(kecamatan, poor_total)
    workload = annual_workload(kecamatan, pos_bulan, agg_kegiatan, start, end, poor, params.min_active_months)
    table = plan(kecamatan, desa, workload, current, params)
    return table, totals(table), scenarios(kecamatan, table, current, per_population, per_desa)
