"""Tables, maps and downloads: a presenter's ``Table`` in the reader's number format, its CSV/XLSX buttons, and a
map with its key."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tksk import fmt, provenance
from tksk.present import charts, export
from tksk.present.common import DASH, LOG_SOURCES, Table, is_number, period_label
from tksk.present.maps import AreaMap
from ui import state
from tksk.text import files, t as text
from ui.state import lang, t
from ui.store import data

# Where the frame keeps the ``url_path`` of the page ``st.navigation`` returned (ui.frame.keep_page).
PAGE_KEY = "frame:page"


# Plotly's toolbar words, each in the reader's language (plotly.js looks a word up by its English text).
PLOTLY_WORDS = ("plotly_png", "plotly_png_lower", "plotly_zoom", "plotly_pan", "plotly_zoom_in", "plotly_zoom_out",
                "plotly_autoscale", "plotly_reset_axes", "plotly_reset_view", "plotly_box", "plotly_lasso",
                "plotly_double_click")


def _page() -> str:
    """The page a chart is on, by the ``url_path`` of the page ``st.navigation`` ran ("beban"; Beranda's is the bare
    address), kept by the frame (``frame.keep_page``); none outside the frame. The address's last segment was
    the app's own path under ``server.baseUrlPath`` (Beranda's image was "grafik_tksk_…" at /tksk/)."""
    path = st.session_state.get(PAGE_KEY)
    if path is None:
        return ""
    return str(path).strip("/").rsplit("/", 1)[-1] or "beranda"


def chart_file(d, s, logs: bool = True, period: bool = True) -> str:
    """The name a chart's image is saved under: its page, the period and DEMO, as a download's file name carries
    them ("grafik_beban_2024-01_2024-12_DEMO"); Plotly named every image "newplot". ``period=False``: a chart of
    the log's data that is not of the sidebar's period (every roster year) keeps DEMO and names no period."""
    parts = [files.stem("_".join(filter(None, ["grafik", _page()])), s.lang)]
    if logs and period and s.period is not None:
        parts.append(f"{s.start:%Y-%m}_{s.end:%Y-%m}")
    if logs and d.is_demo:
        parts.append("DEMO")
    return "_".join(parts)


def chart_note(d, s, logs: bool = True, sources: tuple[str, ...] = (), period: bool = True) -> str:
    """The line a chart carries into its saved image: DATA CONTOH in a demo store, the period, then its sources as its
    caption names them ("DATA CONTOH (demo) · Januari 2024 – Desember 2024 · Sumber: log kegiatan … CONTOH (demo,
    sintetis)."); a chart of reference data only names its sources; ``period=False``: no period (see ``chart_file``)."""
    logs = logs and d.log_mode != "none"
    parts = [t("chart_demo_mark")] if logs and d.is_demo else []
    if logs and period and s.period is not None:
        parts.append(period_label(s))
    # Each source once: a table whose sources name the log already (poor per TKSK) cited it twice.
    cited = provenance.cite(d["sumber"], list(dict.fromkeys(list(sources) + (list(LOG_SOURCES) if logs else []))),
                            s.lang)
    return " · ".join(parts + ([t("caption_sources", sources=cited)] if cited else []))


def chart_config(d, s, logs: bool = True, period: bool = True, **extra) -> dict:
    """A Plotly chart's settings: no Plotly logo, its toolbar's tooltips in the reader's language (they were
    English on every Indonesian page), and the image its camera saves named with the page, period and DEMO."""
    words = {text(k, "en"): t(k) for k in PLOTLY_WORDS}
    image = {"format": "png", "filename": chart_file(d, s, logs, period), "scale": 2}
    return {"displaylogo": False, "locale": lang(), "locales": {lang(): {"dictionary": words}},
            "toImageButtonOptions": image, **extra}


def chart(fig, key: str, logs: bool = True, sources: tuple[str, ...] = (), where=None, period: bool = True, **kw):
    """A Plotly chart with its note (``chart_note``) in the band above the plot, so an image saved with the camera
    says DATA CONTOH, its sources and period, and a name that says them too; ``logs=False`` for a chart of public
    reference data only (BPS poverty), which is never demo; ``period=False`` for a chart of the log's data that is
    not of the sidebar's period (Kemiskinan's poor per TKSK covers every roster year): DEMO stays, no period is
    named; ``where``: a column to draw it in. A chart without the camera (``displayModeBar: False``) has no note.
    Returns what ``st.plotly_chart`` returns."""
    d = data()  # the build and the settings read once for the file name and the note
    s = state.settings(d.manifest)
    config = chart_config(d, s, logs, period, **kw.pop("config", {}))
    shown = _noted(fig, chart_note(d, s, logs, sources, period)) if config.get("displayModeBar", True) else fig
    return (where or st).plotly_chart(shown, key=key, config=config, **kw)


