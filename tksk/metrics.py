"""Metric functions: DataFrames and plain parameters in, DataFrames or numbers out. No streamlit.

Each formula is written in its docstring and, in words a planner understands, on its page.
Conventions:
* a *post-month* is one TKSK post active in one month (``pos_bulan.pos_aktif``); every "per TKSK" figure,
  of logged work or of a structural load, divides by the post-months of the period (the active posts of
  each month), so a vacant month adds nothing to either side of the division;
* a "per 1.000 KK" or "per desa" figure is coverage, what the population received: it divides by every
  month of the period, so a month without a TKSK counts as a month without service (a coverage gap);
* a kecamatan without any active post in the period has no figure (NaN) and ``status_periode`` says
  "kosong", never 0; months without an active post are counted in ``bulan_kosong``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from tksk import fmt, vocab
from tksk.assumptions import REPORT_DEADLINE_DAY, UNLOGGED_SHARE
from tksk.measures import ALL_METRICS, COVERAGE_METRICS
from tksk.store import batch_time

DEADLINE_DAY = int(REPORT_DEADLINE_DAY.value)
# The areas "km² per TKSK" can divide: computed from the desa polygons (default) or published by the Pemkab.
AREAS = ("luas_km2", "luas_km2_terbit")


def in_period(df: pd.DataFrame, start, end, column: str = "bulan") -> pd.DataFrame:
    return df.loc[(df[column] >= pd.Timestamp(start)) & (df[column] <= pd.Timestamp(end))]


def posts_in_period(pos_bulan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Per kecamatan: post-months, months, staffed and vacant months, and posts active in the last month.

    ``bulan_pos`` = Σ active posts over months; ``bulan_aktif`` = months with ≥ 1 active post;
    ``bulan_kosong`` = months with no active post; ``pos_akhir`` = active posts in the last month;
    ``pos_kosong_akhir`` = posts held vacant in the last month (posts that exist and wait for a TKSK).
    """
    p = in_period(pos_bulan, start, end)
    # The last month with a roster row in each regency (a regency whose roster ends earlier read all vacant).
    last = p["bulan"] == p.groupby(regency_of(p["kode_kec"]))["bulan"].transform("max")
    g = p.groupby("kode_kec")
    vacant = (p["pos_aktif"] == 0).groupby(p["kode_kec"]).sum().astype(int)
    out = pd.DataFrame({
        "bulan_pos": g["pos_aktif"].sum(),
        "jumlah_bulan": g["bulan"].nunique(),
        "bulan_kosong": vacant,
        "pos_akhir": p.loc[last].set_index("kode_kec")["pos_aktif"],
        "pos_kosong_akhir": p.loc[last].set_index("kode_kec")["pos_kosong"],
        "pos_asumsi": g["pos_asumsi"].any(),
    })
    out["bulan_aktif"] = out["jumlah_bulan"] - out["bulan_kosong"]
    return out.reset_index()


def average_posts_by_year(pos_bulan: pd.DataFrame, codes) -> pd.Series:
    """Average active posts per month in each year the roster covers, over the kecamatan ``codes``:
    Σ post-months of the year ÷ months of the year with a roster. Indexed by year."""
    p = pos_bulan.loc[pos_bulan["kode_kec"].isin(list(codes))]
    year = p["bulan"].dt.year.rename("tahun")
    return (p.groupby(year)["pos_aktif"].sum() / p.groupby(year)["bulan"].nunique()).astype(float)


