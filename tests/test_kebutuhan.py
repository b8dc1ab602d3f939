"""The Dinas's need counts (kebutuhan): told apart from logs and rosters by their columns, checked like them,
imported beside them (the latest file wins for a kecamatan and year), and read by the planner."""

import pandas as pd
import pytest

from etl.importer import import_files, rollback, validate_files
from helpers import TODAY, rows, write_csv
from tksk import schema
from tksk.logs import detect_kind
from tksk.present.common import Data, Settings
from tksk.store import Store

KEC = "16.10.04"
GOOD = {"kode_kec": KEC, "tahun": "2024", "rumah_tangga_dtsen": "1500", "kpm_pkh": "900", "kpm_sembako": "1200",
        "kasus_ppks_baru": "40", "keterangan": "SIKS-NG Desember 2024"}


def counts(path, records):
    return write_csv(path, records)


@pytest.mark.parametrize("headers, kind", [
    (["kode_kec", "tahun", "kpm_pkh"], "kebutuhan"),
    (["Kode kecamatan", "Tahun", "Rumah tangga DTSEN"], "kebutuhan"),  # the labels, as the XLSX guide names them
    (["Kecamatan code", "Year", "New PPKS cases registered"], "kebutuhan"),
    (["kode_kec", "tahun"], "kebutuhan"),  # no count: need counts all the same, told a count is missing
    (["id_log", "tahun", "kpm_pkh"], "log"),
    (["id_pos", "kode_kec", "status", "tahun", "kpm_pkh"], "roster"),
])
def test_the_kind_is_told_by_the_columns(headers, kind):
    assert detect_kind(headers) == kind


@pytest.fixture
def real_store(empty_store, tmp_path):
    """A store with a real log for March 2024 (the planner needs a period)."""
    [o] = import_files([write_csv(tmp_path / "log.csv", rows(3))], empty_store, quiet=True, today=TODAY)
    assert o.accepted
    return empty_store


def need_of(root, kec=KEC) -> float:
    from tksk import wisn
    from tksk.present import planner

    s = Settings(start=pd.Timestamp("2024-03-01"), end=pd.Timestamp("2024-03-01"))
    table, _, _ = planner.plan(Data(Store(root)), s, wisn.Params(), 5000, 20)
    return float(table.set_index("kode_kec").loc[kec, "perlu_kebutuhan"])


def test_a_kebutuhan_file_imports_and_changes_the_need_of_its_kecamatan(real_store, tmp_path):
    before, other_before = need_of(real_store), need_of(real_store, "16.10.05")
    empty = Store(real_store).read("kebutuhan")
    assert empty.empty and list(empty.columns) == list(schema.columns(schema.KebutuhanRow))
    [o] = import_files([counts(tmp_path / "kebutuhan.csv", [GOOD])], real_store, quiet=True, today=TODAY,
                       user="ani", names=["kebutuhan 2024.csv"])
    assert o.accepted and o.result.kind == "kebutuhan" and o.new_rows == 1, [str(p) for p in o.result.problems]
    stored = Store(real_store).read("kebutuhan")
    assert stored[["kode_kec", "tahun", "kpm_pkh"]].values.tolist() == [[KEC, 2024, 900.0]]
    with_counts = need_of(real_store)
    assert with_counts != pytest.approx(before)  # the Dinas's counts replace the structural estimate ...
    assert need_of(real_store, "16.10.05") == pytest.approx(other_before)  # ... of this kecamatan only
    doubled = {k: str(2 * int(v)) if k in schema.COUNT_COLUMNS else v for k, v in GOOD.items()}
    import_files([counts(tmp_path / "dua kali.csv", [doubled])], real_store, quiet=True, today=TODAY)
    assert need_of(real_store) > with_counts  # and more households and cases are more work
    sumber = Store(real_store).read("sumber")
    assert "kebutuhan_dinas" in set(sumber["id_sumber"])
    from tksk.present.planner import BRIEF_SOURCES
    assert "kebutuhan_dinas" in BRIEF_SOURCES
    assert Store(real_store).manifest["log_rows"] == 3  # the log is untouched


