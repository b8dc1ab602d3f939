"""Pages under AppTest with the demo store."""

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from helpers import ROOT
from tksk import wisn


@pytest.fixture
def app(demo_store_root, monkeypatch):
    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)


def test_home_shows_kecamatan_table(app, demo_store):
    app.run()
    assert not app.exception
    app.session_state["home_table"] = True  # the reference table opens on request
    app.run()
    df = app.dataframe[0].value
    assert len(df) == 16
    assert "Lubuk Keliat" in set(df["Kecamatan"])
    assert [m.value for m in app.metric][:2] == ["16", "241"]
    assert app.metric[3].value == "Jan 2023 – Des 2024"
    # Short headers (the nine columns were 1132 pixels wide in a 924-pixel box at 1366 pixels), the full name the
    # header's tooltip and still the column's name, as downloads write it.
    columns = json.loads(app.dataframe[0].proto.columns)
    assert columns["Jumlah desa/kelurahan"]["label"] == "Desa/kel."
    assert columns["Jumlah desa/kelurahan"]["help"] == "Jumlah desa/kelurahan" and "Jumlah desa/kelurahan" in df.columns
    assert columns["Kode kecamatan"] == {"label": "Kode", "help": "Kode kecamatan", "pinned": True}


def test_home_s_answer_columns_are_balanced(app):
    """ux31 #10: two answers per column put the need and the attention list together in the third column, three
    times as tall as the second (1.382 pixels at 1024, 902 at 1366): the kecamatan to look at (least served,
    vacancies, attention) share the middle column and the need has the right one to itself."""
    app.run()
    assert not app.exception
    middle, right = ([m.value.split("**")[1] for m in col.markdown if m.value.startswith("**")]
                     for col in app.columns[1:3])
    assert [x.split(",")[0] for x in middle] == ["Paling kurang terlayani", "Pos kosong dalam periode",
                                                  "TKSK yang perlu perhatian"]
    assert right == ["Kebutuhan TKSK (metode beban kerja WISN)"]


def test_demo_badge_on_home(app):
    app.run()
    assert any("Data contoh (demo)" in w.body for w in app.warning)


def test_english_labels(app):
    app.session_state["lang"] = "en"
    app.run()
    assert not app.exception
    assert app.title[0].value == "TKSK dashboard, Kabupaten Ogan Ilir"
    assert any("Demo data" in w.body for w in app.warning)


def test_a_rebuilt_store_is_read_afresh(store_copy, monkeypatch, tmp_path):
    """Store reads are cached per build: after an import swaps in a new build, the next run shows it."""
    from helpers import TODAY
    from etl.importer import import_files
    from helpers import open_page, rows, write_csv

    at = open_page(store_copy, monkeypatch)
    assert "contoh (demo)" in at.caption[0].value
    import_files([write_csv(tmp_path / "log.csv", rows(3))], store_copy, quiet=True, today=TODAY)
    at.run()
    assert not at.exception
    assert "asli, diimpor Dinas" in at.caption[0].value
    assert at.metric[3].value == "Mar 2024"  # a log of one month is that month, not a range from it to itself
    assert not any("Data contoh (demo)" in w.value for w in at.warning)


def test_upload_limits_are_stated_before_the_password(demo_store_root, monkeypatch):
    from helpers import open_page, open_tab
    from tksk.logs import limits

    monkeypatch.delenv("TKSK_UPLOAD_PASSWORD", raising=False)
    at = open_page(demo_store_root, monkeypatch, "views/data.py")
    open_tab(at, "data_tabs", "Petugas: unggah dan audit")
    stated = f"paling besar {limits.mb(limits.MAX_BYTES)} MB dan {limits.number(limits.MAX_ROWS)} baris"
    assert any(stated in c.value for c in at.caption)


@pytest.mark.parametrize("page", ["views/beranda.py", "views/peta.py", "views/beban.py", "views/kemiskinan.py"])
def test_every_chart_s_toolbar_speaks_the_reader_s_language(app, page):
    """Plotly's toolbar said "Download plot as a PNG", "Zoom in", "Reset axes" on every Indonesian page."""
    import json

    app.run()
    app.switch_page(page).run()
    assert not app.exception
    charts = [json.loads(c.proto.config) for c in app.get("plotly_chart")]
    assert charts
    for config in charts:
        assert config["locale"] == "id"
        words = config["locales"]["id"]["dictionary"]
        assert words["Zoom in"] == "Perbesar" and words["Download plot as a PNG"] == "Unduh grafik sebagai PNG"


