"""Saved planning scenarios: a JSON file with its format, version and every parameter.

Version 2 adds the basis of the workload (log, need-based or the larger), the need-based rates, the
standards taken from the log, and the meeting at the kecamatan as its own standard. A version 1 file still
opens: it was computed from the log, so it opens with the log as basis, its meeting time for the new
standard, and the default rates; the caller is told it was converted. A file from another version, or one
edited by hand into something invalid, is refused with a message naming the field and the problem
in the reader's language, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import asdict

from tksk import need, wisn
from tksk.text import t

FORMAT = "tksk-wisn-scenario"
VERSION = 2
READS = (1, 2)


class ScenarioError(ValueError):
    """A refusal: the field's place in the file (``parameter.awt.hours_per_day``, or "" for the whole file), the
    problem (its text key) and the values its text names. ``text(lang)`` says it in the
    reader's words, with the field's label on the page beside its place in the file."""

    def __init__(self, where: str, problem: str, **values):
        self.where, self.problem, self.values = where, problem, values
        # Its arguments as given, so that it can be copied and pickled (session state may be); its text is said.
        super().__init__(where, problem)

    def __str__(self) -> str:
        return self.text("id")

    def text(self, lang: str, in_file: bool = True) -> str:
        """The refusal in ``lang``; ``in_file=False`` for settings on the page, which have a label but no place in
        a file the reader has seen."""
        said = t(self.problem, lang, **self.values)
        if not self.where:
            return said
        label = field_label(self.where, lang)
        if label and not in_file:
            return f"{label}: {said}"
        return f"{label} ({self.where}): {said}" if label else f"{self.where}: {said}"


# Fields of the file whose label on the page is one text: place in the file -> text key.
_LABELS = {"parameter.awt": "wisn_awt_title", "parameter.standards": "wisn_std_title",
           "parameter.travel.speed_kmh": "wisn_speed", "parameter.travel.road_factor": "wisn_road",
           "parameter.travel.round_hours_per_desa": "wisn_round", "parameter.travel.include_round": "wisn_include_round",
           "parameter.min_active_months": "wisn_min_months", "parameter.basis": "basis_label",
           "parameter.from_log": "std_col_use_log", "parameter.rates": "wisn_rates_title", "parameter.cas": "wisn_cas_title",
           "parameter.ias": "wisn_cas_title", "skenario.per_penduduk": "wisn_per_population",
           "skenario.per_desa": "wisn_per_desa", "skenario.tali_asih": "wisn_allowance"}


def field_label(where: str, lang: str) -> str | None:
    """The label the planner's page gives the field at ``where`` in a scenario file, or None."""
    parts = where.split(".")
    if where in _LABELS:
        return t(_LABELS[where], lang)
    if parts[:2] == ["parameter", "awt"] and len(parts) == 3 and parts[2] in wisn.AWT_FIELDS:
        return t(f"awt:{parts[2]}", lang)
    if parts[:2] == ["parameter", "standards"] and len(parts) == 3 and parts[2] in wisn.STANDARDS:
        return t(f"standard:{parts[2]}", lang)
    if parts[:2] == ["parameter", "rates"]:
        return t(need.RATES[parts[2]].label, lang) if len(parts) == 3 and parts[2] in need.RATES else None
    if parts[:2] in (["parameter", "cas"], ["parameter", "ias"]) and len(parts) >= 3:
        return f"{parts[1].upper()} {'.'.join(parts[2:])[:40]}"
    return None


