"""Row rules: the checks that compare columns of a row with each other and with the store's reference codes.

Each rule is written once, as a function of a frame of typed columns. The full path gives it the file's rows
and reports every row it marks; the fast path gives it one row per distinct combination of the columns it
reads (a few hundred, however many rows) and sends the file to the full path when any is marked. So a rule
added to ``RULES`` applies to both paths at once. Cell rules (parsing and the schema's checks) live in
``parse``; rules over the whole file (a repeated id, overlapping post periods) are at the end.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

import pandas as pd

from tksk import schema, vocab
from tksk.logs.limits import MAX_PROBLEMS
from tksk.problems import known_places


@dataclass
class Reference:
    """What a log is checked against: the area codes of the store's region and known posts."""

    kecamatan: set[str]
    desa_kec: dict[str, str]
    post_kec: dict[str, str] = field(default_factory=dict)
    families: dict[str, float] = field(default_factory=dict)  # PODES families per kecamatan, where known
    roster_is_real: bool = False  # the posts come from a roster the Dinas imported (not the demo's): a log's post is looked for in it
    # An area's name in lower case -> "code (Name)": a clerk writes "Indralaya" where the code belongs.
    area_names: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_tables(cls, kecamatan: pd.DataFrame, desa: pd.DataFrame, roster: pd.DataFrame | None = None,
                    roster_is_real: bool = False):
        # Post ids are kept in capitals (tksk.logs.columns.canonical_ids); a roster stored before is read so too.
        posts = {} if roster is None or roster.empty else dict(zip(roster["id_pos"].str.upper(), roster["kode_kec"]))
        kk = kecamatan.dropna(subset=["jumlah_kk"]) if "jumlah_kk" in kecamatan else kecamatan.iloc[:0]
        # A desa's hint names its kecamatan: eight desa names of Ogan Ilir are in two kecamatan, and "Tanjung Baru"
        # in an Indralaya row was answered with Indralaya Utara's without a word (red-team of 2026-12-06).
        kec_name = dict(zip(kecamatan["kode_kec"], kecamatan["nama_kec"])) if "nama_kec" in kecamatan else {}
        desa_named = desa.assign(nama_desa=[f"{n}, Kec. {kec_name[k]}" if k in kec_name else n
                                            for n, k in zip(desa["nama_desa"], desa["kode_kec"])]) \
            if "nama_desa" in desa and "kode_kec" in desa else desa
        names = {"kode_kec": _names(kecamatan, "kode_kec", "nama_kec"),
                 "kode_desa": _names(desa_named, "kode_desa", "nama_desa", key=desa.get("nama_desa"))}
        regencies = ([re.sub(r"^(?:Kabupaten|Kota)\s+", "", str(n)) for n in kecamatan["nama_kab"].dropna().unique()]
                     if "nama_kab" in kecamatan else [])
        known_places([n for table in names.values() for n in table] + regencies)
        return cls(set(kecamatan["kode_kec"]), dict(zip(desa["kode_desa"], desa["kode_kec"])), posts,
                   dict(zip(kk["kode_kec"], kk["jumlah_kk"].astype(float))) if len(kk) else {},
                   roster_is_real and bool(posts), names)


def _names(table: pd.DataFrame, code: str, name: str, key: pd.Series | None = None) -> dict[str, str]:
    """Lower-case names of the areas of ``table`` that name one area only (``key``: the names looked up, where the
    shown ones say more), each to "code (Name)"."""
    if name not in table or table.empty:
        return {}
    lower = (table[name] if key is None else key).astype(str).str.strip().str.lower()
    once = ~lower.duplicated(keep=False)
    return {n: f"{c} ({v})" for n, c, v in zip(lower[once], table[code][once], table[name][once])}


@dataclass(frozen=True)
class Rule:
    code: str
    column: str  # the column the problem is reported on
    reads: tuple[str, ...]  # every column the rule looks at
    broken: Callable[[pd.DataFrame, Reference, pd.Timestamp], pd.Series]  # True where a row breaks the rule
    fields: Callable[[pd.DataFrame, Reference], dict[str, pd.Series]] | None = None  # message fields, per row


