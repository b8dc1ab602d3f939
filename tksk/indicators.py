"""Performance indicators of a TKSK under the three Permensos 28/2018 functions.

Every indicator is a ratio ``numerator / denominator`` computed per unit (a kecamatan, or the
whole regency pooled: Σ numerators / Σ denominators), scored 0-100 against an editable target:

    score = min(100, 100 × value / target)

A function's score is the mean of its indicators' scores (indicators without a value are left
out); the composite is the weighted mean of the three function scores. A unit with no active
TKSK post in the period has no value and no score (it is vacant, not zero).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from tksk import vocab
from tksk.metrics import DEADLINE_DAY, in_period, report_grid

FUNCTIONS = ("koordinasi", "fasilitasi", "administrasi")


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


INDICATORS: dict[str, Indicator] = {i.key: i for i in [
    Indicator("K1", "koordinasi", "Pertemuan koordinasi per bulan", "Coordination meetings per month", "/bulan", 4,
              "kegiatan fungsi koordinasi ÷ bulan-pos aktif",
              "coordination activities ÷ active post-months",
              "Sebulan sekali rapat di kecamatan, pembinaan PSKS, dan dua kontak desa (ritme di DOMAIN.md).",
              "A monthly kecamatan meeting, PSKS guidance and two desa contacts (rhythm in DOMAIN.md)."),
    Indicator("K2", "koordinasi", "Desa dengan kontak koordinasi (%)", "Desa with a coordination contact (%)", "%", 80,
              "desa dengan ≥ 1 kegiatan koordinasi dalam periode ÷ jumlah desa/kelurahan × 100",
              "desa with ≥ 1 coordination activity in the period ÷ desa/kelurahan × 100",
              "Koordinasi dengan pemerintah desa adalah fungsi pertama TKSK; 80 % memberi ruang desa yang sangat kecil.",
              "Coordination with village offices is the first TKSK function; 80 % leaves room for very small desa."),
    Indicator("K3", "koordinasi", "Jenis mitra yang ditemui", "Kinds of partner met", "dari 4", 4,
              "jumlah jenis mitra berbeda (desa, PSKS, pendamping program, camat/Dinas) yang ditemui dalam periode",
              "distinct kinds of partner (desa, PSKS, programme staff, camat/Dinas) met in the period",
              "Permensos 28/2018 meminta koordinasi dengan desa, PSKS dan pendamping program; keempatnya diharapkan.",
              "Permensos 28/2018 asks for coordination with desa, PSKS and programme staff; all four are expected.", 0),
    Indicator("F1", "fasilitasi", "Kasus PPKS per bulan per 1.000 KK", "PPKS cases per month per 1,000 families", "", 0.5,
              "kegiatan fasilitasi berkategori PPKS ÷ (KK PODES 2021 ÷ 1.000 × bulan dengan TKSK aktif)",
              "facilitation activities with a PPKS category ÷ (PODES 2021 families ÷ 1,000 × months with an active TKSK)",
              "DOMAIN.md: beberapa kasus sebulan per kecamatan; 3-4 kasus untuk kecamatan median 7.700 KK ≈ 0,5.",
              "DOMAIN.md: a few cases a month per kecamatan; 3-4 cases in the median kecamatan of 7,700 families ≈ 0.5.", 2),
    Indicator("F2", "fasilitasi", "Rujukan berbuah bantuan ≤ 90 hari (%)", "Referrals leading to aid within 90 days (%)", "%", 60,
              "rujukan dengan bantuan diterima dalam 90 hari ÷ rujukan yang hasilnya sudah diketahui pada akhir periode × 100. "
              "Diketahui: bantuan atau penolakan bertanggal paling lambat akhir periode, atau 90 hari lewat tanpa bantuan "
              "(gagal). Yang lain masih menunggu dan tidak dihitung",
              "referrals with aid received within 90 days ÷ referrals whose result was known at the end of the period × "
              "100. Known: aid or a rejection dated by the period's end, or 90 days passed without aid (a failure). The "
              "others are pending and not counted",
              "Sasaran layanan rujukan 14 hari (Boyolali, DOMAIN.md) untuk rujukan; bantuan butuh proses Dinas, jadi 60 % "
              "dalam 90 hari adalah sasaran awal yang perlu disepakati Dinas.",
              "A 14-day referral service target exists (Boyolali, DOMAIN.md); aid needs the Dinas' process, so 60 % within "
              "90 days is a starting target for the Dinas to agree."),
    Indicator("F3", "fasilitasi", "Orang didampingi per putaran BPNT/Sembako per 1.000 KK",
              "People assisted per BPNT/Sembako round per 1,000 families", "", 150,
              "orang dilayani pada pendampingan penyaluran Sembako ÷ (KK ÷ 1.000 × bulan putaran kabupaten dengan "
              "TKSK aktif)",
              "people served at Sembako distribution assistance ÷ (families ÷ 1,000 × regency round months with an "
              "active TKSK)",
              "Sekitar 15 % keluarga adalah KPM Sembako [perkiraan]; TKSK memeriksa 6T di setiap putaran (DOMAIN.md).",
              "About 15 % of families are Sembako KPM [inferred]; the TKSK checks the '6T' at every round (DOMAIN.md).", 0),
    Indicator("F4", "fasilitasi", "Desa terjangkau fasilitasi (%)", "Desa reached by facilitation (%)", "%", 90,
              "desa dengan ≥ 1 kegiatan fasilitasi dalam periode ÷ jumlah desa/kelurahan × 100",
              "desa with ≥ 1 facilitation activity in the period ÷ desa/kelurahan × 100",
              "Layanan harus sampai ke desa, bukan hanya ke desa dekat kantor kecamatan.",
              "Service must reach the desa, not only those near the kecamatan office."),
    Indicator("A1", "administrasi", "Laporan bulanan diterima (%)", "Monthly reports received (%)", "%", 100,
              "laporan diterima ÷ laporan diharapkan (pos aktif × bulan) × 100",
              "reports received ÷ reports expected (active posts × months) × 100",
              "Laporan bulanan adalah tugas rutin TKSK kepada Dinas (DOMAIN.md).",
              "The monthly report is a routine duty to the Dinas (DOMAIN.md)."),
    Indicator("A2", "administrasi", "Laporan tepat waktu (%)", "Reports on time (%)", "%", 100,
              "laporan diterima paling lambat tanggal batas bulan berikutnya ÷ laporan diharapkan × 100",
              "reports received by the deadline day of the next month ÷ reports expected × 100",
              "Dinas merekap laporan untuk Kemensos setiap bulan; batas tanggal adalah setelan.",
              "The Dinas compiles reports for Kemensos monthly; the deadline day is a setting."),
    Indicator("A3", "administrasi", "Verifikasi dan usulan DTKS per bulan", "DTKS verifications and proposals per month", "/bulan", 3,
              "kegiatan verifikasi_dtks + usulan_dtks ÷ bulan-pos aktif",
              "verifikasi_dtks + usulan_dtks activities ÷ active post-months",
              "Pemutakhiran DTKS/DTSEN minimal dua kali setahun dengan usulan sepanjang tahun (DOMAIN.md).",
              "DTKS/DTSEN updates at least twice a year with proposals all year round (DOMAIN.md)."),
    Indicator("A4", "administrasi", "Baris log lengkap (%)", "Complete log rows (%)", "%", 95,
              "baris log dengan semua isian yang diperlukan jenis kegiatannya ÷ semua baris × 100",
              "log rows with every field their activity type needs ÷ all rows × 100",
              "Indikator lain hanya sebaik isian log.", "Every other indicator is only as good as the log's entries."),
]}

DEFAULT_WEIGHTS = {"koordinasi": 1 / 3, "fasilitasi": 1 / 3, "administrasi": 1 / 3}
TRAFFIC = ((80, "hijau"), (60, "kuning"), (0, "merah"))


@dataclass
class Settings:
    targets: dict[str, float] = field(default_factory=lambda: {k: i.target for k, i in INDICATORS.items()})
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    deadline_day: int = DEADLINE_DAY


def _units(codes: pd.Series, pooled: bool) -> pd.Series:
    return pd.Series("kabupaten", index=codes.index) if pooled else codes


PARTNER_COLUMNS = [f"mitra_{kind}" for kind in vocab.PARTNERS]


def _activity(tables: dict[str, pd.DataFrame], start, end, by_month: bool) -> tuple[pd.DataFrame, set]:
    """Per kecamatan (and month) in the period: coordination activities, PPKS cases, people at Sembako rounds,
    DTKS work, kinds of partner met and desa reached by coordination and by facilitation; and the Sembako
    round months.

    Everything comes from the small monthly table agg_kec_bulan, except the desa reached over a whole period
    (a desa reached in two months counts once), which agg_desa_bulan gives.
    """
    a = in_period(tables["agg_kec_bulan"], start, end)
    keys = [a["kode_kec"].astype("str")] + ([a["bulan"]] if by_month else [])
    figures = ["koordinasi", "kasus_ppks", "orang_sembako", "dtks", *PARTNER_COLUMNS]
    if by_month:
        figures += ["desa_koordinasi", "desa_fasilitasi"]
    out = a[figures].groupby(keys).sum()
    out["mitra"] = (out[PARTNER_COLUMNS] > 0).sum(axis=1)
    out = out.drop(columns=PARTNER_COLUMNS).rename(columns={"kasus_ppks": "kasus"})
    if not by_month:
        out = out.join(_desa_reached(in_period(tables["agg_desa_bulan"], start, end)), how="outer")
    # A round is a month in which Sembako was distributed anywhere in the area.
    rounds = set(a.loc[a["sembako"] > 0, "bulan"].unique())
    return out.astype(float), rounds


def _desa_reached(ad: pd.DataFrame) -> pd.DataFrame:
    """Distinct desa with a coordination, and with a facilitation, activity per kecamatan."""
    part = ad.loc[ad["fungsi"].isin(["koordinasi", "fasilitasi"]), ["kode_kec", "fungsi", "kode_desa"]].drop_duplicates()
    counts = part.groupby([part["kode_kec"].astype("str"), part["fungsi"].astype("str")]).size().unstack("fungsi")
    counts = counts.reindex(columns=["koordinasi", "fasilitasi"])
    counts.columns = ["desa_koordinasi", "desa_fasilitasi"]
    return counts


def components(tables: dict[str, pd.DataFrame], start, end, deadline_day: int = DEADLINE_DAY, pooled: bool = False) -> pd.DataFrame:
    """Numerators and denominators of every indicator per unit (kecamatan, or the pooled regency).

    ``tables`` holds the store tables kecamatan, pos_bulan, agg_kec_bulan, agg_desa_bulan, laporan,
    rujukan and kelengkapan_log.
    """
    kec = tables["kecamatan"].set_index("kode_kec")
    unit_of = _units(pd.Series(kec.index, index=kec.index), pooled)
    pb = in_period(tables["pos_bulan"], start, end)
    months = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS")

    per = pd.DataFrame(index=kec.index)
    per["bulan_pos"] = pb.groupby("kode_kec")["pos_aktif"].sum()
    per["bulan_aktif"] = pb.loc[pb["pos_aktif"] > 0].groupby("kode_kec")["bulan"].nunique()
    per["desa_total"] = kec["jumlah_desa_kel"]
    per["kk"] = kec["jumlah_kk"]
    activity, rounds = _activity(tables, start, end, by_month=False)
    per = per.join(activity)
    # A TKSK who assisted at none of the area's Sembako rounds still had the round to attend.
    active_round = pb.loc[(pb["pos_aktif"] > 0) & pb["bulan"].isin(rounds)]
    per["bulan_putaran"] = active_round.groupby("kode_kec")["bulan"].nunique()
    kl = in_period(tables["kelengkapan_log"], start, end).groupby("kode_kec")[["baris", "baris_lengkap"]].sum()
    per["baris"], per["baris_lengkap"] = kl["baris"], kl["baris_lengkap"]
    grid = report_grid(tables["laporan"], tables["pos_bulan"], start, end, deadline_day)
    rg = grid.groupby("kode_kec")[["diharapkan", "diterima", "tepat_waktu"]].sum()
    per = per.join(rg)
    # Referrals made in the period, judged at the end of its last month with what was known then: one whose
    # result came later (aid or rejection after the period, or 90 days not yet run out) is pending, not counted.
    ru = in_period(tables["rujukan"], start, end)
    ru = ru.loc[ru["bulan_diketahui"] <= (months[-1] if len(months) else pd.Timestamp(end))]
    per["rujukan_dinilai"] = ru.groupby("kode_kec")["rujukan"].sum()
    per["rujukan_90"] = ru.groupby("kode_kec")["bantuan_90"].sum()
    per = per.fillna(0)
    # Thousands of family-months: denominators that add up correctly when kecamatan are pooled.
    per["ribu_kk_bulan"] = per["kk"] / 1000 * per["bulan_aktif"]
    per["ribu_kk_putaran"] = per["kk"] / 1000 * per["bulan_putaran"]
    per["unit"] = unit_of
    sums = per.groupby("unit").sum(numeric_only=True)
    if pooled:
        # Partner kinds do not add up: the regency figure is the mean over staffed kecamatan.
        sums["mitra"] = per.loc[per["bulan_pos"] > 0, "mitra"].mean()
    return sums


def values(comp: pd.DataFrame) -> pd.DataFrame:
    """Indicator values from their components; a unit with no active post gets none."""
    def div(a, b, k=1.0):
        return (k * comp[a] / comp[b].where(comp[b] > 0)).astype(float)

    v = pd.DataFrame(index=comp.index)
    v["K1"] = div("koordinasi", "bulan_pos")
    v["K2"] = div("desa_koordinasi", "desa_total", 100)
    v["K3"] = comp["mitra"].astype(float)
    v["F1"] = div("kasus", "ribu_kk_bulan")
    v["F2"] = div("rujukan_90", "rujukan_dinilai", 100)
    v["F3"] = div("orang_sembako", "ribu_kk_putaran")
    v["F4"] = div("desa_fasilitasi", "desa_total", 100)
    v["A1"] = div("diterima", "diharapkan", 100)
    v["A2"] = div("tepat_waktu", "diharapkan", 100)
    v["A3"] = div("dtks", "bulan_pos")
    v["A4"] = div("baris_lengkap", "baris", 100)
    vacant = comp["bulan_pos"] <= 0
    v.loc[vacant, :] = np.nan
    v["kosong"] = vacant
    return v


def scores(vals: pd.DataFrame, settings: Settings | None = None) -> pd.DataFrame:
    """0-100 per indicator, per function (mean) and composite (weighted mean), plus a traffic light."""
    settings = settings or Settings()
    out = pd.DataFrame(index=vals.index)
    for key in INDICATORS:
        target = float(settings.targets[key])
        if target <= 0:
            raise ValueError(f"target {key} harus lebih dari 0 / must be above 0")
        out[key] = (100 * vals[key] / target).clip(upper=100, lower=0)
    for f in FUNCTIONS:
        keys = [k for k, i in INDICATORS.items() if i.function == f]
        out[f] = out[keys].mean(axis=1, skipna=True)
    w = pd.Series(settings.weights, dtype=float)
    if w.sum() <= 0:
        raise ValueError("jumlah bobot harus lebih dari 0 / weights must add up to more than 0")
    w = w / w.sum()
    out["komposit"] = sum(out[f] * w[f] for f in FUNCTIONS)
    out.loc[vals["kosong"], :] = np.nan
    out["status"] = [traffic_light(x) for x in out["komposit"]]
    return out


def traffic_light(score: float) -> str:
    if score is None or np.isnan(score):
        return "kosong"
    return next(name for bound, name in TRAFFIC if score >= bound)


def scorecard(tables: dict, start, end, settings: Settings | None = None) -> pd.DataFrame:
    """One row per kecamatan: indicator values, scores, function scores, composite, status, rank."""
    settings = settings or Settings()
    comp = components(tables, start, end, settings.deadline_day)
    vals = values(comp)
    sc = scores(vals, settings)
    names = tables["kecamatan"].set_index("kode_kec")["nama_kec"]
    out = sc[["koordinasi", "fasilitasi", "administrasi", "komposit", "status"]].copy()
    out.insert(0, "nama_kec", names)
    out["peringkat"] = out["komposit"].rank(ascending=False, method="min")
    vals_renamed = vals.drop(columns="kosong").add_prefix("nilai_")
    scores_renamed = sc[list(INDICATORS)].add_prefix("skor_")
    return out.join(vals_renamed).join(scores_renamed).rename_axis("kode_kec").reset_index()


def components_by_month(tables: dict[str, pd.DataFrame], start, end, deadline_day: int = DEADLINE_DAY) -> pd.DataFrame:
    """The components of ``components`` for every kecamatan and month at once (index kode_kec, bulan).

    Every column adds up across kecamatan (a desa belongs to one kecamatan), so the regency's monthly
    figures are plain sums, except ``mitra`` (kinds of partner), which is averaged over staffed kecamatan.
    A referral is judged at the end of its own month: only decided ones count there.
    """
    kec = tables["kecamatan"].set_index("kode_kec")
    pb = in_period(tables["pos_bulan"], start, end).set_index(["kode_kec", "bulan"])
    base = pd.DataFrame(index=pb.index)
    base["bulan_pos"] = pb["pos_aktif"]
    base["bulan_aktif"] = (pb["pos_aktif"] > 0).astype(int)
    codes = base.index.get_level_values("kode_kec")
    base["desa_total"] = kec["jumlah_desa_kel"].reindex(codes).to_numpy()
    base["kk"] = kec["jumlah_kk"].reindex(codes).to_numpy()
    keys = ["kode_kec", "bulan"]
    activity, rounds = _activity(tables, start, end, by_month=True)
    base = base.join(activity)
    base["bulan_putaran"] = ((pb["pos_aktif"] > 0) & pb.index.get_level_values("bulan").isin(rounds)).astype(int)
    kl = in_period(tables["kelengkapan_log"], start, end).set_index(keys)
    base["baris"], base["baris_lengkap"] = kl["baris"], kl["baris_lengkap"]
    rg = report_grid(tables["laporan"], tables["pos_bulan"], start, end, deadline_day).set_index(keys)
    for c in ("diharapkan", "diterima", "tepat_waktu"):
        base[c] = rg[c]
    # Judged at the end of its own month: only the referrals whose result was known within that month.
    ru = in_period(tables["rujukan"], start, end)
    ru = ru.loc[ru["bulan_diketahui"] <= ru["bulan"]]
    ru = ru.groupby([ru["kode_kec"].astype("str"), ru["bulan"]])[["rujukan", "bantuan_90"]].sum()
    base["rujukan_dinilai"] = ru["rujukan"]
    base["rujukan_90"] = ru["bantuan_90"]
    base = base.fillna(0)
    base["ribu_kk_bulan"] = base["kk"] / 1000 * base["bulan_aktif"]
    base["ribu_kk_putaran"] = base["kk"] / 1000 * base["bulan_putaran"]
    return base


def monthly(tables: dict, start, end, settings: Settings | None = None, kode_kec: str | None = None) -> pd.DataFrame:
    """Indicator values month by month, for one kecamatan or the pooled regency (one pass over the tables)."""
    settings = settings or Settings()
    comp = components_by_month(tables, start, end, settings.deadline_day)
    if kode_kec is not None:
        per_month = comp.xs(kode_kec, level="kode_kec")
    else:
        per_month = comp.groupby(level="bulan").sum()
        staffed = comp.loc[comp["bulan_pos"] > 0, "mitra"]
        per_month["mitra"] = staffed.groupby(level="bulan").mean().reindex(per_month.index)
    v = values(per_month)
    months = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS")
    v = v.reindex(months)
    v["kosong"] = v["kosong"].fillna(True).astype(bool)
    return v.rename_axis("bulan").reset_index()[["bulan", *INDICATORS, "kosong"]]


def contributions(card_row: pd.Series, settings: Settings | None = None) -> pd.DataFrame:
    """What lifts or lowers one TKSK's composite: each indicator's score and the points it costs.

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
            rows.append({"indikator": k, "fungsi": f, "nilai": card_row[f"nilai_{k}"], "target": settings.targets[k],
                         "skor": s, "poin_hilang": lost})
    return pd.DataFrame(rows).sort_values("poin_hilang", ascending=False, na_position="last").reset_index(drop=True)


def with_targets(settings: Settings, **targets) -> Settings:
    return replace(settings, targets={**settings.targets, **targets})