def test_the_latest_file_wins_and_says_it_replaced(real_store, tmp_path):
    import_files([counts(tmp_path / "a.csv", [GOOD])], real_store, quiet=True, today=TODAY)
    [same] = import_files([counts(tmp_path / "b.csv", [GOOD])], real_store, quiet=True, today=TODAY)
    assert same.accepted and same.new_rows == 0 and not same.result.problems
    newer = dict(GOOD, kpm_pkh="950")
    [o] = validate_files([counts(tmp_path / "c.csv", [newer])], real_store, today=TODAY)
    assert o.accepted and [p.code for p in o.result.problems] == ["replaced"]
    assert "16.10.04" in o.result.problems[0].reason_id and "2024" in o.result.problems[0].reason_en
    [o] = import_files([counts(tmp_path / "c.csv", [newer])], real_store, quiet=True, today=TODAY)
    assert o.accepted and o.new_rows == 1
    assert Store(real_store).read("kebutuhan")["kpm_pkh"].tolist() == [950.0]
    # Two files of one import with other figures for a kecamatan and year: which won was the order the files were
    # picked in (red-team of 2026-12-05). The second is refused, naming the first.
    a, b = dict(GOOD, tahun="2023", kpm_pkh="10"), dict(GOOD, tahun="2023", kpm_pkh="20")
    first, second = import_files([counts(tmp_path / "d.csv", [a]), counts(tmp_path / "e.csv", [b])], real_store,
                                 quiet=True, today=TODAY)
    assert first.accepted and not second.accepted
    [p] = second.result.errors
    assert p.code == "kebutuhan_twice_in_batch" and "berkas d.csv" in p.reason_id and "2023" in p.reason_id
    assert "(kpm_pkh 20 ≠ 10)" in p.reason_id  # which count, both figures
    k = Store(real_store).read("kebutuhan").set_index("tahun")
    assert k.loc[2023, "kpm_pkh"] == 10 and k.loc[2024, "kpm_pkh"] == 950
    # The first file repeating the store's figures (no change to write) disagrees with the second all the same.
    same, other = dict(GOOD, kpm_pkh="950"), dict(GOOD, kpm_pkh="975")
    first, second = validate_files([counts(tmp_path / "h.csv", [same]), counts(tmp_path / "i.csv", [other])], real_store,
                                   today=TODAY)
    assert first.accepted and [p.code for p in second.result.errors] == ["kebutuhan_twice_in_batch"]
    # Undo brings back the figures before the last import.
    assert rollback(real_store, user="adi")[-1].code == "rolled_back"
    assert 2023 not in set(Store(real_store).read("kebutuhan")["tahun"])
    # Files that fill different counts of one kecamatan and year (the PKH coordinator's, the DTSEN operator's) agree.
    pkh, dtsen = ({"kode_kec": "16.10.04", "tahun": "2022", column: value}
                  for column, value in (("kpm_pkh", "30"), ("rumah_tangga_dtsen", "900")))
    both = import_files([counts(tmp_path / "f.csv", [pkh]), counts(tmp_path / "g.csv", [dtsen])], real_store,
                        quiet=True, today=TODAY)
    assert all(x.accepted for x in both)
    assert Store(real_store).read("kebutuhan").set_index("tahun").loc[2022, ["kpm_pkh", "rumah_tangga_dtsen"]].tolist() == [30, 900]


def test_an_import_in_the_same_second_or_after_the_clock_went_back_still_comes_later(real_store, tmp_path,
                                                                                       monkeypatch):
    import datetime as dt

    from etl import importer
    frozen = dt.datetime(2025, 1, 6, 9, 0, 0)
    monkeypatch.setattr(importer, "batch_name", lambda root, now=None, real=importer.batch_name: real(root, frozen))
    for value in ("900", "950", "990"):  # same stamp three times: each later file must still win
        import_files([counts(tmp_path / f"{value}.csv", [dict(GOOD, kpm_pkh=value)])], real_store, quiet=True,
                     today=TODAY)
        assert Store(real_store).read("kebutuhan")["kpm_pkh"].tolist() == [float(value)]
    assert importer.batch_name(real_store, dt.datetime(2020, 1, 1)) > "20250106T090000000002"


def test_more_households_than_podes_families_is_a_notice(real_store, tmp_path):
    families = Store(real_store).read("kecamatan").set_index("kode_kec").loc[KEC, "jumlah_kk"]
    big = dict(GOOD, rumah_tangga_dtsen=str(int(families) + 1))
    [o] = import_files([counts(tmp_path / "big.csv", [big])], real_store, quiet=True, today=TODAY)
    assert o.accepted
    [notice] = o.result.problems
    assert notice.code == "more_than_families" and notice.column == "rumah_tangga_dtsen"
    assert f"{int(families):,}".replace(",", ".") in notice.reason_id


