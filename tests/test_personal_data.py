"""Personal data planted in every spelling a clerk uses must not reach the store (any byte, any Parquet string),
the application log, the last-import record or the audit trail."""

import logging
import re

import pandas as pd
import pyarrow.parquet as pq

from etl.importer import import_files
from helpers import TODAY, imported_log, rows
from tksk import pii

NIKS = ["1610012345678901", "1610 0123 4567 8901", "1610.0123.4567.8901", "1610-0123-4567-8901"]
PHONES = ["+62 812-3456-7890", "0812 3456 7890", "0812.3456.789", "081234567890", "6281234567890", "(0812) 3456789"]
NAMES = ["Siti Aminah", "Budi Santoso", "Ahmad Yani", "Joko Widodo", "Rina"]
TEXT = [f"NIK {NIKS[1]}, hp {PHONES[0]}", f"KK {NIKS[2]} / {NIKS[3]}; wa {PHONES[1]}",
        f"Bertemu Ibu {NAMES[0]} dan Bapak {NAMES[1]}", f"bantuan a.n. {NAMES[2].lower()}, {PHONES[2]}",
        f"Sdr. {NAMES[3]} ({PHONES[4]}) {NIKS[0]}", f"Bu {NAMES[4]}: {PHONES[5]}"]


def _planted() -> list[str]:
    spellings = NIKS + PHONES + NAMES + [NAMES[2].lower()]
    return spellings + sorted({re.sub(r"\D", "", s) for s in NIKS + PHONES})


def _files(tmp_path):
    log = pd.DataFrame(rows(len(TEXT))).assign(kendala=TEXT, **{"NIK": NIKS[0], "No HP": PHONES[3], "Nama KPM": NAMES[0]})
    accepted = tmp_path / f"laporan Ibu {NAMES[0]} {PHONES[1]}.csv"
    log.to_csv(accepted, index=False)
    roster = tmp_path / "daftar_pos.csv"
    pd.DataFrame([{"id_pos": "P-A", "kode_kec": "16.10.04", "status": "aktif", "tanggal_mulai": "2024-01-01",
                   "tanggal_selesai": "", "keterangan": TEXT[0]},
                  {"id_pos": "P-B", "kode_kec": "16.10.05", "status": "kosong", "tanggal_mulai": "2024-01-01",
                   "tanggal_selesai": "", "keterangan": TEXT[2]}]).to_csv(roster, index=False)
    bad = []
    for i, change in enumerate([{"id_log": NIKS[1]}, {"id_pos": PHONES[0]}, {"jumlah_orang": NIKS[0]},
                                {"jumlah_kk": PHONES[3]}, {"id_pos": f"Pak {NAMES[1]}"}]):
        path = tmp_path / f"bad{i}.csv"
        pd.DataFrame(rows(3, **change)).to_csv(path, index=False)
        bad.append(path)
    header = tmp_path / "header.csv"
    pd.DataFrame([dict(r, id_log="H" + r["id_log"]) for r in rows(2)]).rename(columns={"kendala": NIKS[0]}).to_csv(
        header, index=False)
    return accepted, roster, bad + [header]


def test_planted_personal_data_never_leaks(empty_store, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    accepted, roster, bad = _files(tmp_path)
    outcomes = import_files([accepted, roster, *bad], empty_store, quiet=True, today=TODAY, user=f"Ibu {NAMES[0]}",
                            names=[accepted.name, roster.name] + [p.name for p in bad])
    assert [o.accepted for o in outcomes] == [True, True] + [False] * 5 + [True]
    assert {p.code for p in outcomes[0].result.problems} >= {"personal_data_column", "text_scrubbed"}
    leaked = []
    planted = _planted()
    shown = "\n".join(str(p) for o in outcomes for p in o.result.problems) + "\n" + caplog.text
    leaked += [(s, "messages or log") for s in planted if s in shown]
    files = [f for f in empty_store.rglob("*") if f.is_file()]
    assert any(f.name == "audit.jsonl" for f in files) and any(f.name == "last_import.json" for f in files)
    for f in files:
        data = f.read_bytes()
        leaked += [(s, f.name) for s in planted if s.encode() in data]
        if f.suffix == ".parquet":
            table = pq.read_table(f)
            strings = list(table.column_names) + [v for c in table.columns if str(c.type) in ("string", "large_string")
                                                  for v in c.to_pylist() if v]
            leaked += [(s, f.name) for s in planted for v in strings if s in v]
    assert not leaked, sorted(set(leaked))
    log = imported_log(empty_store)
    kept = log.loc[log["id_log"].str.startswith("T-"), "kendala"].tolist()
    assert len(kept) == len(TEXT)
    assert all("disamarkan" in k for k in kept)
    assert not any(pii.looks_personal(k.replace(pii.NAME_MASK, "")) for k in kept)
