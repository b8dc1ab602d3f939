"""Streamlit glue shared by the frame and the pages: state, cached store reads, badge, downloads.

Pages call these and lay out the result; no page computes or reads Parquet itself.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import streamlit as st

from tksk import fmt, i18n
from tksk.store import Store, StoreMissing, current_build, store_dir

DEFAULTS = {"lang": "id", "kecamatan": []}


# ----------------------------------------------------------------------------- state
def lang() -> str:
    return st.session_state.get("lang", DEFAULTS["lang"])


def t(key: str, **kw) -> str:
    return i18n.t(key, lang(), **kw)


def store_version() -> str:
    """The current build's name: read on every run (one small file) so a rebuild invalidates caches."""
    return current_build(store_dir()).name


@st.cache_resource(show_spinner=False, max_entries=4)
def _store(version: str, root: str) -> Store:
    return Store(root)


def store() -> Store:
    try:
        return _store(store_version(), str(store_dir()))
    except StoreMissing:
        st.error(t("store_missing"))
        st.stop()


@st.cache_data(show_spinner=False, max_entries=64)
def _table(version: str, root: str, name: str) -> pd.DataFrame:
    return _store(version, root).read(name)


def table(name: str) -> pd.DataFrame:
    """A store table, cached per build; callers must not mutate it."""
    s = store()
    return _table(s.version, str(s.root), name)


def period_default() -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The last 12 months of log data."""
    p = store().manifest.get("log_period")
    if not p:
        return None
    first, last = pd.Timestamp(p[0]), pd.Timestamp(p[1])
    return max(first, last - pd.DateOffset(months=11)), last


def period() -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The chosen month range, defaulting to the last 12 months of data."""
    chosen = st.session_state.get("periode")
    # A range is a pair; anything else (a page run without the frame's widget) means the default.
    if isinstance(chosen, (tuple, list)) and len(chosen) == 2 and store().manifest.get("log_period"):
        return pd.Timestamp(chosen[0]), pd.Timestamp(chosen[1])
    return period_default()


def kecamatan_filter() -> list[str]:
    return list(st.session_state.get("kecamatan", DEFAULTS["kecamatan"]))


# ----------------------------------------------------------------------------- frame pieces
def sidebar() -> None:
    s = store()
    with st.sidebar:
        st.radio(i18n.t("language", lang()), list(i18n.LANGS), format_func=i18n.LANGS.get, key="lang", horizontal=True)
        p = s.manifest.get("log_period")
        if p:
            months = list(pd.date_range(p[0], p[1], freq="MS"))
            # value= makes it a range slider; the options are part of the widget's identity, so a
            # rebuilt store with other months starts again from the default.
            st.select_slider(t("period"), options=months, value=period_default(), key="periode",
                             format_func=lambda m: fmt.month(m, lang()), help=t("period_help"))
        kec = table("kecamatan")
        names = dict(zip(kec["kode_kec"], kec["nama_kec"]))
        st.multiselect(t("kecamatan_filter"), list(names), format_func=names.get, key="kecamatan",
                       placeholder=t("kecamatan_all"))


def ensure_frame() -> None:
    """Run the frame (dashboard.py) even when a page was reached without it.

    With a ``pages/`` folder beside the entry point, Streamlit runs a page file on its own (legacy
    multipage mode) until ``st.navigation`` has been called once: on a fresh server whose first
    visitor opens a page URL, and in AppTest after ``switch_page``. The sidebar, the language and
    the period would be missing. Here the legacy mode is turned off and dashboard.py is run in
    place: its ``st.navigation`` runs the requested page again, this time inside the frame, and
    the outer run stops. No rerun, so a button click in that run is not lost.
    """
    import runpy

    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(Path(__file__).resolve().parents[1] / "dashboard.py"), run_name="__main__")
        st.stop()


def page_start(title_key: str, **fmt_args) -> None:
    """Title and the demo badge: every page calls this first, so the badge shows wherever logs do."""
    ensure_frame()
    st.title(t(title_key, **fmt_args))
    demo_badge()


def period_or_stop() -> tuple[pd.Timestamp, pd.Timestamp]:
    """The chosen period; without any log data the page says so and stops there."""
    p = period()
    if p is None:
        st.info(t("no_period"))
        st.stop()
    return p


def kecamatan_names() -> dict[str, str]:
    k = table("kecamatan")
    return dict(zip(k["kode_kec"], k["nama_kec"]))


