"""Building the store: atomic swap, clear errors for a missing reference folder, provenance."""

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from helpers import ROOT
from etl.build import build
from tksk.problems import InputRejected
from tksk.store import Store


def test_missing_source_names_each_file_and_its_address(tmp_path):
    with pytest.raises(InputRejected) as exc:
        build(tmp_path / "nothing", tmp_path / "store", demo_mode=True, quiet=True)
    names = {p.file.split("/")[-1] for p in exc.value.problems}
    assert "ogan_ilir_wilayah.csv" in names and "sumsel_kemiskinan.csv" in names and len(names) == 9
    text = str(exc.value)
    assert "https://github.com/cahyadsn/wilayah" in text and "SOURCES.md" in text
    # The folder the operator named is shown as it is: "/tmp/rt5/…" read as an address (RT 5) when masked as a
    # clerk's file name (red-team of 2026-12-06).
    folder = tmp_path / "rt5" / "data"
    with pytest.raises(InputRejected) as exc:
        build(folder, tmp_path / "store", demo_mode=True, quiet=True)
    assert all(p.file.startswith(str(folder) + "/") for p in exc.value.problems)


def test_one_missing_file_is_named(tmp_path, source_dir):
    partial = tmp_path / "src"
    shutil.copytree(source_dir, partial)
    (partial / "ogan_ilir_podes2021_desa.csv").unlink()
    with pytest.raises(InputRejected) as exc:
        build(partial, tmp_path / "store", quiet=True)
    [p] = exc.value.problems
    assert p.file.endswith("ogan_ilir_podes2021_desa.csv")
    assert "village_typologies_sumsel" in str(p)


