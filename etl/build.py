"""Build the whole store from the reference folder and the imported (or demo) logs.

Everything is written to a temporary build folder; only when every table has passed its schema
is the folder renamed and CURRENT switched to it. A failure at any step leaves the previous
store as it was. A build holds the store's lock (etl.writer), so no import runs meanwhile, and is
recorded in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import geopandas as gpd
import pandas as pd

from etl import aggregate, demo
from etl.assemble import (import_names, imported_logs, link_tree, load_kebutuhan, load_roster, log_tables, prepare,
                          prepare_refresh, say, validate_tables, with_kebutuhan_origin, with_log_origin)
from etl.estimate import ESTIMATE_ORIGIN, kecamatan_estimate
from etl.sources import (DEFAULT_SOURCE, all_origins, batas, check_source_dir, kemiskinan, penduduk, podes,
                         referensi_kabupaten, sha256, waruwu, wilayah)
from etl.writer import record, writing
from tksk import audit, schema
from tksk.problems import InputRejected, problem
from tksk.store import STORE_FORMAT, StoreMissing, current_build, new_build_dir, prune, read_manifest, store_dir, swap_in



# ------------------------------------------------------------------ reference tables
def reference_tables(source: Path, quiet: bool = False) -> dict:
    """Every reference table of the store, typed; raises InputRejected naming what is wrong."""
    check_source_dir(source)
    say("[1/6] Membaca kode wilayah Kemendagri / reading Kemendagri codes", quiet)
    wil = wilayah.load(source)
    kab_names = dict(zip(wil.loc[wil["tingkat"] == "kabupaten", "kode"], wil.loc[wil["tingkat"] == "kabupaten", "nama"]))
    kec_rows = wil.loc[wil["tingkat"] == "kecamatan"]
    desa_rows = wil.loc[wil["tingkat"].isin(["desa", "kelurahan"])]

    say("[2/6] Membaca batas desa dan kecamatan / reading boundaries", quiet)
    g_desa = batas.load_desa(source)
    g_kec = batas.load_kecamatan(source)
    _check_layer(g_kec, "kode_kec", set(kec_rows["kode"]), batas.KEC_FILE)
    _check_layer(g_desa, "kode_desa", set(desa_rows["kode"]), batas.DESA_FILE)

    say("[3/6] Membaca penduduk dan PODES / reading population and PODES", quiet)
    pdes = penduduk.load_desa(source)
    kk = podes.load(source)
    pop = penduduk.load(source)

    desa = desa_rows[["kode", "nama", "tingkat", "kode_kec", "nama_kec", "kode_bps"]].rename(
        columns={"kode": "kode_desa", "nama": "nama_desa", "tingkat": "jenis", "kode_bps": "kode_bps_desa"})
    desa = desa.merge(g_desa[["kode_desa", "centroid_lat_sumber", "centroid_lng_sumber", "luas_km2_hitung"]], on="kode_desa", how="left")
    desa = desa.rename(columns={"centroid_lat_sumber": "lat", "centroid_lng_sumber": "lng", "luas_km2_hitung": "luas_km2"})
    desa = desa.merge(kk[["kode_desa", "jumlah_kk"]], on="kode_desa", how="left")
    desa = desa.merge(pdes[["kode_desa", "penduduk_2010"]], on="kode_desa", how="left")

    counts = desa.groupby("kode_kec").agg(
        jumlah_desa=("jenis", lambda s: int((s == "desa").sum())),
        jumlah_kelurahan=("jenis", lambda s: int((s == "kelurahan").sum())),
        jumlah_kk=("jumlah_kk", lambda s: s.sum(min_count=len(s))),
        penduduk_2010=("penduduk_2010", lambda s: s.sum(min_count=len(s))),
    ).reset_index()
    counts["jumlah_desa_kel"] = counts["jumlah_desa"] + counts["jumlah_kelurahan"]
    est, est_year, est_total, method = kecamatan_estimate(counts[["kode_kec", "penduduk_2010"]], pop.loc[pop["tingkat"] == "kabupaten"])
    unknown = sorted(est.loc[est["penduduk_kini"].isna(), "kode_kec"])
    if unknown:
        say(f"      tanpa penduduk SP2010, tanpa perkiraan penduduk / no 2010 population, no estimate: {', '.join(unknown)}", quiet)
    reps = g_kec.to_crs(32748).representative_point().to_crs(4326)
    centre = pd.DataFrame({"kode_kec": g_kec["kode_kec"], "lat": reps.y.to_numpy(), "lng": reps.x.to_numpy(),
                           "luas_km2": g_kec["luas_km2_hitung"].astype(float)})
    kec = kec_rows[["kode", "nama", "kode_kab", "kode_bps"]].rename(
        columns={"kode": "kode_kec", "nama": "nama_kec", "kode_bps": "kode_bps_kec"})
    kec = kec.assign(nama_kab=kec["kode_kab"].map(kab_names)).merge(counts, on="kode_kec").merge(est, on="kode_kec").merge(centre, on="kode_kec")
    # Published areas beside the computed ones; a kecamatan the document does not list keeps a gap.
    kec = kec.merge(penduduk.load_areas(source), on="kode_kec", how="left")
    kec = kec[list(schema.columns(schema.Kecamatan))].sort_values("kode_kec").reset_index(drop=True)

    # Population long series: published rows, the thesis figures beside them, and our estimate.
    names = dict(zip(kec["kode_kec"], kec["nama_kec"]))
    thesis = waruwu.load()
    # The thesis is about Ogan Ilir: its figures join only a store that covers those areas.
    tpop = thesis.loc[(thesis["indikator"] == "penduduk") & thesis["kode_wilayah"].isin(kec["kode_kec"])]
    tpop = tpop.rename(columns={"nilai": "penduduk"})
    tpop = tpop.assign(jenis_angka="tesis_tahun_tidak_disebut", turunan=False, perkiraan=False, metode=None,
                       id_sumber=waruwu.ORIGIN.id, sumber_url=waruwu.ORIGIN.address)
    est = est.loc[est["penduduk_kini"].notna()]
    estimate_rows = est.assign(
        kode_wilayah=est["kode_kec"], nama_wilayah=est["kode_kec"].map(names), tingkat="kecamatan",
        tahun=est["penduduk_kini_tahun"].astype("Int64"), penduduk=est["penduduk_kini"], jenis_angka="perkiraan_dashboard", perkiraan=True,
        turunan=True, metode=est["metode"], id_sumber=ESTIMATE_ORIGIN.id, sumber=ESTIMATE_ORIGIN.title,
        sumber_url=None, catatan="Perkiraan, bukan angka terbitan.")
    cols = list(schema.columns(schema.Penduduk))
    pen = pd.concat([pop[cols], tpop[cols], estimate_rows[cols]], ignore_index=True)
    pen["tahun"] = pen["tahun"].astype("Int64")
    for c in ("perkiraan", "turunan"):
        pen[c] = pen[c].astype(bool)

    say("[4/6] Membaca kemiskinan BPS / reading BPS poverty", quiet)
    pov = kemiskinan.load(source)[list(schema.columns(schema.Kemiskinan))]

    # Each input file is hashed once: for the sources table and for the manifest.
    files = {f: sha256(source / f) for o in all_origins() for f in o.files}
    sumber = pd.DataFrame([o.row(files) for o in all_origins() + [ESTIMATE_ORIGIN]])
    kab_ref = referensi_kabupaten.load(source)

    g_kec_out = gpd.GeoDataFrame(g_kec[["kode_kec"]].merge(kec[["kode_kec", "nama_kec"]], on="kode_kec"),
                                 geometry=g_kec.geometry.values, crs=4326)
    g_desa_out = gpd.GeoDataFrame(g_desa[["kode_desa", "kode_kec"]].merge(desa[["kode_desa", "nama_desa"]], on="kode_desa"),
                                  geometry=g_desa.geometry.values, crs=4326)
    out = {"kecamatan": kec, "desa": desa, "penduduk": pen, "kemiskinan": pov, "sumber": sumber,
            "kabupaten_referensi": kab_ref, "batas_kecamatan": g_kec_out, "batas_desa": g_desa_out,
            "_files": files, "_estimate": {"tahun": est_year, "total": est_total, "metode": method,
                                            **({"tanpa_sp2010": unknown} if unknown else {})}}
    # Checked here, before anything (the demo log included) is derived from them.
    validate_tables(out, ["kecamatan", "desa", "penduduk", "kemiskinan", "sumber"])
    return out


def _check_layer(gdf, key: str, codes: set[str], fname: str) -> None:
    problems = []
    if not gdf.geometry.is_valid.all():
        problems.append(problem(fname, "source_invalid", detail="geometri tidak valid / invalid geometry"))
    if gdf[key].duplicated().any():
        problems.append(problem(fname, "source_invalid", detail=f"{key} ganda / duplicated {key}"))
    if set(gdf[key]) != codes:
        diff = sorted(set(gdf[key]) ^ codes)[:5]
        problems.append(problem(fname, "source_invalid", detail=f"kode tidak cocok dengan daftar / codes differ: {diff}"))
    if problems:
        raise InputRejected(problems)


# ------------------------------------------------------------------ building
def build(source: Path | None = None, store: Path | None = None, demo_mode: bool = False, quiet: bool = False,
          user: str | None = None) -> Path:
    """Rebuild the store. ``demo_mode`` writes the synthetic demo log instead of the imported logs. Holds the
    store's lock; the build is recorded in the audit trail with ``user`` (the OS user by default)."""
    source = Path(source) if source else DEFAULT_SOURCE
    root = store_dir(store)
    ref = reference_tables(source, quiet)
    with writing(root, quiet):
        try:
            final = _build(root, source, ref, demo_mode, quiet)
        except Exception as exc:
            record(root, {"action": "build", "user": user or audit.os_user(), "result": "failed",
                          "detail": type(exc).__name__})
            raise
        manifest = read_manifest(final)
        record(root, {"action": "build", "user": user or audit.os_user(), "result": "ok", "build": final.name,
                      "previous_build": manifest.get("previous"), "log_mode": manifest["log_mode"],
                      "rows": manifest["log_rows"], "source_dir": str(source)})
        prune(root)
    return final