def logs_label() -> str:
    return t("logs_demo") if store().is_demo else t("logs_real")


def period_label() -> str:
    p = period()
    return f"{fmt.month(p[0], lang())} – {fmt.month(p[1], lang())}" if p else t("no_period")


def demo_badge() -> None:
    s = store()
    if s.is_demo:
        st.warning(f"**{t('demo_badge')}** · {t('demo_explain')}", icon=":material/science:")
    elif s.manifest.get("log_mode") == "none":
        st.info(t("no_logs"))


def _safe_for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Text that Excel would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c]):
            s = out[c].astype("string")
            risky = s.str.match(r"^[=+\-@\t\r]", na=False)
            out[c] = s.where(~risky, "'" + s)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return _safe_for_excel(df).to_csv(index=False).encode("utf-8-sig")


def to_xlsx_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": {"strings_to_formulas": False}}) as xw:
        _safe_for_excel(df).to_excel(xw, index=False, sheet_name="data")
    return buf.getvalue()


def downloads(df: pd.DataFrame, stem: str, key: str) -> None:
    """CSV and XLSX buttons; the files are made only when a button is clicked, not on every rerun."""
    c1, c2, _ = st.columns([1, 1, 3])
    c1.download_button(t("download_csv"), lambda: to_csv_bytes(df), f"{stem}.csv", "text/csv", key=f"{key}_csv",
                       icon=":material/download:", on_click="ignore")
    c2.download_button(t("download_xlsx"), lambda: to_xlsx_bytes(df), f"{stem}.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"{key}_xlsx",
                       icon=":material/download:", on_click="ignore")


TRAFFIC_COLORS = {"hijau": "#c7e9c0", "kuning": "#fee391", "merah": "#fcbba1", "kosong": "#e0e0e0"}


def styled(df: pd.DataFrame, decimals: dict[str, int] | None = None, backgrounds: dict[str, pd.Series] | None = None):
    """Indonesian (or English) number display with gaps written out; the data itself stays numeric.

    ``backgrounds`` maps a column to a series of CSS colours (e.g. a traffic light), row by row.
    """
    decimals = decimals or {}
    sep = fmt.PLOTLY_SEPARATORS[lang()]
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]
    sty = df.style
    for c in numeric:
        sty = sty.format(precision=decimals.get(c, 0), thousands=sep[1], decimal=sep[0], na_rep=fmt.GAP[lang()],
                         subset=[c])
    for c, colours in (backgrounds or {}).items():
        css = [f"background-color: {x}" for x in colours]
        sty = sty.apply(lambda _col, css=css: css, subset=[c])
    return sty


def show_table(df: pd.DataFrame, decimals: dict[str, int] | None = None, width="stretch",
               backgrounds: dict[str, pd.Series] | None = None, **kw) -> None:
    """A table in the reader's number format. A numeric column with gaps is shown as text, because the table
    widget writes an empty cell as "None" whatever the formatter says: a gap must read "tidak ada data"."""
    decimals = decimals or {}
    out = df.copy()
    for c in out.columns:
        col = out[c]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col) and col.isna().any():
            out[c] = [fmt.number(v, decimals.get(c, 0), lang()) for v in col]
    st.dataframe(styled(out, decimals, backgrounds), hide_index=True, width=width, **kw)


# ----------------------------------------------------------------------------- shared page pieces
@st.cache_resource(show_spinner=False, max_entries=8)
def _geo(version: str, root: str, layer: str):
    return _store(version, root).geo(layer)


def geo(layer: str, kode_kec: str | None = None):
    s = store()
    g = _geo(s.version, str(s.root), layer)
    return g if kode_kec is None else g.loc[g["kode_kec"] == kode_kec]


def ranking_table(ranked: pd.DataFrame, metric) -> pd.DataFrame:
    out = ranked.assign(status=ranked["kosong"].map({True: t("vacant"), False: ""}))
    return out[["peringkat", "nama_kec", "nilai", "status"]].rename(columns={
        "peringkat": t("rank"), "nama_kec": "Kecamatan", "nilai": t("value"), "status": t("status")})


def _difference(pct) -> str:
    """'+12 %' or '-8 %' against the median; a vacant post has no comparison."""
    return t("vacant") if fmt.is_gap(pct) else ("+" if pct > 0 else "") + fmt.percent(pct, 0, lang())