def test_cli_build_without_source_fails_cleanly(tmp_path):
    r = subprocess.run([sys.executable, "-m", "etl", "build", "--demo", "--source", str(tmp_path / "none"),
                        "--store", str(tmp_path / "s")], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "berkas sumber tidak ada" in r.stderr and "source file missing" in r.stderr


def test_failure_midway_keeps_previous_store(store_copy, monkeypatch, source_dir):
    before = Store(store_copy)
    rows_before = before.read("kecamatan")

    def boom(*a, **k):
        raise OSError("No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", boom)
    with pytest.raises(OSError):
        build(source_dir, store_copy, demo_mode=True, quiet=True)
    monkeypatch.undo()
    after = Store(store_copy)
    assert after.version == before.version
    pd.testing.assert_frame_equal(after.read("kecamatan"), rows_before)
    assert not list((store_copy / "builds").glob(".tmp-*"))


def test_bad_source_content_keeps_previous_store(store_copy, tmp_path, source_dir):
    before = Store(store_copy).version
    broken = tmp_path / "src"
    shutil.copytree(source_dir, broken)
    text = (broken / "ogan_ilir_podes2021_desa.csv").read_text()
    (broken / "ogan_ilir_podes2021_desa.csv").write_text(text.replace(",511,", ",-511,", 1))
    with pytest.raises(InputRejected) as exc:
        build(broken, store_copy, demo_mode=True, quiet=True)
    assert "jumlah_kk" in str(exc.value)
    assert Store(store_copy).version == before


def test_manifest_records_provenance(demo_store, source_dir):
    m = demo_store.manifest
    assert m["log_mode"] == "demo"
    # Every reference file but the coarse published kecamatan layer, which the dissolved one replaces.
    expected = {p.name for p in source_dir.glob("*") if p.suffix in (".csv", ".geojson")} - {"ogan_ilir_kecamatan.geojson"}
    assert set(m["source_files"]) == expected
    assert all(len(v) == 64 for v in m["source_files"].values())
    assert m["rows"]["kecamatan"] == 16 and m["rows"]["desa"] == 241
    assert m["log_period"] == ["2023-01-01", "2024-12-01"]
    src = demo_store.read("sumber")
    assert src.loc[src["id_sumber"] == "log_demo", "judul"].str.contains("CONTOH").tolist() == [True]


def test_logs_are_partitioned_by_region_and_year(demo_store):
    parts = {p.parent.relative_to(demo_store.logs_path()).as_posix() for p in demo_store.logs_path().rglob("*.parquet")}
    assert {"kode_kab=16.10/tahun=2023", "kode_kab=16.10/tahun=2024"} <= parts


def test_build_if_missing_does_not_rebuild(demo_store_root):
    before = Store(demo_store_root).version
    r = subprocess.run([sys.executable, "-m", "etl", "build", "--demo", "--if-missing", "--store", str(demo_store_root)],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and Store(demo_store_root).version == before


def test_the_log_is_written_one_sorted_file_per_regency_and_year(tmp_path):
    """Rows of two regencies over two years, shuffled: each partition holds its rows in kecamatan and date order
    (rows of the same kecamatan and day in the order they came), the same from a frame and from Arrow with
    dictionary-encoded text (how a clean file arrives), and reads back as the frame it was written from."""
    import pyarrow as pa

    from etl import aggregate
    from tksk import schema

    kec = ["16.10.02", "16.71.01", "16.10.01", "16.10.02", "16.71.01", "16.10.01", "16.10.02", "16.10.02"]
    day = ["2024-01-05", "2023-12-30", "2024-02-01", "2023-06-01", "2024-01-02", "2024-02-01", "2024-01-05", "2024-01-04"]
    log = pd.DataFrame({c: pd.Series([None] * len(kec), dtype="str") for c in aggregate.LOG_COLUMNS})
    log["id_log"] = [f"L-{i}" for i in range(len(kec))]
    log["kode_kec"], log["tanggal"] = kec, pd.to_datetime(day)
    log["tanggal_hasil"] = pd.NaT
    log[["jumlah_orang", "jumlah_kk", "jam"]] = 1.0
    arrow = schema.log_table(log)
    encoded = pa.table({c: (pa.compute.dictionary_encode(arrow[c]) if pa.types.is_string(arrow[c].type)
                            or pa.types.is_large_string(arrow[c].type) else arrow[c]) for c in arrow.column_names})
    written = {}
    for how, rows in {"frame": log, "arrow": encoded}.items():
        assert aggregate.write_partitioned(rows, tmp_path / how, name="b") == ["16.10", "16.71"]
        files = sorted(p.relative_to(tmp_path / how).as_posix() for p in (tmp_path / how).rglob("*.parquet"))
        assert files == ["kode_kab=16.10/tahun=2023/b_0.parquet", "kode_kab=16.10/tahun=2024/b_0.parquet",
                         "kode_kab=16.71/tahun=2023/b_0.parquet", "kode_kab=16.71/tahun=2024/b_0.parquet"]
        written[how] = {f: pd.read_parquet(tmp_path / how / f) for f in files}
    ids = {f: df["id_log"].tolist() for f, df in written["frame"].items()}
    assert ids == {"kode_kab=16.10/tahun=2023/b_0.parquet": ["L-3"],
                   "kode_kab=16.10/tahun=2024/b_0.parquet": ["L-2", "L-5", "L-7", "L-0", "L-6"],
                   "kode_kab=16.71/tahun=2023/b_0.parquet": ["L-1"],
                   "kode_kab=16.71/tahun=2024/b_0.parquet": ["L-4"]}
    for f, df in written["frame"].items():
        pd.testing.assert_frame_equal(written["arrow"][f], df)
        expected = log.set_index("id_log").loc[df["id_log"]].reset_index()
        expected["tanggal"] = expected["tanggal"].astype("datetime64[us]")
        expected["tanggal_hasil"] = expected["tanggal_hasil"].astype("datetime64[us]")
        pd.testing.assert_frame_equal(df, expected[aggregate.LOG_COLUMNS])


def test_the_store_reads_each_table_as_pandas_would(demo_store):
    """tksk.store.read_parquet skips pyarrow's dataset layer: every table, and a choice of columns, come out the same."""
    from tksk.store import read_parquet

    tables = [p for p in demo_store.build.glob("*.parquet") if not p.name.startswith("batas_")]
    assert len(tables) >= 15
    for path in tables:
        pd.testing.assert_frame_equal(read_parquet(path), pd.read_parquet(path), obj=path.name)
        some = list(pd.read_parquet(path).columns[::2])
        pd.testing.assert_frame_equal(read_parquet(path, some), pd.read_parquet(path, columns=some), obj=path.name)


def test_a_template_without_a_store_or_reference_data_says_what_it_needs(tmp_path, capsys):
    """It ended "the previous store is unchanged", of a command that changes no store (ux21)."""
    from etl.__main__ import main

    rc = main(["template", "--out", str(tmp_path / "tpl"), "--store", str(tmp_path / "none"),
               "--source", str(tmp_path / "nodata")])
    err = capsys.readouterr().err
    assert rc == 1 and "templat memerlukan store yang sudah dibangun (--store) atau folder data rujukan" in err
    assert "store lama tidak berubah" not in err
