"""Saved planning scenarios: a JSON file with its format, version and every parameter.

Version 2 adds the basis of the workload (log, need-based or the larger), the need-based rates, the
standards taken from the log, and the meeting at the kecamatan as its own standard. A version 1 file still
opens: it was computed from the log, so it opens with the log as basis, its meeting time for the new
standard, and the default rates; the caller is told it was converted. A file from another version, or one
edited by hand into something invalid, is refused with a message naming the field and the problem
(Indonesian / English), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import asdict

from tksk import need, wisn

FORMAT = "tksk-wisn-scenario"
VERSION = 2
READS = (1, 2)


class ScenarioError(ValueError):
    pass


def dump(params: wisn.Params, extra: dict) -> str:
    """The scenario as JSON text: parameters, scenario settings (N, allowance, period) and provenance."""
    doc = {"format": FORMAT, "version": VERSION,
           "dibuat": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
           "parameter": {**asdict(params), "from_log": list(params.from_log)}, "skenario": extra}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _number(value, where: str, minimum: float | None = None, strict: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and not math.isfinite(value)):
        raise ScenarioError(f"{where}: bukan angka ({value!r}) / not a number")
    if minimum is not None and (value <= minimum if strict else value < minimum):
        raise ScenarioError(f"{where}: harus {'>' if strict else '≥'} {minimum:g} ({value!r}) / must be "
                            f"{'>' if strict else '≥'} {minimum:g}")
    return float(value)


def _need(d: dict, key: str, where: str):
    if not isinstance(d, dict) or key not in d:
        raise ScenarioError(f"{where}{key}: tidak ada / missing")
    return d[key]


def _keys(given: dict, known, where: str) -> None:
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ScenarioError(f"{where}: kegiatan tidak dikenal {unknown} / unknown activities")
    missing = sorted(set(known) - set(given))
    if missing:
        raise ScenarioError(f"{where}: tidak ada {missing} / missing")


def load(text: str | bytes) -> tuple[wisn.Params, dict]:
    """Parse and check a scenario file; returns (Params, scenario settings). A version 1 file's settings
    carry ``versi_berkas: 1``."""
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"bukan JSON yang sah (baris {getattr(exc, 'lineno', '?')}) / not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ScenarioError("bukan berkas skenario TKSK (kolom 'format') / not a TKSK scenario file ('format')")
    version = doc.get("version")
    if version not in READS:
        raise ScenarioError(f"berkas skenario versi {version!r} tidak didukung; versi yang didukung: "
                            f"{', '.join(map(str, READS))} / scenario file version {version!r} is not supported; "
                            f"supported: {', '.join(map(str, READS))}")
    p = _need(doc, "parameter", "")
    awt = _need(p, "awt", "parameter.")
    a = {f: _number(_need(awt, f, "parameter.awt."), f"parameter.awt.{f}", 0) for f in wisn.AWT_FIELDS}
    if a["hours_per_day"] <= 0 or wisn.AWT(**a).days <= 0:
        raise ScenarioError("parameter.awt: waktu kerja tersedia harus lebih dari 0 / available working time must be above 0")
    std = dict(_need(p, "standards", "parameter."))
    if version == 1 and isinstance(std.get("rapat"), (int, float)):
        std.setdefault("rapat_kecamatan", std["rapat"])  # version 1 timed every meeting with one standard
    _keys(std, wisn.STANDARDS, "parameter.standards")
    standards = {k: _number(v, f"parameter.standards.{k}", 0, strict=True) for k, v in std.items()}
    tr = _need(p, "travel", "parameter.")
    travel = wisn.Travel(
        speed_kmh=_number(_need(tr, "speed_kmh", "parameter.travel."), "parameter.travel.speed_kmh", 0, strict=True),
        road_factor=_number(_need(tr, "road_factor", "parameter.travel."), "parameter.travel.road_factor", 1),
        round_hours_per_desa=_number(_need(tr, "round_hours_per_desa", "parameter.travel."),
                                     "parameter.travel.round_hours_per_desa", 0),
        include_round=bool(tr.get("include_round", True)))
    cas = {str(k): _number(v, f"parameter.cas.{k}", 0) for k, v in _need(p, "cas", "parameter.").items()}
    try:
        wisn.caf(cas)
    except ValueError as exc:
        raise ScenarioError(f"parameter.cas: {exc}") from None
    ias = {str(k): _number(v, f"parameter.ias.{k}", 0) for k, v in _need(p, "ias", "parameter.").items()}
    months = int(_number(p.get("min_active_months", 6), "parameter.min_active_months", 1))
    if version == 1:
        basis, from_log, rates = "log", (), {k: r.value for k, r in need.RATES.items()}
    else:
        basis = _need(p, "basis", "parameter.")
        if basis not in wisn.BASES:
            raise ScenarioError(f"parameter.basis: {basis!r} tidak dikenal; pilihan: {', '.join(wisn.BASES)} / unknown")
        from_log = tuple(_need(p, "from_log", "parameter."))
        if not set(from_log) <= set(wisn.STANDARDS):
            raise ScenarioError(f"parameter.from_log: kegiatan tidak dikenal {sorted(set(from_log) - set(wisn.STANDARDS))}"
                                " / unknown activities")
        given = _need(p, "rates", "parameter.")
        _keys(given, need.RATES, "parameter.rates")
        rates = {k: _number(v, f"parameter.rates.{k}", 0) for k, v in given.items()}
    extra = doc.get("skenario", {})
    if not isinstance(extra, dict):
        raise ScenarioError("skenario: harus objek / must be an object")
    if version == 1:
        extra = {**extra, "versi_berkas": 1}
    return wisn.Params(awt=wisn.AWT(**a), standards=standards, travel=travel, cas=cas, ias=ias,
                       min_active_months=months, basis=basis, from_log=from_log, rates=rates), extra