def median_table(comparison: pd.DataFrame) -> pd.DataFrame:
    """Each metric against the median, formatted with that metric's own decimals (rows differ in unit)."""
    from tksk.metrics import COVERAGE_METRICS

    metric = comparison["metrik"].map(COVERAGE_METRICS.get)
    dec = metric.map(lambda m: m.decimals)
    num = lambda col: [fmt.number(v, d, lang()) for v, d in zip(comparison[col], dec)]  # noqa: E731
    return pd.DataFrame({
        t("metric"): metric.map(lambda m: m.label(lang())),
        t("value"): num("nilai"), t("median"): num("median"),
        # The sign says above or below; a vacant post has no comparison.
        t("difference_pct"): [_difference(v) for v in comparison["selisih_persen"]],
    })


def desa_table(visits: pd.DataFrame) -> pd.DataFrame:
    return visits.drop(columns="dikunjungi").rename(columns={
        "kode_desa": "Kode", "nama_desa": "Desa/kelurahan", "jenis": "Jenis", "jumlah_kk": "KK (PODES 2021)",
        "kegiatan": t("activities"), "orang": t("people_served")})


def posts_of(kode_kec: str) -> pd.DataFrame:
    from tksk import vocab

    r = table("roster")
    r = r.loc[r["kode_kec"] == kode_kec].sort_values(["id_pos", "tanggal_mulai"])
    return pd.DataFrame({
        "ID pos": r["id_pos"], t("status"): r["status"].map(lambda c: vocab.label(vocab.POST_STATUS, c, lang())),
        "Mulai" if lang() == "id" else "From": r["tanggal_mulai"].map(lambda d: fmt.date(d, lang())),
        "Selesai" if lang() == "id" else "To": r["tanggal_selesai"].map(lambda d: "—" if fmt.is_gap(d) else fmt.date(d, lang())),
    })


def log_caption() -> str:
    """'Sumber: log kegiatan TKSK CONTOH (demo), Januari 2024 – Desember 2024; pos TKSK dari daftar pos.'"""
    return t("caption_logs", logs=logs_label(), period=period_label())


def map_caption(metric_key: str) -> str:
    """The sources of one metric: its reference source (structural) or the log, plus the boundaries."""
    kind_sources = {"penduduk_per_tksk": t("src_population", year=store().manifest["estimate"]["tahun"]),
                    "kk_per_tksk": t("src_families"), "desa_per_tksk": t("src_desa"), "km2_per_tksk": t("src_area")}
    src = kind_sources.get(metric_key)
    return t("caption_map", source=(src + "; ") if src else "", logs=logs_label(), period=period_label())


def coverage_download(cov: pd.DataFrame) -> pd.DataFrame:
    from tksk.metrics import COVERAGE_METRICS

    cols = ["kode_kec", "nama_kec", "status", "pos_akhir", "bulan_pos", "bulan_kosong", *COVERAGE_METRICS]
    return cov[cols].rename(columns={k: m.label(lang()) for k, m in COVERAGE_METRICS.items()})


def sources_table() -> pd.DataFrame:
    src = table("sumber")
    en = lang() == "en"
    return src.rename(columns={
        "id_sumber": "ID", "judul": "Title" if en else "Judul", "produsen": "Producer" if en else "Produsen",
        "alamat": "Address" if en else "Alamat", "tahun": "Year" if en else "Tahun", "lisensi": "Licence" if en else "Lisensi",
        "perubahan": "What was changed" if en else "Perubahan", "berkas": "File" if en else "Berkas", "sha256": "SHA-256"})


def row_counts() -> pd.DataFrame:
    rows = store().manifest.get("rows", {})
    return pd.DataFrame({"Tabel" if lang() == "id" else "Table": list(rows),
                         "Jumlah baris" if lang() == "id" else "Rows": list(rows.values())})


def source_card(record: dict) -> None:
    """One source as a reader wants it: title first, then producer, address, year, licence, changes.

    The texts are ours (etl/sources), so plain st.text is used only to keep odd characters literal.
    """
    keys = list(record)
    with st.expander(str(record[keys[1]]), icon=":material/description:"):
        for k in keys[2:]:
            v = record[k]
            if fmt.is_gap(v) or v in ("", "None"):
                continue
            st.text(f"{k}: {v}")


