"""Downloads carry their context: period and DEMO in the name, a description sheet, rounded numbers, labels."""

import io
import re

import pandas as pd
import pytest

from tksk.present import coverage, export
from tksk.present.common import Data, Settings, Table
from tksk.text import t

S = Settings(start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-12-01"))


@pytest.fixture(scope="module")
def data(demo_store):
    return Data(demo_store)


def test_file_name_carries_the_period_and_the_demo_flag(data):
    assert export.stem(coverage.export(data, S), data, S) == "cakupan_kecamatan_2024-01_2024-12_DEMO"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_xlsx_has_a_description_sheet_with_period_sources_and_demo_flag(data, lang):
    s = Settings(lang=lang, start=S.start, end=S.end)
    table = coverage.export(data, s)
    raw = export.to_xlsx(export.frame(table, lang), export.about(table, data, s), lang)
    sheets = pd.read_excel(io.BytesIO(raw), sheet_name=None)
    about = sheets["keterangan" if lang == "id" else "about"]
    text = "\n".join(about.astype(str).agg(" ".join, axis=1))
    assert ("Januari 2024 – Desember 2024" if lang == "id" else "January 2024 – December 2024") in text
    assert ("DATA CONTOH" if lang == "id" else "DEMO DATA") in text
    assert "PODES 2021" in text and "2021" in text and "Kepmendagri" in text
    # The sources in the reader's language where the store has them (producer, licence), as on the sources page.
    if lang == "en":
        assert "Ministry of Home Affairs" in text and "Licence: Open with attribution" in text
        assert not re.search(r"Kementerian|diharmonisasi|Terbuka dengan|dikemas oleh", text), text
    body = sheets["data"]
    assert len(body) == 16
    assert not [c for c in body.columns if "_" in c]  # every header is a label, none a snake_case name


def test_numbers_are_rounded_as_shown_and_codes_translated(data):
    table = Table(pd.DataFrame({"nama_kec": ["A"], "nilai": [831.6666666666666], "status": ["kosong"],
                                "fungsi": ["fasilitasi"]}), "x", decimals={"nilai": 1})
    out = export.frame(table, "en")
    assert out.iloc[0].tolist() == ["A", 831.7, "Vacant", "Facilitation"]
    assert list(out.columns) == ["Kecamatan", "Value", "Status", "Function"]


def test_indonesian_excel_csv_uses_semicolons_and_a_decimal_comma():
    df = pd.DataFrame({"Kecamatan": ["Kandis"], "Nilai": [1234.5]})
    text = export.to_csv_excel_id(df).decode("utf-8-sig")
    assert text.splitlines() == ["Kecamatan;Nilai", "Kandis;1234,5"]
    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",")
    assert back["Nilai"].iloc[0] == 1234.5


def test_region_codes_stay_text_in_the_indonesian_excel_csv(data):
    """aud25 #9: Kemiskinan's ranking wrote 16.10 (Ogan Ilir) bare, and Excel read it as 16,1 or 1.610."""
    from tksk.present import poverty
    ranked = poverty.ranking(data, S, "16.10", "p0_persen", 2023)["table"]
    # Its figures' period (March since 2015) and a title naming its measure and year (res34).
    assert set(export.frame(ranked, "id")[t("column:periode", "id")]) == {"Maret"}
    assert ranked.title.endswith(" 2023") and ranked.method == t("ranking_caption", "id", year=2023)
    text = export.to_csv_excel_id(export.frame(ranked, "id")).decode("utf-8-sig")
    assert '"=""16.10"""' in text and ";16.10;" not in text
    # Read back as Excel does: the cell is a formula whose value is the code as text.
    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",", dtype=str)
    assert "=\"16.10\"" in back[t("column:kode_wilayah", "id")].tolist()
    df = pd.DataFrame({"Kode": ["16.10.04", "16.10.04.2012", None], "Nama": ["Indralaya", "16.10 lama", "x"],
                       "Angka": ["1.5", "2", "3"]})
    rows = export.to_csv_excel_id(df).decode("utf-8-sig").splitlines()
    assert rows[1:] == ['"=""16.10.04""";Indralaya;1.5', '"=""16.10.04.2012""";16.10 lama;2', ";x;3"]
    # The plain CSV (R, pandas) keeps the bare code: its readers are told to read codes as text.
    assert ",16.10," in export.to_csv(export.frame(ranked, "id")).decode("utf-8-sig")


