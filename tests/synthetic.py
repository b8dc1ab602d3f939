"""A synthetic reference folder with two regencies, to show nothing assumes Ogan Ilir's 16 kecamatan.

Same file names and columns as the real reference folder (they are the ETL's input contract);
square desa polygons on a grid; made-up figures, never shown as real ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from shapely.geometry import box, mapping
from shapely.ops import unary_union

REGENCIES = {"99.01": ("Kabupaten Contoh Satu", 3), "99.02": ("Kabupaten Contoh Dua", 2)}
DESA_PER_KEC = 4


def write(folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    wil, feats, kec_feats, pop_desa, podes = [], [], [], [], []
    kec_pop, kab_pop, pov = [], [], []
    x0 = 100.0
    for kab, (kab_name, n_kec) in REGENCIES.items():
        wil.append({"kode": kab, "tingkat": "kabupaten", "nama": kab_name, "kode_kab": kab, "kode_kec": None,
                    "nama_kec": None, "kode_bps": kab.replace(".", ""), "nama_bps": kab_name.upper(), "cocok_kode_bps": None,
                    "lat": -3.0, "lng": x0})
        total = 0
        for k in range(1, n_kec + 1):
            kec = f"{kab}.{k:02d}"
            kname = f"Kecamatan {kab[-1]}{k}"
            wil.append({"kode": kec, "tingkat": "kecamatan", "nama": kname, "kode_kab": kab, "kode_kec": kec,
                        "nama_kec": kname, "kode_bps": kec.replace(".", "") + "0", "nama_bps": kname.upper(),
                        "cocok_kode_bps": "nama_identik", "lat": -3.0, "lng": x0})
            squares = []
            for d in range(DESA_PER_KEC):
                jenis = "kelurahan" if d == 0 else "desa"
                code = f"{kec}.{1 if d == 0 else 2}{d:03d}"
                geom = box(x0 + 0.05 * d, -3.0, x0 + 0.05 * (d + 1), -2.95)
                squares.append(geom)
                c = geom.centroid
                wil.append({"kode": code, "tingkat": jenis, "nama": f"Desa {code}", "kode_kab": kab, "kode_kec": kec,
                            "nama_kec": kname, "kode_bps": code.replace(".", ""), "nama_bps": f"DESA {code}",
                            "cocok_kode_bps": "nama_identik", "lat": c.y, "lng": c.x})
                feats.append({"type": "Feature", "geometry": mapping(geom), "properties": {
                    "kode_desa": code, "nama_desa": f"Desa {code}", "jenis": jenis, "kode_kec": kec, "nama_kec": kname,
                    "luas_km2_hitung": 30.0, "centroid_lat_sumber": c.y, "centroid_lng_sumber": c.x}})
                p = 1000 + 100 * d + 10 * k
                total += p
                pop_desa.append({"kode_desa": code, "kode_kec": kec, "penduduk": p})
                podes.append({"kode_desa": code, "kode_kec": kec, "jumlah_kk_podes2021": p // 4})
            kec_feats.append({"type": "Feature", "geometry": mapping(unary_union(squares)),
                              "properties": {"kode_kec": kec, "nama_kec": kname, "luas_km2_hitung": 120.0}})
            kec_pop.append({"kode_kec": kec, "nama_kec": kname, "tahun": 2010, "penduduk": None, "luas_km2": None,
                            "jumlah_desa": DESA_PER_KEC - 1, "jumlah_kelurahan": 1, "jenis_angka": "jumlah_wilayah",
                            "sumber": "sintetis", "sumber_url": None, "catatan": None})
            x0 += 0.25
        kab_pop.append({"kode_wilayah": kab, "nama_wilayah": kab_name, "tahun": 2025, "penduduk": total * 1.2,
                        "jenis_angka": "sintetis", "sumber": "sintetis", "sumber_url": None, "catatan": None})
        for year in (2023, 2024):
            for ind, v in (("penduduk_miskin_ribu", 5.5), ("p0_persen", 11.0)):
                pov.append({"kode_wilayah": kab, "nama_wilayah": kab_name, "tingkat": "kabupaten", "tahun": year,
                            "periode": "Maret", ind: v, "presisi": "sesuai_sumber",
                            "sumber": 'BPS, tabel sintetis', "sumber_url": None, "catatan": None})
    pd.DataFrame(wil).to_csv(folder / "ogan_ilir_wilayah.csv", index=False)
    for name, fs in (("ogan_ilir_desa.geojson", feats), ("ogan_ilir_kecamatan_dari_desa.geojson", kec_feats)):
        (folder / name).write_text(json.dumps({"type": "FeatureCollection", "features": fs}))
    pd.DataFrame(pop_desa).to_csv(folder / "ogan_ilir_penduduk_desa.csv", index=False)
    pd.DataFrame(podes).to_csv(folder / "ogan_ilir_podes2021_desa.csv", index=False)
    pd.DataFrame(kec_pop).to_csv(folder / "ogan_ilir_penduduk_kecamatan.csv", index=False)
    pd.DataFrame(kab_pop).to_csv(folder / "ogan_ilir_penduduk_kabupaten.csv", index=False)
    cols = ["kode_wilayah", "nama_wilayah", "tingkat", "tahun", "periode", "penduduk_miskin_ribu", "p0_persen", "p1", "p2",
            "garis_kemiskinan_rp", "jumlah_penduduk", "presisi", "sumber", "sumber_url", "catatan"]
    pd.DataFrame(pov).reindex(columns=cols).to_csv(folder / "sumsel_kemiskinan.csv", index=False)
    pd.DataFrame([{"kode_wilayah": k, "nama_wilayah": v[0], "tingkat": "kabupaten", "luas_km2": 500.0, "penduduk_laki": 1,
                   "penduduk_perempuan": 1, "penduduk_total": 2} for k, v in REGENCIES.items()]).to_csv(
        folder / "sumsel_kabupaten_referensi.csv", index=False)
    return {"kecamatan": sum(n for _, n in REGENCIES.values())}