# Every number a planner can set, with the bounds the page's inputs take and a scenario file must keep: one
# place, so that a file edited by hand cannot carry a value the page would refuse.
LIMITS: dict[str, tuple[float, float]] = {
    # Days of a year at most (a leap year): more working days than days would give more hours than a year has.
    "awt.working_days": (0.0, 366.0), "awt.holidays": (0.0, 366.0), "awt.annual_leave": (0.0, 366.0),
    "awt.sick_leave": (0.0, 366.0), "awt.other_absence": (0.0, 366.0),
    "awt.hours_per_day": (1.0, 24.0),  # under an hour a day is no post
    "standards": (0.05, 24.0),  # hours per activity: three minutes to a day
    "travel.speed_kmh": (1.0, 120.0), "travel.road_factor": (1.0, 3.0), "travel.round_hours_per_desa": (0.0, 8.0),
    "cas": (0.0, 99.0), "ias": (0.0, 10_000.0), "rates": (0.0, 1_000.0),
    "min_active_months": (1, 24),
    "per_penduduk": (1_000.0, 500_000.0), "per_desa": (1.0, 100.0),
    "tali_asih": (1_000.0, 20_000_000.0),  # Rp a month
}
# New posts placed one at a time (by number or by budget): more than this is no plan for one regency.
MAX_NEW_POSTS = 200


def dump(params: wisn.Params, extra: dict) -> str:
    """The scenario as JSON text: parameters, scenario settings (N, allowance, period) and provenance."""
    doc = {"format": FORMAT, "version": VERSION,
           "dibuat": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
           "parameter": {**asdict(params), "from_log": list(params.from_log)}, "skenario": extra}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _shown(x: float) -> str:
    """A number in full (repr, without ".0" or "-0"): a message must not round 24.000000001 to 24."""
    text = repr(float(x) + 0.0)
    return text[:-2] if text.endswith(".0") else text


def _as_written(value) -> str:
    """A value as the file writes it (JSON: null, "abc"), cut short: a message quotes the file, not Python."""
    try:
        return json.dumps(value, ensure_ascii=False)[:40]
    except (TypeError, ValueError):
        return str(value)[:40]


def _number(value, where: str, limit: str | None = None) -> float:
    """A finite number within ``LIMITS[limit]``; ``where`` names the field in the message."""
    try:
        number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
    except OverflowError:  # a whole number of hundreds of digits
        number = math.nan
    if not math.isfinite(number):
        raise ScenarioError(where, "scenario_not_number", value=_as_written(value))
    if limit is not None:
        low, high = LIMITS[limit]
        if not low <= number <= high:
            raise ScenarioError(where, "scenario_out_of_bounds", value=_shown(number), low=_shown(low), high=_shown(high))
    return number