@pytest.mark.parametrize("lang, draft, year", [
    ("id", "tidak boleh dipakai sebagai rujukan pengambilan keputusan", "kolom periode tabel sumbernya menyebut 2019"),
    ("en", "must not be used as a reference for decisions", "period column says 2019")])
def test_every_description_citing_podes_carries_its_own_caveats(data, lang, draft, year):
    """aud25 #6: the PODES draft's authors say it is not to be decided on, and its year may be 2019; per-KK figures
    and most of the need rest on it, and its description said only "berstatus draf"."""
    s = Settings(lang=lang, start=S.start, end=S.end)
    about = export.about(coverage.export(data, s), data, s)
    [podes] = [v for v in about.iloc[:, 1] if "Potensi Desa (PODES) 2021: jumlah keluarga" in v]
    assert draft in podes and year in podes


@pytest.mark.parametrize("lang, words", [
    ("id", ["2025", "penduduk kabupaten 2025 (446.020 jiwa", "tanggal acuan", "berakhir 2024: angka perkiraan 2025"]),
    ("en", ["2025", "regency population of 2025 (446,020 people)", "reference date", "ends in 2024: the 2025 estimate"])])
def test_the_population_estimate_says_its_year_total_and_method(data, lang, words):
    """aud25 #10: the estimate's description said "the year of the latest regency total", not 2025 and 446.020, and a
    2024 download divided by a 2025 figure without a word."""
    s = Settings(lang=lang, start=S.start, end=S.end)
    about = export.about(coverage.export(data, s), data, s)
    [line] = [v for v in about.iloc[:, 1] if "(dihitung dashboard)" in v]
    assert all(w in line for w in words), line
    assert "terbaru" not in line and "latest regency total" not in line
    # A period in the estimate's year, or a reference table without a period, does not say it ends before.
    s25 = Settings(lang=lang, start=pd.Timestamp("2025-01-01"), end=pd.Timestamp("2025-06-01"))
    [line] = [v for v in export.about(coverage.export(data, s25), data, s25).iloc[:, 1] if "(dihitung dashboard)" in v]
    assert words[1] in line and words[3] not in line


def test_the_estimate_names_the_kecamatan_it_could_not_estimate_on_the_card_and_in_the_files(demo_store):
    """A kecamatan without a 2010 census figure is not estimated and its people are not shared out: the record says
    which, wherever it shows (Data › Sumber's card and every description sheet), in either language."""
    from tksk.present import data as data_page

    record = {"id_sumber": export.ESTIMATE, "tahun": "x", "perubahan": "x", "tahun_en": "x", "perubahan_en": "x"}
    estimate = {"tahun": 2025, "total": 446020.0, "metode": "… data_kepmendagri …", "tanpa_sp2010": ["16.10.13"]}
    out = export.estimate_record(record, estimate)
    assert out["perubahan"].endswith("tidak dibagikan ke kecamatan lain: 16.10.13")
    assert out["perubahan_en"].endswith("not shared out to the other kecamatan: 16.10.13")
    assert "16.10.13" not in export.estimate_record(record, {**estimate, "tanpa_sp2010": []})["perubahan"]
    fresh = Data(demo_store)
    fresh.manifest = {**fresh.manifest, "estimate": estimate}
    [card] = [lines for title, lines in data_page.sources(fresh, "id")["cards"] if "(dihitung dashboard)" in title]
    assert any(line.endswith("16.10.13") for line in card) and any("446.020" in line for line in card)


def test_whole_numbers_download_without_a_decimal_point_and_gaps_stay_empty():
    table = Table(pd.DataFrame({"Kecamatan": ["Kandis", "Pemulutan"], "KK": [5811.0, None], "Nilai": [1.5, 2.0]}), "x")
    out = export.frame(table, "id")
    # A whole figure in a column of halves is written whole too (2, not 2.0), in both CSVs.
    assert export.to_csv(out).decode("utf-8-sig").splitlines() == ["Kecamatan,KK,Nilai", "Kandis,5811,1.5", "Pemulutan,,2"]
    assert export.to_csv_excel_id(out).decode("utf-8-sig").splitlines() == [
        "Kecamatan;KK;Nilai", "Kandis;5811;1,5", "Pemulutan;;2"]
    sheet = pd.read_excel(io.BytesIO(export.to_xlsx(out)), sheet_name=0)
    assert sheet["KK"].iloc[0] == 5811 and pd.isna(sheet["KK"].iloc[1])


