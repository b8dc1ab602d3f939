"""The fast path for clean logs accepts exactly what the full checks accept and gives the same rows.

Every rule's rejection is tested in test_validation.py with the fast path switched on (the default), so a
rule the fast path missed would let a bad file through there. Here: clean files in every accepted spelling
give the same frame both ways, and the fast path is really the one that answers for them.
"""

import pandas as pd
import pytest

from helpers import TODAY
from etl.importer import reference_for
from helpers import write_csv, write_xlsx
from tksk import logs, schema
from tksk.logs import validate


@pytest.fixture(scope="module")
def ref(demo_store_root):
    return reference_for(demo_store_root)


@pytest.fixture(scope="module")
def clean_records(demo_log):
    """600 rows of the demo log as a clerk would type them (every activity type, reports included)."""
    log = demo_log.groupby("jenis_kegiatan", group_keys=False).head(50).sort_values("id_log").head(600)
    out = log.copy()
    for c in ("tanggal", "tanggal_hasil"):
        out[c] = out[c].dt.strftime("%Y-%m-%d")
    for c in ("jumlah_orang", "jumlah_kk", "jam"):
        out[c] = out[c].map(lambda v: "" if pd.isna(v) else f"{v:g}")
    return out.fillna("").astype(str).to_dict("records")


def _dmy_decimal_comma(records):
    out = []
    for r in records:
        r = dict(r)
        for c in ("tanggal", "tanggal_hasil"):
            if r[c]:
                y, m, d = r[c].split("-")
                r[c] = f"{int(d)}/{m}/{y}"
        r["jam"] = r["jam"].replace(".", ",")
        out.append(r)
    return out


def _padded_mixed_case(records):
    out = []
    for i, r in enumerate(records):
        r = dict(r)
        r["fungsi"] = r["fungsi"].upper() if i % 2 else f" {r['fungsi']} "
        if r["kategori_ppks"]:
            r["kategori_ppks"] = r["kategori_ppks"].lower()
        r["kode_kec"] = f"{r['kode_kec']} "
        out.append(r)
    return out


def _required_only(records):
    keep = ["id_log", "tanggal", "kode_kec", "id_pos", "fungsi", "jenis_kegiatan", "kode_desa", "bulan_laporan"]
    return [{k: r[k] for k in keep} for r in records]


VARIANTS = {
    "iso comma csv": lambda recs, p: write_csv(p.with_suffix(".csv"), recs),
    "dd/mm/yyyy, semicolon and decimal comma": lambda recs, p: write_csv(p.with_suffix(".csv"),
                                                                          _dmy_decimal_comma(recs), sep=";"),
    "padded cells and mixed-case codes": lambda recs, p: write_csv(p.with_suffix(".csv"), _padded_mixed_case(recs)),
    "only the columns that must be there": lambda recs, p: write_csv(p.with_suffix(".csv"), _required_only(recs)),
    "optional columns present but empty": lambda recs, p: write_csv(p.with_suffix(".csv"), [
        dict(r, program="", hasil="", tanggal_hasil="", jumlah_kk="", kendala="") for r in recs]),
    "blank rows at the end": lambda recs, p: write_csv(p.with_suffix(".csv"), recs + [dict.fromkeys(recs[0], "")] * 3),
    "windows-1252": lambda recs, p: write_csv(p.with_suffix(".csv"), recs, encoding="cp1252"),
    "xlsx": lambda recs, p: write_xlsx(p.with_suffix(".xlsx"), recs),
}


@pytest.mark.parametrize("variant", VARIANTS, ids=list(VARIANTS))
def test_fast_and_full_checks_give_the_same_rows(ref, tmp_path, clean_records, monkeypatch, variant):
    path = VARIANTS[variant](clean_records, tmp_path / "log")
    full_calls = []
    original = validate._full
    monkeypatch.setattr(validate, "_full", lambda *a, **k: full_calls.append(1) or original(*a, **k))
    fast = logs.read_file(path, ref, today=TODAY)
    arrow = fast.table()  # before .frame: the table an import writes, made from the encoded columns
    assert fast.problems == [] and len(fast.frame) == 600
    assert full_calls == [], "a clean file should be answered by the fast path"
    monkeypatch.setattr(validate, "FAST_CHECKS", False)
    full = logs.read_file(path, ref, today=TODAY)
    assert full.problems == [] and full_calls == [1]
    pd.testing.assert_frame_equal(fast.frame, full.frame)
    assert arrow.cast(schema.log_arrow()).equals(schema.log_table(full.frame))


def test_a_masked_number_still_goes_through_the_full_checks(ref, tmp_path, clean_records):
    recs = [dict(r) for r in clean_records]
    recs[5]["kendala"] = "warga 081234567890 minta dikunjungi"
    res = logs.read_file(write_csv(tmp_path / "log.csv", recs), ref, today=TODAY)
    assert [p.code for p in res.problems] == ["text_scrubbed"]
    assert "081234567890" not in res.frame["kendala"].str.cat(sep=" ")