def test_a_text_box_s_hint_is_in_the_reader_s_language(app):
    app.run()
    styles = [h.proto.body for h in app.get("html") if "InputInstructions" in h.proto.body]
    assert styles and 'content: "Tekan Enter untuk menerapkan"' in styles[0]
    # A chooser's list when what is typed matches nothing (Streamlit's "No results"; checked in Chromium).
    assert 'data-empty="true"' in styles[0] and 'content: "Tidak ada yang cocok"' in styles[0]
    assert 'data-key="__select_all__"] > div::after { content: "Pilih semua"' in styles[0].replace("{{", "{")
    # Metric tiles wrap rather than cut "Rp 468 jt" to "Rp …" at 1024 pixels (checked in Chromium).
    assert re.search(r'stMetricValue"\] > div \{\{? ?white-space: normal', styles[0].replace("{{", "{"))
    app.session_state["lang"] = "en"
    app.run()
    assert any('content: "Press Enter to apply"' in h.proto.body for h in app.get("html"))


@pytest.mark.parametrize("page", ["views/peta.py", "views/beban.py", "views/kinerja.py"])
def test_a_page_of_a_store_without_logs_says_what_it_waits_for_and_links_to_the_import(empty_store, monkeypatch,
                                                                                       page):
    """The first day of real use: the map and the planner said "no log data for this period" under "no logs in the
    store yet", and nothing else."""
    monkeypatch.setenv("TKSK_STORE", str(empty_store))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    assert not [i for i in at.info if "periode ini" in i.value]
    assert any("terisi setelah impor pertama" in m.value for m in at.markdown)
    links = [link.proto for link in at.get("page_link")]
    assert [link.label for link in links] == ["Impor log (Sumber & Kualitas Data, tab Petugas)", "Kemiskinan",
                                              "Perencanaan"]
    assert links[0].page.endswith("data") and links[1].page.endswith("kemiskinan")
    assert links[2].page.endswith("perencanaan")
    # The import link opens the staff tab, where the upload is, not the page's first tab (the sources).
    assert links[0].query_string == "data_tabs=Petugas%3A+unggah+dan+audit"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_planner_of_a_store_without_logs_plans_from_the_reference_data(empty_store, monkeypatch, lang):
    """The first day of real use: Perencanaan said only that it waits for logs, while how many TKSK each kecamatan
    needs follows from the reference data alone (the need-based workload). It now answers from them, with one post
    per kecamatan assumed as today's, and cites no log."""
    from helpers import open_tab
    from tksk import fmt
    from tksk.present import planner
    from tksk.present.common import Data, Settings
    from tksk.store import Store
    from tksk.text import t

    monkeypatch.setenv("TKSK_STORE", str(empty_store))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("views/perencanaan.py").run()
    assert not at.exception
    assert any(i.value == t("planner_without_logs", lang) for i in at.info)
    sentence = at.markdown[0].value
    data = Data(Store(empty_store))
    s = planner.without_logs(data, Settings(lang=lang))
    table, totals, _ = planner.plan(data, s, wisn.Params(), 10_000, 10)
    # Every kecamatan's workload is its need (no month of the store is read as a month of zero work), and the
    # posts today are the 16 assumed.
    assert set(table["sumber_beban"]) == {"kebutuhan"} and (table["wisn_perlu"] > 0).all()
    assert totals["sekarang"] == 16 and totals["perlu_bulat"] > 16
    assert f" {totals['perlu_bulat']} " in sentence.split('(')[0] and sentence.endswith(t("answer_now_assumed", lang, now="16") + ".")
    said = " ".join(c.value for c in at.caption)
    assert t("planner_no_log_period", lang) in said and ("16 kecamatan" in said)
    assert "TKSK activity log" not in said and "log kegiatan dan daftar pos" not in said  # no log to cite
    for tab in ("tab_nvl", "tab_alloc", "unc_title", "tab_scen"):
        open_tab(at, "wisn_tab", t(tab, lang))
        if tab == "tab_nvl":  # nothing logged to compare with: said, not a table of gaps under "0,0 TKSK"
            assert any(i.value == t("nvl_no_log", lang) for i in at.info)
    # The printed brief says what the page says: the need alone, no log (it read "log-based 30,9", "log …, 2026").
    brief = planner.brief_html(data, s, wisn.Params(), 10_000, 10, 300_000)
    import html

    from tksk.present.common import logs_label

    assert t("brief_no_log_sub", lang) in brief and "log-based" not in brief
    assert "CAF" in brief and logs_label(data, lang) not in brief
    assert html.escape(t("answer_all_assumed", lang, n=16)) in brief  # the posts assumed, as the page says it
    assert t("brief_basis_no_log", lang, need=fmt.number(table["perlu_kebutuhan"].sum(), 1, lang)) in brief
    # Beranda gives the same answer, from the same settings, with the words on what it rests on.
    at.switch_page("views/beranda.py").run()
    assert not at.exception
    [need] = [m.value for m in at.markdown if m.value.startswith(f"**{t('home_need', lang)}**")]
    figure = "39 pos TKSK" if lang == "id" else "39 TKSK posts"  # set off on Beranda
    assert sentence.removeprefix("#### ").replace(figure, f"**{figure}**") in need and t("planner_without_logs", lang) in need
    assert t("home_open_planner", lang) in [b.label for b in at.button]


