"""Build the whole store from the reference folder and the imported (or demo) logs.

Everything is written to a temporary build folder; only when every table has passed its schema
is the folder renamed and CURRENT switched to it. A failure at any step leaves the previous
store as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pandera.pandas as pa

from etl import aggregate, demo
from etl.estimate import ESTIMATE_ORIGIN, kecamatan_estimate
from etl.sources import (DEFAULT_SOURCE, all_origins, batas, check_source_dir, kemiskinan, penduduk, podes,
                         referensi_kabupaten, sha256, waruwu, wilayah)
from tksk import schema
from tksk.problems import InputRejected, problem
from tksk.provenance import Source
from tksk.store import atomic_write_text, current_build, new_build_dir, store_dir, swap_in

DEMO_ORIGIN = Source(
    id="log_demo",
    title="Log kegiatan dan daftar pos TKSK CONTOH (sintetis, deterministik)",
    producer="Dashboard TKSK Ogan Ilir (etl/demo.py, seed tetap)",
    address=None,
    year="2023-2024",
    read_on=None,
    licence="CC0",
    changes="Seluruhnya dibuat-buat mengikuti ritme kerja TKSK yang diterbitkan; bukan data asli.",
    citation_id="log kegiatan dan daftar pos TKSK CONTOH (demo, sintetis)",
    citation_en="TKSK activity log and post roster, DEMO (synthetic)",
)
IMPORT_ORIGIN = Source(
    id="log_impor",
    title="Log kegiatan dan daftar pos TKSK yang diimpor petugas Dinas Sosial",
    producer="Dinas Sosial Kabupaten Ogan Ilir",
    address=None,
    year="lihat periode data",
    read_on=None,
    licence="milik Dinas Sosial",
    changes="Kolom data pribadi dibuang saat impor; nomor mirip NIK/telepon di teks bebas disamarkan.",
    citation_id="log kegiatan dan daftar pos TKSK (impor Dinas Sosial)",
    citation_en="TKSK activity log and post roster (imported by the Dinas Sosial)",
)
# The log source of a store, whichever it holds: captions cite it by this id.
LOG_SOURCE_IDS = (DEMO_ORIGIN.id, IMPORT_ORIGIN.id)


def _with_log_origin(sumber: pd.DataFrame, mode: str) -> pd.DataFrame:
    """The sources table with exactly one log source: the demo log or the imported logs."""
    kept = sumber.loc[~sumber["id_sumber"].isin(LOG_SOURCE_IDS)]
    origin = DEMO_ORIGIN if mode == "demo" else IMPORT_ORIGIN
    return pd.concat([kept, pd.DataFrame([origin.row()])], ignore_index=True)


def say(msg: str, quiet: bool = False) -> None:
    if not quiet:
        print(msg, file=sys.stderr, flush=True)


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
            "_files": files, "_estimate": {"tahun": est_year, "total": est_total, "metode": method}}
    # Checked here, before anything (the demo log included) is derived from them.
    _validate_tables(out, ["kecamatan", "desa", "penduduk", "kemiskinan", "sumber"])
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


# ------------------------------------------------------------------ logs
def imported_logs(root: Path) -> Path:
    """Imported logs, cleaned of personal data, partitioned by regency and year (kept across rebuilds)."""
    return root / "imports" / "logs"


def migrate_flat_imports(root: Path) -> None:
    """Imports written by earlier versions as flat files move into the regency/year partitions."""
    for f in sorted(imported_logs(root).glob("*.parquet")):
        aggregate.write_partitioned(pd.read_parquet(f), imported_logs(root), name=f.stem)
        f.unlink()


def load_roster(root: Path) -> pd.DataFrame:
    """Imported post rosters kept in the store (the latest row of a post and start date wins)."""
    folder = root / "imports" / "roster"
    files = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    if not files:
        return pd.DataFrame()
    ros = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    return ros.drop_duplicates(subset=["id_pos", "tanggal_mulai"], keep="last").reset_index(drop=True)


def link_tree(src: Path, dest: Path) -> None:
    """Every Parquet file under ``src`` hard-linked at the same place under ``dest`` (copied where the file
    system cannot link): a new build shares unchanged files with the old one instead of rewriting them."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in src.rglob("*.parquet"):
        target = dest / f.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(f, target)