# Noted copies of the presenters' shared figures, by the figure and its note: a copy is a figure made again (6 ms for
# the map) and a warm rerun draws the same one. The figure is held with its copy, so its id is not reused meanwhile.
_NOTED: dict[int, tuple] = {}
NOTED_KEPT = 256


def _noted(fig, note: str):
    kept = _NOTED.get(id(fig))
    if kept is not None and kept[0] is fig and kept[1] == note:
        return kept[2]
    out = charts.with_note(fig, note)
    if len(_NOTED) >= NOTED_KEPT:
        _NOTED.clear()
    _NOTED[id(fig)] = (fig, note, out)
    return out


def area_map(m: AreaMap, key: str, logs: bool = True, sources: tuple[str, ...] = (), **kw):
    """The map with its note (``chart``), then its key under it; returns what ``st.plotly_chart`` returns (a
    selection where one is asked)."""
    event = chart(m.figure, key, logs, sources, **kw)
    st.html(m.key)
    return event


def downloads(table: Table, key: str) -> None:
    """One "Unduh" button opening the downloads: CSV, CSV for an Indonesian Excel, and XLSX with its description
    sheet. The files are made only when a button is clicked, not on every rerun."""
    d = data()
    s = state.settings(d.manifest)
    name = export.stem(table, d, s)
    demo = export.is_demo(table, d)

    def rows():
        return export.frame(table, s.lang, demo)

    with st.popover(t("download"), icon=":material/download:"):
        st.download_button("CSV", lambda: export.to_csv(rows()), f"{name}.csv", "text/csv",
                           key=f"{key}_csv", on_click="ignore", width="stretch")
        st.download_button(t("download_csv_id"), lambda: export.to_csv_excel_id(rows()),
                           f"{name}_excel_id.csv", "text/csv", key=f"{key}_csv_id", on_click="ignore", width="stretch")
        st.download_button("XLSX", lambda: export.to_xlsx(rows(), export.about(table, d, s), s.lang),
                           f"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           key=f"{key}_xlsx", on_click="ignore", width="stretch")
        st.download_button(t("download_zip"), lambda: export.to_zip(rows(), export.about(table, d, s), name, s.lang),
                           f"{name}.zip", "application/zip", key=f"{key}_zip", on_click="ignore", width="stretch")


def _styled(df: pd.DataFrame, decimals: dict[str, int], colors: dict[str, list[str]], gap: str, lang: str):
    """Numbers in the reader's format with gaps written ``gap``; ``colors`` paints a column's cells row by row."""
    sep = fmt.PLOTLY_SEPARATORS[lang]
    numeric = [c for c in df.columns if is_number(df[c])]
    # Rounded first by the one rule (fmt.rounded): the Styler's own rounding wrote 72,5 as "72" where every other
    # figure, band and rank reads it as 73.
    df = df.assign(**{c: fmt.rounded(df[c], decimals.get(c, 0)) for c in numeric})
    sty = df.style
    for c in numeric:
        sty = sty.format(precision=decimals.get(c, 0), thousands=sep[1], decimal=sep[0], na_rep=gap,
                         subset=[c])
    for c, colours in colors.items():
        css = [f"background-color: {x}" for x in colours]
        sty = sty.apply(lambda _col, css=css: css, subset=[c])
    return sty


# Up to this many rows a table shows every row; a longer one scrolls inside a frame of this many.
ALL_ROWS = 25
# Pixels that hold "tidak ada data" in the table widget's font, with the cell's padding.
GAP_WIDTH = 110
WIDE, NAME = 8, "Kecamatan"  # columns from which a table pins its kecamatan names
# Pixels of a name column per character of its longest name (the grid's 14 px font), its padding and its widest.
NAME_CHAR_WIDTH, NAME_PADDING, NAME_MAX_WIDTH = 8, 24, 240


@st.cache_data(show_spinner=False, max_entries=512)
def _dataframe(digest: str, _frame: pd.DataFrame, decimals: dict, colors: dict, lang: str, gap: str, width,
               kw: dict) -> None:
    """The table widget for a frame, drawn once per frame, format and size and replayed after (Streamlit replays
    what a cached function drew): formatting a table through pandas' Styler cost more than all the rest of a page
    run, and was redone for every visitor and every run. The frame is known by its ``digest`` (Table.digest),
    computed once per shared table, where hashing the frame itself took a tenth of a page run. A gap stays a
    gap in its numeric column, written as one by the widget's placeholder: the column still sorts as numbers and
    its figures stay right-aligned (written out as text, 1.234 sorted before 987)."""
    st.dataframe(_styled(_frame, decimals, colors, gap, lang), hide_index=True, width=width, placeholder=gap, **kw)


def table(tbl: Table, key: str | None = None, width="stretch", **kw) -> None:
    """A table in the reader's number format, with its download buttons when it has a file name.

    A gap reads "tidak ada data" (never 0 or "None"), or a dash when every gap of the table is in a column of
    ``Table.dashes`` (its row says why). A table of up to ``ALL_ROWS`` rows shows them all, without a scroll bar of
    its own.
    """
    if tbl.frame.empty:  # the widget's own word for an empty table is the English "empty", whatever the language
        st.caption(t("no_rows"))
        return
    if "height" not in kw:
        kw["height"] = "content" if len(tbl.frame) <= ALL_ROWS else 35 * (ALL_ROWS + 1) + 3
    widths = dict(tbl.widths)
    word = gap = fmt.gap(lang())
    gaps = [c for c in tbl.frame.columns if tbl.frame[c].isna().any()]
    if gaps and set(gaps) <= tbl.dashes:
        # Explained by their rows (a post vacant all period has no score, its status says so): a dash, which
        # needs no wider column. Six scorecard columns made as wide as "tidak ada data" made it scroll.
        gap = DASH
    for c in tbl.frame.columns:
        # The widget sizes a column to its header and figures, not to the gap's words: a short column with a gap
        # is made wide enough to say it whole ("ak ada data" read as something else).
        # The same for a column of figures already written as text ("0,0", "tidak ada data").
        column = tbl.frame[c]
        if len(tbl.headers.get(c, str(c))) < len(word) and (gap == word and c in gaps or not is_number(column)
                                                            and column.astype(str).eq(word).any()):
            widths[c] = GAP_WIDTH
    if NAME in tbl.frame.columns and NAME not in widths:
        # The widget sizes a column from its first rows: a store whose scored kecamatan have short names cut
        # "Indralaya Selatan" to "Indralaya Selatar" below them (ux21). As wide as the longest name.
        longest = int(tbl.frame[NAME].astype(str).str.len().max())
        widths[NAME] = min(NAME_MAX_WIDTH, NAME_CHAR_WIDTH * longest + NAME_PADDING)
    columns = {c: {"width": w} for c, w in widths.items()}
    for c, short in tbl.headers.items():
        columns.setdefault(c, {}).update(label=short, help=c)
    if len(tbl.frame.columns) >= WIDE and NAME in tbl.frame.columns:
        # A table that may need a scroll at 1366 pixels keeps its names (and the codes before them) in view.
        for c in tbl.frame.columns[:list(tbl.frame.columns).index(NAME) + 1]:
            columns.setdefault(c, {})["pinned"] = True
    config = {c: st.column_config.Column(**spec) for c, spec in columns.items()}
    if config:
        kw["column_config"] = config
    _dataframe(tbl.digest, tbl.frame, tbl.decimals, tbl.colors, lang(), gap, width, kw)
    if tbl.stem and key:
        downloads(tbl, key)


@st.cache_data(show_spinner=False, max_entries=512)
def _html(digest: str, _tbl: Table, decimals: dict, colors: dict, lang: str) -> str:
    """A table's HTML, made once per table and language for every session (formatting each number costs more than
    the rest of the table), the table known by its digest as in ``_dataframe``."""
    return _tbl.html(lang)


def short_table(tbl: Table, key: str | None = None) -> None:
    """A table of up to ``ALL_ROWS`` rows as plain HTML (``Table.html``), a longer one as ``table`` draws it,
    with its download buttons when it has a file name. For a ranking of numbers and text, whose order is what it
    says (``Table.html`` formats numbers and gaps; dates and yes/no must come formatted)."""
    if len(tbl.frame) > ALL_ROWS:
        table(tbl, key)
        return
    st.html(_html(tbl.digest, tbl, tbl.decimals, tbl.colors, lang()))
    if tbl.stem and key:
        downloads(tbl, key)