def test_a_download_rounds_each_figure_as_the_screen_shows_it_whatever_the_files_column_names(data):
    """aud25 #7: decimals were looked up by the screen's column names, so a download with its own names (Beban,
    Kinerja) or a table without decimals (Peta) fell back to two: 6858.5 for 6.859, 78.99 for 79,0, "5811.0"."""
    from tksk import indicators
    from tksk.present import indicators as kinerja, workload
    for lang in ("id", "en"):
        s = Settings(lang=lang, start=S.start, end=S.end)
        beban = export.frame(workload.ranking(data, s, "kk_per_tksk")["table"], lang).set_index("Kecamatan")
        kk = t("metric:kk_per_tksk", lang)
        assert beban.loc["Tanjung Raja", kk] == 6859 and beban[f"{t('median', lang)} ({kk})"].iloc[0] == 6344
        assert beban.loc["Indralaya", t("difference_pct", lang)] == 74  # "+74 %" on the screen
        peta = export.frame(coverage.export(data, s), lang).set_index("Kecamatan")
        assert peta.loc["Tanjung Batu", t("metric:orang_per_1000kk", lang)] == 201.3
        assert peta.loc["Tanjung Batu", t("metric:penduduk_per_tksk", lang)] == 24683
        card = export.frame(kinerja.scorecard_table(data, s, indicators.Settings()), lang).set_index("Kecamatan")
        assert card.loc["Muara Kuang", t("column:komposit", lang)] == 79.0
        text = export.to_csv(export.frame(coverage.export(data, s), lang)).decode("utf-8-sig")
        assert ",5811," in text and "5811.0" not in text and "24682.5" not in text


def test_kinerjas_monthly_trend_downloads_each_indicator_at_its_own_decimals(data):
    """Its columns are named "K1 Kontak koordinasi …" (no " · "), and fell back to two decimals (4.13 for K1)."""
    from tksk import indicators
    from tksk.present import indicators as kinerja
    table = kinerja.trend(data, S, indicators.Settings(), "K1", "16.10.04")["table"]
    out = export.frame(table, "id")
    for key, ind in indicators.INDICATORS.items():
        column = f"{key} {t(f'indicator:{key}', 'id')}"
        if column in out:
            values = out[column].dropna()
            assert (values == values.round(ind.decimals)).all(), (column, values.tolist())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trend_and_the_scorecard_files_say_every_indicator_s_formula_and_the_trend_names_its_area(data, lang):
    """F2 stood blank in the files without its "fewer than 5 referrals: no value", and the trend's eleven series sat
    under the title of one, "Tren per bulan" (res34)."""
    from dataclasses import replace

    from tksk import indicators
    from tksk.present import indicators as kinerja
    s = replace(S, lang=lang)
    trend = kinerja.trend(data, s, indicators.Settings(), "K1", "16.10.04")["table"]
    card = kinerja.scorecard_table(data, s, indicators.Settings())
    for table in (trend, card):
        for key in indicators.INDICATORS:
            assert f"{key} ({t(f'indicator:{key}', lang)}) = {t(f'indicator_formula:{key}', lang)}." in table.method
    assert trend.title.endswith("· Indralaya")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_description_tells_a_plain_csv_reader_to_read_region_codes_as_text(data, lang):
    """pandas and R read the regency's code 16.10 in a plain CSV as the number 16,1, and nothing said otherwise (res34)."""
    from dataclasses import replace

    s = replace(S, lang=lang)
    coded = Table(pd.DataFrame({"Kode wilayah": ["16.10", "16.01"], "Wilayah": ["Ogan Ilir", "Ogan Komering Ulu"],
                                "P0 (%)": [12.5, 11.0]}), "peringkat")
    about = export.about(coded, data, s).set_index(t("about_field", lang))[t("about_value", lang)]
    assert "'Kode wilayah'" in about[t("about_codes", lang)] and "16.10" in about[t("about_codes", lang)]
    plain = Table(pd.DataFrame({"Wilayah": ["Ogan Ilir"], "P0 (%)": [12.5]}), "peringkat")
    assert t("about_codes", lang) not in set(export.about(plain, data, s)[t("about_field", lang)])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_beban_s_files_keep_what_the_screen_says_beside_their_figures(data, lang):
    """Per kecamatan: "6 bln kosong" beside Rantau Panjang on screen, an empty status column in the file; Jam tercatat:
    a percentage of a planner's setting with no method; Rincian: services read as people, with no method (res34)."""
    from dataclasses import replace

    from tksk.present import workload

    s = replace(S, lang=lang)
    ranking = workload.ranking(data, s, "kk_per_tksk")["table"]
    shown = ranking.frame.set_index("Kecamatan")[t("status", lang)]
    filed = export.frame(ranking, lang).set_index("Kecamatan")
    assert shown["Rantau Panjang"] and filed.loc["Rantau Panjang", t("status", lang)] == shown["Rantau Panjang"]
    assert filed.loc["Rantau Panjang", t("column:bulan_kosong", lang)] == 6
    assert filed.loc["Indralaya", t("column:bulan_kosong", lang)] == 0
    hours = workload.hours(data, s, 53.0)
    assert hours["table"].method == hours["available"] and "636" in hours["table"].method
    breakdown = workload.breakdown(data, s, "fungsi", None)["table"]
    assert breakdown.method == t("breakdown_method", lang) and breakdown.title.endswith(t("by_fungsi", lang))


