"""Every table a user sees has headers in the user's language: no snake_case column name on any page."""

import re

import pytest

from helpers import open_page, open_tab, shown_tables
from tksk.text import t

PAGES = ["views/beranda.py", "views/peta.py", "views/beban.py", "views/kemiskinan.py", "views/kinerja.py",
         "views/perencanaan.py", "views/data.py"]
# The page's tabs run only the open one: each is opened in turn.
TABS = {"views/beban.py": "beban_tab", "views/kemiskinan.py": "pov_tab", "views/kinerja.py": "kinerja_tab",
        "views/perencanaan.py": "wisn_tab", "views/data.py": "data_tabs"}
SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_no_internal_column_name_on_screen(demo_store_root, monkeypatch, page, lang):
    at = open_page(demo_store_root, monkeypatch, page)
    if lang == "en":
        at.sidebar.radio(key="lang").set_value("en").run()
        assert not at.exception
    if page == "views/beranda.py":
        at.session_state["home_table"] = True  # the home page's one table opens on request
        at.run()
    # The table widgets' columns and the plain HTML tables' headers (ui.show.short_table) alike.
    headers = [str(c) for d in at.dataframe for c in d.value.columns] + [str(c) for d in shown_tables(at) for c in d.columns]
    if page in TABS:
        labels = [tab.label for tab in at.tabs]
        assert len(labels) >= 4, labels
        for label in labels:
            open_tab(at, TABS[page], label)
            headers += [str(c) for d in at.dataframe for c in d.value.columns]
            headers += [str(c) for d in shown_tables(at) for c in d.columns]
    assert headers or page == "views/kemiskinan.py"  # the poverty page shows charts only
    assert not [h for h in headers if SNAKE.match(h)], page


# Tabs of forms, methods and files: no figure of a source to cite.
NO_FIGURES = {"views/kinerja.py": ("method_title",), "views/data.py": ("tab_upload", "tab_templates")}


@pytest.mark.parametrize("page", [p for p in PAGES if p in TABS])
def test_every_tab_with_figures_says_where_they_come_from(demo_store_root, monkeypatch, page):
    """Seven tabs showed figures with no "Sumber:" line (walk-through of 2026-12-05): a researcher could not cite
    them."""
    at = open_page(demo_store_root, monkeypatch, page)
    missing = []
    for label in [tab.label for tab in at.tabs]:
        if label in {t(k, "id") for k in NO_FIGURES.get(page, ())}:
            continue
        open_tab(at, TABS[page], label)
        said = [c.value for c in at.caption] + [m.value for m in at.markdown]
        if not any("Sumber:" in text for text in said):
            missing.append(label)
    assert not missing, (page, missing)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_tab_label_shows_at_1024_pixels(lang):
    """At 1024 pixels the main column is about 620 pixels wide: the long titles hid a page's last tabs behind a
    scroll arrow (walk-through of 2026-12-06). About 7,5 pixels a character and 24 between tabs, measured in
    Chromium."""
    from ui.widgets import TABS as TAB_KEYS

    for key, labels in TAB_KEYS.items():
        shown = [t(k, lang) for k in labels]
        assert sum(len(s) for s in shown) * 7.5 + 24 * (len(shown) - 1) <= 600, (key, shown)
