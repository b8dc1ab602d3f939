"""What every presenter shares: the frame's settings, the store as a presenter reads it, and display tables.

A presenter is a plain module per page (no streamlit): it takes the store's tables and the settings and
returns what the page shows, with display labels and formats. The view (``views/``) only lays it out.
"""

from __future__ import annotations

import hashlib
import html
import pickle
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import cached_property

import pandas as pd

from tksk import fmt, metrics, provenance
from tksk.text import t

# Intermediate results a build keeps for its presenters: a new period adds about nine (some 120 KB pickled, most of
# it the planner's inputs), so this keeps every page of about a hundred periods. At 64 (seven periods) twenty people
# each on a period of their own pushed each other's figures out between two of their own page runs, and every page
# computed the period's coverage, scorecard and plan inputs again.
DERIVED = 1024
DASH = "–"  # a gap its row explains (``Table.dashes``)
# The store's log source is one of these, whichever it holds (etl.build writes exactly one of them).
LOG_SOURCES = ("log_demo", "log_impor")


@dataclass(frozen=True)
class Settings:
    """The frame's choices every page reads: language, period (first and last month) and kecamatan filter."""

    lang: str = "id"
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    kecamatan: tuple[str, ...] = ()

    @property
    def period(self) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        return (self.start, self.end) if self.start is not None else None


def is_number(column: pd.Series) -> bool:
    """Whether a table shows a column as numbers in the reader's format (yes/no columns are not numbers)."""
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


