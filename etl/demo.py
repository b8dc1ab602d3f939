"""The deterministic synthetic demo log and roster, shared by the app, the tests and the docs.

Everything here is invented and marked demo wherever it shows. Rhythms follow DOMAIN.md
("What they do, and how often"): Sembako rounds quarterly in 2023 and every two months in 2024,
rice food aid in Mar-May and Sep-Nov 2023 and Jan-Jun, Aug, Oct, Dec 2024, DTSEN verification
rounds twice a year, monthly reports, monthly kecamatan meetings, a few PPKS cases a month per
kecamatan. Volumes scale with families and village counts, and each kecamatan has its own level of
casework and of presence at Sembako points, so that the indicators tell kecamatan apart. Built in: a kecamatan whose TKSK reports late or not at all (Kandis), a post
vacant for six months (Rantau Panjang, Mar-Aug 2024), desa never visited, and second posts in the
three largest kecamatan (19 posts, as the 2024 Ogan Ilir meeting gathered 19 TKSK).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 20_230_101
START, END = pd.Timestamp("2023-01-01"), pd.Timestamp("2024-12-31")
LATE_KEC = "16.10.13"  # Kandis
VACANT_KEC = "16.10.11"  # Rantau Panjang
VACANT_FROM, VACANT_TO = pd.Timestamp("2024-03-01"), pd.Timestamp("2024-08-31")
SECOND_POST_KEC = ("16.10.02", "16.10.03", "16.10.05")  # Tanjung Batu, Tanjung Raja, Pemulutan
SEMBAKO_MONTHS = {2023: (3, 6, 9, 12), 2024: (2, 4, 6, 8, 10, 12)}
BERAS_MONTHS = {2023: (3, 4, 5, 9, 10, 11), 2024: (1, 2, 3, 4, 5, 6, 8, 10, 12)}
DTSEN_MONTHS = (2, 8)
FLOOD_MONTH = pd.Timestamp("2024-01-01")
# Each kecamatan's own level of PPKS casework and of presence at Sembako points: real TKSK differ, and a demo
# where every kecamatan does the same per family would give every kecamatan the same score on F1 and F3. Drawn
# from a generator of their own so that the log's other draws do not depend on them.
CASE_LEVEL = (0.6, 1.4)
SEMBAKO_SHARE = (0.10, 0.22)  # of the families: DOMAIN.md's ~325 KPM per 1.000 KK, about half assisted a round
PPKS_WEIGHTS = {"P19": 30, "P24": 18, "P04": 16, "P20": 12, "P02": 6, "P01": 3, "P14": 4, "P03": 4,
                "P18": 5, "P21": 2}


def post_id(kode_kec: str, n: int) -> str:
    return f"TKSK-{kode_kec.replace('.', '')}-{n}"


def make_roster(kecamatan: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for kode in sorted(kecamatan["kode_kec"]):
        main = post_id(kode, 1)
        if kode == VACANT_KEC:
            rows += [
                (main, kode, "aktif", START, VACANT_FROM - pd.Timedelta(days=1), "Demo: TKSK mengundurkan diri"),
                (main, kode, "kosong", VACANT_FROM, VACANT_TO, "Demo: pos lowong"),
                (main, kode, "aktif", VACANT_TO + pd.Timedelta(days=1), pd.NaT, "Demo: TKSK baru"),
            ]
        else:
            rows.append((main, kode, "aktif", START, pd.NaT, "Demo"))
        if kode in SECOND_POST_KEC:
            rows.append((post_id(kode, 2), kode, "aktif", pd.Timestamp("2023-07-01"), pd.NaT, "Demo: pos kedua"))
    df = pd.DataFrame(rows, columns=["id_pos", "kode_kec", "status", "tanggal_mulai", "tanggal_selesai", "keterangan"])
    df["tanggal_selesai"] = pd.to_datetime(df["tanggal_selesai"])
    return df


def _active(ros: pd.DataFrame, post: str, day: pd.Timestamp) -> bool:
    r = ros[(ros["id_pos"] == post) & (ros["tanggal_mulai"] <= day)
            & (ros["tanggal_selesai"].isna() | (ros["tanggal_selesai"] >= day))]
    return bool((r["status"] == "aktif").any())


def make_log(kecamatan: pd.DataFrame, desa: pd.DataFrame, ros: pd.DataFrame | None = None) -> pd.DataFrame:
    """The demo activity log: same rows on every run (fixed seed, fixed calendar)."""
    rng = np.random.default_rng(SEED)
    ros = make_roster(kecamatan) if ros is None else ros
    ppks_codes = list(PPKS_WEIGHTS)
    ppks_p = np.array(list(PPKS_WEIGHTS.values()), float)
    ppks_p /= ppks_p.sum()
    rows: list[dict] = []
    months = pd.date_range(START, END, freq="MS")
    traits = np.random.default_rng([SEED, 1])
    for kec in kecamatan.sort_values("kode_kec").itertuples(index=False):
        pool = desa.loc[desa["kode_kec"] == kec.kode_kec].sort_values("kode_desa")
        # Some desa are never reached: the remotest share of the list in larger kecamatan.
        n_unvisited = 0 if len(pool) < 12 else int(rng.integers(1, 4))
        reach = pool.iloc[: len(pool) - n_unvisited] if n_unvisited else pool
        desa_codes = reach["kode_desa"].to_numpy()
        weights = reach["jumlah_kk"].fillna(reach["jumlah_kk"].median()).to_numpy(float)
        weights = weights / weights.sum()
        kk_total = float(kec.jumlah_kk)
        posts = sorted(ros.loc[ros["kode_kec"] == kec.kode_kec, "id_pos"].unique())
        scale = kk_total / 7_700 / len(posts)  # 7.700 KK: the kabupaten's median kecamatan
        case_level = traits.uniform(*CASE_LEVEL)
        sembako_share = traits.uniform(*SEMBAKO_SHARE)
        for month in months:
            mid = month + pd.Timedelta(days=14)
            ndays = month.days_in_month
            for post in posts:
                if not _active(ros, post, mid):
                    continue

                def day():
                    return month + pd.Timedelta(days=int(rng.integers(0, ndays)))

                def pick_desa():
                    return str(rng.choice(desa_codes, p=weights))

                def add(activity, function, *, desa_code=None, program=None, ppks=None, people=None, hh=None,
                        hours=None, outcome=None, outcome_date=None, report_month=None, date=None, note=None):
                    rows.append({
                        "tanggal": date if date is not None else day(), "kode_kec": kec.kode_kec, "id_pos": post,
                        "fungsi": function, "jenis_kegiatan": activity, "program": program, "kategori_ppks": ppks,
                        "kode_desa": desa_code, "jumlah_orang": people, "jumlah_kk": hh, "jam": hours,
                        "hasil": outcome, "tanggal_hasil": outcome_date, "bulan_laporan": report_month,
                        "kendala": note,
                    })

                # Fasilitasi: home visits and assessments of PPKS cases, "a few cases a month per kecamatan"
                # (DOMAIN.md): about two visits and one referral a month in the median kecamatan.
                for _ in range(rng.poisson(2.0 * scale * case_level + 0.3)):
                    ppks = str(rng.choice(ppks_codes, p=ppks_p))
                    people = int(rng.integers(1, 5))
                    outcome = str(rng.choice(["selesai", "dirujuk", "menunggu"], p=[0.55, 0.3, 0.15]))
                    add("kunjungan_rumah", "fasilitasi", desa_code=pick_desa(), program="rehsos", ppks=ppks,
                        people=people, hh=1, hours=round(float(rng.uniform(1.5, 3.5)), 1), outcome=outcome)
                # Referrals, with outcomes that arrive 5 to 120 days later or not yet.
                for _ in range(rng.poisson(1.0 * scale * case_level + 0.1)):
                    d = day()
                    outcome = str(rng.choice(["bantuan_diterima", "menunggu", "ditolak"], p=[0.6, 0.25, 0.15]))
                    od = d + pd.Timedelta(days=int(rng.integers(5, 121))) if outcome != "menunggu" else None
                    if od is not None and od > END:
                        outcome, od = "menunggu", None
                    add("rujukan", "fasilitasi", desa_code=pick_desa(), program="rehsos",
                        ppks=str(rng.choice(ppks_codes, p=ppks_p)), people=1, hh=1,
                        hours=round(float(rng.uniform(2, 6)), 1), outcome=outcome, outcome_date=od, date=d)
                # Sembako (BPNT) distribution rounds: one session per cluster of desa.
                if month.month in SEMBAKO_MONTHS[month.year]:
                    sessions = max(2, int(round(len(desa_codes) / 4)))
                    kpm = kk_total * sembako_share / len(posts)
                    for _ in range(sessions):
                        hh = int(rng.poisson(kpm / sessions))
                        add("pendampingan_sembako", "fasilitasi", desa_code=pick_desa(), program="sembako",
                            people=hh, hh=hh, hours=round(float(rng.uniform(4, 7)), 1))
                if month.month in BERAS_MONTHS[month.year]:
                    for _ in range(max(1, int(round(len(desa_codes) / 6)))):
                        hh = int(rng.poisson(kk_total * 0.12 / len(posts) / 3))
                        add("pendampingan_beras", "fasilitasi", desa_code=pick_desa(), program="beras",
                            people=hh, hh=hh, hours=round(float(rng.uniform(3, 5)), 1))
                if rng.random() < 0.25:
                    n = int(rng.integers(2, 8))
                    add("penyaluran_bantuan", "fasilitasi", desa_code=pick_desa(), program="rehsos",
                        ppks=str(rng.choice(["P24", "P04"])), people=n, hh=n, hours=round(float(rng.uniform(2, 4)), 1))
                if month == FLOOD_MONTH and kec.kode_kec in ("16.10.05", "16.10.09", "16.10.10", "16.10.03"):
                    for _ in range(int(rng.integers(2, 5))):
                        n = int(rng.integers(10, 60))
                        add("tanggap_bencana", "fasilitasi", desa_code=pick_desa(), program="linjamsos", ppks="P16",
                            people=n * 4, hh=n, hours=round(float(rng.uniform(4, 8)), 1),
                            note="Banjir: akses jalan desa terputus")
                # Administrasi: DTSEN verification rounds and proposals.
                n_verif = rng.poisson(6 * scale + 2) if month.month in DTSEN_MONTHS else rng.poisson(0.8 * scale)
                for _ in range(n_verif):
                    n = int(rng.integers(3, 15))
                    add("verifikasi_dtks", "administrasi", desa_code=pick_desa(), program="dtsen", people=None, hh=n,
                        hours=round(float(rng.uniform(2, 5)), 1))
                for _ in range(rng.poisson(1.0 * scale + 0.5)):
                    n = int(rng.integers(1, 6))
                    add("usulan_dtks", "administrasi", desa_code=pick_desa(), program="dtsen", hh=n,
                        hours=round(float(rng.uniform(1, 2.5)), 1), outcome="menunggu")
                if month.month == 5:
                    add("usulan_rutilahu", "administrasi", desa_code=pick_desa(), program="rutilahu", ppks="P20",
                        hh=int(rng.integers(5, 16)), hours=round(float(rng.uniform(3, 6)), 1))
                # Koordinasi.
                for _ in range(rng.poisson(1.5 * scale + 0.5)):
                    add("rapat_desa", "koordinasi", desa_code=pick_desa(), program="umum",
                        hours=round(float(rng.uniform(1, 3)), 1))
                if rng.random() < 0.7:
                    add("rapat_psks", "koordinasi", desa_code=pick_desa(), program="pemberdayaan",
                        hours=round(float(rng.uniform(1.5, 3)), 1))
                add("rapat_kecamatan", "koordinasi", program="umum", hours=round(float(rng.uniform(2, 4)), 1))
                if month.month in (1, 7) or rng.random() < 0.08:
                    add("rapat_program", "koordinasi", program="pkh", hours=round(float(rng.uniform(2, 3)), 1))
                # The monthly report: due in the first days of the next month; Kandis late or missing.
                nxt = month + pd.offsets.MonthBegin(1)
                if kec.kode_kec == LATE_KEC:
                    if rng.random() < 0.35:
                        continue
                    sent = nxt + pd.Timedelta(days=int(rng.integers(12, 40)))
                else:
                    sent = nxt + pd.Timedelta(days=int(rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 12], p=[.1, .15, .2, .2, .15, .1, .05, .03, .02])))
                if sent <= END + pd.Timedelta(days=45):
                    add("laporan_bulanan", "administrasi", hours=2.0, report_month=month.strftime("%Y-%m"),
                        date=sent)
    df = pd.DataFrame(rows)
    # Typing slips a clerk makes, for the data-quality page to catch as outliers.
    visits = df.index[df["jenis_kegiatan"] == "kunjungan_rumah"]
    slips = rng.choice(visits, size=3, replace=False)
    df.loc[slips[0], "jam"] = 20.0
    df.loc[slips[1], "jumlah_orang"] = 300
    df.loc[slips[2], "jam"] = 15.0
    # The late reporter also leaves hours blank in about a quarter of its rows.
    late_rows = df.index[(df["kode_kec"] == LATE_KEC) & (df["jenis_kegiatan"] != "laporan_bulanan")]
    df.loc[rng.choice(late_rows, size=len(late_rows) // 4, replace=False), "jam"] = np.nan
    df["tanggal"] = pd.to_datetime(df["tanggal"])
    df["tanggal_hasil"] = pd.to_datetime(df["tanggal_hasil"])
    df = df.sort_values(["kode_kec", "tanggal", "id_pos", "jenis_kegiatan"], kind="stable").reset_index(drop=True)
    df.insert(0, "id_log", [f"DEMO-{k.replace('.', '')}-{i:06d}" for i, k in enumerate(df["kode_kec"], start=1)])
    for c in ("jumlah_orang", "jumlah_kk", "jam"):
        df[c] = df[c].astype("float64")
    return df