def test_data_s_reference_files_carry_the_reading_their_captions_give(data):
    """Areas (computed vs published, and their totals), population by source ("Tidak jelas" explained) and the
    outliers' rule were on the screen only (res34)."""
    from tksk.present import data as data_page

    assert "poligon desa" in data_page.areas(data, S)["table"].method
    assert data_page.population_by_source(data, S).method == t("population_sources_caption", "id")
    assert data_page.outliers(data, S).method == t("outliers_caption", "id")


def test_a_difference_under_half_a_percent_keeps_the_decimal_the_screen_gives_it():
    table = Table(pd.DataFrame({"Kecamatan": ["A", "B", "C"], "Selisih (%)": [8.13, -0.3, None]}), "x")
    assert export.frame(table, "id")["Selisih (%)"].tolist()[:2] == [8.0, -0.3]
    assert export.frame(table, "id")["Selisih (%)"].isna().iloc[2]


def test_the_tables_behind_per_tksk_poverty_a_kecamatans_activities_and_the_scenarios_download_with_sources(data):
    """They were shown without a download (review of 2026-12-04): each now has a file name and its sources."""
    from tksk.present import indicators as kinerja, poverty

    ppt = poverty.poor_per_tksk(data, S, "16.10")["table"]
    acts = kinerja.activity_table(data, S, "16.10.05")
    assert (ppt.stem, acts.stem) == ("penduduk_miskin_per_tksk", "kegiatan_per_jenis_16.10.05")
    about = "\n".join(export.about(ppt, data, S).astype(str).agg(" ".join, axis=1))
    assert "BPS" in about and "DATA CONTOH" in about
    body = export.frame(ppt, "id")
    assert len(body) and body.select_dtypes("number").shape[1] >= 2  # numbers, not formatted text
    # In the reader's language, every header a label, no Indonesian note in an English file.
    en = export.frame(poverty.poor_per_tksk(data, Settings(lang="en", start=S.start, end=S.end), "16.10")["table"], "en")
    assert list(en.columns)[:4] == ["Year", "Poor people (thousands, BPS)", "Active TKSK posts, monthly average",
                                    "Poor people per TKSK (derived)"]
    assert not [c for c in en.columns if "_" in c] and "pos TKSK aktif" not in en.to_csv()
    assert "Pemulutan" in kinerja.activity_table(data, S, "16.10.05").title


def test_the_zip_carries_the_csv_and_its_sources(data):
    import zipfile

    table = coverage.export(data, S)
    name = export.stem(table, data, S)
    raw = export.to_zip(export.frame(table, "id"), export.about(table, data, S), name, "id")
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert sorted(z.namelist()) == [f"{name}.csv", f"{name}_keterangan.csv"]
        body = pd.read_csv(z.open(f"{name}.csv"), encoding="utf-8-sig")
        about = pd.read_csv(z.open(f"{name}_keterangan.csv"), encoding="utf-8-sig")
    assert len(body) == 16
    text = "\n".join(about.astype(str).agg(" ".join, axis=1))
    assert "Januari 2024 – Desember 2024" in text and "DATA CONTOH" in text and "PODES 2021" in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_scorecards_description_says_its_ceiling_and_the_settings_it_was_scored_with(data, lang):
    """The description sheet showed a literal "{cap}", and not the targets, weights and deadline used."""
    from tksk import indicators as ind
    from tksk.present import indicators as pi

    s = Settings(lang=lang, start=S.start, end=S.end)
    settings = ind.with_targets(ind.Settings(deadline_day=5, weights={"koordinasi": 2.0, "fasilitasi": 1.0,
                                                                      "administrasi": 1.0}), K1=6.0)
    about = export.about(pi.scorecard_table(data, s, settings), data, s)
    text = " ".join(about.iloc[:, 1].astype(str))
    assert "{" not in text and "min(120" in text
    assert "K1 6;" in text and "F1 " in text
    assert ("Batas laporan: tanggal 5 " if lang == "id" else "Report deadline: day 5 ") in text
    assert ("Koordinasi 2, " if lang == "id" else "Coordination 2, ") in text


