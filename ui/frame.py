"""The frame every page runs in: the sidebar's filters, the page title with the demo badge, the period guard."""

from __future__ import annotations

import functools
import re

import pandas as pd
import streamlit as st

from tksk import fmt, pii
from tksk.present.common import Settings
from tksk.text import LANGS
from ui import state, widgets
from ui.state import t
from tksk.store import STORE_FORMAT
from ui.show import PAGE_KEY
from ui.store import data
from ui.widgets import TABS, tab_in


@st.cache_resource(show_spinner=False)
def icon():
    """The page icon, drawn here: a Material icon would make the browser fetch it from a font CDN."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((2, 2, 62, 62), radius=14, fill="#b30000")
    for x in (14, 32, 50):  # three people: the workers of a kecamatan
        draw.ellipse((x - 6, 16, x + 6, 28), fill="white")
        draw.rounded_rectangle((x - 8, 31, x + 8, 50), radius=6, fill="white")
    return img


# Widgets a link may preset with a kecamatan; each is labelled with the kecamatan's name.
KECAMATAN_PARAMS = ("kecamatan", "peta_kec", "beban_trend_kec", "beban_desa_kec", "kinerja_trend_kec",
                    "kinerja_drill", "kinerja_cmp_a", "kinerja_cmp_b")


def keep_page(page) -> None:
    """Keep the ``url_path`` of the page ``st.navigation`` returned (Beranda's is ""), for what names a file by its
    page (``show._page``): the address's last segment is the app's own path under ``server.baseUrlPath``."""
    st.session_state[PAGE_KEY] = page.url_path


def canonical_link() -> None:
    """Write a shared link's settings in the words its widgets read, then run once more.

    A link is typed by people: a kecamatan by its code (16.10.13) or a name in any case, a month in either language
    or as 2024-06, the language as ``en``. A widget bound to the URL reads only its own labels: it applied nothing
    (or, for the sidebar, was set from the link by code) and dropped the value from the address bar, so a link
    opened and passed on lost its settings. On a session's first run, before any widget binds its parameter, each
    value read is written as the label its widget shows; what cannot be read is left for the sidebar to name."""
    if st.session_state.get("link:read"):
        return
    st.session_state["link:read"] = True
    query = st.query_params
    lang = state.lang()
    written = {}
    if query.get("lang") in LANGS:
        written["lang"] = [LANGS[query["lang"]]]
    p = data().manifest.get("log_period")
    raw = query.get_all("periode")
    if p and len(raw) in (1, 2):
        months = pd.date_range(p[0], p[1], freq="MS")
        # One month named once is that month alone (?periode=Juni+2024 was refused as not read: ux31).
        read = [parse_month(v) for v in raw] * (3 - len(raw))
        if all(m is not None and m in months for m in read):
            written["periode"] = [fmt.month(m, lang) for m in sorted(read)]
    names = data().names()
    by_name = {str(n).casefold(): c for c, n in names.items()}
    for key in KECAMATAN_PARAMS:
        raw = query.get_all(key)
        # Each value read is written as its name; what is not read stays as typed, for the sidebar to name.
        labels = [names.get(v.strip()) or names.get(by_name.get(v.strip().casefold()), v) for v in raw]
        if key == "kecamatan":
            labels = list(dict.fromkeys(labels))
        written[key] = labels
    # A tab named in the other language (a link copied from an English view) opened the first tab.
    for key in TABS:
        if (asked := query.get(key)) is not None and (label := tab_in(key, asked, lang)):
            written[key] = [label]
    written = {key: values for key, values in written.items() if values != query.get_all(key)}
    if written:
        for key, values in written.items():
            query[key] = values
        st.rerun()


def sidebar() -> None:
    """Language, period and kecamatan filter; their values live in session state for every page."""
    d = data()
    with st.sidebar:
        st.radio(t("language"), list(LANGS), format_func=LANGS.get, key="lang", horizontal=True, bind="query-params")
        p = d.manifest.get("log_period")
        if p:
            months = list(pd.date_range(p[0], p[1], freq="MS"))
            # The slider's months are labelled in the reader's language, so a language switch relabels them and the
            # browser would start it again from the default: the period chosen is put back.
            kept = st.session_state.get("periode:kept")
            if kept and st.session_state.get("periode:lang") != state.lang() and all(m in months for m in kept):
                st.session_state["periode"] = kept
            st.session_state["periode:lang"] = state.lang()
            unread = _period_unread(months) if "periode" not in st.session_state else None
            # value= makes it a range slider; the options are part of the widget's identity, so a
            # rebuilt store with other months starts again from the default.
            st.select_slider(t("period"), options=months, value=state.period_default(d.manifest), key="periode",
                             format_func=lambda m: fmt.month(m, state.lang()), help=t("period_help"),
                             bind="query-params")
            st.session_state["periode:kept"] = tuple(st.session_state["periode"])
            if unread:
                # The default said as months: "the last 12 months" of a log two months long read as a year.
                first, last = state.period_default(d.manifest)
                st.info(t("period_url_unread", value=pii.mask_note(unread),
                          period=f"{fmt.month(first, state.lang())} – {fmt.month(last, state.lang())}"),
                        icon=":material/link_off:")
        names = d.names()
        unread = _kecamatan_unread(names) if "kecamatan" not in st.session_state else None
        st.multiselect(t("kecamatan_filter"), list(names), format_func=names.get, key="kecamatan",
                       placeholder=t("kecamatan_all"), bind="query-params", on_change=widgets.follow_filter)
        if unread:
            # A link is typed by anyone: what it holds is shown as a note would be.
            st.info(t("kecamatan_url_unread", value=pii.mask_note(unread)), icon=":material/link_off:")


def parse_month(text: str) -> pd.Timestamp | None:
    """"Juni 2024", "June 2024", "Jun 2024", "2024-06" or "06/2024" as the month's first day; None otherwise. Read
    as the import reads a reported month (``tksk.logs.parse.months``), so a link and a clerk's file agree."""
    from tksk.logs.parse import months

    read = months(pd.Series([str(text).strip()], dtype="string"))[0]
    if isinstance(read, str) and (m := re.fullmatch(r"([0-9]{4})-([0-9]{2})", read)) and 1 <= int(m[2]) <= 12:
        return pd.Timestamp(int(m[1]), int(m[2]), 1)
    return None


def _kecamatan_unread(names: dict[str, str]) -> str | None:
    """What a shared link's kecamatan filter holds that is no kecamatan (``canonical_link`` wrote the rest as
    names), or None."""
    unread = [v for v in st.query_params.get_all("kecamatan") if v not in names.values()]
    return ", ".join(unread)[:60] or None


def _period_unread(months: list[pd.Timestamp]) -> str | None:
    """A shared link's period when it is not two months of the store (``canonical_link`` wrote those it read in
    the slider's labels), or None."""
    raw = st.query_params.get_all("periode")
    labels = {fmt.month(m, state.lang()) for m in months}
    if not raw or (len(raw) == 2 and set(raw) <= labels):
        return None
    return " – ".join(raw)[:60]


def settings() -> Settings:
    """The frame's choices (language, period, kecamatan filter) for this run."""
    return state.settings(data().manifest)


def page_start(title: str) -> None:
    """The page's title and the demo badge: every view calls this first, so the badge shows wherever logs do."""
    d = data()
    # Streamlit's own English, said in the reader's words: a text box's hint under it ("Press Enter to apply"),
    # a chooser's list when what is typed matches nothing ("No results") and its "Select all". A metric tile's label
    # and value wrap, and its value shrinks, on a narrow screen (at 1024 pixels "Rp 468 jt" read "Rp …"). The page's
    # side margins are 3rem, not 5: at 1366 pixels the scorecard's ten columns then fit without a scroll. A table
    # written in Markdown (the indicators' method note) scrolls in its own box: at 1024 pixels it pushed the page
    # sideways.
    st.html(f"""<style>[data-testid="InputInstructions"] > span {{ display: none; }}
    [data-testid="InputInstructions"]::after {{ content: "{t('press_enter')}"; }}
    [role="listbox"][data-empty="true"] [role="option"] > span {{ font-size: 0; }}
    [role="listbox"][data-empty="true"] [role="option"] > span::after {{ content: "{t('no_results')}";
      font-size: 0.875rem; }}
    [role="option"][data-key="__select_all__"] > div {{ font-size: 0; }}
    [role="option"][data-key="__select_all__"] > div::after {{ content: "{t('select_all')}"; font-size: 0.875rem; }}
    [data-testid="stMetricLabel"] p {{ white-space: normal; overflow: visible; text-overflow: clip; }}
    [data-testid="stMetricValue"] > div {{ white-space: normal; overflow: visible; text-overflow: clip;
      font-size: clamp(1.35rem, 2.3vw, 2.25rem); }}
    @media (min-width: 1024px) {{ [data-testid="stMainBlockContainer"] {{ padding-left: 3rem; padding-right: 3rem; }} }}
    [data-testid="stMarkdownContainer"] table {{ display: block; max-width: 100%; overflow-x: auto; }}
    </style>""")
    st.title(title)
    if d.is_demo:
        st.warning(f"**{t('demo_badge')}** · {t('demo_explain')}", icon=":material/science:")
    elif d.log_mode == "none":
        st.info(t("no_logs"))
    if d.is_stale:
        # Figures made by earlier rules (a store built before an upgrade) read as this version's otherwise.
        st.warning(t("stale_store", have=d.store.format, want=STORE_FORMAT), icon=":material/history:")


def require_period(s: Settings, scoped: bool = True) -> None:
    """Without any log data the page says so and stops there: in a store without logs (the first day of real use,
    before the first import) it links to the import and to the pages that already read without logs."""
    if s.period is None:
        if data().log_mode == "none":
            st.write(t("needs_logs"))
            st.page_link("views/data.py", label=t("import_link"), icon=":material/upload_file:",
                         query_params={"data_tabs": t("tab_upload")})
            st.page_link("views/kemiskinan.py", label=t("nav_poverty"), icon=":material/payments:")
            st.page_link("views/perencanaan.py", label=t("nav_planner"), icon=":material/groups:")
        else:
            st.info(t("no_period"))
        st.stop()
    if scoped:
        filter_note(s)


def filter_note(s: Settings, applied: bool = True, ranked: bool = True) -> None:
    """Says that the sidebar's kecamatan filter is on, and whether what follows heeds it (``applied``) or is always
    the whole regency: only Beranda said a filter was on, and Peta's ranks read as the regency's. ``ranked``: the
    part holds ranks or the regency's medians, which stay the regency's (a page without them was told so)."""
    if s.kecamatan:
        names = data().names()
        key = "filter_not_here" if not applied else "filter_scope" if ranked else "filter_scope_plain"
        st.caption(t(key, n=len(s.kecamatan), names=", ".join(names.get(k, k) for k in s.kecamatan)))


def fragment(body):
    """``st.fragment`` for the part of a page a widget changes, which reruns alone; but when the store has a new
    build since the page last ran whole (an import or rollback by someone else), the whole page runs again, so
    the frame's period and filters are read from that build, not kept from the old one."""
    seen = data().version

    @st.fragment
    @functools.wraps(body)
    def part():
        if data().version != seen:
            st.rerun(scope="app")
        body()

    return part