def suggestion(value, choices) -> str | None:
    """The code a clerk most likely meant, or None. An area code only when it is the same code written another way
    (16.10.5, 161005, 1610.05 or 16-10-05 for 16.10.05): a digit off is another kecamatan, never guessed. A word code (an
    activity, a category) by its closest spelling (difflib, at least 80 % alike: "kunjungan rumah")."""
    if not isinstance(value, str) or not value:
        return None
    if any(ch.isdigit() for ch in value):
        value = plain_digits(value)
        if _another_regency(value, choices):
            return None
        parts = [p.lstrip("0") for p in re.split(r"\D+", value) if p]
        digits = "".join(re.findall(r"\d", value))
        same = [c for c in choices if [p.lstrip("0") for p in re.split(r"\D+", c) if p] == parts
                or "".join(re.findall(r"\d", c)) == digits]
        if not same:
            # Its zeros dropped ("16.1.4", "16104" for 16.10.04): taken only where one code alone reads so (rt8).
            bare = digits.replace("0", "")
            same = [c for c in choices if "".join(re.findall(r"\d", c)).replace("0", "") == bare]
        return same[0] if len(same) == 1 else None
    close = difflib.get_close_matches(value.lower(), [c.lower() for c in choices], n=1, cutoff=0.8)
    return next((c for c in choices if c.lower() == close[0]), None) if close else None