def test_many_new_cases_and_counts_of_zero_are_said_at_import_and_beside_the_planner_s_answer(real_store, tmp_path):
    """900.000 new cases for Kandis gave 8.930 posts, and a file of zeros took the need from 31 to 12 TKSK, each
    without a word (planner audit of 2026-12-06): a 0 is no such work at all, not "not known"."""
    from tksk import wisn
    from tksk.present import planner

    families = Store(real_store).read("kecamatan").set_index("kode_kec").loc[KEC, "jumlah_kk"]
    many = dict(GOOD, kasus_ppks_baru=str(int(families)))  # one new case for every family in a year
    zero = dict(GOOD, kode_kec="16.10.05", kpm_pkh="0", kasus_ppks_baru="0")
    [o] = import_files([counts(tmp_path / "kebutuhan.csv", [many, zero])], real_store, quiet=True, today=TODAY)
    assert o.accepted
    assert [(p.code, p.row, p.column) for p in o.result.problems] == [
        ("many_cases", 2, "kasus_ppks_baru"), ("zero_count", 3, "kpm_pkh"), ("zero_count", 3, "kasus_ppks_baru")]
    assert "1 baris berisi 0" in o.result.problems[1].reason_id
    s = Settings(start=pd.Timestamp("2024-03-01"), end=pd.Timestamp("2024-03-01"))
    note = planner.implausible_counts_note(Data(Store(real_store)), s, wisn.Params())
    assert f"Indralaya: kasus PPKS baru {int(families):,}".replace(",", ".") in note
    assert "angka 0 di 1 kecamatan (Pemulutan)" in note
    # Counts in their usual range say nothing.
    [o] = import_files([counts(tmp_path / "biasa.csv", [dict(GOOD, kode_kec="16.10.06")])], real_store, quiet=True,
                       today=TODAY)
    assert o.accepted and not o.result.problems


BAD = [
    ("kecamatan unknown", [dict(GOOD, kode_kec="16.10.99")], "unknown_kecamatan", 2, "kode_kec"),
    ("kecamatan blank", [dict(GOOD, kode_kec=" ")], "required", 2, "kode_kec"),
    ("year in the future", [dict(GOOD, tahun="2027")], "future_year", 2, "tahun"),
    ("year not whole", [dict(GOOD, tahun="2024.5")], "not_integer", 2, "tahun"),
    ("year too early", [dict(GOOD, tahun="1999")], "out_of_range", 2, "tahun"),
    ("year as text", [dict(GOOD, tahun="dua ribu")], "bad_number", 2, "tahun"),
    ("count not whole", [dict(GOOD, kpm_pkh="12,5")], "not_integer", 2, "kpm_pkh"),
    ("count negative", [dict(GOOD, kasus_ppks_baru="-3")], "negative", 2, "kasus_ppks_baru"),
    # No upper bound let a count of a billion households drive the need (review of 2026-12-05).
    ("count of a billion", [dict(GOOD, rumah_tangga_dtsen="1000000000")], "implausible", 2, "rumah_tangga_dtsen"),
    # The English thousands mark in a semicolon file was read as a decimal (1,000 as 1).
    ("1,000 in a semicolon file", (";", [dict(GOOD, kpm_pkh="1,000")]), "ambiguous_number", 2, "kpm_pkh"),
    ("count looks like a phone", [dict(GOOD, kpm_sembako="081234567890")], "personal_data_value", 2, "kpm_sembako"),
    ("no count at all", [dict(GOOD, rumah_tangga_dtsen="", kpm_pkh="", kpm_sembako="", kasus_ppks_baru="")],
     "table_rule", 2, None),
    ("a kecamatan and year twice", [GOOD, dict(GOOD, kpm_pkh="901")], "duplicate_key", 3, "tahun"),
]


@pytest.mark.parametrize("what, records, code, row, column", BAD, ids=[b[0] for b in BAD])
def test_bad_kebutuhan_files_are_refused_with_their_message(real_store, tmp_path, what, records, code, row, column):
    before = Store(real_store).version
    sep, records = records if isinstance(records, tuple) else (",", records)
    [o] = import_files([write_csv(tmp_path / "bad.csv", records, sep=sep)], real_store, quiet=True, today=TODAY)
    assert not o.accepted and o.result.kind == "kebutuhan"
    errors = [(p.code, p.row, p.column) for p in o.result.errors]
    assert (code, row, column) in errors, errors
    assert all(p.reason_id and p.reason_en for p in o.result.problems)
    assert Store(real_store).version == before and Store(real_store).read("kebutuhan").empty
    if code == "personal_data_value":
        assert "081234567890" not in str(o.result.problems)