def test_a_table_of_public_reference_data_is_not_labelled_demo_in_a_demo_store(data):
    """The poverty series and the reference tables come from BPS and Kemendagri whatever the log is: their ZIP
    said "DEMO DATA", their file name ended in DEMO, and the description listed the synthetic log as a source."""
    from tksk.present import poverty

    table = poverty.series(data, S, "16.10", "p0_persen")["table"]
    # Named by the years it holds, not the sidebar's period (a file named 2024-01_2024-12 held 2005 to 2025).
    years = table.frame["tahun"]
    assert not table.logs and export.stem(table, data, S) == f"kemiskinan_p0_persen_{years.min()}-{years.max()}"
    assert export.about(table, data, S).iloc[1, 1] == f"{years.min()}–{years.max()}"
    ranked = poverty.ranking(data, S, "16.10", "p0_persen", 2023)["table"]
    assert export.stem(ranked, data, S) == "peringkat_p0_persen_2023"
    per_tksk = poverty.poor_per_tksk(data, S, "16.10")["table"]
    assert export.stem(per_tksk, data, S) == "penduduk_miskin_per_tksk_2023-2024_DEMO"
    text = " ".join(export.about(table, data, S).iloc[:, 1].astype(str))
    assert "DATA CONTOH" not in text and "Data rujukan publik" in text and "BPS" in text
    assert "sintetis" not in text.lower()
    assert list(export.frame(table, "id", export.is_demo(table, data)).columns)[0] != "Data"


def test_a_demo_tables_rows_say_demo_in_every_format(data):
    """A CSV said DEMO in its file name only: renamed or pasted elsewhere, its figures read as real."""
    table = coverage.export(data, S)
    assert export.is_demo(table, data)
    for lang, word in (("id", "DEMO: dari log sintetis"), ("en", "DEMO: from a synthetic log")):
        df = export.frame(table, lang, demo=True)
        assert df.columns[0] == "Data" and (df["Data"].str.startswith(word)).all()
        assert word in export.to_csv(df).decode("utf-8-sig").splitlines()[1]


def test_an_english_readers_files_are_named_in_english(data):
    """English downloads kept Indonesian names ("kartu_skor_tksk", "beban_kk_per_tksk", "peringkat_p0_persen_2023")."""
    from tksk import indicators as ind
    from tksk.present import indicators as pi
    from tksk.present import workload
    from tksk.text import files

    en = Settings(lang="en", start=S.start, end=S.end)
    assert export.stem(pi.scorecard_table(data, en, ind.Settings()), data, en) == "tksk_scorecard_2024-01_2024-12_DEMO"
    assert export.stem(workload.ranking(data, en, "orang_per_bulan")["table"], data, en).startswith(
        "workload_people_per_month_2024-01")
    assert export.stem(coverage.export(data, en), data, en) == "coverage_kecamatan_2024-01_2024-12_DEMO"
    assert export.stem(coverage.export(data, S), data, S) == "cakupan_kecamatan_2024-01_2024-12_DEMO"
    assert files.stem("desa_16.10.04", "en") == "desa_16.10.04" and files.stem("peringkat_p0_persen_2023", "en") == \
        "ranking_p0_percent_2023"


@pytest.mark.parametrize("lang, yes, no, published", [("id", "ya", "tidak", "Sesuai sumber"),
                                                      ("en", "yes", "no", "As published")])
def test_flags_and_precision_download_in_words_and_the_report_grid_names_its_kecamatan(data, lang, yes, no, published):
    """A download held Python's True/False, the code "sesuai_sumber" and a report grid of kecamatan codes with no
    name (walk-through of 2026-12-06)."""
    table = Table(pd.DataFrame({"presisi": ["sesuai_sumber", "turunan"], "turunan": [False, True]}), "x")
    df = export.frame(table, lang)
    assert df.iloc[:, 0].tolist()[0] == published and df.iloc[:, 1].tolist() == [no, yes]
    from tksk.present import data as data_page

    from dataclasses import replace

    from tksk.text import t

    grid = export.frame(data_page.report_quality(data, replace(S, lang=lang), 10)["grid"], lang)
    assert grid.columns[:2].tolist() == ([t("column:kode_kec", lang), "Kecamatan"])
    assert set(grid.iloc[:, 1]) <= set(data.names().values()) and grid.iloc[:, 1].notna().all()
    assert set(grid[t("column:jatuh_tempo", lang)]) <= {yes, no}