def report_summary_table(summary: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(table("kecamatan")["kode_kec"], table("kecamatan")["nama_kec"]))
    return pd.DataFrame({"Kecamatan": summary["kode_kec"].map(names), t("expected"): summary["diharapkan"],
                         t("received"): summary["diterima"], t("on_time"): summary["tepat_waktu"],
                         t("completeness"): summary["kelengkapan_persen"], t("timeliness"): summary["ketepatan_persen"]})


def only(df: pd.DataFrame, codes: list[str]) -> pd.DataFrame:
    """The sidebar's kecamatan filter applied to a per-kecamatan table (all rows when none chosen)."""
    return df if not codes else df.loc[df["kode_kec"].isin(codes)]


def median_position_table(vm: pd.DataFrame, metric) -> pd.DataFrame:
    pos = {"di atas median": t("above_short"), "di bawah median": t("below_short"), "sama dengan median": t("at_median"),
           "tidak ada data": t("vacant")}
    d = vm.sort_values("nilai", ascending=False, na_position="first")
    return pd.DataFrame({
        "Kecamatan": d["nama_kec"],
        t("value"): [t("vacant") if k else fmt.number(v, metric.decimals, lang()) for v, k in zip(d["nilai"], d["kosong"])],
        t("difference_pct"): [_difference(v) for v in d["selisih_persen"]],
        t("position"): d["posisi"].map(pos),
    })


def label_codes(df: pd.DataFrame, table: dict) -> pd.DataFrame:
    from tksk import vocab

    return df.assign(label=[t("not_filled") if c == "(tidak diisi)" else vocab.label(table, c, lang()) for c in df["kode"]])


def trend_label(value: str) -> str:
    from tksk.metrics import ALL_METRICS

    per = {"orang": "orang_per_bulan", "kk": "kk_per_bulan", "kegiatan": "kegiatan_per_bulan", "jam": "jam_per_bulan",
           "kasus_ppks": "kasus_per_tksk"}
    return ALL_METRICS[per[value]].label(lang())


def trend_table(trend: pd.DataFrame, value: str) -> pd.DataFrame:
    return pd.DataFrame({"bulan": trend["bulan"].dt.strftime("%Y-%m"), "pos_aktif": trend["pos_aktif"],
                         value: trend[value], trend_label(value): trend["per_tksk"],
                         t("status"): trend["kosong"].map({True: t("vacant"), False: ""})})


def regions() -> dict[str, str]:
    """The regencies this store covers (configuration from the reference data, not code): code -> name."""
    k = table("kecamatan")[["kode_kab", "nama_kab"]].drop_duplicates().sort_values("kode_kab")
    return dict(zip(k["kode_kab"].astype(str), k["nama_kab"].astype(str)))


def region(choose: bool = False) -> dict:
    """One regency of the store; with ``choose`` and several regencies, a select box picks it."""
    r = regions()
    kode = next(iter(r))
    if choose and len(r) > 1:
        kode = st.selectbox(t("scope"), list(r), format_func=r.get, key="region_choice")
    return {"kode": kode, "nama": r[kode]}


def region_name() -> str:
    return ", ".join(regions().values())


def poverty_labels() -> dict:
    return {"derived": t("flag_derived"), "truncated": t("flag_truncated"), "split": t("flag_split"),
            "main": t("series_main"), "others": t("series_others"), "gap": t("gap"),
            "tahunan": t("period_tahunan"), "Maret": t("period_Maret"), "September": t("period_September")}