def test_the_messages_say_what_is_wrong(real_store, tmp_path):
    [o] = validate_files([counts(tmp_path / "x.csv", [dict(GOOD, rumah_tangga_dtsen="", kpm_pkh="", kpm_sembako="",
                                                          kasus_ppks_baru=""), dict(GOOD, tahun="2031")])],
                         real_store, today=TODAY)
    reasons = {p.code: (p.reason_id, p.reason_en) for p in o.result.errors}
    assert reasons["future_year"] == ("tahun di masa depan", "year in the future")
    [o] = validate_files([counts(tmp_path / "y.csv", [{k: v for k, v in GOOD.items() if k in schema.COUNT_COLUMNS
                                                       or k == "kode_kec"} | {"tahun": ""}])], real_store, today=TODAY)
    assert [(p.code, p.column) for p in o.result.errors] == [("required", "tahun")]
    [o] = validate_files([counts(tmp_path / "z.csv", [GOOD, dict(GOOD, kpm_pkh="1")])], real_store, today=TODAY)
    assert o.result.errors[0].reason_en == "same kode_kec, tahun as row 2"


def test_the_template_is_made_from_the_schema_and_passes(real_store, tmp_path):
    from etl.template import write_templates

    s = Store(real_store)
    paths = {p.name: p for p in write_templates(tmp_path / "tpl", s.read("kecamatan"), s.read("desa"))}
    assert {"template_kebutuhan.csv", "template_kebutuhan.xlsx"} <= set(paths)
    head = pd.read_csv(paths["template_kebutuhan.csv"], nrows=0).columns.tolist()
    assert head == list(schema.columns(schema.KebutuhanRow))
    for name in ("template_kebutuhan.csv", "template_kebutuhan.xlsx"):
        [o] = validate_files([paths[name]], real_store, today=TODAY)
        # Valid but for being the example (which a clerk deletes before filling the file in).
        assert o.result.kind == "kebutuhan" and [p.code for p in o.result.problems if p.code != "recognised"] == [
            "template_example"], (name, [str(p) for p in o.result.problems])
    import openpyxl

    wb = openpyxl.load_workbook(paths["template_kebutuhan.xlsx"])
    assert wb.sheetnames[0] == "kebutuhan" and wb["kode"].sheet_state == "hidden"


def test_a_rebuild_keeps_the_counts_and_a_demo_build_leaves_them_aside(real_store, tmp_path, source_dir):
    from etl.build import build

    import_files([counts(tmp_path / "a.csv", [GOOD])], real_store, quiet=True, today=TODAY)
    build(source_dir, real_store, quiet=True)
    assert len(Store(real_store).read("kebutuhan")) == 1
    build(source_dir, real_store, demo_mode=True, quiet=True)
    demo = Store(real_store)
    assert demo.read("kebutuhan").empty and "kebutuhan_dinas" not in set(demo.read("sumber")["id_sumber"])