@dataclass
class Table:
    """A table as the reader sees it: labelled columns, numbers kept numeric with their decimals, optional
    background colours per row of a column, and what its download buttons export."""

    frame: pd.DataFrame
    stem: str = ""  # file name of its downloads; empty: no download
    decimals: dict[str, int] = field(default_factory=dict)
    colors: dict[str, list[str]] = field(default_factory=dict)
    export: pd.DataFrame | None = None  # what is downloaded, when it differs from what is shown
    title: str = ""  # what the table is, for the description sheet of its download
    sources: tuple[str, ...] = ()  # ids in the sources table (the log's own is added by the export)
    method: str = ""  # formula or method, in words
    widths: dict[str, str | int] = field(default_factory=dict)  # "small", "medium", "large" or pixels per column
    # A shorter header the table widget shows for a long column name, which stays the column's tooltip, its name in
    # the downloads and its header in ``html`` (a header wider than its figures made the table scroll at 1366 pixels).
    headers: dict[str, str] = field(default_factory=dict)
    dashes: frozenset[str] = frozenset()  # columns whose gap is a dash, not words (a rank not given; its row says why)
    logs: bool = True  # made from the activity log (demo in a demo store); False: public reference data only
    # The years or months the table covers when they are not the sidebar's period ("2005-2025"): its file name and
    # description say them (a file named 2024-01_2024-12 held 2005 to 2025).
    span: str = ""

    @cached_property
    def digest(self) -> str:
        """What the shown frame holds (values, index, column names and types), hashed once per table: a table
        shared by every session through the page cache is then not hashed again on every run that shows it."""
        f = self.frame
        h = hashlib.sha256(repr((list(f.columns), [str(d) for d in f.dtypes], f.shape)).encode())
        try:
            h.update(pd.util.hash_pandas_object(f, index=True).to_numpy().tobytes())
        except TypeError:  # a cell pandas cannot hash (a list): its pickle says what it holds
            h.update(pickle.dumps(f))
        return h.hexdigest()

    def relaid(self, **layout) -> Table:
        """The same figures laid out otherwise (``headers``, ``widths``) with the digest of this table: a page that
        relabels a table shared through the page cache did not hash its frame again on every run (a tenth of a run)."""
        out = replace(self, **layout)
        if "frame" not in layout:
            out.__dict__["digest"] = self.digest
        return out

    def html(self, lang: str) -> str:
        """The table as plain HTML in the reader's number format, gaps written out, numbers right-aligned in
        figures of equal width, a column's colours as its cells' backgrounds. Text a page can select, copy, print
        and have read aloud; for short tables, where the table widget's scrolling and sorting add nothing and its
        drawing is a third of a page switch (bench/README, seventh round)."""
        f = self.frame
        numeric = {c for c in f.columns if is_number(f[c])}
        cell = "padding:0.3rem 0.6rem;border-bottom:1px solid rgba(49,51,63,0.1);"
        head = "".join(f'<th style="{cell}text-align:{"right" if c in numeric else "left"};font-weight:600">'
                       f"{html.escape(str(c))}</th>" for c in f.columns)
        rows = []
        for i in range(len(f)):
            cells = []
            for c in f.columns:
                v = f[c].iat[i]
                text = (DASH if c in self.dashes and fmt.is_gap(v) else
                        fmt.number(v, self.decimals.get(c, 0), lang) if c in numeric else
                        fmt.gap(lang) if fmt.is_gap(v) else str(v))
                style = cell + ("text-align:right;font-variant-numeric:tabular-nums;" if c in numeric else "")
                if c in self.colors:
                    style += f"background-color:{self.colors[c][i]};"
                shown = html.escape(text)
                if fmt.is_gap(v):  # lighter than a figure, as the table widget writes a gap: figures stand out
                    shown = f'<span style="opacity:0.6">{shown}</span>'
                cells.append(f'<td style="{style}">{shown}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        # In a box that scrolls sideways: at 1024 pixels a table of ten columns ran off the page, its last ones cut.
        return ('<div style="overflow-x:auto"><table class="tksk-table" style="width:100%;border-collapse:collapse;'
                f"font-size:0.875rem\"><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


class Data:
    """The current build of a store as presenters read it: each table read once and kept (callers must not
    change a table they get)."""

    def __init__(self, store):
        self.store = store
        self.manifest = store.manifest
        self.version = store.version
        self._tables: dict[str, pd.DataFrame] = {}
        self._geo: dict[str, object] = {}
        self._derived: OrderedDict = OrderedDict()
        # Sessions run on threads of one server and share this object: a figure is computed by one of them while the
        # others asking for it wait (the presenters' cache does the same), and the kept figures change under a lock.
        self._lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._tables:
            self._tables[name] = self.store.read(name)
        return self._tables[name]

    def derived(self, key: tuple, make):
        """``make()``, computed once per build and ``key`` (the most recent ``DERIVED`` kept): a figure several
        presenter functions share (coverage of a period, a scorecard, the planner's inputs, display geometry)."""
        found, value = self._kept(key)
        if found:
            return value
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            found, value = self._kept(key)  # computed by another session while this one waited
            if found:
                return value
            try:
                value = make()
                with self._lock:
                    self._derived[key] = value
                    while len(self._derived) > DERIVED:
                        self._derived.popitem(last=False)
            finally:
                with self._lock:
                    self._computing.pop(key, None)
        return value

    def _kept(self, key: tuple) -> tuple[bool, object]:
        with self._lock:
            if key in self._derived:
                self._derived.move_to_end(key)
                return True, self._derived[key]
        return False, None

    def geo(self, layer: str):
        if layer not in self._geo:
            self._geo[layer] = self.store.geo(layer)
        return self._geo[layer]

    @property
    def reports_as_of(self):
        """Up to when monthly reports can be judged (``metrics.reports_as_of``), once per build."""
        return self.derived(("reports_as_of",), lambda: metrics.reports_as_of(self.manifest, self["laporan"]))

    def without_log(self, start, end) -> pd.DataFrame:
        """Months of the period a regency logged nothing at all while staffed (``metrics.months_without_log``)."""
        return self.derived(("without_log", start, end), lambda: metrics.months_without_log(
            self["agg_kec_bulan"], self["pos_bulan"], start, end))

    def posts_in_period(self, start, end) -> pd.DataFrame:
        """The period's posts per kecamatan (``metrics.posts_in_period``), once per period: the planner's inputs and
        its notes share it."""
        return self.derived(("posts_in_period", start, end), lambda: metrics.posts_in_period(
            self["pos_bulan"], start, end))

    def coverage_gaps(self, start, end) -> pd.DataFrame:
        """The period's months without a TKSK per kecamatan (``metrics.coverage_gaps``), once per period: Beranda's
        vacancies, Peta's gaps and detail, and Kinerja's scorecard each computed it."""
        return self.derived(("coverage_gaps", start, end), lambda: metrics.coverage_gaps(
            self["pos_bulan"], start, end))

    def unlogged(self, start, end) -> pd.DataFrame:
        """Kecamatan with staffed months of the period without a log row of their own
        (``metrics.kecamatan_months_unlogged``), with their names."""
        def make():
            out = metrics.kecamatan_months_unlogged(self.coverage_months(), start, end)
            return out.assign(nama_kec=out["kode_kec"].map(self.names()))
        return self.derived(("unlogged", start, end), make)

    def coverage_months(self) -> metrics.CoverageMonths:
        """Every month of the store per kecamatan (``metrics.coverage_months``), once per build: a period's coverage
        and its months without a log are slices of it."""
        return self.derived(("coverage_months",), lambda: metrics.coverage_months(
            self["pos_bulan"], self["agg_kec_bulan"], self["agg_desa_bulan"], self["agg_kegiatan"]))

    @property
    def is_demo(self) -> bool:
        return self.manifest.get("log_mode") == "demo"

    @property
    def is_stale(self) -> bool:
        return self.store.is_stale

    @property
    def log_mode(self) -> str:
        return self.manifest.get("log_mode", "none")

    def names(self) -> dict[str, str]:
        k = self["kecamatan"]
        return dict(zip(k["kode_kec"], k["nama_kec"]))

    def regions(self) -> dict[str, str]:
        """The regencies this store covers (configuration from the reference data, not code): code -> name."""
        k = self["kecamatan"][["kode_kab", "nama_kab"]].drop_duplicates().sort_values("kode_kab")
        return dict(zip(k["kode_kab"].astype(str), k["nama_kab"].astype(str)))

    def region_name(self) -> str:
        return ", ".join(self.regions().values())


def only(df: pd.DataFrame, codes) -> pd.DataFrame:
    """The sidebar's kecamatan filter applied to a per-kecamatan table (all rows when none chosen)."""
    return df if not codes else df.loc[df["kode_kec"].isin(list(codes))]


def sorted_codes(names: dict[str, str]) -> list[str]:
    """Kecamatan codes in the order of their names, as every chooser lists them."""
    return sorted(names, key=names.get)


def period_label(s: Settings) -> str:
    if s.period is None:
        return t("no_period", s.lang)
    return fmt.months(s.start, s.end, s.lang)


def logs_label(data: Data, lang: str) -> str:
    return t("logs_demo", lang) if data.is_demo else t("logs_real", lang)


def log_mode_label(data: Data, lang: str) -> str:
    return t({"demo": "log_demo", "real": "log_real", "none": "log_none"}[data.log_mode], lang)


def caption(data: Data, s: Settings, source_ids=(), logs: bool = True) -> str:
    """'Sumber: <sources>; <log source>, <period>.' built from the store's sources table. A store without logs cites
    none (the planner plans from the reference data alone there)."""
    logs = logs and data.log_mode != "none"
    ids = list(source_ids) + (list(LOG_SOURCES) if logs else [])
    cited = provenance.cite(data["sumber"], ids, s.lang)
    if logs and s.period is not None:
        cited += f", {period_label(s)}"
    return t("caption_sources", s.lang, sources=cited)


MONTHS_LEFT_OUT_NAMED = 8  # a national store named thousands, on Beranda and the A4 brief


def months_left_out_items(gone: pd.DataFrame, lang: str, more_key: str = "months_left_out_more") -> str:
    """'Kandis 3 dari 12 bulan; …' for kecamatan whose staffed months without a log row were left out of a figure
    (columns nama_kec, bulan_tanpa_log, bulan_aktif, in the order to name them), at most ``MONTHS_LEFT_OUT_NAMED``."""
    items = "; ".join(t("months_left_out_item", lang, kecamatan=r.nama_kec, n=fmt.number(r.bulan_tanpa_log, 0, lang),
                        of=fmt.number(r.bulan_aktif, 0, lang)) for r in gone.head(MONTHS_LEFT_OUT_NAMED).itertuples())
    if len(gone) > MONTHS_LEFT_OUT_NAMED:
        items += t(more_key, lang, n=fmt.number(len(gone) - MONTHS_LEFT_OUT_NAMED, 0, lang))
    return items


def unlogged_note(data: Data, s: Settings, key: str) -> str | None:
    """The kecamatan whose months without a log row of their own a page left out, in the page's words (``key``)."""
    if s.period is None or data.log_mode == "none":
        return None
    gone = data.unlogged(s.start, s.end)
    if s.kecamatan:
        gone = gone.loc[gone["kode_kec"].isin(s.kecamatan)]
    return t(key, s.lang, items=months_left_out_items(gone, s.lang, "months_left_out_more_plain")) if len(gone) else None


def difference_text(pct, lang: str, gap: str | None = "vacant") -> str:
    """'+12 %' or '-8 %' against the median; without a value, ``gap`` says why (a text key: a vacant post, a log
    not in yet), else the gap is said as one."""
    if fmt.is_gap(pct):
        return t(gap, lang) if gap else fmt.gap(lang)
    # Under half a percent from the median a whole percent reads "0 %" beside "above": one decimal then, and a
    # difference too small for it is "< 0,1 %" (its position beside it says on which side).
    decimals = 0 if fmt.rounded(pct) != 0 or pct == 0 else 1
    shown = fmt.rounded(pct, decimals)  # never -0: "-0 %" would read as a loss
    if shown == 0 and pct != 0:
        return "< " + fmt.percent(0.1, 1, lang)
    return ("+" if shown > 0 else "") + fmt.percent(shown, decimals, lang)


def numbers(values, decimals, lang: str) -> list[str]:
    """Values as text in the reader's format, one number of decimals per value (rows may differ in unit)."""
    return [fmt.number(v, d, lang) for v, d in zip(values, decimals)]
