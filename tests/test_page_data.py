"""Sumber & Kualitas Data under AppTest: sources, quality grid, upload with and without password."""

import pandas as pd

from helpers import open_page, rows, write_csv
from tksk.store import Store


def open_data(root, monkeypatch, password=None):
    if password:
        monkeypatch.setenv("TKSK_UPLOAD_PASSWORD", password)
    else:
        monkeypatch.delenv("TKSK_UPLOAD_PASSWORD", raising=False)
    return open_page(root, monkeypatch, "views/data.py")


def test_sources_and_store_info(demo_store_root, monkeypatch):
    at = open_data(demo_store_root, monkeypatch)
    at.run()
    assert not at.exception
    titles = [e.label for e in at.expander]
    assert len(titles) == 13  # the published kecamatan areas are a source of their own
    assert any(t.startswith("Luas Wilayah Administrasi Kecamatan") for t in titles)
    assert any(t.startswith("Kode dan data wilayah administrasi pemerintahan (Kepmendagri") for t in titles)
    assert any("CONTOH" in t for t in titles) and any(t.startswith("Waruwu (2024)") for t in titles)
    podes = [e for e in at.expander if e.label.startswith("Potensi Desa (PODES) 2021")][0]
    texts = [x.value for x in podes.text]
    assert "Lisensi: Terbuka dengan atribusi CIFOR-ICRAF Indonesia (2024); berstatus draf" in texts
    assert any("Data contoh (demo)" in w.value for w in at.warning)
    areas = [d.value for d in at.dataframe if "Luas terbitan (km²)" in d.value.columns][0]
    assert len(areas) == 16 and areas.set_index("Kecamatan").loc["Indralaya Utara", "Luas terbitan (km²)"] == 472.33


def test_report_grid_shows_the_late_kecamatan(demo_store_root, monkeypatch):
    at = open_data(demo_store_root, monkeypatch)
    at.run()
    summary = [d.value for d in at.dataframe if "Kelengkapan (%)" in d.value.columns][0]
    worst = summary.sort_values("Kelengkapan (%)").iloc[0]
    assert worst["Kecamatan"] == "Kandis"
    assert summary.set_index("Kecamatan").loc["Kandis", "Ketepatan waktu (%)"] == 0


def test_upload_refused_without_password(demo_store_root, monkeypatch):
    at = open_data(demo_store_root, monkeypatch)
    at.run()
    assert not at.file_uploader
    assert any("Unggah nonaktif" in i.value for i in at.info)


def test_wrong_password_refused(demo_store_root, monkeypatch):
    at = open_data(demo_store_root, monkeypatch, password="rahasia-dinas")
    at.run()
    at.text_input(key="upload_pw").input("salah").run()
    assert any("Kata sandi salah" in e.value for e in at.error)
    assert not at.file_uploader


def test_bad_upload_shows_problems_and_leaves_store_unchanged(store_copy, monkeypatch, tmp_path):
    at = open_data(store_copy, monkeypatch, password="rahasia-dinas")
    before = Store(store_copy).version
    at.run()
    at.text_input(key="upload_pw").input("rahasia-dinas").run()
    bad = write_csv(tmp_path / "bad.csv", rows(3, kode_kec="16.10.99", jumlah_orang="-2"))
    at.file_uploader(key="upload_files").set_value([("log_maret.csv", bad.read_bytes(), "text/csv")])
    at.run()
    assert not at.exception
    assert any("masalah di log_maret.csv" in e.value for e in at.error)
    problems = [d.value for d in at.dataframe if "Alasan" in d.value.columns][0]
    assert set(problems["Baris"]) == {3}
    assert "kode kecamatan tidak ada di daftar Kemendagri" in " ".join(problems["Alasan"])
    assert all(b.key != "do_import" for b in at.button)
    assert Store(store_copy).version == before


def test_clean_upload_imports(store_copy, monkeypatch, tmp_path):
    at = open_data(store_copy, monkeypatch, password="rahasia-dinas")
    at.run()
    at.text_input(key="upload_pw").input("rahasia-dinas").run()
    good = write_csv(tmp_path / "good.csv", rows(3))
    at.file_uploader(key="upload_files").set_value([("log_maret.csv", good.read_bytes(), "text/csv")])
    at.run()
    assert any("3 baris valid" in s.value for s in at.success)
    at.button(key="do_import").click().run()
    assert not at.exception
    assert any("Diimpor: log_maret.csv, 3 baris baru" in s.value for s in at.success)
    assert Store(store_copy).manifest["log_mode"] == "real"


def test_downloads_neutralise_formulas():
    import io

    from tksk.present import export

    df = pd.DataFrame({"kendala": ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "biasa"], "n": [1, 2, 3, 4, 5]})
    text = export.to_csv(df).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1" in text and "'-2" in text and "'@SUM" in text
    back_csv = pd.read_csv(io.StringIO(text), dtype=str)
    # Plain text stays exactly as it was: only a cell Excel would run is prefixed.
    assert back_csv["kendala"].tolist()[4] == "biasa"
    back = pd.read_excel(io.BytesIO(export.to_xlsx(df)))
    assert back["kendala"].tolist()[:4] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)"]
    assert back["n"].tolist() == [1, 2, 3, 4, 5]