def test_the_command_line_imports_counts(real_store, tmp_path):
    import subprocess
    import sys

    from helpers import ROOT

    path = counts(tmp_path / "k.csv", [GOOD])
    done = subprocess.run([sys.executable, "-m", "etl", "import-logs", str(path), "--store", str(real_store), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "DIIMPOR/IMPORTED: k.csv — 1 baris baru" in done.stdout
    bad = counts(tmp_path / "bad.csv", [dict(GOOD, tahun="2099")])
    done = subprocess.run([sys.executable, "-m", "etl", "validate", str(bad), "--store", str(real_store)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "tahun di masa depan / year in the future" in done.stderr


def test_the_example_rows_of_the_roster_and_need_count_templates_are_refused(demo_store_root, tmp_path):
    """Left in above a clerk's rows they were imported as a phantom post in Indralaya and made-up 2024 counts."""
    from etl.importer import validate_files
    from etl.template import write_templates
    from tksk.store import Store

    store = Store(demo_store_root)
    paths = [p for p in write_templates(tmp_path, store.read("kecamatan"), store.read("desa"))
             if p.stem in ("template_daftar_pos", "template_kebutuhan")]
    assert len(paths) == 4  # CSV and XLSX of each
    for o in validate_files(paths, demo_store_root):
        assert not o.accepted and [(p.code, p.row) for p in o.result.errors] == [("template_example", 2)], o.name


def test_a_file_of_some_counts_keeps_the_others_held(real_store, tmp_path):
    """The PKH coordinator's file of PKH families alone erased DTSEN, Sembako and PPKS counts held from before."""
    import_files([counts(tmp_path / "a.csv", [GOOD])], real_store, quiet=True, today=TODAY)
    pkh_only = tmp_path / "pkh.csv"
    pd.DataFrame([{"kode_kec": KEC, "tahun": "2024", "Jumlah KPM PKH": "950"}]).to_csv(pkh_only, index=False)
    [o] = import_files([pkh_only], real_store, quiet=True, today=TODAY)
    assert o.accepted and [p.code for p in o.result.problems] == ["replaced"]
    [row] = Store(real_store).read("kebutuhan").to_dict("records")
    assert (row["kpm_pkh"], row["rumah_tangga_dtsen"], row["kpm_sembako"], row["kasus_ppks_baru"]) == (950, 1500, 1200, 40)
    # DTSEN under its old name (DTKS) is read as that count, not dropped.
    dtks = tmp_path / "dtks.csv"
    pd.DataFrame([{"kode_kec": KEC, "tahun": "2024", "Rumah tangga DTKS": "1600"}]).to_csv(dtks, index=False)
    [o] = import_files([dtks], real_store, quiet=True, today=TODAY)
    assert o.accepted and "unknown_column" not in {p.code for p in o.result.problems}
    assert Store(real_store).read("kebutuhan").iloc[0]["rumah_tangga_dtsen"] == 1600


def test_need_counts_with_a_clerk_s_titles_and_a_roster_without_status_are_read_as_what_they_are(real_store, tmp_path):
    """Both were read as activity logs and told to add id_log, tanggal and jumlah_orang."""
    from tksk.logs.raw import detect_kind

    assert detect_kind(["Kode Kec", "Tahun", "Jml RT DTKS", "Jml KPM PKH", "Jml KPM BPNT", "Jml PPKS", "Ket"]) == "kebutuhan"
    assert detect_kind(["id_pos", "kode_kec", "tanggal_mulai", "tanggal_selesai"]) == "roster"
    assert detect_kind(["Kode Kec", "Jml KPM PKH", "Jml RT DTKS"]) == "kebutuhan"  # the year missing: told so
    assert detect_kind(["tanggal", "kode_kec", "jenis_kegiatan"]) == "log"
    path = tmp_path / "ros.csv"
    pd.DataFrame([{"id_pos": "P-1", "kode_kec": KEC, "tanggal_mulai": "2024-01-01"}]).to_csv(path, index=False)
    [o] = validate_files([path], real_store, today=TODAY)
    assert o.result.kind == "roster" and [(p.code, p.column) for p in o.result.errors] == [("missing_column", "status")]


def test_a_totals_row_under_need_counts_is_one_problem(empty_store, tmp_path):
    """A 'Jumlah' row under the counts gave 'wrong format', 'year required' and its SUM formulas' errors; the log's
    one totals-row message now covers need counts too (they require only two columns)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "kebutuhan"
    header = ["kode_kec", "tahun", "rumah_tangga_dtsen", "kpm_pkh"]
    ws.append(header)
    ws.append([KEC, 2024, 1500, 900])
    ws.append(["16.10.05", 2024, 1200, 700])
    ws.append(["Jumlah", None, "=SUM(C2:C3)", "=SUM(D2:D3)"])  # openpyxl stores no value for a formula
    wb.save(path := tmp_path / "kebutuhan.xlsx")
    [o] = validate_files([path], empty_store, today=TODAY)
    assert [(p.code, p.row) for p in o.result.errors] == [("totals_row", 4)]


def test_need_counts_into_a_demo_store_say_the_demo_logs_go_and_no_log_came(store_copy, tmp_path, capsys):
    """The import said the demo logs were "replaced by the imported real logs" when only need counts came."""
    [o] = import_files([counts(tmp_path / "kebutuhan.csv", [GOOD])], store_copy, today=TODAY)
    assert o.accepted and o.result.kind == "kebutuhan"
    err = capsys.readouterr().err
    assert "they are removed because real data was imported; the log pages stay empty" in err
    assert "replaced by the imported real logs" not in err
    assert not Store(store_copy).is_demo