def test_downloads_name_things_in_words_first_and_titles_are_readable(data):
    """The breakdown's file read "administrasi | 947" (a code, then a count called "Kegiatan"), the outliers' file
    held "jam" and a kecamatan code, and seven description sheets were titled by their file stem (walk-through of
    2026-12-06)."""
    from tksk.present import data as data_page, workload

    s = Settings(start=S.start, end=S.end, lang="en")
    breakdown = export.frame(workload.breakdown(data, s, "fungsi", None)["table"], "en")
    assert breakdown.columns[:2].tolist() == ["Function", "Number of activities"]
    assert breakdown.iloc[:, 0].tolist()[:1] == ["Facilitation"] and breakdown.columns[-1] == "Code"
    outliers = export.frame(data_page.outliers(data, s), "en")
    assert set(outliers["Column"]) <= {"Hours", "People served", "Households served"} and outliers["Kecamatan"].notna().all()
    plain = Table(pd.DataFrame({"x": [1]}), "kelengkapan_laporan")
    assert export.about(plain, data, S).iloc[0, 1] == "Kelengkapan laporan"


def test_a_description_cites_the_sources_its_figures_rest_on_and_how_they_were_derived(data):
    """A table naming no source cited all thirteen, the synthetic log beside public figures, and the home page's
    reference table of kecamatan downloaded as DEMO on every row (res21, a researcher's audit)."""
    from tksk.present import data as data_page
    from tksk.present import home

    def cited(table):
        return [v for k, v in export.about(table, data, S).itertuples(index=False) if k == "Sumber"]

    areas = data_page.areas(data, S)["table"]
    assert len(cited(areas)) == len(data_page.AREA_SOURCES)
    # Reference figures carry no period of the sidebar in their name or description.
    assert export.stem(areas, data, S) == "luas_kecamatan"
    assert dict(export.about(areas, data, S).itertuples(index=False))["Periode"] == "—"
    assert not any("CONTOH" in c or "Waruwu" in c or "Kemiskinan" in c for c in cited(areas))
    _, kec, _ = home.kecamatan_table(data, S)
    assert not export.is_demo(kec, data) and list(export.frame(kec, "id", False).columns)[0] != "Data"
    # How a derived figure was made goes with it: the estimate of today's population says its formula.
    assert any("porsi kecamatan pada SP2010 final × penduduk kabupaten 2025 (446.020 jiwa)" in c for c in cited(kec))
    # Its area is computed from polygons and its 2010 population summed from desa: said in the file (res34).
    assert "poligon batas desa" in dict(export.about(kec, data, S).itertuples(index=False))["Metode"]
    # A log table cites its reference bases and the log, and says its measures' formulas.
    cov = coverage.export(data, S)
    about = dict(export.about(cov, data, S).itertuples(index=False))
    assert "÷ jumlah bulan periode" in about["Metode"]
    assert len(cited(cov)) == len(coverage.coverage_sources("luas_km2")) + 1  # and the log's own
    assert any("CONTOH" in c for c in cited(cov)) and any("PODES" in c for c in cited(cov))


def test_the_kinerja_method_note_from_a_demo_store_says_so_and_names_its_period(data):
    from tksk import indicators as ind
    from tksk.present import indicators as kinerja

    note = kinerja.note(data, S, ind.Settings())
    assert "DATA CONTOH" in note and "Sebaran komposit" in note
    assert kinerja.note_file(data, S) == "metode_indikator_tksk_2024-01_2024-12_DEMO.md"
    en = Settings(lang="en", start=S.start, end=S.end)
    assert kinerja.note_file(data, en) == "tksk_indicator_method_2024-01_2024-12_DEMO.md"


def test_downloaded_values_carry_their_indicator_s_name(data):
    from tksk import indicators as ind
    from tksk.present import indicators as kinerja
    from tksk.present import poverty

    table = poverty.series(data, S, "16.10", "p0_persen")["table"]
    assert poverty.label("p0_persen", "id") in export.frame(table, "id", False).columns
    trend = kinerja.trend(data, S, ind.Settings(), "K1", "16.10.04")["table"]
    assert "K1 Kontak koordinasi per desa per tahun" in export.frame(trend, "id", True).columns