def coverage_gaps(pos_bulan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Kecamatan with months in the period without an active TKSK: how many, of how many, and which (first days).

    Most months vacant first; a kecamatan staffed every month has no row.
    """
    p = in_period(pos_bulan, start, end)
    vacant = p.loc[p["pos_aktif"] == 0].sort_values("bulan")
    months = p.groupby("kode_kec")["bulan"].nunique()
    out = vacant.groupby("kode_kec")["bulan"].agg(list).rename("bulan").reset_index()
    out.insert(1, "bulan_kosong", out["bulan"].map(len))
    out.insert(2, "jumlah_bulan", out["kode_kec"].map(months))
    return out.sort_values(["bulan_kosong", "kode_kec"], ascending=[False, True]).reset_index(drop=True)


def refilled_posts(roster: pd.DataFrame, start, end) -> pd.DataFrame:
    """Posts left vacant and held again within the period (kode_kec, id_pos, bulan: the first month of the spell
    after the vacancy): the post may have changed hands. Only after a gap between two active spells: back-to-back
    spells are a decree renewed as often as a new holder (review of 2026-12-06). A spell counts for the months whose
    15th it covers, as ``posts_by_month`` counts posts."""
    out = pd.DataFrame({"kode_kec": pd.Series(dtype="str"), "id_pos": pd.Series(dtype="str"),
                        "bulan": pd.Series(dtype="datetime64[ns]")})
    months = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS")
    if roster.empty or not len(months):
        return out
    held = roster.loc[roster["status"].eq("aktif"), ["kode_kec", "id_pos", "tanggal_mulai", "tanggal_selesai"]]
    held = held.sort_values("tanggal_mulai")
    # Plain values in one pass (a grouping per post and a mask per spell took a fifth of a cold Kinerja page).
    mids = (months + pd.Timedelta(days=14)).to_numpy()
    day = np.timedelta64(1, "D")
    spells: dict[tuple[str, str], list[tuple]] = {}
    for kec, post, a, b in zip(held["kode_kec"].astype("str"), held["id_pos"].astype("str"),
                               held["tanggal_mulai"].to_numpy("datetime64[ns]"),
                               held["tanggal_selesai"].to_numpy("datetime64[ns]")):
        spells.setdefault((kec, post), []).append((a, b))
    rows = []
    for (kec, post) in sorted(spells):
        before, last = False, None  # a spell covering the period so far; the end of the spell before
        for a, b in spells[(kec, post)]:
            first = int(np.searchsorted(mids, a, "left"))  # the first month whose 15th the spell covers
            covered = first < len(mids) and (np.isnat(b) or mids[first] <= b)
            after_gap = last is not None and not np.isnat(last) and a > last + day
            if covered and before and after_gap:
                rows.append({"kode_kec": kec, "id_pos": post, "bulan": months[first]})
            before |= covered
            last = b
    if not rows:
        return out
    found = pd.DataFrame(rows).sort_values("bulan").groupby(["kode_kec", "id_pos"], as_index=False).last()
    return pd.concat([out, found], ignore_index=True)


def month_runs(months) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Consecutive months as (first, last) runs: [Mar, Apr, May, Aug] -> [(Mar, May), (Aug, Aug)]."""
    runs: list[list[pd.Timestamp]] = []
    for m in sorted(pd.Timestamp(x) for x in months):
        if runs and runs[-1][1] + pd.offsets.MonthBegin(1) == m:
            runs[-1][1] = m
        else:
            runs.append([m, m])
    return [(a, b) for a, b in runs]


def _per(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """numerator / denominator, with a missing figure (not 0, not inf) where there is no post."""
    den = denominator.astype(float).where(denominator > 0)
    return numerator.astype(float) / den


def regency_of(kode_kec):
    """The regency code of a kecamatan code (Kemendagri: 16.10.04 lies in 16.10), for one code or a Series."""
    return kode_kec[:5] if isinstance(kode_kec, str) else kode_kec.astype("str").str[:5]


def _regency_numbers(codes: pd.Series, names: dict[str, int]) -> np.ndarray:
    """Each kecamatan code's regency as a number (``names``: regency code -> number, filled as met), from its
    distinct values: a national table has hundreds of thousands of rows and seven thousand codes."""
    values, uniques = pd.factorize(codes.astype("str") if not isinstance(codes.dtype, pd.CategoricalDtype)
                                   else codes.cat.remove_unused_categories())
    of_unique = np.array([names.setdefault(str(u)[:5], len(names)) for u in uniques], dtype=np.int64)
    return of_unique[values]


def month_numbers(times: np.ndarray) -> np.ndarray:
    """Months since 1970 of datetimes, worked out once per distinct day (numpy's months unit took a tenth of a
    second on a national log). No NaT: the rows are those of a period."""
    unit, count = np.datetime_data(times.dtype)
    days = times.view(np.int64) // int(np.timedelta64(1, "D") / np.timedelta64(count, unit))
    if not len(days):
        return days
    low = days.min()
    calendar = np.arange(low, days.max() + 1).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return calendar[days - low]


def logged_months(agg_kegiatan: pd.DataFrame, start, end) -> pd.DataFrame:
    """The (kode_kec, bulan) pairs of the period with at least one log row (of ``agg_kegiatan`` or ``agg_kec_bulan``),
    once each. A staffed month without one is a file not received, never a month of no work: every page leaves it out
    of its per-month figures (the planner out of the year it annualises; Kinerja out of activity when its monthly
    report is missing too, see ``indicators.components_by_month``). Counted on the codes of the categories: a national
    log's aggregate has millions of rows and a few tens of thousands of such pairs."""
    a = in_period(agg_kegiatan[["kode_kec", "bulan"]], start, end)
    kec = pd.Categorical(a["kode_kec"])
    month = month_numbers(a["bulan"].to_numpy())
    ok = kec.codes >= 0
    if not ok.any():
        return pd.DataFrame({"kode_kec": pd.Series(dtype="str"), "bulan": pd.Series(dtype="datetime64[ns]")})
    first = month[ok].min()
    room = int(month[ok].max() - first + 1)
    pairs = np.unique(kec.codes[ok].astype(np.int64) * room + (month[ok] - first))
    return pd.DataFrame({"kode_kec": pd.Series(np.asarray(kec.categories, dtype=object)[pairs // room], dtype="str"),
                         "bulan": (pairs % room + first).astype("datetime64[M]").astype("datetime64[ns]")})


def months_without_log(agg_kec_bulan: pd.DataFrame, pos_bulan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Months of the period in which a regency had active posts but not one log row in any kecamatan, from its
    first logged month to the last month logged anywhere in the store (kode_kab, bulan). Sixteen TKSK all idle for a
    month does not happen: such a month is a log not yet imported, a gap to show as one, never a month of zero work.
    A regency whose log stops before another's has its later months not yet imported, not idle. Counted on numbers
    (regency × month), not on text: a national store's posts table has 175.000 rows."""
    none = pd.DataFrame({"kode_kab": pd.Series(dtype="str"), "bulan": pd.Series(dtype="datetime64[ns]")})
    p = in_period(pos_bulan, start, end)
    p = p.loc[p["pos_aktif"] > 0]
    if agg_kec_bulan.empty or p.empty:
        return none
    names: dict[str, int] = {}
    logged_kab = _regency_numbers(agg_kec_bulan["kode_kec"], names)
    logged_month = month_numbers(agg_kec_bulan["bulan"].to_numpy())
    staffed_kab = _regency_numbers(p["kode_kec"], names)
    staffed_month = month_numbers(p["bulan"].to_numpy())
    first = np.full(len(names), np.iinfo(np.int64).max)
    np.minimum.at(first, logged_kab, logged_month)
    last = logged_month.max()
    room = int(max(logged_month.max(), staffed_month.max())) + 1
    logged = np.unique(logged_kab * room + logged_month)
    staffed = np.unique(staffed_kab * room + staffed_month)
    kab, month = staffed // room, staffed % room
    gone = ~np.isin(staffed, logged) & (month >= first[kab]) & (month <= last)
    if not gone.any():
        return none
    code_of = np.array(list(names), dtype=object)
    return pd.DataFrame({"kode_kab": pd.Series(code_of[kab[gone]], dtype="str"),
                         "bulan": month[gone].astype("datetime64[M]").astype("datetime64[ns]")}
                        ).sort_values(["kode_kab", "bulan"]).reset_index(drop=True)


def kode_kec_index(codes) -> pd.Index:
    """Kecamatan codes (categories picked by a count on their codes) as the text index every per-kecamatan result
    has, whatever the type the categories had."""
    return pd.Index(np.asarray(codes, dtype=object), dtype="str", name="kode_kec")


@dataclass(frozen=True)
class CoverageMonths:
    """What ``coverage`` adds up, per kecamatan (rows, ``codes``) and month (columns, ``months``: every month from the
    first to the last of the tables), for the whole store: built once per build, a period is a slice of it. With twenty
    people on twenty periods, each page that maps or ranks made a pass over the log's tables per period (40 ms of a
    cold Beranda's 200, every user waiting behind the others' passes). ``sums`` are exact sums of the tables' numbers
    (blanks as 0) and ``jam_n`` counts the rows with hours; ``desa_active`` marks the desa with an activity in a month
    (``desa_kec``: each desa's kecamatan row)."""
    codes: pd.Index
    months: np.ndarray
    sums: dict
    flags: dict
    desa_kec: np.ndarray
    desa_active: np.ndarray
    people_checked: bool

    def columns(self, start, end) -> slice:
        """The months of the period (a month counts when its first day lies between ``start`` and ``end``)."""
        return slice(int(np.searchsorted(self.months, np.datetime64(pd.Timestamp(start)), "left")),
                     int(np.searchsorted(self.months, np.datetime64(pd.Timestamp(end)), "right")))


def _rows_of(codes: pd.Index, kode_kec: pd.Series) -> np.ndarray:
    """Each row's kecamatan row in ``codes`` (-1 for none), the codes looked up once per distinct value (a national
    log has millions of rows and thousands of codes)."""
    values, uniques = pd.factorize(kode_kec)
    at = codes.get_indexer(pd.Index(np.asarray(uniques, dtype=object), dtype="str"))
    return np.where(values >= 0, at[np.maximum(values, 0)] if len(at) else -1, -1)


def coverage_months(pos_bulan: pd.DataFrame, agg_kec_bulan: pd.DataFrame, agg_desa_bulan: pd.DataFrame,
                    agg_kegiatan: pd.DataFrame | None = None) -> CoverageMonths:
    """Every month of the store as ``CoverageMonths`` (see ``coverage`` for what each figure means)."""
    desa_rows = agg_desa_bulan.loc[agg_desa_bulan["kode_desa"].notna()]
    served = (None if agg_kegiatan is None else
              agg_kegiatan.loc[agg_kegiatan["fungsi"].astype("str") == vocab.PEOPLE_RECORDED_IN])
    tables = {"pos": pos_bulan, "log": agg_kec_bulan, "desa": desa_rows, "served": served}
    tables = {name: t for name, t in tables.items() if t is not None}
    codes = pd.Index(sorted({str(c) for t in tables.values() for c in pd.unique(t["kode_kec"].dropna())}), dtype="str",
                     name="kode_kec")
    month_of = {name: month_numbers(t["bulan"].to_numpy()) for name, t in tables.items()}
    numbers = [n for n in month_of.values() if len(n)]
    first = int(min(n.min() for n in numbers)) if numbers else 0
    last = int(max(n.max() for n in numbers)) if numbers else -1
    n_kec, n_month = len(codes), last - first + 1
    months = np.arange(first, last + 1).astype("datetime64[M]").astype("datetime64[ns]")
    # Each table's rows placed once (kecamatan row × month), then summed column by column.
    row_of = {name: _rows_of(codes, t["kode_kec"]) for name, t in tables.items()}
    cell_of = {name: (row_of[name] * n_month + month_of[name] - first)[row_of[name] >= 0] for name in tables}

    def add(name: str, weights=None) -> np.ndarray:
        w = None if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))[row_of[name] >= 0]
        return np.bincount(cell_of[name], weights=w, minlength=n_kec * n_month).reshape(n_kec, n_month)

    sums, flags = {}, {}
    flags["pos"] = add("pos") > 0
    sums["pos_aktif"] = add("pos", pos_bulan["pos_aktif"])
    sums["pos_kosong"] = add("pos", pos_bulan["pos_kosong"])
    flags["pos_asumsi"] = add("pos", pos_bulan["pos_asumsi"]) > 0
    flags["log"] = add("log") > 0
    for c in ("kegiatan", "orang", "kk", "kasus_ppks", "jam"):
        sums[c] = add("log", agg_kec_bulan[c])
    sums["jam_n"] = add("log", agg_kec_bulan["jam"].notna())
    sums["kegiatan_desa"] = add("desa", desa_rows["kegiatan"])
    ok = row_of["desa"] >= 0
    desa, desa_codes = pd.factorize(desa_rows["kode_desa"])
    desa_kec = np.full(len(desa_codes), -1)
    desa_kec[desa[ok]] = row_of["desa"][ok]
    desa_active = np.zeros((len(desa_codes), n_month), dtype=bool)
    desa_active[desa[ok], month_of["desa"][ok] - first] = True
    if served is not None:
        for c in ("kegiatan", "orang", "kk"):
            sums["fasilitasi_" + c] = add("served", served[c])
    # A month the whole regency logged nothing in while staffed, from its first logged month to the last month logged
    # anywhere (``months_without_log``): no kecamatan's doing.
    regency = np.asarray(regency_of(pd.Series(codes, dtype="str")), dtype=object)
    regencies, of_kec = np.unique(regency, return_inverse=True) if n_kec else (np.array([]), np.array([], dtype=int))
    regency_logged = np.zeros((len(regencies), n_month), dtype=bool)
    np.logical_or.at(regency_logged, of_kec, flags["log"])
    logged_any = regency_logged.any(axis=1)
    first_logged = np.where(logged_any, regency_logged.argmax(axis=1), n_month)
    last_logged = int(np.flatnonzero(regency_logged.any(axis=0)).max()) if regency_logged.any() else -1
    column = np.arange(n_month)
    gone = ~regency_logged & (column >= first_logged[:, None]) & (column <= last_logged)
    flags["regency_gone"] = gone[of_kec] if n_kec else np.zeros((0, n_month), dtype=bool)
    return CoverageMonths(codes, months, sums, flags, desa_kec, desa_active, agg_kegiatan is not None)


def coverage(kecamatan: pd.DataFrame, pos_bulan: pd.DataFrame, agg_kec_bulan: pd.DataFrame,
             agg_desa_bulan: pd.DataFrame, start, end, area: str = "luas_km2",
             agg_kegiatan: pd.DataFrame | None = None, months: CoverageMonths | None = None) -> pd.DataFrame:
    """One row per kecamatan with every coverage metric of ``COVERAGE_METRICS`` for the period (``months``: the
    store's ``coverage_months``, when the caller keeps it; a period is then a slice of it).

    per need:   Y_per_1000kk = Σ Y ÷ (KK ÷ 1.000) ÷ months; kegiatan_per_desa = Σ activities in desa ÷ desa ÷ months;
    structural: X_per_tksk = X × bulan_aktif ÷ bulan_pos (X over the average posts of the staffed months);
    activity:   Y_per_bulan = Σ Y over the period ÷ bulan_pos;
    desa_dikunjungi_persen = 100 × |desa with ≥ 1 activity in the period| ÷ jumlah_desa_kel.
    ``area`` names the area km2_per_tksk divides (one of ``AREAS``). ``status`` says whether a post is active in the
    last month, ``status_periode`` whether any was in the period; a kecamatan vacant all period has no figure
    except ``bulan_kosong``. With ``agg_kegiatan``, a kecamatan whose facilitation rows all left people and families
    at 0 (``orang_tak_tercatat``) has no people-served figure: a gap, not 0. From the roster: ``bulan_pos``
    post-months, ``jumlah_bulan`` months with a roster row and ``bulan_kosong`` of them without an active post,
    ``pos_akhir``/``pos_kosong_akhir`` the posts of the period's last roster month (the latter blank for a kecamatan
    without a row that month).
    """
    if area not in AREAS:
        raise ValueError(f"luas tidak dikenal / unknown area: {area}")
    if months is None or (agg_kegiatan is not None and not months.people_checked):
        months = coverage_months(pos_bulan, agg_kec_bulan, agg_desa_bulan, agg_kegiatan)
    cols = months.columns(start, end)
    row = months.codes.get_indexer(pd.Index(kecamatan["kode_kec"], dtype="str"))
    known = row >= 0

    def per_kec(part: np.ndarray, how: str = "sum") -> np.ndarray:
        """A grid of the period's months summed (or any) per row of ``kecamatan``; 0 for a code without one."""
        total = part.sum(axis=1) if how == "sum" else part.any(axis=1)
        out = np.zeros(len(row), dtype=total.dtype)
        out[known] = total[row[known]]
        return out

    f = {k: g[:, cols] for k, g in months.flags.items()}
    v = {k: g[:, cols] for k, g in months.sums.items()}
    pos = f["pos"]
    staffed_grid = pos & (v["pos_aktif"] > 0)
    logged_grid = f["log"]
    # The last month of the period with a roster row in the kecamatan's regency: its posts are the period's last (a
    # regency whose roster ends a month before another's read all vacant at the end; review of 2026-12-06).
    regency, _ = pd.factorize(regency_of(pd.Series(months.codes, dtype="str")))
    rostered = np.zeros((regency.max() + 1 if len(regency) else 0, pos.shape[1]), dtype=bool)
    np.logical_or.at(rostered, regency, pos)
    # Each regency's last column with a roster row (-1 for none), then each kecamatan's.
    last_of = (np.where(rostered.any(axis=1), pos.shape[1] - 1 - np.argmax(rostered[:, ::-1], axis=1), -1)
               if pos.shape[1] else np.full(len(rostered), -1))
    count = lambda grid: per_kec(grid.astype(np.int64))
    # Columns as arrays, made a frame once at the end: forty columns set one by one on a frame cost three times
    # the figures themselves.
    c: dict[str, np.ndarray] = {"bulan_pos": per_kec(v["pos_aktif"]).astype(np.int64), "jumlah_bulan": count(pos),
                                "bulan_kosong": count(pos & ~staffed_grid)}
    at_last = np.zeros(len(row), dtype=bool)
    c["pos_akhir"] = np.zeros(len(row), dtype=np.int64)
    vacant_last = np.full(len(row), np.nan)
    k = row[known]
    if len(k) and pos.shape[1]:
        last = last_of[regency[k]]
        column = np.maximum(last, 0)
        at = (last >= 0) & pos[k, column]
        at_last[known] = at
        c["pos_akhir"][known] = np.where(at, v["pos_aktif"][k, column], 0)
        vacant_last[known] = np.where(at, v["pos_kosong"][k, column], np.nan)
    c["pos_kosong_akhir"] = vacant_last.astype(np.int64) if at_last.all() else vacant_last
    c["pos_asumsi"] = per_kec(f["pos_asumsi"], "any")
    c["bulan_aktif"] = c["jumlah_bulan"] - c["bulan_kosong"]
    for name in ("kegiatan", "orang", "kk", "kasus_ppks"):
        c[name] = per_kec(v[name]).round().astype(np.int64) if name in ("kegiatan", "kasus_ppks") else per_kec(v[name])
    # Hours stay a gap where none of a kecamatan's rows had them (its per-month hours are then no figure).
    c["jam"] = np.where(per_kec(v["jam_n"]) > 0, per_kec(v["jam"]), np.nan)
    active = months.desa_active[:, cols].any(axis=1)
    visited = np.bincount(months.desa_kec[active & (months.desa_kec >= 0)], minlength=len(months.codes))
    c["desa_dikunjungi"] = np.where(known, visited[np.maximum(row, 0)], 0).astype(np.int64)
    c["kegiatan_desa"] = per_kec(v["kegiatan_desa"]).round().astype(np.int64)
    staffed = c["bulan_pos"] > 0
    # Staffed, yet not one log row in the whole period: the log was not brought in (a partial import, a TKSK whose
    # file is still on its way), so its activity figures are gaps, never zeros that rank it least served.
    has_log = staffed & (per_kec(logged_grid, "any") | (c["kegiatan_desa"] > 0))
    c["tanpa_log"] = staffed & ~has_log
    # A staffed month without one log row of the kecamatan is a file not received: out of every per-month figure
    # (as the planner leaves it out of the year), so a missing file never reads as a TKSK who served fewer.
    c["bulan_log"] = count(staffed_grid & logged_grid)
    c["bulan_pos_log"] = per_kec(np.where(staffed_grid & logged_grid, v["pos_aktif"], 0)).astype(np.int64)
    c["bulan_tanpa_log"] = np.where(has_log, c["bulan_aktif"] - c["bulan_log"], 0)
    # Of those, the months its whole regency logged nothing in (a month not imported yet, ``months_without_log``, the
    # rule Kinerja uses): no TKSK's doing. The rest are its own.
    c["bulan_tanpa_log_kab"] = np.minimum(c["bulan_tanpa_log"], count(staffed_grid & f["regency_gone"]))
    c["bulan_tanpa_log_sendiri"] = c["bulan_tanpa_log"] - c["bulan_tanpa_log_kab"]
    counted_months = c["jumlah_bulan"] - c["bulan_tanpa_log"]
    if months.people_checked and agg_kegiatan is not None:
        # Facilitation rows all saying 0 (or blank) people and families: the import's ``served_nobody`` rows, more
        # often a count not made than a service to nobody; a sum of 0 ranked them least served at 0,0.
        uncounted = ((per_kec(v["fasilitasi_kegiatan"]) > 0) & (per_kec(v["fasilitasi_orang"]) <= 0)
                     & (per_kec(v["fasilitasi_kk"]) <= 0))
    else:
        uncounted = np.zeros(len(row), dtype=bool)
    c["orang_tak_tercatat"] = has_log & uncounted
    has_people = has_log & ~c["orang_tak_tercatat"]
    base = kecamatan[["kode_kec", "nama_kec", "penduduk_kini", "jumlah_kk", "jumlah_desa_kel"]].reset_index(drop=True)
    kk, desa = base["jumlah_kk"].to_numpy(dtype=float), base["jumlah_desa_kel"].to_numpy(dtype=float)
    thousand_kk_months = kk / 1000 * counted_months
    c["orang_per_1000kk"] = _per_array(c["orang"], thousand_kk_months, has_people)
    c["kasus_per_1000kk"] = _per_array(c["kasus_ppks"], thousand_kk_months, has_log)
    c["kegiatan_per_desa"] = _per_array(c["kegiatan_desa"], desa * counted_months, has_log)
    c["desa_dikunjungi_persen"] = np.where(has_log, 100 * c["desa_dikunjungi"] / desa, np.nan)
    average_posts = _per_array(c["bulan_pos"], c["bulan_aktif"])
    c["penduduk_per_tksk"] = _per_array(base["penduduk_kini"].to_numpy(dtype=float), average_posts)
    c["desa_per_tksk"] = _per_array(desa, average_posts)
    c["kk_per_tksk"] = _per_array(kk, average_posts)
    c["km2_per_tksk"] = _per_array(kecamatan[area].to_numpy(dtype=float), average_posts)
    for out, total in (("orang_per_bulan", "orang"), ("kegiatan_per_bulan", "kegiatan"), ("kasus_per_tksk", "kasus_ppks"),
                       ("kk_per_bulan", "kk"), ("jam_per_bulan", "jam")):
        c[out] = _per_array(c[total], c["bulan_pos_log"], has_people if total in ("orang", "kk") else has_log)
    c["status"] = pd.array(np.where(c["pos_akhir"] > 0, "aktif", "kosong"), dtype="str")
    c["status_periode"] = pd.array(np.where(staffed, "aktif", "kosong"), dtype="str")
    return pd.concat([base, pd.DataFrame(c, index=base.index)], axis=1)


def _per_array(numerator: np.ndarray, denominator: np.ndarray, shown: np.ndarray | None = None) -> np.ndarray:
    """``_per`` on arrays: numerator / denominator where the denominator is above 0 (and ``shown``), else a gap."""
    den = np.asarray(denominator, dtype=float)
    ok = den > 0
    if shown is not None:
        ok &= shown
    return np.divide(np.asarray(numerator, dtype=float), den, out=np.full(len(den), np.nan), where=ok)


def kecamatan_months_unlogged(months: CoverageMonths, start, end) -> pd.DataFrame:
    """Kecamatan with staffed months of the period without one log row of their own while the rest of their
    regency logged (the months a whole regency missed, ``months_without_log``, are said once for all): kode_kec,
    ``bulan_tanpa_log`` and ``bulan_aktif`` (staffed months), most months first. Only kecamatan with a log row in the
    period: one with none is a gap as a whole (``tanpa_log``). A slice of the store's months (``coverage_months``)."""
    cols = months.columns(start, end)
    staffed = months.flags["pos"][:, cols] & (months.sums["pos_aktif"][:, cols] > 0)
    logged = months.flags["log"][:, cols]
    missing = staffed & ~logged & logged.any(axis=1)[:, None] & ~months.flags["regency_gone"][:, cols]
    n_missing = missing.sum(axis=1)
    keep = n_missing > 0
    out = pd.DataFrame({"kode_kec": pd.Series(months.codes[keep], dtype="str"),
                        "bulan_tanpa_log": n_missing[keep].astype(np.int64),
                        "bulan_aktif": staffed.sum(axis=1)[keep].astype(np.int64)})
    return out.sort_values(["bulan_tanpa_log", "kode_kec"], ascending=[False, True], ignore_index=True)


def metric_values(cov: pd.DataFrame, key: str, only: list[str] | None = None) -> pd.DataFrame:
    """kode_kec, nama_kec, value, vacancy and log gap (``tanpa_log``) of one metric; vacant rows have value NaN.

    A kecamatan is vacant when no post was active in the whole period; its months without a TKSK are a value
    (``bulan_kosong``), never a vacancy. With ``only``, kecamatan outside the list keep their row but lose their
    value (drawn as context).
    """
    m = ALL_METRICS[key]
    vacant = cov["status_periode"].eq("kosong") & (m.kind != "gap")
    # Staffed but no log in the period: a gap of the log, not a vacancy (its structural measures still have values).
    no_log = cov["tanpa_log"] if "tanpa_log" in cov else pd.Series(False, index=cov.index)
    out = pd.DataFrame({"kode_kec": cov["kode_kec"], "nama_kec": cov["nama_kec"], "nilai": cov[key].astype(float),
                        "kosong": vacant, "tanpa_log": no_log & cov[key].isna() & ~vacant})
    # A figure of the log resting on too few of its staffed months to compare: a kecamatan that sent six of twelve
    # months read as the second best served, its missing months left out of the divisor (walk-through 2026-12-06).
    out["log_sebagian"] = partial_log(cov) & (m.kind in LOG_KINDS) & out["nilai"].notna() & ~vacant
    if only:
        out["nilai"] = out["nilai"].where(out["kode_kec"].isin(only))
    return out


LOG_KINDS = ("need", "activity")  # measures made of the log (the others hold for a kecamatan without one)


def partial_log(cov: pd.DataFrame) -> pd.Series:
    """Kecamatan whose log is missing for a third of their staffed months or more (the share that lists a post for
    attention on Kinerja): their log figures rest on the months that came in and are not ranked against full ones."""
    if "bulan_tanpa_log" not in cov:
        return pd.Series(False, index=cov.index)
    # Its own missing months, of the months the regency logged at all: a month not imported for anyone made every
    # kecamatan of a quarter unranked (review of 2026-12-06).
    own = cov["bulan_tanpa_log_sendiri"].fillna(0) if "bulan_tanpa_log_sendiri" in cov else cov["bulan_tanpa_log"].fillna(0)
    regency = cov["bulan_tanpa_log"].fillna(0) - own
    return (own > 0) & (own >= UNLOGGED_SHARE * (cov["bulan_aktif"].fillna(0) - regency) - 1e-9)


def rank_underserved(cov: pd.DataFrame, key: str, n: int | None = None, only: list[str] | None = None) -> pd.DataFrame:
    """Kecamatan ordered from most to least under-served under one metric; vacant posts first,
    because a kecamatan without a TKSK is the most under-served of all. A kecamatan with no figure (its log not in
    yet) comes last without a rank: numbered after the others, it read as the best served. ``only``: the kecamatan
    shown, each with its place in the whole regency."""
    m = COVERAGE_METRICS[key]
    v = metric_values(cov, key)
    v = v.assign(_vac=~v["kosong"]).sort_values(["_vac", "nilai"], ascending=[True, not m.higher_is_worse],
                                                 na_position="last", kind="stable").drop(columns="_vac")
    # Figures on a partial log below the others, unranked, as a kecamatan whose log is not in yet.
    v = v.assign(_partial=v["log_sebagian"]).sort_values("_partial", kind="stable").drop(columns="_partial")
    ranked = ((v["nilai"].notna() & ~v["log_sebagian"]) | v["kosong"]).to_numpy()
    place = pd.Series(np.cumsum(ranked), index=v.index).where(ranked)
    # Equal as shown, equal in rank (6, 6, 6, then 9): three kecamatan at "36,0" ranked 6, 7 and 8 read as an order
    # the figures do not have. Vacant posts share the first place.
    shown = fmt.rounded(v["nilai"], m.decimals).where(~v["kosong"], -np.inf)
    place = place.groupby(shown.where(ranked), dropna=True).transform("min").reindex(v.index).where(ranked)
    v.insert(0, "peringkat", place.astype("Int64"))
    # A kecamatan filter shows the chosen ones with their place in the regency: numbered afresh, Kandis was "2" on
    # Peta while Kinerja kept its place in the regency (walk-through of 2026-12-06).
    if only:
        v = v.loc[v["kode_kec"].isin(only)]
    return v.head(n) if n else v


def compare_to_median(values: pd.Series, higher_is_worse: bool = True) -> pd.DataFrame:
    """Each value against the median of the non-missing values: difference and percent difference.

    ``posisi`` is "di atas median" / "di bawah median" / "sama dengan median"; a missing value
    (vacant post) gets no comparison, and it is left out of the median.
    """
    med = values.median(skipna=True)
    diff = values - med
    pct = 100 * diff / med if med else pd.Series(np.nan, index=values.index)
    pos = np.select([diff > 0, diff < 0, diff == 0], ["di atas median", "di bawah median", "sama dengan median"],
                    default="tidak ada data")
    return pd.DataFrame({"nilai": values, "median": med, "selisih": diff, "selisih_persen": pct, "posisi": pos},
                        index=values.index)


def workload_vs_median(cov: pd.DataFrame, key: str) -> pd.DataFrame:
    """One workload metric per kecamatan against the regency median (vacant posts left out of it)."""
    v = metric_values(cov, key)
    c = compare_to_median(v.set_index("kode_kec")["nilai"])
    return v.merge(c[["median", "selisih", "selisih_persen", "posisi"]], left_on="kode_kec", right_index=True)


def median_comparison(cov: pd.DataFrame, kode_kec: str) -> pd.DataFrame:
    """Every coverage metric of one kecamatan against the regency median (vacant values left out)."""
    rows = []
    for key, m in COVERAGE_METRICS.items():
        if m.kind == "gap":  # months without a TKSK have no typical value to compare with
            continue
        v = metric_values(cov, key).set_index("kode_kec")["nilai"]
        c = compare_to_median(v, m.higher_is_worse).loc[kode_kec]
        rows.append({"metrik": key, "nilai": c["nilai"], "median": c["median"], "selisih": c["selisih"], "selisih_persen": c["selisih_persen"],
                     "posisi": c["posisi"]})
    return pd.DataFrame(rows)


def desa_visits(desa: pd.DataFrame, agg_desa_bulan: pd.DataFrame, kode_kec: str, start, end) -> pd.DataFrame:
    """Each desa of a kecamatan with its activities and people served in the period (0 = not reached). People are
    recorded for facilitation only (``vocab.PEOPLE_RECORDED_IN``): a desa reached only by coordination or
    administration has no figure for them, not 0."""
    d = desa.loc[desa["kode_kec"] == kode_kec, ["kode_desa", "nama_desa", "jenis", "jumlah_kk"]]
    a = in_period(agg_desa_bulan, start, end)
    a = a.loc[a["kode_kec"].astype("str") == kode_kec]
    facilitated = a["fungsi"].astype("str") == vocab.PEOPLE_RECORDED_IN
    per = pd.DataFrame({"kegiatan": a.groupby("kode_desa", observed=True)["kegiatan"].sum(),
                        "orang": a.loc[facilitated].groupby("kode_desa", observed=True)["orang"].sum()})
    per.index = per.index.astype("str")
    out = d.merge(per, left_on="kode_desa", right_index=True, how="left")
    out["kegiatan"] = out["kegiatan"].fillna(0)
    out.loc[out["kegiatan"] == 0, "orang"] = 0.0  # not reached: nobody served
    out["dikunjungi"] = out["kegiatan"] > 0
    return out.sort_values(["kegiatan", "nama_desa"], ascending=[False, True]).reset_index(drop=True)


def desa_map_values(visits: pd.DataFrame, staffed: bool) -> pd.DataFrame:
    """Values for the desa map: activities per desa; without any TKSK in the period, vacant instead."""
    staffed = bool(staffed)
    return pd.DataFrame({"kode_desa": visits["kode_desa"], "nilai": visits["kegiatan"] if staffed else float("nan"),
                         "kosong": not staffed})


def not_reached(visits: pd.DataFrame) -> list[str]:
    return visits.loc[~visits["dikunjungi"], "nama_desa"].tolist()


def home_summary(kecamatan: pd.DataFrame, pos_bulan: pd.DataFrame, end=None) -> dict:
    """Kecamatan, desa, and the posts active in the last month up to ``end`` (the period's last month, so that the
    count agrees with every answer about the period; the log's last month when no period is given)."""
    months = pos_bulan["bulan"] if end is None else pos_bulan.loc[pos_bulan["bulan"] <= pd.Timestamp(end), "bulan"]
    month = months.max() if len(months) else None
    last = pos_bulan.loc[pos_bulan["bulan"] == month] if month is not None else pos_bulan.iloc[:0]
    return {"kecamatan": len(kecamatan), "desa": int(kecamatan["jumlah_desa_kel"].sum()),
            "posts_last_month": int(last["pos_aktif"].sum()) if not last.empty else None, "posts_month": month}


def kecamatan_overview(kecamatan: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The reference table as a reader sees it: labelled columns, estimates marked in the header."""
    from tksk.text import t

    cols = ["kode_kec", "nama_kec", "jumlah_desa", "jumlah_kelurahan", "jumlah_desa_kel", "luas_km2", "jumlah_kk",
            "penduduk_2010", "penduduk_kini"]
    out = kecamatan[cols].copy()
    year = int(kecamatan["penduduk_kini_tahun"].dropna().max()) if kecamatan["penduduk_kini_tahun"].notna().any() else None
    labels = {c: t(f"column:{c}", lang) for c in cols}
    if year:
        labels["penduduk_kini"] = t("population_estimate_year", lang, year=year)
    return out.rename(columns=labels)


# ------------------------------------------------------------------ report quality (DHIS2-style)
def report_grid(laporan: pd.DataFrame, pos_bulan: pd.DataFrame, start, end,
                deadline_day: int = DEADLINE_DAY, as_of=None) -> pd.DataFrame:
    """Per kecamatan and month: reports expected, received, received on time.

    expected = active posts that month; received = posts that sent a report for that month;
    on time = received by ``deadline_day`` of the next month. A month with no active post expects
    nothing and has no completeness (NaN), never 0 %. A month whose deadline falls after ``as_of`` (when the
    log was last brought in, ``reports_as_of``) is not judged yet (``jatuh_tempo`` False): it expects nothing,
    so a report the clerk could not have filed yet is a gap, not a missing report.
    """
    p = in_period(pos_bulan, start, end)[["kode_kec", "bulan", "pos_aktif"]]
    lap = laporan.rename(columns={"bulan_laporan": "bulan"})
    lap = in_period(lap, start, end)
    lap = lap.assign(tepat=(lap["tanggal_kirim"] <= report_due(lap["bulan"], deadline_day)))
    got = lap.groupby(["kode_kec", "bulan"]).agg(diterima=("id_pos", "nunique"), tepat_waktu=("tepat", "sum")).reset_index()
    g = p.merge(got, on=["kode_kec", "bulan"], how="left").fillna({"diterima": 0, "tepat_waktu": 0})
    g["diterima"] = np.minimum(g["diterima"], g["pos_aktif"])
    g["tepat_waktu"] = np.minimum(g["tepat_waktu"], g["diterima"])
    g["jatuh_tempo"] = True if as_of is None else (report_due(g["bulan"], deadline_day) <= pd.Timestamp(as_of))
    g.loc[~g["jatuh_tempo"], ["pos_aktif", "diterima", "tepat_waktu"]] = 0
    g["kelengkapan_persen"] = _per(100 * g["diterima"], g["pos_aktif"])
    g["ketepatan_persen"] = _per(100 * g["tepat_waktu"], g["pos_aktif"])
    return g.rename(columns={"pos_aktif": "diharapkan"})


def report_due(month, deadline_day: int = DEADLINE_DAY):
    """The last moment a month's report is on time: the end of ``deadline_day`` of the next month."""
    return (pd.to_datetime(month) + pd.offsets.MonthBegin(1) + pd.to_timedelta(deadline_day - 1, unit="D")
            + pd.Timedelta(hours=23, minutes=59, seconds=59))


def reports_as_of(manifest: dict, laporan: pd.DataFrame) -> pd.Timestamp | None:
    """The moment up to which reports can be judged: the build's time for the demo log, which is complete; for
    imported logs, the last day the log covers (the end of its last month) or the newest report received, whichever
    is later, but never after the newest import of log rows (a batch name is its time). A log of March–April
    imported in June cannot hold April's report, sent in May: judged, it read as missing for every TKSK. None when
    the store says nothing of it (every month is then judged)."""
    sent = (pd.Timestamp(laporan["tanggal_kirim"].max()) if len(laporan) and laporan["tanggal_kirim"].notna().any()
            else None)
    if manifest.get("log_mode") == "demo" and manifest.get("built_at"):
        built = pd.Timestamp(manifest["built_at"]).tz_localize(None)
        return max(built, sent) if sent is not None else built
    imports = [pd.Timestamp(at) for name in manifest.get("imports") or []
               if name.startswith("logs/") and (at := batch_time(name))]
    period = manifest.get("log_period")
    covered = (pd.Timestamp(period[1]) + pd.offsets.MonthEnd(0) + pd.Timedelta(hours=23, minutes=59, seconds=59)
               if period else None)
    known = [x for x in (covered, sent) if x is not None]
    if not known:
        return max(imports) if imports else None
    return min(max(known), max(imports)) if imports else max(known)


def report_summary(grid: pd.DataFrame) -> pd.DataFrame:
    """Completeness and timeliness per kecamatan over the period: Σ received / Σ expected."""
    # A kecamatan whose reports are not known (no log imported) keeps its gap: summed, it read as 0 received.
    g = grid.groupby("kode_kec")[["diharapkan", "diterima", "tepat_waktu"]].sum(min_count=1)
    g["kelengkapan_persen"] = _per(100 * g["diterima"], g["diharapkan"])
    g["ketepatan_persen"] = _per(100 * g["tepat_waktu"], g["diharapkan"])
    return g.reset_index()


def never_visited(desa: pd.DataFrame, agg_desa_bulan: pd.DataFrame, pos_bulan: pd.DataFrame, start, end) -> pd.DataFrame:
    """Desa with no activity at all in the period, in kecamatan that had a TKSK for some of it."""
    a = in_period(agg_desa_bulan, start, end)
    staffed = set(posts_in_period(pos_bulan, start, end).query("bulan_pos > 0")["kode_kec"])
    out = desa.loc[~desa["kode_desa"].isin(set(a["kode_desa"])) & desa["kode_kec"].isin(staffed),
                   ["kode_desa", "nama_desa", "jenis", "kode_kec", "nama_kec", "jumlah_kk"]]
    return out.sort_values(["kode_kec", "kode_desa"]).reset_index(drop=True)


def report_matrix(grid: pd.DataFrame, kecamatan: pd.DataFrame, value: str, month_label) -> pd.DataFrame:
    """Kecamatan × month of one report measure, with readable labels (``month_label`` formats a month)."""
    names = dict(zip(kecamatan["kode_kec"], kecamatan["nama_kec"]))
    m = grid.pivot(index="kode_kec", columns="bulan", values=value).sort_index()
    m.index = [names.get(k, k) for k in m.index]
    m.columns = [month_label(c) for c in m.columns]
    return m


# ------------------------------------------------------------------ workload breakdowns and trends
BREAKDOWNS = {"fungsi": "FUNCTIONS", "program": "PROGRAMMES", "kategori_ppks": "PPKS"}
NOT_FILLED = "(tidak diisi)"  # the group of rows that left the breakdown's column blank


def breakdown(agg_kegiatan: pd.DataFrame, by: str, start, end, kode_kec: str | None = None) -> pd.DataFrame:
    """Activities, people, households and hours by function, programme or PPKS category.

    Monthly reports are administrasi work but not casework: they count under ``fungsi`` only. PPKS categories are
    those of cases: a facilitation row that names one, or an activity that must (``vocab.CATEGORY_REQUIRED``); a
    meeting, a DTKS round or a distribution has none to fill, and counted as blanks they outweighed every category.
    Rows without a programme, or cases without a category, are counted as ``NOT_FILLED``.
    """
    a = in_period(agg_kegiatan, start, end)
    if kode_kec:
        a = a.loc[a["kode_kec"] == kode_kec]
    if by != "fungsi":
        a = a.loc[a["jenis_kegiatan"] != "laporan_bulanan"]
    if by == "kategori_ppks":
        a = a.loc[(a["fungsi"].astype("str") == vocab.PEOPLE_RECORDED_IN)
                  & (a["kategori_ppks"].notna() | a["jenis_kegiatan"].astype("str").isin(vocab.CATEGORY_REQUIRED))]
    keys = a[by].fillna(NOT_FILLED)
    g = a.groupby(keys)
    # Hours of a group none of whose rows had them are a gap, not 0 hours (NULL in the aggregates).
    out = g[["kegiatan", "orang", "kk"]].sum().join(g["jam"].sum(min_count=1)).reset_index().rename(columns={by: "kode"})
    if by == "fungsi":
        # People are recorded for facilitation only: coordination's and administration's are a gap, not 0 people
        # (the download read "0 people, 4.356 families" for administration). Families are filled where a function
        # has them (a DTKS round's households); a function none of whose rows had any reads as a gap too (the
        # aggregate sums a blank as 0: coordination's "0 families" were never counted).
        facilitation = out["kode"].astype("str") == vocab.PEOPLE_RECORDED_IN
        out["orang"] = out["orang"].where(facilitation)
        out["kk"] = out["kk"].where(facilitation | out["kk"].gt(0))
    total = out["kegiatan"].sum()
    out["persen_kegiatan"] = 100 * out["kegiatan"] / total if total else np.nan
    return out.sort_values("kegiatan", ascending=False).reset_index(drop=True)


def monthly_trend(agg_kec_bulan: pd.DataFrame, pos_bulan: pd.DataFrame, kode_kec: str, start, end,
                  value: str = "orang", without_log: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per month: the logged total, active posts, and the total per active post.

    A month with no active post is ``kosong`` with a missing value (a gap in the chart, never 0); so is a month
    in which the whole regency logged nothing (``tanpa_log``, from ``months_without_log``) and a staffed month
    without one log row of the kecamatan (``tanpa_log_kec``: its file not received, as every page reads it). A month
    with log rows but none of ``value`` is a real 0.
    """
    p = in_period(pos_bulan, start, end)
    p = p.loc[p["kode_kec"] == kode_kec, ["bulan", "pos_aktif"]]
    a = in_period(agg_kec_bulan, start, end)
    a = a.loc[a["kode_kec"] == kode_kec, ["bulan", value]]
    out = p.merge(a, on="bulan", how="left")
    gone = set() if without_log is None else set(without_log.loc[without_log["kode_kab"] == regency_of(kode_kec), "bulan"])
    out["tanpa_log"] = out["bulan"].isin(gone)
    out["tanpa_log_kec"] = (out["pos_aktif"] > 0) & ~out["tanpa_log"] & ~out["bulan"].isin(a["bulan"])
    out[value] = out[value].fillna(0).where((out["pos_aktif"] > 0) & ~out["tanpa_log"] & ~out["tanpa_log_kec"])
    out["per_tksk"] = _per(out[value], out["pos_aktif"])
    out["kosong"] = out["pos_aktif"] == 0
    return out.sort_values("bulan").reset_index(drop=True)


def distribution_months(agg_kegiatan: pd.DataFrame, start, end, activity: str = "pendampingan_sembako") -> list:
    """Months in which any BPNT/Sembako distribution was assisted (the rounds, for shading)."""
    a = in_period(agg_kegiatan, start, end)
    return sorted(a.loc[a["jenis_kegiatan"] == activity, "bulan"].unique())


def hours_share(cov: pd.DataFrame, available_hours_per_month: float) -> pd.DataFrame:
    """Hours logged per TKSK-month as a share of the hours a TKSK has in a month.

    share = jam_per_bulan / available_hours_per_month × 100; vacant posts have no share.
    """
    if available_hours_per_month <= 0:
        raise ValueError("jam tersedia per bulan harus lebih dari 0 / available hours must be above 0")
    return pd.DataFrame({"kode_kec": cov["kode_kec"], "nama_kec": cov["nama_kec"], "jam_per_bulan": cov["jam_per_bulan"],
                         "persen_waktu": 100 * cov["jam_per_bulan"] / available_hours_per_month})


def activity_counts(agg_kegiatan: pd.DataFrame, kode_kec: str, start, end) -> pd.DataFrame:
    """Activities, people and hours of one kecamatan by function and activity type in the period. People are
    recorded for facilitation only (``vocab.PEOPLE_RECORDED_IN``): elsewhere a total of 0 is a gap."""
    a = in_period(agg_kegiatan, start, end)
    a = a.loc[a["kode_kec"].astype("str") == kode_kec]
    g = a.groupby(["fungsi", "jenis_kegiatan"], observed=True)
    # Hours none of the rows had are a gap ("–"), not "0,0 hours logged".
    out = (g[["kegiatan", "orang"]].sum().join(g["jam"].sum(min_count=1))
           .reset_index().sort_values(["fungsi", "kegiatan"], ascending=[True, False]).reset_index(drop=True))
    out.loc[(out["fungsi"].astype("str") != vocab.PEOPLE_RECORDED_IN) & (out["orang"] == 0), "orang"] = np.nan
    return out


def population_by_source(penduduk: pd.DataFrame, kecamatan: pd.DataFrame | None = None) -> pd.DataFrame:
    """Kecamatan population from every source side by side: one row per code, one column per (kind of figure, year).

    Conflicting sources are not merged; a source without a figure for a kecamatan leaves a gap. The
    dashboard's own estimate is one column among them, named as an estimate. Rows are by code: a kecamatan that
    two sources spell two ways is one row (it was two, both with the table's name). With ``kecamatan``, every
    kecamatan has its row under the table's name, one without any figure too (its row was dropped: a gap read as no
    kecamatan; audit of 2026-12-06), and a code of ``penduduk`` that is not in the table follows them under the name
    its source gives, with ``di_tabel_kecamatan`` False (such rows were dropped without a word; review rev28 #11).
    """
    k = penduduk.loc[penduduk["tingkat"] == "kecamatan"].copy()
    k["kode_wilayah"] = k["kode_wilayah"].astype("str")
    year = k["tahun"].astype("string").fillna("tahun ?")
    k["kolom"] = k["jenis_angka"] + " (" + year + ")"
    wide = k.pivot_table(index="kode_wilayah", columns="kolom", values="penduduk", aggfunc="first")
    wide = wide.astype("float64")
    wide.columns = [str(c) for c in wide.columns]
    names = k.groupby("kode_wilayah", sort=False)["nama_wilayah"].first().astype("str")
    wide.insert(0, "nama_kec", names.reindex(wide.index))
    wide = wide.rename_axis("kode_kec").reset_index()
    if kecamatan is None:
        return wide
    table = kecamatan[["kode_kec", "nama_kec"]].assign(kode_kec=lambda f: f["kode_kec"].astype("str"))
    known = table.merge(wide.drop(columns="nama_kec"), on="kode_kec", how="left")
    outside = wide.loc[~wide["kode_kec"].isin(set(table["kode_kec"]))].sort_values("kode_kec")
    out = pd.concat([known.assign(di_tabel_kecamatan=True), outside.assign(di_tabel_kecamatan=False)],
                    ignore_index=True)
    return out.astype({"di_tabel_kecamatan": bool})