def _link_or_copy(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:  # a file system without hard links (FAT, some network shares)
        shutil.copy2(src, dest)


def empty_roster() -> pd.DataFrame:
    return pd.DataFrame({"id_pos": pd.Series(dtype=object), "kode_kec": pd.Series(dtype=object),
                         "status": pd.Series(dtype=object), "tanggal_mulai": pd.Series(dtype="datetime64[ns]"),
                         "tanggal_selesai": pd.Series(dtype="datetime64[ns]"), "keterangan": pd.Series(dtype=object)})


def log_tables(logs: Path, roster: pd.DataFrame, kecamatan: pd.DataFrame,
               previous: Path | None = None, regencies: list[str] | None = None) -> dict:
    """The aggregate tables of the partitioned log at ``logs``, posts by month and the roster.

    With ``previous`` (a build) and ``regencies``, only those regencies are aggregated again; every other
    regency's rows are taken from the previous build as they were.
    """
    partial = previous is not None and regencies is not None
    tables = aggregate.aggregate(logs, regencies=regencies if partial else None)
    if partial:
        tables = {name: aggregate.replace_regencies(pd.read_parquet(previous / f"{name}.parquet"), fresh, regencies)
                  for name, fresh in tables.items()}
    period = aggregate.log_period(tables["agg_kec_bulan"])
    if period:
        months = pd.date_range(period[0], period[1], freq="MS")
    else:
        months = pd.DatetimeIndex([], dtype="datetime64[ns]")
    roster = roster if not roster.empty else empty_roster()
    tables["pos_bulan"] = aggregate.posts_by_month(roster, sorted(kecamatan["kode_kec"]), months)
    tables["roster"] = roster[list(schema.columns(schema.RosterRow))].reset_index(drop=True)
    tables["_period"] = [str(period[0].date()), str(period[1].date())] if period else None
    return tables


# ------------------------------------------------------------------ writing
def _text_columns_as_str(df: pd.DataFrame, model=None) -> pd.DataFrame:
    """One text dtype for every table, whatever wrote it (pandas, DuckDB, a Parquet round trip, or a CSV
    column that happened to be empty and so was read as numbers)."""
    out = df.copy()
    declared = {n for n, c in schema.columns(model).items() if str(c.dtype).startswith(("str", "string"))} if model else set()
    for c in out.columns:
        if c != "geometry" and (c in declared or out[c].dtype == object or isinstance(out[c].dtype, pd.StringDtype)):
            out[c] = out[c].astype("str")
    return out


def _validate_tables(tables: dict, names=None) -> None:
    problems = []
    names = list(names or schema.STORE_TABLES)
    for name in names:
        tables[name] = _text_columns_as_str(tables[name], schema.STORE_TABLES[name])
    for name in names:
        model = schema.STORE_TABLES[name]
        try:
            model.validate(tables[name], lazy=True)
        except pa.errors.SchemaErrors as exc:
            fc = exc.failure_cases.head(5)
            for rec in fc.itertuples(index=False):
                problems.append(problem(f"{name}.parquet", "source_invalid",
                                        detail=f"{rec.column}: {rec.check} ({rec.failure_case})"))
    if problems:
        raise InputRejected(problems)


def write_build(root: Path, tables: dict, manifest: dict, quiet=False, keep_from: Path | None = None) -> Path:
    """Validate, write to a temporary build folder, then swap it in; the old store survives any failure.

    Tables not in ``tables`` are hard-linked from the build ``keep_from`` (they were checked when it was made).
    """
    written = [name for name in schema.STORE_TABLES if name in tables]
    _validate_tables(tables, written)
    say("[6/6] Menulis store / writing the store", quiet)
    tmp = new_build_dir(root)
    try:
        if "logs_dir" in tables:
            shutil.move(tables["logs_dir"], tmp / "logs")
        extra = ["kabupaten_referensi", "batas_kecamatan", "batas_desa"]
        for name in list(schema.STORE_TABLES) + extra:
            if name in tables:
                tables[name].to_parquet(tmp / f"{name}.parquet", index=False)
            else:
                _link_or_copy(keep_from / f"{name}.parquet", tmp / f"{name}.parquet")
        manifest["rows"] = {**manifest.get("rows", {}), **{name: int(len(tables[name])) for name in written}}
        build_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        manifest["build_id"] = build_id
        atomic_write_text(tmp / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False, default=str))
        return swap_in(root, tmp, build_id)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def build(source: Path | None = None, store: Path | None = None, demo_mode: bool = False, quiet: bool = False) -> Path:
    """Rebuild the store. ``demo_mode`` writes the synthetic demo log instead of the imported logs."""
    source = Path(source) if source else DEFAULT_SOURCE
    root = store_dir(store)
    ref = reference_tables(source, quiet)
    migrate_flat_imports(root)
    imported_rows = aggregate.log_rows(imported_logs(root))
    tmp_logs = new_build_dir(root)
    logs = tmp_logs / "logs"
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
        sumber = _with_log_origin(ref["sumber"], "demo" if demo_mode else "real")
        tables = {**ref, **lt, "sumber": sumber, "logs_dir": logs}
        manifest = {
            "built_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "source_dir": str(source.resolve()),
            "source_files": ref["_files"],
            "log_mode": "demo" if demo_mode else ("real" if rows else "none"),
            "log_rows": rows,
            "log_period": lt["_period"],
            "estimate": ref["_estimate"],
            "region": {"kode_kab": sorted(ref["kecamatan"]["kode_kab"].unique().tolist()),
                       "nama_kab": sorted(ref["kecamatan"]["nama_kab"].unique().tolist())},
        }
        return write_build(root, tables, manifest, quiet)
    finally:
        shutil.rmtree(tmp_logs, ignore_errors=True)


def refresh_logs(root: Path, regencies: list[str] | None, quiet: bool = False) -> Path:
    """A new build after an import: the reference tables and boundaries of the current build linked as they
    are, the imported log linked in, and the aggregates of ``regencies`` (all when None) made again."""
    cur = current_build(root)
    manifest = json.loads((cur / "manifest.json").read_text(encoding="utf-8"))
    tmp_logs = new_build_dir(root)
    logs = tmp_logs / "logs"
    try:
        link_tree(imported_logs(root), logs)
        what = "semua kabupaten / every regency" if regencies is None else f"{', '.join(regencies) or '-'}"
        say(f"[5/6] Mengagregasi ulang log / aggregating the log again: {what}", quiet)
        lt = log_tables(logs, load_roster(root), pd.read_parquet(cur / "kecamatan.parquet"),
                        previous=cur if regencies is not None else None, regencies=regencies)
        rows = aggregate.log_rows(logs)
        mode = "real" if rows else "none"
        tables = {**lt, "sumber": _with_log_origin(pd.read_parquet(cur / "sumber.parquet"), mode), "logs_dir": logs}
        manifest.update({"built_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "log_mode": mode,
                         "log_rows": rows, "log_period": lt["_period"]})
        return write_build(root, tables, manifest, quiet, keep_from=cur)
    finally:
        shutil.rmtree(tmp_logs, ignore_errors=True)