@pytest.mark.parametrize("lang", ["id", "en"])
def test_download_only_shares_are_one_decimal_and_the_desa_load_ratio_two(data, lang):
    """fix26 leftovers: figures no screen shows in a table were written at the default two decimals: Rincian's share
    of activities 46.82, Jam tercatat's share of a working month 71.49. A percent is one decimal, as the pages write
    it; the scorecard's desa per TKSK ÷ target is a ratio kept at two on purpose (export.DOWNLOAD_DECIMALS)."""
    from tksk import indicators
    from tksk.present import indicators as scorecard_page, workload

    s = Settings(lang=lang, start=S.start, end=S.end)

    def places(series):
        values = series.dropna().astype(float)
        return max((len(repr(v).split(".")[1].rstrip("0")) if "." in repr(v) else 0) for v in values)

    share = export.frame(workload.breakdown(data, s, "fungsi", None)["table"], lang)[t("column:persen_kegiatan", lang)]
    assert places(share) == 1 and share.dropna().astype(float).sum() == pytest.approx(100, abs=0.2)
    hours = export.frame(workload.hours(data, s, 53.0)["table"], lang)
    assert places(hours[t("column:persen_waktu", lang)]) == 1
    assert places(hours[t("column:baris_lengkap_persen", lang)]) <= 1
    card = export.frame(scorecard_page.scorecard_table(data, s, indicators.Settings()), lang)
    ratio = card[t("desa_load_factor", lang)]
    assert places(ratio) == 2 and export.DOWNLOAD_DECIMALS["beban_desa"][0] == 2


# Words of the store's Indonesian-only ``metode`` of the estimate (etl.estimate), none of which an English reader
# should meet where the app shows the estimate's method.
METODE_WORDS = re.compile(r"porsi kecamatan|dibulatkan|sisa terbesar|\bjiwa\b|tanpa angka SP2010|tidak diperkirakan|"
                          r"bagiannya tidak dibagikan", re.I)


def test_an_english_reader_sees_the_estimate_s_method_in_english_wherever_the_app_shows_it(demo_store):
    """Review rev28 #13: the estimate's ``metode`` is Indonesian only in the store and the manifest (its "tanpa angka
    SP2010" clause too). Data › Sumber's card and download, every description sheet citing the estimate and the
    planner's brief say it in English for an English reader, translated at display, the store unchanged."""
    from tksk import wisn
    from tksk.present import data as data_page, planner

    fresh = Data(demo_store)
    est = fresh.manifest["estimate"]
    fresh.manifest = {**fresh.manifest, "estimate": {
        **est, "tanpa_sp2010": ["16.10.07"], "metode": est["metode"] + "; tanpa angka SP2010: 16.10.07 (tidak "
        "diperkirakan; porsi yang lain dihitung terhadap total SP2010 kabupaten 380.861 jiwa, bagiannya tidak dibagikan)"}}
    s = Settings(lang="en", start=S.start, end=S.end)
    sources = data_page.sources(fresh, "en")
    [card] = [lines for title, lines in sources["cards"] if title.startswith("dashboard estimate")]
    assert any("446,020 people" in line and "16.10.07" in line for line in card), card
    table = Table(pd.DataFrame({"x": [1.0]}), "x", sources=(export.ESTIMATE,), logs=False)
    about = " ".join(export.about(table, fresh, s).iloc[:, 1])
    assert "446,020 people" in about
    brief = planner.brief_html(fresh, s, wisn.Params(), 25_000, 12, 1_000_000)
    shown = [*card, about, brief]
    assert not [m.group(0) for x in shown for m in METODE_WORDS.finditer(x)]
    # The Sources download: its English columns carry this build's method in English (they kept the record's
    # "the year of the latest regency total" under a card saying 2025 and 446,020).
    row = export.frame(sources["table"], "en").set_index(t("column:id_sumber", "en")).loc[export.ESTIMATE]
    assert row[t("column:tahun_en", "en")] == "2025" and "446,020 people" in row[t("column:perubahan_en", "en")]
    assert "16.10.07" in row[t("column:perubahan_en", "en")]
    assert not METODE_WORDS.search(row[t("column:perubahan_en", "en")])


