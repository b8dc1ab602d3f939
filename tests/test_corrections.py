"""Correcting rows already imported: a correction file replaces stored rows under their ids (audited, undoable),
without it the same ids with other content are refused; every figure is made from the latest row of each id."""

import json
import subprocess
import sys

import pytest

from etl import aggregate
from etl.importer import import_files, rollback, validate_files
from helpers import ROOT, TODAY, rows, write_csv
from tksk import audit
from tksk.store import Store, current_build


def current_log(root):
    """The store's log as the aggregates read it: one row per id."""
    con = aggregate.connect()
    try:
        return con.sql(f"SELECT * FROM {aggregate.log_source(current_build(root) / 'logs')} ORDER BY id_log").df()
    finally:
        con.close()


def totals(root) -> dict:
    agg = Store(root).read("agg_kec_bulan")
    return {"kegiatan": int(agg["kegiatan"].sum()), "orang": int(agg["orang"].sum())}


@pytest.fixture
def imported(empty_store, tmp_path):
    [o] = import_files([write_csv(tmp_path / "maret.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 3
    assert totals(empty_store) == {"kegiatan": 3, "orang": 6}
    return empty_store


def corrected_file(tmp_path, name="koreksi.csv", **cells):
    fixed = rows(3)
    fixed[2].update(cells)
    return write_csv(tmp_path / name, fixed)


def test_without_the_correction_mode_a_changed_row_is_refused_with_the_way_to_correct_it(imported, tmp_path):
    before = Store(imported).version
    [o] = import_files([corrected_file(tmp_path, jumlah_orang="9")], imported, quiet=True, today=TODAY)
    assert not o.accepted
    [p] = o.result.errors
    assert (p.code, p.value) == ("duplicate_in_store", "T-0003")
    assert "(jumlah_orang 2 → 9): bila ini perbaikan, impor berkas ini sebagai koreksi" in p.reason_id
    assert "`import-logs --koreksi`" in p.reason_en
    assert Store(imported).version == before


def test_a_correction_replaces_the_stored_row_and_every_figure_follows(imported, tmp_path):
    fixed = rows(3)
    fixed[2].update(jumlah_orang="9", kendala="Ibu Siti sakit")
    fixed.append(dict(fixed[0], id_log="T-0009", tanggal="2024-03-20"))  # a new row in the same file
    [o] = import_files([write_csv(tmp_path / "koreksi.csv", fixed)], imported, quiet=True, today=TODAY, correct=True)
    assert o.accepted and (o.new_rows, o.corrected) == (1, 1)
    [note] = [p for p in o.result.problems if p.code == "corrected"]
    assert note.value == "T-0003" and not note.is_error
    assert "(jumlah_orang 2 → 9, kendala)" in note.reason_id and "Siti" not in str(note)
    log = current_log(imported)
    assert log["id_log"].tolist() == ["T-0001", "T-0002", "T-0003", "T-0009"]
    assert log.set_index("id_log").at["T-0003", "jumlah_orang"] == 9
    assert totals(imported) == {"kegiatan": 4, "orang": 2 + 2 + 9 + 2}
    assert Store(imported).manifest["log_rows"] == 4
    # The audit trail says how many rows were corrected, which and how (free text named, never shown).
    [entry] = [r for r in audit.read(imported, limit=1)]
    assert (entry["rows_added"], entry["rows_corrected"]) == (1, 1)
    assert entry["files"][0]["corrected"] == 1
    assert [c["value"] for c in entry["corrections"]] == ["T-0003"]
    assert "Siti" not in json.dumps(entry)


def test_a_corrected_row_may_move_to_another_month_and_year(imported, tmp_path):
    [o] = import_files([corrected_file(tmp_path, tanggal="2023-12-28")], imported, quiet=True, today=TODAY,
                       correct=True)
    assert o.accepted and o.corrected == 1
    agg = Store(imported).read("agg_kec_bulan").groupby("bulan")["kegiatan"].sum()
    assert {str(k)[:7]: int(v) for k, v in agg[agg > 0].items()} == {"2023-12": 1, "2024-03": 2}
    assert Store(imported).manifest["log_rows"] == 3


def test_the_latest_correction_wins_and_a_rebuild_keeps_it(imported, tmp_path, source_dir):
    import_files([corrected_file(tmp_path, "k1.csv", jumlah_orang="9")], imported, quiet=True, today=TODAY,
                 correct=True)
    import_files([corrected_file(tmp_path, "k2.csv", jumlah_orang="4")], imported, quiet=True, today=TODAY,
                 correct=True)
    assert totals(imported) == {"kegiatan": 3, "orang": 8}
    # The first file sent again is now the stale one: refused, naming the stored value.
    [o] = import_files([write_csv(tmp_path / "maret.csv", rows(3))], imported, quiet=True, today=TODAY)
    assert [(p.code, "jumlah_orang 4 → 2" in p.reason_id) for p in o.result.errors] == [("duplicate_in_store", True)]
    from etl.build import build

    build(source_dir, imported, demo_mode=False, quiet=True)
    assert totals(imported) == {"kegiatan": 3, "orang": 8}
    assert Store(imported).manifest["log_rows"] == 3


def test_undoing_a_correction_brings_the_stored_row_back(imported, tmp_path):
    import_files([corrected_file(tmp_path, jumlah_orang="9")], imported, quiet=True, today=TODAY, correct=True)
    assert totals(imported)["orang"] == 13
    assert [p.code for p in rollback(imported, quiet=True)] == ["rolled_back"]
    assert totals(imported) == {"kegiatan": 3, "orang": 6}
    assert current_log(imported).set_index("id_log").at["T-0003", "jumlah_orang"] == 2


def test_a_correction_file_with_nothing_changed_adds_nothing(imported, tmp_path):
    before = Store(imported).version
    [o] = import_files([write_csv(tmp_path / "same.csv", rows(3))], imported, quiet=True, today=TODAY, correct=True)
    assert o.accepted and (o.new_rows, o.corrected) == (0, 0)
    assert Store(imported).version == before


def test_the_command_line_corrects_with_koreksi(imported, tmp_path):
    path = corrected_file(tmp_path, jumlah_orang="9")
    cmd = [sys.executable, "-m", "etl", "import-logs", str(path), "--store", str(imported), "--quiet"]
    refused = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 1 and "--koreksi" in refused.stdout + refused.stderr
    done = subprocess.run(cmd + ["--koreksi"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "0 baris baru / new rows, 1 dikoreksi / corrected (2 sudah ada / already present)" in done.stdout
    assert totals(imported)["orang"] == 13


def test_spark_refuses_a_log_folder_with_corrections(imported, tmp_path):
    from etl import spark

    import_files([corrected_file(tmp_path, jumlah_orang="9")], imported, quiet=True, today=TODAY, correct=True)
    if spark.missing():
        pytest.skip("no Java for Spark here")
    with pytest.raises(spark.EngineError, match="--engine duckdb"):
        spark.run(str(imported / "imports" / "logs"), str(tmp_path / "out"))


def test_a_refused_file_counts_its_errors_and_its_notes_apart(empty_store, tmp_path):
    from etl.importer import validate_files
    from tksk.present.staff import file_block

    # An error (an unknown kecamatan) and a note (a name masked in free text): "1 masalah" sat above two lines.
    bad = rows(3, kode_kec="16.10.99")
    bad[0]["kendala"] = "Ibu Siti sakit"
    [o] = validate_files([write_csv(tmp_path / "x.csv", bad)], empty_store, today=TODAY)
    assert not o.accepted and len(o.result.errors) == 1 and len(o.result.problems) == 2
    assert file_block(o, "id")["status"] == "Ditolak: 1 masalah (dan 1 catatan); berkas ini tidak diimpor."
    assert file_block(o, "en")["status"] == "Refused, problems: 1 (notes: 1); this file is not imported."


def test_a_correction_file_none_of_whose_ids_is_stored_is_refused(imported, tmp_path):
    """Ids retyped in the correction (KT-001 for the stored KT-0001) were added as new rows beside the old ones,
    every activity counted twice, and nothing said no row was corrected."""
    retyped = [dict(r, id_log=r["id_log"].replace("T-000", "T-00"), jumlah_orang="9") for r in rows(3)]
    [o] = import_files([write_csv(tmp_path / "koreksi.csv", retyped)], imported, quiet=True, today=TODAY,
                       correct=True)
    assert not o.accepted
    [p] = o.result.errors
    assert (p.code, p.value) == ("correction_without_stored", "T-001")
    assert "none of its IDs is stored" in p.reason_en
    assert totals(imported) == {"kegiatan": 3, "orang": 6}


def test_a_correction_file_with_new_ids_says_how_many_rows_it_adds(imported, tmp_path):
    fixed = rows(3)
    fixed[2]["jumlah_orang"] = "9"
    fixed.append(dict(fixed[0], id_log="T-0009", tanggal="2024-03-20"))
    [o] = import_files([write_csv(tmp_path / "koreksi.csv", fixed)], imported, quiet=True, today=TODAY, correct=True)
    assert o.accepted and o.corrected == 1
    [note] = [p for p in o.result.problems if p.code == "correction_adds_rows"]
    assert (note.value, note.is_error) == ("T-0009", False)
    assert note.reason_en.startswith("1 rows of this correction file have new IDs")


def test_an_id_used_on_another_day_points_to_a_new_id_first(imported, tmp_path):
    """A month's second part numbered from 0001 again: the refusal suggested a correction first, which would have
    replaced the first part's activities."""
    part2 = [dict(r, tanggal=f"2024-03-{15 + i}") for i, r in enumerate(rows(3))]
    [o] = import_files([write_csv(tmp_path / "bagian2.csv", part2)], imported, quiet=True, today=TODAY)
    assert not o.accepted
    assert {p.code for p in o.result.errors} == {"id_taken"}
    assert o.result.errors[0].reason_id.startswith("ID log sudah dipakai kegiatan lain di store, pada hari lain")
    assert "give this row a new ID" in o.result.errors[0].reason_en


def test_two_correction_files_of_one_upload_that_disagree_are_a_clash(imported, tmp_path):
    """Each was taken as correcting the stored row, and whichever file was picked first won: 5 or 9 people by
    the order of the files (red-team of 2026-12-06). The second is refused, naming the first; one that agrees adds
    nothing."""
    a, b = corrected_file(tmp_path, "a.csv", jumlah_orang="5"), corrected_file(tmp_path, "b.csv", jumlah_orang="9")
    same = corrected_file(tmp_path, "c.csv", jumlah_orang="5")
    first, second, third = import_files([a, b, same], imported, quiet=True, today=TODAY, correct=True)
    assert first.accepted and not second.accepted and third.accepted
    [p] = second.result.errors
    assert (p.code, p.value) == ("duplicate_in_batch", "T-0003") and "a.csv" in p.reason_en
    assert totals(imported) == {"kegiatan": 3, "orang": 2 + 2 + 5}


@pytest.mark.parametrize("correct", [False, True])
def test_another_kecamatan_s_row_under_the_same_id_is_never_a_correction(imported, tmp_path, correct):
    """Bare numbers from 0001 at every post: another kecamatan's file under the stored ids was told to come as a
    correction, and as one it replaced the stored activities of another kecamatan (red-team of 2026-12-06)."""
    before, stored = Store(imported).version, current_log(imported)
    other = [dict(r, kode_kec="16.10.05", id_pos="TKSK-161005-1", kode_desa="16.10.05.2015") for r in rows(3)]
    [o] = import_files([write_csv(tmp_path / "pemulutan.csv", other)], imported, quiet=True, today=TODAY,
                       correct=correct)
    assert not o.accepted
    code = "correction_other_post" if correct else "id_of_other_post"
    assert [(p.code, p.value) for p in o.result.errors if p.code != "correction_without_stored"] == [
        (code, "T-0001"), (code, "T-0002"), (code, "T-0003")]
    assert "id_pos TKSK-161004-1 → TKSK-161005-1" in o.result.errors[0].reason_en
    assert "as a correction" not in o.result.errors[0].reason_en
    assert Store(imported).version == before and current_log(imported).equals(stored)


def test_a_row_logged_under_the_other_post_of_its_kecamatan_is_corrected(imported, tmp_path):
    """A kecamatan with two posts: an activity logged under the wrong one is corrected like any other row; refused
    as another post's, the way out (a new id) counted it twice (review of 2026-12-06)."""
    [o] = import_files([corrected_file(tmp_path, id_pos="TKSK-161004-2")], imported, quiet=True, today=TODAY,
                       correct=True)
    assert o.accepted and o.corrected == 1, [str(p) for p in o.result.errors]
    assert current_log(imported).set_index("id_log").at["T-0003", "id_pos"] == "TKSK-161004-2"
    assert totals(imported) == {"kegiatan": 3, "orang": 6}


def test_a_correction_file_that_leaves_columns_out_is_refused_before_it_erases_them(imported, tmp_path):
    """A clerk sent back only the columns needed to fix the hours: every corrected row lost its people, households,
    programme, outcome and note, each said in a notice among dozens (red-team of 2026-12-06)."""
    fixed = rows(3)
    for r in fixed:
        r["jam"] = "3.5"
        for c in ("program", "jumlah_orang", "jumlah_kk", "hasil", "kendala"):
            del r[c]
    [o] = import_files([write_csv(tmp_path / "koreksi_jam.csv", fixed)], imported, quiet=True, today=TODAY, correct=True)
    assert not o.accepted
    assert sorted(p.column for p in o.result.errors if p.code == "correction_empties_column") == [
        "hasil", "jumlah_kk", "jumlah_orang", "kendala", "program"]
    [p] = [p for p in o.result.errors if p.column == "jumlah_orang"]
    assert "tidak punya kolom jumlah_orang, padahal 3 baris yang dikoreksinya" in p.reason_id
    assert "mis. ID T-0001" in p.reason_id
    assert totals(imported) == {"kegiatan": 3, "orang": 6}
    # The same file with those columns kept corrects the hours; a column the file has, emptied on every row (notes
    # cleared of a name), is a correction too (review of 2026-12-06).
    kept = rows(3)
    for r in kept:
        r["jam"], r["kendala"] = "3.5", ""
    [o] = import_files([write_csv(tmp_path / "koreksi_jam2.csv", kept)], imported, quiet=True, today=TODAY, correct=True)
    assert o.accepted and o.corrected == 3, [str(p) for p in o.result.errors]
    assert totals(imported) == {"kegiatan": 3, "orang": 6}


def test_a_correction_file_never_adds_a_stored_activity_again_under_a_new_id(imported, tmp_path):
    """Two rows of a correction file with their ids retyped ("T-3" for "T-0003") were added as new activities:
    counted twice, with a note (red-team of 2026-12-06)."""
    fixed = rows(3)
    fixed[0]["jam"] = "4"
    fixed[1]["id_log"], fixed[2]["id_log"] = "T-2", "T-3"
    [o] = import_files([write_csv(tmp_path / "koreksi.csv", fixed)], imported, quiet=True, today=TODAY, correct=True)
    assert not o.accepted
    assert [p.code for p in o.result.errors] == ["resent_with_new_ids"]
    assert totals(imported) == {"kegiatan": 3, "orang": 6}


def test_a_correction_that_makes_a_row_like_another_stored_visit_is_a_correction(imported, tmp_path):
    """A date fixed onto the day of a like visit was refused as "1 of 1 new rows … sent again with new numbers",
    though no row was new (review of 2026-12-06)."""
    fixed = rows(3)
    fixed[1]["tanggal"] = fixed[0]["tanggal"]
    [o] = import_files([write_csv(tmp_path / "koreksi.csv", fixed)], imported, quiet=True, today=TODAY, correct=True)
    assert o.accepted and o.corrected == 1, [str(p) for p in o.result.errors]


def test_a_correction_made_from_an_older_copy_does_not_silently_undo_an_earlier_one(imported, tmp_path):
    """Red-team round 9 #3: the Dinas corrects row 1 (jam 2,5 → 3); the TKSK then corrects row 2 in his own copy,
    made before that correction, and sends it whole: row 1 went back to 2,5 with a note worded like a change."""
    first = rows(3)
    first[0]["jam"] = "3"
    [o] = import_files([write_csv(tmp_path / "koreksi dinas.csv", first)], imported, quiet=True, today=TODAY,
                       correct=True)
    assert o.accepted and o.corrected == 1
    stale = rows(3)  # the original copy: row 1 at 2,5 again, row 2's hours corrected
    stale[1]["jam"] = "4"
    before = Store(imported).version
    [o] = import_files([write_csv(tmp_path / "koreksi_tksk.csv", stale)], imported, quiet=True, today=TODAY,
                       correct=True)
    assert not o.accepted
    [p] = o.result.errors
    assert (p.code, p.row, p.column, p.value) == ("correction_puts_back", 2, "id_log", "T-0001")
    assert "jam 3 → 2,5" in p.reason_id and "jam 3 → 2.5" in p.reason_en
    assert "koreksi dinas.csv" in p.reason_id and "salinan lama" in p.reason_id
    assert "old copy" in p.reason_en
    # The row it refuses is not said to be a correction; the other is said as what would have happened (imp33).
    assert [x.value for x in o.result.problems if x.code == "corrected_not_done"] == ["T-0002"]
    assert Store(imported).version == before
    assert current_log(imported).set_index("id_log").at["T-0001", "jam"] == 3
    # Corrected from the latest copy, the same change goes in; row 1 as stored now is no change at all.
    latest = rows(3)
    latest[0]["jam"], latest[1]["jam"] = "3", "4"
    [o] = import_files([write_csv(tmp_path / "koreksi_baru.csv", latest)], imported, quiet=True, today=TODAY,
                       correct=True)
    assert o.accepted and o.corrected == 1 and not o.result.errors
    assert current_log(imported).set_index("id_log")["jam"].to_dict() == {"T-0001": 3, "T-0002": 4, "T-0003": 2.5}


def test_a_refused_correction_says_nothing_was_replaced_added_or_recorded(imported, tmp_path):
    """rev32's probe: a refused correction file had ``corrected`` 2, and its notes read "baris ini menggantikan baris
    ber-ID sama …; dicatat di jejak audit" and "… ditambahkan sebagai kegiatan baru" on the command line and the upload
    page, under "DITOLAK": a clerk read rows as stored that were not."""
    first = rows(3)
    first[0]["jam"] = "3"
    import_files([write_csv(tmp_path / "koreksi_dinas.csv", first)], imported, quiet=True, today=TODAY, correct=True)
    stale = rows(3) + [dict(rows(1)[0], id_log="T-0009", tanggal="2024-03-21")]  # an old copy, and a new row
    stale[2]["jumlah_orang"] = "5"
    path = write_csv(tmp_path / "koreksi_lama.csv", stale)
    for o in (validate_files([path], imported, correct=True)[0],
              import_files([path], imported, quiet=True, today=TODAY, correct=True)[0]):
        assert not o.accepted and (o.corrected, o.new_rows) == (0, 0)
        said = {p.code: p for p in o.result.problems}
        assert {"correction_puts_back", "corrected_not_done", "correction_adds_rows_not_done"} <= set(said)
        assert not {"corrected", "correction_adds_rows"} & set(said)
        assert "(jumlah_orang 2 → 5) bila berkas diterima; berkas ini ditolak" in said["corrected_not_done"].reason_id
        assert "had the file been accepted; this file was refused" in said["correction_adds_rows_not_done"].reason_en
        assert not any("dicatat di jejak audit" in p.reason_id or "recorded in the audit trail" in p.reason_en
                       for p in o.result.problems)
    last = json.loads((imported / "last_import.json").read_text(encoding="utf-8"))
    assert [(f["accepted"], f["new_rows"], f.get("corrected", 0)) for f in last["files"]] == [(False, 0, 0)]
    cmd = [sys.executable, "-m", "etl", "import-logs", str(path), "--store", str(imported), "--quiet", "--koreksi"]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 1 and "DITOLAK" in out.stderr
    assert "menggantikan baris ber-ID sama yang sudah ada" not in out.stdout + out.stderr
    assert "dicatat di jejak audit" not in out.stdout + out.stderr
    assert current_log(imported).set_index("id_log")["jumlah_orang"].to_dict() == {"T-0001": 2, "T-0002": 2, "T-0003": 2}


def test_an_old_value_put_back_on_purpose_goes_in_from_a_file_of_that_row_alone(imported, tmp_path):
    first = rows(3)
    first[0].update(jam="3", jumlah_orang="5")
    import_files([write_csv(tmp_path / "k1.csv", first)], imported, quiet=True, today=TODAY, correct=True)
    second = rows(3)
    second[0].update(jam="3", jumlah_orang="5", kendala="Jalan rusak parah")
    import_files([write_csv(tmp_path / "k2.csv", second)], imported, quiet=True, today=TODAY, correct=True)
    # Hours put back to 2,5 while another cell is corrected in the same row: how a row of an old copy looks once its
    # holder fixed something else in it; refused, not taken for a deliberate reversal (review rev32 #1).
    mixed = rows(3)[:1]
    mixed[0].update(jumlah_orang="6", kendala="Jalan rusak parah")
    [o] = import_files([write_csv(tmp_path / "campur.csv", mixed)], imported, quiet=True, today=TODAY, correct=True)
    assert [p.code for p in o.result.errors] == ["correction_puts_back"]
    assert current_log(imported).set_index("id_log").at["T-0001", "jam"] == 3
    # The hours alone put back, nothing else changed in the row: on purpose.
    back = rows(3)[:1]
    back[0].update(jumlah_orang="5", kendala="Jalan rusak parah")
    [o] = import_files([write_csv(tmp_path / "kembali.csv", back)], imported, quiet=True, today=TODAY, correct=True)
    assert o.accepted and o.corrected == 1
    [note] = [p for p in o.result.problems if p.code == "correction_put_back"]
    assert not note.is_error and note.value == "T-0001"
    assert "jam 3 → 2,5" in note.reason_id and "k1.csv" in note.reason_id and "jumlah_orang" not in note.reason_id
    assert current_log(imported).set_index("id_log").at["T-0001", "jam"] == 2.5
    [entry] = audit.read(imported, limit=1)
    assert [c["code"] for c in entry["corrections"]] == ["corrected", "correction_put_back"]
    # The same row beside an unchanged one is refused: that is how an old copy looks.
    again = rows(3)[:2]
    again[0].update(jam="3", jumlah_orang="5", kendala="Jalan rusak parah")
    import_files([write_csv(tmp_path / "k3.csv", again[:1])], imported, quiet=True, today=TODAY, correct=True)
    stale = rows(3)[:2]
    stale[0].update(jumlah_orang="6", kendala="Jalan rusak parah")
    [o] = import_files([write_csv(tmp_path / "k4.csv", stale)], imported, quiet=True, today=TODAY, correct=True)
    assert [p.code for p in o.result.errors] == ["correction_puts_back"]
    assert "k3.csv" in o.result.errors[0].reason_id


def test_a_correction_note_writes_decimals_the_indonesian_way_beside_the_english(imported, tmp_path):
    """"jam 2.5 → 3" in the Indonesian note read as 2 500 to a clerk used to 2,5 (round 29)."""
    [o] = import_files([corrected_file(tmp_path, jam="3")], imported, quiet=True, today=TODAY, correct=True)
    [note] = [p for p in o.result.problems if p.code == "corrected"]
    assert "(jam 2,5 → 3)" in note.reason_id and "(jam 2.5 → 3)" in note.reason_en


def test_every_note_of_rows_stored_has_its_wording_for_a_refused_file():
    """``problems.not_done`` reads a note's fields back from its text: each note that says rows were stored turns
    into its refused wording with the same figures, in both languages."""
    import string

    from tksk.problems import MESSAGES, NOT_DONE, not_done, problem

    for code, refused in NOT_DONE.items():
        names = {n for text in MESSAGES[code] for _, n, _, _ in string.Formatter().parse(text) if n}
        fields = {n: f"<{n} {i}, 2,5 → 3>" for i, n in enumerate(sorted(names))}
        p = not_done(problem("berkas.csv", code, row=4, column="id_log", value="T-0001", **fields))
        assert p.code == refused and (p.row, p.column, p.value) == (4, "id_log", "T-0001")
        wanted = {n: v for n, v in fields.items() if "{" + n + "}" in MESSAGES[refused][0]}
        assert all(v in p.reason_id for v in wanted.values()), (code, p.reason_id)
        assert "ditolak" in p.reason_id and "refused" in p.reason_en