def poverty_table(best: pd.DataFrame, others: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([best.assign(pilihan=True), others.assign(pilihan=False)], ignore_index=True).sort_values(
        ["tahun", "pilihan"], ascending=[True, False])


def highlight(ranked: pd.DataFrame, kode: str) -> pd.DataFrame:
    """Ranking rows with the store's own regency marked in its label."""
    return ranked.assign(nama_wilayah=[f"▶ {n}" if k == kode else n for n, k in zip(ranked["nama_wilayah"],
                                                                                    ranked["kode_wilayah"])])


# ----------------------------------------------------------------------------- performance page pieces
INDICATOR_TABLES = ("kecamatan", "pos_bulan", "agg_kec_bulan", "agg_kegiatan", "agg_desa_bulan", "laporan", "rujukan",
                    "kelengkapan_log")


def indicator_tables() -> dict[str, pd.DataFrame]:
    return {n: table(n) for n in INDICATOR_TABLES}


def number_column_config(**kw):
    return st.column_config.NumberColumn(format="localized", **kw)


def targets_frame() -> pd.DataFrame:
    from tksk.indicators import INDICATORS

    return pd.DataFrame({
        "Kode": list(INDICATORS), t("indicator"): [i.label(lang()) for i in INDICATORS.values()],
        t("default_target"): [fmt.number(i.target, i.decimals if i.target % 1 else 0, lang()) for i in INDICATORS.values()],
        t("target"): [i.target for i in INDICATORS.values()],
        t("formula"): [i.formula(lang()) for i in INDICATORS.values()], t("why"): [i.why(lang()) for i in INDICATORS.values()],
    })


def indicator_settings(edited: pd.DataFrame, weights: dict, deadline: int):
    """Settings from the page's editors; a target that is missing or not above 0 is refused with a message."""
    from tksk.indicators import Settings

    targets = dict(zip(edited["Kode"], edited[t("target")]))
    bad = [k for k, v in targets.items() if fmt.is_gap(v) or float(v) <= 0]
    if bad:
        st.error(("Target harus lebih dari 0: " if lang() == "id" else "Targets must be above 0: ") + ", ".join(bad))
        return None
    if sum(weights.values()) <= 0:
        st.error("Jumlah bobot harus lebih dari 0." if lang() == "id" else "Weights must add up to more than 0.")
        return None
    return Settings(targets={k: float(v) for k, v in targets.items()}, weights=weights, deadline_day=deadline)


def scorecard_table(card: pd.DataFrame) -> pd.DataFrame:
    d = card.sort_values("komposit", ascending=False, na_position="last")
    out = pd.DataFrame({
        t("rank"): d["peringkat"], "Kecamatan": d["nama_kec"],
        ui_fn("koordinasi"): d["koordinasi"], ui_fn("fasilitasi"): d["fasilitasi"],
        ui_fn("administrasi"): d["administrasi"], t("composite"): d["komposit"],
        t("status"): d["status"].map(lambda s: t(f"status_{s}")),
    })
    out.attrs["status_colors"] = list(d["status"].map(TRAFFIC_COLORS))
    return out


def ui_fn(function: str) -> str:
    from tksk import vocab

    return vocab.label(vocab.FUNCTIONS, function, lang())


def trend_download(regency: pd.DataFrame, one: pd.DataFrame, name: str) -> pd.DataFrame:
    return pd.concat([regency.assign(wilayah=t("regency_pooled")), one.assign(wilayah=name)], ignore_index=True)


def contributions_table(contrib: pd.DataFrame) -> pd.DataFrame:
    from tksk.indicators import INDICATORS

    return pd.DataFrame({
        t("indicator"): [f"{k} · {INDICATORS[k].label(lang())}" for k in contrib["indikator"]],
        t("value"): [fmt.number(v, INDICATORS[k].decimals, lang()) for k, v in zip(contrib["indikator"], contrib["nilai"])],
        t("target"): [fmt.number(v, INDICATORS[k].decimals, lang()) for k, v in zip(contrib["indikator"], contrib["target"])],
        t("score"): [fmt.number(v, 0, lang()) for v in contrib["skor"]],
        t("points_lost"): [fmt.number(v, 1, lang()) for v in contrib["poin_hilang"]],
    })


def reports_table(grid: pd.DataFrame, laporan: pd.DataFrame, kode_kec: str, deadline: int) -> pd.DataFrame:
    g = grid.loc[grid["kode_kec"] == kode_kec].sort_values("bulan")
    sent = laporan.loc[laporan["kode_kec"] == kode_kec].groupby("bulan_laporan")["tanggal_kirim"].min()

    def status(r):
        if r.diharapkan == 0:
            return t("vacant")
        if r.diterima == 0:
            return t("not_received")
        return t("on_time_short") if r.tepat_waktu >= r.diterima else t("late")

    return pd.DataFrame({
        "Bulan" if lang() == "id" else "Month": [fmt.month(m, lang()) for m in g["bulan"]],
        t("sent_on"): [fmt.date(sent.get(m), lang()) if m in sent.index else "—" for m in g["bulan"]],
        t("status"): [status(r) for r in g.itertuples()],
    })


def activity_table(counts: pd.DataFrame) -> pd.DataFrame:
    from tksk import vocab

    return pd.DataFrame({
        t("by_fungsi"): [vocab.label(vocab.FUNCTIONS, f, lang()) for f in counts["fungsi"]],
        "Jenis kegiatan" if lang() == "id" else "Activity type":
            [vocab.label(vocab.ACTIVITIES, a, lang()) for a in counts["jenis_kegiatan"]],
        t("activities"): counts["kegiatan"], t("people_served"): counts["orang"], t("hours_logged"): counts["jam"],
    })


def compare_table(card: pd.DataFrame, a: str, b: str, names: dict) -> pd.DataFrame:
    from tksk.indicators import FUNCTIONS, INDICATORS

    c = card.set_index("kode_kec")
    rows = []
    for k, i in INDICATORS.items():
        rows.append({t("indicator"): f"{k} · {i.label(lang())}",
                     names[a]: fmt.number(c.loc[a, f"nilai_{k}"], i.decimals, lang()),
                     names[b]: fmt.number(c.loc[b, f"nilai_{k}"], i.decimals, lang()),
                     f"{t('score')} {names[a]}": fmt.number(c.loc[a, f"skor_{k}"], 0, lang()),
                     f"{t('score')} {names[b]}": fmt.number(c.loc[b, f"skor_{k}"], 0, lang())})
    for f in (*FUNCTIONS, "komposit"):
        label = t("composite") if f == "komposit" else ui_fn(f)
        rows.append({t("indicator"): f"**{label}**", names[a]: "", names[b]: "",
                     f"{t('score')} {names[a]}": fmt.number(c.loc[a, f], 0, lang()),
                     f"{t('score')} {names[b]}": fmt.number(c.loc[b, f], 0, lang())})
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- planner page pieces
def wisn_table(table: pd.DataFrame) -> pd.DataFrame:
    from tksk import wisn

    i = 1 if lang() == "en" else 0
    d = table.sort_values("rasio")
    return pd.DataFrame({
        "Kecamatan": d["nama_kec"], t("wisn_total_now"): d["tksk_sekarang"],
        t("wisn_col_need"): [fmt.number(v, 2, lang()) for v in d["wisn_perlu"]],
        t("wisn_col_posts"): d["wisn_perlu_bulat"],
        t("wisn_ratio"): [fmt.number(v, 2, lang()) for v in d["rasio"]],
        t("wisn_col_diff"): [("+" if v > 0 else "") + fmt.number(v, 2, lang()) for v in d["selisih"]],
        t("wisn_col_pressure"): d["tekanan"].map(lambda b: wisn.PRESSURE_SHORT[b][i]),
        t("wisn_col_hours"): d["jam_beban_setahun"], t("wisn_col_travel"): d["jam_perjalanan"],
        t("wisn_col_source"): d["sumber_beban"].map({"log": t("src_log"), "perkiraan": t("src_est")}),
    })


def ratio_values(table: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"kode_kec": table["kode_kec"], "nilai": table["rasio"], "kosong": False})