def test_a_clean_import_writes_from_arrow_without_a_frame(empty_store, tmp_path, clean_records, monkeypatch):
    """A clean file's rows go from their encoded columns to Parquet; the per-row pandas frame (half a second on
    a million rows) is never made, on a first import, on one into a store that already holds rows, nor for the
    second file of a batch."""
    from etl.importer import import_files
    from helpers import imported_log
    from tksk.logs.fast import CleanLog

    def no_frame(self):
        raise AssertionError("the import built a pandas frame of the clean log")

    monkeypatch.setattr(CleanLog, "frame", no_frame)
    first, second, third = clean_records[:300], clean_records[300:400], clean_records[400:]
    [o] = import_files([write_csv(tmp_path / "log.csv", first)], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == len(first), [str(p) for p in o.result.problems]
    # Two files in one batch: the second is checked against the first's rows without a frame of either.
    files = [write_csv(tmp_path / "a.csv", second), write_csv(tmp_path / "b.csv", third)]
    a, b = import_files(files, empty_store, quiet=True, today=TODAY)
    assert (a.accepted, a.new_rows, b.accepted, b.new_rows) == (True, len(second), True, len(third)), \
        [str(p) for p in a.result.problems + b.result.problems]
    monkeypatch.undo()
    kept = imported_log(empty_store).sort_values("id_log", ignore_index=True)
    typed = logs.read_file(write_csv(tmp_path / "all.csv", clean_records), reference_for(empty_store), today=TODAY).frame
    expected = schema.log_table(typed).to_pandas().sort_values("id_log", ignore_index=True)
    pd.testing.assert_frame_equal(kept, expected)


@pytest.mark.parametrize("writer, suffix", [(write_csv, ".csv"), (write_xlsx, ".xlsx")], ids=["csv", "xlsx"])
def test_a_repeated_id_is_found_in_another_block_of_the_file(ref, tmp_path, clean_records, writer, suffix):
    """Ids are hashed once, as the reader encodes them (the fast path trusts that each stored value is distinct):
    an id repeated far down a file, in another of the reader's blocks (a megabyte of a CSV, 4.096 rows of a
    workbook), is still found."""
    recs = [dict(clean_records[i % len(clean_records)], id_log=f"X-{i:06d}") for i in range(12_000)]
    recs[-1]["id_log"] = recs[0]["id_log"]  # same id, other content (another activity of the demo log)
    path = writer(tmp_path / f"log{suffix}", recs)
    assert suffix == ".xlsx" or path.stat().st_size > 1 << 20
    res = logs.read_file(path, ref, today=TODAY)
    assert [(p.code, p.row, p.value) for p in res.errors] == [("duplicate_id", 12_001, "X-000000")]


def test_combinations_are_the_same_counted_or_hashed():
    """A rule sees each combination of the columns it reads once: counted when few are possible, hashed when
    the columns have many distinct values; both give the same combinations."""
    import numpy as np

    from tksk.logs.columns import Column
    from tksk.logs.fast import combinations
    from tksk.logs.parse import Parsed

    def column(values, rows):
        v = pd.Series(values)
        return Column(Parsed(v, np.full(len(v), None, dtype=object), [None] * len(v)), v, np.array(rows),
                      pd.Series(False, index=v.index))

    rows_a, rows_b = [0, 1, -1, 0, 2, 1, 0], [1, 1, 0, 1, -1, 1, 1]
    expected = {("x", 2.0), ("y", 2.0), (None, 1.0), ("z", None)}
    for values in (["x", "y", "z"], ["x", "y", "z"] + [f"v{i}" for i in range(70_000)]):  # counted, then hashed
        combos = combinations({"a": column(values, rows_a), "b": column([1.0, 2.0], rows_b)}, ("a", "b"), 7)
        got = {(None if pd.isna(a) else a, None if pd.isna(b) else b) for a, b in combos.itertuples(index=False)}
        assert got == expected and len(combos) == len(expected)
    assert combinations({}, (), 7).empty  # a rule that reads no column sees no combination


def test_a_callers_arrow_table_whose_dictionary_repeats_an_id(ref, clean_records):
    """``validate_frame`` takes an Arrow table too: a caller's dictionary that holds an id twice still gives two
    rows with one id (only the readers' own dictionaries are known to hold each value once)."""
    import pyarrow as pa

    recs = clean_records[:3]
    table = pa.table({c: pa.array([r[c] or None for r in recs], pa.string()) for c in recs[0]})
    ids = pa.DictionaryArray.from_arrays(pa.array([0, 1, 2], pa.int32()),
                                         pa.array([recs[0]["id_log"], recs[0]["id_log"], recs[2]["id_log"]]))
    table = table.set_column(table.schema.get_field_index("id_log"), "id_log", ids)
    res = validate.validate_frame(table, "log", ref, today=TODAY)
    assert [(p.code, p.row, p.value) for p in res.errors] == [("duplicate_id", 3, recs[0]["id_log"])]