def _build(root: Path, source: Path, ref: dict, demo_mode: bool, quiet: bool) -> Path:
    imported_rows = aggregate.log_rows(imported_logs(root))
    tmp_logs = new_build_dir(root)
    logs = tmp_logs / "logs"
    try:
        cur = current_build(root).name if (root / "CURRENT").is_file() else None
    except StoreMissing:
        cur = None
    try:
        if demo_mode:
            roster = demo.make_roster(ref["kecamatan"])
            log = demo.make_log(ref["kecamatan"], ref["desa"], roster)
            aggregate.write_partitioned(log, logs)
            if imported_rows:
                say(f"Catatan: {imported_rows} baris log impor disimpan terpisah dan tidak dicampur dengan demo; "
                    f"jalankan `build` tanpa --demo untuk memakainya. / Imported rows kept aside, not mixed with the demo.", quiet)
        else:
            roster = load_roster(root)
            link_tree(imported_logs(root), logs)
        rows = aggregate.log_rows(logs)
        kind = "contoh / demo" if demo_mode else "impor / imported"
        count = f"{rows:,}".replace(",", ".")
        say(f"[5/6] Mengagregasi log {kind}: {count} baris / aggregating {count} log rows", quiet)
        lt = log_tables(logs, roster, ref["kecamatan"])
        # A demo build uses no import at all (its manifest lists none), the Dinas's counts included.
        kebutuhan = load_kebutuhan(None if demo_mode else root)
        sumber = with_kebutuhan_origin(with_log_origin(ref["sumber"], "demo" if demo_mode else "real"), kebutuhan)
        tables = {**ref, **lt, "kebutuhan": kebutuhan, "sumber": sumber, "logs_dir": logs}
        manifest = {
            "built_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            # An import keeps its build's format (its other tables are linked as they were): only a build makes
            # a store current with this code.
            "format": STORE_FORMAT,
            "source_dir": str(source.resolve()),
            "source_files": ref["_files"],
            "log_mode": "demo" if demo_mode else ("real" if rows else "none"),
            "log_rows": rows,
            "log_period": lt["_period"],
            "estimate": ref["_estimate"],
            "region": {"kode_kab": sorted(ref["kecamatan"]["kode_kab"].unique().tolist()),
                       "nama_kab": sorted(ref["kecamatan"]["nama_kab"].unique().tolist())},
            "previous": cur, "action": "build", "batch": None,
            "imports": [] if demo_mode else import_names(root),
        }
        tmp, build_id = prepare(root, tables, manifest, quiet)
        return swap_in(root, tmp, build_id)
    finally:
        shutil.rmtree(tmp_logs, ignore_errors=True)


def refresh_logs(root: Path, regencies: list[str] | None, quiet: bool = False) -> Path:
    """A new build from the current one with the aggregates of ``regencies`` (all when None) made again from the
    imported log, made current under the store's lock."""
    with writing(root, quiet):
        tmp, build_id = prepare_refresh(root, current_build(root), regencies, action="refresh", quiet=quiet)
        return swap_in(root, tmp, build_id)