def scenario_table(scen: pd.DataFrame, allowance: float) -> pd.DataFrame:
    cols = {"sekarang": t("scen_now"), "satu_per_kecamatan": t("scen_one"), "per_penduduk": t("scen_pop"),
            "per_desa": t("scen_desa"), "wisn": t("scen_wisn")}
    body = scen.rename(columns={"nama_kec": "Kecamatan", **cols}).drop(columns="kode_kec")
    total = {"Kecamatan": t("scen_total"), **{v: scen[k].sum() for k, v in cols.items()}}
    cost = {"Kecamatan": t("scen_cost"), **{v: scen[k].sum() * allowance * 12 for k, v in cols.items()}}
    return pd.concat([body, pd.DataFrame([total, cost])], ignore_index=True)


# ----------------------------------------------------------------------------- cached computations
# Keyed by the build, the period and plain settings (never by the frames themselves, which would have
# to be hashed on every rerun): a rerun with the same choices is served from memory.
@st.cache_data(show_spinner=False, max_entries=64)
def _coverage(version: str, root: str, start, end) -> pd.DataFrame:
    from tksk import metrics

    t = {n: _table(version, root, n) for n in ("kecamatan", "pos_bulan", "agg_kec_bulan", "agg_desa_bulan")}
    return metrics.coverage(t["kecamatan"], t["pos_bulan"], t["agg_kec_bulan"], t["agg_desa_bulan"], start, end)