def test_the_planner_without_logs_counts_todays_posts_from_an_imported_roster(empty_store, tmp_path):
    """A build expands the roster over the log's months only: a roster imported before any log was ignored and
    every kecamatan assumed one post. The planner expands it over its own period, by the build's rule."""
    import pandas as pd

    from etl.importer import import_files
    from helpers import TODAY
    from tksk.present import planner
    from tksk.present.common import Data, Settings
    from tksk.store import Store
    from tksk.text import t

    roster = pd.DataFrame([
        {"id_pos": "P-A", "kode_kec": "16.10.04", "status": "aktif", "tanggal_mulai": "2020-01-01", "tanggal_selesai": ""},
        {"id_pos": "P-B", "kode_kec": "16.10.05", "status": "aktif", "tanggal_mulai": "2020-01-01",
         "tanggal_selesai": "2021-06-30"},
        {"id_pos": "P-B", "kode_kec": "16.10.05", "status": "kosong", "tanggal_mulai": "2021-07-01", "tanggal_selesai": ""},
    ])
    roster.to_csv(tmp_path / "roster.csv", index=False)
    [o] = import_files([tmp_path / "roster.csv"], empty_store, quiet=True, today=TODAY)
    assert o.accepted
    data = Data(Store(empty_store))
    s = planner.without_logs(data, Settings())
    table, totals, _ = planner.plan(data, s, wisn.Params(), 10_000, 10)
    # Indralaya held, Pemulutan vacant, the 14 others assumed: 15 at work and one vacant post.
    assert (totals["sekarang"], totals["pos_kosong"]) == (15, 1)
    said = planner.answer(data, s, totals, planner.uncertainty_of(data, s, wisn.Params())["summary"], wisn.Params())
    assert said["sentence"].endswith(": 15 terisi, 1 pos kosong.") and "14 kecamatan" in said["assumed"]
    assert t("answer_now_assumed", "id", now="15") not in said["sentence"]
    # Kemiskinan said "no roster in the store" of a store holding one, then "no log yet" beside Beranda's and
    # Perencanaan's 16 posts: it counts the same posts now, and says only what BPS has not yet published.
    from tksk.present import poverty

    per_tksk = poverty.poor_per_tksk(data, Settings(), "16.10")
    said_years = t("poor_per_tksk_no_bps", "id", years="{y}", latest="{l}").split("{y}")[0]
    assert per_tksk["figure"] is not None or per_tksk["caption"].startswith(said_years)
    assert per_tksk["caption"] not in (t("poor_per_tksk_no_log", "id"), t("poor_per_tksk_no_roster", "id"))
    # Beranda's tile counts the same posts as the answer beside it (it said "tidak ada data").
    from tksk import fmt
    from tksk.present import home

    label, value, note = home.headline(data, Settings())["metrics"][2]
    # How many of them are assumed, in the tile itself.
    assert (label, value) == (t("n_posts", "id", month=fmt.month_short(s.end, "id")), "15 (14 asumsi)")
    assert note == said["assumed"]  # which of them are assumed, as the planner says (the tile stated them as fact)
    lines = home.need_answer(data, Settings()).lines
    assert lines[0] == said["sentence"].replace(said["figure"], f"**{said['figure']}**") and said["assumed"] in lines


def test_a_link_period_outside_the_log_names_the_period_shown_instead(demo_store_root, monkeypatch):
    """"dipakai 12 bulan terakhir" was said of a log two months long (browser walk-through of 2026-12-05)."""
    from streamlit.testing.v1 import AppTest

    from helpers import ROOT

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"periode": ["1999-01", "1999-02"]})
    at.run()
    assert not at.exception
    said = [i.value for i in at.sidebar.info if "Periode di tautan" in i.value]
    assert said and said[0].endswith("dipakai periode bawaan (Januari 2024 – Desember 2024).")


def test_a_link_naming_one_month_once_opens_that_month(demo_store_root, monkeypatch):
    """?periode=Juni+2024 was refused as not read, though it names one month plainly (walk-through of 2026-12-06)."""
    import pandas as pd
    from streamlit.testing.v1 import AppTest

    from helpers import ROOT

    monkeypatch.setenv("TKSK_STORE", str(demo_store_root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params.update({"periode": ["Juni 2024"]})
    at.run()
    assert not at.exception
    assert not [i.value for i in at.sidebar.info if "Periode di tautan" in i.value]
    assert tuple(at.session_state["periode"]) == (pd.Timestamp("2024-06-01"),) * 2


def test_kemiskinan_before_the_first_log_says_what_waits_for_it(empty_store_root, monkeypatch):
    """The need-against-work tab said "no log data for this period" where there is no period at all; the need side
    is there, the work side waits for the first import (walk-through of 2026-12-05)."""
    from helpers import open_page, open_tab
    from tksk.text import t

    at = open_page(empty_store_root, monkeypatch, "views/kemiskinan.py")
    open_tab(at, "pov_tab", t("tab_need", "id"))
    assert t("need_capacity_no_log", "id") in [i.value for i in at.info]
    assert t("no_period", "id") not in [i.value for i in at.info]