def test_a_month_downloads_as_a_month_and_a_date_as_a_date():
    """"Bulan" was 2024-01-01 in two files and 2024-01 in a third (walk-through of 2026-12-06)."""
    from tksk.present.common import Table

    months = pd.to_datetime(["2024-01-01", "2024-02-01"])
    got = export.frame(Table(pd.DataFrame({"Bulan": months, "Month": months, "Tanggal kirim": months,
                                           "bulan_laporan": pd.to_datetime(["2024-01-01", "2024-02-03"])})), "id")
    assert got["Bulan"].tolist() == got["Month"].tolist() == ["2024-01", "2024-02"]
    assert got["Tanggal kirim"].tolist() == ["2024-01-01", "2024-02-01"]  # a date, not named a month
    assert got.iloc[:, 3].tolist() == ["2024-01-01", "2024-02-03"]  # not every value a month's first day


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_store_without_any_log_does_not_describe_its_downloads_as_real_logs(empty_store_root, lang):
    """res34: before the first import the planner's downloads (result, new posts, ranges, scenarios) rest on the
    reference data and the assumptions alone, and their description sheet said "Data asli: log kegiatan yang diimpor
    Dinas Sosial": a paper would have cited figures from no log at all as the Dinas's real logs."""
    from tksk import wisn
    from tksk.present import planner
    from tksk.store import Store

    empty = Data(Store(empty_store_root))
    assert empty.log_mode == "none"
    s = planner.without_logs(empty, Settings(lang=lang))
    table, _, _ = planner.plan(empty, s, wisn.Params(), 25_000, 12)
    about = export.about(planner.result_table(table, lang), empty, s)
    kind = about.set_index(t("about_field", lang)).loc[t("about_data", lang)].iloc[0]
    assert kind == t("about_reference", lang)
    assert kind != t("about_real", lang)


@pytest.mark.parametrize("lang, read", [("id", "Dibaca: 24 November 2026"), ("en", "Read on: 24 November 2026")])
def test_each_source_in_a_description_says_the_day_it_was_read(data, lang, read):
    """res34: a web source cited without the day it was read cannot be cited (its repository moved on since: the 2010
    census extract is no longer at its repository's head). The Sources page and its download give the day; each
    file's description sheet named title, producer, year, address and licence, not the day."""
    s = Settings(lang=lang, start=S.start, end=S.end)
    about = export.about(coverage.export(data, s), data, s)
    lines = [v for f, v in about.itertuples(index=False) if f == t("about_source", lang)]
    web = [v for v in lines if "https://" in v]
    assert web and all(read in v or ("2 December 2026" if lang == "en" else "2 Desember 2026") in v for v in web), web
    # The dashboard's own records (estimate, demo log) have no day read, and say none.
    assert not any(t("column:dibaca", lang) in v for v in lines if "https://" not in v)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_download_of_the_kecamatan_chosen_in_the_sidebar_says_which_in_its_description(data, lang):
    """res34: with two kecamatan chosen in the sidebar, Peta's, Beban's and the report completeness downloads held two
    rows under the same names and descriptions as the regency's sixteen (the page says "Hanya 2 kecamatan yang
    dipilih"); a researcher could not tell a subset from the whole, nor which subset, from the file."""
    from tksk.present import data as data_page, workload
    chosen = Settings(lang=lang, start=S.start, end=S.end, kecamatan=("16.10.13", "16.10.11"))
    said = t("filter_scope_plain", lang, n=2, names="Kandis, Rantau Panjang")
    field = t("kecamatan_filter", lang)
    for table in (coverage.export(data, chosen), workload.ranking(data, chosen, "kk_per_tksk")["table"],
                  data_page.report_quality(data, chosen, 10)["summary"]):
        about = export.about(table, data, chosen)
        assert (field, said) in list(about.itertuples(index=False, name=None)), about
    # The whole regency, or a table that does not heed the filter (all sixteen rows), says no such thing.
    whole = Settings(lang=lang, start=S.start, end=S.end)
    assert said not in export.about(coverage.export(data, whole), data, whole).iloc[:, 1].tolist()
    all_rows = coverage.export(data, whole)
    assert said not in export.about(all_rows, data, chosen).iloc[:, 1].tolist()


def test_a_description_names_the_build_its_figures_come_from(data):
    """res34: a paper cites the dashboard's figures by the build that made them; the description gave the build's
    minute only ("6 Desember 2026 23.29 WIB"), which two builds in a minute (an import and its undo) share, while the
    store names each build by its id."""
    about = export.about(coverage.export(data, S), data, S).set_index(t("about_field", "id")).iloc[:, 0]
    built = about[t("about_built", "id")]
    assert data.manifest["build_id"] in built and built.startswith(fmt_timestamp(data))


def fmt_timestamp(data):
    from tksk import fmt
    return fmt.timestamp(data.manifest["built_at"], "id")
