"""The frame every page runs in: the sidebar's filters, the page title with the demo badge, the period guard."""

from __future__ import annotations

import functools
import re

import pandas as pd
import streamlit as st

from tksk import fmt, pii
from tksk.present.common import Settings
from tksk.text import LANGS
from ui import state
from ui.state import t
from ui.store import data


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
            if (fixed := st.session_state.pop("periode:want", None)) is not None:
                st.session_state["periode"] = fixed
            first = "periode" not in st.session_state
            unread, want = _period_from_url(months) if first else (None, None)
            # value= makes it a range slider; the options are part of the widget's identity, so a
            # rebuilt store with other months starts again from the default.
            st.select_slider(t("period"), options=months, value=state.period_default(d.manifest), key="periode",
                             format_func=lambda m: fmt.month(m, state.lang()), help=t("period_help"),
                             bind="query-params")
            st.session_state["periode:kept"] = tuple(st.session_state["periode"])
            if want is not None and tuple(st.session_state["periode"]) != want:
                # A link's first load lets the URL decide a bound widget, label by label: months written in the
                # other language were dropped one by one (June–September read as January–September). Set once more
                # on a second run, where the code's value wins (Streamlit's rule for bound widgets).
                st.session_state["periode:want"] = want
                st.rerun()
            if unread:
                st.info(t("period_url_unread", value=pii.mask_note(unread)), icon=":material/link_off:")
        names = d.names()
        if (fixed := st.session_state.pop("kecamatan:want", None)) is not None:
            st.session_state["kecamatan"] = fixed
        first = "kecamatan" not in st.session_state
        unread, want = _kecamatan_from_url(names) if first else (st.session_state.pop("kecamatan:unread", None), None)
        st.multiselect(t("kecamatan_filter"), list(names), format_func=names.get, key="kecamatan",
                       placeholder=t("kecamatan_all"), bind="query-params")
        if want is not None and list(st.session_state["kecamatan"]) != want:
            # As for the period: the widget reads a link by its labels; the codes are set on a second run.
            st.session_state["kecamatan:want"], st.session_state["kecamatan:unread"] = want, unread
            st.rerun()
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


def _kecamatan_from_url(names: dict[str, str]) -> tuple[str | None, list | None]:
    """A shared link's kecamatan filter: each by its code (16.10.13) or its name in any case; the widget knows only
    its labels and dropped a code without a word, showing every kecamatan. Returns what could not be read (or None),
    and the codes read (or None)."""
    raw = st.query_params.get_all("kecamatan")
    if not raw:
        return None, None
    by_name = {str(n).casefold(): c for c, n in names.items()}
    read = [v.strip() if v.strip() in names else by_name.get(v.strip().casefold()) for v in raw]
    codes = list(dict.fromkeys(c for c in read if c is not None))
    unread = [v for v, c in zip(raw, read) if c is None]
    return (", ".join(unread)[:60] or None), (codes or None)


def _period_from_url(months: list[pd.Timestamp]) -> tuple[str | None, tuple | None]:
    """A shared link's period in the reader's words: its months may be written in the other language ("June 2024"
    in the Indonesian view) or as 2024-06; the slider knows only its own labels and dropped them for the default
    without a word. Returns what could not be read (or None), and the months read (or None)."""
    raw = st.query_params.get_all("periode")
    if not raw:
        return None, None
    read = [parse_month(v) for v in raw]
    if len(read) == 2 and all(m is not None and m in months for m in read):
        return None, tuple(sorted(read))
    return " – ".join(raw)[:60], None


def settings() -> Settings:
    """The frame's choices (language, period, kecamatan filter) for this run."""
    return state.settings(data().manifest)


def page_start(title: str) -> None:
    """The page's title and the demo badge: every view calls this first, so the badge shows wherever logs do."""
    d = data()
    st.title(title)
    if d.is_demo:
        st.warning(f"**{t('demo_badge')}** · {t('demo_explain')}", icon=":material/science:")
    elif d.log_mode == "none":
        st.info(t("no_logs"))


def require_period(s: Settings) -> None:
    """Without any log data the page says so and stops there."""
    if s.period is None:
        st.info(t("no_period"))
        st.stop()


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