def coverage(start, end) -> pd.DataFrame:
    s = store()
    return _coverage(s.version, str(s.root), pd.Timestamp(start), pd.Timestamp(end))


def _settings(key: tuple):
    from tksk.indicators import Settings

    targets, weights, deadline = key
    return Settings(targets=dict(targets), weights=dict(weights), deadline_day=deadline)


def settings_key(settings) -> tuple:
    return (tuple(sorted(settings.targets.items())), tuple(sorted(settings.weights.items())), settings.deadline_day)


@st.cache_data(show_spinner=False, max_entries=64)
def _scorecard(version: str, root: str, start, end, key: tuple) -> pd.DataFrame:
    from tksk import indicators

    t = {n: _table(version, root, n) for n in INDICATOR_TABLES}
    return indicators.scorecard(t, start, end, _settings(key))


@st.cache_data(show_spinner=False, max_entries=128)
def _monthly(version: str, root: str, start, end, key: tuple, kode_kec: str | None) -> pd.DataFrame:
    from tksk import indicators

    t = {n: _table(version, root, n) for n in INDICATOR_TABLES}
    return indicators.monthly(t, start, end, _settings(key), kode_kec=kode_kec)


def scorecard(start, end, settings) -> pd.DataFrame:
    s = store()
    return _scorecard(s.version, str(s.root), pd.Timestamp(start), pd.Timestamp(end), settings_key(settings))


def indicator_trend(start, end, settings, kode_kec: str | None = None) -> pd.DataFrame:
    s = store()
    return _monthly(s.version, str(s.root), pd.Timestamp(start), pd.Timestamp(end), settings_key(settings), kode_kec)


@st.cache_data(show_spinner=False, max_entries=32)
def _plan(version: str, root: str, start, end, params_json: str, per_population: float, per_desa: float):
    import json

    from tksk import poverty, wisn

    params = wisn.params_from_dict(json.loads(params_json))
    k = _table(version, root, "kecamatan")
    pov = _table(version, root, "kemiskinan")
    # A store may cover several regencies: their poor populations add up.
    poor = sum(poverty.latest(pov, kode, "penduduk_miskin_ribu") for kode in sorted(k["kode_kab"].unique())) * 1000
    return wisn.plan_regency(k, _table(version, root, "desa"), _table(version, root, "pos_bulan"),
                             _table(version, root, "agg_kegiatan"), poor, start, end, params, per_population, per_desa)


def wisn_plan(start, end, params, per_population: float, per_desa: float):
    import json

    from tksk import wisn

    s = store()
    return _plan(s.version, str(s.root), pd.Timestamp(start), pd.Timestamp(end),
                 json.dumps(wisn.params_to_dict(params), sort_keys=True), float(per_population), float(per_desa))


def kecamatan_count(kode_kab: str) -> int:
    k = table("kecamatan")
    return int((k["kode_kab"] == kode_kab).sum())


@st.cache_data(show_spinner=False, max_entries=32)
def _report_grid(version: str, root: str, start, end, deadline: int) -> pd.DataFrame:
    from tksk import metrics

    return metrics.report_grid(_table(version, root, "laporan"), _table(version, root, "pos_bulan"), start, end, deadline)


def report_grid(start, end, deadline: int) -> pd.DataFrame:
    s = store()
    return _report_grid(s.version, str(s.root), pd.Timestamp(start), pd.Timestamp(end), int(deadline))


def translated(widget, label: str, options, key: str, *, format_func, index: int = 0, on_change=None, **kw):
    """A select box or radio whose option labels are translated.

    Streamlit keeps the label of a keyed widget's chosen option from the run it was chosen in, so after a
    language switch the choice would still read in the old language. The widget key therefore carries the
    language (Indonesian keeps the plain key), and the choice is kept under a language-free key and carried
    over to the widget of the other language.
    """
    options = list(options)
    memo = f"choice:{key}"
    wkey = key if lang() == "id" else f"{key}.{lang()}"
    chosen = st.session_state.get(wkey, st.session_state.get(memo))
    start = options.index(chosen) if chosen in options else index

    def remember():
        st.session_state[memo] = st.session_state[wkey]
        if on_change:
            on_change()

    st.session_state[memo] = options[start] if options else None
    return widget(label, options, index=start, key=wkey, format_func=format_func, on_change=remember, **kw)
