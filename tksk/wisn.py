"""WHO WISN (Workload Indicators of Staffing Need), adapted to TKSK work. Pure functions.

    AWT = [A − (B + C + D + E)] × F                 available working time (hours a year)
    SW  = AWT ÷ unit time                           standard workload (units a year)
    CAF = 1 ÷ (1 − ΣCAS ÷ 100)                      category allowance factor
    IAF = ΣIAS ÷ AWT                                individual allowance factor (staff)
    required = Σ(workload ÷ SW) × CAF + IAF
    difference = current − required;  ratio = current ÷ required

References: WHO, *Workload Indicators of Staffing Need: user's manual* (2010/2023); Kemenkes, *Buku Manual 1:
Perencanaan Kebutuhan SDM Kesehatan berdasarkan ABK Kes*; Burmen et al., Human Resources for Health 2017, 15:9;
Joarder et al., BMJ Open 2020, 10:e035183. The yearly workload comes from tksk.annual (the log) and tksk.need
(drivers that do not depend on the log); tksk.planning puts them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from tksk import fmt


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


def monthly_hours(awt: AWT) -> float:
    """The capacity every page compares work with: AWT ÷ 12, hours one TKSK has in a month."""
    return available_days(awt.working_days, awt.holidays, awt.annual_leave, awt.sick_leave,
                          awt.other_absence) * awt.hours_per_day / MONTHS_PER_YEAR


PRESETS: dict[str, tuple[AWT, str, str]] = {
    "abk_kes": (AWT(260, 12, 19, 5, 12, 5.25),
                "ASN, 5 hari kerja (ABK Kes Kemenkes): 260 − (12 + 19 + 5 + 12) = 212 hari × 5,25 jam = 1.113 jam",
                "Civil service, 5-day week (Kemenkes ABK Kes): 260 − (12 + 19 + 5 + 12) = 212 days × 5.25 h = 1,113 h"),
    "abk_kes_6": (AWT(312, 12, 19, 5, 12, 4.375),
                  "ASN, 6 hari kerja (ABK Kes): 312 − 48 = 264 hari × 4,375 jam = 1.155 jam",
                  "Civil service, 6-day week (ABK Kes): 312 − 48 = 264 days × 4.375 h = 1,155 h"),
    "tksk_paruh_waktu": (AWT(260, 12, 19, 5, 12, 3.0),
                         "TKSK paruh waktu: kalender ABK Kes (212 hari) × 3 jam efektif sehari = 636 jam. [Asumsi] TKSK "
                         "menerima tali asih, bukan gaji (Permensos 28/2018), dan umumnya punya pekerjaan lain: dianggap "
                         "sedikit di atas separuh hari kerja ASN.",
                         "Part-time TKSK: ABK Kes calendar (212 days) × 3 effective hours a day = 636 h. [Assumption] TKSK "
                         "receive an allowance, not a salary (Permensos 28/2018), and usually have other work: taken as a "
                         "little over half a civil servant's day."),
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
    per_kecamatan: bool  # one event for the kecamatan however many posts attend (counted once, not per post)
    driver: str  # what scales the estimate where logs are thin (a column of tksk.need.drivers)
    why_id: str
    why_en: str


_NO_NORM_ID = "tidak ada norma waktu terbit; bila log berisi jam, median log bisa dipilih."
_NO_NORM_EN = "no published time norm; where logs carry hours, the log median can be chosen."
STANDARDS: dict[str, Standard] = {s.key: s for s in [
    Standard("kunjungan", "Kunjungan rumah / asesmen", "Home visit / assessment", ("kunjungan_rumah", "penyaluran_bantuan"),
             2.0, True, False, "jumlah_kk",
             "[Asumsi] wawancara dan formulir asesmen satu keluarga di rumahnya; " + _NO_NORM_ID,
             "[Assumption] interview and assessment form with one family at home; " + _NO_NORM_EN),
    Standard("verifikasi", "Verifikasi DTKS/DTSEN", "DTKS/DTSEN verification", ("verifikasi_dtks",), 3.0, True, False,
             "jumlah_desa_kel",
             "[Asumsi] satu sesi verifikasi di desa (musdes atau beberapa rumah); " + _NO_NORM_ID,
             "[Assumption] one verification session in a desa (village meeting or several homes); " + _NO_NORM_EN),
    Standard("usulan", "Usulan DTKS / Rutilahu", "DTKS / Rutilahu proposal", ("usulan_dtks", "usulan_rutilahu"), 1.5, False,
             False, "penduduk_miskin",
             "[Asumsi] mengisi usulan di SIKS-NG dengan berkas pendukungnya; " + _NO_NORM_ID,
             "[Assumption] entering a proposal in SIKS-NG with its documents; " + _NO_NORM_EN),
    Standard("penyaluran", "Pendampingan penyaluran (Sembako, beras)", "Distribution assistance (Sembako, rice)",
             ("pendampingan_sembako", "pendampingan_beras"), 5.0, True, True, "jumlah_desa_kel",
             "[Asumsi] satu titik salur dari buka sampai berita acara, kira-kira setengah hari kerja; tidak ada sumber "
             "terbit tentang lamanya. Sekali per kecamatan: dua TKSK di titik yang sama tidak menggandakan kebutuhan.",
             "[Assumption] one distribution point from opening to the minutes, about half a working day; no published "
             "source gives its length. Once per kecamatan: two TKSK at the same point do not double the need."),
    Standard("rapat", "Koordinasi desa, PSKS, pendamping program", "Coordination with desa, PSKS, programme staff",
             ("rapat_desa", "rapat_psks", "rapat_program"), 2.0, True, False, "jumlah_desa_kel",
             "[Asumsi] satu pertemuan dengan pemerintah desa, PSKS atau pendamping program; " + _NO_NORM_ID,
             "[Assumption] one meeting with a village office, PSKS or programme staff; " + _NO_NORM_EN),
    Standard("rapat_kecamatan", "Rapat di kecamatan", "Meeting at the kecamatan", ("rapat_kecamatan",), 2.0, False, True,
             "kecamatan",
             "[Asumsi] rapat dengan camat atau Dinas di kantor kecamatan; sekali per kecamatan, berapa pun posnya; "
             + _NO_NORM_ID,
             "[Assumption] a meeting with the camat or the Dinas at the kecamatan office; once per kecamatan, however "
             "many posts; " + _NO_NORM_EN),
    Standard("rujukan", "Rujukan", "Referral", ("rujukan",), 4.0, True, False, "penduduk_miskin",
             "[Asumsi] mengantar atau mengurus satu rujukan ke rumah sakit, panti atau Dinas. Batas layanan 14 hari dalam "
             "prosedur sebuah Dinas adalah tenggat penyelesaian, bukan lama kerja, jadi bukan dasar angka ini.",
             "[Assumption] accompanying or arranging one referral to a hospital, shelter or the Dinas. A 14-day service "
             "limit in one Dinas's procedure is a deadline, not a working time, so it is not the basis of this figure."),
    Standard("bencana", "Asesmen bencana", "Disaster assessment", ("tanggap_bencana",), 6.0, True, False, "penduduk_kini",
             "[Asumsi] asesmen bersama Tagana, sebagian besar hari kerja; lamanya tergantung besar bencana; tidak ada "
             "sumber terbit.",
             "[Assumption] an assessment with Tagana, most of a working day; its length depends on the disaster; no "
             "published source."),
    Standard("laporan", "Laporan bulanan", "Monthly report", ("laporan_bulanan",), 4.0, False, True, "kecamatan",
             "[Asumsi] menyusun laporan bulanan kecamatan untuk Dinas dan camat; dihitung 12 setahun per kecamatan, "
             "terkirim atau tidak.",
             "[Assumption] compiling the kecamatan's monthly report for the Dinas and the camat; 12 a year per "
             "kecamatan, sent or not."),
]}


@dataclass(frozen=True)
class Travel:
    speed_kmh: float = 30.0  # motorbike on rural roads [assumption]
    road_factor: float = 1.4  # road distance ÷ straight-line distance [assumption]
    round_hours_per_desa: float = 0.5  # routine monthly look-in per desa, on top of travel [assumption]
    include_round: bool = True


# Which workload the requirement is computed from: the larger of the two per kecamatan, the need-based
# estimate, or the log.
BASES = ("maks", "kebutuhan", "log")


def _default_rates() -> dict[str, float]:
    # tksk.need reads STANDARDS from this module, so its rates are looked up when a Params is made.
    from tksk.need import RATES

    return {k: r.value for k, r in RATES.items()}


@dataclass(frozen=True)
class Params:
    awt: AWT = PRESETS[DEFAULT_PRESET][0]
    standards: dict[str, float] = field(default_factory=lambda: {k: s.hours for k, s in STANDARDS.items()})
    travel: Travel = Travel()
    cas: dict[str, float] = field(default_factory=lambda: {"Pelatihan dan pembinaan Dinas": 4.0,
                                                            "Perjalanan ke Dinas": 5.0})
    ias: dict[str, float] = field(default_factory=dict)  # kode_kec -> hours a year
    min_active_months: int = 6
    basis: str = "maks"
    # Standards whose hours are the log's median: logged hours include the trip, so no travel is added.
    from_log: tuple[str, ...] = ()
    rates: dict[str, float] = field(default_factory=_default_rates)  # need-based rates, tksk.need.RATES keys


def standard_workload(awt_hours, unit_hours):
    """SW = AWT ÷ unit time: how many units one worker can do in a year (numbers, or Series element-wise)."""
    if np.any(np.asarray(unit_hours, dtype=float) <= 0):
        raise ValueError("waktu per satuan harus lebih dari 0 / unit time must be above 0")
    return awt_hours / unit_hours


def caf(cas_percent: list[float] | dict[str, float]) -> float:
    """CAF = 1 ÷ (1 − ΣCAS ÷ 100); ΣCAS ≥ 100 % is refused."""
    # Values may be arrays (one per draw of the uncertainty analysis): every one must hold.
    total = sum(cas_percent.values() if isinstance(cas_percent, dict) else cas_percent)
    if np.any(np.asarray(total) >= 100):
        top = float(np.max(total))
        raise ValueError(f"jumlah CAS {top:g} % harus di bawah 100 % / the CAS total {top:g} % must be below 100 %")
    if np.any(np.asarray(total) < 0):
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


# A kecamatan's need is shown to two decimals: its whole posts and its band read from that figure, so that a need
# shown "1,00" (1,0032) is one post and "cukup", not two posts and "kurang" beside a ratio shown "1,00".
NEED_DECIMALS = 2


def as_shown(required):
    return np.asarray(fmt.rounded(np.asarray(required, dtype=float), NEED_DECIMALS))


def posts(required):
    """A kecamatan's whole posts for its fractional requirement as shown: rounded up (a post cannot be split), and
    never below one, the TKSK every kecamatan has under Permensos 28/2018 (settings that leave a kecamatan no work
    at all must not read as "needs no TKSK")."""
    return np.maximum(np.ceil(as_shown(required) - 1e-9), MIN_POSTS)


MIN_POSTS = 1.0


def yearly_allowance(n_posts, monthly_allowance: float):
    """The allowance (tali asih) of ``n_posts`` for a year."""
    return n_posts * monthly_allowance * MONTHS_PER_YEAR


# Bands that agree with the whole posts: a kecamatan is short exactly when it has fewer posts than its need
# rounded up, which for whole posts is when current ÷ need < 1.
PRESSURE_LABELS = {
    "sangat_berat": ("Sangat kurang (rasio < 0,5)", "Far too few (ratio < 0.5)"),
    "berat": ("Kurang (rasio 0,5–1): perlu pos tambahan", "Too few (ratio 0.5–1): needs another post"),
    "seimbang": ("Cukup: pos = kebutuhan dibulatkan ke atas", "Enough: posts = need rounded up"),
    "ringan": ("Lebih: pos di atas kebutuhan dibulatkan ke atas", "More than enough: posts above the need rounded up"),
    "kosong": ("Tidak ada TKSK", "No TKSK"),
}
PRESSURE_SHORT = {"sangat_berat": ("sangat kurang", "far too few"), "berat": ("kurang", "too few"),
                  "seimbang": ("cukup", "enough"), "ringan": ("lebih", "more than enough"), "kosong": ("tanpa TKSK", "no TKSK")}


def pressure(current: float, required: float) -> str:
    """The band of one kecamatan: no TKSK; ratio < 0,5; short of its whole posts; exactly its posts; more."""
    if current <= 0:
        return "kosong"
    required = float(as_shown(required))
    if current < required:
        return "sangat_berat" if current / required < 0.5 else "berat"
    return "seimbang" if current <= posts(required) else "ringan"


# ------------------------------------------------------------------ travel
def haversine_km(lat1, lng1, lat2, lng2):
    r = 6371.0088
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi, dl = p2 - p1, np.radians(np.asarray(lng2) - np.asarray(lng1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * r * np.arcsin(np.sqrt(a))


def desa_distance_km(kecamatan: pd.DataFrame, desa: pd.DataFrame) -> pd.Series:
    """Mean straight-line distance from each kecamatan's centre to its desa centroids."""
    centre = kecamatan.set_index("kode_kec")[["lat", "lng"]]
    d = desa.join(centre, on="kode_kec", rsuffix="_pusat")
    km = pd.Series(haversine_km(d["lat_pusat"], d["lng_pusat"], d["lat"], d["lng"]), index=d.index)
    return km.groupby(d["kode_kec"]).mean().rename("km")