def _mapping(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise ScenarioError(where, "scenario_not_object")
    return value


def _need(d: dict, key: str, where: str):
    if not isinstance(d, dict) or key not in d:
        raise ScenarioError(f"{where}{key}", "scenario_missing")
    return d[key]


def _keys(given: dict, known, where: str) -> None:
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ScenarioError(where, "scenario_unknown_names", names=", ".join(str(k)[:40] for k in unknown[:5]))
    missing = sorted(set(known) - set(given))
    if missing:
        raise ScenarioError(where, "scenario_missing_names", names=", ".join(missing))


def problem(params: wisn.Params, extra: dict) -> ScenarioError | None:
    """Why these settings cannot be planned with, or None: the one test of validity for the planner's page and
    every page that uses its settings. Settings are valid when a file saved from them would open."""
    try:
        load(dump(params, extra))
    except ScenarioError as exc:
        return exc
    return None


def load(text: str | bytes, kecamatan=None) -> tuple[wisn.Params, dict]:
    """Parse and check a scenario file; returns (Params, scenario settings). A version 1 file's settings
    carry ``versi_berkas: 1``. With ``kecamatan`` (the store's codes), extra hours for any other code are refused
    rather than dropped unseen."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, a number of thousands of digits, deep nesting
        raise ScenarioError("", "scenario_not_json", line=getattr(exc, "lineno", "?")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ScenarioError("", "scenario_not_scenario")
    version = doc.get("version")
    if isinstance(version, bool) or version not in READS:
        supported = ", ".join(map(str, READS))
        if version is None:
            raise ScenarioError("", "scenario_missing_version", supported=supported)
        raise ScenarioError("", "scenario_version", version=_as_written(version), supported=supported)
    p = _mapping(_need(doc, "parameter", ""), "parameter")
    awt = _mapping(_need(p, "awt", "parameter."), "parameter.awt")
    a = {f: _number(_need(awt, f, "parameter.awt."), f"parameter.awt.{f}", f"awt.{f}") for f in wisn.AWT_FIELDS}
    if wisn.AWT(**a).days <= 0:
        raise ScenarioError("parameter.awt", "scenario_no_time")
    std = dict(_mapping(_need(p, "standards", "parameter."), "parameter.standards"))
    if version == 1 and isinstance(std.get("rapat"), (int, float)):
        std.setdefault("rapat_kecamatan", std["rapat"])  # version 1 timed every meeting with one standard
    _keys(std, wisn.STANDARDS, "parameter.standards")
    standards = {k: _number(v, f"parameter.standards.{k}", "standards") for k, v in std.items()}
    tr = _mapping(_need(p, "travel", "parameter."), "parameter.travel")
    include_round = tr.get("include_round", True)
    if not isinstance(include_round, bool):
        raise ScenarioError("parameter.travel.include_round", "scenario_not_bool", value=_as_written(include_round))
    travel = wisn.Travel(**{f: _number(_need(tr, f, "parameter.travel."), f"parameter.travel.{f}", f"travel.{f}")
                            for f in ("speed_kmh", "road_factor", "round_hours_per_desa")}, include_round=include_round)
    cas = {str(k): _number(v, f"parameter.cas.{k}", "cas") for k, v in _mapping(_need(p, "cas", "parameter."),
                                                                                 "parameter.cas").items()}
    if sum(cas.values()) >= 100:
        raise ScenarioError("parameter.cas", "scenario_cas_total", total=_shown(sum(cas.values())))
    ias = {str(k): _number(v, f"parameter.ias.{k}", "ias") for k, v in _mapping(_need(p, "ias", "parameter."),
                                                                                "parameter.ias").items()}
    unknown = sorted(set(ias) - set(kecamatan)) if kecamatan is not None else []
    if unknown:
        raise ScenarioError("parameter.ias", "scenario_unknown_kecamatan", codes=", ".join(k[:20] for k in unknown[:5]))
    months = _number(p.get("min_active_months", 6), "parameter.min_active_months", "min_active_months")
    if months != int(months):
        raise ScenarioError("parameter.min_active_months", "scenario_whole_number", value=_shown(months))
    months = int(months)
    if version == 1:
        basis, from_log, rates = "log", (), {k: r.value for k, r in need.RATES.items()}
    else:
        basis = _need(p, "basis", "parameter.")
        if basis not in wisn.BASES:
            raise ScenarioError("parameter.basis", "scenario_unknown_choice", value=_as_written(basis),
                                choices=", ".join(wisn.BASES))
        given_log = _need(p, "from_log", "parameter.")
        if not isinstance(given_log, list) or not all(isinstance(x, str) for x in given_log):
            raise ScenarioError("parameter.from_log", "scenario_not_list")
        from_log = tuple(given_log)
        if not set(from_log) <= set(wisn.STANDARDS):
            raise ScenarioError("parameter.from_log", "scenario_unknown_names",
                                names=", ".join(k[:40] for k in sorted(set(from_log) - set(wisn.STANDARDS))[:5]))
        given = _mapping(_need(p, "rates", "parameter."), "parameter.rates")
        _keys(given, need.RATES, "parameter.rates")
        rates = {k: _number(v, f"parameter.rates.{k}", "rates") for k, v in given.items()}
    extra = doc.get("skenario", {})
    if not isinstance(extra, dict):
        raise ScenarioError("skenario", "scenario_not_settings")
    extra = {**extra, **{k: _number(extra[k], f"skenario.{k}", k) for k in ("per_penduduk", "per_desa", "tali_asih")
                         if k in extra}}
    if version == 1:
        extra = {**extra, "versi_berkas": 1}
    return wisn.Params(awt=wisn.AWT(**a), standards=standards, travel=travel, cas=cas, ias=ias,
                       min_active_months=months, basis=basis, from_log=from_log, rates=rates), extra