def plain_digits(text: str) -> str:
    """``text`` with full-width letters, digits and stops as their plain forms (NFKC) and the digits of other scripts
    (Arabic-Indic ١٦) as 0-9: a code typed on a phone's keyboard in another script is the same code, told so."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)


# An area code written as Kemendagri writes it: 16.10, 16.10.04, 16.10.04.2010.
_AREA_CODE = re.compile(r"\d{2}\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?")


def _another_regency(value: str, choices) -> bool:
    """A well-formed area code of a regency none of ``choices`` is in (16.01.04 beside Ogan Ilir's 16.10.xx): another
    place, not a typo. Its digit groups, zeros dropped, read as 16.10.04, so a neighbouring regency's whole file was
    told "mungkin maksudnya 16.10.04?" row by row (red-team round 9)."""
    if not _AREA_CODE.fullmatch(value):
        return False
    regencies = {c[:5] for c in choices if isinstance(c, str) and _AREA_CODE.fullmatch(c)}
    return bool(regencies) and value[:5] not in regencies


def area_by_name(names: dict[str, str], typed: str) -> str | None:
    """The area a name typed where its code belongs names: the same name, or one spelled within a letter or two
    ("Inderalaya", the older spelling on many letterheads, for Indralaya), where only one is that close."""
    if not typed:
        return None
    if typed in names:
        return names[typed]
    close = difflib.get_close_matches(typed, list(names), n=2, cutoff=0.88)
    return names[close[0]] if len(close) == 1 else None


def hint(meant: str | None) -> dict[str, str]:
    """The message fields that name the code a clerk most likely meant (empty when none)."""
    return {"hint": f"; mungkin maksudnya {meant}?" if meant else "",
            "hint_en": f"; did you mean {meant}?" if meant else ""}


def hints(values: pd.Series, choices_of) -> dict[str, pd.Series]:
    """``hint`` per row, worked out once per distinct value (``choices_of(value)``: the codes it may have meant), for
    the first ``MAX_PROBLEMS`` distinct values only: no more problems are ever shown, and 100.000 distinct posts
    (Excel's fill handle dragged down a post id) took 14 s of suggestions (red-team round 9)."""
    found = {v: hint(suggestion(v, choices_of(v))) for v in values.dropna().unique()[:MAX_PROBLEMS]}
    return {k: values.map(lambda v: found[v][k] if v in found else "").fillna("") for k in ("hint", "hint_en")}


# A desa is looked for among its own kecamatan's (its code's first eight characters), or among all of a regency's;
# a national list of 83.000 codes is never searched a value at a time.
DESA_SEARCHED = 5_000


def area_choices(column: str, ref: Reference):
    """For an area code column, a function of a value giving the codes it may have meant."""
    if column == "kode_kec":
        codes = sorted(ref.kecamatan)
        return lambda v: codes
    by_kec: dict[str, list[str]] = {}
    for desa, kec in ref.desa_kec.items():
        by_kec.setdefault(kec, []).append(desa)
    every = sorted(ref.desa_kec) if len(ref.desa_kec) <= DESA_SEARCHED else []
    return lambda v: sorted(by_kec.get(v[:8], [])) or every


def _kecamatan_hints(df, ref):
    return hints(df["kode_kec"].where(~df["kode_kec"].isin(ref.kecamatan)), area_choices("kode_kec", ref))


def _desa_hints(df, ref):
    return hints(df["kode_desa"].where(~df["kode_desa"].isin(ref.desa_kec)), area_choices("kode_desa", ref))


def _iso(s: pd.Series) -> pd.Series:
    return s.dt.strftime("%Y-%m-%d")


def _month_start(s: pd.Series) -> pd.Series:
    text = s.where(s.str.match(schema.MONTH, na=False))
    return pd.to_datetime(text + "-01", format="%Y-%m-%d", errors="coerce")


def _desa_kec(df, ref):
    return df["kode_desa"].map(ref.desa_kec)


LOG_RULES: list[Rule] = [
    Rule("future_date", "tanggal", ("tanggal",), lambda df, ref, today: df["tanggal"] > today),
    Rule("unknown_kecamatan", "kode_kec", ("kode_kec",),
         lambda df, ref, today: df["kode_kec"].notna() & ~df["kode_kec"].isin(ref.kecamatan), _kecamatan_hints),
    Rule("unknown_desa", "kode_desa", ("kode_desa",),
         lambda df, ref, today: df["kode_desa"].notna() & ~df["kode_desa"].isin(ref.desa_kec), _desa_hints),
    Rule("desa_not_in_kecamatan", "kode_desa", ("kode_desa", "kode_kec"),
         lambda df, ref, today: (_desa_kec(df, ref).notna() & df["kode_kec"].isin(ref.kecamatan)
                                 & (_desa_kec(df, ref) != df["kode_kec"])),
         lambda df, ref: {"kec": df["kode_kec"]}),
    Rule("desa_required", "kode_desa", ("jenis_kegiatan", "kode_desa"),
         lambda df, ref, today: df["jenis_kegiatan"].isin(vocab.DESA_REQUIRED) & df["kode_desa"].isna()),
    Rule("function_mismatch", "fungsi", ("jenis_kegiatan", "fungsi"),
         lambda df, ref, today: (df["jenis_kegiatan"].map(vocab.FUNCTION_OF).notna() & df["fungsi"].isin(vocab.FUNCTIONS)
                                 & (df["jenis_kegiatan"].map(vocab.FUNCTION_OF) != df["fungsi"])),
         lambda df, ref: {"expected": df["jenis_kegiatan"].map(vocab.FUNCTION_OF)}),
    Rule("report_month_required", "bulan_laporan", ("jenis_kegiatan", "bulan_laporan"),
         lambda df, ref, today: (df["jenis_kegiatan"] == "laporan_bulanan") & df["bulan_laporan"].isna()),
    Rule("report_month_after", "bulan_laporan", ("bulan_laporan", "tanggal"),
         lambda df, ref, today: _month_start(df["bulan_laporan"]) > df["tanggal"].dt.to_period("M").dt.start_time),
    # An outcome is what happened: a date after the import's day is a plan or a typo (2099).
    Rule("future_date", "tanggal_hasil", ("tanggal_hasil",),
         lambda df, ref, today: df["tanggal_hasil"].notna() & (df["tanggal_hasil"] > today)),
    Rule("outcome_before", "tanggal_hasil", ("tanggal_hasil", "tanggal"),
         lambda df, ref, today: df["tanggal_hasil"].notna() & (df["tanggal_hasil"] < df["tanggal"])),
    Rule("post_other_kecamatan", "id_pos", ("id_pos", "kode_kec"),
         # a kecamatan refused by its own rule (left empty) is not also another kecamatan than the post's
         lambda df, ref, today: (df["id_pos"].map(ref.post_kec).notna() & df["kode_kec"].notna()
                                 & (df["id_pos"].map(ref.post_kec) != df["kode_kec"])),
         lambda df, ref: {"kec": df["id_pos"].map(ref.post_kec)}),
    # A notice: a new TKSK may start before the roster names the post, but a post id typed another way would
    # count one post's reports as another's.
    Rule("unknown_post", "id_pos", ("id_pos",),
         lambda df, ref, today: ref.roster_is_real & df["id_pos"].notna() & ~df["id_pos"].isin(ref.post_kec),
         lambda df, ref: hints(df["id_pos"].where(~df["id_pos"].isin(ref.post_kec)), lambda v: list(ref.post_kec))),
]

ROSTER_RULES: list[Rule] = [
    Rule("unknown_kecamatan", "kode_kec", ("kode_kec",),
         lambda df, ref, today: df["kode_kec"].notna() & ~df["kode_kec"].isin(ref.kecamatan), _kecamatan_hints),
    Rule("end_before_start", "tanggal_selesai", ("tanggal_selesai", "tanggal_mulai"),
         lambda df, ref, today: df["tanggal_selesai"].notna() & (df["tanggal_selesai"] < df["tanggal_mulai"])),
    # A notice: a post starting after today is a plan (the next month's new TKSK) or a year typed wrong (2030 for
    # 2023), which showed the kecamatan without a TKSK on every page with no word.
    Rule("future_start", "tanggal_mulai", ("tanggal_mulai", "status"),
         lambda df, ref, today: (df["tanggal_mulai"] > today) & (df["status"] == "aktif")),
]



def _more_than_families(column: str) -> Rule:
    """A notice, not a refusal: a count of households above the kecamatan's families in PODES 2021 may be
    true (the population grew since) but is worth a second look."""
    return Rule("more_than_families", column, (column, "kode_kec"),
                lambda df, ref, today: df[column] > df["kode_kec"].map(ref.families),
                lambda df, ref: {"families": df["kode_kec"].map(ref.families).map(
                    lambda v: "" if pd.isna(v) else f"{v:,.0f}".replace(",", "."))})


def _many_cases() -> Rule:
    """A notice: more new PPKS cases in a year than ``need.CASES_SHARE_OF_FAMILIES`` of the kecamatan's families
    (900.000 for Kandis, 3.170 families, gave the planner 8.930 posts without a word)."""
    from tksk.need import CASES_SHARE_OF_FAMILIES

    def limit(df, ref):
        return df["kode_kec"].map(ref.families) * CASES_SHARE_OF_FAMILIES
    return Rule("many_cases", "kasus_ppks_baru", ("kasus_ppks_baru", "kode_kec"),
                lambda df, ref, today: df["kasus_ppks_baru"] > limit(df, ref),
                lambda df, ref: {"limit": limit(df, ref).map(lambda v: "" if pd.isna(v) else f"{v:,.0f}".replace(",", ".")),
                                 "share": pd.Series(f"{CASES_SHARE_OF_FAMILIES:.0%}".replace(".", ","), index=df.index)})


KEBUTUHAN_RULES: list[Rule] = [
    ROSTER_RULES[0],  # the kecamatan code is one of the store's
    Rule("future_year", "tahun", ("tahun",), lambda df, ref, today: df["tahun"] > today.year),
    *[_more_than_families(c) for c in schema.HOUSEHOLD_COUNTS],
    _many_cases(),
]

RULES = {"log": LOG_RULES, "roster": ROSTER_RULES, "kebutuhan": KEBUTUHAN_RULES}


def shown(df: pd.DataFrame, column: str) -> pd.Series:
    """A column's values as a message shows them (dates as days)."""
    s = df[column]
    if pd.api.types.is_datetime64_any_dtype(s):
        return _iso(s)
    if pd.api.types.is_float_dtype(s):  # counts and years are whole: 2030, not 2030.0
        return s.map(lambda v: f"{v:.0f}" if pd.notna(v) and v % 1 == 0 else v)
    return s


# Indonesia's easternmost time (WIT, UTC+9): a date is in the future only when it is so everywhere in the country.
# The server's own day (often UTC) refused the logs of "today" typed between midnight and 07.00 WIB.
EARLIEST_ZONE = dt.timezone(dt.timedelta(hours=9))


def today_of(today: dt.date | None) -> pd.Timestamp:
    return pd.Timestamp(today or dt.datetime.now(EARLIEST_ZONE).date())


# ------------------------------------------------------------------------------------ rules over the file
def row_hash(df: pd.DataFrame) -> pd.Series:
    """One hash per row over all its cells: equal rows, equal hash (for duplicate-id checks)."""
    return pd.util.hash_pandas_object(df.astype("string").fillna("\x00"), index=False)


def duplicate_ids(df: pd.DataFrame, rowno: pd.Series):
    """(index, id, first row) of each row repeating an earlier row's id with other content; identical rows are one
    row (a re-sent file)."""
    dup = df["id_log"].duplicated(keep=False) & df["id_log"].notna()
    if not dup.any():
        return
    content = row_hash(df.loc[dup])
    for _, group in df.loc[dup].groupby("id_log", sort=False):
        if content[group.index].nunique() > 1:
            first = int(rowno[group.index[0]])
            for idx in group.index[1:]:
                yield idx, df.at[idx, "id_log"], first


def overlapping_periods(df: pd.DataFrame, rowno: pd.Series):
    """(index, start, earlier row) of each post period that starts before the post's previous period ended."""
    far = pd.Timestamp("2262-01-01")
    for _, g in df.dropna(subset=["tanggal_mulai"]).sort_values("tanggal_mulai").groupby("id_pos"):
        ends = g["tanggal_selesai"].fillna(far)
        for (i_prev, end_prev), (i, start) in zip(ends.iloc[:-1].items(), g["tanggal_mulai"].iloc[1:].items()):
            if start <= end_prev:
                yield i, start.date().isoformat(), int(rowno[i_prev])