def travel_hours(km, travel: Travel):
    """Round trip to the average desa: 2 × mean(distance) × road factor ÷ speed (per kecamatan)."""
    if np.any(np.asarray(travel.speed_kmh) <= 0):
        raise ValueError("kecepatan harus lebih dari 0 / speed must be above 0")
    return 2 * km * travel.road_factor / travel.speed_kmh


# ------------------------------------------------------------------ requirement per kecamatan
def requirement(units: dict[str, np.ndarray], desa_kel: np.ndarray, km: np.ndarray, ias: np.ndarray,
                params: Params) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(required staff, workload hours a year, round-trip hours) per kecamatan, on plain arrays (one entry per
    kecamatan, all in the same order): the WISN functions above, once for every kecamatan.

    Unit time of an in-desa activity = its standard + the kecamatan's round-trip travel time (not for a
    standard taken from the log, whose hours include the trip). The routine round, when counted, is one more
    activity: desa × 12 units a year of (round hours + travel). A kecamatan without a distance travels none.
    """
    awt_h = available_days(params.awt.working_days, params.awt.holidays, params.awt.annual_leave,
                           params.awt.sick_leave, params.awt.other_absence) * params.awt.hours_per_day
    if np.any(np.asarray(awt_h) <= 0):
        raise ValueError("waktu kerja tersedia harus lebih dari 0 / available working time must be above 0")
    t = np.nan_to_num(travel_hours(km, params.travel))
    units = dict(units)
    unit_hours = {key: params.standards[key] + (t if std.in_desa and key not in params.from_log else 0.0)
                  for key, std in STANDARDS.items()}
    if params.travel.include_round:
        units["kunjungan_rutin"] = desa_kel * MONTHS_PER_YEAR
        unit_hours["kunjungan_rutin"] = params.travel.round_hours_per_desa + t
    req = required_staff(units, unit_hours, awt_h, caf(params.cas), iaf(ias, awt_h))
    return req, sum(units[key] * unit_hours[key] for key in units), t


def plan(kecamatan: pd.DataFrame, desa: pd.DataFrame, workload: pd.DataFrame, current: pd.Series,
         params: Params, km: pd.Series | None = None, vacant: pd.Series | None = None) -> pd.DataFrame:
    """Required TKSK per kecamatan under WISN (``requirement``), with ratio, difference and band. ``km`` (mean
    distance to the desa) may be passed in when the same regency is planned many times. ``vacant``: posts that
    exist but stand vacant (``pos_kosong``, 0 where not given); ``current`` counts the filled posts only."""
    k = kecamatan.set_index("kode_kec")
    km = desa_distance_km(kecamatan, desa) if km is None else km
    wl = workload.reindex(k.index)
    units = {key: wl[key].to_numpy(dtype=float) for key in STANDARDS}
    req, hours, t = requirement(units, k["jumlah_desa_kel"].to_numpy(dtype=float), km.reindex(k.index).to_numpy(float),
                                ias_per_kecamatan(params, k.index), params)
    cur = current.reindex(k.index).fillna(0).to_numpy(dtype=float)
    empty = np.zeros(len(k)) if vacant is None else vacant.reindex(k.index).fillna(0).to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rat = np.where(req > 0, cur / np.where(req > 0, req, 1.0), np.nan)
    return pd.DataFrame({
        "kode_kec": k.index, "nama_kec": k["nama_kec"].to_numpy(), "tksk_sekarang": cur, "pos_kosong": empty,
        "jam_beban_setahun": hours, "jam_perjalanan": t, "wisn_perlu": req, "wisn_perlu_bulat": posts(req),
        "sumber_beban": wl["sumber_beban"].to_numpy(), "selisih": difference(cur, req), "rasio": rat,
        "tekanan": [pressure(c, r) for c, r in zip(cur, req)]})


def ias_per_kecamatan(params: Params, codes) -> np.ndarray:
    """The individual allowances (hours a year) of ``params`` for each of ``codes``, 0 where none."""
    return np.array([float(params.ias.get(c, 0.0)) for c in codes])


def totals(table: pd.DataFrame) -> dict:
    """Regency totals, each a plain sum of the table's column, so the headline and the table agree:

    need (fractional, Σ wisn_perlu) and whole posts (Σ of each kecamatan's need rounded up); TKSK to add where
    a kecamatan has fewer than its whole posts (``pos_tambah``), of which ``pos_isi`` fill posts that exist but
    stand vacant and ``pos_baru`` are posts to create (a vacant post refilled is not a new post); posts above
    the need elsewhere; the pooled ratio Σ current ÷ Σ need (fractional), and beside it the mean of kecamatan
    ratios, which published WISN studies also report.
    """
    cur = float(table["tksk_sekarang"].sum())
    req = float(table["wisn_perlu"].sum())
    whole = table["wisn_perlu_bulat"]
    short = (whole - table["tksk_sekarang"]).clip(lower=0)
    vacant = table["pos_kosong"] if "pos_kosong" in table else pd.Series(0.0, index=table.index)
    refill = int(np.minimum(short, vacant).sum())
    # Posts only the floor of one per kecamatan makes (a kecamatan of no workload): not rounding, and said apart.
    floor = int((whole - np.ceil(as_shown(table["wisn_perlu"]) - 1e-9)).clip(lower=0).sum())
    return {"sekarang": cur, "perlu": req, "perlu_bulat": int(whole.sum()), "selisih": cur - req,
            "pos_tambah": int(short.sum()), "pos_isi": refill, "pos_baru": int(short.sum()) - refill,
            "pos_kosong": int(vacant.sum()), "pos_minimum": floor,
            "pos_lebih": int((table["tksk_sekarang"] - whole).clip(lower=0).sum()),
            "rasio_gabungan": ratio(cur, req), "rasio_rata_rata": float(table["rasio"].mean())}
